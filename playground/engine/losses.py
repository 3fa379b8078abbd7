"""Output heads and losses, with the fused gradient of loss w.r.t. the output logits.

A head turns the last layer's logits ``Z : (n, k)`` into predictions ``P : (n, k)``:
``sigmoid`` (two classes, one unit), ``softmax`` (K > 2 classes, K units) or ``linear``
(regression, one unit). Targets ``T : (n, k)`` are encoded to match: a 0/1 column for two
classes, one-hot rows for K classes, raw values for regression (see ``encode_targets``).

Every loss is the mean over samples of a per-sample loss (ARCHITECTURE.md). ``delta`` writes
``dL/dZ`` (already divided by n) so backprop starts from the logits. Cross-entropy pairs with
its own head, which is why its delta is the familiar ``P - T``: the sigmoid/softmax Jacobian
cancels against the log. MSE on a sigmoid/softmax head keeps the Jacobian explicitly.
Hinge losses act on the logits; their head only serves to show probabilities.

Tasks, heads and losses are registries (``TASKS``, ``HEADS``, ``LOSSES``) of small frozen
specs with a menu label; a loss names the heads it pairs with, and its tasks follow from them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from playground.engine.activations import const, sigmoid
from playground.errors import ConfigError
from playground.limits import MAX_CLASSES, MIN_CLASSES

Array = np.ndarray
HeadFn = Callable[[Array, "Array | None"], Array]
HUBER_DELTA = 1.0  # PyTorch's HuberLoss default
HINGE_MARGIN = 1.0  # PyTorch's MultiMarginLoss default
SIGMOID = "sigmoid"
MULTI_SIGMOID = "sigmoid_each"  # the multi-label head: one sigmoid per output unit


# --- tasks ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Task:
    """What the network learns: ``classes`` says whether targets are class labels (then there
    are ``MIN_CLASSES..MAX_CLASSES`` of them) or real values."""

    name: str
    label: str
    classes: bool


TASKS: dict[str, Task] = {
    t.name: t
    for t in (
        Task("classification", "Classification", True),
        Task("regression", "Regression", False),
        # several 0/1 labels per point; ``n_classes`` counts the labels (MIN..MAX_CLASSES)
        Task("multilabel", "Multi-label", True),
    )
}


def get_task(name: str) -> Task:
    try:
        return TASKS[name]
    except KeyError:
        raise ConfigError(f"task must be one of {', '.join(TASKS)} (got {name!r})") from None


# --- heads ----------------------------------------------------------------------------------
def softmax(z: Array, out: Array | None = None) -> Array:
    out = np.empty_like(z) if out is None else out
    np.subtract(z, z.max(axis=1, keepdims=True), out=out)
    np.exp(out, out=out)
    out /= out.sum(axis=1, keepdims=True)
    return out


def _linear(z: Array, out: Array | None = None) -> Array:
    if out is None:
        return z.copy()
    np.copyto(out, z)
    return out


@dataclass(frozen=True)
class Head:
    """An output activation and the task and class counts it serves (``0..0`` for a task
    without classes). ``per_class``: one output unit per class, else a single unit."""

    name: str
    label: str
    task: str
    fn: HeadFn
    min_classes: int = 0
    max_classes: int = 0
    per_class: bool = False

    def width(self, n_classes: int) -> int:
        """Output units for ``n_classes`` classes."""
        return n_classes if self.per_class else 1


HEADS: dict[str, Head] = {
    h.name: h
    for h in (
        Head("sigmoid", "Sigmoid", "classification", sigmoid, 2, 2),
        Head("softmax", "Softmax", "classification", softmax, 3, MAX_CLASSES, per_class=True),
        Head("linear", "Linear", "regression", _linear),
        # one independent sigmoid per label (multi-label): the probability that it is 1
        Head(MULTI_SIGMOID, "Sigmoid per label", "multilabel", sigmoid, 2, MAX_CLASSES,
             per_class=True),
    )
}
# name -> function, for the hot paths (the registry above stays the source)
HEAD_FUNCTIONS: dict[str, HeadFn] = {name: h.fn for name, h in HEADS.items()}


def head_for(task: str, n_classes: int) -> str:
    """The output activation ARCHITECTURE.md prescribes for a task (and class count)."""
    spec = get_task(task)
    if spec.classes and not MIN_CLASSES <= n_classes <= MAX_CLASSES:
        raise ConfigError(
            f"classes must be between {MIN_CLASSES} and {MAX_CLASSES} (got {n_classes})"
        )
    k = n_classes if spec.classes else 0
    for head in HEADS.values():
        if head.task == task and head.min_classes <= k <= head.max_classes:
            return head.name
    raise ConfigError(f"no output head serves {task} with {n_classes} classes")


def output_width(task: str, n_classes: int) -> int:
    return HEADS[head_for(task, n_classes)].width(n_classes)


def encode_targets(values: Array, task: str, n_classes: int, dtype: type = np.float64) -> Array:
    """Labels (n,) int or targets (n,) float -> T (n, k) in the head's encoding; a multi-label
    task's (n, L) 0/1 labels are their own encoding."""
    n = len(values)
    if task == "multilabel":
        return np.asarray(values, dtype=dtype).reshape(n, n_classes).copy()
    if task == "regression":
        return np.asarray(values, dtype=dtype).reshape(n, 1).copy()
    labels = np.asarray(values, dtype=np.int64)
    if n_classes == 2:
        return labels.astype(dtype).reshape(n, 1)
    t: Array = np.zeros((n, n_classes), dtype=dtype)
    t[np.arange(n), labels] = 1.0
    return t


# --- losses: value(z, t, head) and delta(z, t, head, p, d) ------------------------------------
def _logsumexp(z: Array) -> Array:
    m = z.max(axis=1, keepdims=True)
    return (np.log(np.exp(z - m).sum(axis=1, keepdims=True)) + m)[:, 0]


def ce_value(z: Array, t: Array, head: str) -> float:
    """Cross-entropy; on the multi-label head the binary cross-entropy of each label,
    averaged over the labels (then over the points)."""
    if head in (SIGMOID, MULTI_SIGMOID):  # log(1 + e^z) - t*z, stable through logaddexp
        return float(np.mean(np.logaddexp(0.0, z) - t * z))
    return float(np.mean(_logsumexp(z) - (t * z).sum(axis=1)))


def ce_delta(z: Array, t: Array, head: str, p: Array, d: Array) -> None:
    if head in (SIGMOID, MULTI_SIGMOID):
        sigmoid(z, p)
    else:
        softmax(z, p)
    np.subtract(p, t, d)
    np.multiply(d, const(1.0 / d.size if head == MULTI_SIGMOID else 1.0 / len(z), d.dtype), d)


def ce_sum_value(z: Array, t: Array, head: str) -> float:
    """Binary cross-entropy summed over the labels, averaged over the points (what a network
    of one sigmoid per output trained on ``loss.sum()`` per sample minimises)."""
    return float(np.sum(np.logaddexp(0.0, z) - t * z) / len(z))


def ce_sum_delta(z: Array, t: Array, head: str, p: Array, d: Array) -> None:
    sigmoid(z, p)
    np.subtract(p, t, d)
    np.multiply(d, const(1.0 / len(z), d.dtype), d)


def mse_value(z: Array, t: Array, head: str) -> float:
    r = HEAD_FUNCTIONS[head](z, None) - t
    return float(np.mean(r * r))


def mse_delta(z: Array, t: Array, head: str, p: Array, d: Array) -> None:
    if head in (SIGMOID, MULTI_SIGMOID):
        # with u = tanh(z/2): p = (1 + u)/2 and p(1 - p) = (1 - u^2)/4, so
        # dL/dz = 2/n * (p - t) * p(1 - p) = (p - t) * (1 - u^2) / (2n); one pass, no temporaries
        half, one = const(0.5, d.dtype), const(1.0, d.dtype)
        np.multiply(z, half, p)
        np.tanh(p, p)
        np.multiply(p, p, d)
        np.subtract(one, d, d)
        np.multiply(p, half, p)
        np.add(p, half, p)
        np.subtract(p, t, p)  # p now holds p - t (the prediction is not needed in training)
        np.multiply(d, p, d)
        np.multiply(d, const(1.0 / (2 * d.size), d.dtype), d)
        return
    HEAD_FUNCTIONS[head](z, p)
    np.subtract(p, t, out=d)
    d *= 2.0 / d.size  # dL/dP: mean over samples and over units
    if head == "softmax":  # dL/dz_j = p_j * (g_j - sum_i g_i p_i)
        s = (d * p).sum(axis=1, keepdims=True)
        d -= s
        d *= p


def _signed(t: Array) -> Array:
    return 2.0 * t - 1.0


def hinge_value(z: Array, t: Array, head: str) -> float:
    if z.shape[1] == 1:  # binary hinge on the single logit, labels as -1/+1
        return float(np.mean(np.maximum(0.0, HINGE_MARGIN - _signed(t) * z)))
    zy = (z * t).sum(axis=1, keepdims=True)
    margins = np.maximum(0.0, HINGE_MARGIN - zy + z) * (1.0 - t)
    return float(margins.sum() / z.size)


def hinge_delta(z: Array, t: Array, head: str, p: Array, d: Array) -> None:
    HEAD_FUNCTIONS[head](z, p)
    n = len(z)
    if z.shape[1] == 1:
        y = _signed(t)
        np.multiply((HINGE_MARGIN - y * z > 0.0) * y, -1.0 / n, out=d)
        return
    zy = (z * t).sum(axis=1, keepdims=True)
    active = (HINGE_MARGIN - zy + z > 0.0) * (1.0 - t)
    # each active wrong class pushes its logit up and the true logit down, 1/K each
    np.subtract(active, t * active.sum(axis=1, keepdims=True), out=d)
    d *= 1.0 / (n * z.shape[1])


def mae_value(z: Array, t: Array, head: str) -> float:
    return float(np.mean(np.abs(z - t)))


def mae_delta(z: Array, t: Array, head: str, p: Array, d: Array) -> None:
    np.copyto(p, z)
    np.subtract(z, t, out=d)
    np.sign(d, out=d)
    d *= 1.0 / d.size


def huber_value(z: Array, t: Array, head: str) -> float:
    a = np.abs(z - t)
    quad = np.minimum(a, HUBER_DELTA)
    return float(np.mean(0.5 * quad * quad + HUBER_DELTA * (a - quad)))


def huber_delta(z: Array, t: Array, head: str, p: Array, d: Array) -> None:
    np.copyto(p, z)
    np.subtract(z, t, out=d)
    np.clip(d, -HUBER_DELTA, HUBER_DELTA, out=d)
    d *= 1.0 / d.size


DeltaFn = Callable[[Array, Array, Array, Array], None]
Prepare = Callable[[Array, Array], Array]
# a loss's fast delta on one head: ``make(dtype) -> (prepare, fn)`` (see ``delta_kernel``)
KernelFactory = Callable[[np.dtype], tuple["Prepare | None", DeltaFn]]


class _Scales:
    """``factor / size`` as a 0-d array of one dtype, made once per batch size."""

    def __init__(self, dtype: np.dtype) -> None:
        self.dtype = dtype
        self._cache: dict[int, Array] = {}

    def __call__(self, size: int, factor: float) -> Array:
        c = self._cache.get(size)
        if c is None:
            c = self._cache[size] = np.array(factor / size, self.dtype)
        return c


def _signed_targets(dtype: np.dtype) -> Prepare:
    """``prepare`` for the sigmoid head's fast deltas: ``s = 1 - 2t`` (exact for 0/1)."""
    one, minus_two = np.array(1.0, dtype), np.array(-2.0, dtype)

    def signed(t: Array, out: Array) -> Array:
        np.multiply(t, minus_two, out)
        return np.add(out, one, out)
    return signed


def _ce_sigmoid_kernel(dtype: np.dtype, per_unit: bool = False) -> tuple[Prepare | None, DeltaFn]:
    """Cross-entropy on the sigmoid head from ``s = 1 - 2t``: with ``u = tanh(z/2)``,
    ``p - t = (u + s)/2``; divided by the points, or by every output (``per_unit``: the
    multi-label mean over the labels)."""
    mul, half, scale = np.multiply, np.array(0.5, dtype), _Scales(dtype)

    def ce(z: Array, s: Array, p: Array, d: Array) -> None:
        mul(z, half, p)
        np.tanh(p, p)
        np.add(p, s, d)
        mul(d, scale(d.size if per_unit else len(z), 0.5), d)  # (p - t) / n (or / nL)
    return _signed_targets(dtype), ce


def _ce_each_kernel(dtype: np.dtype) -> tuple[Prepare | None, DeltaFn]:
    return _ce_sigmoid_kernel(dtype, per_unit=True)


def _mse_sigmoid_kernel(dtype: np.dtype) -> tuple[Prepare | None, DeltaFn]:
    """Squared error on the sigmoid head from ``s = 1 - 2t``: ``p - t = (u + s)/2`` and
    ``p(1 - p) = (1 - u^2)/4`` with ``u = tanh(z/2)``."""
    mul, half, one, scale = np.multiply, np.array(0.5, dtype), np.array(1.0, dtype), \
        _Scales(dtype)

    def mse_sigmoid(z: Array, s: Array, p: Array, d: Array) -> None:
        mul(z, half, p)
        np.tanh(p, p)
        np.add(p, s, d)
        mul(p, p, p)
        np.subtract(one, p, p)
        mul(d, p, d)
        mul(d, scale(d.size, 0.25), d)  # 2/N (p - t) p (1 - p)
    return _signed_targets(dtype), mse_sigmoid


def _mse_linear_kernel(dtype: np.dtype) -> tuple[Prepare | None, DeltaFn]:
    """Squared error on the linear head: ``2/N (z - t)``, from the targets as they are."""
    scale = _Scales(dtype)

    def mse_linear(z: Array, t: Array, p: Array, d: Array) -> None:
        np.subtract(z, t, d)
        np.multiply(d, scale(d.size, 2.0), d)
    return None, mse_linear


@dataclass(frozen=True)
class Loss:
    """A loss: name, menu label, the output heads it pairs with (which decide the tasks it
    serves), its value and its fused delta, and, for some heads, a faster delta for the
    engine's hot loop (``kernels``: head -> ``KernelFactory``; the same gradient as
    ``delta``, which the tests check)."""

    name: str
    label: str
    heads: tuple[str, ...]
    value: Callable[[Array, Array, str], float]
    delta: Callable[[Array, Array, str, Array, Array], None]
    kernels: Mapping[str, KernelFactory] = field(default_factory=dict, compare=False)

    @property
    def tasks(self) -> tuple[str, ...]:
        """The tasks of its heads, in task order."""
        own = {HEADS[h].task for h in self.heads if h in HEADS}
        return tuple(t for t in TASKS if t in own)


_CLASSIFY = ("sigmoid", "softmax")
LOSSES: dict[str, Loss] = {
    loss.name: loss
    for loss in (
        Loss("cross_entropy", "Cross-entropy", (*_CLASSIFY, MULTI_SIGMOID), ce_value, ce_delta,
             {"sigmoid": _ce_sigmoid_kernel, MULTI_SIGMOID: _ce_each_kernel}),
        Loss("cross_entropy_sum", "Cross-entropy summed over labels", (MULTI_SIGMOID,),
             ce_sum_value, ce_sum_delta, {MULTI_SIGMOID: _ce_sigmoid_kernel}),
        Loss("mse", "Squared error (MSE)", (*_CLASSIFY, "linear", MULTI_SIGMOID), mse_value,
             mse_delta, {"sigmoid": _mse_sigmoid_kernel, "linear": _mse_linear_kernel,
                         MULTI_SIGMOID: _mse_sigmoid_kernel}),
        Loss("hinge", "Hinge (multi-class)", _CLASSIFY, hinge_value, hinge_delta),
        Loss("mae", "Absolute error (MAE)", ("linear",), mae_value, mae_delta),
        Loss("huber", "Huber", ("linear",), huber_value, huber_delta),
    )
}


def delta_kernel(loss: Loss, head: str, dtype: np.dtype) -> tuple[Prepare | None, DeltaFn]:
    """``loss.delta`` on ``head`` for the engine's hot loop: ``(prepare, fn)``.

    ``fn(z, s, p, d)`` writes ``d`` (``p`` is scratch; ``z`` is only read: the trainer keeps
    it for the running loss) with its constants bound to ``dtype``,
    from targets in the form ``prepare(t, out)`` gives (None: the encoded targets as they
    are); the trainer prepares its targets once. A loss's own fast delta for ``head``
    (``Loss.kernels``) is used when it has one, else its ``delta``.
    """
    make = loss.kernels.get(head)
    if make is not None:
        return make(dtype)
    fused = loss.delta

    def generic(z: Array, t: Array, p: Array, d: Array) -> None:
        fused(z, t, head, p, d)
    return None, generic


def _fits(loss: Loss, task: str, head: str | None) -> bool:
    return task in loss.tasks if head is None else head in loss.heads


def losses_for(task: str, head: str | None = None) -> tuple[str, ...]:
    """Names of the losses valid for a task (and, when given, its output head), in menu
    order."""
    return tuple(name for name, loss in LOSSES.items() if _fits(loss, task, head))


def get_loss(name: str, task: str, head: str | None = None) -> Loss:
    """Look up a loss and check it fits the task (and, when given, pairs with the head)."""
    if name not in LOSSES:
        raise ConfigError(f"unknown loss {name!r} (choose from {', '.join(LOSSES)})")
    loss = LOSSES[name]
    if not _fits(loss, task, head):
        fits = f"a {task} task" if head is None else f"a {task} task with a {head} output"
        raise ConfigError(
            f"loss {name!r} does not fit {fits} (use one of {', '.join(losses_for(task, head))})"
        )
    return loss
