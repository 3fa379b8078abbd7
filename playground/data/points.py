"""The immutable point set the user edits: coordinates, labels or targets, and the train/test split.

Every edit returns a new ``PointSet``; arrays are private read-only copies, so a set can be handed
to the training thread (or kept on an undo stack) without anyone changing it underneath.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from playground.engine.losses import TASKS
from playground.errors import ConfigError
from playground.limits import MAX_CLASSES, MAX_INPUTS, MIN_CLASSES


def default_class_name(label: int) -> str:
    """What class ``label`` (0..K-1, as the points CSV and the arrays hold it) is called until
    the user names it: counted from 1, as the class keys and buttons count, so label 0 is
    "class 1". Every layer (window, files, command line, exports) names classes with this."""
    return f"class {label + 1}"


def default_class_names(n_classes: int) -> list[str]:
    return [default_class_name(k) for k in range(n_classes)]


def read_class_names(names: Sequence[str]) -> list[str]:
    """Class names as a session or weights file holds them, in today's numbering. Files from
    before issue 16 called an unnamed class by its label ("class 0" for label 0, "class 1"
    for label 1); such a name, held by the class of that label, is that class's default name
    now."""
    return [default_class_name(k) if name == f"class {k}" else name
            for k, name in enumerate(names)]


def _frozen(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


def _as_labels(values: np.ndarray) -> np.ndarray:
    """Integer labels (n,) int64 from ints, bools or integral floats."""
    if values.dtype.kind in "iub":
        return values.astype(np.int64)
    if values.dtype.kind == "f":
        whole = np.isfinite(values) & (values == np.round(values))
        if not whole.all():
            bad = int(np.flatnonzero(~whole)[0])
            raise ConfigError(f"labels must be whole numbers (got {values[bad]} at point {bad})")
        return values.astype(np.int64)
    raise ConfigError(f"labels must be integers (got dtype {values.dtype})")


def _as_label_rows(raw: np.ndarray, n: int, k: int) -> np.ndarray:
    """A multi-label set's values: (n, k) whole numbers 0 or 1, as int64."""
    if raw.shape != (n, k):
        raise ConfigError(
            f"values must have shape ({n}, {k}) to match coords and the {k} labels"
            f" (got {raw.shape})"
        )
    values = _as_labels(raw.reshape(-1)).reshape(n, k)
    bad = (values != 0) & (values != 1)
    if bad.any():
        i, j = (int(a[0]) for a in np.nonzero(bad))
        raise ConfigError(f"labels must be 0 or 1 (got {values[i, j]} for label {j + 1} "
                          f"at point {i})")
    return values


@dataclass(frozen=True, eq=False)
class PointSet:
    """Points with their labels (classification) or targets (regression) and a split.

    coords : (n, D) float64, read-only: D >= 2 input columns x1..xD (``n_inputs``; a 1-D set
        is (x, 0), two columns)
    values : (n,) int64 labels in 0..n_classes-1, or (n,) float64 targets, or (n, L) int64
        0/1 labels of a multi-label set (one column per label); read-only
    is_train : (n,) bool, read-only; False marks a test point
    task : "classification" | "regression" | "multilabel"
    n_classes : MIN_CLASSES..MAX_CLASSES for classification, 0 for regression, the number of
        labels L (MIN_CLASSES..MAX_CLASSES) for multilabel
    """

    coords: np.ndarray
    values: np.ndarray
    is_train: np.ndarray
    task: str
    n_classes: int

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise ConfigError(f"task must be one of {', '.join(TASKS)} (got {self.task!r})")
        k = self.n_classes
        if self.task == "classification" and not (
            isinstance(k, int | np.integer) and MIN_CLASSES <= k <= MAX_CLASSES
        ):
            raise ConfigError(
                f"n_classes must be between {MIN_CLASSES} and {MAX_CLASSES} for classification "
                f"(got {k})"
            )
        if self.task == "regression" and k != 0:
            raise ConfigError(f"n_classes must be 0 for regression (got {k})")
        if self.task == "multilabel" and not (
            isinstance(k, int | np.integer) and MIN_CLASSES <= k <= MAX_CLASSES
        ):
            raise ConfigError(
                f"a multi-label set has between {MIN_CLASSES} and {MAX_CLASSES} labels (got {k})"
            )

        coords = np.array(self.coords, dtype=np.float64, copy=True)
        if coords.ndim != 2 or not 2 <= coords.shape[1] <= MAX_INPUTS:
            raise ConfigError(f"coords must have shape (n, D), 2 <= D <= {MAX_INPUTS} "
                              f"(got {coords.shape})")
        n = coords.shape[0]
        finite = np.isfinite(coords).all(axis=1)
        if not finite.all():
            bad = int(np.flatnonzero(~finite)[0])
            raise ConfigError(f"coordinates must be finite (point {bad} is {tuple(coords[bad])})")

        raw = np.array(self.values, copy=True)
        if self.task == "multilabel":
            values = _as_label_rows(raw, n, k)
        elif raw.shape != (n,):
            raise ConfigError(f"values must have shape ({n},) to match coords (got {raw.shape})")
        elif self.task == "classification":
            values = _as_labels(raw)
            out = (values < 0) | (values >= k)
            if out.any():
                bad = int(np.flatnonzero(out)[0])
                raise ConfigError(
                    f"labels must be between 0 and {k - 1} (got {values[bad]} at point {bad})"
                )
        else:
            if raw.dtype.kind not in "iuf":
                raise ConfigError(f"targets must be numbers (got dtype {raw.dtype})")
            values = raw.astype(np.float64)
            if not np.isfinite(values).all():
                bad = int(np.flatnonzero(~np.isfinite(values))[0])
                raise ConfigError(f"targets must be finite (got {values[bad]} at point {bad})")

        is_train = np.array(self.is_train, copy=True)
        if is_train.shape != (n,):
            raise ConfigError(
                f"is_train must have shape ({n},) to match coords (got {is_train.shape})"
            )
        if is_train.dtype != np.bool_:
            if is_train.dtype.kind not in "iu" or not np.isin(is_train, (0, 1)).all():
                raise ConfigError("is_train must hold booleans")
            is_train = is_train.astype(np.bool_)

        object.__setattr__(self, "coords", _frozen(coords))
        object.__setattr__(self, "values", _frozen(values))
        object.__setattr__(self, "is_train", _frozen(is_train))
        object.__setattr__(self, "n_classes", int(k))

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def empty(cls, task: str, n_classes: int | None = None, n_inputs: int = 2) -> PointSet:
        """A set with no points (of ``n_inputs`` input columns); ``n_classes`` defaults to
        ``MIN_CLASSES`` (classification) or 0 (regression)."""
        if n_classes is None:
            n_classes = MIN_CLASSES if task in ("classification", "multilabel") else 0
        if task == "multilabel":
            return cls(np.zeros((0, n_inputs)), np.zeros((0, n_classes), np.int64),
                       np.zeros(0, bool), task, n_classes)
        dtype = np.int64 if task == "classification" else np.float64
        return cls(np.zeros((0, n_inputs)), np.zeros(0, dtype), np.zeros(0, bool), task,
                   n_classes)

    def _replace(self, coords: np.ndarray, values: np.ndarray, is_train: np.ndarray) -> PointSet:
        return PointSet(coords, values, is_train, self.task, self.n_classes)

    # -- queries ------------------------------------------------------------------------------
    def __len__(self) -> int:
        return int(self.coords.shape[0])

    @property
    def n_inputs(self) -> int:
        """The number of input columns D (x1..xD); 2 for a drawn or 1-D set."""
        return int(self.coords.shape[1])

    @property
    def n_train(self) -> int:
        return int(np.count_nonzero(self.is_train))

    @property
    def n_test(self) -> int:
        return len(self) - self.n_train

    def train(self) -> tuple[np.ndarray, np.ndarray]:
        """Training points as fresh arrays: coords (n_train, D), values (n_train,)."""
        return self.coords[self.is_train], self.values[self.is_train]

    def test(self) -> tuple[np.ndarray, np.ndarray]:
        """Test points as fresh arrays: coords (n_test, D), values (n_test,)."""
        return self.coords[~self.is_train], self.values[~self.is_train]

    def indices_within(self, center: tuple[float, float], radius: float,
                       axes: tuple[int, int] = (0, 1)) -> np.ndarray:
        """Indices (m,) int64, ascending, of points at distance <= radius from center, in the
        plane of the inputs ``axes`` (x1 and x2 unless told)."""
        if not (np.isfinite(radius) and radius >= 0):
            raise ConfigError(f"radius must be a finite number >= 0 (got {radius})")
        d = self.coords[:, list(axes)] - np.asarray(center, dtype=np.float64)
        inside = np.einsum("ij,ij->i", d, d) <= float(radius) ** 2
        return np.flatnonzero(inside).astype(np.int64)

    def equals(self, other: object) -> bool:
        """Exact equality of task, n_classes and every array (values and dtypes)."""
        return (
            isinstance(other, PointSet)
            and self.task == other.task
            and self.n_classes == other.n_classes
            and all(
                a.dtype == b.dtype and np.array_equal(a, b)
                for a, b in (
                    (self.coords, other.coords),
                    (self.values, other.values),
                    (self.is_train, other.is_train),
                )
            )
        )

    # -- edits (each returns a new PointSet) --------------------------------------------------
    def add(
        self,
        coords: np.ndarray | Sequence[float] | Sequence[Sequence[float]],
        values: np.ndarray | Sequence[float] | float,
        train_ratio: float = 1.0,
        rng: np.random.Generator | None = None,
    ) -> PointSet:
        """Append points. coords : (m, D) or (D,), D = ``n_inputs``; values : (m,) or a scalar
        for all of them ((m, L) or one row of L for all of them in a multi-label set).

        Each new point is a training point with probability ``train_ratio`` (drawn from ``rng``,
        which is required when 0 < train_ratio < 1); 1 -> all train, 0 -> all test.
        """
        if not 0.0 <= train_ratio <= 1.0:
            raise ConfigError(f"train_ratio must be between 0 and 1 (got {train_ratio})")
        d = self.n_inputs
        new = np.asarray(coords, dtype=np.float64)
        if new.shape == (d,):
            new = new.reshape(1, d)
        if new.ndim != 2 or new.shape[1] != d:
            raise ConfigError(f"coords must have shape (m, {d}) (got {new.shape})")
        m = new.shape[0]
        vals = np.asarray(values)
        if self.task == "multilabel":
            vals = np.broadcast_to(vals, (m, self.n_classes)) if vals.ndim == 1 else vals
        elif vals.ndim == 0:
            vals = np.full(m, vals)
        if self.task == "multilabel":
            vals = _as_label_rows(vals, m, self.n_classes)
        elif vals.shape != (m,):
            raise ConfigError(f"values must have shape ({m},) to match coords (got {vals.shape})")
        flags: np.ndarray
        if train_ratio >= 1.0:
            flags = np.ones(m, bool)
        elif train_ratio <= 0.0:
            flags = np.zeros(m, bool)
        elif rng is None:
            raise ConfigError("add() needs an rng when 0 < train_ratio < 1")
        else:
            flags = np.less(rng.random(m), train_ratio)
        if self.task == "classification":
            vals = _as_labels(vals)
        return self._replace(
            np.concatenate([self.coords, new]),
            np.concatenate([self.values, vals.astype(self.values.dtype)]),
            np.concatenate([self.is_train, flags]),
        )

    def remove(self, indices: np.ndarray | Sequence[int]) -> PointSet:
        """Drop the points at ``indices`` (m,) — non-negative, duplicates allowed."""
        idx = np.asarray(indices)
        if idx.size == 0:
            return self._replace(self.coords, self.values, self.is_train)
        if idx.dtype.kind not in "iu":
            raise ConfigError(f"indices must be integers (got dtype {idx.dtype})")
        bad = (idx < 0) | (idx >= len(self))
        if bad.any():
            raise ConfigError(
                f"index {int(idx[bad][0])} is out of range for {len(self)} points"
            )
        keep = np.ones(len(self), bool)
        keep[idx] = False
        return self._replace(self.coords[keep], self.values[keep], self.is_train[keep])

    def with_split(self, train_ratio: float, seed: int) -> PointSet:
        """Re-draw the split: exactly ``round(n * train_ratio)`` training points, by a seeded
        permutation. 0 < train_ratio <= 1; with n >= 2 and a ratio below 1 at least one point is
        kept on each side; a single point is always a training point.
        """
        if not 0.0 < train_ratio <= 1.0:
            raise ConfigError(
                f"train_ratio must be greater than 0 and at most 1 (got {train_ratio})"
            )
        n = len(self)
        if train_ratio == 1.0 or n <= 1:
            n_train = n
        else:
            n_train = min(max(round(n * train_ratio), 1), n - 1)
        flags = np.zeros(n, bool)
        flags[np.random.default_rng(seed).permutation(n)[:n_train]] = True
        return self._replace(self.coords, self.values, flags)

    def as_task(self, task: str) -> PointSet:
        """The same points for another task: label c of K becomes the target
        2c/(K-1) - 1 (from -1 to 1); a target becomes label 1 (the second class) when > 0,
        else label 0, in a two-class set."""
        if task == self.task:
            return self
        if "multilabel" in (task, self.task):
            raise ConfigError("a multi-label set is only read from a file, never converted")
        if task == "regression":
            k = max(self.n_classes - 1, 1)
            values = self.values.astype(np.float64) * (2.0 / k) - 1.0
            return PointSet(self.coords, values, self.is_train, "regression", 0)
        if task != "classification":
            raise ConfigError(f"task must be one of {', '.join(TASKS)} (got {task!r})")
        return PointSet(self.coords, (self.values > 0).astype(np.int64), self.is_train,
                        "classification", MIN_CLASSES)

    def keeping_classes(self, n_classes: int) -> PointSet:
        """The points of the first ``n_classes`` classes, in a set of that many classes (the
        points of the others are dropped; ``with_n_classes`` refuses to drop any)."""
        if self.task != "classification":
            raise ConfigError(f"a {self.task} point set has no classes")
        keep = self.values < n_classes
        return PointSet(self.coords[keep], self.values[keep], self.is_train[keep], self.task,
                        n_classes)

    def with_n_classes(self, n_classes: int) -> PointSet:
        """The same points with a different class count; refuses to orphan existing labels."""
        if self.task != "classification":
            raise ConfigError(f"a {self.task} point set has no classes")
        if not MIN_CLASSES <= n_classes <= MAX_CLASSES:
            raise ConfigError(
                f"n_classes must be between {MIN_CLASSES} and {MAX_CLASSES} for classification "
                f"(got {n_classes})"
            )
        if len(self) and int(self.values.max()) >= n_classes:
            raise ConfigError(
                f"cannot reduce to {n_classes} classes: points with label "
                f"{int(self.values.max())} exist"
            )
        return PointSet(self.coords, self.values, self.is_train, self.task, n_classes)
