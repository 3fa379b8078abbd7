"""Where Playground keeps its files: the log, recovery files and the window's settings.

``$PLAYGROUND_HOME`` moves all of them into one folder (tests and portable installs use it);
otherwise the log and recovery files follow ``$XDG_STATE_HOME`` (default
``~/.local/state/playground``) and the settings are Qt's per-user settings file
(``~/.config/Playground/Playground.conf`` on Linux). No Qt here.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Playground"
ORG_NAME = "Playground"
LOG_NAME = "playground.log"
SETTINGS_NAME = "settings.ini"


def home_override() -> Path | None:
    """``$PLAYGROUND_HOME`` when it is set (and not empty)."""
    value = os.environ.get("PLAYGROUND_HOME")
    return Path(value) if value else None


def state_dir() -> Path:
    """Where the log and the recovery files go."""
    override = home_override()
    if override is not None:
        return override
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(Path.home(), ".local", "state")
    return Path(base) / "playground"


def default_log_path() -> Path:
    return state_dir() / LOG_NAME


def settings_file() -> Path | None:
    """The settings file under ``$PLAYGROUND_HOME``; None means Qt's per-user default."""
    override = home_override()
    return None if override is None else override / SETTINGS_NAME
