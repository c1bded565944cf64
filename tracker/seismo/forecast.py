"""Reasenberg–Jones aftershock forecasts: expected numbers, 95% ranges and probabilities.

Rate of aftershocks with magnitude ≥ M at t days after a mainshock of magnitude Mm
(Reasenberg & Jones 1989, Science 243:1173–1176; 1994, Science 265:1251–1252):
    λ(t, M) = 10^(a + b(Mm − M)) · (t + c)^(−p)     [events per day]
Expected number in [t1, t2]: N = 10^(a + b(Mm − M)) · ∫_{t1}^{t2} (t + c)^(−p) dt, and, the
count being Poisson, P(at least one) = 1 − exp(−N). The 95% range is the Poisson 2.5% and
97.5% quantiles of N with the parameters held at their point values, so it leaves out the
parameter uncertainty that opensha-oaf folds in; ``expected`` is the Poisson **mean**.

Generic parameters: Reasenberg & Jones (1989) California (a = −1.67, b = 0.91, p = 1.08,
c = 0.05 d) and Page et al. (2016, BSSA 106(5):2290–2301) by tectonic regime (b = 1,
c = 0.018 d, the mean a and p of the opensha-oaf table ``PageEtAlGenericParams_032116.csv``).
The sequence's own a-value is the closed-form maximum-likelihood one for fixed b, p, c:
    a = log10(N / A) − b(Mm − Mc),  σ_a ≈ 1 / (ln 10 · sqrt(N)),
A = ∫(t + c)^(−p) dt over the fitting window (opensha-oaf's ``getMaxLikelihood_k``).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike
from scipy import stats

from tracker.seismo.omori import omori_integral

FORECAST_MAGNITUDES: tuple[float, ...] = (3.0, 4.0, 5.0, 6.0, 7.0)
FORECAST_WINDOWS: tuple[tuple[str, float], ...] = (("day", 1.0), ("week", 7.0), ("month", 30.0), ("year", 365.0))


@dataclass(frozen=True, slots=True)
class RJParams:
    """Reasenberg–Jones parameters: a, b (dimensionless), p, c in days; ``a_sigma`` the spread
    of a where the source gives one (nan otherwise); ``name`` says where they come from."""

    a: float
    b: float
    p: float
    c_days: float
    name: str
    a_sigma: float = math.nan


RJ1989_CALIFORNIA = RJParams(a=-1.67, b=0.91, p=1.08, c_days=0.05,
                             name="Reasenberg & Jones (1989) generic California")

# Page et al. (2016) regimes: (mean a, p, σa) from opensha-oaf PageEtAlGenericParams_032116.csv
# (commit f9edf35); b = 1 and c = 0.018 d for all. OAF forecasts with the mean a.
_PAGE_2016: dict[str, tuple[float, float, float]] = {
    "ANSR-ABSLDEC": (-2.29, 1.01, 0.63),
    "ANSR-ABSLOCB": (-2.82, 0.64, 0.80),
    "ANSR-ABSLSHC": (-2.85, 1.06, 0.75),
    "ANSR-DEEPCON": (-2.13, 0.98, 0.52),
    "ANSR-HOTSPOT": (-3.00, 1.12, 0.68),
    "ANSR-OCEANBD": (-3.19, 1.08, 0.60),
    "ANSR-SHALCON": (-2.42, 0.98, 0.63),
    "SCR-GENERIC": (-2.85, 0.73, 0.78),
    "SOR-GENERIC": (-3.04, 0.97, 0.67),
    "SZ-GENERIC": (-2.47, 0.88, 0.63),
    "SZ-INLBACK": (-2.43, 0.86, 0.66),
    "SZ-ONSHORE": (-2.34, 0.81, 0.60),
    "SZ-OUTERTR": (-2.42, 0.92, 0.64),
}
PAGE_2016: dict[str, RJParams] = {
    k: RJParams(a=a, b=1.0, p=p, c_days=0.018, name=f"Page et al. (2016) {k}", a_sigma=s)
    for k, (a, p, s) in _PAGE_2016.items()
}
PAGE_2016["SCR-ABVSLAB"] = PAGE_2016["SCR-GENERIC"]
PAGE_2016["SOR-ABVSLAB"] = PAGE_2016["SOR-GENERIC"]


def generic_params(regime: str = "RJ1989") -> RJParams:
    """Generic parameters by name: ``"RJ1989"`` (California, 1989) or a Page et al. (2016)
    regime such as ``"SZ-GENERIC"`` or ``"ANSR-SHALCON"`` (case-insensitive)."""
    key = regime.strip().upper()
    if key in ("RJ1989", "RJ89", "CALIFORNIA"):
        return RJ1989_CALIFORNIA
    if key in PAGE_2016:
        return PAGE_2016[key]
    raise ValueError(f"unknown generic regime {regime!r}; known: RJ1989, {', '.join(sorted(PAGE_2016))}")


def rj_rate(params: RJParams, mainshock_mag: float, magnitude: float, t_days: ArrayLike) -> np.ndarray:
    """λ(t, M) = 10^(a + b(Mm − M)) (t + c)^(−p), events of magnitude ≥ M per day at t days."""
    t = np.asarray(t_days, dtype=float)
    return 10.0 ** (params.a + params.b * (mainshock_mag - magnitude)) * (t + params.c_days) ** (-params.p)


def rj_expected(params: RJParams, mainshock_mag: float, magnitude: float, t1: float, t2: float) -> float:
    """Expected number of events ≥ ``magnitude`` between t1 and t2 days after the mainshock."""
    if t1 < 0:
        raise ValueError("forecast times must be ≥ 0 days after the mainshock")
    k = 10.0 ** (params.a + params.b * (mainshock_mag - magnitude))
    return k * omori_integral(t1, t2, params.c_days, params.p)


@dataclass(frozen=True, slots=True)
class RJFit:
    """The sequence's own a-value for fixed b, p, c: ``a`` ± ``a_std`` from ``n`` events ≥ ``mc``
    in [``t_start_days``, ``t_end_days``]."""

    a: float
    a_std: float
    n: int
    mc: float
    t_start_days: float
    t_end_days: float


def fit_rj_a(times_days: ArrayLike, mainshock_mag: float, mc: float, b: float, p: float, c_days: float,
             t_start: float = 0.0, t_end: float | None = None) -> RJFit:
    """Maximum-likelihood a for events ≥ Mc at ``times_days`` (days after the mainshock), with
    b, p, c fixed: a = log10(N/A) − b(Mm − Mc). Warns and gives nan a when no event is in the
    window (the likelihood then has no maximum)."""
    t = np.asarray(times_days, dtype=float)
    t = t[np.isfinite(t)]
    T = float(t.max()) if t_end is None and t.size else float(t_end if t_end is not None else t_start)
    n = int(np.count_nonzero((t >= t_start) & (t <= T)))
    if n == 0 or t_start >= T:
        warnings.warn("sequence a-value: no aftershocks at or above Mc in the window", stacklevel=2)
        return RJFit(math.nan, math.nan, n, mc, t_start, T)
    A = omori_integral(t_start, T, c_days, p)
    a = math.log10(n / A) - b * (mainshock_mag - mc)
    return RJFit(a=a, a_std=1.0 / (math.log(10.0) * math.sqrt(n)), n=n, mc=mc, t_start_days=t_start, t_end_days=T)


@dataclass(frozen=True, slots=True)
class ForecastBin:
    """Events ≥ ``magnitude`` in one window: Poisson mean ``expected``, ``median``, 95% range
    [``p95_low``, ``p95_high``] (Poisson quantiles) and P(at least one) = 1 − exp(−expected)."""

    magnitude: float
    expected: float
    median: int
    p95_low: int
    p95_high: int
    probability: float


@dataclass(frozen=True, slots=True)
class ForecastWindow:
    """One forecast window (``label`` day/week/month/year) from start to end, days after the mainshock."""

    label: str
    start_days: float
    end_days: float
    bins: tuple[ForecastBin, ...]


@dataclass(frozen=True, slots=True)
class Forecast:
    """A Reasenberg–Jones forecast. ``central`` says what ``expected`` is (the Poisson mean)."""

    params: RJParams
    mainshock_magnitude: float
    start_days: float
    windows: tuple[ForecastWindow, ...]
    central: str = "mean"
    range_note: str = "95% range: Poisson quantiles at the point parameters; parameter uncertainty not included"


def forecast_bin(expected: float, magnitude: float) -> ForecastBin:
    """Poisson summary of an expected count: median, 2.5–97.5% quantiles and P(N ≥ 1)."""
    if not math.isfinite(expected) or expected < 0:
        return ForecastBin(magnitude, math.nan, 0, 0, 0, math.nan)
    if expected == 0:
        return ForecastBin(magnitude, 0.0, 0, 0, 0, 0.0)
    lo, med, hi = stats.poisson.ppf([0.025, 0.5, 0.975], expected)
    return ForecastBin(magnitude=float(magnitude), expected=float(expected), median=int(med),
                       p95_low=int(lo), p95_high=int(hi), probability=float(-math.expm1(-expected)))


def rj_forecast(params: RJParams, mainshock_mag: float, start_days: float,
                magnitudes: Sequence[float] = FORECAST_MAGNITUDES,
                windows: Sequence[tuple[str, float]] = FORECAST_WINDOWS) -> Forecast:
    """Expected numbers, 95% ranges and probabilities of events ≥ each magnitude in each window
    [start, start + length] (days after the mainshock), from the Reasenberg–Jones rate."""
    if not math.isfinite(start_days) or start_days < 0:
        raise ValueError(f"forecast start must be ≥ 0 days after the mainshock, got {start_days!r}")
    out = []
    for label, length in windows:
        if length <= 0:
            raise ValueError(f"window {label!r} must have a positive length")
        end = start_days + length
        bins = tuple(forecast_bin(rj_expected(params, mainshock_mag, m, start_days, end), m) for m in magnitudes)
        out.append(ForecastWindow(label=label, start_days=start_days, end_days=end, bins=bins))
    return Forecast(params=params, mainshock_magnitude=float(mainshock_mag), start_days=float(start_days),
                    windows=tuple(out))


def format_probability(p: float | None, missing: str = "–") -> str:
    """A probability (0–1) as a whole percent, clamped to ``"< 1%"`` and ``"> 99%"`` (no false
    certainty); ``missing`` where there is none.

    >>> format_probability(0.004), format_probability(0.234), format_probability(0.9996)
    ('< 1%', '23%', '> 99%')
    """
    if p is None or not isinstance(p, int | float) or not math.isfinite(p):
        return missing
    if p < 0.01:
        return "< 1%"
    if p > 0.99:
        return "> 99%"
    return f"{round(p * 100):d}%"
