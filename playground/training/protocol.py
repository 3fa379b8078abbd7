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
from playground.data.view_frame import DEFAULT_FRAME, ViewFrame
from playground.engine.layers import Norms
from playground.errors import PlaygroundError
from playground.training.config import TrainConfig
from playground.training.trainer import Metrics, Trainer

HISTORY_COLUMNS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
                   "train_loss_running")
# per weight layer, in ``Inspection.layers``; dead and saturated are NaN for the output layer
DIAGNOSTIC_COLUMNS = ("grad_norm", "weight_norm", "update_ratio", "dead_fraction",
                      "saturated_fraction")


def metrics_row(m: Metrics) -> tuple[float, ...]:
    """One history row (``HISTORY_COLUMNS``) of metrics; NaN where a value does not apply."""
    row = (m.epoch, m.train_loss, m.test_loss, m.train_accuracy, m.test_accuracy,
           m.train_loss_running)
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
    # the normalised hidden layers' scales, shifts and running statistics (engine.layers)
    norms: Norms = ()


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
class SetWeights:
    """Type values into the live network: ``(layer, row, col, value)`` per parameter, addressed
    as in ``engine.neurons`` (``row == fan_in`` is the bias of unit ``col``)."""

    changes: tuple[tuple[int, int, int, float], ...]


@dataclass(frozen=True)
class ViewRequest:
    """What the window shows that costs the loop extra work, computed only while asked for.

    diagnostics : per-layer norms, update ratios, dead and saturated units (``Inspection``).
    gradients : each link's gradient and each neuron's mean |delta| (``Inspection``).
    focus : a hidden neuron ``(layer, unit)`` whose output fills the canvas (``NeuronMap``).
    hidden_layer, hidden_units : the hidden space: a layer and two of its units, or its two
        principal components when ``hidden_units`` is None (``HiddenSpace``).
    neuron_units : how many units of each hidden layer, from the first, get a picture in
        ``Snapshot.neurons`` (None: every unit). The network diagram draws the first 16 of a
        layer, so a wide network's snapshot need not carry the other pictures (8 x 256 units:
        128 pictures, not 2,048).
    frame : where the output pictures are taken (``ViewFrame``): the window's visible extent,
        so the heatmap, the neuron pictures and a 1-D curve cover what the user sees, the two
        inputs on the axes and every other input's value (``data.view_frame``).
    linear_regions : each pixel's linear region on the heatmap's grid (``LinearRegions``).
    """

    diagnostics: bool = False
    gradients: bool = False
    focus: tuple[int, int] | None = None
    hidden_layer: int | None = None
    hidden_units: tuple[int, int] | None = None
    neuron_units: int | None = None
    frame: ViewFrame = DEFAULT_FRAME
    linear_regions: bool = False


@dataclass(frozen=True)
class SetViews:
    views: ViewRequest


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
    | SetWeights | SetViews | RequestSnapshot | RequestState | InjectFault | Shutdown
)


# --- replies (loop -> window) -----------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Inspection:
    """Inside the network at ``epoch`` (asked for by ``ViewRequest.diagnostics`` or
    ``gradients``), over the training points.

    grad_weights, grad_biases : the full-batch gradient of the training loss (penalty included)
        at the snapshot's weights, shaped like them.
    mean_delta : per weight layer ``(fan_out,)``: each unit's mean |dLoss/dz| over the points.
    layers : ``(n_layers, len(DIAGNOSTIC_COLUMNS))`` float64, one row per weight layer.
    mean_grad_out : per hidden layer ``(units,)``: each unit's mean |dLoss/da| over the points,
        ``a`` the layer's output (after dropout and skip): what a skip around the layer
        hands unchanged to the layer before (the diagram's skip arcs); () when not measured.
    """

    epoch: int
    grad_weights: tuple[np.ndarray, ...]
    grad_biases: tuple[np.ndarray, ...]
    mean_delta: tuple[np.ndarray, ...]
    layers: np.ndarray
    mean_grad_out: tuple[np.ndarray, ...] = ()


@dataclass(frozen=True, eq=False)
class NeuronMap:
    """Hidden neuron ``(layer, unit)``'s output over the heatmap's grid ``(res, res)`` float32
    (same orientation as ``Snapshot.heatmap``) and its range over the grid."""

    layer: int
    unit: int
    image: np.ndarray
    low: float
    high: float


@dataclass(frozen=True, eq=False)
class HiddenSpace:
    """The points and the input plane as hidden layer ``layer`` sees them, projected onto two
    of its units (``units``) or its first two principal components (``units`` None).

    points : float32 ``(n, 2)``, one row per point of the loop's set (its order, at
        ``points_version``).
    grid : float32 ``(lines, samples, 2)``: lines of constant x then of constant y across the
        view box, mapped through the network.
    axis_labels : what each axis is ("unit 3", "PC1 (72%)").
    """

    layer: int
    units: tuple[int, int] | None
    points: np.ndarray
    points_version: int
    grid: np.ndarray
    axis_labels: tuple[str, str]


@dataclass(frozen=True, eq=False)
class LinearRegions:
    """The linear regions of a piecewise linear network over a picture's grid
    (``engine.regions``), or why it has none.

    ids : int32 ``(r, r)``, each pixel's region numbered from 0 (pixels share an id exactly
        when they share an activation pattern); row ``i`` is y, column ``j`` is x, both
        increasing, pixel centres spread evenly over ``extent`` (the heatmap's layout). None
        when the network has no linear regions.
    count : how many regions the grid meets (0 with ``reason``).
    resolution : r, the grid's pixels a side: the heatmap's, or fewer for a network too
        costly to trace at it.
    extent : x_min, x_max, y_min, y_max of the grid (the snapshot's frame's).
    axes : the inputs on the grid's horizontal and vertical axes (the frame's).
    reason : why the network has no linear regions (an English sentence marked for the
        window's translation, context ``Regions``), else None.
    """

    ids: np.ndarray | None
    count: int
    resolution: int
    extent: tuple[float, float, float, float]
    axes: tuple[int, int] = (0, 1)
    reason: str | None = None


@dataclass(frozen=True, eq=False)
class Snapshot:
    """What the views need, as fresh copies the loop never touches again.

    heatmap : float32 ``(res, res)`` (class-1 probability, or the regression value) or
        ``(res, res, K)`` class probabilities, ``res`` the loop's resolution (lower for a
        network too big to draw at it 30 times a second); row ``i`` is y, column ``j`` is x,
        both increasing, pixel centres spread evenly over ``frame.extent``.
    neurons : one float32 ``(r, r, k)`` array per hidden layer (empty when disabled): the
        pictures of the layer's first ``k`` units, ``k`` its size or, when fewer were asked
        for (``ViewRequest.neuron_units``), that many.
    history : ``(m, 6)`` float64 rows ``HISTORY_COLUMNS`` evaluated since the previous
        snapshot (NaN where a value does not apply).
    curve : for a network of x1 alone with one output (a 1-D regression network, say):
        float32 ``(m,)``, its output at ``rendering.curve_x(m, frame.x_range)``, m points
        evenly spaced over the frame's x range, ends included; None for any other network.
    frame : the ``ViewFrame`` the pictures (heatmap, neurons, curve) were computed over: the
        one asked for by ``ViewRequest.frame`` when they were drawn (x1 and x2 over its extent
        when it does not fit the network's inputs).
    input_mean, input_std : the normaliser's, one entry per input.
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
    input_mean: tuple[float, ...]
    input_std: tuple[float, ...]
    config: TrainConfig
    points_version: int
    reset: bool
    message: str | None
    epochs_per_second: float
    learning_rate: float
    generation: int = 0  # of the last Start, Reset, SetConfig or LoadWeights applied
    curve: np.ndarray | None = None
    # asked for with ``SetViews``; None in a snapshot that did not compute it this time
    inspection: Inspection | None = None
    focus: NeuronMap | None = None
    hidden_space: HiddenSpace | None = None
    stopped: str | None = None  # the stop rule that paused play: "epochs", "stop_loss", ...
    frame: ViewFrame = DEFAULT_FRAME
    # the normalised hidden layers' scales, shifts and running statistics (engine.layers)
    norms: Norms = ()
    # per hidden layer with dropout, the last training step's mask of its batch's first
    # point ``(units,)``, 1 kept and 0 dropped (None for a layer without dropout); () when
    # no layer has dropout or no step was taken since the weights changed
    dropped: tuple[np.ndarray | None, ...] = ()
    # asked for with ``SetViews(ViewRequest(linear_regions=True))``; None when not due
    regions: LinearRegions | None = None


@dataclass(frozen=True, eq=False)
class TrainerState:
    """Everything a session file needs from the trainer (copies)."""

    config: TrainConfig
    epoch: int
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    optimizer_state: dict[str, np.ndarray]
    input_mean: tuple[float, ...]
    input_std: tuple[float, ...]
    norms: Norms = ()  # the normalised layers' scales, shifts, running statistics

    @classmethod
    def of(cls, t: Trainer) -> TrainerState:
        """The trainer's state now, as copies."""
        return cls(
            config=t.config,
            epoch=t.epoch,
            weights=tuple(w.copy() for w in t.model.weights),
            biases=tuple(b.copy() for b in t.model.biases),
            optimizer_state=t.optimizer.state(),
            input_mean=t.normalizer.mean,
            input_std=t.normalizer.std,
            norms=t.model.norm_state(),
        )


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
