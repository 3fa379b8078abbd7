"""The training worker: a ``QThread`` that relays the training process's replies as signals.

Training itself runs in a child process (``training.remote``), so it never competes with the
window for Python's interpreter lock. The window sends commands straight to ``channel`` (a
``TrainingChannel``); this thread waits on the reply pipe, receives and unpickles each reply
(a big network's snapshot is megabytes), and emits ``sigSnapshot`` for each (queued into the
UI thread, in order). It also keeps the snapshots the window has not drawn yet merged into one
(``merge_snapshots``, here, off the UI thread) and says so with ``sigSnapshotsReady`` when
that backlog starts: the window takes it (``take_snapshot``) and draws only the newest, with
every history row of the others. If the training process dies, the worker
reports it and starts a new one from ``source()``: the window's current config, points and
their version (the points live in the window, so nothing the user drew is lost).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QThread, Signal

from playground.training.protocol import Failure, Snapshot, Start
from playground.training.remote import LoopClient, prespawn
from playground.ui.i18n import translate

log = logging.getLogger("playground.worker")


def merge_snapshots(older: Snapshot, newer: Snapshot) -> Snapshot:
    """``newer`` carrying ``older``'s history rows, reset flag and message too, and the
    optional parts (inspection, focus, hidden space, linear regions) ``newer`` lacks (unless
    ``older`` was made before a reset or load that ``newer`` follows: then only ``newer``)."""
    if older.generation < newer.generation:
        return newer
    return dataclasses.replace(
        newer,
        history=np.vstack([older.history, newer.history]),
        reset=older.reset or newer.reset,
        message=newer.message or older.message,
        stopped=newer.stopped or older.stopped,
        inspection=newer.inspection or older.inspection,
        focus=newer.focus or older.focus,
        hidden_space=newer.hidden_space or older.hidden_space,
        regions=newer.regions or older.regions,
    )


class TrainingWorker(QThread):
    """Owns the training process, started from ``start``; ``channel`` takes the commands.

    ``source`` is called on this worker's thread when the process must be restarted after
    dying; it must return the window's current ``Start`` (config, points, version) and be safe
    to call from there (read immutable values).

    sigSnapshot(Snapshot): every snapshot, in order.
    sigSnapshotsReady(): snapshots wait in the backlog (``take_snapshot``), which was empty.
    sigError(message, traceback_text): training failed; it was paused (or restarted).
    """

    sigSnapshot = Signal(object)
    sigSnapshotsReady = Signal()
    sigError = Signal(str, str)

    def __init__(self, start: Start, source: Callable[[], Start]) -> None:
        super().__init__()
        self.channel = LoopClient(start)
        self._source = source
        self._stopping = threading.Event()
        self._backlog_lock = threading.Lock()
        self._backlog: Snapshot | None = None  # received, not yet taken: merged into one

    # --- UI side ------------------------------------------------------------------------------
    def stop(self, timeout_ms: int = 5000) -> bool:
        """Stop the training process and join this thread; True when both finished."""
        self._stopping.set()
        self.channel.close(timeout=timeout_ms / 1000)
        return self.wait(timeout_ms)

    def take_snapshot(self) -> Snapshot | None:
        """The snapshots received since the last call, merged into one (None: none came)."""
        with self._backlog_lock:
            snap, self._backlog = self._backlog, None
        return snap

    # --- worker thread ------------------------------------------------------------------------
    def run(self) -> None:
        while True:
            try:
                reply = self.channel.receive()
            except (EOFError, OSError):
                if self._stopping.is_set():
                    break
                self._restart()
                continue
            match reply:
                case Snapshot():
                    with self._backlog_lock:
                        backlog = self._backlog
                        self._backlog = (reply if backlog is None
                                         else merge_snapshots(backlog, reply))
                    if backlog is None:
                        self.sigSnapshotsReady.emit()
                    self.sigSnapshot.emit(reply)
                case Failure(message, details):
                    log.error("training failed:\n%s", details)
                    self.sigError.emit(message, details)
        self.channel.close_output()

    def _restart(self) -> None:
        """The process died: report it, start a new one from the window's current state."""
        code = self.channel.close(timeout=1.0)  # reap it; from now on sends fail ...
        log.error("the training process ended unexpectedly (exit code %s)", code)
        self.sigError.emit(
            translate("TrainingWorker",
                      "The training process ended unexpectedly (exit code {code}). It was "
                      "restarted with your points and settings; the weights start afresh.").format(
                          code=code), "")
        # ... so every command that failed is in what ``source`` returns; starting Python
        # first keeps short the time between reading it and the new pipe taking commands
        prespawn()
        self.channel.restart(self._source())
        if self._stopping.is_set():  # stop() came meanwhile: it closed the old process
            self.channel.close(timeout=1.0)
