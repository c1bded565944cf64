"""``python -m tracker``: see :mod:`tracker.cli`."""

import sys

from tracker.cli import main

if __name__ == "__main__":
    sys.exit(main())
