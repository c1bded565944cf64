"""Omori–Utsu maximum likelihood: recovery of K, c, p, standard errors, warnings."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from tracker.seismo import fit_omori, omori_integral, sample_omori_times

SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_integral_closed_form_and_p_equal_one() -> None:
    assert omori_integral(0, 10, 0.1, 1.0) == pytest.approx(math.log(10.1 / 0.1))
    # continuous through p = 1 (no cancellation)
    assert omori_integral(0, 10, 0.1, 1.0 + 1e-9) == pytest.approx(math.log(101), rel=1e-8)
    assert omori_integral(2, 5, 0.05, 1.3) == pytest.approx((5.05**-0.3 - 2.05**-0.3) / -0.3, rel=1e-12)


@pytest.mark.parametrize(
    ("K", "c", "p", "seed"),
    [(100.0, 0.05, 1.1, 1), (400.0, 0.01, 0.9, 2), (60.0, 0.2, 1.3, 3), (2000.0, 0.05, 1.0, 4)],
)
def test_recovers_simulated_parameters(K: float, c: float, p: float, seed: int) -> None:
    rng = np.random.default_rng(seed)
    t = sample_omori_times(K, c, p, 0.0, 365.0, rng)
    f = fit_omori(t, 0.0, 365.0)
    assert f.n == t.size
    # Within 4 standard errors from the Hessian; the errors themselves scale as 1/sqrt(n).
    assert abs(f.p - p) < 4 * f.p_std
    assert abs(f.c_days - c) < 4 * f.c_std
    assert abs(f.K - K) < 4 * f.K_std
    assert f.note == ""


def test_standard_errors_are_calibrated() -> None:
    # Over 100 seeded sequences the z-scores of p should be ~N(0, 1): mean within 4·(1/sqrt(100))
    # of 0 and standard deviation within ±25% of 1 (sd of a sample sd ≈ 1/sqrt(2·100) ≈ 0.07).
    z = []
    for seed in range(100):
        t = sample_omori_times(150.0, 0.05, 1.1, 0.0, 100.0, np.random.default_rng(seed))
        f = fit_omori(t, 0.0, 100.0)
        z.append((f.p - 1.1) / f.p_std)
    z_arr = np.array(z)
    assert abs(z_arr.mean()) < 4 / math.sqrt(100)
    assert 0.75 < z_arr.std() < 1.25


def test_window_and_fixed_parameters() -> None:
    rng = np.random.default_rng(5)
    t = sample_omori_times(300.0, 0.05, 1.08, 0.0, 60.0, rng)
    f = fit_omori(t, t_start=1.0, t_end=30.0, c_days=0.05)
    assert f.c_days == 0.05 and f.c_std == 0.0
    assert f.n == int(np.count_nonzero((t >= 1.0) & (t <= 30.0)))
    assert abs(f.p - 1.08) < 4 * f.p_std
    g = fit_omori(t, c_days=0.05, p=1.08)
    # With c and p fixed, K is N/A exactly.
    assert math.isclose(g.K, g.n / omori_integral(0.0, float(t.max()), 0.05, 1.08), rel_tol=1e-12)


def test_three_events_warn_and_give_nan() -> None:
    with pytest.warns(UserWarning, match="only 3 events"):
        f = fit_omori([0.1, 0.5, 2.0])
    assert math.isnan(f.K) and math.isnan(f.c_days) and math.isnan(f.p) and math.isnan(f.p_std)
    assert f.n == 3


def test_flat_rate_cannot_constrain_decay() -> None:
    # Uniform times (no decay at all): p runs to its lower bound → warning and nan.
    t = np.random.default_rng(9).uniform(0, 30, 400)
    with pytest.warns(UserWarning, match="bound"):
        f = fit_omori(t, 0.0, 30.0)
    assert math.isnan(f.p)


def test_bad_window() -> None:
    with pytest.raises(ValueError):
        fit_omori([1.0, 2.0], t_start=-1.0)


@pytest.mark.skipif(not (SHARED / "data/testvectors").is_dir(), reason="../shared test vectors absent")
def test_oaf_synthetic_sequence() -> None:
    # data/testvectors/oaf_JeannesSimulationData_RJ_synthetic.txt (opensha-oaf): simulated with
    # a = −1.67, b = 0.91, c = 0.05 d, p = 1.08, Mm 7.5 and completeness
    # Mc(t) = max(7.5 − 4.5 − 0.75·log10 t, 2.5). From t = 1 d Mc(t) ≤ 3.0, so events ≥ 3.0 in
    # [1, 30] d are complete; with c fixed the fit must find p and a within 3 standard errors.
    d = np.loadtxt(SHARED / "data/testvectors/oaf_JeannesSimulationData_RJ_synthetic.txt")
    m, t = d[1:, 0], d[1:, 1]
    sel = (m >= 3.0 - 1e-9) & (t >= 1.0) & (t <= 30.0)
    f = fit_omori(t[sel], 1.0, 30.0, c_days=0.05)
    a = math.log10(f.K) - 0.91 * (7.5 - 3.0)
    a_std = f.K_std / (f.K * math.log(10))
    assert abs(f.p - 1.08) < 3 * f.p_std
    assert abs(a - (-1.67)) < 3 * a_std
