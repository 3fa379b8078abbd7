"""Zoom and pan of a plot (the canvas, the curve view), and the extent it shows.

The plot's mouse belongs to the drawing tools, so pyqtgraph's own mouse zoom and pan stay off
and this takes the few gestures that move the view instead:

- **Ctrl + wheel** zooms about the pointer (the point under it stays put); the plain wheel
  changes nothing (it never zooms by accident while drawing or scrolling past);
- dragging with the **middle button**, or the left button with **Ctrl** held, pans.

Everything else goes on to the drawing tools. ``set_extent`` shows an extent (Fit to data,
Reset view, a session's saved view) through the ViewBox's ``setRange``; the ViewBox's limits
keep it within ``MAX_VIEW`` and no finer than ``MIN_VIEW_SPAN``. ``sigExtentChanged`` tells
the extent shown whenever it changes, at most every ``EXTENT_INTERVAL_MS`` while zooming or
panning (the last one always comes).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QWheelEvent

from playground.data.view_frame import Extent
from playground.limits import MAX_COORD
from playground.ui.views.throttle import Throttle

ZOOM_PER_NOTCH = 0.8  # one wheel notch (120 eighths of a degree) shows 0.8 of the span
MAX_VIEW = 4 * MAX_COORD  # the view never reaches further out than this ...
MIN_VIEW_SPAN = 1e-3  # ... nor spans less than this on an axis
EXTENT_INTERVAL_MS = 100  # the extent is told at most this often while it moves


class ViewNavigation(QObject):
    """The zoom and pan of ``view_box`` (a pyqtgraph ``ViewBox``) by the mouse on
    ``viewport``; ``to_data`` maps a viewport position to data coordinates."""

    sigExtentChanged = Signal(object)  # Extent: (x_min, x_max, y_min, y_max) shown

    def __init__(self, view_box: Any, to_data: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vb = view_box
        self._to_data = to_data
        self._pan_from: tuple[float, float] | None = None  # data position the drag holds
        self._pan_button: Qt.MouseButton | None = None
        view_box.setLimits(xMin=-MAX_VIEW, xMax=MAX_VIEW, yMin=-MAX_VIEW, yMax=MAX_VIEW,
                           minXRange=MIN_VIEW_SPAN, minYRange=MIN_VIEW_SPAN)
        self._throttle = Throttle(self._tell, EXTENT_INTERVAL_MS, self)
        self._told: Extent | None = None
        view_box.sigRangeChanged.connect(lambda *_args: self._throttle.request())

    # --- the extent -----------------------------------------------------------------------------
    def extent(self) -> Extent:
        """The extent shown now."""
        (x0, x1), (y0, y1) = self._vb.viewRange()
        return float(x0), float(x1), float(y0), float(y1)

    def set_extent(self, extent: Extent) -> None:
        """Show ``extent`` (an aspect-locked view shows at least it), and tell it at once."""
        x0, x1, y0, y1 = extent
        self._vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.flush()

    def set_x_range(self, x0: float, x1: float) -> None:
        """Show x from ``x0`` to ``x1``, y as it is."""
        self._vb.setXRange(x0, x1, padding=0)
        self.flush()

    def set_y_range(self, y0: float, y1: float) -> None:
        """Show y from ``y0`` to ``y1``, x as it is."""
        self._vb.setYRange(y0, y1, padding=0)
        self.flush()

    def flush(self) -> None:
        """Tell a change of extent at once, not when the throttle's timer is due."""
        self._throttle.request(now=True)

    def _tell(self) -> None:
        extent = self.extent()
        if extent != self._told:
            self._told = extent
            self.sigExtentChanged.emit(extent)

    # --- the mouse ------------------------------------------------------------------------------
    def handle(self, event: QEvent) -> bool:
        """Handle ``event`` (a viewport event) if it zooms or pans; True if it did. A plain
        wheel is taken too (True) and does nothing."""
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            assert isinstance(event, QWheelEvent)
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._zoom(event)
            return True
        if not isinstance(event, QMouseEvent):
            return False
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            button = event.button()
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if self._pan_button is None and (button == Qt.MouseButton.MiddleButton or (
                    button == Qt.MouseButton.LeftButton and ctrl)):
                self._pan_button = button
                self._pan_from = self._to_data(event.position())
                return True
            return self._pan_button is not None
        if kind == QEvent.Type.MouseMove and self._pan_from is not None:
            x, y = self._to_data(event.position())
            fx, fy = self._pan_from
            self._vb.translateBy(x=fx - x, y=fy - y)  # the held point stays under the pointer
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._pan_button is not None:
            if event.button() == self._pan_button:
                self._pan_button = self._pan_from = None
                self.flush()
            return True
        return False

    def _zoom(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120 or event.angleDelta().x() / 120
        if not notches:
            return
        x, y = self._to_data(event.position())
        factor = ZOOM_PER_NOTCH ** notches
        self._vb.scaleBy((factor, factor), center=QPointF(x, y))
