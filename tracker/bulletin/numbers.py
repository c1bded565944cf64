"""Numbers as bulletins write them: digits with thousands separators, decimal commas, words.

>>> count_value("Seventy-one")
71
>>> count_value("1,281")
1281
>>> count_value("three dozen")
36
>>> decimal_value("5,8")
5.8
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

#: One to ninety-nine in words, hyphenated or spaced ("Seventy-one", "twenty one"), or "a dozen".
WORD_NUMBER = (
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+dozen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten)"
)
#: A count in digits: "110", "1,281", "3 557" is not accepted (a space is too ambiguous).
DIGIT_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
#: A count in digits or words; a word number starts a word ("often" holds no "ten").
COUNT = rf"(?:{DIGIT_COUNT}|\b{WORD_NUMBER})"

_DOZEN = re.compile(r"(\w+)\s+dozen", re.I)
_WORD_SEP = re.compile(r"[-\s]+")
_DIGIT_COUNT_RE = re.compile(DIGIT_COUNT)


def word_value(text: str) -> int | None:
    """A number written in words (1–99, "a dozen", "three dozen") → int, else ``None``."""
    t = text.strip().lower()
    m = _DOZEN.fullmatch(t)
    if m:
        k = 1 if m.group(1) == "a" else word_value(m.group(1))
        return None if k is None else 12 * k
    if t in _UNITS:
        return _UNITS[t]
    parts = _WORD_SEP.split(t)
    if parts[0] in _TENS:
        if len(parts) == 1:
            return _TENS[parts[0]]
        if len(parts) == 2 and parts[1] in _UNITS and 0 < _UNITS[parts[1]] < 10:
            return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


def count_value(text: str) -> int | None:
    """A count in digits or words → int; ``None`` when it is neither."""
    t = text.strip()
    if _DIGIT_COUNT_RE.fullmatch(t):
        return int(t.replace(",", ""))
    return word_value(t)


def decimal_value(text: str) -> float | None:
    """A decimal as written, with a point or a comma ("5,8" is 5.8 in much of the world)."""
    t = text.strip().replace(",", ".")
    try:
        return float(t)
    except ValueError:
        v = word_value(text)
        return None if v is None else float(v)
