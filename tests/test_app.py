"""Every dashboard page under ``streamlit.testing.v1.AppTest``, with the store in tmp_path."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tracker.errors import FeedError
from tracker.store import Store

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
PAGES = "tracker/ui/pages"
SAMPLES = ROOT / "data" / "samples"
NEW_BULLETIN = (b"TOKYO, March 2, 2025 (Reuters) - A magnitude 6.1 earthquake struck off Ibaraki at 10:15am "
                b"at a depth of 40km, the Japan Meteorological Agency said. <script>alert(1)</script>\n")


def _sample_bulletins() -> list[str]:
    manifest = json.loads((SAMPLES / "samples.json").read_text(encoding="utf-8"))
    seqs = manifest["sequences"]
    seq = next(s for s in seqs if s["id"] == manifest.get("default")) if manifest.get("default") else seqs[0]
    return [s["file"] for s in seq["samples"] if s["kind"] == "bulletin"]


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "tracker.db"
    monkeypatch.setenv("TRACKER_DB", str(path))
    return path


def _app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=120)


def _ok(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def _page(at: AppTest, name: str) -> AppTest:
    at.switch_page(f"{PAGES}/{name}.py").run()
    _ok(at)
    return at


def _plotly(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def _values(v: Any) -> np.ndarray:
    """A trace's x or y as an array: Plotly writes NumPy arrays as base64 (``bdata``)."""
    if isinstance(v, dict) and "bdata" in v:
        return np.frombuffer(base64.b64decode(v["bdata"]), dtype=np.dtype(v["dtype"]))
    return np.asarray(v, dtype=float)


def test_first_open_stores_and_shows_the_sample(db: Path) -> None:
    at = _app().run()
    _ok(at)
    assert at.title[0].value == "Bulletins"
    with Store(db) as store:
        names = {b["name"] for b in store.list_bulletins()}
    assert names == set(_sample_bulletins())
    # The stored bulletin is shown with its values marked, and its rows in editable tables.
    shown = at.html[0].proto.body
    assert 'class="bulletin-text"' in shown
    assert len(at.data_editor) == 2
    assert at.selectbox(key="bulletin_tz").value == "Asia/Taipei"
    assert at.session_state["catalog"] is not None and len(at.session_state["catalog"]) > 1000


def test_upload_adds_once_and_reports_a_bad_file(db: Path) -> None:
    at = _app().run()
    at.file_uploader(key="bulletin_files").set_value([
        ("ibaraki.txt", NEW_BULLETIN, "text/plain"),
        ("broken.txt", b"\x00\x01\x02\xff" * 50, "text/plain"),
    ]).run()
    # The zone and date were suggested from the dateline.
    assert at.selectbox(key="bulletin_tz").value == "Asia/Tokyo"
    assert str(at.date_input(key="bulletin_date").value) == "2025-03-02"
    at.button(key="ingest_button").click().run()
    assert not at.exception
    assert any("ibaraki.txt: added" in s.value for s in at.success), [s.value for s in at.success]
    assert len(at.error) == 1 and "broken.txt" in at.error[0].value
    with Store(db) as store:
        stored = {b["name"]: b for b in store.list_bulletins()}
    assert stored["ibaraki.txt"]["published"] == "2025-03-02"
    assert stored["ibaraki.txt"]["timezone"] == "Asia/Tokyo"
    # The new bulletin is the one shown; its own markup is text, not HTML.
    body = at.html[0].proto.body
    assert "&lt;script&gt;" in body and "<script>" not in body
    # The same text again changes nothing and says so.
    at.file_uploader(key="bulletin_files").set_value([("ibaraki-again.txt", NEW_BULLETIN, "text/plain")]).run()
    at.button(key="ingest_button").click().run()
    _ok(at)
    assert any("already there" in i.value for i in at.info), [i.value for i in at.info]
    with Store(db) as store:
        assert len(store.list_bulletins()) == len(stored)


def test_paste_and_correct_a_row(db: Path) -> None:
    at = _app().run()
    at.text_area(key="bulletin_paste").input(NEW_BULLETIN.decode()).run()
    at.button(key="ingest_button").click().run()
    _ok(at)
    sha = at.session_state["selected_bulletin"]
    with Store(db) as store:
        before = store.events_frame(sha)
    if before.empty:
        pytest.skip("the parser finds no event in this text yet")
    key = f"events_editor_{sha[:12]}_{at.session_state['editor_version']}"
    # The reporter had the clock wrong: 10:45 in Tokyo, not 10:15. The UTC time must follow.
    at.session_state[key] = {"edited_rows": {0: {"magnitude": 6.3, "time_local": "10:45"}}, "added_rows": [],
                             "deleted_rows": []}
    at.run()
    at.button(key="save_corrections").click().run()
    _ok(at)
    assert any("Saved" in s.value for s in at.success)
    with Store(db) as store:
        after = store.events_frame(sha)
        zone = store.get_bulletin(sha).timezone
    assert after["magnitude"].iloc[0] == pytest.approx(6.3)
    assert after["span_start"].iloc[0] == before["span_start"].iloc[0]  # hidden columns kept
    assert len(after) == len(before)
    assert zone == "Asia/Tokyo" and after["date_local"].iloc[0] == "2025-03-02"
    assert after["time_local"].iloc[0] == "10:45"
    assert after["time_utc"].iloc[0] == pd.Timestamp("2025-03-02T01:45:00Z")


def test_sequence_page(db: Path) -> None:
    at = _page(_app().run(), "sequence")
    assert at.title[0].value == "Sequence"
    figs = _plotly(at)
    titles = [f["layout"]["title"]["text"] for f in figs]
    assert len(figs) == 5, titles
    mt = figs[0]
    assert {"Catalogue", "Mainshock"} <= {t.get("name") for t in mt["data"]}
    assert "Asia/Taipei" in mt["layout"]["xaxis"]["title"]["text"]
    rate = next(f for f in figs if f["layout"]["title"]["text"] == "Aftershock rate")
    assert rate["layout"]["xaxis"]["type"] == "log" and rate["layout"]["yaxis"]["type"] == "log"
    assert any(t["type"] == "scattergeo" for f in figs for t in f["data"])
    # The map's outline is served by the app itself.
    assert all(el.proto.spec for el in at.get("plotly_chart"))
    # Another zone and a bulletin mainshock still draw.
    at.selectbox(key="w_tz").set_value("UTC").run()
    _ok(at)
    assert "UTC" in _plotly(at)[0]["layout"]["xaxis"]["title"]["text"]
    ms = at.selectbox(key="w_mainshock")
    bulletin_choice = next((o for o in ms.options if o.endswith("bulletin")), None)
    if bulletin_choice is not None:
        ms.select(bulletin_choice).run()
        assert not at.exception
        assert len(at.get("plotly_chart")) >= 4


def test_magnitudes_page(db: Path) -> None:
    at = _page(_app().run(), "magnitudes")
    figs = _plotly(at)
    assert [f["layout"]["title"]["text"] for f in figs] == ["Magnitude histogram", "Frequency–magnitude distribution"]
    assert figs[1]["layout"]["yaxis"]["type"] == "log"
    assert any(m.label == "b-value" for m in at.metric)
    # The Gutenberg–Richter line passes through the cumulative count at Mc: both use one event set.
    traces = {t.get("name", ""): t for t in figs[1]["data"]}
    cum = traces["Cumulative N(≥M)"]
    fit = next(t for name, t in traces.items() if name.startswith("Gutenberg–Richter"))
    mc = float(next(m for m in at.metric if m.label == "Mc").value)
    at_mc = dict(zip(np.round(_values(cum["x"]), 1), _values(cum["y"]), strict=True))[round(mc, 1)]
    assert _values(fit["x"])[0] == pytest.approx(mc) and _values(fit["y"])[0] == pytest.approx(at_mc)
    at.checkbox(key="w_mc_manual").check().run()
    at.number_input(key="w_mc_value").set_value(3.5).run()
    _ok(at)
    assert next(m for m in at.metric if m.label == "Mc").value == "3.5"


def test_forecast_page(db: Path) -> None:
    at = _page(_app().run(), "forecast")
    assert any(m.value.startswith("**So far") for m in at.markdown)
    frames = [d.value for d in at.dataframe]
    table = next(f for f in frames if "Day chance" in f.columns)
    assert list(table.index) == ["M ≥ 3", "M ≥ 4", "M ≥ 5", "M ≥ 6", "M ≥ 7"]
    assert "Year number" in table.columns
    assert all(v == "> 99%" or v == "< 1%" or v.endswith("%") for v in table["Day chance"])
    assert len(at.table) == 1  # the parameters
    tallies = next((f for f in frames if "catalogue_count" in f.columns), None)
    with Store(db) as store:
        n_tallies = len(store.tallies_frame())
    if n_tallies:
        assert tallies is not None and len(tallies) == n_tallies


def test_catalogue_page_offline_fetch_upload_and_exports(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _page(_app().run(), "catalogue")
    assert len(at.tabs) >= 5  # fetch/upload + matched/bulletin-only/catalogue-only
    assert {b.key for b in at.get("download_button")} >= {"download_csv", "download_geojson"}

    def offline(*args: object, **kwargs: object) -> None:
        raise FeedError("cannot reach earthquake.usgs.gov: no network", provider="usgs")

    monkeypatch.setattr("tracker.feeds.fetch", offline)
    at.button(key="fetch_button").click().run()
    assert not at.exception
    assert len(at.error) == 1 and "no internet" in at.error[0].value
    # A catalogue file through the uploader replaces the current one.
    data = (SAMPLES / "hualien_2024_cwa.csv").read_bytes()
    lines = data.splitlines(keepends=True)
    at.file_uploader(key="catalog_file").set_value(("small.csv", b"".join(lines[:300]), "text/csv")).run()
    _ok(at)
    assert at.session_state["catalog_label"] == "uploaded small.csv"
    assert len(at.session_state["catalog"]) < 300
    # A file that is no catalogue is named in one error.
    at.file_uploader(key="catalog_file").set_value(("junk.csv", b"hello\nworld\n", "text/csv")).run()
    assert not at.exception
    assert any("junk.csv" in e.value for e in at.error)


def test_feed_error_text_is_one_plain_sentence() -> None:
    from tracker.ui.helpers import feed_error_text

    exc = FeedError("usgs: request failed: HTTPSConnectionPool(...) Failed to resolve 'earthquake.usgs.gov'",
                    provider="usgs", url="https://earthquake.usgs.gov/fdsnws/event/1/query?x=1")
    text = feed_error_text(exc, "usgs")
    assert "earthquake.usgs.gov" in text and "no internet" in text and "\n" not in text
    busy = feed_error_text(FeedError("HTTP 503", status=503, server_message="busy"), "emsc")
    assert "HTTP 503: busy" in busy
