"""Båth's law: the largest aftershock is typically about 1.2 magnitude units below the mainshock.

Båth (1965), Tectonophysics 2(6):483–514. Reported here as the observation the law is about:
ΔM = Mm − max(M_aftershock), with no fitting (Richter 1958 and Båth give ΔM ≈ 1.2).
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

#: Båth's law: the largest aftershock is on average this many magnitude units below the mainshock
#: (Båth 1965; Richter 1958).
BATH_DELTA = 1.2


@dataclass(frozen=True, slots=True)
class Bath:
    """The largest aftershock magnitude, its position in the input (``index``, −1 if none),
    and ΔM = mainshock − largest aftershock (magnitude units)."""

    mainshock_magnitude: float
    largest_aftershock: float
    delta: float
    index: int


def bath(mainshock_magnitude: float, aftershock_magnitudes: ArrayLike) -> Bath:
    """ΔM = Mm − max(aftershock magnitudes) (Båth 1965). Warns and gives nan with no aftershocks."""
    m = np.asarray(aftershock_magnitudes, dtype=float)
    ok = np.flatnonzero(np.isfinite(m))
    if not math.isfinite(mainshock_magnitude):
        raise ValueError("mainshock magnitude must be a finite number")
    if ok.size == 0:
        warnings.warn("Båth's law: no aftershock with a magnitude", stacklevel=2)
        return Bath(float(mainshock_magnitude), math.nan, math.nan, -1)
    i = int(ok[np.argmax(m[ok])])
    largest = float(m[i])
    return Bath(float(mainshock_magnitude), largest, round(float(mainshock_magnitude) - largest, 6), i)
