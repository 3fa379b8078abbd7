"""A lesson's settings: the ``playground train`` options a step sets, as a TOML table.

Keys are the long options of ``train`` without the dashes, ``-`` or ``_`` alike
(``layers = [4, 4]``, ``activation = "relu"``, ``lr = 0.03``, ``batch-size = "all"``,
``input-scaling = "none"``); ``shuffle = false`` is ``--no-shuffle``. The hidden layers'
options take one value for every hidden layer or a list of one per layer, as ``train``'s
``--dropout``, ``--norm`` and ``--skip`` do (``training.layer_options``): ``dropout = 0.2``,
``norm = "batch"``, ``norm = ["none", "layer"]``, ``skip = true`` (every hidden layer as
wide as the one before it), ``skip = [2, 3]`` (hidden layers by number from 1), ``skip =
false``. ``apply_settings``
turns them into a new ``TrainConfig``, so every value is checked by the config with its own
message. One activation names every hidden layer's; changing the layers without naming the
activations keeps them when the count still fits, else repeats the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from playground.data.features import split_features
from playground.errors import ConfigError
from playground.training.config import OPTION_FIELDS, TrainConfig
from playground.training.layer_options import LAYER_OPTIONS, given_value, layer_changes

# setting -> TrainConfig field: ``train``'s pass-through options (``OPTION_FIELDS``) and those
# it reads itself (features, layers, activation, batch size, shuffle, seed, stop rules)
SETTINGS: dict[str, str] = {
    "features": "features",
    "layers": "hidden_layers",
    "activation": "activations",
    **OPTION_FIELDS,
    **{name: name for name in LAYER_OPTIONS},
    "batch_size": "batch_size",
    "shuffle": "shuffle",
    "seed": "seed",
    "stop_loss": "stop_loss",
    "patience": "patience",
}
DEFAULT_ACTIVATION = "tanh"  # what a network of no hidden layers given some gets


def parse_settings(table: Any) -> dict[str, Any]:
    """The settings of a TOML table, as ``TrainConfig`` field changes; ``ConfigError`` for an
    unknown key or a value of the wrong kind (ranges are the config's to check)."""
    if not isinstance(table, Mapping):
        raise ConfigError("settings must be a table of train options, e.g. "
                          "{ layers = [4], lr = 0.03 }")
    changes: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        field = SETTINGS.get(name)
        if field is None:
            raise ConfigError(f"unknown setting {key!r}; the settings are "
                              f"{', '.join(SETTINGS)}")
        changes[field] = _value(key, field, value)
    return changes


def _value(key: str, field: str, value: Any) -> Any:
    if field in LAYER_OPTIONS:  # one value for every hidden layer, or a list per layer
        return given_value(field, value, key)
    if field == "hidden_layers":
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list):
            raise ConfigError(f"{key} must be a list of units per layer, e.g. [4, 4]")
        try:
            return tuple(int(v) if isinstance(v, str) else v for v in value)
        except ValueError:
            raise ConfigError(f"{key} must be whole numbers, e.g. [4, 4] (got {value!r})"
                              ) from None
    if field in ("activations", "features"):
        if isinstance(value, str):
            value = list(split_features(value)) if field == "features" else [
                part.strip() for part in value.split(",")]
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise ConfigError(f"{key} must be a name or a list of names (got {value!r})")
        return tuple(value)
    if field == "batch_size" and isinstance(value, str):
        if value.strip().lower() != "all":
            raise ConfigError(f"{key} must be a whole number or \"all\" (got {value!r})")
        return None
    if field in ("learning_rate", "momentum", "alpha", "beta1", "beta2", "eps",
                 "weight_decay", "lr_gamma", "l1", "l2", "init_std", "stop_loss") and (
            isinstance(value, int) and not isinstance(value, bool)):
        return float(value)  # TOML's 0 is an integer
    if isinstance(value, (list, dict)):
        raise ConfigError(f"{key} takes one value (got {value!r})")
    return value


def apply_settings(config: TrainConfig, changes: Mapping[str, Any]) -> TrainConfig:
    """``config`` with the settings of ``parse_settings`` applied; ``ConfigError`` from the
    config when a value is out of range or the settings do not fit together."""
    if not changes:
        return config
    fields = dict(changes)
    layers = fields.get("hidden_layers", config.hidden_layers)
    acts = fields.get("activations")
    if acts is None:
        if "hidden_layers" in fields and len(config.activations) != len(layers):
            first = config.activations[0] if config.activations else DEFAULT_ACTIVATION
            fields["activations"] = (first,) * len(layers)
    elif len(acts) == 1:
        fields["activations"] = acts * len(layers)
    fields = layer_changes(fields, layers)
    try:
        return config.replace(**fields)
    except TypeError as exc:
        raise ConfigError(f"invalid settings: {exc}") from None
