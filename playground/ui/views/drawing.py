"""The drawing tools: the mouse on the canvas adds, paints and erases points.

An event filter on the canvas's graphics view takes the raw mouse events (before pyqtgraph
sees them), turns them into data coordinates and calls the document, which owns the undo
history; a drag is one undo step. The tools never change the document's arrays themselves.

A table of N > 2 inputs is drawn over a slice (``slice_controls``): a point drawn there takes
the two shown inputs from the mouse and every other input from the slice
(``CanvasView.to_inputs``); erase takes the points under the brush in the plane shown that
lie near the slice (``CanvasView.indices_near``), not the faded ones far from it.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, SignalInstance
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from playground.limits import MAX_COORD
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate
from playground.ui.views.navigation import ViewNavigation

TOOLS = ("add", "brush", "erase")
_MOUSE_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                 QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease)


class DrawingSurface(Protocol):
    """What the tools need of the canvas they draw on (``CanvasView``)."""

    sigCursorMoved: SignalInstance

    def viewport(self) -> QWidget: ...

    def viewport_to_data(self, pos: QPointF) -> tuple[float, float]: ...

    def show_outline(self, x: float, y: float, r: float) -> None: ...

    def hide_outline(self) -> None: ...

    def visible_extent(self) -> tuple[float, float, float, float]: ...

    def to_inputs(self, xy: np.ndarray) -> np.ndarray: ...

    def indices_near(self, x: float, y: float, radius: float) -> np.ndarray: ...


class ViewportMouse(QObject):
    """Takes a plot viewport's raw mouse events (before pyqtgraph sees them) and hands them
    to ``_mouse_press`` / ``_mouse_move`` / ``_mouse_release``; the gestures that zoom and pan
    (``navigation.ViewNavigation``: Ctrl + wheel, a middle or Ctrl + left drag) go to
    ``navigation`` first, the plain wheel and the context menu are swallowed, so pyqtgraph
    never moves the view itself. ``_leave`` runs when the pointer leaves."""

    _viewport: QObject
    navigation: ViewNavigation | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is not self._viewport:
            return super().eventFilter(obj, event)
        if self.navigation is not None and self.navigation.handle(event):
            return True
        kind = event.type()
        if kind in _MOUSE_EVENTS:
            assert isinstance(event, QMouseEvent)
            if kind == QEvent.Type.MouseMove:
                self._mouse_move(event)
            elif kind == QEvent.Type.MouseButtonRelease:
                self._mouse_release(event)
            else:
                self._mouse_press(event)
            return True
        if kind == QEvent.Type.Leave:
            self._leave()
        return kind in (QEvent.Type.Wheel, QEvent.Type.ContextMenu)

    def _mouse_press(self, event: QMouseEvent) -> None:
        raise NotImplementedError

    def _mouse_move(self, event: QMouseEvent) -> None:
        raise NotImplementedError

    def _mouse_release(self, event: QMouseEvent) -> None:
        raise NotImplementedError

    def _leave(self) -> None:
        pass


class DrawingTools(ViewportMouse):
    """Left button: tool "add" clicks one point (a drag paints like the brush), "brush" sprays,
    "erase" removes the points under the brush disc. Right button always erases."""

    def __init__(self, canvas: DrawingSurface, document: Document) -> None:
        super().__init__(canvas.viewport())  # lives as long as the canvas
        self._canvas = canvas
        self._document = document
        self._viewport = canvas.viewport()
        self._tool = "add"
        self._regression_value = 1.0
        self._radius, self._density = 0.5, 5
        self._rng = np.random.default_rng()
        # the current mouse gesture
        self._button: Qt.MouseButton | None = None
        self._mode: str | None = None
        self._press_px = QPointF()
        self._press_xy = (0.0, 0.0)
        self._dragging = False
        self._stroke_open = False
        self._last_spray: tuple[float, float] | None = None
        self._viewport.installEventFilter(self)

    # --- settings -------------------------------------------------------------------------------
    def set_tool(self, tool: str) -> None:
        """One of ``TOOLS``: "add", "brush" or "erase"."""
        if tool not in TOOLS:
            raise ValueError(f"tool must be one of {', '.join(TOOLS)} (got {tool!r})")
        self._tool = tool
        if tool == "add" and self._button is None:
            self._canvas.hide_outline()

    def tool(self) -> str:
        return self._tool

    def set_current_class(self, label: int) -> None:
        """The class new points get (classification): the document's, which the data panel
        and the class keys show; a class the points do not have is refused."""
        self._document.set_current_class(int(label))

    def set_regression_value(self, value: float) -> None:
        """The target new points get (regression)."""
        self._regression_value = float(value)

    def set_brush(self, radius: float, density: int) -> None:
        """Brush disc radius (data units) and points sprayed per stroke step."""
        if not (np.isfinite(radius) and radius > 0) or int(density) < 1:
            raise ValueError(f"need radius > 0 and density >= 1 (got {radius}, {density})")
        self._radius, self._density = float(radius), int(density)

    def brush(self) -> tuple[float, int]:
        return self._radius, self._density

    # --- mouse ----------------------------------------------------------------------------------
    def _leave(self) -> None:
        if self._button is None:
            self._canvas.hide_outline()

    def _mouse_press(self, event: QMouseEvent) -> None:
        button = event.button()
        if self._button is not None or button not in (Qt.MouseButton.LeftButton,
                                                      Qt.MouseButton.RightButton):
            return
        self._button = button
        self._mode = self._tool if button == Qt.MouseButton.LeftButton else "erase"
        self._press_px = event.position()
        self._press_xy = self._canvas.viewport_to_data(event.position())
        self._dragging = False
        self._last_spray = None
        self._update_outline(*self._press_xy)
        if self._mode == "brush":
            self._spray(*self._press_xy)
        elif self._mode == "erase":
            self._erase(*self._press_xy)

    def _mouse_move(self, event: QMouseEvent) -> None:
        x, y = self._canvas.viewport_to_data(event.position())
        self._canvas.sigCursorMoved.emit(x, y)
        self._update_outline(x, y)
        if self._button is None:
            return
        if not self._dragging:
            moved = (event.position() - self._press_px).manhattanLength()
            if moved < QApplication.startDragDistance():
                return
            self._dragging = True
            if self._mode == "add":  # a drag with the add tool paints
                self._mode = "brush"
                self._spray(x, y)
                return
        if self._mode == "brush":
            last = self._last_spray
            if last is None or np.hypot(x - last[0], y - last[1]) >= self._radius / 2:
                self._spray(x, y)
        elif self._mode == "erase":
            self._erase(x, y)

    def _mouse_release(self, event: QMouseEvent) -> None:
        if event.button() != self._button:
            return
        try:
            if self._mode == "add" and not self._dragging:
                self._add(np.array([self._press_xy]), translate("Document", "Add point"))
        finally:
            self.finish_gesture()
        x, y = self._canvas.viewport_to_data(event.position())
        self._update_outline(x, y)

    def finish_gesture(self) -> None:
        """End the gesture in progress (closing its undo step)."""
        if self._stroke_open:
            self._stroke_open = False
            self._document.end_stroke()
        self._button, self._mode, self._dragging = None, None, False

    def _update_outline(self, x: float, y: float) -> None:
        painting = self._mode in ("brush", "erase")
        if self._tool == "add" and not painting:
            self._canvas.hide_outline()
            return
        self._canvas.show_outline(x, y, self._radius)

    # --- edits ----------------------------------------------------------------------------------
    def _new_value(self) -> float | int | np.ndarray | None:
        points = self._document.points
        if points.task == "regression":
            return self._regression_value
        label = self._document.current_class
        if not 0 <= label < points.n_classes:
            return None
        if points.task == "multilabel":  # the label shown is 1, the others 0
            row = np.zeros(points.n_classes, np.int64)
            row[label] = 1
            return row
        return label

    def _add(self, coords: np.ndarray, text: str, stroke: bool = False) -> None:
        x0, x1, y0, y1 = self._canvas.visible_extent()  # not in the axes' margin
        inside = ((coords[:, 0] >= x0) & (coords[:, 0] <= x1) & (coords[:, 1] >= y0)
                  & (coords[:, 1] <= y1))
        # a table of N > 2 inputs: every other input at the slice
        coords = self._canvas.to_inputs(coords[inside])
        coords = coords[(np.abs(coords) <= MAX_COORD).all(axis=1)]
        value = self._new_value()
        if len(coords) == 0 or value is None:
            return
        if stroke and not self._stroke_open:  # opened lazily: no empty undo steps
            self._document.begin_stroke(text)
            self._stroke_open = True
        self._document.add_points(coords, value, text)

    def add_point(self, x: float, y: float) -> None:
        """One point at (x, y), as a click of the add tool adds (the keyboard's Enter)."""
        self._add(np.array([[x, y]], np.float64), translate("Document", "Add point"))

    def _spray(self, x: float, y: float) -> None:
        n = self._density
        r = self._radius * np.sqrt(self._rng.random(n))
        theta = self._rng.random(n) * (2 * np.pi)
        self._add(np.column_stack([x + r * np.cos(theta), y + r * np.sin(theta)]),
                  translate("Document", "Paint points"), stroke=True)
        self._last_spray = (x, y)

    def _erase(self, x: float, y: float) -> None:
        # in the plane shown; of a table of N > 2 inputs, only points near the slice
        indices = self._canvas.indices_near(x, y, self._radius)
        if len(indices) == 0:
            return
        if not self._stroke_open:
            self._document.begin_stroke(translate("Document", "Erase points"))
            self._stroke_open = True
        self._document.remove_points(indices, translate("Document", "Erase points"))

