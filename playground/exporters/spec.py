"""What every exporter needs to know about a trained model, read once from a weights file.

A weights file (ARCHITECTURE.md, *Contracts*) holds the arrays and a JSON ``meta``; an
:class:`ExportSpec` is the same model said plainly: the normaliser, the input features, the
dense layers in float64 with their activations (the head last), the task and the classes.
:func:`describe` is the few lines every exported file starts with.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from playground.data.features import feature, is_formula_feature, x1_only
from playground.data.formula import Node, parse_formula
from playground.data.weights_file import WeightsFile, input_names_of, n_inputs_of
from playground.engine.activations import ACTIVATIONS
from playground.engine.losses import HEADS, LOSSES, MULTI_SIGMOID
from playground.errors import ConfigError


@dataclass(frozen=True, eq=False)
class DenseLayer:
    """``z = a @ weight + bias``; ``weight`` (fan_in, fan_out) and ``bias`` (fan_out,) in
    float64, then ``activation`` (a hidden activation, or the head for the output layer)."""

    weight: np.ndarray
    bias: np.ndarray
    activation: str

    @property
    def fan_in(self) -> int:
        return int(self.weight.shape[0])

    @property
    def fan_out(self) -> int:
        return int(self.weight.shape[1])


@dataclass(frozen=True, eq=False)
class ExportSpec:
    """A trained model as the exporters see it. ``features`` are the weights file's names (a
    registered feature or a formula); ``one_d``: a regression network of x1 alone, whose
    command-line inputs may be ``x`` or ``x,y`` files. ``mean``, ``std`` and ``input_names``
    hold one entry per input column (x1..xD)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    std: tuple[float, ...]
    layers: tuple[DenseLayer, ...]
    task: str
    classes: tuple[str, ...]
    loss: str
    epoch: int
    one_d: bool
    # how the mean and std were made (``data.scaling``): they are applied as they are,
    # this only names them
    input_scaling: str = "standard"
    input_names: tuple[str, ...] = ("x1", "x2")

    @property
    def n_inputs(self) -> int:
        """The input columns the model reads (x1..xD)."""
        return len(self.mean)

    @property
    def point(self) -> str:
        """How a point reads in prose: ``(x1, x2)``, ``(height, weight, score)``."""
        return f"({', '.join(self.input_names)})"

    @property
    def head(self) -> str:
        """The output activation: ``sigmoid``, ``softmax``, ``linear`` or ``sigmoid_each``
        (multi-label: one sigmoid per label)."""
        return self.layers[-1].activation

    @property
    def hidden(self) -> tuple[DenseLayer, ...]:
        return self.layers[:-1]

    @property
    def output(self) -> DenseLayer:
        return self.layers[-1]

    @property
    def n_probabilities(self) -> int:
        """Columns of ``predict``'s result: the class (or label) count, 0 for regression
        (values)."""
        return len(self.classes) if self.task != "regression" else 0


def spec_from_weights(wf: WeightsFile) -> ExportSpec:
    """The exporters' view of a (validated) weights file; ``ConfigError`` for a head this
    package cannot write."""
    meta = wf.meta
    acts = list(meta["activations"])
    if acts[-1] not in ("sigmoid", "softmax", "linear", MULTI_SIGMOID):
        raise ConfigError(f"the {acts[-1]!r} output head cannot be exported yet")
    layers = tuple(
        DenseLayer(np.array(w, dtype=np.float64), np.array(b, dtype=np.float64), act)
        for w, b, act in zip(wf.weights, wf.biases, acts)
    )
    features = tuple(str(f) for f in meta["features"])
    return ExportSpec(
        features=features,
        mean=tuple(float(v) for v in meta["input_mean"]),
        std=tuple(float(v) for v in meta["input_std"]),
        layers=layers,
        task=str(meta["task"]),
        classes=tuple(str(c) for c in meta["classes"]),
        loss=str(meta["loss"]),
        epoch=int(meta["epoch"]),
        one_d=(meta["task"] == "regression" and x1_only(features)
               and n_inputs_of(meta) == 2),
        input_scaling=str(meta.get("input_scaling", "standard")),
        input_names=input_names_of(meta),
    )


def check_activations(spec: ExportSpec, known: Collection[str], fmt: str) -> None:
    """``ConfigError`` when a hidden activation is missing from ``known`` (a format's table)."""
    for layer in spec.hidden:
        if layer.activation not in known:
            act = ACTIVATIONS.get(layer.activation)
            label = act.label if act is not None else layer.activation
            raise ConfigError(f"the {label} activation cannot be exported to {fmt} yet")


def feature_label(name: str) -> str:
    """How a feature reads in a comment: ``x₁²`` or the formula's text."""
    return feature(name).label


def feature_tree(name: str) -> tuple[Node, bool]:
    """A feature as a formula tree over the normalised x1, x2, ... (``data.formula``), and whether
    its values are to be cleaned like a formula feature's (NaN -> 0, clipped to
    ``±FORMULA_LIMIT``). A registered feature's tree is read from its declared source."""
    if is_formula_feature(name):
        return parse_formula(name).tree, True
    source = feature(name).source.replace("{m}.", "")
    try:
        return parse_formula(source).tree, False
    except ConfigError:
        raise ConfigError(f"the input feature {name!r} cannot be exported yet") from None


def describe(spec: ExportSpec) -> list[str]:
    """Lines saying what the model is: the task, the network, its inputs, its training."""
    names = ", ".join(repr(c) for c in spec.classes)
    if spec.task == "classification":
        what = f"Classifies points {spec.point} into {len(spec.classes)} classes: {names}."
    elif spec.task == "multilabel":
        what = (f"Gives each point {spec.point} {len(spec.classes)} independent yes/no labels: "
                f"{names}.")
    elif spec.one_d:
        what = "Predicts a value y for each x (a curve: the network sees x1 alone)."
    else:
        what = f"Predicts a value for each point {spec.point} (regression)."
    sizes = [f"{spec.layers[0].fan_in} inputs"]
    sizes += [f"{layer.fan_out} {layer.activation}" for layer in spec.hidden]
    second = repr(spec.classes[1]) if len(spec.classes) > 1 else "the second class"
    head = {"sigmoid": f"sigmoid output (p of {second})", "softmax": "softmax outputs",
            "linear": "linear output", MULTI_SIGMOID: "sigmoid outputs (p of each label)"
            }[spec.head]
    sizes.append(f"{spec.output.fan_out} {head}")
    loss = LOSSES[spec.loss].label if spec.loss in LOSSES else spec.loss
    inputs = ", ".join(feature_label(f) for f in spec.features)
    return [
        what,
        "Network: " + " -> ".join(sizes),
        f"Inputs: {inputs} (of the normalised coordinates)",
        f"Trained for {spec.epoch} epoch{'s' if spec.epoch != 1 else ''} with the {loss} loss"
        f" ({HEADS[spec.head].label} head).",
    ]
