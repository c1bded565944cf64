"""Third blind table: wire stories with revisions and clock pairs, colloquial local reports, mixed
digests, negative controls and agency notices from agencies the other tables do not use.

Every text here was written for this test file in the manner of the outlet, agency or page it is
modelled on (AP, Reuters, AFP, Kyodo, Anadolu, Xinhua, PTI, Bernama and EFE wires; regional papers,
TV station sites and community pages; newsletter and radio digests with unrelated items around a
quake paragraph; India's NCS, Earthquakes Canada, the Icelandic Met Office, KMA, AFAD, GeoNet and
USGS aftershock forecasts); none is copied from a real bulletin or article, and figures are invented
where they are not plainly generic. ``expected`` is what a careful human labeller writes under the
rules of DESIGN.md ("The records"), never what the parser happens to return. A case names only the
fields it is about, plus the number of events and tallies.

Known misses are ``xfail(strict=True)`` with what goes wrong, so a fix turns them into passes.
The helpers come from the first table, so all tables compare in exactly the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_parser_table import D, case, check_case, ev, ta

TYO, TPE, MAK, IST = "Asia/Tokyo", "Asia/Taipei", "Asia/Makassar", "Europe/Istanbul"
SHA, KOL, KUL, KTM = "Asia/Shanghai", "Asia/Kolkata", "Asia/Kuala_Lumpur", "Asia/Kathmandu"
KBL, MNL, SEL, MEL = "Asia/Kabul", "Asia/Manila", "Asia/Seoul", "Australia/Melbourne"
LAX, ANC, SCL, MEX = "America/Los_Angeles", "America/Anchorage", "America/Santiago", "America/Mexico_City"
VAN, PRI, HNL, NZ = "America/Vancouver", "America/Puerto_Rico", "Pacific/Honolulu", "Pacific/Auckland"
ROM, LON, ATH, REK = "Europe/Rome", "Europe/London", "Europe/Athens", "Atlantic/Reykjavik"

# --- news wires and national agencies -----------------------------------------------------------

WIRE = "wire"
NEWS_WIRE = [
    case(WIRE, "ap-local-clock-with-gmt-and-aftershock-paragraph",
         "TOKYO (AP) — A magnitude 6.6 earthquake struck off Japan's northeast coast at 11:47 p.m. "
         "Saturday (1447 GMT), the Japan Meteorological Agency said.\n\n"
         "A magnitude 5.3 aftershock followed about 20 minutes later. No tsunami warning was issued.",
         [ev(6.6, date_local="2024-03-16", time_local="23:47", time_utc="2024-03-16T14:47", role="mainshock"),
          ev(5.3, role="aftershock")], [],
         published=D(2024, 3, 17), tz=TYO),
    case(WIRE, "reuters-emsc-after-initially-reporting",
         "An earthquake of magnitude 5.8 struck Turkey's Malatya province on Wednesday, the "
         "European-Mediterranean Seismological Centre (EMSC) said, after initially reporting it as 6.1. The "
         "quake was at a depth of 10 km (6.2 miles), EMSC said.",
         [ev(5.8, alt=["6.1"], depth_km=10.0, date_local="2024-03-13", place="Malatya")], [],
         published=D(2024, 3, 14), tz=IST),
    case(WIRE, "afp-local-and-gmt-km-miles-distance-then-depth",
         "The 6.2-magnitude quake hit at 3:51 pm local time (0751 GMT) on Sunday about 40 kilometres (25 "
         "miles) northeast of Mataram, at a depth of 14 kilometres, the USGS said.",
         [ev(6.2, date_local="2024-08-11", time_local="15:51", time_utc="2024-08-11T07:51", depth_km=14.0,
             place="Mataram")], [],
         published=D(2024, 8, 12), tz=MAK),
    case(WIRE, "kyodo-preliminary-upgraded-early-tuesday",
         "A strong earthquake with a preliminary magnitude of 6.4 hit Ishikawa Prefecture early Tuesday, the "
         "Japan Meteorological Agency said, later upgrading it to 6.6. The quake registered lower 6 on "
         "Japan's seismic intensity scale of 7 in the city of Suzu.",
         [ev(6.6, alt=["6.4"], date_local="2024-01-16", time_precision="day_part", place="Ishikawa")], [],
         published=D(2024, 1, 17), tz=TYO),
    case(WIRE, "anadolu-afad-local-and-gmt-depth",
         "A magnitude 5.1 earthquake jolted Türkiye's western Balikesir province at 19:53 local time (1653 "
         "GMT) on Saturday, according to the country's disaster agency AFAD. The quake struck at a depth of "
         "11 kilometers, with its epicenter in Sindirgi district.",
         [ev(5.1, date_local="2024-08-10", time_local="19:53", time_utc="2024-08-10T16:53", depth_km=11.0)],
         [], published=D(2024, 8, 11), tz=IST),
    case(WIRE, "xinhua-cenc-beijing-time-previous-utc-day",
         "A 5.5-magnitude earthquake jolted Pingyuan County in Dezhou City, east China's Shandong Province "
         "at 2:33 a.m. Sunday (Beijing Time), according to the China Earthquake Networks Center (CENC). The "
         "epicenter, with a depth of 10 km, was monitored at 37.16 degrees north latitude and 116.36 degrees "
         "east longitude.",
         [ev(5.5, date_local="2024-06-16", time_local="02:33", time_utc="2024-06-15T18:33", depth_km=10.0,
             latitude=37.16, longitude=116.36, place="Pingyuan")], [],
         published=D(2024, 6, 17), tz=SHA),
    case(WIRE, "pti-ncs-richter-district",
         "GUWAHATI (PTI) An earthquake of magnitude 4.6 on the Richter scale jolted Assam's Sonitpur "
         "district at 8:03 am on Thursday, the National Center for Seismology said. The quake occurred at a "
         "depth of 17 km, it said. No damage was reported.",
         [ev(4.6, date_local="2024-06-27", time_local="08:03", depth_km=17.0, place="Sonitpur")], [],
         published=D(2024, 6, 28), tz=KOL),
    case(WIRE, "bernama-metmalaysia-yesterday-distance-and-depth",
         "KUALA LUMPUR, May 17 (Bernama) -- A moderate earthquake measuring 5.2 on the Richter scale was "
         "detected in the southern Philippines at 10.39 pm yesterday, the Malaysian Meteorological "
         "Department (MetMalaysia) said. The quake struck 186 km southeast of Tawau, Sabah, at a depth of "
         "10 km.",
         [ev(5.2, date_local="2024-05-16", time_local="22:39", depth_km=10.0)], [],
         published=D(2024, 5, 17), tz=KUL),
    case(WIRE, "efe-chile-local-night-gmt-next-day",
         "A magnitude 6.3 earthquake shook northern Chile at 10:15 p.m. local time on Monday (0115 GMT "
         "Tuesday), the National Seismological Center said, with its epicentre 52 km (32 miles) southwest of "
         "Calama at a depth of 110 km.",
         [ev(6.3, date_local="2024-01-15", time_local="22:15", time_utc="2024-01-16T01:15", depth_km=110.0,
             place="Calama")], [],
         published=D(2024, 1, 16), tz=SCL),
    case(WIRE, "kyodo-deaths-not-tally-deadliest-since-2011",
         "TOKYO (Kyodo) -- The magnitude 7.5 quake that struck the Noto Peninsula on New Year's Day has "
         "killed at least 232 people and injured more than 1,000, officials said Monday.\n\n"
         "It is Japan's deadliest quake since 2011, when a magnitude 9.0 earthquake and tsunami left more "
         "than 18,000 people dead or missing.",
         [ev(7.5, date_local="2024-01-01", place="Noto"), ev(9.0, date_local=None, role="other")], [],
         published=D(2024, 1, 15), tz=TYO),
    case(WIRE, "reuters-more-than-150-including-six-5-or-above",
         "More than 150 aftershocks have followed Monday's magnitude 6.8 quake off Mindanao, including six "
         "of magnitude 5 or above, the Philippine seismology agency said.",
         [ev(6.8, role="mainshock", date_local="2024-11-04", place="Mindanao")],
         [ta(150, what="aftershocks"), ta(6, mag_min=5.0, mag_max=None)],
         published=D(2024, 11, 6), tz=MNL),
    case(WIRE, "ap-miles-distance-and-miles-depth",
         "The magnitude 5.4 quake was centered about 8 miles (13 kilometers) west of Ocotillo Wells at a "
         "depth of 6.2 miles, the U.S. Geological Survey said.",
         [ev(5.4, depth_km=9.98, place="Ocotillo Wells")], [], tz=LAX),
    case(WIRE, "kyodo-yesterday-morning-aftershock-of-dated-mainshock",
         "Another strong quake hit the Noto Peninsula yesterday morning, a magnitude 5.9 that the agency said "
         "was an aftershock of the magnitude 7.6 temblor on Jan. 1.",
         [ev(5.9, role="aftershock", date_local="2024-01-09", time_precision="day_part"),
          ev(7.6, role="mainshock", date_local="2024-01-01")], [],
         published=D(2024, 1, 10), tz=TYO),
    case(WIRE, "afp-two-aftershocks-of-given-magnitudes-night",
         "Two strong aftershocks, of magnitude 5.6 and 5.2, rocked the region on Wednesday night, sending "
         "residents back into the streets, AFP correspondents said.",
         [ev(5.6, role="aftershock", date_local="2024-03-13"), ev(5.2, role="aftershock", date_local="2024-03-13")],
         [], published=D(2024, 3, 14), tz=ATH),
    case(WIRE, "reuters-usgs-forecast-beside-real-quake",
         "The USGS said there was a 12% chance of an aftershock of magnitude 7 or larger within the next "
         "week after Thursday's magnitude 7.0 quake off Cape Mendocino.",
         [ev(7.0, date_local="2024-12-05", place="Mendocino")], [],
         published=D(2024, 12, 6), tz=LAX),
    case(WIRE, "ap-hours-after-a-foreshock",
         "The magnitude 6.4 quake hit at 8:19 p.m. on Friday, about 34 hours after a magnitude 5.1 foreshock "
         "rattled the same desert town, seismologists said.",
         [ev(6.4, role="mainshock", date_local="2024-05-17", time_local="20:19"), ev(5.1, role="foreshock")],
         [], published=D(2024, 5, 18), tz=LAX),
    case(WIRE, "ap-killed-and-injured-are-not-tallies",
         "At least 12 people were killed and 85 injured when a magnitude 5.9 earthquake struck Sunday in the "
         "mountainous border region, officials said. The quake was 10 km (6 miles) deep, according to the "
         "USGS, and damaged about 300 homes.",
         [ev(5.9, date_local="2024-11-03", depth_km=10.0)], [],
         published=D(2024, 11, 4), tz=KBL),
    case(WIRE, "afp-gmt-only-on-previous-local-day",
         "The quake, with a magnitude of 6.0, struck at 2345 GMT on Tuesday about 60 kilometres off the coast "
         "of Honshu, the USGS said.",
         [ev(6.0, time_utc="2024-03-12T23:45", date_local="2024-03-13", time_local="08:45", depth_km=None)], [],
         published=D(2024, 3, 13), tz=TYO),
    case(WIRE, "reuters-two-agencies-two-magnitudes",
         "A magnitude 6.9 earthquake shook Indonesia's Sulawesi island on Friday night, the USGS said; "
         "Indonesia's geophysics agency BMKG measured it at 7.1.",
         [ev(6.9, alt=["7.1"], date_local="2024-08-09", place="Sulawesi")], [],
         published=D(2024, 8, 10), tz=MAK),
    case(WIRE, "pti-felt-far-away-distance-not-depth",
         "KATHMANDU (PTI) A 6.4-magnitude earthquake struck western Nepal at 11:47 pm on Friday, killing at "
         "least 157 people, and tremors were felt as far away as New Delhi, about 500 km from the epicentre.",
         [ev(6.4, date_local="2023-11-03", time_local="23:47", depth_km=None, place="Nepal")], [],
         published=D(2023, 11, 4), tz=KTM),
    case(WIRE, "aap-more-than-20-largest-with-clock",
         "Geoscience Australia recorded more than 20 aftershocks after the magnitude 5.9 quake near Woods "
         "Point, the largest a 4.0 at 6:42 p.m.",
         [ev(5.9, role="mainshock", place="Woods Point"), ev(4.0, role="aftershock", time_local="18:42")],
         [ta(20, what="aftershocks")], tz=MEL),
    case(WIRE, "xinhua-three-quakes-measuring-listed",
         "Three earthquakes jolted Xinjiang's Wushi County in quick succession on Tuesday morning, measuring "
         "5.0, 5.4 and 4.7, according to the CENC.",
         [ev(5.0, date_local="2024-01-16"), ev(5.4, date_local="2024-01-16"), ev(4.7, date_local="2024-01-16")],
         [], published=D(2024, 1, 17), tz=SHA),
    case(WIRE, "anadolu-today-quake-beside-dated-doublet",
         "A 4.8-magnitude quake rattled Malatya on Saturday, AFAD said. The region was devastated on Feb. 6, "
         "2023, when magnitude 7.7 and 7.6 earthquakes centered in Kahramanmaras killed more than 53,000 "
         "people in Türkiye.",
         [ev(4.8, date_local="2024-09-28", place="Malatya"), ev(7.7, date_local="2023-02-06"),
          ev(7.6, date_local="2023-02-06")], [],
         published=D(2024, 9, 29), tz=IST),
    case(WIRE, "efe-ssn-local-and-gmt",
         "Mexico's National Seismological Service reported a magnitude 5.7 earthquake at 08:42 local time "
         "(14:42 GMT) on Thursday, with its epicenter 12 kilometers south of Pinotepa Nacional, Oaxaca, and a "
         "depth of 16 kilometers.",
         [ev(5.7, date_local="2024-06-27", time_local="08:42", time_utc="2024-06-27T14:42", depth_km=16.0,
             place="Pinotepa")], [],
         published=D(2024, 6, 28), tz=MEX),
    case(WIRE, "ap-saturday-night-count-by-sunday-morning-largest",
         "A magnitude 5.0 earthquake shook central Greece on Saturday night, followed by at least 40 "
         "aftershocks by Sunday morning, the Athens Geodynamic Institute said. The largest aftershock "
         "measured 4.3.",
         [ev(5.0, role="mainshock", date_local="2024-05-18", time_precision="day_part"),
          ev(4.3, role="aftershock")],
         [ta(40, what="aftershocks", as_of_local="2024-05-19")],
         published=D(2024, 5, 20), tz=ATH),
]

# --- regional papers, TV sites and community pages ----------------------------------------------

PAPER = "paper"
REGIONAL_PAPER = [
    case(PAPER, "tv-a-4.2-rattled-nerves-second-in-as-many-days",
         "A 4.2 rattled nerves across the Inland Empire just after 6 a.m. Thursday — the second quake in as "
         "many days after Wednesday's 3.8 near Fontana.",
         [ev(4.2, date_local="2024-06-27"), ev(3.8, date_local="2024-06-26", place="Fontana")], [],
         published=D(2024, 6, 28), tz=LAX),
    case(PAPER, "community-felt-it-last-night-miles-deep",
         "Did you feel it? Dozens of readers in Ridgecrest and Trona told us they felt a magnitude 3.6 quake "
         "at 9:14 last night. It was about 5 miles deep, according to the USGS.",
         [ev(3.6, date_local="2024-04-04", time_local="21:14", depth_km=8.047)], [],
         published=D(2024, 4, 5), tz=LAX),
    case(PAPER, "more-than-30-five-of-them-above-4",
         "Since Sunday's 5.6, seismographs have logged more than 30 aftershocks, five of them above "
         "magnitude 4.",
         [ev(5.6, role="mainshock", date_local="2024-09-15")],
         [ta(30, what="aftershocks"), ta(5, mag_min=4.0, mag_max=None)],
         published=D(2024, 9, 17), tz=NZ),
    case(PAPER, "swarm-list-of-four-in-one-sentence",
         "Wednesday's swarm brought quakes of magnitude 3.1, 3.4, 2.9 and 3.8 to the Salton Sea area between "
         "1 and 4 p.m.",
         [ev(3.1, date_local="2024-09-11"), ev(3.4, date_local="2024-09-11"), ev(2.9, date_local="2024-09-11"),
          ev(3.8, date_local="2024-09-11")], [],
         published=D(2024, 9, 13), tz=LAX),
    case(PAPER, "tv-update-stamp-count-largest-then-main",
         "UPDATE 7:45 a.m.: The USGS has now recorded 68 aftershocks, the biggest a magnitude 4.1 at 5:02 "
         "a.m. The main quake, a magnitude 5.1 near Ojai, hit at 9:16 p.m. Sunday.",
         [ev(4.1, role="aftershock", time_local="05:02"),
          ev(5.1, role="mainshock", date_local="2024-08-11", time_local="21:16", place="Ojai")],
         [ta(68, what="aftershocks")],
         published=D(2024, 8, 12), tz=LAX),
    case(PAPER, "nz-shallow-4.7-felt-reports-are-people",
         "The shallow 4.7 struck 10km south-east of Seddon at 2.31pm, GeoNet said, with 5800 people reporting "
         "they felt it. It was 12km deep.",
         [ev(4.7, time_local="14:31", depth_km=12.0, place="Seddon")], [], tz=NZ),
    case(PAPER, "uk-local-tuesday-evening-dotted-clock",
         "Homes in Market Rasen shook on Tuesday evening after a magnitude 3.3 earthquake, the British "
         "Geological Survey confirmed. The tremor, 8km deep, struck at 8.03pm and was felt up to 40 miles "
         "away.",
         [ev(3.3, date_local="2024-01-16", time_local="20:03", depth_km=8.0, place="Market Rasen")], [],
         published=D(2024, 1, 17), tz=LON),
    case(PAPER, "observatory-page-all-smaller-and-felt",
         "Our volcano observatory says 214 earthquakes were recorded under the summit in the past 24 hours, "
         "all smaller than magnitude 2.5. Eleven of them were felt by residents.",
         [], [ta(214, what="earthquakes", mag_max=2.5), ta(11, felt=True)], tz=HNL),
    case(PAPER, "phivolcs-tectonic-intensity-beside",
         "Phivolcs said the magnitude 5.8 tremor, which struck at 9:31 a.m., was tectonic in origin. "
         "Intensity V was felt in Surigao City, and aftershocks are expected.",
         [ev(5.8, time_local="09:31")], [], tz=MNL),
    case(PAPER, "swarm-over-200-in-range-and-12-5-or-more",
         "The Santorini swarm has now produced over 200 quakes of magnitude 3 to 4.9, and 12 of magnitude 5 "
         "or more.",
         [], [ta(200, what="earthquakes", mag_min=3.0, mag_max=4.9), ta(12, mag_min=5.0, mag_max=None)],
         tz=ATH),
    case(PAPER, "alaska-miles-north-of-and-miles-deep",
         "A magnitude 5.2 earthquake rattled Anchorage at 6:33 a.m. Tuesday. The quake was centered 15 miles "
         "north of Willow and was 40 miles deep, the Alaska Earthquake Center said.",
         [ev(5.2, date_local="2024-01-16", time_local="06:33", depth_km=64.37, place="Willow")], [],
         published=D(2024, 1, 17), tz=ANC),
    case(PAPER, "hawaii-busiest-night-count-and-strongest",
         "Overnight, Hawaii Island had its busiest night in months: 18 quakes in all, the strongest a 4.4 off "
         "Pahala at 2:10 a.m.",
         [ev(4.4, time_local="02:10", place="Pahala")], [ta(18, what="earthquakes")], tz=HNL),
]

# --- digests: an earthquake paragraph among unrelated items -------------------------------------

DIGEST = "digest"
MIXED_DIGEST = [
    case(DIGEST, "weather-quake-traffic",
         "WEATHER: Showers clear by noon, with highs near 21C and winds of 15 mph.\n\n"
         "QUAKE: A magnitude 4.4 earthquake struck near Lake Elsinore at 12:52 a.m. Wednesday, the USGS said. "
         "It was about 9 km deep.\n\n"
         "TRAFFIC: The 15 freeway reopened after a 3-car crash at 6:10 a.m.",
         [ev(4.4, date_local="2024-03-13", time_local="00:52", depth_km=9.0, place="Elsinore")], [],
         published=D(2024, 3, 14), tz=LAX),
    case(DIGEST, "sports-seismic-magnitude-then-local-quake",
         "SPORTS: Seattle won 34-7 in a game the coach called \"of seismic magnitude\", as 68,000 fans roared "
         "through the fourth quarter.\n\n"
         "LOCAL: A magnitude 3.2 earthquake hit 6 miles east of Duvall at 4:15 p.m. Sunday, with no damage "
         "reported.",
         [ev(3.2, date_local="2024-09-15", time_local="16:15", depth_km=None, place="Duvall")], [],
         published=D(2024, 9, 16), tz=LAX),
    case(DIGEST, "markets-then-quake",
         "MARKETS: The Nikkei 225 fell 2.1% to 38,120 on Monday, and the yen weakened to 151.4 per dollar.\n\n"
         "A magnitude 5.9 earthquake struck off Chiba Prefecture at 10:13 a.m. on Monday, with its focus "
         "about 50 km deep, the Meteorological Agency said. No tsunami warning was issued.",
         [ev(5.9, date_local="2024-01-15", time_local="10:13", depth_km=50.0, place="Chiba")], [],
         published=D(2024, 1, 16), tz=TYO),
    case(DIGEST, "morning-briefing-bullets",
         "Morning briefing, Tuesday:\n"
         "- Parliament passes the 2025 budget 312-201.\n"
         "- A 6.1-magnitude quake hit the Kermadec Islands overnight, 35 km deep; no tsunami threat to New "
         "Zealand.\n"
         "- Auckland: 19C and fine, with a UV index of 9.\n",
         [ev(6.1, depth_km=35.0, place="Kermadec")], [],
         published=D(2024, 1, 16), tz=NZ),
    case(DIGEST, "radio-roundup-political-aftershocks-and-real-quake",
         "In Rome, the government's defeat sent political aftershocks through the coalition. In the south, a "
         "magnitude 4.0 earthquake shook the Campi Flegrei area at 10:51 on Wednesday, INGV said, at a depth "
         "of 3 km. And in football, Napoli won 2-1.",
         [ev(4.0, date_local="2024-05-22", time_local="10:51", depth_km=3.0)], [],
         published=D(2024, 5, 23), tz=ROM),
    case(DIGEST, "hurricane-category-then-quake",
         "Hurricane Lee strengthened to Category 4 with winds of 130 mph on Thursday. Separately, a magnitude "
         "4.9 earthquake struck off Puerto Rico's southwest coast at 7:12 p.m. Thursday, 10 km deep, the "
         "Puerto Rico Seismic Network said.",
         [ev(4.9, date_local="2023-09-14", time_local="19:12", depth_km=10.0)], [],
         published=D(2023, 9, 15), tz=PRI),
    case(DIGEST, "sky-tonight-star-magnitudes-then-quake",
         "SKY TONIGHT: Jupiter shines at magnitude -2.7 low in the east, with Saturn at magnitude 0.6 "
         "nearby.\n\n"
         "EARTHQUAKE: A magnitude 2.8 tremor was felt in Tonbridge at 3.26am on Friday, the British "
         "Geological Survey said.",
         [ev(2.8, date_local="2024-03-08", time_local="03:26", place=None)], [],
         published=D(2024, 3, 9), tz=LON),
    case(DIGEST, "stocks-shrug-then-aftershock-count",
         "Taiwan's stock market shrugged off the disaster, with TSMC shares up 1.3%. Meanwhile the weather "
         "agency said it had recorded 301 aftershocks as of 8 a.m. on Friday, following Wednesday's magnitude "
         "7.2 mainshock.",
         [ev(7.2, role="mainshock", date_local="2024-04-03")],
         [ta(301, what="aftershocks", as_of_local="2024-04-05T08:00")],
         published=D(2024, 4, 6), tz=TPE),
]

# --- agency notices in English ------------------------------------------------------------------

AGENCY = "agency"
AGENCY_BULLETIN = [
    case(AGENCY, "ncs-india-one-line",
         "Earthquake of Magnitude:3.8, Occurred on 23-01-2024, 02:51:34 IST, Lat: 28.56 & Long: 77.06, "
         "Depth: 5 Km, Location: 9km W of New Delhi, India",
         [ev(3.8, date_local="2024-01-23", time_local="02:51", time_utc="2024-01-22T21:21:34", latitude=28.56,
             longitude=77.06, depth_km=5.0, place="New Delhi")], [], tz=KOL),
    case(AGENCY, "earthquakes-canada-utc-and-pst",
         "Earthquakes Canada - Earthquake Report\n"
         "Magnitude: 4.1 ML\n"
         "Date-Time: 9 Mar 2024 04:12:33 UTC / 8 Mar 2024 20:12:33 PST\n"
         "Location: 48.95 N 123.67 W\n"
         "Depth: 22 km\n"
         "Region: 25 km SW of Duncan, BC\n"
         "Felt: yes\n",
         [ev(4.1, mag_type="ML", time_utc="2024-03-09T04:12:33", date_local="2024-03-08", time_local="20:12",
             latitude=48.95, longitude=-123.67, depth_km=22.0, place="Duncan")], [], tz=VAN),
    case(AGENCY, "imo-this-morning-and-smaller-count",
         "Icelandic Met Office: An earthquake of magnitude 3.9 occurred at 08:47 this morning, 3.8 km NE of "
         "Grindavík, at a depth of 4.9 km. It was felt in Reykjavík. Around 80 smaller earthquakes have been "
         "detected in the area since midnight.",
         [ev(3.9, date_local="2024-01-14", time_local="08:47", time_utc="2024-01-14T08:47", depth_km=4.9,
             place="Grindav")],
         [ta(80, what="earthquakes")],
         published=D(2024, 1, 14), tz=REK),
    case(AGENCY, "kma-key-value-kst",
         "KMA Earthquake Information\n"
         "Origin time: 2024/06/12 08:26:49 (KST)\n"
         "Magnitude: 4.8\n"
         "Epicenter: 35.70 N, 126.71 E (4 km W of Buan-gun, Jeollabuk-do)\n"
         "Depth: 8 km\n"
         "Max. intensity: V (Jeonbuk)\n",
         [ev(4.8, date_local="2024-06-12", time_local="08:26", time_utc="2024-06-11T23:26:49", latitude=35.70,
             longitude=126.71, depth_km=8.0, place="Buan")], [], tz=SEL),
    case(AGENCY, "afad-english-notification",
         "AFAD Earthquake Notification\n"
         "Location: Sindirgi (Balikesir)\n"
         "Date: 2024-08-10 19:53:51 (local time)\n"
         "Magnitude: 5.0 (Mw)\n"
         "Depth: 10.6 km\n"
         "Latitude: 39.2356 Longitude: 28.1653\n",
         [ev(5.0, mag_type="Mw", date_local="2024-08-10", time_local="19:53", time_utc="2024-08-10T16:53:51",
             depth_km=10.6, latitude=39.2356, longitude=28.1653, place="Sindirgi")], [], tz=IST),
    case(AGENCY, "geonet-quake-page-felt-reports",
         "Quake: M5.3, 25 km north-east of Te Araroa\n"
         "Time: Wednesday, 15 May 2024, 3:44:21 am NZST\n"
         "Depth: 33 km\n"
         "Intensity: moderate\n"
         "Felt reports: 2,134\n",
         [ev(5.3, date_local="2024-05-15", time_local="03:44", time_utc="2024-05-14T15:44:21", depth_km=33.0,
             place="Te Araroa")], [], tz=NZ),
    case(AGENCY, "usgs-aftershock-forecast-summary",
         "Aftershock Forecast\n"
         "M 6.4 - 14 km SW of Ferndale, CA\n"
         "As of 2024-12-06 09:00 PST\n"
         "There have been 27 aftershocks of magnitude 3 or greater so far; the largest was M 4.1.\n"
         "The chance of one or more aftershocks larger than M 5 in the next week is 14%.\n",
         [ev(6.4, role="mainshock", place="Ferndale"), ev(4.1, role="aftershock")],
         [ta(27, what="aftershocks", mag_min=3.0, mag_max=None, as_of_local="2024-12-06T09:00")], tz=LAX),
]

# --- texts that are not about a real earthquake -------------------------------------------------

NOQ = "no-quake"
NO_QUAKE = [
    case(NOQ, "political-earthquake-richter-9",
         "The by-election result was a political earthquake, \"a 9 on the Richter scale\" for the governing "
         "party, one commentator said on Friday.",
         published=D(2024, 7, 6), tz=LON),
    case(NOQ, "family-row-richter-6.5",
         "On the Richter scale of family rows, Sunday's argument over the will registered about a 6.5, she "
         "joked.",
         published=D(2024, 2, 12), tz=LON),
    case(NOQ, "betelgeuse-dimmed-magnitudes",
         "Betelgeuse dimmed from magnitude 0.5 to 1.6 during its 2020 'Great Dimming', astronomers recall."),
    case(NOQ, "shakeout-drill-hypothetical-7.8",
         "Schools across the county will drop, cover and hold on at 10:17 a.m. Thursday as part of a drill "
         "built around a hypothetical magnitude 7.8 quake on the San Andreas fault.",
         published=D(2024, 10, 15), tz=LAX),
    case(NOQ, "forecast-chance-of-5-or-larger",
         "The chance of a magnitude 5 or larger earthquake in the region over the next week is about 10%, "
         "according to the latest USGS forecast.",
         tz=LAX),
    case(NOQ, "nankai-worst-case-scenario",
         "Under the government's worst-case scenario, a magnitude 9.1 quake on the Nankai Trough would send a "
         "34-metre tsunami onto the Kochi coast within minutes.",
         tz=TYO),
    case(NOQ, "seismic-shift-magnitude-8-deal",
         "The merger marks a seismic shift in the industry; analysts called it a magnitude-8 deal, and shares "
         "jumped 6.4% on Tuesday.",
         published=D(2024, 5, 22), tz=LON),
    case(NOQ, "anniversary-without-magnitude",
         "Thirteen years after the quake and tsunami, 29,000 people from Fukushima still cannot return home, "
         "officials said on Monday.",
         published=D(2024, 3, 11), tz=TYO),
]

CASES = NEWS_WIRE + REGIONAL_PAPER + MIXED_DIGEST + AGENCY_BULLETIN + NO_QUAKE


@pytest.mark.parametrize(("origin", "text", "published", "tz", "expected"), CASES)
def test_parser_blind3(origin: str, text: str, published: dt.date | None, tz: str | None,
                       expected: dict[str, list[dict[str, Any]]]) -> None:
    check_case(text, published, tz, expected)


def test_blind3_table_is_grouped_and_unique() -> None:
    origins = [p.values[0] for p in CASES]
    assert set(origins) == {WIRE, PAPER, DIGEST, AGENCY, NOQ}
    ids = [p.id for p in CASES]
    assert len(ids) == len(set(ids))
