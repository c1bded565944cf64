"""Speed of tracker.seismo: Mc and b-value on 1,000,000 magnitudes, Omori–Utsu on 100,000 times.

Run: .venv/bin/python bench/bench_seismo.py   (one core; best of 5 runs, wall clock)
If SeismoStats is installed (pip install seismostats; the tracker does not depend on it), its
estimate_b / estimate_mc_maxc / estimate_mc_b_stability run on the same arrays beside ours.
Writes the table to bench/RESULTS-seismo.md (the section between the BENCH markers).
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import platform
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.seismo import (
    b_positive,
    b_value,
    bin_magnitudes,
    fit_omori,
    mc_gft,
    mc_maxc,
    mc_mbs,
    omori_integral,
    sample_omori_times,
)

N_MAGS = 1_000_000
N_TIMES = 100_000
RESULTS = Path(__file__).with_name("RESULTS-seismo.md")


def best_of(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    """Best wall time (s) of ``repeat`` runs and the last result."""
    best, out = math.inf, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    rng = np.random.default_rng(2024)
    # GR magnitudes, b = 1, complete above 1.0, binned at 0.1.
    mags = bin_magnitudes(0.95 + rng.exponential(1 / math.log(10), N_MAGS), 0.1)
    # Omori–Utsu times, c = 0.05 d, p = 1.1 over a year, K chosen for 100,000 expected events.
    K = N_TIMES / omori_integral(0.0, 365.0, 0.05, 1.1)
    times = sample_omori_times(K, 0.05, 1.1, 0.0, 365.0, rng)

    rows: list[tuple[str, float, str, float | None, str]] = []
    t, r = best_of(lambda: b_value(mags, 1.0, 0.1))
    rows.append(("b-value, Aki–Utsu (1,000,000 mags)", t, f"b = {r.b:.4f} ± {r.b_std:.4f}", None, ""))
    t, r = best_of(lambda: b_positive(mags, 0.1))
    rows.append(("b-positive (1,000,000 mags)", t, f"b = {r.b:.4f} ± {r.b_std:.4f}", None, ""))
    t, r = best_of(lambda: mc_maxc(mags, 0.1, correction=0.2))
    rows.append(("Mc maximum curvature +0.2", t, f"Mc = {r.mc}", None, ""))
    t, r = best_of(lambda: mc_gft(mags, 0.1, 95))
    rows.append(("Mc goodness of fit 95%", t, f"Mc = {r.mc}", None, ""))
    t, r = best_of(lambda: mc_mbs(mags, 0.1))
    rows.append(("Mc b-stability", t, f"Mc = {r.mc}", None, ""))
    t, r = best_of(lambda: fit_omori(times, 0.0, 365.0))
    rows.append((f"Omori–Utsu ML fit ({times.size:,} times)", t,
                 f"K = {r.K:.0f}, c = {r.c_days:.4f} d, p = {r.p:.4f} ± {r.p_std:.4f}", None, ""))

    ss_version = "not installed"
    try:
        import seismostats
        from seismostats.analysis import estimate_b, estimate_mc_b_stability, estimate_mc_maxc

        ss_version = getattr(seismostats, "__version__", "installed")
        t, b = best_of(lambda: estimate_b(mags, mc=1.0, delta_m=0.1), repeat=3)
        rows[0] = (*rows[0][:3], t, f"b = {b:.4f} (classic, Tinti–Mulargia)")
        t, b = best_of(lambda: estimate_b(mags, mc=1.0, delta_m=0.1,
                                          method=seismostats.analysis.BPositiveBValueEstimator, dmc=0.2), repeat=3)
        rows[1] = (*rows[1][:3], t, f"b = {b:.4f}")
        t, mc = best_of(lambda: estimate_mc_maxc(mags, fmd_bin=0.1, correction_factor=0.2)[0], repeat=3)
        rows[2] = (*rows[2][:3], t, f"Mc = {mc:.1f}")
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            t, out = best_of(lambda: estimate_mc_b_stability(mags, delta_m=0.1)[0], repeat=1)
        rows[4] = (*rows[4][:3], t, f"Mc = {out}")
    except ImportError:
        pass

    cpu = platform.processor() or platform.machine()
    head = [
        f"Machine: {platform.system()} {cpu}, Python {platform.python_version()}, numpy {np.__version__},"
        f" {os.cpu_count()} CPUs visible (the code is single-threaded numpy). SeismoStats: {ss_version}.",
        "Best of 5 runs (SeismoStats: best of 3, b-stability 1 run), wall clock.",
        "",
        "| task | tracker.seismo | result | SeismoStats | its result |",
        "|---|---:|---|---:|---|",
    ]
    lines = head + [
        f"| {name} | {t * 1000:.1f} ms | {res} | {'' if ts is None else f'{ts * 1000:.1f} ms'} | {rs} |"
        for name, t, res, ts, rs in rows
    ]
    table = "\n".join(lines)
    print(table)
    start, end = "<!-- BENCH:START -->", "<!-- BENCH:END -->"
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else f"# tracker.seismo results\n\n{start}\n{end}\n"
    if start not in text:
        text += f"\n{start}\n{end}\n"
    pre, rest = text.split(start, 1)
    post = rest.split(end, 1)[1]
    RESULTS.write_text(f"{pre}{start}\n{table}\n{end}{post}", encoding="utf-8")


if __name__ == "__main__":
    main()
