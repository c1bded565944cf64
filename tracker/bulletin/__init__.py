"""Bulletin text → events and tallies.

One public function, :func:`parse`: a pure function of (text, publication date, zone) that
returns a :class:`~tracker.model.ParseResult`, empty for prose it does not understand, and never
raises on text. :func:`parse_files` reads files (any common encoding, HTML, PDF) for the command
line and the dashboard, reporting an unreadable file without stopping the others.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tracker.bulletin.files import bulletin_text, display_name
from tracker.errors import BulletinError
from tracker.model import Bulletin, ParseResult

#: Stored with every parsed row, so a re-parse by a newer parser can be told apart.
PARSER_VERSION = "0.1.0"

__all__ = ["PARSER_VERSION", "FileResult", "bulletin_text", "display_name", "parse", "parse_bytes", "parse_files"]


def parse(text: str, published: dt.date | None = None, tz: str | None = None) -> ParseResult:
    """Events and tallies stated in ``text``.

    ``published`` is the local publication date relative words ("yesterday", "Saturday night")
    resolve against, in the IANA zone ``tz``; without it they stay unresolved. Nothing here reads
    the wall clock.
    """
    from tracker.bulletin.extract import extract

    if "\r" not in text:
        return extract(text, published=published, tz=tz)
    # Windows and old Mac line ends: the rules read "\n" lines (a "$" does not match before "\r"),
    # so parse the text with "\n" alone, then give every span back in the text as given.
    gone = [i for i, ch in enumerate(text) if ch == "\r" and text[i + 1:i + 2] == "\n"]
    res = extract(text.replace("\r\n", "\n").replace("\r", "\n"), published=published, tz=tz)

    def at(j: int) -> int:
        # offset j of the joined text in the text as given: each dropped "\r" before it shifts it by one
        k = 0
        while k < len(gone) and gone[k] <= j + k:
            k = bisect.bisect_right(gone, j + k)
        return j + k

    def back(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (at(span[0]), at(span[1] - 1) + 1 if span[1] > span[0] else at(span[0]))

    return ParseResult(events=tuple(dataclasses.replace(e, span=back(e.span)) for e in res.events),
                       tallies=tuple(dataclasses.replace(t, span=back(t.span)) for t in res.tallies))


@dataclass(frozen=True)
class FileResult:
    """One file's outcome: a bulletin and its parse, or the error that names the file."""

    name: str
    bulletin: Bulletin | None = None
    result: ParseResult | None = None
    error: BulletinError | None = None


def parse_bytes(data: bytes, name: str, published: dt.date | None = None, tz: str | None = None) -> FileResult:
    """Decode and parse one upload; an unreadable one comes back with ``error`` set."""
    label = display_name(name)
    try:
        text = bulletin_text(data, label)
    except BulletinError as exc:
        return FileResult(label, error=exc)
    bulletin = Bulletin(text=text, name=label, published=published, timezone=tz)
    return FileResult(label, bulletin, parse(text, published=published, tz=tz))


def parse_files(paths: Iterable[str | Path], published: dt.date | None = None, tz: str | None = None) -> Iterator[FileResult]:
    """Parse each file in turn; a missing or unreadable file yields a result with ``error`` set."""
    for p in paths:
        path = Path(p)
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield FileResult(str(path), error=BulletinError(str(path), exc.strerror or "cannot be read"))
            continue
        res = parse_bytes(data, path.name, published=published, tz=tz)
        if res.error is not None:
            # Name the file as the user typed it, not just its base name.
            res = FileResult(str(path), error=BulletinError(str(path), res.error.reason))
        yield res
