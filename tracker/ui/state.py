"""Session state, initialised in one place.

Every key the pages read is created here with its default. Widgets that appear on several pages
(zone, mainshock, Mc) keep their value in a plain key and are set from it each time they are
drawn: Streamlit forgets a widget's own key on a run that does not draw it, and the same key on
another page is another widget, which would otherwise start from its first option.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

DEFAULTS: dict[str, Any] = {
    "tz": None,                  # the sequence's IANA zone (set from the samples on first open)
    "mainshock": None,           # event_id of the chosen mainshock; None = the largest event
    "mc_manual": False,          # False = maximum curvature; True = "mc_value"
    "mc_value": 2.0,
    "catalog": None,             # the catalogue events frame beside the bulletins
    "catalog_key": None,         # its content hash, the key of every cached computation on it
    "catalog_label": "",         # where it came from, for captions
    "bootstrapped": False,       # the sample sequence checked for on this session's first run
    "bootstrap_errors": [],
    "suggested_for": None,       # the uploads the date and zone were last suggested from
    "ingest_report": [],         # (level, message) from the last "Read and save"
    "selected_bulletin": None,   # sha256 shown on the Bulletins page
    "editor_version": 0,         # bumped after saving corrections, to reset the table editors
    "flash": [],                 # (level, message) to show once after a rerun
    "catalog_upload_done": None,  # file_id of the catalogue upload already read
    "fetch_report": None,
}


def init() -> None:
    """Create every session key with its default (once), then load the sample sequence if needed."""
    for key, value in DEFAULTS.items():
        if key not in st.session_state:
            st.session_state[key] = list(value) if isinstance(value, list) else value
    if "bulletin_date" not in st.session_state:
        st.session_state["bulletin_date"] = dt.date.today()
    if not st.session_state["bootstrapped"]:
        from tracker.ui import data

        st.session_state["bootstrap_errors"] = data.bootstrap(st.session_state)
        st.session_state["bootstrapped"] = True
    if "bulletin_tz" not in st.session_state:
        st.session_state["bulletin_tz"] = st.session_state["tz"] or "UTC"


def seed(widget_key: str, key: str) -> None:
    """Give a shared widget the value kept under ``key`` (call just before drawing it)."""
    st.session_state[widget_key] = st.session_state[key]


def keep(widget_key: str, key: str) -> None:
    """``on_change`` callback: copy a shared widget's value to its plain key."""
    st.session_state[key] = st.session_state[widget_key]


def show_flash() -> None:
    """Show (and clear) the messages a page left for the run after its ``st.rerun``."""
    for level, message in st.session_state["flash"]:
        getattr(st, level)(message)
    st.session_state["flash"] = []
