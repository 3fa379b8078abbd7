"""Input normalisation and feature maps (ARCHITECTURE.md).

Raw inputs (x1, x2, ... xD: D columns, 2 <= D <= ``MAX_INPUTS``) are z-scored with the
training set's mean/std; every feature is then computed from the normalised inputs u (n, D).
``x1`` .. ``x32`` name the input columns themselves (x3 and beyond when the data have them).
``make_features`` is on the heatmap's hot path (65,536-point grids many times a second), so
features write straight into one preallocated output array.

A feature is named by a registered name (``FEATURES``, ``INPUT_FEATURES``) or by a formula in
x1, x2, ... (``data.formula``), written plainly: ``x1*x2``, ``min(x1, x2)``. A registered name
always wins (``x1x2`` is the registered product; ``x1 * x2`` a formula), and configs, sessions
and weights files store a formula feature as its normalised text (``x1 * x2``). A formula
feature is computed from the normalised inputs like the others, its x1, x2, ... being the
normalised columns; then values beyond ``±FORMULA_LIMIT`` are clipped to it and NaN becomes 0,
so a formula such as ``log(x1)`` gives the network finite inputs everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

import numpy as np

from playground.data.formula import Formula, parse_formula
from playground.data.formula_syntax import variable_column
from playground.errors import ConfigError
from playground.limits import MAX_INPUTS

MAX_FEATURES = 32  # input features of one network
FORMULA_LIMIT = 1e6  # a formula feature's values are clipped to ±this (NaN: 0)

# A feature column: fn(u, out=None) -> (n,). u : (n, D) the normalised inputs, one column per
# input (x1 is column 0); when ``out`` (n,) is given the column is written into it (and returned).
FeatureFn = Callable[..., np.ndarray]


@dataclass(frozen=True)
class Feature:
    """One input column of the network: ``name`` for files/CLI, ``label`` for the UI;
    ``inputs``: the input columns (0-based: x1 is 0) it reads; ``source``: a Python
    expression over the normalised ``x1``, ``x2``, ... computing it, with ``{m}`` for the
    array module (``np``, ``torch``), for exported code."""

    name: str
    label: str
    fn: FeatureFn
    inputs: tuple[int, ...] = (0,)
    source: str = ""

    @property
    def x1_only(self) -> bool:
        """It depends on x1 alone (usable on a 1-D set, whose x2 is always 0)."""
        return set(self.inputs) <= {0}

    @property
    def n_inputs(self) -> int:
        """How many input columns the data must have for it: its highest input's number."""
        return max(self.inputs, default=0) + 1


def _column(i: int, u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.positive(u[:, i], out=out)


def _square(i: int, u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.multiply(u[:, i], u[:, i], out=out)


def _x1x2(u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.multiply(u[:, 0], u[:, 1], out=out)


def _sine(i: int, u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.sin(u[:, i], out=out)


_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _input_feature(k: int) -> Feature:
    """Input xk (k from 1): the k-th input column, normalised."""
    return Feature(f"x{k}", f"x{str(k).translate(_SUBSCRIPT)}", partial(_column, k - 1),
                   (k - 1,), source=f"x{k}")


FEATURES: dict[str, Feature] = {
    f.name: f
    for f in (
        _input_feature(1),
        _input_feature(2),
        Feature("x1_sq", "x₁²", partial(_square, 0), (0,), source="(x1 * x1)"),
        Feature("x2_sq", "x₂²", partial(_square, 1), (1,), source="(x2 * x2)"),
        Feature("x1x2", "x₁x₂", _x1x2, (0, 1), source="(x1 * x2)"),
        Feature("sin_x1", "sin(x₁)", partial(_sine, 0), (0,), source="{m}.sin(x1)"),
        Feature("sin_x2", "sin(x₂)", partial(_sine, 1), (1,), source="{m}.sin(x2)"),
    )
}
# the raw input columns beyond x2 (x3..x32): features like x1 and x2, named but not listed in
# ``FEATURES`` (the window's feature buttons), as data with more inputs brings them
INPUT_FEATURES: dict[str, Feature] = {
    f"x{k}": _input_feature(k) for k in range(3, MAX_INPUTS + 1)
}
DEFAULT_FEATURES: tuple[str, ...] = ("x1", "x2")
ONE_D_FEATURES: tuple[str, ...] = ("x1",)  # what a network on a 1-D set starts with


def default_features(n_inputs: int) -> tuple[str, ...]:
    """What a network on data of ``n_inputs`` input columns starts with: x1 .. xD (x1, x2 for
    two inputs)."""
    if not 2 <= n_inputs <= MAX_INPUTS:
        raise ConfigError(f"data have 2 to {MAX_INPUTS} inputs (got {n_inputs})")
    return tuple(f"x{k}" for k in range(1, n_inputs + 1))


def features_inputs(features: Sequence[str]) -> int:
    """How many input columns the data must have for these features (at least 1)."""
    return max(feature(name).n_inputs for name in validate_features(features))


def check_inputs(features: Sequence[str], n_inputs: int) -> None:
    """``ConfigError`` naming the first feature that reads an input the data (of ``n_inputs``
    columns) lack."""
    for name in validate_features(features):
        need = feature(name).n_inputs
        if need > n_inputs:
            raise ConfigError(
                f"input feature {name!r} reads x{need}, but the data have {n_inputs} inputs "
                f"(x1..x{n_inputs}); choose features of those inputs")


def fit_features(features: Sequence[str], n_inputs: int) -> tuple[str, ...]:
    """``features`` without those reading an input the data lack; ``default_features`` when
    nothing is left."""
    kept = tuple(n for n in validate_features(features) if feature(n).n_inputs <= n_inputs)
    return kept or default_features(max(n_inputs, 2))


_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")


def _formula_column(formula: Formula, u: np.ndarray,
                    out: np.ndarray | None = None) -> np.ndarray:
    v = formula.evaluate(*(u[:, i] for i in range(formula.n_inputs)))
    np.clip(v, -FORMULA_LIMIT, FORMULA_LIMIT, out=v)
    np.nan_to_num(v, copy=False, nan=0.0)
    if out is None:
        return v
    out[...] = v
    return out


@lru_cache(maxsize=512)
def _formula_feature(text: str) -> Feature:
    if _IDENTIFIER.fullmatch(text.strip()):  # a name, not a formula: say what names there are
        raise ConfigError(f"unknown feature {text!r}; choose from: {', '.join(FEATURES)}, "
                          "x3..x32 (inputs beyond two), or write a formula in x1, x2, ... "
                          "such as x1*x2")
    try:
        formula = parse_formula(text)
    except ConfigError as exc:
        raise ConfigError(f"input feature {exc}") from None
    if not formula.variables:
        raise ConfigError(f"input feature {formula.text!r} uses no input (x1, x2, ...): it "
                          "would be the same number for every point")
    src = formula.source("m_").replace("m_.", "{m}.")  # the module stays a placeholder
    return Feature(formula.text, formula.text, partial(_formula_column, formula),
                   tuple(sorted(variable_column(v) for v in formula.variables)),
                   source=f"{{m}}.nan_to_num({{m}}.clip({src}, {-FORMULA_LIMIT!r}, "
                          f"{FORMULA_LIMIT!r}), nan=0.0)")


def feature(name: str) -> Feature:
    """The feature ``name``: a registered one, or a formula feature (``name`` its formula;
    the Feature's ``name`` and ``label`` are the normalised text). ``ConfigError`` naming
    what is wrong otherwise."""
    if not isinstance(name, str):
        raise ConfigError(f"a feature is a name or a formula, not {name!r}")
    registered = FEATURES.get(name) or INPUT_FEATURES.get(name)
    return registered if registered is not None else _formula_feature(name)


def is_formula_feature(name: str) -> bool:
    """Whether ``name`` is a formula rather than a registered feature's name."""
    return name not in FEATURES and name not in INPUT_FEATURES


def feature_label(name: str) -> str:
    """How the window labels feature ``name``: the registry's label (``x₁²``) or the
    formula's text; ``name`` itself if it is neither."""
    try:
        return feature(name).label
    except ConfigError:
        return str(name)


def feature_source(name: str, module: str = "np") -> str:
    """A Python expression computing feature ``name`` from arrays ``x1``, ``x2``, ... holding the
    NORMALISED inputs, with ``module`` (``np`` or ``torch``) for the functions: for a
    formula feature its ``Formula.source`` then the clip to ``±FORMULA_LIMIT`` and NaN -> 0
    that ``make_features`` applies."""
    template = feature(name).source
    if not template:
        raise ConfigError(f"feature {name!r} declares no source code")
    return template.replace("{m}", module)


def split_features(text: str) -> tuple[str, ...]:
    """A comma list of features as the command line takes it: commas inside parentheses
    belong to a formula (``x1,min(x1, x2)`` is two features); blanks around each are
    dropped; the empty string gives ``()``."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if c == "," and depth <= 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return tuple(p.strip() for p in parts) if text.strip() else ()


def x1_only(features: Sequence[str]) -> bool:
    """Whether a network with these input features sees x1 alone (a function of one
    variable: a curve describes it completely)."""
    return all(feature(name).x1_only for name in validate_features(features))


def one_d_features(features: Sequence[str]) -> tuple[str, ...]:
    """``features`` without those that need x2 (a 1-D set has none); ``ONE_D_FEATURES`` when
    nothing is left."""
    kept = tuple(name for name in validate_features(features) if feature(name).x1_only)
    return kept or ONE_D_FEATURES


def two_d_features(features: Sequence[str]) -> tuple[str, ...]:
    """Back from a 1-D set: ``DEFAULT_FEATURES`` first, then the other features kept."""
    return tuple(dict.fromkeys((*DEFAULT_FEATURES, *validate_features(features))))


def validate_features(names: Sequence[str]) -> tuple[str, ...]:
    """The given features as a tuple, in the given order, after checking them: registered
    names as they are, formulas as their normalised text."""
    if isinstance(names, str):
        raise ConfigError(f"features must be a list of names, not the string {names!r}")
    names = tuple(feature(name).name for name in names)
    if not names:
        raise ConfigError("at least one input feature is required")
    if len(names) > MAX_FEATURES:
        raise ConfigError(f"at most {MAX_FEATURES} input features (got {len(names)})")
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ConfigError(f"duplicate feature {name!r}")
        seen.add(name)
    return names


def _as_coords(coords: np.ndarray, n_inputs: int | None = None) -> np.ndarray:
    """coords as float64 (n, D), 2 <= D <= MAX_INPUTS (D = ``n_inputs`` when given)."""
    c = np.asarray(coords, dtype=np.float64)
    if c.ndim != 2 or not 2 <= c.shape[1] <= MAX_INPUTS:
        raise ConfigError(f"coords must have shape (n, D) with 2 <= D <= {MAX_INPUTS} "
                          f"(got {c.shape})")
    if n_inputs is not None and c.shape[1] != n_inputs:
        raise ConfigError(f"the points have {c.shape[1]} inputs but the normaliser was fitted "
                          f"to {n_inputs}")
    return c


# Below this a standard deviation counts as zero (identical points give ~1e-16, not exactly 0).
_STD_FLOOR = 1e-12


@dataclass(frozen=True)
class Normalizer:
    """z-score of the raw inputs (x1, x2, ... xD): u = (x - mean) / std, per column; ``mean``
    and ``std`` hold one number per input (D of them, 2 <= D <= MAX_INPUTS)."""

    mean: tuple[float, ...] = (0.0, 0.0)
    std: tuple[float, ...] = (1.0, 1.0)

    def __post_init__(self) -> None:
        mean = tuple(float(v) for v in self.mean)
        std = tuple(float(v) for v in self.std)
        if len(mean) != len(std) or not 2 <= len(mean) <= MAX_INPUTS:
            raise ConfigError(f"normaliser mean and std must each hold one number per input, "
                              f"2 to {MAX_INPUTS} (got {len(mean)} and {len(std)})")
        if not all(np.isfinite(mean)):
            raise ConfigError(f"normaliser mean must be finite (got {mean})")
        if not all(np.isfinite(s) and s > 0 for s in std):
            raise ConfigError(f"normaliser std must be finite and > 0 (got {std})")
        object.__setattr__(self, "mean", mean)
        object.__setattr__(self, "std", std)

    @property
    def n_inputs(self) -> int:
        return len(self.mean)

    @classmethod
    def identity(cls, n_inputs: int = 2) -> Normalizer:
        """Mean 0, std 1 for each of ``n_inputs`` inputs: the inputs as they are."""
        return cls((0.0,) * n_inputs, (1.0,) * n_inputs)

    @classmethod
    def fit(cls, coords: np.ndarray) -> Normalizer:
        """Mean and population std of coords (n, D). An empty set gives mean 0, std 1; a
        column whose std is (near) 0 or non-finite gets std 1 so it is only centred."""
        c = _as_coords(coords)
        if c.shape[0] == 0:
            return cls.identity(c.shape[1])
        if not np.isfinite(c).all():
            raise ConfigError("cannot fit a normaliser to non-finite coordinates")
        mean = c.mean(axis=0)
        with np.errstate(over="ignore", invalid="ignore"):
            std = c.std(axis=0)
        std = np.where(np.isfinite(std) & (std > _STD_FLOOR), std, 1.0)
        return cls(tuple(float(v) for v in mean), tuple(float(v) for v in std))

    def apply(self, coords: np.ndarray) -> np.ndarray:
        """Normalised coordinates (n, D) float64, a new array."""
        c = _as_coords(coords, self.n_inputs)
        return (c - np.asarray(self.mean)) / np.asarray(self.std)


def make_features(
    coords: np.ndarray,
    features: Sequence[str],
    normalizer: Normalizer,
    dtype: type[np.floating] | np.dtype = np.float64,
    ones_column: bool = False,
) -> np.ndarray:
    """Network input X (n, len(features) [+1]), C-contiguous, of ``dtype``.

    coords : (n, D) raw inputs, D the normaliser's. Columns follow ``features``; with
    ``ones_column`` a trailing column of 1.0 is appended so the engine can fold the bias into
    the matmul. ``ConfigError`` when a feature reads an input the coordinates lack.
    """
    names = validate_features(features)
    out_dtype = np.dtype(dtype)
    if out_dtype.kind != "f":
        raise ConfigError(f"dtype must be a floating-point type (got {out_dtype})")
    c = _as_coords(coords, normalizer.n_inputs)
    check_inputs(names, c.shape[1])
    n = c.shape[0]
    # Fortran order keeps each input column contiguous for the per-feature ufuncs below;
    # working in the output dtype makes float32 heatmap grids ~10x faster (sin is the costly
    # part).
    u = np.empty(c.shape, dtype=out_dtype, order="F")
    np.subtract(c, normalizer.mean, out=u)
    np.divide(u, normalizer.std, out=u)
    out = np.empty((n, len(names) + int(ones_column)), dtype=out_dtype)
    for j, name in enumerate(names):
        feature(name).fn(u, out=out[:, j])
    if ones_column:
        out[:, -1] = 1.0
    return out
