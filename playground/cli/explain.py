"""``playground explain MODEL.npz --point X1,X2[,...] (--label K | --target T)``: one
training step's maths for one point, as one JSON object.

For a classifier, ``label`` and ``class`` first say which class the point was given (its
label, from 0, and its name); for a multi-label model, ``--label 1,0,1`` gives one 0 or 1 per
label and ``labels`` and ``classes`` (the label names) come first. ``features`` is the
network's input (the point z-scored with the model's normaliser, then expanded into its
input features); ``layers`` has one entry per weight layer with its pre-activations ``z``
and outputs ``a`` (the last one's ``a`` is the head's output, also given as ``output``);
``loss`` is that point's data loss (no L1/L2 penalty) and ``gradients`` the gradient of that
loss with respect to every parameter, ``W0``, ``b0``, ``W1``, ... with the weights file's
shapes (normalised hidden layers add ``gamma{h}`` and ``beta{h}``, and their layer's entry
the normalised ``y``; nothing is dropped and batch norm uses its running statistics, as in
evaluation). The numbers come from ``engine.explain``, which the window's step-through mode
shows. A model of D inputs takes D numbers (``--point 1.8,80,0.5``); a 1-D model also takes
``--point X``.
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

import numpy as np

from playground.cli.common import fail, finite, label_list
from playground.data.features import make_features
from playground.data.weights_file import WeightsFile, load_weights, n_inputs_of
from playground.engine.explain import LayerStep, PointExplanation, explain_point
from playground.engine.losses import encode_targets, get_loss
from playground.limits import MAX_COORD
from playground.session.dims import is_one_d
from playground.training.export import normalizer_from_file


def parse_point(text: str, one_d: bool, n_inputs: int = 2) -> np.ndarray:
    """``"X1,X2"`` (``"X1,...,XD"`` for a model of ``n_inputs`` inputs; or ``"X"`` for a 1-D
    model, whose x2 is 0) -> coords (1, D)."""
    parts = [p.strip() for p in text.split(",")]
    named = ",".join(f"X{k}" for k in range(1, n_inputs + 1))
    wanted = f"X or {named}" if one_d else named
    if len(parts) not in ((1, 2) if one_d else (n_inputs,)):
        fail(f"--point needs {wanted} (got {text!r})")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        fail(f"--point needs numbers: {wanted} (got {text!r})")
    if not all(math.isfinite(v) and abs(v) <= MAX_COORD for v in values):
        fail(f"--point coordinates must be finite and within ±{MAX_COORD:g} (got {text!r})")
    if len(values) == 1:
        values.append(0.0)
    return np.array([values], np.float64)


def parse_labels(classes: list[str], label: str | None, target: float | None) -> np.ndarray:
    """A multi-label point's labels: ``--label`` holds one 0 or 1 per label, in order."""
    k = len(classes)
    wanted = f"{k} zeros and ones, one per label ({', '.join(classes)}), e.g. " + ",".join(
        ["1"] + ["0"] * (k - 1))
    if target is not None:
        fail(f"the model is multi-label: give the point's labels with --label ({wanted})")
    if label is None:
        fail(f"give the point's labels with --label: {wanted}")
    parts = [p.strip() for p in label.split(",")]
    if len(parts) != k or any(p not in ("0", "1") for p in parts):
        fail(f"--label needs {wanted} (got {label!r})")
    return np.array([int(p) for p in parts], np.int64)


def parse_value(wf: WeightsFile, label: str | None,
                target: float | None) -> float | np.ndarray:
    """The point's class label (an index or a class name) or regression target (a
    multi-label model's: its 0/1 labels, :func:`parse_labels`)."""
    task, classes = wf.meta["task"], list(wf.meta["classes"])
    if task == "multilabel":
        return parse_labels(classes, label, target)
    if task == "classification":
        labels = label_list(classes)
        if target is not None:
            fail("the model is a classifier: give the point's class with --label K, not --target")
        if label is None:
            fail(f"give the point's class with --label K or its name ({labels})")
        text = label.strip()
        if text in classes and not text.lstrip("-").isdigit():
            return float(classes.index(text))
        try:
            k = int(text)
        except ValueError:
            fail(f"--label must be a class label or a class name ({labels}; got {label!r})")
        if not 0 <= k < len(classes):
            fail(f"--label {k} is not a class of the model (it has {len(classes)}: {labels})")
        return float(k)
    if label is not None:
        fail("the model does regression: give the point's value with --target T, not --label")
    if target is None:
        fail("give the point's value with --target T")
    if not (math.isfinite(target) and abs(target) <= MAX_COORD):
        fail(f"--target must be finite and within ±{MAX_COORD:g} (got {target!r})")
    return float(target)


def explain_model(wf: WeightsFile, coords: np.ndarray,
                  value: float | np.ndarray) -> PointExplanation:
    """The explanation of the point ``coords (1, D)`` with label or target ``value`` (a
    multi-label point's ``(L,)`` 0/1 labels)."""
    meta = wf.meta
    task = meta["task"]
    x = make_features(coords, meta["features"], normalizer_from_file(wf), np.float64)
    t = encode_targets(np.array([value]), task, len(meta["classes"]), np.float64)
    loss = get_loss(meta["loss"], task, meta["activations"][-1])
    # a version-2 file's hidden-layer options (nothing is dropped: no mask is given, and
    # batch norm uses its running statistics, as in evaluation)
    return explain_point(wf.weights, wf.biases, list(meta["activations"]), x[0], t[0], loss,
                         options=wf.options, norms=wf.norms)


def report(expl: PointExplanation, label: tuple[int, str] | None = None) -> dict[str, Any]:
    """The JSON object; ``label`` (label, class name) of a classifier's point first."""
    named = {} if label is None else {"label": label[0], "class": label[1]}
    return {
        **named,
        "features": expl.features.tolist(),
        "layers": [_layer(layer) for layer in expl.layers],
        "output": expl.output.tolist(),
        "loss": expl.loss,
        "gradients": {name: g.tolist() for name, g in expl.gradients().items()},
    }


def _layer(layer: LayerStep) -> dict[str, Any]:
    """A layer's ``z`` and ``a``, and after a normalisation the activation's input ``y``."""
    out = {"z": layer.z.tolist(), "a": layer.a.tolist()}
    if layer.extras is not None and layer.extras.norm != "none":
        out["y"] = layer.extras.y.tolist()
    return out


def cmd_explain(args: argparse.Namespace) -> int:
    wf = load_weights(args.model)
    coords = parse_point(args.point, is_one_d(wf), n_inputs_of(wf.meta))
    value = parse_value(wf, args.label, args.target)
    with np.errstate(all="ignore"):  # a saturated head is not an error
        expl = explain_model(wf, coords, value)
    classes = wf.meta["classes"]
    if isinstance(value, np.ndarray):  # multi-label: its labels and their names first
        out = {"labels": value.tolist(), "classes": list(classes), **report(expl)}
    else:
        label = (int(value), classes[int(value)]) if wf.meta["task"] == "classification" \
            else None
        out = report(expl, label)
    print(json.dumps(finite(out)), flush=True)
    return 0

