"""The records and the one DataFrame schema: round trips, dtypes, JSON."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd

from tracker.model import (
    EVENT_COLUMNS,
    TALLY_COLUMNS,
    Bulletin,
    Event,
    Tally,
    conform_events,
    dumps,
    empty_events_frame,
    event_to_json,
    events_to_frame,
    frame_to_events,
    frame_to_tallies,
    tallies_to_frame,
    text_sha256,
)

UTC = dt.timezone.utc
MAINSHOCK = Event(
    magnitude=7.4, event_id="abc:1", mag_type="ML",
    time_utc=dt.datetime(2024, 4, 2, 23, 58, 9, tzinfo=UTC),
    date_local="2024-04-03", time_local="07:58", time_precision="second", time_text="at 7:58am",
    depth_km=15.5, place="Hualien", latitude=23.77, longitude=121.67, role="mainshock",
    evidence="a magnitude 7.4 quake struck Hualien", span=(10, 46), alt_magnitudes=("7.2", "Mw 7.4"),
    agency="CWA",
)
UNDATED = Event(magnitude=5.1, event_id="abc:2", time_text="Saturday night", evidence="a 5.1", span=(80, 85))


def test_events_round_trip_through_a_frame_keeps_every_field() -> None:
    assert frame_to_events(events_to_frame([MAINSHOCK, UNDATED])) == [MAINSHOCK, UNDATED]


def test_time_comes_back_tz_aware_utc_and_unknown_depth_stays_unknown() -> None:
    back = frame_to_events(events_to_frame([MAINSHOCK, UNDATED]))
    assert back[0].time_utc is not None and back[0].time_utc.utcoffset() == dt.timedelta(0)
    assert back[1].time_utc is None
    assert back[1].depth_km is None


def test_event_frame_dtypes_are_fixed() -> None:
    df = events_to_frame([MAINSHOCK, UNDATED])
    assert tuple(df.columns) == EVENT_COLUMNS
    assert str(df["time_utc"].dtype) == "datetime64[ns, UTC]"
    assert df["magnitude"].dtype == "float64"
    assert str(df["depth_km"].dtype) == "Float64"
    assert df["depth_km"].isna().tolist() == [False, True]
    assert df["span_start"].tolist() == [10, 80]
    assert df.loc[0, "alt_magnitudes"] == "7.2; Mw 7.4"


def test_empty_frames_have_the_schema_columns() -> None:
    assert tuple(events_to_frame([]).columns) == EVENT_COLUMNS
    assert tuple(empty_events_frame().columns) == EVENT_COLUMNS
    assert str(empty_events_frame()["time_utc"].dtype) == "datetime64[ns, UTC]"
    assert tuple(tallies_to_frame([]).columns) == TALLY_COLUMNS


def test_conform_events_turns_local_times_into_utc_and_keeps_extra_columns() -> None:
    df = conform_events(pd.DataFrame({"magnitude": ["5.0"], "time_utc": ["2024-04-03T07:58:09+08:00"],
                                      "match_id": ["us7000m9g4"]}))
    assert df.loc[0, "time_utc"] == pd.Timestamp("2024-04-02T23:58:09Z")
    assert df.loc[0, "magnitude"] == 5.0
    assert list(df.columns) == [*EVENT_COLUMNS, "match_id"]


def test_absent_text_columns_are_missing_values_that_can_be_filled_independently() -> None:
    """A catalogue's absent text columns share one null buffer; filling one touches no other."""
    a = conform_events(pd.DataFrame({"magnitude": [5.0, 4.0, 3.0]}))
    b = conform_events(pd.DataFrame({"magnitude": [6.0, 2.0]}))
    for col in ("place", "evidence", "date_local", "agency"):
        assert str(a[col].dtype) == "string" and a[col].isna().all()
    a.loc[1, "place"] = "off Hualien"
    b["evidence"] = b["evidence"].fillna("a magnitude 6")
    assert a["place"].tolist() == [pd.NA, "off Hualien", pd.NA]
    assert a["evidence"].isna().all() and a["agency"].isna().all()
    assert b["place"].isna().all() and b["evidence"].tolist() == ["a magnitude 6"] * 2
    assert frame_to_events(a)[1].place == "off Hualien" and frame_to_events(a)[0].place is None


def test_tallies_round_trip() -> None:
    tallies = [
        Tally(count=110, what="aftershocks", mag_min=4.0, felt=True, as_of_local="2024-04-03",
              evidence="110 aftershocks", span=(3, 18), tally_id="abc:t1"),
        Tally(count=6, mag_min=5.0, mag_max=6.0),
    ]
    df = tallies_to_frame(tallies)
    assert str(df["count"].dtype) == "Int64"
    assert frame_to_tallies(df) == tallies


def test_event_json_has_iso_utc_time_and_a_span_list() -> None:
    d = json.loads(dumps(event_to_json(MAINSHOCK)))
    assert d["time_utc"] == "2024-04-02T23:58:09Z"
    assert d["span"] == [10, 46]
    assert d["alt_magnitudes"] == ["7.2", "Mw 7.4"]
    assert d["id"] == "abc:1"
    assert json.loads(dumps(event_to_json(UNDATED)))["time_utc"] is None


def test_bulletin_is_keyed_by_the_sha256_of_its_text() -> None:
    a, b = Bulletin("A magnitude 5.1 quake", name="a.txt"), Bulletin("A magnitude 5.1 quake", name="b.txt")
    assert a.sha256 == b.sha256 == text_sha256("A magnitude 5.1 quake")
    assert Bulletin("A magnitude 5.2 quake").sha256 != a.sha256
