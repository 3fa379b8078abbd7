"""The one vocabulary between the window and the training process.

Commands go to the loop, replies come back; all are small frozen dataclasses, dispatched with
one ``match`` in ``TrainingLoop.handle``. The in-process loop (tests, the CLI) and the process
client (the window) both implement ``TrainingChannel``, so a caller does not care where the
loop runs. Point edits travel as deltas (``data.edits``): a brush stroke sends the rows it
adds, never the whole set. Messages cross the pipe pickled by ``multiprocessing``'s connection
between two processes of this program; nothing is ever unpickled from a file.
"""

from __future__ import annotations

import math
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from playground.data.edits import PointEdit
from playground.data.features import Normalizer
from playground.data.points import PointSet
from playground.errors import PlaygroundError
from playground.training.config import TrainConfig
from playground.training.trainer import Metrics

HISTORY_COLUMNS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


def metrics_row(m: Metrics) -> tuple[float, ...]:
    """One history row (``HISTORY_COLUMNS``) of metrics; NaN where a value does not apply."""
    row = (m.epoch, m.train_loss, m.test_loss, m.train_accuracy, m.test_accuracy)
    return tuple(math.nan if v is None else float(v) for v in row)


class ChannelClosed(PlaygroundError):
    """The training process is gone (it is being restarted); the command was not delivered."""


# --- what a session hands the trainer ---------------------------------------------------------
@dataclass(frozen=True, eq=False)
class ModelState:
    """Trained weights to continue from: the layers, the epoch reached, and optionally the
    optimizer's state and the input normaliser they were trained with."""

    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    epoch: int = 0
    optimizer_state: dict[str, np.ndarray] = field(default_factory=dict)
    normalizer: Normalizer | None = None


@dataclass(frozen=True)
class LoopOptions:
    """How the loop draws: heatmap and neuron-picture resolution, snapshots per second."""

    resolution: int = 200
    neuron_resolution: int = 24
    max_rate: float = 36.0  # a little above 30, so timer granularity still gives >= 30


# --- commands (window -> loop) ----------------------------------------------------------------
@dataclass(frozen=True)
class Start:
    """The first message to a training process: what to build the loop from."""

    config: TrainConfig
    points: PointSet
    options: LoopOptions = LoopOptions()
    points_version: int = 0
    generation: int = 0


@dataclass(frozen=True)
class Play:
    pass


@dataclass(frozen=True)
class Pause:
    pass


@dataclass(frozen=True)
class Step:
    epochs: int = 1


@dataclass(frozen=True)
class Reset:
    """Fresh seeded weights, epoch 0, normaliser refitted."""

    generation: int = 0


@dataclass(frozen=True)
class SetConfig:
    """A new config; ``generation`` counts the session's changes of weights (a config that
    needs fresh weights is one), echoed in snapshots like ``points_version``."""

    config: TrainConfig
    generation: int = 0


@dataclass(frozen=True)
class EditPoints:
    """Apply ``edit`` to the loop's points; ``version`` is the session's count of edits, echoed
    in snapshots so the window knows which edits a picture includes."""

    edit: PointEdit
    version: int


@dataclass(frozen=True)
class SetSpeed:
    epochs_per_second: float | None  # None: as fast as possible


@dataclass(frozen=True)
class LoadWeights:
    state: ModelState
    generation: int = 0


@dataclass(frozen=True)
class RequestSnapshot:
    pass


@dataclass(frozen=True)
class RequestState:
    """Ask for the trainer's exact state; answered by a ``StateReply`` with the same id."""

    ident: int


@dataclass(frozen=True)
class InjectFault:
    """Diagnostics and tests: the loop's next poll raises ``RuntimeError(message)``."""

    message: str


@dataclass(frozen=True)
class Shutdown:
    """The training process finishes and exits."""


Command = (
    Start | Play | Pause | Step | Reset | SetConfig | EditPoints | SetSpeed | LoadWeights
    | RequestSnapshot | RequestState | InjectFault | Shutdown
)


# --- replies (loop -> window) -----------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Snapshot:
    """What the views need, as fresh copies the loop never touches again.

    heatmap : float32 ``(res, res)`` (class-1 probability, or the regression value) or
        ``(res, res, K)`` class probabilities, ``res`` the loop's resolution (lower for a
        network too big to draw at it 30 times a second); row ``i`` is y, column ``j`` is x,
        both increasing, pixel centres spread evenly over ``VIEW_BOX``.
    neurons : one float32 ``(r, r, units)`` array per hidden layer (empty when disabled).
    history : ``(m, 5)`` float64 rows ``HISTORY_COLUMNS`` evaluated since the previous
        snapshot (NaN where a value does not apply).
    curve : for a network of x1 alone with one output (a 1-D regression network, say):
        float32 ``(m,)``, its output at ``rendering.curve_x(m)``, m points evenly spaced over
        ``VIEW_BOX`` ends included; None for any other network.
    """

    serial: int
    epoch: int
    playing: bool
    metrics: Metrics | None
    history: np.ndarray
    heatmap: np.ndarray | None
    neurons: tuple[np.ndarray, ...]
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    input_mean: tuple[float, float]
    input_std: tuple[float, float]
    config: TrainConfig
    points_version: int
    reset: bool
    message: str | None
    epochs_per_second: float
    learning_rate: float
    generation: int = 0  # of the last Start, Reset, SetConfig or LoadWeights applied
    curve: np.ndarray | None = None


@dataclass(frozen=True, eq=False)
class TrainerState:
    """Everything a session file needs from the trainer (copies)."""

    config: TrainConfig
    epoch: int
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    optimizer_state: dict[str, np.ndarray]
    input_mean: tuple[float, float]
    input_std: tuple[float, float]


@dataclass(frozen=True, eq=False)
class StateReply:
    ident: int
    state: TrainerState


@dataclass(frozen=True)
class Failure:
    """The loop hit an internal error; it paused and carries on. ``details``: a traceback."""

    message: str
    details: str


Reply = Snapshot | StateReply | Failure


class TrainingChannel(Protocol):
    """The command side of a training loop, wherever it runs.

    ``send`` may be called from any thread; it raises ``ChannelClosed`` when the command could
    not be delivered (the process died), never silently drops it.
    """

    def send(self, command: Command) -> None: ...

    def request_state(self) -> Future[TrainerState]: ...
