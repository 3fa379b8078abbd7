"""The loop the window drives: commands in, snapshots out, at a bounded wall-clock rate.

``TrainingLoop`` is a ``TrainingChannel``: ``send(command)`` only puts one of the protocol's
command dataclasses (``training.protocol``) on a thread-safe queue, so any thread may call
it; ``poll`` applies the queued commands (one ``match`` in ``handle``), trains while it is
playing until the next snapshot is due, and returns a ``Snapshot`` (or ``None``). Tests call
``poll`` directly with no threads; the training process calls it in a loop. Only the thread
that calls ``poll`` ever touches the trainer.

The loop keeps its own copy of the points and applies point edits to it (``EditPoints``
carries a delta, ``data.edits``), so it always trains on the same set as the window's.
"""

from __future__ import annotations

import itertools
import logging
import math
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

import numpy as np

from playground.data.edits import apply_edit
from playground.data.features import features_inputs
from playground.data.points import PointSet
from playground.errors import PlaygroundError
from playground.training.config import TrainConfig
from playground.training.protocol import (
    HISTORY_COLUMNS,
    Command,
    EditPoints,
    InjectFault,
    LoadWeights,
    LoopOptions,
    ModelState,
    Pause,
    Play,
    RequestSnapshot,
    RequestState,
    Reset,
    SetConfig,
    SetSpeed,
    SetViews,
    SetWeights,
    Shutdown,
    Snapshot,
    Start,
    Step,
    TrainerState,
    metrics_row,
)
from playground.training.snapshots import LoopStatus, SnapshotMaker
from playground.training.stopping import StopRules
from playground.training.trainer import Diverged, Metrics, Trainer

log = logging.getLogger("playground.training")

# commands that cut a long epoch short: what the epoch would compute is about to be discarded,
# or someone is waiting for the answer
URGENT = (Start, Pause, Reset, SetConfig, LoadWeights, RequestState, Shutdown)


def _fits(points: PointSet, config: TrainConfig) -> bool:
    """Whether a network set up by ``config`` can train on ``points`` (their task, classes and
    the inputs its features read)."""
    return points.task == config.task and (
        config.task == "regression" or points.n_classes <= config.n_classes) and (
        config.task != "multilabel" or points.n_classes == config.n_classes) and (
        features_inputs(config.features) <= points.n_inputs)


class TrainingLoop:
    """Owns a ``Trainer`` and the points it trains on; see the module docstring for the
    threading contract. ``from_start`` builds one from the protocol's ``Start`` message."""

    def __init__(self, config: TrainConfig, points: PointSet, *, resolution: int = 200,
                 neuron_resolution: int = 0, max_rate: float = 30.0, points_version: int = 0,
                 clock: Callable[[], float] = time.perf_counter) -> None:
        self._open(clock)
        options = LoopOptions(resolution, neuron_resolution, max_rate)
        self._begin(Start(config, points, options, points_version))

    @classmethod
    def from_start(cls, start: Start, *,
                   clock: Callable[[], float] = time.perf_counter) -> TrainingLoop:
        """The loop a training process runs: everything (options too) from ``start``."""
        loop = cls.__new__(cls)
        loop._open(clock)
        loop._begin(start)
        return loop

    def _open(self, clock: Callable[[], float]) -> None:
        """What outlives a ``Start``: the clock, the command queue, pending state requests."""
        self.clock = clock
        self._commands: queue.SimpleQueue[Command] = queue.SimpleQueue()
        self._urgent = threading.Event()
        self._ids = itertools.count(1)
        self._futures: dict[int, Future[TrainerState]] = {}
        self._pictures = SnapshotMaker()

    def _begin(self, start: Start) -> None:
        """Everything afresh from ``start``: a new trainer, paused, at epoch 0."""
        options = start.options
        if not 8 <= options.resolution <= 1024:
            raise PlaygroundError(
                f"heatmap resolution must be 8..1024 (got {options.resolution})")
        if not options.max_rate > 0:
            raise PlaygroundError(f"the snapshot rate must be positive (got {options.max_rate})")
        self.trainer = Trainer(start.config, start.points)
        self._points = start.points
        self._points_version = start.points_version
        self._generation = start.generation
        self._pictures.start(options)
        self.interval = 1.0 / options.max_rate
        self.playing = False
        self.epochs_per_second: float | None = None  # None: as fast as possible
        self._pending_steps = 0
        self._next_epoch_at = 0.0
        self._metrics: Metrics | None = None
        self._history: list[tuple[float, ...]] = []
        self._last_eval = (-math.inf, 0)  # the last history row's time and epoch
        self._last_snapshot = -math.inf
        self._dirty = True  # something changed since the last snapshot
        self._snapshot_cost = 0.0
        self._sharpening = False  # paused, the last picture is not yet exact: draw on
        self._reset_flag = True
        self._message: str | None = None
        self._rules = StopRules(start.config)
        self._stopped: str | None = None

    # --- the channel (any thread) -------------------------------------------------------------
    def send(self, command: Command) -> None:
        """Queue ``command`` for the loop's thread; an urgent one interrupts a long epoch."""
        self._commands.put(command)
        if isinstance(command, URGENT):
            self._urgent.set()

    def request_state(self) -> Future[TrainerState]:
        """The trainer's exact state, answered by the next ``poll`` (a long epoch is cut
        short to answer)."""
        future: Future[TrainerState] = Future()
        ident = next(self._ids)
        self._futures[ident] = future
        self.send(RequestState(ident))
        return future

    # --- state (read on the loop's thread) ----------------------------------------------------
    @property
    def points(self) -> PointSet:
        """The points as edited so far (the window's set); the trainer trains on them when
        they fit its config."""
        return self._points

    @property
    def busy(self) -> bool:
        return self.playing or self._pending_steps > 0

    # --- driving (the loop's own thread) ------------------------------------------------------
    def poll(self, timeout: float = 0.0) -> Snapshot | None:
        """Apply commands, train until the next snapshot is due, return it (or None).

        When idle, waits up to ``timeout`` seconds for a command first.
        """
        self._drain()
        if not self.busy and not self._dirty and not self._sharpening and timeout > 0:
            try:
                self.handle(self._commands.get(timeout=timeout))
            except queue.Empty:
                return None
            self._drain()
        interval = self._pictures.interval(self.interval, self._snapshot_cost)  # pacing
        while self.busy and not self._reset_flag and self.clock() - self._last_snapshot < interval:
            if self._urgent.is_set():
                self._urgent.clear()
                self._drain()
                continue
            if not self._wait_for_speed_limit():
                continue
            self._train_one_epoch()
            if not self._commands.empty():
                self._drain()
        if self._sharpening and not (self._dirty or self.busy) and self._pictures.sharpen(
                self.trainer):
            return None  # picture work done, the picture not changed yet: nothing to send
        if self._dirty or self._sharpening or (
                self.busy and self.clock() - self._last_snapshot >= interval):
            started = time.perf_counter()
            snap = self._snapshot()
            self._snapshot_cost = time.perf_counter() - started
            return snap
        return None

    def _wait_for_speed_limit(self) -> bool:
        """With a speed limit, wait (for a command at most) until the next epoch is due."""
        if self.epochs_per_second is None or self._pending_steps:
            return True
        wait = self._next_epoch_at - self.clock()
        if wait > 0:
            wait = min(wait, self.interval - (self.clock() - self._last_snapshot))
            if wait > 0:
                try:
                    self.handle(self._commands.get(timeout=wait))
                except queue.Empty:
                    pass
            return False
        self._next_epoch_at = (max(self._next_epoch_at, self.clock() - 1.0)
                               + 1.0 / self.epochs_per_second)
        return True

    def _train_one_epoch(self) -> None:
        trainer = self.trainer
        try:
            if self.playing and self._rules.before_epoch(trainer.epoch):
                self._stop_by_rule()
                return
            if not trainer.run_epoch(self._urgent.is_set):
                return
            if self.playing and self._rules.active and self._check_rules():
                return
            if self._pending_steps:
                self._pending_steps -= 1
                if not self._pending_steps and not self.playing:
                    self._dirty = True  # the last requested step: show where it ended
            now = self.clock()
            if self._pictures.eval_due(now, self._last_eval, trainer.epoch) or not self.playing:
                self._evaluate(now)
        except PlaygroundError as exc:  # Diverged among them
            self._stop(str(exc))

    def _evaluate(self, now: float, record: bool = True) -> None:
        """Evaluate; add a history row (if not ``record``: only when one is due)."""
        started = time.perf_counter()
        m = self.trainer.evaluate()
        if self.clock is time.perf_counter:  # real seconds pace a loop on the real clock only
            self._pictures.evaluated(time.perf_counter() - started)
        self._metrics = m
        if record or self._pictures.eval_due(now, self._last_eval, m.epoch):
            self._last_eval = (now, m.epoch)
            if self._history and self._history[-1][0] == m.epoch:  # not sent yet: replace it
                self._history.pop()
            self._history.append(metrics_row(m))

    def _stop(self, message: str) -> None:
        self.playing = False
        self._pending_steps = 0
        self._message = message
        self._dirty = True

    def _check_rules(self) -> bool:
        """After an epoch of play: whether a stop rule fired (then play stopped)."""
        fired = self._rules.after_epoch(self.trainer.epoch, self._losses())
        if fired:
            self._stop_by_rule()
        return fired is not None

    def _losses(self) -> Metrics | None:
        """Metrics now, when a rule watches the losses (evaluated every epoch then)."""
        if not self._rules.needs_losses:
            return None
        self._evaluate(self.clock(), record=False)
        return self._metrics

    def _stop_by_rule(self) -> None:
        rules = self._rules
        assert rules.reason is not None
        self._stop(rules.describe(rules.reason, self.trainer.epoch,
                                  len(self.trainer.test_split) > 0))
        self._stopped = rules.reason

    def _drain(self) -> None:
        while True:
            try:
                command = self._commands.get_nowait()
            except queue.Empty:
                return
            self.handle(command)

    # --- the dispatch (the loop's own thread) -------------------------------------------------
    def handle(self, command: Command) -> None:
        """Apply one command now. Only the thread that polls may call this (``send`` queues).

        A command the trainer refuses (a ``PlaygroundError``: points that do not fit, weights
        of the wrong shape) stops training with its message in the next snapshot;
        ``InjectFault`` raises ``RuntimeError`` out of the ``poll`` that applies it.
        """
        if not isinstance(command, RequestState):  # an answer changes nothing on screen
            self._dirty = True
        trainer = self.trainer
        try:
            match command:
                case Play():
                    self.playing = True
                    self._message = None
                    self._next_epoch_at = self.clock()
                    self._rules.rearm_from(self._losses())
                case Pause() | Shutdown():
                    self.playing = False
                    self._pending_steps = 0
                case Step(epochs):
                    self._pending_steps += int(epochs)
                    self._message = None
                case Reset(generation):
                    self._generation = generation
                    trainer.reset()
                    self._after_reset()
                    self._sync_points()
                case SetConfig(config, generation):
                    self._generation = generation
                    if trainer.set_config(config):
                        self._after_reset()
                    self._sync_points()
                    self._rules = StopRules(config)
                    self._pictures.changed()
                case SetWeights(changes):
                    trainer.set_weights(changes)
                    self._pictures.changed()
                case SetViews(views):
                    self._pictures.set_views(views)
                case EditPoints():
                    self._edit_points(command)
                case SetSpeed(epochs_per_second):
                    self.epochs_per_second = epochs_per_second
                case LoadWeights(state, generation):
                    self._generation = generation
                    self._load(state)
                case RequestSnapshot():
                    pass  # dirty: the next poll sends one
                case RequestState(ident):
                    self._answer(ident)
                case InjectFault(message):
                    raise RuntimeError(message)
                case Start():
                    self._begin(command)
                case _:
                    raise TypeError(f"not a training command: {command!r}")
        except PlaygroundError as exc:
            self._stop(str(exc))

    def _edit_points(self, command: EditPoints) -> None:
        if command.version <= self._points_version:
            # already in the points this loop started from (a restart raced with the edit)
            log.debug("point edit %d skipped: the points are at version %d",
                      command.version, self._points_version)
            return
        points, _inverse = apply_edit(self._points, command.edit)  # ConfigError: no change
        self._points, self._points_version = points, command.version
        self._pictures.changed()
        self.trainer.set_points(points)  # ConfigError: they do not fit the network (yet)

    def _sync_points(self) -> None:
        """After a config change or a reset: train on the loop's points again if the trainer
        had to drop them (they did not fit its config) and they fit now."""
        if self.trainer.points is not self._points and _fits(self._points, self.trainer.config):
            self.trainer.set_points(self._points)

    def _load(self, state: ModelState) -> None:
        trainer = self.trainer
        if state.normalizer is not None:
            trainer.set_normalizer(state.normalizer)
        trainer.load_weights(list(state.weights), list(state.biases), state.epoch,
                             state.norms)
        if state.optimizer_state:
            trainer.optimizer.load_state(dict(state.optimizer_state))
        self._after_reset()

    def _after_reset(self) -> None:
        self._snapshot_cost = 0.0  # a new network: measure its picture's cost afresh
        self._pictures.new_network()
        self._history.clear()
        self._reset_flag = True
        self._message = None

    def _answer(self, ident: int) -> None:
        future = self._futures.pop(ident, None)
        if future is None:
            log.debug("state request %d: nobody is waiting for it", ident)
        elif future.set_running_or_notify_cancel():  # False: cancelled meanwhile
            future.set_result(TrainerState.of(self.trainer))

    # --- snapshots ----------------------------------------------------------------------------
    def heatmap(self) -> np.ndarray:
        """The network's output over the grid (``rendering.Renderer.heatmap``)."""
        return self._pictures.renderer.heatmap(self.trainer)

    def _snapshot(self) -> Snapshot:
        t = self.trainer
        now = self.clock()
        if self._metrics is None or self._metrics.epoch != t.epoch or self._dirty:
            try:
                self._evaluate(now)
            except Diverged as exc:
                self._stop(str(exc))
        history = np.array(self._history, dtype=np.float64).reshape(-1, len(HISTORY_COLUMNS))
        self._history.clear()
        snap = self._pictures.make(t, LoopStatus(
            self.busy, self._metrics, history, self._points, self._points_version,
            self._generation, self._reset_flag, self._message, self._stopped), now)
        self._reset_flag = False
        self._message = None
        self._stopped = None
        self._dirty = False
        self._sharpening = not self.busy and self._pictures.pending
        self._last_snapshot = now
        return snap
