"""Optimizers with PyTorch's update rules and defaults, and learning-rate schedules.

An optimizer updates a flat parameter vector in place from a flat gradient of the same shape.
Its hyper-parameters (``lr`` included) are plain attributes validated on assignment through
``configure``, so they can change between steps without losing the optimizer's state.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.engine.activations import const
from playground.errors import ConfigError

Array = np.ndarray


def _check(name: str, value: float, low: float, high: float, *, low_open: bool = False) -> float:
    value = float(value)
    ok = math.isfinite(value) and (value > low if low_open else value >= low) and value <= high
    if not ok:
        bound = f"> {low:g}" if low_open else f">= {low:g}"
        if high != math.inf:
            bound = f"in ({low:g}, {high:g}]" if low_open else f"in [{low:g}, {high:g}]"
        raise ConfigError(f"{name} must be {bound} (got {value:g})")
    return value


class Optimizer:
    """Base class: validates hyper-parameters; ``step`` applies one update in place."""

    name = "base"
    defaults: dict[str, float | bool] = {}

    def __init__(
        self, size: int, dtype: type = np.float64, lr: float = 0.01, **hyper: float
    ) -> None:
        self.size = size
        self.dtype = dtype
        self.t = 0  # steps taken
        self.lr = 0.0
        for key, value in self.defaults.items():
            setattr(self, key, value)
        self.configure(lr=lr, **hyper)
        self._tmp = np.empty(size, dtype)

    def configure(self, **hyper: float) -> None:
        """Change hyper-parameters (e.g. ``lr``) between steps; state is kept."""
        for key, value in hyper.items():
            if key == "lr":
                self.lr = _check("learning rate", value, 0.0, math.inf, low_open=True)
            elif key in self.defaults:
                setattr(self, key, self._validate(key, value))
            else:
                raise ConfigError(f"optimizer {self.name!r} has no parameter {key!r}")

    def _validate(self, key: str, value: float) -> float | bool:
        if key == "nesterov":
            return bool(value)
        if key == "momentum":
            return _check(key, value, 0.0, 1.0)
        if key in ("beta1", "beta2", "alpha"):
            value = float(value)
            if not (math.isfinite(value) and 0.0 <= value < 1.0):
                raise ConfigError(f"{key} must be in [0, 1) (got {value:g})")
            return value
        if key == "eps":
            return _check("eps", value, 0.0, 1.0, low_open=True)
        return _check(key, value, 0.0, math.inf)  # weight_decay

    def hyper(self) -> dict[str, float | bool]:
        return {"lr": self.lr, **{k: getattr(self, k) for k in self.defaults}}

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
    defaults = {"weight_decay": 0.0}

    def _update(self, params: Array, grad: Array) -> None:
        if self.weight_decay:
            grad += self.weight_decay * params
        np.multiply(grad, const(self.lr, grad.dtype), grad)
        np.subtract(params, grad, params)


class Momentum(Optimizer):
    """``v = mu*v + g``; ``p -= lr*v`` (or ``lr*(g + mu*v)`` with Nesterov), as in PyTorch."""

    name = "momentum"
    defaults = {"momentum": 0.9, "nesterov": False, "weight_decay": 0.0}

    def __init__(
        self, size: int, dtype: type = np.float64, lr: float = 0.01, **hyper: float
    ) -> None:
        super().__init__(size, dtype, lr, **hyper)
        self.v = np.zeros(size, dtype)

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
    defaults = {"alpha": 0.99, "eps": 1e-8, "weight_decay": 0.0}

    def __init__(
        self, size: int, dtype: type = np.float64, lr: float = 0.01, **hyper: float
    ) -> None:
        super().__init__(size, dtype, lr, **hyper)
        self.s = np.zeros(size, dtype)

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
    defaults = {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0}
    decoupled = False

    def __init__(
        self, size: int, dtype: type = np.float64, lr: float = 0.001, **hyper: float
    ) -> None:
        super().__init__(size, dtype, lr, **hyper)
        self.m = np.zeros(size, dtype)
        self.v = np.zeros(size, dtype)

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
    defaults = {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.01}
    decoupled = True


@dataclass(frozen=True)
class OptimizerSpec:
    name: str
    label: str
    cls: type[Optimizer]


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


def make_optimizer(
    name: str, size: int, dtype: type = np.float64, lr: float = 0.01, **hyper: float
) -> Optimizer:
    if name not in OPTIMIZERS:
        raise ConfigError(f"unknown optimizer {name!r} (choose from {', '.join(OPTIMIZERS)})")
    return OPTIMIZERS[name].cls(size, dtype, lr, **hyper)


# --- learning-rate schedules: (base_lr, epoch, params) -> lr ----------------------------------
Schedule = Callable[[float, int, dict[str, float]], float]


def _constant(lr: float, epoch: int, p: dict[str, float]) -> float:
    return lr


def _step(lr: float, epoch: int, p: dict[str, float]) -> float:
    return lr * p.get("gamma", 0.5) ** (epoch // max(1, int(p.get("step_size", 100))))


def _exponential(lr: float, epoch: int, p: dict[str, float]) -> float:
    return lr * p.get("gamma", 0.99) ** epoch


def _cosine(lr: float, epoch: int, p: dict[str, float]) -> float:
    t_max = max(1, int(p.get("t_max", 1000)))
    lr_min = p.get("lr_min", 0.0)
    # PyTorch's CosineAnnealingLR closed form; past t_max it stays at the minimum
    e = min(epoch, t_max)
    return lr_min + (lr - lr_min) * (1.0 + math.cos(math.pi * e / t_max)) / 2.0


SCHEDULES: dict[str, Schedule] = {
    "constant": _constant,
    "step": _step,
    "exponential": _exponential,
    "cosine": _cosine,
}


def scheduled_lr(name: str, lr: float, epoch: int, params: dict[str, float] | None = None) -> float:
    """The learning rate for an epoch (epochs count from 0) under a schedule."""
    if name not in SCHEDULES:
        raise ConfigError(f"unknown schedule {name!r} (choose from {', '.join(SCHEDULES)})")
    return SCHEDULES[name](lr, epoch, params or {})
