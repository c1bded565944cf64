"""Pure helpers behind the pages: highlighted bulletin HTML, zone and date hints, labels, summaries.

No Streamlit here, so tests reach every line without a browser.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import itertools
import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any
from zoneinfo import available_timezones

import pandas as pd

#: Places a dateline or a story names → the IANA zone they keep. Lower case; longest first wins.
PLACE_ZONES: dict[str, str] = {
    "taipei": "Asia/Taipei", "taiwan": "Asia/Taipei", "hualien": "Asia/Taipei", "tainan": "Asia/Taipei",
    "kaohsiung": "Asia/Taipei", "taichung": "Asia/Taipei", "chiayi": "Asia/Taipei", "yilan": "Asia/Taipei",
    "tokyo": "Asia/Tokyo", "japan": "Asia/Tokyo", "osaka": "Asia/Tokyo", "ishikawa": "Asia/Tokyo",
    "noto": "Asia/Tokyo", "kumamoto": "Asia/Tokyo", "sendai": "Asia/Tokyo", "fukushima": "Asia/Tokyo",
    "beijing": "Asia/Shanghai", "china": "Asia/Shanghai", "sichuan": "Asia/Shanghai", "chengdu": "Asia/Shanghai",
    "xinhua": "Asia/Shanghai", "hong kong": "Asia/Hong_Kong", "seoul": "Asia/Seoul", "korea": "Asia/Seoul",
    "manila": "Asia/Manila", "philippines": "Asia/Manila", "jakarta": "Asia/Jakarta", "indonesia": "Asia/Jakarta",
    "kathmandu": "Asia/Kathmandu", "nepal": "Asia/Kathmandu", "kabul": "Asia/Kabul", "afghanistan": "Asia/Kabul",
    "tehran": "Asia/Tehran", "iran": "Asia/Tehran", "new delhi": "Asia/Kolkata", "india": "Asia/Kolkata",
    "islamabad": "Asia/Karachi", "pakistan": "Asia/Karachi", "dhaka": "Asia/Dhaka", "yangon": "Asia/Yangon",
    "myanmar": "Asia/Yangon", "mandalay": "Asia/Yangon", "bangkok": "Asia/Bangkok", "thailand": "Asia/Bangkok",
    "istanbul": "Europe/Istanbul", "ankara": "Europe/Istanbul", "turkey": "Europe/Istanbul",
    "türkiye": "Europe/Istanbul", "kahramanmaras": "Europe/Istanbul", "damascus": "Asia/Damascus",
    "syria": "Asia/Damascus", "athens": "Europe/Athens", "greece": "Europe/Athens", "rome": "Europe/Rome",
    "italy": "Europe/Rome", "l'aquila": "Europe/Rome", "naples": "Europe/Rome", "zurich": "Europe/Zurich",
    "switzerland": "Europe/Zurich", "rabat": "Africa/Casablanca", "morocco": "Africa/Casablanca",
    "marrakech": "Africa/Casablanca", "mayotte": "Indian/Mayotte", "mexico city": "America/Mexico_City",
    "mexico": "America/Mexico_City", "santiago": "America/Santiago", "chile": "America/Santiago",
    "lima": "America/Lima", "peru": "America/Lima", "quito": "America/Guayaquil", "ecuador": "America/Guayaquil",
    "port-au-prince": "America/Port-au-Prince", "haiti": "America/Port-au-Prince",
    "los angeles": "America/Los_Angeles", "california": "America/Los_Angeles", "ridgecrest": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles", "anchorage": "America/Anchorage",
    "alaska": "America/Anchorage", "honolulu": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu",
    "wellington": "Pacific/Auckland", "christchurch": "Pacific/Auckland", "new zealand": "Pacific/Auckland",
    "auckland": "Pacific/Auckland", "kaikoura": "Pacific/Auckland", "canterbury": "Pacific/Auckland",
}

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
_DATE_RES = (
    re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    re.compile(r"\b(?P<mon>[A-Z][a-z]{2,8})\.? (?P<d>\d{1,2}),? (?P<y>20\d\d)\b"),
    re.compile(r"\b(?P<d>\d{1,2}) (?P<mon>[A-Z][a-z]{2,8})\.? (?P<y>20\d\d)\b"),
)


@cache
def all_zones() -> tuple[str, ...]:
    """Every IANA zone name known to this machine, sorted, with UTC first."""
    zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
    return ("UTC", *zones)


def suggest_zone(text: str, head: int = 400) -> str | None:
    """The zone of the first place named in the text's dateline (its first ``head`` characters),
    else of the place the whole text names most often; ``None`` when it names none we know.

    >>> suggest_zone("HUALIEN, Taiwan (Reuters) - A strong quake ...")
    'Asia/Taipei'
    """
    lowered = text.lower()
    names = sorted(PLACE_ZONES, key=len, reverse=True)
    first: tuple[int, str] | None = None
    for name in names:
        m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lowered[:head])
        if m and (first is None or m.start() < first[0]):
            first = (m.start(), name)
    if first:
        return PLACE_ZONES[first[1]]
    counts: dict[str, int] = {}
    for name in names:
        n = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lowered))
        if n:
            zone = PLACE_ZONES[name]
            counts[zone] = counts.get(zone, 0) + n
    return max(counts, key=lambda z: counts[z]) if counts else None


def suggest_date(text: str, head: int = 600) -> dt.date | None:
    """A publication date written near the top ("April 3, 2024", "3 April 2024", "2024-04-03").

    >>> suggest_date("Published April 3, 2024 - A strong quake")
    datetime.date(2024, 4, 3)
    """
    top = text[:head]
    for rx in _DATE_RES:
        for m in rx.finditer(top):
            g = m.groupdict()
            try:
                if "mon" in g:
                    mon = next((i for i, name in enumerate(_MONTHS, 1)
                                if name.startswith(g["mon"].lower()[:3]) and g["mon"].lower() in name), None)
                    if mon is None:
                        continue
                    return dt.date(int(g["y"]), mon, int(g["d"]))
                return dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
            except ValueError:
                continue
    return None


# --- highlighted bulletin text --------------------------------------------------------------------

def _num(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if f != f else f


def _s(v: Any) -> str | None:
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    return str(v) or None


def event_title(row: Mapping[str, Any]) -> str:
    """One event's values as a short line: ``"M5.7 · 2025-01-25 · depth 7.7 km"``."""
    mag = _num(row.get("magnitude"))
    parts = [f"{_s(row.get('mag_type')) or 'M'}{mag:.1f}" if mag is not None else "M?"]
    when = " ".join(p for p in (_s(row.get("date_local")), _s(row.get("time_local"))) if p)
    parts.append(when or (f"“{_s(row.get('time_text'))}”" if _s(row.get("time_text")) else "date not stated"))
    depth = _num(row.get("depth_km"))
    if depth is not None:
        parts.append(f"depth {depth:g} km")
    for key in ("place", "role"):
        if _s(row.get(key)):
            parts.append(str(row[key]))
    return " · ".join(parts)


def tally_title(row: Mapping[str, Any]) -> str:
    """One tally as a short line: ``"110 aftershocks · M5–6 · felt"``."""
    count = _num(row.get("count"))
    parts = [f"{int(count) if count is not None else '?'} {_s(row.get('what')) or 'earthquakes'}"]
    lo, hi = _num(row.get("mag_min")), _num(row.get("mag_max"))
    if lo is not None and hi is not None:
        parts.append(f"M{lo:g}–{hi:g}")
    elif lo is not None:
        parts.append(f"M ≥ {lo:g}")
    elif hi is not None:
        parts.append(f"M < {hi:g}")
    if row.get("felt") is True:
        parts.append("felt")
    if _s(row.get("as_of_local")):
        parts.append(f"as of {row['as_of_local']}")
    return " · ".join(parts)


EVENT_STYLE = "background:#ffe08a;padding:0 1px;border-radius:2px"
TALLY_STYLE = "background:#b9e4c9;padding:0 1px;border-radius:2px"


def _spans(frame: pd.DataFrame | None, title: Any, kind: str) -> list[tuple[int, int, str, str]]:
    if frame is None or frame.empty or "span_start" not in frame.columns:
        return []
    out = []
    for row in frame.to_dict("records"):
        a, b = _num(row.get("span_start")), _num(row.get("span_end"))
        if a is not None and b is not None and b > a:
            out.append((int(a), int(b), title(row), kind))
    return out


def highlight_html(text: str, events: pd.DataFrame | None = None, tallies: pd.DataFrame | None = None) -> str:
    """The bulletin as safe HTML: every character escaped, each evidence span in a ``<mark>``.

    The text's own markup is shown as text, never rendered. Each mark's ``title`` lists the values
    taken from it (:func:`event_title`, :func:`tally_title`); overlapping spans are cut at their
    boundaries so every piece carries every value that covers it.
    """
    spans = _spans(events, event_title, "event") + _spans(tallies, tally_title, "tally")
    n = len(text)
    cuts = sorted({0, n, *(min(max(a, 0), n) for a, _, _, _ in spans), *(min(max(b, 0), n) for _, b, _, _ in spans)})
    pieces = []
    for a, b in itertools.pairwise(cuts):
        chunk = html.escape(text[a:b])
        cover = [(t, k) for s, e, t, k in spans if s <= a and e >= b]
        if cover:
            titles = " | ".join(dict.fromkeys(t for t, _ in cover))
            style = EVENT_STYLE if any(k == "event" for _, k in cover) else TALLY_STYLE
            kinds = " ".join(sorted({k for _, k in cover}))
            chunk = f'<mark class="{kinds}" style="{style}" title="{html.escape(titles, quote=True)}">{chunk}</mark>'
        pieces.append(chunk)
    return ('<div class="bulletin-text" style="white-space:pre-wrap;line-height:1.6;font-size:0.95rem;'
            'border:1px solid #ddd;border-radius:6px;padding:0.8rem;max-height:28rem;overflow-y:auto">'
            + "".join(pieces) + "</div>")


# --- labels and summaries --------------------------------------------------------------------------

def event_label(row: Mapping[str, Any], tz: str) -> str:
    """A mainshock choice: ``"M7.4 · 2024-04-03 07:58 Asia/Taipei · cwa"``."""
    mag = _num(row.get("magnitude"))
    t = row.get("time_utc")
    when = (pd.Timestamp(t).tz_convert(tz).strftime("%Y-%m-%d %H:%M") if _s(t) and not pd.isna(t)
            else _s(row.get("date_local")) or "date unknown")
    src = _s(row.get("source")) or "?"
    mt = _s(row.get("mag_type")) or "M"
    return f"{mt}{mag:.1f} · {when} · {src}" if mag is not None else f"M? · {when} · {src}"


def aftershock_counts(
    events: pd.DataFrame, mainshock_time: pd.Timestamp | None, thresholds: Iterable[float] = (3, 5),
) -> dict[float, int]:
    """How many events after ``mainshock_time`` reach each magnitude threshold."""
    t = pd.to_datetime(events["time_utc"], utc=True, errors="coerce")
    after = t > mainshock_time if mainshock_time is not None else t.notna()
    mags = events["magnitude"].to_numpy(dtype=float)
    return {m: int(((mags >= m) & after.to_numpy(dtype=bool)).sum()) for m in thresholds}


def summary_sentence(counts: Mapping[float, int]) -> str:
    """``{3: 120, 5: 6}`` → ``"So far 120 M3+ and 6 M5+ aftershocks."``"""
    parts = [f"{n:,} M{m:g}+" for m, n in counts.items()]
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"So far {joined} aftershocks."


# --- table editing -------------------------------------------------------------------------------

EVENT_EDIT_COLUMNS = ("event_id", "magnitude", "mag_type", "date_local", "time_local", "time_precision",
                      "depth_km", "place", "latitude", "longitude", "role", "time_text", "evidence")
TALLY_EDIT_COLUMNS = ("tally_id", "count", "what", "mag_min", "mag_max", "felt", "as_of_local", "evidence")


def apply_edits(original: pd.DataFrame, edited: pd.DataFrame, id_col: str, tz: str | None = None) -> pd.DataFrame:
    """The full rows after a table editor showed only some columns of ``original``.

    Rows of ``edited`` keep their id and take the edited values over the original's other columns
    (time, span); rows whose id is blank or unknown are new and carry only what was typed; rows
    missing from ``edited`` are dropped. For events, a row whose local date or clock was edited
    gets its ``time_utc`` worked out again in ``tz`` (the bulletin's zone), or cleared when the
    local time no longer places it. The result is what ``Store.save_*_corrections`` expects.
    """
    shown = [c for c in edited.columns if c in original.columns]
    by_id = {str(r[id_col]): r for r in original.to_dict("records") if _s(r.get(id_col))}
    rows = []
    for r in edited.to_dict("records"):
        rid = _s(r.get(id_col))
        old = by_id.get(rid)
        base = dict(old) if old is not None else {c: None for c in original.columns}
        for c in shown:
            base[c] = None if c != id_col and _blank(r.get(c)) else r.get(c)
        if old is None:
            base[id_col] = None
        if "time_utc" in base and any(c in shown and (old is None or _s(base[c]) != _s(old.get(c)))
                                      for c in ("date_local", "time_local")):
            base["time_utc"], base["time_precision"] = _retime(base, tz)
        rows.append(base)
    out = pd.DataFrame(rows, columns=list(original.columns))
    for c in original.columns:
        with contextlib.suppress(TypeError, ValueError):
            out[c] = out[c].astype(original[c].dtype)
    return out


def _retime(row: dict[str, Any], tz: str | None) -> tuple[pd.Timestamp | None, Any]:
    """(UTC time, precision) of an edited row from its local date and clock in ``tz``.

    No zone, no date or no clock (or a clock the zone skips or repeats at a DST change) leaves
    the UTC time unknown rather than guessed; a typed clock sharpens a coarser precision to
    what it states (minute, or second with seconds).
    """
    date, clock, prec = _s(row.get("date_local")), _s(row.get("time_local")), row.get("time_precision")
    if not (tz and date and clock):
        return None, prec
    try:
        local = pd.Timestamp(f"{date[:10]}T{clock}")
        utc = local.tz_localize(tz, ambiguous="NaT", nonexistent="NaT").tz_convert("UTC")
    except (ValueError, TypeError, LookupError):
        return None, prec
    if pd.isna(utc):
        return None, prec
    if prec not in ("second", "minute", "hour"):
        prec = "second" if clock.count(":") == 2 else "minute"
    return utc, prec


def _blank(v: Any) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and v != v) or (isinstance(v, str) and not v.strip())


def feed_error_text(exc: Exception, provider: str) -> str:
    """A feed failure as one readable sentence: the host, why, and what to do offline."""
    from urllib.parse import urlsplit

    raw = str(exc)
    low = raw.lower()
    url = getattr(exc, "url", None)
    host = urlsplit(url).hostname if url else None
    where = host or provider
    status = getattr(exc, "status", None)
    if "resolve" in low or "name or service" in low or "connection" in low or "network" in low:
        why = "the network is unreachable (no internet here?)"
    elif "timed out" in low or "timeout" in low:
        why = "it did not answer in time"
    elif status:
        server = getattr(exc, "server_message", None)
        why = f"it answered HTTP {status}" + (f": {server.strip()[:200]}" if server else "")
    else:
        why = raw.splitlines()[0][:300] if raw else type(exc).__name__
    return (f"Could not fetch from {provider} ({where}): {why}. The current catalogue stays loaded; "
            "you can upload a catalogue file instead.")
