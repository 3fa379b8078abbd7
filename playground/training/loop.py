"""The loop the window drives: commands in, snapshots out, at a bounded wall-clock rate.

``TrainingLoop.poll`` is a plain method: it applies queued commands, trains while it is playing
until the next snapshot is due, and returns a ``Snapshot`` (or ``None``). Tests call it directly
with no threads; the window's worker thread calls it in a loop. Every command method
(``play``, ``set_points``, ...) only puts a message on a thread-safe queue, so any thread may
call it. Only the thread that calls ``poll`` ever touches the trainer.
"""

from __future__ import annotations

import math
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.data.datasets import VIEW_BOX
from playground.data.features import make_features
from playground.data.points import PointSet
from playground.engine.model import Predictor
from playground.errors import PlaygroundError
from playground.training.config import TrainConfig
from playground.training.trainer import Diverged, Metrics, Trainer

HISTORY_COLUMNS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")
MAX_HISTORY_RATE = 200.0  # metric rows per second at most; the plot decimates further
FRAME_INTERVAL_S = 1 / 32  # the window shows at least 30 frames a second ...
FAST_SNAPSHOT_S = 1 / 60  # ... when a snapshot takes at most this long
HEATMAP_BUDGET_S = 0.02  # a bigger network gets a coarser heatmap rather than a stalled one
MIN_RESOLUTION = 32


@dataclass(frozen=True, eq=False)
class Snapshot:
    """What the views need, as fresh copies the loop never touches again.

    heatmap : float32 ``(res, res)`` (class-1 probability, or the regression value) or
        ``(res, res, K)`` class probabilities, ``res`` the loop's resolution (lower for a
        network too big to draw at it 30 times a second); row ``i`` is y, column ``j`` is x, both
        increasing, pixel centres spread evenly over ``VIEW_BOX``.
    neurons : one float32 ``(r, r, units)`` array per hidden layer (empty when disabled).
    history : ``(m, 5)`` float64 rows ``HISTORY_COLUMNS`` evaluated since the previous
        snapshot (NaN where a value does not apply).
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


def grid_coords(resolution: int) -> np.ndarray:
    """Pixel centres of a ``resolution`` square grid over ``VIEW_BOX``: ``(res*res, 2)``,
    x varying fastest (row-major image order)."""
    lo, hi = VIEW_BOX
    step = (hi - lo) / resolution
    axis = lo + step * (np.arange(resolution) + 0.5)
    xs, ys = np.meshgrid(axis, axis)
    return np.column_stack([xs.ravel(), ys.ravel()])


class TrainingLoop:
    """Owns a ``Trainer``; see the module docstring for the threading contract."""

    def __init__(
        self,
        config: TrainConfig,
        points: PointSet,
        *,
        resolution: int = 200,
        neuron_resolution: int = 0,
        max_rate: float = 30.0,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        if not 8 <= resolution <= 1024:
            raise PlaygroundError(f"heatmap resolution must be 8..1024 (got {resolution})")
        self.trainer = Trainer(config, points)
        self.resolution = resolution
        self.neuron_resolution = neuron_resolution
        self.interval = 1.0 / max_rate
        self.clock = clock
        self.playing = False
        self.epochs_per_second: float | None = None  # None: as fast as possible
        self._commands: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._urgent = threading.Event()
        self._pending_steps = 0
        self._serial = 0
        self._points_version = 0
        self._dirty = True  # something changed since the last snapshot
        self._reset_flag = True
        self._message: str | None = None
        self._history: list[tuple[float, ...]] = []
        self._last_eval = -math.inf
        self._last_snapshot = -math.inf
        self._snapshot_cost = 0.0
        self._heatmap_resolution = 0  # 0: estimate it from the network's size
        self._next_epoch_at = 0.0
        self._rate_window: list[tuple[float, int]] = []
        self._metrics: Metrics | None = None
        self._predictors: dict[str, tuple[Any, Predictor]] = {}

    # --- commands (any thread) ----------------------------------------------------------------
    def _send(self, kind: str, payload: Any = None, urgent: bool = False) -> None:
        self._commands.put((kind, payload))
        if urgent:
            self._urgent.set()

    def play(self) -> None:
        self._send("play")

    def pause(self) -> None:
        self._send("pause", urgent=True)

    def step(self, epochs: int = 1) -> None:
        self._send("step", epochs)

    def reset(self) -> None:
        self._send("reset", urgent=True)

    def set_config(self, config: TrainConfig) -> None:
        self._send("config", config, urgent=True)

    def set_points(self, points: PointSet, version: int) -> None:
        self._send("points", (points, version))

    def set_speed(self, epochs_per_second: float | None) -> None:
        self._send("speed", epochs_per_second)

    def load_weights(
        self,
        weights: list[np.ndarray],
        biases: list[np.ndarray],
        epoch: int = 0,
        optimizer_state: dict[str, np.ndarray] | None = None,
        normalizer: Any = None,
    ) -> None:
        self._send("weights", (weights, biases, epoch, optimizer_state, normalizer), urgent=True)

    def request_snapshot(self) -> None:
        self._send("snapshot")

    def request_state(self) -> Future[TrainerState]:
        """The trainer's exact state; urgent, so a long epoch is cut short to answer."""
        future: Future[TrainerState] = Future()
        self._send("state", future, urgent=True)
        return future

    # --- driving (the loop's own thread) ------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.playing or self._pending_steps > 0

    def poll(self, timeout: float = 0.0) -> Snapshot | None:
        """Apply commands, train until the next snapshot is due, return it (or None).

        When idle, waits up to ``timeout`` seconds for a command first.
        """
        self._drain()
        if not self.busy and not self._dirty and timeout > 0:
            try:
                self._apply(*self._commands.get(timeout=timeout))
            except queue.Empty:
                return None
            self._drain()
        # a snapshot that takes long (a big net's heatmap) must not starve training: at
        # least three quarters of the time goes to epochs
        interval = max(self.interval, 3.0 * self._snapshot_cost)
        if self._snapshot_cost <= FAST_SNAPSHOT_S:  # but a cheap picture keeps 30 frames/s
            interval = max(self.interval, min(interval, FRAME_INTERVAL_S))
        while self.busy and self.clock() - self._last_snapshot < interval:
            if self._urgent.is_set():
                self._urgent.clear()
                self._drain()
                continue
            if not self._wait_for_speed_limit():
                continue
            self._train_one_epoch()
            if not self._commands.empty():
                self._drain()
        if self._dirty or (self.busy and self.clock() - self._last_snapshot >= interval):
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
                    self._apply(*self._commands.get(timeout=wait))
                except queue.Empty:
                    pass
            return False
        self._next_epoch_at = max(self._next_epoch_at, self.clock() - 1.0) + (
            1.0 / self.epochs_per_second
        )
        return True

    def _train_one_epoch(self) -> None:
        trainer = self.trainer
        try:
            if not trainer.run_epoch(self._urgent.is_set):
                return
            if self._pending_steps:
                self._pending_steps -= 1
                if not self._pending_steps and not self.playing:
                    self._dirty = True  # the last requested step: show where it ended
            now = self.clock()
            if now - self._last_eval >= 1.0 / MAX_HISTORY_RATE or not self.playing:
                self._evaluate(now)
        except Diverged as exc:
            self._stop(str(exc))
        except PlaygroundError as exc:
            self._stop(str(exc))

    def _evaluate(self, now: float) -> None:
        m = self.trainer.evaluate()
        self._metrics = m
        self._last_eval = now
        nan = math.nan
        self._history.append(
            (
                m.epoch,
                m.train_loss,
                nan if m.test_loss is None else m.test_loss,
                nan if m.train_accuracy is None else m.train_accuracy,
                nan if m.test_accuracy is None else m.test_accuracy,
            )
        )

    def _stop(self, message: str) -> None:
        self.playing = False
        self._pending_steps = 0
        self._message = message
        self._dirty = True

    def _drain(self) -> None:
        while True:
            try:
                kind, payload = self._commands.get_nowait()
            except queue.Empty:
                return
            self._apply(kind, payload)

    def _apply(self, kind: str, payload: Any) -> None:
        trainer = self.trainer
        if kind != "state":  # answering a state request changes nothing on screen
            self._dirty = True
        try:
            if kind == "play":
                self.playing = True
                self._message = None
                self._next_epoch_at = self.clock()
            elif kind == "pause":
                self.playing = False
                self._pending_steps = 0
            elif kind == "step":
                self._pending_steps += int(payload)
                self._message = None
            elif kind == "reset":
                trainer.reset()
                self._after_reset()
            elif kind == "config":
                if trainer.set_config(payload):
                    self._after_reset()
            elif kind == "points":
                points, self._points_version = payload
                trainer.set_points(points)
            elif kind == "speed":
                self.epochs_per_second = payload
            elif kind == "weights":
                self._load(*payload)
            elif kind == "state":
                payload.set_result(self._state())
            elif kind == "snapshot":
                pass
        except PlaygroundError as exc:
            self._stop(str(exc))

    def _load(
        self,
        weights: list[np.ndarray],
        biases: list[np.ndarray],
        epoch: int,
        optimizer_state: dict[str, np.ndarray] | None,
        normalizer: Any,
    ) -> None:
        trainer = self.trainer
        if normalizer is not None:
            trainer.set_normalizer(normalizer)
        trainer.load_weights(weights, biases, epoch)
        if optimizer_state:
            trainer.optimizer.load_state(optimizer_state)
        self._after_reset()

    def _after_reset(self) -> None:
        self._snapshot_cost = 0.0  # a new network: measure its picture's cost afresh
        self._heatmap_resolution = 0
        self._history.clear()
        self._reset_flag = True
        self._message = None
        self._predictors.clear()

    def _state(self) -> TrainerState:
        t = self.trainer
        return TrainerState(
            config=t.config,
            epoch=t.epoch,
            weights=tuple(w.copy() for w in t.model.weights),
            biases=tuple(b.copy() for b in t.model.biases),
            optimizer_state=t.optimizer.state(),
            input_mean=t.normalizer.mean,
            input_std=t.normalizer.std,
        )

    # --- snapshots ----------------------------------------------------------------------------
    def _predictor(self, key: str, resolution: int) -> Predictor:
        t = self.trainer
        ident = (id(t.model), t.normalizer, t.config.features, resolution)
        cached = self._predictors.get(key)
        if cached is not None and cached[0] == ident:
            cached[1].update(t.model)
            return cached[1]
        x = make_features(grid_coords(resolution), t.config.features, t.normalizer, np.float32)
        predictor = Predictor(t.model, x)
        self._predictors[key] = (ident, predictor)
        return predictor

    def heatmap(self) -> np.ndarray:
        """The output over the grid, at ``resolution`` unless the network is so big that
        the picture would stall training (then coarser: see ``_fit_resolution``)."""
        res = self._heatmap_resolution or self._estimate_resolution()
        started = time.perf_counter()
        out = self._predictor("heatmap", res).run()
        self._heatmap_resolution = self._fit_resolution(res, time.perf_counter() - started)
        return out.reshape(res, res) if out.shape[1] == 1 else out.reshape(res, res, -1)

    def _estimate_resolution(self) -> int:
        """A first guess before anything was timed: about 0.1 ns per multiply-add and 3 ns
        per hidden unit and point (one core, float32), within ``HEATMAP_BUDGET_S``."""
        sizes = self.trainer.config.layer_sizes
        macs = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
        per_point = macs * 1e-10 + sum(sizes[1:-1]) * 3e-9 + 1e-8
        return self._clamp_resolution(math.sqrt(HEATMAP_BUDGET_S / per_point))

    def _fit_resolution(self, res: int, seconds: float) -> int:
        """Scale the resolution so the next heatmap takes about ``HEATMAP_BUDGET_S``; change
        it only when off by more than 30%, so the picture does not flicker in sharpness."""
        ideal = res * math.sqrt(HEATMAP_BUDGET_S / max(seconds, 1e-6))
        if res < self.resolution and ideal > 1.3 * res or ideal < res / 1.3:
            return self._clamp_resolution(ideal)
        return res

    def _clamp_resolution(self, res: float) -> int:
        return int(max(min(MIN_RESOLUTION, self.resolution), min(self.resolution, res)))

    def _neurons(self) -> tuple[np.ndarray, ...]:
        r = self.neuron_resolution
        if r <= 0:
            return ()
        predictor = self._predictor("neurons", r)
        predictor.run()
        return tuple(a.reshape(r, r, -1).copy() for a in predictor.hidden_outputs)

    def _rate(self, now: float) -> float:
        window = self._rate_window
        window.append((now, self.trainer.epoch))
        while len(window) > 2 and now - window[0][0] > 1.0:
            window.pop(0)
        (t0, e0), (t1, e1) = window[0], window[-1]
        return (e1 - e0) / (t1 - t0) if t1 > t0 and e1 >= e0 else 0.0

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
        heatmap = self.heatmap()
        self._serial += 1
        snap = Snapshot(
            serial=self._serial,
            epoch=t.epoch,
            playing=self.busy,
            metrics=self._metrics,
            history=history,
            heatmap=heatmap,
            neurons=self._neurons(),
            weights=tuple(w.copy() for w in t.model.weights),
            biases=tuple(b.copy() for b in t.model.biases),
            input_mean=t.normalizer.mean,
            input_std=t.normalizer.std,
            config=t.config,
            points_version=self._points_version,
            reset=self._reset_flag,
            message=self._message,
            epochs_per_second=self._rate(now) if self.busy else 0.0,
            learning_rate=t.current_lr(),
        )
        self._reset_flag = False
        self._message = None
        self._dirty = False
        self._last_snapshot = now
        return snap
