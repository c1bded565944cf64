"""Bulletin text → events and tallies: the rules that read a quake's story out of prose.

The pass runs paragraph by paragraph over the passages that talk about earthquakes:

1. tallies first ("110 aftershocks", "six magnitude 5 to 6 quakes"), so the magnitudes that bound
   a count never become quakes of their own;
2. in each sentence, *items* in reading order: magnitude mentions, count groups that introduce
   quakes ("Two magnitude 5.7 earthquakes …"), and anchors that name a quake without a magnitude
   ("Saturday's quake", "the second tremor");
3. attributes (time pieces, depth, place, coordinates) go to the nearest item before them in the
   sentence, else the first after; a sentence with no item speaks about the quake in focus;
4. drafts that are one quake are merged (a dated anchor into the quake of that date, a repeated
   magnitude with agreeing details), and times are resolved in the bulletin's zone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from zoneinfo import ZoneInfo

from tracker.bulletin import patterns as P
from tracker.bulletin.numbers import DIGIT_COUNT, WORD_NUMBER, count_value, decimal_value, word_value
from tracker.bulletin.segment import QUAKE_WORD, Span, paragraphs, sentences
from tracker.bulletin.tables import Row, find_tables
from tracker.bulletin.timex import DAY_PARTS, TimePiece, anchor_date, find_pieces
from tracker.model import Event, ParseResult, Tally

_TYPE_CANON = {
    "mw": "Mw", "mww": "Mww", "mwp": "Mwp", "mwb": "Mwb", "mwc": "Mwc", "mwr": "Mwr", "ml": "ML", "mlv": "MLv",
    "mb": "mb", "mblg": "mbLg", "mb_lg": "mbLg", "ms": "Ms", "mj": "Mj", "mjma": "Mjma", "md": "Md", "mlr": "MLr",
    "mh": "Mh", "mi": "Mi", "mc": "Mc",
}
_QUAL_TYPE = {"moment": "Mw", "local": "ML", "body-wave": "mb", "body wave": "mb", "surface-wave": "Ms", "surface wave": "Ms"}
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
#: "The largest aftershock so far, a magnitude 5.6 tremor": a superlative introduces a quake.
_SUPERLATIVES = ("largest", "biggest", "strongest", "most powerful", "most intense")

ANCHOR = re.compile(
    r"\b(?P<det>an?|the|this|that|its|another|(?P<poss>yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s)\s+"
    r"(?P<mods>(?:[\w-]+,?\s+){0,3}?)"
    r"(?P<noun>earthquake|quake|aftershock|after-shock|foreshock|main\s?shock|tremor|temblor|shock|jolt|"
    r"(?:seismic\s+)?event|movement|shaking|epicent(?:er|re))\b(?!-)",
    re.I,
)
POSS_DAY = re.compile(
    r"\b(?P<day>yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\b(?=\s*(?:in\b|at\b|near\b|off\b|was\b|,|(?:quake|earthquake|tremor|temblor|aftershock|one)\b))",
    re.I,
)
PRONOUN = re.compile(r"\b(?P<p>[Ii]t|[Tt]his|which)\b(?=\s+(?:was|had|occurred|struck|hit|took|originated|is|were|measured|registered|lay|came|happened|also))")
QUAKE_VERB = re.compile(
    r"\b(?:struck|strikes?|hit|hits|occurr\w*|record\w*|jolt\w*|rock\w*|shook|shake|felt|detect\w*|register\w*|"
    r"measur\w*|took\s+place|happen\w*|originat\w*|locat\w*|centred|centered|epicent\w*|depth|strike|striking|"
    r"rattl\w*|trembl\w*|followed|triggered|reported)\b",
    re.I,
)
#: A cheap first look: a sentence with none of these cannot hold a quake's magnitude or a count.
INTEREST = re.compile(
    r"magnitud|richter|\bM[wlsbLjd]?\s?\d|\bmag\b|quake|aftershock|foreshock|main\s?shock|tremor|temblor|seism|epicent|"
    r"hypocent|depth|deep\b|kedalaman|kedlmn|gempa|shaking|movement|jolt",
    re.I,
)
#: A header row that names a magnitude column and a date or time column.
_TABLE_HINT = re.compile(
    r"(?im)^[^\n]{0,120}?\b(?:date|time)\b[^\n]{0,120}?\s\s(?:mag(?:nitude)?|m[lwbsd])\b|"
    r"^[^\n]{0,120}?\b(?:mag(?:nitude)?|m[lwbsd])\b[^\n]{0,120}?\s\s(?:date|time)\b"
)
#: One look-up per depth pattern, in the order of :data:`patterns.DEPTH`: each runs only if its words are there.
_HINT_DEPTHS = (
    re.compile(r"(?i)depth|kedalaman|kedlmn|profundidad"),
    re.compile(r"(?i)\bdeep\b|below|beneath|underground"),
    re.compile(r"(?i)hypocent"),
    re.compile(r"(?i)(?:km|kilomet\w*|miles?|mi)\s+(?:depth|deep)\b"),
    re.compile(r"(?m)\d[ \t]*km[ \t]*$"),
)
_DEADLINE_BEFORE = re.compile(r"\b(?:as\s+of|as\s+at|since|until|till|through|by)\s+(?:\w+\s+)?$", re.I)
#: A magnitude type written after the value: "4.6 MLv", "4.1 (ML)", "3.2 MN" (agency bulletins).
_TYPE_AFTER = re.compile(r"[ \t]*\(?(?P<t>M[Ll]v?|M[Ww][wbcrp]?|m[Bb]|M[Ss]|M[Dd]|M[Nn]|M[Jj](?:ma|MA)?|mb_?Lg|MLr)\)?(?![\w])")
LITERAL_QUAKE_RE = P.LITERAL_QUAKE
_REVISION_WORDS = re.compile(r"revis|upgrad|downgrad|updat|correct|lower|raise|adjust|chang|later\s+put")
_HINT_COORDS = re.compile(r"\d\s*°?\s*(?:[NS]\b|LU\b|LS\b|(?i:north|south))")
_HINT_NUMBER = re.compile(
    r"\d|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)\b)"
)
_HINT_FELT = re.compile(r"\bfelt\b")
_HINT_BOUND = re.compile(r"(?i)magnitud|\bM\s?\d|above|over|greater|exceed|least|between|below|less|under")
KV_LINE = re.compile(
    r"^[ \t*•\-]*(?:[A-Za-z][A-Za-z /().]{0,28}[=:]|(?:origin\s+time|date|time|depth|location|coordinates|region|"
    r"epicent\w+|magnitude|lat\w*|lon\w*)\b)",
    re.M | re.I,
)
#: "HUALIEN, April 24 -", "Mexico City, Sept 20 (AP) —": where and when the story was filed, not a quake time.
DATELINE = re.compile(
    r"(?:[A-Z][A-Z .'’-]{1,30}|[A-Z][A-Za-z .'’-]{1,40}(?=[^\n]{0,40}\((?:AP|AFP|Reuters|Xinhua|Kyodo|Bernama|Anadolu|dpa|IANS|PTI|ANI|CNA|UPI|Yonhap|Antara|EFE)\)))"
    r"(?:,\s*[A-Z][A-Za-z .'-]{1,30})?,?\s*(?:\(?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\)?)?\s*"
    r"(?:\((?:AP|AFP|Reuters|Xinhua|Kyodo|Bernama|Anadolu|dpa|IANS|PTI|ANI|CNA|UPI|Yonhap|Antara|EFE)\))?\s*[-–—]+\s"
)
#: "The USGS put the magnitude at 5.9", "initially measured it at 7.5": another value for the quake in focus.
ALT_VALUE = re.compile(
    r"(?:\b(?:put|gave|estimated|measured|rated|calculated|recorded|registered|assessed|listed|reported)\s+(?:the|its|it)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:at|as)\s+(?:magnitude\s+)?[0-9]|"
    r"\b(?:the|its)\s+(?:preliminary\s+|initial\s+)?magnitude\s+(?:at|as)\s+[0-9])",
    re.I,
)
ISSUED_LINE = re.compile(
    r"[ \t*•\-]*(?:issued|updated|released|published|sent|prepared|report(?:ed)?\s+(?:at|time|issued)|"
    r"(?:this\s+)?(?:message|bulletin|report|forecast)\s+(?:was\s+)?(?:issued|updated|sent)|next\s+update|diterbitkan)\b",
    re.I,
)
_MAX_SPAN = 600
#: A stated distance and bearing, or an agency's location field, says more than "in Hualien".
_PLACE_RANK = {"place_verb": 0, "place": 1, "place_dist": 2, "place_field": 3}


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
    lat: float | None = None
    lon: float | None = None
    role: str | None = None
    group: int | None = None
    another: bool = False
    anchor: str | None = None  # "indef", "ordinal", "dated" for drafts without a magnitude yet
    dated: dt.date | None = None
    para: int = 0
    sent_no: int = 0
    merged_into: Draft | None = None
    extra_spans: list[tuple[int, int]] = field(default_factory=list)


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


def extract(text: str, published: dt.date | None = None, tz: str | None = None) -> ParseResult:
    """Events and tallies in ``text``; see the module docstring for the pass."""
    if not text or not (QUAKE_WORD.search(text) or P.USGS_LINE.search(text) or P.KV_QUAKE.search(text)
                        or _TABLE_HINT.search(text)):
        return ParseResult()
    return _Pass(text, published, tz).run()


class _Pass:
    def __init__(self, text: str, published: dt.date | None, tz: str | None) -> None:
        self.text = text
        self.published = published
        self.tz = tz
        self.drafts: list[Draft] = []
        self.tallies: list[Tally] = []
        self.groups: list[_Group] = []
        self.consumed: list[tuple[int, int]] = []
        self.focus: Draft | None = None
        self.group_seq = 0
        self.sent_no = 0
        self._pending_groups: list[tuple[int, int, int, float, str | None]] = []
        self._para_start = -1
        # with no publication date, weekdays resolve against the text's own first full date
        self.anchor = anchor_date(text) if published is None else None
        self._para_quake: dict[int, bool] = {}
        self._kvq = False
        self._main: tuple[dt.date | None, tuple[int, int, int | None] | None] | None = None
        self._by_mag: dict[int, Draft] = {}
        self._sigs: dict[tuple[int, int, str | None], tuple[dt.date | None, int | None, frozenset[str]]] = {}

    # --- driver ------------------------------------------------------------------------------------
    def run(self) -> ParseResult:
        paras = paragraphs(self.text)
        relevant = self._relevant(paras)
        table_rows = find_tables(self.text, 0, len(self.text)) if _TABLE_HINT.search(self.text) else []
        for row in table_rows:
            self._table_row(row)
        row_spans = [(r.start, r.end) for r in table_rows]
        for pi, para in enumerate(paras):
            if not relevant[pi]:
                self.focus = None
                continue
            sents = sentences(self.text, para)
            self._para_start = para.start
            block_target = self._kv_block(para, pi)
            prev_hit = False
            for s in sents:
                self.sent_no += 1
                if row_spans and any(a <= s.start < b for a, b in row_spans):
                    continue  # a table row, read above
                # most sentences of a mixed page say nothing about a quake: skip them cheaply, but
                # keep one after a quake sentence, which may give its time or place
                hit = block_target is not None or bool(INTEREST.search(self.text, s.start, s.end))
                if hit or (prev_hit and (_HINT_NUMBER.search(self.text, s.start, s.end)
                                         or re.search(r"\b(?:[Ii]t|[Tt]he\s+(?:quake|earthquake|tremor))\b", self.text[s.start:s.end]))):
                    self._sentence(s, pi, block_target)
                    # a run of short lines after a quake line (a list entry's stamp, coordinates, depth) stays in
                    hit = hit or s.end - s.start < 80
                prev_hit = hit
        events = self._finish()
        return ParseResult(tuple(events), tuple(self.tallies))

    def _table_row(self, row: Row) -> None:
        """One quake from one table row: magnitude, time, depth, coordinates and place by column."""
        cells = row.cells
        mag = mtype = None
        for name, (value, _, _) in cells.items():
            v = decimal_value(value) if re.fullmatch(r"-?\d+(?:[.,]\d+)?", value) else None
            if re.match(r"(?i)^(?:mag(?:nitude)?|m|ml|mw|mb|ms|md|mwp|mww|mjma)\b", name) and v is not None and 0 < v < 10:
                mag = v
                t = re.sub(r"(?i)^mag(?:nitude)?\.?\s*", "", name).strip("() ")
                mtype = _canon_type(t) if re.fullmatch(r"(?i)m[a-z]{1,3}", t) else None
                break
        if mag is None:
            return
        d = Draft(pos=row.start, sent=Span(row.start, row.end), magnitude=mag, mag_type=mtype, group=-1,
                  anchor="table", sent_no=self.sent_no)
        for name, (value, a, b) in cells.items():
            low = name.lower()
            if re.match(r"date|time|origin|utc|local", low):
                for piece in find_pieces(self.text, self.published, self.tz, a, b, self.anchor):
                    if row.zone_hint == "UTC" and piece.offset_min is None:
                        piece = replace(piece, offset_min=0)
                    d.pieces.append(piece)
            elif low.startswith("depth"):
                num = re.match(r"\d+(?:\.\d+)?", value)
                if num:
                    d.depth_km = float(num.group())
            elif low.startswith("lat") or low.startswith("lon"):
                num = re.match(r"(-?\d+(?:\.\d+)?)\s*°?\s*([NSEW])?", value)
                if num:
                    v = float(num.group(1)) * (-1 if num.group(2) in ("S", "W") else 1)
                    if low.startswith("lat"):
                        d.lat = v
                    else:
                        d.lon = v
            elif re.match(r"region|location|place|area|epicent", low) and re.search(r"[A-Za-z]{2}", value):
                d.place = _clean_place(value)
                d.place_rank = _PLACE_RANK["place_field"]
        self._new(d)

    def _relevant(self, paras: list[Span]) -> list[bool]:
        """A paragraph is read if it, or a neighbour close by, mentions earthquakes."""
        # the list and key/value layouts are rare: look for them per paragraph only if the text has them
        usgs = P.USGS_LINE.search(self.text) is not None
        kvq = self._kvq = P.KV_QUAKE.search(self.text) is not None
        words = [QUAKE_WORD.search(self.text, p.start, p.end) is not None for p in paras]
        hits = [words[i] or bool((usgs and P.USGS_LINE.search(self.text, p.start, p.end))
                                 or (kvq and P.KV_QUAKE.search(self.text[p.start:p.end]))) for i, p in enumerate(paras)]
        self._para_quake = {i: True for i, w in enumerate(words) if w}
        out = []
        for i, p in enumerate(paras):
            near = hits[i]
            if not near and i > 0 and hits[i - 1] and p.start - paras[i - 1].end < 400:
                near = True
            if not near and i + 1 < len(paras) and hits[i + 1] and paras[i + 1].start - p.end < 200 and (p.end - p.start) < 400:
                near = True
            out.append(near)
        return out

    def _kv_block(self, para: Span, para_no: int) -> Draft | None:
        """Key/value blocks with one magnitude: every field in the block belongs to that quake."""
        block = self.text[para.start:para.end]
        if len(KV_LINE.findall(block)) < 3 or len(block) > 3000:
            return None
        mags = [m for m in P.MAGNITUDE.finditer(block) if m.group("kv") or m.group("typed") or m.group("named")]
        if len(mags) != 1:
            return None
        m = mags[0]
        return Draft(pos=para.start + m.start(), sent=para, anchor="block", para=para_no, sent_no=self.sent_no + 1)

    # --- one sentence -----------------------------------------------------------------------------
    def _sentence(self, s: Span, para_no: int, block: Draft | None) -> None:
        text = self.text
        lo, hi = s.start, s.end
        n_tallies_before = len(self.tallies)
        self._low = low = text[lo:hi].lower()
        self.consumed = []  # spans used by a count are only ever checked within their sentence
        # magnitudes and counts need a number, in digits or in words
        numeric = _HINT_NUMBER.search(text, lo, hi) is not None
        if numeric:
            self._tallies_in(lo, hi)
        items: list[Item] = []
        for a, b, n, mag, role in self._pending_groups:
            self.group_seq += 1
            drafts = [Draft(pos=a, sent=s, magnitude=mag, role=role, group=self.group_seq, para=para_no,
                            sent_no=self.sent_no) for _ in range(n)]
            for d in drafts:
                d.role = d.role or self._role_for(a, b, s)
            items.append(Item(a, b, drafts, "group"))
        self._pending_groups = []
        revising = numeric and _REVISION_WORDS.search(low) is not None
        revisions = [(m.start("v"), m.end("v")) for m in P.REVISION.finditer(text, lo, hi)] if revising else []
        for m in P.MAGNITUDE.finditer(text, lo, hi) if numeric else ():
            if any(a < m.end() and m.start() < b for a, b in revisions):
                continue
            item = self._mag_item(m, s, para_no)
            if item is not None:
                items.extend(item)
        mag_spans = [(it.start, it.end) for it in items]
        items.extend(self._anchor_items(s, para_no, mag_spans))
        items.sort(key=lambda it: it.start)
        self._merge_parenthetical(items)

        if not items and self.focus is None and block is None:
            return  # nothing here for a time, depth or place to belong to
        pieces = [p for p in find_pieces(text, self.published, self.tz, lo, hi, self.anchor) if not self._is_consumed(p.start, p.end)]
        attrs = self._attributes(lo, hi)
        kv = bool(KV_LINE.match(text, lo)) or bool(re.match(r"\s*(?:19|20)\d{2}-\d{2}-\d{2}", text[lo:lo + 12]))
        quake_verb = bool(QUAKE_VERB.search(text, lo, hi))
        new_tally_starts = [t.span[0] for t in self.tallies[n_tallies_before:] if t.span]
        tally_sentence = len(self.tallies) > n_tallies_before or bool(P.PLURAL_QUAKES.search(text, lo, hi))

        # resolve items in reading order against the focus
        resolved: list[tuple[Item, list[Draft]]] = []
        for it in items:
            if block is not None and it.kind not in ("group",) and it.drafts and it.drafts[0].magnitude is not None \
                    and block.sent.start <= it.start < block.sent.end:
                if block.magnitude is None:
                    self._fill(block, it.drafts[0])
                    self._new(block)
                resolved.append((it, [block]))
                self.focus = block
                continue
            drafts = self._resolve(it, s, para_no, resolved)
            if drafts:
                resolved.append((it, drafts))
                self.focus = drafts[-1]
        def owner(pos: int, end: int) -> list[Draft] | None:
            if block is not None:
                return [block.merged_into or block]
            before = [(it, ds) for it, ds in resolved if it.start <= pos]
            # an attribute inside an item (a date inside "Saturday's quake") belongs to it, and
            # one written right before a mention ("the June 15th, 2005 magnitude 7.2") too
            for it, ds in resolved:
                if (it.start <= pos and end <= it.end) or (0 <= it.start - end <= 2 and not text[end:it.start].strip()):
                    return ds
            if before:
                return before[-1][1]
            after = [(it, ds) for it, ds in resolved if it.start > pos]
            if after:
                return after[0][1]
            return None

        # time pieces: a group takes its pieces one per member, in order
        group_pieces: dict[int, list[TimePiece]] = {}
        named = [(it.start, it.end) for it in items if it.kind == "named"]
        dl = DATELINE.match(text, lo) if lo == self._para_start else None
        if dl:
            named.append((dl.start(), dl.end()))
        line_key = text[lo:min(hi, lo + 40)].split(":")[0].split("=")[0]
        if ISSUED_LINE.match(text, lo) or re.search(r"(?i)\b(?:issued|updated|released|sent)\b", line_key):
            pieces = []
        for p in pieces:
            if any(a <= p.start and p.end <= b for a, b in named):
                continue
            if p.in_range or p.year_only:
                if p.year_only:
                    ds = owner(p.start, p.end)
                    for d in ds or []:
                        d.pieces.append(p)
                continue
            if not p.text.endswith(("'s", "’s")) and _DEADLINE_BEFORE.search(text, max(lo, p.start - 14), p.start):
                continue  # "as of 10am yesterday", "by Wednesday morning": when a count was made, not a quake
            ds = owner(p.start, p.end)
            if p.step is not None and re.match(r"\s+by\b", text[p.end:p.end + 4]):
                nxt = [(it, dd) for it, dd in resolved if it.start >= p.end]
                if nxt:
                    ds = nxt[0][1]
            if ds is not None and new_tally_starts and p.start > min(new_tally_starts) and not any(
                    it.start <= p.start and it.kind in ("intro", "pred", "bare", "kv", "ref", "group") and ds is dd
                    for it, dd in resolved):
                continue
            if ds is None:
                if self.focus is None or not (kv or quake_verb) or tally_sentence:
                    continue
                if any(q.date is not None or q.clock is not None for q in self.focus.pieces) and not kv:
                    continue
                ds = [self.focus]
            if len(ds) > 1:
                group_pieces.setdefault(id(ds[0]), []).append(p)
                continue
            ds[0].pieces.append(p)
        for _, ds in resolved:
            gp = group_pieces.get(id(ds[0]))
            if not gp:
                continue
            dated = [p for p in gp if p.date is not None or p.relative or p.date_known]
            if len(dated) == len(ds):
                for d, p in zip(ds, dated, strict=True):
                    d.pieces.append(p)
                rest = [p for p in gp if p not in dated]
                for d in ds:
                    d.pieces.extend(rest)
            else:
                for d in ds:
                    d.pieces.extend(gp)

        for kind, a, b, value in attrs:
            ds = owner(a, b)
            if ds is None:
                if self.focus is None:
                    continue
                if (kind.startswith("place") and not (kv or quake_verb)) or (
                        kind.startswith("place") and para_no - self.focus.para > 1):
                    continue
                ds = [self.focus]
            if len(ds) > 1 and kind != "depth":
                continue
            for d in ds:
                self._set_attr(d, kind, value, (a, b))

        for m in P.REVISION.finditer(text, lo, hi) if revising else ():
            target = (owner(m.start(), m.end()) or [self.focus] if self.focus else [None])[0]
            v = decimal_value(m.group("v"))
            if v is None or v >= 10:
                continue
            if target is None and m.group("old2") and LITERAL_QUAKE_RE.search(text, lo, hi):
                # "BMKG later revised the quake's magnitude to 5.9 from 6.2": the only word of this quake
                target = Draft(pos=m.start("v"), sent=s, para=para_no, sent_no=self.sent_no)
            if target is None:
                continue
            old2 = decimal_value(m.group("old2")) if m.group("old2") else None
            if target.magnitude is None:
                # "the agency revised the quake's magnitude to 5.9 from 6.2": the quake had no value yet
                target.magnitude = old2 if old2 is not None else v
                if old2 is None:
                    continue
                if target not in self.drafts:
                    self._new(target)
            old = target.magnitude
            if any(it.kind == "alt" and ds and ds[0] is target for it, ds in resolved):
                # "X initially put it at 7.5 and later revised it to 7.7": another agency's value moved
                target.alt.append(_fmt_mag(v, None))
                continue
            if abs(old - v) > 0.001:
                target.alt.append(_fmt_mag(old, target.mag_type))
                target.magnitude = v
                if m.group("t"):
                    target.mag_type = _canon_type(m.group("t"))

    # --- magnitude mentions ------------------------------------------------------------------------
    def _mag_item(self, m: re.Match[str], s: Span, para_no: int) -> list[Item] | None:
        text = self.text
        a, b = m.start(), m.end()
        if self._is_consumed(a, b):
            return None
        g = m.groupdict()
        if g["lst"] or g["lst2"]:
            vals = [decimal_value(v) for v in re.findall(P.MAG_NUM, g["lst"] or g["lst2"])]
            if not vals or any(v is None or v >= 10 for v in vals):
                return None
            if not self._quake_context(a, b):
                return None
            left = text[max(s.start, a - 120):a]
            if P.HYPOTHETICAL.search(_clause_tail(left)):
                return None
            self.group_seq += 1
            drafts = []
            for v in vals:
                d = Draft(pos=a, sent=s, magnitude=v, group=self.group_seq, para=para_no, sent_no=self.sent_no)
                drafts.append(d)
            return [Item(a, b, drafts, "group")]
        raw = g["vkv"] or g["vt"] or g["vm"] or g["vn"] or g["vp"] or g["vmeas"] or g["va"] or g["vs"] or g["vc"] or g["va2"]
        if raw is None:
            return None
        v = decimal_value(raw) if raw[0].isdigit() else (float(word_value(raw)) if word_value(raw) else None)
        if v is None or v >= 10 or v <= 0:
            return None
        if g["cont"] and not re.search(r"(?i)magnitude|\bM\s?\d|richter|quakes|aftershocks|tremors|temblors", text[s.start:a]):
            # "a 6.0 at 5:26 p.m." continues a list only where a magnitude was named before it
            return None
        vstart = m.start("vkv") if g["vkv"] else m.start("vt") if g["vt"] else m.start("vm") if g["vm"] else \
            m.start("vn") if g["vn"] else m.start("vp") if g["vp"] else m.start("vmeas") if g["vmeas"] else \
            m.start("va") if g["va"] else m.start("vs") if g["vs"] else m.start("vc") if g["vc"] else m.start("va2")
        vend = vstart + len(raw)
        right = text[vend:min(s.end, vend + 60)]
        if P.NOT_MAG_AFTER.match(right) and not g["post"]:
            return None
        left = text[max(s.start, a - 160):a]
        if P.BOUND_BEFORE.search(left) or (P.BOUND_AFTER.match(text[vend:min(s.end, vend + 30)]) and not g["post"]):
            return None
        if g["post"] and P.BOUND_AFTER.match(text[b:min(s.end, b + 30)]):
            return None
        if g["post"] and re.search(r"[-–]\s*$", left[-3:]) and re.search(r"\d\s*[-–]\s*$", left[-6:]):
            return None
        usgs_line = bool(g["bareM"]) and bool(re.match(
            r"\s*[-–]\s*(?:\d+(?:\.\d)?\s*km\s+[NSEW]{1,3}\s+of\b|[A-Z])|\s+(?:strikes|hits|jolts|shakes)\s+\d", text[b:b + 30]))
        # a quake word in the paragraph settles the context at once; else look around
        kv_block = not usgs_line and self._kvq and bool(P.KV_QUAKE.search(text[max(0, a - 400):b + 400]))
        if not (usgs_line or kv_block or self._para_quake.get(para_no, False) or self._quake_context(a, b)
                or (g["kv"] and self._quake_context(a, b, wide=True))):
            return None
        ctx = text[max(s.start, a - 80):min(s.end, b + 80)]
        if P.ASTRONOMY.search(ctx) and not QUAKE_WORD.search(ctx):
            return None
        if not usgs_line and not kv_block and P.FINANCE.search(text, s.start, s.end) \
                and not P.LITERAL_QUAKE.search(text, s.start, s.end):
            return None
        tail = _clause_tail(left)
        if P.HYPOTHETICAL.search(tail) or P.HYPOTHETICAL_AFTER.match(text[b:min(s.end, b + 40)]) \
                or P.HYPOTHETICAL_CONSEQUENCE.match(text[b:min(s.end, b + 90)]):
            return None
        if re.search(r"\b(?:such|similar)\s+(?:an?\s+)?$", left[-20:], re.I):
            return None
        mtype = None
        t = g["tkv"] or g["t"] or g["t2"] or g["t3"]
        if t:
            mtype = _canon_type(t)
        elif g["q"] and g["q"].lower() in _QUAL_TYPE:
            mtype = _QUAL_TYPE[g["q"].lower()]
        elif g["q2"]:
            mtype = "Mw"
        if g["bareM"] and not mtype:
            mtype = None
        after_type = _TYPE_AFTER.match(text, b, min(s.end, b + 12))
        if mtype is None and after_type:
            mtype = _canon_type(after_type.group("t"))
        kind = self._mention_kind(m, left)
        d = Draft(pos=a, sent=s, magnitude=v, mag_type=mtype, para=para_no, sent_no=self.sent_no)
        d.another = bool(P.ANOTHER_BEFORE.search(left[-40:]))
        d.role = self._role_for(a, b, s)
        inner = P.ROLE_WORD.search(m.group(0))
        if inner and d.role is None:
            d.role = "aftershock" if inner.group("after") else "foreshock" if inner.group("fore") else "mainshock"
        if g["sup"] and re.search(r"(?i)\baftershocks\b", text[s.start:a]):
            d.role = "aftershock"  # "N aftershocks followed, the strongest measuring 4.8"
        if g["q"] and g["q"].lower() in ("preliminary", "initial"):
            d.alt = []
        return [Item(vstart - 2 if g["cont"] else a, b, [d], kind)]

    def _mention_kind(self, m: re.Match[str], left: str) -> str:
        g = m.groupdict()
        if g["kv"]:
            return "kv"
        if g["sup"]:
            return "intro"
        if g["altv"]:
            return "alt"
        lt = left[-60:]
        if ALT_VALUE.search(lt[-40:] + m.group(0)):
            return "alt"
        if P.PREDICATIVE_BEFORE.search(lt):
            return "pred"
        if P.INDEFINITE_BEFORE.search(lt[-30:]):
            return "intro"
        if P.DEFINITE_BEFORE.search(lt[-40:]):
            return "ref"
        return "bare"

    def _quake_context(self, a: int, b: int, wide: bool = False) -> bool:
        """A quake word nearby: in the same paragraph stretch, within a few hundred characters."""
        reach = 900 if wide else 450
        lo, hi = max(0, a - reach), min(len(self.text), b + reach)
        window = self.text[lo:hi]
        # do not look across a blank line into another story unless the stretch is short
        rel_a = a - lo
        cut_lo = window.rfind("\n\n", 0, rel_a)
        cut_hi = window.find("\n\n", rel_a)
        near = window[max(0, cut_lo - (300 if cut_lo > 0 else 0)) if cut_lo >= 0 else 0:
                      (cut_hi + 300) if cut_hi >= 0 else len(window)]
        return bool(QUAKE_WORD.search(near))

    def _role_for(self, a: int, b: int, s: Span) -> str | None:
        text = self.text
        right = text[b:min(s.end, b + 40)]
        m = re.match(r"^[\s'’-]*(?:[\w-]+\s+){0,2}?(?P<w>aftershocks?|after-shocks?|foreshocks?|main\s?shocks?|mainshock)\b", right, re.I)
        if m:
            return _role_of(m.group("w"))
        pred = re.match(
            r"^[^.;]{0,70}?\b(?:were|was|is|are|as|being)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?P<w>aftershocks?|foreshocks?|main\s?shocks?)\b",
            text[b:min(s.end, b + 90)], re.I)
        if pred:
            return _role_of(pred.group("w"))
        if re.match(r"^(?:[^.;]|\.\d){0,80}?\b(?:was\s+)?(?:followed\s+(?:[\w-]+\s+){0,4}?by|triggered|generated|produced|spawned|caused)\b(?:[^.;]|\.\d){0,50}?\baftershocks?\b",
                    text[b:min(s.end, b + 140)], re.I):
            return "mainshock"
        if re.match(r"^[^.;]{0,40}?\b(?:was|were|had\s+been)\s+preceded\s+by\b", text[b:min(s.end, b + 80)], re.I):
            return "mainshock"
        left = text[max(s.start, a - 200):a]
        near_left = left[-45:]
        if re.search(r"\baftershocks?\s+(?:of|to|from|following|after)\s+(?:the\s+|a\s+|an\s+|last\s+\w+['’]s\s+)?(?:[\w,'’-]+\s+){0,4}$", left[-80:], re.I):
            return "mainshock"
        rw = list(P.ROLE_WORD.finditer(near_left))
        if rw and not P.TRIGGER_BEFORE.search(near_left[rw[-1].end():]):
            w = rw[-1]
            if not re.search(r"\b(?:and|while|but)\b", near_left[w.end():]):
                return "aftershock" if w.group("after") else "foreshock" if w.group("fore") else "mainshock"
        trig = list(P.TRIGGER_BEFORE.finditer(left))
        if trig:
            before = left[:trig[-1].start()]
            if re.search(r"\baftershocks?\b", before + trig[-1].group(0), re.I):
                return "mainshock"
        if P.PRECEDED_BEFORE.search(left[-60:]):
            return "foreshock"
        return None

    # --- anchors --------------------------------------------------------------------------------------
    def _anchor_items(self, s: Span, para_no: int, mag_spans: list[tuple[int, int]]) -> list[Item]:
        text = self.text
        out: list[Item] = []

        def overlaps(a: int, b: int) -> bool:
            return any(not (b <= x or a >= y) for x, y in mag_spans) or self._is_consumed(a, b)

        for m in ANCHOR.finditer(text, s.start, s.end):
            a, b = m.start(), m.end()
            noun = m.group("noun").lower()
            mods = (m.group("mods") or "").lower()
            det = m.group("det").lower()
            if overlaps(a, b) or re.search(r"\d", mods):
                # "the March 11 earthquake", "the 2010 quake": a quake named by a date, not described
                if re.search(r"\d", mods) and not overlaps(a, b):
                    out.append(Item(a, b, [], "named"))
                continue
            if re.search(r"\b(?:magnitude|such|similar|big|next|possible|major\s+one|future)\b", mods) and det in ("a", "an"):
                continue
            ordinal = next((o for o in _ORDINALS + _SUPERLATIVES if re.search(rf"\b{o}\b", mods)), None)
            if noun in ("movement", "shaking", "shock", "jolt") and not ordinal and "seismic" not in mods:
                continue
            if noun.endswith("event") and det not in ("this", "the") and "seismic" not in noun:
                continue
            role = _role_of(noun) if re.match(r"after|fore|main", noun) else None
            if re.search(r"\b(?:main|initial|original)\b", mods):
                role = "mainshock"
            right = text[b:min(s.end, b + 25)]
            rr = re.match(r"^[\s,]*(?:or\s+)?['‘’\"]?(?P<w>main\s?shock|aftershock|foreshock)", right, re.I)
            if rr:
                role = _role_of(rr.group("w"))
            poss = m.group("poss")
            if poss and poss.lower() not in ("yesterday", "today") and not re.match(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", poss, re.I):
                poss = None
            if poss or (det in ("the", "this", "that", "its") and not ordinal):
                kind = "dated" if poss else "ref"
                out.append(Item(a, b, [Draft(pos=a, sent=s, role=role, anchor=kind, para=para_no, sent_no=self.sent_no)], "anchor-" + kind))
                continue
            if det == "another" or det in ("a", "an") or ordinal:
                d = Draft(pos=a, sent=s, role=role, anchor="ordinal" if ordinal else "indef", para=para_no, sent_no=self.sent_no)
                d.another = det == "another"
                out.append(Item(a, b, [d], "anchor-new"))
        low = self._low
        for m in POSS_DAY.finditer(text, s.start, s.end) if ("'s" in low or "’s" in low) else ():
            a, b = m.start(), m.end()
            if overlaps(a, b) or any(it.start <= a < it.end for it in out):
                continue
            out.append(Item(a, b, [Draft(pos=a, sent=s, anchor="dated", para=para_no, sent_no=self.sent_no)], "anchor-dated"))
        for m in PRONOUN.finditer(text, s.start, s.end) if ("it " in low or "this " in low or "which " in low) else ():
            a = m.start("p")
            if overlaps(a, a + 2):
                continue
            out.append(Item(a, a + len(m.group("p")), [Draft(pos=a, sent=s, anchor="ref", para=para_no, sent_no=self.sent_no)], "anchor-ref"))
        return out

    def _merge_parenthetical(self, items: list[Item]) -> None:
        """"ML 7.6 (Mw 7.8)", "magnitude one (M1)": a second value in brackets is the same quake."""
        i = 1
        while i < len(items):
            prev, cur = items[i - 1], items[i]
            gap = self.text[prev.end:cur.start]
            if (prev.kind not in ("group",) and cur.kind not in ("group",) and prev.drafts and cur.drafts
                    and prev.drafts[0].magnitude is not None and cur.drafts[0].magnitude is not None
                    and re.fullmatch(r"\s*[(\[/,]\s*(?:or\s+)?", gap) and not prev.kind.startswith("anchor")):
                p, c = prev.drafts[0], cur.drafts[0]
                if abs(p.magnitude - c.magnitude) > 0.001 or (c.mag_type and c.mag_type != p.mag_type):
                    p.alt.append(_fmt_mag(c.magnitude, c.mag_type))
                    if p.mag_type is None and c.mag_type and abs(p.magnitude - c.magnitude) < 0.001:
                        p.mag_type = c.mag_type
                prev.end = max(prev.end, cur.end)
                del items[i]
                continue
            i += 1

    # --- resolution -----------------------------------------------------------------------------------
    def _resolve(self, it: Item, s: Span, para_no: int, done: list[tuple[Item, list[Draft]]]) -> list[Draft]:
        focus = self.focus
        if it.kind == "named":
            return []
        if it.kind == "group":
            for d in it.drafts:
                self._new(d)
            self._apply_group_defaults(it.drafts)
            return it.drafts
        if it.kind.startswith("anchor"):
            d = it.drafts[0]
            if it.kind == "anchor-ref":
                if focus is not None and (self.sent_no - focus.sent_no) <= 12:
                    role = d.role or self._role_for(it.start, it.end, s)
                    if role and focus.role is None:
                        focus.role = role
                    return [focus]
                return []
            self._new(d)
            return [d]
        d = it.drafts[0]
        prev = done[-1] if done else None
        # an anchor just before ("a foreshock earthquake with a magnitude 6.2") takes this value
        if prev is not None and prev[0].kind in ("anchor-new", "anchor-dated", "anchor-ref") and prev[1]:
            target = prev[1][-1]
            gap = self.text[prev[0].end:it.start]
            if target.magnitude is None and len(gap) <= 60 and _roles_agree(target, d) and not re.search(
                    r"\b(?:after|before|than|following|triggered|by|and\s+an?|while|but|(?:to|of|from)\s+the)\b", gap, re.I):
                return [self._fill(target, d)]
            if target.magnitude is not None and abs(target.magnitude - d.magnitude) < 0.051 and len(gap) <= 60 and it.kind in ("pred", "ref", "bare"):
                return [target]
        if it.kind == "alt" and focus is not None and self.sent_no - focus.sent_no <= 8:
            if focus.magnitude is None:
                return [self._fill(focus, d)]
            # another agency's value is for the story's main quake: the largest one told lately
            # within a unit of this value, else the quake in focus
            recent = [x for x in self.drafts[-30:] if x.magnitude is not None and x.merged_into is None
                      and x.group is None and self.sent_no - x.sent_no <= 12 and abs(x.magnitude - d.magnitude) <= 1.0]
            target = max(recent, key=lambda x: x.magnitude) if recent else focus  # type: ignore[arg-type,return-value]
            if abs(target.magnitude - d.magnitude) > 0.001:  # type: ignore[operator]
                target.alt.append(_fmt_mag(d.magnitude, d.mag_type))
            return [target]
        if it.kind == "pred":
            if focus is not None and focus.magnitude is None and self.sent_no - focus.sent_no <= 2:
                return [self._fill(focus, d)]
            if focus is not None and focus.magnitude is not None and abs(focus.magnitude - d.magnitude) < 0.051:
                return [focus]
        if it.kind == "ref":
            # the latest quake told with this magnitude (to the tenth), looked up, not searched
            same = self._by_mag.get(round(d.magnitude * 10))
            if same is not None and same.merged_into is None and same.magnitude is not None \
                    and abs(same.magnitude - d.magnitude) < 0.051:
                return [same]
        if it.kind in ("intro", "bare", "kv") and focus is not None and focus.magnitude is None \
                and focus.anchor == "indef" and self.sent_no - focus.sent_no == 1 and not d.another \
                and (d.role is None or focus.role is None or d.role == focus.role):
            return [self._fill(focus, d)]
        self._new(d)
        self._apply_group_defaults([d])
        return [d]

    def _new(self, d: Draft) -> None:
        self.drafts.append(d)
        if d.magnitude is not None:
            self._by_mag[round(d.magnitude * 10)] = d

    def _fill(self, target: Draft, d: Draft) -> Draft:
        target.magnitude = d.magnitude
        target.mag_type = target.mag_type or d.mag_type
        target.alt.extend(d.alt)
        target.role = target.role or d.role
        target.extra_spans.append((d.pos, d.pos))
        self._by_mag[round(d.magnitude * 10)] = target  # type: ignore[operator]
        if target.anchor in ("indef", "ordinal"):
            self._apply_group_defaults([target])
        return target

    def _apply_group_defaults(self, drafts: list[Draft]) -> None:
        for g in reversed(self.groups):
            if drafts[0].pos - g.pos > 3000:
                break
            if g.used >= g.n:
                continue
            for d in drafts:
                if g.used >= g.n:
                    break
                g.used += 1
                if d.role is None:
                    d.role = g.role
                if g.pieces:
                    d.pieces = list(g.pieces) + d.pieces
            return

    # --- attributes ------------------------------------------------------------------------------------
    def _attributes(self, lo: int, hi: int) -> list[tuple[str, int, int, object]]:
        text = self.text
        out: list[tuple[str, int, int, object]] = []
        taken: list[tuple[int, int]] = []
        hints = [h.search(text, lo, hi) is not None for h in _HINT_DEPTHS]
        for m in (m for pat, hint in zip(P.DEPTH, hints, strict=True) if hint for m in pat.finditer(text, lo, hi)):
            km = _depth_km(m)
            if km is not None and not any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                out.append(("depth", m.start(), m.end(), km))
                taken.append((m.start(), m.end()))
        low = self._low
        has_digit = any(c.isdigit() for c in low)
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
        for m in P.COORDS_WORDS.finditer(text, lo, hi) if "degree" in low else ():
            lat, lon = float(m.group("lat")), float(m.group("lon"))
            if lat <= 90 and lon <= 180:
                lat = -lat if m.group("ns").lower() == "south" else lat
                lon = -lon if m.group("ew").lower() == "west" else lon
                out.append(("coords", m.start(), m.end(), (lat, lon)))
                taken.append((m.start(), m.end()))
        has_lat = "lat" in low and has_digit
        signed = list(P.COORDS_SIGNED.finditer(text, lo, hi)) if has_lat else []
        lat_f, lon_f = (None, None) if signed or not has_lat else (P.LAT_FIELD.search(text, lo, hi), P.LON_FIELD.search(text, lo, hi))
        for m, kind in ((lat_f, "lat"), (lon_f, "lon")):
            if m is not None:
                v = float(m.group("v"))
                v = -v if (m.group("h") or "").upper() in ("S", "W") else v
                if abs(v) <= (90 if kind == "lat" else 180):
                    out.append((kind, m.start(), m.end(), v))
        for m in signed:
            out.append(("coords", m.start(), m.end(), (float(m.group("lat")), float(m.group("lon")))))
        for m in P.LIST_TITLE_PLACE.finditer(text, lo, hi) if low.lstrip().startswith("m") else ():
            out.append(("place_field", m.start("p"), m.end("p"), m.group("p").strip()))
            taken.append((m.start(), m.end()))
        for m in P.PLACE_FIELD.finditer(text, lo, hi):
            place = _clean_place(m.group("p"))
            if place:
                out.append(("place_field", m.start(), m.end(), place))
                taken.append((m.start(), m.end()))
        for m in P.DISTANCE_PLACE.finditer(text, lo, hi) if has_digit and ("km" in low or "kilomet" in low or "mile" in low or "mi " in low) else ():
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            place = _clean_place(m.group(0))
            if place:
                out.append(("place_dist", m.start(), m.end(), place))
                taken.append((m.start(), m.end()))
        for m in P.PREP_PLACE.finditer(text, lo, hi):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            verb = re.match(r"(?:hit|struck|jolted|rocked|shook|rattled)\s+", m.group(0))
            words = re.sub(r"^(?:in|near|off|beneath|under|close\s+to|outside|offshore|(?:located|centred|centered)\s+at|"
                           r"hit|struck|jolted|rocked|shook|rattled)\s+", "", m.group(0))
            if P.NOT_PLACE.match(words):
                continue
            place = _clean_place(words)
            if place:
                out.append(("place_verb" if verb else "place", m.start(), m.end(), place))
        out.sort(key=lambda x: x[1])
        return out

    def _set_attr(self, d: Draft, kind: str, value: object, span: tuple[int, int]) -> None:
        if kind == "depth" and d.depth_km is None:
            d.depth_km = value  # type: ignore[assignment]
        elif kind in _PLACE_RANK and (d.place is None or _PLACE_RANK[kind] > d.place_rank):
            d.place = value  # type: ignore[assignment]
            d.place_rank = _PLACE_RANK[kind]
        elif kind == "coords" and d.lat is None:
            d.lat, d.lon = value  # type: ignore[misc]
        elif kind == "lat" and d.lat is None:
            d.lat = value  # type: ignore[assignment]
        elif kind == "lon" and d.lon is None:
            d.lon = value  # type: ignore[assignment]
        else:
            return
        d.extra_spans.append(span)

    # --- tallies ---------------------------------------------------------------------------------------
    def _tallies_in(self, lo: int, hi: int) -> None:
        text = self.text
        for m in P.PLURAL_QUAKES.finditer(text, lo, hi):
            noun_a, noun_b = m.start(), m.end()
            if self._is_consumed(noun_a, noun_b):
                continue
            part = P.PARTITIVE.search(text[max(lo, noun_a - 60):noun_a])
            if part:
                self._tally(part.group("c"), max(lo, noun_a - 60) + part.start(), noun_a, noun_b, m.group(0), "", lo, hi, partitive=True)
                continue
            found = _count_before(text, max(lo, noun_a - 90), noun_a)
            if found is None:
                continue
            c_start, c_end, plus = found
            mid = text[c_end:noun_a]
            self._tally(text[c_start:c_end], c_start, noun_a, noun_b, m.group(0), mid, lo, hi, plus=plus)
        for m in _near_before(P.NOUNLESS_COUNT, _HINT_BOUND, text, lo, hi):
            if self._is_consumed(m.start(), m.end()):
                continue
            lo_b, hi_b, bspan = _bounds(text[m.end("lead"):min(hi, m.end("lead") + 40)])
            if bspan is None or bspan[0] > 2 or (lo_b is None and hi_b is None):
                continue
            n = count_value(m.group("c"))
            if n is None or n < 2 or (m.group("c").isdigit() and 1800 <= n <= 2100):
                continue
            context = text[max(0, m.start() - 300):m.end()]
            if not P.PLURAL_QUAKES.search(context) and not re.search(r"\baftershocks?\b", context, re.I):
                continue
            what = "aftershocks" if re.search(r"\baftershocks\b", context, re.I) else "earthquakes"
            end = m.end("lead") + bspan[1]
            self.tallies.append(Tally(count=n, what=what, mag_min=lo_b, mag_max=hi_b,
                                      evidence=text[m.start():end], span=(m.start(), end)))
            self.consumed.append((m.start(), end))
        for m in _near_before(P.FELT_COUNT, _HINT_FELT, text, lo, hi):
            if self._is_consumed(m.start(), m.end()):
                continue
            n = count_value(m.group("c"))
            if n is None or n < 2 or (m.group("c").isdigit() and 1800 <= n <= 2100):
                continue
            context = text[max(0, m.start() - 300):m.end()]
            if not re.search(r"(?i)quakes|aftershocks|tremors|temblors", context):
                continue
            what = "aftershocks" if re.search(r"\baftershocks\b", context, re.I) else "earthquakes"
            self.tallies.append(Tally(count=n, what=what, felt=True, evidence=m.group(0), span=(m.start(), m.end())))
            self.consumed.append((m.start(), m.end()))
        for m in P.OF_THE_COUNT.finditer(text, lo, hi) if " of the " in self._low else ():
            if self._is_consumed(m.start("c"), m.end("c")):
                continue
            n = count_value(m.group("c"))
            if n is None or n < 2:
                continue
            what = "aftershocks" if m.group("noun").lower().startswith("after") else "earthquakes"
            self.tallies.append(Tally(count=n, what=what, evidence=m.group(0), span=(m.start(), m.end())))
            self.consumed.append((m.start("c"), m.end("c")))

    def _tally(self, c_text: str, c_start: int, noun_a: int, noun_b: int, noun: str, mid: str, lo: int, hi: int,
               partitive: bool = False, plus: bool = False) -> None:
        text = self.text
        n = count_value(c_text)
        if n is None or n < 2:
            return
        if not re.search(r",", c_text) and 1800 <= n <= 2100 and c_text.isdigit():
            return
        left = text[max(lo, c_start - 120):c_start]
        if P.HYPOTHETICAL.search(_clause_tail(left)) or re.match(r"^[^.;]{0,40}\b(?:may|could|might|would|will)\b", text[noun_b:noun_b + 60]):
            return
        if re.search(r"\b(?:dozens|hundreds|thousands)\s+of\s+$", left):
            return
        if re.search(r"(?i)\b(?:list|table)\s+(?:shows|contains|includes|has)\b|\b(?:listed|shown)\s+below\b", text[lo:hi]):
            return
        # the window after the noun, to the end of its clause, for bounds and "felt"
        after_end = hi
        cut = re.search(r"(?<![ap]\.m)[;.!?]\s|,\s+(?:including|while|and\s+\d|with\s+\d|(?!all\s)\w+\s+of\s+(?:them|those|which)|(?!all\s+of)(?:\w+|\d+)\s+(?:were|was|had|measured)\b)|"
                        r"\bincluding\b|\(|\bwhile\b", text[noun_b:hi])
        if cut:
            after_end = noun_b + cut.start()
        after = text[noun_b:min(after_end, noun_b + 160)]
        head = text[c_start:noun_a]
        bounds = _bounds(head, "head") if re.search(r"\d|magnitude", mid, re.I) or plus else (None, None, None)
        if plus and bounds == (None, None, None):
            bounds = (None, None, None)
        if bounds[0] is None and bounds[1] is None:
            ab = _bounds(after)
            if ab[0] is not None or ab[1] is not None:
                bounds = ab
        if bounds[2] is not None and re.search(r"intensity|shindo|level|scale", (head if bounds[2][2] == "head" else after)[:bounds[2][0]][-25:], re.I):
            bounds = (None, None, None)
        lo_b, hi_b, bspan = bounds
        what = "aftershocks" if re.match(r"after", noun, re.I) else "earthquakes"
        # an exact magnitude in the count ("Two magnitude 5.7 earthquakes") or a list after it: events
        exact = None
        if lo_b is None and hi_b is None:
            em = re.search(rf"(?:magnitude[- ]|M\s?)({P.MAG_NUM})\b|\b({P.MAG_NUM})[- ]magnitude", head, re.I)
            if em:
                exact = decimal_value(em.group(1) or em.group(2))
        if exact is not None and n <= 20 and not partitive:
            self._count_group_events(n, exact, c_start, noun_b, what)
            return
        if lo_b is None and hi_b is None and not partitive:
            lst = re.match(rf"^[\s,]*(?:measuring|of\s+magnitudes?|with\s+magnitudes?\s+(?:of\s+)?|:)\s*{P.MAG_NUM}", after, re.I)
            if lst or (n <= 10 and self._enumerated_later(n, noun_b)) or re.match(r"^\s*:", after):
                self.groups.append(_Group(c_start, n, "aftershock" if what == "aftershocks" else None,
                                          [p for p in find_pieces(text, self.published, self.tz, noun_b, after_end, self.anchor)
                                           if not p.in_range and (p.relative or p.date_known)]))
                return
        end = noun_b
        if bspan is not None and bspan[1] > 0 and bspan[0] >= 0:
            end = max(end, noun_b + bspan[1]) if bspan[2] == "after" else end
        felt_zone = text[noun_b:after_end]
        felt = True if (P.FELT.search(felt_zone) and not P.NOT_FELT.search(felt_zone)) or re.search(r"\bfelt\b", mid, re.I) else None
        as_of = self._as_of(max(lo, c_start - 120), c_start) or self._as_of(noun_b, after_end)
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
        after = self.text[pos:pos + 2500].lower()
        found = sum(1 for o in _ORDINALS[:n] if re.search(rf"\bthe\s+{o}\b", after))
        return found >= (1 if n <= 3 else 2)

    def _as_of(self, a: int, b: int) -> str | None:
        m = re.search(r"\b(?:as\s+of|as\s+at|by|until|through)\s+(?P<t>[^,;]{2,40})", self.text[a:b], re.I)
        if not m:
            return None
        pieces = find_pieces(self.text, self.published, self.tz, a + m.start("t"), a + m.end("t"), self.anchor)
        date = next((p.date for p in pieces if p.date), None)
        clock = next((p.clock for p in pieces if p.clock and p.offset_min is None), None)
        if date is None and clock is not None and self.focus is not None:
            # "as of noon": on the day of the quake the story is about
            date = self._sig(self.focus)[0]
        if date is None:
            return None
        return f"{date.isoformat()}T{clock[0]:02d}:{clock[1]:02d}" if clock else date.isoformat()

    def _is_consumed(self, a: int, b: int) -> bool:
        return any(not (b <= x or a >= y) for x, y in self.consumed)

    # --- finishing ------------------------------------------------------------------------------------
    def _finish(self) -> list[Event]:
        drafts = [d for d in self.drafts if d.merged_into is None]
        # dated anchors ("Saturday's quake") join the quake of that date
        by_date: dict[dt.date, list[Draft]] = {}
        for x in drafts:
            date = self._draft_date(x)
            if x.magnitude is not None and date is not None:
                by_date.setdefault(date, []).append(x)
        for d in drafts:
            if d.magnitude is not None or d.anchor not in ("dated", "indef", "ordinal"):
                continue
            date = self._draft_date(d)
            same = [x for x in by_date.get(date, []) if x.merged_into is None] if date else []
            if same:
                _absorb(min(same, key=lambda x: abs(x.pos - d.pos)), d)
            elif date is not None and d.anchor == "dated":
                # "Tuesday's quake struck ...": the undated quake told just before, the main one first
                before = [x for x in drafts if x.magnitude is not None and x.merged_into is None and x.group is None
                          and x.pos < d.pos and d.pos - x.pos < 3000 and self._draft_date(x) is None]
                if before:
                    main = [x for x in before if x.role == "mainshock"]
                    _absorb((main or before)[-1], d)
        live = [d for d in drafts if d.magnitude is not None and d.merged_into is None]
        # one quake told twice: the same magnitude with nothing that disagrees. Only drafts of the
        # same magnitude are compared, and only a few thousand characters apart, so a list of
        # 100,000 quakes costs linear time.
        by_mag: dict[int, list[Draft]] = {}
        for d in live:
            if d.group is None:
                by_mag.setdefault(round(d.magnitude * 10), []).append(d)  # type: ignore[operator]
        for bucket in by_mag.values():
            for i, a in enumerate(bucket):
                if a.merged_into is not None:
                    continue
                for b in bucket[i + 1:i + 16]:
                    # a quake is retold within its own story, a few paragraphs on at most
                    if b.merged_into is not None or b.another or b.pos - a.pos > 4000 or b.para - a.para > 6:
                        continue
                    if abs(a.magnitude - b.magnitude) > 0.051:  # type: ignore[operator]
                        continue
                    if self._conflict(a, b) or not (self._thin(a) or self._thin(b) or self._agree(a, b)):
                        continue
                    _absorb(a, b)
        live = [d for d in live if d.merged_into is None]
        # an agency's revised bulletin repeats the origin time with a new magnitude: one quake, the
        # later value final and the earlier kept as an alternate
        blocks: dict[tuple[dt.date, int], Draft] = {}
        for d in sorted(live, key=lambda x: x.pos):
            if d.anchor != "block":
                continue
            date, minute, _ = self._sig(d)
            if date is None or minute is None:
                continue
            first = blocks.get((date, minute))
            if first is not None and first.merged_into is None and abs(first.magnitude - d.magnitude) <= 1.0:  # type: ignore[operator]
                d.alt.append(_fmt_mag(first.magnitude, first.mag_type))
                d.alt.extend(first.alt)
                first.merged_into = d
            blocks[(date, minute)] = d
        live = [d for d in live if d.merged_into is None]
        self._imply_mainshock(live)
        main = next((d for d in live if d.role == "mainshock"), None)
        self._main = _combine(main.pieces, self.tz)[:2] if main is not None else None
        events = []
        prev_local: tuple[dt.date | None, tuple[int, int, int | None] | None, str] | None = None
        for n, d in enumerate(sorted(live, key=lambda x: x.pos)):
            ev, prev_local = self._event(d, n, prev_local)
            events.append(ev)
        return events

    def _imply_mainshock(self, live: list[Draft]) -> None:
        """Foreshocks and aftershocks imply a mainshock: the largest quake told near them, if unnamed.

        Only a quake larger than every one of them, with no role of its own, told within a few
        thousand characters, and only when the text names no mainshock there already.
        """
        sub = [d for d in live if d.role in ("aftershock", "foreshock")]
        if not sub:
            return
        lo, hi = min(d.pos for d in sub) - 3000, max(d.pos for d in sub) + 3000
        near = [d for d in live if lo <= d.pos <= hi]
        if any(d.role == "mainshock" for d in near):
            return
        biggest = max(d.magnitude for d in sub)  # type: ignore[type-var]
        dates = {self._sig(d)[0] for d in sub} - {None}
        cands = [d for d in near if d.role is None and d.magnitude > biggest  # type: ignore[operator]
                 and not any(p.year_only for p in d.pieces)
                 and (not dates or self._sig(d)[0] is None
                      or min(abs((self._sig(d)[0] - x).days) for x in dates) <= 30)]  # type: ignore[operator]
        if cands:
            max(cands, key=lambda d: d.magnitude).role = "mainshock"  # type: ignore[arg-type,return-value]

    def _draft_date(self, d: Draft) -> dt.date | None:
        return self._sig(d)[0]

    def _sig(self, d: Draft) -> tuple[dt.date | None, int | None, frozenset[str]]:
        """(local date, minute of day, place words) of a draft, computed once per draft state."""
        key = (id(d), len(d.pieces), d.place)
        sig = self._sigs.get(key)
        if sig is None:
            date, clock = _combine(d.pieces, self.tz)[:2]
            sig = (date, clock[0] * 60 + clock[1] if clock else None, frozenset(_words(d.place)) if d.place else frozenset())
            self._sigs[key] = sig
        return sig

    def _thin(self, d: Draft) -> bool:
        return not (d.pieces or d.depth_km is not None or d.place or d.lat is not None)

    def _agree(self, a: Draft, b: Draft) -> bool:
        (da, _, wa), (db, _, wb) = self._sig(a), self._sig(b)
        if da and db and da == db:
            return True
        if a.depth_km is not None and b.depth_km is not None and abs(a.depth_km - b.depth_km) < 0.5:
            return True
        return bool(wa & wb)

    def _conflict(self, a: Draft, b: Draft) -> bool:
        (da, ca, wa), (db, cb, wb) = self._sig(a), self._sig(b)
        if da and db and da != db:
            return True
        if ca is not None and cb is not None and abs(ca - cb) > 3:
            return True
        if a.depth_km is not None and b.depth_km is not None and abs(a.depth_km - b.depth_km) > 2:
            return True
        if a.place and b.place and not (wa & wb):
            return True
        return bool(a.role and b.role and a.role != b.role)

    def _event(self, d: Draft, n: int, prev: tuple | None) -> tuple[Event, tuple]:
        date, clock, precision, _, written = _combine(d.pieces, self.tz)
        steps = [p for p in d.pieces if p.step is not None or p.same_day]
        if prev is not None and steps and date is None:
            pdate, pclock, pprec = prev
            p = steps[0]
            if pdate is not None:
                if p.step is not None and pclock is not None:
                    base = dt.datetime.combine(pdate, dt.time(pclock[0], pclock[1], pclock[2] or 0)) + p.step
                    date, clock, precision = base.date(), (base.hour, base.minute, None), pprec
                elif p.step is not None and p.step >= dt.timedelta(days=1):
                    date, precision = pdate + dt.timedelta(days=p.step.days), "day"
                else:
                    date, precision = pdate, "day"
        if date is None and clock is not None and d.role == "foreshock" and self._main is not None:
            mdate, mclock = self._main
            if mdate is not None:
                date = mdate if mclock is None or (clock[0], clock[1]) <= (mclock[0], mclock[1]) else mdate - dt.timedelta(days=1)
        if date is None and clock is not None and prev is not None and prev[0] is not None and d.pieces:
            # a clock with no day, in a running narrative: the day of the quake told just before
            pdate, pclock, _ = prev
            if pclock is not None and (clock[0], clock[1]) < (pclock[0], pclock[1]):
                date = pdate + dt.timedelta(days=1)
            else:
                date = pdate
        year_only = any(p.year_only for p in d.pieces)
        role = d.role
        if role is None and year_only and self.published is not None and date is None:
            ys = [int(re.search(r"\d{4}", p.text).group(0)) for p in d.pieces if p.year_only]  # type: ignore[union-attr]
            if ys and ys[0] < self.published.year:
                role = "other"
        time_utc = None
        if date is not None and clock is not None and (self.tz or written is not None):
            try:
                zone = dt.timezone(dt.timedelta(minutes=written)) if written is not None else ZoneInfo(self.tz or "UTC")
                local = dt.datetime(date.year, date.month, date.day, clock[0], clock[1], clock[2] or 0, tzinfo=zone)
                time_utc = local.astimezone(dt.timezone.utc)
            except (ValueError, KeyError):
                time_utc = None
        if time_utc is None and not self.tz:
            time_utc = _utc_only(d.pieces)
            if time_utc is not None and precision == "unknown":
                precision = "second" if time_utc.second else "minute"
        if precision in ("day", "day_part") and date is None:
            precision = "unknown"
        texts = [p.text for p in d.pieces if not p.year_only]
        sent = d.sent
        a, b = sent.start, sent.end
        if b - a > _MAX_SPAN:
            a, b = max(sent.start, d.pos - 200), min(sent.end, d.pos + 400)
        ev = Event(
            magnitude=round(float(d.magnitude), 2),  # type: ignore[arg-type]
            mag_type=d.mag_type,
            time_utc=time_utc,
            date_local=date.isoformat() if date else None,
            time_local=f"{clock[0]:02d}:{clock[1]:02d}" if clock else None,
            time_precision=precision if (date or clock or time_utc) else "unknown",
            time_text=" | ".join(dict.fromkeys(texts)) or None,
            depth_km=d.depth_km,
            place=d.place,
            latitude=d.lat,
            longitude=d.lon,
            role=role,
            evidence=self.text[a:b],
            span=(a, b),
            alt_magnitudes=tuple(dict.fromkeys(d.alt)),
        )
        return ev, (date, clock, ev.time_precision)


_MID_STOP = re.compile(
    r"^(?:of|from|by|in|at|on|the|a|an|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*|people|residents|deaths|dead|injured|homes|houses|buildings|years?|"
    r"days?|hours?|minutes?|km|kilomet\w*|miles?|percent|%|[-–—,()\"“”]+|earthquakes?|quakes?|aftershocks?|tremors?)$",
    re.I,
)
_COUNT_TOKEN = re.compile(rf"^(?:{DIGIT_COUNT}|{WORD_NUMBER})\+?$", re.I)


def _near_before(pat: re.Pattern[str], hint: re.Pattern[str], text: str, lo: int, hi: int, reach: int = 70) -> list[re.Match[str]]:
    """Matches of ``pat`` that start at most ``reach`` characters before a ``hint`` match.

    Count patterns start with a number that may be a word, which the regex engine would try at
    every position; looking only just before their trigger words keeps the pass fast.
    """
    out: list[re.Match[str]] = []
    last_end = lo
    for h in hint.finditer(text, lo, hi):
        a = max(last_end, h.start() - reach)
        if not _HINT_NUMBER.search(text, a, h.start()):
            continue  # no number before the trigger word: no count can start there
        for m in pat.finditer(text, a, min(hi, h.end() + 40)):
            if m.start() >= last_end and m.start() <= h.start():
                out.append(m)
                last_end = m.end()
    return out


def _MID_TOKEN_OK(t: str) -> bool:
    return not (_MID_STOP.match(t.lower().rstrip(",")) or _COUNT_TOKEN.match(t.lower().rstrip(",")) or t.endswith(","))


def _count_before(text: str, lo: int, hi: int) -> tuple[int, int, bool] | None:
    """The count that heads a plural quake noun ending at ``hi``: (start, end, has "+").

    Reads up to eight words back. Between the count and the noun only adjectives and one
    magnitude phrase may stand ("six magnitude 5 to 6 quakes", "631 M3+ earthquakes"); the
    leftmost such count wins, so "April 24 - Two strong aftershocks" counts two, not 24.
    """
    toks = [(m.start() + lo, m.end() + lo, m.group()) for m in re.finditer(r"\S+", text[lo:hi])][-8:]
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
        if not _COUNT_TOKEN.match(core) or tok.endswith(",") or re.match(r"0\d", core):
            continue
        if j > 0 and re.match(r"(?i)^(?:magnitudes?|M|between)$", toks[j - 1][2]):
            continue
        if j > 1 and core[0].isdigit() and re.match(r"(?i)^(?:to|and|or|-|–)$", toks[j - 1][2]) and re.search(r"\d", toks[j - 2][2]):
            continue
        if j > 0 and re.match(r"(?i)^(?:the|these|those|both|such|first|last|next|past|another)$", toks[j - 1][2]) and not (
                j > 1 and toks[j - 1][2].lower() == "the" and toks[j - 2][2] == "Of"):
            continue
        if a > lo and text[a - 1] in ".,-" and a - 2 >= 0 and text[a - 2].isdigit():
            continue
        in_mag = False
        ok = True
        for _, _, t in toks[j + 1:]:
            low = t.lower().rstrip(",")
            if re.match(r"(?i)^(?:magnitudes?|m\d.*|mw.*|ml.*)$", low):
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


def _utc_only(pieces: list[TimePiece]) -> dt.datetime | None:
    """The UTC time of a quake whose bulletin zone is unknown, from a UTC clock and its UTC date."""
    for z in pieces:
        if z.clock is None or z.offset_min != 0 or z.in_range:
            continue
        date = z.date or next((q.date for q in pieces if q.date is not None and q.clock is None
                               and (0 <= q.start - z.end <= 5 or 0 <= z.start - q.end <= 5)), None)
        if date is not None:
            h, mi, sec = z.clock
            return dt.datetime(date.year, date.month, date.day, h, mi, sec or 0, tzinfo=dt.timezone.utc)
    return None


def _gap_ok(gap: str) -> bool:
    """Only spaces, "on" or "at" between a clock and a date: they are written as one stamp."""
    return bool(re.fullmatch(r"\s*(?:on\s+|at\s+|,\s*)?", gap))


def _closes_outer(t: str) -> bool:
    """A piece like "12:26 UTC)" ends a bracket opened before it: what follows is outside."""
    return t.rstrip().endswith(")") and "(" not in t


def _roles_agree(a: Draft, b: Draft) -> bool:
    return a.role is None or b.role is None or a.role == b.role


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


def _combine(pieces: list[TimePiece], tz: str | None) -> tuple[dt.date | None, tuple[int, int, int | None] | None, str, str | None, int | None]:
    """Join one quake's time pieces: (local date, local clock, precision, day part, written offset).

    A clock written in UTC or GMT is converted to the bulletin's zone, together with a date written
    beside it in UTC ("2019-07-06 03:19:53 (UTC)"). A clock written in a named local zone ("22:56:27
    WIB", "07:58:09 (UTC+8)") is kept as written, as a labeller would; its offset (minutes east of
    UTC) comes back so the UTC time is still exact.
    """
    zoned = [p for p in pieces if p.clock is not None and p.offset_min == 0 and not p.in_range]
    # a date written right beside a UTC clock ("0056 UTC MAR 16 2023", "16:25 UTC on April 15") is a UTC date
    beside = {id(q) for z in zoned for q in pieces if q.date is not None and q.clock is None and q is not z
              and ((0 <= q.start - z.end <= 5 and _gap_ok(q.gap_before) and not _closes_outer(z.text))
                   or (0 <= z.start - q.end <= 5 and _gap_ok(z.gap_before)))}
    local_dates = [p for p in pieces if p.date is not None and p.offset_min != 0 and not p.in_range and id(p) not in beside]
    local_clocks = [p for p in pieces if p.clock is not None and p.offset_min != 0 and not p.in_range]
    # a date with its year written out ("September 19, 2017") beats a weekday heard nearby
    dated = [p for p in local_dates if not p.relative and re.search(r"\b(?:1[89]|20)\d\d\b", p.text)]
    date = (dated or local_dates)[0].date if local_dates else None
    part = next((p.day_part for p in pieces if p.day_part and (p.date is None or date is None or p.date == date)), None)
    clock = local_clocks[0].clock if local_clocks else None
    if clock is None and zoned and tz:
        z = zoned[0]
        zdate = z.date
        if zdate is None:
            near = [p for p in pieces if p.date is not None and p is not z
                    and (p.offset_min == z.offset_min or (id(p) in beside and (0 <= p.start - z.end <= 5 or 0 <= z.start - p.end <= 5)))]
            zdate = near[0].date if near else None
        try:
            zone = ZoneInfo(tz)
        except Exception:
            zone = None
        if zone is not None:
            h, mi, s = z.clock  # type: ignore[misc]
            base_date = zdate or date or dt.date(2000, 1, 15)
            stamp = dt.datetime(base_date.year, base_date.month, base_date.day, h, mi, s or 0,
                                tzinfo=dt.timezone(dt.timedelta(minutes=z.offset_min or 0)))
            local = stamp.astimezone(zone)
            clock = (local.hour, local.minute, local.second if s is not None else None)
            if zdate is not None:
                date = local.date()
            elif date is not None:
                # the date was written in local terms: keep it, the clock is converted
                pass
    if date is None and clock is not None and local_clocks and zoned and tz:
        # "on 2024-09-05 at 07:31:22 UTC (09:31:22 Italian time)": the day comes with the UTC clock
        utc = _utc_only(zoned + [p for p in pieces if id(p) in beside])
        if utc is not None:
            try:
                date = utc.astimezone(ZoneInfo(tz)).date()
            except Exception:
                date = None
    clock_piece = local_clocks[0] if local_clocks else (zoned[0] if zoned and clock is not None else None)
    if clock is not None:
        precision = clock_piece.precision if clock_piece is not None else "minute"
    elif part:
        precision = "day_part"
    elif date is not None:
        precision = "day"
    else:
        precision = "unknown"
    if part and clock is None and part in DAY_PARTS:
        precision = "day_part"
    written = local_clocks[0].offset_min if local_clocks else None
    return date, clock, precision, part, written


def _bounds(s: str, where: str = "after") -> tuple[float | None, float | None, tuple[int, int, str] | None]:
    for pat in P.BOUNDS:
        m = pat.search(s)
        if m:
            gd = m.groupdict()
            lo = decimal_value(gd["lo"]) if gd.get("lo") else None
            hi = decimal_value(gd["hi"]) if gd.get("hi") else None
            if (lo is not None and lo >= 10) or (hi is not None and hi >= 10):
                continue
            return lo, hi, (m.start(), m.end(), where)
    return None, None, None


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
    s = re.sub(r"^\W*(?:location|region|epicent(?:er|re)|place|area|lokasi|lok)\b\s*[=:]?\s*", "", s.strip(), flags=re.I)
    s = re.sub(r"^(?:in|near|off|beneath|under|close\s+to|outside|offshore)\s+", "", s)
    s = s.strip(" ,;:.-–")
    if len(s) < 2 or not re.search(r"[A-Za-z]{2}", s):
        return None
    return s[:160]


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if len(w) > 2 and w not in ("the", "km", "kilometers", "kilometres", "miles", "of", "from")}


def _clause_tail(left: str) -> str:
    """The part of ``left`` after its last clause break: where a hypothetical cue would apply."""
    cut = max(left.rfind("."), left.rfind(";"), left.rfind("\n"), left.rfind(", and"), left.rfind(" but "))
    return left[cut + 1:] if cut >= 0 else left


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
