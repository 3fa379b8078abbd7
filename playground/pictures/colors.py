"""Colours shared by every view: the class palette and the one sign convention.

Every picture of a signed value (a regression's target or prediction, a weight, a bias, a
neuron's output, an input feature) paints negative values in the first class's colour (blue)
and positive ones in the second's (orange), white at 0. It is the binary heatmap's own order:
its low end, p(second class) = 0, is blue and its high end orange, so the output unit's
positive pre-activation, which raises p(second class), reads orange in the diagram as on the
canvas.
"""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Palette:
    """The colours of one choice in View ▸ Colours: the classes' (``class_colors``, as many
    as ``CLASS_COLORS``), and the diverging map of a binary or regression heatmap as anchor
    colours from its low end to its high end (``sign_map``; None: the first class's colour
    through white to the second's). ``strength``: how much of a colour's distance from white
    the heatmap keeps."""

    name: str
    class_colors: tuple[str, ...]
    sign_map: tuple[tuple[int, int, int], ...] | None = None
    strength: float = 0.42


STANDARD = Palette("standard", CLASS_COLORS)
# Colour-blind safe: the binary and regression maps follow CET-CBD1 (Kovesi's diverging
# blue - grey - yellow map for protanopic and deuteranopic viewers, as pyqtgraph ships it),
# sampled at nine points; the classes start with its two ends and go on with colours apart
# in lightness as well as in hue, so a class's colour survives a missing cone type (and the
# shapes of ``markers`` tell them apart in any case).
SAFE = Palette(
    "safe",
    ("#3A90FE",  # CBD1's blue end
     "#A89008",  # CBD1's yellow end (dark gold)
     "#1B1B1B",  # near black
     "#DC267F",  # magenta
     "#785EF0",  # violet
     "#FE6100",  # orange
     "#A0A0A0",  # light grey
     "#00A3A3"),  # teal
    sign_map=((58, 144, 254), (125, 167, 252), (169, 190, 249), (206, 215, 245),
              (237, 237, 237), (226, 214, 184), (209, 189, 131), (189, 166, 78),
              (168, 144, 8)),
    strength=0.6,
)
PALETTES: dict[str, Palette] = {p.name: p for p in (STANDARD, SAFE)}


def palette_named(name: object) -> Palette:
    """A palette by its name (a stored setting); anything unknown is the standard one."""
    return PALETTES.get(str(name), STANDARD)
