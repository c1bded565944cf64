"""The figure builders: expected traces, data, axes; the forecast table's formatting."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from tracker import plots
from tracker.model import conform_events
from tracker.ui import helpers

TZ = "Asia/Taipei"
T0 = pd.Timestamp("2024-04-02T23:58:09Z")


def _catalogue(n: int = 200, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    t = T0 + pd.to_timedelta(np.sort(rng.exponential(3.0, n)), unit="D")
    df = pd.DataFrame({
        "event_id": [f"c{i}" for i in range(n)], "source": "cwa",
        "magnitude": np.round(2.5 + rng.exponential(0.45, n), 1), "time_utc": t,
        "depth_km": rng.uniform(5, 40, n), "latitude": 23.8 + rng.normal(0, 0.1, n),
        "longitude": 121.6 + rng.normal(0, 0.1, n),
    })
    main = pd.DataFrame({"event_id": ["main"], "source": "cwa", "magnitude": [7.2], "time_utc": [T0],
                         "depth_km": [15.5], "latitude": [23.77], "longitude": [121.67]})
    return conform_events(pd.concat([main, df], ignore_index=True))


def _sequence() -> pd.DataFrame:
    """A merge-like table: the catalogue, one matched bulletin event, one bulletin-only (date only)."""
    cat = _catalogue().assign(match="catalogue-only", match_id=None)
    cat.loc[cat["event_id"] == "main", ["match", "match_id"]] = ["matched", "b1"]
    bull = conform_events(pd.DataFrame({
        "event_id": ["b1", "b2"], "source": "bulletin", "magnitude": [7.4, 6.1],
        "time_utc": [T0 + pd.Timedelta(seconds=20), None], "date_local": ["2024-04-03", "2024-04-23"],
        "time_local": ["07:58", None], "depth_km": [15.5, None],
    })).assign(match=["matched", "bulletin-only"], match_id=["main", None])
    return pd.concat([bull, cat], ignore_index=True)


def _local(ms: float) -> pd.Timestamp:
    """An x value of a time axis (local wall clock, ms since 1970) as a naive Timestamp."""
    return pd.Timestamp(ms, unit="ms")


def _names(fig: go.Figure) -> list[str]:
    return [t.name for t in fig.data]


def test_magnitude_time_has_sides_star_pairs_and_lines() -> None:
    seq = _sequence()
    fig = plots.magnitude_time(seq, TZ, mainshock_id="main", mc=3.0, bath_magnitude=6.0)
    names = _names(fig)
    assert {"Catalogue", "Bulletin", "Mainshock", "Matched pair"} <= set(names)
    star = fig.data[names.index("Mainshock")]
    assert star.marker.symbol == "star" and list(star.y) == [7.2]
    bull = fig.data[names.index("Bulletin")]
    assert bull.marker.symbol == "diamond" and sorted(bull.y) == [6.1, 7.4]
    cat = fig.data[names.index("Catalogue")]
    assert len(cat.y) == 201 and isinstance(cat, go.Scatter)
    # One segment (three points with a gap) joins b1 to its twin.
    pair = fig.data[names.index("Matched pair")]
    assert list(pair.y) == [7.4, 7.2, None]
    assert sorted(s.y0 for s in fig.layout.shapes) == [3.0, 6.0]
    assert "Asia/Taipei" in fig.layout.xaxis.title.text
    # Local time on the axis (UTC+8), UTC on hover.
    assert _local(star.x[0]) == pd.Timestamp("2024-04-03 07:58:09")
    assert fig.layout.xaxis.type == "date"
    assert star.customdata[0] == "2024-04-02 23:58:09 UTC"


def test_date_only_bulletin_event_is_drawn_at_local_noon() -> None:
    fig = plots.magnitude_time(_sequence(), TZ)
    bull = fig.data[_names(fig).index("Bulletin")]
    i = list(bull.y).index(6.1)
    assert _local(bull.x[i]) == pd.Timestamp("2024-04-23 12:00")
    assert "not stated" in bull.customdata[i]


def test_many_points_use_webgl() -> None:
    big = _catalogue(n=plots.WEBGL_MIN_POINTS + 10)
    fig = plots.magnitude_time(big, TZ, mainshock_id="main")
    assert isinstance(fig.data[_names(fig).index("Catalogue")], go.Scattergl)
    assert isinstance(plots.depth_time(big, TZ).data[0], go.Scattergl)


def test_cumulative_count_ends_at_total_and_thins() -> None:
    cat = _catalogue(n=plots.CURVE_MAX_POINTS * 2)
    fig = plots.cumulative_count(cat, TZ, start_utc=T0)
    tr = fig.data[0]
    assert tr.y[-1] == len(cat) and len(tr.y) <= plots.CURVE_MAX_POINTS + 1
    assert tr.line.shape == "hv"
    after = plots.cumulative_count(cat, TZ, start_utc=T0 + pd.Timedelta(seconds=1)).data[0]
    assert after.y[-1] == len(cat) - 1


def test_daily_rate_is_log_log_with_omori_curve() -> None:
    fig = plots.daily_rate(_catalogue(), mainshock_time=T0, omori={"K": 50.0, "c_days": 0.05, "p": 1.1}, mc=2.5)
    assert fig.layout.xaxis.type == "log" and fig.layout.yaxis.type == "log"
    obs, fit = fig.data
    assert obs.mode == "markers" and all(v > 0 for v in obs.y)
    assert sum(obs.customdata) == 200  # every aftershock at or above Mc counted once
    t = np.asarray(fit.x)
    assert np.allclose(fit.y, 50.0 / (t + 0.05) ** 1.1)


def test_daily_rate_without_fit() -> None:
    fig = plots.daily_rate(_catalogue(), mainshock_time=T0, omori={"K": None, "c_days": 0.1, "p": 1.0})
    assert len(fig.data) == 1


def test_depth_axis_reversed() -> None:
    fig = plots.depth_time(_sequence(), TZ)
    assert fig.layout.yaxis.autorange == "reversed"
    assert set(_names(fig)) == {"Catalogue", "Bulletin"}
    assert "Asia/Taipei" in fig.layout.xaxis.title.text


def test_map_sizes_by_magnitude_colours_by_time_and_caps_points() -> None:
    cat = _catalogue(n=300)
    fig = plots.epicentre_map(cat, TZ, mainshock_id="main", max_points=100)
    geo = [t for t in fig.data if isinstance(t, go.Scattergeo)]
    assert geo and len(geo[0].lat) == 100
    main = fig.data[_names(fig).index("Mainshock")]
    assert main.marker.symbol == "star"
    sizes, mags = np.asarray(geo[0].marker.size), None
    assert sizes.max() > sizes.min()
    assert np.asarray(geo[0].marker.color).min() >= 0
    assert "100 of 301" in fig.layout.title.text
    assert fig.layout.geo.showland and fig.layout.geo.resolution == 50
    del mags


def test_histogram_bins_by_delta_m() -> None:
    fig = plots.magnitude_histogram(_sequence(), delta_m=0.1)
    cat = fig.data[_names(fig).index("Catalogue")]
    assert sum(cat.y) == 201
    assert np.allclose(np.asarray(cat.x) * 10, np.round(np.asarray(cat.x) * 10))


def test_frequency_magnitude_log_with_fit_band_and_notes() -> None:
    mags = _catalogue()["magnitude"].to_numpy()
    fig = plots.frequency_magnitude(mags, mc=2.5, b_value={"b": 1.0, "b_std": 0.1, "n": 201, "mc": 2.5},
                                    b_positive={"b": 0.9, "b_std": 0.2}, delta_m=0.1)
    assert fig.layout.yaxis.type == "log"
    names = _names(fig)
    assert "Incremental" in names and "Cumulative N(≥M)" in names
    cum = fig.data[names.index("Cumulative N(≥M)")]
    assert cum.y[0] == len(mags)
    line = next(t for t in fig.data if t.name.startswith("Gutenberg–Richter"))
    assert line.y[0] == pytest.approx(201)
    assert any(t.fill == "tonexty" for t in fig.data)  # the b ± σ band
    assert [s.x0 for s in fig.layout.shapes] == [2.5]
    note = fig.layout.annotations[-1].text
    assert "b-positive = 0.90" in note and "b = 1.00" in note


@pytest.mark.parametrize(("p", "text"), [(0.0, "< 1%"), (0.004, "< 1%"), (0.01, "1%"), (0.5, "50%"),
                                         (0.99, "99%"), (0.9951, "> 99%"), (1.0, "> 99%"), (None, "–")])
def test_probability_clamped(p: float | None, text: str) -> None:
    assert plots.format_probability(p) == text


def test_forecast_table_usgs_style() -> None:
    def bins(probs: list[float]) -> list[dict[str, float]]:
        return [{"magnitude": m, "expected": 1.0, "p95_low": 0, "p95_high": 3 + i, "probability": p}
                for i, (m, p) in enumerate(zip((3.0, 4.0, 5.0, 6.0, 7.0), probs, strict=True))]

    forecast = {"windows": [
        {"label": "day", "bins": bins([0.999, 0.6, 0.1, 0.01, 0.001])},
        {"label": "week", "bins": bins([1.0, 0.9, 0.3, 0.05, 0.004])},
        {"label": "month", "bins": bins([1.0, 0.95, 0.4, 0.07, 0.006])},
        {"label": "year", "bins": bins([1.0, 0.99, 0.5, 0.1, 0.01])},
    ]}
    table = plots.forecast_table(forecast)
    assert list(table.index) == ["M ≥ 3", "M ≥ 4", "M ≥ 5", "M ≥ 6", "M ≥ 7"]
    assert list(table.columns) == ["Day chance", "Day number", "Week chance", "Week number",
                                   "Month chance", "Month number", "Year chance", "Year number"]
    assert table.loc["M ≥ 3", "Day chance"] == "> 99%"
    assert table.loc["M ≥ 7", "Day chance"] == "< 1%"
    assert table.loc["M ≥ 4", "Day chance"] == "60%"
    assert table.loc["M ≥ 3", "Day number"] == "0–3"


def test_highlight_escapes_markup_and_marks_spans() -> None:
    text = "<script>alert(1)</script> A magnitude 5.7 quake struck. 110 aftershocks followed."
    start = text.index("magnitude 5.7")
    events = conform_events(pd.DataFrame({"magnitude": [5.7], "date_local": ["2025-01-25"], "depth_km": [7.7],
                                          "span_start": [start], "span_end": [start + 13]}))
    t0 = text.index("110 aftershocks")
    tallies = pd.DataFrame({"count": [110], "what": ["aftershocks"], "span_start": [t0], "span_end": [t0 + 15]})
    out = helpers.highlight_html(text, events, tallies)
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert 'title="M5.7 · 2025-01-25 · depth 7.7 km">magnitude 5.7</mark>' in out
    assert 'title="110 aftershocks">110 aftershocks</mark>' in out


def test_helpers_suggest_and_summarise() -> None:
    assert helpers.suggest_zone("TAIPEI, April 3 (Reuters) - A quake") == "Asia/Taipei"
    assert helpers.suggest_zone("Nothing about places") is None
    assert helpers.suggest_date("Published 3 April 2024. A quake") == pd.Timestamp("2024-04-03").date()
    counts = helpers.aftershock_counts(_catalogue(), T0)
    assert counts[3] == int((_catalogue()["magnitude"].iloc[1:] >= 3).sum())
    assert helpers.summary_sentence({3: 12, 5: 1}) == "So far 12 M3+ and 1 M5+ aftershocks."


def test_edited_local_time_gives_utc_in_the_bulletins_zone_or_nothing() -> None:
    original = conform_events(pd.DataFrame({
        "event_id": ["b:0", "b:1"], "magnitude": [5.0, 4.0], "date_local": ["2024-03-10", "2024-03-10"],
        "time_local": ["01:10", None], "time_precision": ["minute", "day"],
        "time_utc": [pd.Timestamp("2024-03-10T06:10Z"), None]}))
    view = original[["event_id", "magnitude", "date_local", "time_local", "time_precision"]].copy()
    view.loc[0, "time_local"] = "02:30"      # a clock New York skips on its DST night
    view.loc[1, "time_local"] = "03:30:15"   # now stated to the second
    out = helpers.apply_edits(original, view, "event_id", "America/New_York")
    assert pd.isna(out.loc[0, "time_utc"])  # not guessed
    assert out.loc[1, "time_utc"] == pd.Timestamp("2024-03-10T07:30:15Z")  # EDT, UTC−4
    assert out.loc[1, "time_precision"] == "second"
    untouched = helpers.apply_edits(original, original[["event_id", "magnitude"]].assign(magnitude=[5.1, 4.0]),
                                    "event_id", "America/New_York")
    assert untouched.loc[0, "time_utc"] == pd.Timestamp("2024-03-10T06:10Z")  # only edited clocks move
    no_zone = helpers.apply_edits(original, view, "event_id", None)
    assert no_zone["time_utc"].isna().all()
