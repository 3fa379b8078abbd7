"""The training thread: a ``QThread`` that drives ``TrainingLoop.poll`` and emits snapshots.

Commands go straight to the loop's thread-safe queue. Snapshots come back through
``sigSnapshot`` (a queued connection into the UI thread). If the UI falls behind, the worker
does not pile snapshots up: it holds at most one, merging the loss history of any it replaces,
so the window always gets the newest picture and never loses a curve point.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import traceback

import numpy as np
from PySide6.QtCore import QThread, Signal

from playground.data.points import PointSet
from playground.training.config import TrainConfig
from playground.training.loop import Snapshot, TrainingLoop

log = logging.getLogger("playground.worker")
MAX_IN_FLIGHT = 2  # snapshots emitted but not yet drawn


def merge_snapshots(older: Snapshot, newer: Snapshot) -> Snapshot:
    """``newer`` carrying ``older``'s history rows, reset flag and message too."""
    return dataclasses.replace(
        newer,
        history=np.vstack([older.history, newer.history]),
        reset=older.reset or newer.reset,
        message=newer.message or older.message,
    )


class TrainingWorker(QThread):
    """Owns a ``TrainingLoop``; only this thread calls its ``poll``.

    sigSnapshot(Snapshot): a new picture to draw; call ``ack()`` once it is drawn.
    sigError(message, traceback_text): an unexpected exception; training was paused.
    """

    sigSnapshot = Signal(object)
    sigError = Signal(str, str)

    def __init__(self, config: TrainConfig, points: PointSet, *, resolution: int = 200,
                 neuron_resolution: int = 24, max_rate: float = 30.0) -> None:
        super().__init__()
        self.loop = TrainingLoop(config, points, resolution=resolution,
                                 neuron_resolution=neuron_resolution, max_rate=max_rate)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._in_flight = 0
        self._held: Snapshot | None = None

    # --- UI side ------------------------------------------------------------------------------
    def ack(self) -> None:
        """The UI drew a snapshot; the worker may send another."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Ask the thread to finish and join it; True when it has finished."""
        self._stop.set()
        self.loop.pause()  # wakes an idle poll and interrupts a long epoch
        return self.wait(timeout_ms)

    # --- worker thread ------------------------------------------------------------------------
    def run(self) -> None:
        while not self._stop.is_set():
            try:
                snap = self.loop.poll(timeout=0.05)
            except Exception as exc:  # never let the thread die: report and pause
                text = traceback.format_exc()
                log.error("training failed:\n%s", text)
                self.loop.pause()
                self.loop.playing = False
                self.sigError.emit(f"{type(exc).__name__}: {exc}", text)
                continue
            if snap is not None:
                self._offer(snap)
            elif self._held is not None:
                self._offer(None)

    def _offer(self, snap: Snapshot | None) -> None:
        if snap is not None:
            self._held = snap if self._held is None else merge_snapshots(self._held, snap)
        with self._lock:
            if self._in_flight >= MAX_IN_FLIGHT or self._held is None:
                return
            self._in_flight += 1
        held, self._held = self._held, None
        self.sigSnapshot.emit(held)
