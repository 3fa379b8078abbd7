"""What lies under the pointer on the canvas: the prediction there and the nearest point.

Plain NumPy, no Qt. The prediction is read off the grid the training process already computed
for the heatmap (a ``Snapshot``'s ``heatmap``: row ``i`` is y, column ``j`` is x, pixel centres
spread evenly over the box), so hovering never evaluates the network in the window.
"""

from __future__ import annotations

import math

import numpy as np

HOVER_PIXELS = 6.0  # the pointer is over a point this close (screen pixels)


def sample_heatmap(grid: np.ndarray, x: float, y: float,
                   box: tuple[float, ...]) -> np.ndarray | None:
    """The grid's value at data position (x, y), interpolated bilinearly between the four
    nearest pixel centres; ``None`` outside the box (or for a non-finite position).

    ``grid`` is ``(h, w)`` or ``(h, w, K)``; the result is float64 of shape ``()`` or ``(K,)``.
    Between the outermost pixel centres and the box's edge the edge pixels' values hold, as
    the painted image shows them.
    """
    x_lo, x_hi, y_lo, y_hi = box if len(box) == 4 else (*box, *box)
    if not (x_lo <= x <= x_hi and y_lo <= y <= y_hi):  # NaN fails both comparisons
        return None
    h, w = grid.shape[:2]
    fx = min(max((x - x_lo) / (x_hi - x_lo) * w - 0.5, 0.0), w - 1.0)
    fy = min(max((y - y_lo) / (y_hi - y_lo) * h - 0.5, 0.0), h - 1.0)
    j0, i0 = math.floor(fx), math.floor(fy)
    j1, i1 = min(j0 + 1, w - 1), min(i0 + 1, h - 1)
    tx, ty = fx - j0, fy - i0
    g = np.asarray(grid)
    bottom = (1.0 - tx) * g[i0, j0].astype(np.float64) + tx * g[i0, j1].astype(np.float64)
    top = (1.0 - tx) * g[i1, j0].astype(np.float64) + tx * g[i1, j1].astype(np.float64)
    return np.asarray((1.0 - ty) * bottom + ty * top, np.float64)


def nearest_point(coords: np.ndarray, candidates: np.ndarray, x: float, y: float,
                  radius: float) -> int | None:
    """The index, among ``candidates`` (indices into ``coords`` (n, 2)), of the point nearest
    to (x, y) and at most ``radius`` away; ``None`` when there is none."""
    if len(candidates) == 0:
        return None
    d = coords[candidates, :2] - np.array([x, y], np.float64)  # x1 and x2 of more inputs
    dist2 = np.einsum("ij,ij->i", d, d)
    best = int(np.argmin(dist2))
    return int(candidates[best]) if dist2[best] <= radius * radius else None
