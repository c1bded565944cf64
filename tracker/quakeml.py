"""QuakeML (1.2, and EMSC's NERIES-era 1.0) → event columns, with the standard library's ElementTree.

Each event contributes its *preferred* origin and *preferred* magnitude (the first of each when
no preference is stated). QuakeML 1.2 gives depth in metres; QuakeML 1.0 as EMSC served it gives
kilometres. Used by :mod:`tracker.catalog`; returns plain column lists, not a DataFrame.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from tracker.errors import CatalogFormatError

_ANSS = "{http://anss.org/xmlns/catalog/0.1}"
_QUERY_ID = re.compile(r"[?&](?:eventid|eventId|evid)=([^&]+)")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(elem: ET.Element | None, name: str) -> ET.Element | None:
    if elem is None:
        return None
    return next((c for c in elem if _local(c.tag) == name), None)


def _text(elem: ET.Element | None, *path: str) -> str | None:
    for name in path:
        elem = _child(elem, name)
    if elem is None or elem.text is None:
        return None
    return elem.text.strip() or None


def _float(s: str | None) -> float | None:
    try:
        return float(s) if s is not None else None
    except ValueError:
        return None


def _pick(items: list[ET.Element], preferred: str | None) -> ET.Element | None:
    return next((i for i in items if i.get("publicID") == preferred), items[0] if items else None)


def _event_id(ev: ET.Element) -> str:
    """The provider's own id: ANSS ``catalog:eventsource+eventid``, EMSC unid, ``?eventid=``, else publicID."""
    src, eid = ev.get(_ANSS + "eventsource"), ev.get(_ANSS + "eventid")
    if src and eid:
        return src + eid
    pid = ev.get("publicID") or ""
    m = _QUERY_ID.search(pid)
    if m:
        return m.group(1)
    if "eu.emsc" in pid:
        return pid.rsplit("/", 1)[-1]
    return pid


def _agency(elem: ET.Element | None) -> str | None:
    info = _child(elem, "creationInfo")
    agency = _text(info, "agencyID")
    if agency:
        return agency
    uri = _text(info, "authorURI") or _text(info, "agencyURI")
    return uri.rsplit("/", 1)[-1] if uri else None


def quakeml_columns(data: bytes) -> dict[str, list[Any]]:
    """Parse QuakeML bytes into columns (event_id, source, magnitude, mag_type, time_utc as ISO text,
    depth_km, latitude, longitude, place, agency), one entry per ``<event>``.
    """
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise CatalogFormatError(f"malformed QuakeML: {e}") from e
    if _local(root.tag) != "quakeml":
        raise CatalogFormatError(f"XML root is <{_local(root.tag)}>, not <quakeml>")
    depth_scale = 1.0 if "quakeml/1.0" in root.tag else 1e-3  # 1.2: metres; 1.0 (EMSC): km
    cols: dict[str, list[Any]] = {k: [] for k in (
        "event_id", "source", "magnitude", "mag_type", "time_utc", "depth_km",
        "latitude", "longitude", "place", "agency")}
    for ev in root.iter():
        if _local(ev.tag) != "event":
            continue
        origins = [c for c in ev if _local(c.tag) == "origin"]
        mags = [c for c in ev if _local(c.tag) == "magnitude"]
        origin = _pick(origins, _text(ev, "preferredOriginID"))
        mag = _pick(mags, _text(ev, "preferredMagnitudeID"))
        descs = [c for c in ev if _local(c.tag) == "description"]
        place = next((_text(d, "text") for d in descs
                      if (_text(d, "type") or "") in ("region name", "Flinn-Engdahl region")),
                     _text(descs[0], "text") if descs else None)
        eid = _event_id(ev)
        owner = _agency(ev)
        if ev.get(_ANSS + "eventsource"):
            source = "usgs"
        elif "eu.emsc" in (ev.get("publicID") or ""):
            source = "emsc"
        else:
            source = f"fdsn:{owner.lower()}" if owner else "fdsn"
        depth = _float(_text(origin, "depth", "value"))
        cols["event_id"].append(eid)
        cols["source"].append(source)
        cols["magnitude"].append(_float(_text(mag, "mag", "value")))
        cols["mag_type"].append(_text(mag, "type"))
        cols["time_utc"].append(_text(origin, "time", "value"))
        cols["depth_km"].append(depth * depth_scale if depth is not None else None)
        cols["latitude"].append(_float(_text(origin, "latitude", "value")))
        cols["longitude"].append(_float(_text(origin, "longitude", "value")))
        cols["place"].append(place)
        cols["agency"].append(_agency(origin) or owner)
    return cols
