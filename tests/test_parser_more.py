"""More parser cases: outlets, agencies and traps that tests/test_parser_table.py does not cover.

Every text here was written for this project in the manner of the outlet or agency it is modelled
on (Mexico's SSN, Peru's IGP, Ecuador's IGEPN, Colombia's SGC, Iran's IRSC, AFAD and Kandilli,
NOA, INGV, IMO, the Alaska Earthquake Center, Earthquakes Canada, CENC, JMA, KMA, NCS, NEMRC,
PMD, BGS, ...); none is copied from a real article or bulletin, and the figures are invented
where they are not plainly generic. ``expected`` is what a careful human labeller writes under
the rules of DESIGN.md ("The records"), never what the parser happens to return. A case names
only the fields it is about, plus the number of events and tallies.

Known misses are ``xfail(strict=True)`` with what goes wrong, so a fix turns them into passes.
The helpers come from the first table, so both tables compare in exactly the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_parser_table import D, case, check_case, ev, ta

TYO, MNL, JKT, KTM = "Asia/Tokyo", "Asia/Manila", "Asia/Jakarta", "Asia/Kathmandu"
PEK, SEL, DEL, THR, IST = "Asia/Shanghai", "Asia/Seoul", "Asia/Kolkata", "Asia/Tehran", "Europe/Istanbul"
LAX, ROM, LON, ATH = "America/Los_Angeles", "Europe/Rome", "Europe/London", "Europe/Athens"

# --- news wires: AP, Reuters, AFP, Xinhua, NHK, Yonhap, PTI, Antara, Anadolu, ANSA ---------------

WIRE = "wire"
NEWS_WIRE = [
    case(WIRE, "ap-preliminary-magnitude-town-of",
         "MEXICO CITY (AP) — A strong earthquake shook southern Mexico on Thursday, the country's "
         "National Seismological Service said. The quake had a preliminary magnitude of 5.5 and was "
         "centered near the town of Pinotepa Nacional in Oaxaca state.",
         [ev(5.5, date_local="2024-05-16", place="Pinotepa Nacional")],
         published=D(2024, 5, 17), tz="America/Mexico_City"),
    case(WIRE, "ap-preliminary-then-downgraded",
         "The quake had a preliminary magnitude of 5.5, the U.S. Geological Survey said, before it was "
         "downgraded to 5.2.",
         [ev(5.2, alt=["5.5"])]),
    case(WIRE, "reuters-irsc-port-city",
         "An earthquake of magnitude 5.6 struck southern Iran on Sunday near the port city of Bandar "
         "Abbas, state media reported, citing the Iranian Seismological Center. The quake was at a "
         "depth of 10 km.",
         [ev(5.6, date_local="2024-11-03", depth_km=10.0, place="Bandar Abbas")],
         published=D(2024, 11, 4), tz=THR),
    case(WIRE, "xinhua-beijing-time-richter",
         "The quake, measuring 5.0 on the Richter scale, struck at 3:17 a.m. Beijing Time on Wednesday "
         "in Dingri County, Xizang Autonomous Region, at a depth of 10 km, the CENC said.",
         [ev(5.0, date_local="2024-02-07", time_local="03:17", time_utc="2024-02-06T19:17", depth_km=10.0,
             place="Dingri")],
         published=D(2024, 2, 7), tz=PEK),
    case(WIRE, "nhk-jst-lower-6-and-scale-of-0-to-7",
         "An earthquake with a magnitude of 6.6 struck off the coast of Miyazaki Prefecture at 9:19 p.m. "
         "Japan Standard Time on Thursday. The Japan Meteorological Agency says the quake registered lower "
         "6 on the Japanese intensity scale of 0 to 7 in the town of Takanabe.",
         [ev(6.6, date_local="2024-08-08", time_local="21:19", time_utc="2024-08-08T12:19")],
         published=D(2024, 8, 9), tz=TYO),
    case(WIRE, "yonhap-km-southwest-of-county",
         "A magnitude 4.8 earthquake struck 4 km southwest of Buan County, North Jeolla Province, at 8:26 "
         "a.m. Wednesday, the Korea Meteorological Administration (KMA) said. It is the strongest quake on "
         "the Korean Peninsula this year.",
         [ev(4.8, date_local="2024-06-12", time_local="08:26", place="Buan", depth_km=None)],
         published=D(2024, 6, 12), tz=SEL),
    case(WIRE, "pti-ncs-ist-crosses-utc-midnight",
         "An earthquake of magnitude 4.1 on the Richter scale jolted Assam's Sonitpur district at 2:37 am "
         "IST on Friday, the National Center for Seismology said. The quake occurred at a depth of 10 km.",
         [ev(4.1, date_local="2024-03-08", time_local="02:37", time_utc="2024-03-07T21:07", depth_km=10.0)],
         published=D(2024, 3, 8), tz=DEL),
    case(WIRE, "antara-wib-new-years-eve-strongest-aftershock",
         "A magnitude 5.3 earthquake rocked Sumedang, West Java, on Sunday evening at 20:34 WIB, according "
         "to the Meteorology, Climatology and Geophysics Agency (BMKG). BMKG recorded twelve aftershocks in "
         "the following hours, the strongest measuring 4.8.",
         [ev(5.3, date_local="2023-12-31", time_local="20:34"), ev(4.8, role="aftershock")],
         [ta(12, what="aftershocks")], published=D(2024, 1, 1), tz=JKT),
    case(WIRE, "afp-ecuador-gmt-in-brackets",
         "The 6.1-magnitude quake struck at 3:47 pm (2047 GMT) on Saturday near Naranjal in Guayas "
         "province, at a depth of 59 kilometres, according to the US Geological Survey.",
         [ev(6.1, date_local="2024-06-15", time_local="15:47", time_utc="2024-06-15T20:47", depth_km=59.0,
             place="Naranjal")],
         published=D(2024, 6, 16), tz="America/Guayaquil"),
    case(WIRE, "ap-alaska-more-than-40-largest",
         "ANCHORAGE, Alaska (AP) — A magnitude 7.2 earthquake struck off the Alaska Peninsula late "
         "Saturday, the Alaska Earthquake Center said. A tsunami warning was issued for coastal areas and "
         "later canceled. The center recorded more than 40 aftershocks by Sunday morning, the largest a "
         "magnitude 5.0.",
         [ev(7.2, date_local="2024-07-20"), ev(5.0, role="aftershock")], [ta(40, what="aftershocks")],
         published=D(2024, 7, 21), tz="America/Anchorage"),
    case(WIRE, "anadolu-afad-and-kandilli-disagree",
         "A moderate earthquake shook Istanbul on Friday afternoon. The quake was measured at magnitude 4.9 "
         "by AFAD, while the Kandilli Observatory put it at 5.1.",
         [ev(4.9, alt=["5.1"], date_local="2024-09-20")], published=D(2024, 9, 21), tz=IST),
    case(WIRE, "ansa-ingv-evening-clock",
         "A magnitude 4.1 earthquake struck near Foligno in Umbria at 10:03 p.m. on Monday, the National "
         "Institute of Geophysics and Volcanology (INGV) said, the strongest in the area in 40 years.",
         [ev(4.1, date_local="2024-05-20", time_local="22:03", time_utc="2024-05-20T20:03", place="Foligno")],
         published=D(2024, 5, 21), tz=ROM),
    case(WIRE, "reuters-noa-off-the-island",
         "A 5.2 magnitude earthquake struck off the island of Evia on Tuesday, the Athens Geodynamic "
         "Institute said, with no immediate reports of damage. It was felt in Athens.",
         [ev(5.2, date_local="2024-10-22", place="Evia")], published=D(2024, 10, 23), tz="Europe/Athens"),
    case(WIRE, "ap-imo-swarm-count-and-largest",
         "REYKJAVIK, Iceland (AP) — Iceland's Meteorological Office said it had recorded about 800 "
         "earthquakes on the Reykjanes Peninsula since midnight, the largest a magnitude 5.2 near Grindavik.",
         [ev(5.2, place="Grindavik")], [ta(800, what="earthquakes")]),
    case(WIRE, "liveblog-gmt-stamps",
         "Live updates\n"
         "08:55 GMT: A magnitude 6.3 earthquake has struck western Afghanistan near Herat, the USGS says.\n"
         "09:20 GMT: The quake was followed by an aftershock of magnitude 5.5, according to the US agency.\n"
         "10:42 GMT: A second aftershock of magnitude 5.9 has hit the region.\n"
         "11:05 GMT: Officials say at least 14 people have been taken to hospital in Herat.\n",
         [ev(6.3, role="mainshock", place="Herat"), ev(5.5, role="aftershock"), ev(5.9, role="aftershock")]),
    case(WIRE, "local-tv-rattled-malibu-miles-deep",
         "A 3.4-magnitude quake rattled Malibu early Wednesday, according to the U.S. Geological Survey. "
         "The quake struck at 4:41 a.m. about 6 miles northwest of the city at a depth of 5.3 miles.",
         [ev(3.4, date_local="2024-09-11", time_local="04:41", depth_km=8.53, place="Malibu")],
         published=D(2024, 9, 11), tz=LAX),
    case(WIRE, "reuters-png-gfz-km-and-miles",
         "A magnitude 6.9 earthquake struck off the coast of New Britain in Papua New Guinea early on "
         "Wednesday, the GFZ German Research Centre for Geosciences said. The quake was at a depth of 10 km "
         "(6.2 miles), GFZ said.",
         [ev(6.9, date_local="2024-11-20", time_precision="day_part", depth_km=10.0)],
         published=D(2024, 11, 20), tz="Pacific/Port_Moresby"),
    case(WIRE, "reuters-vanuatu-gmt-brackets-and-toll",
         "A 7.0 magnitude quake struck off Vanuatu's main island of Efate at 2:18 p.m. (0318 GMT) on "
         "Tuesday, killing at least 14 people in the capital Port Vila.",
         [ev(7.0, date_local="2024-12-17", time_local="14:18", time_utc="2024-12-17T03:18")], [],
         published=D(2024, 12, 17), tz="Pacific/Efate"),
    case(WIRE, "tonga-deep-north-east-of",
         "The quake, of magnitude 6.6, struck 95 km north-east of Neiafu at a depth of 210 km, the USGS "
         "said. There was no tsunami threat, the Tonga Meteorological Service said.",
         [ev(6.6, depth_km=210.0, place="Neiafu")]),
    case(WIRE, "fiji-dotted-clock-today",
         "The Mineral Resources Department said a magnitude 5.4 tremor struck 40 km south of Suva at "
         "6.15am today.",
         [ev(5.4, date_local="2024-08-05", time_local="06:15", place="Suva", depth_km=None)],
         published=D(2024, 8, 5), tz="Pacific/Fiji"),
    case(WIRE, "pmd-thursday-night-deep-hindu-kush",
         "A 5.8-magnitude earthquake hit parts of Khyber Pakhtunkhwa and Islamabad on Thursday night, the "
         "Pakistan Meteorological Department said, with its epicentre in the Hindu Kush region of "
         "Afghanistan at a depth of 196km.",
         [ev(5.8, date_local="2024-01-11", time_precision="day_part", depth_km=196.0)],
         published=D(2024, 1, 12), tz="Asia/Karachi"),
    case(WIRE, "nemrc-npt-offset-and-four-and-above",
         "An earthquake measuring 5.7 on the Richter scale struck Bajura district at 10:18 pm on Friday, "
         "according to the National Earthquake Monitoring and Research Centre. More than 150 aftershocks "
         "have been recorded since then, 11 of them of magnitude 4 and above.",
         [ev(5.7, date_local="2023-11-03", time_local="22:18", time_utc="2023-11-03T16:33")],
         [ta(150, what="aftershocks"), ta(11, mag_min=4.0, mag_max=None)],
         published=D(2023, 11, 4), tz=KTM),
    case(WIRE, "andina-igp-felt-in-lima-epicentre-elsewhere",
         "A 5.6-magnitude earthquake was felt in Lima at 3:08 a.m. on Sunday, the Geophysical Institute of "
         "Peru (IGP) reported. Its epicenter was located 28 km southwest of Chilca, at a depth of 48 km.",
         [ev(5.6, date_local="2024-01-28", time_local="03:08", depth_km=48.0, place="Chilca")],
         published=D(2024, 1, 29), tz="America/Lima"),
    case(WIRE, "sgc-colombia-no-depth",
         "The Colombian Geological Service (SGC) reported a magnitude 6.3 earthquake at 12:04 p.m. on "
         "Thursday with its epicenter in El Calvario, Meta, at a superficial depth.",
         [ev(6.3, date_local="2024-09-19", time_local="12:04", place="El Calvario", depth_km=None)],
         published=D(2024, 9, 20), tz="America/Bogota"),
    case(WIRE, "real-quake-beside-aftershock-forecast",
         "A magnitude 5.1 earthquake shook the Ojai area on Tuesday afternoon, the USGS said. The agency "
         "put the chance of a magnitude 5 or larger aftershock in the coming week at 5%.",
         [ev(5.1, date_local="2024-08-06")], [], published=D(2024, 8, 7), tz=LAX),
    case(WIRE, "strongest-since-a-dated-historic-quake",
         "The magnitude 5.6 quake was the strongest to hit the region since a magnitude 6.7 earthquake in "
         "1994, seismologists said.",
         [ev(5.6), ev(6.7)]),
    case(WIRE, "yonhap-all-below",
         "The KMA detected 17 aftershocks by noon, all of them below magnitude 2.0.",
         [], [ta(17, what="aftershocks", mag_min=None, mag_max=2.0)], tz=SEL),
    case(WIRE, "hundreds-of-aftershocks-is-not-a-count",
         "Hundreds of aftershocks have followed the magnitude 6.2 quake, the second strong tremor to hit "
         "the province in 24 hours, officials said.",
         [ev(6.2)], []),
    case(WIRE, "tsunami-height-beside-magnitude",
         "The magnitude 7.1 quake generated a tsunami of 0.5 metres that reached the coast 20 minutes later.",
         [ev(7.1, depth_km=None)], []),
    case(WIRE, "kyodo-estimated-the-magnitude-at",
         "The Meteorological Agency estimated the magnitude of the quake, which struck at 4:42 p.m., at 7.1.",
         [ev(7.1, time_local="16:42")], tz=TYO),
    case(WIRE, "could-be-felt-is-not-hypothetical",
         "The magnitude 4.2 quake could be felt as far away as Perth, Geoscience Australia said.",
         [ev(4.2)], tz="Australia/Perth"),
    case(WIRE, "antara-revised-to-from",
         "BMKG later revised the quake's magnitude to 5.9 from 6.2, the agency's head said.",
         [ev(5.9, alt=["6.2"])], tz=JKT),
    case(WIRE, "drill-on-anniversary-of-real-quake",
         "Mexico held its national drill on Thursday, simulating a magnitude 8.1 quake, on the anniversary "
         "of the magnitude 7.1 earthquake of September 19, 2017.",
         [ev(7.1, date_local="2017-09-19")], published=D(2024, 9, 20), tz="America/Mexico_City"),
    case(WIRE, "kyodo-beneath-the-seabed-off-the-coast",
         "The magnitude 6.0 quake struck 35 kilometers beneath the seabed about 120 kilometers off the "
         "coast of Fukushima Prefecture.",
         [ev(6.0, depth_km=35.0)]),
]

# --- regional papers, local TV and explainers ---------------------------------------------------

PAPER = "paper"
REGIONAL_PAPER = [
    case(PAPER, "tehran-times-irsc-half-hour-zone",
         "A 4.7-magnitude earthquake jolted Khoy in West Azarbaijan province at 23:38 local time on "
         "Saturday, according to the Iranian Seismological Center (IRSC). The quake occurred at a depth "
         "of 8 kilometers.",
         [ev(4.7, date_local="2024-01-27", time_local="23:38", time_utc="2024-01-27T20:08", depth_km=8.0,
             place="Khoy")],
         published=D(2024, 1, 28), tz=THR),
    case(PAPER, "rappler-phivolcs-initially-reported",
         "A magnitude 5.7 earthquake hit Masbate at 5:34 am on Tuesday, the Philippine Institute of "
         "Volcanology and Seismology (Phivolcs) said. Phivolcs initially reported the magnitude as 6.0 "
         "before downgrading it.",
         [ev(5.7, alt=["6.0"], date_local="2024-10-01", time_local="05:34")],
         published=D(2024, 10, 1), tz=MNL),
    case(PAPER, "tempo-bmkg-aftershocks-as-of-evening",
         "An earthquake of magnitude 5.6 on the Richter scale shook Garut, West Java, on Tuesday afternoon "
         "at 14:52 WIB, killing three people. BMKG said 36 aftershocks had been recorded as of 7 p.m.",
         [ev(5.6, date_local="2024-04-23", time_local="14:52")], [ta(36, what="aftershocks")],
         published=D(2024, 4, 24), tz=JKT),
    case(PAPER, "stuff-people-felt-it-not-a-tally",
         "A shallow magnitude 4.9 quake shook Wellington just after 5pm on Thursday, with more than 30,000 "
         "people telling GeoNet they felt it. The quake was 31km deep and centred 25km north of Levin.",
         [ev(4.9, depth_km=31.0, place="Levin")], [],
         published=D(2024, 7, 5), tz="Pacific/Auckland"),
    case(PAPER, "stuff-earlier-today",
         "A moderate magnitude 4.3 quake struck the Kapiti Coast earlier today at a depth of 40km, GeoNet "
         "said.",
         [ev(4.3, date_local="2024-07-02", depth_km=40.0)], published=D(2024, 7, 2), tz="Pacific/Auckland"),
    case(PAPER, "abc-gippsland-after-midnight",
         "Residents across Victoria's Gippsland region were woken by a magnitude 4.2 earthquake at 12:42am "
         "on Sunday, Geoscience Australia said. The quake was centred near Sale at a depth of 10 kilometres.",
         [ev(4.2, date_local="2024-06-02", time_local="00:42", depth_km=10.0)],
         published=D(2024, 6, 2), tz="Australia/Melbourne"),
    case(PAPER, "bbc-bgs-felt-in-wrexham-gmt",
         "A magnitude 3.1 earthquake has been felt in Wrexham, the British Geological Survey (BGS) said. "
         "The tremor struck at 22:35 GMT on Friday at a depth of 7km.",
         [ev(3.1, date_local="2024-01-26", time_local="22:35", time_utc="2024-01-26T22:35", depth_km=7.0)],
         published=D(2024, 1, 27), tz=LON),
    case(PAPER, "cbc-earthquakes-canada-thursday-evening",
         "Earthquakes Canada says a magnitude 4.5 earthquake struck about 12 kilometres northeast of "
         "Kingston, Ont., on Thursday evening. No damage has been reported.",
         [ev(4.5, date_local="2024-10-10", time_precision="day_part", place="Kingston", depth_km=None)],
         published=D(2024, 10, 11), tz="America/Toronto"),
    case(PAPER, "local-tv-smaller-quakes-including",
         "A 3.8-magnitude earthquake rattled parts of the Bay Area on Tuesday morning, the USGS said. The "
         "quake was centered 2 miles east of San Ramon at a depth of 8 miles. Several smaller quakes "
         "followed, including a 2.9 and a 2.6.",
         [ev(3.8, date_local="2024-10-15", depth_km=12.87, place="San Ramon"), ev(2.9), ev(2.6)], [],
         published=D(2024, 10, 15), tz=LAX),
    case(PAPER, "daily-sabah-kandilli-total-and-subset",
         "A 5.9 magnitude earthquake hit Düzce province at 4:08 a.m. local time, Kandilli Observatory said, "
         "at a depth of 6.8 kilometers. A total of 47 aftershocks were recorded, four of them above "
         "magnitude 4, AFAD said.",
         [ev(5.9, time_local="04:08", depth_km=6.8, place="Düzce")],
         [ta(47, what="aftershocks"), ta(4, mag_min=4.0, mag_max=None)], tz=IST),
    case(PAPER, "kathmandu-post-clock-in-brackets",
         "The National Earthquake Monitoring and Research Centre recorded aftershocks measuring 4.1 (3:20 "
         "pm), 4.5 (4:31 pm) and 3.9 (6:05 pm) on Monday.",
         [ev(4.1, role="aftershock", time_local="15:20", date_local="2023-11-06"),
          ev(4.5, role="aftershock", time_local="16:31", date_local="2023-11-06"),
          ev(3.9, role="aftershock", time_local="18:05", date_local="2023-11-06")], [],
         published=D(2023, 11, 7), tz=KTM),
    case(PAPER, "japan-times-around-and-5-lower",
         "A magnitude 5.9 quake struck Ibaraki Prefecture at around 10:16 p.m. Saturday, the Japan "
         "Meteorological Agency said. The quake, which had its focus at a depth of 50 kilometers, "
         "registered 5-lower on the Japanese seismic intensity scale in the city of Hitachi.",
         [ev(5.9, date_local="2024-03-16", time_local="22:16", depth_km=50.0)],
         published=D(2024, 3, 17), tz=TYO),
    case(PAPER, "korea-herald-followed-by-strongest-of-which",
         "The KMA said the magnitude 4.8 quake was followed by 18 aftershocks as of 9 a.m., the strongest "
         "of which measured 3.1.",
         [ev(4.8, role="mainshock"), ev(3.1, role="aftershock")], [ta(18, what="aftershocks")], tz=SEL),
    case(PAPER, "himalayan-times-first-and-second",
         "Darchula was rocked by two earthquakes within 40 minutes on Sunday: the first, of magnitude 5.2, "
         "at 9:12 am and the second, of magnitude 4.6, at 9:51 am.",
         [ev(5.2, date_local="2024-02-18", time_local="09:12"), ev(4.6, date_local="2024-02-18", time_local="09:51")],
         [], published=D(2024, 2, 19), tz=KTM),
    case(PAPER, "explainer-history-and-probability",
         "Why Turkey keeps shaking\n"
         "The country sits on the North Anatolian Fault, which has produced a string of large earthquakes. "
         "In 1999 a magnitude 7.6 quake near Izmit killed more than 17,000 people. The 1939 Erzincan "
         "earthquake, of magnitude 7.8, killed about 33,000. Seismologists estimate there is a 64% chance "
         "of a magnitude 7 or larger quake hitting Istanbul within 30 years.",
         [ev(7.6, place="Izmit"), ev(7.8, place="Erzincan")], []),
    case(PAPER, "explainer-table-of-largest-quakes",
         "The largest quakes of the sequence so far (JMA):\n"
         "Date        Time   Magnitude  Depth\n"
         "2024-03-02  04:11  6.2        40 km\n"
         "2024-03-02  04:25  5.0        38 km\n"
         "2024-03-03  19:56  4.7        41 km\n",
         [ev(6.2, date_local="2024-03-02", time_local="04:11", depth_km=40.0),
          ev(5.0, date_local="2024-03-02", time_local="04:25", depth_km=38.0),
          ev(4.7, date_local="2024-03-03", time_local="19:56", depth_km=41.0)], [], tz=TYO),
    case(PAPER, "nz-herald-first-48-hours-subset",
         "GeoNet recorded 1,117 aftershocks in the first 48 hours, 14 of them magnitude 5 or greater.",
         [], [ta(1117, what="aftershocks"), ta(14, mag_min=5.0, mag_max=None)]),
    case(PAPER, "philstar-ranging-from-and-felt",
         "Phivolcs has recorded 2,417 aftershocks ranging from magnitude 1.4 to 5.1 as of 8 a.m. Thursday. "
         "Forty-one of them were felt.",
         [], [ta(2417, what="aftershocks", mag_min=1.4, mag_max=5.1), ta(41, felt=True)],
         published=D(2024, 10, 3), tz=MNL),
    case(PAPER, "local-tv-swarm-largest-at-clock",
         "A swarm of more than 20 small earthquakes shook the Salton Sea area overnight, the largest a "
         "magnitude 3.9 at 1:12 a.m., the USGS said.",
         [ev(3.9, time_local="01:12")], [ta(20, what="earthquakes")], tz=LAX),
    case(PAPER, "hawaii-alert-level-after-quake",
         "The USGS Hawaiian Volcano Observatory raised Kilauea's volcano alert level to WARNING and its "
         "aviation color code to ORANGE after a magnitude 4.1 earthquake beneath the summit at 2:10 p.m.",
         [ev(4.1, time_local="14:10")], tz="Pacific/Honolulu"),
    case(PAPER, "news-in-brief-among-other-items",
         "IN BRIEF\n"
         "Lakers edge Suns: LeBron James scored 31 points as the Lakers won 112-108.\n"
         "Quake near Hollister: A magnitude 4.4 earthquake struck near Hollister at 7:02 a.m. Monday; no "
         "damage was reported.\n"
         "Gas prices: The average price rose 4.5 cents to $4.89 a gallon.\n",
         [ev(4.4, date_local="2024-03-11", time_local="07:02", place="Hollister")], [],
         published=D(2024, 3, 12), tz=LAX),
    case(PAPER, "inquirer-headline-repeats-body",
         "Magnitude 6.0 quake jolts Davao Occidental\n"
         "A magnitude 6.0 earthquake jolted Davao Occidental at 1:36 a.m. on Saturday, Phivolcs said.",
         [ev(6.0, date_local="2024-08-03", time_local="01:36", place="Davao Occidental")],
         published=D(2024, 8, 3), tz=MNL),
    case(PAPER, "explainer-historic-full-date",
         "Kobe was devastated by a magnitude 6.9 quake on January 17, 1995, which killed more than 6,000 "
         "people.",
         [ev(6.9, date_local="1995-01-17")], [], published=D(2025, 1, 17), tz=TYO),
    case(PAPER, "nhk-count-by-intensity-not-magnitude",
         "Japan recorded 2,235 earthquakes of seismic intensity 1 or higher last year, the agency said.",
         [], [ta(2235, what="earthquakes", mag_min=None, mag_max=None)], tz=TYO),
    case(PAPER, "indian-express-number-before-magnitude",
         "A quake of 4.6 magnitude struck Kutch district in Gujarat at 4:45 pm on Wednesday, the Institute "
         "of Seismological Research (ISR) said. Its epicentre was 18 km north-northeast of Bhachau.",
         [ev(4.6, date_local="2024-05-15", time_local="16:45", place="Bhachau", depth_km=None)],
         published=D(2024, 5, 16), tz=DEL),
]

# --- agency bulletins and press releases --------------------------------------------------------

AGENCY = "agency"
AGENCY_BULLETIN = [
    case(AGENCY, "ssn-one-line-dd-mm-yy",
         "EARTHQUAKE Magnitude 5.2 Loc 34 km S of PINOTEPA NACIONAL, OAX 14/05/24 06:22:41 Lat 15.98 "
         "Lon -98.03 Depth 16 km",
         [ev(5.2, date_local="2024-05-14", time_local="06:22", latitude=15.98, longitude=-98.03, depth_km=16.0,
             place="Pinotepa Nacional")],
         tz="America/Mexico_City"),
    case(AGENCY, "igp-seismic-report",
         "IGP Seismic Report IGP/CENSIS/RS 2024-0412\n"
         "Local date and time: 23/09/2024 14:27:10\n"
         "Magnitude: 5.1\n"
         "Depth: 34 km\n"
         "Latitude: -12.55 Longitude: -76.93\n"
         "Reference: 22 km SW of Chilca, Cañete - Lima\n"
         "Intensity: IV Chilca\n",
         [ev(5.1, date_local="2024-09-23", time_local="14:27", depth_km=34.0, latitude=-12.55, longitude=-76.93,
             place="Chilca")],
         tz="America/Lima"),
    case(AGENCY, "igepn-local-and-universal-time",
         "IGEPN - Seismic Event Report\n"
         "Magnitude: 4.6 MLv\n"
         "Local time: 2024-02-09 16:40:12 (TL)\n"
         "Universal time: 2024-02-09 21:40:12 (UTC)\n"
         "Latitude: -1.52, Longitude: -78.88\n"
         "Depth: 12 km\n"
         "Nearest town: 15.3 km from Guaranda\n",
         [ev(4.6, mag_type="MLv", date_local="2024-02-09", time_local="16:40", time_utc="2024-02-09T21:40:12",
             latitude=-1.52, longitude=-78.88, depth_km=12.0)],
         tz="America/Guayaquil"),
    case(AGENCY, "sgc-intermediate-depth-nest",
         "Earthquake Magnitude 4.4 ML\n"
         "Local date and time: 2024-03-15 08:21:05\n"
         "Location: Los Santos - Santander, Colombia\n"
         "Depth: 151 km\n"
         "Latitude 6.81 Longitude -73.13\n",
         [ev(4.4, mag_type="ML", date_local="2024-03-15", time_local="08:21", depth_km=151.0, latitude=6.81,
             longitude=-73.13, place="Los Santos")],
         tz="America/Bogota"),
    case(AGENCY, "irsc-local-origin-time",
         "Iranian Seismological Center\n"
         "Region: Near Azgole, Kermanshah\n"
         "Mag: 4.3 ML\n"
         "Origin time (local): 2024-04-11 03:22:51\n"
         "Lat 34.85 Lon 45.92 Depth 10 km\n",
         [ev(4.3, mag_type="ML", date_local="2024-04-11", time_local="03:22", time_utc="2024-04-10T23:52:51",
             latitude=34.85, longitude=45.92, depth_km=10.0, place="Azgole")],
         tz=THR),
    case(AGENCY, "afad-dotted-date-trt",
         "AFAD Earthquake Information\n"
         "Magnitude: 4.1 (ML)\n"
         "Location: Sindirgi (Balikesir)\n"
         "Date: 12.08.2024 11:34:08 (TRT)\n"
         "Depth: 7.0 km\n"
         "Latitude: 39.23 Longitude: 28.17\n",
         [ev(4.1, mag_type="ML", date_local="2024-08-12", time_local="11:34", time_utc="2024-08-12T08:34",
             depth_km=7.0, latitude=39.23, longitude=28.17, place="Sindirgi")],
         tz=IST),
    case(AGENCY, "kandilli-list-with-placeholder-columns",
         "Date       Time      Latit(N)  Long(E)   Depth(km)  MD   ML   Mw    Region\n"
         "2024.08.12 11:34:08  39.2312   28.1701   7.0       -.-  4.1  -.-   SINDIRGI (BALIKESIR)\n"
         "2024.08.12 10:58:41  39.2005   28.1502   5.2       -.-  2.8  -.-   SINDIRGI (BALIKESIR)\n",
         [ev(4.1, mag_type="ML", date_local="2024-08-12", time_local="11:34", latitude=39.2312,
             longitude=28.1701, depth_km=7.0),
          ev(2.8, mag_type="ML", date_local="2024-08-12", time_local="10:58", latitude=39.2005,
             longitude=28.1502, depth_km=5.2)],
         tz=IST),
    case(AGENCY, "noa-one-line-ml-equals",
         "Earthquake report: ML=4.5, 2024-03-29 20:51:13 UTC, 37.79N 20.86E, depth 15 km, 29 km W of "
         "Zakynthos",
         [ev(4.5, mag_type="ML", time_utc="2024-03-29T20:51:13", date_local="2024-03-29", time_local="22:51",
             latitude=37.79, longitude=20.86, depth_km=15.0, place="Zakynthos")],
         tz="Europe/Athens"),
    case(AGENCY, "ingv-utc-with-italian-time",
         "Earthquake Mw 3.7 on 2024-09-05 at 07:31:22 UTC (09:31:22 Italian time), 2 km NE of Pozzuoli "
         "(NA), depth 2 km",
         [ev(3.7, mag_type="Mw", time_utc="2024-09-05T07:31:22", date_local="2024-09-05", time_local="09:31",
             depth_km=2.0, place="Pozzuoli")],
         tz=ROM),
    case(AGENCY, "imo-distance-is-not-depth",
         "Earthquake of magnitude 3.6 at 08:47 on 21 May, 4.2 km NE of Grindavík. Depth 5.1 km.",
         [ev(3.6, date_local="2024-05-21", time_local="08:47", depth_km=5.1, place="Grindavík")],
         published=D(2024, 5, 22), tz="Atlantic/Reykjavik"),
    case(AGENCY, "aec-akdt-miles-with-km",
         "Magnitude 3.9 earthquake\n"
         "Origin time: 2024-07-03 14:12:33 AKDT\n"
         "Location: 42 miles SW of Talkeetna\n"
         "Depth: 55.9 miles (90.0 km)\n"
         "Latitude 62.01 Longitude -150.70\n",
         [ev(3.9, date_local="2024-07-03", time_local="14:12", time_utc="2024-07-03T22:12:33", depth_km=90.0,
             latitude=62.01, longitude=-150.70, place="Talkeetna")],
         tz="America/Anchorage"),
    case(AGENCY, "earthquakes-canada-mn",
         "Earthquakes Canada\n"
         "Magnitude: 3.2 MN\n"
         "Date-Time: 2024-06-10 13:48:02 UTC\n"
         "2024-06-10 09:48:02 EDT\n"
         "Lat: 45.89 Lon: -75.42 Depth: 18 km\n"
         "27 km NNE of Gatineau, QC\n",
         [ev(3.2, mag_type="MN", time_utc="2024-06-10T13:48:02", date_local="2024-06-10", time_local="09:48",
             latitude=45.89, longitude=-75.42, depth_km=18.0, place="Gatineau")],
         tz="America/Toronto"),
    case(AGENCY, "cenc-official-measurement-beijing-time",
         "CENC official measurement: At 06:43 on 15 March 2024 (Beijing Time), an M4.6 earthquake occurred "
         "in Dingri County, Xigaze, Xizang (28.41°N, 87.52°E), with a focal depth of 10 km.",
         [ev(4.6, date_local="2024-03-15", time_local="06:43", time_utc="2024-03-14T22:43", latitude=28.41,
             longitude=87.52, depth_km=10.0, place="Dingri")],
         tz=PEK),
    case(AGENCY, "jma-issued-time-is-not-origin-time",
         "Earthquake Information\n"
         "Issued at 09:27 JST, 9 Jul 2024\n"
         "Occurred at: 09:21 JST 9 Jul 2024\n"
         "Hypocenter: Hyuganada Sea\n"
         "Latitude: 31.8N Longitude: 131.9E\n"
         "Depth: about 30 km\n"
         "Magnitude: 5.1\n"
         "Maximum intensity: Lower 5\n",
         [ev(5.1, date_local="2024-07-09", time_local="09:21", latitude=31.8, longitude=131.9, depth_km=30.0)],
         tz=TYO),
    case(AGENCY, "kma-notice-kst",
         "KMA Earthquake Notice\n"
         "Origin time: 2024-06-12 08:26:49 KST\n"
         "Location: 4 km SW of Buan County, Jeollabuk-do (35.70 N, 126.71 E)\n"
         "Magnitude: 4.8\n"
         "Depth: 8 km\n"
         "Maximum intensity: V (Jeonbuk)\n",
         [ev(4.8, date_local="2024-06-12", time_local="08:26", time_utc="2024-06-11T23:26:49", latitude=35.70,
             longitude=126.71, depth_km=8.0, place="Buan")],
         tz=SEL),
    case(AGENCY, "ncs-one-line-dd-mm-yyyy-ist",
         "Earthquake of Magnitude:4.1, Occurred on 08-03-2024 02:37:12 IST, Lat: 27.12 & Long: 92.54, "
         "Depth: 10 Km ,Location: 34km WNW of Tezpur, Assam, India",
         [ev(4.1, date_local="2024-03-08", time_local="02:37", time_utc="2024-03-07T21:07:12", latitude=27.12,
             longitude=92.54, depth_km=10.0, place="Tezpur")],
         tz=DEL),
    case(AGENCY, "bgs-bulletin-felt-yes",
         "BGS Earthquake Bulletin\n"
         "Date: 2024-03-14  Time: 22:35:08 UTC\n"
         "Lat: 53.05  Lon: -3.00  Depth: 7 km\n"
         "Magnitude: 3.1 ML\n"
         "Locality: WREXHAM\n"
         "Felt: yes\n",
         [ev(3.1, mag_type="ML", time_utc="2024-03-14T22:35:08", date_local="2024-03-14", time_local="22:35",
             latitude=53.05, longitude=-3.0, depth_km=7.0, place="Wrexham")],
         tz=LON),
    case(AGENCY, "pmd-pst-is-pakistan-time",
         "PMD Earthquake Report\n"
         "Magnitude: 5.8\n"
         "Date: 11-01-2024\n"
         "Time: 14:50 PST\n"
         "Depth: 206 km\n"
         "Epicentre: Hindu Kush Region, Afghanistan\n"
         "Lat: 36.44N Long: 70.57E\n",
         [ev(5.8, date_local="2024-01-11", time_local="14:50", time_utc="2024-01-11T09:50", depth_km=206.0,
             latitude=36.44, longitude=70.57)],
         tz="Asia/Karachi"),
    case(AGENCY, "nemrc-bikram-sambat-with-ad-date",
         "Earthquake Details\n"
         "Date: 2080-11-05 BS (2024-02-17 AD)\n"
         "Time: 21:14 NPT\n"
         "Magnitude: 4.9 ML\n"
         "Epicentre: Chainpur, Bajhang\n",
         [ev(4.9, mag_type="ML", date_local="2024-02-17", time_local="21:14", time_utc="2024-02-17T15:29",
             place="Chainpur")],
         tz=KTM),
    case(AGENCY, "city-press-release-today",
         "FOR IMMEDIATE RELEASE\n"
         "The City of Ridgecrest has activated its Emergency Operations Center following a magnitude 5.4 "
         "earthquake at 10:42 a.m. today. No injuries have been reported. Residents should be prepared for "
         "aftershocks.\n",
         [ev(5.4, date_local="2024-05-14", time_local="10:42")], [], published=D(2024, 5, 14), tz=LAX),
    case(AGENCY, "usgs-aftershock-forecast-expected-counts",
         "Aftershock Forecast\n"
         "Since the M5.1 mainshock there have been 82 aftershocks of magnitude 3 or larger. According to our "
         "forecast, over the next week there is a 3% chance of one or more aftershocks larger than magnitude "
         "5.1, and 7 to 40 aftershocks of magnitude 3 or larger are expected.\n",
         [ev(5.1, role="mainshock")], [ta(82, what="aftershocks", mag_min=3.0, mag_max=None)]),
    case(AGENCY, "usgs-news-release-pdt-and-largest",
         "USGS scientists are studying the magnitude 5.8 earthquake that struck near Lone Pine on Thursday "
         "at 11:19 a.m. PDT. More than 600 aftershocks have been recorded, the largest of which was a "
         "magnitude 4.6.",
         [ev(5.8, date_local="2024-07-11", time_local="11:19", time_utc="2024-07-11T18:19", place="Lone Pine"),
          ev(4.6, role="aftershock")], [ta(600, what="aftershocks")],
         published=D(2024, 7, 12), tz=LAX),
    case(AGENCY, "geonet-recent-list-with-public-ids",
         "Recent quakes (NZST)\n"
         "Public ID     Time              Mag   Depth    Location\n"
         "2024p301122   2024-04-22 13:05  4.3   22 km    15 km N of Taupo\n"
         "2024p300917   2024-04-22 06:40  3.6   150 km   20 km E of Taumarunui\n",
         [ev(4.3, date_local="2024-04-22", time_local="13:05", depth_km=22.0, place="Taupo"),
          ev(3.6, date_local="2024-04-22", time_local="06:40", depth_km=150.0, place="Taumarunui")],
         tz="Pacific/Auckland"),
]

# --- texts that are not about an earthquake that happened ---------------------------------------

NOQ = "no-quake"
NO_QUAKE = [
    case(NOQ, "richter-the-painter",
         "Gerhard Richter's 1994 painting sold for $3.4 million at Sotheby's on Tuesday, above its "
         "estimate of 2.5 million.",
         published=D(2024, 3, 6), tz=LON),
    case(NOQ, "player-rating",
         "The striker earned a 7.5 rating from the paper after scoring twice in Saturday's 3-1 win.",
         published=D(2024, 3, 4), tz=LON),
    case(NOQ, "shock-defeat",
         "United suffered a shock 5-4 defeat at home on Sunday, their sixth loss in 10 games.",
         published=D(2024, 3, 4), tz=LON),
    case(NOQ, "vector-magnitude",
         "The magnitude of the vector (3, 4) is 5.0, and it points 53.1 degrees above the x-axis."),
    case(NOQ, "force-magnitude",
         "A force of magnitude 9.8 newtons acts on the block, which slides 2.5 metres down the slope."),
    case(NOQ, "m6-toll-road",
         "Tolls on the M6 Toll will rise to £9.70 from Monday; the road carried 4.1 million vehicles last "
         "year.",
         published=D(2024, 2, 28), tz=LON),
    case(NOQ, "volcano-alert-level",
         "Phivolcs raised Kanlaon Volcano's alert level to 3 on Monday after an explosive eruption sent a "
         "4-kilometre ash column into the sky.",
         published=D(2024, 12, 10), tz=MNL),
    case(NOQ, "tsunami-heights-only",
         "The tsunami reached 3.5 metres at the harbour, the agency said, and 1.1 metres further north."),
    case(NOQ, "gale-force",
         "Force 9 gales with gusts of up to 150 km/h are forecast for Shetland on Saturday.",
         published=D(2024, 1, 19), tz=LON),
    case(NOQ, "financial-crisis-aftershocks",
         "The aftershocks of the 2008 financial crisis were felt for a decade, with 3.2 million jobs lost "
         "in the first year alone."),
    case(NOQ, "designed-to-withstand",
         "The new tower was designed to withstand a magnitude 8.0 earthquake, its engineers said."),
    case(NOQ, "simulated-drill",
         "During Thursday's drill, more than 4 million residents responded to a simulated magnitude 7.2 "
         "earthquake on the West Valley Fault.",
         published=D(2024, 6, 28), tz=MNL),
    case(NOQ, "probability-forecast",
         "Scientists put the chance of a magnitude 6.7 or larger earthquake striking the region in the "
         "next 30 years at 20%."),
    case(NOQ, "venus-negative-magnitude",
         "Venus shines at magnitude -4.6 in the western sky after sunset this week."),
    case(NOQ, "richter-scale-figure-of-speech",
         "On the Richter scale of transfer sagas, this one registers about a 9."),
    case(NOQ, "political-earthquake",
         "Voters delivered a political earthquake on Thursday, with the ruling party's share falling 7.4 "
         "points.",
         published=D(2024, 7, 6), tz=LON),
    case(NOQ, "beer-named-aftershock",
         "The brewery's new stout, Aftershock, is 6.5% ABV and sells for $4.2 a can."),
    case(NOQ, "anniversary-without-magnitude",
         "Wednesday marks 30 years since the Northridge earthquake, which killed 57 people.",
         published=D(2024, 1, 17), tz=LAX),
    case(NOQ, "counterfactual-had-it-been",
         "Had the quake been a magnitude 7, engineers said, most of the old town would have collapsed."),
    case(NOQ, "sensor-press-release",
         "FOR IMMEDIATE RELEASE: Acme Seismic launches a sensor that can detect magnitude 1.0 tremors from "
         "200 km away."),
    case(NOQ, "app-version-and-earthquake-alert",
         "Version 6.2 of the app, released on Tuesday, fixes a bug that made phones buzz like an earthquake "
         "alert.",
         published=D(2024, 4, 17), tz=LAX),
    case(NOQ, "epicentre-of-outbreak",
         "Jakarta became the epicentre of the outbreak, with 5,200 new cases reported on Sunday.",
         published=D(2021, 7, 5), tz=JKT),
    case(NOQ, "soccer-team-earthquakes",
         "The San Jose Earthquakes beat the Galaxy 3-2 on Saturday, with two goals in the final 6 minutes.",
         published=D(2024, 5, 5), tz=LAX),
]

# --- found by the third blind story set: one case per rule, each in new words ----------------------

BLIND3_RULES = [
    case(WIRE, "sources-list-titles-are-not-quakes",
         "A magnitude 5.4 earthquake shook the island of Chios on Friday evening, Greek seismologists said.\n\n"
         "Sources\n\n"
         "\"M5.4 quake rattles Chios\" — Athens news agency, March 8, 2024\n"
         "\"Earthquake of magnitude 5.4 east of Chios\" — National Observatory, March 8, 2024",
         [ev(5.4, date_local="2024-03-08")], published=D(2024, 3, 9), tz="Europe/Athens"),
    case(WIRE, "year-named-history-is-not-the-mainshock",
         "A magnitude 5.1 earthquake struck near Mersin on Sunday, followed by a 4.2 aftershock. The region "
         "remembers the 1998 Adana earthquake, which measured 6.3.",
         [ev(5.1, role="mainshock"), ev(4.2, role="aftershock"), ev(6.3, role="other")],
         published=D(2024, 6, 4), tz=IST),
    case(WIRE, "agency-put-the-magnitude-of-the-earthquake-at",
         "Iran's seismological centre put the magnitude of the earthquake at 5.2. It said the shock occurred "
         "at 09:41 local time at a depth of 8 km.",
         [ev(5.2, time_local="09:41", depth_km=8.0)], published=D(2024, 2, 6), tz=THR),
    case(WIRE, "initially-reported-as-in-a-later-sentence",
         "A magnitude 6.4 quake struck off Vanuatu on Monday. It was first reported as a magnitude 6.7 before "
         "being revised.",
         [ev(6.4, alt=["6.7"])], published=D(2024, 7, 2), tz="Pacific/Efate"),
    case(AGENCY, "magnitude-updated-from-to",
         "THE MAGNITUDE OF THE EARTHQUAKE HAS BEEN UPDATED FROM 6.1 TO 6.4 BASED ON ADDITIONAL DATA. "
         "A MAGNITUDE 6.4 EARTHQUAKE OCCURRED NEAR ADAK ALASKA.",
         [ev(6.4, alt=["6.1"])], published=D(2024, 7, 2), tz="America/Adak"),
    case(PAPER, "count-whose-members-exceeded-a-magnitude",
         "Seismologists counted 35 aftershocks overnight; three of them exceeded magnitude 4.",
         [], [ta(35, what="aftershocks"), ta(3, mag_min=4.0)], published=D(2024, 6, 4), tz=IST),
    case(PAPER, "count-all-of-magnitude-or-less",
         "The network has located 18 earthquakes under the lake since May 1, all of magnitude 2.0 or less.",
         [], [ta(18, mag_max=2.0)], published=D(2024, 6, 4), tz=LAX),
    case(PAPER, "weekday-possessive-value-with-no-letter-m",
         "A magnitude 6.0 earthquake struck the island on Thursday.\nFriday's 5.5 was felt widely across the island.",
         [ev(6.0, date_local="2024-04-04"), ev(5.5, date_local="2024-04-05")], published=D(2024, 4, 5), tz=TYO),
    case(AGENCY, "depth-in-kms",
         "A magnitude 4.4 earthquake occurred near the coast at 10 kms depth.",
         [ev(4.4, depth_km=10.0)]),
    case(PAPER, "encyclopedia-lead-quake-first-magnitude-by-it",
         "The 2011 Christchurch earthquake struck the Canterbury region at 12:51 p.m. on 22 February 2011. "
         "With a moment magnitude of 6.2, it was the deadliest earthquake in New Zealand in eighty years.",
         [ev(6.2, mag_type="Mw", date_local="2011-02-22", time_local="12:51")], tz="Pacific/Auckland"),
    case(PAPER, "encyclopedia-lead-it-had-a-magnitude",
         "The 1995 Kobe earthquake (also known as the Great Hanshin earthquake) struck at 5:46 a.m. on "
         "January 17, 1995. It had a magnitude of 6.9 and a focal depth of 17 km.",
         [ev(6.9, date_local="1995-01-17", time_local="05:46", depth_km=17.0)], tz=TYO),
    case(PAPER, "a-quake-named-as-the-point-a-time-counts-from",
         "A magnitude 7.0 earthquake struck the coast on March 9. Two days before the mainshock, at 6:10 p.m. on "
         "March 7, a magnitude 5.5 foreshock struck nearby.",
         [ev(7.0, date_local="2024-03-09"), ev(5.5, date_local="2024-03-07", time_local="18:10", role="foreshock")],
         published=D(2024, 3, 11), tz=TYO),
    case(PAPER, "tally-as-of-a-bare-clock-is-on-the-day-of-the-story",
         "A strong earthquake struck the coast yesterday. The agency said the quake had a magnitude of 6.6 and "
         "occurred at 10:05 local time.\n\nSchools were closed and roads were inspected across the region.\n\n"
         "By 8 p.m., the agency had registered 97 aftershocks.",
         [ev(6.6, date_local="2024-05-04")], [ta(97, what="aftershocks", as_of_local="2024-05-04T20:00")],
         published=D(2024, 5, 5), tz="America/Mexico_City"),
    case(PAPER, "followed-within-hours-by-aftershocks-same-day",
         "At 1:15 p.m. on Sunday, a magnitude 5.2 earthquake occurred off the west coast of Vancouver Island. "
         "It was followed within two hours by two aftershocks, of magnitude 3.4 and 3.0.",
         [ev(5.2, date_local="2024-10-13", place="Vancouver Island", role="mainshock"),
          ev(3.4, date_local="2024-10-13", role="aftershock"), ev(3.0, date_local="2024-10-13", role="aftershock")],
         published=D(2024, 10, 16), tz="America/Vancouver"),
    case(PAPER, "the-strongest-of-them-after-counted-aftershocks",
         "The observatory had recorded 31 aftershocks by noon. The strongest of them, with a magnitude of 4.7, "
         "struck at 2:12 a.m.; a magnitude 4.2 followed at 5:40 a.m.",
         [ev(4.7, role="aftershock", time_local="02:12"), ev(4.2, role="aftershock", time_local="05:40")],
         [ta(31, what="aftershocks")], published=D(2024, 5, 5), tz=IST),
    case(WIRE, "vague-local-clock-sharpened-by-gmt",
         "A 6.1-magnitude earthquake struck off Tonga shortly after 7 a.m. local time on Friday (1812 GMT on "
         "Thursday), officials said.",
         [ev(6.1, date_local="2024-03-08", time_local="07:12", time_utc="2024-03-07T18:12")],
         published=D(2024, 3, 8), tz="Pacific/Tongatapu"),
    case(AGENCY, "four-digit-clock-with-am-and-zone",
         "  * AN AFTERSHOCK OF MAGNITUDE 5.4 OCCURRED IN THE SAME AREA AT\n    0952 AM AKST. IT DID NOT GENERATE A TSUNAMI.",
         [ev(5.4, role="aftershock", time_local="09:52", time_utc="2025-01-14T18:52")],
         published=D(2025, 1, 14), tz="America/Anchorage"),
    case(WIRE, "place-name-with-a-non-ascii-capital",
         "A magnitude 5.0 quake struck western Turkey on Tuesday. The epicentre was 9 km north of Çanakkale.",
         [ev(5.0, place="Çanakkale")], published=D(2024, 1, 3), tz=IST),
    case(PAPER, "destroyed-much-of-the-historic-city-of",
         "In 1997, a magnitude 7.3 earthquake destroyed much of the historic city of Ardakul.",
         [ev(7.3, place="Ardakul", role="other")], published=D(2024, 1, 3), tz=THR),
    case(PAPER, "distance-from-another-quakes-epicentre-is-not-a-place",
         "On 3 May, a magnitude 6.0 earthquake struck near Kaynaşlı, about 40 km east of the Sakarya epicentre.",
         [ev(6.0, place="Kaynaşlı")], published=D(2024, 5, 5), tz=IST),
    case(PAPER, "a-separate-earthquake-rather-than-an-aftershock",
         "A magnitude 7.0 quake struck the coast on Monday, followed by dozens of aftershocks. On Friday a magnitude "
         "6.2 earthquake struck 80 km to the east. Although it occurred near the aftershock zone, it is treated as a "
         "separate earthquake rather than an aftershock.",
         [ev(7.0), ev(6.2, role="other")], published=D(2024, 5, 11), tz=TYO),
    case(PAPER, "same-value-quake-of-another-year-is-another-quake",
         "The largest aftershock, a magnitude 5.9, struck near Kelso on Tuesday. Earlier in the century the magnitude "
         "5.9 Baker earthquake of 1951 had struck farther north.",
         [ev(5.9, role="aftershock", place="Kelso"), ev(5.9, place="Baker", role="other")],
         published=D(2024, 5, 9), tz=LAX),
    case(PAPER, "date-before-the-next-quake-after-a-clause-break",
         "A magnitude 6.1 quake struck in 1960, and nine years later, on March 3, 1969, the magnitude 6.8 Ridge "
         "earthquake ruptured the fault.",
         [ev(6.1), ev(6.8, date_local="1969-03-03")], tz=LAX),
    case(PAPER, "aftershock-clock-hours-after-the-mainshock",
         "The mainshock, a magnitude 7.1, struck at 11:20 p.m. on June 4.\n\nA magnitude 4.0 foreshock had struck "
         "on June 2.\n\nThe largest aftershock, a magnitude 6.0, struck at 2:10 a.m., about three hours after the "
         "mainshock.",
         [ev(7.1, date_local="2024-06-04"), ev(4.0, date_local="2024-06-02"), ev(6.0, date_local="2024-06-05",
                                                                                  time_local="02:10")],
         published=D(2024, 6, 10), tz=LAX),
    case(PAPER, "two-and-a-half-hours-earlier",
         "At 9:50 p.m. on April 22, a magnitude 6.1 earthquake struck. It was preceded by a magnitude 4.6 foreshock "
         "two and a half hours earlier.",
         [ev(6.1, date_local="2024-04-22", time_local="21:50"), ev(4.6, date_local="2024-04-22", time_local="19:20")],
         published=D(2024, 4, 25), tz=LAX),
    # pre-checks that once skipped what their patterns take (found by tests/test_parser_gates.py)
    case(WIRE, "typed-value-with-no-space",
         "A Mw7.8 struck off Kaikoura at 00:02 on 14 November 2016.", [ev(7.8, mag_type="Mw", date_local="2016-11-14")],
         tz="Pacific/Auckland"),
    case(WIRE, "raising-its-magnitude-from-to",
         "A strong earthquake struck Noto on Monday, the USGS said, raising its magnitude from 6.9 to 7.1.",
         [ev(7.1, alt=["6.9"])], published=D(2024, 1, 2), tz=TYO),
    case(PAPER, "members-smaller-than-a-bound",
         "The agency has recorded 46 aftershocks since the magnitude 6.1 quake on Monday. Of them, 44 were "
         "smaller than 4.0.",
         [ev(6.1)], [ta(46, what="aftershocks"), ta(44, mag_max=4.0)], published=D(2024, 4, 5), tz=TYO),
    case(AGENCY, "felt-count-in-capitals",
         "THE AGENCY HAD RECORDED 43 AFTERSHOCKS BY 9 A.M. ON WEDNESDAY, AND ELEVEN WERE FELT IN TAITUNG.",
         [], [ta(43, what="aftershocks"), ta(11, felt=True)], published=D(2024, 4, 5), tz="Asia/Taipei"),
    case(AGENCY, "clock-in-hours-utc",
         "A magnitude 5.1 earthquake struck at 0056 hrs UTC on 5 March 2024.",
         [ev(5.1, time_utc="2024-03-05T00:56")], published=D(2024, 3, 5), tz="Asia/Kolkata"),
    case(AGENCY, "coordinates-in-degree-signs",
         "A magnitude 5.1 earthquake struck at 8.11° South Latitude and 107.65° East Longitude, at a depth of 10 km.",
         [ev(5.1, latitude=-8.11, longitude=107.65, depth_km=10.0)], published=D(2024, 3, 5), tz="Asia/Jakarta"),
    case(AGENCY, "table-with-origin-and-m-columns",
         "Recent earthquakes\n\nOrigin (UTC)          Lat      Lon      Depth   M     Region\n"
         "2024-03-05 01:12:44   -8.11    107.65   10      5.1   Java\n"
         "2024-03-05 04:40:02   -8.20    107.70   12      4.3   Java\n",
         [ev(5.1, depth_km=10.0), ev(4.3, depth_km=12.0)], published=D(2024, 3, 5), tz="Asia/Jakarta"),
    # found by the fourth blind story set
    case(WIRE, "headline-quake-is-the-storys-quake",
         "Strong 6.4-magnitude earthquake near Taitung felt across Taiwan\n\n"
         "A 6.4-magnitude earthquake struck off the east coast of Taiwan on Tuesday. The USGS listed it as Mw 6.4, "
         "and the CWA put the magnitude at 6.6.",
         [ev(6.4, alt=["6.6"])], published=D(2024, 4, 10), tz="Asia/Taipei"),
    case(AGENCY, "latitude-longitude-fields-with-decimal-commas",
         "Sismo / Earthquake\nMagnitud / Magnitude: 4,9 M\nProfundidad / Depth: 33 km\nLatitud / Latitude: -15,42\nLongitud / Longitude: -75,18",
         [ev(4.9, depth_km=33.0, latitude=-15.42, longitude=-75.18)], published=D(2024, 4, 10), tz="America/Lima"),
    case(PAPER, "page-title-year-dates-yearless-days",
         "List of earthquakes in 2017 in Chile\n\n3 February – M5.2, 40 km depth, near Ovalle.\n"
         "9 March – M4.8, 12 km depth, near Talca.",
         [ev(5.2, date_local="2017-02-03"), ev(4.8, date_local="2017-03-09")], tz="America/Santiago"),
    case(WIRE, "agency-value-for-a-quake-named-by-its-day",
         "A magnitude 6.6 earthquake hit the province on Sunday.\n\nSchools stayed closed on Monday.\n\n"
         "Sunday's earthquake struck at 3:10 p.m. at a depth of 20 kilometres. The USGS measured that quake at Mw 6.4.",
         [ev(6.6, date_local="2024-05-05", time_local="15:10", depth_km=20.0, alt=["Mw 6.4"])],
         published=D(2024, 5, 7), tz=MNL),
    case(WIRE, "the-quake-an-aftershock-is-the-strongest-since",
         "A strong aftershock struck the coast late on Thursday, the strongest aftershock since the magnitude 7.1 "
         "earthquake that hit on Sunday. The aftershock, which the agency measured at magnitude 5.8, struck at 11:47 p.m. "
         "local time on Thursday.",
         [ev(5.8, role="aftershock", date_local="2024-05-09", time_local="23:47"),
          ev(7.1, date_local="2024-05-05", role="mainshock")],
         published=D(2024, 5, 10), tz=MNL),
    case(PAPER, "a-clock-the-following-morning",
         "A magnitude 5.0 aftershock shook the town on Tuesday morning, and a magnitude 4.6 aftershock followed at "
         "6:05 a.m. the following morning.",
         [ev(5.0, date_local="2024-05-07"), ev(4.6, date_local="2024-05-08", time_local="06:05")],
         published=D(2024, 5, 10), tz=MNL),
    case(WIRE, "agency-put-a-days-magnitude-at",
         "A magnitude 4.6 earthquake shook Malatya on Thursday, AFAD said. The Kandilli Observatory put "
         "Thursday's magnitude at 4.8.",
         [ev(4.6, alt=["4.8"])], published=D(2024, 10, 18), tz=IST),
    case(PAPER, "depth-with-its-other-unit-before-the-word-depth",
         "6 April – Mw 5.6, 18 km (11 mi) depth, near Huambo.", [ev(5.6, depth_km=18.0)],
         published=D(2018, 4, 8), tz="America/Lima"),
    case(PAPER, "numbered-section-headings-are-not-counts",
         "The sequence began on 23 September with a magnitude 4.8 foreshock.\n\n2 Foreshocks\n\n"
         "A magnitude 5.3 foreshock followed.\n\n4 Aftershocks\n\nMore than 600 aftershocks were recorded.",
         [ev(4.8), ev(5.3)], [ta(600, what="aftershocks")], published=D(1988, 10, 1), tz=ATH),
    case(PAPER, "quakes-dated-together-then-told-one-by-one",
         "The 2016 Amatrice earthquakes were a pair of strong earthquakes that struck central Italy on 24 August "
         "2016. The first, of magnitude 6.0, occurred at 03:36 local time. An hour later, at 04:33, a magnitude 5.3 "
         "earthquake struck near Norcia.",
         [ev(6.0, date_local="2016-08-24", time_local="03:36"), ev(5.3, date_local="2016-08-24", time_local="04:33")],
         tz=ROM),
    case(WIRE, "magnitude-told-two-sentences-after-the-quakes-last-mention",
         "A strong earthquake jolted Niigata Prefecture early on Sunday morning. The agency issued a tsunami advisory."
         "\n\nThe agency says the earthquake occurred at 5:12 a.m. Its focus was at a depth of about 20 kilometers. "
         "The preliminary magnitude was 5.6; the agency later revised it to 5.8.",
         [ev(5.8, alt=["5.6"], date_local="2025-11-09", time_local="05:12", depth_km=20.0)],
         published=D(2025, 11, 9), tz=TYO),
    case(PAPER, "holiday-with-its-year",
         "The peninsula was devastated by a magnitude 7.5 earthquake on New Year's Day 2019.",
         [ev(7.5, date_local="2019-01-01", role="other")], published=D(2025, 11, 9), tz=TYO),
    case(WIRE, "aftershock-hours-later-same-day-no-clock",
         "A 6.0-magnitude quake hit at 5:20 a.m. local time on Tuesday, about 40 kilometers northwest of the city of "
         "Herat, near the border with Iran. A 5.1-magnitude aftershock hours later sent residents into the streets.",
         [ev(6.0, date_local="2025-10-14", time_local="05:20", time_utc="2025-10-14T00:50"),
          ev(5.1, date_local="2025-10-14", time_local=None, role="aftershock")],
         published=D(2025, 10, 14), tz="Asia/Kabul"),
    case(AGENCY, "as-of-line-in-utc-above-a-heading",
         "M 5.4 - 20 km W of Ferndale, CA\n\nAs of 2025-12-07 10:00 (UTC)\n\nAftershocks so far\n"
         "21 aftershocks have been recorded since the mainshock.",
         [ev(5.4)], [ta(21, what="aftershocks", as_of_local="2025-12-07T02:00")],
         published=D(2025, 12, 7), tz=LAX),
    case(WIRE, "aftershocks-listed-after-a-colon",
         "A magnitude 4.6 earthquake struck at 02:10. Several aftershocks followed within hours: one of magnitude "
         "2.8 at 02:31, another of 3.1 at 03:05, and a magnitude 2.5 at 05:40, all local time.",
         [ev(4.6, role="mainshock"), ev(2.8, role="aftershock", time_local="02:31"),
          ev(3.1, role="aftershock", time_local="03:05"), ev(2.5, role="aftershock", time_local="05:40")],
         published=D(2025, 9, 18), tz=ROM),
    case(NOQ, "often-holds-no-ten",
         "Since 2010, storms there often were felt as far as the coast, the weather office said."),
    case(NOQ, "a-rate-in-a-typical-year-is-not-a-count",
         "Japan records about 1,500 felt earthquakes in a typical year, the agency says on its website."),
]

# --- found by the sixth and seventh blind story sets: one case per rule, each in new words -----------

BLIND6_RULES = [
    case(WIRE, "the-first-and-the-second-of-a-pair",
         "Two quakes, of magnitude 5.2 and 4.9, hit off western Crete on Monday night.\n\n"
         "The first quake struck at 10.15 p.m. at a depth of 14 kilometers. Seismologists said the second quake "
         "was an aftershock of the first.",
         [ev(5.2, date_local="2025-03-10", time_local="22:15", depth_km=14.0, role="mainshock"),
          ev(4.9, date_local="2025-03-10", depth_km=None, role="aftershock")],
         published=D(2025, 3, 11), tz=ATH),
    case(WIRE, "after-the-second-foreshock-is-a-time-not-a-subject",
         "A magnitude 4.1 foreshock came at noon and a magnitude 4.6 foreshock at 18:20. The mainshock, of "
         "magnitude 6.0, struck at 02:05, eight hours after the second foreshock. Its focus was 9 km deep.",
         [ev(4.1, depth_km=None), ev(4.6, depth_km=None), ev(6.0, depth_km=9.0, role="mainshock")],
         published=D(2025, 5, 2), tz=ATH),
    case(PAPER, "place-that-opens-the-sentence-was-hit-by",
         "A moderate quake shook the province on Sunday. Kerman was hit by a magnitude 6.4 earthquake on "
         "December 26, 2003, which flattened the old citadel of Bam.",
         [ev(6.4, date_local="2003-12-26", place="Kerman", role="other")], published=D(2025, 6, 2), tz=THR),
    case(WIRE, "the-count-had-reached-after-a-tally",
         "A magnitude 5.5 earthquake struck on Tuesday. Seismographs had located 35 aftershocks by noon "
         "Wednesday. By Thursday evening the count had reached 61.",
         [ev(5.5)], [ta(35, what="aftershocks"), ta(61, what="aftershocks")], published=D(2025, 4, 4), tz=LAX),
    case(PAPER, "none-above-is-an-upper-bound",
         "A magnitude 4.9 quake rattled the valley on Friday. About 50 aftershocks followed overnight, none above "
         "magnitude 3.5, the observatory said.",
         [ev(4.9)], [ta(50, what="aftershocks", mag_min=None, mag_max=3.5)], published=D(2025, 4, 5), tz=ROM),
    case(WIRE, "as-of-a-clock-restated-in-gmt-then-its-day",
         "A 5.0-magnitude earthquake struck the district late Monday, the disaster agency said.\n\n"
         "It said 85 aftershocks had been recorded as of 7 a.m. (0400GMT) Tuesday.",
         [ev(5.0, date_local="2025-02-10")], [ta(85, what="aftershocks", as_of_local="2025-02-11T07:00")],
         published=D(2025, 2, 11), tz=IST),
    case(WIRE, "aftershock-clock-before-the-mainshocks-is-the-next-morning",
         "A magnitude 5.6 earthquake struck at 11.40 p.m. on Saturday. The strongest aftershock, a 4.4-magnitude "
         "tremor, hit at 2.15 a.m.",
         [ev(5.6, date_local="2025-06-07", role="mainshock"),
          ev(4.4, date_local="2025-06-08", time_local="02:15", role="aftershock")],
         published=D(2025, 6, 9), tz=IST),
    case(PAPER, "strongest-recent-quake-years-ago-is-history-not-an-aftershock",
         "A magnitude 5.8 quake struck off the coast on Sunday and 14 aftershocks followed. The area's strongest "
         "recent quake was a magnitude 7.0 on May 3, 2009, which damaged the harbour.",
         [ev(5.8, role="mainshock"), ev(7.0, date_local="2009-05-03", role="other")],
         [ta(14, what="aftershocks")], published=D(2025, 8, 4), tz=MNL),
    case(WIRE, "a-deck-about-the-aftershock-repeats-it",
         "Quake of 5.9 shakes the coast\n\nStrongest aftershock measured 4.2, agency says\n\n"
         "A magnitude 5.9 earthquake struck the coast on Monday. Among the aftershocks that followed, the strongest "
         "registered magnitude 4.2 at 06:40 on Tuesday.",
         [ev(5.9), ev(4.2, time_local="06:40")], published=D(2025, 9, 3), tz=IST),
    case(PAPER, "a-feast-names-no-weekday-and-no-place",
         "A magnitude 4.2 quake shook Kodiak on Monday. Old-timers recalled the magnitude 9.2 Good Friday "
         "earthquake of 1964.",
         [ev(4.2), ev(9.2, date_local=None, place=None, role="other")], published=D(2025, 8, 20),
         tz="America/Anchorage"),
    case(AGENCY, "a-count-that-lists-its-quakes-after-a-colon-is-no-tally",
         "A swarm began near Krysuvik last night. Three quakes of M3.5 or larger were recorded: M3.9 at 01:10, "
         "M3.6 at 02:44 and M3.5 at 05:20.",
         [ev(3.9, time_local="01:10"), ev(3.6, time_local="02:44"), ev(3.5, time_local="05:20")], [],
         published=D(2025, 3, 2), tz="Atlantic/Reykjavik"),
    case(AGENCY, "quakes-per-hour-are-a-rate",
         "The swarm near Grindavik continued overnight, the met office said. In the last two hours about 30 "
         "earthquakes per hour were detected.", [], [], published=D(2025, 3, 2), tz="Atlantic/Reykjavik"),
    case(PAPER, "a-headline-count-restated-in-full-is-one-tally",
         "Strong quake in Samar; 92 aftershocks recorded\n\nA magnitude 5.7 earthquake struck Samar on "
         "Wednesday. As of 6 a.m. on Thursday, the institute had recorded 92 aftershocks ranging from magnitude 1.1 "
         "to 3.9.",
         [ev(5.7)], [ta(92, what="aftershocks", mag_min=1.1, mag_max=3.9, as_of_local="2025-05-08T06:00")],
         published=D(2025, 5, 8), tz=MNL),
    case(PAPER, "not-related-said-in-the-next-sentence",
         "A magnitude 5.7 earthquake struck Samar on Wednesday. Separately, a magnitude 4.1 quake struck off "
         "Leyte on Wednesday evening. It was not related to the Samar earthquake.",
         [ev(5.7), ev(4.1, role="other")], published=D(2025, 5, 8), tz=MNL),
    case(WIRE, "deep-comma-at-about-miles",
         "A magnitude 5.2 quake rattled Anchorage on Monday. Residents recalled the magnitude 6.4 earthquake of "
         "June 3, 2016, near Willow. That quake was also deep, at about 40 miles.",
         [ev(5.2), ev(6.4, date_local="2016-06-03", depth_km=64.4)], published=D(2025, 8, 20),
         tz="America/Anchorage"),
    case(AGENCY, "a-revision-to-the-same-value-gives-its-type",
         "The service recorded an earthquake of magnitude 6.1 near Pinotepa. The first automatic report, issued "
         "minutes after the event, gave a preliminary magnitude of 5.8. After a review of more stations, the "
         "magnitude was revised to Mw 6.1.",
         [ev(6.1, mag_type="Mw", alt=["5.8"])], published=D(2025, 4, 2), tz="America/Mexico_City"),
    case(PAPER, "within-a-distance-of-a-city-is-a-reach-not-a-place",
         "A magnitude 3.9 quake struck near Sohna on Friday, centred near Sohna. Officials said 11 quakes of "
         "magnitude 3 or above have been recorded within 150 km of Gurugram this year.",
         [ev(3.9, place="Sohna")], [ta(11, mag_min=3.0)], published=D(2025, 6, 8), tz=DEL),
    case(AGENCY, "of-them-in-the-next-sentence-shares-the-as-of",
         "An M4.1 earthquake struck on Monday. As of 9 a.m. PDT Tuesday, the network has recorded 48 aftershocks. "
         "Five of them were M2.5 or larger.",
         [ev(4.1)], [ta(48, what="aftershocks", as_of_local="2025-05-13T09:00"),
                     ta(5, mag_min=2.5, as_of_local="2025-05-13T09:00")], published=D(2025, 5, 13), tz=LAX),
    case(AGENCY, "an-earlier-sequences-mainshock-is-not-this-ones",
         "An M4.6 earthquake struck near Parkfield on Monday. An M3.1 aftershock came an hour later. The area lies on "
         "the rupture of the 2004 Parkfield sequence, whose M6.0 mainshock struck on September 28, 2004.",
         [ev(4.6, role="mainshock"), ev(3.1, role="aftershock"), ev(6.0, date_local="2004-09-28", role="other")],
         published=D(2025, 5, 13), tz=LAX),
    case(PAPER, "a-swarm-named-by-its-place",
         "A magnitude 3.2 quake rattled Brawley on Monday. The area produced the 2012 Brawley swarm, hundreds of "
         "small quakes whose largest was a magnitude 5.4 on August 26, 2012.",
         [ev(3.2), ev(5.4, date_local="2012-08-26", place="Brawley", role="other")], published=D(2025, 5, 13),
         tz=LAX),
    case(WIRE, "including-a-quake-after-a-count-of-aftershocks",
         "By noon, 17 aftershocks with an intensity of 1 or higher had been observed, including a magnitude 4.8 "
         "quake at 6:02 a.m. that registered 3 in Miyako.",
         [ev(4.8, role="aftershock", time_local="06:02")], [ta(17, what="aftershocks")],
         published=D(2025, 12, 4), tz=TYO),
    case(WIRE, "the-coast-of-a-named-place",
         "A magnitude 6.0 earthquake struck off the Pacific coast of Iwate Prefecture at 3:10 a.m. Thursday.",
         [ev(6.0, place="Iwate")], published=D(2025, 12, 4), tz=TYO),
    case(AGENCY, "before-the-main-event-names-another-quake",
         "At 6.12pm on Friday a moderate M4.5 earthquake struck 15 km north of Cheviot. There was also an M3.0 near "
         "the same spot at 5.20pm, about an hour before the main event.",
         [ev(4.5), ev(3.0, role=None)], published=D(2025, 6, 7), tz="Pacific/Auckland"),
    case(WIRE, "unlikely-to-be-related-in-the-next-sentence",
         "A 5.6-magnitude quake struck Herat on Monday. Later Monday, a 4.3-magnitude tremor was recorded in "
         "neighbouring Farah province. Seismologists said it was unlikely to be related to the Herat quake.",
         [ev(5.6), ev(4.3, place="Farah", role="other")], published=D(2025, 10, 14), tz="Asia/Kabul"),
    case(WIRE, "it-now-appears-to-have-been-a-foreshock",
         "A strong earthquake of magnitude 6.0 struck Niigata early on Monday. Officials said a magnitude 4.0 "
         "earthquake at 9:40 p.m. on Sunday had its focus in nearly the same place. They said it now appears to have "
         "been a foreshock.",
         [ev(6.0, role="mainshock"), ev(4.0, role="foreshock")], published=D(2025, 11, 10), tz=TYO),
    case(WIRE, "the-second-measuring-is-that-one-of-the-pair",
         "Two earthquakes measuring 4.9 and 4.4 shook the town of Bam on Tuesday morning, IRNA reported.\n\n"
         "The first quake, measuring 4.9, occurred at 06:12 local time. The second, measuring 4.4, struck at 06:20 at "
         "a depth of 12 kilometers.",
         [ev(4.9, time_local="06:12"), ev(4.4, time_local="06:20", depth_km=12.0)],
         published=D(2025, 12, 10), tz=THR),
    case(WIRE, "another-agencys-value-for-the-first-of-a-pair",
         "Two earthquakes measuring 4.9 and 4.4 shook the town of Bam on Tuesday morning, IRNA reported.\n\n"
         "The second, measuring 4.4, struck eight minutes after the first.\n\n"
         "The European-Mediterranean Seismological Centre put the magnitude of the first quake at 5.1.",
         [ev(4.9, alt=["5.1"]), ev(4.4, alt=[])], published=D(2025, 12, 10), tz=THR),
    case(WIRE, "described-it-as-an-aftershock",
         "A magnitude 5.0 quake struck Bam on Tuesday. A magnitude 4.1 quake followed 20 minutes later. "
         "Seismologists described it as an aftershock of the first.\n\nThe USGS put the magnitude of the quake at 4.3.",
         [ev(5.0, role="mainshock"), ev(4.1, role="aftershock")], published=D(2025, 12, 10), tz=THR),
    case(PAPER, "described-as-an-earthquake-doublet-names-no-new-quake",
         "Two strong quakes struck the coast on Sunday. The first, of magnitude 5.2, hit at 01:10, and a larger "
         "magnitude 5.6 quake followed at 09:30. Both were felt in the capital. Schools closed for the day. Several "
         "roads were blocked by landslides. The agency first called the 5.2 the mainshock. The two shocks are now "
         "described as an earthquake doublet. The USGS measured the larger quake at 5.5.",
         [ev(5.2), ev(5.6, alt=["5.5"])], published=D(2025, 3, 11), tz="America/Guayaquil"),
    case(WIRE, "a-dateline-with-the-agency-in-brackets-and-no-dash",
         "Taipei, Oct. 6 (CNA) A magnitude 5.5 earthquake struck Yilan County at 11:40 p.m. Sunday, the Central "
         "Weather Administration said.",
         [ev(5.5, date_local="2025-10-05", time_local="23:40")], published=D(2025, 10, 6), tz="Asia/Taipei"),
    case(WIRE, "an-estimate-after-a-generic-earthquake-is-the-quakes",
         "A magnitude 5.5 earthquake struck Yilan County on Sunday night. It had an intensity of 4 on the "
         "seven-tier scale, which gauges how strongly an earthquake is felt in a place. The early warning system had "
         "estimated the magnitude at 5.9.",
         [ev(5.5, alt=["5.9"])], published=D(2025, 10, 6), tz="Asia/Taipei"),
    case(AGENCY, "aftershocks-of-a-sequence-years-before-do-not-block-this-mainshock",
         "The center located an earthquake of magnitude 5.1 off Arica on Sunday. By Monday it had located 9 "
         "aftershocks, the largest of magnitude 3.8 at 23:05 on Sunday. The area lies in the rupture zone of the "
         "Mw 8.2 earthquake of 1 April 2014, which was followed by its largest aftershock, of Mw 7.7, on 2 April "
         "2014.",
         [ev(5.1, role="mainshock"), ev(3.8, role="aftershock"), ev(8.2, date_local="2014-04-01"),
          ev(7.7, date_local="2014-04-02")], [ta(9, what="aftershocks")], published=D(2025, 7, 14),
         tz="America/Santiago"),
    case(AGENCY, "a-report-with-spanish-field-names",
         "Informe de sismo\n\nFecha Local: 2025/08/02 03:14:09\nLatitud: -33.102\nLongitud: -71.930\n"
         "Profundidad: 27 km\nMagnitud: 4.6 Mw\n",
         [ev(4.6, mag_type="Mw", date_local="2025-08-02", time_local="03:14", depth_km=27.0, latitude=-33.102,
             longitude=-71.93)], published=D(2025, 8, 2), tz="America/Santiago"),
    case(WIRE, "a-date-of-quakes-named-in-passing-is-theirs",
         "A magnitude 4.0 quake struck near Norcia at 02:15 on Saturday. It was followed by dozens of aftershocks, the "
         "strongest of which, of magnitude 3.2, was recorded at 03:40.\n\nA seismologist said it had occurred on the "
         "same fault system as the quakes of October 30, 2016 near Castelluccio.",
         [ev(4.0, date_local="2025-05-17"), ev(3.2, date_local="2025-05-17", time_local="03:40", role="aftershock")],
         published=D(2025, 5, 17), tz=ROM),
    case(AGENCY, "does-not-consider-it-a-foreshock-of-the-main-quake",
         "On Sunday at 02:41 an earthquake of magnitude ML 5.0 occurred in the Vrancea zone at a depth of 130 km.\n\n"
         "Earlier in the night, at 22:50 on Saturday, a smaller earthquake of magnitude ML 3.0 occurred in the same "
         "area at a depth of 88 km. Given the difference in depth, the institute does not consider it a foreshock of "
         "the ML 5.0 event.",
         [ev(5.0, role=None), ev(3.0, role="other")], published=D(2025, 6, 22), tz="Europe/Bucharest"),
    case(AGENCY, "a-foreshock-of-the-event-told-before-names-that-event",
         "On Sunday at 02:41 an earthquake of magnitude ML 5.0 occurred 12 km north of Nereju at a depth of 130 km."
         "\n\nEarlier in the night, at 22:50 on Saturday, a smaller earthquake of magnitude ML 3.0 occurred in the same "
         "area at a depth of 88 km. Given the difference in depth, the institute does not consider it a foreshock of "
         "the ML 5.0 event in the Vrancea zone.",
         [ev(5.0, place="Nereju"), ev(3.0, role="other")], published=D(2025, 6, 23), tz="Europe/Bucharest"),
    case(AGENCY, "up-to-a-clock-is-an-as-of",
         "A magnitude 5.4 quake struck off Escuintla on Friday. Up to 07:00 hours today, the network has recorded 31 "
         "aftershocks.",
         [ev(5.4)], [ta(31, what="aftershocks", as_of_local="2025-09-06T07:00")], published=D(2025, 9, 6),
         tz="America/Guatemala"),
    case(AGENCY, "of-them-above-a-bound-over-a-numbered-list-is-the-list",
         "A magnitude 5.4 quake struck off Escuintla on Friday at 14:10. The network has recorded 26 aftershocks. "
         "Two of them reached magnitude 3.5 or greater:\n\n1. 14:52 h, Friday - magnitude 3.8 - depth 40 km\n"
         "2. 00:47 h, Saturday - magnitude 4.0 - depth 47 km\n",
         [ev(5.4, role="mainshock"), ev(3.8, role="aftershock", depth_km=40.0), ev(4.0, role="aftershock")],
         [ta(26, what="aftershocks")], published=D(2025, 9, 6), tz="America/Guatemala"),
    case(AGENCY, "a-count-of-aftershocks-over-a-numbered-list-is-the-list",
         "A magnitude 5.2 quake struck off Escuintla on Friday at 14:10. Three aftershocks of magnitude 3 or more "
         "were recorded:\n\n1. 14:40 h - magnitude 3.4 - depth 30 km\n2. 15:05 h - magnitude 3.9 - depth 41 km\n"
         "3. 18:22 h - magnitude 3.1 - depth 35 km\n",
         [ev(5.2, role="mainshock"), ev(3.4, role="aftershock"), ev(3.9, role="aftershock"), ev(3.1, role="aftershock")],
         [], published=D(2025, 9, 6), tz="America/Guatemala"),
    case(PAPER, "aftershocks-of-a-magnitude-tell-their-size-not-their-mainshock",
         "An ML 5.0 quake jolted Sindhupalchok late Saturday. By 8 am on Sunday, the centre had recorded five "
         "aftershocks of magnitude 4 and above, the strongest of them an ML 4.5 at 1:10 am Sunday.",
         [ev(5.0, role="mainshock"), ev(4.5, role="aftershock")], [ta(5, what="aftershocks", mag_min=4.0)],
         published=D(2025, 2, 17), tz=KTM),
    case(PAPER, "a-deck-count-with-only-a-day-restates-the-bodys",
         "Five aftershocks of magnitude 4 and above recorded by Sunday morning\n\nAn ML 5.0 quake jolted "
         "Sindhupalchok late Saturday. By 8 am on Sunday, the centre had recorded five aftershocks of magnitude 4 and "
         "above.",
         [ev(5.0)], [ta(5, what="aftershocks", mag_min=4.0, as_of_local="2025-02-16T08:00")],
         published=D(2025, 2, 17), tz=KTM),
    case(NOQ, "likened-to-a-magnitude-is-a-comparison",
         "Fans at the stadium produced seismic signals likened to a magnitude 2.3 earthquake, a seismologist said.",
         published=D(2025, 6, 10), tz=LON),
    case(PAPER, "quakes-above-a-size-a-year-are-a-rate",
         "A magnitude 6.0 quake struck off New Ireland on Monday. The country experiences about 100 earthquakes of "
         "magnitude 5 or greater a year.",
         [ev(6.0)], [], published=D(2025, 4, 8), tz="Pacific/Port_Moresby"),
    case(WIRE, "aftershocks-in-the-following-hours-are-on-the-quakes-day",
         "A 6.0-magnitude earthquake shook coastal Ecuador on Sunday. The quake struck at 09:12 local time. The "
         "institute registered 12 aftershocks in the following hours, the strongest of magnitude 4.4.",
         [ev(6.0, date_local="2025-06-08"), ev(4.4, date_local="2025-06-08", role="aftershock")],
         [ta(12, what="aftershocks")], published=D(2025, 6, 9), tz="America/Guayaquil"),
    case(WIRE, "a-distance-from-the-town-of",
         "A 6.0-magnitude earthquake struck at 09:12 local time on Sunday, some 20 kilometers southwest of the fishing "
         "town of Puerto Lopez in Manabi province, according to the USGS.",
         [ev(6.0, place="Puerto Lopez")], published=D(2025, 6, 9), tz="America/Guayaquil"),
    case(PAPER, "a-named-quake-after-its-magnitude-and-hyphen",
         "A 5.1 quake jolted Dolakha on Saturday. The 7.8 magnitude Gorkha earthquake of April 25, 2015, killed "
         "nearly 9,000 people.",
         [ev(5.1), ev(7.8, date_local="2015-04-25", place="Gorkha", role="other")], published=D(2025, 2, 17), tz=KTM),
    case(PAPER, "a-place-was-the-epicenter-of-the-quake",
         "A magnitude 4.1 quake shook Gyeongju on Monday. Pohang was the epicenter of the magnitude 5.4 quake on Nov. "
         "15, 2017.",
         [ev(4.1), ev(5.4, date_local="2017-11-15", place="Pohang", role="other")], published=D(2025, 3, 4), tz=SEL),
    case(PAPER, "the-province-of-a-place-was-devastated-by",
         "A magnitude 4.0 quake shook Abruzzo on Saturday. The province of L'Aquila was devastated by the magnitude "
         "6.3 earthquake of April 6, 2009.",
         [ev(4.0), ev(6.3, date_local="2009-04-06", place="L'Aquila", role="other")], published=D(2025, 5, 17),
         tz=ROM),
    case(AGENCY, "a-clock-under-a-utc-key-is-utc",
         "Magnitud / Magnitude: 4.2 Md\nFecha / Date: 2025/12/05\nHora UTC / UTC time: 07:40:10\n"
         "Profundidad / Depth: 18.0 km\n",
         [ev(4.2, date_local="2025-12-05", time_local="03:40", time_utc="2025-12-05T07:40")],
         published=D(2025, 12, 6), tz="America/Puerto_Rico"),
    case(PAPER, "a-sentences-full-date-gives-its-other-dates-their-year",
         "A 4.5 quake struck on Friday. It was far weaker than the 2020 sequence, whose magnitude 6.4 mainshock of "
         "January 7, 2020 was preceded by a magnitude 5.8 foreshock on January 6.",
         [ev(4.5), ev(6.4, date_local="2020-01-07"), ev(5.8, date_local="2020-01-06", role="foreshock")],
         published=D(2025, 12, 6), tz="America/Puerto_Rico"),
    case(AGENCY, "atlantic-standard-time",
         "On Friday, at 2:03 p.m. AST, the network located an earthquake of magnitude 4.8 north of Arecibo.",
         [ev(4.8, date_local="2025-12-05", time_local="14:03", time_utc="2025-12-05T18:03")],
         published=D(2025, 12, 6), tz="America/Puerto_Rico"),
    case(PAPER, "the-earthquake-of-a-weekday-and-date-which-struck-with-a-magnitude",
         "A magnitude 4.9 quake struck Al Haouz early Saturday. The strongest aftershock, of magnitude 3.7, struck at "
         "6:40 am. The region is still recovering from the earthquake of Friday, 8 September 2023, which struck at "
         "11:11 pm with a magnitude of 6.8.",
         [ev(4.9, date_local="2025-11-22"), ev(3.7, date_local="2025-11-22", time_local="06:40"),
          ev(6.8, date_local="2023-09-08", time_local="23:11", role="other")],
         published=D(2025, 11, 22), tz="Africa/Casablanca"),
    case(NOQ, "a-quake-in-a-paragraph-about-a-film-is-the-films",
         "The sequel, in cinemas from Friday, opens with a magnitude 9.1 rupture under Tokyo; by the second reel a "
         "magnitude 8.0 aftershock has flattened the harbour. The film cost $90 million.", published=D(2025, 3, 8),
         tz=TYO),
    case(PAPER, "the-largest-plausible-event-is-hypothetical",
         "A magnitude 4.0 earthquake struck near Parkfield on Monday. The largest plausible event on that fault is "
         "around magnitude 7.8, a geologist said.",
         [ev(4.0)], published=D(2025, 3, 8), tz=LAX),
    case(NOQ, "a-richter-scale-of-feeling-is-a-figure-of-speech",
         "The lead actor told reporters that the final scene was a 9 on the Richter scale of heartbreak.",
         published=D(2025, 3, 8), tz=LAX),
    case(PAPER, "none-of-them-stronger-than-is-an-upper-bound",
         "A magnitude 3.3 quake shook Delhi on Thursday. The centre has recorded 14 earthquakes within 50km of Delhi "
         "since January, none of them stronger than magnitude 4.0, according to its catalogue.",
         [ev(3.3)], [ta(14, mag_min=None, mag_max=4.0)], published=D(2025, 12, 5), tz=DEL),
    case(AGENCY, "a-count-whose-quakes-follow-its-colon-with-an-article",
         "The largest earthquake of the swarm was a M2.9 at 3:14 a.m. HST this morning. Two other earthquakes were "
         "M2.5 or greater: a M2.7 at 11:41 p.m. HST last night and a M2.5 at 5:02 a.m. HST today.",
         [ev(2.9), ev(2.7), ev(2.5)], [], published=D(2025, 6, 3), tz="Pacific/Honolulu"),
    case(WIRE, "minutes-after-the-main-shock-dates-the-next-quake",
         "A magnitude 6.2 earthquake struck off Iwate at 5:48 p.m. Sunday.\n\nAbout 20 minutes after the main shock, "
         "a magnitude 5.0 aftershock registered intensity 4 in Miyako.",
         [ev(6.2, date_local="2026-02-08"), ev(5.0, date_local="2026-02-08", role="aftershock")],
         published=D(2026, 2, 9), tz=TYO),
    case(WIRE, "had-been-a-foreshock-after-a-clock-with-dots",
         "A magnitude 6.2 earthquake struck off Iwate at 5:48 p.m. Sunday. The agency also said that a magnitude 4.4 "
         "quake that struck almost the same spot at 3:35 p.m. the same day had been a foreshock.",
         [ev(6.2, role="mainshock"), ev(4.4, role="foreshock")], published=D(2026, 2, 9), tz=TYO),
    case(AGENCY, "an-alert-and-its-update-at-the-same-second-are-one-quake",
         "Info Gempa Mag:5.3, 2-Des-25 09:41:27 WIB, Lok:3.10 LS, 100.42 BT (45 km BaratDaya MENTAWAI), Kedlmn:14 Km\n\n"
         "Pemutakhiran Gempa Mag:5.1, 2-Des-25 09:41:27 WIB, Lok:3.12 LS, 100.40 BT (47 km BaratDaya MENTAWAI), "
         "Kedlmn:12 Km\n",
         [ev(5.1, alt=["5.3"], date_local="2025-12-02", time_local="09:41", depth_km=12.0)],
         published=D(2025, 12, 2), tz=JKT),
    case(WIRE, "a-larger-quake-told-with-no-day-is-not-the-mainshock",
         "A 5.9-magnitude earthquake struck eastern Afghanistan late on Sunday. At least three aftershocks followed "
         "during the night, the strongest a 4.9 at 1.10am on Monday. In August a 5.8-magnitude quake in Kunar province "
         "killed 2,200 people, and in October 2023 a sequence of powerful earthquakes in the western province of "
         "Herat, the largest of magnitude 6.3, killed about 1,500.",
         [ev(5.9, role="mainshock"), ev(4.9, role="aftershock"), ev(5.8), ev(6.3)], [ta(3, what="aftershocks")],
         published=D(2025, 11, 3), tz="Asia/Kabul"),
    case(PAPER, "turned-out-to-be-a-foreshock-then-the-next-evening",
         "That happened in Japan in April 2016. A magnitude 6.2 earthquake near Kumamoto on 14 April turned out to be a "
         "foreshock: the next evening a magnitude 7.0 mainshock struck a few miles away.",
         [ev(6.2, date_local="2016-04-14"), ev(7.0, date_local="2016-04-15")], published=D(2025, 9, 16), tz=LON),
    case(WIRE, "a-live-blog-entry-counts-at-its-own-time",
         "Live: strong quake off Silivri\n\n17:05\n\nThe disaster agency says 96 aftershocks have now been recorded "
         "since the main quake.\n\n12:55\n\nA strong earthquake of magnitude 6.0 struck off Silivri at 12:49 local "
         "time, the agency says.",
         [ev(6.0, time_local="12:49")], [ta(96, what="aftershocks", as_of_local="2025-04-23T17:05")],
         published=D(2025, 4, 23), tz=IST),
    case(WIRE, "a-long-clause-before-now-appears-to-have-been-a-foreshock",
         "A magnitude 6.9 earthquake struck south of Kodiak on Sunday, followed by more than 40 aftershocks. She said "
         "a magnitude 4.4 quake recorded about 35 minutes before the main shock in almost the same spot now appears "
         "to have been a foreshock.",
         [ev(6.9, role="mainshock"), ev(4.4, role="foreshock")], [ta(40, what="aftershocks")],
         published=D(2025, 8, 18), tz="America/Anchorage"),
    case(PAPER, "a-dated-quake-that-followed-another-is-not-that-one",
         "A magnitude 3.4 earthquake struck near Medford at 9:10 p.m. Tuesday. Tuesday's quake followed a magnitude 2.7 "
         "on Oct. 2 near Lamont and a 3.0 just after midnight on Oct. 9 east of Medford.",
         [ev(3.4, date_local="2025-10-14", time_local="21:10"), ev(2.7, date_local="2025-10-02", time_local=None),
          ev(3.0, date_local="2025-10-09")], published=D(2025, 10, 15), tz="America/Chicago"),
    case(PAPER, "the-two-events-were-not-related",
         "A magnitude 3.5 quake shook Delhi at 5.41am on Thursday. Earlier this week, on Monday night, the centre "
         "recorded a magnitude 2.6 tremor near Panipat. A scientist said the two events were not related.",
         [ev(3.5), ev(2.6, role="other")], published=D(2025, 12, 5), tz=DEL),
    case(PAPER, "the-earthquake-of-a-date-is-that-quake",
         "A magnitude 4.6 quake struck Vrancea on Sunday. The most destructive was the earthquake of 4 March 1977, "
         "of magnitude 7.4, which caused 1,578 deaths.",
         [ev(4.6, date_local="2025-06-22"), ev(7.4, date_local="1977-03-04", role="other")],
         published=D(2025, 6, 23), tz="Europe/Bucharest"),
    case(PAPER, "a-month-name-date-before-1900",
         "A magnitude 4.5 quake shook the Algarve on Tuesday. The great earthquake of magnitude 8.5 that struck "
         "on Nov. 1, 1755 destroyed much of Lisbon.",
         [ev(4.5), ev(8.5, date_local="1755-11-01", role="other")], published=D(2025, 10, 22), tz="Europe/Lisbon"),
    case(PAPER, "a-verb-inside-a-longer-word-reads-no-value",
         "A magnitude 5.8 quake hit the coast on Monday. Crews restoring the line said the two feeders were separated "
         "2.5 hours apart and the backup was regenerated 1.5 hours later.",
         [ev(5.8)], published=D(2025, 9, 9), tz=ATH),
]

CASES = NEWS_WIRE + REGIONAL_PAPER + AGENCY_BULLETIN + NO_QUAKE + BLIND3_RULES + BLIND6_RULES


@pytest.mark.parametrize(("origin", "text", "published", "tz", "expected"), CASES)
def test_parser_more(origin: str, text: str, published: dt.date | None, tz: str | None,
                     expected: dict[str, list[dict[str, Any]]]) -> None:
    check_case(text, published, tz, expected)


def test_more_cases_are_grouped_and_unique() -> None:
    assert {p.values[0] for p in CASES} == {WIRE, PAPER, AGENCY, NOQ}
    assert len(CASES) >= 80
    ids = [p.id for p in CASES]
    assert len(ids) == len(set(ids))
