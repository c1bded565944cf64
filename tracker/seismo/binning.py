"""Magnitude binning on an integer grid, exact for decimal input.

A magnitude ``m`` binned at width ``Δm`` becomes the integer bin index ``k = round(m / Δm)``
and the binned value ``k·Δm``. Doing the division in floating point gets ties wrong
(2.15 / 0.1 = 21.499999999999996, so 2.15 would fall to 2.1). Here both the magnitude and
``Δm`` are first scaled to integers in units of 10^-(d+6), where d is the number of decimals
of ``Δm``; magnitudes given to at most d+6 decimals are therefore represented exactly and the
half-way case is decided in integer arithmetic: 2.15 at 0.1 is 2.2, −2.15 is −2.2 (ties go
away from zero, as ``decimal.ROUND_HALF_UP`` and SeismoStats' ``bin_to_precision`` do).

Units: magnitudes and ``Δm`` in magnitude units.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import numpy as np
from numpy.typing import ArrayLike, NDArray

# Extra decimal places kept below Δm before deciding the tie: magnitudes are never given to
# more than a few decimals, and 10^(d+6)·10 still fits a float64 mantissa exactly.
_GUARD_DIGITS = 6


def _delta_decimal(delta_m: float) -> tuple[int, int]:
    """``Δm`` as (q, d) with Δm = q·10^-d exactly; ValueError unless 0 < Δm with ≤ 6 decimals."""
    if not np.isfinite(delta_m) or delta_m <= 0:
        raise ValueError(f"delta_m must be a positive number, got {delta_m!r}")
    try:
        dec = Decimal(repr(float(delta_m))).normalize()
    except InvalidOperation:  # pragma: no cover - repr of a finite float always parses
        raise ValueError(f"delta_m {delta_m!r} is not a decimal number") from None
    exp = dec.as_tuple().exponent
    assert isinstance(exp, int)
    d = max(0, -exp)
    if d > 6:
        raise ValueError(f"delta_m {delta_m!r} has more than 6 decimals; give it as e.g. 0.1, 0.05, 0.01")
    return int(dec.scaleb(d)), d


def magnitude_bins(magnitudes: ArrayLike, delta_m: float) -> NDArray[np.int64]:
    """Integer bin index ``k = round_half_away(m / Δm)`` of each magnitude.

    Exact for decimal input (see the module docstring). NaN magnitudes raise ValueError, so
    callers drop unknown magnitudes first and know they did.

    >>> magnitude_bins([2.15, -2.15, 2.14], 0.1).tolist()
    [22, -22, 21]
    """
    q, d = _delta_decimal(delta_m)
    m = np.asarray(magnitudes, dtype=float)
    if m.size and not np.all(np.isfinite(m)):
        raise ValueError("magnitudes contain NaN or infinity")
    scale = 10.0 ** (d + _GUARD_DIGITS)
    # Magnitudes as exact integers in units of 10^-(d+6); np.rint absorbs the float error of
    # the decimal input (2.15·1e7 = 21500000.000000004).
    units = np.rint(m * scale).astype(np.int64)
    width = q * 10**_GUARD_DIGITS  # even, so the half-way point is an integer
    # Round |m| half up, then restore the sign: ties go away from zero symmetrically.
    k = (np.abs(units) + width // 2) // width
    return np.where(units < 0, -k, k).astype(np.int64)


def bins_to_magnitudes(bins: ArrayLike, delta_m: float) -> NDArray[np.float64]:
    """Bin indices back to magnitudes ``k·Δm``, rounded to the decimals of ``Δm`` (2.2, not 2.2000000000000002)."""
    q, d = _delta_decimal(delta_m)
    k = np.asarray(bins, dtype=np.int64)
    return np.round(k * q / 10.0**d, d)


def bin_magnitudes(magnitudes: ArrayLike, delta_m: float) -> NDArray[np.float64]:
    """Magnitudes rounded to the nearest multiple of ``Δm``, ties away from zero, exact for decimals.

    >>> bin_magnitudes([2.15, -0.05, 3.449], 0.1).tolist()
    [2.2, -0.1, 3.4]
    """
    return bins_to_magnitudes(magnitude_bins(magnitudes, delta_m), delta_m)


def check_delta_m(delta_m: float) -> float:
    """``Δm`` validated (ValueError on zero, negative, NaN or more than 6 decimals) as a float."""
    _delta_decimal(delta_m)
    return float(delta_m)


def magnitude_to_bin(magnitude: float, delta_m: float, *, name: str = "magnitude") -> int:
    """The bin index of one magnitude that must already lie on the ``Δm`` grid (an Mc, say).

    ValueError if it is more than 1e-6 off the grid: silently moving a threshold the caller
    chose would change which events are counted.
    """
    if not np.isfinite(magnitude):
        raise ValueError(f"{name} must be a finite number, got {magnitude!r}")
    k = int(magnitude_bins([magnitude], delta_m)[0])
    if abs(float(bins_to_magnitudes([k], delta_m)[0]) - magnitude) > 1e-6:
        raise ValueError(f"{name} {magnitude!r} is not a multiple of delta_m {delta_m!r}")
    return k

