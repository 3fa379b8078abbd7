"""A tool window one per main window: made on first use, kept, and brought back in front.

Compare configurations…, Lab notebook… and Sweep… each open a non-modal dialog that lives as
long as the main window (its work goes on while it is hidden). The controller that owns one
says how to make it (``make_dialog``); ``open`` makes it the first time and otherwise shows the
same one again, in front and with the keyboard.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

D = TypeVar("D", bound=QWidget)


class ToolWindow(Generic[D]):
    """Owns the tool window ``dialog`` (None until first opened)."""

    dialog: D | None = None

    def make_dialog(self) -> D:
        """The dialog, made the first time it is opened."""
        raise NotImplementedError

    def open(self) -> None:
        if self.dialog is None:
            self.dialog = self.make_dialog()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def close_dialog(self) -> None:
        """The main window closes: close the dialog (ending its background work)."""
        if self.dialog is not None:
            self.dialog.close()
