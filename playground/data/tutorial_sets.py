"""The data of the five tutorials in ``../shared/tutorials`` (Playground's roots), so a learner
can run each tutorial's experiment on the same data: ``playground train --dataset tutorial_000``.

Two are fixed tables (they ignore the point count, the noise and the seed):

- ``tutorial_000``: eight people by height (m), weight (kg) and a score (0..10), labelled good
  (1) or bad (0); three input columns.
- ``tutorial_001``: five rows of three inputs, each with four 0/1 labels (multi-label); the
  first label is the first input, the other three are always 0.

The others are seeded generators, ``(n, noise, seed)`` like the presets in ``data.datasets``,
drawing from ``np.random.default_rng(seed)`` only (the tutorials' own draws came from
``np.random.seed(42)`` or scikit-learn, which Playground does not use, so the points are alike,
not identical). Their coordinates are the tutorials' raw ones, not squeezed into the view box,
and ``noise`` is in the tutorial's own units (so ``--noise`` gives exactly what the tutorial
wrote):

- ``tutorial_002``: scikit-learn's two moons (radius 1, the lower moon shifted by (1, -0.5)),
  half the points in each, Gaussian position noise of std ``noise`` (the tutorial: 300 points,
  noise 0.2).
- ``tutorial_003``: three spiral arms, radius 0..1, each arm turning through 4 radians, the
  angle jittered by Gaussian noise of std ``noise`` radians (the tutorial: 100 points an arm,
  noise 0.2).
- ``tutorial_004``: a 1-D regression set of two pieces: x evenly over [-10, 10] with
  y = sin(pi x / 2), then x evenly over [10, 20] with y = -x * x ** sin(pi x) / 100, Gaussian
  target noise of std ``noise`` (the tutorial: 300 + 300 points, noise 0.1).
- ``tutorial_004_spiral``: two spiral arms of 1.5 turns, radius 0.2..5, the angle jittered by
  Gaussian noise of std ``noise`` radians (the tutorial's bonus: 400 points, noise 0.25).
"""

from __future__ import annotations

import numpy as np

from playground.data.points import PointSet

# tutorial 000: height (m), weight (kg), score (0..10); label 1 = good, 0 = bad
INPUTS_000 = ("height", "weight", "score")
TABLE_000 = np.array([
    [1.80, 80.0, 8.0],
    [1.65, 70.0, 6.0],
    [1.75, 95.0, 5.0],
    [1.60, 60.0, 4.0],
    [1.82, 77.0, 9.0],
    [1.55, 50.0, 3.0],
    [1.78, 85.0, 7.0],
    [1.62, 65.0, 2.0],
])  # fmt: skip
LABELS_000 = np.array([1, 1, 0, 0, 1, 0, 1, 0], dtype=np.int64)
NAMES_000 = ("height", "weight", "score")
CLASSES_000 = ("bad", "good")

# tutorial 001: three inputs, four independent 0/1 labels (the first one follows x1)
TABLE_001 = np.array([[1, 3, 5], [1, 9, 5], [1, 2, 5], [0, 9, 5], [0, 0, 5]], dtype=np.float64)
LABELS_001 = np.array(
    [[1, 0, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], dtype=np.int64
)


def _all_train(n: int) -> np.ndarray:
    return np.ones(n, dtype=bool)


def tutorial_000(n: int = 0, noise: float = 0.0, seed: int = 0) -> PointSet:
    """The fixed 8-row table of tutorial 000 (n, noise and seed are ignored)."""
    del n, noise, seed
    return PointSet(TABLE_000, LABELS_000, _all_train(len(LABELS_000)), "classification", 2)


def tutorial_001(n: int = 0, noise: float = 0.0, seed: int = 0) -> PointSet:
    """The fixed 5-row table of tutorial 001: three inputs, four labels (n, noise and seed are
    ignored)."""
    del n, noise, seed
    return PointSet(TABLE_001, LABELS_001, _all_train(len(LABELS_001)), "multilabel",
                    LABELS_001.shape[1])


def _classified(rng: np.random.Generator, xy: np.ndarray, labels: np.ndarray, k: int,
                shuffle: bool = True) -> PointSet:
    order = rng.permutation(len(labels)) if shuffle else np.arange(len(labels))
    return PointSet(xy[order], labels[order], _all_train(len(labels)), "classification", k)


def tutorial_002(n: int, noise: float, seed: int) -> PointSet:
    """scikit-learn's two moons: label 0 on the upper arc (cos t, sin t), label 1 on the lower
    one (1 - cos t, 0.5 - sin t), t evenly over [0, pi]; position noise of std ``noise``;
    shuffled."""
    rng = np.random.default_rng(seed)
    n_upper = n // 2
    n_lower = n - n_upper
    t_up, t_low = np.linspace(0.0, np.pi, n_upper), np.linspace(0.0, np.pi, n_lower)
    xy = np.vstack([np.column_stack([np.cos(t_up), np.sin(t_up)]),
                    np.column_stack([1.0 - np.cos(t_low), 0.5 - np.sin(t_low)])])
    labels = np.repeat(np.array([0, 1], dtype=np.int64), [n_upper, n_lower])
    xy = xy + rng.normal(0.0, noise, xy.shape)
    return _classified(rng, xy, labels, 2)


def tutorial_003(n: int, noise: float, seed: int) -> PointSet:
    """Three spiral arms (class j): radius evenly over [0, 1], angle evenly over
    [4j, 4j + 4] radians plus Gaussian noise of std ``noise``; the point is
    (r sin(angle), r cos(angle)). Sizes differ by at most one; in class order."""
    rng = np.random.default_rng(seed)
    k = 3
    sizes = [n // k + (j < n % k) for j in range(k)]
    parts, labels = [], []
    for j, m in enumerate(sizes):
        r = np.linspace(0.0, 1.0, m)
        angle = np.linspace(4.0 * j, 4.0 * (j + 1), m) + rng.normal(0.0, 1.0, m) * noise
        parts.append(np.column_stack([r * np.sin(angle), r * np.cos(angle)]))
        labels.append(np.full(m, j, dtype=np.int64))
    return _classified(rng, np.vstack(parts), np.concatenate(labels), k, shuffle=False)


def tutorial_004(n: int, noise: float, seed: int) -> PointSet:
    """A 1-D set (points (x, 0), the target is y): n - n // 2 points with x evenly over
    [-10, 10] and y = sin(pi x / 2), then n // 2 with x evenly over [10, 20] and
    y = -x * x ** sin(pi x) / 100; Gaussian target noise of std ``noise``."""
    rng = np.random.default_rng(seed)
    x_sine = np.linspace(-10.0, 10.0, n - n // 2)
    x_other = np.linspace(10.0, 20.0, n // 2)
    y = np.concatenate([np.sin(0.5 * np.pi * x_sine),
                        -x_other * x_other ** np.sin(np.pi * x_other) * 0.01])
    x = np.concatenate([x_sine, x_other])
    y = y + rng.normal(0.0, 1.0, n) * noise
    return PointSet(np.column_stack([x, np.zeros(n)]), y, _all_train(n), "regression", 0)


def tutorial_004_spiral(n: int, noise: float, seed: int) -> PointSet:
    """Two spiral arms (class i): radius evenly over [0.2, 5], angle evenly over
    [0, 3 pi] plus i pi plus Gaussian noise of std ``noise``; the point is
    (r sin(angle), r cos(angle)); shuffled."""
    rng = np.random.default_rng(seed)
    sizes = [n - n // 2, n // 2]
    parts, labels = [], []
    for i, m in enumerate(sizes):
        r = np.linspace(0.2, 5.0, m)
        angle = np.linspace(0.0, 3.0 * np.pi, m) + i * np.pi + rng.normal(0.0, 1.0, m) * noise
        parts.append(np.column_stack([r * np.sin(angle), r * np.cos(angle)]))
        labels.append(np.full(m, i, dtype=np.int64))
    return _classified(rng, np.vstack(parts), np.concatenate(labels), 2)
