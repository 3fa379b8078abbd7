"""The curve view: a 1-D session's points as y against x, the network's fitted curve and the
test points' residuals.

The 1-D counterpart of the canvas (``canvas.CanvasView``), with the same surface where it
matters: ``show_output``, ``render_image``, ``viewport``, the tool and test-point toggles. A
1-D point is ``(x, 0)`` with the target y (``session.dims``); the curve is the snapshot's
(computed in the training process, ``training.rendering.curve_x``). Every plot item is created
once and updated with ``setData``. The mouse draws (``curve_drawing.CurveDrawing``): a left
click places a point at (x, y), a drag paints points along its path, the right button (or the
erase tool) removes the points under the pointer; a drag is one undo step. The view never
changes the document's arrays.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QHideEvent, QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from playground.data.datasets import VIEW_BOX
from playground.data.points import PointSet
from playground.pictures.heatmap import point_rgb, regression_limit
from playground.session.dims import is_one_d as _session_is_one_d
from playground.session.view_inputs import OutputPicture
from playground.training.config import TrainConfig
from playground.training.rendering import curve_x
from playground.ui import theme
from playground.ui.controllers.document import Document
from playground.ui.views.curve_drawing import CurveDrawing
from playground.ui.views.hover import HOVER_PIXELS
from playground.ui.views.plot_pane import PlotCoordinates, render_plot

PADDING = 0.02  # fraction of the x range shown beyond the box
Y_MARGIN = 0.12  # fraction of the targets' span shown above and below them
MIN_Y_SPAN = 1.0  # the y axis never spans less (a single point, or none: -0.5..0.5 + margin)
POINT_SIZE = 7.0  # screen pixels
OUTLINE_RGBA = (40, 40, 40, 170)  # thin dark rim of filled (training) points


def is_one_d(document: Document) -> bool:
    """Whether ``document`` holds a 1-D session (the curve view shows it, not the canvas)."""
    return _session_is_one_d(document.model)


def y_range(values: np.ndarray) -> tuple[float, float]:
    """The y axis for these targets: their span (at least ``MIN_Y_SPAN``) plus margins."""
    values = np.asarray(values, np.float64)
    lo, hi = (float(values.min()), float(values.max())) if values.size else (0.0, 0.0)
    span = max(hi - lo, MIN_Y_SPAN)
    middle = (lo + hi) / 2
    half = span / 2 + Y_MARGIN * span
    return middle - half, middle + half


class CurveView(PlotCoordinates, QWidget):
    """y against x of a 1-D ``Document``: filled training points, hollow test points, the
    network's curve and a thin line from each test point to it (its residual).

    Left button: tool "add" clicks one point (a drag paints), "brush" paints, "erase"
    removes the points near the pointer; the right button always erases. A drag is one undo
    step. ``sigCursorMoved(x, y)`` reports the hovered data position, ``sigCursorLeft`` that
    the pointer left.
    """

    sigCursorMoved = Signal(float, float)
    sigCursorLeft = Signal()
    sigHeatmapChanged = Signal()  # a new curve (the readout's name for "new output")
    one_d = True  # for the hover readout: positions are (x, y), not (x1, x2)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._show_test = True
        self._curve: np.ndarray | None = None
        self._limit = 1.0

        self._plot = pg.PlotWidget(self, background=theme.plot_background(), enableMenu=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot)
        self._viewport = self._plot.viewport()
        self._viewport.setMouseTracking(True)
        self._viewport.setCursor(Qt.CursorShape.CrossCursor)
        self._build_plot()
        self.drawing = CurveDrawing(self, document)

        self._active, self._stale = True, False
        document.sigPointsChanged.connect(self._on_points_changed)
        document.sigConfigChanged.connect(self._on_config_changed)
        self._on_points_changed(document.points, document.version)

    def _build_plot(self) -> None:
        item = self._plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.layout.setContentsMargins(1, 8, 6, 1)
        vb = item.getViewBox()
        self._vb = vb
        vb.setMenuEnabled(False)
        vb.setMouseEnabled(x=False, y=False)
        lo, hi = VIEW_BOX
        pad = PADDING * (hi - lo)
        vb.setRange(xRange=(lo - pad, hi + pad), yRange=y_range(np.zeros(0)), padding=0)
        vb.disableAutoRange()
        text = theme.plot_text()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        item.setLabel("bottom", "x", color=text)
        item.setLabel("left", "y", color=text)
        item.showGrid(x=True, y=True, alpha=0.12)

        dark = theme.is_dark()
        self.zero_line = pg.InfiniteLine(pos=0.0, angle=0, movable=False,
                                         pen=pg.mkPen(*theme.plot_text_rgb(), 90, width=1))
        self.residuals = pg.ErrorBarItem(
            x=np.zeros(0), y=np.zeros(0), height=np.zeros(0), beam=0,
            pen=pg.mkPen((235, 110, 110, 200) if dark else (200, 40, 40, 170), width=1))
        self.curve = pg.PlotDataItem(
            pen=pg.mkPen("#f2f2f2" if dark else "#1d1d1d", width=2.4), antialias=True)
        self.train_points = pg.ScatterPlotItem(size=POINT_SIZE, symbol="o", pxMode=True,
                                               antialias=True)
        self.test_points = pg.ScatterPlotItem(size=POINT_SIZE, symbol="o", pxMode=True,
                                              antialias=True)
        for z, it in enumerate((self.zero_line, self.residuals, self.train_points, self.curve,
                                self.test_points)):
            it.setZValue(z)
            vb.addItem(it, ignoreBounds=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(640, 420)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(240, 160)

    # --- settings -------------------------------------------------------------------------------
    def set_tool(self, tool: str) -> None:
        """One of ``curve_drawing.TOOLS``: "add", "brush" or "erase" (as on the canvas)."""
        self.drawing.set_tool(tool)

    def tool(self) -> str:
        return self.drawing.tool()

    def set_show_test(self, show: bool) -> None:
        """Show or hide the test points (and their residuals)."""
        self._show_test = bool(show)
        self._redraw_points()

    # --- document and snapshots -------------------------------------------------------------------
    def set_active(self, active: bool) -> None:
        """While inactive (the window shows the canvas instead), point edits are not drawn:
        redrawing every point on each edit of a 2-D session would cost the brush ~100 ms at
        20,000 points. Becoming active catches up."""
        self._active = active
        if active and self._stale:
            self._on_points_changed(self._document.points, self._document.version)

    def _on_points_changed(self, points: PointSet, _version: int) -> None:
        self._stale = not self._active
        if self._stale:
            return
        self._limit = regression_limit(points.values) if points.task == "regression" else 1.0
        self._redraw_points()
        if not self.drawing.active:  # the axes keep still under a pointer that draws
            self.fit_y_range()

    def _on_config_changed(self, _config: TrainConfig, reset: bool) -> None:
        if reset:  # a new network: its curve comes with its first snapshot
            self.clear_curve()

    def show_output(self, picture: OutputPicture) -> None:
        """Draw the output's curve; a picture without one (a 2-D network's) is ignored."""
        if picture.curve is None:
            return
        self._curve = picture.curve
        self.curve.setData(curve_x(len(picture.curve)), picture.curve)
        self._redraw_residuals()
        self.sigHeatmapChanged.emit()

    def prediction_at(self, x: float, _y: float) -> tuple[str, np.ndarray] | None:
        """The latest curve's value at ``x`` (None before any, or outside the box)."""
        lo, hi = VIEW_BOX
        if self._curve is None or not lo <= x <= hi:
            return None
        curve = self._curve
        return "regression", np.asarray(np.interp(x, curve_x(len(curve)), curve))

    def point_at(self, x: float, y: float, pixels: float = HOVER_PIXELS) -> int | None:
        """Index of the shown point nearest to (x, y) within ``pixels`` screen pixels."""
        p = self._document.points
        w, h = self.pixel_size()
        d = np.hypot((p.coords[:, 0] - x) / w, (p.values.astype(np.float64) - y) / h)
        if not self._show_test:
            d = np.where(p.is_train, d, np.inf)
        if d.size == 0 or float(d.min()) > pixels:
            return None
        return int(np.argmin(d))

    def clear_curve(self) -> None:
        """Forget the curve (e.g. before the first snapshot of a new network)."""
        self._curve = None
        self.curve.setData([], [])
        self._redraw_residuals()

    def fit_y_range(self) -> None:
        """Fit the y axis to the targets (``y_range``)."""
        self._vb.setYRange(*y_range(self._document.points.values), padding=0)

    def _redraw_points(self) -> None:
        p = self._document.points
        for item, mask in ((self.train_points, p.is_train), (self.test_points, ~p.is_train)):
            if item is self.test_points and not self._show_test:
                mask = np.zeros(len(p), bool)
            x, y = p.coords[mask, 0], p.values[mask].astype(np.float64)
            brushes, pens = self._styles(p.values[mask], item is self.train_points, p.task)
            item.setData(x=x, y=y, brush=brushes, pen=pens)
        self._redraw_residuals()

    def _redraw_residuals(self) -> None:
        """A vertical line from each shown test point to the curve."""
        p = self._document.points
        curve = self._curve
        if curve is None or not self._show_test or p.n_test == 0:
            x = y = height = np.zeros(0)
        else:
            x, y = p.coords[~p.is_train, 0], p.values[~p.is_train].astype(np.float64)
            fitted = np.interp(x, curve_x(len(curve)), curve)
            y, height = (y + fitted) / 2, np.abs(fitted - y)
        self.residuals.setData(x=x, y=y, height=height)

    def _styles(self, values: np.ndarray, train: bool,
                task: str) -> tuple[np.ndarray, np.ndarray]:
        """Per-point brushes and pens in the canvas's colours: training points filled with a
        dark rim, test points hollow with a coloured ring."""
        rgb = point_rgb(values, task, self._limit).astype(np.int64)
        packed = (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
        brushes = np.empty(len(values), object)
        pens = np.empty(len(values), object)
        if train:
            pens[:] = pg.mkPen(OUTLINE_RGBA, width=1)
        else:
            brushes[:] = pg.mkBrush(None)
        for color in np.unique(packed):
            same = packed == color
            if train:
                brushes[same] = self._brush(int(color))
            else:
                pens[same] = self._pen(int(color))
        return brushes, pens

    # --- the mouse (see ``curve_drawing``) -------------------------------------------------
    def finish_gesture(self) -> None:
        """End the gesture in progress (closing its undo step)."""
        self.drawing.finish_gesture()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.drawing.finish_gesture()  # never leave an undo macro open
        super().hideEvent(event)

    def y_limits(self) -> tuple[float, float]:
        """The y range shown."""
        lo, hi = self._vb.viewRange()[1]
        return float(lo), float(hi)

    def pixel_size(self) -> tuple[float, float]:
        """Data units per screen pixel along x and y."""
        w, h = self._vb.viewPixelSize()
        return float(w), float(h)

    # --- export -----------------------------------------------------------------------------------
    def render_image(self, width: int, height: int) -> QImage:
        """The view as shown (points, curve, residuals, axes), centred in a width x height
        image of the plot's background; lines, text and points scale with the size."""
        return render_plot(self._plot.getPlotItem(), width, height,
                           QColor(theme.plot_background()))
