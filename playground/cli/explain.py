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
shapes. The numbers come from ``engine.explain``, which the window's step-through mode
shows. A model of D inputs takes D numbers (``--point 1.8,80,0.5``); a 1-D model also takes
``--point X``.

A normalised hidden layer ``h`` adds ``gamma{h}`` and ``beta{h}`` to ``gradients``
(``norm_gradients``): layer norm's as a training step takes them for the point (dropout
off); batch norm has no batch statistics for one point, so its are taken in evaluation mode,
with the running mean and variance held fixed (the layer is then ``gamma * xhat + beta``).
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
from playground.engine.explain import PointExplanation, explain_point
from playground.engine.layers import NORM_EPS, LayerOptions, NormState
from playground.engine.losses import Loss, encode_targets, get_loss
from playground.engine.model import MLP
from playground.limits import MAX_COORD
from playground.session.dims import is_one_d
from playground.training.export import model_from_file, normalizer_from_file


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
    return explain_point(wf.weights, wf.biases, list(meta["activations"]), x[0], t[0], loss)


def norm_gradients(wf: WeightsFile, coords: np.ndarray,
                   value: float | np.ndarray) -> dict[str, np.ndarray]:
    """The point's loss gradient with respect to each normalised hidden layer's ``gamma``
    and ``beta`` (``gamma{h}``, ``beta{h}``; empty for a network without normalisations).

    Batch norm is taken in evaluation mode: its running statistics fold into the dense layer
    before it (``W * s``, ``(b - mean) * s + beta`` with ``s = gamma / sqrt(var + eps)``), so
    the folded network's bias gradient is ``dL/dy``, and ``dL/dgamma = dL/dy * xhat``,
    ``dL/dbeta = dL/dy``. Layer norm's come from the folded network's own gradient."""
    if not wf.norms:
        return {}
    meta = wf.meta
    x = make_features(coords, meta["features"], normalizer_from_file(wf), np.float64)
    t = encode_targets(np.array([value]), meta["task"], len(meta["classes"]), np.float64)
    loss: Loss = get_loss(meta["loss"], meta["task"], meta["activations"][-1])
    _, traces = model_from_file(wf).trace(x)  # evaluation: each layer's xhat
    options = wf.options
    weights = [w.astype(np.float64) for w in wf.weights]
    biases = [b.astype(np.float64) for b in wf.biases]
    kept: list[NormState | None] = []
    for h, state in enumerate(wf.norms):
        if state is not None and state.kind == "batch":
            assert state.running_mean is not None and state.running_var is not None
            s = state.gamma.astype(np.float64) / np.sqrt(
                state.running_var.astype(np.float64) + NORM_EPS)
            weights[h] = weights[h] * s
            biases[h] = (biases[h] - state.running_mean) * s + state.beta
            state = None
        kept.append(state)
    folded_norm = tuple("none" if n is None else n.kind for n in kept)
    folded = MLP(meta["layer_sizes"], meta["activations"], np.float64,
                 LayerOptions(options.dropout, folded_norm, options.skip))
    folded.set_layers(weights, biases)
    folded.set_norm_state(tuple(kept) if any(n is not None for n in kept) else ())
    x_aug = np.hstack([x, np.ones((len(x), 1))])
    folded.gradient(x_aug, t, loss)  # a diagnostic gradient: nothing dropped
    blocks = folded.blocks(folded.grad)
    out: dict[str, np.ndarray] = {}
    for h, state in enumerate(wf.norms):
        if state is None:
            continue
        if state.kind == "batch":
            dy = blocks[h][-1].copy()  # the folded bias's gradient: dL/dy
            xhat = traces[h].xhat
            assert xhat is not None
            out[f"gamma{h}"], out[f"beta{h}"] = dy * xhat[0], dy
        else:
            g, b = folded.ggamma[h], folded.gbeta[h]
            assert g is not None and b is not None
            out[f"gamma{h}"], out[f"beta{h}"] = g.copy(), b.copy()
    return out


def report(expl: PointExplanation, label: tuple[int, str] | None = None) -> dict[str, Any]:
    """The JSON object; ``label`` (label, class name) of a classifier's point first."""
    named = {} if label is None else {"label": label[0], "class": label[1]}
    return {
        **named,
        "features": expl.features.tolist(),
        "layers": [{"z": layer.z.tolist(), "a": layer.a.tolist()} for layer in expl.layers],
        "output": expl.output.tolist(),
        "loss": expl.loss,
        "gradients": {name: g.tolist() for name, g in expl.gradients().items()},
    }


def cmd_explain(args: argparse.Namespace) -> int:
    wf = load_weights(args.model)
    coords = parse_point(args.point, is_one_d(wf), n_inputs_of(wf.meta))
    value = parse_value(wf, args.label, args.target)
    with np.errstate(all="ignore"):  # a saturated head is not an error
        expl = explain_model(wf, coords, value)
        extra = {name: g.tolist() for name, g in norm_gradients(wf, coords, value).items()}
    classes = wf.meta["classes"]
    if isinstance(value, np.ndarray):  # multi-label: its labels and their names first
        out = {"labels": value.tolist(), "classes": list(classes), **report(expl)}
    else:
        label = (int(value), classes[int(value)]) if wf.meta["task"] == "classification" \
            else None
        out = report(expl, label)
    out["gradients"].update(extra)  # the normalised layers' gamma and beta
    print(json.dumps(finite(out)), flush=True)
    return 0

