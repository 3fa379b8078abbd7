"""Optimizers with PyTorch's update rules and defaults, and learning-rate schedules.

An optimizer updates a flat parameter vector in place from a flat gradient of the same shape.
Its hyper-parameters (``lr`` included) are attributes validated through ``configure``, so
they can change between steps without losing the optimizer's state.

Each optimizer class declares its hyper-parameters in ``params`` as ``Param`` entries
(``params.py``), as the schedules do in ``schedules.py`` (re-exported here: ``SCHEDULES``,
``scheduled_lr``). Every range check (here, in ``TrainConfig`` and in the settings panel)
reads those entries; ``config_params`` lists all of them with the learning rate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from playground.engine.params import Param, Value
from playground.engine.schedules import SCHEDULES
from playground.engine.schedules import ScheduleSpec as ScheduleSpec
from playground.engine.schedules import get_schedule as get_schedule
from playground.engine.schedules import scheduled_lr as scheduled_lr
from playground.errors import ConfigError
from playground.texts import translate_noop

Array = np.ndarray

# --- hyper-parameters -------------------------------------------------------------------------
LEARNING_RATE = Param("lr", "learning_rate", translate_noop("TrainingPanel", "Learning rate"),
                      "float", 0.03, 1e-6, 10.0, noun="learning rate",
                      tip=translate_noop(
                              "TrainingPanel", "Size of each update: too small is slow, too "
                              "large diverges"), ui_log=True)
MOMENTUM = Param("momentum", "momentum", translate_noop("TrainingPanel", "Momentum μ"), "float",
                 0.9, 0.0, 1.0, ui_step=0.05,
                 tip=translate_noop(
                         "TrainingPanel", "Fraction of the previous update kept (PyTorch: v = "
                         "μ·v + g)"))
NESTEROV = Param("nesterov", "nesterov", "Nesterov", "bool", False,
                 tip=translate_noop(
                         "TrainingPanel", "Nesterov momentum: step with g + μ·v, looking one "
                         "step ahead"))
ALPHA = Param("alpha", "alpha", translate_noop("TrainingPanel", "Decay α"), "float", 0.99, 0.0, 1.0,
              high_open=True, ui_decimals=4, ui_step=0.01,
              tip=translate_noop(
                      "TrainingPanel", "RMSprop: how slowly the average of g² forgets (s = α·s + "
                      "(1−α)·g²)"))
BETA1 = Param("beta1", "beta1", "β₁", "float", 0.9, 0.0, 1.0, high_open=True, ui_decimals=4,
              ui_step=0.01,
              tip=translate_noop(
                      "TrainingPanel", "Adam: decay of the running mean of gradients (its "
                      "momentum)"))
BETA2 = Param("beta2", "beta2", "β₂", "float", 0.999, 0.0, 1.0, high_open=True, ui_decimals=5,
              ui_step=0.001,
              tip=translate_noop(
                      "TrainingPanel", "Adam: decay of the running mean of squared gradients "
                      "(step scaling)"))
EPS = Param("eps", "eps", "ε", "float", 1e-8, 1e-12, 1.0,
            ui_presets=(1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 1e-2, 1.0),
            tip=translate_noop(
                    "TrainingPanel", "Added to the denominator so tiny gradient averages cannot "
                    "blow up a step"))
WEIGHT_DECAY = Param("weight_decay", "weight_decay",
                     translate_noop("TrainingPanel", "Weight decay"), "float", 0.0, 0.0, 1.0,
                     ui_presets=(0.0, 1e-5, 1e-4, 1e-3, 0.01, 0.1, 1.0),
                     tip=translate_noop(
                             "TrainingPanel", "Pulls weights toward 0 at every step (AdamW: "
                             "decoupled)"))


# A large update makes all its passes over one block of this many values before the next, so
# the block's parameters, gradient, state and scratch stay in the core's cache (an 8 x 256
# network's Adam step: ~30% faster than whole-vector passes). A smaller vector is one block.
CHUNK = 65536


class _Hyper:
    """A hyper-parameter attribute: setting it to a new value marks the optimizer's constants
    stale, so a step converts them to arrays of the optimizer's dtype only when they changed
    (the trainer sets ``lr`` before every epoch, mostly to the same value)."""

    def __init__(self, name: str = "") -> None:
        self.slot = "_h_" + name

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = "_h_" + name

    def __get__(self, obj: object, owner: type | None = None) -> Value:
        return self if obj is None else obj.__dict__[self.slot]  # type: ignore[return-value]

    def __set__(self, obj: object, value: Value) -> None:
        state = obj.__dict__
        if self.slot not in state or state[self.slot] != value:
            state[self.slot] = value
            state["_stale"] = True


class Optimizer:
    """Base class: validates hyper-parameters; ``step`` applies one update in place.

    A subclass lists the hyper-parameters it takes in ``params`` (they become attributes of
    the same name, set to their defaults), its state arrays in ``state_names`` (zeros at
    first), its scalars in ``_constants`` (``_update`` reads them from ``self._k``, floats as
    arrays of the dtype) and implements ``_update`` of one block of the vector.
    """

    name: ClassVar[str] = "base"
    params: ClassVar[tuple[Param, ...]] = ()
    default_lr: ClassVar[float] = 0.01  # PyTorch's, when no learning rate is given
    defaults: ClassVar[dict[str, Value]] = {}  # derived: {param name: default}
    state_names: ClassVar[tuple[str, ...]] = ()
    lr = _Hyper()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.defaults = {p.name: p.default for p in cls.params}
        for p in cls.params:
            setattr(cls, p.name, _Hyper(p.name))

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
        for name in self.state_names:
            setattr(self, name, np.zeros(size, dtype))
        self._tmp: Array = np.empty(min(size, CHUNK), dtype)
        self._state = tuple(self.state_arrays().values())  # filled in place, never replaced
        self._k: tuple[Any, ...] = ()  # arrays of the dtype, and flags
        self._stale = True
        self._blocks: tuple[Array, Array, list[tuple[Array, ...]]] | None = None

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
        if self._stale:
            self._stale = False
            dtype = np.dtype(self.dtype)
            self._k = tuple(c if isinstance(c, bool) else np.array(c, dtype)
                            for c in self._constants())
        self._per_step()
        if params.size <= CHUNK:
            self._update(params, grad, self._tmp, *self._state)
            return
        blocks = self._blocks
        if blocks is None or blocks[0] is not params or blocks[1] is not grad:
            blocks = self._blocks = (params, grad, self._split(params, grad))
        update = self._update
        for views in blocks[2]:
            update(*views)

    def _split(self, params: Array, grad: Array) -> list[tuple[Array, ...]]:
        """Views of every array of an update, one tuple per block of ``CHUNK`` values."""
        return [(params[s : s + CHUNK], grad[s : s + CHUNK], self._tmp[: params[s:].size],
                 *[a[s : s + CHUNK] for a in self._state]) for s in range(0, params.size, CHUNK)]

    def _constants(self) -> tuple[float | bool, ...]:
        """The scalars ``_update`` reads from ``self._k`` (made again when a hyper-parameter
        changes)."""
        return (self.lr,)

    def _per_step(self) -> None:
        """Refresh scalars that change every step (Adam's bias corrections)."""

    def _update(self, p: Array, g: Array, tmp: Array, *state: Array) -> None:
        raise NotImplementedError

    @staticmethod
    def _decay(p: Array, g: Array, tmp: Array, wd: Array) -> None:
        """Coupled weight decay, as in PyTorch: ``g += wd * p``."""
        np.multiply(p, wd, tmp)
        np.add(g, tmp, g)

    # --- state (for sessions) -----------------------------------------------------------------
    def state_arrays(self) -> dict[str, Array]:
        return {name: getattr(self, name) for name in self.state_names}

    def state(self, into: dict[str, Array] | None = None) -> dict[str, Array]:
        """Copies of the state; written into ``into`` (an earlier ``state()``) when it fits,
        so keeping it before every epoch allocates nothing."""
        own = self.state_arrays()
        if into is None or any(k not in into or into[k].shape != a.shape for k, a in own.items()):
            return {**{k: v.copy() for k, v in own.items()}, "t": np.array(self.t)}
        for key, arr in own.items():
            np.copyto(into[key], arr)
        return {**into, "t": np.array(self.t)}

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

    def _constants(self) -> tuple[float | bool, ...]:
        return (self.lr, self.weight_decay, self.weight_decay != 0.0)

    def _update(self, p: Array, g: Array, tmp: Array, *state: Array) -> None:
        lr, wd, decays = self._k
        if decays:
            self._decay(p, g, tmp, wd)
        np.multiply(g, lr, g)
        np.subtract(p, g, p)


class Momentum(Optimizer):
    """``v = mu*v + g``; ``p -= lr*v`` (or ``lr*(g + mu*v)`` with Nesterov), as in PyTorch."""

    name = "momentum"
    params = (MOMENTUM, NESTEROV, WEIGHT_DECAY)
    momentum: float
    nesterov: bool
    weight_decay: float
    state_names = ("v",)
    v: Array

    def _constants(self) -> tuple[float | bool, ...]:
        return (self.lr, self.momentum, self.weight_decay, self.weight_decay != 0.0,
                bool(self.nesterov))

    def _update(self, p: Array, g: Array, tmp: Array, *state: Array) -> None:
        (v,) = state
        lr, mu, wd, decays, nesterov = self._k
        if decays:
            self._decay(p, g, tmp, wd)
        np.multiply(v, mu, v)
        np.add(v, g, v)
        if nesterov:
            np.multiply(v, mu, tmp)
            np.add(g, tmp, g)
            np.multiply(g, lr, g)
            np.subtract(p, g, p)
        else:
            np.multiply(v, lr, tmp)
            np.subtract(p, tmp, p)


class RMSprop(Optimizer):
    """``s = a*s + (1-a)*g^2``; ``p -= lr*g/(sqrt(s) + eps)`` (PyTorch, no momentum)."""

    name = "rmsprop"
    params = (ALPHA, EPS, WEIGHT_DECAY)
    alpha: float
    eps: float
    weight_decay: float
    state_names = ("s",)
    s: Array

    def _constants(self) -> tuple[float | bool, ...]:
        return (self.lr, self.alpha, 1.0 - self.alpha, self.eps, self.weight_decay,
                self.weight_decay != 0.0)

    def _update(self, p: Array, g: Array, tmp: Array, *state: Array) -> None:
        (s,) = state
        lr, alpha, one_minus, eps, wd, decays = self._k
        if decays:
            self._decay(p, g, tmp, wd)
        np.multiply(s, alpha, s)
        np.multiply(g, g, tmp)
        np.multiply(tmp, one_minus, tmp)
        np.add(s, tmp, s)
        np.sqrt(s, tmp)
        np.add(tmp, eps, tmp)
        np.divide(g, tmp, tmp)
        np.multiply(tmp, lr, tmp)
        np.subtract(p, tmp, p)


class Adam(Optimizer):
    """PyTorch's Adam with bias correction; ``weight_decay`` adds ``wd*p`` to the gradient.

    The update ``p -= lr/bc1 * m / (sqrt(v)/sqrt(bc2) + eps)`` is computed as
    ``p -= (lr*sqrt(bc2)/bc1) * m / (sqrt(v) + eps*sqrt(bc2))``: the same number, with one
    pass less over the vector.
    """

    name = "adam"
    params = (BETA1, BETA2, EPS, WEIGHT_DECAY)
    default_lr = 0.001
    decoupled = False
    beta1: float
    beta2: float
    eps: float
    weight_decay: float
    state_names = ("m", "v")
    m: Array
    v: Array

    def _constants(self) -> tuple[float | bool, ...]:
        b1, b2, wd = self.beta1, self.beta2, self.weight_decay
        decay = 1.0 - self.lr * wd if self.decoupled else wd
        dtype = np.dtype(self.dtype)  # and two scalars that ``_per_step`` sets every step:
        self._eps_t: Array = np.zeros((), dtype)  # eps * sqrt(bc2)
        self._step_size: Array = np.zeros((), dtype)  # lr * sqrt(bc2) / bc1
        return (b1, 1.0 - b1, b2, 1.0 - b2, decay, wd != 0.0)

    def _per_step(self) -> None:
        root_bc2 = math.sqrt(1.0 - self.beta2**self.t)
        self._eps_t[()] = self.eps * root_bc2
        self._step_size[()] = self.lr * root_bc2 / (1.0 - self.beta1**self.t)

    def _update(self, p: Array, g: Array, tmp: Array, *state: Array) -> None:
        m, v = state
        b1, one_minus_b1, b2, one_minus_b2, decay, decays = self._k
        if decays:
            if self.decoupled:
                np.multiply(p, decay, p)
            else:
                self._decay(p, g, tmp, decay)
        np.multiply(m, b1, m)
        np.multiply(g, one_minus_b1, tmp)
        np.add(m, tmp, m)
        np.multiply(v, b2, v)
        np.multiply(g, g, tmp)
        np.multiply(tmp, one_minus_b2, tmp)
        np.add(v, tmp, v)
        np.sqrt(v, tmp)
        np.add(tmp, self._eps_t, tmp)
        np.divide(m, tmp, tmp)
        np.multiply(tmp, self._step_size, tmp)
        np.subtract(p, tmp, p)


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
