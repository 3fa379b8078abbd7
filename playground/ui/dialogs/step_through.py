"""The step-through window: ``StepThroughView`` in a non-modal window beside the main one.

``StepThroughDialog(document, parent, avoid)`` owns its view (``dialog.view``: connect its
``sigHighlight`` to the network diagram); ``start(point_index)`` shows and raises the window
on that point. Each time it opens it is placed in the screen's free room beside the widgets
``avoid()`` names (the diagram it highlights and the canvas), never over them; while it is
open the user may move it anywhere. At 1280 × 800 with the window filling the screen the only
free room is over the settings column on the left, which a step-through does not need.
Escape, Close or the window's close button end it: the view clears the diagram's marks and
emits ``sigClosed``, which the dialog forwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from playground.ui.controllers.document import Document
from playground.ui.i18n import translate
from playground.ui.placement import place_window
from playground.ui.views.step_view import StepThroughView


class StepThroughDialog(QDialog):
    """A non-modal window around a ``StepThroughView``."""

    sigHighlight = Signal(object)  # the view's: a Highlight per page, an empty one at the end
    sigClosed = Signal()
    PREFERRED = QSize(560, 720)
    MINIMUM = QSize(300, 420)  # narrower text still reads; the tables scroll sideways

    def __init__(self, document: Document, parent: QWidget | None = None,
                 avoid: Callable[[], Sequence[QWidget]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StepThroughDialog", "Step through one training step"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.view = StepThroughView(document, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)
        self._avoid = avoid
        self.resize(self.PREFERRED)
        self.view.sigHighlight.connect(self.sigHighlight)
        self.view.sigClosed.connect(self._closed)

    def start(self, point_index: int) -> bool:
        ok = self.view.start(point_index)
        if not self.isVisible():
            self.place()
            self.show()
            self.place()  # again, now that the frame (a window manager's title bar) is known
        self.show()
        self.raise_()
        self.activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return ok

    def place(self) -> None:
        """Into the screen's free room beside the widgets it must not hide."""
        place_window(self, self._avoid() if self._avoid is not None else (), self.PREFERRED,
                     self.MINIMUM)

    def _closed(self) -> None:
        if self.isVisible():
            self.hide()
        self.sigClosed.emit()

    def reject(self) -> None:  # Escape when the view does not have the focus
        self.view.leave()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.view.active:
            self.view.leave()
        super().closeEvent(event)
