"""Whole bulletins written for the project, each beside its hand-labelled expectation.

``tests/golden/NAME.txt`` (or ``.html``) is a bulletin written for these tests in the style of a
real outlet or agency; ``NAME.expected.json`` holds what a careful labeller writes under the rules
of DESIGN.md: ``published``, ``timezone``, the events in order of first mention and the tallies in
text order. Only the fields an expectation names are compared: magnitude and depth within 0.05,
coordinates within 0.005, dates and clocks exactly, ``place`` as a word of the place, ``alt`` as
values that must be among ``alt_magnitudes``, ``time_utc`` as an ISO prefix.

A golden file the parser does not yet get right is a strict xfail with the reason in
:data:`KNOWN_MISSES`, so a fix makes the run fail until the entry is removed.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tracker.bulletin import parse, parse_bytes
from tracker.model import Event, ParseResult, Tally

GOLDEN = Path(__file__).parent / "golden"
BULLETINS = sorted(p for p in GOLDEN.iterdir() if p.suffix in (".txt", ".html"))

#: Golden file name → what the parser currently gets wrong (strict xfail).
KNOWN_MISSES: dict[str, str] = {}


def load(path: Path) -> tuple[ParseResult, dict[str, Any]]:
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    published = dt.date.fromisoformat(expected["published"]) if expected.get("published") else None
    tz = expected.get("timezone")
    if path.suffix == ".html":
        # HTML goes through the file layer, which reduces it to its visible text.
        res = parse_bytes(path.read_bytes(), path.name, published=published, tz=tz)
        assert res.error is None, f"{path.name}: {res.error}"
        assert res.result is not None
        return res.result, expected
    return parse(path.read_text(encoding="utf-8"), published=published, tz=tz), expected


def _close(a: float | None, b: float | None, tol: float) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= tol


def field_problems(kind: str, i: int, want: dict[str, Any], got: Event | Tally) -> list[str]:
    """Readable lines for each expected field that ``got`` does not match."""
    out = []
    for key, value in want.items():
        if key in ("magnitude", "depth_km", "mag_min", "mag_max"):
            actual = getattr(got, key)
            ok = _close(actual, value, 0.05)
        elif key in ("latitude", "longitude"):
            actual = getattr(got, key)
            ok = _close(actual, value, 0.005)
        elif key == "place":
            actual = got.place  # type: ignore[union-attr]
            ok = actual is not None and value.lower() in actual.lower()
        elif key == "alt":
            actual = list(got.alt_magnitudes)  # type: ignore[union-attr]
            have = {"".join(a.split()).lower() for a in actual}
            ok = all("".join(v.split()).lower() in have for v in value)
        elif key == "time_utc":
            t = got.time_utc  # type: ignore[union-attr]
            actual = t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")[: len(value)] if t else None
            ok = actual == value
        else:
            actual = getattr(got, key)
            ok = actual == value
        if not ok:
            label = f"{kind} {i + 1} (expected M{want.get('magnitude', want.get('count'))})"
            out.append(f"{label}: {key} expected {value!r}, got {actual!r}")
    return out


def summary(result: ParseResult) -> str:
    lines = [f"  M{e.magnitude} {e.mag_type or ''} {e.date_local} {e.time_local} depth={e.depth_km} "
             f"({e.latitude}, {e.longitude}) place={e.place!r} role={e.role} alt={list(e.alt_magnitudes)}"
             for e in result.events]
    lines += [f"  tally {t.count} {t.what} [{t.mag_min}, {t.mag_max}] felt={t.felt} as_of={t.as_of_local} "
              f"{t.evidence!r}" for t in result.tallies]
    return "\n".join(lines) or "  (nothing)"


def _params() -> list[Any]:
    out = []
    for p in BULLETINS:
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[p.name])] if p.name in KNOWN_MISSES else []
        out.append(pytest.param(p, id=p.name, marks=marks))
    return out


@pytest.mark.parametrize("path", _params())
def test_golden_bulletin(path: Path) -> None:
    result, expected = load(path)
    found = f"{path.name}: parser found\n{summary(result)}"
    events = sorted(result.events, key=lambda e: e.span[0] if e.span else 0)
    tallies = sorted(result.tallies, key=lambda t: t.span[0] if t.span else 0)
    problems = []
    if len(events) != len(expected["events"]):
        problems.append(f"{len(expected['events'])} events expected, {len(events)} found")
    if len(tallies) != len(expected["tallies"]):
        problems.append(f"{len(expected['tallies'])} tallies expected, {len(tallies)} found")
    if not problems:
        for i, (want, got) in enumerate(zip(expected["events"], events, strict=True)):
            problems += field_problems("event", i, want, got)
        for i, (want, got) in enumerate(zip(expected["tallies"], tallies, strict=True)):
            problems += field_problems("tally", i, want, got)
    assert not problems, "\n".join(problems) + "\n" + found


def test_golden_set_is_complete() -> None:
    names = {p.name for p in BULLETINS}
    assert 4 <= len(names) <= 8
    for p in BULLETINS:
        assert p.with_name(p.stem + ".expected.json").is_file(), f"{p.name} has no expectation"
        words = len(p.read_text(encoding="utf-8").split())
        assert 300 <= words <= 650, f"{p.name}: {words} words"
    assert not set(KNOWN_MISSES) - names, "KNOWN_MISSES names a golden file that does not exist"
