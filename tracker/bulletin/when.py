"""Joining the time pieces gathered for one quake into its local date, clock and precision."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from tracker.bulletin.timex import DAY_PARTS, TimePiece

#: What may stand between a clock and a date written as one stamp ("16:25 UTC on April 15").
_STAMP_GAP = re.compile(r"\s*(?:on\s+|at\s+|,\s*)?")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_TWELVE_HOUR_CLOCK = re.compile(r"[1-9]:\d\d")


def _utc_only(pieces: list[TimePiece]) -> dt.datetime | None:
    """The UTC time of a quake whose bulletin zone is unknown, from a UTC clock and its UTC date."""
    for z in pieces:
        if z.clock is None or z.offset_min != 0 or z.in_range:
            continue
        date = z.date or next((q.date for q in pieces if q.date is not None and q.clock is None
                               and (0 <= q.start - z.end <= 5 or 0 <= z.start - q.end <= 5)), None)
        if date is not None:
            h, mi, sec = z.clock
            return dt.datetime(date.year, date.month, date.day, h, mi, sec or 0, tzinfo=dt.timezone.utc)
    return None


def _gap_ok(gap: str) -> bool:
    """Only spaces, "on" or "at" between a clock and a date: they are written as one stamp."""
    return bool(_STAMP_GAP.fullmatch(gap))


def _closes_outer(t: str) -> bool:
    """A piece like "12:26 UTC)" ends a bracket opened before it: what follows is outside."""
    return t.rstrip().endswith(")") and "(" not in t


#: Parts of the day that put a bare twelve-hour clock after noon, with the hours (1-11) they apply to.
_PM_PART = {"afternoon": (1, 6), "evening": (4, 11), "night": (7, 11)}


def _combine(pieces: list[TimePiece], tz: str | None, around: dt.date | None = None,
             ) -> tuple[dt.date | None, tuple[int, int, int | None] | None, str, str | None, int | None]:
    """Join one quake's time pieces: (local date, local clock, precision, day part, written offset).

    ``around`` is a date near the quake (the report's) for the zone's offset when no day is given.
    A clock written in UTC or GMT is converted to the bulletin's zone, together with a date written
    beside it in UTC ("2019-07-06 03:19:53 (UTC)"). A clock written in a named local zone ("22:56:27
    WIB", "07:58:09 (UTC+8)") is kept as written, as a labeller would; its offset (minutes east of
    UTC) comes back so the UTC time is still exact.
    """
    zoned = [p for p in pieces if p.clock is not None and p.offset_min == 0 and not p.in_range]
    # a date written right beside a UTC clock ("0056 UTC MAR 16 2023", "16:25 UTC on April 15") is a UTC date
    beside = {id(q) for z in zoned for q in pieces if q.date is not None and q.clock is None and q is not z
              and ((0 <= q.start - z.end <= 5 and _gap_ok(q.gap_before) and not _closes_outer(z.text))
                   or (0 <= z.start - q.end <= 5 and _gap_ok(z.gap_before)))}
    local_dates = [p for p in pieces if p.date is not None and p.offset_min != 0 and not p.in_range and id(p) not in beside]
    local_clocks = [p for p in pieces if p.clock is not None and p.offset_min != 0 and not p.in_range]
    # a date with its year written out ("September 19, 2017") beats a weekday heard nearby
    dated = [p for p in local_dates if not p.relative and _YEAR.search(p.text)]
    date = (dated or local_dates)[0].date if local_dates else None
    part = next((p.day_part for p in pieces if p.day_part and (p.date is None or date is None or p.date == date)), None)
    clock = local_clocks[0].clock if local_clocks else None
    sharper = None
    if clock is not None and local_clocks[0].precision == "hour" and zoned and tz and zoned[0].precision in ("minute", "second"):
        # "shortly after 6 a.m. local time (1904 GMT)": the UTC clock says the minute the local one rounds
        sharper, clock = zoned[0], None
    if clock is None and zoned and tz:
        z = zoned[0]
        zdate = z.date
        if zdate is None:
            near = [p for p in pieces if p.date is not None and p is not z
                    and (p.offset_min == z.offset_min or (id(p) in beside and (0 <= p.start - z.end <= 5 or 0 <= z.start - p.end <= 5)))]
            zdate = near[0].date if near else None
        try:
            zone = ZoneInfo(tz)
        except Exception:
            zone = None
        if zone is not None:
            h, mi, s = z.clock  # type: ignore[misc]
            # with no day at all, convert at the report's date so daylight saving is right
            base_date = zdate or date or around or dt.date(2000, 1, 15)
            stamp = dt.datetime(base_date.year, base_date.month, base_date.day, h, mi, s or 0,
                                tzinfo=dt.timezone(dt.timedelta(minutes=z.offset_min or 0)))
            local = stamp.astimezone(zone)
            clock = (local.hour, local.minute, local.second if s is not None else None)
            if sharper is not None:
                apart = (clock[0] * 60 + clock[1] - local_clocks[0].clock[0] * 60) % (24 * 60)  # type: ignore[index]
                if 90 < apart < 24 * 60 - 90:
                    clock, sharper = local_clocks[0].clock, None  # two different times: keep the local one
            if zdate is not None:
                date = local.date()
            elif date is not None:
                # the date was written in local terms: keep it, the clock is converted
                pass
    if date is None and clock is not None and local_clocks and zoned and tz:
        # "on 2024-09-05 at 07:31:22 UTC (09:31:22 Italian time)": the day comes with the UTC clock
        utc = _utc_only(zoned + [p for p in pieces if id(p) in beside])
        if utc is not None:
            try:
                date = utc.astimezone(ZoneInfo(tz)).date()
            except Exception:
                date = None
    clock_piece = sharper or (local_clocks[0] if local_clocks else (zoned[0] if zoned and clock is not None else None))
    if clock is not None and part and local_clocks and clock_piece is local_clocks[0] \
            and _TWELVE_HOUR_CLOCK.fullmatch(clock_piece.text.strip()) and _PM_PART.get(part, (0, 0))[0] <= clock[0] <= _PM_PART.get(part, (0, 0))[1]:
        # "at 9:14 last night": a twelve-hour clock with no a.m./p.m., told with an evening part of day
        clock = (clock[0] + 12, clock[1], clock[2])
    if clock is not None:
        precision = clock_piece.precision if clock_piece is not None else "minute"
    elif part:
        precision = "day_part"
    elif date is not None:
        precision = "day"
    else:
        precision = "unknown"
    if part and clock is None and part in DAY_PARTS:
        precision = "day_part"
    written = local_clocks[0].offset_min if local_clocks else None
    return date, clock, precision, part, written
