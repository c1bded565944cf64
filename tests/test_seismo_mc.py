"""Mc: maximum curvature, goodness of fit, b-value stability; SeismoStats reference values."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from tracker.seismo import bin_magnitudes, mc_gft, mc_maxc, mc_mbs

SHARED = Path(__file__).resolve().parents[2] / "shared"

# SeismoStats docs/source/user/estimate_mc.md (reference-values.md §4.1, "Magnitudes B").
MAGS_B = [2.3, 1.2, 1.5, 1.2, 1.7, 1.1, 1.2, 1.5, 1.8, 1.6, 1.2, 1.5, 1.2, 1.7, 1.6, 1.1, 1.1, 1.2,
          2.0, 1.1, 1.2, 1.1, 1.2, 1.6, 1.9, 1.3, 1.7, 1.3, 1.0, 1.2, 1.7, 1.3, 1.3, 1.1, 1.5, 1.4]
# SeismoStats analysis/tests/test_estimate_mc.py, constant MAGNITUDES ("Magnitudes C").
MAGS_C = [
    *MAGS_B,
    1.1, 2.1, 1.2, 2.2, 1.7, 1.6, 1.1, 2.0, 2.1, 1.2, 1.0, 1.5, 1.2, 1.7, 1.8, 1.1, 1.3, 1.1, 1.3, 1.4,
    2.1, 2.0, 1.1, 2.2, 1.8, 1.4, 1.1, 1.0, 2.0, 2.0, 1.1, 1.0, 1.0, 1.5, 1.6, 3.7, 2.8, 1.5, 1.1, 1.2,
    1.4, 2.3, 1.5, 1.2, 1.7, 1.1, 1.6, 1.2, 1.5, 1.1, 1.2, 1.7, 1.2, 1.6, 1.2, 1.1, 1.8, 1.2, 1.1, 1.0,
    1.3, 1.1, 1.6, 1.6,
]


def test_maxc_seismostats() -> None:
    assert len(MAGS_C) == 100
    assert mc_maxc(MAGS_B, 0.1, correction=0.2).mc == 1.4
    assert mc_maxc(MAGS_B, 0.1).mc == 1.2
    r = mc_maxc(MAGS_C, 0.1, correction=0.2)
    assert r.mc == 1.3 and r.method == "maxc+0.2"
    # diagnostics for a plot: the FMD
    assert r.fmd_counts.sum() == 100 and r.fmd_magnitudes[0] == 1.0


def test_maxc_ties_take_lowest_bin() -> None:
    # As SeismoStats (Magnitudes C has 19 events at both 1.1 and 1.2 and gives 1.1 + 0.2).
    assert mc_maxc([1.0, 1.0, 1.1, 1.1, 1.5], 0.1).mc == 1.0


def test_mbs_seismostats_docs() -> None:
    # SeismoStats estimate_mc_b_stability (classic estimator): Mc 1.1, b tested
    # [0.9571853220063772, 1.190298769977797], diff_bs [2.2337527711215786, 0.9457747650207581].
    r = mc_mbs(MAGS_B, 0.1, method="tinti-mulargia", min_events=0)
    assert r.mc == 1.1
    np.testing.assert_allclose(r.b_values[:2], [0.9571853220063772, 1.190298769977797], rtol=1e-12)
    np.testing.assert_allclose(r.score[:2], [2.2337527711215786, 0.9457747650207581], rtol=1e-12)


def _gr_with_roll_off(seed: int, mc_true: float, n: int = 50_000, b: float = 1.0) -> np.ndarray:
    """GR magnitudes from 0, detected with probability rising to 1 at ``mc_true`` (a typical
    incomplete low end): a cumulative-normal detection curve centred 0.3 below Mc."""
    from scipy.special import ndtr

    rng = np.random.default_rng(seed)
    m = rng.exponential(1 / (b * math.log(10)), n)
    p_det = ndtr((m - (mc_true - 0.3)) / 0.1)
    return bin_magnitudes(m[rng.random(n) < p_det], 0.1)


def test_methods_find_simulated_mc() -> None:
    m = _gr_with_roll_off(11, mc_true=2.0)
    maxc = mc_maxc(m, 0.1).mc
    assert 1.6 <= maxc <= 1.9  # MAXC sits at the fullest bin, below true Mc
    assert 1.7 <= mc_gft(m, 0.1, 90).mc <= 2.1
    assert 1.8 <= mc_gft(m, 0.1, 95).mc <= 2.2
    assert 1.7 <= mc_mbs(m, 0.1).mc <= 2.2


def test_gft_diagnostics_and_warning() -> None:
    m = _gr_with_roll_off(3, mc_true=1.5, n=5000)
    r = mc_gft(m, 0.1, 90)
    assert r.threshold == 10.0
    i = int(np.flatnonzero(r.candidates == r.mc)[0])
    assert r.score[i] < 10 and np.all(~(r.score[:i] < 10))
    with pytest.warns(UserWarning, match="no candidate"):
        # a flat FMD (uniform magnitudes) is nowhere Gutenberg–Richter
        bad = mc_gft(np.repeat(np.arange(10, 31) / 10, 100), 0.1, 95)
    assert math.isnan(bad.mc)
    with pytest.raises(ValueError):
        mc_gft(m, 0.1, 120)


@pytest.mark.skipif(not (SHARED / "data/testvectors").is_dir(), reason="../shared test vectors absent")
def test_mbs_swiss_catalogue() -> None:
    # SeismoStats test_estimate_mc_b_stability: SED catalogue binned to 0.01,
    # mcs_test = arange(0.12, 2.0, 0.01), stability_range 0.5 → Mc = 1.44.
    import pandas as pd

    df = pd.read_csv(SHARED / "data/testvectors/seismostats_catalog_sed_mc_test.csv")
    m = bin_magnitudes(df["magnitude"].to_numpy(), 0.01)
    r = mc_mbs(m, 0.01, stability_range=0.5, mcs=np.arange(12, 200) / 100, method="tinti-mulargia")
    assert r.mc == 1.44
