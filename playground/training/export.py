"""Between a trained network and the weights ``.npz`` (ARCHITECTURE.md).

``weights_file`` builds the file's content from weights plus what a reader needs to run them
(features, normaliser and the input scaling that made it, activations, task, classes,
config, epoch). ``check_compatible`` tells whether a loaded file can continue training under
a given config (the input scaling included: the file's normaliser is what its weights were
trained on).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from playground.data.features import Normalizer, make_features
from playground.data.points import default_class_names
from playground.data.scaling import DEFAULT_INPUT_SCALING, normalize_input_scaling
from playground.data.weights_file import (
    PLAIN_FORMAT_VERSION,
    WEIGHTS_FORMAT,
    WEIGHTS_FORMAT_VERSION,
    WeightsFile,
)
from playground.engine.activations import ACTIVATIONS
from playground.engine.layers import Norms
from playground.engine.losses import HEAD_FUNCTIONS
from playground.engine.model import MLP
from playground.errors import ConfigError
from playground.training.config import TrainConfig


def weights_file(
    config: TrainConfig,
    weights: Sequence[np.ndarray],
    biases: Sequence[np.ndarray],
    normalizer: Normalizer,
    epoch: int,
    class_names: Sequence[str] | None = None,
    input_names: Sequence[str] | None = None,
    norms: Norms = (),
) -> WeightsFile:
    """The file's content; ``input_names`` (one per input, optional) are kept in its meta
    when they are not ``x1``, ``x2``, ...; ``norms`` are the normalised layers' state (the
    trainer's ``TrainerState.norms``, a snapshot's, a ``ModelState``'s)."""
    classes = list(class_names) if class_names else default_class_names(config.n_classes)
    if config.task == "regression":
        classes = []
    meta = {
        "format": WEIGHTS_FORMAT,
        "version": WEIGHTS_FORMAT_VERSION if config.layer_options.any else PLAIN_FORMAT_VERSION,
        "features": list(config.features),
        "input_mean": [float(v) for v in normalizer.mean],
        "input_std": [float(v) for v in normalizer.std],
        "input_scaling": config.input_scaling,
        "n_inputs": normalizer.n_inputs,
        "layer_sizes": list(config.layer_sizes),
        "activations": list(config.all_activations),
        "loss": config.loss,
        "task": config.task,
        "classes": classes,
        "config": config.to_dict(),
        "epoch": int(epoch),
    }
    if config.layer_options.any:  # format version 2: the hidden layers' options
        n = len(config.hidden_layers)
        options = config.layer_options
        meta["dropout"] = [options.rate(h) for h in range(n)]
        meta["norm"] = [options.norm_of(h) for h in range(n)]
        meta["skip"] = [options.skips(h) for h in range(n)]
    names = list(input_names) if input_names is not None else None
    if names is not None and len(names) == normalizer.n_inputs and names != [
            f"x{k}" for k in range(1, normalizer.n_inputs + 1)]:
        meta["input_names"] = names
    return WeightsFile(tuple(w.copy() for w in weights), tuple(b.copy() for b in biases), meta,
                       tuple(None if s is None else s.copy() for s in norms))


def config_from_file(wf: WeightsFile) -> TrainConfig:
    """The config stored in a weights file, checked against its arrays."""
    try:
        cfg = TrainConfig.from_dict(wf.meta["config"])
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"the weights file has no usable training config ({exc})") from None
    check_compatible(wf, cfg)
    return cfg


def normalizer_from_file(wf: WeightsFile) -> Normalizer:
    """The normaliser a weights file was trained with: one mean and std per input."""
    m, s = wf.meta["input_mean"], wf.meta["input_std"]
    return Normalizer(mean=tuple(float(v) for v in m), std=tuple(float(v) for v in s))


def input_scaling_of(wf: WeightsFile) -> str:
    """The input scaling a weights file was trained with: its meta's ``input_scaling``, else
    its stored config's, else (an older file) ``standard``. Its ``input_mean`` and
    ``input_std`` already are that scaling; this names it."""
    spec = wf.meta.get("input_scaling")
    if spec is None:
        stored = wf.meta.get("config")
        spec = stored.get("input_scaling") if isinstance(stored, dict) else None
    return normalize_input_scaling(spec if spec is not None else DEFAULT_INPUT_SCALING)


def check_compatible(wf: WeightsFile, config: TrainConfig) -> None:
    """Raise ``ConfigError`` naming the first difference that stops ``wf`` from continuing
    training under ``config`` (features, task, classes, architecture, activations)."""
    meta = wf.meta
    checks: list[tuple[str, object, object]] = [
        ("task", meta["task"], config.task),
        ("input features", list(meta["features"]), list(config.features)),
        ("layer sizes", list(meta["layer_sizes"]), list(config.layer_sizes)),
        ("activations", list(meta["activations"]), list(config.all_activations)),
        ("input scaling", input_scaling_of(wf), config.input_scaling),
        ("normalisations", _per_layer(wf.options.norm_of, config),
         _per_layer(config.layer_options.norm_of, config)),
        ("skips", _per_layer(wf.options.skips, config),
         _per_layer(config.layer_options.skips, config)),
    ]
    if config.task in ("classification", "multilabel"):
        checks.insert(1, ("classes", len(meta["classes"]), config.n_classes))
    for what, have, want in checks:
        if have != want:
            raise ConfigError(
                f"the weights file's {what} ({have}) do not match the current network's ({want})"
            )


def model_from_file(wf: WeightsFile) -> MLP:
    """The float64 network a weights file holds, its normalisations' state included, in
    evaluation mode for ``forward`` (dropout off, batch norm's running statistics)."""
    model = MLP(wf.meta["layer_sizes"], wf.meta["activations"], np.float64, wf.options)
    model.set_layers([w.astype(np.float64) for w in wf.weights],
                     [b.astype(np.float64) for b in wf.biases])
    model.set_norm_state(wf.norms)
    return model


def _per_layer(value: Callable[[int], object], config: TrainConfig) -> list[object]:
    """One option's value for each of ``config``'s hidden layers (off written out)."""
    return [value(h) for h in range(len(config.hidden_layers))]


def predict(wf: WeightsFile, coords: np.ndarray) -> np.ndarray:
    """Run a weights file on raw coordinates ``(n, D)`` -> head outputs ``(n, outputs)``."""
    x = make_features(
        np.asarray(coords, np.float64), wf.meta["features"], normalizer_from_file(wf), np.float64
    )
    if wf.options.any:
        return model_from_file(wf).forward(x)
    # a plain network, step by step as the exported NumPy code computes it (the same bits)
    acts = wf.meta["activations"]
    for i, (w, b) in enumerate(zip(wf.weights, wf.biases)):
        z = x @ w.astype(np.float64) + b.astype(np.float64)
        x = ACTIVATIONS[acts[i]].forward(z, None) if i < len(wf.weights) - 1 else z
    return HEAD_FUNCTIONS[acts[-1]](x, None)
