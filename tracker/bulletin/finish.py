"""The end of a pass: drafts of one quake merged, roles implied, times resolved, events made."""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import re
from zoneinfo import ZoneInfo

from tracker.bulletin.drafts import Draft, _absorb, _fmt_mag, _words
from tracker.bulletin.numbers import word_value
from tracker.bulletin.when import _combine, _utc_only
from tracker.bulletin.zones import country_zone
from tracker.model import Event

#: An event's evidence is its sentence, cut around the mention when the sentence is longer.
_MAX_SPAN = 600

#: "an unrelated M4.2 earthquake": a quake that is not part of the sequence told.
_UNRELATED_BEFORE = re.compile(r"(?i)\b(?:unrelated|separate)\s+(?:[\w.-]+\s+){0,3}$")
#: "the 1932 M7.1 Cedar Mountain earthquake": a year written right before the mention.
_YEAR_BEFORE = re.compile(r"\b((?:1[89]|20)\d\d)\s+(?:(?:magnitude|M)[\s-]?)?$")
#: "the 1905 Kangra earthquake of magnitude ", "The 1992 Flores earthquake, which measured ": a quake
#: named by its year, then given its magnitude in the same clause.
_NAMED_YEAR_BEFORE = re.compile(
    r"\b((?:1[5-9]|20)\d\d)\s+(?:[A-Z][\w'’.-]*\s+){0,4}(?i:earthquake|quake|tremor|temblor)s?\b[^.;:!?]{0,80}$")
_FOUR_DIGITS = re.compile(r"\d{4}")
#: A headline: a line of its own near the top (a blank line or the text's start before it, a blank
#: line after), short, with no full stop at its end.
_HEADLINE = re.compile(r"(?:^|(?<=\n\n))[ \t]*(?P<h>[^\n]{10,200}(?<![.:;]))\n[ \t]*\n")
_HEADLINE_QUAKE = re.compile(r"(?i)\b(?:earthquake|quake|tremor|temblor|aftershock|foreshock|sismo|séisme|terremoto|gempa|deprem)s?\b")
_LIST_TITLE = re.compile(r"\s*M[ \t]?\d")
#: Aftershocks told as hours after the quake: "in the following hours", "within hours", "hours later".
_HOURS_AFTER = re.compile(r"(?i)\b(?:(?:in|over|during|within)\s+the\s+(?:following|next|subsequent|first)\s+(?:few\s+|several\s+)?hours"
                          r"|within\s+(?:a\s+few\s+)?hours|(?:a\s+few\s+|several\s+)?hours\s+later)\b")
_AFTER_THE_MAIN = re.compile(r"(?i)\b(?:after|following)\s+the\s+(?:main\s?shock|main\s+(?:quake|earthquake|tremor|shock))\b")
#: "within three hours", "within the next 40 minutes": an upper bound on the time after a quake.
_WITHIN = re.compile(r"(?i)\bwithin\s+(?:the\s+(?:next|following|first)\s+)?(?P<n>an?|\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+"
                     r"(?P<u>minutes?|hours?)\b")


class _Finish:
    """Merging and finishing, mixed into the pass."""

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
                          and x.pos < d.pos and d.pos - x.pos < 3000 and self._draft_date(x) is None
                          and not any(p.year_only for p in x.pieces)]
                if before:
                    main = [x for x in before if x.role == "mainshock"]
                    target = (main or before)[-1]
                    _absorb(target, d)
                    by_date.setdefault(date, []).append(target)  # the next "Tuesday's quake" finds it
        live = [d for d in drafts if d.magnitude is not None and d.merged_into is None]
        self._fold_headline(live)
        live = [d for d in live if d.merged_into is None]
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
        # an agency's alert and its update give the same origin time to the second with a new magnitude
        # ("Info Gempa Mag:5.6, 14-Okt-25 14:22:10 WIB" over "Pemutakhiran Gempa Mag:5.4, … 14:22:10 WIB"):
        # one quake, the later value final
        stamped = sorted((
            (q.start, (q.date or next((x.date for x in d.pieces if x.date is not None and 0 <= q.start - x.end <= 3), None),
                       q.clock, q.offset_min), d)
            for d in live for q in d.pieces if q.clock is not None and q.clock[2] is not None), key=lambda x: x[0])
        stamps: dict[tuple[object, ...], Draft] = {}
        for _, key, d in stamped:  # in the order the stamps are written: the later one is the update
            first = stamps.get(key) if key[0] is not None else None
            if first is not None and first is not d and first.merged_into is None and d.merged_into is None \
                    and 0.001 < abs(first.magnitude - d.magnitude) <= 0.5:  # type: ignore[operator]
                _absorb(d, first)
                d.alt.insert(0, _fmt_mag(first.magnitude, first.mag_type))
            if key[0] is not None:
                stamps[key] = d
        live = [d for d in live if d.merged_into is None]
        self._share_trailing_day(live)
        self._history_ref = self.published or self._sequence_start(live) or self.anchor
        self._within_day: tuple[int, dt.date] | None = None
        for d in live:
            if d.role_guessed and self._apart(d, self._sig(d)[0]):
                # "The region's most powerful recent quake was the magnitude 7.8 … of Oct. 27, 2012": a
                # superlative after a count of aftershocks makes no aftershock of a quake from years before
                d.role, d.role_guessed = None, False
        self._imply_mainshock(live)
        # the mainshock of this sequence: of one told as history ("the 2019 sequence, whose M7.1 mainshock"), only failing that
        current = next((d for d in live if d.role == "mainshock" and not self._apart(d, self._sig(d)[0])), None)
        self._current_main = current
        main = current or next((d for d in live if d.role == "mainshock"), None)
        self._main = _combine(main.pieces, self.tz, self.published or self.anchor)[:2] if main is not None else None
        events = []
        prev_local: tuple[dt.date | None, tuple[int, int, int | None] | None, str] | None = None
        for n, d in enumerate(sorted(live, key=lambda x: x.pos)):
            ev, cur = self._event(d, n, prev_local)
            if cur[0] is not None or prev_local is None:
                # an undated quake in between ("since the 7.8 Kaikōura earthquake") does not break the
                # running narrative: the next bare clock still takes the day of the last dated quake
                prev_local = cur
            events.append(ev)
        return events

    def _share_trailing_day(self, live: list[Draft]) -> None:
        """"6.1 in Guatemala at 14:03 GMT and 5.7 in the Philippines at 21:40 GMT on Tuesday": the day
        told once at the end of a sentence belongs to every clock before it in that sentence."""
        ordered = sorted(live, key=lambda x: x.pos)
        for a, b in itertools.pairwise(ordered):
            if a.sent.start != b.sent.start or a.group is not None:
                continue
            days = [p for p in b.pieces if p.date is not None and not p.year_only and not p.in_range]
            ca = next((p.clock for p in a.pieces if p.clock is not None), None)
            cb = next((p.clock for p in b.pieces if p.clock is not None), None)
            if ca is not None and cb is not None and ca[:2] > cb[:2]:
                continue  # "a 4.2 at 11.58pm and a 4.4 at 2.47am today": the day turned between them
            if days and any(p.clock is not None for p in a.pieces) and not any(
                    p.date is not None or p.relative or p.step is not None or p.same_day or p.year_only for p in a.pieces) \
                    and all(p.start > max(q.end for q in a.pieces) for p in days):
                a.pieces = a.pieces + days

    def _imply_mainshock(self, live: list[Draft]) -> None:
        """Foreshocks and aftershocks imply a mainshock: the largest quake told near them, if unnamed.

        Only a quake larger than every one of them, with no role of its own, told within a few
        thousand characters, and only when the text names no mainshock there already.
        """
        sub = [d for d in live if d.role in ("aftershock", "foreshock")]
        if not sub and any(t.what == "aftershocks" for t in self.tallies):
            # "… had recorded 14 aftershocks": the largest quake of the report is their mainshock
            recent = [d for d in live if d.role is None and not any(p.year_only for p in d.pieces)
                      and not self._apart(d, self._sig(d)[0])
                      and not (self.published and self._sig(d)[0] and (self.published - self._sig(d)[0]).days > 60)]
            if recent:
                max(recent, key=lambda d: d.magnitude).role = "mainshock"  # type: ignore[arg-type,return-value]
            return
        # (the aftershocks of a sequence years before, "followed by its largest aftershock, of Mw 7.7, on
        # 2 April 2014", say nothing of this one's mainshock)
        sub = [d for d in sub if not self._apart(d, self._sig(d)[0])]
        if not sub:
            return
        lo, hi = min(d.pos for d in sub) - 3000, max(d.pos for d in sub) + 3000
        near = [d for d in live if lo <= d.pos <= hi]
        if any(d.role == "mainshock" and not self._apart(d, self._sig(d)[0]) for d in near):
            return  # (the mainshock of an earlier sequence, "whose M7.1 mainshock struck on July 5, 2019", is not this one)
        biggest = max(d.magnitude for d in sub)  # type: ignore[type-var]
        dates = {self._sig(d)[0] for d in sub} - {None}
        # a quake dated long before the report (or the sequence) is history, not its mainshock
        ref = max(dates) if dates else self.published or self.anchor
        cands = [d for d in near if d.role is None and d.magnitude > biggest  # type: ignore[operator]
                 and not any(p.year_only for p in d.pieces) and not self._apart(d, self._sig(d)[0])
                 and not (ref is not None and self._sig(d)[0] is not None and (ref - self._sig(d)[0]).days > 60)
                 and (not dates or self._sig(d)[0] is None
                      or min(abs((self._sig(d)[0] - x).days) for x in dates) <= 30)]  # type: ignore[operator]
        # (a quake dated with them outranks a larger one told with no day: "the largest of magnitude 6.3" of a
        # sequence "in October 2023" is no mainshock of this night's aftershocks)
        dated = [d for d in cands if dates and self._sig(d)[0] is not None]
        if cands:
            max(dated or cands, key=lambda d: d.magnitude).role = "mainshock"  # type: ignore[arg-type,return-value]

    def _ordinal_member(self, d: Draft, drafts: list[Draft]) -> Draft | None:
        """"Two earthquakes, measuring 4.6 and 4.3, struck … The first tremor was recorded at 7.42 p.m.":
        the n-th (``d.ordinal``) of the quakes that the latest sentence telling several of them named."""
        told: dict[int, list[Draft]] = {}
        for x in reversed(drafts):  # drafts are kept in reading order (but table rows, read first)
            if d.pos - x.pos >= 3000 and x.anchor != "table":
                break
            if x.magnitude is not None and x.merged_into is None and x.pos < d.pos and d.pos - x.pos < 3000 \
                    and d.para - x.para <= 3:
                told.setdefault(x.sent.start, []).append(x)
        sets = [xs for xs in told.values() if len(xs) >= 2]
        if not sets or d.ordinal is None:
            return None
        # (read back to front: a pair told as one group shares its position, so reading order decides)
        latest = sorted(reversed(max(sets, key=lambda xs: xs[0].sent.start)), key=lambda x: x.pos)
        return latest[d.ordinal] if d.ordinal < len(latest) else None

    def _fold_headline(self, live: list[Draft]) -> None:
        """A headline's quake is the story's quake of that value ("Deep 7.1-magnitude earthquake near
        Ogasawara Islands …" over "A 7.1-magnitude earthquake struck far beneath the Pacific …"): the
        headline's wording of the place or day does not make it another quake."""
        ordered = sorted(live, key=lambda x: x.pos)
        for head in _HEADLINE.finditer(self.text, 0, min(len(self.text), 1500)):
            if not _HEADLINE_QUAKE.search(head.group("h")) or _LIST_TITLE.match(head.group("h")):
                continue  # a headline names a quake in prose; "M 4.4 - Fiji region" is a list entry
            for d in [x for x in ordered if head.start("h") <= x.pos < head.end("h") and x.group is None]:
                later = next((x for x in ordered if x.pos >= head.end() and x.merged_into is None and x.group is None
                              and abs(x.magnitude - d.magnitude) < 0.051  # type: ignore[operator]
                              and x.pos - head.end() < 6000), None)
                if later is not None and d.merged_into is None:
                    _absorb(later, d)

    def _sequence_start(self, live: list[Draft]) -> dt.date | None:
        """Without a publication date, the day the text's own sequence begins: the first date of the
        year most of its quakes are dated in (a page on a 2025 swarm that recalls a 2022 quake, an
        article on a 1999 quake that recalls 1939's)."""
        dates = [x for x in (self._sig(d)[0] for d in live) if x is not None]
        if not dates:
            return None
        years = collections.Counter(x.year for x in dates)
        year = max(years, key=lambda y: (years[y], y))
        return min(x for x in dates if x.year == year)

    def _apart(self, d: Draft, date: dt.date | None) -> bool:
        """Whether a quake is told as not part of this sequence: history, or said to be unrelated.

        ``date`` is the quake's local date as read (``None``: no day).
        """
        if _UNRELATED_BEFORE.search(self.text[max(d.sent.start, d.pos - 50):d.pos]):
            return True  # "an unrelated M4.2 earthquake"
        ref = self._history_ref
        if date is not None:
            # a quake from months or years before the report (or the page's own date): history
            return ref is not None and (ref - date).days > 60
        if ref is None:
            return False
        yr = _YEAR_BEFORE.search(self.text[max(d.sent.start, d.pos - 20):d.pos])
        if yr and int(yr.group(1)) < ref.year:
            return True  # "the 1932 M7.1 Cedar Mountain earthquake"
        # up to the value itself: a quake named first ("the 1998 Adana earthquake, which measured 6.3")
        # starts its draft at the name
        at = max([d.pos, *(a for a, _ in d.extra_spans if a < d.sent.end)])
        named = _NAMED_YEAR_BEFORE.search(self.text[max(d.sent.start, at - 160):at])
        if named and int(named.group(1)) < ref.year:
            return True  # "the 1992 Flores earthquake, which measured 7.8"
        ys = [int(_FOUR_DIGITS.search(p.text).group(0)) for p in d.pieces if p.year_only]  # type: ignore[union-attr]
        return bool(ys) and ys[0] < ref.year  # "In 2010, an 8.8-magnitude quake …"

    def _draft_date(self, d: Draft) -> dt.date | None:
        return self._sig(d)[0]

    def _sig(self, d: Draft) -> tuple[dt.date | None, int | None, frozenset[str]]:
        """(local date, minute of day, place words) of a draft, computed once per draft state."""
        key = (id(d), len(d.pieces), d.place)
        sig = self._sigs.get(key)
        if sig is None:
            date, clock = _combine(d.pieces, self.tz, self.published or self.anchor)[:2]
            sig = (date, clock[0] * 60 + clock[1] if clock else None, frozenset(_words(d.place)) if d.place else frozenset())
            self._sigs[key] = sig
        return sig

    def _thin(self, d: Draft) -> bool:
        """Nothing but a magnitude: no local date or clock, depth, place or coordinates."""
        date, minute, _ = self._sig(d)
        return date is None and minute is None and not (d.depth_km is not None or d.place or d.lat is not None)

    def _agree(self, a: Draft, b: Draft) -> bool:
        (da, ca, wa), (db, cb, wb) = self._sig(a), self._sig(b)
        if da and db and da == db:
            return True
        if ca is not None and cb is not None and abs(ca - cb) <= 1 and (da is None or db is None):
            return True  # a headline stamp and a body sentence with the clock alone: the same minute
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

    def _event(self, d: Draft, index: int, prev: tuple | None) -> tuple[Event, tuple]:
        """The event of draft ``d``, the ``index``-th (from 0) in reading order; ``prev`` is the last dated one's (date, clock, precision)."""
        own_day = any(p.date is not None or p.step is not None or p.same_day for p in d.pieces)
        if d.defaults and not own_day:
            d.pieces = d.pieces + d.defaults
        date, clock, precision, _, written = _combine(d.pieces, self.tz, self.published or self.anchor)
        steps = [p for p in d.pieces if p.step is not None or p.same_day]
        if prev is not None and steps and date is None and clock is None:
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
        if date is None and clock is None and not d.pieces and self._within_day is not None \
                and self._within_day[0] == d.sent.start:
            date, precision = self._within_day[1], "day"  # the next of "two aftershocks, of magnitude 2.9 and 3.3"
        elif date is None and clock is None and not d.pieces and prev is not None and prev[0] is not None \
                and prev[1] is not None:
            within = _WITHIN.search(self.text, d.sent.start, d.sent.end)
            n = (1 if within.group("n").lower() in ("a", "an") else word_value(within.group("n"))) if within else None
            if within and n is not None:
                # "It was followed within three hours by two aftershocks": the same day as the quake
                # before them, when that many hours from its clock stay within the day
                span_min = n * (60 if within.group("u").lower().startswith("hour") else 1)
                if prev[1][0] * 60 + prev[1][1] + span_min < 24 * 60:
                    date, precision = prev[0], "day"
                    self._within_day = (d.sent.start, date)
        if date is None and clock is not None and prev is not None and prev[0] is not None \
                and not any(p.offset_min == 0 for p in d.pieces):  # a UTC clock's "same day" is a UTC day
            nxt = next((p for p in steps if p.same_day), None)
            if nxt is not None:
                # "… on Tuesday morning, and a 4.8 followed at 6:05 a.m. the following morning": a clock
                # with "the next day" or "the same day" is on that day of the quake told before
                date = prev[0] + (nxt.step if nxt.step is not None else dt.timedelta(0))
        if date is None and clock is not None and d.role == "aftershock" and self._main is not None \
                and self._main[0] is not None and _AFTER_THE_MAIN.search(self.text, d.sent.start, d.sent.end):
            # "…, a magnitude 6.5, struck at 8:05 a.m., about three hours after the mainshock": its day
            mdate, mclock = self._main
            date = mdate if mclock is None or (clock[0], clock[1]) >= (mclock[0], mclock[1]) else mdate + dt.timedelta(days=1)
        if date is None and clock is not None and d.role == "foreshock" and self._main is not None:
            mdate, mclock = self._main
            if mdate is not None:
                date = mdate if mclock is None or (clock[0], clock[1]) <= (mclock[0], mclock[1]) else mdate - dt.timedelta(days=1)
        if date is None and clock is not None and d.narrative is not None:
            date = d.narrative  # "Yesterday (13 August), … A magnitude 4.3 earthquake at 2.11am …"
        if date is None and clock is not None and prev is not None and prev[0] is not None and d.pieces:
            # a clock with no day, in a running narrative: the day of the quake told just before
            date = prev[0]
        if date is None and clock is not None and self.published is not None and d.pieces and not any(
                p.year_only for p in d.pieces):
            # a clock with no day and no quake told before it: the day of publication (a same-day report)
            date = self.published
        if date is not None and clock is not None and written is None and d.role == "aftershock" and self._main is not None \
                and self._main[0] == date and self._main[1] is not None and (clock[0], clock[1]) < self._main[1][:2] \
                and not any(p.date is not None or p.step is not None or p.same_day for p in d.pieces) \
                and (self.published is None or date < self.published):
            # "A 5.4 … struck at 11.17 p.m. late Friday. … The strongest aftershock hit at 1.52 a.m.": on
            # the day the story gives, a clock before the mainshock's cannot be its aftershock's, so the
            # aftershock struck the next day
            date += dt.timedelta(days=1)
        if date is None and clock is None and not d.pieces and d.role == "aftershock" and self._main is not None \
                and self._main[0] is not None and (self._main[1] is None or self._main[1][0] < 18) \
                and _HOURS_AFTER.search(self.text, d.sent.start, d.sent.end):
            # "A 6.1 … struck at 10:24 am … 17 aftershocks in the following hours, the strongest of magnitude 4.6":
            # hours after a quake of the morning or afternoon are on its day
            date, precision = self._main[0], "day"
        if date is None and not d.pieces and d.role == "aftershock" and self._main is not None \
                and self._main[0] is not None and self._main[0] == self.published:
            # an aftershock of a quake that struck on the day of the report struck that day too
            date, precision = self.published, "day"
        role = d.role
        if role is None and self._apart(d, date):
            role = "other"
        elif role == "mainshock" and self._current_main is not None and d is not self._current_main and self._apart(d, date):
            # "… within the aftershock zone of the 2019 Ridgecrest sequence, whose M7.1 mainshock …": the
            # mainshock of an earlier sequence, beside this one's, is none of this sequence
            role = "other"
        time_utc = None
        zone_name = self.tz
        if written is None and clock is not None and any("local" in p.text.lower() for p in d.pieces):
            # "at 23:40 local time" of a quake in another country: that country's clock
            zone_name = country_zone(d.place, self.text[d.sent.start:d.sent.end]) or self.tz
        if date is not None and clock is not None and (zone_name or written is not None):
            try:
                zone = dt.timezone(dt.timedelta(minutes=written)) if written is not None else ZoneInfo(zone_name or "UTC")
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
            event_id=f"{self._id_key}:{index + 1}",
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
