"""Application start-up: logging, the QApplication, the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

APP_NAME = "Playground"
ORG_NAME = "Playground"


def log_dir() -> Path:
    """Where Playground writes its log and recovery file (``$PLAYGROUND_HOME`` overrides)."""
    override = os.environ.get("PLAYGROUND_HOME")
    if override:
        return Path(override)
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(Path.home(), ".local", "state")
    return Path(base) / "playground"


def log_path() -> Path:
    """The log file in use (once ``setup_logging`` ran), else where it would go."""
    root = logging.getLogger("playground")
    for h in root.handlers:
        if isinstance(h, RotatingFileHandler):
            return Path(h.baseFilename)
    return log_dir() / "playground.log"


def setup_logging() -> Path:
    """Send warnings and tracebacks to a rotating log file; returns its path."""
    path = log_path()
    root = logging.getLogger("playground")
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError:
        return path  # an unwritable home must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def start(argv: list[str], files: list[str] | None = None) -> tuple[Any, Any]:
    """Build the application and show the window (optionally opening files); returns
    ``(QApplication, MainWindow)`` without entering the event loop."""
    from playground.training.remote import prespawn

    prespawn()  # the training process starts up while Qt loads
    setup_logging()
    from PySide6.QtWidgets import QApplication

    from playground.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    window = MainWindow()
    window.show()
    for f in files or []:
        window.files.open_path(f)
    window.offer_recovery()
    return app, window


def run_app(argv: list[str], files: list[str] | None = None) -> int:
    """Open the window (optionally with files to open) and run the event loop."""
    started = time.perf_counter()
    app, _window = start(argv, files)
    logging.getLogger("playground").info(
        "window shown %.2f s after start", time.perf_counter() - started)
    return int(app.exec())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv))
