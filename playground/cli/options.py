"""The argument parser: the commands and the ``train`` options.

Every list of names in the help (data sets, features, activations, initialisers, dtypes,
losses, optimizers, schedules) is read from the registry that owns it, and no option
restricts its value to a fixed list: the config validates names against the same registries,
so registering a new loss or schedule makes the command line accept it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any

from playground import __version__
from playground.cli.common import PROG, Parser, fail
from playground.cli.export import add_export_arguments
from playground.data.datasets import DATASETS, FORMULA_TASKS
from playground.data.features import FEATURES
from playground.data.scaling import GRAMMAR as SCALING_GRAMMAR
from playground.engine.activations import ACTIVATIONS
from playground.engine.init import BIAS_INITS, INITIALIZERS, MAX_INIT_STD
from playground.engine.layers import MAX_DROPOUT, NORMS
from playground.engine.losses import LOSSES, TASKS, losses_for
from playground.engine.model import DTYPES
from playground.engine.optimizers import OPTIMIZERS, SCHEDULES
from playground.limits import MAX_GENERATED_POINTS
from playground.training.config import TrainConfig

DEFAULT_DATASET = "circle"
DEFAULT_POINTS = 500
DEFAULT_ACTIVATION = "tanh"


def names(text: str) -> tuple[str, ...]:
    """``"a, b,c"`` -> ``("a", "b", "c")``; the empty string -> ``()``."""
    return tuple(part.strip() for part in text.split(",")) if text.strip() else ()


def layers(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(u) for u in names(text))
    except ValueError:
        fail(f"--layers must be whole numbers separated by commas, e.g. 8,8 (got {text!r})")


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


def _choices(items: Iterable[str]) -> str:
    return ", ".join(items)


def _labelled(entries: Iterable[Any]) -> list[str]:
    """Registry entries as ``name (label)``, the label left out where it only repeats the
    name."""
    return [e.name if e.label.lower() == e.name else f"{e.name} ({e.label.lower()})"
            for e in entries]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="A neural-network playground. Without a command it opens the window.",
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the window (the default)", allow_abbrev=False)
    gui.add_argument("files", nargs="*", metavar="FILE",
                     help="points CSV / weights / session, or a TensorFlow Playground link "
                     "(https://playground.tensorflow.org/#...)")

    train = sub.add_parser(
        "train",
        help="train headless and print one JSON line of final metrics",
        allow_abbrev=False,
    )
    _add_train_options(train)
    train.add_argument(
        "--link", metavar="URL",
        help="train what a TensorFlow Playground link (https://playground.tensorflow.org/#...) "
        "describes; every other option given wins over the link's value, wherever it stands "
        "(see TensorFlow Playground links in docs/guide.md)",
    )
    train.add_argument(
        "--repeat", type=int, metavar="N",
        help="train the configuration N times, with the network seeds S, S+1, ..., S+N-1 "
        "(the points stay those of --seed), in background processes, and print one JSON line: "
        "the mean and sample standard deviation of the final metrics over the N runs",
    )
    train.add_argument(
        "--json-lines", action="store_true",
        help="with --repeat: also one JSON line per run, in seed order, before the summary",
    )
    train.add_argument(
        "--notebook", metavar="FILE.ipynb",
        help="also write a Jupyter notebook that rebuilds this run with the Python API and "
        "trains it from fresh weights, with explanations (docs/notebooks.md)",
    )
    # None: not given (``train --link`` tells the link's values from the user's);
    # cmd_train puts the defaults shown in the help back
    train.set_defaults(seed=None, train_ratio=None)

    pred = sub.add_parser(
        "predict", help="run a weights file on points and write predictions", allow_abbrev=False
    )
    pred.add_argument("model", metavar="MODEL.npz", help="weights file written by train/the window")
    pred.add_argument(
        "points",
        metavar="POINTS.csv",
        help="CSV with header x1,x2 (label/target columns, if present, are ignored); for a "
        "1-D model also x or x,y (y ignored)",
    )
    pred.add_argument(
        "--out", metavar="FILE", help="write the CSV here instead of stdout (not over an input)"
    )

    insp = sub.add_parser(
        "inspect",
        help="print one JSON line: each hidden layer's dead and saturated units, and the "
        "model's scores on labelled points",
        allow_abbrev=False,
    )
    insp.add_argument("model", metavar="MODEL.npz", help="weights file written by train/the window")
    insp.add_argument(
        "points",
        metavar="POINTS.csv",
        help="CSV with header x1,x2,label (classification), x1,x2,target (regression) or "
        "x1,x2,label_A,label_B,... (multi-label); for a 1-D model also x,y",
    )
    insp.add_argument(
        "--grid", type=int, default=200, metavar="N",
        help="count the linear regions of a ReLU, leaky ReLU or linear network on an N x N "
        "grid over the points' plane (default 200)",
    )

    expl = sub.add_parser(
        "explain",
        help="print one JSON line: one point's forward pass (z and a per layer), its loss and "
        "the gradient of that loss for every weight and bias",
        allow_abbrev=False,
    )
    expl.add_argument("model", metavar="MODEL.npz", help="weights file written by train/the window")
    expl.add_argument("--point", required=True, metavar="X1,X2",
                      help="the point's raw coordinates, one per input of the model (X for a "
                           "1-D model), e.g. -1,2")
    truth = expl.add_mutually_exclusive_group()
    truth.add_argument("--label", metavar="K",
                       help="its class: a label 0..K-1 as in a points CSV (0 is the first "
                       "class, 'class 1' by default) or a class name; for a multi-label model "
                       "one 0 or 1 per label, e.g. 1,0,1")
    truth.add_argument("--target", type=float, metavar="T", help="its value (regression)")

    export = sub.add_parser(
        "export",
        help="write a weights file as standalone NumPy code, a PyTorch module or an ONNX model",
        allow_abbrev=False,
    )
    add_export_arguments(export)

    rep = sub.add_parser(
        "replay",
        help="render a session's replay as an animated GIF, or write its loss history as CSV",
        allow_abbrev=False,
    )
    rep.add_argument("session", metavar="SESSION", help="a .pgsession (from the window or "
                     "`playground train --session`)")
    rep.add_argument("--out", metavar="FILE", required=True,
                     help="FILE.gif: the replay, one frame per kept epoch; FILE.csv: the loss "
                     "history (epoch, train_loss, test_loss, train_accuracy, test_accuracy, "
                     "train_loss_running: the mean over the epoch's batches, before each "
                     "update)")
    rep.add_argument("--frames", type=int, metavar="N",
                     help="at most N frames, spread evenly over the run (default: all kept)")
    rep.add_argument("--size", type=int, default=360, metavar="PX",
                     help="width of a frame in pixels, 64..2048 (default 360)")

    sub.add_parser("datasets", help="list the built-in data sets", allow_abbrev=False)
    return parser


def _add_train_options(p: argparse.ArgumentParser) -> None:
    d = TrainConfig()  # defaults shown in the help come from the config itself
    data = p.add_argument_group("data")
    src = data.add_mutually_exclusive_group()
    src.add_argument(
        "--dataset",
        metavar="NAME",
        help=f"{_choices(DATASETS)} (default {DEFAULT_DATASET}; see `playground datasets`)",
    )
    src.add_argument("--data", metavar="FILE.csv",
                     help="points CSV: x1,x2,label, x1,x2,target, more inputs "
                          "(x1,x2,x3,...,label or named columns), x1,x2,label_A,label_B,... "
                          "(multi-label: 0/1 per label) or x,y (1-D)")
    src.add_argument(
        "--function", metavar="EXPR",
        help="points from a formula in x1 and x2: a condition (\"x2 > sin(x1)\": label 1, "
        "the second class, where true), a whole-number expression for labels 0..K-1, or a "
        "value to regress (see Formulas in docs/guide.md)",
    )
    data.add_argument(
        "--task", metavar="NAME",
        help=f"with --function: {_choices(FORMULA_TASKS)} (default classification for a "
        "condition, "
        "regression otherwise)",
    )
    data.add_argument(
        "--n-points",
        type=int,
        metavar="N",
        help=f"points to generate, 1..{MAX_GENERATED_POINTS} (default {DEFAULT_POINTS})",
    )
    data.add_argument("--noise", type=float, metavar="X", help="0..1 (default 0)")
    takers = _choices(s.name for s in DATASETS.values() if s.takes_classes)
    data.add_argument("--classes", type=int, metavar="K",
                      help=f"class count ({takers}, --function)")
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
        help=f"comma list of {_choices(FEATURES)}, x3..x32 (a table's further inputs) or "
        f"formulas in x1, x2, ..., e.g. 'x1,x2,x1*x2,min(x1, x2)' (commas inside parentheses "
        f"belong to a formula; default {','.join(d.features)}, or x1..xD on a table of D "
        f"inputs)",
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
        "--init-scheme", metavar="NAME",
        help=f"{_choices(INITIALIZERS)} (default {d.init}); normal draws every weight "
        "N(0, S²) with S from --init-std, as the tutorials' np.random.randn(...) * S does",
    )
    net.add_argument(
        "--init-std", type=float, metavar="S",
        help=f"the standard deviation of --init-scheme normal and of --init-bias normal, "
        f"0 < S <= {MAX_INIT_STD:g} (default {d.init_std:g}); the other schemes draw at "
        "their own scale, so it is refused with them unless the biases are drawn",
    )
    net.add_argument(
        "--init-bias", metavar="NAME",
        help=f"{_choices(BIAS_INITS)}: biases start at 0 or are drawn N(0, S²) like the "
        f"weights (default {d.init_bias})",
    )
    net.add_argument(
        "--input-scaling", metavar="SPEC",
        help=f"how raw coordinates become the inputs: {SCALING_GRAMMAR}. standard z-scores "
        "with the training points' mean and std (then times K), none feeds them raw, "
        f"scale:K multiplies them by K (default {d.input_scaling}; with --init, the file's)",
    )
    net.add_argument("--dtype", metavar="NAME", help=f"{_choices(DTYPES)} (default {d.dtype})")
    net.add_argument(
        "--dropout", metavar="RATE[,RATE...]",
        help=f"dropout in training: one rate from 0 to {MAX_DROPOUT:g} for every hidden layer, "
        "or one per hidden layer, e.g. 0,0.2,0.2 (default 0: none)",
    )
    net.add_argument(
        "--norm", metavar="NAME[,NAME...]",
        help="normalisation before each hidden layer's activation: "
        f"{_choices(_labelled(NORMS.values()))}, one for every "
        "hidden layer or one per hidden layer (default none); batch norm needs a batch size "
        "of at least 2",
    )
    net.add_argument(
        "--skip", nargs="?", const="all", metavar="LAYERS",
        help="skip connections (a = f(z) + the previous layer's output): alone, every hidden "
        "layer as wide as the one before it; or the hidden layers by number from 1, e.g. "
        "--skip 2,3; 'none' for none",
    )

    opt = p.add_argument_group("training")
    defaults = " and ".join(f"{losses_for(task)[0]} for {task}" for task in TASKS)
    opt.add_argument("--loss", metavar="NAME", help=f"{_choices(LOSSES)} (default {defaults})")
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
    opt.add_argument("--epochs", type=int, default=100, metavar="N",
                     help="(default 100); with --stop-loss or --patience, the most that run; "
                     "0 with --out writes the initial weights untrained")
    opt.add_argument(
        "--stop-loss", type=float, metavar="X",
        help="stop once the training loss is at most X (X >= 0)",
    )
    opt.add_argument(
        "--patience", type=int, metavar="N",
        help="stop when the test loss (the training loss without a test split) has not "
        "improved for N epochs",
    )
    opt.add_argument("--l1", type=float, metavar="X", help="L1 penalty rate (default 0)")
    opt.add_argument("--l2", type=float, metavar="X", help="L2 penalty rate (default 0)")

    io = p.add_argument_group("files")
    io.add_argument(
        "--init",
        metavar="FILE.npz",
        help="continue from saved weights (the other options must describe the same network)",
    )
    io.add_argument(
        "--out",
        metavar="FILE.npz",
        help="save the trained weights (on divergence: the last good ones); not over an input",
    )
    io.add_argument(
        "--session",
        metavar="FILE.pgsession",
        help="also save the whole run as a session the window opens: points, config, weights, "
        "optimizer state and loss history",
    )
