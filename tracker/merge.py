"""Association of bulletin events with catalogue events, and bulletin tallies beside the catalogue.

:func:`associate` pairs each bulletin event with at most one catalogue event and back, and returns
one sequence table with both sides' rows and their provenance. :func:`check_tallies` counts what a
catalogue holds for each of a bulletin's tallies ("782 aftershocks as of 08:02").

A bulletin event's time window follows how precisely the text gave its time (``time_precision``):

=============  ================================================================================
second/minute  ±3 min around ``time_utc`` (``time_tol_s`` overrides)
hour           ±1 h
day_part       ±6 h around the part's centre ("morning" 09:00, "night" 22:00 local), else its day
day            the whole local day of ``date_local`` in ``tz``
week           ±4 days
unknown        no time constraint; magnitude and distance required
=============  ================================================================================

Without a zone, a local date is read as UTC with ±14 h of slack either side, the widest offsets
in use. Candidate pairs must agree in magnitude within ``mag_tol`` and, where both sides have
coordinates, in epicentre within ``dist_tol_km``. Each pair costs
``w·|dt|/half_window + |dmag|/mag_tol + dist/dist_tol_km`` (each term at most 1 inside the
tolerances; ``w`` is 1, or 0.1 for a day or a week, whose hours carry no information), and the
pairing minimises the total cost over all events at once, so one event never takes another's only
twin because it came first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pyarrow as pa
from scipy import sparse
from scipy.sparse.csgraph import min_weight_full_bipartite_matching
from scipy.spatial import cKDTree

from tracker.errors import InputError
from tracker.model import conform_events, null_text

EARTH_RADIUS_KM = 6371.0088
#: Great-circle km per degree of arc on that sphere.
KM_PER_DEGREE = np.pi * EARTH_RADIUS_KM / 180
_NS = 1_000_000_000
_HOUR_S = 3600.0
#: Cost of leaving an event unmatched: above any real pair's (at most 3), so the pairing prefers
#: more matches, then cheaper ones.
_NO_MATCH_COST = 10.0
#: Candidate pairs built at once; bounds memory whatever the windows (tens of MB at most).
_CHUNK_PAIRS = 250_000

#: Half-widths of the time window by precision, in seconds (day is handled by its calendar day).
_HALF_S = {"second": 180.0, "minute": 180.0, "hour": _HOUR_S, "day_part": 6 * _HOUR_S,
           "week": 4 * 24 * _HOUR_S}
#: Words of a day-part phrase and the local hour they centre on; first match wins, so the
#: longer phrases come first.
_DAY_PARTS = (
    ("early morning", 4), ("before dawn", 4), ("small hours", 3), ("dawn", 5), ("midnight", 0),
    ("late night", 23), ("overnight", 1), ("early", 4), ("morning", 9), ("noon", 12),
    ("midday", 12), ("afternoon", 15), ("evening", 20), ("tonight", 22), ("night", 22),
)
#: Without a zone, the local clock can be this far from UTC either way (UTC−12 to UTC+14).
_ZONE_SLACK_S = 14 * _HOUR_S

PROVENANCE_COLUMNS = ("match_id", "dt_s", "dmag", "dist_km", "match")
#: The ``match`` column's values (a categorical).
MATCH_LABELS = ("matched", "bulletin-only", "catalogue-only")


def haversine_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in km between points given in decimal degrees (NaN in, NaN out)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi, dlam = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def _ns(times: pd.Series) -> np.ndarray:
    """UTC times as float nanoseconds since the epoch, NaN where missing (float keeps NaN)."""
    t = pd.to_datetime(times, utc=True, errors="coerce")
    out = t.dt.as_unit("ns").array.asi8.astype("float64")
    out[t.isna().to_numpy()] = np.nan
    return out


def _local_ns(date_local: str, clock: dt.time, zone: ZoneInfo | None) -> float | None:
    """A local date and clock time as UTC nanoseconds; the date read as UTC when no zone."""
    try:
        day = dt.date.fromisoformat(str(date_local)[:10])
    except ValueError:
        return None
    stamp = dt.datetime.combine(day, clock, tzinfo=zone or dt.timezone.utc)
    return stamp.timestamp() * _NS


def _clock(text: object) -> dt.time | None:
    """``"HH:MM"`` (or ``HH:MM:SS``) → time; anything else → None."""
    if not isinstance(text, str):
        return None
    try:
        return dt.time.fromisoformat(text.strip())
    except ValueError:
        return None


def _day_part_hour(time_text: object) -> int | None:
    """The local hour a day-part phrase ("yesterday morning", "Saturday night") centres on."""
    if not isinstance(time_text, str):
        return None
    low = time_text.lower()
    return next((h for word, h in _DAY_PARTS if word in low), None)


def _windows(b: pd.DataFrame, tz: str | None, time_tol_s: float | None) -> tuple[np.ndarray, ...]:
    """Per bulletin event: window centre (UTC ns), half-width (s) and time weight; NaN = none."""
    zone = ZoneInfo(tz) if tz else None
    slack = 0.0 if zone else _ZONE_SLACK_S
    t_utc = _ns(b["time_utc"])
    n = len(b)
    centre, half, weight = np.full(n, np.nan), np.full(n, np.nan), np.ones(n)
    rows = zip(b["time_precision"].tolist(), b["date_local"].tolist(),
               b["time_local"].tolist(), b["time_text"].tolist(), strict=True)
    for i, (prec, date_local, time_local, time_text) in enumerate(rows):
        prec = prec if isinstance(prec, str) else "unknown"
        has_date = isinstance(date_local, str) and bool(date_local.strip())
        if prec in ("second", "minute", "hour"):
            tol = time_tol_s if (time_tol_s is not None and prec != "hour") else _HALF_S[prec]
            clock = _clock(time_local)
            if not np.isnan(t_utc[i]):
                centre[i], half[i] = t_utc[i], tol
                continue
            if has_date and clock is not None:
                centre[i], half[i] = _local_ns(date_local, clock, zone), tol + slack
                continue
            prec = "day"  # a clock we cannot place: fall back on the day it was given for
        if prec == "day_part":
            hour = _day_part_hour(time_text)
            clock = _clock(time_local) or (dt.time(hour) if hour is not None else None)
            if not np.isnan(t_utc[i]):
                centre[i], half[i] = t_utc[i], _HALF_S["day_part"]
            elif has_date and clock is not None:
                centre[i], half[i] = _local_ns(date_local, clock, zone), _HALF_S["day_part"] + slack
            else:
                prec = "day"
        if prec == "day":
            if has_date:
                centre[i] = _local_ns(date_local, dt.time(12), zone)
            elif not np.isnan(t_utc[i]):
                # The day of the stated instant, in the zone where known.
                day = pd.Timestamp(t_utc[i], unit="ns", tz="UTC").tz_convert(zone or "UTC").date()
                centre[i] = _local_ns(day.isoformat(), dt.time(12), zone)
            half[i], weight[i] = 12 * _HOUR_S + slack, 0.1
        elif prec == "week":
            if not np.isnan(t_utc[i]):
                centre[i] = t_utc[i]
            elif has_date:
                centre[i] = _local_ns(date_local, dt.time(12), zone)
            half[i], weight[i] = _HALF_S["week"] + slack, 0.1
        if np.isnan(centre[i]):
            half[i] = np.nan  # unknown: no window at all
    return centre, half, weight


def _pairs_in_ranges(lo: np.ndarray, hi: np.ndarray, rows: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield (bulletin row, sorted position) index arrays for slice ranges, in chunks.

    Bulletin row ``rows[k]`` pairs with positions ``lo[k]:hi[k]`` of a sorted catalogue. Chunking
    keeps memory flat when windows are wide.
    """
    counts = np.maximum(hi - lo, 0)
    keep = counts > 0
    rows, lo, counts = rows[keep], lo[keep], counts[keep]
    for start, stop in _chunks(counts):
        c = counts[start:stop]
        first = np.repeat(np.cumsum(c) - c, c)
        pos = np.arange(int(c.sum())) - first + np.repeat(lo[start:stop], c)
        yield np.repeat(rows[start:stop], c), pos


def _chunks(counts: np.ndarray) -> Iterator[tuple[int, int]]:
    """``[start, stop)`` runs of items whose ``counts`` (pairs each) sum to about ``_CHUNK_PAIRS``;
    an item with more pairs than that is a run of its own."""
    ends = np.cumsum(counts)
    start = 0
    while start < len(counts):
        base = ends[start - 1] if start else 0
        stop = max(int(np.searchsorted(ends, base + _CHUNK_PAIRS, "right")), start + 1)
        yield start, stop
        start = stop


def _unit_xyz(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Points on the unit sphere, so a k-d tree's chord distance stands for the great circle."""
    p, la = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(p) * np.cos(la), np.cos(p) * np.sin(la), np.sin(p)])


def associate(
    bulletin: pd.DataFrame,
    catalog: pd.DataFrame,
    *,
    mag_tol: float = 0.8,
    dist_tol_km: float = 100.0,
    time_tol_s: float | None = None,
    tz: str | None = None,
    sort: bool = True,
) -> pd.DataFrame:
    """Pair bulletin events with catalogue events one-to-one; return one sequence table.

    ``mag_tol`` is in magnitude units (wide by default: a CWA ML and a USGS Mw or mb for the same
    quake differ by up to ~0.8); ``dist_tol_km`` applies where both sides have coordinates;
    ``time_tol_s`` (seconds) replaces the ±180 s of second- and minute-precision events; ``tz``
    is the bulletin's IANA zone, needed to place a local day exactly.

    Returns the rows of both frames in the event schema, in time order (a matched bulletin row
    just before its twin), plus ``match_id`` (the other side's ``event_id``), ``dt_s`` (catalogue
    time minus the bulletin's time or window centre, s), ``dmag`` (catalogue minus bulletin),
    ``dist_km`` and ``match`` (``matched``, ``bulletin-only`` or ``catalogue-only``).
    ``match`` is a categorical. ``sort=False`` keeps the input order instead (bulletin rows, then
    the catalogue's). Either way the catalogue's text columns are shared with the table rather
    than copied where the layout allows (its rows already in time order, or a column empty on both
    sides): a million-event merge peaks under 500 MB (``bench/RESULTS-merge.md``).
    """
    if mag_tol <= 0 or dist_tol_km <= 0 or (time_tol_s is not None and time_tol_s <= 0):
        raise InputError("associate: tolerances must be positive")
    b = conform_events(bulletin, copy=False).reset_index(drop=True)
    c = conform_events(catalog, copy=False).reset_index(drop=True)
    nb, nc = len(b), len(c)

    centre, half, weight = _windows(b, tz, time_tol_s)
    b_mag, c_mag = b["magnitude"].to_numpy(float), c["magnitude"].to_numpy(float)
    b_lat, b_lon = b["latitude"].to_numpy(float), b["longitude"].to_numpy(float)
    c_lat, c_lon = c["latitude"].to_numpy(float), c["longitude"].to_numpy(float)
    c_t = _ns(c["time_utc"])
    b_has_xy = ~(np.isnan(b_lat) | np.isnan(b_lon))
    # One degree of latitude is ~111.2 km everywhere: a cheap band test before the trigonometry.
    dlat_deg = dist_tol_km / KM_PER_DEGREE + 1e-6

    def score(bi: np.ndarray, pos: np.ndarray, s_t: np.ndarray, s_mag: np.ndarray, s_lat: np.ndarray,
              s_lon: np.ndarray, need_xy: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Filter candidate pairs by the tolerances; return the survivors and their costs."""
        dmag = s_mag[pos] - b_mag[bi]
        ok = np.abs(dmag) <= mag_tol + 1e-9
        bi, pos, dmag = bi[ok], pos[ok], dmag[ok]
        lat2, lon2 = s_lat[pos], s_lon[pos]
        located = b_has_xy[bi] & ~(np.isnan(lat2) | np.isnan(lon2))
        near = located & (np.abs(lat2 - b_lat[bi]) <= dlat_deg)
        dist = np.full(len(bi), np.nan)
        dist[near] = haversine_km(b_lat[bi[near]], b_lon[bi[near]], lat2[near], lon2[near])
        ok = (dist <= dist_tol_km) | (~located & (not need_xy))
        bi, pos, dmag, dist = bi[ok], pos[ok], dmag[ok], dist[ok]
        dt_norm = np.abs(s_t[pos] - centre[bi]) / (half[bi] * _NS)
        cost = (np.nan_to_num(weight[bi] * dt_norm) + np.abs(dmag) / mag_tol
                + np.nan_to_num(dist / dist_tol_km))
        return bi, pos, cost

    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    timed = np.flatnonzero(~np.isnan(centre) & ~np.isnan(b_mag))
    if len(timed) and nc:
        t_order = np.argsort(c_t, kind="stable")
        t_order = t_order[: nc - int(np.isnan(c_t).sum())]  # NaN sorts last: the untimed rows
        # In time order every window is a contiguous slice; only the times are laid out so, and
        # each candidate's other fields are read through t_order (three fewer catalogue copies).
        s_t = c_t[t_order]
        span = half[timed] * _NS
        lo = np.searchsorted(s_t, centre[timed] - span, "left")
        hi = np.searchsorted(s_t, centre[timed] + span, "right")
        del s_t
        for bi, pos in _pairs_in_ranges(lo, hi, timed):
            found.append(_compact(*score(bi, t_order[pos], c_t, c_mag, c_lat, c_lon, need_xy=False)))
        del t_order
    # Without a time, only a located event can be paired: by place and size. Each event takes
    # the narrower of its two searches, a k-d tree ball (regional catalogues) or its magnitude
    # slice (local ones, where every event is near).
    untimed = np.flatnonzero(np.isnan(centre) & ~np.isnan(b_mag) & b_has_xy)
    # Only catalogue events in reach of some untimed event's magnitude go into the tree.
    m_lo, m_hi = (np.nanmin(b_mag[untimed]) - mag_tol, np.nanmax(b_mag[untimed]) + mag_tol) if len(untimed) else (0, -1)
    c_xy = np.flatnonzero(~(np.isnan(c_lat) | np.isnan(c_lon)) & (c_mag >= m_lo - 1e-9) & (c_mag <= m_hi + 1e-9))
    if len(untimed) and len(c_xy):
        tree = cKDTree(_unit_xyz(c_lat[c_xy], c_lon[c_xy]))
        chord = 2 * np.sin(min(dist_tol_km / EARTH_RADIUS_KM, np.pi) / 2) * (1 + 1e-9)
        b_xyz = _unit_xyz(b_lat[untimed], b_lon[untimed])
        n_ball = np.asarray(tree.query_ball_point(b_xyz, chord, return_length=True))
        m_order = c_xy[np.argsort(c_mag[c_xy], kind="stable")]
        s_mag = c_mag[m_order]
        lo = np.searchsorted(s_mag, b_mag[untimed] - mag_tol - 1e-9, "left")
        hi = np.searchsorted(s_mag, b_mag[untimed] + mag_tol + 1e-9, "right")
        by_ball = n_ball <= hi - lo
        for bi, pos in _pairs_in_ranges(lo[~by_ball], hi[~by_ball], untimed[~by_ball]):
            bi, pos, cost = score(bi, m_order[pos], c_t, c_mag, c_lat, c_lon, need_xy=True)
            found.append(_compact(bi, pos, cost))
        ball = np.flatnonzero(by_ball & (n_ball > 0))
        for start, stop in _chunks(n_ball[ball]):
            k = ball[start:stop]
            hits = tree.query_ball_point(b_xyz[k], chord, return_sorted=False)
            ci = c_xy[np.concatenate([np.asarray(h, dtype=np.intp) for h in hits])]
            bi, ci, cost = score(np.repeat(untimed[k], n_ball[k]), ci, c_t, c_mag, c_lat, c_lon, need_xy=True)
            found.append(_compact(bi, ci, cost))
        del tree

    b_match, c_match = _assign(found, nb, nc)
    del found
    return _sequence_table(b, c, b_match, c_match, centre, c_t, b_mag, c_mag, b_lat, b_lon, c_lat, c_lon, sort)


def _compact(bi: np.ndarray, ci: np.ndarray, cost: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs in 4-byte types: a wide window can leave millions of them."""
    return bi.astype(np.int32), ci.astype(np.int32), cost.astype(np.float32)


def _dense(ids: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of ``ids`` (all in ``0..size-1``) and each id's number among them.

    A lookup table rather than ``np.unique``: no sort of millions of pairs, and 4-byte output.
    """
    used = np.flatnonzero(np.bincount(ids, minlength=size))
    lut = np.zeros(size, dtype=np.int32)
    lut[used] = np.arange(len(used), dtype=np.int32)
    return used, lut[ids]


def _assign(found: list[tuple[np.ndarray, np.ndarray, np.ndarray]], nb: int, nc: int
            ) -> tuple[np.ndarray, np.ndarray]:
    """Min-total-cost one-to-one pairing; returns each side's partner row (-1 for none).

    Every bulletin row also gets a private "no match" column costing more than any pair, so a
    full matching always exists and the solver may leave a row unpaired. All costs are shifted by
    1 because the sparse solver reads a zero weight as a missing edge. ``found`` is emptied as it
    is read, so its chunks and the graph are not all held at once.
    """
    b_match, c_match = np.full(nb, -1), np.full(nc, -1, dtype=np.int32)
    n_pairs = sum(len(f[0]) for f in found)
    if not n_pairs:
        return b_match, c_match
    bi, ci = np.empty(n_pairs, np.int32), np.empty(n_pairs, np.int32)
    cost = np.empty(n_pairs, np.float32)
    at = 0
    while found:
        fb, fc, fcost = found.pop(0)
        bi[at:at + len(fb)], ci[at:at + len(fb)], cost[at:at + len(fb)] = fb, fc, fcost
        at += len(fb)
    rows_used, r = _dense(bi, nb)
    del bi
    cols_used, k = _dense(ci, nc)
    del ci
    nr, nk = len(rows_used), len(cols_used)
    # CSR straight from the pairs, each row's "no match" entry last: no COO copy on the way.
    by_row = np.argsort(r, kind="stable")
    per_row = np.bincount(r, minlength=nr) + 1
    indptr = np.zeros(nr + 1, dtype=np.int32)
    np.cumsum(per_row, out=indptr[1:])
    slot = np.arange(n_pairs, dtype=np.int32) + r[by_row]  # rows before this one add their extras
    del r
    indices = np.empty(n_pairs + nr, dtype=np.int32)
    data = np.empty(n_pairs + nr, dtype=np.float64)
    indices[slot], data[slot] = k[by_row], 1.0 + cost[by_row]
    del slot, by_row, k, cost
    indices[indptr[1:] - 1] = nk + np.arange(nr, dtype=np.int32)
    data[indptr[1:] - 1] = 1.0 + _NO_MATCH_COST
    graph = sparse.csr_array((data, indices, indptr), shape=(nr, nk + nr))
    row_ind, col_ind = min_weight_full_bipartite_matching(graph)
    real = col_ind < nk
    b_rows, c_rows = rows_used[row_ind[real]], cols_used[col_ind[real]]
    b_match[b_rows], c_match[c_rows] = c_rows, b_rows
    return b_match, c_match


#: A sorted table shares its Arrow text columns with the inputs, one chunk per run of rows that
#: keep their order, when runs average at least this many rows; below that it copies them.
_MIN_SHARED_RUN = 32


def _runs(order: np.ndarray, split: int) -> tuple[np.ndarray, np.ndarray]:
    """``order`` as runs of consecutive source rows: each run's first row and its length.

    A run never crosses ``split`` (the first catalogue row), so it lies within one input.
    """
    if not len(order):
        return order, order
    brk = np.flatnonzero((np.diff(order) != 1) | (order[1:] == split)) + 1
    first = np.concatenate([[0], brk])
    return order[first], np.diff(np.append(first, len(order)))


def _gather(parts: list[pd.Series], order: np.ndarray | None, runs: tuple[np.ndarray, np.ndarray] | None
            ) -> pd.Series:
    """The two inputs' column stacked, then in ``order`` (kept as stacked when ``None``).

    Arrow-backed text is laid out as zero-copy slices of the inputs, one per run, so a catalogue
    of a million rows is not copied for the sake of interleaving a few thousand bulletin rows.
    """
    joined = pd.concat(parts, ignore_index=True)
    if isinstance(joined.array, pd.arrays.ArrowStringArray) and joined.array._pa_array.null_count == len(joined):
        return null_text(len(joined))  # nothing on either side: one shared slice, whatever the order
    if order is None:
        return joined
    if runs is not None and isinstance(joined.array, pd.arrays.ArrowStringArray):
        stacked: pa.ChunkedArray = joined.array._pa_array
        chunks = [c for s, n in zip(*runs, strict=True) for c in stacked.slice(int(s), int(n)).chunks]
        return pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array(chunks, type=stacked.type)),
                         dtype=joined.dtype)
    return joined.take(order).reset_index(drop=True)


def _sequence_table(b: pd.DataFrame, c: pd.DataFrame, b_match: np.ndarray, c_match: np.ndarray,
                    centre: np.ndarray, c_t: np.ndarray, b_mag: np.ndarray, c_mag: np.ndarray,
                    b_lat: np.ndarray, b_lon: np.ndarray, c_lat: np.ndarray, c_lon: np.ndarray,
                    sort: bool) -> pd.DataFrame:
    """Both sides' rows with provenance columns, in time order when ``sort``."""
    b_t = _ns(b["time_utc"])
    b_ref = np.where(np.isnan(b_t), centre, b_t)  # the bulletin's own time where it has one
    pb, pc = b_match >= 0, c_match >= 0
    bp, cp = b_match[pb], c_match[pc]
    n = len(b) + len(c)

    order = runs = None
    b_at, c_at = np.flatnonzero(pb), len(b) + np.flatnonzero(pc)  # matched rows, stacked
    b_rows, c_rows = np.arange(len(b)), len(b) + np.arange(len(c))
    if sort:
        # A matched bulletin row sorts at its twin's time, just before it; undated rows go last.
        b_key = b_ref.copy()
        b_key[pb] = c_t[bp]
        key = np.nan_to_num(np.concatenate([b_key, c_t]), nan=np.inf)
        side_key = np.concatenate([np.zeros(len(b), np.int8), np.ones(len(c), np.int8)])
        order = np.lexsort((side_key, key))
        del key, side_key, b_key
        runs = _runs(order, len(b))
        if len(runs[0]) * _MIN_SHARED_RUN > n:
            runs = None
        # Provenance is written straight into its sorted place, never built stacked then moved.
        where = np.empty(n, dtype=np.int64)
        where[order] = np.arange(n)
        b_at, c_at, b_rows, c_rows = where[b_at], where[c_at], where[:len(b)], where[len(b):]
        del where

    dt_s, dmag, dist = np.full(n, np.nan), np.full(n, np.nan), np.full(n, np.nan)
    dt_s[b_at], dt_s[c_at] = (c_t[bp] - b_ref[pb]) / _NS, (c_t[pc] - b_ref[cp]) / _NS
    dmag[b_at], dmag[c_at] = c_mag[bp] - b_mag[pb], c_mag[pc] - b_mag[cp]
    dist[b_at] = haversine_km(b_lat[pb], b_lon[pb], c_lat[bp], c_lon[bp])
    dist[c_at] = haversine_km(b_lat[cp], b_lon[cp], c_lat[pc], c_lon[pc])
    # The other side's id, gathered in Arrow: the matched ids, then one null that every unmatched
    # row points at, so no million-item Python list is built.
    partner = np.full(n, len(b_at) + len(c_at), dtype=np.int32)
    partner[b_at], partner[c_at] = np.arange(len(b_at)), len(b_at) + np.arange(len(c_at))
    ids = pa.array([*c["event_id"].take(bp), *b["event_id"].take(cp), None], type=pa.large_string())
    # Three labels: one byte a row as a categorical, where text would take ~22 bytes.
    codes = np.empty(n, dtype=np.int8)
    codes[b_rows], codes[c_rows] = np.where(pb, 0, 1), np.where(pc, 0, 2)
    del b_rows, c_rows

    b = b.assign(source=b["source"].fillna("bulletin"))
    # Column by column, so at most one column is ever held twice.
    cols: dict[str, pd.Series] = {}
    for col in dict.fromkeys([*b.columns, *c.columns]):
        parts = [df[col] if col in df.columns else pd.Series([None] * len(df), dtype="object") for df in (b, c)]
        cols[col] = _gather(parts, order, runs)
    cols["match_id"] = pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array([ids.take(partner)])))
    del partner
    # copy=False: pandas 3 copies a NumPy array it is handed unless told the array is its own.
    for col, values in (("dt_s", dt_s), ("dmag", dmag), ("dist_km", dist)):
        cols[col] = pd.Series(values, copy=False)
    cols["match"] = pd.Series(pd.Categorical.from_codes(codes, categories=MATCH_LABELS), copy=False)
    return conform_events(pd.DataFrame(cols, copy=False), copy=False)


# --- tallies ---------------------------------------------------------------------------------------

def check_tallies(
    tallies: pd.DataFrame,
    catalog: pd.DataFrame,
    *,
    published: dt.date | str | None = None,
    tz: str | None = None,
    mainshock: str | None = None,
    radius_km: float | None = None,
) -> pd.DataFrame:
    """Each bulletin tally with what the catalogue holds for it: ``catalogue_count``.

    The count is of catalogue events with ``mag_min <= M < mag_max`` ("5 to 6" bulletins mean
    [5, 6)), from the mainshock (``mainshock`` is its ``event_id``; default the catalogue's
    largest event) to the tally's ``as_of_local`` if stated, else the end of the ``published``
    local day in ``tz``, else the catalogue's last event. Aftershocks exclude the mainshock;
    "earthquakes" include it. ``radius_km`` keeps only events that close to the mainshock's
    epicentre (a catalogue may hold unrelated quakes). Adds ``window_start_utc`` and
    ``window_end_utc``. Local dates and times without ``tz`` are read as UTC.
    """
    c = conform_events(catalog, copy=False)
    out = tallies.copy().reset_index(drop=True)
    n = len(out)
    c_t = pd.to_datetime(c["time_utc"], utc=True)
    mags = c["magnitude"].to_numpy(float)
    if not len(c) or np.isnan(mags).all():
        raise InputError("check_tallies: the catalogue has no events with a magnitude")
    if mainshock is None:
        # Largest event; the earliest of equals, since a later twin would be its aftershock.
        ms_row = c.index[np.lexsort((c_t.to_numpy(dtype="datetime64[ns]"), -mags))[0]]
    else:
        hits = c.index[c["event_id"] == mainshock]
        if not len(hits):
            raise InputError(f"check_tallies: mainshock {mainshock!r} is not in the catalogue")
        ms_row = hits[0]
    start = c_t.loc[ms_row]
    if pd.isna(start):
        raise InputError("check_tallies: the mainshock has no time")
    keep = np.ones(len(c), bool)
    if radius_km is not None:
        d = haversine_km(np.float64(c["latitude"].loc[ms_row]), np.float64(c["longitude"].loc[ms_row]),
                         c["latitude"].to_numpy(float), c["longitude"].to_numpy(float))
        keep = d <= radius_km
    zone = tz or "UTC"
    default_end = (pd.Timestamp(str(published)[:10]).tz_localize(zone) + pd.Timedelta(days=1)
                   if published is not None else c_t.max())

    # the window's start is the same for every tally: aftershocks exclude the mainshock itself
    t = c_t.to_numpy(dtype="datetime64[ns]")
    t0 = np.datetime64(start.tz_convert("UTC").tz_localize(None), "ns")
    after_ms, from_ms = keep & (t > t0), keep & (t >= t0)
    counts, ends = [], []
    for row in out.to_dict("records"):
        end = pd.Timestamp(_as_of_end(row.get("as_of_local"), zone) or default_end).tz_convert("UTC")
        lo = row.get("mag_min")
        hi = row.get("mag_max")
        sel = (after_ms if row.get("what") == "aftershocks" else from_ms) & (t <= np.datetime64(end.tz_localize(None), "ns"))
        if lo is not None and not pd.isna(lo):
            sel &= mags >= float(lo) - 1e-9
        if hi is not None and not pd.isna(hi):
            sel &= mags < float(hi) - 1e-9
        counts.append(int(sel.sum()))
        ends.append(end)
    out["catalogue_count"] = pd.array(counts, dtype="Int64")
    out["window_start_utc"] = pd.Series([start] * n, dtype="datetime64[ns, UTC]")
    out["window_end_utc"] = pd.to_datetime(pd.Series(ends, dtype="object"), utc=True) if n else pd.Series(
        [], dtype="datetime64[ns, UTC]")
    return out


def _as_of_end(as_of: object, zone: str) -> pd.Timestamp | None:
    """The end of a tally's "as of": the stated local instant, or the end of a stated local day."""
    if not isinstance(as_of, str) or not as_of.strip():
        return None
    try:
        ts = pd.Timestamp(as_of.strip())
    except ValueError:
        return None
    if ts.tzinfo is None:
        ts = ts.tz_localize(zone)
    if len(as_of.strip()) <= 10:  # a date alone counts to the end of that day
        ts += pd.Timedelta(days=1)
    return ts
