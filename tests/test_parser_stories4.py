"""Whole stories, fourth set: fourteen more bulletins of the kinds the parser meets in the wild.

``tests/stories4/NAME.txt`` is a text written for these tests in the manner of a real outlet or
agency: three Wikinews-style reports (the strongest aftershock days after a Philippine quake, with
PHIVOLCS and USGS values and a Sources list; a deep quake south of Japan felt across the country,
with no tsunami threat and injuries that are not counts; two quakes in Malatya on a Tuesday and a
Thursday), a VOA story with the magnitude in its headline and the USGS and Mexico's SSN disagreeing,
an encyclopedia lead of a historic Greek sequence with foreshocks the day before, a "List of
earthquakes in 2018 in Peru" page with one line per quake, a USGS event header and Tectonic Summary
for an Alaska subduction quake with its history and a foreshock sequence, a PTWC threat message with
a table of tsunami observations, a Geoscience Australia earthquake summary for Queensland, a USGS
sequence page with Did You Feel It? counts and a forecast, a bilingual Peru IGP press release with
labelled fields and decimal commas, and three more: an asteroid article and a regional newspaper
page full of quake metaphors (both negative controls), and a local news page whose last story is a
quake. None is copied from a real text; places are real, the quakes are invented or retold in the
tests' own words. ``NAME.expected.json`` holds what a careful labeller writes under DESIGN.md
("The records"), never what the parser returns; its ``notes`` explain the tricky calls.

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

STORIES = Path(__file__).parent / "stories4"
TEXTS = sorted(STORIES.glob("*.txt"))

#: Story name → what the parser currently gets wrong (strict xfail), one discrepancy per clause.
KNOWN_MISSES: dict[str, str] = {
    'ga_summary_eidsvold_queensland': (
        "event M5.3 (date 2025-03-18): place expected 'Eidsvold', got 'about 95 kilometres south-west of"
        " Bundaberg'"
    ),
    'igp_peru_press_release_chilca': (
        "event M4.0 (date 2025-07-14): role expected 'aftershock', got None; tally of 6: mag_min expecte"
        'd 3.1, got None; tally of 6: mag_max expected 4.0, got None'
    ),
    'usgs_sequence_hollister': (
        "event M6.9 (date None): role expected 'other', got 'aftershock'"
    ),
    'usgs_tectonic_sand_point': (
        'event M8.0 (date None): expected, got nothing; event M7.9 (date None): expected, got nothing; e'
        "vent M5.1 (date 2025-11-04): date_local expected '2025-11-04', got '2025-11-03'; event M5.1 (da"
        "te 2025-11-04): role expected 'foreshock', got None; event M7.6 (date None): role expected 'oth"
        "er', got None"
    ),
    'wikinews_bonin_deep_quake': (
        "event M7.1 (date 2025-08-09): place expected 'Ogasawara', got 'about 890 km (550 miles) south o"
        "f Tokyo'"
    ),
    'wikinews_malatya_tuesday_thursday': (
        "event M4.7 (date 2025-10-16): place expected 'Yeşilyurt', got 'Malatya province, eastern Turkey"
        "'; event M4.7 (date 2025-10-16): alt expected ['4.9'], got []; event M5.1 (date 2025-10-14): pl"
        "ace expected 'Kale', got 'about 35 km (22 miles) south-east of the city of Malatya'"
    ),
    'wikipedia_list_peru_year': (
        "event M5.0 (date 2018-05-01): date_local expected '2018-05-01', got None; event M4.7 (date 2018"
        "-09-23): date_local expected '2018-09-23', got '2018-08-24'; event M4.7 (date 2018-09-23): dept"
        "h_km expected 45.0, got None; event M4.7 (date 2018-09-23): place expected 'Moquegua', got None"
        "; event M5.3 (date 2018-09-23): date_local expected '2018-09-23', got '2018-08-24'; event M5.3 "
        "(date 2018-09-23): place expected 'Moquegua', got None"
    ),
}


@pytest.mark.parametrize("path", story_params(TEXTS, KNOWN_MISSES))
def test_story(path: Path) -> None:
    check_story(path)


def test_story_set_is_complete() -> None:
    check_story_set(TEXTS, KNOWN_MISSES, range(14, 15), max_words=650)
