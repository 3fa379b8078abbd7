"""Where the output pictures are taken: the plane's extent, the two inputs on its axes, and
the values of every other input (the slice).

A network of two inputs is drawn over the plane of x1 and x2. A network of N > 2 inputs is
drawn over a 2-D slice of its input space: two chosen inputs vary over the picture, every
other input is held at one value (``at``). A ``ViewFrame`` names all of that in raw (unscaled)
coordinates; the heatmap, the neuron pictures and a 1-D network's curve are computed over it,
and a snapshot says which frame its pictures show.

``DEFAULT_FRAME`` is the fixed box the window showed before frames existed: x1 and x2 over
``VIEW_BOX``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from playground.data.datasets import VIEW_BOX
from playground.data.points import PointSet
from playground.errors import ConfigError

Extent = tuple[float, float, float, float]  # x_min, x_max, y_min, y_max (raw coordinates)


@dataclass(frozen=True)
class ViewFrame:
    """extent : (x_min, x_max, y_min, y_max) of the picture, raw coordinates of the two inputs
    on the axes; each min < max, all finite.
    axes : the inputs (0-based columns) on the horizontal and vertical axis; distinct.
    at : a value for every input (length = the number of inputs), where the slice is taken;
        the entries of the two axis inputs are ignored. Empty: every other input at 0.
    """

    extent: Extent = (VIEW_BOX[0], VIEW_BOX[1], VIEW_BOX[0], VIEW_BOX[1])
    axes: tuple[int, int] = (0, 1)
    at: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        extent = tuple(float(v) for v in self.extent)
        if len(extent) != 4 or not all(math.isfinite(v) for v in extent):
            raise ConfigError(f"a view extent is four finite numbers (got {self.extent!r})")
        x0, x1, y0, y1 = extent
        if not (x0 < x1 and y0 < y1):
            raise ConfigError(f"a view extent needs min < max on both axes (got {extent})")
        axes = tuple(int(a) for a in self.axes)
        if len(axes) != 2 or axes[0] == axes[1] or min(axes) < 0:
            raise ConfigError(f"the view's axes are two different inputs (got {self.axes!r})")
        at = tuple(float(v) for v in self.at)
        if not all(math.isfinite(v) for v in at):
            raise ConfigError(f"the slice's values must be finite (got {self.at!r})")
        object.__setattr__(self, "extent", extent)
        object.__setattr__(self, "axes", axes)
        object.__setattr__(self, "at", at)

    @property
    def x_range(self) -> tuple[float, float]:
        return self.extent[0], self.extent[1]

    @property
    def y_range(self) -> tuple[float, float]:
        return self.extent[2], self.extent[3]

    def grid(self, resolution: int, n_inputs: int = 2) -> np.ndarray:
        """Pixel centres of a ``resolution`` square picture over the extent, as network inputs:
        ``(resolution * resolution, n_inputs)`` float64, x varying fastest (row-major image
        order); the axis inputs vary, every other input holds its ``at`` value."""
        if max(self.axes) >= n_inputs:
            raise ConfigError(f"the view's axes {self.axes} name inputs a network of "
                              f"{n_inputs} inputs does not have")
        x0, x1, y0, y1 = self.extent
        xs = x0 + (x1 - x0) / resolution * (np.arange(resolution) + 0.5)
        ys = y0 + (y1 - y0) / resolution * (np.arange(resolution) + 0.5)
        gx, gy = np.meshgrid(xs, ys)
        out = np.empty((resolution * resolution, n_inputs), dtype=np.float64)
        out[:] = self.slice_values(n_inputs)
        out[:, self.axes[0]] = gx.ravel()
        out[:, self.axes[1]] = gy.ravel()
        return out

    def slice_values(self, n_inputs: int) -> np.ndarray:
        """The value of each of ``n_inputs`` inputs off the axes: ``at`` (zeros when empty)."""
        if not self.at:
            return np.zeros(n_inputs)
        if len(self.at) != n_inputs:
            raise ConfigError(f"the slice gives {len(self.at)} input values for a network of "
                              f"{n_inputs} inputs")
        return np.asarray(self.at, dtype=np.float64)

    def curve_x(self, samples: int) -> np.ndarray:
        """Where a 1-D network's curve is sampled: ``samples`` values evenly over the
        horizontal range, both ends included."""
        return np.linspace(self.extent[0], self.extent[1], samples)


DEFAULT_FRAME = ViewFrame()
DEFAULT_EXTENT: Extent = DEFAULT_FRAME.extent
FIT_MARGIN = 0.08  # of the data's span, shown beyond it on each side when a view fits it
MIN_SPAN = 1.0  # a fitted axis never spans less (one point, or points all alike)


def fit_extent(coords: np.ndarray, margin: float = FIT_MARGIN, floor: float = MIN_SPAN,
               square: bool = False) -> Extent:
    """The extent that shows ``coords`` (``(n, 2)``: x and y; non-finite rows ignored) with
    ``margin`` times each axis's span beyond it on both sides. An axis whose points all sit
    at one value spans ``floor`` around it; no points at all: ``DEFAULT_EXTENT``.
    ``square``: both axes span the larger of the two (a plane drawn with equal scales)."""
    xy = np.asarray(coords, np.float64).reshape(-1, 2)
    xy = xy[np.isfinite(xy).all(axis=1)]
    if len(xy) == 0:
        return DEFAULT_EXTENT
    lows, highs = xy.min(axis=0), xy.max(axis=0)
    spans = np.maximum(highs - lows, floor)
    if square:
        spans[:] = spans.max()
    middles = lows / 2 + highs / 2
    halves = spans / 2 + margin * spans
    return (float(middles[0] - halves[0]), float(middles[0] + halves[0]),
            float(middles[1] - halves[1]), float(middles[1] + halves[1]))


def data_extent(points: PointSet, one_d: bool = False) -> Extent:
    """The extent a view of ``points`` fits to: a 1-D set's x against its targets y, else
    the plane of x1 and x2 with equal scales (``fit_extent``)."""
    if one_d:
        xy = np.column_stack([points.coords[:, 0], points.values.astype(np.float64)])
        return fit_extent(xy)
    return fit_extent(points.coords[:, :2], square=True)
