"""Holidays on a fixed day, told instead of a date, resolve against the publication date."""

from __future__ import annotations

import datetime as dt

from tracker.bulletin import parse


def _date(text: str, published: dt.date | None) -> str | None:
    (ev,) = parse(text, published, "Asia/Tokyo").events
    return ev.date_local


def test_new_years_day_is_january_first_of_the_reports_year() -> None:
    text = "The magnitude 7.5 quake that struck on New Year's Day has killed 232 people, officials said Monday."
    assert _date(text, dt.date(2024, 1, 15)) == "2024-01-01"


def test_new_years_eve_reported_in_january_is_last_year() -> None:
    text = "A magnitude 5.1 earthquake shook the coast on New Year's Eve, the agency said."
    assert _date(text, dt.date(2025, 1, 2)) == "2024-12-31"


def test_christmas_day_without_a_publication_date_stays_unresolved() -> None:
    text = "A magnitude 4.8 quake struck on Christmas Day, the agency said."
    assert _date(text, None) is None
