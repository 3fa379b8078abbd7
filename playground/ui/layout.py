"""Small layout helpers shared by the window's parts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QScrollArea, QToolBar, QWidget
from superqt import QCollapsible


def fill(target: QMenu | QToolBar, actions: list[QAction | None]) -> None:
    """Add ``actions`` to a menu or tool bar; None is a separator."""
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)


def side_column(content: QWidget) -> QScrollArea:
    """A vertically scrolling column exactly as wide as its content needs."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumWidth(content.minimumSizeHint().width()
                         + area.verticalScrollBar().sizeHint().width() + 4)
    return area


class Fold(QCollapsible):
    """A titled section that folds away (advanced settings), closed at first; no animation,
    so a test or a screenshot sees the final layout at once."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, expandedIcon="▼", collapsedIcon="▶")
        self.setDuration(0)
        for widget in (self, self.content()):
            layout = widget.layout()
            if layout is not None:
                layout.setContentsMargins(0, 0, 0, 0)
        self.collapse(animate=False)
