"""Whole stories, fifth set: fourteen more bulletins, written blind to the parser.

``tests/stories5/NAME.txt`` is a text written for these tests in the manner of a real outlet or
agency: a Wikinews story from Italy (INGV, ML with a later Mw, CEST and UTC, aftershocks listed in
one sentence, an evacuation count); a Wikinews story from Chile with the CSN's and the USGS's values,
an aftershock minutes later, a cancelled tsunami warning and casualties; a Wikinews story of a Nepal
quake felt in India, with clocks in both countries' zones; a VOA story with 'earlier Tuesday', an
aftershock 'hours later', an 'epicenter ... 10 kilometers deep' and a rising death toll; an NHK-style
English report of JMA information (preliminary and revised magnitude, shindo, tsunami advisory, felt
aftershocks counted by intensity, a foreshock the previous evening); a PHIVOLCS 'Earthquake
Information No. 2' reissued with a revised magnitude; a GeoNet news item (a moderate M4.8, felt
reports, MMI, 'the largest of 30 aftershocks so far'); an EMSC felt-report summary with a header line
and testimony counts; a Wikipedia-style lead of a doublet whose first shock was reclassified as a
foreshock; a USGS aftershock-forecast page whose forecast numbers are not tallies; a regional US TV
station story (a downgraded magnitude, 'more than a dozen smaller quakes'); two negative controls (a
soccer and arts page about the San Jose Earthquakes, and a comet's magnitudes); and a mixed regional
paper page with a short quake item after two unrelated stories. None is copied from a real text;
places are real, the quakes are invented or retold in the tests' own words. ``NAME.expected.json``
holds what a careful labeller writes under DESIGN.md ("The records"), never what the parser returns;
its ``notes`` explain the tricky calls.

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

STORIES = Path(__file__).parent / "stories5"
TEXTS = sorted(STORIES.glob("*.txt"))

#: Story name → what the parser currently gets wrong (strict xfail), one discrepancy per clause.
KNOWN_MISSES: dict[str, str] = {
    'emsc_felt_summary_crete': (
        "event M4.8 ('The National Observatory of Athens (NOA) reported a local ma'): expected nothing, "
        "got an event; event M5.0 (date 2025-06-10): alt expected ['ML 4.8'], got []"
    ),
    'nhk_noto_upper5_advisory': (
        "event M6.1 (date 2025-11-09): place expected 'Noto', got 'Ishikawa Prefecture'; event M7.6 (dat"
        "e 2024-01-01): place expected 'Noto', got None"
    ),
    'phivolcs_info_no2_manay': (
        "event M5.9 ('It supersedes Earthquake Information No. 1, issued at 09:31 '): expected nothing, "
        "got an event; event M5.6 (date 2025-08-14): role expected 'mainshock', got None; event M5.6 (da"
        "te 2025-08-14): alt expected ['5.9'], got []"
    ),
    'tv_station_san_ramon_quake': (
        'event M3.6 (date 2025-01-04): expected, got nothing; event M3.9 (\'"A magnitude 3.9 doesn\\\'t cha'
        "nge those odds much, but it is a'): expected nothing, got an event; event M3.9 (date 2025-03-10"
        '): depth_km expected 8.05, got 8.0'
    ),
    'wikinews_bajhang_nepal_india': (
        "event M5.9 (date 2025-03-03): place expected 'Chainpur', got 'New Delhi, Lucknow and Dehradun'"
    ),
    'wikipedia_esmeraldas_doublet': (
        "event M6.4 (date 2024-03-19): role expected 'foreshock', got 'mainshock'; event M6.9 (date 2024"
        "-03-19): role expected 'mainshock', got None; event M8.8 (date None): role expected 'other', go"
        't None'
    ),
}


@pytest.mark.parametrize("path", story_params(TEXTS, KNOWN_MISSES))
def test_story(path: Path) -> None:
    check_story(path)


def test_story_set_is_complete() -> None:
    check_story_set(TEXTS, KNOWN_MISSES, range(14, 15), max_words=600)
