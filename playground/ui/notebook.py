"""The Train menu's "Lab notebook…": one notebook window per main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from playground.ui.actions import ActionSpec
from playground.ui.controllers.document import Document
from playground.ui.dialogs.notebook_dialog import NotebookDialog
from playground.ui.i18n import translate
from playground.ui.tool_window import ToolWindow


class Notebook(ToolWindow[NotebookDialog]):
    """Opens (and keeps) the window's ``NotebookDialog``; the rows are written below the
    window, by the session model's recorder (``session.notebook``), dialog open or not."""

    def __init__(self, document: Document, parent: QWidget) -> None:
        self.document = document
        self._parent = parent

    def action_specs(self) -> list[ActionSpec]:
        return [ActionSpec("train.notebook", translate("Notebook", "Lab &notebook…"), self.open,
                           "Ctrl+Shift+N",
                           translate("Notebook", "Every run with what changed and how it "
                                                 "ended; repeat a configuration over several "
                                                 "seeds"))]

    def make_dialog(self) -> NotebookDialog:
        return NotebookDialog(self.document, self._parent)

    def stop(self) -> None:
        """The window closes: end the repeat's background work."""
        self.close_dialog()
