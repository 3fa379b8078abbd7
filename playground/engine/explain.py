"""One training step for one point, taken apart: every number a tutorial would write down.

``explain_point`` runs the forward pass of a single input row layer by layer (``z = a @ W + b``,
then the activation or the head), the point's loss (the data loss alone, no L1/L2), and the
backward pass: each layer's ``delta = dL/dz``, its gradients ``dW = outer(a_in, delta)`` and
``db = delta``, and for a hidden layer the two factors of the chain rule,
``delta_j = f'(z_j) * sum_k w_jk delta_k``. It uses the engine's own activations, heads and
fused output deltas, so its gradients are those of ``MLP.gradient`` on a batch of one.

``optimizer_update`` takes a flat gradient (the pack order of ``engine.model``) and an
optimizer's state (``Optimizer.state()``) and returns every intermediate quantity of that
optimizer's next step (velocity, running averages, bias corrections, the step itself) and the
new parameters, following ``engine.optimizers`` (PyTorch's rules) term for term.

Everything here is float64 and returns new arrays.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from playground.engine.activations import ACTIVATIONS
from playground.engine.losses import HEAD_FUNCTIONS, HEADS, Loss
from playground.engine.optimizers import get_optimizer
from playground.engine.params import Value
from playground.errors import ConfigError

Array = np.ndarray


@dataclass(frozen=True, eq=False)
class LayerStep:
    """One weight layer's part of the step (vectors of the single point).

    activation : the hidden activation's name, or the head's for the output layer.
    a_in : (fan_in,) the layer's input; w : (fan_in, fan_out); b : (fan_out,).
    z : (fan_out,) ``a_in @ w + b``; a : (fan_out,) its activation (the head's output last).
    delta : (fan_out,) ``dL/dz``; dW : (fan_in, fan_out) ``outer(a_in, delta)``; db : delta.
    slope : f'(z) of a hidden layer (None for the output layer).
    back : ``w_next @ delta_next``, the sum ``sum_k w_jk delta_k`` of a hidden layer (None for
        the output layer), so ``delta == slope * back``.
    """

    activation: str
    a_in: Array
    w: Array
    b: Array
    z: Array
    a: Array
    delta: Array
    dW: Array
    db: Array
    slope: Array | None = None
    back: Array | None = None

    @property
    def is_output(self) -> bool:
        return self.slope is None


@dataclass(frozen=True, eq=False)
class PointExplanation:
    """The forward pass, loss and backward pass of one point (see ``explain_point``)."""

    features: Array
    target: Array
    loss_name: str
    head: str
    layers: tuple[LayerStep, ...]
    loss: float

    @property
    def output(self) -> Array:
        """The head's output: probabilities or values."""
        return self.layers[-1].a

    @property
    def logits(self) -> Array:
        return self.layers[-1].z

    def gradients(self) -> dict[str, Array]:
        """``{"W0": dW0, "b0": db0, "W1": ...}`` with the weights file's shapes."""
        out: dict[str, Array] = {}
        for i, layer in enumerate(self.layers):
            out[f"W{i}"] = layer.dW
            out[f"b{i}"] = layer.db
        return out


def _row(x: Array | Sequence[float]) -> Array:
    return np.array(x, dtype=np.float64).reshape(1, -1)


def explain_point(
    weights: Sequence[Array],
    biases: Sequence[Array],
    activations: Sequence[str],
    features_row: Array | Sequence[float],
    target_encoded: Array | Sequence[float],
    loss: Loss,
) -> PointExplanation:
    """Forward, loss and backward for one point.

    weights, biases : per weight layer, ``W (fan_in, fan_out)`` and ``b (fan_out,)``.
    activations : one per weight layer, the last one the head (as ``MLP`` takes them).
    features_row : (n_inputs,) the network's input (normalised and expanded).
    target_encoded : (n_outputs,) the target in the head's encoding (``encode_targets``).
    loss : the ``Loss`` (it must pair with the head).
    """
    n = len(weights)
    if n == 0 or len(biases) != n or len(activations) != n:
        raise ConfigError("need one weight matrix, bias and activation per layer")
    head = activations[-1]
    if head not in HEADS or head not in loss.heads:
        raise ConfigError(f"loss {loss.name!r} does not pair with a {head!r} output")
    ws = [np.array(w, dtype=np.float64) for w in weights]
    bs = [np.array(b, dtype=np.float64) for b in biases]
    x, t = _row(features_row), _row(target_encoded)
    if x.shape[1] != ws[0].shape[0] or t.shape[1] != ws[-1].shape[1]:
        raise ConfigError("the input or the target does not fit the network's shape")
    # forward: the inputs (1, fan_in), pre-activations and outputs of every layer
    ins, zs, outs = [], [], []
    a = x
    for i, (w, b) in enumerate(zip(ws, bs)):
        ins.append(a)
        z = a @ w + b
        zs.append(z)
        f = HEAD_FUNCTIONS[head] if i == n - 1 else ACTIVATIONS[activations[i]].forward
        a = f(z, None)
        outs.append(a)
    value = float(loss.value(zs[-1], t, head))
    # backward: the fused output delta, then delta_l = f'(z_l) * (W_{l+1} @ delta_{l+1})
    deltas: list[Array] = [np.empty(0)] * n
    slopes: list[Array | None] = [None] * n
    backs: list[Array | None] = [None] * n
    p, d = np.empty_like(zs[-1]), np.empty_like(zs[-1])
    loss.delta(zs[-1], t, head, p, d)
    deltas[-1] = d
    for i in range(n - 2, -1, -1):
        back = deltas[i + 1] @ ws[i + 1].T
        slope = ACTIVATIONS[activations[i]].derivative(zs[i], outs[i], None)
        backs[i], slopes[i] = back[0], np.asarray(slope)[0]
        deltas[i] = slope * back
    layers = tuple(
        LayerStep(
            activation=activations[i], a_in=ins[i][0].copy(), w=ws[i], b=bs[i],
            z=zs[i][0].copy(), a=np.array(outs[i][0]), delta=deltas[i][0].copy(),
            dW=np.outer(ins[i][0], deltas[i][0]), db=deltas[i][0].copy(),
            slope=slopes[i], back=backs[i])
        for i in range(n)
    )
    return PointExplanation(x[0].copy(), t[0].copy(), loss.name, head, layers, value)


def training_gradient(expl: PointExplanation, l1: float = 0.0, l2: float = 0.0) -> Array:
    """The flat gradient training uses for this point alone: the data gradient plus the
    weight penalties' ``l2 * W + l1 * sign(W)`` (weights, not biases)."""
    parts: list[Array] = []
    for layer in expl.layers:
        dw = layer.dW + l2 * layer.w + l1 * np.sign(layer.w)
        parts += [dw.ravel(), layer.db]
    return np.concatenate(parts)


# --- the optimizer's step -------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class UpdateStep:
    """One optimizer step, every intermediate quantity a flat vector like ``params``.

    t : the step's number (the bias corrections use it). quantities, by optimizer:
    ``g`` (the gradient with coupled weight decay added) always; momentum: ``v_prev``, ``v``,
    ``direction`` (``v``, or ``g + mu*v`` with Nesterov); rmsprop: ``s_prev``, ``s``;
    adam / adamw: ``decayed`` (adamw: ``p * (1 - lr*wd)``), ``m_prev``, ``v_prev``, ``m``,
    ``v``, ``m_hat``, ``v_hat``; all: ``step`` (subtracted) and ``new`` (the parameters
    after). ``state`` is the optimizer's state after the step, as ``Optimizer.state()``.
    """

    name: str
    lr: float
    hyper: dict[str, Value]
    t: int
    params: Array
    grad: Array
    quantities: dict[str, Array] = field(default_factory=dict)
    state: dict[str, Array] = field(default_factory=dict)

    @property
    def new_params(self) -> Array:
        return self.quantities["new"]


def _buffer(state: Mapping[str, Array], key: str, size: int) -> Array:
    if key not in state:
        return np.zeros(size, np.float64)
    arr = np.asarray(state[key], np.float64).ravel()
    if arr.size != size:
        raise ConfigError(f"optimizer state {key!r} has {arr.size} values, expected {size}")
    return arr.copy()


def optimizer_update(
    name: str,
    params: Array,
    grad: Array,
    state: Mapping[str, Array] | None = None,
    hyper: Mapping[str, Value] | None = None,
    lr: float = 0.01,
) -> UpdateStep:
    """The next step of optimizer ``name`` from ``state`` (``Optimizer.state()``; empty or
    None: a fresh optimizer) with hyper-parameters ``hyper`` (missing ones: the defaults) and
    learning rate ``lr``, for the flat ``params`` and ``grad``."""
    spec = get_optimizer(name)
    h: dict[str, Value] = {**spec.cls.defaults}
    h.update({k: v for k, v in (hyper or {}).items() if k in h})
    state = state or {}
    p = np.array(params, np.float64).ravel()
    g0 = np.array(grad, np.float64).ravel()
    size = p.size
    if g0.size != size:
        raise ConfigError(f"gradient has {g0.size} values, the parameters {size}")
    t = int(np.asarray(state.get("t", 0))) + 1
    wd = float(h.get("weight_decay", 0.0))
    decoupled = name == "adamw"
    g = g0 + wd * p if wd and not decoupled else g0.copy()
    q: dict[str, Array] = {"g": g}
    after: dict[str, Array] = {}
    if name == "sgd":
        q["step"] = lr * g
        q["new"] = p - q["step"]
    elif name == "momentum":
        mu = float(h["momentum"])
        q["v_prev"] = _buffer(state, "v", size)
        q["v"] = mu * q["v_prev"] + g
        q["direction"] = g + mu * q["v"] if h["nesterov"] else q["v"]
        q["step"] = lr * q["direction"]
        q["new"] = p - q["step"]
        after["v"] = q["v"]
    elif name == "rmsprop":
        alpha, eps = float(h["alpha"]), float(h["eps"])
        q["s_prev"] = _buffer(state, "s", size)
        q["s"] = alpha * q["s_prev"] + (1.0 - alpha) * g * g
        q["step"] = lr * g / (np.sqrt(q["s"]) + eps)
        q["new"] = p - q["step"]
        after["s"] = q["s"]
    elif name in ("adam", "adamw"):
        b1, b2, eps = float(h["beta1"]), float(h["beta2"]), float(h["eps"])
        q["decayed"] = p * (1.0 - lr * wd) if decoupled and wd else p.copy()
        q["m_prev"], q["v_prev"] = _buffer(state, "m", size), _buffer(state, "v", size)
        q["m"] = b1 * q["m_prev"] + (1.0 - b1) * g
        q["v"] = b2 * q["v_prev"] + (1.0 - b2) * g * g
        q["m_hat"] = q["m"] / (1.0 - b1**t)
        q["v_hat"] = q["v"] / (1.0 - b2**t)
        q["step"] = lr * q["m_hat"] / (np.sqrt(q["v_hat"]) + eps)
        q["new"] = q["decayed"] - q["step"]
        after["m"], after["v"] = q["m"], q["v"]
    else:
        raise ConfigError(f"no explanation of the optimizer {name!r}")
    after = {k: v.copy() for k, v in after.items()}
    after["t"] = np.array(t)
    return UpdateStep(name, float(lr), h, t, p, g0, q, after)


def bias_corrections(step: UpdateStep) -> tuple[float, float]:
    """Adam's ``1 - beta1**t`` and ``1 - beta2**t`` for this step."""
    b1, b2 = float(step.hyper["beta1"]), float(step.hyper["beta2"])
    return 1.0 - b1**step.t, 1.0 - b2**step.t
