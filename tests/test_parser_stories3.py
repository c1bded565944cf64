"""Whole stories, third set: fourteen bulletins from outlets, agencies and countries the first two lack.

``tests/stories3/NAME.txt`` is a text written for these tests in the manner of a real outlet or
agency: four Wikinews reports (Sumbawa with BMKG/USGS values, Oaxaca with SSN/USGS, Kerman on
Iran's half-hour zone with a stated foreshock, Gisborne with a UTC day before the local one), two
encyclopedia articles on historic sequences without a publication date (Landers 1992 with its
Joshua Tree foreshock, Big Bear aftershock and a remotely triggered quake; Izmit 1999 with Düzce
and a summer/winter offset change), a USGS event header and Tectonic Summary for Vanuatu whose UTC
date is not the local one, an upper-case NTWC cancellation message for Kodiak with a revised
magnitude and a depth in miles, a Natural Resources Canada felt-earthquake page across three time
zones, a Reuters story from Honiara with a GMT day before the local one and a lifted tsunami
warning, a USGS sequence page for Reeves County, Texas, listing quakes by UTC timestamp with
summary counts and a forecast, and three pages that test what is not a quake: an encyclopedia
article on the variable star R Coronae Borealis, a Hong Kong news digest of markets, a typhoon,
politics and football, and a regional Indian front page whose last story is an earthquake. None
is copied from a real text; places are real, the quakes are invented or retold in the tests' own
words. ``NAME.expected.json`` holds what a careful labeller writes under DESIGN.md ("The
records"), never what the parser returns; its ``notes`` explain the tricky calls.

Loading and comparison are those of tests/test_parser_stories.py (events matched one-to-one on
magnitude and date, tallies on count; only the fields an expectation names are compared; an
explicit ``null`` means "must be absent"). A story the parser does not yet get right is a strict
xfail whose reason lists each discrepancy, so a fix makes the run fail until its entry in
:data:`KNOWN_MISSES` is removed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_parser_stories import check_story, check_story_set, story_params

STORIES = Path(__file__).parent / "stories3"
TEXTS = sorted(STORIES.glob("*.txt"))

#: Story name → what the parser currently gets wrong (strict xfail), one discrepancy per clause.
KNOWN_MISSES: dict[str, str] = {
    'reuters_solomons_gmt': (
        "event M6.9 (date 2024-11-20): place expected 'Kirakira', got 'the island of Makira'"
    ),
    'wikinews_sumbawa_bmkg': (
        "event M8.3 (date 1977-08-19): place expected 'Sumba', got 'the Indian Ocean'"
    ),
    'wikipedia_landers_1992': (
        "event M6.1 (date 1992-04-22): role expected 'foreshock', got None; event M5.6 (date 1992-06-29)"
        ": place expected 'Little Skull Mountain', got 'about 240 km from Landers'; event M7.1 (date 199"
        "9-10-16): role expected 'other', got None"
    ),
}


@pytest.mark.parametrize("path", story_params(TEXTS, KNOWN_MISSES))
def test_story(path: Path) -> None:
    check_story(path)


def test_story_set_is_complete() -> None:
    check_story_set(TEXTS, KNOWN_MISSES, range(14, 15), max_words=700)
