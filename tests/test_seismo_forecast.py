"""Reasenberg–Jones forecasts against closed-form and USGS OAF recorded values."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from tracker.seismo import (
    PAGE_2016,
    RJ1989_CALIFORNIA,
    RJParams,
    fit_rj_a,
    generic_params,
    rj_expected,
    rj_forecast,
    rj_rate,
    sample_omori_times,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"

# Gorkha 2015 (us20002926), opensha-oaf deployment/unittest/fcrj/fcrj101.txt: Mm 7.8, forecast
# start 2015-05-02 07:00 UTC = 7.0337274 d after the mainshock (06:11:25.95 on 04-25).
GORKHA_T0 = 7.0337274
GORKHA_SEQ = RJParams(a=-2.39, b=1.0, p=0.98, c_days=0.018, name="OAF sequence-specific (ML a)")
# seq_spec_json "probability" per (window, magnitude) from fcrj101.txt. OAF averages over the
# a-posterior (sd 0.080), so its probabilities differ from the point-a values by up to
# ~0.2·N·P'(N); 0.01 absolute covers that for every bin here.
OAF_GORKHA_PROB = {
    ("day", 4.0): 0.9654, ("day", 5.0): 0.298, ("day", 6.0): 0.03495, ("day", 7.0): 0.003553,
    ("week", 5.0): 0.8356, ("week", 6.0): 0.1693, ("week", 7.0): 0.01843,
    ("month", 5.0): 0.9852, ("month", 6.0): 0.3616, ("month", 7.0): 0.04418,
    ("year", 6.0): 0.6626, ("year", 7.0): 0.1046,
}
# seq_spec_json "median" counts of M ≥ 3; OAF's posterior-mean a is −2.396 vs the ML −2.39,
# i.e. 10^−0.006 ≈ 1.4% fewer events, so medians agree within 2%.
OAF_GORKHA_MEDIAN_M3 = {"day": 35, "week": 184, "month": 447, "year": 1094}


def test_closed_form_reference_values() -> None:
    # reference-values.md §4.3 (closed form, checked by hand).
    assert rj_expected(RJ1989_CALIFORNIA, 7.5, 2.5, 10, 11) == pytest.approx(59.601, abs=5e-4)
    assert rj_expected(GORKHA_SEQ, 7.8, 5.0, GORKHA_T0, GORKHA_T0 + 1) == pytest.approx(0.35492, abs=5e-6)
    assert rj_expected(GORKHA_SEQ, 7.8, 5.0, GORKHA_T0, GORKHA_T0 + 7) == pytest.approx(1.85558, abs=5e-6)
    gen = RJParams(a=-2.13, b=1.0, p=0.98, c_days=0.018, name="ANSR-DEEPCON")
    assert rj_expected(gen, 7.8, 5.0, GORKHA_T0, GORKHA_T0 + 1) == pytest.approx(0.64585, abs=5e-6)
    assert rj_expected(gen, 7.8, 5.0, GORKHA_T0, GORKHA_T0 + 7) == pytest.approx(3.37661, abs=5e-6)


def test_oaf_mean_with_a_spread() -> None:
    # fcrj101.txt seq-spec "M>=5 mean = 0.355955" (1 day), "1.86099" (1 week): the mean over
    # a ~ N(−2.396, 0.080) is the point value at −2.396 times exp((ln10·σ)²/2).
    f = math.exp((math.log(10) * 0.07996) ** 2 / 2) * 10 ** (-2.396 + 2.39)
    assert rj_expected(GORKHA_SEQ, 7.8, 5.0, GORKHA_T0, GORKHA_T0 + 1) * f == pytest.approx(0.355955, rel=2e-3)
    assert rj_expected(GORKHA_SEQ, 7.8, 5.0, GORKHA_T0, GORKHA_T0 + 7) * f == pytest.approx(1.86099, rel=2e-3)


def test_oaf_gorkha_probabilities_and_medians() -> None:
    fc = rj_forecast(GORKHA_SEQ, 7.8, GORKHA_T0)
    got = {(w.label, b.magnitude): b for w in fc.windows for b in w.bins}
    for key, p in OAF_GORKHA_PROB.items():
        assert got[key].probability == pytest.approx(p, abs=0.01), key
    for label, med in OAF_GORKHA_MEDIAN_M3.items():
        assert got[(label, 3.0)].median == pytest.approx(med, rel=0.02), label
    assert fc.central == "mean"


def test_monotone_in_magnitude_and_window() -> None:
    fc = rj_forecast(RJ1989_CALIFORNIA, 7.1, 2.5)
    probs = np.array([[b.probability for b in w.bins] for w in fc.windows])
    expected = np.array([[b.expected for b in w.bins] for w in fc.windows])
    assert np.all(np.diff(probs, axis=1) <= 0) and np.all(np.diff(expected, axis=1) < 0)
    assert np.all(np.diff(probs, axis=0) >= 0) and np.all(np.diff(expected, axis=0) > 0)
    assert [w.label for w in fc.windows] == ["day", "week", "month", "year"]
    assert [b.magnitude for b in fc.windows[0].bins] == [3.0, 4.0, 5.0, 6.0, 7.0]
    for w in fc.windows:
        for b in w.bins:
            assert b.p95_low <= b.median <= b.p95_high
            assert b.probability == pytest.approx(1 - math.exp(-b.expected))


def test_rate_formula() -> None:
    p = RJ1989_CALIFORNIA
    assert rj_rate(p, 7.0, 4.0, 1.0) == pytest.approx(10 ** (-1.67 + 0.91 * 3) * 1.05**-1.08)


def test_generic_tables() -> None:
    # PageEtAlGenericParams_032116.csv (opensha-oaf): aValue_Mean, pValue; b = 1, c = 0.018.
    assert PAGE_2016["ANSR-DEEPCON"].a == -2.13 and PAGE_2016["ANSR-DEEPCON"].p == 0.98
    assert PAGE_2016["SZ-GENERIC"].a == -2.47 and PAGE_2016["SZ-GENERIC"].p == 0.88
    assert PAGE_2016["SZ-ONSHORE"].a == -2.34 and PAGE_2016["SZ-ONSHORE"].p == 0.81
    assert all(r.b == 1.0 and r.c_days == 0.018 for r in PAGE_2016.values())
    assert generic_params("rj1989") is RJ1989_CALIFORNIA
    assert generic_params("sz-generic") is PAGE_2016["SZ-GENERIC"]
    with pytest.raises(ValueError):
        generic_params("MARS")


def test_sequence_a_recovered() -> None:
    # Simulate R&J-generic aftershocks ≥ Mc 3.0 after an M7 over 30 d; the ML a has
    # σ_a = 1/(ln10·sqrt(N)); require 4σ.
    p = RJ1989_CALIFORNIA
    K = 10 ** (p.a + p.b * (7.0 - 3.0))
    t = sample_omori_times(K, p.c_days, p.p, 0.0, 30.0, np.random.default_rng(21))
    fit = fit_rj_a(t, 7.0, 3.0, p.b, p.p, p.c_days, 0.0, 30.0)
    assert fit.n == t.size
    assert abs(fit.a - p.a) < 4 * fit.a_std
    with pytest.warns(UserWarning):
        empty = fit_rj_a([], 7.0, 3.0, p.b, p.p, p.c_days, 0.0, 30.0)
    assert math.isnan(empty.a)


def test_bad_start() -> None:
    with pytest.raises(ValueError):
        rj_forecast(RJ1989_CALIFORNIA, 7.0, -1.0)


@pytest.mark.skipif(not (SHARED / "data/reference/opensha_oaf").is_dir(), reason="../shared reference absent")
def test_page_table_matches_shared_csv() -> None:
    import csv

    with open(SHARED / "data/reference/opensha_oaf/PageEtAlGenericParams_032116.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            r = PAGE_2016[row["regionName"].strip()]
            assert (r.a, r.p, r.b, r.c_days) == (float(row["aValue_Mean"]), float(row["pValue_MaxLike"]),
                                                 float(row["bValue"]), float(row["cValue"]))
