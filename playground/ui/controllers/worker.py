"""The training worker: a ``QThread`` that relays the training process's messages as signals.

Training itself runs in a child process (``training.remote``), so it never competes with the
window for Python's interpreter lock. This thread only waits on the snapshot pipe and emits
``sigSnapshot`` (a queued connection into the UI thread, so they arrive in order; the window
coalesces a backlog with ``merge_snapshots`` and draws only the newest). If the training
process dies, the worker reports it and starts a new one with the same points and
settings (the points live in the window, so nothing the user drew is lost).
"""

from __future__ import annotations

import dataclasses
import logging
import threading

import numpy as np
from PySide6.QtCore import QThread, Signal

from playground.data.points import PointSet
from playground.training.config import TrainConfig
from playground.training.loop import Snapshot
from playground.training.remote import LoopClient, LoopOptions

log = logging.getLogger("playground.worker")


def merge_snapshots(older: Snapshot, newer: Snapshot) -> Snapshot:
    """``newer`` carrying ``older``'s history rows, reset flag and message too."""
    return dataclasses.replace(
        newer,
        history=np.vstack([older.history, newer.history]),
        reset=older.reset or newer.reset,
        message=newer.message or older.message,
    )


class TrainingWorker(QThread):
    """Owns the training process. ``loop`` takes the commands (play, set_points, ...).

    sigSnapshot(Snapshot): every snapshot, in order.
    sigError(message, traceback_text): training failed; it was paused (or restarted).
    """

    sigSnapshot = Signal(object)
    sigError = Signal(str, str)

    def __init__(self, config: TrainConfig, points: PointSet, *, resolution: int = 200,
                 neuron_resolution: int = 24, max_rate: float = 36.0) -> None:
        super().__init__()
        self.loop = LoopClient(config, points, LoopOptions(resolution, neuron_resolution,
                                                           max_rate))
        self._stopping = threading.Event()

    # --- UI side ------------------------------------------------------------------------------
    def stop(self, timeout_ms: int = 5000) -> bool:
        """Stop the training process and join this thread; True when both finished."""
        self._stopping.set()
        self.loop.close(timeout=timeout_ms / 1000)
        return self.wait(timeout_ms)

    # --- worker thread ------------------------------------------------------------------------
    def run(self) -> None:
        while True:
            try:
                message = self.loop.receive()
            except (EOFError, OSError):
                if self._stopping.is_set():
                    break
                code = None
                if self.loop.process is not None:
                    try:  # reap it, so its exit code is known
                        code = self.loop.process.wait(timeout=1.0)
                    except Exception:  # noqa: BLE001 - still running: kill() in restart()
                        code = None
                log.error("the training process ended unexpectedly (exit code %s)", code)
                self.sigError.emit(
                    f"The training process ended unexpectedly (exit code {code}). It was "
                    "restarted with your points and settings; the weights start afresh.", "")
                self.loop.restart()
                continue
            if message[0] == "snapshot":
                self.sigSnapshot.emit(message[1])
            elif message[0] == "error":
                log.error("training failed:\n%s", message[2])
                self.sigError.emit(message[1], message[2])
        self.loop.close_output()

