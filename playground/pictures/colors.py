"""Colours shared by every view: the class palette and the one sign convention.

Every picture of a signed value (a regression's target or prediction, a weight, a bias, a
neuron's output, an input feature) paints negative values in the first class's colour (blue)
and positive ones in the second's (orange), white at 0. It is the binary heatmap's own order:
its low end, p(second class) = 0, is blue and its high end orange, so the output unit's
positive pre-activation, which raises p(second class), reads orange in the diagram as on the
canvas.
"""

from __future__ import annotations

import numpy as np

from playground.texts import translate_noop

# Okabe-Ito colours (safe for the common colour-vision deficiencies), blue and orange first
# so a two-class problem looks like TensorFlow Playground's.
CLASS_COLORS: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#7F7F7F",  # grey
)


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


CLASS_RGB = np.array([hex_to_rgb(c) for c in CLASS_COLORS], dtype=np.float32)  # (8, 3) 0..255

NEGATIVE_RGB = CLASS_RGB[0]  # blue: a value below 0
POSITIVE_RGB = CLASS_RGB[1]  # orange: a value above 0
# the colours' names (marked for the window's translation: playground.texts)
SIGN_NAMES = {"negative": translate_noop("Colors", "blue"),
              "positive": translate_noop("Colors", "orange")}
# what a legend of signed colours says: "blue: negative · orange: positive"
SIGN_LEGEND = f"{SIGN_NAMES['negative']}: negative · {SIGN_NAMES['positive']}: positive"
