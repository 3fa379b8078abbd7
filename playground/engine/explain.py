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

A hidden layer with dropout, a normalisation or a skip (``engine.layers``) is explained with
its new steps in ``LayerStep.extras`` (``LayerExtras``): the normalisation's mean, variance,
``x̂``, ``γ`` and ``β``, the point's dropout mask and its scale ``1 / (1 - p)``, the skip's
addition, and backwards the gradient through each of them. Two choices make one point's step
well defined, and the step-through says both:

- **Batch norm** normalises a training batch by the batch's own mean and variance, which
  depend on the other points drawn with this one; one point alone has no batch. The point's
  step uses the layer's *running* mean and variance as constants, as in evaluation, so the
  gradients are those of that function (the batch's statistics would add terms through the
  mean and the variance). Layer norm needs no choice: its statistics are the point's own.
- **Dropout**: the mask the trainer will draw for this point depends on where the shuffle puts
  it in a batch. The explanation takes whatever masks the caller gives; ``point_masks`` draws
  one the way the trainer does (each unit kept with probability ``1 - p``) from a generator
  seeded by the run's seed, the epoch and the point, ``default_rng([seed, 3, epoch, index])``
  (the trainer's own stream is ``[seed, 2, epoch]``; this one never disturbs it), so the same
  point shows the same mask until the epoch changes.

Everything here is float64 and returns new arrays.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from playground.engine.activations import ACTIVATIONS
from playground.engine.layers import NORM_EPS, LayerOptions, Norms, NormState
from playground.engine.losses import HEAD_FUNCTIONS, HEADS, Loss
from playground.engine.optimizers import get_optimizer
from playground.engine.params import Value
from playground.errors import ConfigError

Array = np.ndarray


@dataclass(frozen=True, eq=False)
class LayerExtras:
    """What a hidden layer with dropout, a normalisation or a skip does beyond the dense
    layer, forward and back (vectors of the single point, ``(units,)``).

    norm : "none", "layer" or "batch". With a normalisation: ``mean`` and ``var`` (layer
        norm: the point's own over the layer's units, ``(1,)``; batch norm: the running
        statistics, ``(units,)``, used as constants), ``xhat = (z - mean) / sqrt(var + eps)``,
        ``gamma``, ``beta``; else these are None.
    y : the activation's input, ``gamma * xhat + beta`` (``z`` without a normalisation).
    h : ``f(y)``, the activation's output before dropout.
    rate : the dropout rate ``p``; ``mask`` (1 kept, 0 dropped, None without dropout) and
        ``scale`` ``1 / (1 - p)`` (1 without dropout).
    skip : whether ``a_prev`` (the layer's input) is added: ``a = h * mask * scale + a_prev``.
    Backwards: ``da`` is ``dL/da`` (``back`` plus, when the next layer skips, that layer's
    ``da`` (``skip_in``)); ``dh = da * mask * scale`` (``dL/dh``); ``dy = f'(y) * dh``; the
    layer's ``delta`` (``dL/dz``) is ``dy`` through the normalisation; ``dgamma = dy * xhat``,
    ``dbeta = dy``.
    """

    norm: str
    y: Array
    h: Array
    rate: float
    skip: bool
    da: Array
    dh: Array
    dy: Array
    mean: Array | None = None
    var: Array | None = None
    xhat: Array | None = None
    gamma: Array | None = None
    beta: Array | None = None
    mask: Array | None = None
    scale: float = 1.0
    skip_in: Array | None = None
    dgamma: Array | None = None
    dbeta: Array | None = None

    @property
    def std(self) -> Array | None:
        """``sqrt(var + eps)``, what the normalisation divides by."""
        return None if self.var is None else np.sqrt(self.var + NORM_EPS)


@dataclass(frozen=True, eq=False)
class LayerStep:
    """One weight layer's part of the step (vectors of the single point).

    activation : the hidden activation's name, or the head's for the output layer.
    a_in : (fan_in,) the layer's input; w : (fan_in, fan_out); b : (fan_out,).
    z : (fan_out,) ``a_in @ w + b``; a : (fan_out,) its activation (the head's output last).
    delta : (fan_out,) ``dL/dz``; dW : (fan_in, fan_out) ``outer(a_in, delta)``; db : delta.
    slope : f'(z) of a hidden layer (None for the output layer); with ``extras``, f'(y).
    back : ``w_next @ delta_next``, the sum ``sum_k w_jk delta_k`` of a hidden layer (None for
        the output layer), so ``delta == slope * back`` (without ``extras``).
    extras : a hidden layer's dropout, normalisation and skip (``LayerExtras``), None for a
        layer without any (``a == f(z)``).
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
    extras: LayerExtras | None = None

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
        """``{"W0": dW0, "b0": db0, "W1": ...}`` with the weights file's shapes, then
        ``gamma{h}`` and ``beta{h}`` of each normalised hidden layer ``h`` (the weights file's
        names)."""
        out: dict[str, Array] = {}
        for i, layer in enumerate(self.layers):
            out[f"W{i}"] = layer.dW
            out[f"b{i}"] = layer.db
        for i, dgamma, dbeta in self.norm_gradients():
            out[f"gamma{i}"], out[f"beta{i}"] = dgamma, dbeta
        return out

    def norm_gradients(self) -> list[tuple[int, Array, Array]]:
        """``(hidden layer, dgamma, dbeta)`` of each normalised hidden layer, in order."""
        out = []
        for i, layer in enumerate(self.layers):
            e = layer.extras
            if e is not None and e.dgamma is not None and e.dbeta is not None:
                out.append((i, e.dgamma, e.dbeta))
        return out

    def norm_params(self) -> Array:
        """The normalised layers' ``gamma`` then ``beta``, in order (the tail of ``MLP``'s
        flat parameters); empty without a normalisation."""
        parts: list[Array] = []
        for layer in self.layers:
            e = layer.extras
            if e is not None and e.gamma is not None and e.beta is not None:
                parts += [e.gamma, e.beta]
        return np.concatenate(parts) if parts else np.zeros(0)


def _row(x: Array | Sequence[float]) -> Array:
    return np.array(x, dtype=np.float64).reshape(1, -1)


def point_masks(options: LayerOptions, hidden: Sequence[int], seed: int, epoch: int,
                index: int) -> list[Array | None]:
    """A dropout mask for one point (module docstring): per hidden layer ``(units,)`` of 1
    kept / 0 dropped, each unit kept with probability ``1 - p``, from
    ``default_rng([seed, 3, epoch, index])``; None for a layer without dropout."""
    rng = np.random.default_rng([int(seed), 3, int(epoch), int(index)])
    masks: list[Array | None] = []
    for i, units in enumerate(hidden):
        p = options.rate(i)
        masks.append((rng.random(units) >= p).astype(np.float64) if p > 0 else None)
    return masks


def explain_point(
    weights: Sequence[Array],
    biases: Sequence[Array],
    activations: Sequence[str],
    features_row: Array | Sequence[float],
    target_encoded: Array | Sequence[float],
    loss: Loss,
    *,
    options: LayerOptions | None = None,
    norms: Norms = (),
    masks: Sequence[Array | None] | None = None,
) -> PointExplanation:
    """Forward, loss and backward for one point.

    weights, biases : per weight layer, ``W (fan_in, fan_out)`` and ``b (fan_out,)``.
    activations : one per weight layer, the last one the head (as ``MLP`` takes them).
    features_row : (n_inputs,) the network's input (normalised and expanded).
    target_encoded : (n_outputs,) the target in the head's encoding (``encode_targets``).
    loss : the ``Loss`` (it must pair with the head).
    options : the hidden layers' dropout, normalisation and skips (None: none).
    norms : the normalised layers' state (``MLP.norm_state()``), needed when ``options`` has a
        normalisation (batch norm: its running statistics are the constants used).
    masks : per hidden layer the point's dropout mask ``(units,)`` (1 kept, 0 dropped; None
        or missing: nothing dropped in that layer, e.g. ``point_masks``).
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
    if options is not None and options.any:
        return _explain_extended(ws, bs, activations, x, t, loss, options, norms, masks)
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


def _norm_state(norms: Norms, i: int, kind: str, units: int) -> NormState:
    state = norms[i] if i < len(norms) else None
    if state is None or state.kind != kind:
        raise ConfigError(f"hidden layer {i + 1} has {kind} norm but no state for it")
    if np.shape(state.gamma) != (units,) or np.shape(state.beta) != (units,):
        raise ConfigError(f"hidden layer {i + 1}'s normalisation does not fit its "
                          f"{units} units")
    if kind == "batch" and (state.running_mean is None or state.running_var is None
                            or np.shape(state.running_mean) != (units,)
                            or np.shape(state.running_var) != (units,)):
        raise ConfigError(f"hidden layer {i + 1}'s batch norm has no running statistics")
    return state


def _explain_extended(ws: list[Array], bs: list[Array], activations: Sequence[str], x: Array,
                      t: Array, loss: Loss, options: LayerOptions, norms: Norms,
                      masks: Sequence[Array | None] | None) -> PointExplanation:
    """``explain_point`` of a network whose hidden layers use dropout, a normalisation or a
    skip (vectors of the one point; ``engine.layers``' order of steps)."""
    n, head = len(ws), activations[-1]
    hidden = [w.shape[1] for w in ws[:-1]]
    if len(hidden) and any(len(v) not in (0, len(hidden))
                           for v in (options.dropout, options.norm, options.skip)):
        raise ConfigError("the layer options do not fit the network's hidden layers")
    ins: list[Array] = []
    zs: list[Array] = []
    outs: list[Array] = []
    fwd: list[dict[str, Any]] = []
    a = x[0]
    for i in range(n - 1):
        ins.append(a)
        z = a @ ws[i] + bs[i]
        zs.append(z)
        kind, units = options.norm_of(i), hidden[i]
        rec: dict[str, Any] = {"norm": kind}
        y = z
        if kind != "none":
            st = _norm_state(norms, i, kind, units)
            gamma = np.asarray(st.gamma, np.float64).copy()
            beta = np.asarray(st.beta, np.float64).copy()
            if kind == "batch":
                assert st.running_mean is not None and st.running_var is not None
                mean = np.asarray(st.running_mean, np.float64).copy()
                var = np.asarray(st.running_var, np.float64).copy()
            else:
                mean, var = np.array([z.mean()]), np.array([z.var()])
            xhat = (z - mean) / np.sqrt(var + NORM_EPS)
            y = gamma * xhat + beta
            rec.update(mean=mean, var=var, xhat=xhat, gamma=gamma, beta=beta)
        h = np.asarray(ACTIVATIONS[activations[i]].forward(y[None, :], None))[0]
        p = options.rate(i)
        mask = masks[i] if masks is not None and i < len(masks) else None
        out = h
        scale = 1.0
        if p > 0 and mask is not None:
            mask = np.asarray(mask, np.float64).reshape(-1)
            if mask.shape != (units,):
                raise ConfigError(f"hidden layer {i + 1}'s dropout mask does not fit its "
                                  f"{units} units")
            scale = 1.0 / (1.0 - p)
            out = h * mask * scale
            rec.update(mask=mask.copy(), scale=scale)
        else:
            mask = None
        skip = options.skips(i)
        if skip:
            if a.shape != out.shape:
                raise ConfigError(f"hidden layer {i + 1} cannot skip: its input has another "
                                  "width")
            out = out + a
        rec.update(y=y.copy(), h=h.copy(), rate=p, skip=skip)
        fwd.append(rec)
        outs.append(out)
        a = out
    ins.append(a)
    zs.append(a @ ws[-1] + bs[-1])
    outs.append(np.asarray(HEAD_FUNCTIONS[head](zs[-1][None, :], None))[0])
    value = float(loss.value(zs[-1][None, :], t, head))
    # backward
    pz, d = np.empty((1, ws[-1].shape[1])), np.empty((1, ws[-1].shape[1]))
    loss.delta(zs[-1][None, :], t, head, pz, d)
    deltas: list[Array] = [np.empty(0)] * n
    deltas[-1] = d[0]
    extras: list[LayerExtras | None] = [None] * (n - 1)
    slopes: list[Array | None] = [None] * n
    backs: list[Array | None] = [None] * n
    skip_in: Array | None = None  # dL/da of the layer above, when it skips
    for i in range(n - 2, -1, -1):
        rec = fwd[i]
        back = ws[i + 1] @ deltas[i + 1]
        da = back + skip_in if skip_in is not None else back.copy()
        mask = rec.get("mask")
        scale = float(rec.get("scale", 1.0))
        dh = da * mask * scale if isinstance(mask, np.ndarray) else da.copy()
        y, hv = rec["y"], rec["h"]
        assert isinstance(y, np.ndarray) and isinstance(hv, np.ndarray)
        slope = np.asarray(ACTIVATIONS[activations[i]].derivative(
            y[None, :], hv[None, :], None))[0]
        dy = slope * dh
        kind = str(rec["norm"])
        dgamma = dbeta = None
        if kind == "none":
            dz = dy
        else:
            xhat, gamma, var = rec["xhat"], rec["gamma"], rec["var"]
            assert isinstance(xhat, np.ndarray) and isinstance(gamma, np.ndarray)
            assert isinstance(var, np.ndarray)
            dgamma, dbeta = dy * xhat, dy.copy()
            dxhat = dy * gamma
            inv_std = 1.0 / np.sqrt(var + NORM_EPS)
            if kind == "batch":  # the running statistics are constants
                dz = dxhat * inv_std
            else:  # the point's own mean and variance move with z
                m = len(dxhat)
                dz = inv_std / m * (m * dxhat - dxhat.sum() - xhat * (dxhat * xhat).sum())
        deltas[i] = dz
        slopes[i], backs[i] = slope, back
        extras[i] = LayerExtras(
            norm=kind, y=y, h=hv, rate=float(rec["rate"]),
            skip=bool(rec["skip"]), da=da, dh=dh, dy=dy,
            mean=rec.get("mean"), var=rec.get("var"),
            xhat=rec.get("xhat"), gamma=rec.get("gamma"),
            beta=rec.get("beta"), mask=rec.get("mask"),
            scale=scale, skip_in=skip_in, dgamma=dgamma, dbeta=dbeta)
        skip_in = da if rec["skip"] else None
    layers = tuple(
        LayerStep(
            activation=activations[i], a_in=ins[i].copy(), w=ws[i], b=bs[i],
            z=zs[i].copy(), a=outs[i].copy(), delta=deltas[i].copy(),
            dW=np.outer(ins[i], deltas[i]), db=deltas[i].copy(),
            slope=slopes[i], back=backs[i], extras=extras[i] if i < n - 1 else None)
        for i in range(n)
    )
    return PointExplanation(x[0].copy(), t[0].copy(), loss.name, head, layers, value)


def training_gradient(expl: PointExplanation, l1: float = 0.0, l2: float = 0.0) -> Array:
    """The flat gradient training uses for this point alone: the data gradient plus the
    weight penalties' ``l2 * W + l1 * sign(W)`` (weights, not biases), then each normalised
    layer's ``dgamma`` and ``dbeta`` (no penalty; ``MLP``'s flat order)."""
    parts: list[Array] = []
    for layer in expl.layers:
        dw = layer.dW + l2 * layer.w + l1 * np.sign(layer.w)
        parts += [dw.ravel(), layer.db]
    for _, dgamma, dbeta in expl.norm_gradients():
        parts += [dgamma, dbeta]
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
