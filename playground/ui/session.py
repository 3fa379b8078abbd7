"""The window's session: the work (``SessionModel``), its undo (``Document``) and the trainer
behind it, in one object the controllers take instead of the window.

The trainer is injected: ``WindowSession(trainer=...)`` takes a factory ``(start, source) ->
TrainingBackend``. The default, ``process_trainer``, runs the loop in a child process behind a
``TrainingWorker`` thread; ``in_process_trainer`` runs a ``TrainingLoop`` in the window's own
thread, polled from a Qt timer (tests, and anywhere a process is not wanted). Both speak the
same protocol, so nothing else in the window knows which one it has.

The trainer's exact state (the weights with the optimizer's state) is fetched one way:
``request_state(on_state)`` asks without blocking and calls back on the window's thread;
``fetch_state()`` waits for it (a save needs it before writing). ``current_state`` says what
the current weights are: the model's, which every snapshot and state answer updates.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from playground.data.features import Normalizer
from playground.session.link import link, start_message
from playground.session.model import SessionModel
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import (
    ChannelClosed,
    Command,
    ModelState,
    Pause,
    Snapshot,
    Start,
    TrainerState,
    TrainingChannel,
)
from playground.ui.controllers.document import Document

log = logging.getLogger("playground.ui.session")
STATE_TIMEOUT_S = 2.0  # a save waits this long for the trainer's state, then does without


class TrainingBackend(Protocol):
    """What trains for a window: a channel for commands, signals for the replies.

    sigSnapshot(Snapshot): every snapshot, in order, on the window's thread.
    sigError(message, details): training failed (it was paused, or restarted).
    """

    @property
    def channel(self) -> TrainingChannel: ...

    sigSnapshot: SignalInstance
    sigError: SignalInstance

    def start(self) -> None: ...

    def stop(self, timeout_ms: int = 5000) -> bool: ...

    def isFinished(self) -> bool: ...  # noqa: N802 (QThread's name)


TrainerFactory = Callable[[Start, Callable[[], Start]], TrainingBackend]


def process_trainer(start: Start, source: Callable[[], Start]) -> TrainingBackend:
    """The loop in a training process of its own (the window's default)."""
    from playground.ui.controllers.worker import TrainingWorker

    return TrainingWorker(start, source)


class _PolledFuture(Future[TrainerState]):
    """A state request of an in-process loop: waiting for it polls the loop (nothing else
    would answer it while the window's thread waits)."""

    def __init__(self, owner: InProcessTrainer) -> None:
        super().__init__()
        self._owner = owner

    def result(self, timeout: float | None = None) -> TrainerState:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.done() and (deadline is None or time.monotonic() < deadline):
            if not self._owner.poll():
                break  # stopped: nobody will answer
        return super().result(timeout=0 if not self.done() else None)


class _LoopChannel:
    """The channel of an in-process loop: commands are queued for the next poll."""

    def __init__(self, owner: InProcessTrainer) -> None:
        self._owner = owner

    def send(self, command: Command) -> None:
        if self._owner.stopped:
            raise ChannelClosed("the in-process trainer was stopped")  # untranslated: logged
        self._owner.loop.send(command)

    def request_state(self) -> Future[TrainerState]:
        if self._owner.stopped:
            raise ChannelClosed("the in-process trainer was stopped")  # untranslated: logged
        future = _PolledFuture(self._owner)
        inner = self._owner.loop.request_state()
        inner.add_done_callback(lambda f: _copy_outcome(f, future))
        return future


def _copy_outcome(source: Future[TrainerState], target: Future[TrainerState]) -> None:
    if target.done():
        return
    if source.cancelled():
        target.cancel()
    elif (exc := source.exception()) is not None:
        target.set_exception(exc)
    else:
        target.set_result(source.result())


class InProcessTrainer(QObject):
    """A ``TrainingLoop`` in the window's thread, polled by a timer: no process, no thread.
    Training takes the window's thread between paints, so it suits tests and small work."""

    sigSnapshot = Signal(object)
    sigError = Signal(str, str)

    def __init__(self, start: Start, _source: Callable[[], Start] | None = None,
                 interval_ms: int = 2) -> None:
        super().__init__()
        self.loop = TrainingLoop.from_start(start)
        self.channel = _LoopChannel(self)
        self.stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start()

    def poll(self) -> bool:
        """Apply the queued commands and train until a snapshot is due; False once stopped."""
        if self.stopped:
            return False
        try:
            snap = self.loop.poll()
        except Exception as exc:  # never die: report, pause, carry on (as the process does)
            self.loop.send(Pause())
            log.error("training failed in-process", exc_info=True)
            # untranslated: the error's own text (below ui/), as the training process reports it
            self.sigError.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
            return True
        if snap is not None:
            self.sigSnapshot.emit(snap)
        return True

    def stop(self, timeout_ms: int = 5000) -> bool:
        del timeout_ms  # nothing to join
        self.stopped = True
        self._timer.stop()
        return True

    def isFinished(self) -> bool:  # noqa: N802 (as QThread's)
        return self.stopped

    def isRunning(self) -> bool:  # noqa: N802 (as QThread's)
        return not self.stopped


def in_process_trainer(start: Start, source: Callable[[], Start]) -> TrainingBackend:
    """The loop in the window's own thread (tests: no process to start)."""
    return InProcessTrainer(start, source)


class WindowSession(QObject):
    """The model, its document and the trainer linked to it (see the module docstring).

    sigSnapshot(Snapshot): the trainer's snapshots (not yet recorded in the model); from a
    training process, a backlog comes merged into one by the worker's thread.
    sigError(message, details): training failed.
    sigCommandLost(str): a command could not be delivered (the process is restarting).
    """

    sigSnapshot = Signal(object)
    sigError = Signal(str, str)
    sigCommandLost = Signal(str)
    _sigState = Signal(object, object)  # (callback, TrainerState | None), on this thread

    def __init__(self, config: TrainConfig, trainer: TrainerFactory = process_trainer,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = SessionModel(config)
        self.document = Document(model=self.model, parent=self)
        self.trainer = trainer(start_message(self.model), lambda: start_message(self.model))
        self._last_snapshot: Snapshot | None = None
        ready = getattr(self.trainer, "sigSnapshotsReady", None)
        if ready is not None:  # a worker thread merges the backlog the window has not taken
            ready.connect(self._take_backlog)
        else:
            self.trainer.sigSnapshot.connect(self.sigSnapshot)
        self.trainer.sigError.connect(self.sigError)
        self._sigState.connect(lambda on_state, state: on_state(state))
        # before a settings change replaces the weights, the exact ones are kept for undo
        self.document.state_request = self.request_state
        self.document.state_source = self._exact_state
        link(self.model, self.trainer.channel, on_lost=self.sigCommandLost.emit)

    def _take_backlog(self) -> None:
        """The worker's backlog, merged on its thread (when the window fell behind, the
        newest snapshot with every history row of the others), passed on as one."""
        snap = self.trainer.take_snapshot()  # type: ignore[attr-defined]
        if snap is not None:
            self.sigSnapshot.emit(snap)

    def start(self) -> None:
        self.trainer.start()

    def stop(self) -> bool:
        """Stop training for good; True when the trainer finished."""
        return self.trainer.stop()

    def send(self, command: Command) -> None:
        """A command that is the window's own, not the session's (step, speed)."""
        try:
            self.trainer.channel.send(command)
        except ChannelClosed as exc:
            self.sigCommandLost.emit(str(exc))

    # --- the trainer's exact state ------------------------------------------------------------
    def request_state(self, on_state: Callable[[TrainerState | None], None],
                      timeout_s: float = STATE_TIMEOUT_S) -> None:
        """Ask the trainer for its exact state without blocking: ``on_state`` is called once,
        on the window's thread, with the state, or with None when it could not answer within
        ``timeout_s`` (busy with a long step, or restarting)."""
        done = False

        def deliver(state: TrainerState | None) -> None:
            nonlocal done
            if not done:
                done = True
                on_state(state)

        try:
            future = self.trainer.channel.request_state()
        except ChannelClosed:
            deliver(None)
            return

        def arrived(f: Future[TrainerState]) -> None:
            # runs on the thread that answered; the queued signal hops to the window's
            state = None if f.cancelled() or f.exception() else f.result()
            self._sigState.emit(deliver, state)

        future.add_done_callback(arrived)

        def give_up() -> None:
            if not future.done():
                future.cancel()
                deliver(None)

        QTimer.singleShot(int(timeout_s * 1000), self, give_up)

    def _exact_state(self) -> TrainerState:
        """The trainer's state, waiting for it (raises when it does not come in time)."""
        return self.trainer.channel.request_state().result(STATE_TIMEOUT_S)

    def fetch_state(self) -> bool:
        """Wait for the trainer's exact state and put it in the model (a save needs it before
        writing). If the trainer cannot answer in time, the model keeps the weights of the
        latest snapshot, which lack only the optimizer's state: returns False."""
        try:
            self.model.record_state(self._exact_state())
            return True
        except Exception as exc:  # timeout, or the process died and was restarted
            log.warning("no trainer state, keeping the last snapshot's weights (%r)", exc)
            return False

    # --- what the current network is ---------------------------------------------------------
    @property
    def current_state(self) -> ModelState | None:
        """The current weights (the latest snapshot's or state answer's; None: none yet)."""
        return self.model.weights

    def shown_network(self) -> tuple[TrainConfig, ModelState] | None:
        """The network the window shows, with its config: the current weights; right after
        a change that needs new ones (before the new network's first snapshot), the network
        still on screen, the latest snapshot's. None: no network yet."""
        state = self.current_state
        if state is not None:
            return self.model.config, state
        snap = self._last_snapshot
        if snap is None:
            return None
        return snap.config, ModelState(snap.weights, snap.biases, snap.epoch, {},
                                       Normalizer(snap.input_mean, snap.input_std), snap.norms)

    @property
    def last_snapshot(self) -> Snapshot | None:
        """The latest snapshot recorded in the model (what the views drew last)."""
        return self._last_snapshot

    def record_snapshot(self, snap: Snapshot) -> bool:
        """Take a snapshot into the model; False when it is out of date (made before the
        latest reset or load)."""
        if not self.model.record_snapshot(snap):
            return False
        self._last_snapshot = snap
        return True
