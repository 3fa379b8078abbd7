"""The frozen, validated training configuration and its JSON round trip."""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from typing import Any

from playground.data.features import validate_features
from playground.engine.activations import ACTIVATIONS
from playground.engine.init import INITIALIZERS
from playground.engine.losses import TASKS, get_loss, head_for, losses_for, output_width
from playground.engine.model import DTYPES, MAX_HIDDEN_LAYERS, MAX_UNITS
from playground.engine.optimizers import OPTIMIZERS, SCHEDULES
from playground.errors import ConfigError

MIN_LR, MAX_LR = 1e-6, 10.0
MAX_BATCH = 100_000
MAX_PENALTY = 10.0

# Changing one of these starts from fresh weights; every other field applies live.
RESET_FIELDS = (
    "task",
    "n_classes",
    "features",
    "hidden_layers",
    "activations",
    "init",
    "seed",
    "dtype",
)


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides how a network is built and trained.

    ``batch_size=None`` means full batch. ``activations`` has one name per hidden layer; the
    output activation follows from the task (DESIGN §3). Optimizer fields that the chosen
    optimizer does not use are kept (so switching back restores them) and ignored.
    """

    task: str = "classification"
    n_classes: int = 2
    features: tuple[str, ...] = ("x1", "x2")
    hidden_layers: tuple[int, ...] = (4, 2)
    activations: tuple[str, ...] = ("tanh", "tanh")
    loss: str = "cross_entropy"
    optimizer: str = "sgd"
    learning_rate: float = 0.03
    momentum: float = 0.9
    nesterov: bool = False
    alpha: float = 0.99
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    weight_decay: float = 0.0
    schedule: str = "constant"
    lr_step_size: int = 100
    lr_gamma: float = 0.5
    lr_t_max: int = 1000
    batch_size: int | None = 10
    shuffle: bool = True
    l1: float = 0.0
    l2: float = 0.0
    init: str = "glorot_uniform"
    seed: int = 0
    dtype: str = "float64"

    def __post_init__(self) -> None:
        # normalise sequences to tuples so configs compare and hash by value
        for name in ("features", "hidden_layers", "activations"):
            value = getattr(self, name)
            if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
                raise ConfigError(f"{name.replace('_', ' ')} must be a list (got {value!r})")
            object.__setattr__(self, name, tuple(value))
        self._validate()

    def _validate(self) -> None:
        if self.task not in TASKS:
            raise ConfigError(f"task must be one of {', '.join(TASKS)} (got {self.task!r})")
        if self.task == "classification":
            _int_range("classes", self.n_classes, 2, 8)
        elif self.n_classes != 0:
            raise ConfigError(f"a regression task has no classes (got {self.n_classes})")
        validate_features(self.features)
        if len(self.hidden_layers) > MAX_HIDDEN_LAYERS:
            raise ConfigError(
                f"hidden layers must be at most {MAX_HIDDEN_LAYERS} (got {len(self.hidden_layers)})"
            )
        for units in self.hidden_layers:
            _int_range("units per layer", units, 1, MAX_UNITS)
        if len(self.activations) != len(self.hidden_layers):
            raise ConfigError(
                f"need one activation per hidden layer: {len(self.hidden_layers)} layers, "
                f"{len(self.activations)} activations"
            )
        for name in self.activations:
            if name not in ACTIVATIONS:
                raise ConfigError(
                    f"unknown activation {name!r} (choose from {', '.join(ACTIVATIONS)})"
                )
        get_loss(self.loss, self.task)
        for name in ("shuffle", "nesterov"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"{name} must be true or false (got {getattr(self, name)!r})")
        _choice("optimizer", self.optimizer, OPTIMIZERS)
        _float_range("learning rate", self.learning_rate, MIN_LR, MAX_LR)
        _float_range("momentum", self.momentum, 0.0, 1.0)
        for name in ("alpha", "beta1", "beta2"):
            _float_range(name, getattr(self, name), 0.0, 1.0, high_open=True)
        _float_range("eps", self.eps, 1e-12, 1.0)
        _float_range("weight decay", self.weight_decay, 0.0, 1.0)
        _choice("schedule", self.schedule, SCHEDULES)
        _int_range("schedule step size", self.lr_step_size, 1, 10**9)
        _float_range("schedule gamma", self.lr_gamma, 1e-6, 1.0)
        _int_range("schedule length", self.lr_t_max, 1, 10**9)
        if self.batch_size is not None:
            _int_range("batch size", self.batch_size, 1, MAX_BATCH)
        _float_range("L1 rate", self.l1, 0.0, MAX_PENALTY)
        _float_range("L2 rate", self.l2, 0.0, MAX_PENALTY)
        _choice("initialiser", self.init, INITIALIZERS)
        _int_range("seed", self.seed, 0, 2**32 - 1)
        _choice("dtype", self.dtype, DTYPES)

    # --- derived ------------------------------------------------------------------------------
    @property
    def head(self) -> str:
        return head_for(self.task, self.n_classes)

    @property
    def layer_sizes(self) -> tuple[int, ...]:
        return (len(self.features), *self.hidden_layers, output_width(self.task, self.n_classes))

    @property
    def all_activations(self) -> tuple[str, ...]:
        return (*self.activations, self.head)

    def optimizer_params(self) -> dict[str, Any]:
        """The hyper-parameters the chosen optimizer takes (besides the learning rate)."""
        keys = OPTIMIZERS[self.optimizer].cls.defaults
        return {k: getattr(self, k) for k in keys}

    def schedule_params(self) -> dict[str, float]:
        return {"step_size": self.lr_step_size, "gamma": self.lr_gamma, "t_max": self.lr_t_max}

    def needs_reset(self, other: TrainConfig) -> bool:
        """Whether moving from this config to ``other`` needs fresh weights."""
        return any(getattr(self, f) != getattr(other, f) for f in RESET_FIELDS)

    def replace(self, **changes: Any) -> TrainConfig:
        """A validated copy with some fields changed."""
        return dataclasses.replace(self, **changes)

    def with_task(self, task: str, n_classes: int) -> TrainConfig:
        """Switch task/classes, choosing a valid loss if the current one no longer fits."""
        loss = self.loss if self.loss in losses_for(task) else losses_for(task)[0]
        return self.replace(
            task=task, n_classes=n_classes if task == "classification" else 0, loss=loss
        )

    # --- JSON ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        for key in ("features", "hidden_layers", "activations"):
            d[key] = list(d[key])
        return d

    @classmethod
    def from_dict(cls, data: Any) -> TrainConfig:
        if not isinstance(data, dict):
            raise ConfigError("configuration must be a JSON object")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"unknown configuration field(s): {', '.join(unknown)}")
        try:
            return cls(**data)
        except TypeError as exc:
            raise ConfigError(f"invalid configuration: {exc}") from None

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> TrainConfig:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, TypeError) as exc:
            raise ConfigError(f"configuration is not valid JSON: {exc}") from None
        return cls.from_dict(data)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _float_range(
    name: str, value: Any, low: float, high: float, *, high_open: bool = False
) -> None:
    try:
        finite = _is_number(value) and math.isfinite(value)
    except OverflowError:  # a JSON integer beyond the float range
        finite = False
    if not finite:
        raise ConfigError(f"{name} must be a number (got {str(value)[:20]})")
    too_high = value >= high if high_open else value > high
    if value < low or too_high:
        if low > 0 and value <= 0:
            raise ConfigError(f"{name} must be > 0 (got {value:g})")
        upper = f"below {high:g}" if high_open else f"at most {high:g}"
        raise ConfigError(f"{name} must be at least {low:g} and {upper} (got {value:g})")


def _int_range(name: str, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(f"{name} must be a whole number (got {value!r})")
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high} (got {value})")


def _choice(name: str, value: Any, choices: dict) -> None:
    if value not in choices:
        raise ConfigError(f"unknown {name} {value!r} (choose from {', '.join(choices)})")
