"""The canvas's key: what its markers mean without the Draw panel's text.

A ``pyqtgraph.LegendItem`` in a corner of the canvas plot (a child of the plot, so the
full-window canvas, classroom mode and an exported PNG carry it): a filled marker for the
training points and a hollow one for the test points, and for a classification each class
with its shape, its colour and its name, so a K-class heatmap says which colour is which
class. It sits in the corner that hides the fewest points (``place``). The shapes are
``pictures/markers.py``'s table, drawn here as pyqtgraph symbols (``SYMBOLS``), so the
canvas, this key, the class buttons and a replay GIF agree.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPainterPath

from playground.pictures.colors import STANDARD, Palette
from playground.pictures.markers import SHAPES, class_marker
from playground.ui.i18n import translate


def _path(shape: str) -> QPainterPath:
    """A marker's outline as a pyqtgraph symbol (a path in the unit box -0.5..0.5)."""
    outline = SHAPES[shape]
    assert outline is not None
    path = QPainterPath()
    path.moveTo(outline[0][0] / 2, outline[0][1] / 2)
    for x, y in outline[1:]:
        path.lineTo(x / 2, y / 2)
    path.closeSubpath()
    return path


# shape name -> pyqtgraph symbol: the circle is pyqtgraph's own, the others the table's
# outlines, so every marker has the same size and weight as in the pictures
SYMBOLS: dict[str, object] = {name: "o" if SHAPES[name] is None else _path(name)
                              for name in SHAPES}


def symbol(label: int) -> object:
    """The pyqtgraph symbol of class ``label``."""
    return SYMBOLS[class_marker(label)]


def shape_of(symbol_: object) -> str | None:
    """The shape name of a symbol from ``SYMBOLS`` (None for any other)."""
    for name, s in SYMBOLS.items():
        if s is symbol_ or (isinstance(s, str) and s == symbol_):
            return name
    return None


KEY_TEXT = "#202020"
MARGIN = 6  # pixels between the key and the plot's edge
KEY_SAMPLE = (110, 110, 110)  # the grey of the training / test samples


KEY_TEXT_PT = 8.0  # the key's text at 100 %


class CanvasKey:
    """The legend item (``legend``), rebuilt only when what it lists changes."""

    def __init__(self, plot: pg.PlotItem, point_size: float) -> None:
        self.legend = pg.LegendItem(offset=(-MARGIN, MARGIN), labelTextColor=KEY_TEXT,
                                    labelTextSize=f"{KEY_TEXT_PT:g}pt", verSpacing=-6)
        self.legend.setParentItem(plot.getViewBox())
        self.legend.setZValue(20)
        self._point_size = point_size
        self._zoom = 1.0
        self._high_contrast = False
        self._key: tuple[object, ...] | None = None
        self._entries: list[tuple[str, str, str | None]] = []
        self._corner = "top-right"
        self._style()

    def set_zoom(self, factor: float) -> None:
        """Projector scale: the key's text and markers ``factor`` times their size at 100 %
        (listed again at the next ``update``)."""
        self._zoom = factor
        self.legend.setLabelTextSize(f"{KEY_TEXT_PT * factor:g}pt")
        self._key = None

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = bool(on)
        self._style()
        self._key = None

    def _style(self) -> None:
        if self._high_contrast:
            self.legend.setBrush(pg.mkBrush(255, 255, 255, 255))
            self.legend.setPen(pg.mkPen(0, 0, 0, width=2))
            self.legend.setLabelTextColor("#000000")
        else:
            self.legend.setBrush(pg.mkBrush(255, 255, 255, 215))
            self.legend.setPen(pg.mkPen(120, 120, 120, 160))
            self.legend.setLabelTextColor(KEY_TEXT)

    def update(self, task: str, class_names: Sequence[str], palette: Palette = STANDARD
               ) -> bool:
        """List the markers of ``task`` with these classes; True when anything changed."""
        names = tuple(class_names) if task == "classification" else ()
        key = (names, palette, self._high_contrast)
        if key == self._key:
            return False
        self._key = key
        self.legend.clear()
        self._entries = []
        rim = pg.mkPen(0, 0, 0, width=2) if self._high_contrast else pg.mkPen(40, 40, 40,
                                                                                width=1)
        self._add(translate("CanvasView", "Training (filled)"), "circle", None,
                  pg.mkBrush(*KEY_SAMPLE), rim)
        self._add(translate("CanvasView", "Test (hollow)"), "circle", None, pg.mkBrush(None),
                  pg.mkPen(*KEY_SAMPLE, width=2))
        for label, name in enumerate(names):
            color = palette.class_colors[label % len(palette.class_colors)]
            self._add(name, class_marker(label), color, pg.mkBrush(color), rim)
        return True

    def _add(self, text: str, shape: str, color: str | None, brush: object, pen: object
             ) -> None:
        sample = pg.ScatterPlotItem(size=(self._point_size + 3) * self._zoom,
                                    symbol=SYMBOLS[shape],
                                    brush=brush, pen=pen, antialias=True)
        self.legend.addItem(sample, text)
        self._entries.append((text, shape, color))

    def place(self, xy: np.ndarray, extent: tuple[float, float, float, float],
              pixel: tuple[float, float]) -> str:
        """Move the key to the corner of the plot where it covers the fewest of the points
        at ``xy`` (n, 2) in data units; ``extent`` is what the plot shows and ``pixel`` a
        screen pixel's size in data units. Returns the corner ("top-right", ...)."""
        size = self.legend.boundingRect()
        w = (size.width() + 2 * MARGIN) * pixel[0]
        h = (size.height() + 2 * MARGIN) * pixel[1]
        x0, x1, y0, y1 = extent
        xy = np.asarray(xy, np.float64).reshape(-1, 2)

        def covered(left: bool, top: bool) -> int:
            xs = (xy[:, 0] <= x0 + w) if left else (xy[:, 0] >= x1 - w)
            ys = (xy[:, 1] >= y1 - h) if top else (xy[:, 1] <= y0 + h)
            return int((xs & ys).sum())

        # the order of preference when corners tie: top right first (where it starts)
        corners = [("top-right", False, True), ("top-left", True, True),
                   ("bottom-right", False, False), ("bottom-left", True, False)]
        name, left, top = min(corners, key=lambda c: covered(c[1], c[2]))
        if name != self._corner:
            self._corner = name
            x, y = (0 if left else 1), (0 if top else 1)
            self.legend.anchor(itemPos=(x, y), parentPos=(x, y),
                               offset=(MARGIN if left else -MARGIN, MARGIN if top else -MARGIN))
        return name

    def corner(self) -> str:
        """Where the key sits: "top-right", "top-left", "bottom-right" or "bottom-left"."""
        return self._corner

    def entries(self) -> list[tuple[str, str, str | None]]:
        """What the key lists, top to bottom: (text, shape, class colour or None for the
        training / test samples)."""
        return list(self._entries)
