"""``playground inspect MODEL.npz POINTS.csv``: what a weights file's network does inside, on
labelled points, as one JSON object.

``layers`` has one entry per hidden layer: its size, activation, the fraction of dead units
(ReLU units whose output is exactly 0 on every point) and of saturated outputs (tanh or sigmoid
in its flat range), from ``engine.diagnostics``, so the window and the command line agree.
Then the model's loss (the mean data loss, no penalty, as training reports it) with, for
classification, the accuracy and the confusion matrix (rows: true class, columns: predicted,
both by label from 0) with ``classes``, the class names in that order, or, for regression, R²
and the RMSE; for multi-label, the exact-match ``accuracy`` (every label right) and
``label_accuracy``, each label's own, in the order of ``classes``. A 1-D model also reads
``x,y``. Each layer also names its options (``dropout``, ``norm``, ``skip``; off in a plain
network) and, when normalised, the shapes of its arrays (``norm_arrays``); the network runs
as it predicts (evaluation mode: no dropout, batch norm's running statistics).

A network whose hidden units are ReLU, leaky ReLU or linear and that has no layer norm gets
``linear_regions``: how many linear regions (``engine.regions``) a ``grid`` of N × N pixel
centres (``--grid``, 200 by default) over ``extent`` (x_min, x_max, y_min, y_max: the points'
x1 and x2 with a margin, every other input at the points' mean) meets; any other network gets
``{"reason": ...}`` there instead.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

import numpy as np

from playground.cli.common import fail, finite, label_list
from playground.data.features import make_features
from playground.data.points_csv import PointsTable, read_points_csv
from playground.data.view_frame import ViewFrame, fit_extent
from playground.data.weights_file import WeightsFile, input_names_of, load_weights, n_inputs_of
from playground.engine.diagnostics import (
    dead_fraction,
    regression_scores,
    saturated_fraction,
)
from playground.engine.losses import encode_targets, get_loss
from playground.engine.regions import linear_regions, regions_reason
from playground.errors import ConfigError
from playground.limits import MAX_COORD
from playground.session.dims import is_one_d
from playground.training.export import model_from_file, normalizer_from_file


def check_points(wf: WeightsFile, table: PointsTable, path: str) -> None:
    """Refuse points the model cannot be scored on: another task, labels beyond its classes,
    an ``x,y`` file for a model of x1 and x2, another number of inputs, no points."""
    meta = wf.meta
    task = meta["task"]
    if table.task != task:
        held = {"classification": "class labels", "multilabel": "multi-label columns"}.get(
            table.task, "regression targets")
        fail(f"{path} holds {held} but the model is for {task}")
    if table.dims == 1 and not is_one_d(wf):
        fail(f"{path} holds 1-D points (x,y) but the model's inputs are "
             f"{','.join(meta['features'])}; use a file with header x1,x2,target")
    if table.dims == 2 and table.n_inputs != n_inputs_of(meta):
        fail(f"{path} has {table.n_inputs} input columns, but the model reads "
             f"{n_inputs_of(meta)} ({', '.join(input_names_of(meta))})")
    if len(table.values) == 0:
        fail(f"{path}: no points to inspect")
    k = len(meta["classes"])
    if task == "multilabel" and table.n_classes != k:
        fail(f"{path} has {table.n_classes} label columns but the model has {k} labels "
             f"({label_list(meta['classes'])})")
    if task == "classification" and int(table.values.max()) >= k:
        fail(f"{path} has labels up to {int(table.values.max())} but the model has {k} "
             f"classes ({label_list(meta['classes'])})")


def inspect_model(wf: WeightsFile, coords: np.ndarray, values: np.ndarray) -> dict[str, Any]:
    """The report for points ``coords (n, D)`` with labels or targets ``values (n,)``."""
    meta = wf.meta
    task, acts = meta["task"], list(meta["activations"])
    model = model_from_file(wf)
    x = make_features(coords, meta["features"], normalizer_from_file(wf), np.float64)
    z, traces = model.trace(x)  # evaluation mode; each layer's activation output ``h``
    layers = [
        {
            "layer": h + 1,
            "units": int(t.h.shape[1]),
            "activation": acts[h],
            "dead_fraction": dead_fraction(acts[h], t.h),
            "saturated_fraction": saturated_fraction(acts[h], t.h),
            **layer_options(wf, h),
        }
        for h, t in enumerate(traces)
    ]
    k = len(meta["classes"])
    t = encode_targets(values, task, k, np.float64)
    report: dict[str, Any] = {
        "layers": layers,
        "loss": get_loss(meta["loss"], task).value(z, t, model.head),
    }
    if task == "classification":
        labels = values.astype(np.int64)
        pred = (z[:, 0] > 0).astype(np.int64) if z.shape[1] == 1 else z.argmax(axis=1)
        confusion = np.zeros((k, k), np.int64)
        np.add.at(confusion, (labels, pred), 1)
        report["accuracy"] = float(np.mean(pred == labels))
        report["confusion"] = confusion.tolist()
        report["classes"] = list(meta["classes"])
    elif task == "multilabel":
        right = (z > 0) == values.astype(bool)
        report["accuracy"] = float(np.mean(right.all(axis=1)))  # exact match
        report["label_accuracy"] = [float(a) for a in right.mean(axis=0)]
        report["classes"] = list(meta["classes"])
    else:
        r2, rmse = regression_scores(model.forward(x)[:, 0], values)
        report["r2"], report["rmse"] = r2, rmse
    return report


REGIONS_GRID = 200  # pixels a side of the grid the linear regions are counted on
MAX_REGIONS_GRID = 1000


def regions_report(wf: WeightsFile, coords: np.ndarray,
                   grid: int = REGIONS_GRID) -> dict[str, Any]:
    """``linear_regions`` of the report: the count on a ``grid`` × ``grid`` grid over the
    points' plane (module docstring), or the reason the network has none."""
    meta = wf.meta
    acts = list(meta["activations"])
    try:  # the options as the file gives them (absent: off)
        options = wf.options
    except TypeError:
        return {"reason": "the weights file's dropout, norm or skip is not a list"}
    reason = regions_reason(acts[:-1], options)
    if reason is not None:
        return {"reason": reason}
    try:
        model = model_from_file(wf)  # as it predicts: evaluation mode
    except ConfigError as exc:
        return {"reason": str(exc)}
    extent = fit_extent(coords[:, :2], square=True)
    frame = ViewFrame(extent, at=tuple(float(v) for v in coords.mean(axis=0))
                      if coords.shape[1] > 2 else ())
    x = make_features(frame.grid(grid, coords.shape[1]), meta["features"],
                      normalizer_from_file(wf), np.float64)
    _, count = linear_regions(model, x)
    return {"count": count, "grid": [grid, grid], "extent": [float(v) for v in extent]}
def layer_options(wf: WeightsFile, h: int) -> dict[str, Any]:
    """Hidden layer ``h``'s options, and the shapes of its normalisation's arrays."""
    options = wf.options
    out: dict[str, Any] = {"dropout": options.rate(h), "norm": options.norm_of(h),
                           "skip": options.skips(h)}
    state = wf.norms[h] if wf.norms else None
    if state is not None:
        out["norm_arrays"] = {
            name: list(a.shape) for name, a in (
                ("gamma", state.gamma), ("beta", state.beta),
                ("running_mean", state.running_mean), ("running_var", state.running_var))
            if a is not None}
    return out


def cmd_inspect(args: argparse.Namespace) -> int:
    grid = getattr(args, "grid", REGIONS_GRID)
    if not 2 <= grid <= MAX_REGIONS_GRID:
        fail(f"--grid must be from 2 to {MAX_REGIONS_GRID} (got {grid})")
    wf = load_weights(args.model)
    table = read_points_csv(args.points, max_coord=MAX_COORD)
    check_points(wf, table, args.points)
    with np.errstate(all="ignore"):  # a large input saturates the head; that is not an error
        report = inspect_model(wf, table.coords, table.values)
        report["linear_regions"] = regions_report(wf, table.coords, grid)
    print(json.dumps(finite(report)), flush=True)
    return 0


