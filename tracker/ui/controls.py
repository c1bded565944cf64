"""The sidebar shared by the Sequence, Magnitudes and Forecast pages: zone, mainshock, Mc."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from tracker.ui import data, helpers, state


@dataclass
class Selection:
    seq: data.Sequence
    mainshock_id: str | None
    mc_arg: float | str          # what stats_report is asked for: "auto" or a magnitude
    report: dict[str, Any] | None
    report_error: str | None

    @property
    def mc(self) -> float | None:
        v = data.report_value(self.report, "mc", "value")
        if v is None and not isinstance(self.mc_arg, str):
            return float(self.mc_arg)
        return None if v is None else float(v)


def sequence_controls() -> Selection:
    """Draw the sidebar controls and compute the sequence and its statistics (cached)."""
    ss = st.session_state
    for msg in ss["bootstrap_errors"]:
        st.error(msg)
    with st.sidebar:
        st.subheader("Sequence")
        state.seed("w_tz", "tz")
        st.selectbox("Time zone shown", helpers.all_zones(), key="w_tz", on_change=state.keep, args=("w_tz", "tz"),
                     help="Times are drawn in this zone; hover shows UTC.")
    seq = data.sequence(ss)
    for msg in seq.errors:
        st.error(msg)

    cands = data.mainshock_candidates(seq)
    ids = [str(i) for i in cands["event_id"]]
    labels = {str(r["event_id"]): helpers.event_label(r, seq.tz) for r in cands.to_dict("records")}
    if ss["mainshock"] not in ids:
        ss["mainshock"] = data.default_mainshock(seq)
        ss.pop("w_mainshock", None)
    with st.sidebar:
        if ids:
            state.seed("w_mainshock", "mainshock")
            st.selectbox("Mainshock", ids, key="w_mainshock", format_func=lambda i: labels.get(i, i),
                         on_change=state.keep, args=("w_mainshock", "mainshock"),
                         help="The largest events of the bulletins and the catalogue.")
        state.seed("w_mc_manual", "mc_manual")
        st.checkbox("Set Mc by hand", key="w_mc_manual", on_change=state.keep, args=("w_mc_manual", "mc_manual"),
                    help="Otherwise Mc comes from maximum curvature.")
        if ss["mc_manual"]:
            state.seed("w_mc_value", "mc_value")
            st.number_input("Mc", min_value=-2.0, max_value=9.0, step=0.1, key="w_mc_value",
                            on_change=state.keep, args=("w_mc_value", "mc_value"))
        st.caption(f"Catalogue: {ss['catalog_label'] or 'none'} ({len(seq.catalog):,} events)")
    mc_arg: float | str = round(float(ss["mc_value"]), 1) if ss["mc_manual"] else "auto"
    report, err = data.stats(seq, ss["mainshock"], mc_arg)
    return Selection(seq, ss["mainshock"], mc_arg, report, err)


def plot(fig: Any, key: str) -> None:
    """``st.plotly_chart`` with the dashboard's config (the map's outline served locally)."""
    from tracker.ui import PLOTLY_CONFIG

    st.plotly_chart(fig, key=key, config=PLOTLY_CONFIG, width="stretch")


def events_after(seq: data.Sequence, start: pd.Timestamp | None) -> pd.DataFrame:
    """The catalogue's events after the mainshock (all of them without one)."""
    cat = seq.catalog
    if start is None or cat.empty:
        return cat
    t = pd.to_datetime(cat["time_utc"], utc=True, errors="coerce")
    return cat[t > start]
