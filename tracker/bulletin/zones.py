"""Countries whose whole territory keeps one clock, for "local time" told of a quake abroad.

A wire story filed in Athens about a quake in Turkey gives "23:40 local time": Turkey's clock, not
the reader's. Only countries with a single zone are listed, so the look-up never guesses between
zones; a story about Chile's Easter Island or Spain's Canaries keeps the reader's zone.
"""

from __future__ import annotations

import re

_ZONES = {
    "afghanistan": "Asia/Kabul", "albania": "Europe/Tirane", "algeria": "Africa/Algiers",
    "armenia": "Asia/Yerevan", "austria": "Europe/Vienna", "azerbaijan": "Asia/Baku",
    "bangladesh": "Asia/Dhaka", "bhutan": "Asia/Thimphu", "bolivia": "America/La_Paz",
    "bosnia": "Europe/Sarajevo", "bulgaria": "Europe/Sofia", "china": "Asia/Shanghai",
    "colombia": "America/Bogota", "costa rica": "America/Costa_Rica", "croatia": "Europe/Zagreb",
    "cuba": "America/Havana", "cyprus": "Asia/Nicosia", "dominican republic": "America/Santo_Domingo",
    "el salvador": "America/El_Salvador", "fiji": "Pacific/Fiji", "france": "Europe/Paris",
    "germany": "Europe/Berlin", "greece": "Europe/Athens", "guatemala": "America/Guatemala",
    "haiti": "America/Port-au-Prince", "honduras": "America/Tegucigalpa", "iceland": "Atlantic/Reykjavik",
    "india": "Asia/Kolkata", "iran": "Asia/Tehran", "iraq": "Asia/Baghdad", "israel": "Asia/Jerusalem",
    "italy": "Europe/Rome", "jamaica": "America/Jamaica", "japan": "Asia/Tokyo", "jordan": "Asia/Amman",
    "kyrgyzstan": "Asia/Bishkek", "lebanon": "Asia/Beirut", "montenegro": "Europe/Podgorica",
    "morocco": "Africa/Casablanca", "myanmar": "Asia/Yangon", "nepal": "Asia/Kathmandu",
    "nicaragua": "America/Managua", "north macedonia": "Europe/Skopje", "pakistan": "Asia/Karachi",
    "panama": "America/Panama", "papua new guinea": "Pacific/Port_Moresby", "peru": "America/Lima",
    "philippines": "Asia/Manila", "puerto rico": "America/Puerto_Rico", "romania": "Europe/Bucharest",
    "serbia": "Europe/Belgrade", "slovenia": "Europe/Ljubljana", "south korea": "Asia/Seoul",
    "switzerland": "Europe/Zurich", "syria": "Asia/Damascus", "taiwan": "Asia/Taipei",
    "tajikistan": "Asia/Dushanbe", "tonga": "Pacific/Tongatapu", "turkey": "Europe/Istanbul",
    "türkiye": "Europe/Istanbul", "turkiye": "Europe/Istanbul", "vanuatu": "Pacific/Efate",
    "venezuela": "America/Caracas",
}


def _trie(names: list[str]) -> str:
    """``names`` as one alternation grouped by first letter: "a(?:lbania|lgeria)|b(?:…)|…".

    The engine tries a plain alternation name by name at every word start; grouped, it tries one
    first letter and then only the few names that begin with it. Each group keeps the names
    longest first, as the plain alternation had them, and names with different first letters
    cannot match at the same place: both alternations match the same.
    """
    by_first: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        by_first.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(re.escape(c) + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0]) for c, rest in by_first.items())


#: A country name as a word. The lookahead on the first letters makes the engine leave at once the
#: word boundaries (most of them ends of words) where no name can start.
_COUNTRY = re.compile(rf"\b(?=[{''.join(sorted({n[0] for n in _ZONES}))}])({_trie(list(_ZONES))})\b", re.I)


_NEIGHBOUR_BEFORE = re.compile(r"(?i)\b(?:border\s+with|borders?|bordering)\s+(?:the\s+)?$")


def country_zone(*texts: str | None) -> str | None:
    """The zone of the one single-zone country the first text naming any names, else ``None``."""
    for text in texts:
        if not text:
            continue
        # "near the border with Iran": a neighbour named for where the quake is not
        found = {_ZONES[m.group(1).lower()] for m in _COUNTRY.finditer(text)
                 if not _NEIGHBOUR_BEFORE.search(text, max(0, m.start() - 24), m.start())}
        if found:
            return found.pop() if len(found) == 1 else None
    return None
