"""Building a ``Snapshot`` from the trainer: the pictures (``rendering.Renderer``), the parts
the window asked for (``inspection.Inspector``), the measured epoch rate and the serial
number. The loop decides when; this decides what goes in.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.data.points import PointSet
from playground.training.inspection import Inspector
from playground.training.protocol import LoopOptions, Snapshot, ViewRequest
from playground.training.rendering import Renderer
from playground.training.trainer import Metrics, Trainer


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

    def start(self, options: LoopOptions) -> None:
        """A new loop (``Start``): pictures at ``options``' resolutions."""
        self.renderer = Renderer(options.resolution, options.neuron_resolution)
        self.inspector.changed()

    def new_network(self) -> None:
        """Fresh or loaded weights, a new architecture: measure the pictures afresh."""
        self.renderer.forget()
        self.inspector.changed()

    def changed(self) -> None:
        """Points or weights changed: inspect again at the next snapshot."""
        self.inspector.changed()

    def set_views(self, views: ViewRequest) -> None:
        self.inspector.set_views(views)

    def _rate(self, now: float, epoch: int) -> float:
        window = self._rate_window
        window.append((now, epoch))
        while len(window) > 2 and now - window[0][0] > 1.0:
            window.pop(0)
        (t0, e0), (t1, e1) = window[0], window[-1]
        return (e1 - e0) / (t1 - t0) if t1 > t0 and e1 >= e0 else 0.0

    def make(self, t: Trainer, status: LoopStatus, now: float) -> Snapshot:
        heatmap = self.renderer.heatmap(t)
        parts = self.inspector.parts(t, status.points, status.points_version, self.renderer,
                                     now)
        self._serial += 1
        return Snapshot(
            serial=self._serial,
            epoch=t.epoch,
            playing=status.busy,
            metrics=status.metrics,
            history=status.history,
            heatmap=heatmap,
            neurons=self.renderer.neurons(t),
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
            inspection=parts.inspection,
            focus=parts.focus,
            hidden_space=parts.hidden_space,
        )
