"""What every exporter needs to know about a trained model, read once from a weights file.

A weights file (ARCHITECTURE.md, *Contracts*) holds the arrays and a JSON ``meta``; an
:class:`ExportSpec` is the same model said plainly: the normaliser, the input features, the
dense layers in float64 with their activations (the head last), the task and the classes.
A hidden layer's options (``engine.layers``) are in their evaluation form: a normalisation
with its learned scale and shift (and batch norm's running statistics), a skip, and a dropout
rate that only documents the training (evaluation drops nothing).
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
from playground.engine.layers import NORM_EPS, NORMS, NormState
from playground.engine.losses import HEADS, LOSSES, MULTI_SIGMOID
from playground.errors import ConfigError


@dataclass(frozen=True, eq=False)
class Normalisation:
    """A hidden layer's normalisation as evaluation computes it, in float64 (``(units,)``
    each): ``y = (z - mean) / sqrt(var + eps) * gamma + beta``. Batch norm (``kind``
    ``"batch"``) takes ``mean`` and ``var`` from its running statistics (constants); layer
    norm (``"layer"``) takes them per point over the layer's units (``mean`` and ``var``
    None)."""

    kind: str
    gamma: np.ndarray
    beta: np.ndarray
    mean: np.ndarray | None = None
    var: np.ndarray | None = None
    eps: float = NORM_EPS

    @property
    def label(self) -> str:
        """``batch norm`` or ``layer norm``, for comments."""
        return NORMS[self.kind].label.lower()


@dataclass(frozen=True, eq=False)
class DenseLayer:
    """``z = a @ weight + bias``; ``weight`` (fan_in, fan_out) and ``bias`` (fan_out,) in
    float64, then ``norm`` (a hidden layer's normalisation, or None), ``activation`` (a hidden
    activation, or the head for the output layer), and with ``skip`` the layer's input added
    to its output. ``dropout`` is the rate the layer was trained with: evaluation, and so
    every export, drops nothing."""

    weight: np.ndarray
    bias: np.ndarray
    activation: str
    norm: Normalisation | None = None
    skip: bool = False
    dropout: float = 0.0

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
    def has_options(self) -> bool:
        """Whether any hidden layer has a normalisation, a skip or dropout (a plain network's
        exports stay as they were before the options existed)."""
        return any(layer.norm is not None or layer.skip or layer.dropout > 0.0
                   for layer in self.hidden)

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
    options = wf.options
    n_hidden = len(acts) - 1
    for h in range(n_hidden):  # a file made without its norms would export a wrong network
        state = wf.norms[h] if len(wf.norms) == n_hidden else None
        kind = options.norm_of(h)
        if (state.kind if state is not None else "none") != kind:
            what = NORMS[kind].label.lower() if kind != "none" else "no normalisation"
            raise ConfigError(f"hidden layer {h + 1} has {what} but the weights file holds "
                              f"no matching normalisation state")
    layers = tuple(
        DenseLayer(np.array(w, dtype=np.float64), np.array(b, dtype=np.float64), act,
                   *((_normalisation(wf.norms[i] if wf.norms else None), options.skips(i),
                      options.rate(i)) if i < n_hidden else ()))
        for i, (w, b, act) in enumerate(zip(wf.weights, wf.biases, acts))
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


def _normalisation(state: NormState | None) -> Normalisation | None:
    """A layer's stored normalisation state, in float64, as evaluation uses it (batch norm's
    running statistics; layer norm has none)."""
    if state is None:
        return None

    def f64(a: np.ndarray | None) -> np.ndarray | None:
        return None if a is None else np.array(a, dtype=np.float64)

    running = state.kind == "batch"
    return Normalisation(state.kind, np.array(state.gamma, dtype=np.float64),
                         np.array(state.beta, dtype=np.float64),
                         f64(state.running_mean) if running else None,
                         f64(state.running_var) if running else None)


def layer_words(layer: DenseLayer) -> str:
    """A hidden layer's options in a few words (``batch norm, dropout 0.2 in training,
    skip``), or ``""`` for none."""
    words = []
    if layer.norm is not None:
        words.append(layer.norm.label)
    if layer.dropout > 0.0:
        words.append(f"dropout {layer.dropout:g} in training")
    if layer.skip:
        words.append("skip")
    return ", ".join(words)


def evaluation_words(spec: ExportSpec) -> str:
    """One sentence: what the hidden layers' options do here (evaluation mode)."""
    kinds = {layer.norm.kind for layer in spec.hidden if layer.norm is not None}
    parts = []
    if "batch" in kinds:
        parts.append("batch norm uses the running mean and variance of training")
    if "layer" in kinds:
        parts.append("layer norm normalises each point over its layer's units")
    if any(layer.dropout > 0.0 for layer in spec.hidden):
        parts.append("dropout drops nothing")
    if any(layer.skip for layer in spec.hidden):
        parts.append("a skip adds a layer's input to its output")
    return "As in evaluation: " + "; ".join(parts) + "."


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
    sizes += [f"{layer.fan_out} {layer.activation}"
              + (f" ({layer_words(layer)})" if layer_words(layer) else "")
              for layer in spec.hidden]
    second = repr(spec.classes[1]) if len(spec.classes) > 1 else "the second class"
    head = {"sigmoid": f"sigmoid output (p of {second})", "softmax": "softmax outputs",
            "linear": "linear output", MULTI_SIGMOID: "sigmoid outputs (p of each label)"
            }[spec.head]
    sizes.append(f"{spec.output.fan_out} {head}")
    loss = LOSSES[spec.loss].label if spec.loss in LOSSES else spec.loss
    inputs = ", ".join(feature_label(f) for f in spec.features)
    lines = [
        what,
        "Network: " + " -> ".join(sizes),
        f"Inputs: {inputs} (of the normalised coordinates)",
        f"Trained for {spec.epoch} epoch{'s' if spec.epoch != 1 else ''} with the {loss} loss"
        f" ({HEADS[spec.head].label} head).",
    ]
    if spec.has_options:
        lines.append(evaluation_words(spec))
    return lines
