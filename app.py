"""The dashboard: ``streamlit run app.py``. Page config and navigation only; pages are in tracker/ui/pages."""

import streamlit as st

st.set_page_config(page_title="Aftershock tracker", page_icon="🌏", layout="wide")
PAGES = "tracker/ui/pages"
st.navigation([
    st.Page(f"{PAGES}/bulletins.py", title="Bulletins", icon=":material/article:", default=True),
    st.Page(f"{PAGES}/sequence.py", title="Sequence", icon=":material/show_chart:"),
    st.Page(f"{PAGES}/magnitudes.py", title="Magnitudes", icon=":material/bar_chart:"),
    st.Page(f"{PAGES}/forecast.py", title="Forecast", icon=":material/online_prediction:"),
    st.Page(f"{PAGES}/catalogue.py", title="Catalogue", icon=":material/table_view:"),
]).run()
