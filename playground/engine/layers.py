"""What a hidden layer can do besides ``f(A @ W + b)``: dropout, normalisation, a skip.

Hidden layer ``l`` of a network with these options computes, in this order::

    z = a_prev @ W + b                      the dense layer (engine.model)
    y = gamma * (z - mean) / sqrt(var + eps) + beta     with a normalisation (else y = z)
    h = f(y)                                the activation
    h = h * mask / (1 - p)                  with dropout, in training only (inverted dropout)
    a = h + a_prev                          with a skip (equal widths), else a = h

- **Batch normalisation** (``batch``) takes ``mean`` and ``var`` of each unit over the batch
  in training (the biased variance, as PyTorch's ``BatchNorm1d``) and keeps running
  statistics with PyTorch's momentum convention: ``running = (1 - momentum) * running +
  momentum * batch`` (``BN_MOMENTUM`` 0.1, the running variance unbiased, n / (n - 1)); in
  evaluation (the heatmap, metrics, predict, exports) it uses the running statistics. A batch
  of one point has no variance to normalise by: a batch size of 1 is refused
  (``check_batch``), and an epoch's last batch of one point (33 points in batches of 8) is
  normalised by the running statistics, which it leaves as they are.
- **Layer normalisation** (``layer``) takes ``mean`` and ``var`` of each point over the
  layer's units, the same in training and evaluation (PyTorch's ``LayerNorm``).
- Both have a learnable scale ``gamma`` (starting at 1) and shift ``beta`` (starting at 0)
  per unit, and ``NORM_EPS`` 1e-5 (PyTorch's default).
- **Dropout** with rate ``p`` keeps each unit of each point with probability ``1 - p`` in a
  training step, a fresh mask each step, and scales what it keeps by ``1 / (1 - p)``; in
  evaluation it does nothing. The masks come from a generator the trainer seeds from the
  run's seed and the epoch, so a run is reproducible.
- A **skip** adds the layer's input to its output (``a = f(y) + a_prev``, after dropout); it
  needs the previous hidden layer to be as wide as this one (the first hidden layer has no
  hidden layer before it and takes none).

This module holds the registries (the normalisations and their labels, the dropout bound),
the per-layer options a network is built with (``LayerOptions``), a normalised layer's
learned state (``NormState``), and the training and evaluation passes of a network that uses
any of them (``ExtendedPass``). A network with none of them keeps ``engine.model``'s fused,
feature-major pass untouched, so the options cost nothing when they are off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from playground.engine.activations import get_activation, kernels
from playground.errors import ConfigError

Array = np.ndarray

MAX_DROPOUT = 0.9
BN_MOMENTUM = 0.1  # PyTorch's BatchNorm1d default
NORM_EPS = 1e-5  # PyTorch's BatchNorm1d and LayerNorm default


@dataclass(frozen=True)
class Norm:
    """A normalisation a hidden layer can have: registry name, menu label, whether it keeps
    running statistics (batch norm)."""

    name: str
    label: str
    running: bool = False


NORMS: dict[str, Norm] = {
    n.name: n
    for n in (
        Norm("none", "None"),
        Norm("layer", "Layer norm"),
        Norm("batch", "Batch norm", running=True),
    )
}


def get_norm(name: str) -> Norm:
    try:
        return NORMS[name]
    except (KeyError, TypeError):  # TypeError: a list or another unhashable value
        raise ConfigError(
            f"unknown normalisation {str(name)[:20]!r} (choose from {', '.join(NORMS)})") from None


@dataclass(frozen=True)
class LayerOptions:
    """The options of every hidden layer: one entry per hidden layer in each, or an empty
    tuple for "off in every layer" (how a configuration without them is written)."""

    dropout: tuple[float, ...] = ()
    norm: tuple[str, ...] = ()
    skip: tuple[bool, ...] = ()

    def rate(self, layer: int) -> float:
        return self.dropout[layer] if self.dropout else 0.0

    def norm_of(self, layer: int) -> str:
        return self.norm[layer] if self.norm else "none"

    def skips(self, layer: int) -> bool:
        return bool(self.skip[layer]) if self.skip else False

    @property
    def any(self) -> bool:
        """Whether any hidden layer uses any option (the network needs the extended pass)."""
        return bool(any(self.dropout) or any(n != "none" for n in self.norm) or any(self.skip))

    def normed(self, n_hidden: int) -> tuple[int, ...]:
        """The hidden layers that have a normalisation, in order (their gamma and beta follow
        the dense blocks in the flat parameter vector, in this order)."""
        return tuple(i for i in range(n_hidden) if self.norm_of(i) != "none")


def check_options(options: LayerOptions, hidden: Sequence[int]) -> None:
    """``ConfigError`` unless ``options`` fits hidden layers of widths ``hidden``."""
    n = len(hidden)
    for name in ("dropout", "norm", "skip"):
        values = getattr(options, name)
        if values and len(values) != n:
            raise ConfigError(f"{name} needs one value per hidden layer: {n} layers, "
                              f"{len(values)} values")
    for i, p in enumerate(options.dropout):
        if (isinstance(p, bool) or not isinstance(p, (int, float)) or not np.isfinite(p)
                or not 0.0 <= p <= MAX_DROPOUT):
            raise ConfigError(f"dropout of hidden layer {i + 1} must be a rate from 0 to "
                              f"{MAX_DROPOUT:g} (got {str(p)[:20]})")
    for name in options.norm:
        get_norm(name)
    for i, on in enumerate(options.skip):
        if not isinstance(on, bool):
            raise ConfigError(f"skip of hidden layer {i + 1} must be true or false (got {on!r})")
        if on and i == 0:
            raise ConfigError("the first hidden layer cannot skip: a skip adds the previous "
                              "hidden layer's output, and it has none")
        if on and hidden[i] != hidden[i - 1]:
            raise ConfigError(f"hidden layer {i + 1} cannot skip: a skip adds the previous "
                              f"layer's output, so both need the same width (they have "
                              f"{hidden[i - 1]} and {hidden[i]} units)")


def skippable(hidden: Sequence[int]) -> tuple[bool, ...]:
    """Every hidden layer that can take a skip (as wide as the hidden layer before it)."""
    return tuple(i > 0 and hidden[i] == hidden[i - 1] for i in range(len(hidden)))


def check_batch(options: LayerOptions, batch: int) -> None:
    """``ConfigError`` when batch norm would train on batches of one point."""
    if batch < 2 and "batch" in options.norm:
        raise ConfigError("batch norm needs at least 2 points per batch: one point has no "
                          "variance to normalise by (use a larger batch size, or layer norm)")


@dataclass(frozen=True, eq=False)
class NormState:
    """One normalised hidden layer's learned state: ``gamma`` and ``beta`` (units,), and for
    batch norm the running mean and (unbiased) variance its evaluation uses."""

    kind: str
    gamma: Array
    beta: Array
    running_mean: Array | None = None
    running_var: Array | None = None

    def copy(self) -> NormState:
        return NormState(self.kind, self.gamma.copy(), self.beta.copy(),
                         None if self.running_mean is None else self.running_mean.copy(),
                         None if self.running_var is None else self.running_var.copy())


# one entry per hidden layer (None without a normalisation), or () for a network without any
Norms = tuple["NormState | None", ...]


def norms_equal(a: Norms, b: Norms) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if (x is None) != (y is None):
            return False
        if x is None or y is None:
            continue
        if x.kind != y.kind:
            return False
        for u, v in ((x.gamma, y.gamma), (x.beta, y.beta), (x.running_mean, y.running_mean),
                     (x.running_var, y.running_var)):
            if u is None or v is None:
                if u is not v:
                    return False
            elif not np.array_equal(u, v):
                return False
    return True


@dataclass(eq=False)
class LayerTrace:
    """What one hidden layer computed in the last pass (row-major, ``(n, units)``): for the
    step-through, the linear regions and the inspect views. ``y`` is the activation's input
    (``z`` itself without a normalisation), ``mask`` the dropout mask of a training step (1
    kept, 0 dropped; None without dropout or in evaluation), ``scale`` its ``1 / (1 - p)``."""

    z: Array
    y: Array
    h: Array
    a: Array
    mean: Array | None = None
    var: Array | None = None
    xhat: Array | None = None
    mask: Array | None = None
    scale: float = 1.0


class Network(Protocol):
    """What ``ExtendedPass`` reads of the ``MLP`` it works for (``engine.model`` imports this
    module, so it is named here by what it has, not imported)."""

    activations: tuple[str, ...]
    _blocks: list[Array]
    _gblocks: list[Array]
    gamma: list[Array | None]
    beta: list[Array | None]
    ggamma: list[Array | None]
    gbeta: list[Array | None]
    running_mean: list[Array | None]
    running_var: list[Array | None]

    @property
    def dtype(self) -> type[np.floating]: ...

    @property
    def n_layers(self) -> int: ...


class ExtendedPass:
    """The training and evaluation passes of a network whose hidden layers use dropout, a
    normalisation or a skip (module docstring). Row-major, ``(n, units)``, written for
    clarity: it is used only when an option is on, and costs what the options cost.

    It works on the ``MLP``'s own arrays: the dense blocks ``[W; b]`` and their gradient
    blocks, and ``gamma`` / ``beta`` views into the flat parameter and gradient vectors.
    """

    def __init__(self, model: Network, options: LayerOptions) -> None:
        self.model = model
        self.options = options
        n_hidden = model.n_layers - 1
        self.rates = [options.rate(i) for i in range(n_hidden)]
        self.kinds = [options.norm_of(i) for i in range(n_hidden)]
        self.skip = [options.skips(i) for i in range(n_hidden)]
        self.acts = [get_activation(a) for a in model.activations[:-1]]
        dtype = np.dtype(model.dtype)
        self._forward = [kernels(a.name, dtype)[0] for a in self.acts]
        self.rng: np.random.Generator | None = None
        self.last: list[LayerTrace] = []  # the last pass's layers
        # the last training pass's dropout masks (per hidden layer, None without dropout)
        self.train_masks: list[Array | None] = []
        self.last_deltas: list[Array] = []  # the last training pass's dL/dz per weight layer

    # --- forward --------------------------------------------------------------------------
    def _normalise(self, i: int, z: Array, training: bool
                   ) -> tuple[Array, Array | None, Array | None, Array | None]:
        """``(y, mean, var, xhat)`` of hidden layer ``i``'s pre-activation ``z``."""
        kind = self.kinds[i]
        if kind == "none":
            return z, None, None, None
        model = self.model
        gamma, beta = model.gamma[i], model.beta[i]
        assert gamma is not None and beta is not None
        if kind == "batch":
            # a training batch of one point (an epoch's last, when the batch size does not
            # divide the training points) has no variance: it is normalised as evaluation
            # does, by the running statistics, and leaves them as they are
            if training and len(z) > 1:
                mean = np.add.reduce(z, axis=0)
                mean *= 1.0 / len(z)
                xhat = z - mean
                var = np.einsum("ij,ij->j", xhat, xhat) / len(z)  # the biased variance
            else:
                rm, rv = model.running_mean[i], model.running_var[i]
                assert rm is not None and rv is not None
                mean, var = rm.astype(z.dtype, copy=False), rv.astype(z.dtype, copy=False)
                xhat = z - mean
            xhat *= 1.0 / np.sqrt(var + NORM_EPS)  # per unit: one division, then products
        else:  # layer: over each point's units, by products with 1/units (short rows)
            share = np.full((z.shape[1], 1), 1.0 / z.shape[1], z.dtype)
            mean = z @ share
            xhat = z - mean
            var = (xhat * xhat) @ share
            xhat *= 1.0 / np.sqrt(var + NORM_EPS)
        y = xhat * gamma
        y += beta
        return y, mean, var, xhat

    def run(self, x: Array, training: bool, masks: Sequence[Array | None] | None = None,
            update_stats: bool = False) -> Array:
        """The logits ``(n, outputs)`` of rows ``x`` ``(n, inputs)``; the layers' traces in
        ``last``. In ``training`` batch norm uses the batch's statistics (and, with
        ``update_stats``, moves its running ones) and dropout applies ``masks`` (one per
        hidden layer, 1 kept and 0 dropped, None for none) or, without them, masks drawn from
        ``rng`` (no dropout when there is none)."""
        model = self.model
        blocks = model._blocks
        a: Array = np.asarray(x, dtype=model.dtype)
        traces: list[LayerTrace] = []
        for i, block in enumerate(blocks[:-1]):
            z = a @ block[:-1]
            z += block[-1]
            y, mean, var, xhat = self._normalise(i, z, training)
            h = self._forward[i](y, None)  # a new array (z stays as it was)
            out = h
            mask = None
            scale = 1.0
            p = self.rates[i]
            if training and p > 0.0:
                if masks is not None:
                    mask = masks[i]
                elif self.rng is not None:
                    mask = (self.rng.random(h.shape) >= p).astype(h.dtype)
                if mask is not None:
                    scale = 1.0 / (1.0 - p)
                    out = h * (mask * np.asarray(scale, h.dtype))
            if self.skip[i]:
                out = out + a
            if training and update_stats and self.kinds[i] == "batch" and len(z) > 1:
                self._update_running(i, mean, var, len(z))
            traces.append(LayerTrace(z, y, h, out, mean, var, xhat, mask, scale))
            a = out
        self.last = traces
        # a diagnostic pass (every mask given as None: the inspection's gradient) keeps the
        # last training step's masks, which the snapshot shows
        if training and (masks is None or any(m is not None for m in masks)):
            self.train_masks = [t.mask for t in traces]
        last = blocks[-1]
        logits = a @ last[:-1]
        logits += last[-1]
        return logits

    def _update_running(self, i: int, mean: Array | None, var: Array | None, n: int) -> None:
        model = self.model
        rm, rv = model.running_mean[i], model.running_var[i]
        assert rm is not None and rv is not None and mean is not None and var is not None
        m = BN_MOMENTUM
        rm *= 1.0 - m
        rm += m * mean
        rv *= 1.0 - m
        rv += m * var * (n / (n - 1))

    # --- backward -------------------------------------------------------------------------
    def backward(self, x: Array, delta_out: Array) -> None:
        """Fill the model's gradient from the last ``run`` (in training) over rows ``x`` and
        the output layer's ``dL/dz`` ``delta_out`` ``(n, outputs)``."""
        model = self.model
        blocks, gblocks = model._blocks, model._gblocks
        traces = self.last
        n_hidden = len(traces)
        inputs = [np.asarray(x, dtype=model.dtype)] + [t.a for t in traces]
        deltas: list[Array] = [delta_out]
        g = gblocks[-1]
        np.dot(inputs[-1].T, delta_out, out=g[:-1])
        np.add.reduce(delta_out, axis=0, out=g[-1])
        da = delta_out @ blocks[-1][:-1].T  # dL/da of the last hidden layer
        for i in range(n_hidden - 1, -1, -1):
            t = traces[i]
            dh = da if t.mask is None else da * (t.mask * np.asarray(t.scale, da.dtype))
            dy = dh * self.acts[i].derivative(t.y, t.h, None)
            if self.kinds[i] != "none":
                dz = self._norm_backward(i, t, dy)
            else:
                dz = dy
            deltas.append(dz)
            g = gblocks[i]
            np.dot(inputs[i].T, dz, out=g[:-1])
            np.add.reduce(dz, axis=0, out=g[-1])
            if i > 0:
                da_prev = dz @ blocks[i][:-1].T
                if self.skip[i]:
                    da_prev += da
                da = da_prev
        deltas.reverse()
        self.last_deltas = deltas

    def _norm_backward(self, i: int, t: LayerTrace, dy: Array) -> Array:
        """``dL/dz`` of normalised layer ``i`` from ``dL/dy`` ``dy``; fills its gamma and beta
        gradients. With ``dxhat = dy * gamma`` and ``m`` values per mean (the batch's points,
        or the layer's units): ``dz = (dxhat - mean(dxhat) - xhat * mean(dxhat * xhat)) /
        sqrt(var + eps)``, the means over the same values as the statistics'."""
        model = self.model
        gamma = model.gamma[i]
        ggamma, gbeta = model.ggamma[i], model.gbeta[i]
        assert gamma is not None and ggamma is not None and gbeta is not None
        assert t.xhat is not None and t.var is not None
        xhat = t.xhat
        np.einsum("ij,ij->j", dy, xhat, out=ggamma)
        np.add.reduce(dy, axis=0, out=gbeta)
        dxhat = dy * gamma
        inv_std = 1.0 / np.sqrt(t.var + NORM_EPS)
        if self.kinds[i] == "batch":
            m = len(dy)
            if m == 1:  # normalised by the running statistics: constants here
                dxhat *= inv_std
                return dxhat
            # over the batch the sums are the parameters' gradients times gamma
            s1, s2 = gbeta * gamma, ggamma * gamma
        else:
            m = dy.shape[1]
            ones = np.ones((m, 1), dy.dtype)
            s1, s2 = dxhat @ ones, (dxhat * xhat) @ ones
        dz = xhat * (s2 * (1.0 / m))
        np.subtract(dxhat, dz, out=dz)
        dz -= s1 * (1.0 / m)
        dz *= inv_std
        return dz
