"""The hidden-space dock: the points and the input plane as a hidden layer sees them.

A layer menu (the config's hidden layers), and what to project onto: two of the layer's units
or its first two principal components. The points are drawn where the layer puts them,
coloured as on the canvas (test points hollow), over the input plane's grid lines carried
through the network (``HiddenSpace.grid``): how the layer folds and stretches the plane is
what makes the classes separable by the next one.

The view only asks: ``sigRequest(layer, units)`` (layer from 0, or None when the network has
none; units a pair or None for the principal components) whenever the choice changes; the
window turns it into ``InsideViews.set_hidden_space``. It draws a snapshot's ``HiddenSpace``
only when it was computed for the current choice and for the document's current points
(``points_version``), else keeps the last one that was.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.data.points import PointSet
from playground.pictures.heatmap import point_rgb, regression_limit
from playground.training.config import TrainConfig
from playground.training.protocol import HiddenSpace, Snapshot
from playground.ui import theme
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate, translate_noop
from playground.ui.views.throttle import Throttle
from playground.ui.widgets import signals_blocked

POINT_SIZE = 6.0  # screen pixels
OUTLINE_RGBA = (40, 40, 40, 170)  # rim of a filled (training) point, as on the canvas
GRID_ALPHA = 70  # the grid lines are faint: the points are the subject
PCA, UNITS = "pca", "units"
NO_LAYER_NOTE = translate_noop(
    "HiddenSpaceView",
    "The network has no hidden layer: add one to see how it transforms the plane.")


def grid_connect(lines: int, samples: int) -> np.ndarray:
    """``connect`` for ``lines`` polylines of ``samples`` points laid end to end: each point
    joins the next except the last of a line."""
    connect = np.ones(lines * samples, bool)
    connect[samples - 1 :: samples] = False
    return connect


class PointStyles:
    """Per-point brushes and pens: training points filled with a dark rim, test points
    hollow with a coloured ring (as on the canvas); one brush / pen object per colour."""

    def __init__(self) -> None:
        self._brushes: dict[int, QBrush] = {}
        self._pens: dict[int, QPen] = {}
        self._rim = pg.mkPen(OUTLINE_RGBA, width=1)
        self._hollow = pg.mkBrush(None)

    def styles(self, points: PointSet, order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        values, train = points.values[order], points.is_train[order]
        limit = regression_limit(points.values) if points.task == "regression" else 1.0
        rgb = point_rgb(values, points.task, limit).astype(np.int64)
        packed = (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
        brushes = np.empty(len(order), object)
        pens = np.empty(len(order), object)
        brushes[~train] = self._hollow
        pens[train] = self._rim
        for color in np.unique(packed):
            c = int(color)
            same = packed == color
            if c not in self._brushes:
                qc = QColor(c >> 16, (c >> 8) & 255, c & 255)
                self._brushes[c] = QBrush(qc)
                self._pens[c] = pg.mkPen(qc, width=2)
            brushes[same & train] = self._brushes[c]
            pens[same & ~train] = self._pens[c]
        return brushes, pens


class HiddenSpaceView(QWidget):
    """The points and the warped grid in a hidden layer's space; feed it ``show_snapshot``.

    ``sigRequest(layer, units)``: the choice changed (see the module's docstring).
    """

    sigRequest = Signal(object, object)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._space: HiddenSpace | None = None  # the picture to draw and its points
        self._points: PointSet | None = None
        self._styled: tuple[int, int] | None = None  # (version, count) the scatter is styled for
        self._order = np.zeros(0, np.intp)
        self._labels: tuple[str, str] = ("", "")
        self._sizes: tuple[int, ...] = ()
        self._point_styles = PointStyles()
        self._throttle = Throttle(self._draw, parent=self)

        self.layer = QComboBox()
        self.layer.setToolTip(translate("HiddenSpaceView",
                                         "The hidden layer whose outputs place the points"))
        self.mode = QComboBox()
        self.mode.addItem(translate("HiddenSpaceView", "Principal components"), PCA)
        self.mode.addItem(translate("HiddenSpaceView", "Two units"), UNITS)
        self.mode.setToolTip(translate(
            "HiddenSpaceView", "Project the layer's outputs onto their first two principal "
            "components (the directions they vary most along), or show two of its units' "
            "outputs"))
        self.unit_x = QComboBox()
        self.unit_x.setToolTip(translate("HiddenSpaceView",
                                          "The unit whose output is the horizontal axis"))
        self.unit_y = QComboBox()
        self.unit_y.setToolTip(translate("HiddenSpaceView",
                                          "The unit whose output is the vertical axis"))
        self.note = QLabel(translate("HiddenSpaceView", NO_LAYER_NOTE))
        self.note.setWordWrap(True)
        self._combos = [self.layer, self.mode, self.unit_x, self.unit_y]

        controls = QHBoxLayout()
        controls.setContentsMargins(6, 4, 6, 0)
        label = QLabel(translate("HiddenSpaceView", "&Layer:"))
        label.setBuddy(self.layer)
        controls.addWidget(label)
        controls.addWidget(self.layer, 2)
        controls.addWidget(self.mode, 3)
        self.x_label = QLabel("&x:")
        self.x_label.setBuddy(self.unit_x)
        self.y_label = QLabel("&y:")
        self.y_label.setBuddy(self.unit_y)
        units = QHBoxLayout()  # a row of its own: the dock stays narrow beside the canvas
        units.setContentsMargins(6, 0, 6, 0)
        for w in (self.x_label, self.unit_x, self.y_label, self.unit_y):
            units.addWidget(w)
        units.addStretch(1)
        for combo, chars in ((self.layer, 6), (self.mode, 8)):
            # narrower than the longest item when the dock is (the menu shows them whole)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)

        self.plot_widget = pg.PlotWidget(background=theme.plot_background())
        pi = self.plot_item = self.plot_widget.getPlotItem()
        pi.setMenuEnabled(False, True)
        theme.style_axes(pi)
        r, g, b = theme.plot_text_rgb()
        self.grid = pg.PlotCurveItem(pen=pg.mkPen((r, g, b, GRID_ALPHA), width=1))
        self.grid.setZValue(-10)
        self.scatter = pg.ScatterPlotItem(size=POINT_SIZE, symbol="o", pxMode=True,
                                          antialias=True)
        pi.addItem(self.grid)
        pi.addItem(self.scatter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(controls)
        layout.addLayout(units)
        layout.addWidget(self.note)
        layout.addWidget(self.plot_widget, 1)

        self.layer.currentIndexChanged.connect(self._layer_changed)
        for combo in (self.mode, self.unit_x, self.unit_y):
            combo.currentIndexChanged.connect(self._choice_changed)
        document.sigConfigChanged.connect(lambda config, _reset: self.set_config(config))
        self._request = self.request()
        self.set_config(document.config)

    # --- the choice ---------------------------------------------------------------------------
    def request(self) -> tuple[int | None, tuple[int, int] | None]:
        """(hidden layer from 0 or None, two units or None for the principal components)."""
        if self.layer.count() == 0:
            return None, None
        layer = int(self.layer.currentData())
        if self.mode.currentData() == PCA:
            return layer, None
        return layer, (int(self.unit_x.currentData()), int(self.unit_y.currentData()))

    def emit_request(self) -> None:
        """Tell the current choice (the dock was shown)."""
        self.sigRequest.emit(*self.request())

    def set_config(self, config: TrainConfig) -> None:
        """Offer the config's hidden layers and their units, keeping the choice while it
        still exists; tells a changed choice with ``sigRequest``."""
        self._sizes = sizes = config.hidden_layers
        with signals_blocked(self._combos):
            layer = self.layer.currentIndex()
            if self.layer.count() != len(sizes):
                self.layer.clear()
                for i in range(len(sizes)):
                    self.layer.addItem(translate("HiddenSpaceView", "hidden layer {n}"
                                                 ).format(n=i + 1), i)
            if sizes:
                self.layer.setCurrentIndex(min(max(layer, 0), len(sizes) - 1))
                self._fill_units(sizes[self.layer.currentIndex()])
        self._update_controls()
        self._choice_changed()

    def _fill_units(self, size: int) -> None:
        """Offer ``size`` units in both menus, keeping valid choices (signals blocked)."""
        x, y = self.unit_x.currentIndex(), self.unit_y.currentIndex()
        if self.unit_x.count() != size:
            for combo in (self.unit_x, self.unit_y):
                combo.clear()
                for u in range(size):
                    combo.addItem(translate("HiddenSpaceView", "unit {n}").format(n=u + 1), u)
        self.unit_x.setCurrentIndex(x if 0 <= x < size else 0)
        self.unit_y.setCurrentIndex(y if 0 <= y < size else min(1, size - 1))

    def _layer_changed(self) -> None:
        sizes = self._sizes
        index = self.layer.currentIndex()
        if 0 <= index < len(sizes):
            with signals_blocked([self.unit_x, self.unit_y]):
                self._fill_units(sizes[index])
        self._choice_changed()

    def _update_controls(self) -> None:
        has_layers = self.layer.count() > 0
        for combo in (self.layer, self.mode):
            combo.setEnabled(has_layers)
        by_units = has_layers and self.mode.currentData() == UNITS
        for widget in (self.x_label, self.unit_x, self.y_label, self.unit_y):
            widget.setVisible(by_units)
        self.note.setVisible(not has_layers)

    def _choice_changed(self) -> None:
        self._update_controls()
        request = self.request()
        if request == self._request:
            return
        self._request = request
        self.clear()  # the picture shows the old choice
        self.sigRequest.emit(*request)

    # --- snapshots ----------------------------------------------------------------------------
    def show_snapshot(self, snap: Snapshot) -> None:
        """Draw the snapshot's hidden space if it is of the current choice and points."""
        space = snap.hidden_space
        if space is None:
            if snap.reset:
                self.clear()  # another network: the picture is out of date
            return
        points = self._doc.points
        if (space.points_version != self._doc.version or len(space.points) != len(points)
                or (space.layer, space.units) != self.request()):
            return  # of other points or another choice: keep the last matching one
        self._space, self._points = space, points
        self._throttle.request()

    def clear(self) -> None:
        """Forget the picture."""
        self._space = self._points = None
        self._throttle.cancel()
        self._styled = None
        self.scatter.clear()
        self.grid.setData([], [])
        self._set_labels(("", ""))

    def flush(self) -> None:
        """Draw what waits for the redraw timer."""
        self._throttle.flush()

    # --- drawing ------------------------------------------------------------------------------
    def _draw(self) -> None:
        space, points = self._space, self._points
        if space is None or points is None:
            return
        key = (space.points_version, len(points))
        if key != self._styled or not self._move_points(space.points[self._order]):
            # test points on top of the training points, as on the canvas
            self._order = np.concatenate([np.flatnonzero(points.is_train),
                                          np.flatnonzero(~points.is_train)])
            brushes, pens = self._point_styles.styles(points, self._order)
            self.scatter.setData(pos=space.points[self._order], brush=brushes, pen=pens)
            self._styled = key
        lines, samples = space.grid.shape[:2]
        self.grid.setData(space.grid[..., 0].ravel(), space.grid[..., 1].ravel(),
                          connect=grid_connect(lines, samples))
        self._set_labels(space.axis_labels)

    def _move_points(self, pos: np.ndarray) -> bool:
        """Move the drawn points, keeping their styles: ``setData`` restyles every point
        (~5 µs each), where a frame of the same points only moves them. False when the
        scatter does not hold as many points (draw them afresh)."""
        data = self.scatter.data
        if len(data) != len(pos) or not {"x", "y"} <= set(data.dtype.names or ()):
            return False
        data["x"] = pos[:, 0]
        data["y"] = pos[:, 1]
        # what ScatterPlotItem.addPoints does after changing its data
        self.scatter.prepareGeometryChange()
        self.scatter.informViewBoundsChanged()
        self.scatter.bounds = [None, None]
        self.scatter.invalidate()
        self.scatter.sigPlotChanged.emit(self.scatter)
        return True

    def _set_labels(self, labels: tuple[str, str]) -> None:
        if labels == self._labels:
            return
        self._labels = labels
        color = theme.plot_text()
        self.plot_item.setLabel("bottom", labels[0], color=color)
        self.plot_item.setLabel("left", labels[1], color=color)
