"""Events out of the tracker: CSV safe to open in a spreadsheet, and GeoJSON for maps.

A bulletin's text is untrusted, and a cell such as ``=HYPERLINK("http://…")`` taken from it would
be a live formula in Excel or LibreOffice (CSV injection). Text cells that could start a formula
get a leading apostrophe, which spreadsheets show as text; numbers are left alone, so a negative
longitude stays a number.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from tracker.model import dumps, frame_to_json_records

#: First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell that would start a formula, prefixed with ``'``; anything else unchanged.

    >>> neutralise("=1+1"), neutralise("Hualien"), neutralise(-121.6)
    ("'=1+1", 'Hualien', -121.6)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _iso_utc(s: pd.Series) -> pd.Series:
    """Datetimes as ISO 8601 UTC text (``2024-04-02T23:58:09Z``, fractions only where present)."""
    s = s.dt.tz_localize("UTC") if s.dt.tz is None else s.dt.tz_convert("UTC")
    whole = s.dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    frac = s.dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return whole.where(s.dt.microsecond == 0, frac).astype("object").where(s.notna(), None)


def to_csv(df: pd.DataFrame) -> str:
    """The frame as CSV text, formulas neutralised in text columns.

    Lines end in CRLF as RFC 4180 has it: the csv writer quotes a cell only if it holds a
    character of the line ending, so with a bare ``\\n`` a carriage return inside a cell would
    go out unquoted and split the row in some readers.
    """
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if pd.api.types.is_datetime64_any_dtype(s):
            out[col] = _iso_utc(s)
        elif pd.api.types.is_object_dtype(s) or pd.api.types.is_string_dtype(s):
            out[col] = s.astype("object").map(neutralise, na_action="ignore")
    return out.to_csv(index=False, lineterminator="\r\n")


def to_geojson(df: pd.DataFrame) -> str:
    """Events as a GeoJSON FeatureCollection.

    Geometry is a Point ``[longitude, latitude, depth_km]`` in degrees and kilometres (positive
    down), the convention of the USGS feeds; ``[longitude, latitude]`` where the depth is unknown,
    and ``null`` for a row without coordinates. Every other column goes into ``properties``:
    missing values as ``null``, times in ISO 8601 UTC.
    """
    features = []
    # the feature's own id carries event_id: no "id" copy among the properties
    for rec in frame_to_json_records(df, id_alias=False):
        lon, lat = rec.pop("longitude", None), rec.pop("latitude", None)
        geometry = None
        if isinstance(lon, (int, float)) and isinstance(lat, (int, float)):
            depth = rec.get("depth_km")
            coords = [lon, lat] + ([depth] if isinstance(depth, (int, float)) else [])
            geometry = {"type": "Point", "coordinates": coords}
        features.append({"type": "Feature", "id": rec.get("event_id"), "geometry": geometry, "properties": rec})
    return dumps({"type": "FeatureCollection", "features": features})
