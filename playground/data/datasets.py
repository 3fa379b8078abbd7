"""Seeded data-set generators, in the spirit of TensorFlow Playground's.

Every generator takes ``(n, noise, seed)`` (plus ``n_classes`` for the K-class sets), draws from
``np.random.default_rng(seed)`` only, and returns a ``PointSet`` with every point a training
point; ``make_dataset`` applies the split. Coordinates lie in ``VIEW_BOX`` on both axes; a 1-D set
(``DatasetSpec.dims == 1``: sine, step) is a regression set of points ``(x, 0)`` whose
targets are the y values.

Noise (0..1) means:
- classification: Gaussian position jitter of std ``noise * jitter`` (box units; ``jitter`` is
  chosen per set, see ``_JITTER``), after which points are *clipped* to the view box, so at high
  noise some points sit on its edge. Labels are never changed: jitter is what mixes classes.
- regression: Gaussian noise of std ``noise * 0.5`` added to the target (not clipped).
The jitter draws do not depend on ``noise``, so one seed gives the same underlying points at
every noise level and the noise slider only perturbs them.

The tutorials' sets (``DatasetSpec.tutorial``, made in ``data.tutorial_sets``) are the
exception: their coordinates are the tutorials' own, their noise is in the tutorials' units,
and two of them are fixed tables (``DatasetSpec.fixed_rows``) that n, noise and seed leave
alone. TensorFlow Playground's six sets (``DatasetSpec.tf_playground``, made in
``data.tf_sets``) are the other exception: their noise does what it does there.

``formula_points`` makes a set from a formula in x1 and x2 (``data.formula``) instead of a
preset: points uniform in the box, labelled by the formula before the jitter (see there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from numbers import Integral, Real

import numpy as np

from playground.data import tf_sets, tutorial_sets
from playground.data.formula import parse_formula
from playground.data.points import PointSet
from playground.errors import ConfigError
from playground.limits import MAX_CLASSES, MAX_GENERATED_POINTS, MIN_CLASSES

VIEW_BOX = (-6.0, 6.0)
DEFAULT_POINTS = 300
TARGET_NOISE = 0.5  # std of the target noise at noise = 1 (regression sets)

# Std (box units) of the position jitter at noise = 1, per classification set: roughly
# TensorFlow Playground's uniform noise widths; spirals' arms are close, so theirs is small.
_JITTER = {
    "circle": 2.5, "xor": 2.5, "gauss": 2.0, "spiral": 0.6, "spiral_k": 0.6,
    "moons": 1.2, "blobs": 1.5, "checkerboard": 1.0,
}  # fmt: skip


# -- helpers ----------------------------------------------------------------------------------
def _check_args(n: int, noise: float, seed: int) -> None:
    if isinstance(n, bool) or not isinstance(n, Integral) or not 1 <= n <= MAX_GENERATED_POINTS:
        raise ConfigError(
            f"n must be an integer between 1 and {MAX_GENERATED_POINTS} (got {n!r})"
        )
    if isinstance(noise, bool) or not isinstance(noise, Real) or not 0.0 <= noise <= 1.0:
        raise ConfigError(f"noise must be between 0 and 1 (got {noise!r})")
    if isinstance(seed, bool) or not isinstance(seed, Integral) or seed < 0:
        raise ConfigError(f"seed must be a non-negative integer (got {seed!r})")


def _check_classes(n_classes: int) -> None:
    if isinstance(n_classes, bool) or not isinstance(n_classes, Integral) or not (
        MIN_CLASSES <= n_classes <= MAX_CLASSES
    ):
        raise ConfigError(
            f"n_classes must be between {MIN_CLASSES} and {MAX_CLASSES} (got {n_classes!r})"
        )


def _balanced_labels(n: int, k: int) -> np.ndarray:
    """Labels (n,) int64, sorted, class sizes differing by at most one."""
    return np.repeat(np.arange(k), [n // k + (c < n % k) for c in range(k)]).astype(np.int64)


def _polar(r: np.ndarray, theta: np.ndarray) -> np.ndarray:
    return np.column_stack([r * np.cos(theta), r * np.sin(theta)])


def _classified(
    rng: np.random.Generator,
    xy: np.ndarray,
    labels: np.ndarray,
    noise: float,
    jitter: float,
    k: int,
) -> PointSet:
    """Jitter xy (n, 2), clip to the box, shuffle the order, and wrap as a PointSet."""
    xy = np.clip(xy + rng.normal(0.0, 1.0, xy.shape) * (noise * jitter), *VIEW_BOX)
    order = rng.permutation(len(labels))
    return PointSet(xy[order], labels[order], np.ones(len(labels), bool), "classification", k)


def _regressed(
    rng: np.random.Generator, xy: np.ndarray, target: np.ndarray, noise: float
) -> PointSet:
    target = target + rng.normal(0.0, 1.0, target.shape) * (noise * TARGET_NOISE)
    return PointSet(xy, target, np.ones(len(target), bool), "regression", 0)


def _uniform_box(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.uniform(*VIEW_BOX, size=(n, 2))


# -- classification ---------------------------------------------------------------------------
def circle(n: int, noise: float, seed: int) -> PointSet:
    """Label 0: disc of radius 2.5; label 1: ring 3.5..5 around it."""
    _check_args(n, noise, seed)
    rng = np.random.default_rng(seed)
    y = _balanced_labels(n, 2)
    r = np.where(y == 0, rng.uniform(0.0, 2.5, n), rng.uniform(3.5, 5.0, n))
    return _classified(rng, _polar(r, rng.uniform(0, 2 * np.pi, n)), y, noise, _JITTER["circle"], 2)


def xor(n: int, noise: float, seed: int) -> PointSet:
    """Label 1 where x1*x2 > 0, else 0; points keep 0.3 away from the axes before jitter."""
    _check_args(n, noise, seed)
    rng = np.random.default_rng(seed)
    y = _balanced_labels(n, 2)
    mag = rng.uniform(0.3, 5.5, (n, 2))
    s1 = rng.choice([-1.0, 1.0], n)
    s2 = np.where(y == 1, s1, -s1)  # same signs -> positive product -> label 1
    return _classified(rng, mag * np.column_stack([s1, s2]), y, noise, _JITTER["xor"], 2)


def gauss(n: int, noise: float, seed: int) -> PointSet:
    """Two Gaussian blobs (std 0.7): label 0 around (-2, -2), label 1 around (2, 2)."""
    _check_args(n, noise, seed)
    rng = np.random.default_rng(seed)
    y = _balanced_labels(n, 2)
    xy = np.where(y[:, None] == 1, 2.0, -2.0) + rng.normal(0.0, 0.7, (n, 2))
    return _classified(rng, xy, y, noise, _JITTER["gauss"], 2)


def _spiral_arms(n: int, noise: float, seed: int, k: int, jitter: float) -> PointSet:
    rng = np.random.default_rng(seed)
    y = _balanced_labels(n, k)
    s = rng.uniform(0.0, 1.0, n)  # position along the arm, centre -> tip
    theta = 1.75 * 2 * np.pi * s + 2 * np.pi * y / k
    return _classified(rng, _polar(5.5 * s, theta), y, noise, jitter, k)


def spiral(n: int, noise: float, seed: int) -> PointSet:
    """Two interleaved spiral arms of 1.75 turns, radius 0..5.5."""
    _check_args(n, noise, seed)
    return _spiral_arms(n, noise, seed, 2, _JITTER["spiral"])


def spiral_k(n: int, noise: float, seed: int, n_classes: int = 3) -> PointSet:
    """``n_classes`` interleaved spiral arms (one class per arm)."""
    _check_args(n, noise, seed)
    _check_classes(n_classes)
    return _spiral_arms(n, noise, seed, int(n_classes), _JITTER["spiral_k"])


def moons(n: int, noise: float, seed: int) -> PointSet:
    """scikit-learn's two half moons, centred and scaled by 3.3 (x1 in ±4.95, x2 in ±2.5)."""
    _check_args(n, noise, seed)
    rng = np.random.default_rng(seed)
    y = _balanced_labels(n, 2)
    t = rng.uniform(0.0, np.pi, n)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1.0 - np.cos(t), 0.5 - np.sin(t)])
    xy = (np.where(y[:, None] == 0, upper, lower) - (0.5, 0.25)) * 3.3
    return _classified(rng, xy, y, noise, _JITTER["moons"], 2)


def blobs(n: int, noise: float, seed: int, n_classes: int = 3) -> PointSet:
    """``n_classes`` Gaussian blobs (std 0.6) centred evenly on a circle of radius 3.5."""
    _check_args(n, noise, seed)
    _check_classes(n_classes)
    rng = np.random.default_rng(seed)
    k = int(n_classes)
    y = _balanced_labels(n, k)
    centres = _polar(np.full(k, 3.5), 2 * np.pi * np.arange(k) / k + np.pi / 4)
    xy = centres[y] + rng.normal(0.0, 0.6, (n, 2))
    return _classified(rng, xy, y, noise, _JITTER["blobs"], k)


def checkerboard(n: int, noise: float, seed: int) -> PointSet:
    """4x4 board of 3x3 cells over the box; a cell's class is (column + row) % 2."""
    _check_args(n, noise, seed)
    rng = np.random.default_rng(seed)
    y = _balanced_labels(n, 2)
    col = rng.integers(0, 4, n)
    row = 2 * rng.integers(0, 2, n) + (col + y) % 2  # a row of the right parity for the class
    xy = VIEW_BOX[0] + 3.0 * (np.column_stack([col, row]) + rng.uniform(0.0, 1.0, (n, 2)))
    return _classified(rng, xy, y, noise, _JITTER["checkerboard"], 2)


# -- regression -------------------------------------------------------------------------------
def plane(n: int, noise: float, seed: int) -> PointSet:
    """Uniform points; target (x1 + x2) / 12, in [-1, 1] before noise."""
    _check_args(n, noise, seed)
    rng = np.random.default_rng(seed)
    xy = _uniform_box(rng, n)
    return _regressed(rng, xy, (xy[:, 0] + xy[:, 1]) / 12.0, noise)


# (centre x1, centre x2, sign) of each bump
_BUMPS = np.array(
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]],
    dtype=np.float64,
)


def multi_gauss(n: int, noise: float, seed: int) -> PointSet:
    """Uniform points; target = sum of six signed Gaussian bumps (std 1.2), clipped to [-1, 1]
    before noise."""
    _check_args(n, noise, seed)
    rng = np.random.default_rng(seed)
    xy = _uniform_box(rng, n)
    d2 = ((xy[:, None, :] - _BUMPS[None, :, :2]) ** 2).sum(axis=2)  # (n, 6)
    target = np.clip(np.exp(-d2 / (2 * 1.2**2)) @ _BUMPS[:, 2], -1.0, 1.0)
    return _regressed(rng, xy, target, noise)


# -- 1-D regression: coordinates (x, 0), the target is y --------------------------------------
def _line(rng: np.random.Generator, n: int) -> np.ndarray:
    """n points (x, 0), x uniform over the box: a 1-D set's coordinates."""
    return np.column_stack([rng.uniform(*VIEW_BOX, size=n), np.zeros(n)])


def sine(n: int, noise: float, seed: int) -> PointSet:
    """A 1-D set: y = sin(x * pi / 3) (two periods across the box)."""
    _check_args(n, noise, seed)
    rng = np.random.default_rng(seed)
    xy = _line(rng, n)
    return _regressed(rng, xy, np.sin(xy[:, 0] * np.pi / 3.0), noise)


def step(n: int, noise: float, seed: int) -> PointSet:
    """A 1-D set: y = -0.8 left of x = 0 and 0.8 right of it, a jump a smooth network can
    only blur (more units, or ReLUs, make the blur narrower)."""
    _check_args(n, noise, seed)
    rng = np.random.default_rng(seed)
    xy = _line(rng, n)
    return _regressed(rng, xy, np.where(xy[:, 0] < 0.0, -0.8, 0.8), noise)


# -- a formula --------------------------------------------------------------------------------
FORMULA_JITTER = 1.0  # std (box units) of the position jitter at noise = 1
MAX_TARGET = 1e6  # size of a regression target a formula may give


# the tasks a formula's points can be for (a multi-label set is only read from a file)
FORMULA_TASKS = ("classification", "regression")


def formula_task(expr: str) -> str:
    """The task a formula gives by default: classification for a condition (a comparison,
    and, or, not), regression for anything else."""
    return "classification" if parse_formula(expr).is_condition else "regression"


def formula_points(expr: str, task: str | None = None, n_points: int = DEFAULT_POINTS,
                   noise: float = 0.0, seed: int = 0, n_classes: int | None = None) -> PointSet:
    """``n_points`` points uniform in the box, valued by the formula ``expr`` in x1 and x2.

    ``task`` (default ``formula_task(expr)``) classification: the formula's value at a point
    is its label, so a condition gives label 1 (the second class) where it is true and 0
    elsewhere, and a whole-number expression such as ``(x1 > 0) + (x2 > 0)`` labels 0..K-1. K is
    ``n_classes``, or by default one more than the largest class the points got (at least
    2). A value that is not a whole number in 0..K-1 (or 0..MAX_CLASSES-1) is refused with
    the point where it occurs; nothing is rounded or clipped. Noise jitters the positions
    (std ``noise * FORMULA_JITTER``) after labelling, as for the presets.
    Regression: the target is the value plus noise as for the presets; a value that is not
    finite or beyond ``±MAX_TARGET`` is refused with the point where it occurs.
    Deterministic: the same arguments give the same points."""
    formula = parse_formula(expr)
    task = formula_task(expr) if task is None else task
    if task not in FORMULA_TASKS:
        raise ConfigError(f"a formula's task must be one of {', '.join(FORMULA_TASKS)} "
                          f"(got {task!r})")
    _check_args(n_points, noise, seed)
    if n_classes is not None:
        _check_classes(n_classes)
    rng = np.random.default_rng(seed)
    xy = _uniform_box(rng, n_points)
    values = formula.evaluate(xy[:, 0], xy[:, 1])
    if task == "regression":
        if n_classes is not None:
            raise ConfigError("a regression set has no classes (got n_classes="
                              f"{n_classes!r})")
        _refuse(formula.text, xy, values, ~(np.abs(values) <= MAX_TARGET),
                f"regression targets must be finite and at most {MAX_TARGET:.0f} in size")
        return _regressed(rng, xy, values, noise)
    top = MAX_CLASSES if n_classes is None else int(n_classes)
    labels = np.round(values)
    _refuse(formula.text, xy, values,
            ~((np.abs(values - labels) <= 1e-9) & (labels >= 0) & (labels < top)),
            f"a class must be a whole number from 0 to {top - 1}: write a condition "
            "(the second class, label 1, where it is true) or a whole-number expression")
    k = max(MIN_CLASSES, int(labels.max()) + 1) if n_classes is None else int(n_classes)
    return _classified(rng, xy, labels.astype(np.int64), noise, FORMULA_JITTER, k)


def _refuse(text: str, xy: np.ndarray, values: np.ndarray, bad: np.ndarray, why: str) -> None:
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise ConfigError(f"formula {text!r} gives {values[i]:.6g} at (x1, x2) = "
                          f"({xy[i, 0]:.3g}, {xy[i, 1]:.3g}); {why}")


# -- the tutorials' sets ----------------------------------------------------------------------
def _checked(fn: Callable[[int, float, int], PointSet]) -> Callable[[int, float, int], PointSet]:
    """``fn`` with the presets' checks of n, noise and seed first."""
    def generate(n: int, noise: float, seed: int) -> PointSet:
        _check_args(n, noise, seed)
        return fn(n, noise, seed)

    generate.__doc__ = fn.__doc__
    return generate


# -- registry ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DatasetSpec:
    """A menu entry: how to generate one data set and what it is."""

    name: str
    label: str
    task: str  # "classification" | "regression"
    default_classes: int  # 0 for regression
    takes_classes: bool
    description: str
    fn: Callable[..., PointSet] = field(repr=False)
    # 2: points in the plane; 1: a regression set of points (x, 0) whose targets are y
    dims: int = 2
    # a set from one of the tutorials (``data.tutorial_sets``): raw coordinates, not kept to
    # the view box, and its noise in the tutorial's own units
    tutorial: bool = False
    # rows of a fixed table (0: generated): the point count, noise and seed do not change it
    fixed_rows: int = 0
    # its input columns' names (empty: x1, x2, ...), as a table's header would give them
    input_names: tuple[str, ...] = ()
    # one of TensorFlow Playground's sets (``data.tf_sets``): its noise means what it means
    # there (noise moves the labels, not the points; the slider's value / 100)
    tf_playground: bool = False

    def generate(self, n: int, noise: float, seed: int, n_classes: int | None = None) -> PointSet:
        """n points, all training points. ``n_classes`` only for sets that take it; others accept
        None or their own fixed count."""
        if self.takes_classes:
            k = self.default_classes if n_classes is None else n_classes
            _check_classes(k)
            return self.fn(n, noise, seed, n_classes=k)
        if n_classes is not None and n_classes != self.default_classes:
            fixed = f"always has {self.default_classes} classes" if self.default_classes else (
                "is a regression set and has no classes"
            )
            raise ConfigError(f"data set {self.name!r} {fixed} (got n_classes={n_classes!r})")
        return self.fn(n, noise, seed)


DATASETS: dict[str, DatasetSpec] = {
    s.name: s
    for s in (
        DatasetSpec("circle", "Circle", "classification", 2, False,
                    "A disc of one class inside a ring of the other.", circle),
        DatasetSpec("xor", "Exclusive or", "classification", 2, False,
                    "Class by the sign of x1 * x2 (the four quadrants).", xor),
        DatasetSpec("gauss", "Gaussian", "classification", 2, False,
                    "Two Gaussian blobs, one per class.", gauss),
        DatasetSpec("spiral", "Spiral", "classification", 2, False,
                    "Two interleaved spiral arms.", spiral),
        DatasetSpec("spiral_k", "Spiral (K arms)", "classification", 3, True,
                    "K interleaved spiral arms, one class per arm.", spiral_k),
        DatasetSpec("moons", "Two moons", "classification", 2, False,
                    "Two interleaved half moons.", moons),
        DatasetSpec("blobs", "Blobs (K classes)", "classification", 3, True,
                    "K Gaussian blobs spread on a circle.", blobs),
        DatasetSpec("checkerboard", "Checkerboard", "classification", 2, False,
                    "A 4x4 board of alternating classes.", checkerboard),
        DatasetSpec("plane", "Plane", "regression", 0, False,
                    "Target linear in x1 and x2.", plane),
        DatasetSpec("multi_gauss", "Multi Gaussian", "regression", 0, False,
                    "Target is a sum of signed Gaussian bumps.", multi_gauss),
        DatasetSpec("sine", "Sine (1-D)", "regression", 0, False,
                    "1-D: y is sin of x, two periods.", sine, dims=1),
        DatasetSpec("step", "Step (1-D)", "regression", 0, False,
                    "1-D: y jumps from -0.8 to 0.8 at x = 0.", step, dims=1),
        DatasetSpec("tutorial_000", "Tutorial 000: people", "classification", 2, False,
                    "Tutorial 000's 8 people by height, weight, score; good or bad "
                    "(a fixed table: --n-points and --noise do not apply).",
                    _checked(tutorial_sets.tutorial_000), tutorial=True, fixed_rows=8,
                    input_names=tutorial_sets.INPUTS_000),
        DatasetSpec("tutorial_001", "Tutorial 001: four labels", "multilabel", 4, False,
                    "Tutorial 001's 5 rows of 3 inputs with 4 labels each "
                    "(a fixed table: --n-points and --noise do not apply).",
                    _checked(tutorial_sets.tutorial_001), tutorial=True, fixed_rows=5),
        DatasetSpec("tutorial_002", "Tutorial 002: moons", "classification", 2, False,
                    "Tutorial 002's scikit-learn moons, raw coordinates; --noise is the "
                    "position std (the tutorial: 300 points, 0.2).",
                    _checked(tutorial_sets.tutorial_002), tutorial=True),
        DatasetSpec("tutorial_003", "Tutorial 003: spiral", "classification", 3, False,
                    "Tutorial 003's 3-arm spiral of radius 1; --noise is the angle std "
                    "(the tutorial: 300 points, 0.2).",
                    _checked(tutorial_sets.tutorial_003), tutorial=True),
        DatasetSpec("tutorial_004", "Tutorial 004: sine and more (1-D)", "regression", 0, False,
                    "Tutorial 004's 1-D set: a sine over x in -10..10, another curve over "
                    "10..20; --noise is the target std (the tutorial: 600 points, 0.1).",
                    _checked(tutorial_sets.tutorial_004), dims=1, tutorial=True),
        DatasetSpec("tutorial_004_spiral", "Tutorial 004: spiral", "classification", 2, False,
                    "Tutorial 004's 2-arm spiral of radius 5; --noise is the angle std "
                    "(the tutorial: 400 points, 0.25).",
                    _checked(tutorial_sets.tutorial_004_spiral), tutorial=True),
        DatasetSpec("tf_circle", "Circle (TF Playground)", "classification", 2, False,
                    "TensorFlow Playground's circle: noise flips labels near radius 2.5.",
                    _checked(tf_sets.tf_circle), tf_playground=True),
        DatasetSpec("tf_xor", "Exclusive or (TF Playground)", "classification", 2, False,
                    "TensorFlow Playground's xor: noise flips labels near the axes.",
                    _checked(tf_sets.tf_xor), tf_playground=True),
        DatasetSpec("tf_gauss", "Gaussian (TF Playground)", "classification", 2, False,
                    "TensorFlow Playground's two Gaussians: noise widens them.",
                    _checked(tf_sets.tf_gauss), tf_playground=True),
        DatasetSpec("tf_spiral", "Spiral (TF Playground)", "classification", 2, False,
                    "TensorFlow Playground's two spiral arms: noise moves points by up to "
                    "±noise.", _checked(tf_sets.tf_spiral), tf_playground=True),
        DatasetSpec("tf_reg_plane", "Plane (TF Playground)", "regression", 0, False,
                    "TensorFlow Playground's reg-plane: target (x1 + x2) / 10.",
                    _checked(tf_sets.tf_reg_plane), tf_playground=True),
        DatasetSpec("tf_reg_gauss", "Multi Gaussian (TF Playground)", "regression", 0, False,
                    "TensorFlow Playground's reg-gauss: six signed cones.",
                    _checked(tf_sets.tf_reg_gauss), tf_playground=True),
    )
}  # fmt: skip


def preset_for_classes(name: str, n_classes: int | None) -> str:
    """The preset that gives ``name``'s points with ``n_classes`` classes: ``name`` itself
    when it takes a class count, has that many or none is asked for; else its K-class
    variant ``<name>_k`` when one is registered (``spiral`` with 3 classes is ``spiral_k``);
    else ``name`` (which then refuses the count)."""
    spec = DATASETS.get(name)
    if (spec is None or n_classes is None or spec.takes_classes
            or n_classes == spec.default_classes):
        return name
    variant = DATASETS.get(f"{name}_k")
    return variant.name if variant is not None and variant.takes_classes else name


def make_dataset(
    name: str,
    n: int = DEFAULT_POINTS,
    noise: float = 0.0,
    seed: int = 0,
    n_classes: int | None = None,
    train_ratio: float = 1.0,
    split_seed: int | None = None,
) -> PointSet:
    """Generate data set ``name`` and split it (``split_seed`` defaults to ``seed``)."""
    spec = DATASETS.get(name)
    if spec is None:
        raise ConfigError(f"unknown data set {name!r}; choose one of: {', '.join(DATASETS)}")
    points = spec.generate(n, noise, seed, n_classes)
    return points.with_split(train_ratio, seed if split_seed is None else split_seed)
