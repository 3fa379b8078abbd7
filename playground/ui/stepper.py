"""Step through one point's training step: the next click on the output view picks the
training point (Esc cancels), then the step-through window follows its step with the real
numbers, highlighting the diagram."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from playground.ui.actions import ActionSpec, StatusReporter
from playground.ui.dialogs.step_through import StepThroughDialog
from playground.ui.i18n import translate
from playground.ui.session import WindowSession
from playground.ui.views.canvas import CanvasView
from playground.ui.views.curve_view import CurveView
from playground.ui.views.network_view import NetworkView
from playground.ui.views.step_situation import nearest_training_point


class _PointPicker(QObject):
    """Catches the next left click on the output view (and Esc) while armed."""

    PICK_PIXELS = 12  # how near the pointer a point must be

    def __init__(self, picked: Callable[[float, float, float], None],
                 cancelled: Callable[[], None]) -> None:
        super().__init__()
        self._picked = picked
        self._cancelled = cancelled
        self.view: CanvasView | CurveView | None = None

    def arm(self, view: CanvasView | CurveView) -> None:
        self.disarm()
        self.view = view
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        view.setFocus()
        view.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def disarm(self) -> None:
        if self.view is not None:
            self.view.viewport().removeEventFilter(self)
            self.view.removeEventFilter(self)
            self.view.viewport().unsetCursor()
            self.view = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        view = self.view
        if view is None:
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
                event.key() == Qt.Key.Key_Escape):
            self.disarm()
            self._cancelled()
            return True
        if (event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            pos = event.position()
            x, y = view.viewport_to_data(pos)
            x2, _ = view.viewport_to_data(QPointF(pos.x() + self.PICK_PIXELS, pos.y()))
            self.disarm()
            self._picked(x, y, abs(x2 - x))
            return True
        return event.type() == QEvent.Type.MouseButtonRelease and obj is not view


class StepThrough:
    """The Inspect menu's "Step through a point…" and the window it opens (``dialog``)."""

    def __init__(self, session: WindowSession, network_view: NetworkView,
                 output: Callable[[], CanvasView | CurveView], status: StatusReporter,
                 parent: QWidget) -> None:
        self.session = session
        self.network_view = network_view
        self.output = output  # the view that shows the output now
        self.status = status
        self._parent = parent
        self.dialog: StepThroughDialog | None = None
        self._picker = _PointPicker(self.picked, status.clear_message)

    def action_specs(self) -> list[ActionSpec]:
        return [ActionSpec("inspect.step_through",
                           translate("StepThrough", "&Step through a point…"), self.pick_point,
                           "Ctrl+Shift+T",
                           translate("StepThrough", "Click a training point, then follow one "
                                     "training step for it with the real numbers (→ / ← / Esc)"))]

    def pick_point(self) -> None:
        """The next click on the canvas picks the training point to step through."""
        self.session.model.set_playing(False)
        self._picker.arm(self.output())
        self.status.show_message(translate("StepThrough", "Click a training point to step "
                                           "through its training step (Esc cancels)"), 8000)

    def start(self, index: int) -> bool:
        """Step through training point ``index``; False (with the reason shown) if it cannot."""
        if self.dialog is None:
            # placed beside the diagram it highlights and the canvas it was picked on
            self.dialog = StepThroughDialog(
                self.session.document, self._parent,
                avoid=lambda: (self.network_view, self.output()))
            self.dialog.sigHighlight.connect(self.network_view.set_highlight)
        return self.dialog.start(index)

    def picked(self, x: float, y: float, radius: float) -> None:
        self.status.clear_message()  # the ask to click is answered
        index = nearest_training_point(self.session.document.points, x, y, radius)
        if index is None:
            self.status.show_message(translate("StepThrough", "No training point there: choose "
                                               "Step through a point again and click on one"),
                                     5000)
            return
        self.start(index)
