"""The colour bar beside the canvas: which value each heatmap colour stands for.

A non-interactive ``pyqtgraph.ColorBarItem`` placed in the canvas plot's own layout (so an
exported image carries it too), showing the colours ``heatmap_colors.scale_colors`` gives:
the class-1 probability of a binary problem, or the predicted value of a regression between
``±limit``. With K > 2 classes there is no bar: the class colours are the legend.

The bar is rebuilt only when what it shows changes (task, class count, limit, discretised,
label), never because a snapshot arrived.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from playground.pictures.heatmap import scale_colors
from playground.ui import theme

BAR_WIDTH = 14  # pixels
BAR_GAP = 6  # pixels between the plot's box and the bar


class ColorScale:
    """Owns the ``ColorBarItem`` (``bar``) added to the right of ``plot``'s view box."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self._plot = plot
        self.bar = pg.ColorBarItem(values=(0.0, 1.0), width=BAR_WIDTH, interactive=False,
                                   colorMapMenu=False)
        for name in ("left", "right", "top", "bottom"):
            axis = self.bar.getAxis(name)
            axis.setPen(pg.mkPen(theme.plot_text()))
            axis.setTextPen(pg.mkPen(theme.plot_text()))
        self.bar.axis.setWidth(36)  # room for "-10" and the label, not pyqtgraph's 45
        self._key: tuple[object, ...] | None = None
        self._shown = False
        self._show(True)

    def update(self, task: str, n_classes: int, limit: float, discretize: bool,
               class_names: Sequence[str]) -> bool:
        """Show the scale of this heatmap; True when anything had to change."""
        if task == "regression":
            label = "prediction"
        else:
            label = f"p({class_names[1] if len(class_names) > 1 else 'class 1'})"
        key = (task, n_classes if task != "regression" else 0, limit, discretize, label)
        if key == self._key:
            return False
        self._key = key
        scale = scale_colors(task, n_classes, limit, discretize)
        self._show(scale is not None)
        if scale is not None:
            self._paint(*scale, label)
        return True

    def show_colors(self, colors: np.ndarray, levels: tuple[float, float], label: str) -> bool:
        """Show any other scale (a focused neuron's map): ``colors`` (n, 3) uint8 from the
        low level to the high one. True when anything had to change."""
        key = ("colors", levels, label, colors.tobytes())
        if key == self._key:
            return False
        self._key = key
        self._show(True)
        self._paint(colors, levels, label)
        return True

    def _paint(self, colors: np.ndarray, levels: tuple[float, float], label: str) -> None:
        cmap = pg.ColorMap(np.linspace(0.0, 1.0, len(colors)), colors)
        self.bar.setLevels(levels)
        self.bar.setColorMap(cmap)
        self.bar.axis.setLabel(label, color=theme.plot_text())

    def is_shown(self) -> bool:
        return self._shown

    def width(self) -> float:
        """Pixels the bar takes beside the plot (0 when hidden)."""
        if not self._shown:
            return 0.0
        return BAR_GAP + self.bar.effectiveSizeHint(Qt.SizeHint.PreferredSize).width()

    def _show(self, shown: bool) -> None:
        """Put the bar in the plot's layout, or take it out (a hidden item would keep its
        column's width)."""
        if shown == self._shown:
            return
        layout = self._plot.layout
        if shown:
            layout.addItem(self.bar, 2, 5)  # where ColorBarItem's insert_in puts it
            layout.setColumnFixedWidth(4, BAR_GAP)
            self.bar.show()
        else:
            layout.removeItem(self.bar)
            layout.setColumnFixedWidth(4, 0)
            self.bar.hide()
        self._shown = shown
