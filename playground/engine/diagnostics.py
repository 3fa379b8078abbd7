"""What a network does inside, in numbers: hidden outputs, dead and saturated units, layer
norms, regression scores and projections of a hidden layer onto a plane.

Pure functions of an ``MLP`` and arrays; the trainer's inspection (``training.inspection``) and
``playground inspect`` both use them, so the window and the command line agree.
"""

from __future__ import annotations

import math

import numpy as np

from playground.engine.activations import ACTIVATIONS
from playground.engine.model import MLP

Array = np.ndarray

SATURATED_TANH = 0.99  # |a| above this: tanh is flat
SATURATED_SIGMOID = 0.01  # a below this or above 1 - this: sigmoid is flat


def hidden_outputs(model: MLP, x: Array) -> list[Array]:
    """Each hidden layer's outputs ``(n, units)`` for inputs ``x : (n, n_inputs)`` (features,
    normalised as the model was trained on): what the next layer takes, in evaluation (with
    a normalisation before the activation, and a skip's input added after it)."""
    if model.extended:
        with np.errstate(all="ignore"):
            return [t.a for t in model.trace(x)[1]]
    a = np.asarray(x, dtype=model.dtype)
    out: list[Array] = []
    with np.errstate(all="ignore"):
        for w, b, name in zip(model.weights[:-1], model.biases[:-1], model.activations[:-1]):
            a = ACTIVATIONS[name].forward(a @ w + b, None)
            out.append(a)
    return out


def dead_units(activation: str, a: Array) -> Array:
    """Boolean ``(units,)``: ReLU units whose output is exactly 0 on every row of ``a``. Only
    ReLU can die this way; for other activations (or no rows) none is dead."""
    if activation != "relu" or a.shape[0] == 0:
        return np.zeros(a.shape[1], bool)
    return np.all(a == 0.0, axis=0)


def dead_fraction(activation: str, a: Array) -> float:
    """The fraction of units of a layer with outputs ``a : (n, units)`` that are dead."""
    return float(np.mean(dead_units(activation, a))) if a.shape[1] else 0.0


def saturated_mask(activation: str, a: Array) -> Array:
    """Boolean like ``a``: outputs in the flat range of tanh (|a| > 0.99) or sigmoid (a < 0.01
    or a > 0.99); all False for other activations."""
    if activation == "tanh":
        return np.abs(a) > SATURATED_TANH
    if activation == "sigmoid":
        return (a < SATURATED_SIGMOID) | (a > 1.0 - SATURATED_SIGMOID)
    return np.zeros(a.shape, bool)


def saturated_fraction(activation: str, a: Array) -> float:
    """The fraction of unit-by-point outputs of ``a : (n, units)`` that are saturated."""
    return float(np.mean(saturated_mask(activation, a))) if a.size else 0.0


def layer_norms(blocks: list[Array]) -> Array:
    """The Euclidean norm of each array (a layer's weights, or its gradient), float64."""
    return np.array([math.sqrt(float(np.vdot(b, b))) for b in blocks], np.float64)


def regression_scores(prediction: Array, target: Array) -> tuple[float, float]:
    """``(r2, rmse)`` of predictions against targets (1-D, same length). R² is 1 - SS_res /
    SS_tot; NaN when the targets do not vary (or there are none)."""
    p = np.asarray(prediction, np.float64).ravel()
    t = np.asarray(target, np.float64).ravel()
    if t.size == 0:
        return math.nan, math.nan
    residual = float(np.sum((t - p) ** 2))
    total = float(np.sum((t - t.mean()) ** 2))
    r2 = 1.0 - residual / total if total > 0 else math.nan
    return r2, math.sqrt(residual / t.size)


def principal_axes(a: Array, k: int = 2) -> tuple[Array, Array, Array]:
    """``(mean, axes, explained)`` of rows ``a : (n, units)``: the mean row, the first ``k``
    principal directions as columns ``(units, k)`` (fewer units than ``k``: padded with zero
    columns), and the fraction of the variance each explains. Each axis is signed so that its
    largest component is positive, so the picture does not flip between frames."""
    a = np.asarray(a, np.float64)
    units = a.shape[1]
    mean = a.mean(axis=0) if a.shape[0] else np.zeros(units)
    axes = np.zeros((units, k))
    explained = np.zeros(k)
    if a.shape[0] >= 2:
        centred = a - mean
        _u, s, vt = np.linalg.svd(centred, full_matrices=False)
        m = min(k, vt.shape[0])
        axes[:, :m] = vt[:m].T
        var = s**2
        if var.sum() > 0:
            explained[:m] = var[:m] / var.sum()
    elif units:
        axes[np.arange(min(k, units)), np.arange(min(k, units))] = 1.0
    for j in range(k):
        col = axes[:, j]
        if col.size and col[np.argmax(np.abs(col))] < 0:
            axes[:, j] = -col
    return mean, axes, explained
