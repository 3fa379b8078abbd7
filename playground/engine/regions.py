"""Linear regions: where a piecewise linear network is one affine function.

A network whose hidden activations are all piecewise linear (``Activation.piecewise_linear``:
ReLU, leaky ReLU, linear) is affine wherever no unit crosses a kink of its activation. Batch
norm in evaluation (fixed running statistics), dropout (off in evaluation) and skips are
affine too, so they keep it piecewise affine; layer norm divides by each point's own spread
and does not. On such a network, each point's *activation pattern* (for every hidden unit
and each kink of its activation, whether the activation's input ``y`` is above it: which
ReLU units are active) names the affine piece it lies on, and the points sharing a pattern
form one *linear region* (the pattern's cell; when the network's inputs are computed from the
plane, x1² say, its cells are curved there). Linear units have no kink and add nothing.

``linear_regions`` turns the patterns of a set of points (a picture's grid, say) into region
ids, 0 to count - 1: the bits are packed (``np.packbits``), each point's bytes read as one
value, and ``np.unique`` numbers them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from playground.engine.activations import ACTIVATIONS
from playground.engine.layers import LayerOptions
from playground.engine.model import MLP
from playground.errors import ConfigError
from playground.texts import translate_noop

Array = np.ndarray

# why a network has no linear regions (the window shows these translated)
NOT_PIECEWISE_LINEAR = translate_noop(
    "Regions", "Linear regions need ReLU, leaky ReLU or linear units and no layer norm")
LAYER_NORM = translate_noop(
    "Regions", "Linear regions need a network without layer norm: it divides each point by "
    "its own spread, which is not piecewise linear")


def regions_reason(hidden_activations: Sequence[str],
                   options: LayerOptions | None = None) -> str | None:
    """Why a network with these hidden activations and layer options has no linear regions
    (a sentence, ``NOT_PIECEWISE_LINEAR`` or ``LAYER_NORM``); None when it has them."""
    for name in hidden_activations:
        activation = ACTIVATIONS.get(name)
        if activation is None or not activation.piecewise_linear:
            return NOT_PIECEWISE_LINEAR
    if options is not None and any(n == "layer" for n in options.norm):
        return LAYER_NORM
    return None


def model_reason(model: MLP) -> str | None:
    """``regions_reason`` of ``model``'s hidden activations and options."""
    return regions_reason(model.activations[:-1], model.options)


def activation_patterns(model: MLP, x: Array) -> Array:
    """Each row of ``x``'s activation pattern, packed: ``(n, bytes)`` uint8, bit per hidden
    unit and kink of its activation (1: the activation's input is above the kink), from the
    evaluation pass ``MLP.trace``. Raises ``ConfigError`` (with the reason) for a network
    without linear regions."""
    reason = model_reason(model)
    if reason is not None:
        raise ConfigError(reason)
    x = np.asarray(x)
    _, traces = model.trace(x)
    columns: list[Array] = []
    for name, trace in zip(model.activations[:-1], traces):
        for kink in ACTIVATIONS[name].kinks:
            columns.append(trace.y > kink)
    if not columns:
        return np.zeros((len(x), 0), np.uint8)
    bits = columns[0] if len(columns) == 1 else np.concatenate(columns, axis=1)
    return np.packbits(bits, axis=1)


def region_ids(patterns: Array) -> tuple[Array, int]:
    """Packed patterns ``(n, bytes)`` -> (int32 ids ``(n,)``, 0 to count - 1, equal exactly
    when the patterns are; count). Ids follow the patterns' byte order."""
    n, width = patterns.shape
    if n == 0:
        return np.zeros(0, np.int32), 0
    if width == 0:
        return np.zeros(n, np.int32), 1
    rows = np.ascontiguousarray(patterns)
    if width <= 8:  # one unsigned integer per point: the fastest sort
        padded = np.zeros((n, 8), np.uint8)
        padded[:, 8 - width:] = rows
        keys = padded.view(">u8")[:, 0]
    else:  # the row's bytes as one value
        keys = rows.view(np.dtype((np.void, width)))[:, 0]
    _, inverse = np.unique(keys, return_inverse=True)
    inverse = inverse.reshape(-1)
    return inverse.astype(np.int32), int(inverse.max()) + 1


def linear_regions(model: MLP, x: Array) -> tuple[Array, int]:
    """The linear region of each row of ``x`` (inputs as the network takes them): int32 ids
    ``(n,)`` numbered from 0, and how many regions the rows meet. Raises ``ConfigError`` for
    a network without linear regions (``model_reason``)."""
    return region_ids(activation_patterns(model, x))
