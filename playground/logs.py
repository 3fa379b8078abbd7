"""Playground's log file: warnings and the traceback of any internal error (no Qt here)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from playground.paths import default_log_path


def log_path() -> Path:
    """The log file in use (once ``setup_logging`` ran), else where it would go."""
    root = logging.getLogger("playground")
    for h in root.handlers:
        if isinstance(h, RotatingFileHandler):
            return Path(h.baseFilename)
    return default_log_path()


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
