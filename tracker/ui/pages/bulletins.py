"""Bulletins page: upload or paste bulletins, see every extracted value in the text, correct rows."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from tracker.bulletin import bulletin_text
from tracker.errors import BulletinError
from tracker.model import ROLES, TIME_PRECISIONS
from tracker.ui import data, helpers, state

state.init()
ss = st.session_state
st.title("Bulletins")
state.show_flash()
for msg in ss["bootstrap_errors"]:
    st.error(msg)

st.markdown("Upload news articles or agency reports (text, HTML or PDF), or paste one. "
            "Give the date it was published and its time zone, so “yesterday” and “Saturday night” "
            "resolve to dates.")
uploads = st.file_uploader("Bulletin files", type=["txt", "html", "htm", "pdf"], accept_multiple_files=True,
                           key="bulletin_files") or []
pasted = st.text_area("…or paste a bulletin’s text", key="bulletin_paste", height=120)

# Suggest the date and zone once per new set of inputs, from the first text's dateline.
signature = (tuple(f.file_id for f in uploads), hash(pasted))
if (uploads or pasted.strip()) and signature != ss["suggested_for"]:
    ss["suggested_for"] = signature
    first = pasted if pasted.strip() else None
    if first is None:
        try:
            first = bulletin_text(uploads[0].getvalue(), uploads[0].name)
        except BulletinError:
            first = None
    if first:
        zone, date = helpers.suggest_zone(first), helpers.suggest_date(first)
        if zone:
            ss["bulletin_tz"] = zone
        if date:
            ss["bulletin_date"] = date

left, right = st.columns(2)
published = left.date_input("Publication date", key="bulletin_date", min_value=dt.date(1900, 1, 1),
                             max_value=dt.date.today() + dt.timedelta(days=366))
tz = right.selectbox("Time zone", helpers.all_zones(), key="bulletin_tz",
                     help="Suggested from the dateline where the text has one.")

items = [(f.name, f.getvalue()) for f in uploads]
if pasted.strip():
    items.append(("pasted text", pasted.encode("utf-8")))
if st.button("Read and save", key="ingest_button", type="primary", disabled=not items):
    bar = st.progress(0.0, text="Reading…")
    outcomes = data.ingest_uploads(items, published, tz, progress=lambda f, m: bar.progress(f, text=m))
    bar.empty()
    ss["ingest_report"] = [(o.level, o.message) for o in outcomes]
    done = [o.sha256 for o in outcomes if o.sha256]
    if done:
        ss["selected_bulletin"] = done[-1]
        ss.pop("w_bulletin", None)
for level, message in ss["ingest_report"]:
    getattr(st, level)(message)

st.divider()
try:
    with data.open_store() as store:
        stored = store.list_bulletins()
except Exception as exc:
    st.error(f"Could not open the store: {data.error_text(exc)}")
    st.stop()
if not stored:
    st.info("No bulletins stored yet.")
    st.stop()

by_sha = {b["sha256"]: b for b in stored}
options = [b["sha256"] for b in reversed(stored)]
if ss["selected_bulletin"] not in by_sha:
    ss["selected_bulletin"] = options[0]
state.seed("w_bulletin", "selected_bulletin")


def _label(sha: str) -> str:
    b = by_sha[sha]
    return f"{b['name']} · published {b['published'] or '?'} · {b['events']} events, {b['tallies']} tallies"


sha = st.selectbox("Stored bulletin", options, key="w_bulletin", format_func=_label,
                   on_change=state.keep, args=("w_bulletin", "selected_bulletin"))
with data.open_store() as store:
    bulletin = store.get_bulletin(sha)
    events = store.events_frame(sha)
    tallies = store.tallies_frame(sha)
if bulletin is None:
    st.error(f"Bulletin {sha[:12]} is no longer in the store.")
    st.stop()
st.caption(f"{bulletin.name} · published {bulletin.published or 'unknown'} in {bulletin.timezone or 'unknown zone'} · "
           f"sha256 {sha[:12]} · highlighted: events (yellow) and tallies (green); hover a mark for its values")
# The bulletin's own markup is escaped by highlight_html: shown as text, never rendered.
st.html(helpers.highlight_html(bulletin.text, events, tallies))

version = ss["editor_version"]
st.subheader("Events")
ev_view = events[[c for c in helpers.EVENT_EDIT_COLUMNS if c in events.columns]]
edited_events = st.data_editor(
    ev_view, key=f"events_editor_{sha[:12]}_{version}", num_rows="dynamic", hide_index=True, width="stretch",
    disabled=["event_id", "evidence"],
    column_config={
        "magnitude": st.column_config.NumberColumn("magnitude", min_value=-2.0, max_value=10.0, step=0.1,
                                                   format="%.1f"),
        "time_precision": st.column_config.SelectboxColumn("time_precision", options=list(TIME_PRECISIONS)),
        "role": st.column_config.SelectboxColumn("role", options=list(ROLES)),
        "depth_km": st.column_config.NumberColumn("depth_km", min_value=0.0, max_value=800.0, format="%.1f"),
    })
st.subheader("Tallies")
ta_view = tallies[[c for c in helpers.TALLY_EDIT_COLUMNS if c in tallies.columns]]
edited_tallies = st.data_editor(
    ta_view, key=f"tallies_editor_{sha[:12]}_{version}", num_rows="dynamic", hide_index=True, width="stretch",
    disabled=["tally_id", "evidence"],
    column_config={"what": st.column_config.SelectboxColumn("what", options=["aftershocks", "earthquakes"])})

if st.button("Save corrections", key="save_corrections"):
    try:
        with data.open_store() as store:
            n_ev = store.save_event_corrections(sha, helpers.apply_edits(events, edited_events, "event_id", bulletin.timezone))
            n_ta = store.save_tally_corrections(sha, helpers.apply_edits(tallies, edited_tallies, "tally_id"))
    except Exception as exc:
        st.error(f"Could not save the corrections: {data.error_text(exc)}")
    else:
        ss["flash"] = [("success", f"Saved: {n_ev} event and {n_ta} tally corrections now on record for "
                                   f"{bulletin.name}.")]
        ss["editor_version"] = version + 1
        st.rerun()
