"""The dashboard's library calls, cached where they are costly.

The only module with ``st.cache_data``. Large frames go into cached functions as ``_``-prefixed
arguments (not hashed) next to a content key computed once when the frame is loaded, so a rerun
with a 100,000-event catalogue hashes nothing. The cache is shared by all sessions, which is safe
because every key is a hash of content.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from tracker import plots
from tracker.errors import TrackerError
from tracker.ui import ROOT

SAMPLES_DIR = ROOT / "data" / "samples"
DEFAULT_DB = ROOT / "data" / "tracker.db"
CATALOGUE_KINDS = ("catalog", "catalogue")


def db_path() -> Path:
    """``TRACKER_DB``, else ``data/tracker.db`` beside the app."""
    return Path(os.environ.get("TRACKER_DB") or DEFAULT_DB)


@contextmanager
def open_store() -> Iterator[Any]:
    from tracker.store import Store

    with Store(db_path()) as store:
        yield store


def error_text(exc: BaseException) -> str:
    """One line for ``st.error``: the library's own message, never a traceback."""
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return msg if isinstance(exc, TrackerError) else f"{type(exc).__name__}: {msg}"


# --- the bundled sample -----------------------------------------------------------------------------

@st.cache_data(show_spinner=False)
def sample_manifest() -> list[dict[str, Any]]:
    """``data/samples/samples.json`` as a list of ``{file, kind, published, timezone}``."""
    path = SAMPLES_DIR / "samples.json"
    if path.is_file():
        raw = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(raw, dict) and raw.get("sequences"):
            # {"default": id, "sequences": [{"id", "title", "timezone", "samples": [...]}, ...]}
            seqs = raw["sequences"]
            chosen = next((s for s in seqs if s.get("id") == raw.get("default")), seqs[0])
            items = [{"timezone": chosen.get("timezone"), "sequence": chosen.get("title"), **i}
                     for i in chosen.get("samples", [])]
        else:
            items = raw.get("samples", raw.get("files", [])) if isinstance(raw, dict) else raw
        return [dict(i) for i in items if isinstance(i, dict) and i.get("file")]
    out = []
    for p in sorted(SAMPLES_DIR.glob("*")):
        if p.suffix.lower() in (".txt", ".html", ".htm"):
            out.append({"file": p.name, "kind": "bulletin"})
        elif p.suffix.lower() in (".csv", ".geojson", ".xml"):
            out.append({"file": p.name, "kind": "catalogue"})
    return out


def _is_catalogue(item: dict[str, Any]) -> bool:
    kind = str(item.get("kind", "")).lower()
    return any(k in kind for k in CATALOGUE_KINDS)


def sample_zone() -> str:
    """The sample sequence's zone, for the sequence and the bulletin form by default."""
    zones = [i.get("timezone") for i in sample_manifest() if i.get("timezone")]
    return str(zones[0]) if zones else "UTC"


@st.cache_data(show_spinner=False)
def sample_catalog() -> tuple[pd.DataFrame, str]:
    """The bundled sample catalogue and a caption for it; an empty frame when none ships."""
    from tracker.catalog import read_catalog
    from tracker.model import empty_events_frame

    for item in sample_manifest():
        if _is_catalogue(item) and (SAMPLES_DIR / item["file"]).is_file():
            title = f" ({item['sequence']})" if item.get("sequence") else ""
            return read_catalog(SAMPLES_DIR / item["file"]), f"bundled sample {item['file']}{title}"
    return empty_events_frame(), "no catalogue"


def ingest_sample_bulletins(store: Any) -> list[str]:
    """Parse and store every sample bulletin; returns error messages (empty when all went in)."""
    from tracker.bulletin import PARSER_VERSION, parse_bytes

    errors = []
    for item in sample_manifest():
        path = SAMPLES_DIR / item["file"]
        if _is_catalogue(item) or not path.is_file():
            continue
        published = pd.Timestamp(item["published"]).date() if item.get("published") else None
        res = parse_bytes(path.read_bytes(), path.name, published=published, tz=item.get("timezone"))
        if res.error is not None:
            errors.append(str(res.error))
        else:
            store.ingest(res.bulletin, res.result, parser_version=PARSER_VERSION)
    return errors


def bootstrap(state: MutableMapping[str, Any]) -> list[str]:
    """First open: fill an empty store with the sample bulletins and load the sample catalogue.

    Returns error messages for the page to show; never raises.
    """
    errors: list[str] = []
    state["tz"] = state.get("tz") or sample_zone()
    try:
        with open_store() as store:
            if not store.list_bulletins():
                errors += ingest_sample_bulletins(store)
    except Exception as exc:
        errors.append(f"Could not load the sample bulletins: {error_text(exc)}")
    if state.get("catalog") is None:
        try:
            df, label = sample_catalog()
        except Exception as exc:
            errors.append(f"Could not load the sample catalogue: {error_text(exc)}")
        else:
            set_catalog(state, df, label)
    return errors


def frame_key(df: pd.DataFrame) -> str:
    """A content hash of an events frame (the key of every cached computation on it)."""
    cols = [c for c in ("event_id", "source", "magnitude", "time_utc", "date_local", "time_local",
                        "depth_km", "latitude", "longitude") if c in df.columns]
    h = hashlib.sha256(str(len(df)).encode())
    if len(df):
        h.update(pd.util.hash_pandas_object(df[cols], index=False).to_numpy().tobytes())
    return h.hexdigest()[:20]


def set_catalog(state: MutableMapping[str, Any], df: pd.DataFrame, label: str) -> None:
    """Make ``df`` the catalogue beside the bulletins."""
    state["catalog"] = df.reset_index(drop=True)
    state["catalog_key"] = frame_key(state["catalog"])
    state["catalog_label"] = label


# --- bulletins ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IngestOutcome:
    name: str
    level: str  # "success", "info" or "error"
    message: str
    sha256: str | None = None


def ingest_uploads(items: list[tuple[str, bytes]], published: Any, tz: str | None,
                   progress: Callable[[float, str], None] | None = None) -> list[IngestOutcome]:
    """Parse and store each (name, bytes); an unreadable one is reported and the others go in."""
    from tracker.bulletin import PARSER_VERSION, parse_bytes

    out = []
    with open_store() as store:
        for i, (name, data) in enumerate(items):
            if progress:
                progress(i / max(len(items), 1), f"Reading {name} ({i + 1} of {len(items)})")
            try:
                res = parse_bytes(data, name, published=published, tz=tz)
                if res.error is not None:
                    out.append(IngestOutcome(res.name, "error", f"Could not read {res.error}"))
                    continue
                b, r = res.bulletin, res.result
                added = store.ingest(b, r, parser_version=PARSER_VERSION)
            except Exception as exc:
                out.append(IngestOutcome(name, "error", f"{name}: {error_text(exc)}"))
                continue
            if added:
                out.append(IngestOutcome(b.name, "success", f"{b.name}: added, {len(r.events)} events and "
                                         f"{len(r.tallies)} tallies found", b.sha256))
            else:
                out.append(IngestOutcome(b.name, "info", f"{b.name}: already there (the same text was stored "
                                         "before); nothing changed", b.sha256))
    if progress:
        progress(1.0, f"Read {len(items)} file(s)")
    return out


def bulletin_events() -> pd.DataFrame:
    """Every stored bulletin event, corrections applied (small: not cached)."""
    with open_store() as store:
        return store.events_frame()


# --- the sequence ------------------------------------------------------------------------------------

@dataclass
class Sequence:
    """Bulletin and catalogue events side by side, with what the pages need to draw them."""

    events: pd.DataFrame       # associate()'s table (or both frames stacked when it failed)
    catalog: pd.DataFrame
    key: str                   # content key of ``events``
    catalog_key: str
    tz: str
    errors: list[str]


@st.cache_data(show_spinner=False, max_entries=8)
def _associate(bkey: str, ckey: str, tz: str, _bulletin: pd.DataFrame, _catalog: pd.DataFrame
               ) -> tuple[pd.DataFrame, str | None]:
    from tracker.merge import associate

    try:
        return associate(_bulletin, _catalog, tz=tz), None
    except Exception as exc:
        stacked = pd.concat([_bulletin.drop(columns=["bulletin_sha256"], errors="ignore"), _catalog],
                            ignore_index=True)
        return stacked, f"Could not match bulletin and catalogue events: {error_text(exc)}"


def sequence(state: MutableMapping[str, Any]) -> Sequence:
    """The current sequence: stored bulletin events merged with the session's catalogue."""
    from tracker.model import empty_events_frame

    tz = state.get("tz") or "UTC"
    errors: list[str] = []
    try:
        bulletin = bulletin_events()
    except Exception as exc:
        errors.append(f"Could not read the store: {error_text(exc)}")
        bulletin = empty_events_frame()
    catalog = state.get("catalog")
    if catalog is None:
        catalog = empty_events_frame()
    ckey = state.get("catalog_key") or frame_key(catalog)
    bkey = frame_key(bulletin)
    events, err = _associate(bkey, ckey, tz, bulletin, catalog)
    if err:
        errors.append(err)
    return Sequence(events, catalog, f"{bkey}-{ckey}-{tz}", ckey, tz, errors)


def mainshock_candidates(seq: Sequence, limit: int = 12) -> pd.DataFrame:
    """The largest events of either side, largest first (the mainshock choices)."""
    ev = seq.events
    ev = ev[ev["magnitude"].notna()]
    return ev.sort_values(["magnitude", "time_utc"], ascending=[False, True], na_position="last").head(limit)


def default_mainshock(seq: Sequence) -> str | None:
    """The catalogue's largest event, else the bulletins' largest."""
    cands = mainshock_candidates(seq)
    cat = cands[~plots.is_bulletin(cands)]
    pick = cat if not cat.empty else cands
    return None if pick.empty else str(pick.iloc[0]["event_id"])


def stats_input(seq: Sequence, mainshock_id: str) -> tuple[pd.DataFrame, str]:
    """The frame and mainshock id the statistics run on: the catalogue, with a bulletin mainshock
    replaced by its catalogue twin or, without one, added to it."""
    ev = seq.events
    row = ev[ev["event_id"].astype("string") == mainshock_id]
    cat = seq.catalog
    if row.empty or not plots.is_bulletin(row).any():
        return cat, mainshock_id
    r = row.iloc[0]
    twin = r.get("match_id") if "match_id" in row.columns else None
    if isinstance(twin, str) and twin and (cat["event_id"].astype("string") == twin).any():
        return cat, twin
    from tracker.model import EVENT_COLUMNS, conform_events

    added = conform_events(row[list(EVENT_COLUMNS)].assign(time_utc=plots.event_times_utc(row, seq.tz)))
    return pd.concat([cat, added], ignore_index=True), mainshock_id


@st.cache_data(show_spinner=False, max_entries=16)
def _stats(key: str, mainshock_id: str | None, mc: float | str, delta_m: float, _seq: Sequence
           ) -> tuple[dict[str, Any] | None, str | None]:
    from tracker.seismo import stats_report

    # the statistics' input is built inside the cache, so a rerun neither copies nor hashes it
    df, ms = stats_input(_seq, mainshock_id) if mainshock_id else (_seq.catalog, None)
    if df.empty:
        return None, "Statistics unavailable: no catalogue events (fetch or upload a catalogue)."
    try:
        return stats_report(df, mainshock=ms or "auto", mc=mc, delta_m=delta_m), None
    except Exception as exc:
        return None, f"Statistics unavailable: {error_text(exc)}"


@st.cache_data(show_spinner=False, max_entries=16)
def _stats_magnitudes(key: str, mainshock_id: str | None, _seq: Sequence) -> np.ndarray:
    df = stats_input(_seq, mainshock_id)[0] if mainshock_id else _seq.catalog
    return pd.to_numeric(df["magnitude"], errors="coerce").dropna().to_numpy(dtype=float)


def stats_magnitudes(seq: Sequence, mainshock_id: str | None) -> np.ndarray:
    """The magnitudes the statistics' Mc and b were computed from (for the FMD to show the same)."""
    return _stats_magnitudes(seq.key if mainshock_id else seq.catalog_key, mainshock_id, seq)


def stats(seq: Sequence, mainshock_id: str | None, mc: float | str, delta_m: float = 0.1
          ) -> tuple[dict[str, Any] | None, str | None]:
    """``tracker.seismo.stats_report`` on the catalogue, cached; ``(report, None)`` or ``(None, error)``."""
    # a chosen mainshock may be a bulletin event added to the catalogue: then the bulletins count too
    return _stats(seq.key if mainshock_id else seq.catalog_key, mainshock_id, mc, delta_m, seq)


def report_value(report: dict[str, Any] | None, *path: str) -> Any:
    """``report[path[0]][path[1]]…`` or ``None`` where any step is missing."""
    cur: Any = report
    for p in path:
        if not isinstance(cur, dict) or cur.get(p) is None:
            return None
        cur = cur[p]
    return cur


def mainshock_row(seq: Sequence, mainshock_id: str | None) -> pd.Series | None:
    if mainshock_id is None:
        return None
    hit = seq.events[seq.events["event_id"].astype("string") == mainshock_id]
    return None if hit.empty else hit.iloc[0]


def mainshock_time(seq: Sequence, mainshock_id: str | None) -> pd.Timestamp | None:
    row = seq.events[seq.events["event_id"].astype("string") == (mainshock_id or "")]
    if row.empty:
        return None
    t = plots.event_times_utc(row, seq.tz).iloc[0]
    return None if pd.isna(t) else pd.Timestamp(t)


# --- figures (cached: with 100,000 events each takes a noticeable fraction of a second) ---------------

@st.cache_data(show_spinner=False, max_entries=32)
def sequence_figures(key: str, tz: str, mainshock_id: str | None, mc: float | None, bath_m: float | None,
                     omori: dict[str, Any] | None, start_utc: pd.Timestamp | None, _events: pd.DataFrame
                     ) -> dict[str, go.Figure]:
    """The Sequence page's figures for one sequence, zone, mainshock and fit."""
    figs = {
        "magnitude_time": plots.magnitude_time(_events, tz, mainshock_id=mainshock_id, mc=mc, bath_magnitude=bath_m),
        "cumulative": plots.cumulative_count(_events, tz, start_utc=start_utc),
        "depth_time": plots.depth_time(_events, tz),
        "map": plots.epicentre_map(_events, tz, mainshock_id=mainshock_id),
    }
    if start_utc is not None:
        cat = _events[~plots.is_bulletin(_events)]
        figs["rate"] = plots.daily_rate(cat if not cat.empty else _events, mainshock_time=start_utc,
                                        omori=omori, mc=mc)
    return figs


@st.cache_data(show_spinner=False, max_entries=32)
def magnitude_figures(key: str, mc: float | None, b_value: dict[str, Any] | None, b_pos: dict[str, Any] | None,
                      delta_m: float, _events: pd.DataFrame, _fmd_mags: np.ndarray) -> dict[str, go.Figure]:
    return {
        "histogram": plots.magnitude_histogram(_events, delta_m=delta_m),
        "fmd": plots.frequency_magnitude(_fmd_mags, mc=mc, b_value=b_value, b_positive=b_pos, delta_m=delta_m),
    }


@st.cache_data(show_spinner=False, max_entries=8)
def exports(key: str, _events: pd.DataFrame) -> tuple[str, str]:
    """The sequence table as CSV and GeoJSON text, computed once per sequence."""
    from tracker.export import to_csv, to_geojson

    return to_csv(_events), to_geojson(_events)


TALLY_VIEW = ["bulletin", "count", "what", "mag_min", "mag_max", "felt", "as_of_local", "catalogue_count", "evidence"]


def tally_check(seq: Sequence, mainshock_id: str | None) -> pd.DataFrame:
    """Every stored tally beside the catalogue's count for it (``tracker.merge.check_tallies``)."""
    from tracker.merge import check_tallies

    with open_store() as store:
        bulletins = {b["sha256"]: b for b in store.list_bulletins()}
        tallies = store.tallies_frame()
    if tallies.empty or seq.catalog.empty:
        return pd.DataFrame(columns=TALLY_VIEW)
    ms = stats_input(seq, mainshock_id)[1] if mainshock_id else None
    if ms is not None and not (seq.catalog["event_id"].astype("string") == ms).any():
        ms = None
    frames = []
    for sha, group in tallies.groupby("bulletin_sha256", sort=False):
        b = bulletins.get(str(sha), {})
        res = check_tallies(group.drop(columns=["bulletin_sha256"]), seq.catalog,
                            published=b.get("published"), tz=b.get("timezone"), mainshock=ms)
        res.insert(0, "bulletin", b.get("name", str(sha)[:12]))
        frames.append(res)
    return pd.concat(frames, ignore_index=True)[TALLY_VIEW]
