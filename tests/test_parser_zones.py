"""'Local time' of a quake abroad is that country's clock, not the reader's."""

from __future__ import annotations

import datetime as dt

from tracker.bulletin import parse


def _one(text: str, tz: str | None) -> tuple[str | None, str | None]:
    (ev,) = parse(text, dt.date(2025, 11, 13), tz).events
    return ev.time_local, ev.time_utc.isoformat() if ev.time_utc else None


def test_local_time_abroad_uses_that_countrys_clock() -> None:
    # filed in Athens (UTC+2 in November) about a quake in Turkey (UTC+3 all year)
    text = "In neighbouring Turkey, AFAD reported a magnitude 4.6 earthquake in Mugla province at 23:40 local time on Wednesday."
    assert _one(text, "Europe/Athens") == ("23:40", "2025-11-12T20:40:00+00:00")


def test_local_time_with_no_reader_zone_still_resolves() -> None:
    text = "A magnitude 5.1 earthquake struck central Peru at 08:15 local time on Wednesday."
    assert _one(text, None) == ("08:15", "2025-11-12T13:15:00+00:00")


def test_two_countries_in_the_sentence_keep_the_readers_zone() -> None:
    text = "A magnitude 4.9 quake on the border of Turkey and Iran struck at 23:40 local time on Wednesday."
    assert _one(text, "Europe/Athens") == ("23:40", "2025-11-12T21:40:00+00:00")


def test_a_clock_without_local_time_is_the_readers() -> None:
    text = "A magnitude 4.6 earthquake in Turkey was recorded at 23:40 on Wednesday, the Athens observatory said."
    assert _one(text, "Europe/Athens") == ("23:40", "2025-11-12T21:40:00+00:00")
