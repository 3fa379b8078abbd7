"""Building a ``Snapshot`` from the trainer: the pictures (``rendering.Renderer``), the parts
the window asked for (``inspection.Inspector``), the measured epoch rate and the serial
number. The loop decides when (from ``interval``); this decides what goes in, and how much
time the pictures may take.

While training, snapshots take at most ``SNAPSHOT_SHARE`` of the training process's time
(evaluating, drawing and sending them, the last estimated from their size), so that the
window keeps at least nine tenths of the engine's rate for a small network: more often when
they are cheap (up to the window's rate), less often when not, but one every
``SLOW_SNAPSHOT_S`` while that takes at most ``SLOW_SNAPSHOT_SHARE`` (a big network's, whose
evaluation alone is a large part of one). Their pictures get ``PICTURE_SHARE`` of that:
seconds of picture work per snapshot, from which ``Renderer`` chooses how fine a costly
network's picture can be drawn. The budget is reckoned at the window's rate, not at a
slower one a costly picture forced, so such a picture gets coarser (to its floor) before it
makes the snapshots rarer. Evaluations between snapshots (the loss history's rows,
``MAX_HISTORY_RATE`` a second at most) take at most ``EVAL_SHARE``, except early in a run
with cheap evaluations: a row at least every ``epoch // EARLY_ROWS`` epochs. A paused
network whose picture is not yet exact gets snapshots of ``IDLE_BUDGET_S`` of picture work
each until it is (``pending``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.data.points import PointSet
from playground.training.inspection import Inspector
from playground.training.protocol import LoopOptions, Snapshot, ViewRequest
from playground.training.rendering import Renderer
from playground.training.trainer import Metrics, Trainer

SNAPSHOT_SHARE = 0.07  # of the time while training, what snapshots may take in all ...
SLOW_SNAPSHOT_S = 1.0  # ... or more, up to this share, for one at least this often
SLOW_SNAPSHOT_SHARE = 0.15
PICTURE_SHARE = 0.6  # of a snapshot's share, what its pictures may take
EVAL_SHARE = 0.01  # what evaluations between snapshots may take
MAX_HISTORY_RATE = 200.0  # metric rows per second at most; the plot decimates further
EARLY_ROWS = 50  # a young run's loss curve gets a row at least every epoch/50 epochs ...
EARLY_EVAL_S = 0.005  # ... while an evaluation costs at most this
IDLE_BUDGET_S = 0.1  # picture work per snapshot while a paused network's picture sharpens
SEND_S_PER_BYTE = 1.2e-9  # pickling and piping a snapshot (8.4 MB: ~10 ms on the build machine)


@dataclass(frozen=True)
class LoopStatus:
    """What the loop knows that the trainer does not, for one snapshot."""

    busy: bool
    metrics: Metrics | None
    history: np.ndarray
    points: PointSet
    points_version: int
    generation: int
    reset: bool
    message: str | None
    stopped: str | None


class SnapshotMaker:
    def __init__(self) -> None:
        self.inspector = Inspector()  # what the window asked to see outlives a restart
        self._serial = 0
        self._rate_window: list[tuple[float, int]] = []
        self.renderer = Renderer(200, 0)
        self._interval = 1 / 30  # seconds between snapshots, as last paced
        self._base = 1 / 30  # ... and as the window asks (its rate)
        self._send_cost = 0.0  # estimated seconds to send the last snapshot
        self._eval_cost = 0.0  # seconds an evaluation takes (a running estimate)

    def start(self, options: LoopOptions) -> None:
        """A new loop (``Start``): pictures at ``options``' resolutions."""
        self.renderer = Renderer(options.resolution, options.neuron_resolution)
        self.renderer.set_frame(self.inspector.views.frame)
        self.inspector.changed()

    def new_network(self) -> None:
        """Fresh or loaded weights, a new architecture: measure the pictures afresh."""
        self.renderer.forget()
        self.inspector.changed()

    def changed(self) -> None:
        """Points or weights changed: inspect (and draw) again at the next snapshot."""
        self.inspector.changed()
        self.renderer.changed()

    @property
    def pending(self) -> bool:
        """The last snapshot's pictures are not yet exact for the weights it showed."""
        return self.renderer.pending

    def interval(self, base: float, cost: float) -> float:
        """Seconds between snapshots while training: ``base`` at least, longer when making
        one (``cost`` seconds) and sending it would take more than its share (above)."""
        self._base = base
        cost += self._send_cost
        slow = max(SLOW_SNAPSHOT_S, cost / SLOW_SNAPSHOT_SHARE)
        self._interval = max(base, min(cost / SNAPSHOT_SHARE, slow))
        return self._interval

    def picture_budget(self, busy: bool) -> float:
        """Seconds of picture work for the next snapshot (see the module docstring)."""
        if not busy:
            return IDLE_BUDGET_S
        if self._interval >= SLOW_SNAPSHOT_S:
            return PICTURE_SHARE * SLOW_SNAPSHOT_SHARE * self._interval
        return PICTURE_SHARE * SNAPSHOT_SHARE * self._base

    def evaluated(self, seconds: float) -> None:
        """An evaluation took ``seconds``."""
        self._eval_cost = 0.7 * self._eval_cost + 0.3 * seconds

    @property
    def eval_gap(self) -> float:
        """Seconds between evaluations while training (a history row each)."""
        return max(1.0 / MAX_HISTORY_RATE, self._eval_cost / EVAL_SHARE)

    def eval_due(self, now: float, last: tuple[float, int], epoch: int) -> bool:
        """Whether to evaluate (a loss-history row) after ``epoch``, the last row being
        ``last`` (time, epoch): by the time share (``eval_gap``) or, while an evaluation is
        cheap, at least every ``epoch // EARLY_ROWS`` epochs, so that a young run's curve
        has points enough (``MAX_HISTORY_RATE`` rows a second at most)."""
        gap = now - last[0]
        if gap >= self.eval_gap:
            return True
        return (self._eval_cost <= EARLY_EVAL_S and gap >= 1.0 / MAX_HISTORY_RATE
                and epoch - last[1] >= max(1, epoch // EARLY_ROWS))

    def sharpen(self, trainer: Trainer) -> bool:
        """A paused network's picture: one snapshot's worth (``IDLE_BUDGET_S``) of work
        toward exact; True while the picture shown has not changed (no snapshot needed:
        a costly picture is shown once whole), False when a snapshot should show it."""
        renderer = self.renderer
        if not renderer.progressive:
            return False
        before = renderer.shown_pictures()
        renderer.heatmap(trainer, IDLE_BUDGET_S)
        return renderer.pending and renderer.shown_pictures() == before

    def set_views(self, views: ViewRequest) -> None:
        self.inspector.set_views(views)
        self.renderer.set_frame(views.frame)

    def _rate(self, now: float, epoch: int) -> float:
        window = self._rate_window
        window.append((now, epoch))
        while len(window) > 2 and now - window[0][0] > 1.0:
            window.pop(0)
        (t0, e0), (t1, e1) = window[0], window[-1]
        return (e1 - e0) / (t1 - t0) if t1 > t0 and e1 >= e0 else 0.0

    def make(self, t: Trainer, status: LoopStatus, now: float) -> Snapshot:
        budget = self.picture_budget(status.busy)
        heatmap = self.renderer.heatmap(t, budget, sharpen=not status.busy)
        neurons = self.renderer.neurons(t, budget, self.inspector.views.neuron_units)
        parts = self.inspector.parts(t, status.points, status.points_version, self.renderer,
                                     now, status.busy)
        self._serial += 1
        snap = Snapshot(
            serial=self._serial,
            epoch=t.epoch,
            playing=status.busy,
            metrics=status.metrics,
            history=status.history,
            heatmap=heatmap,
            neurons=neurons,
            weights=tuple(w.copy() for w in t.model.weights),
            biases=tuple(b.copy() for b in t.model.biases),
            input_mean=t.normalizer.mean,
            input_std=t.normalizer.std,
            config=t.config,
            points_version=status.points_version,
            reset=status.reset,
            message=status.message,
            epochs_per_second=self._rate(now, t.epoch) if status.busy else 0.0,
            learning_rate=t.current_lr(),
            generation=status.generation,
            curve=self.renderer.curve(t),
            stopped=status.stopped,
            frame=self.renderer.frame_for(t),
            inspection=parts.inspection,
            focus=parts.focus,
            hidden_space=parts.hidden_space,
            norms=t.model.norm_state(),
            dropped=_dropped(t),
            regions=parts.regions,
        )
        arrays = (heatmap, *neurons, *snap.weights, *snap.biases, status.history)
        self._send_cost = SEND_S_PER_BYTE * sum(a.nbytes for a in arrays)
        return snap


def _dropped(t: Trainer) -> tuple[np.ndarray | None, ...]:
    """The last training step's dropout masks of its batch's first point (``Snapshot``)."""
    masks = t.model.dropout_masks
    if not any(m is not None for m in masks):
        return ()
    return tuple(None if m is None else m[0].copy() for m in masks)
