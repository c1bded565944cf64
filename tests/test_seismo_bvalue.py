"""b-value: Aki–Utsu, Tinti–Mulargia, Shi & Bolt, b-positive; recovery and reference values."""

from __future__ import annotations

import math
from collections import deque
from pathlib import Path

import numpy as np
import pytest

from tracker.errors import StatsError
from tracker.seismo import b_positive, b_value, bin_magnitudes

SHARED = Path(__file__).resolve().parents[2] / "shared"

# SeismoStats @ 4605c4e, bvalue/classic.py, utsu.py, positive.py docstrings (reference-values.md §4.1).
MAGS_A = [2.0, 2.5, 2.1, 2.2, 2.5, 2.2, 2.6, 2.3, 2.7, 2.2, 2.4, 2.0,
          2.7, 2.2, 2.3, 2.1, 2.4, 2.6, 2.2, 2.2, 2.7, 2.4, 2.2, 2.5]


def test_seismostats_docstring_values() -> None:
    assert b_value(MAGS_A, 2.0, 0.1, method="tinti-mulargia").b == pytest.approx(1.114920128810535, rel=1e-12)
    assert b_value(MAGS_A, 2.0, 0.1, method="utsu").b == pytest.approx(1.1088369750721319, rel=1e-12)
    bp = b_positive(MAGS_A, 0.1, dmc=0.2, method="tinti-mulargia")
    assert bp.b == pytest.approx(1.9188552623891313, rel=1e-12)
    assert bp.n == 10


def test_utsu_formula_and_shi_bolt_by_hand() -> None:
    m = np.array(MAGS_A)
    b = math.log10(math.e) / (m.mean() - (2.0 - 0.05))
    sigma = math.log(10) * b**2 * m.std() / math.sqrt(len(m) - 1)
    r = b_value(m, 2.0, 0.1)
    assert r.b == pytest.approx(b, rel=1e-12)
    assert r.b_std == pytest.approx(sigma, rel=1e-12)
    assert (r.n, r.mc, r.delta_m) == (24, 2.0, 0.1)


@pytest.mark.parametrize(("b_true", "mc", "dm", "seed"), [(1.0, 2.0, 0.1, 1), (0.7, 3.0, 0.1, 2), (1.3, 1.0, 0.01, 3)])
def test_recovers_simulated_b(b_true: float, mc: float, dm: float, seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 20_000
    # Continuous GR magnitudes above Mc − Δm/2, then binned: complete above Mc exactly.
    m = bin_magnitudes(mc - dm / 2 + rng.exponential(1 / (b_true * math.log(10)), n), dm)
    for method in ("utsu", "tinti-mulargia"):
        r = b_value(m, mc, dm, method=method)
        se = b_true / math.sqrt(n)  # asymptotic standard error of the MLE
        # Utsu's half-bin form is biased by O(Δm²β²/12) relative; allow that on top of 4 SE.
        bias = b_true * (dm * b_true * math.log(10)) ** 2 / 12 if method == "utsu" else 0.0
        assert abs(r.b - b_true) < 4 * se + bias
        assert r.b_std == pytest.approx(se, rel=0.1)


def test_b_positive_honest_under_incompleteness() -> None:
    # Short-term incompleteness: an event is detected only if it is at least (largest detected
    # magnitude among the last 20 events) − 1. Ordinary b is biased low; b-positive is not,
    # because an event ≥ dmc above the previous detected one is always detected (van der Elst 2021).
    rng = np.random.default_rng(7)
    m = bin_magnitudes(-0.05 + rng.exponential(1 / math.log(10), 60_000), 0.1)
    keep = np.zeros(m.size, bool)
    recent: deque[tuple[int, float]] = deque()
    for i in range(m.size):
        while recent and recent[0][0] < i - 20:
            recent.popleft()
        threshold = max([0.0] + [mj - 1.0 for _, mj in recent])
        if m[i] >= threshold - 1e-9:
            keep[i] = True
            recent.append((i, float(m[i])))
    mk = m[keep]
    assert b_value(mk, 0.0, 0.1).b < 0.8
    bp = b_positive(mk, 0.1, dmc=0.2)
    assert abs(bp.b - 1.0) < 4 * bp.b_std


def test_b_positive_sorts_by_time() -> None:
    m = np.array(MAGS_A)
    order = np.random.default_rng(0).permutation(m.size)
    t = np.arange(m.size, dtype=float)
    r = b_positive(m[order], 0.1, dmc=0.2, times=t[order], method="tinti-mulargia")
    assert r.b == pytest.approx(1.9188552623891313, rel=1e-12)


def test_too_few_and_bad_input() -> None:
    with pytest.raises(StatsError):
        b_value([2.0, 1.0], 2.0, 0.1)
    with pytest.raises(ValueError):
        b_value(MAGS_A, 2.05, 0.1)  # Mc off the grid
    with pytest.raises(ValueError):
        b_value(MAGS_A, 2.0, 0.1, method="lsq")
    with pytest.raises(StatsError):
        b_positive([1.0, 1.0, 1.0], 0.1)


@pytest.mark.skipif(not (SHARED / "data/testvectors").is_dir(), reason="../shared test vectors absent")
def test_seismostats_simulated_columns() -> None:
    # data/testvectors/seismostats_simulated_magnitudes_b0.5_1.0_1.5.csv; expected from
    # SeismoStats bvalue/tests/test_bvalues.py (reference-values.md §4.1 table).
    import pandas as pd

    df = pd.read_csv(SHARED / "data/testvectors/seismostats_simulated_magnitudes_b0.5_1.0_1.5.csv")
    cases = [
        ("b_value = 1", 0.0, 0.1, 0.9985052730956719, 0.9941299341459253, 0.3, 1.00768483769521),
        ("b_value = 1.5", 0.5, 0.01, 1.486114976626299, 1.485969980462011, 0.01, 1.4946439854664),
        ("b_value = 0.5", 2.0, 0.2, 0.5012460753985151, 0.49903218920704306, 0.2, 0.4903952163745402),
    ]
    for col, mc, dm, classic, utsu_b, dmc, bpos in cases:
        m = bin_magnitudes(df[col].to_numpy(), dm)
        assert b_value(m, mc, dm, method="tinti-mulargia").b == pytest.approx(classic, rel=1e-9)
        # SeismoStats' Utsu is β = 1/mean(m − Mc + Δm/2): our "utsu" formula exactly.
        assert b_value(m, mc, dm, method="utsu").b == pytest.approx(utsu_b, rel=1e-9)
        kept = m[m >= mc - dm / 2]
        assert b_positive(kept, dm, dmc=dmc, method="tinti-mulargia").b == pytest.approx(bpos, rel=1e-9)
