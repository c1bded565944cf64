"""The ``stats`` report: Mc, b-values, Omori–Utsu, Båth and Reasenberg–Jones forecasts for one file.

Semantics (the command-line contract in DESIGN.md): the file is the user's selection of a
sequence. Mc and both b-values use every event at or above Mc; the Omori–Utsu fit and the
forecast's own a-value use the events at or above Mc after the mainshock up to the last event
in the file; the forecast starts at ``start`` or at the last event. Statistics the data cannot
support come out as null with the reason in ``warnings``; bad input raises InputError.
"""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np
import pandas as pd

from tracker.errors import InputError, StatsError
from tracker.model import frame_to_json_records, iso_utc
from tracker.seismo.bath import bath
from tracker.seismo.binning import check_delta_m, magnitude_to_bin
from tracker.seismo.bvalue import b_positive, b_value, default_dmc
from tracker.seismo.forecast import (
    Forecast,
    RJParams,
    fit_rj_a,
    format_probability,
    generic_params,
    rj_forecast,
)
from tracker.seismo.mc import mc_gft, mc_maxc, mc_mbs
from tracker.seismo.omori import fit_omori

DAY = pd.Timedelta(days=1)
MAXC_CORRECTION = 0.2


def _f(x: float) -> float | None:
    """A float for JSON: None for nan or infinity."""
    if x is None or not math.isfinite(x):
        return None
    return float(x)


def _parse_start(start: str) -> pd.Timestamp:
    try:
        ts = pd.Timestamp(start)
    except (ValueError, TypeError):
        raise InputError(f"--start {start!r}: expected an ISO 8601 date-time") from None
    if ts is pd.NaT:
        raise InputError(f"--start {start!r}: expected an ISO 8601 date-time")
    # A start without a zone is taken as UTC, like every time in the tracker.
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def _pick_mainshock(df: pd.DataFrame, times: pd.Series, mainshock: str) -> Any:
    if mainshock == "auto":
        dated = df[times.notna()]
        if dated.empty:
            raise StatsError("no event has a time; cannot choose a mainshock")
        # Largest magnitude; the earliest of equals (the first is the one that triggered the rest).
        order = dated.assign(_t=times[dated.index]).sort_values(["magnitude", "_t"], ascending=[False, True])
        return order.index[0]
    if "event_id" not in df.columns:
        raise InputError(f"--mainshock {mainshock!r}: the file has no event ids")
    hits = df.index[df["event_id"].astype("string") == mainshock]
    if len(hits) == 0:
        raise InputError(f"--mainshock {mainshock!r}: no event with that id in the file")
    idx = hits[0]
    if pd.isna(times[idx]):
        raise StatsError(f"mainshock {mainshock!r} has no time")
    return idx


def _forecast_json(fc: Forecast, t_main: pd.Timestamp, model: str, sources: dict[str, str],
                   extra: dict[str, Any]) -> dict[str, Any]:
    start = t_main + fc.start_days * DAY
    return {
        "start_utc": iso_utc(start.round("s")),
        "model": model,
        "params": {"a": _f(fc.params.a), "b": _f(fc.params.b), "p": _f(fc.params.p), "c_days": _f(fc.params.c_days)},
        "windows": [
            {
                "label": w.label,
                "start_utc": iso_utc((t_main + w.start_days * DAY).round("s")),
                "end_utc": iso_utc((t_main + w.end_days * DAY).round("s")),
                "bins": [
                    {"magnitude": b.magnitude, "expected": _f(b.expected), "p95_low": b.p95_low,
                     "p95_high": b.p95_high, "probability": _f(b.probability), "median": b.median}
                    for b in w.bins
                ],
            }
            for w in fc.windows
        ],
        "central": fc.central,
        "range": fc.range_note,
        "mainshock_magnitude": fc.mainshock_magnitude,
        "param_sources": sources,
        **extra,
    }


def stats_report(df: pd.DataFrame, mainshock: str = "auto", mc: float | str = "auto", delta_m: float = 0.1,
                 start: str | None = None, regime: str = "RJ1989") -> dict[str, Any]:
    """Every sequence statistic of an events frame, as the ``stats --json`` object of DESIGN.md.

    ``df`` has the columns of :data:`tracker.model.EVENT_COLUMNS` (``magnitude`` and
    ``time_utc`` are needed). ``mainshock`` is ``"auto"`` (the largest dated event) or an
    event_id; ``mc`` is ``"auto"`` (maximum curvature + 0.2, Woessner & Wiemer 2005) or a
    magnitude on the ``delta_m`` grid; ``start`` an ISO time for the forecast (default: the
    last event); ``regime`` the generic parameters (see :func:`generic_params`).
    Added keys beyond the contract: ``mc.n``/``mc.alternatives``, ``b_value.method``/``a``,
    ``b_positive.dmc``, Omori stds and window, Båth's event id and time, the forecast's
    ``central`` ("mean"), ``range``, ``param_sources``, ``forecast_generic`` and ``warnings``.
    """
    check_delta_m(delta_m)
    if "magnitude" not in df.columns or "time_utc" not in df.columns:
        raise InputError("events need 'magnitude' and 'time_utc' columns")
    regime_params = generic_params(regime)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = _report(df, mainshock, mc, delta_m, start, regime_params)
    msgs = list(dict.fromkeys(str(w.message) for w in caught))
    report["warnings"] = report.get("warnings", []) + [m for m in msgs if m not in report.get("warnings", [])]
    return report


def _report(df: pd.DataFrame, mainshock: str, mc: float | str, delta_m: float, start: str | None,
            generic: RJParams) -> dict[str, Any]:
    notes: list[str] = []
    df = df.reset_index(drop=True)
    mags_all = pd.to_numeric(df["magnitude"], errors="coerce")
    if mags_all.isna().any():
        notes.append(f"{int(mags_all.isna().sum())} events without a magnitude left out")
    df = df[mags_all.notna()].reset_index(drop=True)
    if df.empty:
        raise StatsError("no event with a magnitude")
    mags = df["magnitude"].to_numpy(dtype=float)
    times = pd.to_datetime(df["time_utc"], utc=True, errors="coerce")
    if times.isna().any():
        notes.append(f"{int(times.isna().sum())} events without a time left out of the time statistics")

    i_main = _pick_mainshock(df, times, mainshock)
    t_main = times[i_main]
    m_main = float(mags[i_main])
    t_days = ((times - t_main) / DAY).to_numpy(dtype=float, na_value=np.nan)

    # --- Mc -------------------------------------------------------------------------------
    mc_json: dict[str, Any]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # alternatives that find nothing are shown as null
        alt = {"maxc": mc_maxc(mags, delta_m).mc}
        try:
            alt["gft90"] = mc_gft(mags, delta_m, 90).mc
            alt["gft95"] = mc_gft(mags, delta_m, 95).mc
            alt["mbs"] = mc_mbs(mags, delta_m).mc
        except (StatsError, ValueError):
            pass
    if mc == "auto":
        mc_v = mc_maxc(mags, delta_m, correction=MAXC_CORRECTION).mc
        method = f"maximum curvature {MAXC_CORRECTION:+g} (Wiemer & Wyss 2000; Woessner & Wiemer 2005)"
    else:
        try:
            mc_v = float(mc)
        except (TypeError, ValueError):
            raise InputError(f"mc {mc!r}: expected 'auto' or a magnitude") from None
        try:
            magnitude_to_bin(mc_v, delta_m, name="mc")
        except ValueError as exc:
            raise InputError(str(exc)) from None
        method = "fixed"
    above = mags >= mc_v - delta_m / 2
    mc_json = {"value": mc_v, "method": method, "n": int(above.sum()),
               "alternatives": {k: _f(v) for k, v in alt.items()}}

    # --- b-values -------------------------------------------------------------------------
    bv_json: dict[str, Any] = {"b": None, "b_std": None, "n": int(above.sum()), "mc": mc_v, "delta_m": delta_m,
                               "method": "Aki-Utsu maximum likelihood (Utsu 1965), Shi & Bolt (1982) std"}
    try:
        bv = b_value(mags, mc_v, delta_m)
        bv_json.update(b=bv.b, b_std=bv.b_std, n=bv.n, a=bv.a)
    except StatsError as exc:
        notes.append(f"b-value: {exc}")
    dmc = default_dmc(delta_m)
    bp_json: dict[str, Any] = {"b": None, "b_std": None, "n": 0, "dmc": dmc,
                               "method": "b-positive (van der Elst 2021)"}
    dated_above = above & np.isfinite(t_days)
    try:
        bp = b_positive(mags[dated_above], delta_m, dmc=dmc, times=t_days[dated_above])
        bp_json.update(b=bp.b, b_std=bp.b_std, n=bp.n)
    except StatsError as exc:
        notes.append(f"b-positive: {exc}")

    # --- Omori–Utsu -----------------------------------------------------------------------
    after = np.isfinite(t_days) & (t_days > 0)
    t_end = float(np.nanmax(t_days)) if np.any(after) else 0.0
    t_fit = t_days[after & above]
    om = fit_omori(t_fit, 0.0, t_end) if t_end > 0 else fit_omori([], 0.0, 0.0)
    om_json = {"K": _f(om.K), "c_days": _f(om.c_days), "p": _f(om.p), "p_std": _f(om.p_std), "n": om.n,
               "K_std": _f(om.K_std), "c_std": _f(om.c_std), "t_start_days": 0.0, "t_end_days": t_end,
               "mc": mc_v}

    # --- Båth -----------------------------------------------------------------------------
    ba = bath(m_main, mags[after])
    bath_json: dict[str, Any] = {"largest_aftershock": _f(ba.largest_aftershock), "delta": _f(ba.delta)}
    if ba.index >= 0:
        j = np.flatnonzero(after)[ba.index]
        bath_json["event_id"] = None if "event_id" not in df.columns or pd.isna(df.at[j, "event_id"]) \
            else str(df.at[j, "event_id"])
        bath_json["time_utc"] = iso_utc(times[j])

    # --- Forecast -------------------------------------------------------------------------
    t_start_ts = _parse_start(start) if start is not None else times[np.nanargmax(t_days)]
    t0 = (t_start_ts - t_main) / DAY
    if t0 < 0:
        raise InputError(f"forecast start {iso_utc(t_start_ts)} precedes the mainshock {iso_utc(t_main)}")
    gen_fc = rj_forecast(generic, m_main, t0)
    gen_json = _forecast_json(gen_fc, t_main, f"Reasenberg-Jones, generic: {generic.name}",
                              {"a": "generic", "b": "generic", "p": "generic", "c": "generic"}, {})
    omori_ok = math.isfinite(om.p) and math.isfinite(om.c_days)
    if omori_ok and om.p < 0.8:
        # Utsu & Ogata (1995): p is usually 0.9–1.5. A low p often means a secondary sequence or
        # a file that is not one sequence, and it inflates long-window forecasts.
        notes.append(f"Omori-Utsu p = {om.p:.2f} is below the usual 0.9-1.5; the month and year "
                     "forecasts extrapolate it and may be too high")
    p_use = om.p if omori_ok else generic.p
    c_use = om.c_days if omori_ok else generic.c_days
    fit = fit_rj_a(t_fit, m_main, mc_v, generic.b, p_use, c_use, 0.0, t_end if t_end > 0 else None)
    if math.isfinite(fit.a):
        seq = RJParams(a=fit.a, b=generic.b, p=p_use, c_days=c_use, name="sequence-specific a")
        src = "Omori-Utsu fit" if omori_ok else "generic"
        fc_json = _forecast_json(
            rj_forecast(seq, m_main, t0), t_main,
            f"Reasenberg-Jones, sequence-specific a (b from {generic.name}; p, c from {src})",
            {"a": "sequence", "b": "generic", "p": src, "c": src},
            {"a_std": fit.a_std, "n": fit.n, "mc": mc_v})
    else:
        notes.append("forecast: too few aftershocks for a sequence a-value; the generic forecast is shown")
        fc_json = dict(gen_json)

    main_rec = frame_to_json_records(df.loc[[i_main]])[0]
    return {
        "mainshock": main_rec,
        "mc": mc_json,
        "b_value": bv_json,
        "b_positive": bp_json,
        "omori": om_json,
        "bath": bath_json,
        "forecast": fc_json,
        "forecast_generic": gen_json,
        "n_events": len(df),
        "warnings": notes,
    }


# --- plain text ------------------------------------------------------------------------------

def _num(x: float | None, fmt: str = ".2f") -> str:
    return "n/a" if x is None or not math.isfinite(x) else format(x, fmt)


def _pm(x: float | None, s: float | None, fmt: str = ".2f") -> str:
    return _num(x, fmt) if s is None or not math.isfinite(s) else f"{_num(x, fmt)} ± {_num(s, fmt)}"


def _table(fc: dict[str, Any]) -> list[str]:
    wins = fc["windows"]
    head = "          " + "".join(f"{'next ' + w['label']:<22}" for w in wins)
    lines = [head.rstrip()]
    for i, b0 in enumerate(wins[0]["bins"]):
        cells = []
        for w in wins:
            b = w["bins"][i]
            rng = f"{b['p95_low']}" if b["p95_low"] == b["p95_high"] else f"{b['p95_low']}–{b['p95_high']}"
            cells.append(f"{format_probability(b['probability'], missing='n/a'):>6} ({rng})".ljust(22))
        lines.append(f"  M ≥ {b0['magnitude']:<3g} " + "".join(cells).rstrip())
    return lines


def format_report(report: dict[str, Any]) -> str:
    """The ``stats`` report as readable plain text: Mc, b ± σ, b-positive, Omori–Utsu p, Båth and
    the forecast table (M ≥ 3…7 × day/week/month/year), each cell the probability of at least
    one event in whole percent and the 95% range of the count in brackets."""
    ms = report["mainshock"]
    mc, bv, bp, om, ba = report["mc"], report["b_value"], report["b_positive"], report["omori"], report["bath"]
    where = f", {ms['place']}" if ms.get("place") else ""
    out = [
        f"Mainshock: M{_num(ms.get('magnitude'), '.1f')} at {ms.get('time_utc')}"
        f" (id {ms.get('event_id') or 'n/a'}{where})",
        f"Events in file: {report.get('n_events', 'n/a')}",
        f"Mc: {_num(mc['value'], '.2f')} ({mc['method']}; {mc.get('n', 'n/a')} events at or above)",
        f"b-value: {_pm(bv['b'], bv['b_std'])} (Aki–Utsu, n = {bv['n']}, Mc {_num(bv['mc'])}, Δm {bv['delta_m']:g})",
        f"b-positive: {_pm(bp['b'], bp['b_std'])} (van der Elst 2021, n = {bp['n']} differences ≥ {bp.get('dmc', 'dmc')})",
        f"Omori–Utsu: p = {_pm(om['p'], om['p_std'])}, c = {_num(om['c_days'], '.3g')} d,"
        f" K = {_num(om['K'], '.4g')} /day (n = {om['n']} aftershocks ≥ Mc)",
        f"Båth: largest aftershock M{_num(ba['largest_aftershock'], '.1f')}, ΔM = {_num(ba['delta'], '.1f')}",
    ]
    for key, title in (("forecast", "Forecast"), ("forecast_generic", "Generic forecast")):
        fc = report.get(key)
        if not fc or (key == "forecast_generic" and fc["params"] == report["forecast"]["params"]):
            continue
        pr = fc["params"]
        out += [
            "",
            f"{title} from {fc['start_utc']}: {fc['model']}",
            f"  a = {_num(pr['a'])}, b = {_num(pr['b'])}, p = {_num(pr['p'])}, c = {_num(pr['c_days'], '.3g')} d."
            f" Chance of at least one quake (95% range of the count):",
            *_table(fc),
        ]
    if report["forecast"].get("range"):
        out += ["", f"Counts: {report['forecast']['range']}."]
    if report.get("warnings"):
        out += ["", "Warnings:"] + [f"  - {w}" for w in report["warnings"]]
    return "\n".join(out)
