"""The linear-regions dock: where a ReLU, leaky ReLU or linear network is one affine
function.

It draws a snapshot's ``LinearRegions`` (computed in the training process on the heatmap's
grid, ``training/inspection.py``): each region in a colour of its own (``pictures/regions.py``:
a fixed palette, picked by a hash of the region's id, so touching regions rarely look
alike), placed over the extent it was traced over, the points on top (optional), and the
count, "N linear regions on a 200 × 200 grid". A network without linear regions (smooth
activations, layer norm) gets the reason in words instead. The regions are of the live run
only: a replayed frame keeps none (``set_replaying`` says so).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.pictures.heatmap import point_rgb, regression_limit
from playground.pictures.regions import region_rgb
from playground.training.protocol import LinearRegions
from playground.ui import theme
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate
from playground.ui.views.throttle import Throttle

POINT_SIZE = 5.0  # screen pixels
OUTLINE_RGBA = (30, 30, 30, 200)


class RegionsView(QWidget):
    """Linear regions over the plane; feed it ``show_regions``."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._regions: LinearRegions | None = None
        self._styled: tuple[int, tuple[int, int]] | None = None  # points version, axes drawn
        self._replaying = False
        self._framed: tuple[float, float, float, float] | None = None  # the extent fitted
        self._throttle = Throttle(self._draw, parent=self)

        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.count_label.setAccessibleName(translate("RegionsView", "Linear regions"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.show_points = QCheckBox(translate("RegionsView", "Show the &points"))
        self.show_points.setChecked(True)
        self.show_points.setToolTip(translate(
            "RegionsView", "Draw the data points over the regions"))
        self.show_points.toggled.connect(self._points_toggled)

        self.plot_widget = pg.PlotWidget(background=theme.plot_background())
        self.plot_widget.setAccessibleName(translate("RegionsView", "Linear regions"))
        self.plot_widget.setAccessibleDescription(translate(
            "RegionsView", "Each colour is one region of the plane where the network is one "
            "affine function"))
        pi = self.plot_item = self.plot_widget.getPlotItem()
        pi.setMenuEnabled(False, True)
        pi.setAspectLocked(True)
        theme.style_axes(pi)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.scatter = pg.ScatterPlotItem(size=POINT_SIZE, symbol="o", pxMode=True,
                                          pen=pg.mkPen(OUTLINE_RGBA, width=1))
        pi.addItem(self.image)
        pi.addItem(self.scatter)

        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.show_points)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.plot_widget, 1)
        document.sigPointsChanged.connect(self._points_changed)
        self._show_text()

    # --- what it is told ----------------------------------------------------------------------
    def show_regions(self, regions: LinearRegions) -> None:
        """Draw ``regions`` (of the latest live snapshot that carried them)."""
        self._regions = regions
        self._throttle.request()

    def set_replaying(self, on: bool) -> None:
        """A replay frame is on screen: the regions shown are still the live run's."""
        self._replaying = on
        self._show_text()

    def clear(self) -> None:
        """Forget the picture (another network)."""
        self._regions = None
        self._throttle.cancel()
        self.image.clear()
        self.scatter.clear()
        self._styled = None
        self._show_text()

    def flush(self) -> None:
        """Draw what waits for the redraw timer."""
        self._throttle.flush()

    # --- drawing ------------------------------------------------------------------------------
    def _draw(self) -> None:
        regions = self._regions
        self._show_text()
        if regions is None:
            return
        if regions.ids is None:
            self.image.clear()
        else:
            self.image.setImage(region_rgb(regions.ids), autoLevels=False, levels=(0, 255))
            x0, x1, y0, y1 = regions.extent
            rect = QRectF(x0, y0, x1 - x0, y1 - y0)
            if self.image.mapRectToParent(self.image.boundingRect()) != rect:
                self.image.setRect(rect)
            if regions.extent != self._framed:  # fit a new extent; the user's pan stays
                self._framed = regions.extent
                self.plot_item.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.02)
        self._draw_points()

    def _draw_points(self) -> None:
        regions = self._regions
        if not self.show_points.isChecked() or regions is None:
            self.scatter.clear()
            self._styled = None
            return
        key = (self._doc.version, regions.axes)
        if key == self._styled:
            return
        points = self._doc.points
        ax, ay = regions.axes
        if points.coords.shape[1] <= max(ax, ay) or not len(points.coords):
            self.scatter.clear()
            self._styled = key
            return
        limit = regression_limit(points.values) if points.task == "regression" else 1.0
        rgb = point_rgb(points.values, points.task, limit)
        brushes = [pg.mkBrush(*c) for c in rgb.tolist()]
        self.scatter.setData(x=points.coords[:, ax], y=points.coords[:, ay], brush=brushes)
        self._styled = key

    def _points_changed(self, *_args: object) -> None:
        if self._regions is not None:
            self._draw_points()

    def _points_toggled(self, _on: bool) -> None:
        self._styled = None
        self._draw_points()

    def _show_text(self) -> None:
        regions = self._regions
        if regions is None:
            text = translate("RegionsView", "Waiting for the network's linear regions…")
        else:
            text = region_count_text(regions)
        self.count_label.setText(text)
        self.count_label.setAccessibleDescription(text)
        live = translate("RegionsView", "Live run only: a replayed frame keeps no linear "
                                        "regions, so these are of the latest weights.")
        self.note.setText(live)
        self.note.setVisible(self._replaying)


def region_count_text(regions: LinearRegions) -> str:
    """What the view's label says of ``regions``: the count on the grid, or why there are
    no regions."""
    if regions.reason is not None:
        return translate("Regions", regions.reason)
    return translate("RegionsView", "%n linear region(s) on a {size} × {size} grid",
                     n=regions.count).format(size=regions.resolution)
