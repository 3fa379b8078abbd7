"""Drawing on the curve view: the mouse places, paints and erases 1-D points.

An event filter on the view's graphics viewport takes the raw mouse events (before pyqtgraph
sees them) and calls the document, which owns the undo history; a drag is one undo step. A
1-D point placed at (x, y) is the point ``(x, 0)`` with the target y. Distances are measured
on screen, since x and y have different scales.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
from PySide6.QtCore import QPointF, Qt, SignalInstance
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from playground.ui.controllers.document import Document
from playground.ui.i18n import translate
from playground.ui.views.drawing import ViewportMouse

TOOLS = ("add", "brush", "erase")
PAINT_SPACING_PX = 8.0  # a drag paints a point every this many pixels
ERASE_RADIUS_PX = 10.0  # the eraser's reach around the pointer

class CurveSurface(Protocol):
    """What the tools need of the curve view they draw on (``CurveView``)."""

    sigCursorMoved: SignalInstance
    sigCursorLeft: SignalInstance

    def viewport(self) -> QWidget: ...

    def viewport_to_data(self, pos: QPointF) -> tuple[float, float]: ...

    def fit_y_range(self) -> None: ...

    def y_limits(self) -> tuple[float, float]: ...

    def x_limits(self) -> tuple[float, float]: ...

    def pixel_size(self) -> tuple[float, float]: ...


class CurveDrawing(ViewportMouse):
    """Left button: tool "add" clicks one point (a drag paints), "brush" paints, "erase"
    removes the points near the pointer. The right button always erases."""

    def __init__(self, view: CurveSurface, document: Document) -> None:
        super().__init__(view.viewport())  # lives as long as the view
        self._view = view
        self._document = document
        self._viewport = view.viewport()
        self._tool = "add"
        # the gesture in progress
        self._mode: str | None = None  # "add" (a click, until it drags), "paint" or "erase"
        self._button: Qt.MouseButton | None = None
        self._press_px = QPointF()
        self._dragging = False
        self._stroke_open = False
        self._last_paint: QPointF | None = None
        self._viewport.installEventFilter(self)

    def set_tool(self, tool: str) -> None:
        """One of ``TOOLS``: "add", "brush" or "erase" (as on the canvas)."""
        if tool not in TOOLS:
            raise ValueError(f"tool must be one of {', '.join(TOOLS)} (got {tool!r})")
        self._tool = tool

    def tool(self) -> str:
        return self._tool

    @property
    def active(self) -> bool:
        """Whether a gesture is in progress (the view keeps its axes still meanwhile)."""
        return self._mode is not None

    # --- mouse ----------------------------------------------------------------------------------
    def _leave(self) -> None:
        self._view.sigCursorLeft.emit()

    def _mouse_press(self, event: QMouseEvent) -> None:
        button = event.button()
        if self._button is not None or button not in (Qt.MouseButton.LeftButton,
                                                      Qt.MouseButton.RightButton):
            return
        self._button = button
        tool = self._tool if button == Qt.MouseButton.LeftButton else "erase"
        self._mode = {"add": "add", "brush": "paint", "erase": "erase"}[tool]
        self._press_px = event.position()
        self._dragging = False
        self._last_paint = None
        if self._mode == "paint":
            self._paint(event.position())
        elif self._mode == "erase":
            self._erase(event.position())

    def _mouse_move(self, event: QMouseEvent) -> None:
        pos = event.position()
        self._view.sigCursorMoved.emit(*self._view.viewport_to_data(pos))
        if self._button is None:
            return
        if not self._dragging:
            if (pos - self._press_px).manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = True
            if self._mode == "add":  # a drag with the add tool paints, from where it began
                self._mode = "paint"
                self._paint(self._press_px)
        if self._mode == "paint":
            last = self._last_paint
            if last is None or np.hypot(pos.x() - last.x(),
                                        pos.y() - last.y()) >= PAINT_SPACING_PX:
                self._paint(pos)
        elif self._mode == "erase":
            self._erase(pos)

    def _mouse_release(self, event: QMouseEvent) -> None:
        if event.button() != self._button:
            return
        try:
            if self._mode == "add" and not self._dragging:
                self._add(self._press_px, translate("Document", "Add point"), stroke=False)
        finally:
            self.finish_gesture()

    def finish_gesture(self) -> None:
        """End the gesture in progress (closing its undo step); the view then fits its y
        axis to the points again."""
        if self._stroke_open:
            self._stroke_open = False
            self._document.end_stroke()
        drew = self._mode is not None
        self._button, self._mode, self._dragging = None, None, False
        if drew:
            self._view.fit_y_range()

    # --- edits ----------------------------------------------------------------------------------
    def _open_stroke(self, text: str) -> None:
        if not self._stroke_open:  # opened lazily: no empty undo steps
            self._document.begin_stroke(text)
            self._stroke_open = True

    def _add(self, pos: QPointF, text: str, stroke: bool = True) -> None:
        """A point at the pointer, inside the plot: coordinates (x, 0), target y."""
        x, y = self._view.viewport_to_data(pos)
        x_lo, x_hi = self._view.x_limits()
        y_lo, y_hi = self._view.y_limits()
        if (self._document.points.task != "regression" or not x_lo <= x <= x_hi
                or not y_lo <= y <= y_hi):
            return
        if stroke:
            self._open_stroke(text)
        self._document.add_points(np.array([[x, 0.0]]), np.array([y]), text)

    def _paint(self, pos: QPointF) -> None:
        self._add(pos, translate("Document", "Paint points"))
        self._last_paint = QPointF(pos)

    def _erase(self, pos: QPointF) -> None:
        """Remove the points within ``ERASE_RADIUS_PX`` of the pointer, on screen."""
        p = self._document.points
        x, y = self._view.viewport_to_data(pos)
        px_w, px_h = self._view.pixel_size()
        dx = (p.coords[:, 0] - x) / (ERASE_RADIUS_PX * px_w)
        dy = (p.values.astype(np.float64) - y) / (ERASE_RADIUS_PX * px_h)
        indices = np.flatnonzero(dx * dx + dy * dy <= 1.0)
        if len(indices):
            self._open_stroke(translate("Document", "Erase points"))
            self._document.remove_points(indices, translate("Document", "Erase points"))
