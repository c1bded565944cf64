"""Magnitude binning: integer arithmetic, exact for decimal input."""

from __future__ import annotations

import numpy as np
import pytest

from tracker.seismo import bin_magnitudes, magnitude_bins
from tracker.seismo.binning import magnitude_to_bin


@pytest.mark.parametrize(
    ("m", "dm", "expected"),
    [
        (2.15, 0.1, 2.2),  # 2.15/0.1 = 21.499999999999996 in floating point
        (2.25, 0.1, 2.3),
        (2.05, 0.1, 2.1),
        (4.35, 0.1, 4.4),
        (2.14999, 0.1, 2.1),
        (-2.15, 0.1, -2.2),  # ties away from zero, symmetric for negative magnitudes
        (-0.05, 0.1, -0.1),
        (-0.04, 0.1, 0.0),
        (-1.26, 0.1, -1.3),
        (1.005, 0.01, 1.01),  # 1.005 is 1.00499999999999989… as a double
        (2.675, 0.01, 2.68),
        (0.125, 0.01, 0.13),
        (0.3, 0.2, 0.4),
        (0.29, 0.2, 0.2),
        (3.375, 0.05, 3.4),
        (7.0, 0.5, 7.0),
    ],
)
def test_bin_exact(m: float, dm: float, expected: float) -> None:
    assert bin_magnitudes([m], dm)[0] == expected


def test_bins_are_integers_and_values_print_clean() -> None:
    k = magnitude_bins([2.15, 2.2, 2.25], 0.1)
    assert k.dtype == np.int64 and k.tolist() == [22, 22, 23]
    assert repr(float(bin_magnitudes([0.7], 0.1)[0])) == "0.7"


def test_all_decimals_at_one_more_digit_round_half_up() -> None:
    # Every x.yz at 0.1: the tie .x5 always goes up (away from zero), like decimal.ROUND_HALF_UP.
    from decimal import ROUND_HALF_UP, Decimal

    vals = [i / 100 for i in range(-999, 1000)]
    ours = bin_magnitudes(vals, 0.1)
    ref = [float(Decimal(str(v)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)) for v in vals]
    assert ours.tolist() == ref


@pytest.mark.parametrize("dm", [0.0, -0.1, float("nan"), 1e-7])
def test_bad_delta_m(dm: float) -> None:
    with pytest.raises(ValueError):
        bin_magnitudes([1.0], dm)


def test_nan_magnitude_raises() -> None:
    with pytest.raises(ValueError):
        magnitude_bins([1.0, float("nan")], 0.1)


def test_threshold_must_be_on_grid() -> None:
    assert magnitude_to_bin(3.5, 0.1) == 35
    with pytest.raises(ValueError):
        magnitude_to_bin(3.55, 0.1)
