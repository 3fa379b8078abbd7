"""``playground predict MODEL.npz POINTS.csv [--out FILE]``: run a weights file on points."""

from __future__ import annotations

import argparse
import sys

import numpy as np

from playground.cli.common import check_out
from playground.data.atomic import atomic_write_text
from playground.data.points_csv import read_coords_csv
from playground.data.weights_file import WeightsFile, load_weights
from playground.limits import MAX_COORD
from playground.training.export import predict


def predictions_csv(wf: WeightsFile, coords: np.ndarray) -> str:
    """CSV text ``x1,x2,prediction[,p0,p1,...]`` for coords (n, 2).

    Classification: the prediction is the class index and ``p<k>`` the class probabilities
    (with one sigmoid unit, p0 = 1 - p and p1 = p). Regression: the predicted value.
    """
    out = predict(wf, coords)
    if wf.meta["task"] == "classification":
        if out.shape[1] == 1:
            probs = np.column_stack([1.0 - out[:, 0], out[:, 0]])
            labels = (out[:, 0] > 0.5).astype(np.int64)
        else:
            probs = out
            labels = out.argmax(axis=1)
        header = "x1,x2,prediction," + ",".join(f"p{k}" for k in range(probs.shape[1]))
        body = [
            ",".join([repr(x), repr(y), str(c), *map(repr, p)])
            for (x, y), c, p in zip(coords.tolist(), labels.tolist(), probs.tolist())
        ]
    else:
        header = "x1,x2,prediction"
        body = [f"{x!r},{y!r},{v!r}" for (x, y), v in zip(coords.tolist(), out[:, 0].tolist())]
    return "\n".join([header, *body]) + "\n"


def cmd_predict(args: argparse.Namespace) -> int:
    check_out(args.out, [("model", args.model), ("points file", args.points)])
    wf = load_weights(args.model)
    coords = read_coords_csv(args.points, max_coord=MAX_COORD)
    with np.errstate(all="ignore"):  # a large input saturates the head; that is not an error
        text = predictions_csv(wf, coords)
    if args.out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        atomic_write_text(args.out, text)
    return 0
