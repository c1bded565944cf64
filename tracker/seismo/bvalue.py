"""Gutenberg–Richter b-value: Aki–Utsu maximum likelihood and b-positive.

log10 N(≥M) = a − b·M. For magnitudes binned at ``Δm`` and complete above ``Mc``:

- Aki (1965) / Utsu (1965), with the half-bin correction (the form opensha-oaf uses):
  b = log10(e) / (mean(M) − (Mc − Δm/2)).
- Tinti & Mulargia (1987), exact for binned data (SeismoStats' "classic" estimator):
  β = ln(1 + Δm / (mean(M) − Mc)) / Δm, b = β / ln 10.
- Uncertainty, Shi & Bolt (1982), BSSA 72(5):1677–1687:
  σ_b = ln(10) · b² · σ_M / sqrt(n − 1), σ_M the population standard deviation of M.
- b-positive, van der Elst (2021), JGR 126, e2020JB021027: the differences between
  consecutive magnitudes (in time order) that are ≥ dmc follow the same exponential law with
  the same b, whatever the (time-varying) completeness, so the estimators above apply with
  Mc := dmc. This keeps b honest in the incomplete hours after a mainshock.

Units: magnitudes in magnitude units; b dimensionless.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from tracker.errors import StatsError
from tracker.seismo.binning import bins_to_magnitudes, check_delta_m, magnitude_bins, magnitude_to_bin

LOG10_E = math.log10(math.e)
LN10 = math.log(10.0)
METHODS = ("utsu", "tinti-mulargia")


@dataclass(frozen=True, slots=True)
class BValue:
    """A b-value estimate and what it was computed from.

    ``mc`` is the completeness magnitude used (for b-positive: the minimum difference dmc);
    ``a`` the Gutenberg–Richter a-value of the same sample, log10 n + b·Mc, so that
    N(≥M) = 10^(a − b·M) is the fitted line of a frequency–magnitude plot.
    """

    b: float
    b_std: float
    n: int
    mc: float
    delta_m: float
    method: str
    a: float


def _check_method(method: str) -> None:
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")


def _b_from_mean(excess: NDArray[np.float64] | float, delta_m: float, method: str) -> NDArray[np.float64]:
    """b from mean(M) − Mc (``excess``, magnitude units) for either estimator; nan where undefined."""
    x = np.asarray(excess, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        b = LOG10_E / (x + delta_m / 2.0) if method == "utsu" else np.log1p(delta_m / x) / delta_m / LN10
    return np.where(np.isfinite(b) & (b > 0), b, np.nan)


def _shi_bolt(b: NDArray[np.float64] | float, std_pop: NDArray[np.float64] | float,
              n: NDArray[np.int64] | int) -> NDArray[np.float64]:
    """σ_b = ln10 · b² · σ_M / sqrt(n − 1) (Shi & Bolt 1982); nan for n < 2."""
    n_arr = np.asarray(n, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        s = LN10 * np.asarray(b) ** 2 * np.asarray(std_pop) / np.sqrt(n_arr - 1.0)
    return np.where(n_arr >= 2, s, np.nan)


def b_value(magnitudes: ArrayLike, mc: float, delta_m: float = 0.1, method: str = "utsu") -> BValue:
    """Maximum-likelihood b-value of the magnitudes at or above ``mc``.

    Magnitudes are binned to ``delta_m`` first (exactly, see :mod:`tracker.seismo.binning`);
    ``mc`` must lie on that grid. ``method="utsu"`` is b = log10(e) / (mean(M) − (Mc − Δm/2))
    (Aki 1965, Utsu 1965); ``"tinti-mulargia"`` is β = ln(1 + Δm/(mean(M) − Mc))/Δm (Tinti &
    Mulargia 1987). σ_b from Shi & Bolt (1982). StatsError when fewer than 2 events are ≥ Mc.
    """
    _check_method(method)
    check_delta_m(delta_m)
    k = magnitude_bins(magnitudes, delta_m)
    mc_k = magnitude_to_bin(mc, delta_m, name="mc")
    sel = k[k >= mc_k]
    n = int(sel.size)
    if n < 2:
        raise StatsError(f"b-value needs at least 2 events at or above Mc {mc}, got {n}")
    # Work in bin units relative to Mc: exact integers, so a million events cost one pass.
    rel = (sel - mc_k).astype(np.float64)
    mean_rel = float(rel.mean())
    std_pop = float(rel.std()) * delta_m
    b = float(_b_from_mean(mean_rel * delta_m, delta_m, method))
    if not math.isfinite(b):
        raise StatsError(f"b-value undefined: all {n} magnitudes equal Mc {mc}")
    b_std = float(_shi_bolt(b, std_pop, n))
    mc_v = float(bins_to_magnitudes([mc_k], delta_m)[0])
    return BValue(b=b, b_std=b_std, n=n, mc=mc_v, delta_m=float(delta_m), method=method,
                  a=math.log10(n) + b * mc_v)


def default_dmc(delta_m: float) -> float:
    """The b-positive minimum difference used when none is given: the smallest multiple of Δm ≥ 0.2.

    0.2 is what opensha-oaf typically uses; a larger dmc is more robust to short-term
    incompleteness (van der Elst 2021) at the cost of fewer differences.
    """
    check_delta_m(delta_m)
    steps = max(1, math.ceil(round(0.2 / delta_m, 9)))
    return float(bins_to_magnitudes([steps], delta_m)[0])


def b_positive(magnitudes: ArrayLike, delta_m: float = 0.1, dmc: float | None = None,
               times: ArrayLike | None = None, method: str = "utsu") -> BValue:
    """b-positive (van der Elst 2021): b from the positive magnitude differences ≥ ``dmc``.

    d_i = M_i − M_{i−1} for events in time order (sorted by ``times`` when given, else taken in
    the order given); keep d ≥ dmc; then b = log10(e) / (mean(d) − (dmc − Δm/2)) (or the
    Tinti–Mulargia form) with σ_b from Shi & Bolt (1982) on the differences. ``dmc`` defaults
    to :func:`default_dmc`. The record's ``mc`` is dmc and ``n`` the number of differences used.
    """
    _check_method(method)
    check_delta_m(delta_m)
    dmc_v = default_dmc(delta_m) if dmc is None else float(dmc)
    dmc_k = magnitude_to_bin(dmc_v, delta_m, name="dmc")
    if dmc_k < 1:
        raise ValueError(f"dmc must be at least delta_m, got {dmc_v}")
    k = magnitude_bins(magnitudes, delta_m)
    if times is not None:
        t = np.asarray(times)
        if t.shape != k.shape:
            raise ValueError("times and magnitudes differ in length")
        k = k[np.argsort(t, kind="stable")]
    d = np.diff(k)
    d = d[d >= dmc_k]
    n = int(d.size)
    if n < 2:
        raise StatsError(f"b-positive needs at least 2 magnitude differences ≥ {dmc_v}, got {n}")
    rel = (d - dmc_k).astype(np.float64)
    b = float(_b_from_mean(float(rel.mean()) * delta_m, delta_m, method))
    if not math.isfinite(b):
        raise StatsError(f"b-positive undefined: all {n} differences equal dmc {dmc_v}")
    b_std = float(_shi_bolt(b, float(rel.std()) * delta_m, n))
    return BValue(b=b, b_std=b_std, n=n, mc=dmc_v, delta_m=float(delta_m), method=f"b-positive/{method}",
                  a=math.log10(n) + b * dmc_v)


def b_value_curve(counts: NDArray[np.int64], delta_m: float, method: str = "utsu"
                  ) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.int64]]:
    """b, σ_b and n with each bin of a non-cumulative histogram taken as Mc (vectorised).

    ``counts[j]`` is the number of events in bin j (consecutive bins of width Δm). Returns
    arrays of the same length: the estimate using every event in bins ≥ j. Used by the Mc
    methods, which need b at every candidate Mc; O(number of bins), not O(events × candidates).
    """
    _check_method(method)
    c = np.asarray(counts, dtype=np.float64)
    j = np.arange(c.size, dtype=np.float64)
    n = np.cumsum(c[::-1])[::-1]
    s1 = np.cumsum((c * j)[::-1])[::-1]
    s2 = np.cumsum((c * j * j)[::-1])[::-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_j = s1 / n
        var_j = np.maximum(s2 / n - mean_j**2, 0.0)
    excess = (mean_j - j) * delta_m
    b = _b_from_mean(excess, delta_m, method)
    b_std = _shi_bolt(b, np.sqrt(var_j) * delta_m, n.astype(np.int64))
    return b, b_std, n.astype(np.int64)
