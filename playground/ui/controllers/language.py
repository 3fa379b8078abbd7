"""View ▸ Language: the language the window speaks.

The window's text is set when its widgets are made, so a new language needs a new window:
choosing one saves the choice in the settings (the next start speaks it too, unless
``PLAYGROUND_LANG`` says otherwise) and asks the window to rebuild itself around the same
work (``MainWindow.switch_language``), once the menu that was clicked has closed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer

from playground.ui.actions import ActionSpec
from playground.ui.i18n import LANGUAGES, SETTINGS_KEY, current_language

ACTION_PREFIX = "view.language."
MENU_IDS = [f"{ACTION_PREFIX}{code}" for code in LANGUAGES]


class LanguageChooser(QObject):
    """The View ▸ Language actions: one per language, the current one checked. ``switch``
    rebuilds the window in a language (its code)."""

    def __init__(self, settings: QSettings, switch: Callable[[str], object],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.settings = settings
        self._switch = switch

    def action_specs(self) -> list[ActionSpec]:
        # each language by its own name, untranslated: a person who reads only that language
        # must find it whatever the window speaks now
        return [ActionSpec(f"{ACTION_PREFIX}{code}", name,
                           lambda on, c=code: self.choose(c) if on else None,
                           checkable=True, checked=code == current_language(), group="language")
                for code, name in LANGUAGES.items()]

    def choose(self, code: str) -> None:
        """Remember ``code`` for the next start and switch the window to it (if it speaks
        another one now)."""
        self.settings.setValue(SETTINGS_KEY, code)
        self.settings.sync()
        if code != current_language():
            # not from inside the action's signal: the window that owns it goes away
            QTimer.singleShot(0, lambda: self._switch(code))
