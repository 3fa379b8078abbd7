"""A marker shape per class, so a class is told by its shape as well as by its colour.

``CLASS_MARKERS`` is the one table: class ``k`` is drawn as ``CLASS_MARKERS[k]`` on the canvas,
on the class buttons, in the canvas's key and in the replay GIFs. Each shape is a polygon in
unit coordinates (``outline``: x to the right, y downwards as on a screen, the marker's box
is -1..1 on both axes) or, for the circle, no polygon. The window maps the names to
pyqtgraph's symbols (``ui/views/canvas.py`` ``SYMBOLS``); the pictures drawn with Pillow
(``draw_marker``) use the polygons themselves.
"""

from __future__ import annotations

import math

from PIL import ImageDraw

from playground.pictures.colors import CLASS_COLORS

Outline = tuple[tuple[float, float], ...]


def _regular(n: int, start_deg: float, radius: float = 1.0) -> Outline:
    """A regular n-gon around 0, its first corner at ``start_deg`` (0 = right, 90 = up)."""
    return tuple((radius * math.cos(math.radians(start_deg + 360 * i / n)),
                  -radius * math.sin(math.radians(start_deg + 360 * i / n)))
                 for i in range(n))


def _star(points: int = 5, inner: float = 0.45) -> Outline:
    outer = _regular(points, 90)
    inside = _regular(points, 90 + 180 / points, inner)
    return tuple(c for pair in zip(outer, inside) for c in pair)


def _plus(arm: float = 0.36) -> Outline:
    a = arm
    return ((-a, -1), (a, -1), (a, -a), (1, -a), (1, a), (a, a), (a, 1), (-a, 1), (-a, a),
            (-1, a), (-1, -a), (-a, -a))


def _rotated(outline: Outline, degrees: float) -> Outline:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return tuple((x * c - y * s, x * s + y * c) for x, y in outline)


# name -> outline (None: a circle), in the order the classes take them
SHAPES: dict[str, Outline | None] = {
    "circle": None,
    "square": ((-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)),
    "triangle": _regular(3, 90),
    "diamond": ((0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)),
    "star": _star(),
    "hexagon": _regular(6, 0),
    "plus": _plus(),
    "cross": _rotated(_plus(), 45),
}
CLASS_MARKERS: tuple[str, ...] = tuple(SHAPES)
assert len(CLASS_MARKERS) >= len(CLASS_COLORS), "a shape for every class"


def class_marker(label: int) -> str:
    """The shape of class ``label`` (the table repeats past its end)."""
    return CLASS_MARKERS[int(label) % len(CLASS_MARKERS)]


def marker_polygon(shape: str, x: float, y: float, radius: float) -> list[tuple[float, float]]:
    """The shape's corners around (x, y) in pixels (y downwards), ``radius`` its half size;
    a circle as a 24-gon."""
    outline = SHAPES[shape]
    if outline is None:
        outline = _regular(24, 0)
    return [(x + radius * u, y + radius * v) for u, v in outline]


def draw_marker(draw: ImageDraw.ImageDraw, shape: str, x: float, y: float, radius: float,
                fill: tuple[int, int, int] | None, outline: tuple[int, int, int],
                width: int = 1) -> None:
    """Draw one marker with Pillow: ``fill`` None draws it hollow (a test point)."""
    if SHAPES[shape] is None:
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill,
                     outline=outline, width=width)
        return
    draw.polygon(marker_polygon(shape, x, y, radius), fill=fill, outline=outline,
                 width=width)
