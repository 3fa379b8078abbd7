"""The window's persistent settings (geometry, panel sizes, last folder, last configuration).

Qt's per-user settings file (``~/.config/Playground/Playground.conf`` on Linux), or
``$PLAYGROUND_HOME/settings.ini`` when ``PLAYGROUND_HOME`` is set, so that a separate home
never shares the last configuration with another. Tests set ``PLAYGROUND_NO_SETTINGS`` and get a
throw-away file per process.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings

from playground.errors import PlaygroundError
from playground.paths import APP_NAME, ORG_NAME, settings_file
from playground.training.config import TrainConfig

log = logging.getLogger("playground.settings")


def app_settings() -> QSettings:
    if os.environ.get("PLAYGROUND_NO_SETTINGS"):
        path = os.path.join(tempfile.gettempdir(), f"playground-test-{os.getpid()}.ini")
        return QSettings(path, QSettings.Format.IniFormat)
    override = settings_file()
    if override is not None:
        return QSettings(str(override), QSettings.Format.IniFormat)
    return QSettings(ORG_NAME, APP_NAME)


def restored_config(settings: QSettings, default: TrainConfig) -> TrainConfig:
    """The configuration of the last session, or ``default``."""
    text = settings.value("last_config", "")
    if isinstance(text, str) and text:
        try:
            return TrainConfig.from_json(text)
        except PlaygroundError:
            log.warning("ignoring an invalid saved configuration")
    return default


def restore_state(settings: QSettings, restorers: dict[str, Callable[[QByteArray], object]]
                  ) -> None:
    """Give each saved geometry or splitter state to its restorer."""
    for key, restore in restorers.items():
        value = settings.value(key)
        if isinstance(value, QByteArray):
            restore(value)


def save_state(settings: QSettings, states: dict[str, QByteArray], config: TrainConfig) -> None:
    for key, value in states.items():
        settings.setValue(key, value)
    settings.setValue("last_config", config.to_json())
    settings.sync()
