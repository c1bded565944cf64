"""Gardner–Knopoff (1974) space–time windows for selecting an aftershock sequence.

Gardner & Knopoff (1974), BSSA 64(5):1363–1367, tabulated the distance and time within which
events after a mainshock of magnitude M are taken as its aftershocks. The usual fit to that
table (van Stiphout, Zhuang & Marsan 2012, CORSSA "Seismicity declustering", eq. 4):
    distance  L(M) = 10^(0.1238·M + 0.983)                         [km]
    time      T(M) = 10^(0.032·M + 2.7389)  if M ≥ 6.5
                     10^(0.5409·M − 0.547)  otherwise               [days]
"""

from __future__ import annotations

import math


def gardner_knopoff_window(magnitude: float) -> tuple[float, float]:
    """(distance_km, time_days) of the Gardner–Knopoff (1974) aftershock window for magnitude M.

    >>> d, t = gardner_knopoff_window(7.0)
    >>> round(d, 1), round(t)
    (70.7, 918)
    """
    m = float(magnitude)
    if not math.isfinite(m):
        raise ValueError(f"magnitude must be a finite number, got {magnitude!r}")
    distance_km = 10.0 ** (0.1238 * m + 0.983)
    time_days = 10.0 ** (0.032 * m + 2.7389) if m >= 6.5 else 10.0 ** (0.5409 * m - 0.547)
    return distance_km, time_days
