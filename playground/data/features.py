"""Input normalisation and feature maps (ARCHITECTURE.md).

Raw (x1, x2) are z-scored with the training set's mean/std; every feature is then computed from
the normalised (u1, u2). ``make_features`` is on the heatmap's hot path (65,536-point grids many
times a second), so features write straight into one preallocated output array.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from playground.errors import ConfigError

# A feature column: fn(u1, u2, out=None) -> (n,). u1, u2 : (n,) normalised coordinates; when
# ``out`` (n,) is given the column is written into it (and returned).
FeatureFn = Callable[..., np.ndarray]


@dataclass(frozen=True)
class Feature:
    """One input column of the network: ``name`` for files/CLI, ``label`` for the UI;
    ``x1_only`` when it depends on x1 alone (usable on a 1-D set, whose x2 is always 0)."""

    name: str
    label: str
    fn: FeatureFn
    x1_only: bool = False


def _x1(u1: np.ndarray, u2: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.positive(u1, out=out)


def _x2(u1: np.ndarray, u2: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.positive(u2, out=out)


def _x1_sq(u1: np.ndarray, u2: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.multiply(u1, u1, out=out)


def _x2_sq(u1: np.ndarray, u2: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.multiply(u2, u2, out=out)


def _x1x2(u1: np.ndarray, u2: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.multiply(u1, u2, out=out)


def _sin_x1(u1: np.ndarray, u2: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.sin(u1, out=out)


def _sin_x2(u1: np.ndarray, u2: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.sin(u2, out=out)


FEATURES: dict[str, Feature] = {
    f.name: f
    for f in (
        Feature("x1", "x₁", _x1, x1_only=True),
        Feature("x2", "x₂", _x2),
        Feature("x1_sq", "x₁²", _x1_sq, x1_only=True),
        Feature("x2_sq", "x₂²", _x2_sq),
        Feature("x1x2", "x₁x₂", _x1x2),
        Feature("sin_x1", "sin(x₁)", _sin_x1, x1_only=True),
        Feature("sin_x2", "sin(x₂)", _sin_x2),
    )
}
DEFAULT_FEATURES: tuple[str, ...] = ("x1", "x2")
ONE_D_FEATURES: tuple[str, ...] = ("x1",)  # what a network on a 1-D set starts with


def x1_only(features: Sequence[str]) -> bool:
    """Whether a network with these input features sees x1 alone (a function of one
    variable: a curve describes it completely)."""
    return all(FEATURES[name].x1_only for name in validate_features(features))


def one_d_features(features: Sequence[str]) -> tuple[str, ...]:
    """``features`` without those that need x2 (a 1-D set has none); ``ONE_D_FEATURES`` when
    nothing is left."""
    kept = tuple(name for name in validate_features(features) if FEATURES[name].x1_only)
    return kept or ONE_D_FEATURES


def two_d_features(features: Sequence[str]) -> tuple[str, ...]:
    """Back from a 1-D set: ``DEFAULT_FEATURES`` first, then the other features kept."""
    return tuple(dict.fromkeys((*DEFAULT_FEATURES, *validate_features(features))))


def validate_features(names: Sequence[str]) -> tuple[str, ...]:
    """The given feature names as a tuple, in the given order, after checking them."""
    if isinstance(names, str):
        raise ConfigError(f"features must be a list of names, not the string {names!r}")
    names = tuple(names)
    if not names:
        raise ConfigError("at least one input feature is required")
    seen: set[str] = set()
    for name in names:
        if name not in FEATURES:
            raise ConfigError(
                f"unknown feature {name!r}; choose from: {', '.join(FEATURES)}"
            )
        if name in seen:
            raise ConfigError(f"duplicate feature {name!r}")
        seen.add(name)
    return names


def _as_coords(coords: np.ndarray) -> np.ndarray:
    c = np.asarray(coords, dtype=np.float64)
    if c.ndim != 2 or c.shape[1] != 2:
        raise ConfigError(f"coords must have shape (n, 2) (got {c.shape})")
    return c


# Below this a standard deviation counts as zero (identical points give ~1e-16, not exactly 0).
_STD_FLOOR = 1e-12


@dataclass(frozen=True)
class Normalizer:
    """z-score of raw (x1, x2): u = (x - mean) / std, per column."""

    mean: tuple[float, float] = (0.0, 0.0)
    std: tuple[float, float] = (1.0, 1.0)

    def __post_init__(self) -> None:
        mean = tuple(float(v) for v in self.mean)
        std = tuple(float(v) for v in self.std)
        if len(mean) != 2 or len(std) != 2:
            raise ConfigError("normaliser mean and std must each hold 2 numbers")
        if not all(np.isfinite(mean)):
            raise ConfigError(f"normaliser mean must be finite (got {mean})")
        if not all(np.isfinite(s) and s > 0 for s in std):
            raise ConfigError(f"normaliser std must be finite and > 0 (got {std})")
        object.__setattr__(self, "mean", mean)
        object.__setattr__(self, "std", std)

    @classmethod
    def fit(cls, coords: np.ndarray) -> Normalizer:
        """Mean and population std of coords (n, 2). An empty set gives mean 0, std 1; a
        column whose std is (near) 0 or non-finite gets std 1 so it is only centred."""
        c = _as_coords(coords)
        if c.shape[0] == 0:
            return cls()
        if not np.isfinite(c).all():
            raise ConfigError("cannot fit a normaliser to non-finite coordinates")
        mean = c.mean(axis=0)
        with np.errstate(over="ignore", invalid="ignore"):
            std = c.std(axis=0)
        std = np.where(np.isfinite(std) & (std > _STD_FLOOR), std, 1.0)
        return cls((float(mean[0]), float(mean[1])), (float(std[0]), float(std[1])))

    def apply(self, coords: np.ndarray) -> np.ndarray:
        """Normalised coordinates (n, 2) float64, a new array."""
        c = _as_coords(coords)
        return (c - np.asarray(self.mean)) / np.asarray(self.std)


def make_features(
    coords: np.ndarray,
    features: Sequence[str],
    normalizer: Normalizer,
    dtype: type[np.floating] | np.dtype = np.float64,
    ones_column: bool = False,
) -> np.ndarray:
    """Network input X (n, len(features) [+1]), C-contiguous, of ``dtype``.

    coords : (n, 2) raw coordinates. Columns follow ``features``; with ``ones_column`` a trailing
    column of 1.0 is appended so the engine can fold the bias into the matmul.
    """
    names = validate_features(features)
    out_dtype = np.dtype(dtype)
    if out_dtype.kind != "f":
        raise ConfigError(f"dtype must be a floating-point type (got {out_dtype})")
    c = _as_coords(coords)
    n = c.shape[0]
    # Fortran order keeps u1 and u2 contiguous for the per-feature ufuncs below; working in the
    # output dtype makes float32 heatmap grids ~10x faster (sin is the costly part).
    u = np.empty((n, 2), dtype=out_dtype, order="F")
    np.subtract(c, normalizer.mean, out=u)
    np.divide(u, normalizer.std, out=u)
    u1, u2 = u[:, 0], u[:, 1]
    out = np.empty((n, len(names) + int(ones_column)), dtype=out_dtype)
    for j, name in enumerate(names):
        FEATURES[name].fn(u1, u2, out=out[:, j])
    if ones_column:
        out[:, -1] = 1.0
    return out
