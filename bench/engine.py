"""Engine speed benchmark: our training step and heatmap against a textbook NumPy MLP.

    python bench/engine.py [--seconds S] [--repeats R] [--warmup W] [--blas-threads N]
    python bench/engine.py --option dropout|layer|batch|skip|all [--option ...] [...]

Prints one table: epochs/s for tasks S, M and L measured through ``Trainer.run_epoch()``
(training only, no evaluation), and ms per 256x256 heatmap for M (``Predictor`` on the
``grid_coords(256)`` features, float32, as ``TrainingLoop.heatmap`` does it), each beside a
plain "neural network from scratch" NumPy implementation of the same net written below, the
ratio ours / tutorial and the target. Every number is the median of ``--repeats`` timed runs
of ``--seconds`` each after a warm-up; our runs and the tutorial's alternate, so both see the
same machine load. Before timing, both nets train one epoch from the same initial weights in
the same shuffled order and the largest weight difference is printed: they compute the same
thing. After timing, both nets' training accuracies are printed: both learn.

Tasks (SGD, lr 0.03, seed 0, circle data set without noise, 50% of the points for training):
  S  TensorFlow Playground's default: 500 points, hidden [4, 2] tanh, squared error ("mse")
     on the sigmoid head, batch 10, float64
  M  as S with six hidden layers of 8 tanh
  L  5,000 points (2,500 for training), hidden [64, 64, 64] relu, cross-entropy, full batch,
     float32

With ``--option`` (once or more) it measures instead what the hidden layers' options cost
(``engine.layers``): tasks S and M, each with the option against the same task without it
(the plain network's fused pass), runs alternating, and M's heatmap likewise. The options:
``dropout`` 0.2 on every hidden layer, ``layer`` / ``batch`` normalisation on every hidden
layer, ``skip`` on every hidden layer as wide as the one before it (S's [4, 2] has none, so
S is left out), ``all`` dropout 0.2, batch norm and the skips together. The ratio is the
option's rate over the plain one's (heatmap: its time over the plain one's).
"""

from __future__ import annotations

import argparse
import ctypes
import glob
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Playground's own policy (one BLAS thread, set in playground/__init__.py) must be in force
# before NumPy loads, as it is in the app and the CLI; --blas-threads overrides it.
import playground  # noqa: E402, F401, I001

import numpy as np  # noqa: E402

from playground.data.datasets import make_dataset  # noqa: E402
from playground.data.features import make_features  # noqa: E402
from playground.engine.layers import skippable  # noqa: E402
from playground.engine.model import Predictor  # noqa: E402
from playground.training.config import TrainConfig  # noqa: E402
from playground.training.rendering import grid_coords  # noqa: E402
from playground.training.trainer import Trainer  # noqa: E402
from timing import alternate  # noqa: E402  (bench/timing.py, beside this script)

HEATMAP_RES = 256
LR = 0.03
SEED = 0


@dataclass(frozen=True)
class Task:
    name: str
    n_points: int
    hidden: tuple[int, ...]
    activation: str
    loss: str
    batch: int | None
    dtype: str
    target: float  # epochs/s at least

    def config(self) -> TrainConfig:
        return TrainConfig(
            hidden_layers=self.hidden,
            activations=(self.activation,) * len(self.hidden),
            loss=self.loss,
            optimizer="sgd",
            learning_rate=LR,
            batch_size=self.batch,
            dtype=self.dtype,
            seed=SEED,
        )

    def points(self):
        return make_dataset("circle", self.n_points, noise=0.0, seed=SEED, train_ratio=0.5)

    def describe(self) -> str:
        hidden = "[" + ",".join(map(str, self.hidden)) + "]"
        batch = "full batch" if self.batch is None else f"batch {self.batch}"
        return (
            f"circle {self.n_points} pts (50% train), {hidden} {self.activation}, "
            f"{self.loss}, SGD lr {LR}, {batch}, {self.dtype}"
        )


TASKS = (
    Task("S", 500, (4, 2), "tanh", "mse", 10, "float64", 3000.0),
    Task("M", 500, (8,) * 6, "tanh", "mse", 10, "float64", 600.0),
    Task("L", 5000, (64, 64, 64), "relu", "cross_entropy", None, "float32", 300.0),
)
HEATMAP_TARGET_MS = 3.0


# --- the tutorial implementation ------------------------------------------------------------
class TutorialMLP:
    """A textbook NumPy MLP, as in the usual "neural network from scratch" write-ups.

    Lists of W and b; forward ``A @ W + b`` with tanh or ReLU and a sigmoid output; backward
    with explicit ``dW = A.T @ dZ`` and ``db = dZ.sum(axis=0)``; SGD per layer.
    """

    def __init__(self, weights, biases, activation, loss, lr):
        self.W = [np.array(w) for w in weights]
        self.b = [np.array(b) for b in biases]
        self.activation = activation
        self.loss = loss
        self.lr = lr

    def forward(self, X):
        self.A = [X]  # inputs of each layer
        self.Z = []
        A = X
        for W, b in zip(self.W[:-1], self.b[:-1]):
            Z = A @ W + b
            A = np.tanh(Z) if self.activation == "tanh" else np.maximum(Z, 0)
            self.Z.append(Z)
            self.A.append(A)
        Z = A @ self.W[-1] + self.b[-1]
        return 1 / (1 + np.exp(-Z))

    def backward(self, P, T):
        n = len(T)
        if self.loss == "mse":  # mean over samples and outputs of (p - t)^2, through sigmoid
            dZ = 2 * (P - T) / T.size * P * (1 - P)
        else:  # cross-entropy with a sigmoid output
            dZ = (P - T) / n
        for layer in range(len(self.W) - 1, -1, -1):
            A_prev = self.A[layer]
            dW = A_prev.T @ dZ
            db = dZ.sum(axis=0)
            if layer > 0:
                dA = dZ @ self.W[layer].T
                if self.activation == "tanh":
                    dZ = dA * (1 - A_prev**2)
                else:
                    dZ = dA * (self.Z[layer - 1] > 0)
            self.W[layer] -= self.lr * dW
            self.b[layer] -= self.lr * db

    def train_epoch(self, X, T, batch_size, rng):
        n = len(X)
        perm = rng.permutation(n)
        for i in range(0, n, batch_size):
            idx = perm[i : i + batch_size]
            P = self.forward(X[idx])
            self.backward(P, T[idx])

    def accuracy(self, X, labels):
        return float(np.mean((self.forward(X)[:, 0] > 0.5) == labels))


def tutorial_heatmap(X, W, b, res):
    A = X
    for Wl, bl in zip(W[:-1], b[:-1]):
        A = np.tanh(A @ Wl + bl)
    Z = A @ W[-1] + b[-1]
    return (1 / (1 + np.exp(-Z))).reshape(res, res)


# --- timing ---------------------------------------------------------------------------------
def compare(ours, tutorial, seconds, repeats, warmup):
    """Medians (and all runs) of calls/s for ours and the tutorial, runs alternating."""
    a, b = alternate(ours, tutorial, seconds, repeats, warmup)
    return statistics.median(a), a, statistics.median(b), b


# --- the machine ----------------------------------------------------------------------------
def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _openblas():
    """The OpenBLAS library NumPy loaded, if any (ctypes handle and its symbol prefix)."""
    libs = glob.glob(os.path.join(os.path.dirname(np.__file__), "..", "numpy.libs", "*blas*"))
    for path in libs:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix, suffix in (("scipy_openblas_", "64_"), ("openblas_", "64_"), ("openblas_", "")):
            if hasattr(lib, f"{prefix}get_num_threads{suffix}"):
                return lib, prefix, suffix
    return None


def set_blas_threads(n: int) -> bool:
    """Opt-in: change OpenBLAS's thread count at run time (environment left alone)."""
    found = _openblas()
    if found is None:
        return False
    lib, prefix, suffix = found
    fn = getattr(lib, f"{prefix}set_num_threads{suffix}", None)
    if fn is None:
        return False
    fn(int(n))
    return True


def blas_info() -> tuple[str, str]:
    """(one-line BLAS description, BLAS thread count)."""
    text, threads = "unknown BLAS", "?"
    try:
        cfg = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        text = f"{cfg.get('name', '?')} {cfg.get('version', '')}".strip()
    except Exception:  # noqa: BLE001 - older NumPy: keep going without it
        pass
    found = _openblas()
    if found is not None:
        lib, prefix, suffix = found
        threads = str(getattr(lib, f"{prefix}get_num_threads{suffix}")())
        for what in ("get_config", "get_corename"):
            fn = getattr(lib, f"{prefix}{what}{suffix}", None)
            if fn is not None:
                fn.restype = ctypes.c_char_p
                value = fn().decode()
                text += f", {value}" if what == "get_config" else f", core {value}"
    return text, threads


# --- the benchmark --------------------------------------------------------------------------
@dataclass
class Row:
    task: str
    metric: str
    ours: float
    ours_runs: list[float]
    tutorial: float
    target: str
    met: bool
    note: str


def _tutorial_for(trainer: Trainer, task: Task) -> TutorialMLP:
    model = trainer.model
    return TutorialMLP(
        [w.copy() for w in model.weights],
        [b.copy() for b in model.biases],
        task.activation,
        task.loss,
        LR,
    )


def bench_training(task: Task, seconds: float, repeats: int, warmup: float):
    points = task.points()
    cfg = task.config()
    ours = Trainer(cfg, points)
    split = ours.train_split
    X = np.ascontiguousarray(split.x)  # the tutorial's inputs: no ones column
    T = split.t.copy()
    labels = split.values
    n = len(X)
    batch = n if task.batch is None else task.batch
    tut = _tutorial_for(ours, task)
    tut_rng = np.random.default_rng([SEED, 1])  # the trainer's shuffle stream: same order

    # one epoch each from the same weights, same order: they compute the same thing
    ours.run_epoch()
    tut.train_epoch(X, T, batch, tut_rng)
    diff = max(
        max(float(np.max(np.abs(a - b))) for a, b in zip(ours.model.weights, tut.W)),
        max(float(np.max(np.abs(a - b))) for a, b in zip(ours.model.biases, tut.b)),
    )

    tut_epochs = [1]  # the epoch above

    def tutorial_epoch():
        tut.train_epoch(X, T, batch, tut_rng)
        tut_epochs[0] += 1

    med_o, runs_o, med_t, _ = compare(ours.run_epoch, tutorial_epoch, seconds, repeats, warmup)
    acc_o = ours.evaluate().train_accuracy
    acc_t = tut.accuracy(X, labels)
    note = (
        f"1-epoch max|dw| {diff:.1e}; train acc {acc_o:.3f} after {ours.epoch} "
        f"ep / tutorial {acc_t:.3f} after {tut_epochs[0]} ep"
    )
    row = Row(
        task.name,
        "epochs/s",
        med_o,
        runs_o,
        med_t,
        f">= {task.target:,.0f}",
        med_o >= task.target,
        note,
    )
    return row, ours


def bench_heatmap(trainer: Trainer, task: Task, seconds: float, repeats: int, warmup: float):
    res = HEATMAP_RES
    model = trainer.model
    # one-off, as in rendering.Renderer._predictor: features of the grid, float32
    x = make_features(grid_coords(res), trainer.config.features, trainer.normalizer, np.float32)
    predictor = Predictor(model, x)

    def ours():  # what Renderer.heatmap does per frame once the predictor is cached
        predictor.update(model)
        out = predictor.run()
        return out.reshape(res, res)

    W = [w.astype(np.float32) for w in model.weights]
    b = [v.astype(np.float32) for v in model.biases]
    xt = np.ascontiguousarray(x)

    def tutorial():
        return tutorial_heatmap(xt, W, b, res)

    diff = float(np.max(np.abs(ours() - tutorial())))
    med_o, runs_o, med_t, _ = compare(ours, tutorial, seconds, repeats, warmup)
    to_ms = 1000.0
    return Row(
        task.name,
        f"heatmap ms/{res}x{res}",
        to_ms / med_o,
        sorted(to_ms / r for r in runs_o),
        to_ms / med_t,
        f"<= {HEATMAP_TARGET_MS:g}",
        to_ms / med_o <= HEATMAP_TARGET_MS,
        f"max|dp| vs tutorial {diff:.1e}; update+run+reshape",
    )


# --- the hidden layers' options ------------------------------------------------------------
OPTIONS = ("dropout", "layer", "batch", "skip", "all")
OPTION_TASKS = ("S", "M")
DROPOUT = 0.2


def with_option(cfg: TrainConfig, option: str) -> TrainConfig | None:
    """``cfg`` with ``option`` on every hidden layer that can take it (None: none can)."""
    n = len(cfg.hidden_layers)
    skips = skippable(cfg.hidden_layers)
    if option == "dropout":
        return cfg.replace(dropout=(DROPOUT,) * n)
    if option in ("layer", "batch"):
        return cfg.replace(norm=(option,) * n)
    if option == "skip":
        return cfg.replace(skip=skips) if any(skips) else None
    if option == "all":
        return cfg.replace(dropout=(DROPOUT,) * n, norm=("batch",) * n, skip=skips)
    raise ValueError(option)


def bench_option(task: Task, option: str, seconds: float, repeats: int, warmup: float
                 ) -> list[Row]:
    """Epochs/s of ``task`` with ``option`` against without it (and M's heatmap)."""
    cfg = with_option(task.config(), option)
    if cfg is None:
        print(f"{task.name}: no hidden layer can take {option} "
              f"({list(task.hidden)}); left out")
        return []
    points = task.points()
    plain, extended = Trainer(task.config(), points), Trainer(cfg, points)
    assert extended.model.extended and not plain.model.extended
    med_o, runs_o, med_p, _ = compare(extended.run_epoch, plain.run_epoch, seconds, repeats,
                                      warmup)
    acc_o = extended.evaluate().train_accuracy
    acc_p = plain.evaluate().train_accuracy
    rows = [Row(task.name, f"{option} epochs/s", med_o, runs_o, med_p, "-", True,
                f"train acc {acc_o:.3f} after {extended.epoch} ep / plain {acc_p:.3f} "
                f"after {plain.epoch} ep")]
    if task.name == "M":
        res = HEATMAP_RES
        predictors = []
        for trainer in (extended, plain):
            x = make_features(grid_coords(res), trainer.config.features, trainer.normalizer,
                              np.float32)
            predictors.append((Predictor(trainer.model, x), trainer.model))

        def heatmap(i):
            predictor, model = predictors[i]

            def run():
                predictor.update(model)
                return predictor.run().reshape(res, res)
            return run

        med_o, runs_o, med_p, _ = compare(heatmap(0), heatmap(1), seconds, repeats, warmup)
        rows.append(Row(task.name, f"{option} heatmap ms", 1000.0 / med_o,
                        sorted(1000.0 / r for r in runs_o), 1000.0 / med_p, "-", True,
                        "update+run+reshape, float32"))
    return rows


def print_option_rows(rows: list[Row]) -> None:
    header = (f"{'task':<4} {'metric':<22} {'option':>9} {'option min..max':>17} "
              f"{'plain':>9} {'ratio':>6}  notes")
    print(header)
    print("-" * len(header))
    for r in rows:
        fmt = (lambda v: f"{v:.2f}") if "ms" in r.metric else (lambda v: f"{v:,.0f}")
        spread = f"{fmt(min(r.ours_runs))}..{fmt(max(r.ours_runs))}"
        print(f"{r.task:<4} {r.metric:<22} {fmt(r.ours):>9} {spread:>17} "
              f"{fmt(r.tutorial):>9} {r.ours / r.tutorial:>6.2f}  {r.note}")
    print()
    print("ratio = with the option / plain (epochs/s: the share of the plain rate kept; "
          "heatmap ms: times the plain time).")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=1.0, help="length of one timed run")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per measurement")
    parser.add_argument("--warmup", type=float, default=0.3, help="warm-up seconds per side")
    parser.add_argument(
        "--blas-threads",
        type=int,
        default=None,
        help="opt-in: set OpenBLAS threads at run time (default: leave BLAS as it is)",
    )
    parser.add_argument(
        "--option",
        action="append",
        choices=OPTIONS,
        help="measure what a hidden-layer option costs on tasks S and M against the plain "
        "network instead (repeatable)",
    )
    args = parser.parse_args(argv)
    if args.blas_threads is not None and not set_blas_threads(args.blas_threads):
        print("warning: could not set the BLAS thread count; measuring with the default")
    np.seterr(over="ignore")  # the tutorial's 1/(1+exp(-z)) may overflow harmlessly

    blas, threads = blas_info()
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    print(f"numpy {np.__version__} on Python {platform.python_version()}")
    print(f"BLAS: {blas}")
    print(
        f"CPU: {cpu_model()} | {os.cpu_count()} logical CPUs, {usable} usable | "
        f"BLAS threads: {threads}"
        f"{' (set by --blas-threads)' if args.blas_threads is not None else ''} | "
        f"load avg at start {os.getloadavg()[0]:.2f}"
    )
    print(
        f"Method: each number is the median of {args.repeats} timed runs of "
        f"~{args.seconds:g} s (after {args.warmup:g} s warm-up); "
        + ("with the option and plain alternate." if args.option
           else "ours and tutorial alternate.")
    )
    for task in TASKS:
        if not args.option or task.name in OPTION_TASKS:
            print(f"  {task.name}: {task.describe()}")
    print()

    rows = []
    t_start = time.perf_counter()
    if args.option:
        for option in dict.fromkeys(args.option):
            for task in TASKS:
                if task.name in OPTION_TASKS:
                    rows += bench_option(task, option, args.seconds, args.repeats, args.warmup)
        print_option_rows(rows)
        print(f"Load avg at end {os.getloadavg()[0]:.2f}. "
              f"Total {time.perf_counter() - t_start:.0f} s.")
        return 0
    for task in TASKS:
        row, trainer = bench_training(task, args.seconds, args.repeats, args.warmup)
        rows.append(row)
        if task.name == "M":
            rows.append(bench_heatmap(trainer, task, args.seconds, args.repeats, args.warmup))

    header = (
        f"{'task':<4} {'metric':<20} {'ours':>9} {'ours min..max':>17} {'tutorial':>9} "
        f"{'ratio':>6} {'target':>9} {'status':>7}  notes"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        fmt = (lambda v: f"{v:.2f}") if "ms" in r.metric else (lambda v: f"{v:,.0f}")
        spread = f"{fmt(min(r.ours_runs))}..{fmt(max(r.ours_runs))}"
        ratio = r.ours / r.tutorial
        print(
            f"{r.task:<4} {r.metric:<20} {fmt(r.ours):>9} {spread:>17} {fmt(r.tutorial):>9} "
            f"{ratio:>6.2f} {r.target:>9} {'met' if r.met else 'MISSED':>7}  {r.note}"
        )
    print()
    print(
        "ratio = ours / tutorial (epochs/s: higher is better for us; heatmap ms: lower is). "
        f"Load avg at end {os.getloadavg()[0]:.2f}. Total {time.perf_counter() - t_start:.0f} s."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
