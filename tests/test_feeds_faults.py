"""Feed client against a local HTTP server on 127.0.0.1 (started here, in a thread): server
faults, retries, timeouts, truncated bodies, 204, the USGS 20,000-event refusal, and the cache.
No network beyond loopback; ``sleep`` is injected so nothing really waits for backoff.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import numpy as np
import pandas as pd
import pytest

from tracker.errors import FeedError, FeedRequestError, FeedTimeout
from tracker.feeds import FeedQuery, FeedWarning, fetch, normalise_url

DATA = Path(__file__).parent / "data" / "catalogs"
RIDGECREST = (DATA / "usgs_fdsnws_geojson_ridgecrest_2019-07-06T0331-0932_M3.6-5.0.geojson").read_bytes()
PAST = FeedQuery(start="2019-07-06T03:31:15", end="2019-07-06T09:32:15", minmag=3.6, maxmag=5.0)

Reply = tuple[int, dict[str, str], bytes]


@dataclass
class Server:
    """A loopback FDSN stand-in: ``handler(path, params) -> (status, headers, body)``."""

    handler: Callable[[str, dict[str, str]], Reply | str]
    requests: list[tuple[str, dict[str, str], dict[str, str]]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    url: str = ""

    def base(self) -> str:
        return f"{self.url}/fdsnws/event/1"

    def paths(self) -> list[str]:
        return [p for p, _, _ in self.requests]


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server(handler=lambda path, params: (200, {}, RIDGECREST))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            params = {k: v[0] for k, v in parse_qs(parts.query).items()}
            srv.requests.append((parts.path, params, dict(self.headers)))
            reply = srv.handler(parts.path, params)
            if reply == "stall":
                srv.release.wait(10)  # longer than the client's read timeout; released at teardown
                return
            if reply == "short":  # promise more bytes than are sent, then hang up
                self.send_response(200)
                self.send_header("Content-Length", str(len(RIDGECREST)))
                self.end_headers()
                self.wfile.write(RIDGECREST[:5000])
                self.wfile.flush()
                self.close_connection = True
                return
            status, headers, body = reply  # type: ignore[misc]
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 204:
                self.wfile.write(body)

        def log_message(self, *args: Any) -> None:  # keep test output quiet
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    srv.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class MemoryStore:
    """The two store methods the feed client uses, in memory."""

    @dataclass
    class Entry:
        body: bytes
        fetched_at: dt.datetime
        provider: str
        url: str

    def __init__(self) -> None:
        self.data: dict[str, MemoryStore.Entry] = {}

    def cache_get(self, key: str) -> Entry | None:
        return self.data.get(key)

    def cache_put(self, key: str, body: bytes, *, provider: str, url: str,
                  fetched_at: dt.datetime | None = None) -> None:
        self.data[key] = self.Entry(body, fetched_at or dt.datetime.now(dt.timezone.utc), provider, url)


def _fetch(srv: Server, q: FeedQuery = PAST, **kw: Any) -> pd.DataFrame:
    kw.setdefault("sleep", Sleeps())
    kw.setdefault("timeout", (2.0, 5.0))
    return fetch(q, provider=kw.pop("provider", "usgs"), base_url=srv.base(), **kw)


# --- happy path and headers -----------------------------------------------------------------------

def test_ok_with_user_agent_and_progress(server: Server) -> None:
    seen: list[tuple[float, str]] = []
    df = _fetch(server, progress=lambda f, m: seen.append((f, m)))
    assert len(df) == 123 and set(df["source"]) == {"usgs"}
    path, params, headers = server.requests[0]
    assert path == "/fdsnws/event/1/query" and params["format"] == "geojson"
    assert headers["User-Agent"].startswith("aftershock-tracker/")
    assert seen[0][0] == 0.0 and seen[-1][0] == 1.0


# --- retries ------------------------------------------------------------------------------------

def test_500s_then_success_backs_off_exponentially(server: Server) -> None:
    replies = iter([(500, {}, b"oops"), (502, {}, b"bad gateway"), (200, {}, RIDGECREST)])
    server.handler = lambda p, q: next(replies)
    sleeps = Sleeps()
    df = _fetch(server, sleep=sleeps)
    assert len(df) == 123
    assert sleeps == [1.0, 2.0]


def test_persistent_503_gives_up_after_bounded_retries(server: Server) -> None:
    server.handler = lambda p, q: (503, {}, b"Service Unavailable")
    sleeps = Sleeps()
    with pytest.raises(FeedError, match="HTTP 503") as info:
        _fetch(server, sleep=sleeps, max_retries=3)
    assert len(server.requests) == 4
    assert sleeps == [1.0, 2.0, 4.0]
    assert info.value.status == 503 and info.value.provider == "usgs"
    assert info.value.url and info.value.url.startswith(server.url)


def test_429_honours_retry_after(server: Server) -> None:
    replies = iter([(429, {"Retry-After": "7"}, b"slow down"), (200, {}, RIDGECREST)])
    server.handler = lambda p, q: next(replies)
    sleeps = Sleeps()
    assert len(_fetch(server, sleep=sleeps)) == 123
    assert sleeps == [7.0]


def test_retry_after_is_capped(server: Server) -> None:
    replies = iter([(503, {"Retry-After": "86400"}, b""), (200, {}, RIDGECREST)])
    server.handler = lambda p, q: next(replies)
    sleeps = Sleeps()
    _fetch(server, sleep=sleeps)
    assert sleeps == [60.0]


# --- timeouts, truncation, empty answers -----------------------------------------------------------

def test_stall_past_read_timeout_is_feed_timeout(server: Server) -> None:
    server.handler = lambda p, q: "stall"
    with pytest.raises(FeedTimeout) as info:
        _fetch(server, timeout=(2.0, 0.3))
    assert info.value.url and "127.0.0.1" in info.value.url


def test_truncated_json_is_feed_error_and_not_cached(server: Server) -> None:
    server.handler = lambda p, q: (200, {}, RIDGECREST[:5000])
    store = MemoryStore()
    with pytest.raises(FeedError, match=r"usgs.*malformed or truncated") as info:
        _fetch(server, store=store)
    assert "127.0.0.1" in str(info.value)
    assert store.data == {}


def test_connection_cut_short_is_feed_error(server: Server) -> None:
    server.handler = lambda p, q: "short"
    sleeps = Sleeps()
    with pytest.raises(FeedError, match="usgs") as info:
        _fetch(server, sleep=sleeps, max_retries=1)
    assert not isinstance(info.value, FeedTimeout)
    assert len(server.requests) == 2  # a dropped connection is retried like a 503


def test_204_and_empty_feed_are_empty_frames(server: Server) -> None:
    server.handler = lambda p, q: (204, {}, b"")
    df = _fetch(server)
    assert len(df) == 0 and "event_id" in df.columns
    empty = (DATA / "usgs_fdsnws_geojson_empty_result_count0.geojson").read_bytes()
    server.handler = lambda p, q: (200, {}, empty)
    assert len(_fetch(server)) == 0
    server.handler = lambda p, q: (200, {}, b"")
    assert len(_fetch(server)) == 0


@pytest.mark.parametrize("status", [400, 413])
def test_bad_request_carries_the_server_message(server: Server, status: int) -> None:
    msg = b"Error 400: Bad Request\n\nBad starttime value \"yesterday\".\n\nUsage details are available from ..."
    server.handler = lambda p, q: (status, {}, msg)
    with pytest.raises(FeedRequestError) as info:
        _fetch(server)
    assert info.value.status == status
    assert "Bad starttime" in (info.value.server_message or "")
    assert isinstance(info.value, ValueError)
    # Never retried as such; a 413 ("too much data", FDSN spec) first tries the count to split by.
    assert server.paths() == ["/fdsnws/event/1/query"] + (["/fdsnws/event/1/count"] if status == 413 else [])


def test_404_is_a_feed_error_not_retried(server: Server) -> None:
    server.handler = lambda p, q: (404, {}, b"Not Found")
    with pytest.raises(FeedError, match="HTTP 404"):
        _fetch(server)
    assert len(server.requests) == 1


# --- the USGS 20,000-event refusal, scaled down to 20 ---------------------------------------------

def _synthetic_sequence(n: int, start: pd.Timestamp) -> pd.DataFrame:
    """``n`` aftershocks with an Omori-like 1/t rate, so early windows are crowded."""
    rng = np.random.default_rng(42)
    days = np.sort(0.01 * (1000 ** rng.random(n)))  # log-uniform in time ↔ rate ∝ 1/t
    t = start + pd.to_timedelta(np.round(days * 86400), unit="s")
    return pd.DataFrame({"id": [f"zz{i:05d}" for i in range(n)], "time": t,
                         "mag": np.round(2.5 + rng.exponential(0.43, n), 1)})


def _geojson(events: pd.DataFrame) -> bytes:
    feats = [{"type": "Feature", "id": r.id,
              "properties": {"mag": r.mag, "place": "test", "time": int(r.time.value // 1_000_000),
                             "net": "zz", "magType": "ml"},
              "geometry": {"type": "Point", "coordinates": [-117.5, 35.7, 8.0]}}
             for r in events.itertuples()]
    return json.dumps({"type": "FeatureCollection", "metadata": {"count": len(feats)}, "features": feats}).encode()


def _fdsn_text(events: pd.DataFrame) -> bytes:
    head = "#EventID|Time|Latitude|Longitude|Depth/km|Author|Catalog|Contributor|ContributorID|MagType|Magnitude|MagAuthor|EventLocationName\n"
    rows = [f"{r.id}|{r.time.strftime('%Y-%m-%dT%H:%M:%S')}|35.7|-117.5|8.0|ZZ|ZZ|ZZ|{r.id}|ml|{r.mag}|ZZ|test\n"
            for r in events.itertuples()]
    return (head + "".join(rows)).encode()


def _limited_service(events: pd.DataFrame, limit: int, counts: bool, fmt: Callable[[pd.DataFrame], bytes]):
    def handler(path: str, params: dict[str, str]) -> Reply:
        a = pd.Timestamp(params["starttime"], tz="UTC")
        b = pd.Timestamp(params["endtime"], tz="UTC")
        inside = events[(events["time"] >= a) & (events["time"] <= b)]  # FDSN: both ends inclusive
        if path.endswith("/count"):
            if not counts:
                return 404, {}, b"Not Found"
            return 200, {}, json.dumps({"count": len(inside), "maxAllowed": limit}).encode()
        if len(inside) > limit:
            msg = (f"Error 400: Bad Request\n\n{len(inside)} matching events exceeds search limit of {limit}. "
                   "Modify the search to match fewer events.\n")
            return 400, {}, msg.encode()
        return 200, {}, fmt(inside)
    return handler


def test_usgs_search_limit_splits_by_time_with_counts(server: Server) -> None:
    t0 = pd.Timestamp("2019-07-06T03:20:00Z")
    events = _synthetic_sequence(150, t0)
    server.handler = _limited_service(events, 20, True, _geojson)
    q = FeedQuery(start=t0, end=t0 + pd.Timedelta(days=11))
    seen: list[float] = []
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        df = _fetch(server, q, progress=lambda f, m: seen.append(f))
    assert not [w for w in rec if issubclass(w.category, FeedWarning)]
    count_calls = [p for p in server.paths() if p.endswith("/count")]
    queries = [p for p in server.paths() if p.endswith("/query")]
    assert len(count_calls) >= 2 and len(queries) >= 9  # ≥ 150 / (0.8 × 20) windows
    assert len(df) == 150 == len(events)  # merged total equals the count
    assert df["event_id"].is_unique
    assert set(df["event_id"]) == set(events["id"])
    assert df["time_utc"].is_monotonic_increasing
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_a_split_query_is_served_again_from_its_cached_pieces_offline_too(server: Server) -> None:
    t0 = pd.Timestamp("2019-07-06T03:20:00Z")
    events = _synthetic_sequence(150, t0)
    server.handler = _limited_service(events, 20, True, _geojson)
    q = FeedQuery(start=t0, end=t0 + pd.Timedelta(days=11))
    store = MemoryStore()
    first = _fetch(server, q, store=store)
    asked = len(server.requests)
    server.handler = lambda p, params: (500, {}, b"down")
    again = _fetch(server, q, store=store)  # a past window: no count, no query
    offline = _fetch(server, q, store=store, offline=True, samples_dir=None)
    assert len(server.requests) == asked
    pd.testing.assert_frame_equal(first, again)
    pd.testing.assert_frame_equal(first, offline)
    assert len(offline) == 150


def test_split_without_count_method_bisects(server: Server) -> None:
    t0 = pd.Timestamp("2024-04-02T23:58:09Z")
    events = _synthetic_sequence(60, t0)
    server.handler = _limited_service(events, 20, False, _fdsn_text)
    q = FeedQuery(start=t0, end=t0 + pd.Timedelta(days=11))
    df = fetch(q, base_url=server.base(), sleep=Sleeps(), timeout=(2.0, 5.0))
    assert len(df) == 60 and df["event_id"].is_unique
    assert set(df["source"]) == {"fdsn:127.0.0.1"}
    assert not any(p.endswith("/count") for p in server.paths())


def test_split_warns_when_total_differs_from_count(server: Server) -> None:
    t0 = pd.Timestamp("2019-07-06T03:20:00Z")
    events = _synthetic_sequence(50, t0)
    base = _limited_service(events, 20, True, _geojson)

    def lying(path: str, params: dict[str, str]) -> Reply:
        status, headers, body = base(path, params)
        if path.endswith("/count") and "maxAllowed" in body.decode() and params["starttime"] == t0.strftime("%Y-%m-%dT%H:%M:%S"):
            doc = json.loads(body)
            if doc["count"] == 50:
                doc["count"] = 51  # one event deleted from the catalogue between count and fetch
            body = json.dumps(doc).encode()
        return status, headers, body

    server.handler = lying
    with pytest.warns(FeedWarning, match="count said 51"):
        df = _fetch(server, FeedQuery(start=t0, end=t0 + pd.Timedelta(days=11)))
    assert len(df) == 50


# --- cache ---------------------------------------------------------------------------------------

def test_past_window_served_from_cache_with_server_gone(server: Server, tmp_path: Path) -> None:
    from tracker.store import Store

    with Store(tmp_path / "t.db") as store:
        first = _fetch(server, store=store)
        n = len(server.requests)
        server.handler = lambda p, q: (500, {}, b"down")
        again = _fetch(server, store=store)
        assert len(server.requests) == n  # not asked again
        pd.testing.assert_frame_equal(first, again)
        offline = _fetch(server, store=store, offline=True)
        assert len(offline) == 123


def test_offline_and_not_cached_is_a_clear_error(server: Server) -> None:
    with pytest.raises(FeedError, match="offline and not cached"):
        _fetch(server, store=MemoryStore(), offline=True, samples_dir=None)
    assert server.requests == []


def test_live_window_refreshes_after_ttl(server: Server) -> None:
    now = [dt.datetime(2024, 4, 3, 12, 0, tzinfo=dt.timezone.utc)]
    store = MemoryStore()
    q = FeedQuery(start="2024-04-02T23:58:09")  # open end: reaches the present
    kw = {"store": store, "clock": lambda: now[0], "ttl_s": 300}
    _fetch(server, q, **kw)
    assert len(server.requests) == 1
    now[0] += dt.timedelta(minutes=2)
    _fetch(server, q, **kw)
    assert len(server.requests) == 1  # within the TTL: cached
    now[0] += dt.timedelta(minutes=10)
    _fetch(server, q, **kw)
    assert len(server.requests) == 2  # past the TTL: refreshed
    key = next(iter(store.data))
    assert store.data[key].fetched_at == now[0]


def test_stale_cache_served_with_warning_when_refresh_fails(server: Server) -> None:
    now = [dt.datetime(2024, 4, 3, 12, 0, tzinfo=dt.timezone.utc)]
    store = MemoryStore()
    q = FeedQuery(start="2024-04-02T23:58:09")
    _fetch(server, q, store=store, clock=lambda: now[0])
    now[0] += dt.timedelta(hours=1)
    server.handler = lambda p, q: (503, {}, b"busy")
    with pytest.warns(FeedWarning, match="cached copy"):
        df = _fetch(server, q, store=store, clock=lambda: now[0], max_retries=1)
    assert len(df) == 123


def test_bundled_sample_serves_offline_without_store() -> None:
    q = FeedQuery(start="2019-07-06T03:31:15", end="2019-07-06T09:32:15", minmag=3.6, maxmag=5.0,
                  eventtype="earthquake", orderby="time-asc", limit=20000)
    df = fetch(q, provider="usgs", offline=True)
    assert len(df) == 123


def test_cache_key_is_the_normalised_url(server: Server) -> None:
    store = MemoryStore()
    _fetch(server, store=store)
    (key,) = store.data
    assert key == normalise_url(store.data[key].url)
    assert store.data[key].provider == "usgs"


def test_fetch_summary_through_an_injected_session() -> None:
    import requests

    from tracker.feeds import fetch_summary

    asked: list[str] = []

    class StubSession(requests.Session):
        def get(self, url: str, **kw: Any) -> requests.Response:  # type: ignore[override]
            asked.append(url)
            r = requests.Response()
            r.status_code, r._content, r.url = 200, (DATA / "usgs_summary_2.5_day_2023-02-06_turkey.csv").read_bytes(), url
            return r

    df = fetch_summary("day", "2.5", "csv", session=StubSession(), sleep=Sleeps())
    assert asked == ["https://earthquake.usgs.gov/earthquakes/feed/v1.0/summary/2.5_day.csv"]
    assert len(df) == 53 and set(df["source"]) == {"usgs"}


# --- no network at all --------------------------------------------------------------------------

class _NoDNS:
    """A session whose every request fails as it does on a machine with no name service."""

    def __init__(self) -> None:
        self.calls = 0

    def get(self, url: str, **kw: Any) -> Any:
        import requests

        self.calls += 1
        raise requests.ConnectionError(
            "HTTPSConnectionPool(host='earthquake.usgs.gov', port=443): Max retries exceeded "
            "(Caused by NameResolutionError(\"Failed to resolve 'earthquake.usgs.gov'\"))")


def test_no_name_service_fails_at_once_with_a_clear_message() -> None:
    session, sleeps = _NoDNS(), Sleeps()
    with pytest.raises(FeedError, match="no network connection") as info:
        fetch(PAST, provider="usgs", session=session, sleep=sleeps)  # type: ignore[arg-type]
    # an offline user is told at once, not after minutes of retries
    assert session.calls == 1 and sleeps == []
    assert info.value.provider == "usgs"
