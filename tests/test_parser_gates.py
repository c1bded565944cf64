"""Every gate of the bulletin parser matches wherever its pattern can.

For speed the parser does not run its big case-insensitive patterns at every position of a
sentence. It first runs a cheap, case-sensitive *gate* on the lower-cased text
(:func:`tracker.bulletin.patterns.folded`) and tries the full pattern only where the gate points:

* a **start gate** (:func:`~tracker.bulletin.patterns.gated_finditer`) must match at every position
  where its pattern can start a match, or one character before it where that character is in the
  pair's ``lead``;
* a **search gate** (:func:`~tracker.bulletin.patterns.gated_search`) must find something inside
  every stretch of text where its pattern does;
* :data:`~tracker.bulletin.patterns.BOUND_BEFORE_TAILS` must hold every way a
  :data:`~tracker.bulletin.patterns.BOUND_BEFORE` match can end (the parser looks at the last word
  of the folded text before a magnitude and runs the bound pattern only when it is one of them).

Nothing else enforces this. Widen a pattern (a new alternative, a new first word, a looser
lookbehind) without widening its gate and the parser silently stops finding the new matches: no
error, no slower run, only a magnitude, count, time or depth that goes missing from some
bulletin. This file is the check a maintainer relies on when editing one of those patterns: for
each (pattern, gate) pair the gated call must give exactly what the plain ``re`` call gives, on

* a seeded random soup of the words, numbers, punctuation and case-folding traps ("İ", "ı", "ſ",
  the Kelvin sign) these patterns are about, cut to random ``lo``/``hi`` windows, and
* every paragraph and sentence of the project's own test bulletins (``tests/stories*``,
  ``tests/golden``), as written, upper-cased and lower-cased.

A new gated pair must be added to :data:`FINDITER_PAIRS` or :data:`SEARCH_PAIRS`; if its pattern
cares about words the soups lack, add them to the token lists too. A failure names the pair and
shows the text window with both results.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tracker.bulletin import attributes as A
from tracker.bulletin import counts as C
from tracker.bulletin import extract as X
from tracker.bulletin import patterns as P
from tracker.bulletin import timex as T
from tracker.bulletin.segment import paragraphs, sentences

TESTS = Path(__file__).parent
#: Test bulletins: every .txt under these folders. (tests/data holds catalogues, not bulletins.)
CORPUS_DIRS = ("stories", "stories2", "stories3", "golden")

#: Random texts per soup (the short-text "words" soup has three times as many); every pair runs on all.
TEXTS_PER_SOUP = 1000

KELVIN = "\u212a"  # "K": re.I matches it as "k", and it lower-cases to one "k"

# --- token vocabularies ------------------------------------------------------------------------------
#: Magnitudes, counts and their surroundings.
MAG_TOKENS: tuple[str, ...] = (
    "magnitude", "Magnitude", "MAGNITUDE", "mag", "Mag:", "M", "Mw", "ML", "mb", "mb_Lg", "MLv", "Md", "m", "of", "OF",
    "moment", "local", "Richter", "RICHTER", "body-wave", "body wave", "surface wave", "preliminary", "initial",
    "revised", "estimated", "measuring", "measured", "registering", "registered", "rated", "reading", "strongest",
    "largest", "biggest", "most powerful", "put", "puts", "placed", "gave", "estimates", "listed", "recorded",
    "the", "its", "it", "a", "an", "A", "An", "The", "'s", "’s", "and", "or", "including", "at", "as", "on",
    "5.5", "6,1", "7", "4.25", "10", "3", "5.5.5", "12:30", "2024", ",", ".", ";", "-", "–", "(", ")", "=", ":",
    "quake", "earthquake", "aftershocks", "tremor", "km", "degrees", "R", "SR", "strong", "shallow", "deep",
    "\n", "\n\n", "  ", "\t", "*", "•", "İ", "ı", "ſ", "K", KELVIN, "é", "one", "two", "six", "nine", "twenty-one",
    "a dozen", "were", "was", "felt", "above", "over", "between", "less", "below", "of them", "magnitudes",
    "Mjma", "MJMA", "mB", "Mwp", "x", "xmag", "proof", "Seventy", "TEN", "often", "11", "1,281", "3.",
)
MAG_SEPS: tuple[str, ...] = (" ", " ", " ", "", "  ", "\t", "\n", ", ")

#: What the search gates are about besides magnitudes: days, clocks, depths, quake words, money, stars.
SEARCH_EXTRA_TOKENS: tuple[str, ...] = (
    "Monday's 5.5", "yesterday", "Tonight", "NIGHT", "day", "Previous", "5 p.m.", "5PM", "12 UTC", "3 Z", "noon",
    "later", "AFTER", "same day", "That  day", "next", "New Year's Day", "Christmas", "boxing day", "Valentine",
    "Jan", "FEB", "may", "depth", "Kedalaman", "profundidad", "Tiefe", "DERİNLİK", "deep", "below", "Hypocenter",
    "km deep", "10 KM", "Focus", "M 5.5", "m5.5", "EMSC", "GeoNet", "Seismic", "tsunami", "Gempa", "séisme", "SÉISME",
    "jolted", "shaking", "Md2.5", "MLv 3.1", "(later", "(Initially", "Richter", "quake", "Quakes", "tremor",
    "the", "a", "This", "its", "another", "movement", "event", "Friday’s", "TODAY'S", "seismic event", "main shock",
    "after-shock", "epicentre", "struck", "striking", "took place", "Markets", "CENTRAL BANK", "%", "percent", "stars",
    "Supernova", "orbiting", "in 1999", "since 2005", "of March 2011",
)
SEARCH_TOKENS: tuple[str, ...] = MAG_TOKENS + SEARCH_EXTRA_TOKENS
SEARCH_SEPS: tuple[str, ...] = (" ", "", "\n", "  ", ", ")

#: Dates, weekdays, clocks, steps and relative days.
TIME_TOKENS: tuple[str, ...] = (
    "Jan", "Jan.", "JANUARY", "Sept", "Sept.", "sept", "SEP", "May", "may", "june", "July", "Dec", "December", "3rd",
    "1st", "22", "5", "2024", "19", "of", "OF", "Of", "19-Aug-18", "03-DEC-2023", "3 DEC 2023", "Aug", "minutes",
    "Minute", "HOURS", "seconds", "days", "a", "an", "a few", "half an", "three", "Twenty-one", "later", "LATER",
    "after", "afterwards", "before", "earlier", "the", "The", "same", "SAME", "day", "Day", "that", "next", "Next",
    "following", "morning", "Morning", "night", "evening", "afternoon", "Tue", "Tues", "Wednesday", "WED", "Thur",
    "Thurs", "sat", "Saturday's", "early", "Early", "late", "on", "On", "past", "last", "Last", "this", "This",
    "yesterday", "Yesterday", "previous", "preceding", "overnight", "today", "TODAY", "tonight", "week", "noon",
    "Midday", "MIDNIGHT", "a.m.", "am", "PM", "p.m", "14:59", "1:54", "0056", "UTC", "GMT+8", "Z", "local time",
    "hours", "hrs", "h", "(", ")", ",", ".", "-", "/", "'s", "’s", "İ", "ı", "ſ", "K", KELVIN, "é", "x", "monday",
    "Sunday", "sunday's", "on\tMonday", "magnitude", "earthquake", "5.5", "km", "deep", "in", "near", "off",
)
TIME_SEPS: tuple[str, ...] = (" ", " ", " ", "", "  ", "\t", "\n", ", ", "-", ".")

#: The words and signs of a magnitude bound ("above", "at least", "M>=", "≤").
BOUND_TOKENS: tuple[str, ...] = (
    "above", "Above", "OVER", "over", "greater than", "more  than", "Larger\tthan", "exceeding", "at least",
    "of at least", "less than", "below", "under", "up to", "between", "ranging from", "from", "range", "threshold",
    "minimum", "MAXIMUM", ">", ">=", "<", "<=", "≥", "≤", "a", "A", "magnitude", "Magnitudes", "of", "M", "m", "Mw",
    "5", "4.5", "the", "quake", "x", "ſ", "İ", "ı", "K", KELVIN, "é", "\n", " ", "  ", "\t", ",", "-", "–", "s",
    "exceed", "Exceeds", "exceeded", "topped", "SURPASSED", "higher than", "weaker  than", "from magnitude",
    "a magnitude of", "magnitudes of", "M of",
)
BOUND_SEPS: tuple[str, ...] = (" ", "", "\n", "  ", "\t")

#: Whole phrases each pattern matches, mixed into every soup: single tokens only rarely line up into a
#: three-word match ("5 minutes later"), and these make each pair match often within a few thousand
#: texts, with the random tokens around them probing the edges.
PHRASES: tuple[str, ...] = (
    # magnitudes
    "magnitude 5.5", "Magnitude = 4.5", "Mag:5.0", "M 5.5", "M5.5", "Mw=6.1", "mb 4.8", "ML3.2", "a 6.1 quake",
    "the 5.9 tremor", "Monday's 5.5 struck", "5.5 on the Richter", "6.4 magnitude", "measured 5.8", "registering 4.2",
    "the strongest was 5.1", "USGS put it at 6.1", "magnitudes of 2.5, 3.6 and 3.7", "4.2, 4.5 and 4.9 magnitudes",
    "moment magnitude 7.8", "a magnitude of about 5", ", and a 4.7 on", "including a 5.1 near",
    # counts and bounds
    "12 were felt", "Thirty-one of them were felt", "eleven were felt", "3 had been widely felt", "two of them was felt",
    "65 measured magnitude 5 or above", "27 of them of magnitude 5", "twelve with magnitudes above 4",
    "a dozen were magnitude 3", "at least 4.5", "greater than 5", "between 4 and 5", "M>=4", "below 3",
    # times
    "5 minutes later", "three hours after", "a few seconds before", "half an hour earlier",
    "Twenty-one days afterwards", "an hour later", "the same day", "later that day", "the next morning",
    "Following night", "5:30 p.m.", "0056 UTC", "14:59 hrs", "noon", "New Year's Eve", "Christmas Day",
    "Boxing Day", "Valentine's Day", "Jan. 5", "December 3rd, 2023", "19-Aug-18", "22 October 2024", "3rd of April",
    "in 1999", "since 2005", "in early 2011", "of March 2011", "yesterday morning", "last night", "early Tuesday",
    "on Monday's", "this afternoon",
    # quakes, depths and the rest
    "the quake", "yesterday's earthquake", "a strong aftershock", "this seismic event", "its epicentre",
    "aftershocks", "Tremors", "events", "sismos", "at a depth of 10 km", "15 kilometers deep", "10 km depth",
    "hypocenter at 12 km", "focus about 12 kilometers", "Depth of Focus (km) : 015", "10 km\n", "  10 km  ",
    "kedalaman 10 km", "struck", "was felt", "took place", "stock markets", "the star", "5%",
)

#: The words of the word-list patterns (quake words, verbs, money, stars, depth labels), in the
#: forms they match: a word missing here is one whose part of the gate the random soup cannot check.
WORDS: tuple[str, ...] = (
    "earthquakes", "Quakes", "aftershocks", "After-shocks", "foreshocks", "main shock", "mainshocks", "tremors",
    "temblors", "shocks", "jolts", "events", "seisms", "sismos", "sismo", "terremoto", "Séisme", "seismology",
    "epicenter", "hypocentre", "tsunami", "gempa", "geonet", "EMSC", "geofon", "Kandilli", "shaking", "movement",
    "the most powerful was 6.2", "(later 5.9)", "(initially", "Yesterday's 5.5", "struck", "strikes", "hit", "occurred",
    "recorded", "jolted", "rocked", "shook", "shake", "felt", "detected", "registered", "measured", "took  place",
    "happened", "originated", "located", "centred", "centered", "epicentral", "depth", "striking", "rattled",
    "trembled", "followed", "triggered", "reported", "markets", "stocks", "shares", "currency", "bonds", "index",
    "indices", "economy", "inflation", "investors", "traders", "Fed", "central  bank", "elections", "polls",
    "political", "recession", "earnings", "tariffs", "coalition", "resignations", "cabinet", "percent", "%", "stars",
    "nova", "supernova", "asteroid", "comet", "telescope", "brightness", "brightened", "planets", "galaxy",
    "apparent", "absolute", "stellar", "visual", "binoculars", "constellation", "sky", "orbital", "meteors",
    "meteorites", "meteoroid", "kedalaman", "kedlmn", "profundidad", "profundidade", "profondità", "profondita",
    "profondeur", "Tiefe", "derinlik", "DERİNLİK", "deep", "below", "beneath", "underground", "hypocenter",
    "focus", "km", "kms", "kilometres", "miles", "mi", "deep\n", "6.0 (later", "5.5 (Initially", "the temblor",
)


@dataclass(frozen=True)
class Soup:
    """``texts`` random texts of 1 to ``most`` tokens, each followed by a separator."""

    name: str
    tokens: tuple[str, ...]
    seps: tuple[str, ...]
    most: int
    seed: int
    texts: int = TEXTS_PER_SOUP


SOUPS: tuple[Soup, ...] = (
    Soup("magnitude", MAG_TOKENS + PHRASES, MAG_SEPS, 40, 1),
    Soup("search", SEARCH_TOKENS + PHRASES, SEARCH_SEPS, 25, 3),
    Soup("time", TIME_TOKENS + PHRASES, TIME_SEPS, 30, 11),
    # short texts of few words, so a window often holds one word-list word alone
    Soup("words", WORDS + SEARCH_EXTRA_TOKENS, SEARCH_SEPS, 6, 7, texts=3 * TEXTS_PER_SOUP),
)


@dataclass(frozen=True)
class Case:
    """One input: gated calls see ``text`` (folded as ``low``) between ``lo`` and ``hi``."""

    origin: str
    text: str
    low: str | None
    lo: int
    hi: int
    sentence: bool = False


@functools.cache
def random_cases() -> tuple[Case, ...]:
    out: list[Case] = []
    for soup in SOUPS:
        r = random.Random(soup.seed)
        for i in range(soup.texts):
            text = "".join(r.choice(soup.tokens) + r.choice(soup.seps) for _ in range(r.randint(1, soup.most)))
            lo = r.randint(0, len(text))
            hi = r.randint(lo, len(text))
            out.append(Case(f"random {soup.name} soup #{i}", text, P.folded(text), lo, hi))
    return tuple(out)


def corpus_files() -> list[Path]:
    return sorted(p for d in CORPUS_DIRS for p in (TESTS / d).glob("*.txt"))


def _windows(origin: str, text: str) -> Iterator[Case]:
    """Each paragraph and each sentence of ``text``, as the parser cuts them."""
    low = P.folded(text)
    for pi, para in enumerate(paragraphs(text)):
        yield Case(f"{origin} paragraph {pi}", text, low, para.start, para.end)
        for si, s in enumerate(sentences(text, para)):
            yield Case(f"{origin} paragraph {pi} sentence {si}", text, low, s.start, s.end, sentence=True)


@functools.cache
def corpus_cases() -> tuple[Case, ...]:
    out: list[Case] = []
    for path in corpus_files():
        raw = path.read_text(encoding="utf-8")
        for variant, text in (("as written", raw), ("upper-cased", raw.upper()), ("lower-cased", raw.lower())):
            origin = f"{path.relative_to(TESTS)} ({variant})"
            out.extend(_windows(origin, text))
            if P.folded(text) is None:
                # a character that lower-cases unlike re.I ("İ", "ı", "ſ") switches the gates off for the
                # whole text; read each paragraph on its own too, so the rest is still checked with gates
                for pi, para in enumerate(paragraphs(text)):
                    out.extend(_windows(f"{origin} paragraph {pi} alone", text[para.start:para.end]))
    return tuple(out)


# --- the pairs ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FinditerPair:
    """``gated_finditer(pattern, gate, …, lead)`` stands for ``pattern.finditer``."""

    id: str
    pattern: re.Pattern[str]
    gate: re.Pattern[str]
    gate_name: str
    lead: str = ""


@dataclass(frozen=True)
class SearchPair:
    """``gated_search(pattern, gate, …)`` stands for ``pattern.search``."""

    id: str
    pattern: re.Pattern[str]
    gate: re.Pattern[str]
    gate_name: str


FINDITER_PAIRS: tuple[FinditerPair, ...] = (
    FinditerPair("MAGNITUDE", P.MAGNITUDE, P.MAGNITUDE_GATE, "MAGNITUDE_GATE", lead=" "),
    FinditerPair("extract.ANCHOR", X.ANCHOR, X._ANCHOR_STARTS, "extract._ANCHOR_STARTS"),
    FinditerPair("NOUNLESS_COUNT", P.NOUNLESS_COUNT, P.COUNT_GATE, "COUNT_GATE"),
    FinditerPair("FELT_COUNT", P.FELT_COUNT, P.COUNT_GATE, "COUNT_GATE"),
    FinditerPair("counts._HINT_BOUND", C._HINT_BOUND, C._GATE_BOUND, "counts._GATE_BOUND"),
    FinditerPair("counts._HINT_FELT", C._HINT_FELT, C._GATE_FELT, "counts._GATE_FELT"),
    FinditerPair("PLURAL_QUAKES", P.PLURAL_QUAKES, C._GATE_PLURAL, "counts._GATE_PLURAL"),
    FinditerPair("timex._RELATIVE", T._RELATIVE, T._STARTS_RELATIVE, "timex._STARTS_RELATIVE"),
    FinditerPair("timex._CLOCK", T._CLOCK, T._STARTS_CLOCK, "timex._STARTS_CLOCK"),
)

SEARCH_PAIRS: tuple[SearchPair, ...] = (
    SearchPair("extract.QUAKE_VERB", X.QUAKE_VERB, X._QUAKE_VERB_GATE, "extract._QUAKE_VERB_GATE"),
    SearchPair("FINANCE", P.FINANCE, X._FINANCE_GATE, "extract._FINANCE_GATE"),
    SearchPair("ASTRONOMY", P.ASTRONOMY, X._ASTRONOMY_GATE, "extract._ASTRONOMY_GATE"),
    SearchPair("extract.INTEREST", X.INTEREST, X._INTEREST_GATE, "extract._INTEREST_GATE"),
    SearchPair("extract.QUAKE_WORD", X.QUAKE_WORD, X._QUAKE_WORD_GATE, "extract._QUAKE_WORD_GATE"),
    SearchPair("extract.ANCHOR", X.ANCHOR, X._ANCHOR_GATE, "extract._ANCHOR_GATE"),
    SearchPair("PLURAL_QUAKES", P.PLURAL_QUAKES, X._PLURAL_GATE, "extract._PLURAL_GATE"),
    SearchPair("timex._HINT_CLOCK", T._HINT_CLOCK, T._GATE_CLOCK, "timex._GATE_CLOCK"),
    SearchPair("timex._HINT_HOLIDAY", T._HINT_HOLIDAY, T._GATE_HOLIDAY, "timex._GATE_HOLIDAY"),
    # the parser asks gated_search(_HINT_STEP / _HINT_SAME, gate) and then runs _STEP / _SAME_DAY:
    # the gate must hold wherever those can match
    SearchPair("timex._STEP", T._STEP, T._GATE_STEP_UNIT, "timex._GATE_STEP_UNIT"),
    SearchPair("timex._SAME_DAY", T._SAME_DAY, T._GATE_SAME_DAY, "timex._GATE_SAME_DAY"),
    SearchPair("timex._YEAR_ONLY", T._YEAR_ONLY, T._GATE_YEAR, "timex._GATE_YEAR"),
    SearchPair("timex._DATE_PATTERNS[2]", T._DATE_PATTERNS[2], T._GATE_MONTH_DAY, "timex._GATE_MONTH_DAY"),
    SearchPair("timex._DATE_PATTERNS[3]", T._DATE_PATTERNS[3], T._GATE_DAY_MON_YEAR, "timex._GATE_DAY_MON_YEAR"),
    SearchPair("timex._DATE_PATTERNS[4]", T._DATE_PATTERNS[4], T._GATE_DAY_MONTH, "timex._GATE_DAY_MONTH"),
    *(
        SearchPair(f"attributes._HINT_DEPTHS[{i}]", hint, gate, f"attributes._GATE_DEPTHS[{i}]")
        for i, (hint, gate) in enumerate(zip(A._HINT_DEPTHS, A._GATE_DEPTHS, strict=True))
    ),
)


CASES: dict[str, Callable[[], tuple[Case, ...]]] = {"random": random_cases, "corpus": corpus_cases}
#: Fewest random texts in which each pattern must match for its check to count.
MIN_RANDOM_HITS = 20


#: Longer windows are shown only round the first difference.
SHOW_MAX = 600


def _show(case: Case, expected: object, got: object, at: int | None, what: str, pair_id: str, gate_name: str) -> str:
    """The failure message: which pair, which input, the window and both results."""
    window = case.text[case.lo:case.hi]
    lines = [
        f"gate {gate_name} does not follow {pair_id}: {what} differs",
        f"  input:  {case.origin}, window [{case.lo}:{case.hi}] of {len(case.text)} chars",
        f"  before: {case.text[max(0, case.lo - 40):case.lo]!r}",
    ]
    if len(window) <= SHOW_MAX or at is None:
        lines.append(f"  window: {window!r}")
    else:
        a, b = max(case.lo, at - SHOW_MAX // 2), min(case.hi, at + SHOW_MAX // 2)
        lines.append(f"  window near the first difference, [{a}:{b}]: {case.text[a:b]!r}")
    lines += [f"  plain re:  {expected!r}", f"  gated:     {got!r}"]
    return "\n".join(lines)


def _matches(it: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | Any]]]:
    return [(m.span(), m.groupdict()) for m in it]


def _check_finditer(pair: FinditerPair, cases: Sequence[Case]) -> int:
    """Assert gated == plain on every case; return how many cases had a match with the gate in use."""
    hits = 0
    for case in cases:
        expected = _matches(pair.pattern.finditer(case.text, case.lo, case.hi))
        got = _matches(P.gated_finditer(pair.pattern, pair.gate, case.text, case.low, case.lo, case.hi, pair.lead))
        if got != expected:
            at = min((x[0][0] for x in expected + got if (x in expected) != (x in got)), default=None)
            raise AssertionError(_show(case, expected, got, at, "finditer (spans, groupdicts)", pair.id, pair.gate_name))
        hits += bool(expected) and case.low is not None
    return hits


def _check_search(pair: SearchPair, cases: Sequence[Case]) -> int:
    """Assert gated == plain on every case; return how many cases had a match with the gate in use."""
    hits = 0
    for case in cases:
        m = pair.pattern.search(case.text, case.lo, case.hi)
        g = P.gated_search(pair.pattern, pair.gate, case.text, case.low, case.lo, case.hi)
        expected = m.span() if m else None
        got = g.span() if g else None
        if got != expected:
            at = min(x[0] for x in (expected, got) if x is not None)
            raise AssertionError(_show(case, expected, got, at, "search span", pair.id, pair.gate_name))
        hits += expected is not None and case.low is not None
    return hits


def _enough(hits: int, pair_id: str, cases: str) -> None:
    # a soup in which the pattern never matches proves nothing about its gate
    if cases == "random":
        assert hits >= MIN_RANDOM_HITS, (
            f"{pair_id} matched in only {hits} random texts (with gates in use): add the words it needs "
            "to PHRASES or the token lists"
        )


@pytest.mark.parametrize("cases", ["random", "corpus"])
@pytest.mark.parametrize("pair", [pytest.param(p, id=p.id) for p in FINDITER_PAIRS])
def test_gated_finditer_matches_finditer(pair: FinditerPair, cases: str) -> None:
    _enough(_check_finditer(pair, CASES[cases]()), pair.id, cases)


@pytest.mark.parametrize("cases", ["random", "corpus"])
@pytest.mark.parametrize("pair", [pytest.param(p, id=p.id) for p in SEARCH_PAIRS])
def test_gated_search_matches_search(pair: SearchPair, cases: str) -> None:
    _enough(_check_search(pair, CASES[cases]()), pair.id, cases)


# --- BOUND_BEFORE and its tails -----------------------------------------------------------------------
#: How far before a magnitude the parser looks for a bound (extract._Pass._mag_item).
BOUND_REACH = 160
BOUND_TEXTS = 4000


def _check_bound_tail(left: str, fold: str | None, origin: str) -> None:
    """Where BOUND_BEFORE matches at the end of ``left``, its folded form ends with one of the tails."""
    if fold is None:
        return  # the parser then runs BOUND_BEFORE without the look at the last word
    m = P.BOUND_BEFORE.search(left)
    if m is None:
        return
    tail = fold.rstrip()
    assert tail.endswith(P.BOUND_BEFORE_TAILS), (
        "BOUND_BEFORE_TAILS does not follow BOUND_BEFORE: it matches "
        f"{left[m.start():]!r} at the end of the text before a magnitude, but the folded text, "
        f"stripped, ends {tail[-30:]!r}, which is none of the tails\n"
        f"  input: {origin}\n  left:  {left!r}"
    )


def test_bound_before_tails_random() -> None:
    r = random.Random(3)
    hits = 0
    for i in range(BOUND_TEXTS):
        left = "".join(r.choice(BOUND_TOKENS) + r.choice(BOUND_SEPS) for _ in range(r.randint(0, 12)))
        hits += P.BOUND_BEFORE.search(left) is not None
        _check_bound_tail(left, P.folded(left), f"random bound soup #{i}")
    assert hits > BOUND_TEXTS // 10, "the bound soup hardly ever makes BOUND_BEFORE match: it tests nothing"


def test_bound_before_tails_corpus() -> None:
    """At every MAGNITUDE start and every 5th offset of each sentence, as the parser cuts ``left``."""
    seen = 0
    for case in corpus_cases():
        if case.low is None or not case.sentence:
            continue
        text, low, lo, hi = case.text, case.low, case.lo, case.hi
        starts = {m.start() for m in P.MAGNITUDE.finditer(text, lo, hi)} | set(range(lo + 1, hi, 5))
        for a in sorted(starts):
            b = max(lo, a - BOUND_REACH)
            _check_bound_tail(text[b:a], low[b:a], f"{case.origin}, left of offset {a}")
            seen += 1
    assert seen > 1000


def test_corpus_is_there() -> None:
    """The corpus half of this file checks something only if the test bulletins are found."""
    files = corpus_files()
    assert len(files) >= 30, files
    assert sum(c.low is not None for c in corpus_cases()) > 1000
