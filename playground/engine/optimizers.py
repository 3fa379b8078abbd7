"""Optimizers with PyTorch's update rules and defaults, and learning-rate schedules.

An optimizer updates a flat parameter vector in place from a flat gradient of the same shape.
Its hyper-parameters (``lr`` included) are plain attributes validated through ``configure``, so
they can change between steps without losing the optimizer's state.

Each optimizer class declares its hyper-parameters in ``params`` as ``Param`` entries
(``params.py``), as the schedules do in ``schedules.py`` (re-exported here: ``SCHEDULES``,
``scheduled_lr``). Every range check (here, in ``TrainConfig`` and in the settings panel)
reads those entries; ``config_params`` lists all of them with the learning rate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from playground.engine.activations import const
from playground.engine.params import Param, Value
from playground.engine.schedules import SCHEDULES
from playground.engine.schedules import ScheduleSpec as ScheduleSpec
from playground.engine.schedules import get_schedule as get_schedule
from playground.engine.schedules import scheduled_lr as scheduled_lr
from playground.errors import ConfigError

Array = np.ndarray

# --- hyper-parameters -------------------------------------------------------------------------
LEARNING_RATE = Param(
    "lr", "learning_rate", "Learning rate", "float", 0.03, 1e-6, 10.0, noun="learning rate",
    tip="Size of each update: too small is slow, too large diverges", ui_log=True)
MOMENTUM = Param(
    "momentum", "momentum", "Momentum μ", "float", 0.9, 0.0, 1.0, ui_step=0.05,
    tip="Fraction of the previous update kept (PyTorch: v = μ·v + g)")
NESTEROV = Param(
    "nesterov", "nesterov", "Nesterov", "bool", False,
    tip="Nesterov momentum: step with g + μ·v, looking one step ahead")
ALPHA = Param(
    "alpha", "alpha", "Decay α", "float", 0.99, 0.0, 1.0, high_open=True, ui_decimals=4,
    ui_step=0.01, tip="RMSprop: how slowly the average of g² forgets (s = α·s + (1−α)·g²)")
BETA1 = Param(
    "beta1", "beta1", "β₁", "float", 0.9, 0.0, 1.0, high_open=True, ui_decimals=4,
    ui_step=0.01, tip="Adam: decay of the running mean of gradients (its momentum)")
BETA2 = Param(
    "beta2", "beta2", "β₂", "float", 0.999, 0.0, 1.0, high_open=True, ui_decimals=5,
    ui_step=0.001, tip="Adam: decay of the running mean of squared gradients (step scaling)")
EPS = Param(
    "eps", "eps", "ε", "float", 1e-8, 1e-12, 1.0,
    ui_presets=(1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 1e-2, 1.0),
    tip="Added to the denominator so tiny gradient averages cannot blow up a step")
WEIGHT_DECAY = Param(
    "weight_decay", "weight_decay", "Weight decay", "float", 0.0, 0.0, 1.0,
    ui_presets=(0.0, 1e-5, 1e-4, 1e-3, 0.01, 0.1, 1.0),
    tip="Pulls weights toward 0 at every step (AdamW: decoupled)")


class Optimizer:
    """Base class: validates hyper-parameters; ``step`` applies one update in place.

    A subclass lists the hyper-parameters it takes in ``params`` (they become attributes of
    the same name, set to their defaults) and implements ``_update``.
    """

    name: ClassVar[str] = "base"
    params: ClassVar[tuple[Param, ...]] = ()
    default_lr: ClassVar[float] = 0.01  # PyTorch's, when no learning rate is given
    defaults: ClassVar[dict[str, Value]] = {}  # derived: {param name: default}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.defaults = {p.name: p.default for p in cls.params}

    def __init__(
        self, size: int, dtype: type = np.float64, lr: float | None = None, **hyper: Value
    ) -> None:
        self.size = size
        self.dtype = dtype
        self.t = 0  # steps taken
        self.lr = self.default_lr
        for param in self.params:
            setattr(self, param.name, param.default)
        self.configure(lr=self.default_lr if lr is None else lr, **hyper)
        self._tmp: Array = np.empty(size, dtype)

    @classmethod
    def param(cls, name: str) -> Param:
        """The declared parameter ``name`` (``"lr"`` is the learning rate)."""
        if name == LEARNING_RATE.name:
            return LEARNING_RATE
        for param in cls.params:
            if param.name == name:
                return param
        raise ConfigError(f"optimizer {cls.name!r} has no parameter {name!r}")

    def configure(self, **hyper: Value) -> None:
        """Change hyper-parameters (e.g. ``lr``) between steps; state is kept. Nothing
        changes when one of the values is refused."""
        checked = {name: self.param(name).check(value) for name, value in hyper.items()}
        for name, value in checked.items():
            setattr(self, name, value)

    def hyper(self) -> dict[str, Value]:
        return {"lr": self.lr, **{p.name: getattr(self, p.name) for p in self.params}}

    def step(self, params: Array, grad: Array) -> None:
        """Apply one update to ``params`` in place (``grad`` may be overwritten)."""
        self.t += 1
        self._update(params, grad)

    def _update(self, params: Array, grad: Array) -> None:
        raise NotImplementedError

    # --- state (for sessions) -----------------------------------------------------------------
    def state_arrays(self) -> dict[str, Array]:
        return {}

    def state(self) -> dict[str, Array]:
        return {**{k: v.copy() for k, v in self.state_arrays().items()}, "t": np.array(self.t)}

    def load_state(self, state: dict[str, Array]) -> None:
        own = self.state_arrays()
        for key, arr in own.items():
            if key not in state or np.shape(state[key]) != arr.shape:
                raise ConfigError(f"optimizer state {key!r} is missing or has the wrong shape")
            arr[...] = state[key]
        self.t = int(state.get("t", 0))


class SGD(Optimizer):
    name = "sgd"
    params = (WEIGHT_DECAY,)
    weight_decay: float

    def _update(self, params: Array, grad: Array) -> None:
        if self.weight_decay:
            grad += self.weight_decay * params
        np.multiply(grad, const(self.lr, grad.dtype), grad)
        np.subtract(params, grad, params)


class Momentum(Optimizer):
    """``v = mu*v + g``; ``p -= lr*v`` (or ``lr*(g + mu*v)`` with Nesterov), as in PyTorch."""

    name = "momentum"
    params = (MOMENTUM, NESTEROV, WEIGHT_DECAY)
    momentum: float
    nesterov: bool
    weight_decay: float

    def __init__(
        self, size: int, dtype: type = np.float64, lr: float | None = None, **hyper: Value
    ) -> None:
        super().__init__(size, dtype, lr, **hyper)
        self.v: Array = np.zeros(size, dtype)

    def state_arrays(self) -> dict[str, Array]:
        return {"v": self.v}

    def _update(self, params: Array, grad: Array) -> None:
        if self.weight_decay:
            grad += self.weight_decay * params
        v = self.v
        v *= self.momentum
        v += grad
        if self.nesterov:
            np.multiply(v, self.momentum, out=self._tmp)
            grad += self._tmp
            grad *= self.lr
            params -= grad
        else:
            np.multiply(v, self.lr, out=self._tmp)
            params -= self._tmp


class RMSprop(Optimizer):
    """``s = a*s + (1-a)*g^2``; ``p -= lr*g/(sqrt(s) + eps)`` (PyTorch, no momentum)."""

    name = "rmsprop"
    params = (ALPHA, EPS, WEIGHT_DECAY)
    alpha: float
    eps: float
    weight_decay: float

    def __init__(
        self, size: int, dtype: type = np.float64, lr: float | None = None, **hyper: Value
    ) -> None:
        super().__init__(size, dtype, lr, **hyper)
        self.s: Array = np.zeros(size, dtype)

    def state_arrays(self) -> dict[str, Array]:
        return {"s": self.s}

    def _update(self, params: Array, grad: Array) -> None:
        if self.weight_decay:
            grad += self.weight_decay * params
        s, tmp = self.s, self._tmp
        s *= self.alpha
        np.multiply(grad, grad, out=tmp)
        tmp *= 1.0 - self.alpha
        s += tmp
        np.sqrt(s, out=tmp)
        tmp += self.eps
        np.divide(grad, tmp, out=tmp)
        tmp *= self.lr
        params -= tmp


class Adam(Optimizer):
    """PyTorch's Adam with bias correction; ``weight_decay`` adds ``wd*p`` to the gradient."""

    name = "adam"
    params = (BETA1, BETA2, EPS, WEIGHT_DECAY)
    default_lr = 0.001
    decoupled = False
    beta1: float
    beta2: float
    eps: float
    weight_decay: float

    def __init__(
        self, size: int, dtype: type = np.float64, lr: float | None = None, **hyper: Value
    ) -> None:
        super().__init__(size, dtype, lr, **hyper)
        self.m: Array = np.zeros(size, dtype)
        self.v: Array = np.zeros(size, dtype)

    def state_arrays(self) -> dict[str, Array]:
        return {"m": self.m, "v": self.v}

    def _update(self, params: Array, grad: Array) -> None:
        if self.weight_decay:
            if self.decoupled:
                params *= 1.0 - self.lr * self.weight_decay
            else:
                grad += self.weight_decay * params
        m, v, tmp = self.m, self.v, self._tmp
        b1, b2 = self.beta1, self.beta2
        m *= b1
        m += (1.0 - b1) * grad
        v *= b2
        np.multiply(grad, grad, out=tmp)
        tmp *= 1.0 - b2
        v += tmp
        bc1 = 1.0 - b1**self.t
        bc2 = 1.0 - b2**self.t
        np.sqrt(v, out=tmp)
        tmp /= math.sqrt(bc2)
        tmp += self.eps
        np.divide(m, tmp, out=tmp)
        tmp *= self.lr / bc1
        params -= tmp


class AdamW(Adam):
    """Adam with decoupled weight decay: ``p *= 1 - lr*wd`` before the Adam step."""

    name = "adamw"
    params = (BETA1, BETA2, EPS, WEIGHT_DECAY.with_default(0.01))  # PyTorch's AdamW default
    decoupled = True


@dataclass(frozen=True)
class OptimizerSpec:
    """A menu entry: an optimizer's name, label and class (which declares its ``params``)."""

    name: str
    label: str
    cls: type[Optimizer]

    @property
    def params(self) -> tuple[Param, ...]:
        return self.cls.params


OPTIMIZERS: dict[str, OptimizerSpec] = {
    s.name: s
    for s in (
        OptimizerSpec("sgd", "SGD", SGD),
        OptimizerSpec("momentum", "SGD + momentum", Momentum),
        OptimizerSpec("rmsprop", "RMSprop", RMSprop),
        OptimizerSpec("adam", "Adam", Adam),
        OptimizerSpec("adamw", "AdamW", AdamW),
    )
}


def get_optimizer(name: str) -> OptimizerSpec:
    try:
        return OPTIMIZERS[name]
    except KeyError:
        raise ConfigError(
            f"unknown optimizer {name!r} (choose from {', '.join(OPTIMIZERS)})"
        ) from None


def make_optimizer(
    name: str, size: int, dtype: type = np.float64, lr: float = 0.01, **hyper: Value
) -> Optimizer:
    return get_optimizer(name).cls(size, dtype, lr, **hyper)


def config_params() -> tuple[Param, ...]:
    """Every declared parameter stored in a ``TrainConfig`` field: the learning rate, then
    those of each registered optimizer and schedule, in registry order; a parameter shared by
    several (same field, same range) appears once."""
    seen: dict[tuple[object, ...], Param] = {}
    groups = [(LEARNING_RATE,), *(s.params for s in OPTIMIZERS.values())]
    groups += [s.params for s in SCHEDULES.values()]
    for group in groups:
        for p in group:
            if p.field is not None:
                seen.setdefault((p.field, p.kind, p.low, p.high, p.low_open, p.high_open), p)
    return tuple(seen.values())
