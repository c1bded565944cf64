"""Aftershock tracker: bulletins and catalogues of an earthquake sequence, side by side.

The core (everything here but :mod:`tracker.ui`) never imports Streamlit.
"""

__version__ = "0.1.0"
