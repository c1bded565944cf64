"""Omori–Utsu aftershock decay fitted by maximum likelihood (Ogata 1983).

Rate of aftershocks (at or above a fixed Mc) at time t days after the mainshock:
    n(t) = K · (t + c)^(−p)       [events per day; K in events·day^(p−1), c in days]
Log-likelihood of the times t_i in the window [S, T] (Ogata 1983, J. Phys. Earth 31:115–124,
eq. 6; the form opensha-oaf's ``getLogLikelihoodForOmoriParams`` codes):
    ln L = N ln K − p Σ ln(t_i + c) − K·A(c, p),   A = ∫_S^T (t + c)^(−p) dt
         = ((T + c)^(1−p) − (S + c)^(1−p)) / (1 − p)    (ln((T + c)/(S + c)) at p = 1).
For fixed (c, p) the best K is N/A, so the fit maximises the profile likelihood over (ln c, p)
with analytic gradients (one pass over the times per evaluation), then takes standard errors
from the inverse of the observed information (the Hessian of −ln L in K, c, p).

Also: the expected count K·A and a seeded sampler of Omori–Utsu times (inverse CDF).
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy import optimize

P_BOUNDS = (0.2, 3.0)
C_BOUNDS_DAYS = (1e-5, 10.0)
MIN_EVENTS = 10

# Gauss–Legendre nodes for ∫ u^k e^{(1−p)u} du (the p-derivatives of A): the integrand is smooth
# and entire, so 64 nodes are exact to rounding over any realistic window.
_GL_X, _GL_W = np.polynomial.legendre.leggauss(64)


@dataclass(frozen=True, slots=True)
class OmoriFit:
    """Maximum-likelihood Omori–Utsu parameters with standard errors.

    ``K`` events/day·day^p, ``c_days`` days, ``p`` dimensionless, for events in
    [``t_start_days``, ``t_end_days``] after the mainshock; ``n`` events used. Parameters held
    fixed have std 0; parameters the data cannot constrain are nan (a warning was issued and
    ``note`` says why).
    """

    K: float
    c_days: float
    p: float
    K_std: float
    c_std: float
    p_std: float
    n: int
    t_start_days: float
    t_end_days: float
    log_likelihood: float
    note: str = ""


def _pow_diff_div(x: float, y: float, q: float) -> float:
    """(x^q − y^q)/q for x, y > 0, continuous through q = 0 (ln(x/y)), without cancellation."""
    lx, ly = math.log(x), math.log(y)
    if abs(q) < 1e-12:
        return lx - ly
    return math.exp(q * ly) * math.expm1(q * (lx - ly)) / q


def omori_integral(t1: float, t2: float, c: float, p: float) -> float:
    """A = ∫_{t1}^{t2} (t + c)^(−p) dt in day^(1−p); the expected count of K/(t+c)^p is K·A."""
    if t2 < t1:
        raise ValueError("t2 must not precede t1")
    return _pow_diff_div(t2 + c, t1 + c, 1.0 - p)


def _integral_moments(S: float, T: float, c: float, p: float) -> tuple[float, float, float]:
    """A, ∫ ln(t+c)(t+c)^(−p) dt and ∫ ln²(t+c)(t+c)^(−p) dt over [S, T] (so A_p = −I1, A_pp = I2)."""
    u0, u1 = math.log(S + c), math.log(T + c)
    half = 0.5 * (u1 - u0)
    u = u0 + half * (_GL_X + 1.0)
    w = half * _GL_W * np.exp((1.0 - p) * u)
    return omori_integral(S, T, c, p), float(np.sum(w * u)), float(np.sum(w * u * u))


def omori_expected(K: float, c: float, p: float, t1: float, t2: float) -> float:
    """Expected number of events in [t1, t2] days: K·∫(t + c)^(−p) dt."""
    return K * omori_integral(t1, t2, c, p)


def sample_omori_times(K: float, c: float, p: float, t_start: float, t_end: float,
                       rng: np.random.Generator) -> NDArray[np.float64]:
    """Simulated Omori–Utsu event times (days, sorted) in [t_start, t_end]: a Poisson number
    N ~ Poisson(K·A), then each time by inverting the normalised cumulative rate
    (t + c)^q = (S + c)^q + q·u·A, q = 1 − p (t = (S + c)·e^{uA} − c at p = 1), u ~ U(0, 1).
    """
    A = omori_integral(t_start, t_end, c, p)
    n = rng.poisson(K * A)
    u = rng.random(n)
    q = 1.0 - p
    if abs(q) < 1e-12:
        t = (t_start + c) * np.exp(u * A) - c
    else:
        t = ((t_start + c) ** q + q * u * A) ** (1.0 / q) - c
    return np.sort(np.clip(t, t_start, t_end))


def _nan_fit(n: int, S: float, T: float, note: str) -> OmoriFit:
    warnings.warn(f"Omori–Utsu fit: {note}", stacklevel=3)
    nan = math.nan
    return OmoriFit(nan, nan, nan, nan, nan, nan, n, S, T, nan, note)


def fit_omori(times_days: ArrayLike, t_start: float = 0.0, t_end: float | None = None,
              c_days: float | None = None, p: float | None = None,
              min_events: int = MIN_EVENTS) -> OmoriFit:
    """Maximum-likelihood K, c, p (Ogata 1983) for event times in days after the mainshock.

    Only times in [``t_start``, ``t_end``] are used (``t_end`` defaults to the last time; pass
    the end of the observation window when you know it). Give ``c_days`` and/or ``p`` to hold
    them fixed (as opensha-oaf does with generic values). Bounds: p in [0.2, 3], c in
    [1e-5, 10] days. Warns and returns nan parameters when fewer than ``min_events`` events
    fall in the window, when the optimiser fails, or when p ends on a bound; a c on its bound
    keeps the estimates but has nan std.
    """
    t = np.asarray(times_days, dtype=float)
    t = t[np.isfinite(t)]
    if t_start < 0:
        raise ValueError("t_start must be ≥ 0 days (after the mainshock)")
    T = float(t.max()) if t_end is None and t.size else float(t_end if t_end is not None else t_start)
    if t_start >= T:
        return _nan_fit(0, t_start, T, "empty time window")
    t = t[(t >= t_start) & (t <= T)]
    n = int(t.size)
    S = float(t_start)
    if n < min_events:
        return _nan_fit(n, S, T, f"only {n} events in the window (need {min_events})")
    free_c, free_p = c_days is None, p is None

    def unpack(x: NDArray[np.float64]) -> tuple[float, float]:
        i = 0
        c = math.exp(x[i]) if free_c else float(c_days)  # type: ignore[arg-type]
        i += free_c
        pp = float(x[i]) if free_p else float(p)  # type: ignore[arg-type]
        return c, pp

    def negprof(x: NDArray[np.float64]) -> tuple[float, NDArray[np.float64]]:
        # Profile −ln L with K = N/A: N ln A − N ln N + N + p Σ ln(t_i + c).
        c, pp = unpack(x)
        tc = t + c
        s_log = float(np.sum(np.log(tc)))
        A, I1, _ = _integral_moments(S, T, c, pp)
        f = n * math.log(A) - n * math.log(n) + n + pp * s_log
        g = []
        if free_c:
            A_c = (T + c) ** (-pp) - (S + c) ** (-pp)
            g.append((n * A_c / A + pp * float(np.sum(1.0 / tc))) * c)  # d/d ln c
        if free_p:
            g.append(-n * I1 / A + s_log)
        return f, np.asarray(g)

    x0, bounds = [], []
    if free_c:
        # Start c from the best of a coarse grid: the profile in ln c can have a shallow
        # second basin at the upper bound when early events are missing.
        grid = np.log([1e-4, 1e-3, 1e-2, 0.05, 0.2, 1.0])
        p0 = 1.1 if free_p else float(p)  # type: ignore[arg-type]
        vals = [negprof(np.array([g] + ([p0] if free_p else [])))[0] for g in grid]
        x0.append(float(grid[int(np.argmin(vals))]))
        bounds.append((math.log(C_BOUNDS_DAYS[0]), math.log(C_BOUNDS_DAYS[1])))
    if free_p:
        x0.append(1.1)
        bounds.append(P_BOUNDS)
    if x0:
        res = optimize.minimize(negprof, np.asarray(x0), jac=True, method="L-BFGS-B", bounds=bounds)
        if not np.all(np.isfinite(res.x)) or not np.isfinite(res.fun):
            return _nan_fit(n, S, T, f"optimiser failed ({res.message})")
        x = res.x
    else:
        x = np.array([])
    c_hat, p_hat = unpack(x)
    A, I1, I2 = _integral_moments(S, T, c_hat, p_hat)
    K_hat = n / A
    note = ""
    if free_p and (p_hat <= P_BOUNDS[0] + 1e-6 or p_hat >= P_BOUNDS[1] - 1e-6):
        return _nan_fit(n, S, T, f"p ran to its bound {p_hat:.3g}; the data do not constrain the decay")
    c_on_bound = free_c and (c_hat <= C_BOUNDS_DAYS[0] * 1.0001 or c_hat >= C_BOUNDS_DAYS[1] * 0.9999)
    if c_on_bound:
        note = f"c ran to its bound {c_hat:.3g} d; its error is unknown"
        warnings.warn(f"Omori–Utsu fit: {note}", stacklevel=2)

    # Observed information: Hessian of −ln L(K, c, p) at the optimum, in natural units.
    tc = t + c_hat
    inv = 1.0 / tc
    A_c = (T + c_hat) ** (-p_hat) - (S + c_hat) ** (-p_hat)
    A_cc = -p_hat * ((T + c_hat) ** (-p_hat - 1) - (S + c_hat) ** (-p_hat - 1))
    A_cp = -(math.log(T + c_hat) * (T + c_hat) ** (-p_hat) - math.log(S + c_hat) * (S + c_hat) ** (-p_hat))
    H_full = np.array([
        [n / K_hat**2, A_c, -I1],
        [A_c, -p_hat * float(np.sum(inv**2)) + K_hat * A_cc, float(np.sum(inv)) + K_hat * A_cp],
        [-I1, float(np.sum(inv)) + K_hat * A_cp, K_hat * I2],
    ])
    keep = [0] + ([1] if free_c else []) + ([2] if free_p else [])
    H = H_full[np.ix_(keep, keep)]
    stds = {0: math.nan, 1: 0.0, 2: 0.0}
    try:
        cov = np.linalg.inv(H)
        diag = np.diag(cov)
        if np.all(diag > 0) and np.all(np.isfinite(diag)):
            for i, k in enumerate(keep):
                stds[k] = math.sqrt(diag[i])
        else:
            raise np.linalg.LinAlgError("information matrix not positive definite")
    except np.linalg.LinAlgError:
        note = (note + "; " if note else "") + "standard errors undefined (singular information)"
        warnings.warn(f"Omori–Utsu fit: {note}", stacklevel=2)
        stds = {0: math.nan, 1: math.nan if free_c else 0.0, 2: math.nan if free_p else 0.0}
    if c_on_bound:
        stds[1] = math.nan
    loglik = n * math.log(K_hat) - p_hat * float(np.sum(np.log(tc))) - K_hat * A
    return OmoriFit(K=K_hat, c_days=c_hat, p=p_hat, K_std=stds[0], c_std=stds[1], p_std=stds[2],
                    n=n, t_start_days=S, t_end_days=T, log_likelihood=loglik, note=note)
