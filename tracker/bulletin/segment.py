"""Paragraphs and sentences, as character spans of the original text.

Offsets always point into the text as given, so every extracted value keeps its evidence span.
Hard-wrapped bulletins (agency messages wrapped at 65–70 columns) are rejoined: a line break is a
sentence boundary only where the line ends a sentence, the next line starts a list item or a
key/value field, or the line is short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Words that say a passage is about earthquakes. A magnitude far from all of them is not a quake.
QUAKE_WORD = re.compile(
    r"\b(?:earthquakes?|quakes?|aftershocks?|after-shocks?|foreshocks?|main\s?shocks?|tremors?|temblors?|"
    r"seismic\w*|seismolog\w*|epicent\w+|hypocent\w+|richter|tsunami|gempa|sismo|terremoto|séisme|jolt(?:ed|s)?|shaking|"
    r"geonet|emsc|geofon|kandilli|"
    r"(?:yester|to|mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+(?:\w+\s+)?\d\.\d|\d\.\d\s*\((?:later|initially)\s|"
    r"(?-i:M[dlwsbjLWSBJ][a-zA-Z]{0,2}\s?\d\.\d))\b",
    re.I,
)

#: "... at 3:40 p.m. It was ...": after a clock's "p.m." a sentence starter still starts a sentence.
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.I)
_STARTER = re.compile(r"(?:It|The|A|An|He|She|They|This|That|There|These|Those|In|On|At|But|No|Officials|Authorities|Residents|Its|No)\b")
_NEWLINES = re.compile(r"\n(?:[ \t]*\n)*")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|No|Nos|vs|approx|est|ca|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|"
    r"Co|Corp|Inc|Ltd|Mt|Ft|km|mi|e\.g|i\.e|a\.m|p\.m|U\.S|U\.K|U\.N)|\b[A-Z])\.$"
)
#: Where a sentence ends: "… quake. The", "… said.\" Officials", a line break. (Written to begin with one
#: class, which lets the regex engine skip from one candidate to the next: the same matches as
#: ``[.!?]+[…]*\s+(?=…)|\n``, which it would try at every character.)
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'’”)\]]*\s+(?=[\"'‘“(\[]*[A-Z0-9])|(?<=\n))")
_LIST_START = re.compile(r"^\s*(?:[*•·\-–]\s|\d{1,3}[.)]\s|[A-Za-z][A-Za-z /()]{0,28}\s*[=:]|M\s?\d)")


@dataclass(frozen=True, slots=True)
class Span:
    """A (start, end) slice of the bulletin text."""

    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Blocks separated by blank lines, trimmed of surrounding whitespace.

    A single newline after a long line also ends a paragraph: pages that put one paragraph on
    each line (and several unrelated stories one after another) are common.
    """
    out: list[Span] = []
    pos = 0
    line_start = 0
    for m in _NEWLINES.finditer(text):
        blank = m.end() - m.start() > 1
        if blank or m.start() - line_start >= 240:
            _add_trimmed(text, pos, m.start(), out)
            pos = m.end()
        line_start = m.end()
    _add_trimmed(text, pos, len(text), out)
    return out


#: Longer "sentences" (a page with no full stops, a hostile run of text) are cut at a space, so
#: the work per sentence stays bounded and the whole pass linear in the input.
MAX_SENTENCE = 2000


def _add_trimmed(text: str, a: int, b: int, out: list[Span]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > MAX_SENTENCE:
        cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        cut = cut if cut > a else a + MAX_SENTENCE
        out.append(Span(a, cut))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        out.append(Span(a, b))


def _soft_break(text: str, nl: int, line_start: int) -> bool:
    """True where the newline at ``nl`` only wraps a sentence."""
    line = text[line_start:nl].rstrip()
    nxt_end = text.find("\n", nl + 1)
    nxt = text[nl + 1: nxt_end if nxt_end != -1 else len(text)]
    if not line or not nxt.strip():
        return False
    if line[-1] in ".!?:;" or _LIST_START.match(nxt):
        return False
    if len(line) < 40:
        return False
    return not (re.search(r"\d{1,2}:\d{2}|\(UTC\)", line[-12:]) and len(line) < 50)


def sentences(text: str, para: Span) -> list[Span]:
    """Sentences of one paragraph, as spans into ``text``."""
    out: list[Span] = []
    a = para.start
    seg = text[para.start:para.end]
    line_start = para.start
    for m in _BOUNDARY.finditer(seg):
        cut = para.start + m.start()
        if m.group() == "\n":
            if _soft_break(text, cut, line_start):
                line_start = cut + 1
                continue
            line_start = cut + 1
            _add_trimmed(text, a, cut, out)
            a = cut + 1
            continue
        # a period after a known abbreviation or an initial does not end the sentence
        head = text[max(a, cut - 12):cut + 1]
        if _ABBREV.search(head) and text[cut + 1:cut + 2] != "\n" and not (
                _CLOCK_END.search(head) and _STARTER.match(text, para.start + m.end())):
            continue
        end = para.start + m.end()
        _add_trimmed(text, a, end, out)
        a = end
        if "\n" in m.group():
            line_start = para.start + m.end() - (len(m.group()) - m.group().rfind("\n") - 1)
    _add_trimmed(text, a, para.end, out)
    return out


#: A heading that opens a list of references, not more of the story ("Sources", "See also").
_REF_HEADING = re.compile(
    r"[ \t]*(?:sources?|references?|external\s+links|see\s+also|further\s+reading|related\s+(?:news|stories|articles)"
    r"|bibliography|citations?)[ \t]*:?[ \t]*", re.I)
#: One cited work: a quoted title, then a dash and the outlet or date ("\"M6.0 quake off …\" — GeoNet,
#: February 19, 2015"), or a bulleted short line. Its magnitude is a headline's, not a new quake.
_CITATION = re.compile(r"[ \t]*(?:[*•·\-–][ \t]+)?[\"“‘'][^\n]{3,250}?[\"”’'][ \t]*[—–-][ \t]*\S[^\n]{0,200}")
_CITE_OPENERS = frozenset("\"“‘'*•·-–")
_LIST_ITEM = re.compile(r"[ \t]*(?:[*•·\-–]|\d{1,3}[.)])[ \t]+\S[^\n]{0,250}")


def reference_paragraphs(text: str, paras: list[Span]) -> set[int]:
    """Indexes of paragraphs that cite other works rather than tell the story.

    A paragraph is a citation list when every line is a cited title ("\"Title\" — Outlet, date"), or
    when it is a heading such as "Sources" or "See also" (or follows one) and every line is short:
    Wikinews and Wikipedia pages end so, and those titles repeat the story's magnitudes.
    """
    out: set[int] = set()
    in_refs = False
    for i, p in enumerate(paras):
        # cheap first: a paragraph that neither opens with a heading line nor a quote or bullet, and
        # follows no heading, is story (most of a long text); the anchored heading match is quick
        eol = text.find("\n", p.start, p.end)
        heading = _REF_HEADING.fullmatch(text, p.start, p.end if eol < 0 else eol) is not None
        if not in_refs and not heading and text[p.start] not in _CITE_OPENERS:
            continue
        lines = [ln for ln in text[p.start:p.end].split("\n") if ln.strip()]
        if heading:
            out.add(i)
            in_refs = True
            rest = lines[1:]
            if not rest:
                continue
            lines = rest
        cited = all(_CITATION.fullmatch(ln) for ln in lines)
        listed = all(_CITATION.fullmatch(ln) or _LIST_ITEM.fullmatch(ln) or (len(ln) <= 160 and not ln.rstrip().endswith("."))
                     for ln in lines)
        if cited or (in_refs and listed):
            out.add(i)
        else:
            in_refs = False
    return out

