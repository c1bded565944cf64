"""The command line: ``python -m tracker COMMAND …``.

A stable contract (``DESIGN.md``): commands and their JSON change only by adding. Bad input exits
2, any other failure 1, each with one line on stderr naming the file, URL or value at fault; a
traceback only with ``--debug``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tracker.errors import InputError, TrackerError

EXIT_OK, EXIT_FAIL, EXIT_INPUT = 0, 1, 2
DEFAULT_DB = Path("data") / "tracker.db"


def db_path(arg: str | None) -> Path:
    """The store's path: ``--db``, else ``TRACKER_DB``, else ``data/tracker.db``."""
    return Path(arg or os.environ.get("TRACKER_DB") or DEFAULT_DB)


def parse_date(text: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` → date; ``None`` passes through."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--published {text!r}: expected a date as YYYY-MM-DD") from None


def check_zone(name: str | None) -> str | None:
    """Check an IANA zone name ("Asia/Taipei"); ``None`` passes through."""
    if name is None:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"--tz {name!r}: not a known time zone (use an IANA name such as Asia/Taipei)") from None
    return name


def _out(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8", newline="")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


# --- commands ------------------------------------------------------------------------------------

def cmd_parse(a: argparse.Namespace) -> int:
    from tracker.bulletin import parse_files
    from tracker.model import bulletin_json, dumps, event_to_json, events_to_frame, tally_to_json

    published, tz = parse_date(a.published), check_zone(a.tz)
    failed = 0
    frames = []
    for item in parse_files(a.files, published=published, tz=tz):
        if item.error is not None:
            print(f"tracker: {item.error}", file=sys.stderr)
            failed += 1
            continue
        b, res = item.bulletin, item.result
        if a.csv:
            df = events_to_frame(res.events)
            df.insert(0, "bulletin", b.name)
            frames.append(df)
        else:
            print(dumps({
                "bulletin": bulletin_json(b),
                "events": [event_to_json(e) for e in res.events],
                "tallies": [tally_to_json(t) for t in res.tallies],
            }))
    if a.csv and frames:
        import pandas as pd

        from tracker.export import to_csv
        sys.stdout.write(to_csv(pd.concat(frames, ignore_index=True)))
    if failed:
        return EXIT_INPUT
    return EXIT_OK


def cmd_ingest(a: argparse.Namespace) -> int:
    from tracker.bulletin import PARSER_VERSION, parse_files
    from tracker.store import Store

    published, tz = parse_date(a.published), check_zone(a.tz)
    failed = 0
    with Store(db_path(a.db)) as store:
        for item in parse_files(a.files, published=published, tz=tz):
            if item.error is not None:
                print(f"tracker: {item.error}", file=sys.stderr)
                failed += 1
                continue
            added = store.ingest(item.bulletin, item.result, parser_version=PARSER_VERSION)
            state = "added" if added else "already stored"
            print(f"{item.bulletin.name}: {state} ({len(item.result.events)} events, "
                  f"{len(item.result.tallies)} tallies) {item.bulletin.sha256[:12]}")
    return EXIT_INPUT if failed else EXIT_OK


def cmd_list(a: argparse.Namespace) -> int:
    from tracker.model import dumps
    from tracker.store import Store

    with Store(db_path(a.db)) as store:
        rows = store.list_bulletins()
    if a.json:
        print(dumps(rows))
    else:
        for r in rows:
            print(f"{r['sha256'][:12]}  {r['published'] or '----------'}  {r['timezone'] or '-':<20} "
                  f"{r['events']:>4} events {r['tallies']:>4} tallies  {r['name']}")
    return EXIT_OK


def cmd_export(a: argparse.Namespace) -> int:
    from tracker.export import to_csv, to_geojson
    from tracker.store import Store

    with Store(db_path(a.db)) as store:
        df = store.events_frame()
    _out(to_csv(df) if a.format == "csv" else to_geojson(df), a.out)
    return EXIT_OK


def cmd_catalog(a: argparse.Namespace) -> int:
    from tracker.catalog import read_catalog
    from tracker.export import to_csv
    from tracker.model import dumps, frame_to_json_records

    df = read_catalog(a.file)
    _out(to_csv(df) if a.csv else dumps({"events": frame_to_json_records(df)}), None)
    return EXIT_OK


def cmd_fetch(a: argparse.Namespace) -> int:
    from tracker.export import to_csv
    from tracker.feeds import FeedQuery, fetch
    from tracker.model import dumps, frame_to_json_records
    from tracker.store import Store

    if (a.lat is None) != (a.lon is None) or ((a.lat is None) and a.radius_km is not None):
        raise InputError("--lat, --lon and --radius-km go together")
    query = FeedQuery(
        start=a.start, end=a.end, minmag=a.minmag,
        latitude=a.lat, longitude=a.lon, maxradius_km=a.radius_km,
    )
    with Store(db_path(a.db)) as store:
        df = fetch(query, provider=a.provider, base_url=a.url, store=store, offline=a.offline)
    _out(to_csv(df) if a.csv else dumps({"events": frame_to_json_records(df)}), a.out)
    return EXIT_OK


def cmd_merge(a: argparse.Namespace) -> int:
    from tracker.bulletin import parse_files
    from tracker.catalog import read_catalog
    from tracker.merge import associate, check_tallies
    from tracker.model import dumps, events_to_frame, frame_to_json_records, tallies_to_frame

    published, tz = parse_date(a.published), check_zone(a.tz)
    (item,) = list(parse_files([a.bulletin], published=published, tz=tz))
    if item.error is not None:
        raise item.error
    catalog = read_catalog(a.catalog)
    merged = associate(events_to_frame(item.result.events), catalog, tz=tz)
    tallies = check_tallies(tallies_to_frame(item.result.tallies), catalog,
                            published=published, tz=tz)
    print(dumps({"events": frame_to_json_records(merged), "tallies": frame_to_json_records(tallies)}))
    return EXIT_OK


def cmd_stats(a: argparse.Namespace) -> int:
    from tracker.catalog import read_catalog
    from tracker.model import dumps
    from tracker.seismo import stats_report

    df = read_catalog(a.file)
    mc: float | str = a.mc
    if mc != "auto":
        try:
            mc = float(mc)
        except ValueError:
            raise InputError(f"--mc {a.mc!r}: expected 'auto' or a magnitude") from None
    report = stats_report(df, mainshock=a.mainshock, mc=mc, delta_m=a.delta_m, start=a.start, regime=a.regime)
    if a.json:
        print(dumps(report))
    else:
        from tracker.seismo import format_report
        print(format_report(report))
    return EXIT_OK


# --- argument parsing ------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    """The argparse tree: one sub-parser per command, each with ``--help``, ``--db`` and ``--debug``."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", help="store path (default: $TRACKER_DB, else data/tracker.db)")
    common.add_argument("--debug", action="store_true", help="show a traceback on failure")

    p = argparse.ArgumentParser(
        prog="python -m tracker",
        description="Follow an aftershock sequence from bulletins and public catalogues.",
        parents=[common],
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, fn: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_, parents=[common])
        sp.set_defaults(func=fn)
        return sp

    def dated(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--published", metavar="YYYY-MM-DD",
                        help="local publication date that relative words resolve against")
        sp.add_argument("--tz", metavar="ZONE", help="the bulletin's IANA time zone, e.g. Asia/Taipei")

    sp = add("parse", cmd_parse, "parse bulletin files into events and tallies")
    sp.add_argument("files", nargs="+", metavar="FILE", help="text, HTML or PDF bulletins")
    dated(sp)
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="one JSON object per file (the default)")
    g.add_argument("--csv", action="store_true", help="events of all files as CSV")

    sp = add("ingest", cmd_ingest, "parse bulletins and keep them in the store (idempotent)")
    sp.add_argument("files", nargs="+", metavar="FILE")
    dated(sp)

    sp = add("list", cmd_list, "list stored bulletins with their event and tally counts")
    sp.add_argument("--json", action="store_true")

    sp = add("export", cmd_export, "export stored events (corrections applied)")
    sp.add_argument("--format", choices=("csv", "geojson"), default="csv")
    sp.add_argument("--out", metavar="FILE", help="write here instead of standard output")

    sp = add("catalog", cmd_catalog, "read a catalogue file (USGS CSV/GeoJSON, FDSN text, QuakeML, EMSC, CWA)")
    sp.add_argument("file", metavar="FILE")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="the default")
    g.add_argument("--csv", action="store_true")

    sp = add("fetch", cmd_fetch, "query an FDSN event service (USGS, EMSC, ISC, GEOFON, INGV, GeoNet or any URL)")
    src = sp.add_mutually_exclusive_group(required=True)
    src.add_argument("--provider", metavar="NAME", help="usgs, emsc, isc, geofon, ingv, geonet")
    src.add_argument("--url", metavar="BASE", help="base URL of any FDSN event service")
    sp.add_argument("--start", required=True, metavar="ISO", help="window start (UTC)")
    sp.add_argument("--end", metavar="ISO", help="window end (UTC; default now)")
    sp.add_argument("--minmag", type=float, metavar="M")
    sp.add_argument("--lat", type=float, metavar="LAT")
    sp.add_argument("--lon", type=float, metavar="LON")
    sp.add_argument("--radius-km", type=float, metavar="R")
    sp.add_argument("--offline", action="store_true", help="serve only from the cache")
    sp.add_argument("--out", metavar="FILE")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="the default")
    g.add_argument("--csv", action="store_true")

    sp = add("merge", cmd_merge, "associate a bulletin's events with a catalogue's")
    sp.add_argument("--bulletin", required=True, metavar="FILE")
    dated(sp)
    sp.add_argument("--catalog", required=True, metavar="FILE")
    sp.add_argument("--json", action="store_true", help="the default")

    sp = add("stats", cmd_stats, "Mc, b-value, Omori–Utsu, Båth and a Reasenberg–Jones forecast")
    sp.add_argument("file", metavar="CATALOG_FILE")
    sp.add_argument("--mainshock", default="auto", metavar="ID|auto")
    sp.add_argument("--mc", default="auto", metavar="auto|M")
    sp.add_argument("--delta-m", type=float, default=0.1, metavar="DM", help="magnitude bin width")
    sp.add_argument("--start", metavar="ISO", help="forecast start (default: the last event)")
    sp.add_argument("--regime", default="RJ1989", metavar="NAME",
                    help="generic parameters: RJ1989 or a Page et al. 2016 regime, e.g. SZ-GENERIC")
    sp.add_argument("--json", action="store_true")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code."""
    parser = build_parser()
    a = parser.parse_args(argv)
    try:
        return int(a.func(a))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if a.debug:
            raise
        code = EXIT_INPUT if isinstance(exc, (InputError, FileNotFoundError, IsADirectoryError)) else EXIT_FAIL
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if isinstance(exc, OSError) and getattr(exc, "filename", None):
            msg = f"{exc.filename}: {exc.strerror or msg}"
        elif not isinstance(exc, TrackerError):
            msg = f"{type(exc).__name__}: {msg}"
        print(f"tracker: {msg}", file=sys.stderr)
        return code
