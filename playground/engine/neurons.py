"""Addressing single parameters and neurons of an ``MLP``'s flat parameter vector.

Weight layer ``l`` owns a block ``(fan_in + 1, fan_out)`` of ``params`` (``engine.model``):
row ``r < fan_in`` holds the weights from input ``r``, row ``fan_in`` the biases. So one
parameter is addressed by ``(layer, row, col)``, the bias of unit ``col`` by
``row == fan_in``. Hidden neuron ``(h, u)`` (hidden layer ``h`` from 0, unit ``u``) is output
column ``u`` of weight layer ``h`` and input row ``u`` of weight layer ``h + 1``.

A network whose hidden layers are normalised (``engine.layers``) has each normalised layer's
``gamma`` then ``beta`` after the dense blocks, layer by layer (``norm_offsets``); a frozen or
pruned neuron's scale and shift are held with its incoming weights.

This module is the one place that knows that layout: the model, the trainer, the step-through
explanation, the session model's typed values and the window's undo all address parameters
through it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from playground.errors import ConfigError

Address = tuple[int, int, int]  # (layer, row, col)
Change = tuple[int, int, int, float]  # (layer, row, col, value)


def block_offsets(layer_sizes: Sequence[int]) -> list[int]:
    """Where each weight layer's block starts in the flat vector, plus the total at the end."""
    offsets = [0]
    for fan_in, fan_out in zip(layer_sizes[:-1], layer_sizes[1:]):
        offsets.append(offsets[-1] + (fan_in + 1) * fan_out)
    return offsets


def norm_offsets(layer_sizes: Sequence[int], norm: Sequence[str] = ()) -> dict[int, int]:
    """Where each normalised hidden layer's ``gamma`` starts in the flat vector (its ``beta``
    follows, as long): hidden layer -> offset. Empty without normalisations."""
    start = block_offsets(layer_sizes)[-1]
    out = {}
    for h, kind in enumerate(norm):
        if kind != "none":
            out[h] = start
            start += 2 * layer_sizes[h + 1]
    return out


def param_count(layer_sizes: Sequence[int], norm: Sequence[str] = ()) -> int:
    """How many values the flat vector holds: the dense blocks, then gammas and betas."""
    return block_offsets(layer_sizes)[-1] + sum(
        2 * layer_sizes[h + 1] for h, kind in enumerate(norm) if kind != "none")


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


def param_address(layer_sizes: Sequence[int], index: int) -> Address:
    """The ``(layer, row, col)`` of flat index ``index`` (``param_index``'s inverse);
    ``ConfigError`` if there is no such parameter."""
    offsets = block_offsets(layer_sizes)
    if not 0 <= index < offsets[-1]:
        raise ConfigError(f"no parameter {index} in a network of {offsets[-1]}")
    layer = int(np.searchsorted(offsets, index, side="right")) - 1
    row, col = divmod(int(index) - offsets[layer], layer_sizes[layer + 1])
    return layer, row, col


def weight_mask(layer_sizes: Sequence[int]) -> np.ndarray:
    """A boolean mask over the flat vector: True on the weights, False on the biases."""
    offsets = block_offsets(layer_sizes)
    mask = np.zeros(offsets[-1], bool)
    for layer, start in enumerate(offsets[:-1]):
        mask[start : start + layer_sizes[layer] * layer_sizes[layer + 1]] = True
    return mask


def flat_params(weights: Sequence[np.ndarray], biases: Sequence[np.ndarray]) -> np.ndarray:
    """Per-layer ``W`` and ``b`` as one float64 flat vector in the model's order (each
    ``[W; b]`` block row by row: a ``ModelState``'s weights as ``MLP.params`` holds them)."""
    parts: list[np.ndarray] = []
    for w, b in zip(weights, biases):
        parts += [np.asarray(w, np.float64).ravel(), np.asarray(b, np.float64).ravel()]
    return np.concatenate(parts)


def split_params(flat: np.ndarray,
                 layer_sizes: Sequence[int]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """A flat vector back into per-layer ``W`` and ``b`` (copies)."""
    ws, bs = [], []
    offsets = block_offsets(layer_sizes)
    for layer, (fan_in, fan_out) in enumerate(zip(layer_sizes[:-1], layer_sizes[1:])):
        block = np.asarray(flat[offsets[layer] : offsets[layer + 1]]).reshape(
            fan_in + 1, fan_out)
        ws.append(block[:-1].copy())
        bs.append(block[-1].copy())
    return ws, bs


def _holds(weights: Sequence[np.ndarray], layer: int, row: int, col: int) -> bool:
    if not 0 <= layer < len(weights):
        return False
    fan_in, fan_out = weights[layer].shape
    return 0 <= row <= fan_in and 0 <= col < fan_out


def values_at(weights: Sequence[np.ndarray], biases: Sequence[np.ndarray],
              addresses: Iterable[Address]) -> tuple[float, ...] | None:
    """The values of the parameters at ``addresses`` in per-layer ``W`` and ``b`` (None when
    one of them is not in that network)."""
    out = []
    for layer, row, col in addresses:
        if not _holds(weights, layer, row, col):
            return None
        fan_in = weights[layer].shape[0]
        out.append(float(biases[layer][col] if row == fan_in else weights[layer][row, col]))
    return tuple(out)


def with_values(weights: Sequence[np.ndarray], biases: Sequence[np.ndarray],
                changes: Iterable[Change]) -> tuple[tuple[np.ndarray, ...],
                                                    tuple[np.ndarray, ...]]:
    """Copies of ``weights`` and ``biases`` with the values of ``changes`` typed in;
    ``ConfigError`` for an address that is not in that network."""
    ws = [np.array(w, copy=True) for w in weights]
    bs = [np.array(b, copy=True) for b in biases]
    for layer, row, col, value in changes:
        if not _holds(ws, layer, row, col):
            raise ConfigError(f"no parameter at weight layer {layer + 1}, row {row + 1}, "
                              f"column {col + 1}")
        if row == ws[layer].shape[0]:
            bs[layer][col] = value
        else:
            ws[layer][row, col] = value
    return tuple(ws), tuple(bs)


def neuron_params(layer_sizes: Sequence[int], hidden: int, unit: int) -> list[Address]:
    """The addresses of hidden neuron ``(hidden, unit)``'s incoming weights and bias, then
    its outgoing weights (what pruning it zeroes)."""
    flat = np.concatenate([incoming(layer_sizes, hidden, unit),
                           outgoing(layer_sizes, hidden, unit)])
    return [param_address(layer_sizes, int(i)) for i in flat]


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
                pruned: Iterable[tuple[int, int]], norm: Sequence[str] = ()
                ) -> tuple[np.ndarray, np.ndarray] | None:
    """Boolean masks over the flat vector: ``(held, zeroed)``. Held parameters do not change in
    training (a frozen neuron's incoming weights and bias; a pruned neuron's incoming and
    outgoing weights and bias); zeroed ones (the pruned neuron's) are held at 0. None when
    no neuron is frozen or pruned."""
    frozen, pruned = list(frozen), list(pruned)
    if not frozen and not pruned:
        return None
    total = param_count(layer_sizes, norm)
    norms = norm_offsets(layer_sizes, norm)
    held = np.zeros(total, bool)
    zeroed = np.zeros(total, bool)

    def own(h: int, u: int) -> np.ndarray:  # its incoming weights, bias, gamma and beta
        idx = incoming(layer_sizes, h, u)
        if h in norms:
            idx = np.concatenate([idx, [norms[h] + u, norms[h] + layer_sizes[h + 1] + u]])
        return idx

    for h, u in (*frozen, *pruned):
        if not (0 <= h < len(layer_sizes) - 2 and 0 <= u < layer_sizes[h + 1]):
            raise ConfigError(f"hidden layer {h + 1} has no neuron {u + 1}")
        held[own(h, u)] = True
    for h, u in pruned:
        idx = np.concatenate([own(h, u), outgoing(layer_sizes, h, u)])
        held[idx] = True
        zeroed[idx] = True
    return held, zeroed
