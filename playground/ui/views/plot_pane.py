"""What the canvas and the curve view share: a pyqtgraph plot whose viewport takes the mouse,
coordinate conversions between data and widget, and PNG export of the plot."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget


class PlotCoordinates:
    """Mixin for a ``QWidget`` holding ``_plot`` (a PlotWidget), ``_vb`` (its ViewBox) and
    ``_viewport`` (the graphics view's viewport, which receives the mouse); also the cache
    of point brushes and pens by packed colour (``0xRRGGBB``), shared by every redraw."""

    _plot: Any
    _vb: Any
    _viewport: QWidget
    _brushes: dict[int, QBrush]
    _pens: dict[int, QPen]

    def _brush(self, color: int) -> QBrush:
        """The fill of a training point of this colour."""
        brushes = self.__dict__.setdefault("_brushes", {})
        if color not in brushes:
            brushes[color] = QBrush(QColor(color >> 16, (color >> 8) & 255, color & 255))
        return brushes[color]

    def _pen(self, color: int) -> QPen:
        """The ring of a test point of this colour."""
        pens = self.__dict__.setdefault("_pens", {})
        if color not in pens:
            pens[color] = pg.mkPen((color >> 16, (color >> 8) & 255, color & 255), width=2)
        return pens[color]

    def viewport(self) -> QWidget:
        """The widget that receives the mouse (the graphics view's viewport)."""
        return self._viewport

    def data_to_widget(self, x: float, y: float) -> QPoint:
        """Position in this widget's coordinates of the data point (x, y): where to point
        at it (scripted input, as ``bench/edits.py`` does; the inverse of
        ``viewport_to_data`` after mapping to the viewport)."""
        scene = self._vb.mapViewToScene(QPointF(x, y))
        assert isinstance(self, QWidget)
        return self._viewport.mapTo(self, self._plot.mapFromScene(scene))

    def viewport_to_data(self, pos: QPointF) -> tuple[float, float]:
        """Data coordinates (x, y) of a position on the viewport (where the mouse is)."""
        p = self._vb.mapSceneToView(self._plot.mapToScene(pos.toPoint()))
        return float(p.x()), float(p.y())


def render_plot(plot_item: Any, width: int, height: int, background: QColor) -> QImage:
    """``plot_item`` as shown, scaled to fit and centred in a ``width`` x ``height`` image of
    ``background``; lines, text and points scale with the size."""
    exporter = ImageExporter(plot_item)
    source = exporter.getSourceRect()
    scale = min(width / source.width(), height / source.height())
    w, h = max(1, round(source.width() * scale)), max(1, round(source.height() * scale))
    params = exporter.parameters()
    params.param("width").setValue(w, blockSignal=exporter.widthChanged)
    params.param("height").setValue(h, blockSignal=exporter.heightChanged)
    params["background"] = background
    plot = exporter.export(toBytes=True)
    image = QImage(int(width), int(height), QImage.Format.Format_ARGB32)
    image.fill(background)
    painter = QPainter(image)
    painter.drawImage(QPoint((width - w) // 2, (height - h) // 2), plot)
    painter.end()
    return image
