"""Comparing configurations: one training run per configuration on the same points.

``train_job`` is what a background process runs for one configuration (``training.background``
calls it with ``report``): it trains exactly as ``playground train`` does (``headless.
run_epochs``: the same seeded trainer, the same epochs, the same stop rules), so its numbers
equal a separate ``train`` run with the same options, and returns a picklable
``CompareResult``: the final metrics, the loss history, a small heatmap, the trained weights
(to continue from in the window) and the seconds taken. While it trains it reports
``Progress`` about every 1.5% of the run, with the history rows since the last report.
``background_job`` is the same at a lower priority, for a process of its own.

``suggest_variants`` proposes what to set beside a configuration: deeper, wider, another
activation, another optimizer.

Over several seeds (``seed_configs``: the configuration with its network seed ``s``, ``s + 1``,
..., ``s + n - 1``; the points stay the same) a configuration's runs are summed up by
``summarize``: the mean and the sample standard deviation (``ddof=1``; None for a single run)
of each of ``SUMMARY_COLUMNS``. ``score_column`` says which figure ranks the configurations
(the test accuracy, or R² for a regression; the training split's when there is no test split).
"""

from __future__ import annotations

import math
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.data.points import PointSet
from playground.data.view_frame import DEFAULT_FRAME, ViewFrame, data_extent
from playground.errors import ConfigError
from playground.limits import MAX_HIDDEN_LAYERS, MAX_UNITS
from playground.training.config import MAX_SEED, TrainConfig
from playground.training.headless import run_epochs
from playground.training.protocol import ModelState, metrics_row
from playground.training.rendering import Renderer
from playground.training.trainer import Diverged, Metrics, Trainer

HEATMAP_RESOLUTION = 64
REPORTS = 64  # progress reports over a run: one every ~1.5% of its epochs
DIVERGED = "diverged"  # ``CompareResult.stopped`` of a run that diverged
NICENESS = 10  # background jobs yield the cores to the window and its training process
MAX_SEEDS = 100  # seeds a comparison may train each configuration with
# the figures a configuration's runs over several seeds are summed up by (``summarize``)
SUMMARY_COLUMNS = ("train_loss", "test_loss", "train_accuracy", "test_accuracy", "r2")


@dataclass(frozen=True)
class Progress:
    """What a running job reports: ``done`` of ``total`` epochs, and the history rows
    (``protocol.HISTORY_COLUMNS``, float64 ``(m, 5)``) evaluated since its previous report."""

    done: int
    total: int
    history: np.ndarray


@dataclass(frozen=True, eq=False)
class CompareResult:
    """One configuration's run.

    metrics : ``Metrics.as_dict()`` of the last evaluation (the last good one if it diverged).
    history : every evaluation from epoch 0, rows of ``HISTORY_COLUMNS``.
    heatmap : the output over ``frame`` (``picture_frame``): ``(r, r)`` or ``(r, r, K)``.
    state : the trained weights, with the optimizer's state and the normaliser.
    stopped : ``"epochs"``, a stop rule (``training.stopping``) or ``"diverged"``.
    message : why it diverged (None otherwise).
    r2 : a regression's R² at that evaluation (on the test split if there is one; None for a
        classifier).
    """

    config: TrainConfig
    metrics: dict[str, Any]
    history: np.ndarray
    heatmap: np.ndarray
    state: ModelState
    seconds: float
    stopped: str
    message: str | None = None
    r2: float | None = None
    frame: ViewFrame = DEFAULT_FRAME

    def figure(self, column: str) -> float | None:
        """One of ``SUMMARY_COLUMNS``: a metric, or ``r2``."""
        value = self.r2 if column == "r2" else self.metrics.get(column)
        return None if value is None else float(value)


def report_every(epochs: int) -> int:
    """Epochs between two progress reports: about ``REPORTS`` of them over the run."""
    return max(1, math.ceil(epochs / REPORTS))


def train_job(config: TrainConfig, points: PointSet, epochs: int, *,
              report: Callable[[Any], None] | None = None) -> CompareResult:
    """Train ``config`` on ``points`` for up to ``epochs`` epochs, as ``playground train``
    does; ``report`` gets a ``Progress`` every ``report_every(epochs)`` epochs."""
    trainer = Trainer(config, points)
    first = trainer.epoch
    every = report_every(epochs)
    rows: list[tuple[float, ...]] = []
    sent = [0]  # rows already reported
    last: list[Metrics] = []

    def on_metrics(m: Metrics) -> None:
        rows.append(metrics_row(m))
        last[:] = [m]
        done = m.epoch - first
        if report is not None and done > 0 and (done % every == 0 or done == epochs):
            report(Progress(done, epochs, np.array(rows[sent[0]:], np.float64)))
            sent[0] = len(rows)

    message = None
    start = time.perf_counter()
    try:
        metrics, stopped = run_epochs(trainer, epochs, on_metrics)
    except Diverged as exc:  # the trainer kept the last good weights: the result has them
        if not last:
            raise
        metrics, stopped, message = last[0], DIVERGED, str(exc)
    seconds = time.perf_counter() - start
    if report is not None and sent[0] < len(rows):
        report(Progress(metrics.epoch - first, epochs,
                        np.array(rows[sent[0]:], np.float64)))
    model = trainer.model
    state = ModelState(tuple(w.copy() for w in model.weights),
                       tuple(b.copy() for b in model.biases), metrics.epoch,
                       dict(trainer.optimizer.state()), trainer.normalizer,
                       model.norm_state())
    renderer = Renderer(HEATMAP_RESOLUTION, 0)
    renderer.set_frame(picture_frame(points))
    with np.errstate(all="ignore"):
        heatmap = renderer.heatmap(trainer).astype(np.float32)
    history = np.array(rows, np.float64)
    return CompareResult(config, metrics.as_dict(), history, heatmap, state, seconds, stopped,
                         message, metrics.r2, renderer.frame_for(trainer))


def picture_frame(points: PointSet) -> ViewFrame:
    """Where a comparison's picture is taken: over the points with a margin (x1 and x2), every
    other input of a wider table at its training mean."""
    at: tuple[float, ...] = ()
    if points.n_inputs > 2 and len(points):
        train = points.coords[points.is_train] if points.is_train.any() else points.coords
        at = tuple(float(v) for v in train.mean(axis=0))
    return ViewFrame(data_extent(points), at=at)


def background_job(config: TrainConfig, points: PointSet, epochs: int, *,
                   report: Callable[[Any], None] | None = None) -> CompareResult:
    """``train_job`` as a background process runs it, leaving Ctrl+C to the parent process
    (which ends its jobs). It trains in a thread of lower priority (``NICENESS``; on Linux a
    thread's own), so that a comparison does not make the window or its live training
    stutter, while the process hands over its result and exits at the usual priority (the
    parent waits for that). Only for a process of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    outcome: list[Any] = []

    def work() -> None:
        try:
            os.setpriority(os.PRIO_PROCESS, 0, os.getpriority(os.PRIO_PROCESS, 0) + NICENESS)
        except (OSError, AttributeError):  # not allowed here: the same priority then
            pass
        try:
            outcome.append(train_job(config, points, epochs, report=report))
        except BaseException as exc:  # handed to the calling thread, which reports it
            outcome.append(exc)

    worker = threading.Thread(target=work, name="compare")
    worker.start()
    worker.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


# --- several seeds --------------------------------------------------------------------------
@dataclass(frozen=True)
class Stat:
    """The mean and the sample standard deviation (``ddof=1``) of a figure over ``n`` runs:
    ``mean`` None when no run has the figure, ``sd`` None when fewer than two have it."""

    mean: float | None
    sd: float | None
    n: int


def seed_configs(config: TrainConfig, seeds: int) -> list[TrainConfig]:
    """``config`` with the seeds ``config.seed``, ``config.seed + 1``, ...,
    ``config.seed + seeds - 1`` (the first is ``config`` itself)."""
    if not 1 <= seeds <= MAX_SEEDS:
        raise ConfigError(f"--seeds must be between 1 and {MAX_SEEDS} (got {seeds})")
    if config.seed + seeds - 1 > MAX_SEED:
        raise ConfigError(f"the seeds {config.seed}..{config.seed + seeds - 1} go past "
                          f"{MAX_SEED}: give a smaller --seed or fewer --seeds")
    return [config] + [config.replace(seed=config.seed + k) for k in range(1, seeds)]


def summarize(results: Sequence[CompareResult]) -> dict[str, Stat]:
    """Each of ``SUMMARY_COLUMNS`` over the runs that have it (a finite value): its mean and
    sample standard deviation (``ddof=1``)."""
    out: dict[str, Stat] = {}
    for column in SUMMARY_COLUMNS:
        values = [v for r in results
                  if (v := r.figure(column)) is not None and math.isfinite(v)]
        mean = float(np.mean(values)) if values else None
        sd = float(np.std(values, ddof=1)) if len(values) > 1 else None
        out[column] = Stat(mean, sd, len(values))
    return out


def score_column(task: str, has_test: bool) -> tuple[str, str]:
    """The figure that ranks configurations and its name: a classifier's test accuracy (its
    training accuracy without a test split), a regression's R² (measured on the test split
    when there is one)."""
    if task == "regression":
        return "r2", "test R²" if has_test else "train R²"
    return ("test_accuracy", "test accuracy") if has_test else ("train_accuracy",
                                                                "train accuracy")


# --- suggestions ----------------------------------------------------------------------------
def suggest_variants(config: TrainConfig) -> list[tuple[str, TrainConfig]]:
    """Configurations worth setting beside ``config``: deeper (one more layer like its last),
    wider (twice the units), another activation (relu for tanh, else tanh), another optimizer
    (adam for sgd, else sgd). A suggestion the limits rule out (already 8 layers) is left out;
    every other setting, the seed included, stays."""
    hidden, acts = config.hidden_layers, config.activations
    out: list[tuple[str, TrainConfig]] = []
    if len(hidden) < MAX_HIDDEN_LAYERS:
        last_units = hidden[-1] if hidden else 4
        last_act = acts[-1] if acts else "tanh"
        out.append(("deeper", config.replace(hidden_layers=(*hidden, last_units),
                                             activations=(*acts, last_act))))
    if hidden and any(u < MAX_UNITS for u in hidden):
        out.append(("wider", config.replace(
            hidden_layers=tuple(min(2 * u, MAX_UNITS) for u in hidden))))
    if hidden:
        act = "relu" if acts[0] == "tanh" else "tanh"
        out.append((act, config.replace(activations=(act,) * len(hidden))))
    optimizer = "adam" if config.optimizer == "sgd" else "sgd"
    out.append((optimizer, config.replace(optimizer=optimizer)))
    return out
