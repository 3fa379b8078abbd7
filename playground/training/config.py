"""The frozen, validated training configuration and its JSON round trip.

Every name, default and range it checks comes from a registry: tasks, heads and losses
(``engine.losses``), activations, initialisers, dtypes, features, the optimizers' and the
schedules' declared parameters (``engine.optimizers.config_params``) and ``playground.limits``.
``DEFAULT_CONFIG`` is the configuration a new window starts with.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from typing import Any

from playground.data.features import DEFAULT_FEATURES, validate_features
from playground.data.scaling import DEFAULT_INPUT_SCALING, normalize_input_scaling
from playground.engine.activations import ACTIVATIONS
from playground.engine.init import BIAS_INITS, DEFAULT_INIT_STD, INITIALIZERS, MAX_INIT_STD
from playground.engine.layers import (
    LayerOptions,
    check_batch,
    check_options,
    skippable,
)
from playground.engine.losses import get_loss, get_task, head_for, losses_for, output_width
from playground.engine.model import DTYPES
from playground.engine.optimizers import (
    ALPHA,
    BETA1,
    BETA2,
    EPS,
    LEARNING_RATE,
    MOMENTUM,
    NESTEROV,
    OPTIMIZERS,
    SCHEDULES,
    WEIGHT_DECAY,
    config_params,
    get_optimizer,
    get_schedule,
)
from playground.engine.params import Param
from playground.engine.schedules import LR_GAMMA, LR_STEP_SIZE, LR_T_MAX
from playground.errors import ConfigError
from playground.limits import (
    MAX_CLASSES,
    MAX_HIDDEN_LAYERS,
    MAX_POINTS,
    MAX_UNITS,
    MIN_CLASSES,
)

MAX_BATCH = MAX_POINTS  # a batch larger than the largest point set would never fill
MAX_PENALTY = 10.0
MAX_SEED = 2**32 - 1  # numpy's seed range
MAX_STOP_EPOCHS = 10**7

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
    "init_std",
    "init_bias",
    "input_scaling",
    "norm",
    "skip",
)
# What the hidden neurons are: their inputs, layers and activations, normalisations and
# skips. Another architecture draws every weight again, so no neuron is the one that was
# frozen or pruned: ``replace`` drops those marks (undo, which restores the fields, brings
# them back).
ARCHITECTURE_FIELDS = ("features", "hidden_layers", "activations", "norm", "skip")
# the hidden layers' options (``engine.layers``): one value per hidden layer, or () for off
LAYER_OPTION_FIELDS = ("dropout", "norm", "skip")
# ``playground train``'s options that set one field as given (option -> TrainConfig field):
# the command line and a lesson's settings (``lessons.settings``) read them alike
OPTION_FIELDS: dict[str, str] = {
    "loss": "loss",
    "optimizer": "optimizer",
    "lr": "learning_rate",
    "momentum": "momentum",
    "nesterov": "nesterov",
    "alpha": "alpha",
    "beta1": "beta1",
    "beta2": "beta2",
    "eps": "eps",
    "weight_decay": "weight_decay",
    "schedule": "schedule",
    "lr_step_size": "lr_step_size",
    "lr_gamma": "lr_gamma",
    "lr_t_max": "lr_t_max",
    "l1": "l1",
    "l2": "l2",
    "init_scheme": "init",
    "init_std": "init_std",
    "init_bias": "init_bias",
    "input_scaling": "input_scaling",
    "dtype": "dtype",
}
# what a hidden neuron can be (``TrainConfig.neuron_state``)
NEURON_STATES = ("active", "frozen", "pruned")


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides how a network is built and trained.

    ``batch_size=None`` means full batch. ``activations`` has one name per hidden layer; the
    output activation follows from the task (ARCHITECTURE.md). Optimizer fields that the chosen
    optimizer does not use are kept (so switching back restores them) and ignored.
    """

    task: str = "classification"
    n_classes: int = 2
    features: tuple[str, ...] = DEFAULT_FEATURES
    hidden_layers: tuple[int, ...] = (4, 2)
    activations: tuple[str, ...] = ("tanh", "tanh")
    loss: str = "cross_entropy"
    optimizer: str = "sgd"
    # hyper-parameters: defaults and ranges are the optimizers' and schedules' declarations
    learning_rate: float = float(LEARNING_RATE.default)
    momentum: float = float(MOMENTUM.default)
    nesterov: bool = bool(NESTEROV.default)
    alpha: float = float(ALPHA.default)
    beta1: float = float(BETA1.default)
    beta2: float = float(BETA2.default)
    eps: float = float(EPS.default)
    weight_decay: float = float(WEIGHT_DECAY.default)
    schedule: str = "constant"
    lr_step_size: int = int(LR_STEP_SIZE.default)
    lr_gamma: float = float(LR_GAMMA.default)
    lr_t_max: int = int(LR_T_MAX.default)
    batch_size: int | None = 10
    shuffle: bool = True
    l1: float = 0.0
    l2: float = 0.0
    init: str = "glorot_uniform"
    seed: int = 0
    dtype: str = "float64"
    # the ``normal`` initialiser's standard deviation, and the biases' too when drawn
    init_std: float = DEFAULT_INIT_STD
    init_bias: str = "zero"  # ``engine.init.BIAS_INITS``: zero, or N(0, init_std²)
    # how raw coordinates become the network's inputs (``data.scaling``): standard,
    # standard:K, none or scale:K, kept in its one written form
    input_scaling: str = DEFAULT_INPUT_SCALING
    # neurons by (hidden layer, unit), both from 0: a frozen one keeps its incoming weights
    # and bias; a pruned one has them and its outgoing weights held at zero
    frozen: tuple[tuple[int, int], ...] = ()
    pruned: tuple[tuple[int, int], ...] = ()
    # the hidden layers' options (``engine.layers``), one value per hidden layer, written ()
    # when off in every layer: dropout rates (0 to 0.9, applied live), normalisations
    # (``NORMS``: none, layer, batch) and skips (a = f(z) + a_prev, between equal widths)
    dropout: tuple[float, ...] = ()
    norm: tuple[str, ...] = ()
    skip: tuple[bool, ...] = ()
    # stop rules (None: off): play pauses when one fires (``training.stopping``)
    max_epochs: int | None = None
    stop_loss: float | None = None
    patience: int | None = None

    def __post_init__(self) -> None:
        # normalise sequences to tuples so configs compare and hash by value
        for name in ("features", "hidden_layers", "activations", *LAYER_OPTION_FIELDS):
            value = getattr(self, name)
            if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
                raise ConfigError(f"{name.replace('_', ' ')} must be a list (got {value!r})")
            object.__setattr__(self, name, tuple(value))
        frozen = _neurons("frozen", self.frozen)
        pruned = _neurons("pruned", self.pruned)
        object.__setattr__(self, "pruned", pruned)
        object.__setattr__(self, "frozen", tuple(n for n in frozen if n not in pruned))
        self._validate()

    def _validate(self) -> None:
        if get_task(self.task).classes:
            _int_range("classes", self.n_classes, MIN_CLASSES, MAX_CLASSES)
        elif self.n_classes != 0:
            raise ConfigError(f"a {self.task} task has no classes (got {self.n_classes})")
        # a formula feature is kept as its normalised text (``data.features``)
        object.__setattr__(self, "features", validate_features(self.features))
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
            _choice("activation", name, ACTIVATIONS)
        check_options(LayerOptions(self.dropout, self.norm, self.skip), self.hidden_layers)
        # off in every layer is written as (), so configurations compare equal
        if not any(self.dropout):
            object.__setattr__(self, "dropout", ())
        else:
            object.__setattr__(self, "dropout", tuple(float(p) for p in self.dropout))
        if all(n == "none" for n in self.norm):
            object.__setattr__(self, "norm", ())
        if not any(self.skip):
            object.__setattr__(self, "skip", ())
        get_loss(self.loss, self.task, self.head)
        if not isinstance(self.shuffle, bool):
            raise ConfigError(f"shuffle must be true or false (got {self.shuffle!r})")
        get_optimizer(self.optimizer)
        get_schedule(self.schedule)
        for param in config_params():  # every optimizer's and schedule's, used or not
            assert param.field is not None
            param.check(getattr(self, param.field))
        if self.batch_size is not None:
            _int_range("batch size", self.batch_size, 1, MAX_BATCH)
            check_batch(self.layer_options, self.batch_size)
        _float_range("L1 rate", self.l1, 0.0, MAX_PENALTY)
        _float_range("L2 rate", self.l2, 0.0, MAX_PENALTY)
        _choice("initialiser", self.init, INITIALIZERS)
        _float_range("initial weight std", self.init_std, -math.inf, math.inf)
        if not 0 < self.init_std <= MAX_INIT_STD:
            raise ConfigError(f"initial weight std must be > 0 and at most {MAX_INIT_STD:g} "
                              f"(got {self.init_std:g})")
        object.__setattr__(self, "init_std", float(self.init_std))
        _choice("bias initialisation", self.init_bias, BIAS_INITS)
        object.__setattr__(self, "input_scaling", normalize_input_scaling(self.input_scaling))
        _int_range("seed", self.seed, 0, MAX_SEED)
        _choice("dtype", self.dtype, DTYPES)
        for name in ("frozen", "pruned"):
            for layer, unit in getattr(self, name):
                if not (layer < len(self.hidden_layers) and unit < self.hidden_layers[layer]):
                    raise ConfigError(
                        f"{name} neuron {unit + 1} of hidden layer {layer + 1}: the network "
                        f"has no such neuron")
        if self.max_epochs is not None:
            _int_range("maximum epochs", self.max_epochs, 1, MAX_STOP_EPOCHS)
        if self.stop_loss is not None:
            _float_range("target loss", self.stop_loss, 0.0, math.inf)
        if self.patience is not None:
            _int_range("patience", self.patience, 1, MAX_STOP_EPOCHS)

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

    @property
    def layer_options(self) -> LayerOptions:
        """The hidden layers' dropout, normalisations and skips, as the engine takes them."""
        return LayerOptions(self.dropout, self.norm, self.skip)

    def optimizer_params(self) -> dict[str, Any]:
        """The hyper-parameters the chosen optimizer takes (besides the learning rate), by the
        names it takes them under."""
        return _values(self, OPTIMIZERS[self.optimizer].params)

    def schedule_params(self) -> dict[str, Any]:
        """The parameters the chosen schedule reads from the config, by its names for them."""
        return _values(self, SCHEDULES[self.schedule].params)

    def needs_reset(self, other: TrainConfig) -> bool:
        """Whether moving from this config to ``other`` needs fresh weights."""
        return any(getattr(self, f) != getattr(other, f) for f in RESET_FIELDS)

    def replace(self, **changes: Any) -> TrainConfig:
        """A validated copy with some fields changed. Another architecture (inputs, hidden
        layers or activations: ``ARCHITECTURE_FIELDS``) starts with every neuron active: the
        frozen and pruned neurons are dropped unless they are given too. The same
        architecture (another seed, initialiser, class count, ...) keeps them."""
        changes = _fit_layer_options(self, changes)
        kept = {name: getattr(self, name) for name in ("frozen", "pruned")
                if name not in changes and getattr(self, name)}
        if not kept:
            return dataclasses.replace(self, **changes)
        new = dataclasses.replace(self, **{**changes, **dict.fromkeys(kept, ())})
        if all(getattr(new, f) == getattr(self, f) for f in ARCHITECTURE_FIELDS):
            new = dataclasses.replace(new, **kept)
        return new

    def neuron_state(self, layer: int, unit: int) -> str:
        """Hidden neuron ``(layer, unit)`` (both from 0): one of ``NEURON_STATES``."""
        if (layer, unit) in self.pruned:
            return "pruned"
        return "frozen" if (layer, unit) in self.frozen else "active"

    def with_neuron_state(self, layer: int, unit: int, state: str) -> TrainConfig:
        """This config with hidden neuron ``(layer, unit)`` active, frozen or pruned
        (``ConfigError`` for another state, or a neuron the network does not have)."""
        if state not in NEURON_STATES:
            raise ConfigError(f"a neuron is one of {', '.join(NEURON_STATES)} (got {state!r})")
        n = (layer, unit)
        frozen = tuple(m for m in self.frozen if m != n)
        pruned = tuple(m for m in self.pruned if m != n)
        if state == "frozen":
            frozen += (n,)
        elif state == "pruned":
            pruned += (n,)
        return self.replace(frozen=frozen, pruned=pruned)

    def with_task(self, task: str, n_classes: int, loss: str | None = None) -> TrainConfig:
        """Switch task/classes and choose the loss. The same task keeps its loss while it
        fits the head; another task is another problem and takes ``loss`` (the one it had,
        when undo or redo brings it back) if that fits, else the task's default (the first
        registered: cross-entropy, MSE), even when the old loss would fit too."""
        k = n_classes if get_task(task).classes else 0
        fitting = losses_for(task, head_for(task, k))
        if task == self.task and self.loss in fitting:
            loss = self.loss
        elif loss not in fitting:
            loss = fitting[0]
        return self.replace(task=task, n_classes=k, loss=loss)

    # --- JSON ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        for key in ("features", "hidden_layers", "activations", *LAYER_OPTION_FIELDS):
            d[key] = list(d[key])
        for key in ("frozen", "pruned"):
            d[key] = [list(n) for n in d[key]]
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


def _fit_layer_options(config: TrainConfig, changes: dict[str, Any]) -> dict[str, Any]:
    """``changes`` with the hidden layers' options made to fit new hidden layers, unless they
    are given: a layer keeps its dropout and normalisation, a new layer takes the last
    layer's, and a skip stays only where the widths still allow it (a new layer skips when
    the last one did and its width allows)."""
    hidden = changes.get("hidden_layers")
    if hidden is None or isinstance(hidden, (str, bytes)) or not hasattr(hidden, "__iter__"):
        return changes
    hidden = tuple(hidden)
    if hidden == config.hidden_layers:
        return changes
    n = len(hidden)
    fitted = dict(changes)

    def by_layer(values: tuple[Any, ...]) -> tuple[Any, ...]:
        if not values or n == 0:
            return ()
        return tuple(values[i] if i < len(values) else values[-1] for i in range(n))

    if "dropout" not in changes:
        fitted["dropout"] = by_layer(config.dropout)
    if "norm" not in changes:
        fitted["norm"] = by_layer(config.norm)
    if "skip" not in changes:
        allowed = skippable(hidden)
        fitted["skip"] = tuple(bool(on and ok)
                               for on, ok in zip(by_layer(config.skip), allowed)) \
            if config.skip else ()
    return fitted


def _values(config: TrainConfig, params: tuple[Param, ...]) -> dict[str, Any]:
    return {p.name: getattr(config, p.field) for p in params if p.field is not None}


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


def _neurons(name: str, value: Any) -> tuple[tuple[int, int], ...]:
    """A list of (hidden layer, unit) pairs as a sorted tuple of int pairs, each once."""
    if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
        raise ConfigError(f"{name} neurons must be a list of [layer, unit] pairs (got {value!r})")
    pairs = set()
    for item in value:
        if (isinstance(item, (str, bytes, dict)) or not hasattr(item, "__len__")
                or len(item) != 2 or not all(
                    isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in item)):
            raise ConfigError(
                f"{name} neurons must be [layer, unit] pairs of whole numbers from 0 "
                f"(got {str(item)[:30]})")
        pairs.add((int(item[0]), int(item[1])))
    return tuple(sorted(pairs))


def _choice(name: str, value: Any, choices: dict) -> None:
    if value not in choices:
        raise ConfigError(f"unknown {name} {value!r} (choose from {', '.join(choices)})")


# What a new window starts with (the dataclass defaults are TensorFlow Playground's, which the
# CLI and missing JSON fields use): a wider network that Adam trains quickly on the spiral.
DEFAULT_CONFIG = TrainConfig(
    hidden_layers=(8, 8), activations=("tanh", "tanh"), optimizer="adam", learning_rate=0.01
)
