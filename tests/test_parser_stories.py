"""Whole stories: long, multi-paragraph bulletins of the kinds the parser meets in the wild.

``tests/stories/NAME.txt`` is a text written for these tests in the manner of a real outlet or
agency (a Wikinews report with a dateline and captions, an encyclopedia lead, a USGS tectonic
summary and aftershock-forecast page, a PTWC message, a Geoscience Australia round-up, a VOA
story, a Taiwan daily page, a Japanese shindo report, a liveblog, a Chilean CSN report in
translation, and an astronomy article as a negative control). None is copied from a real text;
places are real, the quakes are invented or retold in the tests' own words. ``NAME.expected.json``
holds what a careful labeller writes under DESIGN.md ("The records"), never what the parser
returns; its ``notes`` explain the tricky calls.

The comparison follows tests/test_parser_golden.py (same schema, same field helpers), except that
events are matched one-to-one greedily, on magnitude first and then on date, so a story is judged
on what it found rather than on the order it found it in; tallies are matched on their count.
Only the fields an expectation names are compared; an explicit ``null`` means "must be absent".

A story the parser does not yet get right is a strict xfail whose reason lists each discrepancy,
so a fix makes the run fail until the entry in :data:`KNOWN_MISSES` is removed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from test_parser_golden import field_problems, summary

from tracker.bulletin import parse
from tracker.model import Event, ParseResult, Tally

STORIES = Path(__file__).parent / "stories"
TEXTS = sorted(STORIES.glob("*.txt"))
MAG_TOL = 0.05

#: Story name → what the parser currently gets wrong (strict xfail), one discrepancy per clause.
KNOWN_MISSES: dict[str, str] = {
    'csn_chile_translated': (
        "event M3.9 (date 2024-06-14): role expected 'other', got None"
    ),
    'ga_roundup_states': (
        "event M3.8 (date 2024-08-13): role expected 'mainshock', got None; event M4.3 (date 2024-08-13)"
        ": place expected 'Arthur River', got 'about 190 kilometres south-east of Perth'; event M4.3 (da"
        "te 2024-08-13): role expected None, got 'mainshock'"
    ),
    'italy_wikipedia_lead': (
        "event M5.4 (date 2016-10-26): role expected 'foreshock', got None; event M5.9 (date 2016-10-26)"
        ": role expected 'foreshock', got None; event M5.5 (date 2017-01-18): place expected 'Campotosto"
        "', got 'Farindola'"
    ),
    'liveblog_marmara': (
        "event M6.2 (date 2025-04-23): alt expected ['6.1'], got []"
    ),
    'ptwc_tonga_message': (
        "event M7.4 (date 2025-04-14): place expected 'TONGA', got None"
    ),
    'voa_nepal_years': (
        "event M5.6 (date None): place expected 'Doti', got None"
    ),
}

_EVENT_KEYS = {f.name for f in fields(Event)} | {"alt"}
_TALLY_KEYS = {f.name for f in fields(Tally)}


def load(path: Path) -> tuple[ParseResult, dict[str, Any]]:
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    published = dt.date.fromisoformat(expected["published"]) if expected.get("published") else None
    return parse(path.read_text(encoding="utf-8"), published=published, tz=expected.get("timezone")), expected


def _mag_ok(want: dict[str, Any], got: Event) -> bool:
    return abs(got.magnitude - want["magnitude"]) <= MAG_TOL


def match_events(
    wanted: list[dict[str, Any]], found: list[Event]
) -> tuple[list[tuple[int, Event]], list[int], list[Event]]:
    """Pair expectations with found events: magnitude and date first, then magnitude alone.

    Returns (pairs of expectation index and event, unmatched expectation indexes, unmatched events).
    Within each pass the earliest candidate in the text wins.
    """
    free = sorted(found, key=lambda e: e.span[0] if e.span else 0)
    pairs: dict[int, Event] = {}
    for same_date in (True, False):
        for i, want in enumerate(wanted):
            if i in pairs:
                continue
            for got in free:
                if not _mag_ok(want, got):
                    continue
                if same_date and ("date_local" not in want or got.date_local != want["date_local"]):
                    continue
                pairs[i] = got
                free.remove(got)
                break
    missing = [i for i in range(len(wanted)) if i not in pairs]
    return sorted(pairs.items()), missing, free


def match_tallies(
    wanted: list[dict[str, Any]], found: list[Tally]
) -> tuple[list[tuple[int, Tally]], list[int], list[Tally]]:
    """Pair expectations with found tallies on their count, earliest in the text first."""
    free = sorted(found, key=lambda t: t.span[0] if t.span else 0)
    pairs: list[tuple[int, Tally]] = []
    missing = []
    for i, want in enumerate(wanted):
        got = next((t for t in free if t.count == want["count"]), None)
        if got is None:
            missing.append(i)
            continue
        pairs.append((i, got))
        free.remove(got)
    return pairs, missing, free


def _relabel(kind: str, i: int, want: dict[str, Any], got: Event | Tally) -> list[str]:
    """The golden helper's lines, named by magnitude and date (events) or count (tallies), not index."""
    old = f"{kind} {i + 1} (expected M{want.get('magnitude', want.get('count'))})"
    new = (
        f"event M{want['magnitude']} (date {want.get('date_local', '?')})"
        if kind == "event"
        else f"tally of {want['count']}"
    )
    return [line.replace(old, new, 1) for line in field_problems(kind, i, want, got)]


def discrepancies(result: ParseResult, expected: dict[str, Any]) -> list[str]:
    """Every way ``result`` differs from ``expected``, as 'expected X, got Y' lines."""
    problems: list[str] = []
    pairs, missing, extra = match_events(expected["events"], list(result.events))
    for i in missing:
        want = expected["events"][i]
        problems.append(
            f"event M{want['magnitude']} (date {want.get('date_local', '?')}): expected, got nothing"
        )
    for got in extra:
        problems.append(f"event M{got.magnitude} ({got.evidence[:60]!r}): expected nothing, got an event")
    for i, got in pairs:
        problems += _relabel("event", i, expected["events"][i], got)

    tpairs, tmissing, textra = match_tallies(expected["tallies"], list(result.tallies))
    for i in tmissing:
        problems.append(f"tally of {expected['tallies'][i]['count']}: expected, got nothing")
    for got in textra:
        problems.append(f"tally of {got.count} ({got.evidence[:60]!r}): expected nothing, got a tally")
    for i, got in tpairs:
        problems += _relabel("tally", i, expected["tallies"][i], got)
    return problems


def story_params(texts: list[Path], known: dict[str, str]) -> list[Any]:
    """One pytest param per story, a strict xfail where its misses are known."""
    out = []
    for p in texts:
        marks = [pytest.mark.xfail(strict=True, reason=known[p.stem])] if p.stem in known else []
        out.append(pytest.param(p, id=p.stem, marks=marks))
    return out


def check_story(path: Path) -> None:
    """Parse one story and compare it, field by field, with its hand labels."""
    result, expected = load(path)
    problems = discrepancies(result, expected)
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems) + f"\nparser found\n{summary(result)}"


def check_expectation_file(p: Path, max_words: int) -> None:
    """A story's hand labels exist, its length is a real story's, and it names only record fields."""
    exp_path = p.with_name(p.stem + ".expected.json")
    assert exp_path.is_file(), f"{p.name} has no expectation"
    words = len(p.read_text(encoding="utf-8").split())
    assert 250 <= words <= max_words, f"{p.name}: {words} words"
    expected = json.loads(exp_path.read_text(encoding="utf-8"))
    assert {"published", "timezone", "notes", "events", "tallies"} <= set(expected), p.name
    for want in expected["events"]:
        assert "magnitude" in want and set(want) <= _EVENT_KEYS, f"{p.name}: bad event keys {sorted(want)}"
    for want in expected["tallies"]:
        assert "count" in want and set(want) <= _TALLY_KEYS, f"{p.name}: bad tally keys {sorted(want)}"


def check_story_set(texts: list[Path], known: dict[str, str], sizes: range, max_words: int) -> None:
    """A story set is whole: its size, no known miss for a story it lacks, no name that another
    ``tests/stories*`` set uses too, and hand labels for every story."""
    names = {p.stem for p in texts}
    assert len(names) in sizes
    assert not set(known) - names, "KNOWN_MISSES names a story that does not exist"
    here = texts[0].parent
    for other in sorted(d for d in here.parent.glob("stories*") if d.is_dir() and d != here):
        assert not names & {q.stem for q in other.glob("*.txt")}, f"a story name repeats one of tests/{other.name}/"
    for p in texts:
        check_expectation_file(p, max_words=max_words)


@pytest.mark.parametrize("path", story_params(TEXTS, KNOWN_MISSES))
def test_story(path: Path) -> None:
    check_story(path)


def test_story_set_is_complete() -> None:
    check_story_set(TEXTS, KNOWN_MISSES, range(10, 13), max_words=700)
