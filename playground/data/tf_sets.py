"""TensorFlow Playground's six data sets, drawn the way its ``dataset.ts`` draws them, so a
TensorFlow Playground link (``session.tfplayground``) opens on data of the same shape.

Every generator takes ``(n, noise, seed)`` like the presets in ``data.datasets`` and draws from
``np.random.default_rng(seed)`` only (TensorFlow Playground draws from a seeded ``Math.random``,
which Playground does not reproduce: the points are alike, not identical). ``noise`` is
TensorFlow Playground's own: its slider value (0..50, links up to 80) divided by 100. Unlike
Playground's presets, noise here does what it does there:

- ``tf_circle``: half the points uniform in radius 0..2.5 (around the centre), half in radius
  3.5..5 (a ring), at uniform angles. A point's label is +1 (label 1, the second class) when
  the point *moved by* a uniform offset of ±5·noise on each axis lies within radius 2.5, else
  -1 (label 0): noise flips labels near the boundary, the points stay where they are.
- ``tf_xor``: x and y uniform in ±5, pushed 0.3 away from each axis (so |x|, |y| in
  0.3..5.3); label +1 where x·y >= 0 after a uniform ±5·noise offset on each axis.
- ``tf_gauss``: half the points around (2, 2) (label +1), half around (-2, -2) (label -1),
  each axis Gaussian with variance 0.5 + 7·noise (0.5 at noise 0, 4 at noise 0.5).
- ``tf_spiral``: two arms of n/2 points each, point i at radius 5·i/(n/2) and angle
  1.75·2π·i/(n/2) (+π for the second arm), x = r·sin t, y = r·cos t, then a uniform ±noise
  offset on each axis; the first arm is label +1.
- ``tf_reg_plane`` (regression): x, y uniform in ±6; the target is (x + y)/10 taken at the
  point moved by a uniform ±6·noise offset per axis (so in ±1.2 at noise 0).
- ``tf_reg_gauss`` (regression): x, y uniform in ±6; six signed bumps at (-4, 2.5) +,
  (0, 2.5) -, (4, 2.5) +, (-4, -2.5) -, (0, -2.5) +, (4, -2.5) -; each gives
  sign·max(0, 1 - d/2) at distance d, and the target is the one largest in size (0 far from
  all), taken at the point moved by a uniform ±6·noise offset per axis.

Labels: TensorFlow Playground's +1 is label 1 (the second class), its -1 label 0. Odd n gives
the second class (or arm) the extra point; TensorFlow Playground always draws 500 points for
classification and 1200 for regression (``TF_POINTS``).
"""

from __future__ import annotations

import numpy as np

from playground.data.points import PointSet

# how many points TensorFlow Playground draws for each problem
TF_POINTS = {"classification": 500, "regression": 1200}
CIRCLE_RADIUS = 5.0  # the circle's outer ring; inside: radius 0..2.5, ring 3.5..5
XOR_PADDING = 0.3
SPIRAL_RADIUS = 5.0
SPIRAL_TURNS = 1.75
REGRESSION_BOX = 6.0
# (centre x, centre y, sign) of reg-gauss's bumps
_BUMPS = np.array([[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1],
                   [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]], dtype=np.float64)


def gauss_variance(noise: float) -> float:
    """tf_gauss's variance per axis: 0.5 at noise 0, rising linearly to 4 at noise 0.5."""
    return 0.5 + 7.0 * noise


def _halves(n: int) -> tuple[int, int]:
    return n // 2, n - n // 2


def _offsets(rng: np.random.Generator, n: int, half_width: float, noise: float) -> np.ndarray:
    return rng.uniform(-half_width, half_width, (n, 2)) * noise


def _classes(rng: np.random.Generator, xy: np.ndarray, positive: np.ndarray) -> PointSet:
    order = rng.permutation(len(xy))
    labels = positive.astype(np.int64)
    return PointSet(xy[order], labels[order], np.ones(len(xy), bool), "classification", 2)


def _targets(xy: np.ndarray, target: np.ndarray) -> PointSet:
    return PointSet(xy, target, np.ones(len(xy), bool), "regression", 0)


def tf_circle(n: int, noise: float, seed: int) -> PointSet:
    """TensorFlow Playground's circle: a disc of radius 2.5 and a ring 3.5..5; labels by
    the noisy position (see the module)."""
    rng = np.random.default_rng(seed)
    inner, outer = _halves(n)
    r = np.concatenate([rng.uniform(0.0, CIRCLE_RADIUS * 0.5, inner),
                        rng.uniform(CIRCLE_RADIUS * 0.7, CIRCLE_RADIUS, outer)])
    angle = rng.uniform(0.0, 2 * np.pi, n)
    xy = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
    moved = xy + _offsets(rng, n, CIRCLE_RADIUS, noise)
    return _classes(rng, xy, np.hypot(moved[:, 0], moved[:, 1]) < CIRCLE_RADIUS * 0.5)


def tf_xor(n: int, noise: float, seed: int) -> PointSet:
    """TensorFlow Playground's xor: the four quadrants, kept 0.3 from the axes."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(-5.0, 5.0, (n, 2))
    xy += np.where(xy > 0, XOR_PADDING, -XOR_PADDING)
    moved = xy + _offsets(rng, n, 5.0, noise)
    return _classes(rng, xy, moved[:, 0] * moved[:, 1] >= 0)


def tf_gauss(n: int, noise: float, seed: int) -> PointSet:
    """TensorFlow Playground's two Gaussians at (2, 2) and (-2, -2)."""
    rng = np.random.default_rng(seed)
    first, second = _halves(n)
    std = np.sqrt(gauss_variance(noise))
    xy = np.concatenate([rng.normal(2.0, std, (first, 2)), rng.normal(-2.0, std, (second, 2))])
    return _classes(rng, xy, np.arange(n) < first)


def tf_spiral(n: int, noise: float, seed: int) -> PointSet:
    """TensorFlow Playground's two spiral arms of 1.75 turns out to radius 5."""
    rng = np.random.default_rng(seed)
    arms = []
    for count, turn in zip(_halves(n), (0.0, np.pi), strict=True):
        s = np.arange(count) / max(count, 1)
        t = SPIRAL_TURNS * 2 * np.pi * s + turn
        r = SPIRAL_RADIUS * s
        arms.append(np.column_stack([r * np.sin(t), r * np.cos(t)])
                    + _offsets(rng, count, 1.0, noise))
    first = len(arms[0])
    return _classes(rng, np.concatenate(arms), np.arange(n) < first)


def tf_reg_plane(n: int, noise: float, seed: int) -> PointSet:
    """TensorFlow Playground's reg-plane: target (x + y) / 10 at the noisy position."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(-REGRESSION_BOX, REGRESSION_BOX, (n, 2))
    moved = xy + _offsets(rng, n, REGRESSION_BOX, noise)
    return _targets(xy, (moved[:, 0] + moved[:, 1]) / 10.0)


def reg_gauss_target(xy: np.ndarray) -> np.ndarray:
    """reg-gauss's target at points ``xy`` (n, 2): the largest in size of the six bumps."""
    d = np.sqrt(((xy[:, None, :] - _BUMPS[None, :, :2]) ** 2).sum(axis=2))  # (n, 6)
    values = _BUMPS[:, 2] * np.clip(1.0 - d / 2.0, 0.0, 1.0)
    pick = np.argmax(np.abs(values), axis=1)
    return values[np.arange(len(xy)), pick]


def tf_reg_gauss(n: int, noise: float, seed: int) -> PointSet:
    """TensorFlow Playground's reg-gauss: six signed cones of radius 2."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(-REGRESSION_BOX, REGRESSION_BOX, (n, 2))
    return _targets(xy, reg_gauss_target(xy + _offsets(rng, n, REGRESSION_BOX, noise)))
