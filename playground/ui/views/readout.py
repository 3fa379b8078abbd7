"""The hover readout: a status-bar label telling what lies under the pointer on the canvas.

The position, the point there (its class or target, and its split) and the network's output
there, read off the latest snapshot's heatmap grid (``CanvasView.prediction_at``): hovering
never evaluates the network in the window. While the pointer rests, each new snapshot refreshes
the numbers; the label empties when the pointer leaves the plot or the extent it shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from playground.ui.controllers.document import Document
from playground.ui.status import format_readout
from playground.ui.views.canvas import CanvasView
from playground.ui.views.curve_view import CurveView

# the width of a typical line, so the label does not jump as the numbers change (a sample to
# measure, never shown)
TYPICAL_TEXT = ("x₁ −0.00, x₂ −0.00 · point: class 1, training · "
                "p(class 2) = 0.00 → class 2")  # untranslated: a width sample


class HoverReadout(QLabel):
    """Follows the pointer over ``canvas`` (and over any view given to ``follow``, such as
    the curve view of a 1-D session); names classes as ``document`` does."""

    def __init__(self, canvas: CanvasView, document: Document,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas: CanvasView | CurveView = canvas
        self._document = document
        self._at: tuple[float, float] | None = None
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(TYPICAL_TEXT))
        self.follow(canvas)

    def follow(self, view: CanvasView | CurveView) -> None:
        """Also read out what lies under the pointer on ``view``."""
        view.sigCursorMoved.connect(lambda x, y: self._moved(view, x, y))
        view.sigCursorLeft.connect(self.clear_readout)
        view.sigHeatmapChanged.connect(lambda: self._refresh() if self._canvas is view else None)

    def _moved(self, view: CanvasView | CurveView, x: float, y: float) -> None:
        self._canvas = view
        self.show_at(x, y)

    def show_at(self, x: float, y: float) -> None:
        """Describe data position (x, y); empty outside the extent shown."""
        x0, x1, y0, y1 = self._canvas.extent()
        one_d = self._canvas.one_d  # a 1-D plot's y is a target: (x, y) are not inputs
        if not (x0 <= x <= x1 and (one_d or y0 <= y <= y1)):
            self.clear_readout()
            return
        self._at = (x, y)
        points = self._document.points
        index = self._canvas.point_at(x, y)
        value: float | tuple[int, ...] | None = None
        if index is not None:
            row = points.values[index]
            value = tuple(int(v) for v in row) if row.ndim else float(row)
        point = None if index is None or value is None else (
            points.task, value, bool(points.is_train[index]))
        # a table of N > 2 inputs: every input by name, the hidden ones at the slice
        position = (self._canvas.position_text(x, y)
                    if isinstance(self._canvas, CanvasView) else None)
        text, tip = format_readout(x, y, self._canvas.prediction_at(x, y), point,
                                   self._document.class_labels(), one_d, position)
        if text != self.text() or tip != self.toolTip():
            self.setText(text)
            self.setToolTip(tip)

    def clear_readout(self) -> None:
        self._at = None
        if self.text():
            self.setText("")
            self.setToolTip("")

    def _refresh(self) -> None:
        """A new snapshot: the output under a resting pointer has changed."""
        if self._at is not None:
            self.show_at(*self._at)
