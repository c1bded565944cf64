"""Quake tables inside bulletins: a header row naming the columns, then one quake per row.

Agencies and explainers paste fixed-width lists ("Date  Time  Magnitude  Depth", Kandilli's
"Date Time Latit(N) Long(E) Depth(km) MD ML Mw Region", GeoNet's "Public ID Time Mag Depth
Location"). Columns are found by where the header's words start, so a row's cells are read by
position; a cell that spans two header columns ("2024.08.12 11:34:08" under "Date  Time") is split
on its spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CELL = re.compile(r"\S+(?: \S+)*")  # runs of text separated by two or more spaces
_MAG_COL = re.compile(r"(?i)^(?:mag(?:nitude)?\.?|m|ml|mw|mb|ms|md|mwp|mww|mjma|mag(?:nitude)?\.?\s*\(\w+\))$")
_DATE_COL = re.compile(r"(?i)^(?:date|date/time|datetime|origin(?:\s+time)?|time|date\s+time|time\s*\(utc\)|utc|local\s+time|origin\s+time)\b")
_HEADER_WORDS = re.compile(r"(?i)^(?:date|time|lat\w*|lon\w*|depth|mag\w*|m[lwbsd]|region|location|place|area|country|public\s+id|id|event|epicent\w*|utc|no\.?|#)")
_NUM = re.compile(r"^-?\d+(?:[.,]\d+)?$")
#: A magnitude cell: "6.2", or with its type, "7.8 Mw".
_MAG_CELL = re.compile(r"^\d(?:[.,]\d{1,2})?(?:\s*M[a-zA-Z]{1,3})?$")


@dataclass(frozen=True)
class Column:
    """A header word and where it starts on its line (characters from the line start)."""

    name: str
    start: int


@dataclass(frozen=True)
class Row:
    """One table row: each column's cell text and its (start, end) offsets in the whole text."""

    start: int
    end: int
    cells: dict[str, tuple[str, int, int]]
    zone_hint: str | None


def _columns(line: str) -> list[Column]:
    if "\t" in line:
        # tab-separated: cells by their order, each at its own offset
        out, pos = [], 0
        for cell in line.split("\t"):
            stripped = cell.strip()
            if stripped:
                out.append(Column(stripped, pos + cell.index(stripped)))
            pos += len(cell) + 1
        return out
    return [Column(m.group(), m.start()) for m in _CELL.finditer(line)]


def _is_header(cols: list[Column]) -> bool:
    names = [c.name for c in cols]
    known = sum(1 for n in names if _HEADER_WORDS.match(n))
    # other columns (country, deaths, …) may stand beside the known ones, but not outnumber them
    if len(cols) < 3 or known < 3 or known < len(cols) / 2 or any(_NUM.match(n) for n in names):
        return False
    return any(_MAG_COL.match(n) for n in names) and any(_DATE_COL.match(n) for n in names)


def find_tables(text: str, lo: int, hi: int) -> list[Row]:
    """Every quake row of every table in ``text[lo:hi]``; rows whose magnitude cells are all
    empty or placeholders ("-.-") are kept only if some magnitude column has a number."""
    rows: list[Row] = []
    pos = lo
    header: list[Column] | None = None
    zone_hint: str | None = None
    for line in text[lo:hi].split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            header = None
            continue
        if header is None and "\t" not in line and "  " not in line:
            # one cell only (cells are split by a tab or two spaces): no header, and no table to read
            continue
        cols = _columns(line)
        if _is_header(cols):
            header = cols
            zone_hint = "UTC" if re.search(r"(?i)\butc\b|\bgmt\b", line) else None
            continue
        if header is None:
            continue
        row = _read_tab_row(header, cols, start) if "\t" in line else _read_row(header, cols, start, end)
        if row is None:
            header = None  # the table has ended
            continue
        rows.append(Row(start, end, row, zone_hint))
    return rows


def _read_tab_row(header: list[Column], cols: list[Column], line_start: int) -> dict[str, tuple[str, int, int]] | None:
    if len(cols) != len(header):
        return None
    cells = {h.name: (c.name, line_start + c.start, line_start + c.start + len(c.name)) for h, c in zip(header, cols, strict=True)}
    return cells if _has_magnitude(cells) else None


def _has_magnitude(cells: dict[str, tuple[str, int, int]]) -> bool:
    return any(_MAG_COL.match(name) and _MAG_CELL.match(value.replace(",", ".")) for name, (value, _, _) in cells.items())


def _read_row(header: list[Column], cols: list[Column], line_start: int, line_end: int) -> dict[str, tuple[str, int, int]] | None:
    cells: dict[str, tuple[str, int, int]] = {}
    starts = [c.start for c in header]
    for cell in cols:
        a, b = cell.start, cell.start + len(cell.name)
        # the header columns whose start falls inside this cell (two spaces of slack)
        inside = [i for i, s in enumerate(starts) if a - 2 <= s < b]
        if not inside:
            before = [i for i, s in enumerate(starts) if s <= a]
            inside = [before[-1]] if before else [0]
        parts = cell.name.split(" ")
        if len(inside) > 1 and len(parts) == len(inside):
            offset = a
            for i, part in zip(inside, parts, strict=True):
                k = cell.name.index(part, offset - a) + a
                cells[header[i].name] = (part, line_start + k, line_start + k + len(part))
                offset = k + len(part)
        else:
            cells[header[inside[0]].name] = (cell.name, line_start + a, line_start + b)
    return cells if _has_magnitude(cells) else None
