"""Second blind table: agency formats, social posts, daily lists and tally phrasings not yet covered.

Every text here was written for this test file in the manner of the outlet, agency or feed it is
modelled on (USGS event pages, PAGER and "Did You Feel It?", NTWC/PTWC tsunami statements, JMA
and CWA English reports, INGV, IGN, BGS, SED, GFZ GEOFON, EMSC-style bots, Raspberry Shake
community posts, numbered daily lists, wires and regional papers); none is copied from a real
bulletin or article, and figures are invented where they are not plainly generic. ``expected`` is
what a careful human labeller writes under the rules of DESIGN.md ("The records"), never what the
parser happens to return. A case names only the fields it is about, plus the number of events and
tallies.

Known misses are ``xfail(strict=True)`` with what goes wrong, so a fix turns them into passes.
The helpers come from the first table, so all tables compare in exactly the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_parser_table import D, case, check_case, ev, ta

TYO, TPE, JKT, IST = "Asia/Tokyo", "Asia/Taipei", "Asia/Jakarta", "Europe/Istanbul"
LAX, ANC, SCL, NZ = "America/Los_Angeles", "America/Anchorage", "America/Santiago", "Pacific/Auckland"
ROM, MAD, LON, ZRH = "Europe/Rome", "Europe/Madrid", "Europe/London", "Europe/Zurich"
ATH, KBL, REK, THR = "Europe/Athens", "Asia/Kabul", "Atlantic/Reykjavik", "Asia/Tehran"

# --- news wires ---------------------------------------------------------------------------------

WIRE = "wire"
NEWS_WIRE = [
    case(WIRE, "pager-colours-beside-magnitude",
         "The USGS issued a yellow alert for shaking-related fatalities and an orange alert for economic "
         "losses after the magnitude 6.6 quake struck at 11:03 a.m. on Thursday.",
         [ev(6.6, date_local="2024-09-19", time_local="11:03")], [],
         published=D(2024, 9, 20), tz=IST),
    case(WIRE, "dyfi-respondents-are-people",
         "More than 14,000 people filled in the USGS \"Did You Feel It?\" survey after the magnitude 4.4 "
         "quake at 11:20 a.m. Monday.",
         [ev(4.4, date_local="2024-08-12", time_local="11:20")], [],
         published=D(2024, 8, 13), tz=LAX),
    case(WIRE, "jma-M-token-focus-beneath",
         "The JMA said the M6.0 quake had its focus about 10 km beneath the Noto Peninsula and registered "
         "upper 5 on the intensity scale in Wajima.",
         [ev(6.0, depth_km=10.0, place="Noto")], []),
    case(WIRE, "jma-mj-preliminary-revised",
         "The agency put the quake's preliminary magnitude at Mj 7.1, later revising it to Mj 7.5.",
         [ev(7.5, mag_type="Mj", alt=["Mj 7.1"])], []),
    case(WIRE, "two-countries-one-lead",
         "A magnitude 5.9 earthquake struck eastern Afghanistan on Tuesday, hours after a 6.2-magnitude "
         "quake hit Taiwan's east coast; the two were unrelated, seismologists said.",
         [ev(5.9, place="Afghanistan", date_local="2024-05-14"), ev(6.2, place="Taiwan")], [],
         published=D(2024, 5, 15), tz=KBL),
    case(WIRE, "two-countries-shared-of-magnitude",
         "Quakes of magnitude 6.0 off Vanuatu and 5.4 in northern Peru were recorded by the USGS, "
         "neither causing damage.",
         [ev(6.0, place="Vanuatu"), ev(5.4, place="Peru")], []),
    case(WIRE, "two-countries-two-sentences-local-clocks",
         "A 5.2 quake struck off Crete at 08:22 local time on Monday, the EMSC said. Separately, a "
         "magnitude 4.9 tremor shook Malatya in eastern Turkey at 10:05 local time.",
         [ev(5.2, place="Crete", date_local="2024-03-11", time_local="08:22"),
          ev(4.9, place="Malatya", time_local="10:05")], [],
         published=D(2024, 3, 12), tz=ATH),
    case(WIRE, "intensity-only-mercalli",
         "Shaking of intensity VII on the Modified Mercalli scale was reported in Antakya, and intensity 5 "
         "was felt as far away as Adana, officials said.",
         [], [], published=D(2024, 2, 7), tz=IST),
    case(WIRE, "intensity-only-shindo-7",
         "The quake registered the maximum 7 on Japan's seismic intensity scale in Shika town, the first "
         "reading of 7 since 2018, the agency said.",
         [], [], published=D(2024, 1, 2), tz=TYO),
    case(WIRE, "aftershocks-by-weekday",
         "The observatory said it had recorded 42 aftershocks on Monday and 17 on Tuesday.",
         [], [ta(42, what="aftershocks"), ta(17, what="aftershocks")],
         published=D(2024, 3, 14), tz=ATH),
    case(WIRE, "aftershocks-by-date-three",
         "By the agency's count there were 210 aftershocks on Jan. 1, 86 on Jan. 2 and 40 on Jan. 3.",
         [], [ta(210, what="aftershocks"), ta(86, what="aftershocks"), ta(40, what="aftershocks")],
         published=D(2024, 1, 4), tz=TYO),
    case(WIRE, "strongest-since-1999-with-historic-magnitude",
         "The magnitude 7.2 quake was the strongest to hit the island since 1999, when a 7.6 tremor killed "
         "about 2,400 people.",
         [ev(7.2), ev(7.6, date_local=None, role="other")], [],
         published=D(2024, 4, 4), tz=TPE),
    case(WIRE, "strongest-since-1999-year-only",
         "Wednesday's magnitude 7.4 earthquake was the strongest in Taiwan since 1999, the weather agency "
         "said.",
         [ev(7.4, date_local="2024-04-03")], [],
         published=D(2024, 4, 4), tz=TPE),
    case(WIRE, "between-4.0-and-4.9-subset",
         "Kandilli has logged 310 aftershocks; 23 of them measured between 4.0 and 4.9.",
         [], [ta(310, what="aftershocks"), ta(23, mag_min=4.0, mag_max=4.9)]),
    case(WIRE, "M-greater-equal-sign",
         "Since the mainshock, 64 aftershocks of M≥4 have been located by the network.",
         [], [ta(64, what="aftershocks", mag_min=4.0, mag_max=None)]),
    case(WIRE, "sign-before-M",
         "The catalogue now lists 128 quakes ≥M3 in the first week of the sequence.",
         [], [ta(128, what="earthquakes", mag_min=3.0, mag_max=None)]),
    case(WIRE, "magnitude-4-plus-hyphenated",
         "There have been nine magnitude-4-plus aftershocks since Sunday, the survey said.",
         [], [ta(9, what="aftershocks", mag_min=4.0, mag_max=None)]),
    case(WIRE, "bare-4-plus",
         "GeoNet counted 31 aftershocks of 4+ overnight.",
         [], [ta(31, what="aftershocks", mag_min=4.0, mag_max=None)]),
    case(WIRE, "more-than-a-dozen-4-or-more",
         "More than a dozen aftershocks of magnitude 4 or more followed the 6.5 mainshock.",
         [ev(6.5, role="mainshock")], [ta(12, what="aftershocks", mag_min=4.0, mag_max=None)]),
    case(WIRE, "count-after-noun-numbered",
         "Quakes of magnitude 4.5 and greater numbered 19 by Friday, the agency said.",
         [], [ta(19, what="earthquakes", mag_min=4.5, mag_max=None)]),
    case(WIRE, "ntwc-miles-from-is-distance",
         "The National Tsunami Warning Center said no tsunami was expected from the magnitude 5.9 quake, "
         "which struck 80 miles (129 km) southeast of Sand Point at 9:58 a.m. local time.",
         [ev(5.9, depth_km=None, time_local="09:58", place="Sand Point")], [], tz=ANC),
    case(WIRE, "two-quakes-gmt-each",
         "Quakes of magnitude 6.1 in Guatemala at 14:03 GMT and 5.7 in the Philippines at 21:40 GMT on "
         "Tuesday were unrelated, the USGS said.",
         [ev(6.1, place="Guatemala", time_utc="2024-06-11T14:03"),
          ev(5.7, place="Philippines", time_utc="2024-06-11T21:40")], [],
         published=D(2024, 6, 12), tz=LON),
]

# --- regional papers and community posts --------------------------------------------------------

PAPER = "paper"
REGIONAL_PAPER = [
    case(PAPER, "bgs-loud-bang-dotted-clock-yesterday",
         "Residents in Ulverston reported a \"loud bang\" after a 2.9 magnitude earthquake struck at 2.17pm "
         "yesterday, the British Geological Survey said. It was 6km deep.",
         [ev(2.9, date_local="2024-03-02", time_local="14:17", depth_km=6.0)], [],
         published=D(2024, 3, 3), tz=LON),
    case(PAPER, "ign-mblg-local-time-saturday",
         "The National Geographic Institute (IGN) located an earthquake of magnitude 4.1 mbLg in the "
         "Alboran Sea at 23:47 local time on Saturday, 15 km deep. It was felt with intensity III in "
         "Melilla.",
         [ev(4.1, mag_type="mbLg", date_local="2024-06-15", time_local="23:47", depth_km=15.0)], [],
         published=D(2024, 6, 16), tz=MAD),
    case(PAPER, "ingv-md-strongest-in-40-years",
         "A magnitude 4.4 (Md) quake hit the Campi Flegrei at 8.10pm on Monday, the strongest in the area "
         "for 40 years, INGV said. It was 3 km deep.",
         [ev(4.4, mag_type="Md", date_local="2024-05-20", time_local="20:10", depth_km=3.0)], [],
         published=D(2024, 5, 21), tz=ROM),
    case(PAPER, "terremoto-oggi-headline",
         "'Terremoto oggi': a magnitude 3.1 tremor shook Pozzuoli at 4.37am today, INGV said.",
         [ev(3.1, date_local="2024-09-12", time_local="04:37", place="Pozzuoli")], [],
         published=D(2024, 9, 12), tz=ROM),
    case(PAPER, "intensity-only-overnight",
         "Residents of Pozzuoli felt shaking of intensity V overnight, and schools stayed shut on Tuesday.",
         [], [], published=D(2024, 5, 21), tz=ROM),
    case(PAPER, "raspberry-shake-station-code-and-distance",
         "Our Raspberry Shake station R7A1B in Reykjavik picked up the M4.6 event near Grindavík at 07:31 "
         "UTC this morning, about 40 km away.",
         [ev(4.6, date_local="2024-01-14", time_local="07:31", depth_km=None, place="Grindav")], [],
         published=D(2024, 1, 14), tz=REK),
    case(PAPER, "shakenet-stations-are-not-quakes",
         "ShakeNet community report: an ML 2.3 quake at 21:47 local time, about 5 km deep, was picked up "
         "by 14 Shakes across the county.",
         [ev(2.3, mag_type="ML", time_local="21:47", depth_km=5.0)], []),
    case(PAPER, "tremors-subset-on-one-day",
         "Of the 150 tremors recorded so far, 112 came on Tuesday alone.",
         [], [ta(150, what="earthquakes"), ta(112, what="earthquakes")],
         published=D(2024, 5, 22), tz=ROM),
    case(PAPER, "strongest-since-dated-historic-quake",
         "Thursday's magnitude 5.3 quake was the strongest to rattle Athens since the magnitude 5.9 quake "
         "of September 7, 1999, which killed 143 people.",
         [ev(5.3, date_local="2024-10-10"), ev(5.9, date_local="1999-09-07", role="other")], [],
         published=D(2024, 10, 11), tz=ATH),
    case(PAPER, "two-quakes-an-ocean-apart-dashes",
         "Two quakes an ocean apart — a 6.4 off Tonga and a 5.1 in Alaska's Kenai Peninsula — struck "
         "within an hour of each other.",
         [ev(6.4, place="Tonga"), ev(5.1, place="Kenai")], []),
    case(PAPER, "three-counts-below-and-between",
         "Of the 1,100 tremors since April, 960 were below magnitude 2 and just 12 were between 3.0 and "
         "3.9.",
         [], [ta(1100, what="earthquakes"), ta(960, mag_min=None, mag_max=2.0), ta(12, mag_min=3.0, mag_max=3.9)]),
    case(PAPER, "dyfi-people-count-near-place",
         "Over 2,000 people told the USGS \"Did You Feel It?\" site they felt the 3.9 quake near Ojai.",
         [ev(3.9, place="Ojai")], []),
    case(PAPER, "yellow-alert-and-largest-aftershock",
         "The USGS put out a yellow PAGER alert for the magnitude 6.4 quake. Its largest aftershock, a "
         "5.0, struck at 3:12 a.m.",
         [ev(6.4, role="mainshock"), ev(5.0, role="aftershock", time_local="03:12")], []),
]

# --- agency bulletins, feeds and bots -----------------------------------------------------------

AGENCY = "agency"
AGENCY_BULLETIN = [
    case(AGENCY, "usgs-event-page-keyed-fields",
         "M 6.1 - 25 km NE of Katsuura, Japan\n"
         "Time 2024-06-12 03:21:07 UTC\n"
         "Location 35.312°N 140.558°E\n"
         "Depth 44.0 km\n",
         [ev(6.1, place="Katsuura", time_utc="2024-06-12T03:21:07", date_local="2024-06-12", time_local="12:21",
             latitude=35.312, longitude=140.558, depth_km=44.0)], [], tz=TYO),
    case(AGENCY, "usgs-event-page-south-west-previous-local-day",
         "M 5.4 - 38 km SW of Tocopilla, Chile\n"
         "Time 2024-02-19 02:05:44 UTC\n"
         "Location 22.331°S 70.512°W\n"
         "Depth 61.3 km\n",
         [ev(5.4, time_utc="2024-02-19T02:05:44", date_local="2024-02-18", time_local="23:05",
             latitude=-22.331, longitude=-70.512, depth_km=61.3, place="Tocopilla")], [], tz=SCL),
    case(AGENCY, "usgs-event-page-review-status-mww",
         "M 4.7 - 9 km E of Ojai, CA\n"
         "Review Status REVIEWED\n"
         "Magnitude 4.7 mww\n"
         "Time 2024-11-14 17:40:02 (UTC)\n"
         "Depth 12.3 km\n",
         [ev(4.7, mag_type="Mww", time_utc="2024-11-14T17:40:02", time_local="09:40", depth_km=12.3,
             place="Ojai")], [], tz=LAX),
    case(AGENCY, "usgs-pager-yellow-alert",
         "PAGER Version 2\n"
         "M 6.3, 31 km NNW of Kahramanmaras, Turkey\n"
         "Origin Time: 2024-09-17 08:46:12 UTC (11:46:12 local)\n"
         "Location: 37.85°N 36.78°E  Depth: 12 km\n"
         "Yellow alert for shaking-related fatalities. Some casualties are possible and the impact should "
         "be relatively localized.\n"
         "Orange alert for economic losses. Significant damage is likely.\n",
         [ev(6.3, time_utc="2024-09-17T08:46:12", date_local="2024-09-17", time_local="11:46", latitude=37.85,
             longitude=36.78, depth_km=12.0, place="Kahramanmaras")], [], tz=IST),
    case(AGENCY, "usgs-pager-exposure-table",
         "PAGER - Estimated Population Exposure\n"
         "M 5.8, Southern Iran  2024-07-02 19:30:55 UTC\n"
         "MMI VIII  Severe  12k\n"
         "MMI VII  Very Strong  310k\n"
         "MMI VI  Strong  1,200k\n"
         "Green alert for shaking-related fatalities and economic losses.\n",
         [ev(5.8, time_utc="2024-07-02T19:30:55", date_local="2024-07-02", time_local="23:00", depth_km=None)],
         [], tz=THR),
    case(AGENCY, "usgs-dyfi-summary",
         "Did You Feel It?\n"
         "M 4.2 - 3 km ESE of Lytle Creek, CA\n"
         "2024-08-12 19:03:50 (UTC)\n"
         "3,412 responses\n"
         "Maximum reported intensity: V\n",
         [ev(4.2, place="Lytle Creek", date_local="2024-08-12", time_local="12:03")], [], tz=LAX),
    case(AGENCY, "usgs-dyfi-no-magnitude",
         "Did You Feel It? Tell Us!\n"
         "Responses: 887 from 212 ZIP codes\n"
         "Highest intensity reported: IV (Light)\n",
         [], [], tz=LAX),
    case(AGENCY, "ntwc-information-statement-mixed-case",
         "Tsunami Information Statement Number 1\n"
         "NWS National Tsunami Warning Center Palmer AK\n"
         "1012 AM AKDT Tue Jul 16 2024\n"
         "\n"
         "This is a tsunami information statement for the U.S. West Coast, Alaska, and British Columbia.\n"
         "\n"
         "* Magnitude      5.9\n"
         "* Origin Time    0958 AKDT Jul 16 2024\n"
         "                 1058 PDT Jul 16 2024\n"
         "                 1758 UTC Jul 16 2024\n"
         "* Coordinates    54.8 North 159.9 West\n"
         "* Depth          22 miles\n"
         "* Location       80 miles SE of Sand Point, Alaska\n",
         [ev(5.9, time_utc="2024-07-16T17:58", date_local="2024-07-16", time_local="09:58", latitude=54.8,
             longitude=-159.9, depth_km=35.4, place="Sand Point")], [], tz=ANC),
    case(AGENCY, "ntwc-old-style-dash-fields",
         "TSUNAMI INFORMATION STATEMENT\n"
         "PRELIMINARY EARTHQUAKE PARAMETERS\n"
         "  MAGNITUDE - 6.4\n"
         "  TIME - 0413 AKST JAN 22 2024\n"
         "         1313 UTC JAN 22 2024\n"
         "  LOCATION - 51.2 NORTH 178.9 WEST\n"
         "           - 95 MILES W OF ADAK ALASKA\n"
         "  DEPTH - 20 MILES\n",
         [ev(6.4, time_utc="2024-01-22T13:13", date_local="2024-01-22", time_local="04:13", latitude=51.2,
             longitude=-178.9, depth_km=32.2, place="Adak")], [], tz=ANC),
    case(AGENCY, "ptwc-evaluation-sentence",
         "EVALUATION\n"
         "  * An earthquake with a preliminary magnitude of 7.1 occurred in the Kermadec Islands region at "
         "0612 UTC on Sunday March 10 2024.\n"
         "  * Based on all available data there is no tsunami threat from this earthquake.\n",
         [ev(7.1, time_utc="2024-03-10T06:12", date_local="2024-03-10", time_local="19:12")], [], tz=NZ),
    case(AGENCY, "jma-information-on-the-earthquake",
         "Information on the Earthquake\n"
         "Issued at 09:48 JST 19 Aug 2024\n"
         "At around 09:41 JST 19 Aug 2024, an earthquake occurred. The epicenter was off the coast of "
         "Hyuganada (31.7N, 131.7E) at a depth of about 30 km. The magnitude of the earthquake is estimated "
         "to be M6.3.\n"
         "Seismic Intensity 5-: Nichinan-shi\n"
         "Seismic Intensity 4: Miyazaki-shi, Kushima-shi\n"
         "Seismic Intensity 3: Kagoshima-shi\n"
         "There is a slight sea-level change along the coast, but no damage is expected.\n",
         [ev(6.3, date_local="2024-08-19", time_local="09:41", time_utc="2024-08-19T00:41", latitude=31.7,
             longitude=131.7, depth_km=30.0)], [], tz=TYO),
    case(AGENCY, "jma-occurred-at-M-comma-depth",
         "Earthquake and Seismic Intensity Information\n"
         "Occurred at 14:46 JST 21 Oct 2024\n"
         "Region: Eastern Shimane Prefecture\n"
         "M4.9, depth 10 km\n"
         "Maximum Seismic Intensity 4\n"
         "Seismic Intensity 4  Matsue-shi, Izumo-shi\n"
         "Seismic Intensity 3  Yonago-shi\n",
         [ev(4.9, date_local="2024-10-21", time_local="14:46", depth_km=10.0)], [], tz=TYO,
         xfail=("'Occurred at 14:46 JST 21 Oct 2024' header line is not tied to the 'M4.9, depth 10 km' "
                "line: expected date 2024-10-21 and time 14:46, got None")),
    case(AGENCY, "jma-very-shallow-is-no-depth",
         "At around 03:04 JST 12 Jun 2024, an earthquake occurred. The epicenter was in the Noto Peninsula "
         "(37.2N, 136.8E), and the depth was very shallow. The magnitude is estimated to be M4.4.\n"
         "Seismic Intensity 5+: Wajima-shi\n",
         [ev(4.4, date_local="2024-06-12", time_local="03:04", depth_km=None, latitude=37.2, longitude=136.8)],
         [], tz=TYO),
    case(AGENCY, "cwa-report-one-line-commas",
         "CWA Earthquake Report No. 113031, Origin Time 2024-04-27 02:21:46, Magnitude ML 5.1, Focal Depth "
         "21.4 km, Epicenter 24.02N 121.70E (13.5 km E of Hualien County Hall)",
         [ev(5.1, mag_type="ML", date_local="2024-04-27", time_local="02:21", depth_km=21.4, latitude=24.02,
             longitude=121.70, place="Hualien")], [], tz=TPE),
    case(AGENCY, "cwa-slash-date-intensity-lines",
         "No. 113019\n"
         "Origin Time: 2024/04/22 17:08:51\n"
         "Magnitude: ML 6.0\n"
         "Focal Depth: 10.0 km\n"
         "Epicenter: 23.86N 121.58E (17.4 km S of Hualien County Hall)\n"
         "Maximum Intensity: 5- Hualien County\n"
         "Intensity 4: Yilan County, Nantou County\n",
         [ev(6.0, mag_type="ML", date_local="2024-04-22", time_local="17:08", depth_km=10.0, latitude=23.86,
             longitude=121.58)], [], tz=TPE),
    case(AGENCY, "cwa-small-area-report",
         "Small Area Earthquake Report\n"
         "Origin Time 2024/05/10 03:14:05\n"
         "Location 23.28N 120.45E (9.8 km NE of Chiayi County Hall)\n"
         "Depth 7.9 km\n"
         "ML 3.8\n",
         [ev(3.8, mag_type="ML", date_local="2024-05-10", time_local="03:14", depth_km=7.9, latitude=23.28,
             longitude=120.45)], [], tz=TPE),
    case(AGENCY, "ingv-terremoto-header-with-english-body",
         "Terremoto ML 3.1 Campi Flegrei (NA), 12-09-2024 04:37:42 (Italia)\n"
         "An earthquake of magnitude ML 3.1 occurred in the Campi Flegrei area at 04:37:42 Italian time "
         "(02:37:42 UTC) at a depth of 2 km.\n",
         [ev(3.1, mag_type="ML", date_local="2024-09-12", time_local="04:37", time_utc="2024-09-12T02:37:42",
             depth_km=2.0)], [], tz=ROM),
    case(AGENCY, "ingv-terremoto-md-profondita",
         "Terremoto Md 2.4 Etna (CT), 03-07-2024 21:55:10 (UTC+02:00), profondità 1 km",
         [ev(2.4, mag_type="Md", date_local="2024-07-03", time_local="21:55", depth_km=1.0, place="Etna")],
         [], tz=ROM),
    case(AGENCY, "ingv-english-page-utc-first",
         "Earthquake Mw 4.4 of 20 May 2024 - 2 km SW of Pozzuoli (NA)\n"
         "Date and time: 20-05-2024 18:10:11 UTC (20:10:11 Italian time)\n"
         "Latitude 40.8222, Longitude 14.1402, Depth 3 km\n",
         [ev(4.4, mag_type="Mw", time_utc="2024-05-20T18:10:11", date_local="2024-05-20", time_local="20:10",
             latitude=40.8222, longitude=14.1402, depth_km=3.0, place="Pozzuoli")], [], tz=ROM),
    case(AGENCY, "ign-catalogue-row-utc-intensity-column",
         "Evento  Fecha  Hora (UTC)  Latitud  Longitud  Prof.(Km)  Int.  Mag.  Tipo Mag.  Localización\n"
         "es2024ejkqz  04/03/2024  06:18:33  36.1234  -7.4567  12  II  3.6  mbLg  GOLFO DE CÁDIZ\n",
         [ev(3.6, mag_type="mbLg", time_utc="2024-03-04T06:18:33", date_local="2024-03-04", time_local="07:18",
             latitude=36.1234, longitude=-7.4567, depth_km=12.0)], [], tz=MAD,
         xfail=("IGN catalogue row (Fecha/Hora/Latitud/Longitud/Prof./Int./Mag./Tipo Mag.) is not parsed: "
                "expected one 3.6 mbLg event, got nothing")),
    case(AGENCY, "bgs-recent-events-rows",
         "BGS recent events (UTC)\n"
         "2024-03-02 14:17:08.2  54.187  -3.108  6.0  2.9  ULVERSTON,CUMBRIA  F\n"
         "2024-03-01 03:55:41.9  56.712  2.411  9.1  1.1  CENTRAL NORTH SEA\n",
         [ev(2.9, time_utc="2024-03-02T14:17:08", latitude=54.187, longitude=-3.108, depth_km=6.0,
             place="Ulverston"),
          ev(1.1, time_utc="2024-03-01T03:55:41", latitude=56.712, longitude=2.411, depth_km=9.1)],
         [], tz=LON,
         xfail=("BGS rows 'date time lat lon depth mag LOCALITY' with no M/ML token are not parsed: "
                "expected 2 events, got nothing")),
    case(AGENCY, "sed-key-value-ml-in-brackets",
         "Earthquake near Sierre VS\n"
         "Date and time: 14.02.2024 08:32:17 (local time)\n"
         "Magnitude: 4.1 (ML)\n"
         "Depth: 7 km\n"
         "Latitude / longitude: 46.29 / 7.53\n"
         "The earthquake was clearly felt in Valais.\n",
         [ev(4.1, mag_type="ML", date_local="2024-02-14", time_local="08:32", depth_km=7.0, latitude=46.29,
             longitude=7.53, place="Sierre")], [], tz=ZRH),
    case(AGENCY, "sed-news-date-first-sentence",
         "On Saturday, 9 November 2024, at 21:06 local time, an earthquake of magnitude 3.7 occurred near "
         "Linthal (GL), the Swiss Seismological Service at ETH Zurich reports. Damage is not expected for "
         "a quake of this size.",
         [ev(3.7, date_local="2024-11-09", time_local="21:06", place="Linthal")], [], tz=ZRH),
    case(AGENCY, "geofon-alert-line-south-latitude-next-local-day",
         "GFZ GEOFON alert: M 5.6, Southern Sumatra, Indonesia  2024-09-02 18:44:10 UTC  4.21S 101.93E  35 km  A",
         [ev(5.6, time_utc="2024-09-02T18:44:10", date_local="2024-09-03", time_local="01:44", latitude=-4.21,
             longitude=101.93, depth_km=35.0)], [], tz=JKT),
    case(AGENCY, "geofon-list-two-rows",
         "GEOFON event list\n"
         "2024-03-11 06:22:36  M 5.2  35.21N 25.34E  10 km  Crete, Greece\n"
         "2024-03-11 04:10:05  M 4.6  38.90N 20.60E  15 km  Greece\n",
         [ev(5.2, time_utc="2024-03-11T06:22:36", latitude=35.21, longitude=25.34, depth_km=10.0, place="Crete"),
          ev(4.6, time_utc="2024-03-11T04:10:05", latitude=38.90, longitude=20.60, depth_km=15.0)],
         [], tz=ATH,
         xfail=("GEOFON list rows are read, but their unlabelled stamps are taken as local time: the "
                "catalogue convention that a bare ISO stamp in a row is UTC is not applied")),
    case(AGENCY, "hashtag-alert-utc-clock-only",
         "#EarthquakeAlert M4.3 struck 12km NW of Ambato (Ecuador) at 03:12 UTC, depth 10km. Felt it? Tell "
         "us! #sismo",
         [ev(4.3, place="Ambato", depth_km=10.0, time_local="22:12")], [], tz="America/Guayaquil"),
    case(AGENCY, "bot-line-en-dashes-full-utc",
         "⚠️ Earthquake M5.1 – 86 km SSE of Hualien City, Taiwan – 2024-04-25 14:02 UTC – 15 km deep "
         "#quake #Taiwan",
         [ev(5.1, time_utc="2024-04-25T14:02", date_local="2024-04-25", time_local="22:02", depth_km=15.0,
             place="Hualien")], [], tz=TPE),
    case(AGENCY, "bot-prelim-miles-month-day",
         "Prelim M3.8 earthquake 5 mi W of Anza, CA. Jun 4 02:14 PDT. Depth 7.2 mi. Did you feel it? "
         "#earthquake",
         [ev(3.8, place="Anza", date_local="2024-06-04", time_local="02:14", depth_km=11.6)], [],
         published=D(2024, 6, 4), tz=LAX),
    case(AGENCY, "numbered-daily-list-parenthesis",
         "Seismic activity in the 24 hours to 08:00 today:\n"
         "1) 02:14 M3.2 Gulf of Policastro, depth 11 km\n"
         "2) 05:40 M2.8 Etna area, depth 3 km\n"
         "3) 07:03 M2.5 off the Montenegro coast, depth 15 km\n",
         [ev(3.2, date_local="2024-05-20", time_local="02:14", depth_km=11.0),
          ev(2.8, date_local="2024-05-20", time_local="05:40", depth_km=3.0),
          ev(2.5, date_local="2024-05-20", time_local="07:03", depth_km=15.0)], [],
         published=D(2024, 5, 20), tz=ROM),
    case(AGENCY, "numbered-list-dotted-dash-columns",
         "Largest quakes today (UTC):\n"
         "1. M4.9 - 10:22 - Kermadec Islands - 35 km\n"
         "2. M4.5 - 13:57 - Fiji region - 560 km\n"
         "3. M4.4 - 19:03 - northern Chile - 110 km\n",
         [ev(4.9, depth_km=35.0, place="Kermadec"), ev(4.5, depth_km=560.0, place="Fiji"),
          ev(4.4, depth_km=110.0, place="Chile")], []),
    case(AGENCY, "aftershock-update-day-rows",
         "Aftershock update, 6 Feb 2024, 18:00\n"
         "Day 1 (Sun): 42 aftershocks\n"
         "Day 2 (Mon): 17 aftershocks\n"
         "Largest aftershock: M4.6 at 21:15 on Sunday\n",
         [ev(4.6, role="aftershock", date_local="2024-02-04", time_local="21:15")],
         [ta(42, what="aftershocks"), ta(17, what="aftershocks")],
         published=D(2024, 2, 6), tz=ATH),
    case(AGENCY, "emsc-count-sign-before-M",
         "EMSC: 27 earthquakes ≥M3 in the Campi Flegrei area since 1 May.",
         [], [ta(27, what="earthquakes", mag_min=3.0, mag_max=None)]),
]

# --- texts that are not about an earthquake -----------------------------------------------------

NOQ = "no-quake"
NO_QUAKE = [
    case(NOQ, "orange-alert-for-rain",
         "An orange alert for heavy rain is in force until 18:00 on Sunday, with up to 120 mm expected in "
         "the hills.",
         published=D(2024, 10, 19), tz=ROM),
    case(NOQ, "did-you-feel-it-concert-meter",
         "Did you feel it? The bass at Saturday's concert registered 4.2 on the stadium's vibration meter, "
         "organisers joked.",
         published=D(2024, 7, 8), tz=LON),
    case(NOQ, "raspberry-pi-specs",
         "The Raspberry Pi 5 ships with a 2.4 GHz quad-core chip, costs $80 and needs a 5.1 V supply."),
    case(NOQ, "hashtag-magnitude7-album",
         "#Magnitude7 trended worldwide as fans counted down to the album release at 03:12 UTC on Friday.",
         published=D(2024, 3, 6), tz=LON),
    case(NOQ, "numbered-timetable",
         "1) 02:14 Depart Gate 4\n"
         "2) 05:40 Arrive Platform 3, 11 km from the terminal\n"
         "3) 07:03 Shuttle to the hotel\n"),
    case(NOQ, "tsunami-system-monthly-test",
         "This is a routine monthly test of the Tsunami Warning System. There is no earthquake and no "
         "tsunami threat. Test messages are sent on the first Wednesday at 10:15 AKDT."),
    case(NOQ, "quarry-blast-not-earthquake",
         "The 1.8 ML event near Buxton at 11:02 was a quarry blast, not an earthquake, the BGS said."),
    case(NOQ, "geomagnetic-storm-scales",
         "A G4 (severe) geomagnetic storm watch is in effect after a class X1.8 flare; the Kp index may "
         "reach 8 on Friday night.",
         published=D(2024, 5, 10), tz=LON),
    case(NOQ, "beaufort-and-4-plus-waves",
         "Gusts ≥ 6 Beaufort are expected on Tuesday, with waves of 4+ metres along the coast."),
    case(NOQ, "strongest-rally-since-1999",
         "The yen posted its strongest rally since 1999, jumping 4.3% in two days.",
         published=D(2024, 8, 7), tz=TYO),
    case(NOQ, "more-than-a-dozen-political-aftershocks",
         "The resignation sent more than a dozen aftershocks through the coalition, with 4 ministers quitting "
         "by Tuesday.",
         published=D(2024, 6, 12), tz=ROM),
    case(NOQ, "tornado-ef4-plus",
         "Forecasters warned that EF4-plus tornadoes were possible across the plains between 3 and 9 p.m."),
]

CASES = NEWS_WIRE + REGIONAL_PAPER + AGENCY_BULLETIN + NO_QUAKE


@pytest.mark.parametrize(("origin", "text", "published", "tz", "expected"), CASES)
def test_parser_blind2(origin: str, text: str, published: dt.date | None, tz: str | None,
                       expected: dict[str, list[dict[str, Any]]]) -> None:
    check_case(text, published, tz, expected)


def test_blind2_table_is_grouped_and_unique() -> None:
    origins = [p.values[0] for p in CASES]
    assert set(origins) == {WIRE, PAPER, AGENCY, NOQ}
    ids = [p.id for p in CASES]
    assert len(ids) == len(set(ids))
