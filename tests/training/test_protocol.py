"""The training protocol end to end: every command, in-process and across the process.

Each scenario runs twice: against a ``TrainingLoop`` polled directly (fake clock, no threads)
and against a ``LoopClient`` talking to a real training process (a reader thread collects its
replies). Both are observed only through what they answer: snapshots and trainer states.
"""

from __future__ import annotations

import dataclasses
import pickle
import queue
import signal
import threading
import time
from collections.abc import Callable

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.edits import AddRows, RemoveRows, apply_edit
from playground.data.features import Normalizer
from playground.data.points import PointSet
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import (
    DIAGNOSTIC_COLUMNS,
    ChannelClosed,
    EditPoints,
    Failure,
    InjectFault,
    LoadWeights,
    LoopOptions,
    ModelState,
    Pause,
    Play,
    Reply,
    RequestSnapshot,
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
    TrainingChannel,
    ViewRequest,
)
from playground.training.remote import LoopClient
from playground.training.trainer import Trainer
from tests.training.helpers import FakeClock, poll_until

CONFIG = TrainConfig(hidden_layers=(4,), activations=("tanh",), optimizer="adam",
                     learning_rate=0.01, batch_size=10)
OPTIONS = LoopOptions(resolution=16, neuron_resolution=4, max_rate=30.0)
TIMEOUT = 10.0  # seconds
# five rows, two of them test points; then five removed, two of them among the added ones
ADDED = AddRows(np.array([[0.5, 0.5], [-4.0, 4.0], [3.0, -3.5], [5.0, 5.0], [-1.0, -2.0]]),
                np.array([0, 1, 1, 0, 1]), np.array([True, False, True, False, True]))
REMOVED = RemoveRows(np.array([104, 0, 3, 50, 101]))


def circle() -> PointSet:
    return make_dataset("circle", n=100, noise=0.1, seed=0, train_ratio=0.8)


def start(**changes) -> Start:
    return dataclasses.replace(Start(CONFIG, circle(), OPTIONS), **changes)


# --- two ways to run a loop, observed the same way ----------------------------------------------
class Local:
    """A ``TrainingLoop`` in this thread: polled until the wanted snapshot comes out."""

    def __init__(self, message: Start) -> None:
        self.clock = FakeClock(0.01)
        self.loop = TrainingLoop.from_start(message, clock=self.clock)
        self.channel: TrainingChannel = self.loop

    def snapshot(self, cond: Callable[[Snapshot], bool] = lambda s: True) -> Snapshot:
        return poll_until(self.loop, cond)

    def state(self) -> TrainerState:
        future = self.loop.request_state()
        self.loop.poll()
        return future.result(timeout=0)

    def run_for(self, seconds: float) -> None:
        until = self.clock.t + seconds
        while self.clock.t < until:
            self.loop.poll()
            self.clock()  # time passes while the loop is idle, too

    def close(self) -> None:
        pass


class Remote:
    """A ``LoopClient`` with a real training process; a thread queues its replies."""

    def __init__(self, message: Start) -> None:
        self.client = LoopClient(message)
        self.channel: TrainingChannel = self.client
        self.replies: queue.Queue[Reply | None] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        try:
            while True:
                self.replies.put(self.client.receive())
        except (EOFError, OSError):
            self.replies.put(None)  # the process ended

    def reply(self) -> Reply | None:
        return self.replies.get(timeout=TIMEOUT)

    def snapshot(self, cond: Callable[[Snapshot], bool] = lambda s: True) -> Snapshot:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            reply = self.replies.get(timeout=TIMEOUT)
            assert not isinstance(reply, Failure), reply.details
            assert reply is not None, "the training process ended"
            if isinstance(reply, Snapshot) and cond(reply):
                return reply
        raise AssertionError("condition never met")

    def state(self) -> TrainerState:
        return self.client.request_state().result(timeout=TIMEOUT)

    def run_for(self, seconds: float) -> None:
        time.sleep(seconds)

    def close(self) -> None:
        self.client.close()
        self.reader.join(TIMEOUT)
        self.client.close_output()


Driver = Local | Remote


@pytest.fixture(params=["in-process", "process"])
def run(request):
    """``run(start)``: a loop started from ``start``, in this process or in a child."""
    made: list[Driver] = []

    def make(message: Start | None = None) -> Driver:
        kind = Local if request.param == "in-process" else Remote
        driver = kind(message or start())
        made.append(driver)
        return driver

    yield make
    for driver in made:
        driver.close()


# --- every command, both ways -------------------------------------------------------------------
def test_start(run):
    d = run(start(points_version=5, generation=2))
    snap = d.snapshot()
    assert snap.reset and snap.epoch == 0 and not snap.playing
    assert snap.points_version == 5 and snap.generation == 2
    assert snap.config == CONFIG and snap.heatmap.shape == (16, 16)
    assert [n.shape for n in snap.neurons] == [(4, 4, 4)]


def test_play_and_pause(run):
    d = run()
    d.snapshot()
    d.channel.send(Play())
    d.snapshot(lambda s: s.playing and s.epoch > 3)
    d.channel.send(Pause())
    paused = d.snapshot(lambda s: not s.playing)
    assert d.state().epoch == paused.epoch
    d.run_for(0.3)
    assert d.state().epoch == paused.epoch


def test_step(run):
    d = run()
    d.snapshot()
    d.channel.send(Step(3))
    assert d.snapshot(lambda s: not s.playing).epoch == 3
    d.channel.send(Step(2))
    assert d.snapshot(lambda s: not s.playing).epoch == 5 == d.state().epoch


def test_reset(run):
    d = run()
    first = d.snapshot()
    d.channel.send(Step(5))
    d.snapshot(lambda s: s.epoch == 5 and not s.playing)
    d.channel.send(Reset())
    snap = d.snapshot(lambda s: s.reset)
    assert snap.epoch == 0
    for a, b in zip((*snap.weights, *snap.biases), (*first.weights, *first.biases)):
        np.testing.assert_array_equal(a, b)


def test_set_config(run):
    d = run()
    d.snapshot()
    d.channel.send(SetConfig(CONFIG.replace(learning_rate=0.1)))
    snap = d.snapshot()
    assert not snap.reset and snap.learning_rate == 0.1 and snap.config.learning_rate == 0.1
    bigger = CONFIG.replace(hidden_layers=(3, 2), activations=("relu", "tanh"))
    d.channel.send(SetConfig(bigger))
    snap = d.snapshot(lambda s: s.reset)
    assert snap.config == bigger and [w.shape for w in snap.weights] == [(2, 3), (3, 2), (2, 1)]


def test_point_edits_travel_as_deltas_and_give_the_same_points(run):
    d = run()
    d.snapshot()
    d.channel.send(EditPoints(ADDED, 1))
    d.channel.send(EditPoints(REMOVED, 2))
    expected = apply_edit(apply_edit(circle(), ADDED)[0], REMOVED)[0]
    assert len(expected) == 100 and not expected.equals(circle())
    snap = d.snapshot(lambda s: s.points_version == 2)
    # at epoch 0 the normaliser is refitted to the edited training points, and the metrics
    # cover exactly the edited train and test splits: the same as a trainer built on them
    local = Trainer(CONFIG, expected)
    want = local.evaluate()
    assert snap.input_mean == pytest.approx(local.normalizer.mean, rel=1e-12)
    assert snap.input_std == pytest.approx(local.normalizer.std, rel=1e-12)
    got = snap.metrics
    assert (got.train_loss, got.test_loss, got.train_accuracy, got.test_accuracy) == \
        pytest.approx((want.train_loss, want.test_loss, want.train_accuracy,
                       want.test_accuracy), rel=1e-9)
    np.testing.assert_array_equal(got.confusion, want.confusion)
    # and training goes the same way
    d.channel.send(Step(3))
    trained = d.snapshot(lambda s: s.epoch == 3 and not s.playing)
    for _ in range(3):
        local.run_epoch()
    for a, b in zip(trained.weights, local.model.weights):
        np.testing.assert_allclose(a, b, rtol=1e-7, atol=1e-12)


def play_for(d: Driver, seconds: float) -> int:
    """Play for ``seconds``, pause: the epoch reached."""
    d.channel.send(Play())
    d.snapshot(lambda s: s.playing)  # (a snapshot made before Play arrived says "paused")
    d.run_for(seconds)
    d.channel.send(Pause())
    return d.snapshot(lambda s: not s.playing).epoch


def test_set_speed(run):
    d = run()
    d.snapshot()
    d.channel.send(SetSpeed(5.0))
    limited = play_for(d, 2.0)
    assert 1 <= limited <= 5 * 2 + 5 + 2  # 5/s for 2 s, a second's catch-up, some slack
    d.channel.send(SetSpeed(None))
    assert play_for(d, 2.0) - limited > 2 * limited


def test_load_weights(run):
    d = run()
    d.snapshot()
    d.channel.send(Step(4))
    d.snapshot(lambda s: s.epoch == 4 and not s.playing)
    saved = d.state()
    d.channel.send(Reset())
    assert d.snapshot(lambda s: s.reset).epoch == 0
    d.channel.send(LoadWeights(ModelState(saved.weights, saved.biases, saved.epoch,
                                          saved.optimizer_state,
                                          Normalizer(saved.input_mean, saved.input_std))))
    snap = d.snapshot(lambda s: s.reset)
    assert snap.epoch == 4
    loaded = d.state()
    for a, b in zip((*loaded.weights, *loaded.biases), (*saved.weights, *saved.biases)):
        np.testing.assert_array_equal(a, b)
    for key, value in saved.optimizer_state.items():
        np.testing.assert_array_equal(loaded.optimizer_state[key], value)


def test_set_weights(run):
    d = run()
    d.snapshot()
    fan_in = CONFIG.layer_sizes[0]
    d.channel.send(SetWeights(((0, 1, 2, 0.75), (0, fan_in, 3, -1.5), (1, 0, 0, 2.0))))
    snap = d.snapshot(lambda s: s.weights[0][1, 2] == 0.75)
    assert snap.biases[0][3] == -1.5 and snap.weights[1][0, 0] == 2.0
    assert d.state().weights[0][1, 2] == 0.75


def test_set_views(run):
    d = run()
    assert d.snapshot().inspection is None
    d.channel.send(SetViews(ViewRequest(diagnostics=True, gradients=True, focus=(0, 1),
                                        hidden_layer=0, hidden_units=(0, 2))))
    snap = d.snapshot(lambda s: s.inspection is not None)
    assert [g.shape for g in snap.inspection.grad_weights] == [w.shape for w in snap.weights]
    assert snap.inspection.layers.shape == (len(snap.weights), len(DIAGNOSTIC_COLUMNS))
    assert (snap.focus.layer, snap.focus.unit) == (0, 1)
    assert snap.focus.image.shape == snap.heatmap.shape[:2]
    assert snap.hidden_space.points.shape == (len(circle().values), 2)
    assert snap.hidden_space.axis_labels == ("unit 1", "unit 3")
    d.channel.send(SetViews(ViewRequest()))
    d.channel.send(Step(1))
    later = d.snapshot(lambda s: s.epoch == 1)
    assert later.inspection is later.focus is later.hidden_space is None


def test_set_views_linear_regions(run):
    d = run()
    assert d.snapshot().regions is None
    d.channel.send(SetViews(ViewRequest(linear_regions=True)))
    snap = d.snapshot(lambda s: s.regions is not None)  # tanh units: the reason why not
    assert snap.regions.ids is None and snap.regions.count == 0
    assert "ReLU" in snap.regions.reason and snap.regions.extent == snap.frame.extent
    d.channel.send(SetConfig(CONFIG.replace(activations=("relu",))))
    snap = d.snapshot(lambda s: s.regions is not None and s.regions.reason is None)
    assert snap.regions.ids.shape == snap.heatmap.shape[:2] == (16, 16)
    assert snap.regions.ids.dtype == np.int32 and snap.regions.resolution == 16
    assert snap.regions.count == len(np.unique(snap.regions.ids)) >= 1
    d.channel.send(SetViews(ViewRequest()))
    d.channel.send(Step(1))
    assert d.snapshot(lambda s: s.epoch == 1).regions is None


def test_request_snapshot_and_request_state(run):
    d = run()
    d.snapshot()
    d.channel.send(Step(2))
    done = d.snapshot(lambda s: s.epoch == 2 and not s.playing)
    state = d.state()  # answered without a snapshot: nothing changed on screen
    d.channel.send(RequestSnapshot())
    again = d.snapshot()
    assert again.serial == done.serial + 1 and again.epoch == state.epoch == 2
    assert not again.playing and not again.reset
    for a, b in zip(again.weights, state.weights):
        np.testing.assert_array_equal(a, b)


# --- commands the process handles itself ------------------------------------------------------
def test_inject_fault_in_process_raises_out_of_poll():
    d = Local(start())
    d.snapshot()
    d.channel.send(Play())
    d.channel.send(InjectFault("boom 3c1"))
    with pytest.raises(RuntimeError, match="boom 3c1"):
        d.loop.poll()
    d.snapshot(lambda s: s.playing and s.epoch > 0)  # the loop carries on


def test_inject_fault_across_the_process_is_a_failure_reply_and_a_pause():
    d = Remote(start())
    try:
        d.snapshot()
        d.channel.send(Play())
        d.snapshot(lambda s: s.playing and s.epoch > 3)
        d.channel.send(InjectFault("boom 3c1"))
        reply = d.reply()
        while isinstance(reply, Snapshot):
            reply = d.reply()
        assert isinstance(reply, Failure) and reply.message == "RuntimeError: boom 3c1"
        assert reply.details.startswith("Traceback") and "boom 3c1" in reply.details
        paused = d.snapshot(lambda s: not s.playing)
        assert d.state().epoch == paused.epoch  # paused, and still answering
    finally:
        d.close()


def test_shutdown_ends_the_process():
    d = Remote(start())
    try:
        d.snapshot()
        d.channel.send(Shutdown())
        assert d.client.process.wait(TIMEOUT) == 0
        while (reply := d.reply()) is not None:  # and its reply pipe ends
            assert isinstance(reply, Snapshot)
    finally:
        d.close()


def test_shutdown_in_process_stops_training():
    d = Local(start())
    d.channel.send(Play())
    d.snapshot(lambda s: s.playing)
    d.channel.send(Shutdown())
    assert not d.snapshot().playing


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_send_after_the_process_died_raises_and_a_restart_takes_commands_again():
    d = Remote(start())
    try:
        d.snapshot()
        d.channel.send(SetSpeed(5.0))
        d.client.process.kill()
        d.client.process.wait(TIMEOUT)
        while d.reply() is not None:  # until the reader sees the end
            pass
        with pytest.raises(ChannelClosed):
            d.channel.send(Play())
        with pytest.raises(ChannelClosed):
            d.channel.request_state()
        d.client.restart(start(points_version=3))
        d.reader = threading.Thread(target=d._read, daemon=True)
        d.reader.start()
        snap = d.snapshot()
        assert snap.reset and snap.epoch == 0 and snap.points_version == 3
        assert 1 <= play_for(d, 1.0) <= 5 + 5 + 2  # the speed limit survived the restart
    finally:
        d.close()


# --- sizes ----------------------------------------------------------------------------------------
def test_a_point_edit_message_does_not_grow_with_the_point_set():
    def many(n: int) -> PointSet:
        rng = np.random.default_rng(0)
        return PointSet(rng.normal(size=(n, 2)), rng.integers(0, 2, n), rng.random(n) < 0.8,
                        "classification", 2)

    def sizes(n: int) -> tuple[int, int]:
        points = many(n)
        edit = AddRows(np.full((5, 2), 0.5), np.ones(5, np.int64), np.ones(5, bool))
        _, undo = apply_edit(points, edit)
        return (len(pickle.dumps(EditPoints(edit, 1), pickle.HIGHEST_PROTOCOL)),
                len(pickle.dumps(EditPoints(undo, 2), pickle.HIGHEST_PROTOCOL)))

    small, large = sizes(200), sizes(20_000)
    assert large == small and max(large) < 2048
    assert len(pickle.dumps(many(20_000), pickle.HIGHEST_PROTOCOL)) > 300_000  # the whole set
