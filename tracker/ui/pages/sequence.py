"""Sequence page: magnitude–time, cumulative count, rate with the Omori–Utsu fit, depth, map."""

from __future__ import annotations

import streamlit as st

from tracker.seismo import BATH_DELTA
from tracker.ui import controls, data, state

state.init()
st.title("Sequence")
sel = controls.sequence_controls()
seq = sel.seq
if sel.report_error:
    st.error(sel.report_error)
start = data.mainshock_time(seq, sel.mainshock_id)
ms = data.mainshock_row(seq, sel.mainshock_id)
bath_m = float(ms["magnitude"]) - BATH_DELTA if ms is not None else None
omori = data.report_value(sel.report, "omori")

n_b = int(data.plots.is_bulletin(seq.events).sum())
st.caption(f"{len(seq.events) - n_b:,} catalogue and {n_b:,} bulletin events · times in {seq.tz} "
           f"(hover shows UTC) · Båth's law: largest aftershock about {BATH_DELTA} below the mainshock")
figs = data.sequence_figures(seq.key, seq.tz, sel.mainshock_id, sel.mc, bath_m, omori, start, seq.events)
controls.plot(figs["magnitude_time"], "fig_magnitude_time")
left, right = st.columns(2)
with left:
    controls.plot(figs["cumulative"], "fig_cumulative")
with right:
    if "rate" in figs:
        controls.plot(figs["rate"], "fig_rate")
    else:
        st.info("Choose a mainshock with a known time to see the aftershock rate.")
controls.plot(figs["depth_time"], "fig_depth_time")
controls.plot(figs["map"], "fig_map")
