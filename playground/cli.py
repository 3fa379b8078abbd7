"""The command line: open the window, train headless, predict from a weights file, list data sets.

Every user-facing failure (a bad option, a bad file) is one line on stderr starting with
``playground: error:`` and exit code 2; divergence during training exits 3; Ctrl+C exits 130.
``train`` prints one JSON line of final metrics on stdout so scripts can parse it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import numpy as np

from playground import __version__
from playground.data.atomic import atomic_write_text
from playground.data.datasets import DATASETS, MAX_POINTS
from playground.data.features import FEATURES
from playground.data.formats import (
    MAX_CSV_BYTES,
    WeightsFile,
    load_weights,
    read_points_csv,
    save_weights,
)
from playground.data.points import PointSet
from playground.engine.activations import ACTIVATIONS
from playground.engine.init import INITIALIZERS
from playground.engine.losses import LOSSES
from playground.engine.model import DTYPES
from playground.engine.optimizers import OPTIMIZERS, SCHEDULES
from playground.errors import ConfigError, FormatError, PlaygroundError
from playground.training.config import TrainConfig
from playground.training.export import (
    check_compatible,
    normalizer_from_file,
    predict,
    weights_file,
)
from playground.training.trainer import Diverged, Trainer

PROG = "playground"
MAX_EPOCHS = 10**7
EXIT_ERROR, EXIT_DIVERGED, EXIT_INTERRUPTED = 2, 3, 130
DEFAULT_DATASET = "circle"
DEFAULT_POINTS = 500
DEFAULT_ACTIVATION = "tanh"


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: ``playground: error: <message>``, exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{PROG}: error: {' '.join(message.split())}\n")


def _fail(message: str) -> NoReturn:
    raise ConfigError(message)


# --- parsing helpers ---------------------------------------------------------------------------
def _names(text: str) -> tuple[str, ...]:
    """``"a, b,c"`` -> ``("a", "b", "c")``; the empty string -> ``()``."""
    return tuple(part.strip() for part in text.split(",")) if text.strip() else ()


def _layers(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(u) for u in _names(text))
    except ValueError:
        _fail(f"--layers must be whole numbers separated by commas, e.g. 8,8 (got {text!r})")


def _batch_size(text: str) -> int | str:
    """A whole number, or ``"all"`` for full batch."""
    if text.strip().lower() == "all":
        return "all"
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"batch size must be a whole number or 'all' (got {text!r})"
        ) from None


# --- the parser --------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="A neural-network playground. Without a command it opens the window.",
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the window (the default)", allow_abbrev=False)
    gui.add_argument("files", nargs="*", metavar="FILE", help="points CSV / weights / session")

    train = sub.add_parser(
        "train",
        help="train headless and print one JSON line of final metrics",
        allow_abbrev=False,
    )
    _add_train_options(train)

    pred = sub.add_parser(
        "predict", help="run a weights file on points and write predictions", allow_abbrev=False
    )
    pred.add_argument("model", metavar="MODEL.npz", help="weights file written by train/the window")
    pred.add_argument(
        "points",
        metavar="POINTS.csv",
        help="CSV with header x1,x2 (a label/target column, if present, is ignored)",
    )
    pred.add_argument("--out", metavar="FILE", help="write the CSV here instead of stdout")

    sub.add_parser("datasets", help="list the built-in data sets", allow_abbrev=False)
    return parser


def _choices(names: Iterable[str]) -> str:
    return ", ".join(names)


def _add_train_options(p: argparse.ArgumentParser) -> None:
    d = TrainConfig()  # defaults shown in the help come from the config itself
    data = p.add_argument_group("data")
    src = data.add_mutually_exclusive_group()
    src.add_argument(
        "--dataset",
        metavar="NAME",
        help=f"{_choices(DATASETS)} (default {DEFAULT_DATASET}; see `playground datasets`)",
    )
    src.add_argument("--data", metavar="FILE.csv", help="points CSV: x1,x2,label or x1,x2,target")
    data.add_argument(
        "--n-points", type=int, metavar="N", help=f"points to generate (default {DEFAULT_POINTS})"
    )
    data.add_argument("--noise", type=float, metavar="X", help="0..1 (default 0)")
    takers = _choices(s.name for s in DATASETS.values() if s.takes_classes)
    data.add_argument("--classes", type=int, metavar="K", help=f"class count ({takers})")
    data.add_argument(
        "--train-ratio", type=float, default=0.5, metavar="R", help="0 < R <= 1 (default 0.5)"
    )
    data.add_argument(
        "--seed", type=int, default=0, metavar="S", help="seeds data, split and network (default 0)"
    )

    net = p.add_argument_group("network")
    net.add_argument(
        "--features",
        metavar="LIST",
        help=f"comma list of {_choices(FEATURES)} (default {','.join(d.features)})",
    )
    net.add_argument(
        "--layers",
        metavar="LIST",
        help=f"hidden units per layer, e.g. 8,8; '' for none (default "
        f"{','.join(map(str, d.hidden_layers))})",
    )
    net.add_argument(
        "--activation",
        metavar="NAME[,NAME...]",
        help=f"one for every hidden layer or one per layer: {_choices(ACTIVATIONS)} "
        f"(default {DEFAULT_ACTIVATION})",
    )
    net.add_argument(
        "--init-scheme", metavar="NAME", help=f"{_choices(INITIALIZERS)} (default {d.init})"
    )
    net.add_argument("--dtype", metavar="NAME", help=f"{_choices(DTYPES)} (default {d.dtype})")

    opt = p.add_argument_group("training")
    opt.add_argument(
        "--loss",
        metavar="NAME",
        help=f"{_choices(LOSSES)} (default cross_entropy for classification, mse for regression)",
    )
    opt.add_argument(
        "--optimizer", metavar="NAME", help=f"{_choices(OPTIMIZERS)} (default {d.optimizer})"
    )
    opt.add_argument(
        "--lr", type=float, metavar="X", help=f"learning rate (default {d.learning_rate})"
    )
    opt.add_argument("--momentum", type=float, metavar="X", help=f"momentum (default {d.momentum})")
    opt.add_argument("--nesterov", action="store_true", default=None, help="Nesterov momentum")
    opt.add_argument("--alpha", type=float, metavar="X", help=f"RMSprop alpha (default {d.alpha})")
    opt.add_argument("--beta1", type=float, metavar="X", help=f"Adam beta1 (default {d.beta1})")
    opt.add_argument("--beta2", type=float, metavar="X", help=f"Adam beta2 (default {d.beta2})")
    opt.add_argument("--eps", type=float, metavar="X", help=f"RMSprop/Adam eps (default {d.eps})")
    opt.add_argument("--weight-decay", type=float, metavar="X", help="(default 0)")
    opt.add_argument(
        "--schedule", metavar="NAME", help=f"{_choices(SCHEDULES)} (default {d.schedule})"
    )
    opt.add_argument("--lr-step-size", type=int, metavar="N", help=f"(default {d.lr_step_size})")
    opt.add_argument("--lr-gamma", type=float, metavar="X", help=f"(default {d.lr_gamma})")
    opt.add_argument("--lr-t-max", type=int, metavar="N", help=f"(default {d.lr_t_max})")
    opt.add_argument(
        "--batch-size", type=_batch_size, metavar="N|all", help=f"(default {d.batch_size})"
    )
    opt.add_argument("--no-shuffle", action="store_true", help="keep the point order")
    opt.add_argument("--epochs", type=int, default=100, metavar="N", help="(default 100)")
    opt.add_argument("--l1", type=float, metavar="X", help="L1 penalty rate (default 0)")
    opt.add_argument("--l2", type=float, metavar="X", help="L2 penalty rate (default 0)")

    io = p.add_argument_group("files")
    io.add_argument(
        "--init",
        metavar="FILE.npz",
        help="continue from saved weights (the other options must describe the same network)",
    )
    io.add_argument("--out", metavar="FILE.npz", help="save the trained weights")


# --- gui -----------------------------------------------------------------------------------------
def _cmd_gui(files: Sequence[str]) -> int:
    try:
        from playground.ui.app import run_app

        importlib.import_module("PySide6.QtWidgets")  # app.py imports Qt only when it runs
    except ImportError as exc:
        print(f"{PROG}: error: the window is not available ({exc})", file=sys.stderr)
        return EXIT_ERROR
    return int(run_app([sys.argv[0] if sys.argv and sys.argv[0] else PROG], list(files)))


# --- train ---------------------------------------------------------------------------------------
def _load_points(args: argparse.Namespace) -> PointSet:
    """The points from ``--data`` or ``--dataset``, split by ``--train-ratio``/``--seed``."""
    ratio = args.train_ratio
    if not 0.0 < ratio <= 1.0:  # also refuses NaN
        _fail(f"--train-ratio must be greater than 0 and at most 1 (got {ratio:g})")
    if args.data is not None:
        for flag, value in (("--n-points", args.n_points), ("--noise", args.noise)):
            if value is not None:
                _fail(f"{flag} applies to generated data sets (--dataset), not to --data")
        table = read_points_csv(args.data, args.classes)
        if table.task == "regression" and args.classes is not None:
            _fail(f"--classes does not apply: {args.data} holds regression targets")
        if len(table.values) == 0:
            _fail(f"{args.data}: no points to train on")
        train = np.ones(len(table.values), bool)
        points = PointSet(table.coords, table.values, train, table.task, table.n_classes)
        _config(args, points.task, points.n_classes)  # the config's messages (seed, ...) first
        return points.with_split(ratio, args.seed)

    name = DEFAULT_DATASET if args.dataset is None else args.dataset
    spec = DATASETS.get(name)
    if spec is None:
        _fail(f"unknown data set {name!r}; choose one of: {', '.join(DATASETS)}")
    n = DEFAULT_POINTS if args.n_points is None else args.n_points
    if not 1 <= n <= MAX_POINTS:
        _fail(f"--n-points must be between 1 and {MAX_POINTS} (got {n})")
    noise = 0.0 if args.noise is None else args.noise
    if not 0.0 <= noise <= 1.0:
        _fail(f"--noise must be between 0 and 1 (got {noise:g})")
    if args.classes is not None and not spec.takes_classes:
        takers = ", ".join(s.name for s in DATASETS.values() if s.takes_classes)
        _fail(f"--classes applies only to {takers}; data set {name!r} has a fixed class count")
    k = spec.default_classes if args.classes is None else args.classes
    # validate the seed and class count with the config's messages before generating
    _config(args, spec.task, k)
    points = spec.generate(n, noise, args.seed, k if spec.takes_classes else None)
    return points.with_split(ratio, args.seed)


_OPTION_FIELDS = {  # argparse dest -> TrainConfig field, for options passed through as given
    "loss": "loss",
    "optimizer": "optimizer",
    "lr": "learning_rate",
    "momentum": "momentum",
    "nesterov": "nesterov",
    "alpha": "alpha",
    "beta1": "beta1",
    "beta2": "beta2",
    "eps": "eps",
    "weight_decay": "weight_decay",
    "schedule": "schedule",
    "lr_step_size": "lr_step_size",
    "lr_gamma": "lr_gamma",
    "lr_t_max": "lr_t_max",
    "l1": "l1",
    "l2": "l2",
    "init_scheme": "init",
    "dtype": "dtype",
}


def _config(args: argparse.Namespace, task: str, n_classes: int) -> TrainConfig:
    """A TrainConfig from the options; unset options keep TrainConfig's defaults."""
    fields: dict[str, Any] = {
        "task": task,
        "n_classes": n_classes if task == "classification" else 0,
        "loss": "cross_entropy" if task == "classification" else "mse",
        "seed": args.seed,
    }
    for dest, name in _OPTION_FIELDS.items():
        value = getattr(args, dest)
        if value is not None:
            fields[name] = value
    if args.features is not None:
        fields["features"] = _names(args.features)
    if args.layers is not None:
        fields["hidden_layers"] = _layers(args.layers)
    layers = fields.get("hidden_layers", TrainConfig.hidden_layers)
    acts = _names(args.activation) if args.activation is not None else (DEFAULT_ACTIVATION,)
    fields["activations"] = acts * len(layers) if len(acts) == 1 else acts
    if args.batch_size is not None:
        fields["batch_size"] = None if args.batch_size == "all" else args.batch_size
    if args.no_shuffle:
        fields["shuffle"] = False
    return TrainConfig(**fields)


def _cmd_train(args: argparse.Namespace) -> int:
    if not 1 <= args.epochs <= MAX_EPOCHS:
        _fail(f"--epochs must be between 1 and {MAX_EPOCHS} (got {args.epochs})")
    if args.out is not None and not Path(args.out).resolve().parent.is_dir():
        _fail(f"cannot write {args.out}: no such folder")
    points = _load_points(args)
    config = _config(args, points.task, points.n_classes)
    init: WeightsFile | None = load_weights(args.init) if args.init is not None else None
    if init is not None:
        check_compatible(init, config)

    trainer = Trainer(config, points)
    class_names: list[str] | None = None
    if init is not None:
        trainer.load_weights(list(init.weights), list(init.biases), int(init.meta["epoch"]))
        trainer.set_normalizer(normalizer_from_file(init))
        class_names = list(init.meta["classes"]) or None

    start = time.perf_counter()
    # overflow on the way to divergence is detected by the trainer and reported as one line;
    # NumPy's RuntimeWarnings would only add noise on stderr
    with np.errstate(all="ignore"):
        metrics = trainer.evaluate()
        for _ in range(args.epochs):
            trainer.run_epoch()
            metrics = trainer.evaluate()  # raises Diverged on an exploded loss
    seconds = time.perf_counter() - start

    if args.out is not None:
        save_weights(
            args.out,
            weights_file(
                config,
                trainer.model.weights,
                trainer.model.biases,
                trainer.normalizer,
                trainer.epoch,
                class_names,
            ),
        )
    result: dict[str, Any] = {
        **metrics.as_dict(),
        "seconds": round(seconds, 6),
        "epochs_per_second": round(args.epochs / seconds, 3) if seconds > 0 else None,
    }
    print(json.dumps({k: _json_value(v) for k, v in result.items()}), flush=True)
    return 0


def _json_value(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


# --- predict -------------------------------------------------------------------------------------
def _read_coords(path: str) -> np.ndarray:
    """Coordinates (n, 2) from a points CSV: ``x1,x2,label`` / ``x1,x2,target`` (the third
    column is ignored) or a bare ``x1,x2``."""
    if not os.path.exists(path) or os.path.isdir(path):
        return read_points_csv(path).coords  # reports a missing file or a folder precisely
    lines = _read_text(path).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = [(i, line) for i, line in enumerate(lines, 1) if line.strip()]
    header = _fields(numbered[0][1]) if numbered else []
    # a pipe cannot be read twice, so read_points_csv only gets regular files
    if header != ["x1", "x2"]:
        if os.path.isfile(path):
            return read_points_csv(path).coords
        if header not in _POINTS_HEADERS:
            raise FormatError(
                f"{path}: unknown header {','.join(header)[:40]!r}; expected x1,x2 or "
                "x1,x2,label or x1,x2,target"
            )
    coords = np.empty((len(numbered) - 1, 2), dtype=np.float64)
    for r, (line_no, line) in enumerate(numbered[1:]):
        where = f"{path} line {line_no}"
        fields = _fields(line)
        if len(fields) != len(header):
            columns = ",".join(header)
            raise FormatError(
                f"{where}: expected {len(header)} columns ({columns}), got {len(fields)}"
            )
        try:
            coords[r] = float(fields[0]), float(fields[1])
        except ValueError:
            raise FormatError(
                f"{where}: {line.strip()[:40]!r} does not start with two numbers"
            ) from None
        if not np.isfinite(coords[r]).all():
            raise FormatError(f"{where}: coordinates must be finite")
    return coords


_POINTS_HEADERS = (["x1", "x2", "label"], ["x1", "x2", "target"])


def _fields(line: str) -> list[str]:
    return [f.strip().strip('"').strip().lower() for f in line.split(",")]


def _read_text(path: str) -> str:
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_CSV_BYTES + 1)
    except OSError as exc:
        raise FormatError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > MAX_CSV_BYTES:
        raise FormatError(f"{path}: file is too large (over {MAX_CSV_BYTES // 2**20} MB)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FormatError(f"{path}: not UTF-8 text") from None


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


def _cmd_predict(args: argparse.Namespace) -> int:
    wf = load_weights(args.model)
    with np.errstate(all="ignore"):  # a huge input saturates the head; that is not an error
        text = predictions_csv(wf, _read_coords(args.points))
    if args.out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        atomic_write_text(args.out, text)
    return 0


# --- datasets ------------------------------------------------------------------------------------
def _cmd_datasets() -> int:
    rows = [("name", "task", "classes", "description")]
    for s in DATASETS.values():
        if s.task == "regression":
            classes = "-"
        elif s.takes_classes:
            classes = f"2-8 ({s.default_classes})"
        else:
            classes = str(s.default_classes)
        rows.append((s.name, s.task, classes, s.description))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[3])
    return 0


# --- entry point ---------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_ERROR)
    try:
        if args.command in (None, "gui"):
            return _cmd_gui(getattr(args, "files", []))
        if args.command == "train":
            return _cmd_train(args)
        if args.command == "predict":
            return _cmd_predict(args)
        return _cmd_datasets()
    except Diverged as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_DIVERGED
    except PlaygroundError as exc:
        print(f"{PROG}: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (e.g. `| head`); silence the flush at interpreter exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
