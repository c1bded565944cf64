"""Feed client, pure layer: providers, query URLs, summary feeds, sequence windows. No network."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest

from tracker import feeds
from tracker.errors import InputError
from tracker.feeds import (
    KM_PER_DEGREE,
    PROVIDERS,
    FeedQuery,
    build_count_url,
    build_query_url,
    normalise_url,
    resolve_provider,
    sequence_query,
    summary_feed_url,
)


def _params(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


@pytest.mark.parametrize(("name", "base", "fmt"), [
    ("usgs", "https://earthquake.usgs.gov/fdsnws/event/1", "geojson"),
    ("emsc", "https://www.seismicportal.eu/fdsnws/event/1", "json"),
    ("isc", "https://www.isc.ac.uk/fdsnws/event/1", "text"),
    ("geofon", "https://geofon.gfz.de/fdsnws/event/1", "text"),
    ("ingv", "https://webservices.ingv.it/fdsnws/event/1", "text"),
    ("geonet", "https://service.geonet.org.nz/fdsnws/event/1", "text"),
])
def test_provider_urls_and_default_formats(name: str, base: str, fmt: str) -> None:
    q = FeedQuery(start="2024-04-02T23:58:09Z", end="2024-04-10", minmag=4.5,
                  latitude=23.82, longitude=121.56, maxradius_km=100)
    url = build_query_url(q, resolve_provider(name))
    assert url.startswith(base + "/query?")
    p = _params(url)
    assert p["format"] == fmt
    assert p["starttime"] == "2024-04-02T23:58:09"
    assert p["endtime"] == "2024-04-10T00:00:00"
    assert p["minmagnitude"] == "4.5"
    assert (p["latitude"], p["longitude"]) == ("23.82", "121.56")
    assert float(p["maxradius"]) == pytest.approx(100 / 111.19, rel=1e-3)  # km → degrees


def test_every_query_field_maps_to_its_fdsn_parameter() -> None:
    q = FeedQuery(start=dt.datetime(2019, 7, 6, 3, 19, 53, 40000, tzinfo=dt.timezone.utc),
                  end=dt.datetime(2019, 7, 6, 12), minmag=2.5, maxmag=8, minlatitude=34, maxlatitude=37,
                  minlongitude=-119, maxlongitude=-116, mindepth_km=-5, maxdepth_km=30,
                  eventtype="earthquake", limit=500, format="csv", orderby="time-asc")
    p = _params(build_query_url(q, PROVIDERS["usgs"]))
    assert p == {
        "starttime": "2019-07-06T03:19:53.04", "endtime": "2019-07-06T12:00:00",
        "minmagnitude": "2.5", "maxmagnitude": "8", "minlatitude": "34", "maxlatitude": "37",
        "minlongitude": "-119", "maxlongitude": "-116", "mindepth": "-5", "maxdepth": "30",
        "eventtype": "earthquake", "limit": "500", "format": "csv", "orderby": "time-asc",
    }


def test_times_in_other_zones_become_utc() -> None:
    q = FeedQuery(start="2024-04-03T07:58:09+08:00")
    assert _params(build_query_url(q, PROVIDERS["isc"]))["starttime"] == "2024-04-02T23:58:09"


def test_equal_queries_give_equal_urls() -> None:
    a = FeedQuery(start="2024-01-01", minmag=3.0, latitude=1.0, longitude=2.0, maxradius_km=50)
    b = FeedQuery(maxradius_km=50.0, longitude=2, latitude=1, minmag=3, start=dt.datetime(2024, 1, 1))
    assert build_query_url(a, PROVIDERS["usgs"]) == build_query_url(b, PROVIDERS["usgs"])


def test_count_url_drops_format_limit_orderby() -> None:
    q = FeedQuery(start="2020-01-01", end="2021-01-01", minmag=2, limit=10, orderby="time", format="text")
    url = build_count_url(q, PROVIDERS["usgs"])
    assert url.startswith("https://earthquake.usgs.gov/fdsnws/event/1/count?")
    p = _params(url)
    assert p["format"] == "geojson" and "limit" not in p and "orderby" not in p


def test_any_base_url_is_a_text_provider_named_by_host() -> None:
    for given in ("https://service.iris.edu/fdsnws/event/1/", "https://service.iris.edu/fdsnws/event/1/query",
                  "https://service.iris.edu"):
        prov = resolve_provider(base_url=given)
        assert prov.base_url == "https://service.iris.edu/fdsnws/event/1"
        assert prov.source == "fdsn:service.iris.edu" and prov.formats == ("text",)
    assert resolve_provider(base_url="https://earthquake.usgs.gov/fdsnws/event/1").name == "usgs"
    mirror = resolve_provider("usgs", "http://127.0.0.1:9/fdsnws/event/1")
    assert mirror.has_count and mirror.source == "usgs" and mirror.base_url.startswith("http://127.0.0.1")


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"start": "2024-02-01", "end": "2024-01-01"}, "not after"),
    ({"minmag": 5, "maxmag": 4}, "magnitude"),
    ({"latitude": 10.0}, "together"),
    ({"maxradius_km": 10.0}, "together"),
    ({"latitude": 95.0, "longitude": 0.0}, "off the globe"),
    ({"latitude": 0.0, "longitude": 0.0, "maxradius_km": -1.0}, "radius"),
    ({"start": "last tuesday"}, "ISO 8601"),
    ({"format": "csv"}, "serves"),
    ({"orderby": "random"}, "orderby"),
    ({"limit": 0}, "limit"),
])
def test_impossible_queries_are_input_errors(kwargs: dict, match: str) -> None:
    with pytest.raises(InputError, match=match) as info:
        build_query_url(FeedQuery(**kwargs), PROVIDERS["emsc"])
    assert isinstance(info.value, ValueError)


def test_unknown_provider_and_bad_url() -> None:
    with pytest.raises(InputError, match="unknown provider"):
        resolve_provider("nope")
    with pytest.raises(InputError, match="base URL"):
        resolve_provider(base_url="ftp://example.org")


def test_normalise_url_ignores_order_zeros_and_default_offset() -> None:
    recorded = ("https://earthquake.usgs.gov/fdsnws/event/1/query?format=geojson&starttime=2019-07-06T03%3A31%3A15"
                "&endtime=2019-07-06T09%3A32%3A15&limit=20000&maxmagnitude=5.0&minmagnitude=3.6&offset=1"
                "&orderby=time-asc&eventtype=earthquake")
    q = FeedQuery(start="2019-07-06T03:31:15", end="2019-07-06T09:32:15", minmag=3.6, maxmag=5.0,
                  eventtype="earthquake", orderby="time-asc", limit=20000)
    assert normalise_url(recorded) == normalise_url(build_query_url(q, PROVIDERS["usgs"]))


def test_summary_feed_urls() -> None:
    assert summary_feed_url("day", "2.5") == "https://earthquake.usgs.gov/earthquakes/feed/v1.0/summary/2.5_day.geojson"
    assert summary_feed_url("month", "significant", "csv").endswith("/summary/significant_month.csv")
    with pytest.raises(InputError):
        summary_feed_url("year", "2.5")
    with pytest.raises(InputError):
        summary_feed_url("day", "3.0")


def test_gardner_knopoff_window_values() -> None:
    from tracker.seismo import gardner_knopoff_window

    d, t = gardner_knopoff_window(7.1)
    assert d == pytest.approx(10 ** (0.1238 * 7.1 + 0.983))
    assert t == pytest.approx(10 ** (0.032 * 7.1 + 2.7389))
    _, t5 = gardner_knopoff_window(5.0)
    assert t5 == pytest.approx(10 ** (0.5409 * 5.0 - 0.547))


def test_sequence_query_defaults_to_gardner_knopoff() -> None:
    q = sequence_query(35.7695, -117.5993, "2019-07-06T03:19:53.04Z", 7.1)
    dist, days = feeds._gk_window(7.1)
    assert q.maxradius_km == pytest.approx(dist, rel=1e-9)
    t0 = pd.Timestamp("2019-07-06T03:19:53.04Z")
    assert pd.Timestamp(q.start) < t0 < pd.Timestamp(q.start) + pd.Timedelta(minutes=2)
    assert (pd.Timestamp(q.end) - t0) / pd.Timedelta(days=1) == pytest.approx(days, abs=1e-4)
    own = sequence_query(35.7695, -117.5993, "2019-07-06T03:19:53Z", 7.1, radius_km=50, days=30, minmag=2.5)
    assert own.maxradius_km == 50 and own.minmag == 2.5
    assert pd.Timestamp(own.end) == pd.Timestamp("2019-08-05T03:19:53Z")
    p = _params(build_query_url(own, PROVIDERS["usgs"]))
    assert float(p["maxradius"]) == pytest.approx(50 / KM_PER_DEGREE, abs=1e-6)


def test_retry_after_parsing() -> None:
    now = dt.datetime(2024, 1, 1, 12, 0, 0, tzinfo=dt.timezone.utc)
    assert feeds._retry_after("7", now) == 7
    assert feeds._retry_after("Mon, 01 Jan 2024 12:00:30 GMT", now) == 30
    assert feeds._retry_after("soon", now) is None
    assert feeds._retry_after(None, now) is None
