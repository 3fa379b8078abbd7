"""The curve view: a 1-D session's points as y against x, the network's fitted curve and the
test points' residuals.

The 1-D counterpart of the canvas (``canvas.CanvasView``), with the same surface where it
matters: ``show_output``, ``render_image``, ``viewport``, the tool and test-point toggles. A
1-D point is ``(x, 0)`` with the target y (``session.dims``); the curve is the snapshot's
(computed in the training process, ``training.rendering.curve_x``). Every plot item is created
once and updated with ``setData``. The mouse draws (``curve_drawing.CurveDrawing``): a left
click places a point at (x, y), a drag paints points along its path, the right button (or the
erase tool) removes the points under the pointer; a drag is one undo step. Ctrl + wheel
zooms, a middle (or Ctrl + left) drag pans (``navigation.ViewNavigation``). The view fits
the data when they are replaced (a preset, an import, an opened session): x with a margin
(``view_frame.data_extent``), y by ``y_range``; ``sigExtentChanged`` tells the extent shown,
and the window asks the trainer for the curve over its x range, so a fitted curve is seen
beyond the data. The view never changes the document's arrays.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QHideEvent, QImage, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from playground.data.datasets import VIEW_BOX
from playground.data.edits import ReplaceAll
from playground.data.points import PointSet
from playground.data.view_frame import Extent, data_extent
from playground.pictures.heatmap import point_rgb, regression_limit
from playground.session.dims import is_one_d as _session_is_one_d
from playground.session.view_inputs import OutputPicture
from playground.training.config import TrainConfig
from playground.training.rendering import curve_x
from playground.ui import theme, zoom
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate
from playground.ui.views.curve_drawing import CurveDrawing
from playground.ui.views.hover import HOVER_PIXELS
from playground.ui.views.navigation import ViewNavigation
from playground.ui.views.plot_pane import PlotCoordinates, render_plot

PADDING = 0.02  # fraction of the x range shown beyond the box in the default view
DEFAULT_X = (VIEW_BOX[0] - PADDING * (VIEW_BOX[1] - VIEW_BOX[0]),
             VIEW_BOX[1] + PADDING * (VIEW_BOX[1] - VIEW_BOX[0]))  # Reset view
Y_MARGIN = 0.12  # fraction of the targets' span shown above and below them
MIN_Y_SPAN = 1.0  # the y axis never spans less (a single point, or none: -0.5..0.5 + margin)
POINT_SIZE = 7.0  # screen pixels at 100 % (``set_zoom``)
CURVE_WIDTH = 2.4  # the curve's line, screen pixels at 100 %
RESIDUAL_WIDTH = 1.0  # a test point's line to the curve, screen pixels at 100 %
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
    sigExtentChanged = Signal(object)  # Extent shown (throttled while it moves)
    one_d = True  # for the hover readout: positions are (x, y), not (x1, x2)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._show_test = True
        self._curve: np.ndarray | None = None
        self._curve_x = np.zeros(0)  # where the curve was sampled
        self._limit = 1.0
        self._data_x: tuple[float, float] | None = None  # the points' fitted x, last fitted
        self._drawn_edit = False  # the points changed by drawing (x stays)
        self._zoom = 1.0  # View ▸ Zoom: the projector scale of points and lines

        self._plot = pg.PlotWidget(self, background=theme.plot_background(), enableMenu=False)
        self._plot.setAccessibleName(translate("CurveView", "Curve"))
        self._plot.setAccessibleDescription(translate(
            "CurveView", "The points of a one-input session and the network's curve through "
            "them; the readout in the status bar tells what lies under the pointer."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot)
        self._viewport = self._plot.viewport()
        self._viewport.setMouseTracking(True)
        self._viewport.setCursor(Qt.CursorShape.CrossCursor)
        self._build_plot()
        self.drawing = CurveDrawing(self, document)
        self.navigation = ViewNavigation(self._vb, self.viewport_to_data, self)
        self.drawing.navigation = self.navigation
        self.navigation.sigExtentChanged.connect(self.sigExtentChanged)

        self._active, self._stale = True, False
        document.sigPointsEdited.connect(self._on_points_edited)  # before sigPointsChanged
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
        vb.setMouseEnabled(x=False, y=False)  # ``navigation`` zooms and pans
        vb.setRange(xRange=DEFAULT_X, yRange=y_range(np.zeros(0)), padding=0)
        vb.disableAutoRange()
        text = theme.plot_text()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        item.setLabel("bottom", "x", color=text)
        item.setLabel("left", "y", color=text)
        item.showGrid(x=True, y=True, alpha=0.12)

        self.zero_line = pg.InfiniteLine(pos=0.0, angle=0, movable=False,
                                         pen=pg.mkPen(*theme.plot_text_rgb(), 90, width=1))
        self.residuals = pg.ErrorBarItem(
            x=np.zeros(0), y=np.zeros(0), height=np.zeros(0), beam=0,
            pen=self._residual_pen())
        self.curve = pg.PlotDataItem(pen=self._curve_pen(), antialias=True)
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
    def set_zoom(self, factor: float) -> None:
        """Projector scale: the points, the curve and the residual lines ``factor`` times
        their size at 100 % (the axes' text follows the application font)."""
        self._zoom = factor
        for item in (self.train_points, self.test_points):
            item.setSize(zoom.point_size(POINT_SIZE, factor))
        self.curve.setPen(self._curve_pen())
        self.residuals.setData(pen=self._residual_pen())

    def point_size(self) -> float:
        """The size the points are drawn at, in screen pixels."""
        return float(self.train_points.opts["size"])

    def line_width(self) -> float:
        """The width the curve is drawn at, in screen pixels."""
        return float(self.curve.opts["pen"].widthF())

    def _curve_pen(self) -> QPen:
        return pg.mkPen("#f2f2f2" if theme.is_dark() else "#1d1d1d",
                        width=zoom.pen_width(CURVE_WIDTH, self._zoom))

    def _residual_pen(self) -> QPen:
        return pg.mkPen((235, 110, 110, 200) if theme.is_dark() else (200, 40, 40, 170),
                        width=zoom.pen_width(RESIDUAL_WIDTH, self._zoom))

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

    def _on_points_edited(self, event: object) -> None:
        self._drawn_edit = not isinstance(getattr(event, "edit", None), ReplaceAll)

    def _on_points_changed(self, points: PointSet, _version: int) -> None:
        drawn, self._drawn_edit = self._drawn_edit, False
        self._stale = not self._active
        if self._stale:
            self._data_x = None  # catching up fits the data again
            return
        self._limit = regression_limit(points.values) if points.task == "regression" else 1.0
        self._redraw_points()
        if not drawn and self._fitted_x(points) != self._data_x:
            self.fit_to_data()  # new data (a preset, an import, a session): show them
        elif not self.drawing.active:  # the axes keep still under a pointer that draws
            self.fit_y_range()

    # --- the extent shown (see ``navigation``) --------------------------------------------------
    @staticmethod
    def _fitted_x(points: PointSet) -> tuple[float, float]:
        x0, x1, _y0, _y1 = data_extent(points, one_d=True)
        return x0, x1

    def extent(self) -> Extent:
        """The extent shown: (x_min, x_max, y_min, y_max)."""
        return self.navigation.extent()

    def set_extent(self, extent: Extent) -> None:
        """Show ``extent`` (x and y)."""
        self.navigation.set_extent(extent)

    def fit_to_data(self) -> None:
        """Show the points: x with a margin (``view_frame.data_extent``), y by ``y_range``
        (no points: the default x range)."""
        points = self._document.points
        self._data_x = self._fitted_x(points) if len(points) else DEFAULT_X
        self.set_extent((*self._data_x, *y_range(points.values)))

    def reset_view(self) -> None:
        """Show the default x range (``VIEW_BOX`` and its padding), y fitted to the targets."""
        self.set_extent((*DEFAULT_X, *y_range(self._document.points.values)))

    def x_limits(self) -> tuple[float, float]:
        """The x range shown."""
        x0, x1, _y0, _y1 = self.navigation.extent()
        return x0, x1

    def _on_config_changed(self, _config: TrainConfig, reset: bool) -> None:
        if reset:  # a new network: its curve comes with its first snapshot
            self.clear_curve()

    def show_output(self, picture: OutputPicture) -> None:
        """Draw the output's curve; a picture without one (a 2-D network's) is ignored."""
        if picture.curve is None:
            return
        self._curve = picture.curve
        self._curve_x = curve_x(len(picture.curve), (picture.extent[0], picture.extent[1]))
        self.curve.setData(self._curve_x, picture.curve)
        self._redraw_residuals()
        self.sigHeatmapChanged.emit()

    def prediction_at(self, x: float, _y: float) -> tuple[str, np.ndarray] | None:
        """The latest curve's value at ``x`` (None before any, or beyond where it was
        computed)."""
        curve, xs = self._curve, self._curve_x
        if curve is None or not xs[0] <= x <= xs[-1]:
            return None
        return "regression", np.asarray(np.interp(x, xs, curve))

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
        self._curve_x = np.zeros(0)
        self.curve.setData([], [])
        self._redraw_residuals()

    def fit_y_range(self) -> None:
        """Fit the y axis to the targets (``y_range``)."""
        self.navigation.set_y_range(*y_range(self._document.points.values))

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
            fitted = np.interp(x, self._curve_x, curve)
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
