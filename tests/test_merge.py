"""Bulletin events against a real catalogue: the CWA felt list of the 2024 Hualien sequence.

The bulletin events are built directly from the model's records, as a newsroom story about the
sequence would state them, so these tests do not depend on the parser. Times in the comments are
Taiwan local time (UTC+8), as the CWA list gives them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracker.errors import InputError
from tracker.merge import associate, check_tallies, haversine_km
from tracker.model import (
    EVENT_COLUMNS,
    Event,
    Tally,
    conform_events,
    empty_events_frame,
    events_to_frame,
    tallies_to_frame,
)

CWA_FILE = Path(__file__).parent / "data" / "merge" / "cwa_felt_list_2024-04_hualien_sequence_20240427_0320.csv"
UTC = dt.timezone.utc
TAIPEI = "Asia/Taipei"


def _read_cwa(path: Path) -> pd.DataFrame:
    """The CWA list as catalogue events: the project's reader when present, else a local one."""
    try:
        from tracker.catalog import read_catalog
    except ImportError:
        pass
    else:
        return read_catalog(path)
    raw = pd.read_csv(path, skiprows=1, dtype=str, encoding="utf-8")
    raw.columns = ["no", "time", "lon", "lat", "ml", "depth", "place"]
    no = raw["no"].str.strip()
    local = pd.to_datetime(raw["time"])
    return conform_events(pd.DataFrame({
        "event_id": np.where(no.str.isdigit(), "cwa:" + no, "cwa:" + raw["time"]),
        "source": "cwa",
        "magnitude": raw["ml"].astype(float),
        "mag_type": "ML",
        "time_utc": local.dt.tz_localize(TAIPEI).dt.tz_convert("UTC"),
        "time_precision": "second",
        "latitude": raw["lat"].astype(float),
        "longitude": raw["lon"].astype(float),
        "depth_km": raw["depth"].astype(float),
        "place": raw["place"],
    }))


@pytest.fixture(scope="module")
def catalog() -> pd.DataFrame:
    return _read_cwa(CWA_FILE)


def _utc(local: str) -> dt.datetime:
    """A Taiwan local time as UTC."""
    return pd.Timestamp(local).tz_localize(TAIPEI).tz_convert("UTC").to_pydatetime()


def _twin(merged: pd.DataFrame, event_id: str) -> pd.Series:
    """The catalogue row a bulletin event was matched to."""
    row = merged[(merged["source"] == "bulletin") & (merged["event_id"] == event_id)].iloc[0]
    assert row["match"] == "matched", f"{event_id} was not matched"
    twin = merged[(merged["source"] != "bulletin") & (merged["event_id"] == row["match_id"])]
    assert len(twin) == 1
    return twin.iloc[0]


def _local(ts: pd.Timestamp) -> str:
    return ts.tz_convert(TAIPEI).strftime("%Y-%m-%d %H:%M:%S")


# What a story published 2024-04-24 in Taipei says, one record per quake it describes.
STORY = [
    Event(7.2, "b:0", mag_type="ML", time_utc=_utc("2024-04-03 07:58"), date_local="2024-04-03",
          time_local="07:58", time_precision="minute", time_text="7:58am on April 3", depth_km=15.5,
          place="off the coast of Hualien County", latitude=23.77, longitude=121.67, role="mainshock"),
    Event(6.5, "b:1", time_utc=_utc("2024-04-03 08:11"), date_local="2024-04-03", time_local="08:11",
          time_precision="minute", time_text="13 minutes later", role="aftershock"),
    # A decoy: no quake near this magnitude anywhere near this time in the list.
    Event(5.9, "b:2", time_utc=_utc("2024-04-10 12:00"), date_local="2024-04-10", time_local="12:00",
          time_precision="minute", time_text="at noon on April 10"),
    # Listed first, "around 2am" (hour precision): alone it would take the 6.0 of 02:26:51,
    # the only candidate of the next one; the total cost gives it the 6.3 of 02:32:49.
    Event(6.1, "b:3", time_utc=_utc("2024-04-23 02:00"), date_local="2024-04-23", time_local="02:00",
          time_precision="hour", time_text="around 2am yesterday"),
    Event(6.0, "b:4", time_utc=_utc("2024-04-23 02:26"), date_local="2024-04-23", time_local="02:26",
          time_precision="minute", time_text="2:26am yesterday"),
    # Day precision: "on Tuesday" is the local 23rd, whose M5.9 came at 04:49:57; the M5.9 of
    # 22:11 on the 22nd shares its UTC day but not its local one.
    Event(5.9, "b:5", date_local="2024-04-23", time_precision="day", time_text="on Tuesday"),
    # "On Monday" in Taipei: the M5.7 of 18:50:32 on the 22nd, not the two M5.7s before dawn on
    # the 23rd, which still fall on the 22nd in UTC.
    Event(5.7, "b:6", date_local="2024-04-22", time_precision="day", time_text="on Monday"),
]


@pytest.fixture(scope="module")
def merged(catalog: pd.DataFrame) -> pd.DataFrame:
    return associate(events_to_frame(STORY), catalog, tz=TAIPEI)


def test_every_row_of_both_sides_is_kept_in_the_event_schema(merged: pd.DataFrame, catalog: pd.DataFrame) -> None:
    assert len(merged) == len(STORY) + len(catalog)
    assert tuple(merged.columns[: len(EVENT_COLUMNS)]) == EVENT_COLUMNS
    for col in ("match_id", "dt_s", "dmag", "dist_km", "match"):
        assert col in merged.columns
    assert (merged["source"] == "bulletin").sum() == len(STORY)
    assert set(merged["match"]) == {"matched", "bulletin-only", "catalogue-only"}
    times = merged.loc[merged["source"] != "bulletin", "time_utc"]
    assert times.is_monotonic_increasing  # a sequence table reads in time order


def test_stated_times_are_matched_to_their_quakes(merged: pd.DataFrame) -> None:
    main = _twin(merged, "b:0")
    assert _local(main["time_utc"]) == "2024-04-03 07:58:09"
    assert main["magnitude"] == 7.2
    row = merged[merged["event_id"] == "b:0"].iloc[0]
    assert row["dt_s"] == pytest.approx(9.0)
    assert row["dmag"] == pytest.approx(0.0)
    assert row["dist_km"] < 2.0
    assert _local(_twin(merged, "b:1")["time_utc"]) == "2024-04-03 08:11:26"


def test_matches_are_one_to_one_and_point_both_ways(merged: pd.DataFrame) -> None:
    b = merged[(merged["source"] == "bulletin") & (merged["match"] == "matched")]
    c = merged[(merged["source"] != "bulletin") & (merged["match"] == "matched")]
    assert len(b) == len(c) == 6
    back = dict(zip(c["event_id"], c["match_id"], strict=True))
    for eid, mid in zip(b["event_id"], b["match_id"], strict=True):
        assert back[mid] == eid


def test_a_bulletin_event_without_catalogue_twin_stays_bulletin_only(merged: pd.DataFrame) -> None:
    decoy = merged[merged["event_id"] == "b:2"].iloc[0]
    assert decoy["match"] == "bulletin-only"
    assert pd.isna(decoy["match_id"]) and pd.isna(decoy["dt_s"])


def test_ties_are_resolved_by_total_cost_not_by_order(merged: pd.DataFrame) -> None:
    assert _local(_twin(merged, "b:3")["time_utc"]) == "2024-04-23 02:32:49"  # the 6.3
    assert _local(_twin(merged, "b:4")["time_utc"]) == "2024-04-23 02:26:51"  # the 6.0


def test_day_precision_events_are_matched_within_their_local_day(merged: pd.DataFrame) -> None:
    tuesday = _twin(merged, "b:5")
    assert _local(tuesday["time_utc"]) == "2024-04-23 04:49:57"
    assert tuesday["magnitude"] == 5.9
    monday = _twin(merged, "b:6")
    assert _local(monday["time_utc"]) == "2024-04-22 18:50:32"


def test_unknown_time_needs_magnitude_and_place(catalog: pd.DataFrame) -> None:
    located = Event(6.3, "u:0", latitude=23.85, longitude=121.54, time_text="the strongest of the burst")
    unlocated = Event(6.3, "u:1", time_text="a magnitude 6.3 quake")
    out = associate(events_to_frame([located, unlocated]), catalog, tz=TAIPEI)
    assert _local(_twin(out, "u:0")["time_utc"]) == "2024-04-23 02:32:49"
    assert out.loc[out["event_id"] == "u:1", "match"].item() == "bulletin-only"


def test_magnitude_and_distance_tolerances_hold(catalog: pd.DataFrame) -> None:
    # The mainshock's time but a magnitude 1.2 units off, or an epicentre 300 km away: no match.
    too_big = Event(8.4, "t:0", time_utc=_utc("2024-04-03 07:58"), time_precision="minute")
    too_far = Event(7.2, "t:1", time_utc=_utc("2024-04-03 07:58"), time_precision="minute",
                    latitude=26.5, longitude=121.67)
    out = associate(events_to_frame([too_big, too_far]), catalog)
    assert (out.loc[out["source"] == "bulletin", "match"] == "bulletin-only").all()
    # An agency difference of 0.7 (USGS Mw 7.4 against CWA ML 7.2, say) is within tolerance.
    usgs = Event(7.4, "t:2", mag_type="Mw", time_utc=dt.datetime(2024, 4, 2, 23, 58, 11, tzinfo=UTC),
                 time_precision="second", latitude=23.819, longitude=121.562)
    out = associate(events_to_frame([usgs]), catalog)
    assert _twin(out, "t:2")["magnitude"] == 7.2


def test_empty_sides(catalog: pd.DataFrame) -> None:
    out = associate(empty_events_frame(), catalog)
    assert len(out) == len(catalog) and (out["match"] == "catalogue-only").all()
    out = associate(events_to_frame(STORY), empty_events_frame())
    assert len(out) == len(STORY) and (out["match"] == "bulletin-only").all()
    with pytest.raises(InputError):
        associate(empty_events_frame(), catalog, mag_tol=0)


def test_sorted_table_is_the_same_whether_text_columns_are_shared_or_copied(
        catalog: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big catalogue's text columns are laid out as slices of the inputs, not copied: same table."""
    from tracker import merge

    # The catalogue arrives newest first, as feeds send it; the table must still read in time order.
    newest_first = catalog.iloc[::-1].reset_index(drop=True)
    bulletin = events_to_frame(STORY)
    monkeypatch.setattr(merge, "_MIN_SHARED_RUN", 10**9)  # never share: copy every column
    copied = associate(bulletin, newest_first, tz=TAIPEI)
    monkeypatch.setattr(merge, "_MIN_SHARED_RUN", 1)  # share whenever the order allows
    shared = associate(bulletin, newest_first, tz=TAIPEI)
    in_time_order = associate(bulletin, catalog.sort_values("time_utc", kind="stable"), tz=TAIPEI)
    pd.testing.assert_frame_equal(shared, copied)
    pd.testing.assert_frame_equal(in_time_order, copied)
    assert shared["place"].array._pa_array.num_chunks > 1  # the shared layout was really taken
    assert shared.loc[shared["event_id"] == "b:0", "match"].item() == "matched"
    assert list(shared["match"].cat.categories) == ["matched", "bulletin-only", "catalogue-only"]


def test_haversine_one_degree_of_latitude() -> None:
    assert haversine_km(np.array([0.0]), np.array([0.0]), np.array([1.0]), np.array([0.0]))[0] == pytest.approx(
        111.19, abs=0.01)


# --- tallies ---------------------------------------------------------------------------------------

def _hand_count(lo: float | None, hi: float | None, end_local: str, start_local: str = "2024-04-03 07:58:09") -> int:
    """Count rows of the raw CSV by their local time strings, as a reader would by hand."""
    raw = pd.read_csv(CWA_FILE, skiprows=1, dtype=str)
    t, m = raw.iloc[:, 1], raw.iloc[:, 4].astype(float)
    sel = (t > start_local) & (t <= end_local)
    if lo is not None:
        sel &= m >= lo
    if hi is not None:
        sel &= m < hi
    return int(sel.sum())


def test_tallies_count_what_the_catalogue_holds_for_the_same_span(catalog: pd.DataFrame) -> None:
    # CWA as quoted by the press on 2024-04-09: 782 aftershocks to 08:02 that day, 2 of M6 or
    # more, 27 of M5-6, 229 of M4-5, 524 of M3-4.
    asof = "2024-04-09T08:02"
    tallies = tallies_to_frame([
        Tally(782, "aftershocks", as_of_local=asof),
        Tally(2, "aftershocks", mag_min=6.0, as_of_local=asof),
        Tally(27, "aftershocks", mag_min=5.0, mag_max=6.0, as_of_local=asof),
        Tally(229, "aftershocks", mag_min=4.0, mag_max=5.0, as_of_local=asof),
        Tally(524, "aftershocks", mag_min=3.0, mag_max=4.0, as_of_local=asof),
    ])
    out = check_tallies(tallies, catalog, published="2024-04-09", tz=TAIPEI)
    by_hand = [_hand_count(None, None, "2024-04-09 08:02:00"), _hand_count(6, None, "2024-04-09 08:02:00"),
               _hand_count(5, 6, "2024-04-09 08:02:00"), _hand_count(4, 5, "2024-04-09 08:02:00"),
               _hand_count(3, 4, "2024-04-09 08:02:00")]
    assert out["catalogue_count"].tolist() == by_hand == [795, 2, 32, 230, 531]
    assert out["count"].tolist() == [782, 2, 27, 229, 524]  # the bulletin's own numbers stay
    assert out["window_start_utc"].iloc[0] == pd.Timestamp("2024-04-02T23:58:09Z")
    assert out["window_end_utc"].iloc[0] == pd.Timestamp("2024-04-09T00:02:00Z")


def test_tally_window_ends_with_the_publication_day_or_the_catalogue(catalog: pd.DataFrame) -> None:
    tallies = tallies_to_frame([Tally(1281, "aftershocks"), Tally(18, "earthquakes", mag_min=6.0)])
    out = check_tallies(tallies, catalog, published=dt.date(2024, 4, 24), tz=TAIPEI)
    assert (out["window_end_utc"] == pd.Timestamp("2024-04-24T16:00Z")).all()
    assert out["catalogue_count"].tolist() == [
        _hand_count(None, None, "2024-04-24 23:59:59"),
        _hand_count(6, None, "2024-04-24 23:59:59") + 1,  # "earthquakes" include the mainshock
    ]
    out = check_tallies(tallies, catalog)
    assert out["window_end_utc"].iloc[0] == pd.Timestamp("2024-04-26T19:13:28Z")
    assert out["catalogue_count"].iloc[0] == _hand_count(None, None, "2024-04-27 03:13:28")


def test_tally_radius_and_named_mainshock(catalog: pd.DataFrame) -> None:
    tallies = tallies_to_frame([Tally(5, "aftershocks", as_of_local="2024-04-26")])
    near = check_tallies(tallies, catalog, tz=TAIPEI, radius_km=100.0)
    every = check_tallies(tallies, catalog, tz=TAIPEI)
    # The western Taiwan quakes (Chiayi, 150 km away) are not Hualien aftershocks.
    assert 0 < near["catalogue_count"].item() < every["catalogue_count"].item()
    six_three = catalog.loc[catalog["magnitude"] == 6.3, "event_id"].item()
    later = check_tallies(tallies, catalog, tz=TAIPEI, mainshock=six_three)
    assert later["window_start_utc"].item() == pd.Timestamp("2024-04-22T18:32:49Z")
    assert later["catalogue_count"].item() == _hand_count(None, None, "2024-04-27 00:00:00",
                                                          start_local="2024-04-23 02:32:49")
    with pytest.raises(InputError):
        check_tallies(tallies, catalog, mainshock="no-such-id")
