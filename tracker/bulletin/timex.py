"""Time expressions in bulletins, resolved against the publication date in the bulletin's zone.

Each finder returns :class:`TimePiece` records: a calendar date (absolute or relative), a clock
time in some zone, or a step from the previous quake ("three minutes later"). The extractor joins
the pieces that belong to one quake. Nothing here reads the wall clock: without a publication
date, relative words stay unresolved (``date`` is ``None``) and only their text is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from tracker.bulletin.numbers import WORD_NUMBER, count_value
from tracker.bulletin.patterns import first_char_gate, folded, gated_finditer, holds_any, rare_gate

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # Indonesian agency stamps (BMKG): "14-Okt-25", "3-Agu-25", "5-Des-24", "2-Mei-25"
    "okt": 10, "agu": 8, "agt": 8, "des": 12, "mei": 5,
}
WEEKDAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
DAY_PARTS = {
    # local hour range of each part of the day, for matching and for the precision label
    "early": (0, 6), "morning": (6, 12), "afternoon": (12, 18), "evening": (18, 22),
    "night": (18, 24), "late": (18, 24), "overnight": (0, 6), "midday": (11, 13), "noon": (11, 13),
}

#: Zone abbreviations and their UTC offsets in minutes. Ambiguous ones (CST, IST, NST, PST …) are
#: listed with every reading; the bulletin's own zone decides between them.
ZONE_ABBR: dict[str, tuple[int, ...]] = {
    "UTC": (0,), "GMT": (0,), "Z": (0,), "UT": (0,),
    "JST": (540,), "KST": (540,), "HKT": (480,), "SGT": (480,), "MYT": (480,), "AWST": (480,),
    "WIB": (420,), "WITA": (480,), "WIT": (540,), "ICT": (420,), "PHT": (480,), "PHST": (480,),
    "NST": (480, 345, -210), "CST": (480, -360), "IST": (330, 60, 120, 210), "PST": (-480, 480, 300),
    "PDT": (-420,), "MST": (-420,), "MDT": (-360,), "CDT": (-300,), "EST": (-300,), "EDT": (-240,),
    "AKST": (-540,), "AKDT": (-480,), "HST": (-600,), "AEST": (600,), "AEDT": (660,),
    "ACST": (570,), "ACDT": (630,), "NZST": (720,), "NZDT": (780,), "NPT": (345,),
    "TRT": (180,), "EET": (120,), "EEST": (180,), "CET": (60,), "CEST": (120,), "WET": (0,),
    "WEST": (60,), "BST": (60,), "IRST": (210,), "PKT": (300,), "CLT": (-240,), "CLST": (-180,),
    "ART": (-180,), "PET": (-300,), "COT": (-300,), "ECT": (-300,), "BRT": (-180,), "MSK": (180,),
    "AST": (-240, 180), "ADT": (-180,), "HDT": (-540,), "IDT": (180,), "AFT": (270,), "MMT": (390,), "EAT": (180,),
    "CAT": (120,), "WAT": (60,), "SAST": (120,), "GST": (240,),
}


@dataclass(frozen=True)
class TimePiece:
    """One time expression: a date, a clock time, or a step from the previous quake.

    ``offset_min`` is the UTC offset of the zone the clock or date was written in, ``None`` for
    the bulletin's own local time. ``step`` is a signed timedelta for "three minutes later".
    """

    start: int
    end: int
    text: str
    date: dt.date | None = None
    date_known: bool = False
    clock: tuple[int, int, int | None] | None = None
    offset_min: int | None = None
    day_part: str | None = None
    precision: str = "day"
    step: dt.timedelta | None = None
    same_day: bool = False
    in_range: bool = False
    relative: bool = False
    year_only: bool = False
    gap_before: str = ""


_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Okt|Agu|Agt|Des|Mei)\.?"
_WDAY = r"(?P<wd>Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:r(?:s)?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_PART = r"(?:morning|afternoon|evening|night|overnight)"
_UTC_OFF = r"(?:UTC|GMT)\s?[+\u2212-]\s?\d{1,2}(?::?\d{2})?"
_ZONE = rf"(?P<zone>(?-i:{_UTC_OFF}|UTC|GMT|UT|Z|[A-Z]{{2,4}}T|WIB|WITA|WIT|[A-Z][a-z]+(?:\s+Standard)?\s+[Tt]ime)|local(?:\s+time)?|hora\s+local)"

_DATE_PATTERNS = [
    # 2024-04-03 07:58:09 (UTC) — agency stamps, optionally with a clock and a zone
    re.compile(
        r"\b(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\s*B\.?S\b)"
        r"(?:[T\s,]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?"
        r"(?:\s*\(?\s*(?P<zone>(?:UTC|GMT)\s?[+\u2212-]\s?\d{1,2}(?::?\d{2})?|UTC|GMT|Z|[A-Z]{2,4}T|WIB|WITA|WIT)\b\)?)?"
    ),
    # 19/08/2018 22:56:27 WIB
    re.compile(
        r"\b(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>(?:19|20)\d{2}|\d{2}(?=[\sT,]+\d{1,2}:\d{2}))"
        r"(?:[\s,]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
        r"(?:\s*\(?\s*(?P<zone>(?:UTC|GMT)\s?[+\u2212-]\s?\d{1,2}(?::?\d{2})?|UTC|GMT|Z|[A-Z]{2,4}T|WIB|WITA|WIT)\b\)?)?"
    ),
    # April 16, 2016 / Jan. 21 / MAR 16 2023 / June 15th, 2005
    re.compile(
        rf"\b(?=[JFMASONDTWjfmasondtw])(?:{_WDAY},?\s+)?{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:1[5-9]|20)\d{{2}}))?"
        rf"(?P<ly>\s+last\s+year)?(?:\s*\((?P<zone>UTC|GMT)\))?", re.I
    ),
    # 19-Aug-18 (BMKG), 03-DEC-2023
    re.compile(rf"\b(?P<d>\d{{1,2}})[-/ ]{_MONTH}[-/ ](?P<y>(?:19|20)?\d{{2}})\b", re.I),
    # 22 October / 3rd of April 2024
    re.compile(
        rf"\b(?=[\dMTWFSmtwfs])(?:{_WDAY},?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}\b(?:,?\s+(?P<y>(?:1[5-9]|20)\d{{2}}))?", re.I
    ),
]

#: Holidays on a fixed day, told instead of a date: "the quake that struck on New Year's Day".
_HOLIDAY = re.compile(r"\b(New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Boxing\s+Day|Valentine['’]s\s+Day)\b"
                      r"(?:,?\s+(?P<hy>(?:19|20)\d\d)\b)?", re.I)  # "on New Year's Day 2024"
#: Words that make a weekday part of a feast's or an event's name: "Good Friday", "Ash Wednesday".
_FEAST_BEFORE = re.compile(r"(?i)\b(?:good|black|ash|holy|maundy|easter|palm|super|cyber|shrove)\s+$")
_HINT_HOLIDAY = re.compile(r"(?i)year['’]s\s+(?:day|eve)|christmas|boxing\s+day|valentine")
_HOLIDAY_DAYS = {"new year s day": (1, 1), "new year s eve": (12, 31), "christmas day": (12, 25),
                 "christmas eve": (12, 24), "boxing day": (12, 26), "valentine s day": (2, 14)}

_RELATIVE = re.compile(
    rf"""\b(?=[eylotpmwfsEYLOTPMWFS])(?:
        (?:(?P<yearly>early|late)\s+)?(?P<yest>yesterday|the\s+(?:previous|preceding)\s+day)(?:'s)?(?:\s+(?P<ypart>{_PART}))?
      | (?P<lastnight>last\s+night|overnight)
      | (?P<today>today|this\s+(?P<tpart>morning|afternoon|evening)|tonight|earlier\s+today|early\s+today)(?:'s)?
        (?:\s+(?P<tpart2>early\s+morning|morning|afternoon|evening))?
      | (?:(?P<wmod>early|late|on|last|this|past)\s+(?:on\s+)?)?{_WDAY}(?P<poss>'s)?
        (?:\s+(?P<wpart>early\s+morning|{_PART}))?(?P<lastweek>\s+(?:of\s+)?last\s+week)?
    )\b""",
    re.I | re.X,
)

#: Zone abbreviations a four-digit clock may carry ("1117 AKST", "1117 AM AKST" in US warning messages).
_NAMED_ZONES = "|".join(sorted((z for z in ZONE_ABBR if len(z) >= 3), key=len, reverse=True))

_CLOCK = re.compile(
    rf"""\b(?:
        (?P<h12>\d{{1,2}})(?:[:.](?P<m12>[0-5]\d))?(?::(?P<s12>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)
      | (?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?::(?P<s24>[0-5]\d))?(?!\d)
        (?:\s*(?:hours|hrs|h)\b)?
      | (?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?:\s*(?P<ampm4>(?-i:[AP]M))\b)?\s*(?:hours?\s+|hrs?\s+)?
        (?=(?:UTC|GMT|Z)\b|(?-i:{_NAMED_ZONES})\b)
      | (?P<noon>noon|midday|midnight)
    )
    (?:\s*\(?\s*{_ZONE}\b\)?)?""",
    re.I | re.X,
)

# The lookahead after the leading \b of _APPROX, _STEP, _VAGUE_STEP, _YEAR_ONLY and _RANGE_LEAD holds the
# first letters of the words that can follow it: it turns away no match, and lets the engine leave at
# once the word boundaries where none of those words starts instead of trying each alternative there.
_PART_OF = re.compile(r"(?i)\bthe\s+(night|morning|evening|afternoon|early\s+(?:hours|morning))\s+of\s+(?:the\s+)?$")
_APPROX = re.compile(r"\b(?=[arsj])(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after)|some\s+time\s+(?:before|after))\s+(?:at\s+)?$", re.I)
_STEP = re.compile(
    rf"\b(?=[\daotfsenh])(?P<n>\d+|{WORD_NUMBER}|a|an|a\s+few|half\s+an?)(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>seconds?|minutes?|hours?|days?)\s+"
    rf"(?P<dir>later|after(?:wards)?|before|earlier)\b",
    re.I,
)
#: "hours later", "several minutes afterwards": a step of no stated length (runs where _STEP's gate says).
_VAGUE_STEP = re.compile(r"\b(?=[smh])(?:(?:several|some)\s+)?(?:minutes|hours)\s+(?:later|afterwards)\b", re.I)
_SAME_DAY = re.compile(r"\b(?:the\s+same\s+day|later\s+that\s+day|(?:the\s+)?(?P<next>next|following)\s+(?:day|morning|afternoon|evening|night))\b", re.I)
_YEAR_ONLY = re.compile(
    rf"\b(?=[iso])(?:in|since|of)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?(?P<y>(?:18|19|20)\d{{2}})\b(?!\s*(?:-|/|:))", re.I)


#: What both digit-date patterns (_DATE_PATTERNS[0] and [1]) hold: a number between two separators
#: ("2024-04-03", "19/08/2018"). A decimal ("5.5") has one separator only, so a sentence with
#: magnitudes but no such date skips both patterns. Written from the first separator, which the
#: engine finds by a cheaper test than a digit.
_HINT_DIGIT_DATE = re.compile(r"[-/.](?<=\d[-/.])\d\d?[-/.]\d")
_HINT_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_HINT_RELATIVE = re.compile(r"(?i)yesterday|today|tonight|night|overnight|day\b|previous|preceding|morning|afternoon|evening"
                            r"|\b(?:mon|tue|wed|thu|fri|sat|sun)")
_HINT_CLOCK = re.compile(
    rf"(?i)\d:\d|\d\s*[ap]\.?\s?m\b|\d\s*(?:hours?\s+|hrs?\s+)?(?:UTC|GMT|Z\b|{_NAMED_ZONES})|noon|midday|midnight")
_HINT_STEP = re.compile(r"(?i)\b(?:later|after|afterwards|before|earlier)\b")
_HINT_SAME = re.compile(r"(?i)same\s+day|that\s+day|next|following")
# From _HINT_MONTH on, the hints run only where the text has no folded form (see patterns.folded).
# On the folded text find_pieces asks instead plain words (``in`` scans a string many times faster than
# a pattern searches it) and the gates below, far cheaper than the hints; after them a hint would only
# repeat what its pattern finds. (patterns.first_char_gate: a gate tried only at the characters its
# matches start with, where it would not skip ahead by itself.)
#: The words of _HOLIDAY's feasts, as they stand in the folded text.
_HOLIDAY_WORDS = ("year's", "year’s", "christmas", "boxing", "valentine")
#: Every date pattern needs a digit (asked where the text has no folded form); the year one needs a
#: year, and so one of _CENTURIES.
_GATE_DIGIT = re.compile(r"\d")
_GATE_YEAR = re.compile(r"(?:18|19|20)\d\d")
_CENTURIES = ("19", "20", "18")
# Sharper gates on the folded text, one per pattern. A *search* gate (S) finds something in every
# stretch where its pattern matches; a *start* gate (patterns.gated_finditer) matches wherever its
# pattern can start a match.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "okt", "agu", "agt", "des", "mei")
#: The same as a rare-letter gate (a dozen and more words: one search beats a loop of ``in`` checks).
_MONTH_STEMS_GATE = rare_gate(_MONTH_STEMS)
_MONTHS3 = f"(?:{'|'.join(_MONTH_STEMS)})"
#: S for _DATE_PATTERNS[2]: a month name (in full or cut short) and the day after it.
_GATE_MONTH_DAY = re.compile(rf"{_MONTHS3}[a-z]*\.?\s+\d")
#: S for _DATE_PATTERNS[3]: "19-Aug-18", "03 DEC 2023".
_GATE_DAY_MON_YEAR = re.compile(rf"\d[-/ ]{_MONTHS3}")
#: S for _DATE_PATTERNS[4]: "22 October", "3rd of April".
_GATE_DAY_MONTH = re.compile(rf"\d(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTHS3}")
#: Each of the three month gates above holds a month's first three letters (one of _MONTH_STEMS):
#: where the folded text holds none (most sentences), none of the three is asked.
_GATE_ANY_MONTH = re.compile(_MONTHS3)
#: Start gate of _RELATIVE: its first word (a weekday by its first three letters).
_STARTS_RELATIVE = first_char_gate(
    "elytopmwfs",
    r"\b(?:early\s|late\s|yesterday|the\s+p|last\s|overnight|today|this\s|tonight|earlier\s|on\s|past\s"
    r"|mon|tue|wed|thu|fri|sat|sun)"
)
#: The starts of _CLOCK's three digit branches, loosened (any two digits for minutes, zones in lower
#: case): "5 p.m.", "10.30am", "14:59", "0056 UTC", "1117 AM AKST". Possessive where giving back could
#: not help (what follows cannot start with a digit, ":", ".", a space, "am" or "hours"), so that the
#: engine does not retry each number of a sentence several ways.
_CLOCK_DIGITS = (r"\d{1,2}+(?:[:.]\d\d)?+(?::\d\d)?+\s*+[ap]\.?\s?m|\d{1,2}:\d\d"
                 rf"|\d{{4}}\s*+(?:[ap]m)?+\s*+(?:hours?\s+|hrs?\s+)?+(?:utc|gmt|z|{_NAMED_ZONES.lower()})")
#: The words of _CLOCK's fourth branch.
_CLOCK_WORDS = ("noon", "midday", "midnight")
#: Start gate of _CLOCK: a clock in digits, or noon, midday, midnight. Sharp enough that a sentence
#: full of magnitudes, years and distances but with no clock is left after one scan.
_STARTS_CLOCK = first_char_gate(r"\dnm", rf"\b(?:{_CLOCK_DIGITS}|{'|'.join(_CLOCK_WORDS)})")
#: Start gate of _CLOCK where the folded text holds none of _CLOCK_WORDS: tried at digits only, not
#: at every "n" and "m" as _STARTS_CLOCK is.
_STARTS_CLOCK_DIGITS = first_char_gate(r"\d", rf"\b(?:{_CLOCK_DIGITS})")
#: S for _STEP: its unit and direction ("minutes later", "hours before"), a whole word ("hours
#: aftershocks", frequent in quake news, has no step).
_GATE_STEP_UNIT = re.compile(r"(?:second|minute|hour|day)s?\s+(?:later|after(?:wards)?|before|earlier)\b")
#: Start gates of _STEP and _VAGUE_STEP: each pattern itself, case-sensitive on the folded text (all their
#: letters are lower case). The engine tries a case-insensitive pattern at every word boundary and
#: compares each letter folded; the gate skips to the letters a step can start with and compares plainly.
_STARTS_STEP = first_char_gate(r"\daotfsenh", _STEP.pattern)
_STARTS_VAGUE_STEP = first_char_gate("smh", _VAGUE_STEP.pattern)
#: The directions of _GATE_STEP_UNIT: where the folded text holds none, it is not asked.
_STEP_WORDS = ("later", "after", "before", "earlier")
#: S for _SAME_DAY.
_GATE_SAME_DAY = first_char_gate("stnf", r"same\s+day|that\s+day|(?:next|following)\s+(?:day|morning|afternoon|evening|night)")
#: "UTC+8", "GMT-05:00": a zone written as its offset.
_UTC_OFFSET = re.compile(r"(?:UTC|GMT)\s?([+\u2212-])\s?(\d{1,2})(?::?(\d{2}))?")
_HOLIDAY_SEP = re.compile(r"[\s'’]+")
#: "just before midnight": a word that makes "noon" or "midnight" no clock time.
_NEAR_BEFORE = re.compile(r"(?i)\b(?:before|after|around|about|near|towards?)\s+$")


def _local_offset(tz: str | None, date: dt.date | None) -> int | None:
    """UTC offset in minutes of ``tz`` on ``date`` (noon, to stay clear of DST switches)."""
    if not tz:
        return None
    try:
        z = ZoneInfo(tz)
    except Exception:
        return None
    d = date or dt.date(2000, 1, 15)
    off = dt.datetime(d.year, d.month, d.day, 12, tzinfo=z).utcoffset()
    return int(off.total_seconds() // 60) if off is not None else None


def zone_offset(abbr: str | None, tz: str | None, date: dt.date | None) -> int | str | None:
    """Offset in minutes of a written zone; ``"local"`` for the bulletin's own zone; ``None`` if unknown."""
    if not abbr:
        return "local"
    a = abbr.upper().replace(".", "").strip()
    if a.startswith("LOCAL") or a.startswith("HORA") or a.endswith(" TIME"):
        return "local"  # "Italian time", "Beijing Time", "Japan Standard Time": the place's own clock
    off = _UTC_OFFSET.fullmatch(a)
    if off:
        minutes = int(off.group(2)) * 60 + int(off.group(3) or 0)
        minutes = -minutes if off.group(1) != "+" else minutes
        local = _local_offset(tz, date)
        return "local" if local == minutes else minutes
    cands = ZONE_ABBR.get(a)
    if not cands:
        return None
    local = _local_offset(tz, date)
    if local is not None:
        # the bulletin's own zone writes its abbreviation: treat as local time
        for c in cands:
            if c == local or (len(cands) > 1 and abs(c - local) <= 60 and c != 0):
                return "local" if c == local or a not in ("UTC", "GMT", "Z", "UT") else c
    return cands[0] if len(cands) == 1 or local is None else (cands[0] if a in ("UTC", "GMT") else None)


def _year_for(month: int, day: int, published: dt.date | None, anchor: dt.date | None = None) -> int | None:
    """The year of a date written without one: the latest such date not after publication (+1 day).

    With no publication date, the year that puts it nearest the text's own full date (``anchor``).
    """
    if published is None:
        if anchor is None:
            return None
        best = None
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                gap = abs((dt.date(y, month, day) - anchor).days)
            except ValueError:
                continue
            if best is None or gap < best[0]:
                best = (gap, y)
        return best[1] if best else None
    for y in (published.year, published.year - 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if d <= published + dt.timedelta(days=1):
            return y
    return None


def _weekday_date(wd: int, published: dt.date, last_week: bool) -> dt.date:
    if last_week:
        monday_prev = published - dt.timedelta(days=published.weekday() + 7)
        return monday_prev + dt.timedelta(days=wd)
    back = (published.weekday() - wd) % 7
    return published - dt.timedelta(days=back)


def _nearest_weekday(wd: int, anchor: dt.date) -> dt.date:
    """The day of weekday ``wd`` (Monday 0) nearest to ``anchor``, within three days either side."""
    ahead = (wd - anchor.weekday()) % 7
    return anchor + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def anchor_date(text: str) -> dt.date | None:
    """The first full calendar date (with its year) the text states: "April 1, 2014", "2014-04-01"."""
    for pat in (_DATE_PATTERNS[2], _DATE_PATTERNS[4], _DATE_PATTERNS[0]):
        for m in pat.finditer(text, 0, min(len(text), 20000)):
            g = m.groupdict()
            if not g.get("y"):
                continue
            try:
                if g.get("mon"):
                    mon = g["mon"].lower()
                    mo = MONTHS["sep" if mon.startswith("sep") else mon[:3]]
                    y = int(g["y"])
                    return dt.date(y + 2000 if y < 100 else y, mo, int(g["d"]))
                return dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
            except (ValueError, KeyError):
                continue
    return None


def _part(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().split()[-1]
    return "early" if word.lower().startswith("early") else w


def find_pieces(text: str, published: dt.date | None, tz: str | None, lo: int = 0, hi: int | None = None,
                anchor: dt.date | None = None, year_hint: int | None = None) -> list[TimePiece]:
    """Every time expression in ``text[lo:hi]``, in order, with offsets into ``text``.

    ``anchor`` is a full date the text states itself (a caption's "April 1, 2014"); with no
    publication date, a weekday resolves to the nearest such day within three days of it.
    """
    hi = len(text) if hi is None else hi
    seg = text[lo:hi]
    out: list[TimePiece] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(p: TimePiece) -> None:
        taken.append((p.start, p.end))
        out.append(p)

    # cheap literal look-ups decide which of the costlier patterns can match at all. (Each look needs a
    # digit of its own: no look for one first, which the sentences that tell a quake all have.)
    low = folded(seg)
    has_digit_date = _HINT_DIGIT_DATE.search(seg) is not None
    if low is None:
        has_month = _GATE_DIGIT.search(seg) is not None and _HINT_MONTH.search(seg) is not None
        month_forms = (has_month,) * 3
    elif _MONTH_STEMS_GATE.search(low) is not None:
        # each month pattern needs its month word beside a number: one look each decides
        month_forms = tuple(g.search(low) is not None for g in (_GATE_MONTH_DAY, _GATE_DAY_MON_YEAR, _GATE_DAY_MONTH))
    else:
        month_forms = (False, False, False)

    for i, pat in enumerate(_DATE_PATTERNS):
        if (i < 2 and not has_digit_date) or (i >= 2 and not month_forms[i - 2]):
            continue
        for m in pat.finditer(seg):
            a, b = m.start() + lo, m.end() + lo
            if not free(a, b):
                continue
            g = m.groupdict()
            try:
                if i == 0:
                    y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
                elif i == 1:
                    x, z, y = int(g["a"]), int(g["b"]), int(g["y"])
                    y = y + 2000 if y < 100 else y
                    # day first unless impossible (agency stamps outside the US are D/M/Y)
                    mo, d = (z, x) if z <= 12 else (x, z)
                    if tz and tz.startswith("America/") and x <= 12 and z > 12:
                        mo, d = x, z
                else:
                    mo = MONTHS[g["mon"].lower()[:4].rstrip(".") if g["mon"].lower().startswith("sept") else g["mon"].lower()[:3]]
                    d = int(g["d"])
                    # a yearless date takes the year its paragraph is telling of ("in July 2019 … on 4 July")
                    y = int(g["y"]) if g.get("y") else year_hint or _year_for(mo, d, published, anchor)
                    if g.get("ly") and published is not None:
                        y = published.year - 1  # "on Aug. 8 last year"
                    if y is not None and y < 100:
                        y += 2000
                date = dt.date(y, mo, d) if y else None
            except (ValueError, KeyError):
                continue
            clock = None
            if g.get("H") is not None:
                h, mi = int(g["H"]), int(g["M"])
                if h > 23:
                    continue
                clock = (h, mi, int(g["S"]) if g.get("S") else None)
            off = zone_offset(g.get("zone"), tz, date)
            add(TimePiece(
                a, b, text[a:b], date=date, date_known=date is not None, clock=clock,
                offset_min=None if off == "local" else off if isinstance(off, int) else None,
                precision=("second" if clock and clock[2] is not None else "minute") if clock else "day",
                relative=False,
            ))
    holiday = _HINT_HOLIDAY.search(seg) is not None if low is None else holds_any(low, _HOLIDAY_WORDS)
    for m in (_HOLIDAY.finditer(seg) if holiday else ()):
        a, b = m.start() + lo, m.end() + lo
        if not free(a, b):
            continue
        mo, d = _HOLIDAY_DAYS[_HOLIDAY_SEP.sub(" ", m.group(1).lower())]
        y = int(m.group("hy")) if m.group("hy") else year_hint or _year_for(mo, d, published, anchor)
        date = dt.date(y, mo, d) if y else None
        add(TimePiece(a, b, text[a:b], date=date, date_known=date is not None, precision="day", relative=False))
    if low is not None:
        relatives: Iterator[re.Match[str]] = gated_finditer(_RELATIVE, _STARTS_RELATIVE, seg, low, 0, len(seg))
    else:
        relatives = _RELATIVE.finditer(seg) if _HINT_RELATIVE.search(seg) else iter(())
    for m in relatives:
        a, b = m.start() + lo, m.end() + lo
        if not free(a, b):
            continue
        g = m.groupdict()
        date: dt.date | None = None
        part = None
        if g["yest"]:
            date = published - dt.timedelta(days=1) if published else None
            part = _part(g["ypart"]) or (g["yearly"].lower() if g["yearly"] else None)
        elif g["lastnight"]:
            date = published - dt.timedelta(days=1) if published else None
            part = "night" if g["lastnight"].lower().startswith("last") else "overnight"
            if part == "overnight":
                date = published
        elif g["today"]:
            date = published
            word = g["today"].lower()
            part = _part(g["tpart"] or g["tpart2"]) or ("night" if word == "tonight" else None)
            if g["tpart2"] and g["tpart2"].lower().startswith("early"):
                part = "early"
        elif g["wd"]:
            if not g["wmod"] and _FEAST_BEFORE.search(seg, max(0, m.start() - 12), m.start()):
                continue  # "the Good Friday earthquake of 1964": a feast's name, not a day of this week
            wd = WEEKDAYS[g["wd"].lower()[:3]]
            mod = (g["wmod"] or "").lower()
            if mod == "this" and not g["wpart"] and not g["lastweek"]:
                pass
            if published:
                date = _weekday_date(wd, published, bool(g["lastweek"]))
            elif anchor is not None and not g["lastweek"]:
                date = _nearest_weekday(wd, anchor)
            else:
                date = None
            part = _part(g["wpart"]) or ("early" if mod == "early" else "late" if mod == "late" else None)
        add(TimePiece(
            a, b, text[a:b].strip(), date=date, date_known=date is not None, day_part=part,
            precision="day_part" if part else "day", relative=True,
        ))
    clocks: Iterator[re.Match[str]] | tuple[()]
    if low is None:
        clocks = _CLOCK.finditer(seg) if _HINT_CLOCK.search(seg) else ()
    elif "noon" in low or "midday" in low or "midnight" in low:  # _CLOCK_WORDS
        clocks = gated_finditer(_CLOCK, _STARTS_CLOCK, seg, low, 0, len(seg))
    else:
        clocks = gated_finditer(_CLOCK, _STARTS_CLOCK_DIGITS, seg, low, 0, len(seg))
    for m in clocks:
        a, b = m.start() + lo, m.end() + lo
        if not free(a, b):
            continue
        g = m.groupdict()
        if g["h12"]:
            h = int(g["h12"])
            mi = int(g["m12"] or 0)
            if not 1 <= h <= 12:
                continue
            pm = g["ampm"].lower().startswith("p")
            h = (h % 12) + (12 if pm else 0)
            s = int(g["s12"]) if g["s12"] else None
        elif g["h24"]:
            h, mi = int(g["h24"]), int(g["m24"])
            s = int(g["s24"]) if g["s24"] else None
        elif g["hhmm"]:
            h, mi, s = int(g["hhmm"][:2]), int(g["hhmm"][2:]), None
            if g["ampm4"] and h <= 12:
                h = (h % 12) + (12 if g["ampm4"].upper() == "PM" else 0)
        else:
            word = g["noon"].lower()
            if _NEAR_BEFORE.search(text[max(0, a - 12):a]):
                continue  # "just before midnight" names no clock time
            h, mi, s = (0 if word == "midnight" else 12), 0, None
        off = zone_offset(g.get("zone"), tz, published)
        if off is None:
            # an unknown zone abbreviation: keep the clock but do not pretend it is local
            continue
        approx = bool(_APPROX.search(text, max(0, a - 24), a)) or (g["h12"] is not None and g["m12"] is None)
        add(TimePiece(
            a, b, text[a:b].strip(), clock=(h, mi, s), offset_min=None if off == "local" else off,
            precision="hour" if approx else "second" if s is not None else "minute",
        ))
    if low is None:
        stepped = _HINT_STEP.search(seg) is not None
    else:
        stepped = holds_any(low, _STEP_WORDS) and _GATE_STEP_UNIT.search(low) is not None
    for m in (gated_finditer(_STEP, _STARTS_STEP, seg, low, 0, len(seg)) if stepped else ()):
        a, b = m.start() + lo, m.end() + lo
        if not free(a, b):
            continue
        n_text = m.group("n").lower()
        n = 1 if n_text in ("a", "an") else 3 if n_text == "a few" else 0.5 if n_text.startswith("half") else count_value(n_text)
        if n is None:
            continue
        if m.group("half"):
            n += 0.5  # "two and a half hours earlier"
        unit = m.group("unit").lower().rstrip("s")
        delta = dt.timedelta(**{unit + "s": n})
        if m.group("dir").lower() in ("before", "earlier"):
            delta = -delta
        add(TimePiece(a, b, text[a:b], step=delta, precision="minute" if unit in ("second", "minute") else "hour"))
    for m in (gated_finditer(_VAGUE_STEP, _STARTS_VAGUE_STEP, seg, low, 0, len(seg)) if stepped else ()):
        # "a 5.2 aftershock hours later": no clock to count from, but the day of the quake before
        a, b = m.start() + lo, m.end() + lo
        if free(a, b):
            add(TimePiece(a, b, text[a:b], same_day=True, precision="day"))
    if low is None:
        same_day = _HINT_SAME.search(seg) is not None
    else:
        # the words _GATE_SAME_DAY needs: "same" or "that" with "day", or "next" or "following"
        same_day = ("next" in low or "following" in low or ("day" in low and ("same" in low or "that" in low))) \
            and _GATE_SAME_DAY.search(low) is not None
    for m in (_SAME_DAY.finditer(seg) if same_day else ()):
        a, b = m.start() + lo, m.end() + lo
        if free(a, b):
            add(TimePiece(a, b, text[a:b], same_day=True,
                          step=dt.timedelta(days=1) if m.group("next") else None, precision="day"))
    for m in _YEAR_ONLY.finditer(seg) if holds_any(seg, _CENTURIES) and _GATE_YEAR.search(seg) else ():
        a, b = m.start() + lo, m.end() + lo
        if free(a, b):
            add(TimePiece(a, b, text[a:b], year_only=True, precision="unknown"))
    if not out:
        return out
    out.sort(key=lambda p: p.start)
    # "on the night of March 3", "in the early hours of Saturday": the date with its part of the day
    for i, p in enumerate(out):
        if p.date is not None and p.clock is None:
            a = max(0, p.start - 24)
            # _PART_OF ends in "of", and no other letters read as "o" or "f" case-insensitively: the plain
            # look spares the pattern before nearly every date
            if "of" in text[a:p.start].lower() and (dp := _PART_OF.search(text, a, p.start)):
                out[i] = replace(p, day_part=_part(dp.group(1)), precision="day_part")
    out = [replace(p, gap_before=text[out[i - 1].end:p.start]) if i and p.start - out[i - 1].end <= 8 else p
           for i, p in enumerate(out)]
    return _mark_ranges(text, out)


_RANGE_GAP = re.compile(r"^[\s,]*(?:and|to|until|till|through|[-–—])[\s,]*$", re.I)
_RANGE_LEAD = re.compile(r"\b(?=[bfs])(?:between|from|since)\s+$", re.I)
_RANGE_WORDS = ("between", "from", "since")


def _mark_ranges(text: str, pieces: list[TimePiece]) -> list[TimePiece]:
    """Flag pieces that bound a span ("between 5:40am on 22 October and 1.17pm yesterday")."""
    out = list(pieces)
    for i, p in enumerate(out):
        a = max(0, p.start - 12)
        left = text[a:p.start]
        # a plain look first, in ASCII only: case-insensitively "ſince" (long s) and "sİnce" are "since"
        if left.isascii() and not holds_any(left.lower(), _RANGE_WORDS):
            continue
        if not _RANGE_LEAD.search(text, a, p.start):
            continue
        # the range runs from here to the piece after the joining word
        j = i + 1
        while j < len(out) and not _RANGE_GAP.match(text[out[j - 1].end:out[j].start]):
            if out[j].start - out[j - 1].end > 4:
                break
            j += 1
        if j < len(out) and _RANGE_GAP.match(text[out[j - 1].end:out[j].start]):
            k = j
            while k + 1 < len(out) and out[k + 1].start - out[k].end <= 4:
                k += 1
            for t in range(i, k + 1):
                out[t] = replace(out[t], in_range=True)
    return out
