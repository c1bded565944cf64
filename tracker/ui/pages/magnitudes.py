"""Magnitudes page: histogram and frequency–magnitude distribution with Mc, b and b-positive."""

from __future__ import annotations

import streamlit as st

from tracker.ui import controls, data, state

state.init()
st.title("Magnitudes")
sel = controls.sequence_controls()
seq = sel.seq
if sel.report_error:
    st.error(sel.report_error)
# The FMD shows the very events Mc and b were computed from, so the line and the points agree.
fitted = data.stats_magnitudes(seq, sel.mainshock_id)
b_value = data.report_value(sel.report, "b_value")
b_pos = data.report_value(sel.report, "b_positive")
figs = data.magnitude_figures(seq.key + f"-{sel.mainshock_id}", sel.mc, b_value, b_pos, 0.1, seq.events, fitted)
controls.plot(figs["histogram"], "fig_histogram")
controls.plot(figs["fmd"], "fig_fmd")
cols = st.columns(3)
mc_method = data.report_value(sel.report, "mc", "method") or ("by hand" if sel.mc is not None else "–")
cols[0].metric("Mc", f"{sel.mc:.1f}" if sel.mc is not None else "–", help=f"Method: {mc_method}")
if b_value:
    cols[1].metric("b-value", f"{b_value['b']:.2f} ± {b_value.get('b_std') or 0:.2f}",
                   help=f"Aki–Utsu maximum likelihood on {b_value.get('n')} events at or above Mc")
if b_pos:
    cols[2].metric("b-positive", f"{b_pos['b']:.2f} ± {b_pos.get('b_std') or 0:.2f}",
                   help="van der Elst (2021): from positive magnitude differences; robust to the "
                        "incompleteness just after a mainshock")
st.caption(f"Frequency–magnitude uses the {len(fitted):,} catalogue events that Mc and b are computed from "
           "(the whole catalogue, so foreshocks too).")
