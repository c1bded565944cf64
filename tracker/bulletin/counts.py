"""Tallies: counts of quakes as a group ("110 aftershocks", "six magnitude 5 to 6 quakes").

Read first in every sentence, so the magnitudes that bound a count never become quakes of their
own. A count that introduces quakes described one by one becomes a group, not a tally.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tracker.bulletin import patterns as P
from tracker.bulletin.drafts import _ORDINALS, _clause_tail, _Group
from tracker.bulletin.numbers import DIGIT_COUNT, WORD_NUMBER, count_value, decimal_value, word_value
from tracker.bulletin.segment import Span
from tracker.bulletin.timex import find_pieces
from tracker.model import Tally

_MID_STOP = re.compile(
    r"^(?:of|from|by|in|at|on|the|a|an|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*|people|residents|deaths|dead|injured|homes|houses|buildings|years?|"
    r"days?|hours?|minutes?|km|kilomet\w*|miles?|percent|%|[-–—,()\"“”]+|earthquakes?|quakes?|aftershocks?|tremors?)$",
    re.I,
)


#: Values listed later in a count's clause: "… on Tuesday morning, measuring 5.0, 5.4 and 4.7".
_LISTED_LATER = re.compile(
    rf"\b(?:measuring|of\s+magnitudes?|with\s+magnitudes?\s+(?:of\s+)?)\s+"
    rf"((?:{P.MAG_NUM}\s*,\s*)*{P.MAG_NUM},?\s+and\s+{P.MAG_NUM})",
    re.I,
)
#: A count told after its noun: "… numbered 19", "… totalled 212", "… stood at 1,284".
_COUNT_AFTER = re.compile(
    rf"(?:[^.;!?]|\.\d){{0,60}}?\b(?P<verb>numbered|totall?ed|stood\s+at|rose\s+to|climbed\s+to|reached)\s+"
    rf"(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?P<c>{DIGIT_COUNT}|{WORD_NUMBER})\b"
    r"(?![.,]\d)(?!\s*(?:%|percent|km|kilomet|miles|people|deaths|dead|injured|homes|houses|buildings|years?|magnitude))",
    re.I,
)
#: A bare count after a tally in the same sentence, its noun left out ("…, 86 on Jan. 2 and 40 on Jan. 3").
_ELIDED = re.compile(
    rf"(?:,|;|\band\b)[ \t]+(?:(?:and|but|with|while)[ \t]+)?(?P<c>{DIGIT_COUNT}|{WORD_NUMBER})(?![.,]?\d)[ \t]+"
    r"(?:more[ \t]+)?(?:on|during|came|were|occurred|struck|followed|happened|took[ \t]+place)\b(?![ \t]+(?:the[ \t]+)?(?:Richter|scale))",
    re.I,
)

_COUNT_TOKEN = re.compile(rf"^(?:{DIGIT_COUNT}|{WORD_NUMBER})\+?$", re.I)


def _near_before(pat: re.Pattern[str], hint: re.Pattern[str], gate: re.Pattern[str], text: str, low: str | None,
                 lo: int, hi: int, reach: int = 70) -> list[re.Match[str]]:
    """Matches of ``pat`` that start at most ``reach`` characters before a ``hint`` match (``gate`` its gate).

    Count patterns start with a number that may be a word, which the regex engine would try at
    every position; looking only just before their trigger words, and there only where
    :data:`patterns.COUNT_GATE` finds a number (``low`` is the folded text), keeps the pass fast.
    No trigger word starts inside a number, so a count that starts before one ends before it: the
    count gate's scan of the window is all the number check needed (a separate
    :func:`patterns.has_number` look first costs more than it spares).
    """
    out: list[re.Match[str]] = []
    last_end = lo
    count_gate = P.COUNT_GATE
    for h in P.gated_finditer(hint, gate, text, low, lo, hi):
        start = h.start()
        a = max(last_end, start - reach)
        end = min(hi, h.end() + 40)
        if low is None:
            for m in pat.finditer(text, a, end):
                if m.start() > start:
                    break  # the rest start later still
                out.append(m)  # (matches do not overlap and start at or after a >= last_end)
                last_end = m.end()
            continue
        # patterns.gated_finditer, inlined to stop at the first gate hit past the trigger word: a count
        # starting there is not before it, and the hits further on would each cost a failed match
        at = a
        while (g := count_gate.search(low, at, end)) is not None and g.start() <= start:
            m = pat.match(text, g.start(), end)
            if m is None:
                at = g.start() + 1
                continue
            out.append(m)
            at = last_end = m.end()
    return out


def _MID_TOKEN_OK(t: str) -> bool:
    return not (_MID_STOP.match(t.lower().rstrip(",")) or _COUNT_TOKEN.match(t.lower().rstrip(",")) or t.endswith(","))


def _count_before(text: str, lo: int, hi: int) -> tuple[int, int, bool] | None:
    """The count that heads a plural quake noun ending at ``hi``: (start, end, has "+").

    Reads up to eight words back. Between the count and the noun only adjectives and one
    magnitude phrase may stand ("six magnitude 5 to 6 quakes", "631 M3+ earthquakes"); the
    leftmost such count wins, so "April 24 - Two strong aftershocks" counts two, not 24.
    """
    toks = [(m.start() + lo, m.end() + lo, m.group()) for m in _NON_SPACE.finditer(text[lo:hi])][-8:]
    best = None
    for j in range(len(toks) - 1, -1, -1):
        a, _b, tok = toks[j]
        core = tok.rstrip(",")
        if core.lower() == "dozen" and j > 0 and word_value(f"{toks[j - 1][2]} dozen") is not None:
            # "a dozen", "three dozen": two words, one count
            j -= 1
            a, core = toks[j][0], f"{toks[j][2]} dozen"
            if not all(_MID_TOKEN_OK(t[2]) for t in toks[j + 2:]):
                continue
            return a, a + len(text[a:toks[j + 1][1]]), False
        if not _COUNT_TOKEN.match(core) or tok.endswith(",") or _LEADING_ZERO.match(core):
            continue
        if j > 0 and _MAGNITUDE_OR_BETWEEN.match(toks[j - 1][2]):
            continue
        if j > 1 and core[0].isdigit() and _RANGE_WORD.match(toks[j - 1][2]) and _ANY_DIGIT.search(toks[j - 2][2]):
            continue
        if j > 0 and _DETERMINER.match(toks[j - 1][2]) and not (
                j > 1 and toks[j - 1][2].lower() == "the" and toks[j - 2][2] == "Of"):
            continue
        if a > lo and text[a - 1] in ".,-" and a - 2 >= 0 and text[a - 2].isdigit():
            continue
        in_mag = False
        ok = True
        for _, _, t in toks[j + 1:]:
            low = t.lower().rstrip(",")
            if _MAGNITUDE_TOKEN.match(low):
                in_mag = True
                continue
            if in_mag:
                continue
            if _MID_STOP.match(low) or _COUNT_TOKEN.match(low) or t.endswith(","):
                ok = False
                break
        if ok:
            best = (a, a + len(core.rstrip("+")), core.endswith("+"))
    return best


def _bounds(s: str, where: str = "after") -> tuple[float | None, float | None, tuple[int, int, str] | None]:
    """The magnitude bounds stated first in ``s`` (patterns in :data:`patterns.BOUNDS` order break ties)."""
    if _ASCII_DIGIT.search(s) is None:
        return None, None, None  # every bound pattern holds a value
    best: tuple[int, int, float | None, float | None, int] | None = None
    low = P.folded(s)
    for order, (pat, look) in enumerate(zip(P.BOUNDS, _BOUND_LOOK_GATES, strict=True)):
        if low is not None and look is not None and look.search(low) is None:
            continue
        m = pat.search(s)
        if not m:
            continue
        gd = m.groupdict()
        lo = decimal_value(gd["lo"]) if gd.get("lo") else None
        hi = decimal_value(gd["hi"]) if gd.get("hi") else None
        if (lo is not None and lo >= 10) or (hi is not None and hi >= 10):
            continue
        if (lo is None) != (hi is None) and _NONE_BEFORE.search(s, max(0, m.start() - 24), m.start()):
            lo, hi = hi, lo  # "none above magnitude 3": every one of them is at most 3
        if best is None or m.start() < best[0]:
            best = (m.start(), m.end(), lo, hi, order)
    if best is None:
        return None, None, None
    return best[2], best[3], (best[0], best[1], where)


_NUMBERED_HEADING = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*)?[ \t]*")
_OF_THE_LOOK = re.compile(r"\sof\s+the\s")
#: The word "felt": where FELT_COUNT can match, and what makes a count's own words say its quakes were felt.
_HINT_FELT = re.compile(r"(?i)\bfelt\b")
_ASCII_DIGIT = re.compile(r"[0-9]")


_HINT_BOUND = re.compile(r"(?i)magnitud|\bM\s?\d|above|over|greater|exceed|least|between|below|less|under|smaller|lower|weaker"
                         r"|larger|bigger|stronger|higher|topped|surpassed")
#: Gates (patterns.gated_finditer): plain patterns on the folded text that start where these can.
#: (_GATE_BOUND's words are grouped by first letter: the engine tries each alternative at every candidate
#: position, so fewer of them cost less; the positions it matches at are the same.)
_GATE_BOUND = re.compile(r"m(?:agnitud|\s?\d)|above|over|greater|exceed|l(?:east|ess|ower|arger)|b(?:etween|elow|igger)|under"
                         r"|s(?:maller|tronger|urpassed)|weaker|higher|topped")
_GATE_FELT = re.compile(r"felt")


#: "Total recorded aftershocks: 3,452", "Felt aftershocks: 92": counts as fields of an agency update.
FIELD_COUNT = re.compile(
    rf"(?im)^[ \t*•\-]*(?P<label>(?:total\s+)?(?:number\s+of\s+)?(?:recorded\s+|(?P<felt>felt)\s+|plotted\s+)?"
    rf"(?P<noun>aftershocks|earthquakes|quakes|tremors)(?:\s+recorded)?)[ \t]*[:=][ \t]*(?P<c>{DIGIT_COUNT})[ \t]*$"
)
RANGE_FIELD = re.compile(
    rf"(?im)^[ \t*•\-]*magnitude\s+range[ \t]*[:=][ \t]*(?P<lo>{P.MAG_NUM})[ \t]*(?:-|–|to)[ \t]*(?P<hi>{P.MAG_NUM})"
)

# --- look-ups of the count readers, compiled once (re's own cache costs a look-up a call)
_NON_SPACE = re.compile(r"\S+")
_LEADING_ZERO = re.compile(r"0\d")
_ANY_DIGIT = re.compile(r"\d")
_MAGNITUDE_OR_BETWEEN = re.compile(r"(?i)^(?:magnitudes?|M|between)$")
_RANGE_WORD = re.compile(r"(?i)^(?:to|and|or|-|–)$")
_DETERMINER = re.compile(r"(?i)^(?:the|these|those|both|such|first|last|next|past|another)$")
_MAGNITUDE_TOKEN = re.compile(r"(?i)^(?:magnitudes?|m\d.*|mw.*|ml.*)$")
_AFTERSHOCK_WORD = re.compile(r"\baftershocks?\b", re.I)
_QUAKES_PLURAL = re.compile(r"(?i)quakes|aftershocks|tremors|temblors")
_AFTER_PREFIX = re.compile(r"after", re.I)
#: "… aftershocks that may follow": a count of quakes that have not happened.
_MODAL_AFTER = re.compile(r"^[^.;]{0,40}\b(?:may|could|might|would|will)\b")
_DOZENS_OF = re.compile(r"\b(?:dozens|hundreds|thousands)\s+of\s+$")
_INTENSITY_BEFORE = re.compile(r"(?i)\b(?:upper|lower|intensity|level|shindo|scale|category)\s+$")
#: "40,000 earthquakes a year", "4,000 earthquakes in Canada in a typical year": a rate, not a count.
_RATE_AFTER = re.compile(
    r"(?i)(?:\s+(?:of\s+)?(?:magnitude\s+|M\s?)\d(?:\.\d)?(?:\s+(?:or|and)\s+(?:greater|larger|higher|above|more|bigger|stronger))?)?"
    r"(?:\s+(?:in|across|around|on|throughout)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s+"
    r"(?:(?:a|per|each|every|an)\s+(?:year|day|month|week|hour|minute)\b|annually\b|on\s+average\b"
    r"|(?:in|during)\s+(?:a|an)\s+(?:typical|average|normal|ordinary|given|usual)\s+(?:year|month|week|day)\b)")
_LIST_OR_TABLE = re.compile(r"(?i)\b(?:list|table)\s+(?:shows|contains|includes|has)\b|\b(?:listed|shown)\s+below\b")
#: A running count told without its noun: "By Tuesday morning the count had reached 58", "the number of
#: aftershocks rose to 300". The noun, if left out, is that of the tally told just before.
_COUNT_REACHED = re.compile(
    r"\bthe\s+(?:(?P<adj>aftershock|quake|earthquake|tremor)\s+)?(?:count|tally|total|number(?:\s+of\s+(?P<noun>aftershocks|"
    r"earthquakes|quakes|tremors))?)\s+(?:had\s+|has\s+|have\s+)?(?:reached|risen\s+to|rose\s+to|climbed\s+to|grown\s+to|"
    r"grew\s+to|increased\s+to|stood\s+at|stands\s+at|topped)\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?"
    rf"(?P<c>{DIGIT_COUNT}|{WORD_NUMBER})\b(?![.,]?\d|\s*(?:%|percent|people|dead|deaths|injured|houses|homes|buildings))",
    re.I,
)
#: What every _COUNT_REACHED match holds (lower-cased).
_COUNT_REACHED_LOOK = ("count", "tally", "total", "number")
_COUNT_REACHED_GATE = P.rare_gate(_COUNT_REACHED_LOOK)
#: patterns.BOUND_LOOKS as rare-letter gates (one search each, where any() over the words makes a generator).
_BOUND_LOOK_GATES = tuple(None if look is None else P.rare_gate(look) for look in P.BOUND_LOOKS)
_OF_THEM = re.compile(r"(?i)\bof\s+(?:them|these|those)\b")
#: A bound denied for the whole group: "none above magnitude 3", "none of them over 4", "not one larger than".
_NONE_BEFORE = re.compile(r"(?i)\b(?:none|not\s+one|no\s+one)(?:\s+of\s+(?:them|these|those))?\s+(?:was\s+|were\s+)?$")
#: A clock restated in another zone, in brackets: "(0600GMT)", "(06:00 UTC)", "(1805 GMT Monday)".
_BRACKETED_CLOCK = re.compile(r"(?i)\(\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|Z)(?:\s+[A-Za-z]+day)?\s*\)")
#: Where the clause of a count ends: its bounds and "felt" are read up to here.
_CLAUSE_END = re.compile(
    r"(?<![ap]\.m)[;.!?]\s|,\s+(?:including|while|and\s+\d|with\s+\d|(?!all\s|none\s)\w+\s+of\s+(?:them|those|which)|(?!all\s+of)(?:\w+|\d+)\s+(?:were|was|had|measured)\b)|"
    r"\bincluding\b|\(|\bwhile\b"
)
_DIGIT_OR_MAGNITUDE = re.compile(r"\d|magnitude", re.I)
_INTENSITY_WORD = re.compile(r"intensity|shindo|level|scale", re.I)
#: "Two magnitude 5.7 earthquakes": one exact value in the count's head.
_EXACT_MAGNITUDE = re.compile(rf"(?:magnitude[- ]|M\s?)({P.MAG_NUM})\b|\b({P.MAG_NUM})[- ]magnitude", re.I)
_LIST_AFTER = re.compile(
    rf"^[\s,]*(?:measuring|of\s+(?:(?:moment|local)\s+)?magnitudes?|with\s+magnitudes?\s+(?:of\s+)?|:)\s*{P.MAG_NUM}", re.I)
_COLON_LIST = re.compile(r"^[^.;:]{0,60}(?::|\s[—–]|\s--)\s*(?:one|a|an|the\s+first|first|M\s?\d|magnitude)\b", re.I)
_MAG_NUM_RE = re.compile(P.MAG_NUM)
#: A colon that ends its line, and one entry of the list below it: "1. 14:52 h, Friday 5 September - magnitude 3.8 …".
_COLON_EOL = re.compile(r"[ \t]*:[ \t]*\n(?:[ \t]*\n)?")
_LIST_ENTRY = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•–])[ \t]+[^\n]{3,200}(?:\n|$)")
_COLON_THEN_VALUE = re.compile(r":\s*(?:an?\s+)?(?:M[wLlbs]?\s?|magnitude\s+)\d", re.I)
#: One quake of a list after a colon: "M3.1", "Mw 4.0", "magnitude 3.0".
_LISTED_VALUE = re.compile(r"(?<![\w.])(?:M[wLlbs]?\s?|magnitude\s+)\d(?:[.,]\d)?\b")
_COLON_LEAD = re.compile(r"^\s*:")
#: A line that is only a clock: a live blog's entry time ("18:40", "09.15 local time").
_BARE_CLOCK_LINE = re.compile(r"[ \t]*([01]?\d|2[0-3])[:.]([0-5]\d)[ \t]*(?:local(?:[ \t]+time)?)?[ \t]*\n?")
_AS_OF_LINE = re.compile(r"(?i)\s*(?:as\s+of|as\s+at)\b")
_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|by|until|till|through|up\s+to)\s+(?P<t>[^,;]{2,40})", re.I)
#: "the first", "the second" … "the tenth" in lower-cased text, all found in one scan (matches cannot
#: overlap: no ordinal holds "the"). "the" comes first so the engine skips ahead to it; the look-behind
#: puts back the word boundary before it.
_THE_ORDINAL = re.compile(rf"the(?<=\bthe)\s+({'|'.join(_ORDINALS)})\b")


class _Counts:
    """Tally reading, mixed into the pass; works on ``self.text`` sentence by sentence."""

    # --- tallies ---------------------------------------------------------------------------------------
    def _count_fields(self, para: Span) -> None:
        """Counts written as fields of an agency update, with the update's own time as their as-of."""
        text = self.text
        if ":" not in text[para.start:para.end] and "=" not in text[para.start:para.end]:
            return
        fields = list(FIELD_COUNT.finditer(text, para.start, para.end))
        if not fields:
            return
        rng = RANGE_FIELD.search(text, para.start, para.end)
        first_line_end = text.find("\n", para.start, para.end)
        head = find_pieces(text, self.published, self.tz, para.start, first_line_end if first_line_end > 0 else para.end,
                           self.anchor)
        date = next((p.date for p in head if p.date), None)
        clock = next((p.clock for p in head if p.clock), None)
        as_of = (f"{date.isoformat()}T{clock[0]:02d}:{clock[1]:02d}" if clock else date.isoformat()) if date else None
        for i, m in enumerate(fields):
            n = count_value(m.group("c"))
            if n is None:
                continue
            lo = hi = None
            if rng is not None and i == 0 and not m.group("felt"):
                lo, hi = decimal_value(rng.group("lo")), decimal_value(rng.group("hi"))
            self.tallies.append(Tally(
                count=n, what="aftershocks" if m.group("noun").lower().startswith("after") else "earthquakes",
                mag_min=lo, mag_max=hi, felt=True if m.group("felt") else None,
                as_of_local=as_of if not m.group("felt") else None, evidence=m.group(0).strip(),
                span=(m.start(), m.end())))

    def _tallies_in(self, lo: int, hi: int) -> None:
        text = self.text
        first_new = len(self.tallies)
        # whether the sentence names quakes in the plural: _sentence asks it again, and this loop
        # already visits every PLURAL_QUAKES match of [lo, hi)
        self._plural_in_sentence = False
        for m in P.gated_finditer(P.PLURAL_QUAKES, P.PLURAL_QUAKES_GATE, text, self._fold, lo, hi):
            self._plural_in_sentence = True
            noun_a, noun_b = m.start(), m.end()
            if self._is_consumed(noun_a, noun_b):
                continue
            before = text[max(lo, noun_a - 60):noun_a]
            # every PARTITIVE match holds "of" ("12 of them"), in some case: the look spares the search,
            # which begins with a number word and is tried at every position
            part = P.PARTITIVE.search(before) if "of" in before.lower() else None
            if part:
                self._tally(part.group("c"), max(lo, noun_a - 60) + part.start(), noun_a, noun_b, m.group(0), "", lo, hi, partitive=True)
                continue
            found = _count_before(text, max(lo, noun_a - 90), noun_a)
            if found is None:
                self._count_after(m.group(0), noun_a, noun_b, hi)
                continue
            c_start, c_end, plus = found
            mid = text[c_end:noun_a]
            self._tally(text[c_start:c_end], c_start, noun_a, noun_b, m.group(0), mid, lo, hi, plus=plus)
        for m in _near_before(P.NOUNLESS_COUNT, _HINT_BOUND, _GATE_BOUND, text, self._fold, lo, hi):
            if self._is_consumed(m.start(), m.end()):
                continue
            lo_b, hi_b, bspan = _bounds(text[m.end("lead"):min(hi, m.end("lead") + 40)])
            if bspan is None or bspan[0] > 2 or (lo_b is None and hi_b is None):
                continue
            n = count_value(m.group("c"))
            if n is None or n < 2 or (m.group("c").isdigit() and 1800 <= n <= 2100):
                continue
            context = text[max(0, m.start() - 300):m.end()]
            if not P.PLURAL_QUAKES.search(context) and not _AFTERSHOCK_WORD.search(context):
                continue
            what = "aftershocks" if P.AFTERSHOCKS_PLURAL.search(context) else "earthquakes"
            end = m.end("lead") + bspan[1]
            if self._is_list_count(end, n, what):
                continue  # "Four of them reached magnitude 3.5 or greater:" over four numbered lines
            # "By 7am … 143 aftershocks, 12 of them magnitude 3 or above": the same as-of as its whole, also
            # told in the next sentence ("… has recorded 64 aftershocks. Three of them were M2.5 or larger")
            of_them = _OF_THEM.search(m.group(0)) is not None
            as_of = self._whole_as_of(lo, m.start(), 250 if of_them else 0)
            self.tallies.append(Tally(count=n, what=what, mag_min=lo_b, mag_max=hi_b, as_of_local=as_of,
                                      evidence=text[m.start():end], span=(m.start(), end)))
            self.consumed.append((m.start(), end))
        for m in _near_before(P.FELT_COUNT, _HINT_FELT, _GATE_FELT, text, self._fold, lo, hi):
            if self._is_consumed(m.start(), m.end()):
                continue
            n = count_value(m.group("c"))
            if n is None or n < 2 or (m.group("c").isdigit() and 1800 <= n <= 2100):
                continue
            context = text[max(0, m.start() - 300):m.end()]
            if not _QUAKES_PLURAL.search(context):
                continue
            what = "aftershocks" if P.AFTERSHOCKS_PLURAL.search(context) else "earthquakes"
            as_of = next((t.as_of_local for t in reversed(self.tallies) if t.span and lo <= t.span[0] < m.start()), None)
            self.tallies.append(Tally(count=n, what=what, felt=True, as_of_local=as_of, evidence=m.group(0),
                                      span=(m.start(), m.end())))
            self.consumed.append((m.start(), m.end()))
        for m in P.OF_THE_COUNT.finditer(text, lo, hi) if _OF_THE_LOOK.search(self._low) else ():
            if self._is_consumed(m.start("c"), m.end("c")):
                continue
            n = count_value(m.group("c"))
            if n is None or n < 2:
                continue
            what = "aftershocks" if m.group("noun").lower().startswith("after") else "earthquakes"
            self.tallies.append(Tally(count=n, what=what, evidence=m.group(0), span=(m.start(), m.end())))
            self.consumed.append((m.start("c"), m.end("c")))
        for m in _COUNT_REACHED.finditer(text, lo, hi) if _COUNT_REACHED_GATE.search(self._low) else ():
            self._count_reached(m)
        self._elided_tallies(self.tallies[first_new:], hi)

    def _is_list_count(self, at: int, n: int, what: str) -> bool:
        """Whether a count of ``n`` is followed, after a colon at ``at``, by ``n`` list lines each with a
        magnitude: then the quakes are listed, not counted, and a count of aftershocks gives them that role."""
        colon = _COLON_EOL.match(self.text, at)
        if colon is None or n > 10:
            return False
        start = pos = colon.end()
        for _ in range(n):
            line = _LIST_ENTRY.match(self.text, pos)
            if line is None or not _LISTED_VALUE.search(line.group(0)):
                return False
            pos = line.end()
        if what == "aftershocks":
            self._role_spans.append((start, pos, "aftershock"))
        return True

    def _whole_as_of(self, lo: int, at: int, reach: int) -> str | None:
        """The as-of of the tally a partial count at ``at`` belongs to: one told earlier in its sentence
        (from ``lo``), or ending up to ``reach`` characters before it. Tallies are kept in reading
        order, so the look back stops where they end too early."""
        for t in reversed(self.tallies):
            if t.span is None:
                continue
            if lo <= t.span[0] < at or 0 <= at - t.span[1] <= reach:
                return t.as_of_local
            if t.span[1] < min(lo, at - reach) - 2000:
                return None
        return None

    def _count_reached(self, m: re.Match[str]) -> None:
        """One :data:`_COUNT_REACHED` match as a tally: of the noun it names, else of the tally just before."""
        if self._is_consumed(m.start("c"), m.end("c")):
            return
        n = count_value(m.group("c"))
        if n is None or n < 2 or (m.group("c").isdigit() and 1800 <= n <= 2100):
            return
        named = m.group("noun") or m.group("adj")
        before = None
        for t in reversed(self.tallies):
            if t.span and 0 <= m.start() - t.span[1] <= 600:
                before = t
                break
            if t.span and m.start() - t.span[1] > 2600:
                break  # tallies are kept in reading order: the rest end earlier still
        if named:
            what = "aftershocks" if named.lower().startswith("after") else "earthquakes"
        elif before is not None and not before.felt and before.mag_min is None and before.mag_max is None:
            what = before.what  # "… located 43 aftershocks. … By Tuesday morning the count had reached 58"
        else:
            return  # "the total reached 58" with no quakes counted just before: of what, the text does not say
        self.tallies.append(Tally(count=n, what=what, as_of_local=self._as_of(max(0, m.start() - 60), m.start()),
                                  evidence=m.group(0), span=(m.start(), m.end())))
        self.consumed.append((m.start("c"), m.end("c")))

    def _count_after(self, noun: str, noun_a: int, noun_b: int, hi: int) -> None:
        """"Quakes of magnitude 4.5 and greater numbered 19 by Friday": the count told after its noun."""
        text = self.text
        m = _COUNT_AFTER.match(text, noun_b, min(hi, noun_b + 90))
        if m is None or self._is_consumed(m.start("c"), m.end("c")):
            return
        n = count_value(m.group("c"))
        if n is None or n < 2 or (m.group("c").isdigit() and 1800 <= n <= 2100):
            return
        lo_b, hi_b, _ = _bounds(text[noun_b:m.start("verb")])
        what = "aftershocks" if _AFTER_PREFIX.match(noun) else "earthquakes"
        as_of = self._as_of(m.end("c"), min(hi, m.end("c") + 40))
        self.tallies.append(Tally(count=n, what=what, mag_min=lo_b, mag_max=hi_b, as_of_local=as_of,
                                  evidence=text[noun_a:m.end()], span=(noun_a, m.end())))
        self.consumed.append((noun_a, m.end()))

    def _elided_tallies(self, made: list[Tally], hi: int) -> None:
        """Counts that leave their noun to the tally before them: "42 aftershocks on Monday and 17 on Tuesday"."""
        text = self.text
        for t in made:
            if t.span is None or t.felt:
                continue
            for m in _ELIDED.finditer(text, t.span[1], hi):
                if self._is_consumed(m.start("c"), m.end("c")):
                    continue
                n = count_value(m.group("c"))
                if n is None or n < 2 or (m.group("c").isdigit() and 1800 <= n <= 2100):
                    continue
                self.tallies.append(Tally(count=n, what=t.what, as_of_local=None,
                                          evidence=text[m.start("c"):m.end()].strip(), span=(m.start("c"), m.end())))
                self.consumed.append((m.start("c"), m.end("c")))

    def _tally(self, c_text: str, c_start: int, noun_a: int, noun_b: int, noun: str, mid: str, lo: int, hi: int,
               partitive: bool = False, plus: bool = False) -> None:
        text = self.text
        n = count_value(c_text)
        if n is None or n < 2:
            return
        if not self._doc_strong:
            return  # a text about votes or markets: its "aftershocks" are figures of speech
        if "," not in c_text and 1800 <= n <= 2100 and c_text.isdigit():
            return
        # (the line is looked for nearby only: a heading is short, and a text of one long line must
        # not be scanned back to its start for every count)
        line_start = text.rfind("\n", max(0, c_start - 80), c_start)
        line_end = text.find("\n", noun_b, noun_b + 80)
        if (line_start >= 0 or c_start <= 80) and (line_end >= 0 or noun_b + 80 >= len(text)) \
                and _NUMBERED_HEADING.fullmatch(text, line_start + 1, len(text) if line_end < 0 else line_end):
            return  # "2 Foreshocks", "4.1 Aftershocks": a numbered section heading, not a count
        left = text[max(lo, c_start - 120):c_start]
        if P.HYPOTHETICAL.search(_clause_tail(left)) or _MODAL_AFTER.match(text[noun_b:noun_b + 60]):
            return
        if _DOZENS_OF.search(left):
            return
        if _INTENSITY_BEFORE.search(left[-16:]):
            return  # "upper 6 intensity jolts": an intensity, not a count
        if _RATE_AFTER.match(text[noun_b:noun_b + 70]):
            return  # "about 40,000 earthquakes a year": a rate
        if _LIST_OR_TABLE.search(text[lo:hi]):
            return
        # the window after the noun, to the end of its clause, for bounds and "felt"
        after_end = hi
        cut = _CLAUSE_END.search(text[noun_b:hi])
        if cut:
            after_end = noun_b + cut.start()
        after = text[noun_b:min(after_end, noun_b + 160)]
        head = text[c_start:noun_a]
        bounds = _bounds(head, "head") if _DIGIT_OR_MAGNITUDE.search(mid) or plus else (None, None, None)
        if plus and bounds == (None, None, None):
            bounds = (None, None, None)
        if bounds[0] is None and bounds[1] is None:
            ab = _bounds(after)
            if ab[0] is not None or ab[1] is not None:
                bounds = ab
        if bounds[2] is not None and _INTENSITY_WORD.search((head if bounds[2][2] == "head" else after)[:bounds[2][0]][-25:]):
            bounds = (None, None, None)
        lo_b, hi_b, bspan = bounds
        what = "aftershocks" if _AFTER_PREFIX.match(noun) else "earthquakes"
        # an exact magnitude in the count ("Two magnitude 5.7 earthquakes") or a list after it: events
        exact = None
        if lo_b is None and hi_b is None:
            em = _EXACT_MAGNITUDE.search(head)
            if em:
                exact = decimal_value(em.group(1) or em.group(2))
        if exact is not None and n <= 20 and not partitive:
            self._count_group_events(n, exact, c_start, noun_b, what)
            return
        colon = text.find(":", noun_b, min(hi, noun_b + 90))
        if colon >= 0 and not partitive and self._is_list_count(colon, n, what):
            return  # "Three aftershocks of M3.0 or larger were recorded:" over three list lines
        if (lo_b is not None or hi_b is not None) and n <= 10 and not partitive and colon >= 0 \
                and _COLON_THEN_VALUE.match(text, colon, hi) and len(_LISTED_VALUE.findall(text, colon, hi)) == n:
            return  # "Two other earthquakes of M3.0 or larger have been recorded: M3.1 at 23:58 … and M3.0 …": the quakes, listed
        if lo_b is None and hi_b is None and not partitive:
            lst = _LIST_AFTER.match(after)
            # "Two aftershocks were felt within the hour: one of magnitude 4.1 …": a colon lists them
            colon = n <= 10 and _COLON_LIST.match(text[noun_b:hi])
            later = _LISTED_LATER.search(text, noun_b, after_end)
            # "Three earthquakes jolted Wushi on Tuesday morning, measuring 5.0, 5.4 and 4.7": as many values as the count
            listed = bool(later) and len(_MAG_NUM_RE.findall(later.group(1))) == n
            if lst or colon or listed or (n <= 10 and self._enumerated_later(n, noun_b)) or _COLON_LEAD.match(after):
                self.groups.append(_Group(c_start, n, "aftershock" if what == "aftershocks" else None,
                                          [p for p in find_pieces(text, self.published, self.tz, noun_b, after_end, self.anchor)
                                           if not p.in_range and (p.relative or p.date_known)]))
                return
        end = noun_b
        if bspan is not None and bspan[1] > 0 and bspan[0] >= 0:
            end = max(end, noun_b + bspan[1]) if bspan[2] == "after" else end
        felt_zone = text[noun_b:after_end]
        felt = True if (P.FELT.search(felt_zone) and not P.NOT_FELT.search(felt_zone)) or _HINT_FELT.search(mid) else None
        as_of_end = after_end
        close = text.find(")", after_end, min(hi, after_end + 24)) if text.startswith("(", after_end) else -1
        if close > 0 and _BRACKETED_CLOCK.fullmatch(text, after_end, close + 1):
            # "recorded as of 9 a.m. (0600GMT) Saturday": a clock restated in brackets does not end the clause
            cut = _CLAUSE_END.search(text, close + 1, hi)
            as_of_end = cut.start() if cut else hi
        as_of = self._as_of(max(lo, c_start - 120), c_start) or self._as_of(noun_b, as_of_end) or self._as_of_line(c_start)
        ev_start = c_start
        ev_end = min(max(end, noun_b), hi)
        self.tallies.append(Tally(
            count=n, what=what, mag_min=lo_b, mag_max=hi_b, felt=felt, as_of_local=as_of,
            evidence=text[ev_start:ev_end], span=(ev_start, ev_end),
        ))
        self.consumed.append((c_start, noun_b))
        if bspan is not None and bspan[2] == "after":
            self.consumed.append((noun_b + bspan[0], noun_b + bspan[1]))

    def _count_group_events(self, n: int, mag: float, start: int, end: int, what: str) -> None:
        self.consumed.append((start, end))
        # the events themselves are created as a list item of this sentence by a later pass
        self._pending_groups.append((start, end, n, mag, "aftershock" if what == "aftershocks" else None))

    def _enumerated_later(self, n: int, pos: int) -> bool:
        """Whether the 2,500 characters from ``pos`` name the first ``n`` quakes one by one ("the first", "the
        second" …): at least one of them for a count of up to three, else two."""
        after = self.text[pos:pos + 2500].lower()
        told = {m.group(1) for m in _THE_ORDINAL.finditer(after)}
        found = sum(1 for o in _ORDINALS[:n] if o in told)
        return found >= (1 if n <= 3 else 2)

    def _as_of_line(self, pos: int) -> str | None:
        """An "As of 2024-12-06 09:00 PST" line right above the count's line."""
        line_start = self.text.rfind("\n", max(0, pos - 400), pos) + 1
        if line_start == 0 and pos > 400:
            return None  # a line that long is no list under an "As of" line
        for _ in range(3):  # the line above, past a blank line or a short heading ("Aftershocks so far")
            if line_start < 2:
                return None
            prev_start = self.text.rfind("\n", max(0, line_start - 200), line_start - 1) + 1
            if prev_start == 0 and line_start > 200:
                return None  # the line above is long: prose, not an "As of" line or a heading
            line = self.text[prev_start:line_start]
            if _AS_OF_LINE.match(line):
                return self._as_of(prev_start, line_start - 1)
            stamp = _BARE_CLOCK_LINE.fullmatch(line)
            if stamp and self.published is not None:
                # a live blog's entry under its own time ("18:40" on a line, then "… 185 aftershocks have now
                # been recorded"): counted then, on the day of the page
                return f"{self.published.isoformat()}T{int(stamp.group(1)):02d}:{stamp.group(2)}"
            if line.strip() and (len(line.strip()) > 40 or line.rstrip().endswith((".", ":"))):
                return None
            line_start = prev_start
        return None

    def _as_of(self, a: int, b: int) -> str | None:
        m = _AS_OF.search(self.text[a:b])
        if not m:
            return None
        pieces = find_pieces(self.text, self.published, self.tz, a + m.start("t"), a + m.end("t"), self.anchor)
        date = next((p.date for p in pieces if p.date), None)
        # a clock in the bulletin's own named zone ("09:00 PST") counts as written; one in UTC with its
        # date ("As of 2025-12-07 10:00 (UTC)") is turned into the bulletin's local time
        clock = next((p.clock for p in pieces if p.clock and p.offset_min != 0), None)
        utc = next((p for p in pieces if p.clock and p.offset_min == 0), None)
        if clock is None and utc is not None and date is not None and self.tz:
            try:
                stamp = dt.datetime(date.year, date.month, date.day, utc.clock[0], utc.clock[1],  # type: ignore[index]
                                    tzinfo=dt.timezone.utc).astimezone(ZoneInfo(self.tz))
            except (ValueError, KeyError, ZoneInfoNotFoundError):
                stamp = None
            if stamp is not None:
                date, clock = stamp.date(), (stamp.hour, stamp.minute, None)
        if date is None and clock is not None:
            # "as of noon", "By 9 p.m., … 214 aftershocks": on the day of the quake the story is about
            # (the one in focus, else the last one dated a few paragraphs up), else the day of the report
            told = ([self.focus] if self.focus is not None else []) + [
                d for d in reversed(self.drafts[-20:]) if d.magnitude is not None and 0 <= a - d.pos <= 5000]
            date = next((x for x in ((self._sig(d)[0] or d.narrative) for d in told) if x is not None), None)
        if date is None and clock is not None:
            date = self.published
        if date is None:
            return None
        return f"{date.isoformat()}T{clock[0]:02d}:{clock[1]:02d}" if clock else date.isoformat()

    def _is_consumed(self, a: int, b: int) -> bool:
        # (most sentences consume nothing: no generator to make for them)
        return bool(self.consumed) and any(not (b <= x or a >= y) for x, y in self.consumed)
