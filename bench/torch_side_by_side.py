"""Playground's trainer beside PyTorch on the CPU, in one process run.

    python bench/torch_side_by_side.py [--runs 3] [--repeats 5] [--seconds 1] [--sweep]

Needs PyTorch (the optional ``bench`` extra: ``pip install -e .[bench]``, torch 2.13.0, the
CPU build); Playground itself never imports it. Both sides get one thread (Playground's
OpenBLAS policy, ``torch.set_num_threads(1)``), the same dtype, the same points, the same
initial weights, the same batch size and the same optimizer with PyTorch's defaults; the
PyTorch side is the loop its tutorials write: ``nn.Sequential`` of ``nn.Linear`` layers,
``BCEWithLogitsLoss`` / ``CrossEntropyLoss`` / ``MSELoss``, ``torch.optim``, a ``randperm``
shuffle per epoch (none for a full batch), ``zero_grad`` / ``backward`` / ``step`` per batch.
Playground's side is ``Trainer.run_epoch()`` (training only, no evaluation: the same work).

Each number is epochs/s. One run alternates timed stretches of ``--seconds`` (Playground,
then PyTorch, ``--repeats`` times) and takes each side's median; ``--runs`` such runs give
the reported median and the spread (min..max) of the per-run figures and ratios. Before
timing, one full-batch SGD step from the same weights is taken on both sides and the largest
weight difference printed: they compute the same gradient.

Rows: the issue's four (8 x 256 ReLU, Adam, 150 training points, batch 10 or full, float32
and float64); ``--sweep`` adds more sizes, optimizers and point counts the window allows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass, field

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import playground  # noqa: E402, F401, I001  (one BLAS thread, before NumPy loads)

import numpy as np  # noqa: E402

from playground.data.datasets import make_dataset  # noqa: E402
from playground.training.config import TrainConfig  # noqa: E402
from playground.training.trainer import Trainer  # noqa: E402
from timing import alternate  # noqa: E402  (bench/timing.py, beside this script)

try:
    import torch
except ImportError:  # pragma: no cover - an optional extra
    torch = None


@dataclass(frozen=True)
class Task:
    name: str
    hidden: tuple[int, ...]
    activation: str
    optimizer: str
    batch: int | None
    dtype: str
    n_train: int = 150
    dataset: str = "circle"
    loss: str = "cross_entropy"
    lr: float = 0.001
    extra: dict = field(default_factory=dict)

    def config(self) -> TrainConfig:
        n_classes = 3 if self.dataset == "blobs3" else 2
        return TrainConfig(
            n_classes=n_classes, hidden_layers=self.hidden,
            activations=(self.activation,) * len(self.hidden), loss=self.loss,
            optimizer=self.optimizer, learning_rate=self.lr, batch_size=self.batch,
            dtype=self.dtype, seed=0, **self.extra)

    def points(self):
        if self.dataset == "blobs3":
            return make_dataset("blobs", 2 * self.n_train, noise=0.1, seed=0, train_ratio=0.5,
                                n_classes=3)
        return make_dataset(self.dataset, 2 * self.n_train, noise=0.0, seed=0, train_ratio=0.5)

    def describe(self) -> str:
        depth = len(self.hidden)
        width = self.hidden[0] if len(set(self.hidden)) == 1 else None
        net = f"{depth} x {width}" if width else "[" + ",".join(map(str, self.hidden)) + "]"
        batch = "full batch" if self.batch is None else f"batch {self.batch}"
        extra = "".join(f", {k}={v}" for k, v in self.extra.items())
        return (f"{net} {self.activation}, {self.optimizer}{extra}, {self.n_train:,} pts, "
                f"{batch}, {self.dtype}")


BIG = (256,) * 8
MAIN = (
    Task("A", BIG, "relu", "adam", 10, "float32"),
    Task("B", BIG, "relu", "adam", 10, "float64"),
    Task("C", BIG, "relu", "adam", None, "float32"),
    Task("D", BIG, "relu", "adam", None, "float64"),
)
SWEEP = (
    Task("s1", (4, 2), "tanh", "sgd", 10, "float64", 250, lr=0.03),
    Task("s2", (4, 2), "tanh", "sgd", None, "float64", 250, lr=0.03),
    Task("s3", (8,) * 6, "tanh", "adam", 10, "float32"),
    Task("s4", (8,) * 6, "tanh", "adam", None, "float64"),
    Task("s5", (64,) * 3, "relu", "adam", 10, "float32", 1000),
    Task("s6", (64,) * 3, "relu", "adam", None, "float32", 1000),
    Task("s7", BIG, "relu", "sgd", None, "float32"),
    Task("s8", BIG, "relu", "momentum", None, "float32"),
    Task("s9", BIG, "relu", "rmsprop", None, "float32"),
    Task("s10", BIG, "relu", "adamw", None, "float32"),
    Task("s11", BIG, "tanh", "adam", None, "float32", dataset="blobs3"),
    Task("s12", BIG, "relu", "adam", 1, "float32", 50),
    Task("s13", BIG, "relu", "adam", 100, "float32", 5000),
    Task("s14", BIG, "relu", "adam", None, "float32", 5000),
    Task("s15", (256,) * 2, "relu", "adam", None, "float64", 5000),
)


# --- the PyTorch side -------------------------------------------------------------------------
class TorchSide:
    """The textbook PyTorch loop for ``task``, from ``trainer``'s initial weights."""

    def __init__(self, task: Task, trainer: Trainer) -> None:
        dtype = torch.float32 if task.dtype == "float32" else torch.float64
        act = {"relu": torch.nn.ReLU, "tanh": torch.nn.Tanh}[task.activation]
        layers: list[torch.nn.Module] = []
        for i, (w, b) in enumerate(zip(trainer.model.weights, trainer.model.biases)):
            lin = torch.nn.Linear(*w.shape, dtype=dtype)
            with torch.no_grad():
                lin.weight.copy_(torch.from_numpy(w.T.copy()))
                lin.bias.copy_(torch.from_numpy(b.copy()))
            layers.append(lin)
            if i < trainer.model.n_layers - 1:
                layers.append(act())
        self.model = torch.nn.Sequential(*layers)
        split = trainer.train_split
        self.x = torch.from_numpy(np.ascontiguousarray(split.x))
        head = trainer.model.head
        if head == "sigmoid":
            self.loss_fn = torch.nn.BCEWithLogitsLoss()
            self.t = torch.from_numpy(split.t.copy())
        else:
            self.loss_fn = torch.nn.CrossEntropyLoss()
            self.t = torch.from_numpy(split.values.astype(np.int64))
        cfg = trainer.config
        params = self.model.parameters()
        opt = cfg.optimizer
        if opt == "sgd":
            self.opt = torch.optim.SGD(params, lr=cfg.learning_rate)
        elif opt == "momentum":
            self.opt = torch.optim.SGD(params, lr=cfg.learning_rate, momentum=cfg.momentum)
        elif opt == "rmsprop":
            self.opt = torch.optim.RMSprop(params, lr=cfg.learning_rate, alpha=cfg.alpha,
                                           eps=cfg.eps)
        elif opt == "adam":
            self.opt = torch.optim.Adam(params, lr=cfg.learning_rate, betas=(cfg.beta1,
                                        cfg.beta2), eps=cfg.eps)
        elif opt == "adamw":
            self.opt = torch.optim.AdamW(params, lr=cfg.learning_rate, betas=(cfg.beta1,
                                         cfg.beta2), eps=cfg.eps, weight_decay=cfg.weight_decay)
        else:
            raise SystemExit(f"no PyTorch optimizer for {opt}")
        self.batch = len(self.x) if task.batch is None else min(task.batch, len(self.x))
        self.gen = torch.Generator().manual_seed(0)

    def epoch(self) -> None:
        x, t, n, bs = self.x, self.t, len(self.x), self.batch
        model, loss_fn, opt = self.model, self.loss_fn, self.opt
        if bs < n:
            perm = torch.randperm(n, generator=self.gen)
            x, t = x[perm], t[perm]
        for s in range(0, n, bs):
            opt.zero_grad()
            loss = loss_fn(model(x[s:s + bs]), t[s:s + bs])
            loss.backward()
            opt.step()

    def weights(self) -> list[np.ndarray]:
        return [m.weight.detach().numpy().T for m in self.model if hasattr(m, "weight")]


# --- timing ---------------------------------------------------------------------------------------
def same_step(task: Task) -> float:
    """Largest weight difference after one full-batch SGD step (lr 0.1) from the same
    weights: the same forward and backward pass. (Adam's first step is ``lr * sign(g)`` and
    turns float32 rounding noise in a near-zero gradient into a full step either way.)"""
    cfg = task.config().replace(batch_size=None, optimizer="sgd", learning_rate=0.1)
    trainer = Trainer(cfg, task.points())
    side = TorchSide(task, trainer)
    side.batch = len(side.x)
    trainer.run_epoch()
    side.epoch()
    return max(float(np.max(np.abs(a - b))) for a, b in zip(trainer.model.weights,
                                                             side.weights()))


@dataclass
class Row:
    task: Task
    ours: list[float] = field(default_factory=list)  # per-run medians
    torch: list[float] = field(default_factory=list)
    diff: float = float("nan")

    @property
    def ratios(self) -> list[float]:
        return [a / b for a, b in zip(self.ours, self.torch)]


def measure(task: Task, row: Row, seconds: float, repeats: int, warmup: float) -> None:
    """One run: fresh trainers from the same seed, timed stretches alternating."""
    trainer = Trainer(task.config(), task.points())
    side = TorchSide(task, trainer)
    a, b = alternate(trainer.run_epoch, side.epoch, seconds, repeats, warmup)
    row.ours.append(statistics.median(a))
    row.torch.append(statistics.median(b))


def fmt(v: float) -> str:
    return f"{v:,.0f}" if v >= 100 else f"{v:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="whole runs; spread across them")
    parser.add_argument("--repeats", type=int, default=5, help="timed stretches per side a run")
    parser.add_argument("--seconds", type=float, default=1.0, help="one timed stretch")
    parser.add_argument("--warmup", type=float, default=0.3)
    parser.add_argument("--sweep", action="store_true", help="more sizes and optimizers")
    parser.add_argument("--only", default="", help="comma-separated row names")
    args = parser.parse_args(argv)
    if torch is None:
        print("PyTorch is not installed: pip install -e .[bench]  (torch 2.13.0, CPU)")
        return 2
    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    tasks = MAIN + (SWEEP if args.sweep else ())
    if args.only:
        tasks = tuple(t for t in tasks if t.name in args.only.split(","))
    print(f"numpy {np.__version__}, torch {torch.__version__}, threads: torch "
          f"{torch.get_num_threads()}, OPENBLAS_NUM_THREADS="
          f"{os.environ.get('OPENBLAS_NUM_THREADS')}, {os.cpu_count()} CPUs, load "
          f"{os.getloadavg()[0]:.2f}")
    print(f"{args.runs} runs x {args.repeats} stretches of {args.seconds:g} s per side; "
          "median of runs, [min..max] across runs\n")
    rows = [Row(t) for t in tasks]
    for row in rows:
        row.diff = same_step(row.task)
    started = time.perf_counter()
    for _ in range(args.runs):  # whole runs, so a busy spell hits one run, not one row
        for row in rows:
            measure(row.task, row, args.seconds, args.repeats, args.warmup)
    head = (f"{'':<4}{'task':<54}{'Playground':>22}{'PyTorch':>22}{'ratio':>20}"
            f"{'SGD step max|dw|':>18}")
    print(head)
    print("-" * len(head))
    for row in rows:
        med = statistics.median
        cells = []
        for values, digits in ((row.ours, None), (row.torch, None), (row.ratios, 2)):
            lo, hi = min(values), max(values)
            if digits:
                cells.append(f"{med(values):.2f}x [{lo:.2f}..{hi:.2f}]")
            else:
                cells.append(f"{fmt(med(values))} [{fmt(lo)}..{fmt(hi)}]")
        print(f"{row.task.name:<4}{row.task.describe():<54}{cells[0]:>22}{cells[1]:>22}"
              f"{cells[2]:>20}{row.diff:>18.1e}")
    print(f"\nepochs/s; ratio = Playground / PyTorch (higher is better for Playground). "
          f"load {os.getloadavg()[0]:.2f}, {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
