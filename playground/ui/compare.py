"""The Train menu's "Compare configurations…": one comparison window per main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from playground.ui.actions import ActionSpec
from playground.ui.controllers.document import Document
from playground.ui.dialogs.compare_dialog import CompareDialog
from playground.ui.i18n import translate
from playground.ui.tool_window import ToolWindow


class Compare(ToolWindow[CompareDialog]):
    """Opens (and keeps) the window's ``CompareDialog``."""

    def __init__(self, document: Document, parent: QWidget) -> None:
        self.document = document
        self._parent = parent

    def action_specs(self) -> list[ActionSpec]:
        return [ActionSpec("train.compare", translate("Compare", "&Compare configurations…"),
                           self.open, "Ctrl+Shift+C",
                           translate("Compare", "Train 2–6 configurations side by side on "
                                                "these points"))]

    def make_dialog(self) -> CompareDialog:
        return CompareDialog(self.document, self._parent)

    def stop(self) -> None:
        """The window closes: end the comparison's background work."""
        self.close_dialog()
