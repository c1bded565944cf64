"""Whole stories, sixth set: fourteen more bulletins, written blind to the parser.

``tests/stories6/NAME.txt`` is a text written for these tests in the manner of a real outlet or
agency that the earlier sets did not use: an Anchorage Daily News story of a deep Alaska quake (the
Alaska Earthquake Center's and the USGS's values, AKDT and UTC clocks, aftershock counts at two
times, a 2018 quake's depth in miles); a Jiji Press wire of JMA information (shindo values beside
magnitudes, a tsunami advisory lifted, an advisory threshold that is not a quake); a Xinhua report
of CENC figures (Beijing Time, 'on the Richter scale', coordinates in degrees of latitude and
longitude, an unrelated quake the same morning); an Anadolu report with AFAD and Kandilli values,
'(2017GMT)' clocks and aftershocks 'exceeding magnitude 4'; an Icelandic Met Office swarm update
(UTC clocks, a count that introduces a list, no mainshock); an Indian daily's item from the NCS (IST
clocks, the UTC day before, earlier quakes this year); a Mexican SSN special report in English
('hora del centro', a preliminary and a revised magnitude); an ABC story from Geoscience Australia
(AEDT, a downgrade, felt reports, a rate that is no tally); a Kathimerini story of two quakes in one
sentence, the second 'minutes later'; an SCSN seismicity note whose event list is in UTC; a CBC story
of an offshore quake with no tsunami and a magnitude 9 both historical and hypothetical; an Inquirer
story where PST is Philippine time and aftershocks are counted with a range; a negative control (a
markets column full of figurative quakes); and a mixed regional page with weather, sports and budget
numbers before a short quake item. None is copied from a real text; places are real, the quakes are
invented or retold in the tests' own words. ``NAME.expected.json`` holds what a careful labeller
writes under DESIGN.md ("The records"), never what the parser returns; its ``notes`` explain the
tricky calls.

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

STORIES = Path(__file__).parent / "stories6"
TEXTS = sorted(STORIES.glob("*.txt"))

#: Story name → what the parser currently gets wrong (strict xfail), one discrepancy per clause.
KNOWN_MISSES: dict[str, str] = {
    'hindu_ncs_jhajjar_tremor': (
        "event M4.0 (date 2025-02-17): place expected 'Dhaula Kuan', got 'Delhi'"
    ),
    'scsn_seismicity_notes_ridgecrest': (
        "event M2.7 (date 2025-10-22): role expected 'aftershock', got None; event M2.5 (date 2025-10-21"
        "): role expected 'aftershock', got None"
    ),
    'xinhua_cenc_shimian_sichuan': (
        "event M3.1 (date 2025-11-19): role expected 'other', got None"
    ),
}


@pytest.mark.parametrize("path", story_params(TEXTS, KNOWN_MISSES))
def test_story(path: Path) -> None:
    check_story(path)


def test_story_set_is_complete() -> None:
    check_story_set(TEXTS, KNOWN_MISSES, range(14, 15), max_words=600)
