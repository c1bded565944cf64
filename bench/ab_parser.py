"""Compare the parse time of two checkouts of the tracker on the same text, run by turns.

Wall-clock figures on a shared machine drift by several percent over an hour, so two separate
runs of ``bench_parser.py`` cannot tell a 5% change from the drift. This script alternates the two
trees, each in a fresh process (so each imports its own ``tracker``), and reports the best and
median CPU seconds of each and their ratio:

    .venv/bin/python bench/ab_parser.py OLD_TREE NEW_TREE [--rounds 5] [--mb 1.0]

A tree is a directory holding a ``tracker`` package (a git worktree of an older commit, say). The
text is the benchmark's mixed news (``bench_parser.case_text("mixed", mb)``), parsed with the
same publication date and zone as there; each process parses it three times and keeps its best.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: Run in a child process: generate the text with this checkout's bench, then import ``tracker``
#: from the tree under test only (dropping any copy the bench module pulled in).
_CHILD = r"""
import datetime as dt, sys, time
sys.path.insert(0, sys.argv[1])
import bench_parser as B
text = B.case_text("mixed", float(sys.argv[3]))
sys.path.insert(0, sys.argv[2])
for name in [k for k in sys.modules if k == "tracker" or k.startswith("tracker.")]:
    del sys.modules[name]
import tracker
from tracker.bulletin import parse
assert tracker.__file__.startswith(sys.argv[2]), tracker.__file__
pub, tz = dt.date(2024, 4, 5), "Asia/Taipei"
parse(text[:3000], published=pub, tz=tz)
best = min((lambda t0: (parse(text, published=pub, tz=tz), time.process_time() - t0)[1])(time.process_time())
           for _ in range(3))
print(best)
"""


def _one(tree: Path, mb: float) -> float:
    """Best CPU seconds of three parses of ``mb`` MB of mixed news by the ``tracker`` in ``tree``."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(HERE), str(tree), str(mb)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", type=Path, help="tree with the reference tracker package")
    ap.add_argument("new", type=Path, help="tree with the tracker package to compare")
    ap.add_argument("--rounds", type=int, default=5, help="processes per tree, run by turns (default 5)")
    ap.add_argument("--mb", type=float, default=1.0, help="MB of mixed news to parse (default 1)")
    args = ap.parse_args()
    old, new = args.old.resolve(), args.new.resolve()
    times: dict[Path, list[float]] = {old: [], new: []}
    for _ in range(args.rounds):
        for tree in (old, new):
            times[tree].append(_one(tree, args.mb))
    for label, tree in (("old", old), ("new", new)):
        ts = times[tree]
        print(f"{label} {tree}: best {min(ts) * 1e3:.0f} ms, median {statistics.median(ts) * 1e3:.0f} ms "
              f"({args.mb / min(ts):.2f} MB/s best)")
    print(f"new/old: best {min(times[new]) / min(times[old]):.3f}, "
          f"median {statistics.median(times[new]) / statistics.median(times[old]):.3f}")


if __name__ == "__main__":
    main()
