"""What the window's views are given: small frozen pictures of one moment of a run, built
from a live ``Snapshot`` or from a replay ``Frame`` (no Qt).

A view takes only what it draws, so the same view shows the live run and a replayed frame:

- ``OutputPicture``: the canvas's heatmap or a 1-D session's curve, and the task that says
  what its values are (class probabilities, the class-1 probability, a regression value);
- ``NetworkPicture``: what the network diagram draws (weights, biases, the neurons' and the
  output's pictures, the input normalisation, the config bits it shows, the gradients);
- ``Curves``: the loss history rows to add to the loss plot;
- ``RunStatus``: the numbers of the status line.

``ui/router.py`` ``SnapshotRouter`` builds them and decides which views get them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.data.view_frame import DEFAULT_EXTENT, DEFAULT_FRAME, Extent, ViewFrame
from playground.engine.optimizers import scheduled_lr
from playground.session.replay import Frame
from playground.training.config import TrainConfig
from playground.training.protocol import HISTORY_COLUMNS, Inspection, Snapshot
from playground.training.trainer import Metrics


@dataclass(frozen=True, eq=False)
class OutputPicture:
    """The network's output over the plane (``Snapshot.heatmap``'s layout), or along x for a
    1-D network (``Snapshot.curve``); either may be None (not drawn this time). ``extent``:
    what they cover (the heatmap the whole extent, the curve its x range)."""

    task: str  # "classification" (class probabilities) or "regression" (the value)
    heatmap: np.ndarray | None = None
    curve: np.ndarray | None = None
    extent: Extent = DEFAULT_EXTENT

    @classmethod
    def of_snapshot(cls, snap: Snapshot) -> OutputPicture:
        return cls(snap.config.task, snap.heatmap, snap.curve, snap.frame.extent)

    @classmethod
    def of_frame(cls, frame: Frame, task: str) -> OutputPicture:
        """A replay frame's (stored as float16; an empty heatmap: none stored)."""
        return cls(task, frame.heatmap.astype(np.float32) if frame.heatmap.size else None,
                   None if frame.curve is None else frame.curve.astype(np.float32),
                   frame.extent)


@dataclass(frozen=True, eq=False)
class NetworkPicture:
    """One state of the network as the diagram draws it. ``config`` gives the architecture
    (features, layer sizes, activations, task) and the frozen and pruned neurons;
    ``neurons`` one ``(r, r, units)`` picture per hidden layer, ``heatmap`` the output's;
    ``reset``: the first picture of new weights (the old gradients no longer apply)."""

    config: TrainConfig
    epoch: int
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    neurons: tuple[np.ndarray, ...]
    heatmap: np.ndarray | None
    input_mean: tuple[float, ...]
    input_std: tuple[float, ...]
    reset: bool = False
    inspection: Inspection | None = None  # gradients, when the trainer measured them
    frame: ViewFrame = DEFAULT_FRAME  # what the pictures cover (the canvas's view and slice)
    # per hidden layer, the units the last training step dropped for its batch's first point
    # (``Snapshot.dropped``: 1 kept, 0 dropped; None for a layer without dropout); () unless
    # training is running with dropout (a replay frame has none)
    dropped: tuple[np.ndarray | None, ...] = ()

    @classmethod
    def of_snapshot(cls, snap: Snapshot) -> NetworkPicture:
        return cls(snap.config, snap.epoch, snap.weights, snap.biases, snap.neurons,
                   snap.heatmap, snap.input_mean, snap.input_std, snap.reset, snap.inspection,
                   snap.frame, snap.dropped if snap.playing else ())

    @classmethod
    def of_frame(cls, frame: Frame, config: TrainConfig, input_mean: tuple[float, ...],
                 input_std: tuple[float, ...]) -> NetworkPicture:
        """A replay frame's, drawn for ``config`` with the run's input normalisation."""
        output = OutputPicture.of_frame(frame, config.task)
        return cls(config, frame.epoch, frame.weights, frame.biases,
                   tuple(n.astype(np.float32) for n in frame.neurons), output.heatmap,
                   input_mean, input_std, frame=ViewFrame(frame.extent))


@dataclass(frozen=True, eq=False)
class Curves:
    """Rows of ``HISTORY_COLUMNS`` for the loss plot: added to its curves, or, with
    ``restart``, its curves from scratch."""

    rows: np.ndarray
    classification: bool  # accuracies apply
    restart: bool = False
    exact_match: bool = False  # the accuracy is a multi-label set's exact match

    @classmethod
    def of_snapshot(cls, snap: Snapshot, full_history: np.ndarray | None = None) -> Curves:
        """The snapshot's new rows; a reset starts again from ``full_history`` when given
        (the session's whole history: a run continued from saved weights keeps its curve)."""
        rows = full_history if snap.reset and full_history is not None else snap.history
        return cls(rows, snap.config.task != "regression", snap.reset,
                   snap.config.task == "multilabel")


@dataclass(frozen=True, eq=False)
class RunStatus:
    """The numbers of the status line: the epoch and its metrics, the speed while training
    runs, the stop rule that paused play (``config`` has its value), the loop's message."""

    epoch: int
    metrics: Metrics | None
    learning_rate: float
    config: TrainConfig
    playing: bool = False
    epochs_per_second: float = 0.0
    stopped: str | None = None
    message: str | None = None
    replay: bool = False  # a replay frame's (no speed, no stop rule)

    @classmethod
    def of_snapshot(cls, snap: Snapshot) -> RunStatus:
        return cls(snap.epoch, snap.metrics, snap.learning_rate, snap.config, snap.playing,
                   snap.epochs_per_second, snap.stopped, snap.message)

    @classmethod
    def of_frame(cls, frame: Frame, row: np.ndarray | None, config: TrainConfig) -> RunStatus:
        """A replay frame's: its metrics from the loss history's ``row`` of its epoch (None:
        not in the history), the learning rate the schedule gave at that epoch."""
        metrics = None if row is None else Metrics(
            frame.epoch, *_values(row), confusion=None,
            train_loss_running=_running(row))
        lr = scheduled_lr(config.schedule, config.learning_rate, frame.epoch,
                          config.schedule_params())
        return cls(frame.epoch, metrics, lr, config, replay=True)


def _running(row: np.ndarray) -> float | None:
    """A history row's running train loss (None where NaN: nothing was just trained)."""
    value = float(row[HISTORY_COLUMNS.index("train_loss_running")])
    return None if np.isnan(value) else value


def _values(row: np.ndarray) -> tuple[float, float | None, float | None, float | None]:
    """A history row's train loss, test loss and accuracies (None where NaN: not applicable)."""
    train, *rest = (float(v) for v in row[1:5])
    test, train_acc, test_acc = (None if np.isnan(v) else v for v in rest)
    return train, test, train_acc, test_acc
