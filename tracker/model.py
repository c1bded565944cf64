"""The records (Event, Tally, Bulletin) and the one DataFrame schema every module shares.

An :class:`Event` is one earthquake that a text or a catalogue gives a magnitude for; a
:class:`Tally` counts quakes as a group ("110 aftershocks"); a :class:`Bulletin` is one text with
its publication date and zone. Bulletin events and catalogue events share one schema, so the
merge, the statistics and the plots take either.

Units are in the names: ``depth_km`` in kilometres (positive down), ``latitude``/``longitude`` in
decimal degrees (WGS84), times in UTC with the local calendar date and clock kept as written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import pandas as pd
import pyarrow as pa

TIME_PRECISIONS = ("second", "minute", "hour", "day_part", "day", "week", "unknown")
ROLES = ("mainshock", "aftershock", "foreshock", "other")


@dataclass(frozen=True, slots=True)
class Event:
    """One earthquake with a magnitude, from a bulletin or a catalogue.

    ``alt_magnitudes`` keeps the other values stated for the same quake, each as ``"5.1"`` or
    ``"ML 7.6"`` (a preliminary value later revised, or a second magnitude type). ``span`` is the
    (start, end) character offsets of the first evidence in the bulletin text; catalogue events
    have none.
    """

    magnitude: float
    event_id: str = ""
    source: str = "bulletin"
    mag_type: str | None = None
    time_utc: dt.datetime | None = None
    date_local: str | None = None
    time_local: str | None = None
    time_precision: str = "unknown"
    time_text: str | None = None
    depth_km: float | None = None
    place: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    role: str | None = None
    evidence: str = ""
    span: tuple[int, int] | None = None
    alt_magnitudes: tuple[str, ...] = ()
    agency: str | None = None


@dataclass(frozen=True, slots=True)
class Tally:
    """A count of quakes stated as a group: "110 aftershocks", "six magnitude 5 to 6 quakes".

    ``mag_min``/``mag_max`` are the bounds as stated (``None`` where open); ``felt`` is ``True``
    where the text says the counted quakes were felt, else ``None``; ``as_of_local`` is the local
    ISO date or date-time the count was given for, where stated.
    """

    count: int
    what: str = "earthquakes"
    mag_min: float | None = None
    mag_max: float | None = None
    felt: bool | None = None
    as_of_local: str | None = None
    evidence: str = ""
    span: tuple[int, int] | None = None
    tally_id: str = ""


@dataclass(frozen=True, slots=True)
class Bulletin:
    """One bulletin text, keyed by the sha256 of its text.

    ``published`` is the local publication date that relative words ("yesterday") resolve
    against; ``timezone`` an IANA zone name ("Asia/Taipei").
    """

    text: str
    name: str = "bulletin"
    published: dt.date | None = None
    timezone: str | None = None
    added_at: dt.datetime | None = None
    sha256: str = field(default="")

    def __post_init__(self) -> None:
        if not self.sha256:
            object.__setattr__(self, "sha256", text_sha256(self.text))


@dataclass(frozen=True, slots=True)
class ParseResult:
    """What the parser found in one bulletin: events and tallies, both possibly empty."""

    events: tuple[Event, ...] = ()
    tallies: tuple[Tally, ...] = ()


def text_sha256(text: str) -> str:
    """The bulletin key: sha256 of the text encoded as UTF-8, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- the one DataFrame schema -------------------------------------------------------------------

EVENT_DTYPES: dict[str, str] = {
    "event_id": "string",
    "source": "string",
    "magnitude": "float64",
    "mag_type": "string",
    "time_utc": "datetime64[ns, UTC]",
    "date_local": "string",
    "time_local": "string",
    "time_precision": "string",
    "time_text": "string",
    "depth_km": "Float64",
    "place": "string",
    "latitude": "float64",
    "longitude": "float64",
    "role": "string",
    "evidence": "string",
    "span_start": "Int64",
    "span_end": "Int64",
    "alt_magnitudes": "string",
    "agency": "string",
}
EVENT_COLUMNS: tuple[str, ...] = tuple(EVENT_DTYPES)

TALLY_DTYPES: dict[str, str] = {
    "tally_id": "string",
    "count": "Int64",
    "what": "string",
    "mag_min": "Float64",
    "mag_max": "Float64",
    "felt": "boolean",
    "as_of_local": "string",
    "evidence": "string",
    "span_start": "Int64",
    "span_end": "Int64",
}
TALLY_COLUMNS: tuple[str, ...] = tuple(TALLY_DTYPES)

_ALT_SEP = "; "


#: One all-missing Arrow text array, grown on demand, that every absent text column is a slice of.
_null_text_pool: list[pa.Array] = []


def null_text(n: int, index: pd.Index | None = None) -> pd.Series:
    """``n`` missing values of the ``"string"`` dtype, sharing one buffer with every other such
    column: a catalogue has no ``date_local``, ``time_text``, ``evidence``… for any of its
    million rows, and each would otherwise hold ~8 bytes a row of offsets. Arrow arrays are
    immutable, so the sharing is never visible."""
    dtype = pd.StringDtype()
    if dtype.storage != "pyarrow":
        return pd.Series([None] * n, index=index, dtype="string")
    if not _null_text_pool or len(_null_text_pool[0]) < n:
        _null_text_pool[:] = [pa.nulls(max(n, 1024), pa.large_string())]
    arr = pd.arrays.ArrowStringArray(pa.chunked_array([_null_text_pool[0].slice(0, n)]))
    return pd.Series(arr, index=index, dtype=dtype)


#: Each event column's dtype as pandas names it ("string", "datetime64[ns, UTC]"), worked out once.
_EVENT_DTYPE_NAMES = {k: str(pd.api.types.pandas_dtype(v)) for k, v in EVENT_DTYPES.items()}


def empty_events_frame() -> pd.DataFrame:
    """An events DataFrame with no rows and the schema's columns and dtypes."""
    return conform_events(pd.DataFrame({c: [] for c in EVENT_COLUMNS}))


def conform_events(df: pd.DataFrame, *, copy: bool = True) -> pd.DataFrame:
    """Return ``df`` with exactly the event columns in schema order and dtypes.

    Missing columns are added as nulls; extra columns (a merge's provenance, say) are kept after
    the schema's. Times become tz-aware UTC. With ``copy=False`` a frame already in the schema
    comes back as it is, not copied (catalogues run to millions of rows); the caller then must not
    change it.
    """
    if not copy and list(df.columns[: len(EVENT_DTYPES)]) == list(EVENT_DTYPES) and all(
            str(df[k].dtype) == _EVENT_DTYPE_NAMES[k] for k in EVENT_DTYPES):
        return df
    out = df.copy()
    n = len(out)
    for col, dtype in EVENT_DTYPES.items():
        if col not in out.columns:
            if dtype == "string":
                out[col] = null_text(n, out.index)
                continue
            out[col] = pd.Series([None] * n, index=out.index, dtype="object")
        elif str(out[col].dtype) == _EVENT_DTYPE_NAMES[col]:
            continue  # already right: converting would copy a column the copy above already made
        if col == "time_utc":
            out[col] = pd.to_datetime(out[col], utc=True, errors="coerce", format="ISO8601").astype(dtype)
        elif dtype in ("float64", "Float64"):
            out[col] = pd.to_numeric(out[col], errors="coerce").astype(dtype)
        else:
            out[col] = out[col].astype(dtype)
    extra = [c for c in out.columns if c not in EVENT_DTYPES]
    return out[list(EVENT_COLUMNS) + extra]


def events_to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """Records → DataFrame with :data:`EVENT_COLUMNS` and their dtypes (one row per event)."""
    rows = []
    for e in events:
        d = {f.name: getattr(e, f.name) for f in fields(Event) if f.name not in ("span", "alt_magnitudes")}
        d["span_start"] = e.span[0] if e.span else None
        d["span_end"] = e.span[1] if e.span else None
        d["alt_magnitudes"] = _ALT_SEP.join(e.alt_magnitudes) if e.alt_magnitudes else None
        rows.append(d)
    if not rows:
        return empty_events_frame()
    return conform_events(pd.DataFrame(rows))


def frame_to_events(df: pd.DataFrame) -> list[Event]:
    """DataFrame → records; the inverse of :func:`events_to_frame`."""
    out = []
    for row in df.to_dict("records"):
        kw: dict[str, Any] = {}
        for f in fields(Event):
            if f.name in ("span", "alt_magnitudes"):
                continue
            kw[f.name] = _py(row.get(f.name))
        start, end = _py(row.get("span_start")), _py(row.get("span_end"))
        kw["span"] = (int(start), int(end)) if start is not None and end is not None else None
        alt = _py(row.get("alt_magnitudes"))
        kw["alt_magnitudes"] = tuple(alt.split(_ALT_SEP)) if alt else ()
        if kw["time_utc"] is not None:
            kw["time_utc"] = pd.Timestamp(kw["time_utc"]).to_pydatetime()
        for k in ("event_id", "source", "evidence"):
            kw[k] = kw[k] or ("bulletin" if k == "source" else "")
        kw["time_precision"] = kw["time_precision"] or "unknown"
        out.append(Event(**kw))
    return out


def tallies_to_frame(tallies: Iterable[Tally]) -> pd.DataFrame:
    """Tally records → DataFrame with :data:`TALLY_COLUMNS` and their dtypes."""
    rows = []
    for t in tallies:
        d = {f.name: getattr(t, f.name) for f in fields(Tally) if f.name != "span"}
        d["span_start"] = t.span[0] if t.span else None
        d["span_end"] = t.span[1] if t.span else None
        rows.append(d)
    df = pd.DataFrame(rows) if rows else pd.DataFrame({c: [] for c in TALLY_COLUMNS})
    return conform_tallies(df)


def conform_tallies(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the tally columns in schema order and dtypes; extra columns kept after them."""
    out = df.copy()
    for col, dtype in TALLY_DTYPES.items():
        if col not in out.columns:
            out[col] = pd.Series([None] * len(out), index=out.index, dtype="object")
        s = out[col]
        out[col] = (pd.to_numeric(s, errors="coerce") if dtype in ("Int64", "Float64") else s).astype(dtype)
    return out[[*TALLY_COLUMNS, *(c for c in out.columns if c not in TALLY_DTYPES)]]


def frame_to_tallies(df: pd.DataFrame) -> list[Tally]:
    """DataFrame → tally records; the inverse of :func:`tallies_to_frame`."""
    out = []
    for row in df.to_dict("records"):
        kw = {f.name: _py(row.get(f.name)) for f in fields(Tally) if f.name != "span"}
        start, end = _py(row.get("span_start")), _py(row.get("span_end"))
        kw["span"] = (int(start), int(end)) if start is not None and end is not None else None
        kw["count"] = int(kw["count"])
        kw["evidence"] = kw["evidence"] or ""
        kw["tally_id"] = kw["tally_id"] or ""
        kw["what"] = kw["what"] or "earthquakes"
        out.append(Tally(**kw))
    return out


def _py(v: Any) -> Any:
    """A pandas cell as a plain Python value, with every flavour of missing as ``None``."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item") and not isinstance(v, (str, bytes, pd.Timestamp)):
        return v.item()
    return v


# --- JSON (the command-line contract) ----------------------------------------------------------

def iso_utc(t: dt.datetime | pd.Timestamp) -> str:
    """A datetime as ISO 8601 UTC text (``2024-04-02T23:58:09Z``, microseconds only when there are
    any); a naive one is taken to be UTC already."""
    ts = pd.Timestamp(t)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    return ts.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if ts.microsecond == 0 else f".{ts.microsecond:06d}Z")


def _iso(v: Any) -> Any:
    if isinstance(v, (dt.datetime, pd.Timestamp)):
        # a naive time is written as it is: only a zoned one is known to be UTC
        return iso_utc(v) if pd.Timestamp(v).tzinfo is not None else pd.Timestamp(v).isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def event_to_json(e: Event) -> dict[str, Any]:
    """An event as the contract's JSON object: ISO times, ``span`` as a two-item list."""
    d = asdict(e)
    d["time_utc"] = _iso(e.time_utc)
    d["span"] = list(e.span) if e.span else None
    d["alt_magnitudes"] = list(e.alt_magnitudes)
    d["id"] = e.event_id
    return d


def tally_to_json(t: Tally) -> dict[str, Any]:
    """A tally as the contract's JSON object."""
    d = asdict(t)
    d["span"] = list(t.span) if t.span else None
    return d


def frame_to_json_records(df: pd.DataFrame, *, id_alias: bool = True) -> list[dict[str, Any]]:
    """Any events-like frame as JSON-ready dicts: nulls as ``None``, times in ISO 8601 UTC.

    ``id_alias`` adds ``id`` (a copy of ``event_id``) where the frame has no ``id`` column.
    """
    recs = []
    cols = list(df.columns)
    for row in df.itertuples(index=False, name=None):
        d = {c: _iso(_py(v)) for c, v in zip(cols, row, strict=True)}
        if id_alias and "event_id" in d and "id" not in d:
            d["id"] = d["event_id"]
        recs.append(d)
    return recs


def dumps(obj: Any) -> str:
    """JSON text for the command line: UTF-8 as is, NaN never emitted (becomes null)."""
    return json.dumps(_clean(obj), ensure_ascii=False)


def _clean(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_clean(v) for v in obj]
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return _iso(_py(obj)) if not isinstance(obj, (str, int, bool)) else obj


def bulletin_json(b: Bulletin) -> dict[str, Any]:
    """The ``bulletin`` object of ``parse --json``."""
    return {
        "name": b.name,
        "sha256": b.sha256,
        "published": b.published.isoformat() if b.published else None,
        "timezone": b.timezone,
    }


def sequence_sort(events: Sequence[Event]) -> list[Event]:
    """Events in time order, undated ones last, in their original order."""
    def key(ie: tuple[int, Event]) -> tuple[int, str, int]:
        i, e = ie
        stamp = _iso(e.time_utc) if e.time_utc else (e.date_local or "")
        return (0 if stamp else 1, stamp or "", i)
    return [e for _, e in sorted(enumerate(events), key=key)]
