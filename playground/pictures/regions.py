"""The colours of a picture of linear regions (``training.protocol.LinearRegions``): one
fixed palette of distinct light colours, each region's picked by a hash of its id.

Region ids follow their activation patterns' order, so regions side by side (patterns a bit
apart) often have ids a few apart: the hash (an odd multiplier modulo the palette's size, a
one-to-one shuffle) sends consecutive ids far apart in a palette whose neighbours differ in
hue and lightness, so two regions that touch rarely look alike. Light colours, so the points
drawn on top stay readable.
"""

from __future__ import annotations

import colorsys

import numpy as np

PALETTE_SIZE = 64
_GOLDEN = 0.6180339887498949
_MULTIPLIER = 37  # odd: id -> (id * 37) % 64 is a permutation of each run of 64 ids


def _palette(size: int = PALETTE_SIZE) -> np.ndarray:
    """``(size, 3)`` uint8: hues a golden-ratio step apart, three lightness levels in turn."""
    rgb = np.empty((size, 3), np.uint8)
    for k in range(size):
        hue = (k * _GOLDEN) % 1.0
        lightness = (0.80, 0.68, 0.88)[k % 3]
        saturation = (0.55, 0.60, 0.70)[k % 3]
        rgb[k] = np.rint(np.array(colorsys.hls_to_rgb(hue, lightness, saturation)) * 255)
    return rgb


REGION_PALETTE = _palette()


def region_index(ids: np.ndarray) -> np.ndarray:
    """Each id's place in ``REGION_PALETTE`` (same shape, int64)."""
    return (np.asarray(ids, np.int64) * _MULTIPLIER) % PALETTE_SIZE


def region_rgb(ids: np.ndarray) -> np.ndarray:
    """A picture of region ids ``(r, c)`` as uint8 colours ``(r, c, 3)``."""
    return REGION_PALETTE[region_index(ids)]
