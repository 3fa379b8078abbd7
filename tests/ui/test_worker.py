"""TrainingWorker on its own (no window): snapshots in order, errors, stop, divergence,
restart after the training process died.

The loop runs in a child process (``training.remote``); the worker thread relays its replies.
"""

from __future__ import annotations

import os
import signal

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.training.config import TrainConfig
from playground.training.protocol import (
    HISTORY_COLUMNS,
    ChannelClosed,
    InjectFault,
    LoopOptions,
    Pause,
    Play,
    Snapshot,
    Start,
)
from playground.ui.controllers.worker import TrainingWorker

TIMEOUT = 10_000  # ms


def spiral():
    return make_dataset("spiral", n=200, noise=0.1, seed=0, train_ratio=0.5)


def config(**changes) -> TrainConfig:
    base = TrainConfig(hidden_layers=(8, 8), activations=("tanh", "tanh"), optimizer="adam",
                       learning_rate=0.01, batch_size=10)
    return base.replace(**changes)


@pytest.fixture
def make_worker(qtbot):
    """Factory of (not yet started) workers; each is stopped and joined on teardown."""
    workers: list[TrainingWorker] = []

    def make(cfg: TrainConfig | None = None, points=None, source=None) -> TrainingWorker:
        start = Start(cfg or config(), points if points is not None else spiral(),
                      LoopOptions(resolution=32, neuron_resolution=8))
        w = TrainingWorker(start, source or (lambda: start))
        workers.append(w)
        return w

    yield make
    for w in workers:
        assert w.stop(5000), "the worker did not stop"
        assert not w.isRunning()


def state(worker):
    """The trainer's exact state (answered through the worker thread, no event loop needed)."""
    return worker.channel.request_state().result(timeout=5)


def record_received(worker, monkeypatch) -> list:
    """Record every reply the worker thread receives from the training process."""
    received: list = []
    receive = worker.channel.receive

    def recording_receive():
        message = receive()
        received.append(message)
        return message

    monkeypatch.setattr(worker.channel, "receive", recording_receive)
    return received


def test_first_snapshot_on_start(qtbot, make_worker):
    worker = make_worker()
    with qtbot.waitSignal(worker.sigSnapshot, timeout=TIMEOUT) as blocker:
        worker.start()
    snap = blocker.args[0]
    assert isinstance(snap, Snapshot)
    assert snap.epoch == 0 and snap.reset and not snap.playing
    assert snap.heatmap.shape == (32, 32) and snap.heatmap.dtype == np.float32
    assert [n.shape for n in snap.neurons] == [(8, 8, 8), (8, 8, 8)]
    assert snap.history.shape == (1, len(HISTORY_COLUMNS)) and snap.history[0, 0] == 0


def test_play_gives_snapshots_with_growing_epochs(qtbot, make_worker, snapshot_log):
    worker = make_worker()
    log = snapshot_log(worker)
    worker.start()
    qtbot.waitUntil(lambda: len(log.snaps) == 1, timeout=TIMEOUT)
    worker.channel.send(Play())
    qtbot.waitUntil(lambda: len(log.snaps) >= 6 and log.last.epoch > 0, timeout=TIMEOUT)
    assert sum(s.playing for s in log.snaps[1:]) >= 4
    assert not any(s.reset for s in log.snaps[1:])
    by_serial = sorted(log.snaps, key=lambda s: s.serial)
    epochs = [s.epoch for s in by_serial]
    assert epochs == sorted(epochs) and epochs[-1] > epochs[1]
    # arrays are fresh copies, never shared between snapshots
    a, b = by_serial[-1], by_serial[-2]
    assert not np.shares_memory(a.heatmap, b.heatmap)
    assert not np.shares_memory(a.weights[0], b.weights[0])


def test_every_snapshot_is_relayed_in_order_without_losing_history(
        qtbot, make_worker, snapshot_log, monkeypatch):
    worker = make_worker()
    received = record_received(worker, monkeypatch)
    log = snapshot_log(worker)
    worker.start()
    qtbot.waitUntil(lambda: len(log.snaps) == 1, timeout=TIMEOUT)
    worker.channel.send(Play())
    qtbot.waitUntil(lambda: sum(isinstance(m, Snapshot) for m in received) >= 10, timeout=TIMEOUT)
    worker.channel.send(Pause())

    def drained() -> None:
        assert not log.last.playing and log.last.epoch == state(worker).epoch

    qtbot.waitUntil(drained, timeout=TIMEOUT)
    sent = [m for m in received if isinstance(m, Snapshot)]
    assert [s.serial for s in log.snaps] == [s.serial for s in sent]
    delivered = np.vstack([s.history for s in log.snaps])
    np.testing.assert_array_equal(delivered, np.vstack([s.history for s in sent]))
    epochs = delivered[:, 0]
    assert (np.diff(epochs) >= 0).all() and epochs[-1] == state(worker).epoch
    # an epoch appears twice only when a command made the loop evaluate it again (play,
    # pause); nothing changed in between here, so the rows are identical
    again = np.flatnonzero(np.diff(epochs) == 0)
    np.testing.assert_array_equal(delivered[again], delivered[again + 1])
    assert len(np.unique(epochs)) > 10


def test_snapshots_arrive_in_order_when_the_ui_falls_behind(qtbot, make_worker, snapshot_log):
    worker = make_worker()
    log = snapshot_log(worker)
    worker.start()
    qtbot.waitUntil(lambda: len(log.snaps) == 1, timeout=TIMEOUT)
    worker.channel.send(Play())
    # the UI thread is busy (no events) while the worker keeps relaying snapshots
    start = state(worker).epoch
    while state(worker).epoch < start + 100:
        pass
    qtbot.waitUntil(lambda: len(log.snaps) >= 3, timeout=TIMEOUT)
    worker.channel.send(Pause())
    qtbot.waitUntil(lambda: not log.last.playing, timeout=TIMEOUT)
    serials = [s.serial for s in log.snaps]
    assert serials == sorted(serials)


def test_exception_in_the_loop_is_reported_and_training_survives(
        qtbot, make_worker, snapshot_log):
    worker = make_worker()
    log = snapshot_log(worker)
    worker.start()
    qtbot.waitUntil(lambda: len(log.snaps) >= 1, timeout=TIMEOUT)
    worker.channel.send(Play())
    qtbot.waitUntil(lambda: any(s.playing and s.epoch > 5 for s in log.snaps), timeout=TIMEOUT)

    with qtbot.waitSignal(worker.sigError, timeout=TIMEOUT) as blocker:
        worker.channel.send(InjectFault("boom in poll"))  # the next poll raises, like a bug would
    message, details = blocker.args
    assert message == "RuntimeError: boom in poll"
    assert details.startswith("Traceback") and "RuntimeError: boom in poll" in details
    assert worker.isRunning() and worker.channel.process.poll() is None

    # training was paused
    qtbot.waitUntil(lambda: not max(log.snaps, key=lambda s: s.serial).playing,
                    timeout=TIMEOUT)
    paused = state(worker).epoch
    qtbot.wait(200)
    assert state(worker).epoch == paused

    # and it still answers and trains
    worker.channel.send(Play())
    qtbot.waitUntil(lambda: any(s.playing and s.epoch > paused + 5 for s in log.snaps),
                    timeout=TIMEOUT)


def test_stop_joins_a_training_thread_and_ends_the_process(qtbot, make_worker, snapshot_log):
    worker = make_worker()
    log = snapshot_log(worker)
    worker.start()
    worker.channel.send(Play())
    qtbot.waitUntil(lambda: log.last is not None and log.last.epoch > 3, timeout=TIMEOUT)
    assert worker.isRunning()
    assert worker.stop(5000)
    assert worker.isFinished()
    assert worker.channel.process.poll() is not None  # the training process has exited
    with pytest.raises(ChannelClosed):  # a command after the end is refused, not dropped
        worker.channel.send(Play())
    assert worker.stop(1000)


@pytest.mark.parametrize("task", ["classification", "regression"])
def test_divergence_pauses_with_a_learning_rate_message(qtbot, make_worker, snapshot_log, task):
    if task == "classification":
        cfg = config(optimizer="sgd", learning_rate=10.0, loss="cross_entropy")
        points = spiral()
    else:
        points = make_dataset("plane", n=200, noise=0.1, seed=0, train_ratio=0.5)
        cfg = config(task="regression", n_classes=0, loss="mse", optimizer="sgd",
                     learning_rate=10.0)
    worker = make_worker(cfg, points)
    log = snapshot_log(worker)
    worker.start()
    qtbot.waitUntil(lambda: len(log.snaps) >= 1, timeout=TIMEOUT)
    worker.channel.send(Play())
    qtbot.waitUntil(lambda: any(s.message for s in log.snaps), timeout=TIMEOUT)
    stopped = next(s for s in log.snaps if s.message)
    assert "learning rate" in stopped.message and not stopped.playing
    after = state(worker)
    qtbot.wait(200)
    assert state(worker).epoch == after.epoch  # it stays paused
    assert all(np.isfinite(w).all() for w in after.weights)  # with finite weights


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_killed_process_is_restarted_from_the_source(qtbot, make_worker, snapshot_log):
    now = Start(config(hidden_layers=(3,), activations=("relu",)), spiral(),
                LoopOptions(resolution=32, neuron_resolution=8), points_version=9)
    worker = make_worker(source=lambda: now)  # what the window holds by the time it died
    log = snapshot_log(worker)
    worker.start()
    qtbot.waitUntil(lambda: len(log.snaps) == 1, timeout=TIMEOUT)
    old = worker.channel.process
    with qtbot.waitSignal(worker.sigError, timeout=TIMEOUT) as blocker:
        os.kill(old.pid, signal.SIGKILL)
    assert "ended unexpectedly" in blocker.args[0]
    qtbot.waitUntil(lambda: log.last.points_version == 9, timeout=TIMEOUT)
    assert log.last.reset and log.last.config == now.config
    assert [w.shape for w in log.last.weights] == [(2, 3), (3, 1)]
    assert worker.channel.process.pid != old.pid and old.poll() == -signal.SIGKILL
    worker.channel.send(Play())  # and it takes commands again
    qtbot.waitUntil(lambda: log.last.playing and log.last.epoch > 3, timeout=TIMEOUT)


def test_a_backlog_is_merged_on_the_worker_thread(qtbot, make_worker, snapshot_log):
    """Snapshots the window has not taken yet wait merged into one: the newest, with every
    history row; the window is told once per backlog."""
    worker = make_worker()
    ready: list[int] = []
    worker.sigSnapshotsReady.connect(lambda: ready.append(1))
    log = snapshot_log(worker)
    worker.start()
    qtbot.waitUntil(lambda: len(log.snaps) == 1 and ready == [1], timeout=TIMEOUT)
    first = worker.take_snapshot()
    assert first is not None and first.serial == log.snaps[0].serial
    assert worker.take_snapshot() is None  # taken: nothing waits
    worker.channel.send(Play())
    qtbot.waitUntil(lambda: len(log.snaps) >= 6, timeout=TIMEOUT)
    worker.channel.send(Pause())
    qtbot.waitUntil(lambda: not log.last.playing, timeout=TIMEOUT)
    merged = worker.take_snapshot()
    assert merged is not None and merged.serial == log.last.serial and ready == [1, 1]
    np.testing.assert_array_equal(merged.history, np.vstack([s.history for s in log.snaps[1:]]))
