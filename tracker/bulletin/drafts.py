"""Drafts of events while a bulletin is read, and the small helpers that combine them.

A :class:`Draft` is an event under construction: a magnitude (possibly not yet known), the time
pieces, depth, place and role gathered for it. :func:`absorb` joins two drafts of one quake.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tracker.bulletin.segment import Span
from tracker.bulletin.timex import TimePiece

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
#: "The largest aftershock so far, a magnitude 5.6 tremor": a superlative introduces a quake.
_SUPERLATIVES = ("largest", "biggest", "strongest", "most powerful", "most intense", "last", "previous", "worst",
                 "deadliest")


_TYPE_CANON = {
    "mw": "Mw", "mww": "Mww", "mwp": "Mwp", "mwb": "Mwb", "mwc": "Mwc", "mwr": "Mwr", "ml": "ML", "mlv": "MLv",
    "mb": "mb", "mblg": "mbLg", "mb_lg": "mbLg", "ms": "Ms", "mj": "Mj", "mjma": "Mjma", "md": "Md", "mlr": "MLr",
    "mh": "Mh", "mi": "Mi", "mc": "Mc",
}


_QUAL_TYPE = {"moment": "Mw", "local": "ML", "body-wave": "mb", "body wave": "mb", "surface-wave": "Ms", "surface wave": "Ms"}


@dataclass(eq=False)
class Draft:
    """An event under construction; mutable until :func:`_finish` freezes it into an Event."""

    pos: int
    sent: Span
    magnitude: float | None = None
    mag_type: str | None = None
    alt: list[str] = field(default_factory=list)
    pieces: list[TimePiece] = field(default_factory=list)
    depth_km: float | None = None
    place: str | None = None
    place_rank: int = 0
    place_pos: int = -1
    lat: float | None = None
    lon: float | None = None
    role: str | None = None
    #: the role was guessed from the quakes told around it ("… 19 aftershocks. The strongest …"), not stated
    role_guessed: bool = False
    #: "the first tremor", "the second": which of the quakes told together before it (0 for the first)
    ordinal: int | None = None
    group: int | None = None
    another: bool = False
    anchor: str | None = None  # "indef", "ordinal", "dated" for drafts without a magnitude yet
    dated: dt.date | None = None
    para: int = 0
    sent_no: int = 0
    #: the last sentence that referred to this quake ("the earthquake", "its focus"), for a value told later
    seen: int = 0
    merged_into: Draft | None = None
    extra_spans: list[tuple[int, int]] = field(default_factory=list)
    #: the day a paragraph's narrative is set on ("Yesterday (13 August), …"), for quakes told with a clock only
    narrative: dt.date | None = None
    #: time pieces of the count that announced this quake ("Four aftershocks … this morning"): used only
    #: when the quake's own words give no day
    defaults: list[TimePiece] = field(default_factory=list)


@dataclass
class Item:
    """Something in a sentence that attributes can belong to."""

    start: int
    end: int
    drafts: list[Draft]
    kind: str  # "mag", "group", "anchor", "ref"


@dataclass
class _Group:
    """A count that introduces quakes described later ("Four strong aftershocks have occurred")."""

    pos: int
    n: int
    role: str | None
    pieces: list[TimePiece]
    used: int = 0


def _absorb(target: Draft, d: Draft) -> None:
    d.merged_into = target
    if target.magnitude is None:
        target.magnitude, target.mag_type = d.magnitude, d.mag_type
    target.pieces.extend(d.pieces)
    target.depth_km = target.depth_km if target.depth_km is not None else d.depth_km
    target.place = target.place or d.place
    if target.lat is None:
        target.lat, target.lon = d.lat, d.lon
    target.role = target.role or d.role
    target.alt.extend(x for x in d.alt if x not in target.alt)
    target.mag_type = target.mag_type or d.mag_type


def _roles_agree(a: Draft, b: Draft) -> bool:
    return a.role is None or b.role is None or a.role == b.role


def _role_of(word: str) -> str:
    w = word.lower()
    if w.startswith("after"):
        return "aftershock"
    if w.startswith("fore"):
        return "foreshock"
    return "mainshock"


def _canon_type(t: str) -> str:
    return _TYPE_CANON.get(t.lower().replace(" ", ""), t)


def _fmt_mag(v: float | None, t: str | None) -> str:
    """A magnitude as bulletins write it, with at least one decimal: "6.0", "ML 7.6", "4.85"."""
    num = f"{v:.2f}"
    num = num[:-1] if num.endswith("0") else num
    return f"{t} {num}" if t else num


_WORD_RE = re.compile(r"[a-z0-9]+")


def _words(s: str) -> set[str]:
    return {w for w in _WORD_RE.findall(s.lower()) if len(w) > 2 and w not in ("the", "km", "kilometers", "kilometres", "miles", "of", "from")}


#: A stated distance and bearing, or an agency's location field, says more than "in Hualien".
_PLACE_RANK = {"place_verb": 0, "place": 1, "place_adj": 2, "place_dist": 2, "place_field": 3}


_AFTER_DATED = re.compile(
    r"\b(?:after|following|since)\s+(?:(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day['’]s|"
    r"the\s+(?:[\w-]+\s+){0,2}(?:quake|earthquake)\s+(?:on|that\s+struck))\s+(?:[\w-]+\s+){0,3}$", re.I)


def _clause_tail(left: str) -> str:
    """The part of ``left`` after its last clause break: where a hypothetical cue would apply."""
    cut = max(left.rfind("."), left.rfind(";"), left.rfind("\n"), left.rfind(", and"), left.rfind(" but "))
    tail = left[cut + 1:] if cut >= 0 else left
    # "a 12% chance of … after Thursday's magnitude 7.0 quake": a dated quake named after a forecast
    # is a real one; the forecast's cue stays with the forecast
    dated = _AFTER_DATED.search(tail)
    return tail[dated.start():] if dated else tail
