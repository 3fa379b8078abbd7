"""The multi-layer perceptron: parameters, forward, backward, pack/unpack, predict.

Layer ``l`` computes ``Z = A @ W_l + b_l`` with ``W_l : (fan_in, fan_out)`` (ARCHITECTURE.md). All
parameters live in one flat vector ``params``; layer ``l`` owns a block of it shaped
``(fan_in + 1, fan_out)`` whose first ``fan_in`` rows are ``W_l`` and whose last row is ``b_l``.
So the flat vector is ``W0.ravel(), b0, W1.ravel(), b1, ...`` (the pack order), and with a
trailing column of ones on the layer input, one matrix product gives ``A @ W + b`` in the
forward pass and both ``dW`` and ``db`` in the backward pass. Small networks are bound by the
number of NumPy calls, not by arithmetic; this layout halves them.

The training pass keeps its activations feature-major, ``(units, n)``: each hidden layer's
output is a contiguous block that the matrix product writes itself, with the row of ones
(the next layer's bias) under it, and activations that allow it (``in_place``) then work on
it where it lies. The blocks are used transposed (``block.T``), which BLAS reads as is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from playground.engine.activations import (
    ACTIVATIONS,
    exp_tanh_wins,
    get_activation,
    kernels,
    picture_tanh,
)
from playground.engine.init import check_bias_init, get_initializer
from playground.engine.layers import (
    NORM_EPS,
    ExtendedPass,
    LayerOptions,
    LayerTrace,
    Norms,
    NormState,
    check_options,
)
from playground.engine.losses import (
    HEAD_FUNCTIONS,
    HEADS,
    DeltaFn,
    Loss,
    Prepare,
    delta_kernel,
)
from playground.engine.neurons import weight_mask
from playground.errors import ConfigError
from playground.limits import MAX_HIDDEN_LAYERS, MAX_UNITS

Array = np.ndarray
# np.dot without its __array_function__ dispatcher (the C function it wraps): the engine only
# passes ndarrays, and a small network's step makes a few dozen calls of about a microsecond
_dot = getattr(np.dot, "__wrapped__", np.dot)


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


class _Pass:
    """Work arrays of a training pass over ``n`` samples, feature-major (module docstring).

    - ``inputs[l]`` ``(fan_in + 1, n)`` is layer l's input with its row of ones
      (``inputs[0]`` is the batch, given each time);
    - ``hidden[l]`` is its top rows, the hidden layer's output;
    - ``z[l]`` is the pre-activation (the same array when the activation works in place).

    ``forward`` and ``backward`` list what each layer's steps take, so the pass itself only
    makes calls.
    """

    def __init__(self, model: MLP, n: int) -> None:
        sizes, dtype, last = model.layer_sizes, model.dtype, model.n_layers - 1
        inputs: list[Array] = [np.empty((0, 0), dtype)]
        inputs += [np.ones((sizes[i] + 1, n), dtype) for i in range(1, last + 1)]
        self.hidden = hidden = [a[:-1] for a in inputs[1:]]
        z = [h if a.in_place else np.empty_like(h) for h, a in zip(hidden, model._hidden)]
        tmp = [np.empty_like(h) for h in hidden]
        self.delta = delta = [np.empty((s, n), dtype) for s in sizes[1:]]
        self.delta_t = delta_t = [d.T for d in delta]
        self.out = np.empty((sizes[-1], n), dtype)  # the logits
        self.out_t, self.p_t = self.out.T, np.empty_like(self.out).T
        self.targets = np.empty((n, sizes[-1]), dtype)  # prepared here when given as they are
        bt, w, g = model._blocks_t, model._w, model._gblocks
        self.forward = [(bt[i], z[i], model._forward[i], hidden[i], inputs[i + 1])
                        for i in range(last)]
        self.backward = [(inputs[i], delta_t[i], g[i], w[i], delta[i], delta[i - 1],
                          model._backprop[i - 1], z[i - 1], hidden[i - 1], tmp[i - 1])
                         for i in range(last, 0, -1)]
        self.last = (bt[last], delta_t[last], g[0], delta_t[0])
        self.loss: Loss | None = None
        self.prepare: Prepare | None = None
        self.head_delta: DeltaFn | None = None


def _dropout_only(options: LayerOptions) -> bool:
    """Whether dropout is a network's only option (its steps take ``_DropoutPass``)."""
    return bool(any(options.dropout) and not any(n != "none" for n in options.norm)
                and not any(options.skip))


class _DropoutPass(_Pass):
    """The fused pass of ``_Pass`` with inverted dropout, for a network whose only option is
    dropout (the most common one keeps most of the fused pass's speed).

    A dropout layer's activation writes its own output ``pre[l]`` (with ``z[l]`` when it works
    in place), and the layer's output block (the next layer's input) is ``pre * mask``: the
    mask of 0 and ``1 / (1 - p)``. Each step draws the masks as ``layers.ExtendedPass`` does
    (``rng.random((n, units))`` per dropout layer in layer order, a unit kept where the draw is
    at least p), so both passes give a seed the same masks; ``keep[l]`` holds the last step's
    ``(n, units)`` 0/1 mask of a dropout layer (None for the others).
    """

    def __init__(self, model: MLP, n: int, rates: Sequence[float]) -> None:
        super().__init__(model, n)
        dtype, sizes = model.dtype, model.layer_sizes
        self.keep: list[Array | None] = []
        # per dropout layer: the draw, the 0/1 mask, the scaled mask, p, 1 / (1 - p) (0-d
        # arrays: a ufunc takes them faster than floats)
        self.draws: list[tuple[Array, Array, Array, Array, Array]] = []
        mask_t: list[Array | None] = []
        pre: list[Array] = []
        z: list[Array] = []
        for i, p in enumerate(rates):
            if p <= 0.0:
                self.keep.append(None)
                mask_t.append(None)
                pre.append(self.hidden[i])
                z.append(self.forward[i][1])
                continue
            units = sizes[i + 1]
            draw = np.empty((n, units), np.float64)  # drawn row-major, as the extended pass
            keep_t = np.empty((units, n), dtype)  # the rest feature-major, as the pass
            scaled_t = np.empty((units, n), dtype)
            self.draws.append((draw.T, keep_t, scaled_t, np.array(float(p)),
                               np.array(1.0 / (1.0 - float(p)), dtype)))
            self.keep.append(keep_t.T)
            mask_t.append(scaled_t)
            out = np.empty_like(self.hidden[i])
            pre.append(out)
            z.append(out if model._hidden[i].in_place else np.empty_like(out))
        last = model.n_layers - 1
        self.dforward = [(f[0], z[i], f[2], pre[i], f[3], mask_t[i], f[4])
                         for i, f in enumerate(self.forward)]
        self.dbackward = [(*b[:7], z[i - 1], pre[i - 1], b[9], mask_t[i - 1])
                          for b, i in zip(self.backward, range(last, 0, -1))]


class MLP:
    """A fully connected network.

    Parameters
    ----------
    layer_sizes : [n_inputs, hidden_1, ..., n_outputs]
    activations : one name per weight layer; hidden ones from ``ACTIVATIONS``, the last one a
        head (``sigmoid``, ``softmax`` or ``linear``).
    dtype : ``np.float32`` or ``np.float64``; parameters and work arrays use it.
    options : the hidden layers' dropout, normalisation and skips (``engine.layers``). With
        any on, the passes are ``layers.ExtendedPass``'s; each normalised layer's ``gamma``
        and ``beta`` follow the dense blocks in ``params`` (gamma then beta, layer by layer),
        and batch norm's running statistics are ``running_mean`` / ``running_var`` (not
        parameters: the optimizer never sees them).
    """

    def __init__(
        self, layer_sizes: Sequence[int], activations: Sequence[str], dtype: type = np.float64,
        options: LayerOptions | None = None,
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
        if np.dtype(dtype) not in [np.dtype(d.type) for d in DTYPES.values()]:
            raise ConfigError(f"dtype must be {_dtype_names()} (got {np.dtype(dtype)})")
        self.dtype = np.dtype(dtype).type
        fused = [kernels(a.name, np.dtype(dtype)) for a in self._hidden]
        self._forward = [f for f, _ in fused]
        self._backprop = [b for _, b in fused]
        self.layer_sizes: tuple[int, ...] = tuple(sizes)
        self.activations: tuple[str, ...] = tuple(activations)
        self.head = activations[-1]

        options = options or LayerOptions()
        check_options(options, sizes[1:-1])
        self.options = options
        n_hidden = len(sizes) - 2
        normed = options.normed(n_hidden)
        shapes = [(sizes[i] + 1, sizes[i + 1]) for i in range(len(sizes) - 1)]
        dense = sum(r * c for r, c in shapes)
        total = dense + sum(2 * sizes[i + 1] for i in normed)
        self.params = np.zeros(total, self.dtype)
        self.grad = np.zeros(total, self.dtype)
        # 1 on weights, 0 on biases, gammas and betas (the penalties act on weights alone)
        self.weight_mask = np.zeros(total, self.dtype)
        self.weight_mask[:dense] = weight_mask(sizes)
        # per hidden layer: gamma and beta (views into params / grad), running statistics
        self.gamma: list[Array | None] = [None] * n_hidden
        self.beta: list[Array | None] = [None] * n_hidden
        self.ggamma: list[Array | None] = [None] * n_hidden
        self.gbeta: list[Array | None] = [None] * n_hidden
        self.running_mean: list[Array | None] = [None] * n_hidden
        self.running_var: list[Array | None] = [None] * n_hidden
        start = dense
        for i in normed:
            u = sizes[i + 1]
            self.gamma[i], self.beta[i] = self.params[start:start + u], self.params[
                start + u:start + 2 * u]
            self.ggamma[i], self.gbeta[i] = self.grad[start:start + u], self.grad[
                start + u:start + 2 * u]
            if options.norm_of(i) == "batch":
                self.running_mean[i] = np.zeros(u, self.dtype)
                self.running_var[i] = np.ones(u, self.dtype)
            start += 2 * u
        self._blocks: list[Array] = []
        self._gblocks: list[Array] = []
        start = 0
        for r, c in shapes:
            end = start + r * c
            self._blocks.append(self.params[start:end].reshape(r, c))
            self._gblocks.append(self.grad[start:end].reshape(r, c))
            start = end
        self._blocks_t = [b.T for b in self._blocks]  # (fan_out, fan_in + 1)
        self._w = [b[:-1] for b in self._blocks]
        self._passes: dict[int, _Pass] = {}
        self._use_options(options)
        self._reset_norms()

    # --- parameters ---------------------------------------------------------------------------
    @property
    def n_layers(self) -> int:
        return len(self._blocks)

    @property
    def extended(self) -> bool:
        """Whether a hidden layer uses dropout, a normalisation or a skip."""
        return self._extended is not None

    def _use_options(self, options: LayerOptions) -> None:
        """The passes ``options`` take: the extended pass when any is on, the fused pass with
        masks for dropout alone, the plain evaluation unless a normalisation or a skip needs
        the extended one (dropout does nothing in evaluation)."""
        self.options = options
        self._extended = ExtendedPass(self, options) if options.any else None
        self._dropout_passes: dict[int, _DropoutPass] = {}
        self._dropout_only = _dropout_only(options)
        self._evaluates_extended = self._extended is not None and not self._dropout_only
        self._ext_kernel: tuple[Loss, Prepare | None, DeltaFn] | None = None

    def set_dropout(self, rates: Sequence[float]) -> None:
        """Other dropout rates (one per hidden layer, or () for none), applied from the next
        training step: dropout has no parameters, so the weights stay as they are."""
        o = self.options
        options = LayerOptions(tuple(float(r) for r in rates), o.norm, o.skip)
        check_options(options, self.layer_sizes[1:-1])
        rng = self.dropout_rng
        self._use_options(options)
        self.dropout_rng = rng

    @property
    def dropout_rng(self) -> np.random.Generator | None:
        """The generator training steps draw dropout masks from (the trainer seeds it)."""
        return None if self._extended is None else self._extended.rng

    @dropout_rng.setter
    def dropout_rng(self, rng: np.random.Generator | None) -> None:
        if self._extended is not None:
            self._extended.rng = rng

    @property
    def weights(self) -> list[Array]:
        """Views ``W_l : (fan_in, fan_out)`` into ``params``."""
        return [b[:-1] for b in self._blocks]

    @property
    def biases(self) -> list[Array]:
        """Views ``b_l : (fan_out,)`` into ``params``."""
        return [b[-1] for b in self._blocks]

    def initialize(self, rng: np.random.Generator, scheme: str = "glorot_uniform", *,
                   std: float = 1.0, bias: str = "zero") -> None:
        """Draw fresh parameters from ``rng``, layer by layer: ``W_l`` by ``scheme`` (``std``
        for the schemes that take one), then ``b_l`` zero or (``bias="normal"``) N(0, std²)."""
        init = get_initializer(scheme)
        check_bias_init(bias)
        for block in self._blocks:
            fan_in, fan_out = block.shape[0] - 1, block.shape[1]
            block[:-1] = init.weights(rng, fan_in, fan_out, std)
            block[-1] = rng.normal(0.0, std, size=fan_out) if bias == "normal" else 0.0
        self._reset_norms()

    def _reset_norms(self) -> None:
        """Normalisations start as PyTorch's: gamma 1, beta 0, running mean 0 and var 1."""
        for i, gamma in enumerate(self.gamma):
            if gamma is not None:
                gamma[...] = 1.0
                self.beta[i][...] = 0.0  # type: ignore[index]
            if self.running_mean[i] is not None:
                self.running_mean[i][...] = 0.0  # type: ignore[index]
                self.running_var[i][...] = 1.0  # type: ignore[index]

    def norm_state(self) -> Norms:
        """Copies of each hidden layer's normalisation state (None without one); () when no
        layer is normalised."""
        if not any(g is not None for g in self.gamma):
            return ()
        out: list[NormState | None] = []
        for i, gamma in enumerate(self.gamma):
            if gamma is None:
                out.append(None)
                continue
            rm, rv = self.running_mean[i], self.running_var[i]
            out.append(NormState(self.options.norm_of(i), gamma.copy(),
                                 self.beta[i].copy(),  # type: ignore[union-attr]
                                 None if rm is None else rm.copy(),
                                 None if rv is None else rv.copy()))
        return tuple(out)

    def set_norm_state(self, norms: Norms) -> None:
        """Copy normalisation state in (``norm_state``'s form); ``ConfigError`` when it does
        not fit this network's normalisations."""
        kinds = [self.options.norm_of(i) for i in range(len(self.gamma))]
        if not norms:
            if any(k != "none" for k in kinds):
                raise ConfigError("the network normalises hidden layers but no scale, shift "
                                  "or running statistics were given for them")
            return
        if len(norms) != len(kinds):
            raise ConfigError(f"normalisation state for {len(norms)} hidden layers, the "
                              f"network has {len(kinds)}")
        copies: list[tuple[Array, Array]] = []  # all checked before any is copied in
        for i, (kind, state) in enumerate(zip(kinds, norms)):
            have = "none" if state is None else state.kind
            if have != kind:
                raise ConfigError(f"hidden layer {i + 1} has normalisation {kind!r} but the "
                                  f"weights have {have!r}")
            if state is None:
                continue
            gamma, beta = self.gamma[i], self.beta[i]
            assert gamma is not None and beta is not None
            arrays = [(gamma, state.gamma, "scale"), (beta, state.beta, "shift")]
            if kind == "batch":
                rm, rv = self.running_mean[i], self.running_var[i]
                assert rm is not None and rv is not None
                if state.running_mean is None or state.running_var is None:
                    raise ConfigError(f"hidden layer {i + 1}'s batch norm needs its running "
                                      f"mean and variance")
                arrays += [(rm, state.running_mean, "running mean"),
                           (rv, state.running_var, "running variance")]
            for mine, given, what in arrays:
                given = np.asarray(given)
                if given.shape != mine.shape:
                    raise ConfigError(f"hidden layer {i + 1}: the {what} has shape "
                                      f"{given.shape}, the layer needs {mine.shape}")
                if not np.all(np.isfinite(given)):
                    raise ConfigError(f"hidden layer {i + 1}: the {what} is not finite")
                if what == "running variance" and np.any(given < 0):
                    raise ConfigError(f"hidden layer {i + 1}: a running variance is negative")
                copies.append((mine, given))
        for mine, given in copies:
            mine[...] = given

    def take_state(self, model: MLP) -> None:
        """Copy ``model``'s parameters and running statistics in (the same architecture and
        options, in any dtype): a copy for pictures follows the network it pictures."""
        self.params[...] = model.params
        for mine, theirs in ((self.running_mean, model.running_mean),
                             (self.running_var, model.running_var)):
            for m, t in zip(mine, theirs):
                if m is not None and t is not None:
                    m[...] = t

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
        if self._evaluates_extended:
            assert self._extended is not None
            return self._extended.run(x, training=False)
        a = np.asarray(x, dtype=self.dtype)
        for i, block in enumerate(self._blocks):
            z = a @ block[:-1]
            z += block[-1]
            if i == len(self._blocks) - 1:
                return z
            a = self._forward[i](z, z if self._hidden[i].in_place else None)
        raise AssertionError("unreachable")

    def trace(self, x: Array) -> tuple[Array, list[LayerTrace]]:
        """The evaluation pass over rows ``x`` taken apart: the logits ``(n, outputs)`` and
        each hidden layer's ``LayerTrace`` (its pre-activation, the activation's input, its
        output ...; row-major copies)."""
        if self._extended is not None:
            logits = self._extended.run(x, training=False)
            return logits, list(self._extended.last)
        a = np.asarray(x, dtype=self.dtype)
        traces: list[LayerTrace] = []
        for i, block in enumerate(self._blocks[:-1]):
            z = a @ block[:-1]
            z += block[-1]
            h = self._hidden[i].forward(z, None)
            traces.append(LayerTrace(z, z, h, h))
            a = h
        last = self._blocks[-1]
        return a @ last[:-1] + last[-1], traces

    def forward(self, x: Array) -> Array:
        """``x : (n, n_inputs)`` -> head outputs ``(n, n_outputs)``: probabilities or values."""
        return HEAD_FUNCTIONS[self.head](self.logits(x), None)

    def loss(self, x: Array, t: Array, loss: Loss, l1: float = 0.0, l2: float = 0.0) -> float:
        """Mean loss over the samples plus the weight penalty."""
        if len(x) == 0:
            return float("nan")
        return loss.value(self.logits(x), t, self.head) + self.penalty(l1, l2)

    # --- training -----------------------------------------------------------------------------
    def gradient(self, x_aug: Array, t: Array, loss: Loss, l1: float = 0.0, l2: float = 0.0,
                 prepared: bool = False, logits: Array | None = None, *,
                 step: bool = False, masks: Sequence[Array | None] | None = None) -> Array:
        """Backpropagate one batch; fill and return ``self.grad``.

        x_aug : (n, n_inputs + 1) in ``self.dtype``, last column all ones (any row slice of
            a C-contiguous array).
        t : (n, n_outputs) encoded targets (see ``losses.encode_targets``), or with
            ``prepared`` what ``prepare_targets`` made of them (the same gradient).
        logits : when given, a C-contiguous ``(n_outputs, n)`` array of ``self.dtype`` the
            pass writes the batch's output pre-activations into (feature-major, instead of a
            work array of its own), so a caller can keep them (the loss of the batch before
            the step) at no cost.
        step : a training step (the trainer's): dropout draws its masks from
            ``dropout_rng`` and batch norm moves its running statistics. Without it (a
            diagnostic gradient) nothing is dropped and nothing kept changes; batch norm
            uses the batch's statistics either way (a batch of one point, which has none,
            its running statistics).
        masks : dropout masks to use instead (one ``(n, units)`` array of 1 kept / 0 dropped
            per hidden layer, None for none), as a test comparing with another library does.
        """
        if self._extended is not None:
            if step and masks is None and self._dropout_only:  # the common option: fused
                return self._dropout_gradient(x_aug, t, loss, l1, l2, prepared, logits)
            return self._extended_gradient(x_aug, t, loss, l1, l2, prepared, logits, step, masks)
        n = len(x_aug)
        run = self._passes.get(n)
        if run is None:
            run = self._passes[n] = _Pass(self, n)
        if run.loss is not loss:
            run.loss = loss
            run.prepare, run.head_delta = delta_kernel(loss, self.head, np.dtype(self.dtype))
        if run.prepare is not None and not prepared:
            t = run.prepare(t, run.targets)
        dot = _dot
        a = x_t = x_aug.T
        for block_t, z, forward, hidden, a_next in run.forward:
            dot(block_t, a, z)
            forward(z, hidden)
            a = a_next
        out_block_t, out_delta_t, first_grad, first_delta_t = run.last
        if logits is None:
            dot(out_block_t, a, run.out)
            run.head_delta(run.out_t, t, run.p_t, out_delta_t)  # type: ignore[misc]
        else:
            dot(out_block_t, a, logits)
            run.head_delta(logits.T, t, run.p_t, out_delta_t)  # type: ignore[misc]
        for a, d_t, g, w, d, d_prev, backprop, z, hidden, tmp in run.backward:
            dot(a, d_t, g)
            dot(w, d, d_prev)
            backprop(z, hidden, d_prev, tmp)
        dot(x_t, first_delta_t, first_grad)
        if l1 or l2:
            self._add_penalty(l1, l2)
        return self.grad

    def _add_penalty(self, l1: float, l2: float) -> None:
        """The weight penalties' gradient added to ``grad`` (weights only: ``weight_mask``)."""
        if l2:
            self.grad += (l2 * self.weight_mask) * self.params
        if l1:
            self.grad += (l1 * self.weight_mask) * np.sign(self.params)

    def _dropout_gradient(self, x_aug: Array, t: Array, loss: Loss, l1: float, l2: float,
                          prepared: bool, logits: Array | None) -> Array:
        """A training step's gradient by the fused pass with dropout (``_DropoutPass``)."""
        ext = self._extended
        assert ext is not None
        n = len(x_aug)
        run = self._dropout_passes.get(n)
        if run is None:
            run = self._dropout_passes[n] = _DropoutPass(self, n, ext.rates)
        if run.loss is not loss:
            run.loss = loss
            run.prepare, run.head_delta = delta_kernel(loss, self.head, np.dtype(self.dtype))
        if run.prepare is not None and not prepared:
            t = run.prepare(t, run.targets)
        rng = ext.rng
        if rng is None:  # no generator: nothing is dropped (as the extended pass)
            return self._extended_gradient(x_aug, t, loss, l1, l2, True, logits, False,
                                           [None] * (self.n_layers - 1))
        for draw_t, keep_t, scaled_t, p, scale in run.draws:
            rng.random(out=draw_t.T)
            np.greater_equal(draw_t, p, out=keep_t)
            np.multiply(keep_t, scale, out=scaled_t)
        ext.train_masks = run.keep
        dot, multiply = _dot, np.multiply
        a = x_t = x_aug.T
        for block_t, z, forward, pre, hidden, mask_t, a_next in run.dforward:
            dot(block_t, a, z)
            forward(z, pre)
            if mask_t is not None:
                multiply(pre, mask_t, out=hidden)
            a = a_next
        out_block_t, out_delta_t, first_grad, first_delta_t = run.last
        if logits is None:
            dot(out_block_t, a, run.out)
            run.head_delta(run.out_t, t, run.p_t, out_delta_t)  # type: ignore[misc]
        else:
            dot(out_block_t, a, logits)
            run.head_delta(logits.T, t, run.p_t, out_delta_t)  # type: ignore[misc]
        for a, d_t, g, w, d, d_prev, backprop, z, pre, tmp, mask_t in run.dbackward:
            dot(a, d_t, g)
            dot(w, d, d_prev)
            if mask_t is not None:
                multiply(d_prev, mask_t, out=d_prev)
            backprop(z, pre, d_prev, tmp)
        dot(x_t, first_delta_t, first_grad)
        if l1 or l2:
            self._add_penalty(l1, l2)
        return self.grad

    def _extended_gradient(self, x_aug: Array, t: Array, loss: Loss, l1: float, l2: float,
                           prepared: bool, logits: Array | None, step: bool,
                           masks: Sequence[Array | None] | None) -> Array:
        ext = self._extended
        assert ext is not None
        x = x_aug[:, :-1]
        kernel = self._ext_kernel
        if kernel is None or kernel[0] is not loss:  # made once per loss, as the passes do
            kernel = self._ext_kernel = (loss, *delta_kernel(loss, self.head,
                                                             np.dtype(self.dtype)))
        _, prepare, head_delta = kernel
        if prepare is not None and not prepared:
            t = prepare(t, np.empty_like(t))
        z = ext.run(x, training=True, masks=masks if masks is not None else (
            None if step else [None] * (self.n_layers - 1)), update_stats=step)
        if logits is not None:
            logits[...] = z.T
        delta = np.empty_like(z)
        head_delta(z, t, np.empty_like(z), delta)
        ext.backward(x, delta)
        if l1 or l2:
            self._add_penalty(l1, l2)
        return self.grad

    @property
    def dropout_masks(self) -> list[Array | None]:
        """The last training pass's dropout masks ``(n, units)`` per hidden layer (1 kept, 0
        dropped; None for a layer without dropout); empty before one, or without options."""
        return [] if self._extended is None else list(self._extended.train_masks)

    def prepare_targets(self, t: Array, loss: Loss) -> Array:
        """Encoded targets ``(n, n_outputs)`` in the form ``gradient(..., prepared=True)``
        takes for ``loss`` (a new array, or ``t`` itself when that form is ``t``)."""
        prepare, _ = delta_kernel(loss, self.head, np.dtype(self.dtype))
        return t if prepare is None else prepare(t, np.empty_like(t))

    def last_pass(self, n: int) -> tuple[list[Array], list[Array]]:
        """What the latest ``gradient`` on a batch of ``n`` rows computed.

        Returns the hidden activations' outputs ``(n, units)`` (a layer's output before a
        dropout mask or a skip's input changes it: what makes a unit dead or saturated) and
        every weight layer's ``delta = dLoss/dz`` ``(n, fan_out)``. They are views,
        overwritten by the next ``gradient`` of that size.
        """
        if self._extended is not None:
            return [t.h for t in self._extended.last], list(self._extended.last_deltas)
        run = self._passes[n]
        return [h.T for h in run.hidden], run.delta_t

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
    more) and reuses its work arrays, so each call allocates only what it returns. Like the
    training pass it works feature-major: each layer is one product with ``[W; b]``
    transposed, over a row of ones, and activations work in place where they can. The input
    is cut into ``bands`` of ``band`` points (one band by default), each computed alone by
    ``run_bands``: a picture too costly for one frame is made over several. Without
    ``keep_hidden`` the hidden outputs are kept for one band at a time (less memory).
    """

    def __init__(self, model: MLP, x: Array, dtype: type = np.float32,
                 band: int | None = None, keep_hidden: bool = True) -> None:
        x = np.asarray(x)
        self.n = n = len(x)
        self.band = band = max(1, min(n if band is None else band, n))
        self.bands = bands = -(-n // band)
        padded: Array = np.zeros((bands * band, x.shape[1]), dtype)
        padded[:n] = x
        sizes = model.layer_sizes
        self.head = model.head
        fused = [kernels(a, np.dtype(dtype)) for a in model.activations[:-1]]
        self._forward = [f for f, _ in fused]
        if np.dtype(dtype) == np.float32 and exp_tanh_wins(np.float32):
            # a picture needs no last bit: float32 tanh by exp where that is faster here
            self._forward = [picture_tanh if a == "tanh" else f
                             for f, a in zip(self._forward, model.activations)]
        kept = bands if keep_hidden else 1
        self._slot = 1 if keep_hidden else 0  # band b's hidden outputs are in slot b * this
        self._inputs: list[Array] = [np.ones((bands if i == 0 else kept, s + 1, band), dtype)
                        for i, s in enumerate(sizes[:-1])]
        self._inputs[0][:, :-1] = padded.reshape(bands, band, -1).transpose(0, 2, 1)
        self._hidden = [a[:, :-1] for a in self._inputs[1:]]
        self._z = [h if ACTIVATIONS[a].in_place else np.empty_like(h)
                   for h, a in zip(self._hidden, model.activations)]
        self._blocks_t: list[Array] = [np.empty(b.T.shape, dtype) for b in model._blocks]
        self._out: Array = np.empty((bands, sizes[-1], band), dtype)
        # a network with layer norm or skips: its evaluation pass, on a copy. Dropout does
        # nothing in evaluation, and batch norm there is affine, folded into the weights
        # before it (``update``): such a network is pictured as a plain one.
        o = model.options
        self._fold = [model.running_mean[i] is not None for i in range(len(sizes) - 2)]
        self._copy = (MLP(sizes, model.activations, dtype, model.options)
                      if "layer" in o.norm or any(o.skip) else None)
        if self._copy is not None:
            ext = self._copy._extended
            assert ext is not None
            ext._forward = self._forward[:]  # a picture's kernels (float32 tanh)
        self.update(model)

    def update(self, model: MLP) -> None:
        """Refresh the weight copies from ``model`` (same architecture)."""
        if self._copy is not None:
            self._copy.take_state(model)
            return
        for i, (mine, block) in enumerate(zip(self._blocks_t, model._blocks)):
            if i < len(self._fold) and self._fold[i]:
                # batch norm in evaluation: y = (z - mean) * scale + beta with scale =
                # gamma / sqrt(var + eps), so W * scale and (b - mean) * scale + beta
                gamma, beta = model.gamma[i], model.beta[i]
                rm, rv = model.running_mean[i], model.running_var[i]
                assert gamma is not None and beta is not None
                assert rm is not None and rv is not None
                scale = gamma / np.sqrt(rv + NORM_EPS)
                mine[:, :-1] = (block[:-1] * scale).T
                mine[:, -1] = (block[-1] - rm) * scale + beta
            else:
                mine[...] = block.T

    def run_bands(self, start: int, stop: int) -> None:
        """Compute bands ``start`` to ``stop`` (their outputs and hidden outputs)."""
        dot, blocks_t, z, hidden, inputs = _dot, self._blocks_t, self._z, self._hidden, self._inputs
        head, last = HEAD_FUNCTIONS[self.head], len(blocks_t) - 1
        if self._copy is not None:
            ext = self._copy._extended
            assert ext is not None
            for b in range(start, stop):
                k = b * self._slot
                out = self._out[b]
                out[...] = ext.run(inputs[0][b][:-1].T, training=False).T
                for i, t in enumerate(ext.last):  # a unit's own output, before a skip adds
                    hidden[i][k][...] = t.h.T
                head(out.T, out.T)
            return
        for b in range(start, stop):
            k = b * self._slot
            a = inputs[0][b]
            for i, forward in enumerate(self._forward):
                dot(blocks_t[i], a, z[i][k])
                forward(z[i][k], hidden[i][k])
                a = inputs[i + 1][k]
            out = self._out[b]
            dot(blocks_t[last], a, out)
            head(out.T, out.T)

    def outputs(self) -> Array:
        """Head outputs ``(n, n_outputs)`` of the bands as last computed, as a new array."""
        return self._out.transpose(0, 2, 1).reshape(-1, self._out.shape[1])[: self.n].copy()

    def run(self) -> Array:
        """Head outputs ``(n, n_outputs)`` as a new array; ``hidden_outputs`` after it."""
        self.run_bands(0, self.bands)
        return self.outputs()

    @property
    def hidden_outputs(self) -> list[Array]:
        """The hidden units' outputs from the last ``run``: ``(n, units)`` each (views when
        there is one band). A unit's output is its activation's: with a skip, before the
        layer before's output is added (the diagram draws the skip as its own arc)."""
        if self.bands == 1:
            return [h[0].T for h in self._hidden]
        return [h.transpose(0, 2, 1).reshape(-1, h.shape[1])[: self.n] for h in self._hidden]

    def unit_output(self, layer: int, unit: int) -> Array:
        """Hidden unit ``unit`` of layer ``layer`` at every point ``(n,)`` (a new array)."""
        return self._hidden[layer][:, unit].reshape(-1)[: self.n].copy()


def validate_dtype(name: str) -> type[np.floating]:
    """The NumPy type of a registered dtype name."""
    try:
        return DTYPES[name].type
    except KeyError:
        raise ConfigError(f"dtype must be {_dtype_names()} (got {name!r})") from None
