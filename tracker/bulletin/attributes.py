"""Attributes a sentence states about a quake: depth, coordinates and place."""

from __future__ import annotations

import re

from tracker.bulletin import patterns as P
from tracker.bulletin.drafts import _PLACE_RANK, Draft
from tracker.bulletin.numbers import decimal_value, word_value

#: One look-up per depth pattern, in the order of :data:`patterns.DEPTH`: each runs only if its words are there.
_HINT_DEPTHS = (
    re.compile(r"(?i)depth|kedalaman|kedlmn|profundi|profondi|profondeur|tiefe|derinlik"),
    re.compile(r"(?i)\bdeep\b|below|beneath|underground"),
    re.compile(r"(?i)hypocent"),
    re.compile(r"(?i)(?:kms?|kilomet\w*|miles?|mi)\)?\s+(?:depth|deep)\b"),
    re.compile(r"(?im)\d[ \t]*km[ \t]*$"),
    re.compile(r"(?i)focus|hypocent"),
    re.compile(r"(?<![\w.])M[ \t]?\d\.\d"),
    re.compile(r"(?i)depth"),
    re.compile(r"(?i)\bdeep\b"),
)


#: The same hints as plain patterns on the folded text (patterns.folded): where one finds nothing,
#: its hint cannot match either, and these run several times faster.
_GATE_DEPTHS = (
    re.compile(r"depth|kedalaman|kedlmn|profundi|profondi|profondeur|tiefe|derinlik"),
    re.compile(r"deep|below|beneath|underground"),
    re.compile(r"hypocent"),
    re.compile(r"(?:kms?|kilomet\w*|miles?|mi)\)?\s+(?:depth|deep)"),
    re.compile(r"\d[ \t]*km"),
    re.compile(r"focus|hypocent"),
    re.compile(r"m[ \t]?\d\.\d"),
    re.compile(r"depth"),
    re.compile(r"deep"),
)
#: Every one of :data:`_GATE_DEPTHS` in one scan (the "km depth" gate holds "depth" or "deep"): most
#: sentences have none of them, and one search proves it instead of eight. (A first-character gate: its
#: digit alternatives would otherwise have the engine try every alternative at every position.)
_GATE_ANY_DEPTH = P.first_char_gate(
    r"\ddkptbuhfm",
    r"depth|kedalaman|kedlmn|profundi|profondi|profondeur|tiefe|derinlik|deep|below|beneath|underground|hypocent|focus"
    r"|\d[ \t]*km|m[ \t]?\d\.\d",
)
_NO_DEPTH_HINTS = [False] * len(_GATE_DEPTHS)
#: Each of :data:`_GATE_DEPTHS` that is only one or two words, as those words (else None): two ``in``
#: checks cost less than a regex call, more words more than one.
_GATE_DEPTH_WORDS = tuple(tuple(g.pattern.split("|")) if re.fullmatch(r"[a-z]+(?:\|[a-z]+)?", g.pattern) else None
                          for g in _GATE_DEPTHS)


_COAST_OF = re.compile(r"(?i)\b(?:coast|shore)s?\s+of\b")
_ROW_M = re.compile(r"M[ \t]?\d\.\d")
_HINT_COORDS = re.compile(r"\d\s*°?\s*(?:[NS]\b|LU\b|LS\b|(?i:north|south))")


# --- place look-ups, compiled once (re's own cache costs a look-up a call)
_FIELD_LABEL = re.compile(r"^\W*(?:location|region|epicent(?:er|re)|place|area|lokasi|lok)\b\s*[=:]?\s*", re.I)
_LEAD_PREP = re.compile(r"^(?:in|near|on|off|beneath|under|close\s+to|outside|offshore)\s+")
_POSSESSIVE_END = re.compile(r"['’]s$")
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_DEGREES = re.compile(r"[-+]?\d{1,3}(?:\.\d+)?\s*°")
#: "within 1000 km of the earthquake epicenter": a radius, not a place.
#: "within 1000 km of the earthquake epicenter", "100 km east of the İzmit epicentre", "35 km west of the
#: Landers rupture": measured from another quake, not a place.
_NEAR_ADJ = re.compile(r"(?i)^(?:neighbou?ring|nearby|adjacent)\s+")
#: Words before a distance that make it a reach, not where a quake was: "within 200 km of Delhi".
_RADIUS_BEFORE = re.compile(r"(?i)\b(?:within|up\s+to|as\s+far\s+(?:away\s+)?as|beyond|more\s+than)\s+(?:some\s+|about\s+)?$")
_OF_THE_QUAKE = re.compile(
    r"(?i)\b(?:of|from)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:earthquake|quake|epicent|hypocent|rupture|main\s?shock|fault)")
#: Words without which COORDS_WORDS, the latitude/longitude patterns and ADJ_PLACE cannot match.
_COORDS_WORDS_LOOK = ("degree", "°")
_LATLON_LOOK = ("lat", "lon")
_ADJ_PLACE_LOOK = ("quake", "tremor", "swarm", "sequence")
#: A line of the sentence that starts with "m" (a list title "M 3.2 - Crete" can follow a line break).
_LINE_STARTS_M = re.compile(r"(?m)^[ \t]*m")
_QUAKE_PART_NEXT = re.compile(r"(?i)\s*(?:epicent|hypocent|rupture|fault|earthquake|quake|main\s?shock)")
_PLACE_VERB = re.compile(r"(?:hit|struck|jolted|rocked|shook|rattled|destroyed|devastated|levelled|leveled|flattened)\s+")
_PLACE_LEAD = re.compile(
    r"^(?:in|near|on|off|beneath|below|between|under|close\s+to|outside|offshore|(?:located|centred|centered)\s+at|"
    r"hit|struck|jolted|rocked|shook|rattled|"
    r"(?:destroyed|devastated|levelled|leveled|flattened)(?:\s+(?:much|most|parts?|large\s+parts)\s+of)?)\s+")
_INTENSITY_SCALE_BEFORE = re.compile(r"(?i)\b(?:intensity|shindo)\b[^.;,]{0,60}$")
_COMMA_GAP = re.compile(r",?\s{1,3}")
#: Where a :data:`patterns.PREP_PLACE` match can start, in the folded text (patterns.gated_finditer): one
#: of its lead words at the start of a word. PREP_PLACE is case-sensitive and begins with ``\b`` and
#: look-behinds, so the engine would try it at every position. ``(?<![a-z0-9_])`` holds wherever the
#: pattern's ``\b`` does before a letter (only word characters lower-case to ``[a-z0-9_]``), and every
#: lead word but a bearing ("north-east of") is followed by a space.
_PREP_PLACE_STARTS = P.first_char_gate(
    "inobucsewlhjrdf",
    r"(?<![a-z0-9_])(?:(?:in|near|on|off|beneath|below|under|close|outside|offshore|between|located|centred|centered"
    r"|hit|struck|jolted|rocked|shook|rattled|destroyed|devastated|levelled|leveled|flattened)\s|north|south|east|west)",
)
_TOWN_OF = re.compile(r"\bthe\s+(?:\w+\s+)?(?:town|city|village|district|county|municipality|island)\s+of\s")


def _depth_km(m: re.Match[str]) -> float | None:
    g = m.groupdict()
    d, u, d2, u2 = g.get("d"), g.get("u"), g.get("d2"), g.get("u2")
    pairs = [(d, u), (d2, u2)] if d2 else [(d, u)]
    # where both units are written, the kilometres are the source figure
    for num, unit in sorted(pairs, key=lambda x: 0 if x[1] and x[1].lower().startswith("k") else 1):
        if num is None:
            continue
        v = decimal_value(num) if num[0].isdigit() else (float(word_value(num)) if word_value(num) is not None else None)
        if v is None:
            continue
        if unit.lower().startswith("mi"):
            v = round(v * 1.609344, 1)
        if 0 <= v <= 800:
            return v
    return None


def _clean_place(s: str) -> str | None:
    s = _FIELD_LABEL.sub("", s.strip())
    s = _LEAD_PREP.sub("", s)
    s = _NEAR_ADJ.sub("", s)  # "in neighboring Badghis province": the province is the place
    s = s.strip(" ,;:.-–")
    s = _POSSESSIVE_END.sub("", s)  # "Taiwan's east coast": the place is Taiwan
    if len(s) < 2 or not _TWO_LETTERS.search(s):
        return None
    return s[:160]


_COLUMN_GAP = re.compile(r"[ \t]{2,}|\t|[ \t][-–|][ \t]")
_ROW_MAG_PREFIX = re.compile(r"^.*?(?<![\w.])M[ \t]?\d\.\d{1,2},?[ \t]*")


def _row_place(text: str, line_start: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The place column of a catalogue row: its first column of words ("Kermadec Islands", "Crete, Greece")."""
    end = text.find("\n", line_start)
    end = len(text) if end < 0 else end
    if end - line_start > 200 or len(_COLUMN_GAP.findall(text, line_start, end)) < 2:
        return None  # prose, not a row of columns
    a = line_start
    for gap in [*_COLUMN_GAP.finditer(text, line_start, end), None]:
        b = gap.start() if gap is not None else end
        col = text[a:b]
        head = _ROW_MAG_PREFIX.match(col)
        off = head.end() if head else 0
        words = col[off:].strip()
        if lo <= a + off and b <= hi and re.fullmatch(r"(?:(?:(?:north|south)-?(?:east|west)?|east|west)ern\s+|central\s+)?[A-ZÀ-Ý][^\W\d][\w ,.'’()/-]{1,60}", words) \
                and len(re.findall(r"[A-Za-zÀ-ÿ]", words)) >= 3 and not re.fullmatch(r"(?i)UTC|GMT|km|local(?:\s+time)?", words) \
                and not P.NOT_PLACE.match(words):
            start = a + off + (len(col[off:]) - len(col[off:].lstrip()))
            return start, start + len(words)
        if gap is None:
            break
        a = gap.end()
    return None


#: For each DEPTH pattern that begins with a word, a start gate on the folded text: the words it
#: begins with ("focal", "hypocentral", "shallow" or a depth word for the first), so the engine tries
#: the case-blind pattern at those words only (patterns.gated_finditer). None: tried everywhere.
#: (The depth hints' gates for those that begin with their own word; the first also begins one word earlier.)
_DEPTH_STARTS: tuple[re.Pattern[str] | None, ...] = (
    re.compile(rf"focal|hypocent|shallow|{_GATE_DEPTHS[0].pattern}"), None, _GATE_DEPTHS[2], None, None, _GATE_DEPTHS[5], None,
    _GATE_DEPTHS[7], _GATE_DEPTHS[8],
)


class _Attributes:
    """Depth, coordinate and place finding, mixed into the pass."""

    # --- attributes ------------------------------------------------------------------------------------
    def _attributes(self, lo: int, hi: int, places: bool = True) -> list[tuple[str, int, int, object]]:
        text = self.text
        out: list[tuple[str, int, int, object]] = []
        taken: list[tuple[int, int]] = []
        fold = self._fold
        if fold is not None and _GATE_ANY_DEPTH.search(fold, lo, hi) is None:
            hints = _NO_DEPTH_HINTS
        elif fold is None:
            hints = [h.search(text, lo, hi) is not None for h in _HINT_DEPTHS]
        else:
            # the gates that are plain words are asked as substrings of the sentence (one cut, no regex
            # call each); each hint runs only where its gate found something
            seg = fold[lo:hi]
            hints = [(P.holds_any(seg, words) if words else gate.search(fold, lo, hi) is not None)
                     and h.search(text, lo, hi) is not None
                     for h, gate, words in zip(_HINT_DEPTHS, _GATE_DEPTHS, _GATE_DEPTH_WORDS, strict=True)]
        for m in (m for pat, hint, start in zip(P.DEPTH, hints, _DEPTH_STARTS, strict=True) if hint
                  for m in (pat.finditer(text, lo, hi) if start is None else P.gated_finditer(pat, start, text, fold, lo, hi))):
            km = _depth_km(m)
            if km is not None and not any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                out.append(("depth", m.start(), m.end(), km))
                taken.append((m.start(), m.end()))
        low = self._low
        has_digit = any(map(str.isdigit, low))
        for m in P.COORDS.finditer(text, lo, hi) if has_digit and _HINT_COORDS.search(text, lo, hi) else ():
            lat, lon = decimal_value(m.group("lat")), decimal_value(m.group("lon"))
            if lat is None or lon is None or lat > 90 or lon > 180:
                continue
            if m.group("ns").upper() in ("S", "LS", "SOUTH"):
                lat = -lat
            if m.group("ew").upper() in ("W", "BB", "WEST"):
                lon = -lon
            out.append(("coords", m.start(), m.end(), (lat, lon)))
            taken.append((m.start(), m.end()))
        for m in P.COORDS_WORDS.finditer(text, lo, hi) if any(w in low for w in _COORDS_WORDS_LOOK) else ():
            lat, lon = float(m.group("lat")), float(m.group("lon"))
            if lat <= 90 and lon <= 180:
                lat = -lat if m.group("ns").lower() == "south" else lat
                lon = -lon if m.group("ew").lower() == "west" else lon
                out.append(("coords", m.start(), m.end(), (lat, lon)))
                taken.append((m.start(), m.end()))
        has_lat = any(w in low for w in _LATLON_LOOK) and has_digit
        signed = [*P.COORDS_SIGNED.finditer(text, lo, hi), *P.LATLON_PAIR.finditer(text, lo, hi)] if has_lat else []
        lat_f, lon_f = (None, None) if signed or not has_lat else (P.LAT_FIELD.search(text, lo, hi), P.LON_FIELD.search(text, lo, hi))
        for m, kind in ((lat_f, "lat"), (lon_f, "lon")):
            if m is not None:
                v = float(m.group("v").replace(",", "."))
                v = -v if (m.group("h") or "").upper() in ("S", "W") else v
                if abs(v) <= (90 if kind == "lat" else 180):
                    out.append((kind, m.start(), m.end(), v))
        for m in signed:
            lat, lon = float(m.group("lat")), float(m.group("lon"))
            lat = -abs(lat) if (m.group("ns") or "").upper() == "S" else lat
            lon = -abs(lon) if (m.group("ew") or "").upper() == "W" else lon
            if abs(lat) <= 90 and abs(lon) <= 180:
                out.append(("coords", m.start(), m.end(), (lat, lon)))
        for m in P.LIST_TITLE_PLACE.finditer(text, lo, hi) if _LINE_STARTS_M.search(low) else ():
            out.append(("place_field", m.start("p"), m.end("p"), m.group("p").strip()))
            taken.append((m.start(), m.end()))
        # the sentence's own line, if it starts near (a catalogue row is short; a text of one long line
        # must not be scanned back to its start for every sentence)
        line_start = text.rfind("\n", max(0, lo - 2000), lo) + 1
        if line_start == 0 and lo > 2000:
            nl = text.find("\n", lo, hi)
            line_start = nl + 1 if nl >= 0 else hi
        while 0 <= line_start < hi and has_digit:
            # a row names its "M 5.2" within its first 200 characters: look for that first
            if _ROW_M.search(text, line_start, line_start + 210) and P.CATALOGUE_ROW.match(text, line_start):
                col = _row_place(text, line_start, lo, hi)
                if col is not None:
                    out.append(("place_field", col[0], col[1], text[col[0]:col[1]]))
                    taken.append(col)
            nl = text.find("\n", line_start, hi)
            line_start = nl + 1 if nl >= 0 else -1
        for m in P.HEADLINE_PLACE.finditer(text, lo, hi):
            if not P.NOT_PLACE.match(m.group("p")):
                out.append(("place_field", m.start("p"), m.end("p"), m.group("p").strip()))
                taken.append((m.start(), m.end()))
        for m in P.PLACE_FIELD.finditer(text, lo, hi):
            place = _clean_place(m.group("p"))
            if place and _DEGREES.match(place):
                continue  # "Location: 37.85°N 36.78°E": coordinates, read as such, not a place name
            if place:
                out.append(("place_field", m.start(), m.end(), place))
                taken.append((m.start(), m.end()))
        for m in P.ADJ_PLACE.finditer(text, lo, hi) if any(w in low for w in _ADJ_PLACE_LOOK) else ():
            place = m.group("p")
            if not P.NOT_PLACE.match(place) and not any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                out.append(("place_adj", m.start("p"), m.end("p"), place))
                taken.append((m.start("p"), m.end("p")))
        for m in P.DISTANCE_PLACE.finditer(text, lo, hi) if has_digit and ("km" in low or "kilomet" in low or "mile" in low or "mi " in low) else ():
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            if _OF_THE_QUAKE.search(m.group(0)) or _QUAKE_PART_NEXT.match(text, m.end(), min(hi, m.end() + 24)):
                continue  # "within 1000 km of the earthquake epicenter": a radius, not a place
            if _RADIUS_BEFORE.search(text, max(lo, m.start() - 24), m.start()):
                continue  # "14 earthquakes … within 200 km of Delhi", "felt as far as 300 km from": a reach
            place = _clean_place(m.group(0))
            if place:
                out.append(("place_dist", m.start(), m.end(), place))
                taken.append((m.start(), m.end()))
        sp = P.SUBJECT_PLACE.match(text, lo, hi) if places and ("by" in low or "epicent" in low) else None
        if sp is not None and not P.NOT_PLACE.match(sp.group("p")):
            place = _clean_place(sp.group("p"))
            if place:
                out.append(("place", sp.start("p"), sp.end("p"), place))
                taken.append((sp.start("p"), sp.end("p")))
        for m in P.gated_finditer(P.PREP_PLACE, _PREP_PLACE_STARTS, text, fold, lo, hi) if places else ():
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            verb = _PLACE_VERB.match(m.group(0))
            words = _PLACE_LEAD.sub("", m.group(0))
            if P.NOT_PLACE.match(words):
                continue
            if _INTENSITY_SCALE_BEFORE.search(text[max(lo, m.start() - 80):m.start()]):
                continue  # "lower 6 on the intensity scale in the city of Suzu": where it was measured
            place = _clean_place(words)
            prev = out[-1] if out else None
            if place and prev is not None and prev[0] in _PLACE_RANK and m.group(0).startswith("in ") \
                    and _COMMA_GAP.fullmatch(text[prev[2]:m.start()]):
                # "Malatya in eastern Turkey": the region narrows nothing, it completes the place before it
                out[-1] = (prev[0], prev[1], m.end(), f"{prev[3]}, {place}")
                continue
            if place:
                # "off the southern coast of the island of Crete" is a stretch of coast, however it is
                # named: a later "32 km south of Ierapetra" says where on it
                specific = _TOWN_OF.search(m.group(0)) and not _COAST_OF.search(m.group(0))
                out.append(("place_dist" if specific else "place_verb" if verb else "place", m.start(), m.end(), place))
        out.sort(key=lambda x: x[1])
        return out

    def _set_attr(self, d: Draft, kind: str, value: object, span: tuple[int, int]) -> None:
        if kind == "depth" and d.depth_km is None:
            d.depth_km = value  # type: ignore[assignment]
        elif kind in _PLACE_RANK and (d.place is None or _PLACE_RANK[kind] > d.place_rank or (
                # "… in South Australia felt a magnitude 3.1 earthquake near Mount Barker": of two places
                # as good, the one told after the quake is its own
                _PLACE_RANK[kind] == d.place_rank and d.place_pos < d.pos < span[0])):
            d.place = value  # type: ignore[assignment]
            d.place_rank = _PLACE_RANK[kind]
            d.place_pos = span[0]
        elif kind == "coords" and d.lat is None:
            d.lat, d.lon = value  # type: ignore[misc]
        elif kind == "lat" and d.lat is None:
            d.lat = value  # type: ignore[assignment]
        elif kind == "lon" and d.lon is None:
            d.lon = value  # type: ignore[assignment]
        else:
            return
        d.extra_spans.append(span)
