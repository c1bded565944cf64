"""FDSN event-service client (USGS ComCat, EMSC, ISC, GEOFON, INGV, GeoNet or any base URL).

Three layers, as STYLE.md asks:

1. **Query building (pure)**: :class:`FeedQuery`, :func:`build_query_url`, :func:`summary_feed_url`,
   :func:`sequence_query`. No I/O; tested alone.
2. **Fetching (thin)**: :class:`_Fetcher` does one GET with an injected ``requests.Session``, a
   (connect, read) timeout and a User-Agent; retries 429/5xx with bounded exponential backoff that
   honours ``Retry-After`` (``sleep`` is injectable); maps statuses to :mod:`tracker.errors`.
3. **Parsing**: :func:`tracker.catalog.parse_catalog_bytes`.

:func:`fetch` ties them together with the store's response cache and splits queries the server
refuses as too large (USGS: HTTP 400 "exceeds search limit of 20000") into time windows.
Units: radii in km (converted to the FDSN's degrees), depths in km, times UTC.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import itertools
import json
import math
import re
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit

import pandas as pd
import requests

from tracker import __version__
from tracker.catalog import in_time_order, parse_catalog_bytes
from tracker.errors import CatalogFormatError, FeedError, FeedRequestError, FeedTimeout, InputError
from tracker.merge import KM_PER_DEGREE
from tracker.model import empty_events_frame

__all__ = [
    "PROVIDERS", "FeedQuery", "FeedWarning", "Provider", "build_count_url", "build_query_url",
    "fetch", "fetch_summary", "normalise_url", "resolve_provider", "sequence_query", "summary_feed_url",
]

USER_AGENT = f"aftershock-tracker/{__version__} (earthquake aftershock tracker; python-requests)"
DEFAULT_TIMEOUT = (10.0, 60.0)  # (connect, read) seconds; big ComCat answers take tens of seconds
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_NO_NETWORK = re.compile(
    r"NameResolution|Failed to resolve|Name or service not known|Temporary failure in name resolution|"
    r"nodename nor servname|getaddrinfo failed|Network is unreachable|No route to host"
)
SAMPLES_DIR = Path(__file__).resolve().parent.parent / "data" / "samples" / "feeds"


class FeedWarning(UserWarning):
    """Something about a feed answer deserves attention but is not an error (stale cache, count drift)."""


class CacheStore(Protocol):
    """What :func:`fetch` needs from :class:`tracker.store.Store`."""

    def cache_get(self, key: str) -> Any: ...

    def cache_put(self, key: str, body: bytes, *, provider: str, url: str,
                  fetched_at: dt.datetime | None = None) -> None: ...


# --- layer 1: providers and queries (pure) -----------------------------------------------------

@dataclass(frozen=True)
class Provider:
    """An FDSN event service: its ``base_url`` (ending ``/fdsnws/event/1``), the formats it serves,
    whether it offers the ``count`` method, and the source label its events get.
    """

    name: str
    base_url: str
    formats: tuple[str, ...] = ("text",)
    has_count: bool = False
    source: str = ""
    format_names: tuple[tuple[str, str], ...] = ()  # our name → the server's, where they differ

    def format_param(self, fmt: str) -> str:
        return dict(self.format_names).get(fmt, fmt)


PROVIDERS: dict[str, Provider] = {p.name: p for p in (
    Provider("usgs", "https://earthquake.usgs.gov/fdsnws/event/1", ("geojson", "csv", "text"),
             has_count=True, source="usgs"),
    # seismicportal calls its GeoJSON "json".
    Provider("emsc", "https://www.seismicportal.eu/fdsnws/event/1", ("geojson", "text"),
             source="emsc", format_names=(("geojson", "json"),)),
    Provider("isc", "https://www.isc.ac.uk/fdsnws/event/1", source="fdsn:isc"),
    Provider("geofon", "https://geofon.gfz.de/fdsnws/event/1", source="fdsn:geofon"),
    Provider("ingv", "https://webservices.ingv.it/fdsnws/event/1", source="fdsn:ingv"),
    Provider("geonet", "https://service.geonet.org.nz/fdsnws/event/1", source="fdsn:geonet"),
)}

_ORDERBY = ("time", "time-asc", "magnitude", "magnitude-asc")


def resolve_provider(provider: str | None = None, base_url: str | None = None) -> Provider:
    """A named provider, or an ad-hoc one for ``base_url`` (text format only, source ``fdsn:<host>``).

    Both given: the named provider's behaviour (formats, count, source) at another URL (a mirror).
    """
    if base_url:
        url = base_url.strip().rstrip("/")
        url = re.sub(r"/(query|count|version|application\.wadl)$", "", url)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(f"--url {base_url!r}: expected an http(s) base URL")
        if "/fdsnws/event/" not in parts.path:
            url += "/fdsnws/event/1"
        if provider:
            return dataclasses.replace(resolve_provider(provider), base_url=url)
        known = next((p for p in PROVIDERS.values() if p.base_url == url), None)
        return known or Provider(parts.hostname, url, source=f"fdsn:{parts.hostname}")
    if not provider:
        raise InputError("give a provider name or a base URL")
    try:
        return PROVIDERS[provider.strip().lower()]
    except KeyError:
        raise InputError(f"unknown provider {provider!r}; known: {', '.join(PROVIDERS)}") from None


@dataclass(frozen=True)
class FeedQuery:
    """An FDSN event query. Times are ISO strings or datetimes, read as UTC when naive; radius and
    depths in km; ``format`` None means the provider's richest (GeoJSON where served, else text).
    """

    start: str | dt.datetime | None = None
    end: str | dt.datetime | None = None
    minmag: float | None = None
    maxmag: float | None = None
    latitude: float | None = None
    longitude: float | None = None
    maxradius_km: float | None = None
    minlatitude: float | None = None
    maxlatitude: float | None = None
    minlongitude: float | None = None
    maxlongitude: float | None = None
    mindepth_km: float | None = None
    maxdepth_km: float | None = None
    eventtype: str | None = None
    limit: int | None = None
    format: str | None = None
    orderby: str | None = None


def to_utc(value: str | dt.datetime | pd.Timestamp | None, what: str = "time") -> pd.Timestamp | None:
    """An ISO string or datetime as a tz-aware UTC Timestamp (naive means UTC); ``None`` stays None."""
    if value is None or value == "":
        return None
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise InputError(f"{what} {value!r}: not an ISO 8601 date or time") from None
    if pd.isna(ts):
        raise InputError(f"{what} {value!r}: not an ISO 8601 date or time")
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def _fmt_time(ts: pd.Timestamp) -> str:
    s = ts.strftime("%Y-%m-%dT%H:%M:%S")
    return s + (f".{ts.microsecond:06d}".rstrip("0") if ts.microsecond else "")


def _fmt_num(v: float) -> str:
    """Numbers for URLs: up to 6 decimals (0.1 m in latitude), no trailing zeros."""
    s = f"{float(v):.6f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def query_params(q: FeedQuery, provider: Provider) -> dict[str, str]:
    """The FDSN parameters for ``q`` (validated; raises :class:`InputError` on impossible values)."""
    start, end = to_utc(q.start, "start"), to_utc(q.end, "end")
    if start is not None and end is not None and end <= start:
        raise InputError(f"end {q.end} is not after start {q.start}")
    for lo, hi, what in ((q.minmag, q.maxmag, "magnitude"), (q.minlatitude, q.maxlatitude, "latitude"),
                         (q.minlongitude, q.maxlongitude, "longitude"), (q.mindepth_km, q.maxdepth_km, "depth")):
        if lo is not None and hi is not None and lo > hi:
            raise InputError(f"min {what} {lo} is above max {what} {hi}")
    if (q.latitude is None) != (q.longitude is None) or (q.maxradius_km is not None and q.latitude is None):
        raise InputError("latitude, longitude and radius go together")
    if q.latitude is not None and q.longitude is not None and not (-90 <= q.latitude <= 90 and -180 <= q.longitude <= 180):
        raise InputError(f"point ({q.latitude}, {q.longitude}) is off the globe")
    if q.maxradius_km is not None and not 0 < q.maxradius_km <= 20_016:
        raise InputError(f"radius {q.maxradius_km} km: expected 0 < r ≤ 20016 (half the circumference)")
    if q.limit is not None and q.limit < 1:
        raise InputError(f"limit {q.limit}: expected a positive count")
    if q.orderby is not None and q.orderby not in _ORDERBY:
        raise InputError(f"orderby {q.orderby!r}: expected one of {', '.join(_ORDERBY)}")
    fmt = q.format or provider.formats[0]
    if fmt not in provider.formats:
        raise InputError(f"{provider.name} serves {', '.join(provider.formats)}, not {fmt!r}")
    p: dict[str, str] = {}
    if start is not None:
        p["starttime"] = _fmt_time(start)
    if end is not None:
        p["endtime"] = _fmt_time(end)
    nums = {"minmagnitude": q.minmag, "maxmagnitude": q.maxmag, "latitude": q.latitude,
            "longitude": q.longitude, "minlatitude": q.minlatitude, "maxlatitude": q.maxlatitude,
            "minlongitude": q.minlongitude, "maxlongitude": q.maxlongitude,
            "mindepth": q.mindepth_km, "maxdepth": q.maxdepth_km}
    p.update({k: _fmt_num(v) for k, v in nums.items() if v is not None})
    if q.maxradius_km is not None:
        p["maxradius"] = _fmt_num(q.maxradius_km / KM_PER_DEGREE)
    if q.eventtype:
        p["eventtype"] = q.eventtype
    if q.limit is not None:
        p["limit"] = str(int(q.limit))
    if q.orderby:
        p["orderby"] = q.orderby
    p["format"] = provider.format_param(fmt)
    return dict(sorted(p.items()))


def build_query_url(q: FeedQuery, provider: Provider) -> str:
    """The ``/query`` URL for ``q``, parameters sorted so equal queries give equal URLs (cache keys)."""
    return f"{provider.base_url}/query?{urlencode(query_params(q, provider))}"


def build_count_url(q: FeedQuery, provider: Provider) -> str:
    """The ``/count`` URL (USGS: answers ``{"count": N, "maxAllowed": 20000}`` with format=geojson)."""
    p = query_params(dataclasses.replace(q, format=None, limit=None, orderby=None), provider)
    p["format"] = "geojson"
    return f"{provider.base_url}/count?{urlencode(dict(sorted(p.items())))}"


def normalise_url(url: str) -> str:
    """A canonical form for comparing query URLs: lower-case host and keys, sorted parameters,
    numbers without trailing zeros, default ``offset=1`` dropped.
    """
    parts = urlsplit(url)
    params = []
    for k, v in parse_qsl(parts.query, keep_blank_values=True):
        k = k.lower()
        if re.fullmatch(r"-?\d+(\.\d+)?", v):
            v = _fmt_num(float(v))
        if (k, v) != ("offset", "1"):
            params.append((k, v))
    return f"{parts.scheme}://{(parts.hostname or '').lower()}{parts.path.rstrip('/')}?{urlencode(sorted(params))}"


_PERIODS = ("hour", "day", "week", "month")
_LEVELS = ("significant", "4.5", "2.5", "1.0", "all")


def summary_feed_url(period: str = "day", level: str = "2.5", fmt: str = "geojson") -> str:
    """USGS real-time summary feed URL, e.g. ``…/summary/2.5_day.geojson`` (updated every minute)."""
    if period not in _PERIODS or level not in _LEVELS or fmt not in ("geojson", "csv"):
        raise InputError(f"summary feed {level}_{period}.{fmt}: period one of {_PERIODS}, "
                         f"level one of {_LEVELS}, format geojson or csv")
    return f"https://earthquake.usgs.gov/earthquakes/feed/v1.0/summary/{level}_{period}.{fmt}"


def _gk_window(magnitude: float) -> tuple[float, float]:
    """The Gardner–Knopoff (1974) window (km, days), from :mod:`tracker.seismo`."""
    from tracker.seismo import gardner_knopoff_window

    d, t = gardner_knopoff_window(magnitude)
    return float(d), float(t)


def sequence_query(latitude: float, longitude: float, time_utc: str | dt.datetime, magnitude: float, *,
                   radius_km: float | None = None, days: float | None = None,
                   minmag: float | None = None, format: str | None = None) -> FeedQuery:
    """The query selecting a mainshock's sequence: a circle of ``radius_km`` and ``days`` after it,
    Gardner–Knopoff windows where not given. Starts a minute before the mainshock so it is included
    even after its catalogue time is revised.
    """
    gk_km, gk_days = _gk_window(magnitude)
    t0 = to_utc(time_utc, "mainshock time")
    assert t0 is not None
    span = pd.Timedelta(days=days if days is not None else gk_days)
    start, end = (t0 - pd.Timedelta(minutes=1)).floor("s"), (t0 + span).ceil("s")
    return FeedQuery(start=start.to_pydatetime(), end=end.to_pydatetime(),
                     minmag=minmag, latitude=latitude, longitude=longitude,
                     maxradius_km=radius_km if radius_km is not None else gk_km, format=format)


# --- layer 2: fetching (thin) ------------------------------------------------------------------

def _retry_after(value: str | None, now: dt.datetime) -> float | None:
    """``Retry-After`` as seconds: an integer, or an HTTP date (RFC 9110)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


@dataclass
class _Fetcher:
    """One provider's HTTP side: GET with timeout, retries and error mapping, plus the cache."""

    provider: Provider
    session: requests.Session
    store: CacheStore | None = None
    offline: bool = False
    timeout: tuple[float, float] = DEFAULT_TIMEOUT
    max_retries: int = 4
    backoff_s: float = 1.0
    max_wait_s: float = 60.0
    ttl_s: float = 300.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc)
    samples_dir: Path | None = SAMPLES_DIR

    def _err(self, cls: type[FeedError], msg: str, url: str, **kw: Any) -> FeedError:
        return cls(f"{self.provider.name}: {msg} ({url})", provider=self.provider.name, url=url, **kw)

    def get(self, url: str) -> bytes | None:
        """The body at ``url`` (``None`` for HTTP 204 No Content). Raises FeedError and subclasses."""
        for attempt in range(self.max_retries + 1):
            last = attempt == self.max_retries
            try:
                r = self.session.get(url, timeout=self.timeout, headers={"User-Agent": USER_AGENT})
                body = r.content
            except requests.Timeout as e:
                raise self._err(FeedTimeout, f"no answer within {self.timeout[1]:g} s", url) from e
            except requests.RequestException as e:
                if "timed out" in str(e):  # a read timeout mid-body surfaces as a ConnectionError
                    raise self._err(FeedTimeout, f"no answer within {self.timeout[1]:g} s", url) from e
                if _NO_NETWORK.search(str(e)):
                    # no route or no name service: retrying only makes an offline user wait
                    raise self._err(FeedError, "no network connection (the host cannot be reached)", url) from e
                if last:
                    what = "truncated response" if isinstance(e, requests.exceptions.ChunkedEncodingError) else str(e)
                    raise self._err(FeedError, f"request failed: {what}", url) from e
                self.sleep(min(self.max_wait_s, self.backoff_s * 2 ** attempt))
                continue
            if r.status_code == 200:
                return body
            if r.status_code == 204:
                return None
            message = r.text.strip()[:2000] or r.reason
            if r.status_code in (400, 413):
                raise self._err(FeedRequestError, f"HTTP {r.status_code}: {message.splitlines()[0][:300]}"
                                if message else f"HTTP {r.status_code}", url,
                                status=r.status_code, server_message=message)
            if r.status_code not in RETRY_STATUSES or last:
                tries = f" after {attempt + 1} attempts" if r.status_code in RETRY_STATUSES else ""
                raise self._err(FeedError, f"HTTP {r.status_code}{tries}", url,
                                status=r.status_code, server_message=message)
            wait = _retry_after(r.headers.get("Retry-After"), self.clock())
            self.sleep(min(self.max_wait_s, wait if wait is not None else self.backoff_s * 2 ** attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    # --- cache around get + parse (layer 3) ---

    def _parse(self, body: bytes | None, url: str) -> pd.DataFrame:
        if body is None or not body.strip():
            return empty_events_frame()
        try:
            return parse_catalog_bytes(body, url, source=self.provider.source or None)
        except CatalogFormatError as e:
            raise self._err(FeedError, f"malformed or truncated response: {e}", url) from e

    def _fresh(self, fetched_at: dt.datetime, end: pd.Timestamp | None) -> bool:
        """A window closed when it was fetched stays valid; one reaching the present lives ``ttl_s``."""
        fetched = pd.Timestamp(fetched_at)
        fetched = fetched.tz_localize("UTC") if fetched.tzinfo is None else fetched
        settle = pd.Timedelta(seconds=self.ttl_s)  # catalogues publish events minutes after they happen
        if end is not None and end + settle <= fetched:
            return True
        return (pd.Timestamp(self.clock()) - fetched).total_seconds() < self.ttl_s

    def _sample(self, url: str) -> bytes | None:
        """A bundled recorded response for ``url`` (``samples_dir/index.json``: URL → file)."""
        if self.samples_dir is None or not (self.samples_dir / "index.json").is_file():
            return None
        index = json.loads((self.samples_dir / "index.json").read_text(encoding="utf-8"))
        key = normalise_url(url)
        name = next((f for u, f in index.items() if normalise_url(u) == key), None)
        return (self.samples_dir / name).read_bytes() if name else None

    def load(self, url: str, end: pd.Timestamp | None) -> pd.DataFrame:
        """Events at ``url``: from the cache when still valid, else fetched, parsed, then cached."""
        key = normalise_url(url)
        entry = self.store.cache_get(key) if self.store is not None else None
        if entry is not None and (self.offline or self._fresh(entry.fetched_at, end)):
            try:
                return self._parse(entry.body, url)
            except FeedError:
                if self.offline:
                    raise
        if self.offline:
            body = self._sample(url)
            if body is None:
                raise self._err(FeedError, "offline and not cached", url)
            return self._parse(body, url)
        try:
            body = self.get(url)
        except FeedRequestError:
            raise
        except FeedError as e:
            if entry is None:
                raise
            warnings.warn(f"{e}; serving the cached copy of {entry.fetched_at}", FeedWarning, stacklevel=4)
            return self._parse(entry.body, url)
        df = self._parse(body, url)  # parse before caching: nothing half-read is ever stored
        if self.store is not None:
            self.store.cache_put(key, body or b"", provider=self.provider.name, url=url,
                                 fetched_at=self.clock())
        return df

    def count(self, q: FeedQuery) -> tuple[int, int | None]:
        """(events matching ``q``, the server's maximum per query) from the ``count`` method."""
        url = build_count_url(q, self.provider)
        body = self.get(url) or b""
        try:
            doc = json.loads(body)
            return (int(doc["count"]), doc.get("maxAllowed")) if isinstance(doc, dict) else (int(doc), None)
        except (ValueError, KeyError, TypeError) as e:
            raise self._err(FeedError, f"malformed count answer {body[:80]!r}", url) from e


# --- splitting a query the server finds too large ----------------------------------------------

_TOO_LARGE = re.compile(r"exceeds search limit of (\d+)|too many|too large|limit of (\d+)", re.IGNORECASE)


def _too_large(e: FeedRequestError) -> int | None:
    """The server's event limit if ``e`` says the query matched too many events (0: limit unknown)."""
    m = _TOO_LARGE.search(e.server_message or str(e))
    if e.status == 413 or m:
        return int(next((g for g in (m.groups() if m else ()) if g), 0))
    return None


#: Suffix of the cache key under which a split query keeps its windows, so that it can be served
#: again (offline too) from its cached pieces without asking the server to count.
_PLAN_KEY = "#split-windows"


def _cached_plan(f: _Fetcher, url: str) -> list[tuple[pd.Timestamp, pd.Timestamp]] | None:
    """The windows a split of ``url`` was last fetched in, or ``None`` when not cached."""
    entry = f.store.cache_get(normalise_url(url) + _PLAN_KEY) if f.store is not None else None
    if entry is None:
        return None
    try:
        return [(pd.Timestamp(a), pd.Timestamp(b)) for a, b in json.loads(entry.body)["windows"]]
    except (ValueError, KeyError, TypeError):
        return None  # a plan we cannot read is no plan: the query is split afresh


def _split_fetch(f: _Fetcher, q: FeedQuery, limit: int, now: pd.Timestamp,
                 report: Callable[[float, str], None],
                 plan: list[tuple[pd.Timestamp, pd.Timestamp]] | None = None) -> pd.DataFrame:
    """Fetch ``q`` in time windows small enough for the server, merged and deduplicated by id.

    With the ``count`` method each window is counted first and cut into pieces of at most 80 % of
    the limit (aftershock rates fall like 1/t, so early windows get cut again); without it, windows
    are bisected whenever the server refuses them. A total that differs from the count warns.
    ``plan`` (windows a previous split used, from the cache) skips the counting. The windows
    finally used are cached beside the pieces.
    """
    start, end = to_utc(q.start), to_utc(q.end) or now
    if start is None:
        raise InputError("a query too large for the server needs a start time to be split")
    windows: list[tuple[pd.Timestamp, pd.Timestamp]] = []
    total: int | None = None
    if plan is not None:
        windows = list(plan)
    elif f.provider.has_count:
        total, allowed = f.count(q)
        limit = int(allowed or limit or 20_000)
        todo = [(start, end, total)]
        while todo:
            a, b, n = todo.pop()
            if n <= limit * 0.8 or (b - a) <= pd.Timedelta(seconds=1):
                windows.append((a, b))
                continue
            k = math.ceil(n / (limit * 0.8))
            edges = [a + (b - a) * i / k for i in range(k + 1)]
            for lo, hi in itertools.pairwise(edges):
                todo.append((lo, hi, f.count(dataclasses.replace(q, start=lo, end=hi))[0]))
        windows.sort()
    else:
        windows = [(start, end)]
    frames, done, used = [], 0, []
    while windows:
        a, b = windows.pop(0)
        sub = dataclasses.replace(q, start=a, end=b)
        report(0.05 + 0.9 * done / (done + len(windows) + 1), f"{f.provider.name}: {_fmt_time(a)} to {_fmt_time(b)}")
        try:
            frames.append(f.load(build_query_url(sub, f.provider), b))
        except FeedRequestError as e:
            if _too_large(e) is None or (b - a) <= pd.Timedelta(seconds=1):
                raise
            mid = a + (b - a) / 2
            windows[:0] = [(a, mid), (mid, b)]
            continue
        done += 1
        used.append((a, b))
    if f.store is not None and not f.offline:
        body = json.dumps({"windows": [[a.isoformat(), b.isoformat()] for a, b in used]}).encode()
        url = build_query_url(q, f.provider)
        f.store.cache_put(normalise_url(url) + _PLAN_KEY, body, provider=f.provider.name, url=url, fetched_at=f.clock())
    merged = pd.concat(frames, ignore_index=True) if frames else empty_events_frame()
    merged = in_time_order(merged.drop_duplicates("event_id", keep="last").reset_index(drop=True))
    if total is not None and len(merged) != total:
        warnings.warn(f"{f.provider.name}: got {len(merged)} events in {len(frames)} windows, "
                      f"the count said {total} (the catalogue changed meanwhile?)", FeedWarning, stacklevel=3)
    return merged


# --- public entry points -----------------------------------------------------------------------

def fetch(query: FeedQuery, provider: str | None = None, base_url: str | None = None,
          store: CacheStore | None = None, offline: bool = False,
          session: requests.Session | None = None,
          progress: Callable[[float, str], None] | None = None, *,
          timeout: tuple[float, float] = DEFAULT_TIMEOUT, max_retries: int = 4,
          sleep: Callable[[float], None] = time.sleep,
          clock: Callable[[], dt.datetime] | None = None,
          ttl_s: float = 300.0, samples_dir: Path | None = SAMPLES_DIR) -> pd.DataFrame:
    """Events matching ``query`` from a provider (by name) or any FDSN base URL, as the events frame.

    Cached through ``store`` (a past window is served from the cache; one reaching the present is
    refreshed after ``ttl_s`` seconds); ``offline`` serves only the cache and bundled samples.
    ``progress(fraction, message)`` is told of each request. Raises :class:`FeedError` (and its
    subclasses :class:`FeedTimeout`, :class:`FeedRequestError`) or :class:`InputError`.
    """
    prov = resolve_provider(provider, base_url)
    url = build_query_url(query, prov)  # validate before any I/O
    own = session is None
    f = _Fetcher(prov, session or requests.Session(), store, offline, timeout, max_retries,
                 sleep=sleep, ttl_s=ttl_s, samples_dir=samples_dir,
                 clock=clock or (lambda: dt.datetime.now(dt.timezone.utc)))
    shown = [0.0]

    def report(frac: float, msg: str) -> None:
        # Bisection can add windows, so the raw fraction may dip; a progress bar must not go back.
        shown[0] = max(shown[0], frac)
        if progress is not None:
            progress(shown[0], msg)

    now = pd.Timestamp(f.clock())
    try:
        report(0.0, f"{prov.name}: querying")
        end = to_utc(query.end)
        plan = _cached_plan(f, url)
        if plan is not None and (offline or (end is not None and end <= now)):
            # Split before: its pieces are in the cache (a past window's events no longer change).
            report(0.05, f"{prov.name}: {len(plan)} cached windows")
            df = _split_fetch(f, query, 0, now, report, plan=plan)
            report(1.0, f"{prov.name}: {len(df)} events")
            return df
        try:
            df = f.load(url, end)
        except FeedRequestError as e:
            limit = _too_large(e)
            if limit is None or offline:
                raise
            report(0.05, f"{prov.name}: too many events for one request; splitting by time")
            df = _split_fetch(f, query, limit, now, report)
        report(1.0, f"{prov.name}: {len(df)} events")
        return df
    finally:
        if own:
            f.session.close()


def fetch_summary(period: str = "day", level: str = "2.5", fmt: str = "geojson", *,
                  store: CacheStore | None = None, offline: bool = False,
                  session: requests.Session | None = None, **kw: Any) -> pd.DataFrame:
    """A USGS real-time summary feed (see :func:`summary_feed_url`) as the events frame.

    These feeds always reach the present, so a cached copy is reused for ``ttl_s`` seconds only.
    Keyword arguments are :func:`fetch`'s (timeout, max_retries, sleep, clock, ttl_s).
    """
    url = summary_feed_url(period, level, fmt)
    own = session is None
    f = _Fetcher(PROVIDERS["usgs"], session or requests.Session(), store, offline, **kw)
    try:
        return f.load(url, None)
    finally:
        if own:
            f.session.close()
