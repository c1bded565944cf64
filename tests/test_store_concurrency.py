"""The store under contention and under a hard kill.

Ten processes write at once and none may see "database is locked"; a process killed with SIGKILL
in the middle of an ingest leaves the bulletin wholly absent and the file intact.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.model import Bulletin, ParseResult
from tracker.store import Store

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

WRITER = r"""
import json, sys, time
from pathlib import Path
from tracker.model import Bulletin, Event, ParseResult
from tracker.store import Store

db, worker, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
while not go.exists():  # start together, so that the writers really collide
    time.sleep(0.01)
errors = []
try:
    with Store(db) as store:
        for i in range(50):
            text = f"Bulletin {i} from writer {worker}: a magnitude {4 + i / 100:.2f} aftershock."
            events = tuple(Event(4 + k / 10, evidence=text) for k in range(20))
            try:
                store.ingest(Bulletin(text, name=f"w{worker}-{i}.txt"), ParseResult(events), "test")
            except Exception as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
except Exception as exc:
    errors.append(f"{type(exc).__name__}: {exc}")
print(json.dumps({"errors": errors}))
"""

SLOW_INGEST = r"""
import sys
from pathlib import Path
from tracker.model import Bulletin, Event, ParseResult
from tracker.store import Store

db, marker = sys.argv[1], Path(sys.argv[2])
N = 50_000


class SlowEvents:
    # Yields half the events, then stalls inside the ingest transaction until it is killed.
    def __iter__(self):
        for k in range(N):
            if k == N // 2:
                marker.write_text("mid-ingest")
                import time
                time.sleep(600)
            yield Event(3 + (k % 40) / 10, evidence="x")


with Store(db) as store:
    store.ingest(Bulletin("complete bulletin", name="complete.txt"), ParseResult(tuple(Event(3.0) for _ in range(N))), "test")
    store.ingest(Bulletin("killed bulletin", name="killed.txt"), ParseResult(SlowEvents()), "test")
"""


def test_ten_writers_at_once_never_see_a_locked_database(tmp_path: Path) -> None:
    db, go = tmp_path / "shared.db", tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(w), str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV, cwd=tmp_path)
             for w in range(10)]
    go.touch()
    reports = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert "database is locked" not in out + err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    assert [r["errors"] for r in reports] == [[]] * 10
    with Store(db) as store:
        rows = store.list_bulletins()
        assert len(rows) == 500
        assert {r["events"] for r in rows} == {20}
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _write_locked(db: Path) -> bool:
    """True while another connection holds the store's write lock."""
    raw = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return True
    finally:
        raw.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_mid_ingest_leaves_the_bulletin_absent_and_the_store_intact(tmp_path: Path) -> None:
    db, marker = tmp_path / "killed.db", tmp_path / "mid-ingest"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_INGEST, str(db), str(marker)],
                            stderr=subprocess.PIPE, text=True, env=ENV, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 60  # a generous bound on a stuck child, not a speed test
        while not marker.exists():
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the ingest never reached its midpoint"
            time.sleep(0.02)
        # The marker proves the child is mid-iteration; the lock proves that is inside the transaction.
        assert _write_locked(db)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with Store(db) as store:
        # The complete bulletin whole, the killed one absent.
        assert [(b["name"], b["events"]) for b in store.list_bulletins()] == [("complete.txt", 50_000)]
        # The store goes on working: the interrupted bulletin can be ingested afresh.
        assert store.ingest(Bulletin("killed bulletin", name="killed.txt"), ParseResult(), "test") is True
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT count(*) FROM events").fetchone()[0] == 50_000
