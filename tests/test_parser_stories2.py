"""Whole stories, second set: ten more bulletins in kinds and styles the first set lacks.

``tests/stories2/NAME.txt`` is a text written for these tests in the manner of a real outlet or
agency: a Reuters story with a correction and a reporting footer, an AP story from Anchorage, a
Kyodo/NHK report with JMA intensities, a PHIVOLCS "Earthquake Information No. 3" with a revised
magnitude, a BMKG press release in translation (WIB, "Kedalaman", decimal commas), an EMSC felt-report
summary, a Guardian-style explainer on aftershock forecasting, a New Zealand local-paper story with
a GeoNet list in prose, a Greek agency daily summary listing several quakes in one paragraph, and a
financial/political story full of quake metaphors as a negative control. None is copied from a real
text; places are real, the quakes are invented or retold in the tests' own words.
``NAME.expected.json`` holds what a careful labeller writes under DESIGN.md ("The records"), never
what the parser returns; its ``notes`` explain the tricky calls.

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

STORIES = Path(__file__).parent / "stories2"
TEXTS = sorted(STORIES.glob("*.txt"))

#: Story name → what the parser currently gets wrong (strict xfail), one discrepancy per clause.
KNOWN_MISSES: dict[str, str] = {
    'emsc_felt_campi_flegrei': (
        "tally of 11: as_of_local expected '2025-06-08T08:00', got None"
    ),
    'guardian_explainer_forecasting': (
        "event M4.2 (date 2025-09-15): date_local expected '2025-09-15', got None"
    ),
    'nz_local_culverden': (
        "event M4.6 (date 2025-07-16): role expected 'aftershock', got None; event M4.2 (date 2025-07-16"
        "): role expected 'aftershock', got None; event M4.4 (date 2025-07-17): role expected 'aftershoc"
        "k', got None; event M7.8 (date None): place expected 'Kaik', got None; event M4.1 (date None): "
        "role expected 'other', got None"
    ),
    'phivolcs_info_no3': (
        "event M6.7 (date 2017-02-10): role expected 'other', got 'aftershock'"
    ),
    'reuters_peru_correction': (
        'event M7.2 (date 2024-06-28): depth_km expected None, got 38.0'
    ),
}


@pytest.mark.parametrize("path", story_params(TEXTS, KNOWN_MISSES))
def test_story(path: Path) -> None:
    check_story(path)


def test_story_set_is_complete() -> None:
    check_story_set(TEXTS, KNOWN_MISSES, range(10, 11), max_words=600)
