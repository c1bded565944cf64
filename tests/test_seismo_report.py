"""stats_report: the DESIGN.md JSON shape, semantics, text rendering; Båth; Gardner–Knopoff."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from tracker.errors import InputError
from tracker.model import conform_events, dumps
from tracker.seismo import (
    RJ1989_CALIFORNIA,
    bath,
    format_report,
    gardner_knopoff_window,
    sample_omori_times,
    stats_report,
)
from tracker.seismo.forecast import format_probability

T_MAIN = pd.Timestamp("2024-04-02T23:58:09Z")

# The contract keys (DESIGN.md, `stats`); additions are allowed, renames are not.
CONTRACT = {
    "mainshock": None,
    "mc": {"value", "method"},
    "b_value": {"b", "b_std", "n", "mc", "delta_m"},
    "b_positive": {"b", "b_std", "n"},
    "omori": {"K", "c_days", "p", "p_std", "n"},
    "bath": {"largest_aftershock", "delta"},
    "forecast": {"start_utc", "model", "params", "windows"},
}
ADDED_TOP = {"forecast_generic", "warnings", "n_events"}


def _sequence(seed: int = 1, m_main: float = 7.0) -> pd.DataFrame:
    """A synthetic sequence: R&J-generic aftershocks ≥ 2.0 over 20 days, GR magnitudes b = 1."""
    rng = np.random.default_rng(seed)
    p = RJ1989_CALIFORNIA
    K = 10 ** (p.a + p.b * (m_main - 2.0))
    t = sample_omori_times(K, p.c_days, p.p, 0.0, 20.0, rng)
    t = t[t > 1e-4]
    m = np.round(1.95 + rng.exponential(1 / np.log(10), t.size), 1)
    m = np.minimum(m, m_main - 0.3)
    times = [T_MAIN, *(T_MAIN + pd.to_timedelta(t, unit="D"))]
    df = pd.DataFrame({
        "event_id": ["main"] + [f"a{i}" for i in range(t.size)],
        "source": "test",
        "magnitude": np.concatenate([[m_main], m]),
        "time_utc": times,
        "latitude": 23.8, "longitude": 121.6,
    })
    return conform_events(df)


def test_json_shape_exact() -> None:
    rep = stats_report(_sequence())
    assert set(rep) == set(CONTRACT) | ADDED_TOP
    for key, keys in CONTRACT.items():
        if keys is not None:
            assert keys <= set(rep[key]), key
    assert set(rep["forecast"]["params"]) == {"a", "b", "p", "c_days"}
    assert [w["label"] for w in rep["forecast"]["windows"]] == ["day", "week", "month", "year"]
    for w in rep["forecast"]["windows"]:
        assert {"label", "start_utc", "end_utc", "bins"} <= set(w)
        assert [b["magnitude"] for b in w["bins"]] == [3.0, 4.0, 5.0, 6.0, 7.0]
        for b in w["bins"]:
            assert {"magnitude", "expected", "p95_low", "p95_high", "probability"} <= set(b)
    assert rep["forecast"]["central"] == "mean"
    assert rep["mainshock"]["event_id"] == "main"
    # JSON-able through the CLI's dumps, no NaN
    text = dumps(rep)
    assert "NaN" not in text
    json.loads(text)


def test_semantics_and_recovered_values() -> None:
    df = _sequence()
    rep = stats_report(df, mc=2.0)
    n_after = int((df["magnitude"] >= 2.0).sum()) - 1
    assert rep["mc"] == {**rep["mc"], "value": 2.0, "method": "fixed"}
    assert rep["b_value"]["n"] == n_after + 1  # every event ≥ Mc, mainshock included
    assert rep["omori"]["n"] == n_after  # only events after the mainshock
    assert abs(rep["b_value"]["b"] - 1.0) < 4 * rep["b_value"]["b_std"] + 0.01
    assert abs(rep["omori"]["p"] - 1.08) < 4 * rep["omori"]["p_std"]
    # forecast starts at the last event by default, windows 1/7/30/365 days long
    last = df["time_utc"].max()
    fc = rep["forecast"]
    assert pd.Timestamp(fc["start_utc"]) == last.round("s")
    ends = [pd.Timestamp(w["end_utc"]) - pd.Timestamp(w["start_utc"]) for w in fc["windows"]]
    assert [e.days for e in ends] == [1, 7, 30, 365]
    assert fc["param_sources"]["a"] == "sequence"
    bath_json = rep["bath"]
    assert bath_json["delta"] == pytest.approx(7.0 - bath_json["largest_aftershock"])


def test_mainshock_by_id_and_start() -> None:
    df = _sequence()
    rep = stats_report(df, mainshock="a3", start="2024-05-01T00:00:00")
    assert rep["mainshock"]["event_id"] == "a3"
    assert rep["forecast"]["start_utc"] == "2024-05-01T00:00:00Z"
    with pytest.raises(InputError):
        stats_report(df, mainshock="nope")
    with pytest.raises(InputError):
        stats_report(df, start="2024-01-01")  # before the mainshock
    with pytest.raises(ValueError):
        stats_report(df, mc=2.05)


def test_tiny_file_gives_nulls_and_warnings() -> None:
    df = conform_events(pd.DataFrame({
        "event_id": ["m", "a", "b"], "magnitude": [6.0, 4.0, 4.5],
        "time_utc": [T_MAIN, T_MAIN + pd.Timedelta(hours=1), T_MAIN + pd.Timedelta(hours=5)],
    }))
    rep = stats_report(df, mc=4.0)
    assert rep["omori"]["p"] is None and rep["omori"]["n"] == 2
    assert any("Omori" in w for w in rep["warnings"])
    assert rep["bath"]["largest_aftershock"] == 4.5 and rep["bath"]["delta"] == 1.5
    json.loads(dumps(rep))
    text = format_report(rep)
    assert "n/a" in text and "Warnings:" in text


def test_format_report_table() -> None:
    text = format_report(stats_report(_sequence()))
    for word in ("Mc:", "b-value:", "b-positive:", "Omori–Utsu:", "Båth:", "next day", "next year", "M ≥ 7"):
        assert word in text
    assert "%" in text and "–" in text


@pytest.mark.parametrize(("p", "s"), [(0.0, "< 1%"), (0.004, "< 1%"), (0.01, "1%"), (0.5, "50%"),
                                      (0.99, "99%"), (0.995, "> 99%"), (1.0, "> 99%"), (float("nan"), "n/a")])
def test_percent_clamp(p: float, s: str) -> None:
    assert format_probability(p, missing="n/a") == s


def test_bath() -> None:
    r = bath(7.4, [5.0, 6.5, 6.2])
    assert (r.largest_aftershock, r.delta, r.index) == (6.5, 0.9, 1)
    with pytest.warns(UserWarning):
        assert math.isnan(bath(7.0, []).delta)


def test_gardner_knopoff() -> None:
    # van Stiphout et al. (2012) fit: L = 10^(0.1238M + 0.983) km; T = 10^(0.032M + 2.7389) d
    # for M ≥ 6.5, else 10^(0.5409M − 0.547). Gardner & Knopoff's table: M5 ≈ 40 km, M7 ≈ 70 km
    # and ≈ 915 d.
    d5, t5 = gardner_knopoff_window(5.0)
    d7, t7 = gardner_knopoff_window(7.0)
    assert d5 == pytest.approx(40.0, abs=0.1) and t5 == pytest.approx(10 ** (0.5409 * 5 - 0.547))
    assert d7 == pytest.approx(70.7, abs=0.1) and t7 == pytest.approx(918.1, abs=0.1)
    # (the fitted time window jumps down at M 6.5, where the two branches meet: a property of
    # the published fit, not of the code)
    with pytest.raises(ValueError):
        gardner_knopoff_window(float("nan"))
