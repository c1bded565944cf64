"""The Streamlit dashboard: the only code that imports Streamlit.

``app.py`` routes to the page scripts in :mod:`tracker.ui.pages`; they wire widgets to library
calls through :mod:`tracker.ui.data` (the only place with ``st.cache_data``) and show the figures
of :mod:`tracker.plots`. Session state is initialised in :mod:`tracker.ui.state` alone.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tracker" / "ui" / "pages"

#: Plotly fetches the map's world outline from here: ``static/`` served by Streamlit itself
#: (``server.enableStaticServing``), so the map needs no internet. Relative to the page URL.
TOPOJSON_URL = "app/static/"
PLOTLY_CONFIG = {"topojsonURL": TOPOJSON_URL, "displaylogo": False}
