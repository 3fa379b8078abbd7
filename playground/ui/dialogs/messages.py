"""Message boxes that do not stop the window: training and drawing go on while one is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_warning(parent: QWidget, title: str, text: str, details: str = "") -> QMessageBox:
    """A non-modal warning (``details``: text behind "Show Details…"); returns the box."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    if details:
        box.setDetailedText(details)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
