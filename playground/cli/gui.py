"""``playground [gui [FILE ...]]``: open the window."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from playground.cli.common import EXIT_ERROR, PROG


def cmd_gui(files: Sequence[str]) -> int:
    try:
        from playground.ui.app import run_app

        importlib.import_module("PySide6.QtWidgets")  # app.py imports Qt only when it runs
    except ImportError as exc:
        print(f"{PROG}: error: the window is not available ({exc})", file=sys.stderr)
        return EXIT_ERROR
    return int(run_app([sys.argv[0] if sys.argv and sys.argv[0] else PROG], list(files)))
