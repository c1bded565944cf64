"""The SQLite store: idempotent ingest, corrections that outlive a re-parse, migrations, cache."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from tracker.errors import StoreError
from tracker.model import Bulletin, Event, ParseResult, Tally
from tracker.store import SCHEMA_VERSION, Store

UTC = dt.timezone.utc
TEXT = ("A magnitude 7.4 earthquake struck off Hualien at 7:58am. A magnitude 6.4 aftershock "
        "followed at 8:11am. There have been 110 aftershocks so far.")
BULLETIN = Bulletin(TEXT, name="hualien.txt", published=dt.date(2024, 4, 3), timezone="Asia/Taipei")
RESULT = ParseResult(
    events=(
        Event(7.4, time_utc=dt.datetime(2024, 4, 2, 23, 58, tzinfo=UTC), place="Hualien", role="mainshock",
              evidence="A magnitude 7.4 earthquake", span=(0, 26), alt_magnitudes=("7.2",)),
        Event(6.4, time_utc=dt.datetime(2024, 4, 3, 0, 11, tzinfo=UTC), role="aftershock",
              evidence="A magnitude 6.4 aftershock", span=(63, 89)),
    ),
    tallies=(Tally(110, "aftershocks", evidence="110 aftershocks", span=(113, 128)),),
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "sub" / "tracker.db") as s:
        s.ingest(BULLETIN, RESULT, parser_version="1")
        yield s


def test_same_text_twice_is_one_bulletin(store: Store) -> None:
    again = Bulletin(TEXT, name="copy-of-hualien.txt")
    assert store.ingest(again, RESULT, parser_version="1") is False
    (row,) = store.list_bulletins()
    assert (row["name"], row["events"], row["tallies"]) == ("hualien.txt", 2, 1)
    assert row["published"] == "2024-04-03" and row["timezone"] == "Asia/Taipei"
    assert len(store.events_frame()) == 2


def test_stored_rows_come_back_with_ids_and_all_fields(store: Store) -> None:
    df = store.events_frame()
    prefix = BULLETIN.sha256[:12]
    assert df["event_id"].tolist() == [f"{prefix}:1", f"{prefix}:2"]
    assert df["bulletin_sha256"].tolist() == [BULLETIN.sha256] * 2
    assert df.loc[0, "time_utc"] == pd.Timestamp("2024-04-02T23:58Z")
    assert (df.loc[0, "span_start"], df.loc[0, "span_end"], df.loc[0, "alt_magnitudes"]) == (0, 26, "7.2")
    assert store.tallies_frame()["tally_id"].tolist() == [f"{prefix}:t1"]
    assert store.get_bulletin(BULLETIN.sha256).text == TEXT
    assert store.get_bulletin("0" * 64) is None


def _edit(store: Store) -> int:
    df = store.events_frame(BULLETIN.sha256)
    df.loc[0, "magnitude"] = 7.5            # the agency's revised value
    df = df.drop(index=1)                   # the user rejects the second row
    added = pd.DataFrame([{"event_id": "", "magnitude": 5.8, "place": "Taitung"}])
    return store.save_event_corrections(BULLETIN.sha256, pd.concat([df, added], ignore_index=True))


def test_user_edit_delete_and_add_show_only_in_the_corrected_view(store: Store) -> None:
    assert _edit(store) == 3
    corrected = store.events_frame()
    assert corrected["magnitude"].tolist() == [7.5, 5.8]
    assert corrected["place"].tolist() == ["Hualien", "Taitung"]
    assert corrected.loc[1, "source"] == "bulletin"
    assert store.events_frame(corrected=False)["magnitude"].tolist() == [7.4, 6.4]
    assert store.list_bulletins()[0]["events"] == 2


def test_saving_the_view_unchanged_writes_no_corrections(store: Store) -> None:
    assert store.save_event_corrections(BULLETIN.sha256, store.events_frame(BULLETIN.sha256)) == 0
    _edit(store)
    # Saving the corrected view again restates the same three corrections, nothing more.
    assert store.save_event_corrections(BULLETIN.sha256, store.events_frame(BULLETIN.sha256)) == 3
    assert store.events_frame()["magnitude"].tolist() == [7.5, 5.8]


def test_corrections_survive_a_reparse(store: Store) -> None:
    _edit(store)
    tallies = store.tallies_frame(BULLETIN.sha256)
    tallies.loc[0, "count"] = 111
    assert store.save_tally_corrections(BULLETIN.sha256, tallies) == 1
    seen = []

    def parse(text: str, published: dt.date | None, tz: str | None) -> ParseResult:
        seen.append((text, published, tz))
        return RESULT

    assert store.reparse(parse, parser_version="2") == 1
    assert seen == [(TEXT, dt.date(2024, 4, 3), "Asia/Taipei")]
    assert store.events_frame()["magnitude"].tolist() == [7.5, 5.8]
    assert store.tallies_frame()["count"].tolist() == [111]
    assert store.tallies_frame(corrected=False)["count"].tolist() == [110]


def test_delete_bulletin_removes_its_rows_and_corrections(store: Store) -> None:
    _edit(store)
    assert store.delete_bulletin(BULLETIN.sha256) is True
    assert store.delete_bulletin(BULLETIN.sha256) is False
    assert store.list_bulletins() == []
    assert store.events_frame().empty and list(store.events_frame().columns)[-1] == "bulletin_sha256"
    assert store.ingest(BULLETIN, ParseResult(), parser_version="1") is True
    assert store.events_frame().empty


def test_reopening_keeps_schema_version_and_data(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    with Store(path) as s:
        s.ingest(BULLETIN, RESULT, parser_version="1")
        _edit(s)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert [b["name"] for b in s.list_bulletins()] == ["hualien.txt"]
        assert s.events_frame()["magnitude"].tolist() == [7.5, 5.8]


def test_a_store_from_a_newer_tracker_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match=r"future\.db"):
        Store(path)


def test_a_file_that_is_not_a_store_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store(path)


def test_cache_round_trip(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as s:
        assert s.cache_get("usgs:q") is None
        when = dt.datetime(2024, 4, 3, 1, 2, 3, tzinfo=UTC)
        s.cache_put("usgs:q", b"\x00{\"type\": 1}", provider="usgs", url="https://example.org/q", fetched_at=when)
        got = s.cache_get("usgs:q")
        assert got is not None
        assert (got.body, got.fetched_at, got.provider, got.url) == (
            b"\x00{\"type\": 1}", when, "usgs", "https://example.org/q")
        s.cache_put("usgs:q", b"new", provider="usgs", url="https://example.org/q")
        newer = s.cache_get("usgs:q")
        assert newer is not None and newer.body == b"new" and newer.fetched_at.utcoffset() == dt.timedelta(0)
