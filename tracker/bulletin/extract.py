"""Placeholder while the parser is written: finds nothing."""

from __future__ import annotations

import datetime as dt

from tracker.model import ParseResult


def extract(text: str, published: dt.date | None = None, tz: str | None = None) -> ParseResult:
    return ParseResult()
