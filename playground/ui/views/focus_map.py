"""A hidden neuron's output on the canvas, in place of the prediction, while it is hovered in
the network diagram (``CanvasView.show_focus``).

The map uses the sign colours of every view (``pictures.colors``: blue negative, white 0,
orange positive; lightened like the heatmap so the points stay readable) over ``±limit``, a
"nice" value just above the largest |output|, so the colours and the colour bar do not
flicker as training moves the range a little. A label in the plot's corner says which neuron
it is and its exact range.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from playground.pictures.heatmap import signed_rgb
from playground.training.protocol import NeuronMap
from playground.ui.i18n import translate

NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_limit(m: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten >= ``m``."""
    if not (math.isfinite(m) and m > 1e-12):
        return 1.0
    power = 10.0 ** math.floor(math.log10(m))
    for step in NICE_STEPS:
        if step * power >= m * (1 - 1e-9):
            return step * power
    return 10.0 * power


def fmt(value: float) -> str:
    return f"{value:.3g}".replace("-", "−")


def focus_limit(focus: NeuronMap) -> float:
    return nice_limit(max(abs(focus.low), abs(focus.high)))


def focus_rgb(image: np.ndarray, limit: float, discretize: bool = False) -> np.ndarray:
    """A neuron's outputs (h, w) -> (h, w, 3) uint8 over ``±limit`` (NaN: white)."""
    return signed_rgb(np.asarray(image, np.float32), limit, discretize)


def focus_text(focus: NeuronMap) -> str:
    return translate("FocusMap", "Neuron {unit} of layer {layer}: {low} … {high}").format(
        unit=focus.unit + 1, layer=focus.layer + 1, low=fmt(focus.low), high=fmt(focus.high))


class FocusMap:
    """What the canvas shows of the focused neuron: its map's colours and the label, added
    to the canvas's view box (hidden while nothing is focused)."""

    def __init__(self, view_box: pg.ViewBox, corner: tuple[float, float]) -> None:
        self.focus: NeuronMap | None = None
        self.limit = 1.0
        self.label = pg.TextItem(color=(30, 30, 30), fill=pg.mkBrush(255, 255, 255, 215),
                                 border=pg.mkPen(150, 150, 150), anchor=(0, 0))
        self.label.setPos(*corner)
        self.label.setZValue(20)
        self.label.hide()
        view_box.addItem(self.label, ignoreBounds=True)

    def set(self, focus: NeuronMap | None) -> None:
        self.focus = focus
        if focus is None:
            self.label.hide()
            return
        self.limit = focus_limit(focus)
        self.label.setText(focus_text(focus))
        self.label.show()

    def rgb(self, discretize: bool) -> np.ndarray:
        assert self.focus is not None
        return focus_rgb(self.focus.image, self.limit, discretize)

    def scale(self, discretize: bool) -> tuple[np.ndarray, tuple[float, float], str]:
        """The colour bar's colours, levels and label for the focused neuron."""
        assert self.focus is not None
        values = np.linspace(-self.limit, self.limit, 256, dtype=np.float32)
        label = translate("FocusMap", "neuron {unit}, layer {layer}").format(
            unit=self.focus.unit + 1, layer=self.focus.layer + 1)
        return focus_rgb(values, self.limit, discretize), (-self.limit, self.limit), label
