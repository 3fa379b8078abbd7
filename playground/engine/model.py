"""The multi-layer perceptron: parameters, forward, backward, pack/unpack, predict.

Layer ``l`` computes ``Z = A @ W_l + b_l`` with ``W_l : (fan_in, fan_out)`` (ARCHITECTURE.md). All
parameters live in one flat vector ``params``; layer ``l`` owns a block of it shaped
``(fan_in + 1, fan_out)`` whose first ``fan_in`` rows are ``W_l`` and whose last row is ``b_l``.
So the flat vector is ``W0.ravel(), b0, W1.ravel(), b1, ...`` (the pack order), and with a
trailing column of ones on the layer input, one matrix product gives ``A @ W + b`` in the
forward pass and both ``dW`` and ``db`` in the backward pass. Small networks are bound by the
number of NumPy calls, not by arithmetic; this layout halves them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from playground.engine.activations import ACTIVATIONS, get_activation
from playground.engine.init import get_initializer
from playground.engine.losses import HEAD_FUNCTIONS, HEADS, Loss
from playground.errors import ConfigError
from playground.limits import MAX_HIDDEN_LAYERS, MAX_UNITS

Array = np.ndarray


@dataclass(frozen=True)
class Dtype:
    """A number precision the network can compute in: name, menu label, NumPy type."""

    name: str
    label: str
    type: type[np.floating]


DTYPES: dict[str, Dtype] = {
    d.name: d
    for d in (
        Dtype("float32", "float32 (faster)", np.float32),
        Dtype("float64", "float64 (double)", np.float64),
    )
}


def _dtype_names() -> str:
    return " or ".join(DTYPES)


class _Buffers:
    """Work arrays for one batch size, so a training step allocates nothing."""

    def __init__(self, n: int, sizes: Sequence[int], dtype: type) -> None:
        n_layers = len(sizes) - 1
        self.z: list[Array] = [np.empty((n, sizes[i + 1]), dtype) for i in range(n_layers)]
        self.delta: list[Array] = [np.empty((n, sizes[i + 1]), dtype) for i in range(n_layers)]
        self.deriv: list[Array] = [np.empty((n, sizes[i + 1]), dtype) for i in range(n_layers)]
        # input of layer l (l >= 1) with its ones column; index 0 stays the batch itself
        self.a_aug: list[Array] = [np.empty((0, 0), dtype)]
        for i in range(1, n_layers):
            a: Array = np.empty((n, sizes[i] + 1), dtype)
            a[:, -1] = 1.0
            self.a_aug.append(a)
        self.a = [a[:, :-1] for a in self.a_aug]
        self.a_aug_t = [a.T for a in self.a_aug]  # transposed views, made once
        self.p: Array = np.empty((n, sizes[-1]), dtype)


class MLP:
    """A fully connected network.

    Parameters
    ----------
    layer_sizes : [n_inputs, hidden_1, ..., n_outputs]
    activations : one name per weight layer; hidden ones from ``ACTIVATIONS``, the last one a
        head (``sigmoid``, ``softmax`` or ``linear``).
    dtype : ``np.float32`` or ``np.float64``; parameters and work arrays use it.
    """

    def __init__(
        self, layer_sizes: Sequence[int], activations: Sequence[str], dtype: type = np.float64
    ) -> None:
        sizes = [int(s) for s in layer_sizes]
        if len(sizes) < 2:
            raise ConfigError("a network needs at least an input and an output layer")
        if len(sizes) - 2 > MAX_HIDDEN_LAYERS:
            raise ConfigError(
                f"hidden layers must be at most {MAX_HIDDEN_LAYERS} (got {len(sizes) - 2})"
            )
        for s in sizes[1:-1]:
            if not 1 <= s <= MAX_UNITS:
                raise ConfigError(f"units per layer must be between 1 and {MAX_UNITS} (got {s})")
        if sizes[0] < 1 or sizes[-1] < 1:
            raise ConfigError("input and output layers need at least one unit")
        if len(activations) != len(sizes) - 1:
            raise ConfigError(
                f"need {len(sizes) - 1} activations, one per weight layer (got {len(activations)})"
            )
        if activations[-1] not in HEADS:
            raise ConfigError(f"output activation must be one of {', '.join(HEADS)}")
        self._hidden = [get_activation(a) for a in activations[:-1]]
        self._forward = [a.forward for a in self._hidden]
        self._derivative = [a.derivative for a in self._hidden]
        if np.dtype(dtype) not in [np.dtype(d.type) for d in DTYPES.values()]:
            raise ConfigError(f"dtype must be {_dtype_names()} (got {np.dtype(dtype)})")
        self.dtype = np.dtype(dtype).type
        self.layer_sizes: tuple[int, ...] = tuple(sizes)
        self.activations: tuple[str, ...] = tuple(activations)
        self.head = activations[-1]

        shapes = [(sizes[i] + 1, sizes[i + 1]) for i in range(len(sizes) - 1)]
        total = sum(r * c for r, c in shapes)
        self.params = np.zeros(total, self.dtype)
        self.grad = np.zeros(total, self.dtype)
        self.weight_mask = np.zeros(total, self.dtype)  # 1 on weights, 0 on biases
        self._blocks: list[Array] = []
        self._gblocks: list[Array] = []
        start = 0
        for r, c in shapes:
            end = start + r * c
            self._blocks.append(self.params[start:end].reshape(r, c))
            self._gblocks.append(self.grad[start:end].reshape(r, c))
            self.weight_mask[start : end - c] = 1.0
            start = end
        self._w_t = [b[:-1].T for b in self._blocks]
        self._buffers: dict[int, _Buffers] = {}

    # --- parameters ---------------------------------------------------------------------------
    @property
    def n_layers(self) -> int:
        return len(self._blocks)

    @property
    def weights(self) -> list[Array]:
        """Views ``W_l : (fan_in, fan_out)`` into ``params``."""
        return [b[:-1] for b in self._blocks]

    @property
    def biases(self) -> list[Array]:
        """Views ``b_l : (fan_out,)`` into ``params``."""
        return [b[-1] for b in self._blocks]

    def initialize(self, rng: np.random.Generator, scheme: str = "glorot_uniform") -> None:
        draw = get_initializer(scheme).draw
        for block in self._blocks:
            fan_in, fan_out = block.shape[0] - 1, block.shape[1]
            block[:-1] = draw(rng, fan_in, fan_out)
            block[-1] = 0.0

    def pack(self) -> Array:
        """A copy of all parameters as one flat vector (``W0, b0, W1, b1, ...``)."""
        return self.params.copy()

    def unpack(self, flat: Array) -> None:
        flat = np.asarray(flat)
        if flat.shape != self.params.shape:
            raise ConfigError(
                f"parameter vector has {flat.size} values, the network needs {self.params.size}"
            )
        self.params[...] = flat

    def set_layers(self, weights: Sequence[Array], biases: Sequence[Array]) -> None:
        """Copy per-layer arrays in; shapes must match the architecture."""
        if len(weights) != self.n_layers or len(biases) != self.n_layers:
            raise ConfigError(f"expected {self.n_layers} weight layers, got {len(weights)}")
        for i, (block, w, b) in enumerate(zip(self._blocks, weights, biases)):
            if w.shape != block[:-1].shape or b.shape != block[-1].shape:
                raise ConfigError(
                    f"layer {i}: expected W {block[:-1].shape} and b {block[-1].shape}, "
                    f"got {w.shape} and {b.shape}"
                )
            block[:-1] = w
            block[-1] = b

    def penalty(self, l1: float = 0.0, l2: float = 0.0) -> float:
        """``0.5*l2*sum(W**2) + l1*sum(|W|)`` over weights, not biases."""
        total = 0.0
        for w in self.weights:
            if l2:
                total += 0.5 * l2 * float(np.sum(w * w))
            if l1:
                total += l1 * float(np.sum(np.abs(w)))
        return total

    # --- inference ----------------------------------------------------------------------------
    def logits(self, x: Array) -> Array:
        """``x : (n, n_inputs)`` -> output-layer pre-activations ``(n, n_outputs)``."""
        a = np.asarray(x, dtype=self.dtype)
        for i, block in enumerate(self._blocks):
            z = a @ block[:-1]
            z += block[-1]
            if i == len(self._blocks) - 1:
                return z
            a = self._hidden[i].forward(z, None)
        raise AssertionError("unreachable")

    def forward(self, x: Array) -> Array:
        """``x : (n, n_inputs)`` -> head outputs ``(n, n_outputs)``: probabilities or values."""
        return HEAD_FUNCTIONS[self.head](self.logits(x), None)

    def loss(self, x: Array, t: Array, loss: Loss, l1: float = 0.0, l2: float = 0.0) -> float:
        """Mean loss over the samples plus the weight penalty."""
        if len(x) == 0:
            return float("nan")
        return loss.value(self.logits(x), t, self.head) + self.penalty(l1, l2)

    # --- training -----------------------------------------------------------------------------
    def gradient(
        self, x_aug: Array, t: Array, loss: Loss, l1: float = 0.0, l2: float = 0.0
    ) -> Array:
        """Backpropagate one batch; fill and return ``self.grad``.

        x_aug : (n, n_inputs + 1), C-contiguous, in ``self.dtype``, last column all ones.
        t : (n, n_outputs) encoded targets (see ``losses.encode_targets``).
        """
        n = len(x_aug)
        buf = self._buffers.get(n)
        if buf is None:
            buf = self._buffers[n] = _Buffers(n, self.layer_sizes, self.dtype)
        blocks, gblocks, w_t, dot, multiply = (
            self._blocks,
            self._gblocks,
            self._w_t,
            np.dot,
            np.multiply,
        )
        z, a, delta, deriv = buf.z, buf.a, buf.delta, buf.deriv
        last = len(blocks) - 1
        a_in = buf.a_aug
        a_in[0] = x_aug
        for i, forward in enumerate(self._forward):
            dot(a_in[i], blocks[i], z[i])
            forward(z[i], a[i + 1])
        dot(a_in[last], blocks[last], z[last])
        loss.delta(z[last], t, self.head, buf.p, delta[last])
        a_in_t = buf.a_aug_t
        for i in range(last, 0, -1):
            dot(a_in_t[i], delta[i], gblocks[i])
            d = delta[i - 1]
            dot(delta[i], w_t[i], d)
            multiply(d, self._derivative[i - 1](z[i - 1], a[i], deriv[i - 1]), d)
        dot(x_aug.T, delta[0], gblocks[0])
        if l2:
            self.grad += (l2 * self.weight_mask) * self.params
        if l1:
            self.grad += (l1 * self.weight_mask) * np.sign(self.params)
        return self.grad

    def last_pass(self, n: int) -> tuple[list[Array], list[Array]]:
        """After ``gradient`` on a batch of ``n`` rows: the hidden layers' outputs ``(n, units)``
        and every weight layer's ``delta = dLoss/dz`` ``(n, fan_out)`` (views, overwritten by
        the next ``gradient`` of that size)."""
        buf = self._buffers[n]
        return buf.a[1:], buf.delta

    def blocks(self, flat: Array) -> list[Array]:
        """``flat`` (shaped like ``params``) cut into per-layer ``(fan_in + 1, fan_out)`` views."""
        out, start = [], 0
        for b in self._blocks:
            out.append(flat[start : start + b.size].reshape(b.shape))
            start += b.size
        return out


class Predictor:
    """Fast repeated inference on a fixed input (the heatmap grid).

    Takes a copy of the weights in ``dtype`` (float32 by default: the picture does not need
    more) and reuses its work arrays, so each call allocates only what it returns.
    """

    def __init__(self, model: MLP, x: Array, dtype: type = np.float32) -> None:
        self.x: Array = np.ascontiguousarray(x, dtype=dtype)
        n = len(self.x)
        sizes = model.layer_sizes
        self.head = model.head
        self._hidden = [ACTIVATIONS[a] for a in model.activations[:-1]]
        self._z: list[Array] = [np.empty((n, s), dtype) for s in sizes[1:]]
        self._a: list[Array] = [np.empty((n, s), dtype) for s in sizes[1:-1]]
        self._w: list[Array] = [w.astype(dtype) for w in model.weights]
        self._b: list[Array] = [b.astype(dtype) for b in model.biases]
        self.out: Array = np.empty((n, sizes[-1]), dtype)

    def update(self, model: MLP) -> None:
        """Refresh the weight copies from ``model`` (same architecture)."""
        for w, b, mw, mb in zip(self._w, self._b, model.weights, model.biases):
            w[...] = mw
            b[...] = mb

    def run(self, keep_hidden: bool = False) -> Array:
        """Head outputs ``(n, n_outputs)`` as a new array; ``hidden_outputs`` after it."""
        a = self.x
        last = len(self._w) - 1
        for i in range(last + 1):
            z = self._z[i]
            np.dot(a, self._w[i], z)
            z += self._b[i]
            if i < last:
                a = self._hidden[i].forward(z, self._a[i])
        out = HEAD_FUNCTIONS[self.head](self._z[last], self.out)
        return out.copy()

    @property
    def hidden_outputs(self) -> list[Array]:
        """The hidden layers' outputs from the last ``run``: ``(n, units)`` each (views)."""
        return self._a


def validate_dtype(name: str) -> type[np.floating]:
    """The NumPy type of a registered dtype name."""
    try:
        return DTYPES[name].type
    except KeyError:
        raise ConfigError(f"dtype must be {_dtype_names()} (got {name!r})") from None
