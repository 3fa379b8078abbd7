"""How the canvas paints a prediction grid: colour maps built from the class palette, and the
decision boundary as contour segments (a vectorised marching squares).

Everything here is plain NumPy on the grids a ``Snapshot`` carries (row ``i`` is y, column ``j``
is x, both increasing) and returns uint8 RGB images of the same orientation, so the canvas only
calls ``ImageItem.setImage``. Levels are fixed (probabilities 0..1, regression ``±limit``): a
frame never rescales its colours to its own range.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import numpy as np

from playground.pictures.colors import (
    CLASS_RGB,
    NEGATIVE_RGB,
    POSITIVE_RGB,
    STANDARD,
    Palette,
    hex_to_rgb,
)

WHITE = np.float32(255.0)
# The heatmap keeps this fraction of a colour's distance from white: light tints the points
# stay visible on, as in TensorFlow Playground.
PASTEL = 0.42
REGRESSION_BANDS = 10  # bands over -limit..limit when discretised (even: 0 is a band edge)
POINT_NEUTRAL = np.array([200.0, 200.0, 200.0], np.float32)  # a zero target on a point


def lighten(rgb: np.ndarray, strength: float = PASTEL) -> np.ndarray:
    """Move colours (..., 3) 0..255 towards white, keeping ``strength`` of their saturation."""
    return WHITE - (WHITE - np.asarray(rgb, np.float32)) * np.float32(strength)


def diverging_lut(
    negative: np.ndarray, positive: np.ndarray, middle: np.ndarray | None = None, n: int = 256
) -> np.ndarray:
    """(n, 3) float32: ``negative`` at index 0 -> ``middle`` (white) halfway -> ``positive``."""
    middle = np.full(3, WHITE) if middle is None else np.asarray(middle, np.float32)
    t = np.linspace(-1.0, 1.0, n, dtype=np.float32)[:, None]
    end = np.where(t < 0, np.asarray(negative, np.float32), np.asarray(positive, np.float32))
    return middle + (end - middle) * np.abs(t)


# the first class's colour at p = 0 and the second's at p = 1; for a signed value the sign
# convention of ``colors`` (the same two colours: negative at -limit, positive at +limit)
HEATMAP_LUT = np.rint(lighten(diverging_lut(NEGATIVE_RGB, POSITIVE_RGB))).astype(np.uint8)
POINT_LUT = np.rint(diverging_lut(NEGATIVE_RGB, POSITIVE_RGB, POINT_NEUTRAL)).astype(np.uint8)
PASTEL_CLASSES = np.rint(lighten(CLASS_RGB)).astype(np.uint8)  # (8, 3) discretised regions


class Luts(NamedTuple):
    """A palette's colours as the functions here use them."""

    heatmap: np.ndarray  # (256, 3) uint8: a binary or regression heatmap
    point: np.ndarray  # (256, 3) uint8: a regression point's target
    pastel_classes: np.ndarray  # (K, 3) uint8: discretised regions
    class_rgb: np.ndarray  # (K, 3) float32 0..255


def _anchored_lut(anchors: np.ndarray, n: int = 256) -> np.ndarray:
    """(n, 3) float32 interpolated linearly through evenly spaced anchor colours."""
    at = np.linspace(0.0, 1.0, len(anchors))
    t = np.linspace(0.0, 1.0, n)
    return np.stack([np.interp(t, at, anchors[:, c]) for c in range(3)], axis=1).astype(
        np.float32)


@lru_cache(maxsize=8)
def luts(palette: Palette = STANDARD) -> Luts:
    """The colour tables of ``palette`` (the standard one: the module's constants)."""
    if palette == STANDARD:
        return Luts(HEATMAP_LUT, POINT_LUT, PASTEL_CLASSES, CLASS_RGB)
    class_rgb = np.array([hex_to_rgb(c) for c in palette.class_colors], np.float32)
    if palette.sign_map is None:
        low, high = class_rgb[0], class_rgb[1]
        heat = lighten(diverging_lut(low, high), palette.strength)
        point = diverging_lut(low, high, POINT_NEUTRAL)
    else:
        anchors = np.array(palette.sign_map, np.float32)
        heat = lighten(_anchored_lut(anchors), palette.strength)
        anchors[len(anchors) // 2] = POINT_NEUTRAL  # a zero target stays visible
        point = _anchored_lut(anchors)
    return Luts(np.rint(heat).astype(np.uint8), np.rint(point).astype(np.uint8),
                np.rint(lighten(class_rgb, palette.strength)).astype(np.uint8), class_rgb)


def _lut_index(u: np.ndarray, n: int = 256) -> np.ndarray:
    """Indices into an n-entry LUT for values u in 0..1 (clipped; NaN -> the middle)."""
    u = np.nan_to_num(np.asarray(u, np.float32), nan=0.5)
    return np.clip(np.rint(u * (n - 1)), 0, n - 1).astype(np.intp)


def _quantise(u: np.ndarray, bands: int) -> np.ndarray:
    """Values u in 0..1 snapped to the centre of one of ``bands`` equal bands."""
    return (np.minimum(np.floor(np.clip(u, 0.0, 1.0) * bands), bands - 1) + 0.5) / bands


def binary_rgb(p: np.ndarray, discretize: bool = False,
               palette: Palette = STANDARD) -> np.ndarray:
    """Class-1 probability p (h, w) -> (h, w, 3) uint8 through the diverging LUT."""
    if discretize:
        return luts(palette).pastel_classes[(np.asarray(p) >= 0.5).astype(np.intp)]
    return luts(palette).heatmap[_lut_index(p)]


def _planes(p: np.ndarray) -> np.ndarray:
    """(h, w, K) -> contiguous (K, h, w): NumPy reduces a short last axis slowly."""
    return np.ascontiguousarray(np.moveaxis(np.asarray(p, np.float32), -1, 0))


def _top2(planes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per pixel of planes (K, h, w): the largest value, the second largest, the argmax."""
    best = planes[0].copy()
    second = np.full_like(best, -np.inf)
    arg = np.zeros(best.shape, np.intp)
    for k in range(1, len(planes)):
        v = planes[k]
        wins = v > best
        second = np.where(wins, best, np.maximum(second, v))
        best = np.where(wins, v, best)
        arg[wins] = k
    return best, second, arg


def multiclass_rgb(p: np.ndarray, discretize: bool = False,
                   palette: Palette = STANDARD) -> np.ndarray:
    """Class probabilities p (h, w, K) -> (h, w, 3) uint8.

    The class colours are blended by probability; the blend fades to white as the most likely
    class gets less certain (c = 0 at uniform probabilities, 1 at certainty), so confidence
    reads as lightness.
    """
    k = p.shape[-1]
    best, _, arg = _top2(_planes(p))
    tables = luts(palette)
    if discretize:
        return tables.pastel_classes[arg]
    mix = np.asarray(p, np.float32).reshape(-1, k) @ tables.class_rgb[:k]  # (h*w, 3)
    strength = palette.strength
    c = np.clip((best.reshape(-1, 1) - 1.0 / k) * (k / (k - 1.0) * strength), 0.0, strength)
    mix -= WHITE
    mix *= c
    mix += WHITE + 0.5  # + 0.5: round when truncating to uint8
    return mix.astype(np.uint8).reshape(*p.shape[:-1], 3)


def regression_unit(values: np.ndarray, limit: float) -> np.ndarray:
    """Values mapped from -limit..limit to 0..1 (the LUT's domain)."""
    return (np.asarray(values, np.float32) / np.float32(limit) + 1.0) * 0.5


def signed_rgb(v: np.ndarray, limit: float, discretize: bool = False,
               palette: Palette = STANDARD) -> np.ndarray:
    """Signed values v (..., ) -> (..., 3) uint8 over fixed levels -limit..limit in the sign
    convention of ``colors``, lightened (NaN: white): a regression's prediction, a neuron's
    output on the canvas."""
    u = regression_unit(v, limit)
    if discretize:
        u = _quantise(u, REGRESSION_BANDS)
    return luts(palette).heatmap[_lut_index(u)]


def regression_rgb(v: np.ndarray, limit: float, discretize: bool = False,
                   palette: Palette = STANDARD) -> np.ndarray:
    """Predicted values v (h, w) -> (h, w, 3) uint8, fixed levels -limit..limit."""
    return signed_rgb(v, limit, discretize, palette)


def regression_limit(targets: np.ndarray) -> float:
    """Symmetric colour levels for regression: max(1, max |target|)."""
    targets = np.asarray(targets, np.float64)
    return float(max(1.0, np.abs(targets).max())) if targets.size else 1.0


def one_label(picture: np.ndarray, task: str, label: int = 0) -> tuple[np.ndarray, str]:
    """A multi-label network's maps ``(h, w, L)`` or a multi-label set's values ``(n, L)``
    as label ``label``'s own, drawn like two classes (0 and 1): ``(its plane or column,
    "classification")``; any other task's as they are. The window shows the label the user
    chose; a picture that shows one label without a choice (a replay GIF) shows the first."""
    if task != "multilabel":
        return picture, task
    return picture[..., label], "classification"


def heatmap_rgb(heatmap: np.ndarray, task: str, limit: float = 1.0,
                discretize: bool = False, palette: Palette = STANDARD) -> np.ndarray:
    """Any snapshot heatmap ((h, w) or (h, w, K)) -> (h, w, 3) uint8 (multi-label: the
    first label's, see ``one_label``)."""
    heatmap, task = one_label(heatmap, task)
    if task == "regression":
        return regression_rgb(heatmap, limit, discretize, palette)
    if heatmap.ndim == 3:
        return multiclass_rgb(heatmap, discretize, palette)
    return binary_rgb(heatmap, discretize, palette)


def scale_colors(task: str, n_classes: int, limit: float = 1.0, discretize: bool = False,
                 n: int = 256, palette: Palette = STANDARD
                 ) -> tuple[np.ndarray, tuple[float, float]] | None:
    """The colour scale of a heatmap: (n, 3) uint8 colours of values spread evenly from the
    low level to the high one, and those levels (0..1 for a class-1 probability, ``±limit``
    for regression). ``None`` for K > 2 classes, whose colours are the classes' own.

    The colours come from ``heatmap_rgb`` itself, so a colour bar shows exactly what the
    heatmap paints (bands included when discretised).
    """
    if task == "multilabel":  # one label at a time: two classes, 0 and 1
        task, n_classes = "classification", 2
    if task == "regression":
        levels = (-float(limit), float(limit))
    elif n_classes <= 2:
        levels = (0.0, 1.0)
    else:
        return None
    values = np.linspace(levels[0], levels[1], n, dtype=np.float32)[None]
    return heatmap_rgb(values, task, limit, discretize, palette)[0], levels


def point_rgb(values: np.ndarray, task: str, limit: float = 1.0,
              palette: Palette = STANDARD) -> np.ndarray:
    """Full-strength point colours (n, 3) uint8: class colours, or targets on the diverging map
    (multi-label: the first label's 0/1, see ``one_label``)."""
    values, task = one_label(np.asarray(values), task)
    if task == "regression":
        return luts(palette).point[_lut_index(regression_unit(values, limit))]
    return np.rint(luts(palette).class_rgb[np.asarray(values, np.intp)]).astype(np.uint8)


# --- decision boundary -----------------------------------------------------------------------
def boundary_fields(heatmap: np.ndarray, task: str) -> list[tuple[np.ndarray, float]]:
    """The (field, level) pairs whose level curves are the decision boundary.

    binary: p at 0.5; regression: the value at 0; K classes: for each class k the margin
    p_k - max_{j != k} p_j at 0, which changes sign exactly where the argmax enters or leaves k.
    """
    heatmap, task = one_label(heatmap, task)
    if task == "regression":
        return [(heatmap, 0.0)]
    if heatmap.ndim == 2:
        return [(heatmap, 0.5)]
    planes = _planes(heatmap)
    best, second, arg = _top2(planes)
    return [(plane - np.where(arg == k, second, best), 0.0) for k, plane in enumerate(planes)]


# Marching squares. Cell corners: BL=1, BR=2, TR=4, TL=8 (bit set = value >= level).
# Edges: 0 bottom, 1 right, 2 top, 3 left. Rows 16/17 resolve the saddles 5/10 when the cell's
# centre is on the other side of the level.
_SEGMENTS = np.full((18, 2, 2), -1, np.intp)
for _case, _segs in {
    1: [(3, 0)], 2: [(0, 1)], 3: [(3, 1)], 4: [(1, 2)], 5: [(3, 0), (1, 2)], 6: [(0, 2)],
    7: [(3, 2)], 8: [(2, 3)], 9: [(0, 2)], 10: [(0, 1), (2, 3)], 11: [(1, 2)], 12: [(1, 3)],
    13: [(0, 1)], 14: [(0, 3)], 16: [(0, 1), (2, 3)], 17: [(3, 0), (1, 2)],
}.items():  # fmt: skip
    for _s, _pair in enumerate(_segs):
        _SEGMENTS[_case, _s] = _pair


def contour_segments(
    z: np.ndarray, level: float, x: np.ndarray, y: np.ndarray,
    extend: tuple[float, ...]
) -> tuple[np.ndarray, np.ndarray]:
    """Line segments of the ``level`` curve of z (h, w) sampled at x (w,), y (h,).

    The grid is padded with its edge values out to ``extend`` = (lo, hi) on both axes, or
    (x_min, x_max, y_min, y_max), so curves reach the picture's border. Returns xs, ys (2m,)
    float64 as consecutive start/end pairs (draw with ``connect="pairs"``).
    """
    zp = np.pad(np.asarray(z, np.float64), 1, mode="edge")
    x_lo, x_hi, y_lo, y_hi = extend if len(extend) == 4 else (*extend, *extend)
    xp = np.concatenate([[x_lo], x, [x_hi]])
    yp = np.concatenate([[y_lo], y, [y_hi]])
    above = zp >= level
    case = (above[:-1, :-1] * 1 + above[:-1, 1:] * 2 + above[1:, 1:] * 4
            + above[1:, :-1] * 8).astype(np.intp)
    ii, jj = np.nonzero((case != 0) & (case != 15))
    if ii.size == 0:
        return np.zeros(0), np.zeros(0)
    bl, br = zp[ii, jj], zp[ii, jj + 1]
    tr, tl = zp[ii + 1, jj + 1], zp[ii + 1, jj]
    x0, x1, y0, y1 = xp[jj], xp[jj + 1], yp[ii], yp[ii + 1]
    c = case[ii, jj]
    centre_above = (bl + br + tr + tl) * 0.25 >= level
    c = np.where((c == 5) & centre_above, 16, np.where((c == 10) & centre_above, 17, c))
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.stack([(level - bl) / (br - bl), (level - br) / (tr - br),
                      (level - tl) / (tr - tl), (level - bl) / (tl - bl)], axis=1)
    t = np.nan_to_num(t, nan=0.5, posinf=0.5, neginf=0.5)
    ex = np.stack([x0 + t[:, 0] * (x1 - x0), x1, x0 + t[:, 2] * (x1 - x0), x0], axis=1)
    ey = np.stack([y0, y0 + t[:, 1] * (y1 - y0), y1, y0 + t[:, 3] * (y1 - y0)], axis=1)
    seg = _SEGMENTS[c]  # (m, 2 slots, 2 edges)
    rows, slots = np.nonzero(seg[:, :, 0] >= 0)
    a, b = seg[rows, slots, 0], seg[rows, slots, 1]
    xs = np.empty(2 * rows.size)
    ys = np.empty(2 * rows.size)
    xs[0::2], xs[1::2] = ex[rows, a], ex[rows, b]
    ys[0::2], ys[1::2] = ey[rows, a], ey[rows, b]
    return xs, ys


def boundary_segments(heatmap: np.ndarray, task: str, box: tuple[float, ...]
                      ) -> tuple[np.ndarray, np.ndarray]:
    """All decision-boundary segments of a snapshot heatmap taken over ``box`` ((lo, hi) on
    both axes, or the extent (x_min, x_max, y_min, y_max)), in data coordinates."""
    x_lo, x_hi, y_lo, y_hi = box if len(box) == 4 else (*box, *box)
    h, w = heatmap.shape[:2]
    x = x_lo + (x_hi - x_lo) / w * (np.arange(w) + 0.5)
    y = y_lo + (y_hi - y_lo) / h * (np.arange(h) + 0.5)
    parts = [contour_segments(f, level, x, y, box) for f, level in
             boundary_fields(heatmap, task)]
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
