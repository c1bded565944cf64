"""The command line as a user runs it: ``python -m tracker …`` in a subprocess, store under tmp_path."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.bulletin import parse_bytes
from tracker.store import Store

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ("parse", "ingest", "list", "export", "catalog", "fetch", "merge", "stats")
# Written for these tests; the parser may or may not find the quakes, so only bulletins are checked.
BULLETIN = ("A magnitude 5.1 earthquake struck the east coast at 3:12pm on Tuesday, the weather agency "
            "said. It was followed by 12 aftershocks, the largest of magnitude 4.0.\n")


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "TRACKER_DB"}
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**base, "PYTHONPATH": str(ROOT), **(env or {})})


@pytest.fixture
def news(tmp_path: Path) -> Path:
    path = tmp_path / "news.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    return path


def listed(db: Path, cwd: Path) -> list[dict]:
    r = run("list", "--json", "--db", str(db), cwd=cwd)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_help_lists_every_command_and_each_command_has_help(tmp_path: Path) -> None:
    r = run("--help", cwd=tmp_path)
    assert r.returncode == 0
    for name in COMMANDS:
        assert name in r.stdout
        sub = run(name, "--help", cwd=tmp_path)
        assert sub.returncode == 0, (name, sub.stderr)
        assert "--db" in sub.stdout


def test_ingest_twice_lists_the_bulletin_once(tmp_path: Path, news: Path) -> None:
    db = tmp_path / "store" / "t.db"
    for _ in range(2):
        r = run("ingest", str(news), "--published", "2024-04-03", "--tz", "Asia/Taipei", "--db", str(db), cwd=tmp_path)
        assert r.returncode == 0, r.stderr
    assert "already stored" in r.stdout
    (row,) = listed(db, tmp_path)
    assert (row["name"], row["published"], row["timezone"]) == ("news.txt", "2024-04-03", "Asia/Taipei")
    assert len(row["sha256"]) == 64 and isinstance(row["events"], int) and isinstance(row["tallies"], int)


def test_tracker_db_environment_variable_moves_the_store(tmp_path: Path, news: Path) -> None:
    env_db = tmp_path / "elsewhere" / "env.db"
    r = run("ingest", str(news), cwd=tmp_path, env={"TRACKER_DB": str(env_db)})
    assert r.returncode == 0, r.stderr
    assert env_db.exists()
    assert not (tmp_path / "data" / "tracker.db").exists()
    assert [b["name"] for b in listed(env_db, tmp_path)] == ["news.txt"]
    assert listed(tmp_path / "other.db", tmp_path) == []


def test_export_csv_and_geojson(tmp_path: Path, news: Path) -> None:
    db = tmp_path / "t.db"
    assert run("ingest", str(news), "--db", str(db), cwd=tmp_path).returncode == 0
    r = run("export", "--format", "csv", "--db", str(db), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert next(csv.reader(io.StringIO(r.stdout)))[:3] == ["event_id", "source", "magnitude"]
    out = tmp_path / "events.geojson"
    r = run("export", "--format", "geojson", "--out", str(out), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def test_missing_file_exits_2_with_one_line_naming_it(tmp_path: Path) -> None:
    r = run("ingest", "no-such-bulletin.txt", "--db", str(tmp_path / "t.db"), cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "no-such-bulletin.txt" in r.stderr
    assert "Traceback" not in r.stderr


def test_a_binary_file_fails_alone(tmp_path: Path, news: Path) -> None:
    blob = tmp_path / "photo.jpg"
    blob.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20)
    db = tmp_path / "t.db"
    r = run("ingest", str(blob), str(news), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 2
    assert "photo.jpg" in r.stderr and "Traceback" not in r.stderr
    assert [b["name"] for b in listed(db, tmp_path)] == ["news.txt"]


def test_an_impossible_date_exits_2(tmp_path: Path, news: Path) -> None:
    r = run("ingest", str(news), "--published", "2024-13-01", "--db", str(tmp_path / "t.db"), cwd=tmp_path)
    assert r.returncode == 2
    assert "2024-13-01" in r.stderr and "Traceback" not in r.stderr


def test_path_like_names_stay_labels(tmp_path: Path) -> None:
    # From the command line: the file is read where it is, and stored under its base name.
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "passwd").write_text(BULLETIN, encoding="utf-8")
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    db = work / "store" / "t.db"
    before = sorted(p for p in tmp_path.rglob("*"))
    r = run("ingest", "../../etc/passwd", "--db", str(db), cwd=work)
    assert r.returncode == 0, r.stderr
    assert [b["name"] for b in listed(db, work)] == ["passwd"]
    created = sorted(set(tmp_path.rglob("*")) - set(before))
    assert all(db.parent in p.parents or p == db.parent for p in created), created

    # From an upload: the name is only a label and never becomes a path.
    item = parse_bytes(b"A magnitude 4.4 aftershock was felt.", "../../evil.txt")
    with Store(db) as store:
        assert item.bulletin is not None
        store.ingest(item.bulletin, item.result, parser_version="test")
        assert "evil.txt" in [b["name"] for b in store.list_bulletins()]
    assert not (work.parent / "evil.txt").exists() and not (tmp_path / "evil.txt").exists()
