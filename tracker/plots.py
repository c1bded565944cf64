"""Plotly figure builders: an events frame (the schema of :mod:`tracker.model`) in, a Figure out.

Pure functions with no Streamlit, so tests inspect the traces. Times are drawn in the sequence's
local zone, named in the axis title, with UTC on hover; catalogue events (``source`` other than
``"bulletin"``) and bulletin events get distinct markers. Above :data:`WEBGL_MIN_POINTS` points a
scatter is drawn with WebGL (``go.Scattergl``), so a 100,000-event catalogue stays responsive.
The statistics come from :mod:`tracker.seismo`; here they are only drawn.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from tracker.seismo.binning import bin_magnitudes
from tracker.seismo.forecast import FORECAST_MAGNITUDES, format_probability

#: Above this many points a scatter trace is drawn with WebGL.
WEBGL_MIN_POINTS = 2000
#: At most this many epicentres go on the (SVG) map: the largest ones, the mainshock always.
MAP_MAX_POINTS = 5000
#: Cumulative-count curves are thinned to about this many vertices.
CURVE_MAX_POINTS = 4000

BULLETIN = "bulletin"
CATALOGUE_COLOR = "#4c78a8"
BULLETIN_COLOR = "#e45756"
MAINSHOCK_COLOR = "#f2b701"
FIT_COLOR = "#54a24b"
TEMPLATE = "plotly_white"

Stats = Mapping[str, Any]


# --- shared helpers ------------------------------------------------------------------------------

def is_bulletin(events: pd.DataFrame) -> np.ndarray:
    """Boolean mask of the rows that come from a bulletin rather than a catalogue."""
    if "source" not in events.columns:
        return np.zeros(len(events), dtype=bool)
    return events["source"].astype("string").fillna("").eq(BULLETIN).to_numpy(dtype=bool)


def event_times_utc(events: pd.DataFrame, tz: str) -> pd.Series:
    """Each event's time in UTC: ``time_utc``, else its local date (and clock) read in ``tz``.

    A bulletin that gives only a date ("Saturday") is placed at local noon of that day, so it
    can still be drawn; hover text says the time was not stated.
    """
    t = pd.to_datetime(events["time_utc"], utc=True, errors="coerce") if "time_utc" in events else \
        pd.Series(pd.NaT, index=events.index, dtype="datetime64[ns, UTC]")
    missing = t.isna()
    if missing.any() and "date_local" in events.columns:
        date = events.loc[missing, "date_local"].astype("string")
        clock = events.loc[missing, "time_local"].astype("string") if "time_local" in events else None
        text = date + " " + (clock.fillna("12:00") if clock is not None else "12:00")
        local = pd.to_datetime(text, errors="coerce", format="%Y-%m-%d %H:%M")
        t = t.copy()
        t.loc[missing] = local.dt.tz_localize(tz, ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")
    return t


def to_local(t_utc: pd.Series, tz: str) -> np.ndarray:
    """UTC times → local wall-clock times (what the axis shows) as milliseconds since 1970, NaN
    where unknown.

    A date axis reads numbers as such milliseconds; a float array travels to the browser as a
    compact binary block where datetimes would be 100,000 strings.
    """
    local = t_utc.dt.tz_convert(tz).dt.tz_localize(None)
    ms = local.to_numpy().astype("datetime64[ms]").astype("int64").astype("float64")
    ms[local.isna().to_numpy()] = np.nan
    return ms


def utc_labels(t_utc: pd.Series) -> np.ndarray:
    """UTC times as ``YYYY-MM-DD HH:MM:SS UTC`` strings for hover text."""
    naive = t_utc.dt.tz_localize(None).to_numpy()
    out = np.char.replace(np.datetime_as_string(naive, unit="s"), "T", " ")
    out = np.char.add(out, " UTC")
    out[pd.isna(naive)] = "time not stated"
    return out


def hover_utc(events: pd.DataFrame, t_utc: pd.Series) -> np.ndarray:
    """:func:`utc_labels`, saying so where the time was not stated and the point is placed by date."""
    out = utc_labels(t_utc)
    if "time_utc" in events.columns:
        placed = pd.to_datetime(events["time_utc"], utc=True, errors="coerce").isna().to_numpy() & t_utc.notna().to_numpy()
        out = out.astype(object)
        out[placed] = "time of day not stated (drawn at local noon)"
    return out


def _scatter(n: int) -> type[go.Scatter] | type[go.Scattergl]:
    return go.Scattergl if n > WEBGL_MIN_POINTS else go.Scatter


def _mainshock_row(events: pd.DataFrame, mainshock_id: str | None) -> pd.Series | None:
    if mainshock_id is None or "event_id" not in events.columns:
        return None
    hit = events[events["event_id"].astype("string") == str(mainshock_id)]
    return None if hit.empty else hit.iloc[0]


def _time_axis(fig: go.Figure, tz: str) -> None:
    fig.update_xaxes(title=f"Local time ({tz})", type="date")


def _base_layout(fig: go.Figure, title: str) -> go.Figure:
    fig.update_layout(title=title, template=TEMPLATE, margin={"l": 60, "r": 20, "t": 60, "b": 50},
                      legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1})
    return fig


def _magnitude_labels(events: pd.DataFrame) -> np.ndarray:
    mags = events["magnitude"].to_numpy(dtype=float)
    mt = events["mag_type"].astype("string").fillna("M").to_numpy(dtype=object) if "mag_type" in events else \
        np.full(len(events), "M", dtype=object)
    return np.char.add(mt.astype("U8"), np.char.mod("%.1f", mags))


# --- magnitude–time -------------------------------------------------------------------------------

def magnitude_time(
    events: pd.DataFrame,
    tz: str,
    *,
    mainshock_id: str | None = None,
    mc: float | None = None,
    bath_magnitude: float | None = None,
) -> go.Figure:
    """Magnitude against local time: catalogue dots, bulletin diamonds, the mainshock a star.

    Rows of a merge (:func:`tracker.merge.associate`) with ``match == "matched"`` are linked to
    their counterpart by a grey segment. ``mc`` and ``bath_magnitude`` (the largest aftershock
    Båth's law expects) are drawn as horizontal lines.
    """
    fig = go.Figure()
    t_utc = event_times_utc(events, tz)
    x = to_local(t_utc, tz)
    utc = hover_utc(events, t_utc)
    bull = is_bulletin(events)
    mags = events["magnitude"].to_numpy(dtype=float)
    hover = "%{y:.1f} · %{x|%Y-%m-%d %H:%M} local<br>%{customdata}<extra>%{fullData.name}</extra>"

    _add_match_segments(fig, events, x)
    for name, mask, marker in (
        ("Catalogue", ~bull, {"color": CATALOGUE_COLOR, "size": 5, "opacity": 0.6, "symbol": "circle"}),
        ("Bulletin", bull, {"color": BULLETIN_COLOR, "size": 10, "symbol": "diamond",
                            "line": {"width": 1, "color": "white"}}),
    ):
        n = int(mask.sum())
        if n == 0:
            continue
        fig.add_trace(_scatter(n)(x=x[mask], y=mags[mask], customdata=utc[mask], mode="markers",
                                  name=name, marker=marker, hovertemplate=hover))

    main = _mainshock_row(events, mainshock_id)
    if main is not None:
        i = events.index.get_loc(main.name)
        fig.add_trace(go.Scatter(x=[x[i]], y=[mags[i]], customdata=[utc[i]], mode="markers", name="Mainshock",
                                 marker={"symbol": "star", "size": 20, "color": MAINSHOCK_COLOR,
                                         "line": {"width": 1, "color": "black"}},
                                 hovertemplate=hover))
    if mc is not None and math.isfinite(mc):
        fig.add_hline(y=mc, line_dash="dash", line_color="grey",
                      annotation_text=f"Mc {mc:.1f}", annotation_position="bottom right")
    if bath_magnitude is not None and math.isfinite(bath_magnitude):
        fig.add_hline(y=bath_magnitude, line_dash="dot", line_color=MAINSHOCK_COLOR,
                      annotation_text=f"Båth: largest aftershock ≈ M{bath_magnitude:.1f}",
                      annotation_position="top right")
    _time_axis(fig, tz)
    fig.update_yaxes(title="Magnitude")
    return _base_layout(fig, "Magnitude through time")


def _add_match_segments(fig: go.Figure, events: pd.DataFrame, x: np.ndarray) -> None:
    """Grey segments joining each matched bulletin event to its catalogue event.

    A merge may mark a pair by pointing each row's ``match_id`` at the other's ``event_id`` or by
    giving both rows one shared ``match_id``; both are understood.
    """
    if "match_id" not in events.columns or "match" not in events.columns:
        return
    matched = events["match"].astype("string").fillna("").eq("matched").to_numpy(dtype=bool)
    bull = is_bulletin(events)
    ids = events["event_id"].astype("string").fillna("").to_numpy(dtype=object)
    mids = events["match_id"].astype("string").fillna("").to_numpy(dtype=object)
    pos_by_id = {v: i for i, v in enumerate(ids) if v and not bull[i]}
    pos_by_mid = {v: i for i, v in enumerate(mids) if v and not bull[i] and matched[i]}
    mags = events["magnitude"].to_numpy(dtype=float)
    xs: list[Any] = []
    ys: list[Any] = []
    for i in np.flatnonzero(matched & bull):
        j = pos_by_id.get(mids[i], pos_by_mid.get(mids[i]))
        if j is None or np.isnan(x[i]) or np.isnan(x[j]):
            continue
        xs += [x[i], x[j], None]
        ys += [mags[i], mags[j], None]
    if xs:
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name="Matched pair",
                                 line={"color": "grey", "width": 1}, hoverinfo="skip"))


# --- counts and rates -------------------------------------------------------------------------------

def cumulative_count(events: pd.DataFrame, tz: str, *, start_utc: pd.Timestamp | None = None) -> go.Figure:
    """Cumulative number of events against local time as a step curve: the catalogue's, or the
    bulletins' where there is no catalogue (a handful of bulletin events would lie flat on the
    axis beside a catalogue's thousands).

    ``start_utc`` (the mainshock) drops the events before it. Long curves are thinned to about
    :data:`CURVE_MAX_POINTS` vertices; the final count is always kept.
    """
    fig = go.Figure()
    t_utc = event_times_utc(events, tz)
    bull = is_bulletin(events)
    sides = [("Catalogue", ~bull, CATALOGUE_COLOR)] if (~bull).any() else [("Bulletin", bull, BULLETIN_COLOR)]
    for name, mask, color in sides:
        t = t_utc[mask].dropna()
        if start_utc is not None:
            t = t[t >= start_utc]
        if t.empty:
            continue
        t = t.sort_values()
        count = np.arange(1, len(t) + 1)
        keep = _thin(len(t))
        ts = t.iloc[keep]
        fig.add_trace(go.Scatter(x=to_local(ts, tz), y=count[keep], mode="lines", name=name,
                                 line={"shape": "hv", "color": color}, customdata=utc_labels(ts),
                                 hovertemplate="%{y} events by %{x|%Y-%m-%d %H:%M} local<br>%{customdata}"
                                               "<extra>%{fullData.name}</extra>"))
    _time_axis(fig, tz)
    fig.update_yaxes(title="Cumulative number of events")
    return _base_layout(fig, "Cumulative count")


def _thin(n: int, limit: int = CURVE_MAX_POINTS) -> np.ndarray:
    if n <= limit:
        return np.arange(n)
    return np.unique(np.r_[np.linspace(0, n - 1, limit).astype(int), n - 1])


def daily_rate(
    events: pd.DataFrame,
    *,
    mainshock_time: pd.Timestamp,
    omori: Stats | None = None,
    mc: float | None = None,
    delta_m: float = 0.1,
    bins: int = 24,
) -> go.Figure:
    """Aftershock rate (events per day) against days since the mainshock, both axes logarithmic.

    Only events at or above ``mc`` count (binned at ``delta_m``, as the fit counts them), in
    log-spaced bins. ``omori`` (``K``, ``c_days``, ``p``
    from :func:`tracker.seismo.stats_report`) adds the fitted Omori–Utsu rate K/(t + c)^p.
    """
    fig = go.Figure()
    t = pd.to_datetime(events["time_utc"], utc=True, errors="coerce")
    keep = t.notna() & (t > mainshock_time)
    if mc is not None and math.isfinite(mc):
        # the same "at or above Mc" as stats_report, so the points are the events the fit used
        keep &= events["magnitude"].to_numpy(dtype=float) >= mc - delta_m / 2
    days = ((t[keep] - mainshock_time) / pd.Timedelta(days=1)).to_numpy(dtype=float)
    label = f"Observed (M ≥ {mc:.1f})" if mc is not None and math.isfinite(mc) else "Observed"
    lo = hi = None
    if days.size:
        # Edges just outside the first and last event, so every event is counted once.
        lo, hi = days.min() * 0.999, days.max() * 1.001
        if hi <= lo * 1.01:
            hi = lo * 10
        edges = np.logspace(np.log10(lo), np.log10(hi), bins + 1)
        counts, _ = np.histogram(days, bins=edges)
        mid = np.sqrt(edges[:-1] * edges[1:])
        rate = counts / np.diff(edges)
        nz = counts > 0
        fig.add_trace(go.Scatter(x=mid[nz], y=rate[nz], mode="markers", name=label,
                                 customdata=counts[nz], marker={"color": CATALOGUE_COLOR, "size": 8},
                                 hovertemplate="%{x:.3g} days: %{y:.3g} per day (%{customdata} events)"
                                               "<extra></extra>"))
    if omori and all(_finite(omori.get(k)) for k in ("K", "c_days", "p")):
        k, c, p = float(omori["K"]), float(omori["c_days"]), float(omori["p"])
        a, b = (lo, hi) if lo is not None else (1e-2, 365.0)
        tt = np.logspace(np.log10(a), np.log10(b), 200)
        fig.add_trace(go.Scatter(x=tt, y=k / (tt + c) ** p, mode="lines", line={"color": FIT_COLOR},
                                 name=f"Omori–Utsu K={k:.3g}, c={c:.3g} d, p={p:.2f}",
                                 hovertemplate="%{x:.3g} days: %{y:.3g} per day<extra>fit</extra>"))
    fig.update_xaxes(type="log", title="Days since the mainshock")
    fig.update_yaxes(type="log", title="Events per day")
    return _base_layout(fig, "Aftershock rate")


def _finite(v: Any) -> bool:
    try:
        return v is not None and math.isfinite(float(v))
    except (TypeError, ValueError):
        return False


# --- depth and map -------------------------------------------------------------------------------------

def depth_time(events: pd.DataFrame, tz: str) -> go.Figure:
    """Depth (km, increasing downwards) against local time; bulletin depths as diamonds."""
    fig = go.Figure()
    t_utc = event_times_utc(events, tz)
    depth = pd.to_numeric(events["depth_km"], errors="coerce").to_numpy(dtype=float)
    ok = ~np.isnan(depth) & t_utc.notna().to_numpy()
    x, utc, bull = to_local(t_utc, tz), hover_utc(events, t_utc), is_bulletin(events)
    labels = _magnitude_labels(events)
    for name, mask, marker in (
        ("Catalogue", ok & ~bull, {"color": CATALOGUE_COLOR, "size": 5, "opacity": 0.6}),
        ("Bulletin", ok & bull, {"color": BULLETIN_COLOR, "size": 10, "symbol": "diamond"}),
    ):
        n = int(mask.sum())
        if n:
            fig.add_trace(_scatter(n)(
                x=x[mask], y=depth[mask], mode="markers", name=name, marker=marker,
                customdata=np.char.add(np.char.add(labels[mask].astype(str), " · "), utc[mask].astype(str)),
                hovertemplate="%{customdata}<br>%{y:.1f} km deep · %{x|%Y-%m-%d %H:%M} local"
                              "<extra>%{fullData.name}</extra>"))
    _time_axis(fig, tz)
    fig.update_yaxes(title="Depth (km)", autorange="reversed")
    return _base_layout(fig, "Depth through time")


def epicentre_map(
    events: pd.DataFrame,
    tz: str,
    *,
    mainshock_id: str | None = None,
    max_points: int = MAP_MAX_POINTS,
) -> go.Figure:
    """Epicentres on a world outline, sized by magnitude and coloured by days since the first event.

    Uses ``Scattergeo``: the outline comes from Plotly's topojson files, which the dashboard serves
    itself (``topojsonURL``), so the map draws without internet. At most ``max_points`` events
    are drawn, the largest first; the title says when some were left out.
    """
    fig = go.Figure()
    lat = pd.to_numeric(events["latitude"], errors="coerce")
    lon = pd.to_numeric(events["longitude"], errors="coerce")
    located = events[lat.notna() & lon.notna()]
    total = len(located)
    main = _mainshock_row(located, mainshock_id)
    if total > max_points:
        keep = located["magnitude"].nlargest(max_points).index
        if main is not None and main.name not in keep:
            keep = keep[:-1].append(pd.Index([main.name]))
        located = located.loc[located.index.isin(keep)]
    t_utc = event_times_utc(located, tz)
    t0 = t_utc.min()
    days = ((t_utc - t0) / pd.Timedelta(days=1)).to_numpy(dtype=float) if total else np.array([])
    mags = located["magnitude"].to_numpy(dtype=float)
    size = np.clip(4 + 3.5 * (mags - np.nanmin(mags)), 4, 32) if total else mags
    text = np.char.add(np.char.add(_magnitude_labels(located), " · "), utc_labels(t_utc)) if total else []
    bull = is_bulletin(located)
    for name, mask, symbol, show_scale in (("Catalogue", ~bull, "circle", True),
                                           ("Bulletin", bull, "diamond", False)):
        if not mask.any():
            continue
        fig.add_trace(go.Scattergeo(
            lat=located["latitude"].to_numpy(dtype=float)[mask], lon=located["longitude"].to_numpy(dtype=float)[mask],
            mode="markers", name=name, text=np.asarray(text)[mask], hovertemplate="%{text}<extra>%{fullData.name}</extra>",
            marker={"size": size[mask], "color": days[mask], "colorscale": "Viridis", "symbol": symbol,
                    "cmin": 0, "cmax": float(np.nanmax(days)) if days.size else 1, "opacity": 0.8,
                    "line": {"width": 0.5, "color": "white"}, "showscale": show_scale and bool((~bull).any()),
                    "colorbar": {"title": {"text": "Days since first event"}}}))
    if main is not None:
        fig.add_trace(go.Scattergeo(lat=[main["latitude"]], lon=[main["longitude"]], mode="markers", name="Mainshock",
                                    marker={"symbol": "star", "size": 22, "color": MAINSHOCK_COLOR,
                                            "line": {"width": 1, "color": "black"}},
                                    hovertemplate=f"Mainshock M{float(main['magnitude']):.1f}<extra></extra>"))
    fig.update_geos(resolution=50, showland=True, landcolor="#eeeeee", showocean=True, oceancolor="#dfeefa",
                    showcountries=True, countrycolor="#999999", showcoastlines=True, coastlinecolor="#777777",
                    projection_type="mercator", fitbounds="locations" if total else False)
    title = "Epicentres"
    if total > max_points:
        title += f" (largest {max_points:,} of {total:,})"
    fig = _base_layout(fig, title)
    fig.update_layout(height=550)
    return fig


# --- magnitudes -------------------------------------------------------------------------------------------

def magnitude_histogram(events: pd.DataFrame, *, delta_m: float = 0.1) -> go.Figure:
    """Number of events per magnitude bin of width ``delta_m``, catalogue and bulletin side by side."""
    fig = go.Figure()
    bull = is_bulletin(events)
    mags = events["magnitude"].to_numpy(dtype=float)
    for name, mask, color in (("Catalogue", ~bull, CATALOGUE_COLOR), ("Bulletin", bull, BULLETIN_COLOR)):
        m = mags[mask & np.isfinite(mags)]
        if m.size == 0:
            continue
        values, counts = np.unique(bin_magnitudes(m, delta_m), return_counts=True)
        fig.add_trace(go.Bar(x=values, y=counts, name=name, marker_color=color, width=delta_m * 0.9,
                             hovertemplate="M%{x:.1f}: %{y} events<extra>%{fullData.name}</extra>"))
    fig.update_layout(barmode="group")
    fig.update_xaxes(title="Magnitude")
    fig.update_yaxes(title="Number of events")
    return _base_layout(fig, "Magnitude histogram")


def frequency_magnitude(
    magnitudes: Iterable[float],
    *,
    mc: float | None = None,
    b_value: Stats | None = None,
    b_positive: Stats | None = None,
    delta_m: float = 0.1,
) -> go.Figure:
    """Frequency–magnitude distribution: incremental and cumulative counts on a log axis.

    ``b_value`` (``b``, ``b_std``, ``n``, ``mc`` as in :func:`tracker.seismo.stats_report`) draws
    the Gutenberg–Richter line log10 N(≥M) = log10 n − b (M − Mc) through the count at Mc, with a
    band for b ± b_std; ``b_positive`` is noted beside it.
    """
    m = np.asarray(list(magnitudes) if not isinstance(magnitudes, np.ndarray | pd.Series) else magnitudes,
                   dtype=float)
    m = m[np.isfinite(m)]
    fig = go.Figure()
    if m.size:
        values, counts = np.unique(bin_magnitudes(m, delta_m), return_counts=True)
        cum = counts[::-1].cumsum()[::-1]
        fig.add_trace(go.Scatter(x=values, y=counts, mode="markers", name="Incremental",
                                 marker={"symbol": "square", "color": CATALOGUE_COLOR, "size": 7},
                                 hovertemplate="M%{x:.1f}: %{y} events<extra>incremental</extra>"))
        fig.add_trace(go.Scatter(x=values, y=cum, mode="markers", name="Cumulative N(≥M)",
                                 marker={"symbol": "triangle-up", "color": "black", "size": 7},
                                 hovertemplate="M ≥ %{x:.1f}: %{y} events<extra>cumulative</extra>"))
    notes = []
    if b_value and _finite(b_value.get("b")) and m.size:
        b, b_std = float(b_value["b"]), float(b_value.get("b_std") or 0.0)
        m_ref = float(b_value.get("mc") if _finite(b_value.get("mc")) else mc if mc is not None else m.min())
        n_ref = float(b_value["n"]) if _finite(b_value.get("n")) else float((m >= m_ref - delta_m / 2).sum())
        mm = np.linspace(m_ref, m.max() + delta_m, 50)

        def line(bb: float) -> np.ndarray:
            return n_ref * 10 ** (-bb * (mm - m_ref))

        if b_std > 0:
            fig.add_trace(go.Scatter(x=mm, y=line(b + b_std), mode="lines", line={"width": 0}, showlegend=False,
                                     hoverinfo="skip", name=f"b + σ ({b + b_std:.2f})"))
            fig.add_trace(go.Scatter(x=mm, y=line(b - b_std), mode="lines", line={"width": 0}, fill="tonexty",
                                     fillcolor="rgba(84,162,75,0.2)", name=f"b ± σ ({b - b_std:.2f}–{b + b_std:.2f})",
                                     hoverinfo="skip"))
        fig.add_trace(go.Scatter(x=mm, y=line(b), mode="lines", line={"color": FIT_COLOR, "width": 2},
                                 name=f"Gutenberg–Richter b = {b:.2f} ± {b_std:.2f}",
                                 hovertemplate="M ≥ %{x:.1f}: %{y:.3g} expected<extra>fit</extra>"))
        notes.append(f"b = {b:.2f} ± {b_std:.2f} (Aki–Utsu, n = {int(n_ref)})")
    if b_positive and _finite(b_positive.get("b")):
        bp, bps = float(b_positive["b"]), float(b_positive.get("b_std") or 0.0)
        notes.append(f"b-positive = {bp:.2f} ± {bps:.2f}")
    if mc is not None and math.isfinite(mc):
        fig.add_vline(x=mc, line_dash="dash", line_color="grey", annotation_text=f"Mc {mc:.1f}",
                      annotation_position="top right")
    if notes:
        fig.add_annotation(text="<br>".join(notes), xref="paper", yref="paper", x=0.99, y=0.99,
                           xanchor="right", yanchor="top", showarrow=False, align="right",
                           bgcolor="rgba(255,255,255,0.8)")
    fig.update_xaxes(title="Magnitude")
    fig.update_yaxes(type="log", title="Number of events")
    return _base_layout(fig, "Frequency–magnitude distribution")


# --- the forecast table ---------------------------------------------------------------------------------

def format_range(low: float | None, high: float | None) -> str:
    """A 95% range of counts as ``"0–3"`` (or one number when both ends agree).

    >>> format_range(0, 3.0), format_range(2, 2), format_range(None, 4)
    ('0–3', '2', '–')
    """
    if not (_finite(low) and _finite(high)):
        return "–"
    lo, hi = round(float(low)), round(float(high))
    return f"{lo}" if lo == hi else f"{lo}–{hi}"


def forecast_table(forecast: Stats, magnitudes: Iterable[float] = FORECAST_MAGNITUDES) -> pd.DataFrame:
    """The forecast as a table in the style of the USGS aftershock forecast.

    Rows ``M ≥ 3`` … ``M ≥ 7``; for each window (day, week, month, year) a ``… chance`` column
    (probability of at least one, whole percent clamped to "< 1%"/"> 99%") and a ``… number``
    column (the 95% range of the count). ``forecast`` is the ``forecast`` object of
    :func:`tracker.seismo.stats_report`.
    """
    mags = [float(m) for m in magnitudes]
    windows = list(forecast.get("windows") or [])
    table: dict[str, list[str]] = {}
    for w in windows:
        label = str(w.get("label", "")).capitalize()
        bins = {round(float(b["magnitude"]), 2): b for b in w.get("bins", [])}
        chance, number = [], []
        for m in mags:
            b = bins.get(round(m, 2))
            chance.append(format_probability(b.get("probability")) if b else "–")
            number.append(format_range(b.get("p95_low"), b.get("p95_high")) if b else "–")
        table[f"{label} chance"] = chance
        table[f"{label} number"] = number
    return pd.DataFrame(table, index=pd.Index([f"M ≥ {m:g}" for m in mags], name="Magnitude"))
