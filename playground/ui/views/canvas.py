"""The canvas: the prediction heatmap, the decision boundary and the points.

Every plot item is created once and updated with ``setImage`` / ``setData``. The mouse draws:
``drawing.DrawingTools`` takes the viewport's mouse events and turns them into document
edits; Ctrl + wheel zooms about the pointer and a middle (or Ctrl + left) drag pans
(``navigation.ViewNavigation``). The view fits the data (``view_frame.data_extent``) when
they are replaced (a preset, an import, an opened session, undoing either), not when points
are drawn or erased; ``sigExtentChanged`` tells the extent shown, which the window asks the
trainer to draw the heatmap over. A picture is placed over the extent it was computed over
(``OutputPicture.extent``), so a heatmap drawn for another extent never stretches. The view
never changes the document's arrays itself.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QImage,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QWidget,
)

from playground.data.datasets import VIEW_BOX
from playground.data.edits import AddRows, ReplaceAll
from playground.data.points import PointSet
from playground.data.view_frame import DEFAULT_EXTENT, Extent, data_extent
from playground.pictures.heatmap import (
    boundary_segments,
    heatmap_rgb,
    one_label,
    point_rgb,
    regression_limit,
)
from playground.session.model import PointsEdited
from playground.session.view_inputs import OutputPicture
from playground.training.config import TrainConfig
from playground.training.protocol import NeuronMap
from playground.ui import theme
from playground.ui.controllers.document import Document
from playground.ui.views.color_scale import ColorScale
from playground.ui.views.drawing import DrawingTools
from playground.ui.views.focus_map import FocusMap
from playground.ui.views.hover import HOVER_PIXELS, nearest_point, sample_heatmap
from playground.ui.views.navigation import ViewNavigation
from playground.ui.views.plot_pane import PlotCoordinates, render_plot

PADDING = 0.02  # fraction of the box shown around it in the default view
DEFAULT_VIEW: Extent = (VIEW_BOX[0] - PADDING * (VIEW_BOX[1] - VIEW_BOX[0]),
                        VIEW_BOX[1] + PADDING * (VIEW_BOX[1] - VIEW_BOX[0]),
                        VIEW_BOX[0] - PADDING * (VIEW_BOX[1] - VIEW_BOX[0]),
                        VIEW_BOX[1] + PADDING * (VIEW_BOX[1] - VIEW_BOX[0]))  # Reset view
POINT_SIZE = 7.0  # screen pixels
OUTLINE_RGBA = (40, 40, 40, 170)  # thin dark rim of filled (training) points
BOUNDARY_RGBA = (45, 45, 45, 220)
MIN_PLOT = 300  # the smallest side of the square plot, in pixels (see ``minimumSizeHint``)



class CanvasView(PlotCoordinates, QWidget):
    """Heatmap + boundary + points of a ``Document``; the mouse adds, paints and erases points.

    Left button: tool "add" clicks one point (a drag paints like the brush), "brush" sprays,
    "erase" removes the points under the brush disc. Right button always erases. A drag is one
    undo step. ``sigCursorMoved(x, y)`` reports the hovered data position,
    ``sigExtentChanged(extent)`` the extent shown (throttled while it moves).
    """

    sigCursorMoved = Signal(float, float)
    sigExtentChanged = Signal(object)  # Extent
    sigCursorLeft = Signal()  # the pointer left the plot
    sigHeatmapChanged = Signal()  # a new prediction is shown (or none)
    sigShownLabelChanged = Signal()  # a multi-label set: another label is shown
    one_d = False  # for the hover readout: positions are (x1, x2)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._show_test = True
        self._show_boundary = True
        self._discretize = False
        self._heatmap: np.ndarray | None = None
        self._heatmap_task = "classification"
        self._heatmap_extent: Extent = DEFAULT_EXTENT  # what the heatmap shown covers
        self._limit = 1.0
        self._data_extent: Extent | None = None  # the points' fitted extent, last fitted
        self._drawn_edit = False  # the points changed by drawing (the view stays)

        # kept square and centred by resizeEvent rather than by a layout
        self._plot = pg.PlotWidget(self, background=theme.plot_background(), enableMenu=False)
        self._plot.setMouseTracking(True)
        self._viewport = self._plot.viewport()
        self._viewport.setMouseTracking(True)
        self._viewport.setCursor(Qt.CursorShape.CrossCursor)
        self._build_plot()
        self._viewport.installEventFilter(self)  # before the tools' filter: sees Leave last
        self.drawing = DrawingTools(self, document)
        self.navigation = ViewNavigation(self._vb, self.viewport_to_data, self)
        self.drawing.navigation = self.navigation
        self.navigation.sigExtentChanged.connect(self.sigExtentChanged)
        self._vb.sigRangeChanged.connect(lambda *_args: self._place_focus_label())

        self._shown_version = -1  # the points version the scatter shows
        document.sigPointsEdited.connect(self._on_points_edited)  # first: may append
        document.sigPointsChanged.connect(self._on_points_changed)
        document.sigClassNamesChanged.connect(self._on_classes_changed)
        document.sigConfigChanged.connect(self._on_config_changed)
        document.sigCurrentClassChanged.connect(self._on_current_class)
        self._on_points_changed(document.points, document.version)

    def _build_plot(self) -> None:
        item = self._plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.layout.setContentsMargins(1, 8, 2, 1)  # room for the top tick labels
        vb = item.getViewBox()
        self._vb = vb
        vb.setMenuEnabled(False)
        vb.setMouseEnabled(x=False, y=False)  # ``navigation`` zooms and pans
        vb.setAspectLocked(True)
        x0, x1, y0, y1 = DEFAULT_VIEW
        vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        vb.disableAutoRange()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(theme.plot_text()))
            axis.setTextPen(pg.mkPen(theme.plot_text()))
            # the axes change only when the view moves: paint them into a pixmap, not 30
            # times a second
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        item.setLabel("bottom", "x₁", color=theme.plot_text())
        item.setLabel("left", "x₂", color=theme.plot_text())

        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-20)
        self.boundary = pg.PlotCurveItem(pen=pg.mkPen(BOUNDARY_RGBA, width=1.6), antialias=True)
        self.boundary.setZValue(-10)
        self.scatter = pg.ScatterPlotItem(size=POINT_SIZE, symbol="o", pxMode=True,
                                          antialias=True)
        self._outline = QGraphicsEllipseItem()
        self._outline.setPen(pg.mkPen((30, 30, 30, 200), width=1.2, style=Qt.PenStyle.DashLine,
                                      cosmetic=True))
        self._outline.setZValue(10)
        self._outline.hide()
        for it in (self.image, self.boundary, self.scatter, self._outline):
            vb.addItem(it, ignoreBounds=True)
        self.color_scale = ColorScale(item)
        self.focus_map = FocusMap(vb, (x0, y1))  # a hovered neuron's map, see ``show_focus``

    # --- the extent shown (see ``navigation``) --------------------------------------------------
    def extent(self) -> Extent:
        """The extent shown: (x_min, x_max, y_min, y_max)."""
        return self.navigation.extent()

    def visible_extent(self) -> Extent:
        """Where the drawing tools may add points: the extent shown."""
        return self.navigation.extent()

    def set_extent(self, extent: Extent) -> None:
        """Show ``extent`` (at least: the plot keeps equal scales on both axes)."""
        self.navigation.set_extent(extent)

    def fit_to_data(self) -> None:
        """Show the points with a margin (``view_frame.data_extent``; none: the default
        box)."""
        self._data_extent = data_extent(self._document.points)
        self.set_extent(self._data_extent)

    def reset_view(self) -> None:
        """Show the default box (``VIEW_BOX`` and its padding)."""
        self.set_extent(DEFAULT_VIEW)

    def _place_focus_label(self) -> None:
        x0, _x1, _y0, y1 = self.navigation.extent()
        self.focus_map.label.setPos(x0, y1)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(520, 520)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Room for a ``MIN_PLOT`` square plot beside the colour bar: docks and narrow
        windows take their room elsewhere."""
        return QSize(MIN_PLOT + round(self.color_scale.width()), MIN_PLOT)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_plot()

    def _place_plot(self) -> None:
        # the box is square, so is the plot (the colour bar beside it): spare width or height
        # stays empty on both sides
        bar = round(self.color_scale.width())
        side = max(1, min(self.width() - bar, self.height()))
        self._plot.setGeometry((self.width() - side - bar) // 2, (self.height() - side) // 2,
                               side + bar, side)

    def _update_scale(self) -> None:
        """The colour bar follows the points' task and classes, the regression limit and
        discretisation; it changes only when one of them does."""
        p = self._document.points
        if self.focus_map.focus is not None:
            changed = self.color_scale.show_colors(*self.focus_map.scale(self._discretize))
        elif p.task == "multilabel":  # the label shown: its 0 and its 1
            name = self._document.class_label(self._label())
            changed = self.color_scale.update(p.task, 2, self._limit, self._discretize,
                                              [f"not {name}", name])
        else:
            changed = self.color_scale.update(p.task, p.n_classes, self._limit,
                                              self._discretize, self._document.class_names)
        if changed:
            self._place_plot()
            self.updateGeometry()  # the minimum size follows the bar's width

    # --- drawing tools (see ``drawing``) -------------------------------------------------------
    def set_tool(self, tool: str) -> None:
        """One of ``TOOLS``: "add", "brush" or "erase"."""
        self.drawing.set_tool(tool)

    def tool(self) -> str:
        return self.drawing.tool()

    def set_current_class(self, label: int) -> None:
        self.drawing.set_current_class(label)

    def set_regression_value(self, value: float) -> None:
        self.drawing.set_regression_value(value)

    def set_brush(self, radius: float, density: int) -> None:
        self.drawing.set_brush(radius, density)

    def brush(self) -> tuple[float, int]:
        return self.drawing.brush()

    def show_outline(self, x: float, y: float, r: float) -> None:
        """The brush disc around (x, y), radius ``r`` in data units."""
        self._outline.setRect(QRectF(x - r, y - r, 2 * r, 2 * r))
        self._outline.show()

    def hide_outline(self) -> None:
        self._outline.hide()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.drawing.finish_gesture()  # never leave an undo macro open
        super().hideEvent(event)


    def set_show_test(self, show: bool) -> None:
        """Show or hide the test points."""
        self._show_test = bool(show)
        self._redraw_points()

    def set_show_boundary(self, show: bool) -> None:
        self._show_boundary = bool(show)
        self._redraw_heatmap()

    def set_discretize(self, discretize: bool) -> None:
        """Hard argmax regions (classification) or quantised bands (regression)."""
        self._discretize = bool(discretize)
        self._update_scale()
        self._redraw_heatmap()

    # --- document and snapshots -----------------------------------------------------------------
    def _on_points_changed(self, points: PointSet, version: int) -> None:
        drawn, self._drawn_edit = self._drawn_edit, False
        if not drawn and data_extent(points) != self._data_extent:
            self.fit_to_data()  # new data (a preset, an import, a session): show them
        limit = regression_limit(points.values) if points.task == "regression" else 1.0
        limit_changed = limit != self._limit
        self._limit = limit
        self._update_scale()  # the task, the classes or the limit may have changed
        if limit_changed:
            self._redraw_heatmap()
            self._redraw_points()
        elif self._shown_version != version:
            self._redraw_points()

    def _on_points_edited(self, event: PointsEdited) -> None:
        """Added rows are drawn on their own (the common case while brushing); any other
        edit, or a change of the colour scale, redraws every point."""
        self._drawn_edit = not isinstance(event.edit, ReplaceAll)
        limit_same = event.points.task != "regression" or regression_limit(
            event.points.values) == self._limit
        if (isinstance(event.edit, AddRows) and self._shown_version == event.version - 1
                and limit_same):
            self._append_points(event.edit)
            self._shown_version = event.version

    def _on_classes_changed(self, names: list) -> None:
        self._update_scale()
        self._redraw_points()

    def _on_config_changed(self, config: TrainConfig, reset: bool) -> None:
        self._update_scale()  # the task or the class count may have changed
        self._redraw_points()

    # --- a multi-label set: one label at a time ------------------------------------------------
    def _label(self) -> int:
        """The label shown of a multi-label set: the document's current class (0 otherwise)."""
        return self._document.current_class if self._document.points.task == "multilabel" \
            else 0

    def shown_label(self) -> tuple[int, str] | None:
        """The label whose map and 0/1 the canvas shows (index, name); None unless the
        points are multi-label."""
        if self._document.points.task != "multilabel":
            return None
        return self._label(), self._document.class_label(self._label())

    def _on_current_class(self, _index: int) -> None:
        if self._document.points.task == "multilabel":
            self._update_scale()
            self._redraw_heatmap()
            self._redraw_points()
            self.sigShownLabelChanged.emit()

    def _shown(self, picture: np.ndarray, task: str) -> tuple[np.ndarray, str]:
        """What the canvas draws of a picture or of point values: a multi-label one's shown
        label (``one_label``), the others' as they are."""
        label = self._label()
        if task == "multilabel" and not 0 <= label < picture.shape[-1]:
            label = 0  # a picture of the network before the labels changed
        return one_label(picture, task, label)

    def show_output(self, picture: OutputPicture) -> None:
        """Paint the output's heatmap (and boundary); a picture without one is ignored."""
        if picture.heatmap is None:
            return
        self._heatmap = picture.heatmap
        self._heatmap_task = picture.task
        self._heatmap_extent = picture.extent
        self._redraw_heatmap()
        self.sigHeatmapChanged.emit()

    @property
    def focus(self) -> NeuronMap | None:
        """The hidden neuron's map shown instead of the prediction (None: the prediction)."""
        return self.focus_map.focus

    def show_focus(self, focus: NeuronMap | None) -> None:
        """Show a hidden neuron's output over the plane instead of the prediction, with its
        colour scale and a label of what it is and its range (``focus_map``); None shows the
        prediction again. The points and the boundary stay."""
        if focus is None and self.focus_map.focus is None:
            return
        self.focus_map.set(focus)
        self._update_scale()
        self._redraw_heatmap()

    def _redraw_heatmap(self) -> None:
        heat = self._heatmap
        if heat is None and self.focus_map.focus is None:
            return
        if self.focus_map.focus is not None:
            rgb = self.focus_map.rgb(self._discretize)
        else:
            assert heat is not None
            rgb = heatmap_rgb(*self._shown(heat, self._heatmap_task), self._limit,
                              self._discretize)
        self.image.setImage(rgb, autoLevels=False, levels=(0, 255))
        # placed over the extent it was computed over (a focused neuron's map: the same)
        x0, x1, y0, y1 = self._heatmap_extent
        rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        if self.image.mapRectToParent(self.image.boundingRect()) != rect:
            self.image.setRect(rect)
        if self._show_boundary and heat is not None:
            xs, ys = boundary_segments(*self._shown(heat, self._heatmap_task),
                                       self._heatmap_extent)
            self.boundary.setData(xs, ys, connect="pairs")
        else:
            self.boundary.setData([], [])

    def _redraw_points(self) -> None:
        p = self._document.points
        idx = np.flatnonzero(p.is_train)
        if self._show_test:
            idx = np.concatenate([idx, np.flatnonzero(~p.is_train)])  # test points on top
        brushes, pens = self._styles(p.values[idx], p.is_train[idx], p.task)
        self.scatter.setData(pos=p.coords[idx, :2], brush=brushes, pen=pens)
        self._shown_version = self._document.version

    def _append_points(self, edit: AddRows) -> None:
        """Draw added rows without redrawing the rest: pyqtgraph's ``setData`` costs ~5 µs a
        point, so a brush stroke over 20,000 points would redraw them all at every step."""
        shown = edit.is_train | self._show_test
        if shown.any():
            brushes, pens = self._styles(edit.values[shown], edit.is_train[shown],
                                         self._document.points.task)
            self.scatter.addPoints(pos=edit.coords[shown, :2], brush=brushes, pen=pens)

    def _styles(self, values: np.ndarray, train: np.ndarray,
                task: str) -> tuple[np.ndarray, np.ndarray]:
        """Per-point brushes and pens: training points filled with a dark rim, test points
        hollow with a coloured ring."""
        rgb = point_rgb(*self._shown(values, task), self._limit).astype(np.int64)
        packed = (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
        brushes = np.empty(len(values), object)
        pens = np.empty(len(values), object)
        brushes[~train] = pg.mkBrush(None)
        pens[train] = pg.mkPen(OUTLINE_RGBA, width=1)
        for color in np.unique(packed):
            same = packed == color
            brushes[same & train] = self._brush(int(color))
            pens[same & ~train] = self._pen(int(color))
        return brushes, pens

    # --- what is under the pointer (see ``hover``) ----------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is self._viewport and event.type() == QEvent.Type.Leave:
            self.sigCursorLeft.emit()
        return False

    def prediction_at(self, x: float, y: float) -> tuple[str, np.ndarray] | None:
        """The task and the prediction shown at (x, y) (``hover.sample_heatmap``),
        or None outside the picture's extent or before any snapshot."""
        if self._heatmap is None:
            return None
        value = sample_heatmap(self._heatmap, x, y, self._heatmap_extent)
        return None if value is None else (self._heatmap_task, value)

    def point_at(self, x: float, y: float, pixels: float = HOVER_PIXELS) -> int | None:
        """Index of the shown point nearest to (x, y) within ``pixels`` screen pixels."""
        points = self._document.points
        radius = pixels * max(self._vb.viewPixelSize())
        near = points.indices_within((x, y), radius)
        if not self._show_test:
            near = near[points.is_train[near]]
        return nearest_point(points.coords, near, x, y, radius)

    # --- export ---------------------------------------------------------------------------------
    def render_image(self, width: int, height: int) -> QImage:
        """The canvas as shown (heatmap, boundary, points, axes), centred in a white
        width x height image; lines, text and points scale with the size."""
        visible = self._outline.isVisible()
        self._outline.hide()
        try:
            return render_plot(self._plot.getPlotItem(), width, height, QColor("white"))
        finally:
            self._outline.setVisible(visible)
