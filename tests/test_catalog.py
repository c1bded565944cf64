"""Catalogue readers on real files (tests/data/catalogs/, provenance in SOURCES.md there)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from tracker import catalog
from tracker.catalog import read_catalog, sniff_format
from tracker.errors import CatalogFormatError, InputError
from tracker.model import EVENT_COLUMNS, EVENT_DTYPES

DATA = Path(__file__).parent / "data" / "catalogs"
RIDGECREST = DATA / "usgs_fdsnws_geojson_ridgecrest_2019-07-06T0331-0932_M3.6-5.0.geojson"
MAINSHOCK = DATA / "usgs_fdsnws_geojson_ridgecrest_M7.1_mainshock_window.geojson"
CWA = DATA / "cwa_felt_list_2024-04_hualien_sequence_20240427_0320.csv"
USGS_BOM = DATA / "usgs_csv_global_M5plus_2023-2024_seismostats_first300.csv"


def _schema_ok(df: pd.DataFrame) -> None:
    assert tuple(df.columns[: len(EVENT_COLUMNS)]) == EVENT_COLUMNS
    for col, dtype in EVENT_DTYPES.items():
        assert str(df[col].dtype) == str(pd.Series([], dtype=dtype).dtype), col
    if len(df):
        assert str(df["time_utc"].dt.tz) == "UTC"
        assert df["event_id"].notna().all() and df["source"].notna().all()


# --- counts and formats as SOURCES.md states ----------------------------------------------------

def _by_id(df: pd.DataFrame, event_id: str) -> pd.Series:
    """The one row with ``event_id`` (catalogues come back oldest first, not in file order)."""
    rows = df[df["event_id"] == event_id]
    assert len(rows) == 1, f"{event_id}: {len(rows)} rows"
    return rows.iloc[0]


@pytest.mark.parametrize(("name", "count", "fmt", "source"), [
    ("usgs_fdsnws_geojson_ridgecrest_2019-07-06T0331-0932_M3.6-5.0.geojson", 123, "json", "usgs"),
    ("usgs_fdsnws_geojson_ridgecrest_M7.1_mainshock_window.geojson", 1, "json", "usgs"),
    ("usgs_fdsnws_geojson_empty_result_count0.geojson", 0, "json", None),
    ("usgs_summary_2.5_day_2023-02-06_turkey.csv", 53, "usgs_csv", "usgs"),
    ("usgs_csv_global_M5plus_2023-2024_seismostats_first300.csv", 300, "usgs_csv", "usgs"),
    ("usgs_csv_legacy15col_gorkha_2015_aftershocks.csv", 62, "usgs_csv", "usgs"),
    ("oaf_unittest_comcat246.txt", 516, "oaf", "usgs"),
    ("cwa_felt_list_2024-04_hualien_sequence_20240427_0320.csv", 1352, "cwa", "cwa"),
    ("sed_fdsnws_text_switzerland_M3.5plus_zmap7.txt", 21, "fdsn_text", "fdsn:sed"),
    ("iris_fdsnws_text_gcmt_2010-02-26_03-02_M7plus.txt", 2, "fdsn_text", "fdsn:gcmt"),
    ("sed_fdsnws_quakeml_switzerland_2024-01_seismostats_first20.xml", 20, "quakeml", "fdsn:sed"),
    ("emsc_neries_quakeml1.0_2012-04-04_obspy.xml", 3, "quakeml", "emsc"),
    ("emsc_mayotte_2018-2021_eq.csv", 426, "emsc_csv", "emsc"),
    ("emsc_seismicportal_json_2017-09_10_M6.5plus_reconstructed.json", 2, "json", "emsc"),
    ("ingv_fdsnws_geojson_2009-04-06_M5.5plus_laquila.geojson", 1, "json", "fdsn:ingv"),
    ("geonet_quakesearch_geojson_2023-02-01_10_M4plus.geojson", 1, "json", "geonet"),
])
def test_real_files_read_with_stated_counts(name: str, count: int, fmt: str, source: str | None) -> None:
    path = DATA / name
    assert sniff_format(path.read_bytes().decode("utf-8-sig")) == fmt
    df = read_catalog(path)
    assert len(df) == count
    _schema_ok(df)
    if count:
        assert set(df["source"]) == {source}
        assert df["magnitude"].notna().all()
        assert df["latitude"].between(-90, 90).all() and df["longitude"].between(-180, 180).all()
        # A sequence reads forward: oldest first whatever the file's order, untimed rows last.
        timed = df["time_utc"].notna().to_numpy()
        assert df["time_utc"][timed].is_monotonic_increasing and not (~timed[:-1] & timed[1:]).any()


def test_ridgecrest_geojson_fields() -> None:
    df = read_catalog(RIDGECREST)
    first = df.iloc[0]
    assert first["event_id"] == "ci37219644"
    assert first["time_utc"] == pd.Timestamp("2019-07-06T03:31:24.540Z")
    assert (first["magnitude"], first["mag_type"], first["agency"]) == (3.62, "mlr", "ci")
    assert (first["longitude"], first["latitude"], first["depth_km"]) == (-117.4853333, 35.6596667, 5.2)
    ridge = df[(df["agency"] == "ci") & df["latitude"].between(35.0, 36.6) & df["longitude"].between(-118.5, -116.8)]
    assert len(ridge) == 114
    assert ridge["mag_type"].value_counts().to_dict() == {"mlr": 97, "ml": 10, "mw": 7}
    assert ridge["magnitude"].between(3.6, 4.97).all()
    assert df["event_id"].is_unique


def test_geojson_single_feature_detail() -> None:
    doc = json.loads(MAINSHOCK.read_text())
    feature = doc["features"][0]
    df = read_catalog(json.dumps(feature).encode(), name="ci38457511.geojson")
    assert len(df) == 1
    row = df.iloc[0]
    assert (row["event_id"], row["magnitude"], row["mag_type"]) == ("ci38457511", 7.1, "mw")
    assert row["time_utc"] == pd.Timestamp("2019-07-06T03:19:53.040Z")
    assert row["depth_km"] == 8


def test_geojson_fast_path_matches_json_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    slow = read_catalog(RIDGECREST)
    monkeypatch.setattr(catalog, "_FAST_JSON_BYTES", 0)
    assert catalog._usgs_geojson_arrow(RIDGECREST.read_bytes()) is not None  # the path is really taken
    fast = read_catalog(RIDGECREST)
    pd.testing.assert_frame_equal(slow, fast)


def test_emsc_json_depth_is_positive_down() -> None:
    df = read_catalog(DATA / "emsc_seismicportal_json_2017-09_10_M6.5plus_reconstructed.json")
    assert df["event_id"].tolist() == ["20171024_0000031", "20171031_0000002"]  # oldest first
    assert df["depth_km"].tolist() == [548.0, 25.0]
    assert df["place"].iloc[0] == "BANDA SEA"
    assert df["time_utc"].iloc[1] == pd.Timestamp("2017-10-31T00:42:12.4Z")


def test_ingv_and_geonet_geojson_variants() -> None:
    ingv = read_catalog(DATA / "ingv_fdsnws_geojson_2009-04-06_M5.5plus_laquila.geojson").iloc[0]
    assert (ingv["event_id"], ingv["magnitude"], ingv["mag_type"], ingv["depth_km"]) == ("1895389", 6.1, "Mw", 8.3)
    assert ingv["time_utc"] == pd.Timestamp("2009-04-06T01:32:40.4Z")
    geonet = read_catalog(DATA / "geonet_quakesearch_geojson_2023-02-01_10_M4plus.geojson").iloc[0]
    assert geonet["event_id"] == "2023p087955"
    assert geonet["depth_km"] == pytest.approx(5.955, abs=1e-3)
    assert geonet["mag_type"] == "MLv"


# --- CSV ----------------------------------------------------------------------------------------

def test_usgs_csv_bom_is_stripped_and_same_without_it() -> None:
    raw = USGS_BOM.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with_bom = read_catalog(raw, name="bom.csv")
    without = read_catalog(raw[3:], name="nobom.csv")
    pd.testing.assert_frame_equal(with_bom, without)
    first = _by_id(with_bom, "us6000mywx")  # the file's first line
    assert (first["magnitude"], first["mag_type"]) == (5.4, "mww")
    assert first["time_utc"] == pd.Timestamp("2024-05-16T06:31:36.891Z")


def test_usgs_legacy_15_column_csv() -> None:
    df = read_catalog(DATA / "usgs_csv_legacy15col_gorkha_2015_aftershocks.csv")
    main = df.iloc[0]
    assert (main["event_id"], main["magnitude"], main["mag_type"]) == ("us20002926", 7.8, "mww")
    assert main["time_utc"] == pd.Timestamp("2015-04-25T06:11:26.270Z")
    assert main["place"] == "34km ESE of Lamjung, Nepal"
    assert df["magnitude"].iloc[1:].between(4.1, 6.7).all()


def test_usgs_summary_csv_turkey() -> None:
    df = read_catalog(DATA / "usgs_summary_2.5_day_2023-02-06_turkey.csv")
    assert df["time_utc"].min() >= pd.Timestamp("2023-02-05T07:01Z")
    assert df["time_utc"].max() < pd.Timestamp("2023-02-06T04:48Z")
    assert df["depth_km"].dtype == "Float64"


def test_usgs_csv_header_only_is_empty_frame() -> None:
    head = USGS_BOM.read_bytes().split(b"\n", 1)[0] + b"\n"
    df = read_catalog(head, name="head.csv")
    assert len(df) == 0
    _schema_ok(df)


def test_cwa_felt_list_local_time_and_lon_lat_order() -> None:
    df = read_catalog(CWA)
    assert len(df) == 1352
    assert df["latitude"].median() == pytest.approx(24.0, abs=0.3)
    assert df["longitude"].median() == pytest.approx(121.6, abs=0.1)
    assert df["latitude"].between(21, 26.5).all() and df["longitude"].between(119, 123).all()
    assert set(df["mag_type"]) == {"ML"} and set(df["agency"]) == {"CWA"}
    assert df["event_id"].is_unique
    first = _by_id(df, "113355")  # "355   ,2024-04-27 03:13:28,121.664,24.2087,5,21.9,…"
    assert first["time_utc"] == pd.Timestamp("2024-04-26T19:13:28Z")  # UTC = local − 8 h
    assert (first["date_local"], first["time_local"]) == ("2024-04-27", "03:13")
    assert (first["longitude"], first["latitude"], first["depth_km"]) == (121.664, 24.2087, 21.9)
    assert first["event_id"] == "113355"  # CWA numbering: ROC year 113 + number
    main = df.loc[df["magnitude"].idxmax()]
    assert main["magnitude"] == 7.2
    assert main["time_utc"] == pd.Timestamp("2024-04-02T23:58:09Z")  # 07:58:09 local
    after = df[(df["time_utc"] > main["time_utc"]) & (df["latitude"] > 23.4)]
    assert len(after) == 1316
    assert (after["magnitude"].min(), after["magnitude"].max()) == (3.0, 6.5)


def test_cwa_without_title_row() -> None:
    lines = CWA.read_text(encoding="utf-8").splitlines()
    df = read_catalog("\n".join(lines[1:12]) + "\n", name="no-title.csv")
    assert len(df) == 10


def test_emsc_csv_mayotte() -> None:
    df = read_catalog(DATA / "emsc_mayotte_2018-2021_eq.csv")
    first = df.iloc[0]
    assert (first["event_id"], first["magnitude"], first["latitude"], first["longitude"]) == ("665884", 4.7, -13.08, 45.18)
    assert first["time_utc"] == pd.Timestamp("2018-05-13T04:28:02Z")
    assert df["depth_km"].isna().all()


# --- FDSN text ----------------------------------------------------------------------------------

def test_fdsn_text_plain_and_spaced_headers() -> None:
    sed = read_catalog(DATA / "sed_fdsnws_text_switzerland_M3.5plus_zmap7.txt")
    row = _by_id(sed, "smi:ch.ethz.sed/sc3a/2014qybzvf")
    assert row["time_utc"] == pd.Timestamp("2014-08-28T17:49:19.576365Z")
    assert (row["magnitude"], row["mag_type"], row["depth_km"]) == (4.1, "MLh", 3.6)
    assert row["place"] == "Lago di Garda I"
    gcmt = read_catalog(DATA / "iris_fdsnws_text_gcmt_2010-02-26_03-02_M7plus.txt")
    assert gcmt["magnitude"].tolist() == [8.8, 7.4]
    assert gcmt["mag_type"].tolist() == ["MW", "MW"]
    assert gcmt["time_utc"].iloc[0] == pd.Timestamp("2010-02-27T06:35:14Z")
    assert gcmt["place"].iloc[0] == "OFF COAST OF CENTRAL CHILE"


def test_fdsn_text_emsc_example_and_header_only() -> None:
    text = ("#EventID | Time | Latitude | Longitude | Depth/km | Author | Catalog | Contributor | ContributorID | "
            "MagType | Magnitude | MagAuthor | EventLocationName\n"
            "20170919_0000091|2017-09-19T18:14:38.5Z|18.59|-98.47|50.0|EMSC|EMSC-RTS|EMSC|619258|mw|7.1|EMSC|PUEBLA, MEXICO\n")
    df = read_catalog(text)
    assert (df["source"].iloc[0], df["event_id"].iloc[0], df["place"].iloc[0]) == ("emsc", "20170919_0000091", "PUEBLA, MEXICO")
    assert len(read_catalog(text.split("\n")[0] + "\n")) == 0


def test_fdsn_text_depth_in_metres_is_converted() -> None:
    with pytest.warns(UserWarning, match="metres"):
        df = read_catalog(DATA / "fdsn_text_delayednewz_canterbury_2004-2010_zmap7_first200.txt")
    assert len(df) == 200
    assert df["depth_km"].iloc[0] == 12.0
    assert df["depth_km"].max() < 100


# --- QuakeML ------------------------------------------------------------------------------------

def test_quakeml_12_sed_depth_metres_to_km() -> None:
    df = read_catalog(DATA / "sed_fdsnws_quakeml_switzerland_2024-01_seismostats_first20.xml")
    first = _by_id(df, "smi:ch.ethz.sed/sc20a/Event/2024avbpsd")
    assert first["depth_km"] == pytest.approx(3.03955, abs=1e-5)
    assert first["magnitude"] == pytest.approx(1.271934496)
    assert first["mag_type"] == "MLhc"
    assert first["time_utc"] == pd.Timestamp("2024-01-12T11:22:22.509472Z")
    assert first["place"] == "Sanetschpass VS"
    assert (df["depth_km"] < 0).any()  # above sea level, as the source says
    assert df["depth_km"].abs().max() < 50


def test_quakeml_10_emsc() -> None:
    df = read_catalog(DATA / "emsc_neries_quakeml1.0_2012-04-04_obspy.xml")
    first = _by_id(df, "20120404_0000041")
    assert (first["magnitude"], first["mag_type"], first["depth_km"], first["place"]) == (4.4, "mb", 1.0, "KYRGYZSTAN")
    assert first["time_utc"] == pd.Timestamp("2012-04-04T14:21:42.3Z")
    assert sorted(df["depth_km"]) == [1.0, 7.0, 14.4]


QUAKEML_TWO_ORIGINS = b"""<?xml version="1.0"?>
<q:quakeml xmlns="http://quakeml.org/xmlns/bed/1.2" xmlns:q="http://quakeml.org/xmlns/quakeml/1.2"
  xmlns:catalog="http://anss.org/xmlns/catalog/0.1">
 <eventParameters publicID="smi:x/ep">
  <event publicID="quakeml:us.anss.org/event/us7000abcd" catalog:eventsource="us" catalog:eventid="7000abcd">
   <description><type>earthquake name</type><text>Somewhere</text></description>
   <origin publicID="o1"><time><value>2020-01-01T00:00:00Z</value></time>
     <latitude><value>1</value></latitude><longitude><value>2</value></longitude><depth><value>5000</value></depth></origin>
   <origin publicID="o2"><time><value>2020-01-01T00:00:01.5Z</value></time>
     <latitude><value>10</value></latitude><longitude><value>20</value></longitude><depth><value>12000</value></depth>
     <creationInfo><agencyID>us</agencyID></creationInfo></origin>
   <magnitude publicID="m1"><mag><value>4.0</value></mag><type>mb</type></magnitude>
   <magnitude publicID="m2"><mag><value>4.6</value></mag><type>Mww</type></magnitude>
   <preferredOriginID>o2</preferredOriginID><preferredMagnitudeID>m2</preferredMagnitudeID>
  </event>
 </eventParameters>
</q:quakeml>"""


def test_quakeml_uses_preferred_origin_and_magnitude() -> None:
    df = read_catalog(QUAKEML_TWO_ORIGINS, name="two.xml")
    row = df.iloc[0]
    assert (row["event_id"], row["source"], row["agency"]) == ("us7000abcd", "usgs", "us")
    assert (row["latitude"], row["longitude"], row["depth_km"]) == (10, 20, 12.0)
    assert (row["magnitude"], row["mag_type"]) == (4.6, "Mww")
    assert row["time_utc"] == pd.Timestamp("2020-01-01T00:00:01.5Z")


# --- OAF ComCat dumps ---------------------------------------------------------------------------

def test_oaf_comcat_dump() -> None:
    df = read_catalog(DATA / "oaf_unittest_comcat246.txt")
    first = _by_id(df, "usp000hv0m")
    assert first["time_utc"] == pd.Timestamp("2011-02-24T04:36:48Z")
    assert (first["magnitude"], first["latitude"], first["longitude"], first["depth_km"]) == (5.1, -36.274, -73.805, 33.0)
    assert (df["magnitude"].min(), df["magnitude"].max()) == (3.5, 6.9)


# --- errors -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    b"just some words\nabout an earthquake\n",
    b"<html><body>503 Service Unavailable</body></html>",
    b"a,b,c\n1,2,3\n",
    b"\x00\x01\x02\xff\xfe\x00garbage",
    b"   \n",
    b'{"count":1,"maxAllowed":20000}',
    b'{"type":"FeatureCollection","metadata":{"count":3},"features":[{"type":"Feature","prop',
    b"<?xml version='1.0'?><q:quakeml xmlns:q='http://quakeml.org/xmlns/quakeml/1.2'><eventParam",
])
def test_unknown_or_malformed_is_a_clear_error_naming_the_file(body: bytes) -> None:
    with pytest.raises(CatalogFormatError, match=r"mystery\.dat"):
        read_catalog(body, name="mystery.dat")


def test_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(CatalogFormatError, match=r"nope\.csv") as info:
        read_catalog(tmp_path / "nope.csv")
    assert isinstance(info.value, InputError) and isinstance(info.value, ValueError)


def test_unknown_file_on_disk_names_the_path(tmp_path: Path) -> None:
    p = tmp_path / "notes.txt"
    p.write_text("Magnitude 5.1 near the coast\n")
    with pytest.raises(CatalogFormatError, match=r"notes\.txt"):
        read_catalog(p)
    with pytest.raises(CatalogFormatError, match=r"notes\.txt"):
        read_catalog(str(p))
