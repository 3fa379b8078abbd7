"""``playground export MODEL.npz --to numpy|pytorch|onnx --out FILE``: a weights file as a
standalone NumPy ``.py``, a PyTorch ``.py`` or an ONNX model (``playground.exporters``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from playground.cli.common import check_out, fail
from playground.data.weights_file import load_weights
from playground.exporters import FORMATS, export_model, get_format


def add_export_arguments(p: argparse.ArgumentParser) -> None:
    """The ``export`` command's arguments (its formats read from ``FORMATS``)."""
    formats = "; ".join(f"{f.name} ({f.label}, {f.suffix})" for f in FORMATS.values())
    p.add_argument("model", metavar="MODEL.npz", help="weights file written by train/the window")
    p.add_argument("--to", required=True, metavar="FORMAT", help=f"{formats}")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="the file to write, ending in the format's suffix (not over the model)")


def cmd_export(args: argparse.Namespace) -> int:
    fmt = get_format(args.to)
    if Path(args.out).suffix.lower() != fmt.suffix:
        fail(f"--out for --to {fmt.name} must end in {fmt.suffix}, got {args.out}")
    check_out(args.out, [("model", args.model)])
    problem = fmt.missing()
    if problem is not None:
        fail(problem)
    export_model(load_weights(args.model), fmt.name, args.out)
    return 0
