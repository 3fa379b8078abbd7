"""The Train menu's "Compare configurations…": one comparison window per main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from playground.ui.actions import ActionSpec
from playground.ui.controllers.document import Document
from playground.ui.dialogs.compare_dialog import CompareDialog
from playground.ui.i18n import translate


class Compare:
    """Opens (and keeps) the window's ``CompareDialog``."""

    def __init__(self, document: Document, parent: QWidget) -> None:
        self.document = document
        self._parent = parent
        self.dialog: CompareDialog | None = None

    def action_specs(self) -> list[ActionSpec]:
        return [ActionSpec("train.compare", translate("Compare", "&Compare configurations…"),
                           self.open, "Ctrl+Shift+C",
                           translate("Compare", "Train 2–6 configurations side by side on "
                                                "these points"))]

    def open(self) -> None:
        if self.dialog is None:
            self.dialog = CompareDialog(self.document, self._parent)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def stop(self) -> None:
        """The window closes: end the comparison's background work."""
        if self.dialog is not None:
            self.dialog.close()
