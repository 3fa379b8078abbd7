"""The session model: the whole state of one piece of work, with no Qt.

It owns the points and class names, the data set settings, the config, the latest trained
weights (and, when known, the optimizer's state), the full loss history, the epoch and the play
state. Everything that changes it goes through a method here, which tells its listeners with a
small event; the window's Qt document, the link to the training process (``session.link``) and
tests subscribe. Point edits are ``data.edits`` objects: ``apply`` returns the inverse edit, which
is all an undo stack needs to keep.

Save, autosave and recovery all serialise through ``to_session`` (and open through
``load``), so the three can never disagree about what a session holds.

Training is work too: every state of the run (its weights, history and replay) has a mark, a
new one whenever epochs are trained or the weights are replaced. ``mark_saved`` remembers the
mark the file holds; ``trained_since_save`` compares (``TrainedSinceSave`` says when that
flips). A ``Run`` (``capture_run``) keeps a run with its mark, so that an undo history that
brings the saved run back (``restore_run``) makes the work saved again.

The model keeps the lab notebook (``notebook``, ``session.notebook``): its own
``NotebookRecorder`` listens to these events and adds a row whenever a run ends.
"""

from __future__ import annotations

import dataclasses
import itertools
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.data.edits import AddRows, PointEdit, ReplaceAll, apply_edit
from playground.data.features import (
    Normalizer,
    default_features,
    features_inputs,
    fit_features,
    one_d_features,
    two_d_features,
)
from playground.data.points import PointSet, default_class_name, default_class_names
from playground.engine.neurons import Address, Change, neuron_params, values_at, with_values
from playground.errors import ConfigError
from playground.session.dataset import DatasetSettings
from playground.session.file import Session
from playground.session.history import WIDTH as HISTORY_WIDTH
from playground.session.history import LossHistory
from playground.session.notebook import (
    CONTINUED,
    NEW_WEIGHTS,
    LabNotebook,
    NotebookRow,
    finite_or_none,
)
from playground.session.replay import ReplayHistory, frame_of
from playground.training.config import TrainConfig
from playground.training.protocol import ModelState, Snapshot, TrainerState
from playground.training.trainer import Diverged, Trainer


# --- events -----------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class PointsEdited:
    """``edit`` turned the previous points into ``points``; ``version`` counts edits."""

    edit: PointEdit
    points: PointSet
    version: int


@dataclass(frozen=True)
class ConfigChanged:
    config: TrainConfig
    reset: bool  # the change needs fresh weights
    generation: int  # the model's weights generation after the change


@dataclass(frozen=True)
class ClassNamesChanged:
    names: tuple[str, ...]


@dataclass(frozen=True)
class PlayChanged:
    playing: bool


@dataclass(frozen=True)
class WeightsReplaced:
    """Training continues from ``state`` (None: from fresh weights)."""

    state: ModelState | None
    generation: int


@dataclass(frozen=True)
class WeightsEdited:
    """Values typed into the live network: ``(layer, row, col, value)`` (``SetWeights``)."""

    changes: tuple[Change, ...]


@dataclass(frozen=True, eq=False)
class HistoryChanged:
    """The loss history changed: ``added`` rows (``HISTORY_COLUMNS``) were appended after
    the others, or, when None, it was cleared, cut back or replaced (read ``history.rows()``)."""

    added: np.ndarray | None


@dataclass(frozen=True)
class SessionReplaced:
    """New, Open or a recovery replaced everything; the weights follow as ``WeightsReplaced``."""


@dataclass(frozen=True)
class TrainedSinceSave:
    """``SessionModel.trained_since_save`` flipped: the run (weights, history, replay) is no
    longer the one saved (epochs trained, weights replaced), or is again (a save, an undo)."""

    trained: bool


Event = (PointsEdited | ConfigChanged | ClassNamesChanged | PlayChanged | WeightsReplaced
         | WeightsEdited | HistoryChanged | SessionReplaced | TrainedSinceSave)
Listener = Callable[[Event], None]


# --- the lab notebook's recorder -----------------------------------------------------------
class NotebookRecorder:
    """Adds a row to ``model.notebook`` whenever a run ends (``session.notebook``). ``clock``
    gives seconds (``time.monotonic``; a test may script it)."""

    def __init__(self, model: SessionModel,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.model = model
        self.clock = clock
        self._config = model.config  # the configuration the current run trains
        self._last: np.ndarray | None = None  # the run's latest history row
        self._start: tuple[float, int] | None = None  # (time, epoch) the open run began at
        model.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:
        model = self.model
        if isinstance(event, HistoryChanged):
            rows = event.added if event.added is not None else model.history.rows()
            if len(rows):
                self._last = np.asarray(rows[-1], np.float64)
        elif isinstance(event, PlayChanged):
            if event.playing:
                self._open()
            else:
                self._close()
        elif isinstance(event, ConfigChanged):
            if event.reset:
                self._close()
            self._config = event.config
            if event.reset and model.playing:
                self._open()
        elif isinstance(event, WeightsReplaced):
            self._close(weights_gone=True)
            if model.playing:
                self._open()
        elif isinstance(event, SessionReplaced):
            self._start, self._last, self._config = None, None, model.config

    def _open(self) -> None:
        if self._start is None:
            self._start = (self.clock(), self.model.epoch)
            rows = self.model.history.rows()
            self._last = rows[-1].copy() if len(rows) else None

    def _close(self, weights_gone: bool = False) -> None:
        if self._start is None:
            return
        started, first = self._start
        self._start = None
        last, self._last = self._last, None
        if last is None or int(last[0]) <= first:
            return  # nothing was trained
        config = self._config
        notebook = self.model.notebook
        changes = notebook.changes_to(config)
        if not changes:
            changes = NEW_WEIGHTS if first == 0 else CONTINUED
        figures: dict[str, float | None] = {
            name: finite_or_none(float(last[i])) for i, name in enumerate(
                ("train_loss", "test_loss", "train_accuracy", "test_accuracy"), start=1)}
        figures["r2"] = None if weights_gone else self._r2(int(last[0]))
        row = NotebookRow("run", changes, config.seed, int(last[0]), int(last[0]) - first,
                          max(0.0, self.clock() - started), figures)
        notebook.add(row, config)

    def _r2(self, epoch: int) -> float | None:
        """A regression's R² from the weights the run ended with (None for a classifier, or
        when those weights are not known)."""
        model, w = self.model, self.model.weights
        if (model.config.task != "regression" or w is None or w.epoch != epoch
                or not same_network(model.config, self._config)):
            return None
        try:
            trainer = Trainer(model.config, model.points)
            trainer.load_weights(list(w.weights), list(w.biases), w.epoch, w.norms)
            if w.normalizer is not None:
                trainer.set_normalizer(w.normalizer)
            with np.errstate(all="ignore"):
                r2 = trainer.evaluate(running=False).r2
        except (Diverged, ValueError, ConfigError):
            return None
        return None if r2 is None else finite_or_none(float(r2))


def same_network(a: TrainConfig, b: TrainConfig) -> bool:
    """Whether weights of a network of config ``a`` are weights of ``b``'s: the same layer
    sizes and normalisations (the normalised layers' scales and shifts are parameters)."""
    return a.layer_sizes == b.layer_sizes and all(
        a.layer_options.norm_of(h) == b.layer_options.norm_of(h)
        for h in range(len(a.hidden_layers)))


def state_fits(state: ModelState, config: TrainConfig) -> bool:
    """Whether ``state`` holds the weights (and normalisation state) of ``config``'s
    network."""
    sizes = config.layer_sizes
    if len(state.weights) != len(sizes) - 1 or not all(
            a.shape == (i, o) for a, i, o in zip(state.weights, sizes[:-1], sizes[1:])):
        return False
    kinds = [config.layer_options.norm_of(h) for h in range(len(config.hidden_layers))]
    if not state.norms:
        return all(k == "none" for k in kinds)
    return len(state.norms) == len(kinds) and all(
        (n is None and k == "none") or (n is not None and n.kind == k and n.gamma.shape == (u,))
        for n, k, u in zip(state.norms, kinds, config.hidden_layers))


@dataclass(frozen=True, eq=False)
class Run:
    """A run to come back to (an undo step keeps the one it replaced): its weights (None: new
    ones), its loss history, its replay (None: not kept, an empty replay then) and its mark
    (None: a run never trained in this session, marked anew when restored)."""

    state: ModelState | None
    history: np.ndarray
    replay: ReplayHistory | None
    mark: int | None = None

    def without_replay(self) -> Run:
        return dataclasses.replace(self, replay=None)


def fit_config(config: TrainConfig, points: PointSet, dims: int = 2,
               previous_dims: int | None = None, loss: str | None = None,
               previous_inputs: int | None = None) -> TrainConfig:
    """``config`` with the task and class count of ``points`` (the network follows the data;
    another task takes ``loss`` if it fits, else its default loss: ``TrainConfig.with_task``).
    On a 1-D set (``dims`` 1) the inputs are the features of x1 alone (``("x1",)`` unless
    x1², sin x1 were chosen too); back from one (``previous_dims`` 1) x1 and x2 return.
    Points of another number of inputs than before (``previous_inputs``) bring the features
    x1..xD (``default_features``); features reading an input the points lack are dropped."""
    k = max(points.n_classes, 2) if points.task != "regression" else 0
    config = config.with_task(points.task, k, loss)
    n = points.n_inputs
    if dims == 1:
        features = one_d_features(config.features)
    elif previous_dims == 1:
        features = two_d_features(config.features)
    elif previous_inputs is not None and previous_inputs != n:
        features = default_features(n)
    elif features_inputs(config.features) > n:
        features = fit_features(config.features, n)
    else:
        return config
    return config if features == config.features else config.replace(features=features)


class SessionModel:
    """One session's state; see the module docstring. Not thread-safe: one thread changes it
    (the window's), though its point sets are immutable and may be read from any thread."""

    def __init__(self, config: TrainConfig, points: PointSet | None = None,
                 class_names: list[str] | None = None,
                 dataset: DatasetSettings | None = None) -> None:
        self.dataset = dataset or DatasetSettings()
        # the points and the count of edits that made them, changed together: the worker
        # thread reads both to restart a training process
        self.edited: tuple[PointSet, int] = (
            points if points is not None else self.dataset.generate(), 0)
        self.config = fit_config(config, self.points, self.dataset.dims)
        self.class_names = self._names_for(self.points, class_names)
        self.epoch = 0
        self.playing = False
        self.weights: ModelState | None = None  # the latest weights seen, if any
        # counts replacements of the weights (reset, load, a config needing fresh weights);
        # the trainer echoes it, so snapshots made before the latest one are not recorded
        self.generation = 0
        # read it freely; change it only through this model's methods (``HistoryChanged``)
        self.history = LossHistory()
        self.replay = ReplayHistory()  # the run's frames (``session.replay``)
        self.view: dict[str, Any] = {}
        # which state of the run this is, and which one the saved file holds (module docstring)
        self._marks = itertools.count(1)
        self.run_mark = self.saved_mark = 0
        # the latest epoch the run's mark covers: a snapshot of an earlier one (still on its
        # way when the trainer's state was taken) is no training
        self._marked_epoch = 0
        self._listeners: list[Listener] = []
        self._rng = np.random.default_rng()
        # the lab notebook: a row per run, written as runs end (``session.notebook``)
        self.notebook = LabNotebook()
        self.recorder = NotebookRecorder(self)

    @property
    def points(self) -> PointSet:
        return self.edited[0]

    @property
    def input_names(self) -> tuple[str, ...]:
        """The names of the points' input columns (``x1``, ``x2``, ... unless the file they
        came from named them: the data set settings' ``input_names``)."""
        return self.dataset.names_of_inputs(self.points.n_inputs)

    @property
    def version(self) -> int:
        """How many point edits the session has seen (snapshots echo it)."""
        return self.edited[1]

    # --- listeners ----------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    # --- points -------------------------------------------------------------------------------
    def apply(self, edit: PointEdit, class_names: list[str] | None = None,
              dataset: DatasetSettings | None = None, loss: str | None = None) -> PointEdit:
        """Apply a point edit (and optionally new class names and data set settings, e.g. a
        preset's); returns its inverse. When the points change task, class count or number
        of inputs, or the settings change ``dims``, the config follows first (fresh
        weights); another task takes ``loss`` (the loss it had, for an undo or a redo) if it
        fits, else its default; another number of inputs takes the features x1..xD."""
        old = self.points
        points, inverse = apply_edit(old, edit)
        old_dims = self.dataset.dims
        if dataset is not None:
            self.dataset = dataset
        if ((points.task, points.n_classes, points.n_inputs)
                != (old.task, old.n_classes, old.n_inputs) or self.dataset.dims != old_dims):
            self._set_config(fit_config(self.config, points, self.dataset.dims, old_dims,
                                        loss, old.n_inputs))
        self.edited = (points, self.version + 1)
        if class_names is not None or points.n_classes != old.n_classes:
            self._set_names(self._names_for(points, class_names))
        self._emit(PointsEdited(edit, points, self.version))
        return inverse

    def add_rows(self, coords: np.ndarray, values: np.ndarray | float,
                 train_ratio: float = 1.0) -> AddRows:
        """The edit that adds points at ``coords`` (m, 2) with ``values`` (a multi-label
        set's: one row of 0/1 for them all, or (m, L)); each one is a training point with
        probability ``train_ratio``. Validated, not yet applied."""
        coords = np.atleast_2d(np.asarray(coords, np.float64))
        values = np.broadcast_to(np.asarray(values, self.points.values.dtype),
                                 (len(coords), *self.points.values.shape[1:])).copy()
        if train_ratio >= 1:
            is_train = np.ones(len(coords), bool)
        else:
            is_train = self._rng.random(len(coords)) < train_ratio
        edit = AddRows(coords.copy(), values, is_train)
        apply_edit(self.points, edit)  # a bad value must never reach an undo history
        return edit

    # --- names and config ---------------------------------------------------------------------
    @staticmethod
    def _names_for(points: PointSet, names: list[str] | None) -> list[str]:
        k = max(points.n_classes, 2)
        base = list(names or [])[:k]
        return base + default_class_names(k)[len(base):]

    def _set_names(self, names: list[str]) -> None:
        if names != self.class_names:
            self.class_names = names
            self._emit(ClassNamesChanged(tuple(names)))

    def rename_class(self, index: int, name: str) -> bool:
        """Rename class ``index``; an empty name restores the default. True if it changed."""
        name = name.strip() or default_class_name(index)
        if not 0 <= index < len(self.class_names) or self.class_names[index] == name:
            return False
        names = list(self.class_names)
        names[index] = name
        self._set_names(names)
        return True

    def fit(self, config: TrainConfig) -> TrainConfig:
        """``config`` as ``set_config`` would use it: following the points."""
        return fit_config(config, self.points, self.dataset.dims)

    def set_config(self, config: TrainConfig) -> bool:
        """Use ``config`` (task and classes always follow the points); True if it changed."""
        return self._set_config(fit_config(config, self.points, self.dataset.dims))

    def _set_config(self, config: TrainConfig) -> bool:
        if config == self.config:
            return False
        reset = self.config.needs_reset(config)
        self.config = config
        if reset:
            self.generation += 1
            self.epoch = 0
            self.weights = None
            had_history = len(self.history) > 0
            self.history.clear()
            self.replay.clear()
        self._emit(ConfigChanged(config, reset, self.generation))
        if reset:
            if had_history:
                self._emit(HistoryChanged(None))
            self._new_mark(0)
        return True

    def set_dataset(self, dataset: DatasetSettings) -> None:
        """New settings (not undoable: an edit that should undo them passes them to
        ``apply``); a change of ``dims`` makes the config follow."""
        old_dims, self.dataset = self.dataset.dims, dataset
        if dataset.dims != old_dims:
            self._set_config(fit_config(self.config, self.points, dataset.dims, old_dims))

    # --- training state -----------------------------------------------------------------------
    def set_playing(self, playing: bool) -> None:
        if playing != self.playing:
            self.playing = playing
            self._emit(PlayChanged(playing))

    def replace_weights(self, state: ModelState | None) -> None:
        """Continue from ``state`` (None: fresh weights); the history starts again unless
        the state continues it (its epoch is later than the history's rows)."""
        self.generation += 1
        self.weights = state
        self.epoch = 0 if state is None else state.epoch
        self._cut_history(self.epoch)
        if state is None:
            self.replay.clear()
        else:
            self.replay.truncate(state.epoch)
        self._emit(WeightsReplaced(state, self.generation))
        self._new_mark(self.epoch)

    def edit_weights(self, changes: tuple[Change, ...]) -> None:
        """Type parameter values into the live network (``engine.neurons`` addressing;
        ``ConfigError``, and nothing changed, for an address the weights do not have)."""
        w = self.weights
        if w is not None:
            weights, biases = with_values(w.weights, w.biases, changes)
            self.weights = dataclasses.replace(w, weights=weights, biases=biases)
        self._emit(WeightsEdited(tuple(changes)))

    def values_at(self, addresses: Iterable[Address]) -> tuple[Change, ...] | None:
        """``(layer, row, col, value)`` of the latest weights at ``addresses`` (None: no
        weights yet, or an address they do not have)."""
        w = self.weights
        addresses = list(addresses)
        values = None if w is None else values_at(w.weights, w.biases, addresses)
        if values is None:
            return None
        return tuple((*address, value) for address, value in zip(addresses, values))

    def neuron_values(self, layer: int, unit: int) -> tuple[Change, ...]:
        """The latest values of hidden neuron ``(layer, unit)``'s parameters: its incoming
        weights and bias, then its outgoing weights (what a prune zeroes; empty when there
        are no such weights)."""
        addresses = neuron_params(self.config.layer_sizes, layer, unit)
        return self.values_at(addresses) or ()

    # --- the loss history ---------------------------------------------------------------------
    def append_history(self, rows: np.ndarray) -> None:
        """Add evaluated rows (``HISTORY_COLUMNS``) after the others (a headless run's)."""
        rows = np.asarray(rows, np.float64).reshape(-1, HISTORY_WIDTH)
        if len(rows):
            self.history.append(rows)
            self._emit(HistoryChanged(rows))

    def clear_history(self) -> None:
        """Forget the loss history (weights from elsewhere start a history of their own)."""
        self._cut_history(0)

    def _cut_history(self, epoch: int) -> None:
        """Keep the rows of the epochs before ``epoch``."""
        before = len(self.history)
        self.history.truncate(epoch)
        if len(self.history) != before:
            self._emit(HistoryChanged(None))

    def _replace_history(self, rows: np.ndarray) -> None:
        if len(self.history) or len(rows):
            self.history.replace(rows)
            self._emit(HistoryChanged(None))

    def record_snapshot(self, snap: Snapshot) -> bool:
        """Take in what the trainer reported: weights, epoch, new history rows, play state.
        A snapshot after a reset or a load replaces the history from its epoch on; one made
        before the latest reset or load (still on its way) is ignored: returns False."""
        if snap.generation < self.generation:
            return False
        before = len(self.history)
        if snap.reset:
            self.history.truncate(snap.epoch)
        cut = len(self.history) != before
        if snap.epoch > self._marked_epoch or (snap.reset and snap.epoch != self.epoch):
            self._new_mark(snap.epoch)  # epochs were trained, or the trainer started afresh
        added = np.asarray(snap.history, np.float64).reshape(-1, HISTORY_WIDTH)
        if len(added) and len(self.history) and not cut:
            # the same weights evaluated again, unchanged (a paused trainer asked for another
            # picture): the row is there already
            last = self.history.last()
            if last is not None and np.array_equal(added[0], last, equal_nan=True):
                added = added[1:]
        self.history.append(added)
        if (snap.metrics is not None and snap.heatmap is not None and self.replay.due(snap.epoch)
                and same_network(snap.config, self.config)):
            self.replay.offer(frame_of(snap.epoch, snap.metrics.train_loss, snap.heatmap,
                                       snap.neurons, snap.weights, snap.biases, snap.curve,
                                       snap.frame.extent, snap.norms),
                              Normalizer(snap.input_mean, snap.input_std))
        self.epoch = snap.epoch
        if same_network(snap.config, self.config):
            old = self.weights
            kept = old.optimizer_state if old is not None and old.epoch == snap.epoch else {}
            self.weights = ModelState(snap.weights, snap.biases, snap.epoch, kept,
                                      Normalizer(snap.input_mean, snap.input_std), snap.norms)
        if cut or len(added):
            self._emit(HistoryChanged(None if cut else added))
        if snap.message and not snap.playing and self.playing:
            # the loop stopped by itself (divergence, a refused edit): only a message says so,
            # a snapshot made before a Play arrived also reports "not playing"
            self.set_playing(False)
        return True

    def record_state(self, state: TrainerState) -> None:
        """The trainer's exact state (with the optimizer's), answered to a state request."""
        if same_network(state.config, self.config):
            self.weights = ModelState(state.weights, state.biases, state.epoch,
                                      dict(state.optimizer_state),
                                      Normalizer(state.input_mean, state.input_std), state.norms)
            if state.epoch > self._marked_epoch:
                self._new_mark(state.epoch)
            self.epoch = state.epoch

    # --- runs, and whether the saved file holds this one --------------------------------------
    @property
    def trained_since_save(self) -> bool:
        """Whether the run is not the one last saved (or opened): epochs were trained, or the
        weights replaced, since."""
        return self.run_mark != self.saved_mark

    def mark_saved(self) -> None:
        """The current run is now the one in the file (after Save, Open, New)."""
        self._set_mark(self.run_mark, saved=True)

    def _new_mark(self, epoch: int) -> None:
        """The run changed (``epoch``: the latest epoch it reached)."""
        self._marked_epoch = epoch
        self._set_mark(next(self._marks))

    def _set_mark(self, mark: int, saved: bool = False) -> None:
        was = self.trained_since_save
        self.run_mark = mark
        if saved:
            self.saved_mark = mark
        if self.trained_since_save != was:
            self._emit(TrainedSinceSave(self.trained_since_save))

    def capture_run(self) -> Run:
        """The current run, to come back to (the replay's frames are shared, not copied)."""
        return Run(self.weights, self.history.rows(), self.replay.copy(), self.run_mark)

    def continued_run(self, state: ModelState) -> Run:
        """The run that trains on from ``state``, a moment of the current one (a replayed
        frame): the history and the frames up to its epoch."""
        rows = self.history.rows()
        replay = self.replay.copy()
        replay.truncate(state.epoch)
        return Run(state, rows[rows[:, 0] <= state.epoch], replay)

    def restore_run(self, run: Run) -> None:
        """Continue ``run`` exactly as it was kept: weights, history, replay and mark."""
        if run.state is not None or self.weights is not None:
            self.replace_weights(run.state)
        self._replace_history(run.history)
        self.replay = run.replay.copy() if run.replay is not None else ReplayHistory()
        if run.mark is not None:
            self._set_mark(run.mark)
            self._marked_epoch = self.epoch

    # --- whole sessions -----------------------------------------------------------------------
    def to_session(self, view: dict[str, Any] | None = None) -> Session:
        """The one serialisation of this model: save, autosave and recovery all use it."""
        w = self.weights
        fits = w is not None and state_fits(w, self.config)
        return Session(
            points=self.points, class_names=tuple(self.class_names), config=self.config,
            epoch=w.epoch if fits and w is not None else 0,
            weights=w.weights if fits and w is not None else (),
            biases=w.biases if fits and w is not None else (),
            optimizer_state=dict(w.optimizer_state) if fits and w is not None else {},
            normalizer=w.normalizer if fits and w is not None else None,
            norms=w.norms if fits and w is not None else (),
            history=self.history.rows(), dataset=self.dataset.as_dict(), replay=self.replay,
            view={**self.view, **(view or {})}, notebook=self.notebook.to_json())

    def load(self, s: Session) -> None:
        """Replace everything by a saved session (Open, recovery)."""
        self.set_playing(False)  # a run playing ends in the notebook it began in
        self.notebook.replace(LabNotebook.from_json(s.notebook) if s.notebook else LabNotebook())
        # settings missing or not understood: keep the current ones, but as a 2-D session
        self.dataset = DatasetSettings.from_dict(s.dataset) or self.dataset.copy(dims=2)
        config = fit_config(s.config, s.points, self.dataset.dims)
        self._set_config(config)
        self._set_names(self._names_for(s.points, list(s.class_names)))
        self.edited = (s.points, self.version + 1)
        self.view = dict(s.view)
        self._emit(SessionReplaced())
        self._emit(PointsEdited(ReplaceAll(s.points), s.points, self.version))
        self._replace_history(s.history)
        state = None
        if s.weights:
            state = ModelState(s.weights, s.biases, s.epoch, dict(s.optimizer_state),
                               s.normalizer, s.norms)
        self.replace_weights(state)
        self.replay = s.replay
        self.mark_saved()

    def start_over(self, points: PointSet, config: TrainConfig, class_names: list[str],
                   dataset: DatasetSettings | None = None) -> None:
        """New: these points and config, fresh weights, no history."""
        dataset = dataset or self.dataset
        self.load(Session(points=points, class_names=tuple(class_names),
                          config=fit_config(config, points, dataset.dims),
                          dataset=dataset.as_dict()))
