"""Application start-up: logging, the QApplication, the language, the main window."""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

from playground.logs import setup_logging
from playground.paths import APP_NAME, ORG_NAME


def start(argv: list[str], files: list[str] | None = None) -> tuple[Any, Any]:
    """Build the application and show the window (optionally opening files); returns
    ``(QApplication, MainWindow)`` without entering the event loop."""
    from playground.training.remote import prespawn

    prespawn()  # the training process starts up while Qt loads
    setup_logging()
    from PySide6.QtWidgets import QApplication

    from playground.ui import theme
    from playground.ui.controllers.settings import app_settings
    from playground.ui.i18n import chosen_language, install_language
    from playground.ui.icons import app_icon
    from playground.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    if isinstance(app, QApplication):
        theme.apply(app)
        app.setWindowIcon(app_icon())
    # before the window is built: its text is made in the language installed then
    install_language(chosen_language(app_settings()))
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
        "window shown %.2f s after start",  # untranslated: a log message
        time.perf_counter() - started)
    return int(app.exec())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv))
