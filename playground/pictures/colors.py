"""Colours shared by every view: the class palette and the heatmap colour maps."""

from __future__ import annotations

import numpy as np

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
