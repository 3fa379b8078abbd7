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
from PySide6.QtCore import QEvent, QObject, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QImage,
    QPen,
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
from playground.data.view_frame import DEFAULT_EXTENT, Extent, data_extent, fit_extent
from playground.pictures.colors import STANDARD, Palette
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
from playground.ui import theme, zoom
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate
from playground.ui.views.canvas_key import CanvasKey, shape_of, symbol
from playground.ui.views.canvas_keyboard import CanvasKeyboard
from playground.ui.views.color_scale import ColorScale
from playground.ui.views.drawing import DrawingTools
from playground.ui.views.focus_map import FocusMap
from playground.ui.views.hover import HOVER_PIXELS, nearest_point, sample_heatmap
from playground.ui.views.navigation import ViewNavigation
from playground.ui.views.plot_pane import PlotCoordinates, render_plot
from playground.ui.views.slice_controls import SliceControls, format_value
from playground.ui.views.throttle import Throttle

PADDING = 0.02  # fraction of the box shown around it in the default view
DEFAULT_VIEW: Extent = (VIEW_BOX[0] - PADDING * (VIEW_BOX[1] - VIEW_BOX[0]),
                        VIEW_BOX[1] + PADDING * (VIEW_BOX[1] - VIEW_BOX[0]),
                        VIEW_BOX[0] - PADDING * (VIEW_BOX[1] - VIEW_BOX[0]),
                        VIEW_BOX[1] + PADDING * (VIEW_BOX[1] - VIEW_BOX[0]))  # Reset view
POINT_SIZE = 7.0  # screen pixels
OUTLINE_RGBA = (40, 40, 40, 170)  # thin dark rim of filled (training) points
BOUNDARY_RGBA = (45, 45, 45, 220)
# the high-contrast theme: black rims twice as thick, a bold black boundary, thicker rings
HC_OUTLINE_RGBA, HC_OUTLINE_WIDTH = (0, 0, 0, 255), 2.0
HC_BOUNDARY_RGBA, HC_BOUNDARY_WIDTH = (0, 0, 0, 255), 3.2
HC_RING_WIDTH = 3.0
HC_EXTRA_SIZE = 3.0  # pixels added to a point's size
BOUNDARY_WIDTH = 1.6  # screen pixels at 100 % (``set_zoom``)
TOP_MARGIN = 8  # pixels above the plot at 100 %: room for the top tick label
MIN_PLOT = 300  # the smallest side of the square plot, in pixels (see ``minimumSizeHint``)
# a table of N > 2 inputs: a point's opacity is exp(-d^2 / 2), d its distance from the slice
# over the inputs off the axes (in training standard deviations), never below the floor
FADE_FLOOR = 0.12
FADE_LEVELS = 16  # opacities are rounded to this many steps (brushes are shared per step)
ERASE_NEAR = 1.0  # erase takes the points within this many standard deviations of the slice



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
    sigSliceChanged = Signal(object, object)  # axes, at: see ``slice``
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
        self._palette: Palette = STANDARD  # View ▸ Colours
        self._high_contrast = False  # View ▸ High contrast
        self._zoom = 1.0  # View ▸ Zoom: the projector scale of points and lines
        self._data_extent: Extent | None = None  # the points' fitted extent, last fitted
        self._drawn_edit = False  # the points changed by drawing (the view stays)
        # the slice of a table of N > 2 inputs (see ``slice_controls``)
        self._data_key: object = None  # what the slice's ranges were taken from
        self._labelled_axes = (0, 1)
        self._spread = np.ones(2)  # the training points' std per input (1 where none)
        self._faded: dict[tuple[int, int], tuple[object, object]] = {}
        self.slice_controls = SliceControls(self)
        self.slice_controls.sigSliceChanged.connect(self._on_slice)
        self._slice_throttle = Throttle(self._emit_slice, parent=self)

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
        self.keyboard = CanvasKeyboard(self, document, self._vb)  # arrows, Enter, Delete
        self._vb.sigRangeChanged.connect(lambda *_args: self._place_focus_label())
        self.navigation.sigExtentChanged.connect(lambda _extent: self._place_key())

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
        item.layout.setContentsMargins(1, TOP_MARGIN, 2, 1)  # room for the top tick labels
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
        item.setLabel("bottom", "x₁", color=theme.plot_text())  # untranslated: a feature name
        item.setLabel("left", "x₂", color=theme.plot_text())  # untranslated: a feature name

        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-20)
        self.boundary = pg.PlotCurveItem(pen=pg.mkPen(BOUNDARY_RGBA, width=BOUNDARY_WIDTH),
                                         antialias=True)
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
        self.key = CanvasKey(item, POINT_SIZE)  # training / test, and each class's marker
        self.focus_map = FocusMap(vb, (x0, y1))  # a hovered neuron's map, see ``show_focus``

    # --- the extent shown (see ``navigation``) --------------------------------------------------
    def extent(self) -> Extent:
        """The extent shown: (x_min, x_max, y_min, y_max)."""
        return self.navigation.extent()

    def plot_area_size(self) -> QSizeF:
        """The size of the plot area, the data rectangle inside the axes, in the window's
        pixels (times ``devicePixelRatioF`` in the screen's)."""
        rect = self._vb.mapRectToDevice(self._vb.boundingRect())
        return QSizeF() if rect is None else rect.size()

    def visible_extent(self) -> Extent:
        """Where the drawing tools may add points: the extent shown."""
        return self.navigation.extent()

    def set_extent(self, extent: Extent) -> None:
        """Show ``extent`` (at least: the plot keeps equal scales on both axes)."""
        self.navigation.set_extent(extent)

    def fit_to_data(self) -> None:
        """Show the points with a margin (``view_frame.data_extent``; none: the default
        box). A table of N > 2 inputs: the two inputs shown, each axis over its own range
        (its inputs may be in other units: height in m, weight in kg)."""
        points = self._document.points
        self._data_extent = data_extent(points)
        if points.n_inputs > 2:
            shown = points.coords[:, list(self.axes())]
            # an axis spans its data however small (heights in m); a constant one spans 1
            flat = len(shown) == 0 or bool((np.ptp(shown, axis=0) == 0).any())
            self.set_extent(fit_extent(shown, floor=1.0 if flat else 1e-9))
        else:
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
        height = self.height()
        if self.slice_controls.isVisibleTo(self):  # under the plot, the plot above it
            below = self.slice_controls.sizeHint().height()
            self.slice_controls.setGeometry(0, height - below, self.width(), below)
            height = max(1, height - below)
        side = max(1, min(self.width() - bar, height))
        self._plot.setGeometry((self.width() - side - bar) // 2, (height - side) // 2,
                               side + bar, side)

    def _place_key(self) -> None:
        """The key in the corner where it hides the fewest points shown."""
        data = self.scatter.data
        xy = np.column_stack([data["x"], data["y"]]).astype(np.float64)
        px = self._vb.viewPixelSize()
        self.key.place(xy, self.navigation.extent(), (abs(px[0]), abs(px[1])))

    def _update_scale(self) -> None:
        """The colour bar follows the points' task and classes, the regression limit and
        discretisation; it changes only when one of them does."""
        p = self._document.points
        if self.focus_map.focus is not None:
            changed = self.color_scale.show_colors(*self.focus_map.scale(self._discretize))
        elif p.task == "multilabel":  # the label shown: its 0 and its 1
            name = self._document.class_label(self._label())
            changed = self.color_scale.update(p.task, 2, self._limit, self._discretize,
                                              [translate("CanvasView", "not {label}").format(
                                                  label=name), name], self._palette)
        else:
            changed = self.color_scale.update(p.task, p.n_classes, self._limit,
                                              self._discretize, self._document.class_labels(),
                                              self._palette)
        names = [self._document.class_label(k) for k in range(p.n_classes)]
        self.key.update(p.task, names, self._palette)
        if changed:
            self._place_plot()
            self.updateGeometry()  # the minimum size follows the bar's width

    # --- drawing tools (see ``drawing``) -------------------------------------------------------
    def set_zoom(self, factor: float) -> None:
        """Projector scale: points, the boundary line and the room for the top tick label
        ``factor`` times their size at 100 % (the axes' text follows the application font)."""
        self._zoom = factor
        self.scatter.setSize(self._point_size())
        self.boundary.setPen(self._boundary_pen())
        self.key.set_zoom(factor)
        self._update_scale()  # lists the key again at its new size
        self._plot.getPlotItem().layout.setContentsMargins(1, round(TOP_MARGIN * factor), 2, 1)
        self.color_scale.refit()  # its axis measured the new font: the bar may be wider
        self._place_plot()
        self.updateGeometry()

    def point_size(self) -> float:
        """The size the points are drawn at, in screen pixels."""
        return float(self.scatter.opts["size"])

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

    def set_palette(self, palette: Palette) -> None:
        """View ▸ Colours: the class colours and the binary / regression map of the heatmap,
        the points, the colour bar and the key."""
        if palette == self._palette:
            return
        self._palette = palette
        self._update_scale()
        self._redraw_heatmap()
        self._redraw_points()

    def color_palette(self) -> Palette:
        """The palette of View ▸ Colours the canvas draws with."""
        return self._palette

    def set_high_contrast(self, on: bool) -> None:
        """View ▸ High contrast: larger points with thick black rims, thicker test rings, a
        bold black boundary and an opaque key."""
        self._high_contrast = bool(on)
        self.boundary.setPen(self._boundary_pen())
        self.scatter.setSize(self._point_size())
        self.key.set_high_contrast(on)
        self._update_scale()
        self._redraw_points()

    def _point_size(self) -> float:
        """Points at the projector scale; in high contrast larger, so that a class's colour
        still shows inside the thick rim."""
        extra = HC_EXTRA_SIZE if self._high_contrast else 0.0
        return zoom.point_size(POINT_SIZE + extra, self._zoom)

    def _boundary_pen(self) -> QPen:
        if self._high_contrast:
            return pg.mkPen(HC_BOUNDARY_RGBA, width=zoom.pen_width(HC_BOUNDARY_WIDTH, self._zoom))
        return pg.mkPen(BOUNDARY_RGBA, width=zoom.pen_width(BOUNDARY_WIDTH, self._zoom))

    def point_markers(self) -> list[str]:
        """The shape (``pictures/markers.py``) of each point the canvas draws, in the
        scatter's order (training points first, then the test points shown)."""
        return [shape_of(s) or "" for s in self.scatter.data["symbol"]]

    def set_discretize(self, discretize: bool) -> None:
        """Hard argmax regions (classification) or quantised bands (regression)."""
        self._discretize = bool(discretize)
        self._update_scale()
        self._redraw_heatmap()

    # --- document and snapshots -----------------------------------------------------------------
    def _on_points_changed(self, points: PointSet, version: int) -> None:
        drawn, self._drawn_edit = self._drawn_edit, False
        key = (data_extent(points), points.n_inputs, self._document.model.input_names)
        if not drawn and key != self._data_key:  # new data (a preset, an import, a session)
            self._data_key = key
            self._reset_slice(points)  # the slice at their means, x1 and x2 shown
            self.fit_to_data()  # ... and the view fits them
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
                              self._discretize, self._palette)
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
        brushes, pens = self._styles(p.values[idx], p.is_train[idx], p.task,
                                     self.fading(p.coords[idx]))
        self.scatter.setData(pos=p.coords[idx][:, list(self.axes())], brush=brushes, pen=pens,
                             symbol=self._symbols(p.values[idx], p.task))
        self._place_key()
        self._shown_version = self._document.version

    def _append_points(self, edit: AddRows) -> None:
        """Draw added rows without redrawing the rest: pyqtgraph's ``setData`` costs ~5 µs a
        point, so a brush stroke over 20,000 points would redraw them all at every step."""
        shown = edit.is_train | self._show_test
        if shown.any():
            coords = edit.coords[shown]
            brushes, pens = self._styles(edit.values[shown], edit.is_train[shown],
                                         self._document.points.task, self.fading(coords))
            self.scatter.addPoints(pos=coords[:, list(self.axes())], brush=brushes, pen=pens,
                                   symbol=self._symbols(edit.values[shown],
                                                        self._document.points.task))

    def _symbols(self, values: np.ndarray, task: str) -> list[object]:
        """Each point's marker: its class's shape (a multi-label set: the shown label's 0
        or 1; a regression: circles)."""
        if task == "regression":
            return [symbol(0)] * len(values)
        labels, _task = self._shown(values, task)
        return [symbol(int(v)) for v in np.asarray(labels).reshape(-1)]

    def _styles(self, values: np.ndarray, train: np.ndarray, task: str,
                alpha: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Per-point brushes and pens: training points filled with a dark rim, test points
        hollow with a coloured ring; ``alpha`` (0..1 a point) fades them (see ``fading``)."""
        rgb = point_rgb(*self._shown(values, task), self._limit,
                        self._palette).astype(np.int64)
        packed = (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
        levels = (np.full(len(values), FADE_LEVELS, np.int64) if alpha is None
                  else np.rint(np.asarray(alpha) * FADE_LEVELS).astype(np.int64))
        brushes = np.empty(len(values), object)
        pens = np.empty(len(values), object)
        brushes[~train] = pg.mkBrush(None)
        rim_rgba, rim_width = ((HC_OUTLINE_RGBA, HC_OUTLINE_WIDTH) if self._high_contrast
                               else (OUTLINE_RGBA, 1.0))
        pens[train] = pg.mkPen(rim_rgba, width=rim_width)
        for color in np.unique(packed):
            same = packed == color
            for level in np.unique(levels[same]):
                these = same & (levels == level)
                if level >= FADE_LEVELS:
                    brushes[these & train] = self._brush(int(color))
                    pens[these & ~train] = (self._ring(int(color)) if self._high_contrast
                                            else self._pen(int(color)))
                else:
                    brush, pen = self._faded_style(int(color), int(level))
                    brushes[these & train] = brush
                    pens[these & ~train] = pen
        faded = train & (levels < FADE_LEVELS)
        for level in np.unique(levels[faded]):
            rim = QColor(*rim_rgba)
            rim.setAlphaF(rim_rgba[3] / 255 * level / FADE_LEVELS)
            pens[faded & (levels == level)] = pg.mkPen(rim, width=rim_width)
        return brushes, pens

    def _ring(self, color: int) -> QPen:
        """The thicker ring of a test point in the high-contrast theme."""
        rings = self.__dict__.setdefault("_rings", {})
        if color not in rings:
            rings[color] = pg.mkPen((color >> 16, (color >> 8) & 255, color & 255),
                                    width=HC_RING_WIDTH)
        return rings[color]

    def _faded_style(self, color: int, level: int) -> tuple[object, object]:
        """The brush of a training point and the ring of a test point of ``color`` at
        opacity ``level / FADE_LEVELS``."""
        key = (color, level)
        if key not in self._faded:
            rgba = QColor(color >> 16, (color >> 8) & 255, color & 255)
            rgba.setAlphaF(level / FADE_LEVELS)
            self._faded[key] = (pg.mkBrush(rgba), pg.mkPen(rgba, width=2))
        return self._faded[key]

    # --- the slice of a table of N > 2 inputs (see ``slice_controls``) ----------------------
    def axes(self) -> tuple[int, int]:
        """The inputs (columns) on the horizontal and vertical axis."""
        return self.slice_controls.axes()

    def slice(self) -> tuple[tuple[int, int], tuple[float, ...]]:
        """Where the pictures are taken: the axes and a raw value per input (``ViewFrame``'s
        ``axes`` and ``at``); ``at`` is empty for two inputs."""
        if self._document.points.n_inputs <= 2:
            return (0, 1), ()
        return self.axes(), self.slice_controls.at()

    def set_slice(self, axes: tuple[int, int], at: tuple[float, ...]) -> bool:
        """Show ``axes`` with the other inputs at ``at`` (a saved session's slice); False
        when it does not fit the data's inputs."""
        return self.slice_controls.set_slice(axes, at)

    def fading(self, coords: np.ndarray) -> np.ndarray | None:
        """The opacity of points at ``coords`` (n, D): exp(-d^2 / 2) of their distance from
        the slice over the inputs off the axes, in training standard deviations, at least
        ``FADE_FLOOR``; None (all opaque) for two inputs."""
        d2 = self._slice_distance2(coords)
        return None if d2 is None else np.maximum(np.exp(-d2 / 2), FADE_FLOOR)

    def _slice_distance2(self, coords: np.ndarray) -> np.ndarray | None:
        axes, at = self.slice()
        if not at or coords.shape[1] != len(at) or len(self._spread) != len(at):
            return None
        off = [k for k in range(len(at)) if k not in axes]
        z = (coords[:, off] - np.asarray(at)[off]) / self._spread[off]
        return np.einsum("ij,ij->i", z, z)

    def to_inputs(self, xy: np.ndarray) -> np.ndarray:
        """Points drawn at ``xy`` (n, 2) in the plane shown, as rows of every input: the
        axis inputs from ``xy``, every other one at the slice."""
        xy = np.asarray(xy, np.float64).reshape(-1, 2)
        axes, at = self.slice()
        if not at:
            return xy
        out = np.tile(np.asarray(at, np.float64), (len(xy), 1))
        out[:, axes[0]], out[:, axes[1]] = xy[:, 0], xy[:, 1]
        return out

    def indices_near(self, x: float, y: float, radius: float) -> np.ndarray:
        """The points within ``radius`` of (x, y) in the plane shown and, for a table of
        N > 2 inputs, within ``ERASE_NEAR`` standard deviations of the slice (what erase
        takes)."""
        points = self._document.points
        near = points.indices_within((x, y), radius, self.axes())
        d2 = self._slice_distance2(points.coords[near])
        return near if d2 is None else near[d2 <= ERASE_NEAR ** 2]

    def position_text(self, x: float, y: float) -> str | None:
        """The hover readout's position for N > 2 inputs: every input by name, the axis
        inputs at (x, y), the others at the slice (None: two inputs, the usual x1, x2)."""
        axes, at = self.slice()
        if not at:
            return None
        values = list(at)
        values[axes[0]], values[axes[1]] = x, y
        names = self.slice_controls.names()
        return ", ".join(f"{n} {format_value(v)}" for n, v in zip(names, values))

    def reset_slice(self) -> None:
        """The default slice: x1 and x2 on the axes, every other input at its training
        mean."""
        self._reset_slice(self._document.points)

    def _reset_slice(self, points: PointSet) -> None:
        """New data: x1 and x2 on the axes, every other input at its training mean, sliders
        over the data's range."""
        coords = points.coords
        d = points.n_inputs
        train = coords[points.is_train] if points.is_train.any() else coords
        if len(coords):
            lows, highs = coords.min(axis=0), coords.max(axis=0)
            means, spread = train.mean(axis=0), train.std(axis=0)
        else:
            lows, highs, means, spread = (np.zeros(d) - 1, np.ones(d), np.zeros(d),
                                          np.ones(d))
        self._spread = np.where(spread > 0, spread, 1.0)
        # two inputs: one plane, equal scales; more: each axis its own input's scale
        self._vb.setAspectLocked(d <= 2)
        self.slice_controls.set_inputs(self._document.model.input_names[:d], lows, highs,
                                       means if d > 2 else (), (0, 1))
        self._place_plot()
        self._after_slice()

    def _on_slice(self, _axes: object, _at: object) -> None:
        """The user moved a slider or chose an axis."""
        if self.axes() != self._labelled_axes:
            self.fit_to_data()  # other columns: their own range
        self._after_slice()

    def _after_slice(self) -> None:
        self._label_axes()
        self._redraw_points()
        self._slice_throttle.request()

    def _emit_slice(self) -> None:
        self.sigSliceChanged.emit(*self.slice())

    def flush_slice(self) -> None:
        """Send a slice still waiting on the throttle (tests, a session being saved)."""
        self._slice_throttle.flush()

    def _label_axes(self) -> None:
        axes = self.axes()
        self._labelled_axes = axes
        names = self.slice_controls.names()
        if len(names) > 2:
            x, y = names[axes[0]], names[axes[1]]
        else:
            x, y = "x₁", "x₂"
        item = self._plot.getPlotItem()
        item.setLabel("bottom", x, color=theme.plot_text())
        item.setLabel("left", y, color=theme.plot_text())

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
        axes = self.axes()
        near = points.indices_within((x, y), radius, axes)
        if not self._show_test:
            near = near[points.is_train[near]]
        return nearest_point(points.coords[:, list(axes)], near, x, y, radius)

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
