"""Whole stories, seventh set: fourteen more bulletins, written blind to the parser.

``tests/stories7/NAME.txt`` is a text written for these tests in the manner of a real outlet or
agency that the earlier sets did not use: a Focus Taiwan (CNA) story of CWA figures (intensity
levels beside magnitudes, an early-warning estimate later revised, an aftershock after midnight
whose UTC day is the day before, a past sequence's aftershock count); a Korea Herald story of KMA
figures (a revised magnitude, 'since 2016's 5.8' and the same quake dated later, two aftershocks
with paired values and clocks); a Kathmandu Post story of NEMRC figures (Nepal time at UTC+5:45,
'ML 5.2', a depth given only by the USGS, a 2015 'aftershock' that belongs to another sequence); a
Dawn story of PMD figures (a 200 km deep Hindu Kush quake with no aftershocks, an unrelated quake
near Quetta the same day); a Tehran Times story of IRSC figures (a Solar Hijri date line, Iran time
at UTC+3:30, two quakes minutes apart); an ANSA wire of INGV figures ('ML 4.2 (Mw 4.0)', dozens of
aftershocks, a count over a bound); an RNZ story of GeoNet figures (NZDT, 'moderate' shaking, felt
reports and forecast numbers that are not quakes); a Chilean CSN 'Informe de sismo' (Fecha Local
and Fecha UTC on different days, an automatic solution replaced); an INSIVUMEH bulletin whose
aftershocks are a numbered list; a Romanian INFP release on an intermediate-depth Vrancea quake
(a distance equal to the depth, an earlier quake that is not a foreshock); a Post-Courier story
with USGS and observatory values and a tsunami threat that passed; an AFP wire from Ecuador
('(1524 GMT)', dead and injured, past quakes by year or month only); a negative control (a concert
likened to a magnitude 0.8 quake); and a mixed news-in-brief page with markets, weather and an
election before a short quake item. None is copied from a real text; places are real, the quakes
are invented or retold in the tests' own words. ``NAME.expected.json`` holds what a careful
labeller writes under DESIGN.md ("The records"), never what the parser returns; its ``notes``
explain the tricky calls.

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

STORIES = Path(__file__).parent / "stories7"
TEXTS = sorted(STORIES.glob("*.txt"))

#: Story name → what the parser currently gets wrong (strict xfail), one discrepancy per clause.
KNOWN_MISSES: dict[str, str] = {
    'ansa_ingv_montereale_ml_mw': (
        "event M5.5 (date 2017-01-18): date_local expected '2017-01-18', got None; event M5.5 (date 2017"
        "-01-18): place expected 'Campotosto', got None"
    ),
    'csn_informe_sismo_iquique': (
        "event M7.7 (date 2014-04-02): role expected 'other', got 'aftershock'"
    ),
    'dawn_pmd_hindu_kush_deep': (
        "event M5.9 (date 2025-12-02): place expected 'Hindu Kush', got 'about 250km northwest of Peshaw"
        "ar'; event M7.5 (date None): place expected 'Hindu Kush', got 'Pakistan and Afghanistan'"
    ),
    'infp_vrancea_intermediate_depth': (
        "event M4.9 (date 2025-06-22): place expected 'Vrancea', got '50 km W of Focșani'; tally of 11: "
        'expected, got nothing'
    ),
    'insivumeh_escuintla_aftershock_list': (
        "event M7.5 (date 1976-02-04): place expected 'Motagua', got None"
    ),
    'kathmandu_post_nemrc_dolakha': (
        "event M5.2 (date 2025-02-15): place expected 'Lamabagar', got 'about 90 kilometres north-east o"
        "f Kathmandu'; event M7.3 (date 2015-05-12): role expected 'other', got 'aftershock'"
    ),
    'tehran_times_irsc_kazerun_twin': (
        "event M7.3 (date 2017-11-12): place expected 'Kermanshah', got 'the Iraqi border'"
    ),
}


@pytest.mark.parametrize("path", story_params(TEXTS, KNOWN_MISSES))
def test_story(path: Path) -> None:
    check_story(path)


def test_story_set_is_complete() -> None:
    check_story_set(TEXTS, KNOWN_MISSES, range(14, 15), max_words=600)
