"""``playground predict MODEL.npz POINTS.csv [--out FILE]``: run a weights file on points.

A 1-D model (regression on features of x1 alone) also reads ``x`` or ``x,y`` (the y column
ignored) and then writes ``x,prediction``.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from playground.cli.common import check_out
from playground.data.atomic import atomic_write_text
from playground.data.points_csv import probability_columns, read_coords_csv, read_inputs_csv
from playground.data.weights_file import WeightsFile, input_names_of, load_weights, n_inputs_of
from playground.errors import ConfigError
from playground.limits import MAX_COORD
from playground.session.dims import is_one_d
from playground.training.export import predict


def predictions_csv(wf: WeightsFile, coords: np.ndarray, dims: int = 2) -> str:
    """CSV text ``x1,x2,prediction[,p0,p1,...]`` for coords (n, D), the inputs named as the
    model names them (``x1,x2,x3`` or ``height,weight,score``); with ``dims`` 1 (a 1-D
    model's inputs, coords ``(x, 0)``) ``x,prediction``.

    Classification: the prediction is the class's label (from 0, as a points CSV's ``label``
    column: label 0 is the first class, "class 1" by default) and ``p<k>`` the probability of
    label k (with one sigmoid unit, p0 = 1 - p and p1 = p); machine-readable, so the names
    stay out (the weights file's ``classes`` holds them). Regression: the predicted value.
    Multi-label: the inputs then ``p_<label>,...``, the probability that each label is 1, one column
    per label named after it (``points_csv.probability_columns``).
    """
    out = predict(wf, coords)
    names = input_names_of(wf.meta)
    if wf.meta["task"] == "multilabel":
        header = ",".join([*names, *probability_columns(wf.meta["classes"])])
        body = [",".join([*map(repr, xs), *map(repr, p)])
                for xs, p in zip(coords.tolist(), out.tolist())]
    elif wf.meta["task"] == "classification":
        if out.shape[1] == 1:
            probs = np.column_stack([1.0 - out[:, 0], out[:, 0]])
            labels = (out[:, 0] > 0.5).astype(np.int64)
        else:
            probs = out
            labels = out.argmax(axis=1)
        header = ",".join((*names, "prediction", *(f"p{k}" for k in range(probs.shape[1]))))
        body = [
            ",".join([*map(repr, xs), str(c), *map(repr, p)])
            for xs, c, p in zip(coords.tolist(), labels.tolist(), probs.tolist())
        ]
    elif dims == 1:
        header = "x,prediction"
        body = [f"{x!r},{v!r}" for x, v in zip(coords[:, 0].tolist(), out[:, 0].tolist())]
    else:
        header = ",".join((*names, "prediction"))
        body = [",".join(map(repr, (*xs, v))) for xs, v in zip(coords.tolist(),
                                                              out[:, 0].tolist())]
    return "\n".join([header, *body]) + "\n"


def check_inputs_match(wf: WeightsFile, n_inputs: int, path: str) -> None:
    """``ConfigError`` when a file of ``n_inputs`` input columns does not fit the model."""
    want = n_inputs_of(wf.meta)
    if n_inputs != want:
        raise ConfigError(f"{path} has {n_inputs} input columns, but the model reads {want} "
                          f"({', '.join(input_names_of(wf.meta))})")


def cmd_predict(args: argparse.Namespace) -> int:
    check_out(args.out, [("model", args.model), ("points file", args.points)])
    wf = load_weights(args.model)
    if is_one_d(wf):
        coords, dims = read_inputs_csv(args.points, max_coord=MAX_COORD)
    else:
        coords, dims = read_coords_csv(args.points, max_coord=MAX_COORD), 2
    check_inputs_match(wf, coords.shape[1], args.points)
    with np.errstate(all="ignore"):  # a large input saturates the head; that is not an error
        text = predictions_csv(wf, coords, dims)
    if args.out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        atomic_write_text(args.out, text)
    return 0
