"""The colour bar beside the canvas: which value each heatmap colour stands for.

A non-interactive ``pyqtgraph.ColorBarItem`` placed in the canvas plot's own layout (so an
exported image carries it too), showing the colours ``heatmap_colors.scale_colors`` gives:
the second class's probability of a binary problem (the title names that class: "p(class 2)"
by default), or the predicted value of a regression between ``±limit``. With K > 2 classes
there is no bar: the canvas's key (``canvas_key``) names each class's colour and shape.

The bar is rebuilt only when what it shows changes (task, class count, limit, discretised,
label), never because a snapshot arrived. Its ticks are the values themselves at both ends,
the middle and the quarters (never pyqtgraph's SI scaling, which read a neuron's ±0.8 as
"800 … −800 (×0.001)"), and the axis is as wide as its widest tick label and its title side
by side, so the title never lies over a tick label.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from playground.data.points import default_class_name
from playground.pictures.colors import STANDARD, Palette
from playground.pictures.heatmap import scale_colors
from playground.ui import theme

BAR_WIDTH = 14  # pixels
BAR_GAP = 6  # pixels between the plot's box and the bar
TICKS = 5  # labelled values: both ends, the middle and the quarters
TITLE_GAP = 4  # pixels between the widest tick label and the title


def tick_text(value: float) -> str:
    """A tick's label: the value itself to four significant digits, with a true minus."""
    return f"{value:.4g}".replace("-", "−")


def bar_ticks(levels: tuple[float, float]) -> list[tuple[float, str]]:
    """The labelled ticks of a bar from ``levels[0]`` to ``levels[1]``."""
    lo, hi = levels
    span = abs(hi - lo) or 1.0
    values = np.linspace(lo, hi, TICKS)
    values[np.abs(values) < span * 1e-9] = 0.0  # no "−0" in the middle
    return [(float(v), tick_text(float(v))) for v in values]


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
        self.bar.axis.enableAutoSIPrefix(False)  # the values as they are, never "(x0.001)"
        self._key: tuple[object, ...] | None = None
        self._texts: list[str] = []  # the tick labels shown
        self._shown = False
        self._show(True)

    def update(self, task: str, n_classes: int, limit: float, discretize: bool,
               class_names: Sequence[str], palette: Palette = STANDARD) -> bool:
        """Show the scale of this heatmap; True when anything had to change."""
        if task == "regression":
            label = "prediction"
        else:
            # the bar's 1.0 end is the second class's probability (orange, as its points)
            label = f"p({class_names[1] if len(class_names) > 1 else default_class_name(1)})"
        key = (task, n_classes if task != "regression" else 0, limit, discretize, label,
               palette)
        if key == self._key:
            return False
        self._key = key
        scale = scale_colors(task, n_classes, limit, discretize, palette=palette)
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
        axis = self.bar.axis
        axis.setLabel(label, color=theme.plot_text())
        ticks = bar_ticks(levels)
        axis.setTicks([ticks])
        self._texts = [text for _, text in ticks]
        axis.setWidth(self._axis_width(self._texts))

    def refit(self) -> None:
        """The axis's font changed (projector scale): as wide as its ticks and title need."""
        if self._texts:
            self.bar.axis.setWidth(self._axis_width(self._texts))

    def _axis_width(self, texts: Sequence[str]) -> int:
        """Pixels for the tick labels and, beside them, the title (drawn rotated at the
        axis's outer edge, as pyqtgraph places it)."""
        axis = self.bar.axis
        metrics = QFontMetricsF(axis.style["tickFont"] or QApplication.font())
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        ticks = axis.style["tickTextOffset"][0] + max(0, axis.style["tickLength"])
        margin = axis.label.document().documentMargin()
        title = axis.label.boundingRect().height() - 2 * margin  # the rotated title's width
        return math.ceil(ticks + widest + TITLE_GAP + title)

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
