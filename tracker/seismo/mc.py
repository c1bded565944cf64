"""Magnitude of completeness Mc: maximum curvature, goodness of fit, b-value stability.

All three work on the non-cumulative frequency–magnitude distribution (FMD) in bins of width
``Δm``, computed once with ``np.bincount`` on integer bins, so a million magnitudes cost one
pass. Each returns an :class:`McResult` carrying the FMD and the per-candidate diagnostics a
plot needs.

- Maximum curvature (MAXC; Wiemer & Wyss 2000, BSSA 90(4):859–869): Mc = the centre of the
  fullest FMD bin (the lowest one on ties, as SeismoStats; ZMAP takes the highest), plus an
  optional correction, usually +0.2 (Woessner & Wiemer 2005, BSSA 95(2):684–698), because
  MAXC underestimates Mc for gradually curved FMDs.
- Goodness of fit (GFT; Wiemer & Wyss 2000): for each candidate Mc with enough events, fit b
  (Aki–Utsu) and compare the observed cumulative counts N(≥M), M ≥ Mc, with the synthetic
  10^(a − bM): R = 100 · Σ|N_obs − N_syn| / Σ N_obs (per cent). Mc = the first candidate with
  R < 100 − level, for level 90 or 95 (ZMAP ``calc_McBest``: candidates MAXC − 0.9 … MAXC + 1.5).
- b-value stability (MBS; Cao & Gao 2002, GRL 29(9); Woessner & Wiemer 2005): for each
  candidate Mc, b_avg = (1/s) Σ_{i<s} b(Mc + iΔm) over s = stability_range/Δm steps (0.5 →
  5 × 0.1); Mc = the first candidate where |b_avg − b(Mc)| / σ_b(Mc) ≤ 1, σ_b Shi & Bolt (1982).
  This follows SeismoStats' ``estimate_mc_b_stability``.

Units: magnitudes and Mc in magnitude units; residuals R in per cent.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from tracker.errors import StatsError
from tracker.seismo.binning import bins_to_magnitudes, check_delta_m, magnitude_bins
from tracker.seismo.bvalue import b_value_curve

_EMPTY = np.array([], dtype=float)


@dataclass(frozen=True, eq=False)
class McResult:
    """An Mc estimate with its diagnostics.

    ``mc`` is nan when no candidate passes (a warning says so). ``fmd_magnitudes`` /
    ``fmd_counts`` are the non-cumulative FMD (bin centres, counts). ``candidates`` are the
    Mc values tested, with ``b_values``/``b_std``/``n_above`` at each and ``score`` the
    criterion: counts per bin for MAXC, residual R (%) for GFT, |b_avg − b|/σ_b for MBS;
    ``threshold`` the pass mark (nan for MAXC).
    """

    mc: float
    method: str
    delta_m: float
    correction: float
    fmd_magnitudes: NDArray[np.float64]
    fmd_counts: NDArray[np.int64]
    candidates: NDArray[np.float64]
    b_values: NDArray[np.float64]
    b_std: NDArray[np.float64]
    n_above: NDArray[np.int64]
    score: NDArray[np.float64]
    threshold: float


def _fmd(magnitudes: ArrayLike, delta_m: float) -> tuple[NDArray[np.int64], int]:
    """Non-cumulative counts per bin from the lowest occupied bin up, and that bin's index."""
    check_delta_m(delta_m)
    k = magnitude_bins(magnitudes, delta_m)
    if k.size == 0:
        raise StatsError("no magnitudes to estimate Mc from")
    k0 = int(k.min())
    return np.bincount(k - k0).astype(np.int64), k0


def _maxc_bin(counts: NDArray[np.int64]) -> int:
    # The lowest of tied fullest bins, as SeismoStats (np.argmax) does; ZMAP takes the highest.
    return int(np.argmax(counts))


def mc_maxc(magnitudes: ArrayLike, delta_m: float = 0.1, correction: float = 0.0) -> McResult:
    """Maximum curvature: Mc = centre of the fullest FMD bin + ``correction`` (Wiemer & Wyss 2000).

    Pass ``correction=0.2`` for the usual correction of Woessner & Wiemer (2005).
    """
    counts, k0 = _fmd(magnitudes, delta_m)
    j = _maxc_bin(counts)
    mags = bins_to_magnitudes(np.arange(counts.size) + k0, delta_m)
    decimals = max(0, -math.floor(math.log10(delta_m)) + 1)
    mc = round(float(mags[j]) + correction, decimals)
    n_above = np.cumsum(counts[::-1])[::-1]
    method = "maxc" if correction == 0 else f"maxc{correction:+g}"
    return McResult(mc=mc, method=method, delta_m=float(delta_m), correction=float(correction),
                    fmd_magnitudes=mags, fmd_counts=counts, candidates=mags,
                    b_values=np.full(counts.size, np.nan), b_std=np.full(counts.size, np.nan),
                    n_above=n_above, score=counts.astype(float), threshold=math.nan)


def mc_gft(magnitudes: ArrayLike, delta_m: float = 0.1, level: float = 90.0,
           min_events: int = 25) -> McResult:
    """Goodness of fit (Wiemer & Wyss 2000): the first Mc whose Gutenberg–Richter fit explains
    ``level`` per cent of the observed cumulative FMD (R < 100 − level).

    Candidates run from MAXC − 0.9 to MAXC + 1.5 (ZMAP), each needing ``min_events`` events at
    or above it and more than one occupied bin. b per candidate by Aki–Utsu; N_syn(M) = n·10^(−b(M − Mc)) for the bins from Mc
    to the largest. Warns and returns nan when no candidate reaches the level.
    """
    if not 0 < level < 100:
        raise ValueError(f"level must be a percentage between 0 and 100, got {level!r}")
    counts, k0 = _fmd(magnitudes, delta_m)
    nb = counts.size
    jmax_c = _maxc_bin(counts)
    lo = max(0, jmax_c - round(0.9 / delta_m))
    hi = min(nb - 1, jmax_c + round(1.5 / delta_m))
    cand = np.arange(lo, hi + 1)
    b_all, s_all, n_all = b_value_curve(counts, delta_m, "utsu")
    b, s, n = b_all[cand], s_all[cand], n_all[cand]
    # Observed and synthetic cumulative counts on a (candidates × bins) grid, masked below Mc.
    j = np.arange(nb)
    above = j[None, :] >= cand[:, None]
    n_obs = np.where(above, n_all[None, :], 0).astype(float)
    with np.errstate(over="ignore", invalid="ignore"):
        n_syn = n[:, None] * 10.0 ** (-b[:, None] * (j[None, :] - cand[:, None]) * delta_m)
    n_syn = np.where(above, n_syn, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        resid = 100.0 * np.abs(n_obs - n_syn).sum(axis=1) / n_obs.sum(axis=1)
    # A candidate whose events all sit in one bin fits any b perfectly (R = 0): not a test.
    spread = n > counts[cand]
    resid = np.where((n >= min_events) & spread & np.isfinite(b), resid, np.nan)
    threshold = 100.0 - level
    ok = np.flatnonzero(resid < threshold)
    mags = bins_to_magnitudes(cand + k0, delta_m)
    if ok.size:
        mc = float(mags[ok[0]])
    else:
        warnings.warn(f"goodness-of-fit Mc: no candidate reaches the {level:g}% level", stacklevel=2)
        mc = math.nan
    return McResult(mc=mc, method=f"gft{level:g}", delta_m=float(delta_m), correction=0.0,
                    fmd_magnitudes=bins_to_magnitudes(np.arange(nb) + k0, delta_m), fmd_counts=counts,
                    candidates=mags, b_values=b, b_std=s, n_above=n, score=resid, threshold=threshold)


def mc_mbs(magnitudes: ArrayLike, delta_m: float = 0.1, stability_range: float = 0.5,
           mcs: ArrayLike | None = None, min_events: int = 30, method: str = "utsu") -> McResult:
    """b-value stability (Cao & Gao 2002; Woessner & Wiemer 2005): the first Mc at which
    |b_avg − b(Mc)| ≤ σ_b(Mc), b_avg the mean b over Mc … Mc + stability_range − Δm.

    ``mcs`` restricts the candidates (default: every bin from the smallest magnitude up to
    the largest minus the stability range). Candidates with fewer than ``min_events`` events
    at or above them are not tested (score nan): with few events σ_b is so large that any
    candidate would pass. ``method`` picks the b estimator ("utsu" or "tinti-mulargia",
    SeismoStats' default). Warns and returns nan when none passes.
    """
    counts, k0 = _fmd(magnitudes, delta_m)
    nb = counts.size
    steps = max(1, math.ceil(round(stability_range / delta_m, 9)))
    b_all, s_all, n_all = b_value_curve(counts, delta_m, method)
    if mcs is None:
        cand = np.arange(0, max(1, nb - steps + 1))
    else:
        cand = magnitude_bins(mcs, delta_m) - k0
        cand = cand[(cand >= 0) & (cand < nb)]
    # b at Mc + iΔm for i < steps; bins past the largest magnitude add nothing but still count
    # in the divisor, as in SeismoStats.
    idx = cand[:, None] + np.arange(steps)[None, :]
    b_ext = np.where(idx < nb, b_all[np.minimum(idx, nb - 1)], np.nan)
    b_avg = np.nansum(b_ext, axis=1) / steps
    b, s, n = b_all[cand], s_all[cand], n_all[cand]
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.abs(b_avg - b) / s
    score = np.where(n >= min_events, score, np.nan)
    ok = np.flatnonzero(score <= 1.0)
    mags = bins_to_magnitudes(cand + k0, delta_m) if cand.size else _EMPTY
    if ok.size:
        mc = float(mags[ok[0]])
    else:
        warnings.warn("b-stability Mc: no candidate passes the stability test", stacklevel=2)
        mc = math.nan
    return McResult(mc=mc, method="mbs", delta_m=float(delta_m), correction=0.0,
                    fmd_magnitudes=bins_to_magnitudes(np.arange(nb) + k0, delta_m), fmd_counts=counts,
                    candidates=mags, b_values=b, b_std=s, n_above=n, score=score, threshold=1.0)


__all__ = ["McResult", "mc_gft", "mc_maxc", "mc_mbs"]
