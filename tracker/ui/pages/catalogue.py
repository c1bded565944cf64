"""Catalogue page: fetch from a provider or upload a file, review the merge, export."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from tracker.ui import data, helpers, state

state.init()
ss = st.session_state
st.title("Catalogue")
state.show_flash()
seq = data.sequence(ss)
for msg in seq.errors:
    st.error(msg)
st.caption(f"Current catalogue: {ss['catalog_label'] or 'none'} · {len(seq.catalog):,} events")

# Defaults for the query: around the current mainshock.
ms_id = ss["mainshock"] or data.default_mainshock(seq)
ms = data.mainshock_row(seq, ms_id)
ms_time = data.mainshock_time(seq, ms_id)
day0 = (ms_time.tz_convert(seq.tz).date() if ms_time is not None else dt.date.today() - dt.timedelta(days=30))

fetch_tab, upload_tab = st.tabs(["Fetch from a provider", "Upload a catalogue file"])
with fetch_tab:
    from tracker.feeds import PROVIDERS

    with st.form("fetch_form"):
        c1, c2, c3 = st.columns(3)
        provider = c1.selectbox("Provider", list(PROVIDERS), key="fetch_provider")
        start = c2.date_input("From (UTC)", value=day0 - dt.timedelta(days=1), key="fetch_start")
        end = c3.date_input("To (UTC)", value=day0 + dt.timedelta(days=30), key="fetch_end")
        c4, c5, c6, c7 = st.columns(4)
        minmag = c4.number_input("Minimum magnitude", value=3.0, step=0.5, key="fetch_minmag")
        lat = c5.number_input("Latitude", value=float(ms["latitude"]) if ms is not None and pd.notna(ms["latitude"])
                              else 0.0, format="%.3f", key="fetch_lat")
        lon = c6.number_input("Longitude", value=float(ms["longitude"]) if ms is not None
                              and pd.notna(ms["longitude"]) else 0.0, format="%.3f", key="fetch_lon")
        radius = c7.number_input("Radius (km)", value=150.0, min_value=1.0, step=10.0, key="fetch_radius")
        go_fetch = st.form_submit_button("Fetch", type="primary", key="fetch_button")
    if go_fetch:
        from tracker.errors import FeedError
        from tracker.feeds import FeedQuery, fetch

        bar = st.progress(0.0, text=f"Asking {provider}…")
        try:
            query = FeedQuery(start=dt.datetime.combine(start, dt.time()), end=dt.datetime.combine(end, dt.time.max),
                              minmag=minmag, latitude=lat, longitude=lon, maxradius_km=radius)
            with data.open_store() as store:
                df = fetch(query, provider=provider, store=store,
                           progress=lambda f, m: bar.progress(min(max(f, 0.0), 1.0), text=m))
        except FeedError as exc:
            bar.empty()
            st.error(helpers.feed_error_text(exc, provider))
        except Exception as exc:
            bar.empty()
            st.error(f"Could not fetch from {provider}: {data.error_text(exc)}")
        else:
            bar.empty()
            data.set_catalog(ss, df, f"{provider} {start}–{end}, M ≥ {minmag:g}, {radius:g} km")
            ss["flash"] = [("success", f"Fetched {len(df):,} events from {provider}.")]
            st.rerun()

with upload_tab:
    up = st.file_uploader("Catalogue file (USGS CSV or GeoJSON, FDSN text, QuakeML, EMSC, CWA)",
                          type=["csv", "txt", "json", "geojson", "xml"], key="catalog_file")
    if up is not None and up.file_id != ss["catalog_upload_done"]:
        ss["catalog_upload_done"] = up.file_id
        from tracker.catalog import read_catalog

        try:
            df = read_catalog(up.getvalue(), name=up.name)
        except Exception as exc:
            st.error(f"Could not read {up.name}: {data.error_text(exc)}")
        else:
            data.set_catalog(ss, df, f"uploaded {up.name}")
            ss["flash"] = [("success", f"Loaded {len(df):,} events from {up.name}.")]
            st.rerun()
    if st.button("Use the bundled sample catalogue", key="use_sample"):
        df, label = data.sample_catalog()
        data.set_catalog(ss, df, label)
        st.rerun()

st.subheader("Bulletins beside the catalogue")
ev = seq.events
VIEW = ["event_id", "source", "magnitude", "mag_type", "time_utc", "date_local", "time_local", "depth_km", "place",
        "latitude", "longitude", "match_id", "dt_s", "dmag", "dist_km", "evidence"]
if "match" in ev.columns:
    kinds = ev["match"].astype("string").fillna("")
    matched = ev[kinds.eq("matched")]
    tabs = st.tabs([f"Matched ({int((matched['source'] == 'bulletin').sum())} pairs)",
                    f"Bulletin only ({int(kinds.eq('bulletin-only').sum())})",
                    f"Catalogue only ({int(kinds.eq('catalogue-only').sum()):,})"])
    for tab, part in zip(tabs, (matched, ev[kinds.eq("bulletin-only")], ev[kinds.eq("catalogue-only")]), strict=False):
        with tab:
            st.dataframe(part[[c for c in VIEW if c in part.columns]], hide_index=True, width="stretch")
else:
    st.dataframe(ev[[c for c in VIEW if c in ev.columns]], hide_index=True, width="stretch")

st.subheader("Export the sequence")
try:
    csv_text, geojson_text = data.exports(seq.key, ev)
except Exception as exc:
    st.error(f"Could not prepare the export: {data.error_text(exc)}")
else:
    c1, c2 = st.columns(2)
    c1.download_button("Download CSV", csv_text, file_name="sequence.csv", mime="text/csv",
                       key="download_csv", on_click="ignore")
    c2.download_button("Download GeoJSON", geojson_text, file_name="sequence.geojson",
                       mime="application/geo+json", key="download_geojson", on_click="ignore")
