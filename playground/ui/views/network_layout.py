"""Where the network diagram puts its nodes, links and biases, and what lies under a scene
position. No Qt: plain arithmetic on the regular grid of columns, so hit tests cost nothing
however wide the layers are.

Column ``c`` is layer ``c`` of ``layer_sizes`` (0 the inputs, the last the output); weight
layer ``l`` links column ``l`` to column ``l + 1``. A column of at most ``whole`` units is
drawn whole; a wider one draws a window of ``rows`` consecutive units starting at
``first[c]`` (``MAX_SHOWN`` at most: as many as the view has room for at full size), with
a marker above it (which units are shown, ``scroll`` target -1) and one below ("+N more",
``scroll`` target +1). Every position and target here names units by their index in the
layer, not by their place in the window.

A hidden layer with a skip connection (``skips``: hidden layer indices) has an arc below the
columns, from the previous layer's column to its own (``skip_arc``): the arc is what the skip
adds, ``a = f(z) + a_prev``. With ``badges`` a row above the columns holds each layer's
normalisation badge and dropout rate (``badge_top``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

MAX_SHOWN = 16  # units drawn per layer at most; the rest are reached by scrolling the layer
NODE = 32.0  # node side, scene units (a scene unit is a pixel at the diagram's smallest scale)
V_GAP = 6.0
COL_GAP = 64.0  # between columns at 100 % text; larger text widens it (``Layout.gap``)
BIAS_RADIUS = 4.5  # the bias marker at a node's lower-left corner
MARKER_H = 18.0  # the room above and below a windowed column for its markers, 100 % text
ARC_DEPTH = 22.0  # how far a skip's arc dips below the lowest column, 100 % text
BADGE_H = 16.0  # the row above the columns for the normalisation badges and dropout rates
ARC_SAMPLES = 24  # points along an arc for its hit test


@dataclass(frozen=True)
class Target:
    """A thing in the diagram.

    kind "neuron": node ``unit`` of column ``layer``. kind "bias": the bias of unit ``unit``
    of column ``layer + 1`` (``layer`` is the weight layer). kind "link": the weight of weight
    layer ``layer`` from unit ``unit`` of column ``layer`` to unit ``to`` of the next. kind
    "scroll": the marker of windowed column ``layer`` above (``unit`` -1) or below (+1) it.
    kind "skip": the skip connection around hidden layer ``layer`` (its arc).
    """

    kind: str
    layer: int
    unit: int
    to: int = 0

    def param(self, layer_sizes: Sequence[int]) -> tuple[int, int, int] | None:
        """The parameter address ``(layer, row, col)`` (``engine.neurons``), None for a node."""
        if self.kind == "link":
            return self.layer, self.unit, self.to
        if self.kind == "bias":
            return self.layer, layer_sizes[self.layer], self.unit
        return None

    def hidden(self, n_columns: int) -> tuple[int, int] | None:
        """``(hidden layer, unit)`` of a hidden neuron's node; None for anything else."""
        if self.kind == "neuron" and 0 < self.layer < n_columns - 1:
            return self.layer - 1, self.unit
        return None


class Layout:
    """The geometry of a network of ``layer_sizes`` (inputs, hidden layers, outputs): a column
    of at most ``whole`` units (default ``rows``) is drawn whole, a wider one draws ``rows``
    units from its ``first`` (0 when not given; kept inside the layer). Text larger than at
    100 % (``text_scale``, the projector scale) widens the gaps between the columns and the
    room for the markers in proportion, so titles and markers keep apart."""

    def __init__(self, layer_sizes: Sequence[int], rows: int = MAX_SHOWN,
                 first: Sequence[int] = (), whole: int | None = None,
                 text_scale: float = 1.0, skips: Sequence[int] = (),
                 badges: bool = False) -> None:
        self.sizes = tuple(layer_sizes)
        grow = max(1.0, float(text_scale)) if np.isfinite(text_scale) else 1.0
        self.gap = COL_GAP * grow  # between one column's nodes and the next's
        self.marker_h = MARKER_H * grow
        n_hidden = max(len(self.sizes) - 2, 0)
        # hidden layers with an arc: each has a hidden layer before it
        self.skips = tuple(sorted({int(h) for h in skips if 0 < int(h) < n_hidden}))
        self.arc_depth = ARC_DEPTH * grow if self.skips else 0.0
        self.badge_h = BADGE_H * grow if badges else 0.0
        self.rows = max(1, min(int(rows), MAX_SHOWN))
        self.whole = max(self.rows, min(int(whole if whole is not None else rows), MAX_SHOWN))
        self.shown = [s if s <= self.whole else self.rows for s in self.sizes]
        given = list(first) + [0] * (len(self.sizes) - len(first))
        self.first = [int(min(max(f, 0), s - n))
                      for f, s, n in zip(given, self.sizes, self.shown, strict=False)]

    def windowed(self, column: int) -> bool:
        """Whether ``column`` has more units than it draws."""
        return self.sizes[column] > self.shown[column]

    def visible(self, column: int) -> range:
        """The units of ``column`` drawn, by their index in the layer."""
        return range(self.first[column], self.first[column] + self.shown[column])

    def x(self, column: int) -> float:
        """The left edge of column ``column``'s nodes."""
        return column * (NODE + self.gap)

    def node_y(self, column: int, k: int) -> float:
        """The top edge of unit ``k`` of ``column`` (the column is centred on y = 0)."""
        slot = k - self.first[column]
        return (slot - (self.shown[column] - 1) / 2) * (NODE + V_GAP) - NODE / 2

    def centre(self, column: int, k: int) -> tuple[float, float]:
        return self.x(column) + NODE / 2, self.node_y(column, k) + NODE / 2

    def bias_centre(self, layer: int, unit: int) -> tuple[float, float]:
        """The bias marker of unit ``unit`` of column ``layer + 1``: its node's lower-left."""
        return self.x(layer + 1), self.node_y(layer + 1, unit) + NODE

    def link_ends(self, layer: int, i: int, j: int) -> tuple[float, float, float, float]:
        """x0, y0, x1, y1 of the link from unit ``i`` of column ``layer`` to unit ``j``."""
        return (self.x(layer) + NODE, self.node_y(layer, i) + NODE / 2,
                self.x(layer + 1), self.node_y(layer + 1, j) + NODE / 2)

    def link_point(self, layer: int, i: int, j: int, t: float = 0.41) -> tuple[float, float]:
        """A point ``t`` of the way along the link. Links cross each other halfway (and at
        other simple fractions); at 0.41 of the way no other drawn link passes."""
        x0, y0, x1, y1 = self.link_ends(layer, i, j)
        return x0 + (x1 - x0) * t, y0 + (y1 - y0) * t

    def column_top(self, column: int) -> float:
        """The top of ``column``'s drawing: its first node, or the marker above it."""
        top = self.node_y(column, self.first[column])
        return top - self.marker_h if self.windowed(column) else top

    def column_bottom(self, column: int) -> float:
        """The bottom of ``column``'s drawing: its last node, or the marker below it."""
        bottom = self.node_y(column, self.first[column] + self.shown[column] - 1) + NODE
        return bottom + self.marker_h if self.windowed(column) else bottom

    def top(self) -> float:
        """The top of the highest column (the badge row, when there is one, is above it)."""
        return min(self.column_top(c) for c in range(len(self.sizes)))

    def bottom(self) -> float:
        """The bottom of the lowest column (the skips' arcs dip below it)."""
        return max(self.column_bottom(c) for c in range(len(self.sizes)))

    def height(self) -> float:
        """From the highest column's top to the lowest column's bottom."""
        return self.bottom() - self.top()

    def badge_top(self) -> float:
        """The top of the row of badges above the columns (``badge_h`` high)."""
        return self.top() - self.badge_h

    def skip_arc(self, layer: int) -> tuple[float, float, float, float, float, float]:
        """x0, y0, cx, cy, x1, y1 of the quadratic curve of the skip around hidden layer
        ``layer``: from the bottom of the previous layer's column (column ``layer``) to the
        bottom of this layer's (column ``layer + 1``), its lowest point ``arc_depth`` (or
        ``ARC_DEPTH``) below the lowest column."""
        x0 = self.x(layer) + NODE / 2
        x1 = self.x(layer + 1) + NODE / 2
        y0, y1 = self.column_bottom(layer) + 2, self.column_bottom(layer + 1) + 2
        lowest = self.bottom() + (self.arc_depth or ARC_DEPTH)
        cy = 2 * lowest - (y0 + y1) / 2  # the curve's middle (t = 0.5) is at ``lowest``
        return x0, y0, (x0 + x1) / 2, cy, x1, y1

    def arc_point(self, layer: int, t: float) -> tuple[float, float]:
        """The point ``t`` (0 to 1) of the way along the skip arc of hidden layer ``layer``."""
        x0, y0, cx, cy, x1, y1 = self.skip_arc(layer)
        u = 1.0 - t
        return (u * u * x0 + 2 * u * t * cx + t * t * x1,
                u * u * y0 + 2 * u * t * cy + t * t * y1)

    # --- what is under a point --------------------------------------------------------------
    def hit(self, x: float, y: float, tolerance: float = 3.0) -> Target | None:
        """The bias marker, node, link or skip arc at scene position (x, y); a link or an
        arc within ``tolerance`` scene units counts (the nearest one)."""
        if not (np.isfinite(x) and np.isfinite(y)):
            return None
        found = self._hit(x, y, tolerance)
        if found is None and self.skips and y > self.bottom():
            found = self._arc(x, y, tolerance)
        return found

    def _arc(self, x: float, y: float, tolerance: float) -> Target | None:
        """The skip arc nearest to (x, y) within ``tolerance`` (its thickness counts too)."""
        t = np.linspace(0.0, 1.0, ARC_SAMPLES * 4)
        best, found = tolerance + 2.0, None
        for layer in self.skips:
            px, py = self.arc_point(layer, t)  # type: ignore[arg-type]
            gap = float(np.min(np.hypot(np.asarray(px) - x, np.asarray(py) - y)))
            if gap <= best:
                best, found = gap, Target("skip", layer, 0)
        return found

    def _hit(self, x: float, y: float, tolerance: float) -> Target | None:
        step = NODE + self.gap
        marker = self._marker(x, y)
        if marker is not None:
            return marker
        near = round(x / step)  # the column whose left edge (and bias markers) is nearest
        if 0 < near < len(self.sizes) and abs(x - self.x(near)) <= BIAS_RADIUS + 1:
            k = self._row(near, y - NODE)
            if k is not None:
                bx, by = self.bias_centre(near - 1, k)
                if (x - bx) ** 2 + (y - by) ** 2 <= (BIAS_RADIUS + 1) ** 2:
                    return Target("bias", near - 1, k)
        column = int(np.floor(x / step))
        if not 0 <= column < len(self.sizes):
            return None
        offset = x - self.x(column)
        if 0 <= offset <= NODE:
            k = self._row(column, y - NODE / 2)
            if k is not None and abs(y - self.centre(column, k)[1]) <= NODE / 2:
                return Target("neuron", column, k)
            return None
        if column + 1 >= len(self.sizes):
            return None
        return self._link(column, x, y, tolerance)

    def _marker(self, x: float, y: float) -> Target | None:
        """The marker above or below a windowed column at (x, y)."""
        column = int(np.floor(x / (NODE + self.gap) + NODE / (2 * (NODE + self.gap))))
        if not 0 <= column < len(self.sizes) or not self.windowed(column):
            return None
        if abs(x - (self.x(column) + NODE / 2)) > NODE / 2 + 12:
            return None
        top, bottom = self.column_top(column), self.column_bottom(column)
        if top <= y < top + self.marker_h - 2:
            return Target("scroll", column, -1)
        if bottom - self.marker_h + 2 < y <= bottom:
            return Target("scroll", column, 1)
        return None

    def _row(self, column: int, y: float) -> int | None:
        """The drawn unit of ``column`` whose node's top edge is nearest to ``y``."""
        first = self.first[column]
        k = round((y - self.node_y(column, first)) / (NODE + V_GAP))
        return first + k if 0 <= k < self.shown[column] else None

    def _link(self, layer: int, x: float, y: float, tolerance: float) -> Target | None:
        x0, x1 = self.x(layer) + NODE, self.x(layer + 1)
        t = (x - x0) / (x1 - x0)
        a = np.array([self.node_y(layer, i) + NODE / 2 for i in self.visible(layer)])
        b = np.array([self.node_y(layer + 1, j) + NODE / 2 for j in self.visible(layer + 1)])
        rise = b[None, :] - a[:, None]  # (i, j)
        gap = np.abs(a[:, None] + rise * t - y) * (x1 - x0) / np.hypot(x1 - x0, rise)
        i, j = np.unravel_index(int(np.argmin(gap)), gap.shape)
        if gap[i, j] > tolerance:
            return None
        return Target("link", layer, self.first[layer] + int(i), self.first[layer + 1] + int(j))
