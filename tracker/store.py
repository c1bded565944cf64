"""The durable store: bulletins, their parsed rows, the user's corrections and the feed cache.

SQLite (``data/tracker.db`` by default) in WAL mode, so readers never wait for a writer, with
foreign keys on and one ``BEGIN IMMEDIATE`` transaction per write. Several processes (a dashboard
and a command line, say) may write at once: SQLite's busy timeout queues them, and a short
application-level retry absorbs the rare "database is locked" that slips past it, so that message
never reaches a user.

A bulletin is keyed by the sha256 of its text and its raw text is kept, so ingesting it twice
changes nothing and a newer parser can re-derive every row (:meth:`Store.reparse`). The user's
corrections live in their own table, as differences from the parser's rows, so a re-parse never
loses them.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd

from tracker.bulletin.files import display_name
from tracker.errors import StoreError
from tracker.model import (
    EVENT_COLUMNS,
    TALLY_COLUMNS,
    Bulletin,
    Event,
    ParseResult,
    Tally,
    conform_events,
    conform_tallies,
    frame_to_json_records,
    iso_utc,
    text_sha256,
)

T = TypeVar("T")

#: SQLite's own wait for a lock, in seconds, before it reports "database is locked".
BUSY_TIMEOUT_S = 30.0
#: How long, in seconds, the application keeps retrying a locked write after SQLite gave up.
RETRY_S = 60.0

# Forward migrations, applied in order; schema version = number applied (PRAGMA user_version).
# Never edit a released entry: append a new one.
_EVENT_FIELDS_SQL = """
    event_id TEXT NOT NULL, source TEXT NOT NULL, magnitude REAL, mag_type TEXT, time_utc TEXT,
    date_local TEXT, time_local TEXT, time_precision TEXT, time_text TEXT, depth_km REAL,
    place TEXT, latitude REAL, longitude REAL, role TEXT, evidence TEXT,
    span_start INTEGER, span_end INTEGER, alt_magnitudes TEXT, agency TEXT"""
_TALLY_FIELDS_SQL = """
    tally_id TEXT NOT NULL, count INTEGER, what TEXT, mag_min REAL, mag_max REAL, felt INTEGER,
    as_of_local TEXT, evidence TEXT, span_start INTEGER, span_end INTEGER"""
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE bulletins (
            sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, published TEXT, timezone TEXT,
            text TEXT NOT NULL, added_at TEXT NOT NULL)""",
        f"""CREATE TABLE events (
            bulletin TEXT NOT NULL REFERENCES bulletins(sha256) ON DELETE CASCADE,
            n INTEGER NOT NULL, parser_version TEXT NOT NULL, {_EVENT_FIELDS_SQL},
            PRIMARY KEY (bulletin, n))""",
        f"""CREATE TABLE tallies (
            bulletin TEXT NOT NULL REFERENCES bulletins(sha256) ON DELETE CASCADE,
            n INTEGER NOT NULL, parser_version TEXT NOT NULL, {_TALLY_FIELDS_SQL},
            PRIMARY KEY (bulletin, n))""",
        """CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            bulletin TEXT NOT NULL REFERENCES bulletins(sha256) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('event', 'tally')),
            n INTEGER,
            action TEXT NOT NULL CHECK (action IN ('edit', 'delete', 'add')),
            fields TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL)""",
        "CREATE INDEX corrections_by_bulletin ON corrections (bulletin, kind)",
        """CREATE TABLE catalog_cache (
            key TEXT PRIMARY KEY, provider TEXT NOT NULL, url TEXT NOT NULL,
            fetched_at TEXT NOT NULL, body BLOB NOT NULL)""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

# kind → (table, id column, id prefix of user-added rows, columns). Parser rows are numbered
# "<sha256[:12]>:<n>" (events) and "<sha256[:12]>:t<n>" (tallies), added rows ":a<k>" and ":ta<k>".
_KINDS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "event": ("events", "event_id", "a", EVENT_COLUMNS),
    "tally": ("tallies", "tally_id", "ta", TALLY_COLUMNS),
}
# What a user-added row is, unless the user said otherwise.
_ADD_DEFAULTS: dict[str, dict[str, Any]] = {
    "event": {"source": "bulletin", "time_precision": "unknown"},
    "tally": {"what": "earthquakes"},
}


@dataclass(frozen=True, slots=True)
class CacheEntry:
    """A cached catalogue response: the body as fetched and when (UTC) and from where."""

    body: bytes
    fetched_at: dt.datetime
    provider: str
    url: str


class Store:
    """The tracker's SQLite store at ``path`` (parent directories are created).

    Use as a context manager (``with Store(path) as s: …``) or call :meth:`close`. One instance
    may be shared between threads; each write is one transaction.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc
        try:
            self._retry(self._setup)
        except sqlite3.Error as exc:
            self._conn.close()
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc
        except StoreError:
            self._conn.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        with self._lock:
            self._conn.close()

    # --- plumbing ---------------------------------------------------------------------------

    def _setup(self) -> None:
        c = self._conn
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA foreign_keys=ON")
        # NORMAL is safe in WAL mode: a crash can lose the last commit, never corrupt the file.
        c.execute("PRAGMA synchronous=NORMAL")
        if self._version() == SCHEMA_VERSION:
            return
        c.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated meanwhile.
            version = self._version()
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: written by a newer tracker (schema {version}; "
                                 f"this one knows up to {SCHEMA_VERSION})")
            for i in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[i]:
                    c.execute(statement)
            c.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise

    def _version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @property
    def schema_version(self) -> int:
        """The schema version of the open store (PRAGMA user_version)."""
        with self._lock:
            return self._version()

    def _retry(self, fn: Callable[[], T]) -> T:
        """Run ``fn``, retrying with jittered backoff while another writer holds the lock."""
        deadline = time.monotonic() + RETRY_S
        delay = 0.02
        while True:
            try:
                with self._lock:
                    return fn()
            except sqlite3.OperationalError as exc:
                msg = str(exc).lower()
                if "locked" not in msg and "busy" not in msg:
                    raise
                if time.monotonic() > deadline:
                    raise StoreError(f"{self.path}: another process kept the store busy for over "
                                     f"{BUSY_TIMEOUT_S + RETRY_S:.0f} s; try again") from None
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 1.0)

    def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` in one ``BEGIN IMMEDIATE`` transaction, retried while locked."""
        def tx() -> T:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                out = fn(c)
                c.execute("COMMIT")
                return out
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise
        return self._retry(tx)

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        return self._retry(lambda: self._conn.execute(sql, tuple(params)).fetchall())

    # --- bulletins ---------------------------------------------------------------------------

    def ingest(self, bulletin: Bulletin, result: ParseResult, parser_version: str) -> bool:
        """Store a bulletin and its parse in one transaction.

        Returns ``True`` if it was added, ``False`` if a bulletin with the same text (sha256) was
        already stored, in which case nothing changes. The name is kept as a label only.
        """
        sha = text_sha256(bulletin.text)

        def tx(c: sqlite3.Connection) -> bool:
            if c.execute("SELECT 1 FROM bulletins WHERE sha256 = ?", (sha,)).fetchone():
                return False
            c.execute(
                "INSERT INTO bulletins (sha256, name, published, timezone, text, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                (sha, display_name(bulletin.name),
                 bulletin.published.isoformat() if bulletin.published else None,
                 bulletin.timezone, bulletin.text, iso_utc(dt.datetime.now(dt.timezone.utc))),
            )
            _insert_rows(c, sha, result, parser_version)
            return True

        return self._write(tx)

    def reparse(self, parse: Callable[[str, dt.date | None, str | None], ParseResult], parser_version: str) -> int:
        """Re-derive every bulletin's parser rows from its stored text; corrections are kept.

        ``parse(text, published, tz)`` is called outside the transaction; each bulletin's rows
        are then replaced in one transaction. Returns the number of bulletins re-parsed.
        """
        done = 0
        for b in self.bulletins():
            result = parse(b.text, b.published, b.timezone)

            def tx(c: sqlite3.Connection, sha: str = b.sha256, res: ParseResult = result) -> bool:
                if not c.execute("SELECT 1 FROM bulletins WHERE sha256 = ?", (sha,)).fetchone():
                    return False  # deleted meanwhile
                c.execute("DELETE FROM events WHERE bulletin = ?", (sha,))
                c.execute("DELETE FROM tallies WHERE bulletin = ?", (sha,))
                _insert_rows(c, sha, res, parser_version)
                return True

            done += self._write(tx)
        return done

    def delete_bulletin(self, sha256: str) -> bool:
        """Remove a bulletin with its rows and corrections; ``False`` if it was not stored."""
        return self._write(lambda c: c.execute("DELETE FROM bulletins WHERE sha256 = ?", (sha256,)).rowcount > 0)

    def list_bulletins(self) -> list[dict[str, Any]]:
        """One dict per bulletin, oldest first: sha256, name, published (ISO date or None),
        timezone, events and tallies (counts with corrections applied), added_at (ISO UTC)."""
        def count(table: str, kind: str) -> str:
            return f"""
                (SELECT count(*) FROM {table} r WHERE r.bulletin = b.sha256 AND NOT EXISTS (
                    SELECT 1 FROM corrections c WHERE c.bulletin = b.sha256 AND c.kind = '{kind}'
                    AND c.action = 'delete' AND c.n = r.n))
                + (SELECT count(*) FROM corrections c WHERE c.bulletin = b.sha256
                   AND c.kind = '{kind}' AND c.action = 'add')"""
        rows = self._read(f"""SELECT sha256, name, published, timezone, {count('events', 'event')},
                              {count('tallies', 'tally')}, added_at FROM bulletins b ORDER BY b.rowid""")
        keys = ("sha256", "name", "published", "timezone", "events", "tallies", "added_at")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def get_bulletin(self, sha256: str) -> Bulletin | None:
        """The stored bulletin with this sha256, or ``None``."""
        rows = self._read(f"{_BULLETIN_SQL} WHERE sha256 = ?", (sha256,))
        return _bulletin(rows[0]) if rows else None

    def bulletins(self) -> list[Bulletin]:
        """Every stored bulletin, oldest first."""
        return [_bulletin(r) for r in self._read(f"{_BULLETIN_SQL} ORDER BY rowid")]

    # --- rows and corrections ------------------------------------------------------------------

    def events_frame(self, sha256: str | None = None, corrected: bool = True) -> pd.DataFrame:
        """Stored events (of one bulletin, or all) in the model's schema plus ``bulletin_sha256``.

        With ``corrected`` the user's corrections are applied: edits overlay the parser's values,
        deletions drop rows and added rows follow their bulletin's.
        """
        df = conform_events(pd.DataFrame(self._rows("event", sha256, corrected), columns=[*EVENT_COLUMNS, "bulletin_sha256"]))
        df["bulletin_sha256"] = df["bulletin_sha256"].astype("string")
        return df.reset_index(drop=True)

    def tallies_frame(self, sha256: str | None = None, corrected: bool = True) -> pd.DataFrame:
        """Stored tallies in :data:`~tracker.model.TALLY_COLUMNS` plus ``bulletin_sha256``."""
        df = conform_tallies(pd.DataFrame(self._rows("tally", sha256, corrected), columns=[*TALLY_COLUMNS, "bulletin_sha256"]))
        df["bulletin_sha256"] = df["bulletin_sha256"].astype("string")
        return df.reset_index(drop=True)

    def save_event_corrections(self, sha256: str, edited: pd.DataFrame) -> int:
        """Record the differences between an edited events frame and the parser's rows.

        ``edited`` is a bulletin's :meth:`events_frame` after the user's changes: rows are matched
        by ``event_id``; a parser row missing from it is a deletion, a row whose id is empty or
        not a parser row's is an addition. The bulletin's event corrections are replaced by the
        new differences; returns how many were written.
        """
        return self._save_corrections("event", sha256, _records(conform_events(edited)))

    def save_tally_corrections(self, sha256: str, edited: pd.DataFrame) -> int:
        """As :meth:`save_event_corrections`, for a :meth:`tallies_frame` matched by ``tally_id``."""
        return self._save_corrections("tally", sha256, _records(conform_tallies(edited)))

    def _rows(self, kind: str, sha256: str | None, corrected: bool) -> list[dict[str, Any]]:
        """Rows as dicts of frame values in bulletin order, corrections applied if asked."""
        table, id_col, add_prefix, cols = _KINDS[kind]
        where, params = ("WHERE b.sha256 = ?", (sha256,)) if sha256 else ("", ())
        by_bulletin: dict[str, list[dict[str, Any]]] = {
            r[0]: [] for r in self._read(f"SELECT sha256 FROM bulletins b {where} ORDER BY b.rowid", params)}
        numbered: dict[tuple[str, int], dict[str, Any]] = {}
        for r in self._read(f"SELECT r.bulletin, r.n, {', '.join('r.' + c for c in cols)} FROM {table} r "
                            f"JOIN bulletins b ON b.sha256 = r.bulletin {where} ORDER BY b.rowid, r.n", params):
            row = _from_db(kind, dict(zip(cols, r[2:], strict=True)))
            row["bulletin_sha256"] = r[0]
            by_bulletin[r[0]].append(row)
            numbered[(r[0], r[1])] = row
        if corrected:
            where_c = "AND bulletin = ?" if sha256 else ""
            adds: dict[str, int] = {}
            for sha, n, action, fields in self._read(
                    f"SELECT bulletin, n, action, fields FROM corrections WHERE kind = ? {where_c} ORDER BY id",
                    (kind, *params)):
                target = numbered.get((sha, n)) if n is not None else None
                if action == "edit" and target is not None:
                    target.update(_from_json(json.loads(fields)))
                elif action == "delete" and target is not None:
                    target["_deleted"] = True
                elif action == "add" and sha in by_bulletin:
                    adds[sha] = adds.get(sha, 0) + 1
                    row = _ADD_DEFAULTS[kind] | _from_json(json.loads(fields))
                    row.update({id_col: f"{sha[:12]}:{add_prefix}{adds[sha]}", "bulletin_sha256": sha})
                    by_bulletin[sha].append(row)
        return [r for rows in by_bulletin.values() for r in rows if not r.pop("_deleted", False)]

    def _save_corrections(self, kind: str, sha256: str, edited: list[dict[str, Any]]) -> int:
        _, id_col, _, cols = _KINDS[kind]
        if self.get_bulletin(sha256) is None:
            raise StoreError(f"{self.path}: no bulletin {sha256[:12]} to correct")
        parser = {r[id_col]: r for r in _records(self._frame(kind, sha256, corrected=False))}
        compared = [c for c in cols if c != id_col]
        new: list[tuple[int | None, str, dict[str, Any]]] = []
        seen: set[str] = set()
        for row in edited:
            rid = row.get(id_col)
            if rid in parser and rid not in seen:
                seen.add(rid)
                changed = {c: row.get(c) for c in compared if row.get(c) != parser[rid].get(c)}
                if changed:
                    new.append((_row_n(rid), "edit", changed))
            else:
                fields = {c: row.get(c) for c in compared if row.get(c) is not None}
                # A blank line a table editor leaves behind is not an added quake.
                if any(k not in ("source", "time_precision", "what") for k in fields):
                    new.append((None, "add", fields))
        new += [(_row_n(rid), "delete", {}) for rid in parser if rid not in seen]

        def tx(c: sqlite3.Connection) -> int:
            # Keep the first-recorded time of a correction the user saves again unchanged.
            old = {(n, a, f): t for n, a, f, t in c.execute(
                "SELECT n, action, fields, created_at FROM corrections WHERE bulletin = ? AND kind = ?", (sha256, kind))}
            c.execute("DELETE FROM corrections WHERE bulletin = ? AND kind = ?", (sha256, kind))
            now = iso_utc(dt.datetime.now(dt.timezone.utc))
            for n, action, fields in new:
                text = json.dumps(fields, sort_keys=True)
                c.execute("INSERT INTO corrections (bulletin, kind, n, action, fields, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                          (sha256, kind, n, action, text, old.get((n, action, text), now)))
            return len(new)

        return self._write(tx)

    def _frame(self, kind: str, sha256: str, corrected: bool) -> pd.DataFrame:
        return self.events_frame(sha256, corrected) if kind == "event" else self.tallies_frame(sha256, corrected)

    # --- catalogue cache ---------------------------------------------------------------------

    def cache_get(self, key: str) -> CacheEntry | None:
        """The cached response under ``key``, or ``None``."""
        rows = self._read("SELECT body, fetched_at, provider, url FROM catalog_cache WHERE key = ?", (key,))
        if not rows:
            return None
        body, fetched_at, provider, url = rows[0]
        return CacheEntry(bytes(body), dt.datetime.fromisoformat(fetched_at), provider, url)

    def cache_put(self, key: str, body: bytes, *, provider: str, url: str, fetched_at: dt.datetime | None = None) -> None:
        """Cache a response under ``key``, replacing any older one; ``fetched_at`` defaults to now (UTC)."""
        when = iso_utc(fetched_at or dt.datetime.now(dt.timezone.utc))
        self._write(lambda c: c.execute(
            "INSERT OR REPLACE INTO catalog_cache (key, provider, url, fetched_at, body) VALUES (?, ?, ?, ?, ?)",
            (key, provider, url, when, sqlite3.Binary(body))))


# --- conversions -------------------------------------------------------------------------------

_BULLETIN_SQL = "SELECT sha256, name, published, timezone, text, added_at FROM bulletins"


def _bulletin(r: tuple[Any, ...]) -> Bulletin:
    sha, name, published, tz, text, added_at = r
    return Bulletin(text=text, name=name, published=dt.date.fromisoformat(published) if published else None,
                    timezone=tz, added_at=dt.datetime.fromisoformat(added_at), sha256=sha)


def _insert_rows(c: sqlite3.Connection, sha: str, result: ParseResult, parser_version: str) -> None:
    def event(n: int, e: Event) -> tuple[Any, ...]:
        return (sha, n, parser_version, f"{sha[:12]}:{n}", e.source or "bulletin", float(e.magnitude), e.mag_type,
                iso_utc(e.time_utc) if e.time_utc else None, e.date_local, e.time_local, e.time_precision,
                e.time_text, e.depth_km, e.place, e.latitude, e.longitude, e.role, e.evidence,
                e.span[0] if e.span else None, e.span[1] if e.span else None,
                json.dumps(list(e.alt_magnitudes)) if e.alt_magnitudes else None, e.agency)

    def tally(n: int, t: Tally) -> tuple[Any, ...]:
        return (sha, n, parser_version, f"{sha[:12]}:t{n}", t.count, t.what, t.mag_min, t.mag_max,
                None if t.felt is None else int(t.felt), t.as_of_local, t.evidence,
                t.span[0] if t.span else None, t.span[1] if t.span else None)

    # Generators: rows are built inside the transaction, never all held in memory twice.
    c.executemany(f"INSERT INTO events VALUES ({', '.join('?' * (3 + len(EVENT_COLUMNS)))})",
                  (event(n, e) for n, e in enumerate(result.events, 1)))
    c.executemany(f"INSERT INTO tallies VALUES ({', '.join('?' * (3 + len(TALLY_COLUMNS)))})",
                  (tally(n, t) for n, t in enumerate(result.tallies, 1)))


def _from_db(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """A stored row → frame values (Python datetimes, ``"; "``-joined alternative magnitudes)."""
    if kind == "event":
        alt = row["alt_magnitudes"]
        row["alt_magnitudes"] = "; ".join(json.loads(alt)) if alt else None
    else:
        row["felt"] = None if row["felt"] is None else bool(row["felt"])
    return _from_json(row)


def _from_json(fields: dict[str, Any]) -> dict[str, Any]:
    # Python datetimes rather than strings: pandas infers one format per column and would turn
    # a time written with a different precision into NaT.
    if fields.get("time_utc"):
        fields["time_utc"] = dt.datetime.fromisoformat(fields["time_utc"])
    return fields


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Frame rows as JSON-ready dicts, with an empty string and a missing value made the same."""
    return [{k: (None if v == "" else v) for k, v in r.items()} for r in frame_to_json_records(df)]


def _row_n(row_id: str) -> int:
    """The row number in an id such as ``"3f2a…:12"`` or ``"3f2a…:t4"``."""
    return int(row_id.rsplit(":", 1)[1].lstrip("t"))
