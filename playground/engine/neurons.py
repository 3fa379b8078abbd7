"""Addressing single parameters and neurons of an ``MLP``'s flat parameter vector.

Weight layer ``l`` owns a block ``(fan_in + 1, fan_out)`` of ``params`` (``engine.model``):
row ``r < fan_in`` holds the weights from input ``r``, row ``fan_in`` the biases. So one
parameter is addressed by ``(layer, row, col)``, the bias of unit ``col`` by
``row == fan_in``. Hidden neuron ``(h, u)`` (hidden layer ``h`` from 0, unit ``u``) is output
column ``u`` of weight layer ``h`` and input row ``u`` of weight layer ``h + 1``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from playground.errors import ConfigError


def block_offsets(layer_sizes: Sequence[int]) -> list[int]:
    """Where each weight layer's block starts in the flat vector, plus the total at the end."""
    offsets = [0]
    for fan_in, fan_out in zip(layer_sizes[:-1], layer_sizes[1:]):
        offsets.append(offsets[-1] + (fan_in + 1) * fan_out)
    return offsets


def param_index(layer_sizes: Sequence[int], layer: int, row: int, col: int) -> int:
    """The flat index of parameter ``(layer, row, col)``; ``ConfigError`` if there is none."""
    n_layers = len(layer_sizes) - 1
    if not 0 <= layer < n_layers:
        raise ConfigError(f"weight layer {layer + 1} does not exist (the network has {n_layers})")
    fan_in, fan_out = layer_sizes[layer], layer_sizes[layer + 1]
    if not (0 <= row <= fan_in and 0 <= col < fan_out):
        raise ConfigError(
            f"weight layer {layer + 1} has {fan_in} inputs and {fan_out} units "
            f"(no parameter at row {row + 1}, column {col + 1})")
    return block_offsets(layer_sizes)[layer] + row * fan_out + col


def incoming(layer_sizes: Sequence[int], hidden: int, unit: int) -> np.ndarray:
    """Flat indices of hidden neuron ``(hidden, unit)``'s incoming weights and its bias."""
    start = block_offsets(layer_sizes)[hidden]
    fan_out = layer_sizes[hidden + 1]
    return start + np.arange(layer_sizes[hidden] + 1) * fan_out + unit


def outgoing(layer_sizes: Sequence[int], hidden: int, unit: int) -> np.ndarray:
    """Flat indices of hidden neuron ``(hidden, unit)``'s outgoing weights."""
    start = block_offsets(layer_sizes)[hidden + 1]
    fan_out = layer_sizes[hidden + 2]
    return start + unit * fan_out + np.arange(fan_out)


def held_params(layer_sizes: Sequence[int], frozen: Iterable[tuple[int, int]],
                pruned: Iterable[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray] | None:
    """Boolean masks over the flat vector: ``(held, zeroed)``. Held parameters do not change in
    training (a frozen neuron's incoming weights and bias; a pruned neuron's incoming and
    outgoing weights and bias); zeroed ones (the pruned neuron's) are held at 0. None when
    no neuron is frozen or pruned."""
    frozen, pruned = list(frozen), list(pruned)
    if not frozen and not pruned:
        return None
    total = block_offsets(layer_sizes)[-1]
    held = np.zeros(total, bool)
    zeroed = np.zeros(total, bool)
    for h, u in (*frozen, *pruned):
        if not (0 <= h < len(layer_sizes) - 2 and 0 <= u < layer_sizes[h + 1]):
            raise ConfigError(f"hidden layer {h + 1} has no neuron {u + 1}")
        held[incoming(layer_sizes, h, u)] = True
    for h, u in pruned:
        idx = np.concatenate([incoming(layer_sizes, h, u), outgoing(layer_sizes, h, u)])
        held[idx] = True
        zeroed[idx] = True
    return held, zeroed
