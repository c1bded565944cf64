"""Statistical seismology for an aftershock sequence: binning, Mc, b-value, Omori–Utsu,
Reasenberg–Jones forecasts, Båth's law and Gardner–Knopoff windows.

One estimator per module; each returns a small frozen record and cites its formula and paper.
Input errors raise ValueError (``tracker.errors.StatsError`` when there are too few events);
statistical caveats warn and give nan.
"""

from tracker.seismo.bath import BATH_DELTA, Bath, bath
from tracker.seismo.binning import bin_magnitudes, bins_to_magnitudes, magnitude_bins
from tracker.seismo.bvalue import BValue, b_positive, b_value
from tracker.seismo.forecast import (
    PAGE_2016,
    RJ1989_CALIFORNIA,
    Forecast,
    ForecastBin,
    ForecastWindow,
    RJFit,
    RJParams,
    fit_rj_a,
    generic_params,
    rj_expected,
    rj_forecast,
    rj_rate,
)
from tracker.seismo.mc import McResult, mc_gft, mc_maxc, mc_mbs
from tracker.seismo.omori import OmoriFit, fit_omori, omori_expected, omori_integral, sample_omori_times
from tracker.seismo.report import format_report, stats_report
from tracker.seismo.windows import gardner_knopoff_window

__all__ = [
    "BATH_DELTA",
    "PAGE_2016",
    "RJ1989_CALIFORNIA",
    "BValue",
    "Bath",
    "Forecast",
    "ForecastBin",
    "ForecastWindow",
    "McResult",
    "OmoriFit",
    "RJFit",
    "RJParams",
    "b_positive",
    "b_value",
    "bath",
    "bin_magnitudes",
    "bins_to_magnitudes",
    "fit_omori",
    "fit_rj_a",
    "format_report",
    "gardner_knopoff_window",
    "generic_params",
    "magnitude_bins",
    "mc_gft",
    "mc_maxc",
    "mc_mbs",
    "omori_expected",
    "omori_integral",
    "rj_expected",
    "rj_forecast",
    "rj_rate",
    "sample_omori_times",
    "stats_report",
]
