"""Forecast page: the Reasenberg–Jones table, its parameters, a summary, and the bulletin tallies."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tracker import plots
from tracker.ui import controls, data, helpers, state

state.init()
st.title("Forecast")
sel = controls.sequence_controls()
seq = sel.seq
if sel.report_error:
    st.error(sel.report_error)
start = data.mainshock_time(seq, sel.mainshock_id)
counts = helpers.aftershock_counts(seq.catalog, start) if not seq.catalog.empty else {3: 0, 5: 0}
st.markdown(f"**{helpers.summary_sentence(counts)}** (catalogue events after the mainshock)")

forecast = data.report_value(sel.report, "forecast")
if forecast:
    st.subheader("Chance of aftershocks")
    st.dataframe(plots.forecast_table(forecast), key="forecast_table", width="stretch")
    start_utc = forecast.get("start_utc")
    st.caption("Chance of at least one aftershock of at least the magnitude in each window, and the 95% "
               f"range of how many, starting {start_utc or 'after the last event'} (UTC). "
               "Probabilities below 1% or above 99% are shown as “< 1%” and “> 99%”.")
    st.subheader("Parameters used")
    st.caption(f"Model: {forecast.get('model') or 'Reasenberg–Jones'}. {forecast.get('range') or ''}")
    rows = list((forecast.get("params") or {}).items())
    for name, path in (("Mc", ("mc", "value")), ("b (Aki–Utsu)", ("b_value", "b")),
                       ("b-positive", ("b_positive", "b")), ("Omori K", ("omori", "K")),
                       ("Omori c (days)", ("omori", "c_days")), ("Omori p", ("omori", "p")),
                       ("Båth ΔM", ("bath", "delta"))):
        rows.append((name, data.report_value(sel.report, *path)))
    st.table(pd.DataFrame({"parameter": [r[0] for r in rows],
                           "value": [f"{v:.4g}" if isinstance(v, float) else str(v) for _, v in rows]}
                          ).set_index("parameter"))
    for note in sel.report.get("warnings", []) if sel.report else []:
        st.caption(f"Note: {note}")
elif not sel.report_error:
    st.info("No forecast for this sequence.")

st.subheader("Bulletin tallies beside the catalogue")
try:
    tallies = data.tally_check(seq, sel.mainshock_id)
except Exception as exc:
    st.error(f"Could not check the tallies: {data.error_text(exc)}")
else:
    if tallies.empty:
        st.info("The stored bulletins state no tallies.")
    else:
        st.dataframe(tallies, key="tally_table", hide_index=True, width="stretch")
