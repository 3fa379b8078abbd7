"""TrainingLoop driven directly through ``poll`` (no threads), with a fake clock
(``helpers.FakeClock``: how much training one poll does is decided by the number of clock
reads, never by how fast this machine is)."""

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.edits import AddRows, ReplaceAll, apply_edit
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import (
    HISTORY_COLUMNS,
    EditPoints,
    LoadWeights,
    ModelState,
    Pause,
    Play,
    Reset,
    SetConfig,
    SetSpeed,
    SetViews,
    Step,
    ViewRequest,
)
from playground.training.rendering import grid_coords
from tests.training.helpers import FakeClock, make_loop, poll_until


@pytest.fixture(scope="module")
def circle():
    return make_dataset("circle", n=100, noise=0.1, seed=0, train_ratio=0.8)

# --- first snapshot, heatmaps ---------------------------------------------------------------
def test_first_poll_is_a_reset_snapshot_with_a_default_heatmap(circle):
    loop = TrainingLoop(TrainConfig(), circle, clock=FakeClock())
    snap = loop.poll()
    assert snap is not None and snap.reset and snap.epoch == 0 and not snap.playing
    assert snap.heatmap.shape == (200, 200) and snap.heatmap.dtype == np.float32
    assert ((snap.heatmap >= 0) & (snap.heatmap <= 1)).all()
    assert snap.metrics is not None and snap.metrics.epoch == 0
    assert snap.history.shape == (1, len(HISTORY_COLUMNS)) and snap.history[0, 0] == 0
    assert snap.message is None and snap.config == TrainConfig()
    assert [w.shape for w in snap.weights] == [(2, 4), (4, 2), (2, 1)]
    assert snap.input_mean == loop.trainer.normalizer.mean
    assert loop.poll() is None  # nothing changed


def test_heatmap_is_the_network_on_the_grid(circle):
    loop = make_loop(circle, resolution=16)
    snap = loop.poll()
    expected = loop.trainer.predict(grid_coords(16))[:, 0].reshape(16, 16)
    np.testing.assert_allclose(snap.heatmap, expected, rtol=1e-5, atol=1e-6)
    # row i is y, column j is x, both increasing
    xy = grid_coords(16).reshape(16, 16, 2)
    assert (np.diff(xy[0, :, 0]) > 0).all() and (np.diff(xy[:, 0, 1]) > 0).all()


def test_k_class_heatmap_holds_probabilities():
    blobs = make_dataset("blobs", n=60, seed=0, n_classes=4)
    loop = make_loop(blobs, TrainConfig(n_classes=4), resolution=20)
    snap = loop.poll()
    assert snap.heatmap.shape == (20, 20, 4) and snap.heatmap.dtype == np.float32
    assert ((snap.heatmap >= 0) & (snap.heatmap <= 1)).all()
    np.testing.assert_allclose(snap.heatmap.sum(axis=2), 1.0, rtol=1e-5)
    assert snap.metrics.confusion.shape == (4, 4)


def test_regression_heatmap_is_the_value():
    plane = make_dataset("plane", n=60, seed=0)
    cfg = TrainConfig(task="regression", n_classes=0, loss="mse")
    snap = make_loop(plane, cfg, resolution=20).poll()
    assert snap.heatmap.shape == (20, 20) and snap.heatmap.dtype == np.float32
    assert snap.metrics.train_accuracy is None
    assert np.isnan(snap.history[0, 3])  # accuracy column does not apply


def test_neuron_grids(circle):
    loop = make_loop(circle, neuron_resolution=8)
    snap = loop.poll()
    assert [n.shape for n in snap.neurons] == [(8, 8, 4), (8, 8, 2)]
    assert all(n.dtype == np.float32 for n in snap.neurons)
    assert make_loop(circle).poll().neurons == ()


def test_neuron_pictures_only_of_the_units_asked_for(circle):
    """The window asks for the first units of each layer (those the diagram draws): the
    snapshot carries exactly those pictures, the same as the first units of a whole one."""
    config = TrainConfig(hidden_layers=(6, 3), activations=("tanh", "tanh"))
    whole = make_loop(circle, config, neuron_resolution=8).poll()
    loop = make_loop(circle, config, neuron_resolution=8)
    loop.send(SetViews(ViewRequest(neuron_units=4)))
    part = loop.poll()
    assert [n.shape for n in part.neurons] == [(8, 8, 4), (8, 8, 3)]
    for got, full in zip(part.neurons, whole.neurons):
        np.testing.assert_allclose(got, full[:, :, :got.shape[2]], rtol=1e-6)
    loop.send(SetViews(ViewRequest(neuron_units=2)))  # a new request: at the next snapshot
    assert [n.shape for n in loop.poll().neurons] == [(8, 8, 2), (8, 8, 2)]
    loop.send(SetViews(ViewRequest()))  # None: every unit again
    assert [n.shape for n in loop.poll().neurons] == [(8, 8, 6), (8, 8, 3)]


# --- copies ---------------------------------------------------------------------------------
def test_snapshots_are_copies(circle):
    loop = make_loop(circle, neuron_resolution=8)
    first = loop.poll()
    kept = {
        "heatmap": first.heatmap.copy(),
        "weights": [w.copy() for w in first.weights],
        "biases": [b.copy() for b in first.biases],
        "neurons": [n.copy() for n in first.neurons],
        "history": first.history.copy(),
    }
    for arr in (*first.weights, *first.biases):
        assert not np.shares_memory(arr, loop.trainer.model.params)
    loop.send(Play())
    for _ in range(3):
        later = loop.poll()
    assert later.epoch > 0
    np.testing.assert_array_equal(first.heatmap, kept["heatmap"])
    for got, want in zip((*first.weights, *first.biases, *first.neurons),
                         (*kept["weights"], *kept["biases"], *kept["neurons"])):  # fmt: skip
        np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(first.history, kept["history"])
    # mutating a snapshot's arrays does not reach the loop
    later.heatmap[...] = -1.0
    later.weights[0][...] = 99.0
    for n in later.neurons:
        n[...] = -1.0
    loop.send(Pause())
    after = loop.poll()
    assert (after.heatmap >= 0).all() and (after.weights[0] != 99.0).all()
    assert all((n != -1.0).any() for n in after.neurons)
    assert (loop.trainer.model.weights[0] != 99.0).all()


# --- play, pause, step ----------------------------------------------------------------------
def test_play_trains_and_sends_history(circle):
    loop = make_loop(circle)
    loop.poll()
    loop.send(Play())
    epochs, rows = [], []
    for _ in range(4):
        snap = loop.poll()
        assert snap.playing and not snap.reset
        epochs.append(snap.epoch)
        rows.append(snap.history)
        assert snap.history.shape[1] == len(HISTORY_COLUMNS) and len(snap.history) >= 1
        assert snap.history[-1, 0] == snap.epoch == snap.metrics.epoch
        assert snap.epochs_per_second >= 0
    assert epochs[0] > 0 and all(b > a for a, b in zip(epochs, epochs[1:]))
    history = np.vstack(rows)
    assert (np.diff(history[:, 0]) > 0).all()  # each row once, in order
    assert np.isfinite(history[:, 1:]).all()


def test_pause_stops_training(circle):
    loop = make_loop(circle)
    loop.send(Play())
    loop.poll()
    loop.poll()
    loop.send(Pause())
    snap = loop.poll()
    assert not snap.playing
    epoch = loop.trainer.epoch
    assert snap.epoch == epoch
    for _ in range(5):
        assert loop.poll() is None
    assert loop.trainer.epoch == epoch


def test_step_advances_exactly(circle):
    loop = make_loop(circle)
    loop.poll()
    loop.send(Step(1))
    snap = loop.poll()
    assert snap.epoch == 1 and not snap.playing
    assert snap.history[-1, 0] == 1
    assert loop.poll() is None and loop.trainer.epoch == 1
    loop.send(Step(3))
    snap = loop.poll()
    assert snap.epoch == 4 and not snap.playing
    assert loop.poll() is None and loop.trainer.epoch == 4


def test_long_step_ends_with_a_final_snapshot(circle):
    loop = make_loop(circle)
    loop.poll()
    loop.send(Step(40))  # more than one poll's worth with this clock
    snap = poll_until(loop, lambda s: not s.playing)
    assert snap.epoch == 40 and loop.trainer.epoch == 40


def test_pause_drops_pending_steps(circle):
    loop = make_loop(circle)
    loop.poll()
    loop.send(Step(1000))
    assert loop.poll().playing
    loop.send(Pause())
    snap = loop.poll()
    assert not snap.playing and 0 < snap.epoch < 1000
    assert loop.poll() is None and loop.trainer.epoch == snap.epoch


# --- live changes ---------------------------------------------------------------------------
def test_lr_change_keeps_the_epoch(circle):
    loop = make_loop(circle)
    loop.send(Play())
    before = poll_until(loop, lambda s: s.epoch > 10)
    loop.send(SetConfig(before.config.replace(learning_rate=0.1)))
    snap = loop.poll()
    assert not snap.reset and snap.playing and snap.epoch > before.epoch
    assert snap.config.learning_rate == 0.1 and snap.learning_rate == 0.1
    assert loop.trainer.optimizer.lr == 0.1


def test_layer_change_resets_then_counts(circle):
    loop = make_loop(circle)
    loop.send(Play())
    poll_until(loop, lambda s: s.epoch > 20)
    loop.send(Pause())
    loop.poll()
    new = TrainConfig(hidden_layers=(3,), activations=("relu",))
    loop.send(SetConfig(new))
    snap = loop.poll()
    assert snap.reset and snap.epoch == 0 and snap.config == new
    assert [w.shape for w in snap.weights] == [(2, 3), (3, 1)]
    assert snap.history.shape == (1, len(HISTORY_COLUMNS)) and snap.history[0, 0] == 0
    loop.send(Play())
    snap = loop.poll()
    assert not snap.reset and 0 < snap.epoch < 20
    assert snap.heatmap.shape == (24, 24)


def test_layer_change_while_playing_flags_reset(circle):
    loop = make_loop(circle)
    loop.send(Play())
    before = poll_until(loop, lambda s: s.epoch > 40)
    loop.send(SetConfig(before.config.replace(hidden_layers=(5, 2))))
    snap = loop.poll()
    assert snap.reset and snap.playing
    assert snap.epoch < before.epoch
    assert (snap.history[:, 0] <= snap.epoch).all()  # no rows from before the reset
    assert snap.weights[0].shape == (2, 5)


def test_reset_command(circle):
    loop = make_loop(circle)
    first = loop.poll()
    loop.send(Step(5))
    loop.poll()
    loop.send(Reset())
    snap = loop.poll()
    assert snap.reset and snap.epoch == 0
    for a, b in zip(snap.weights, first.weights):
        np.testing.assert_array_equal(a, b)


def test_point_edit_while_playing_keeps_training(circle):
    loop = make_loop(circle)
    loop.send(Play())
    before = poll_until(loop, lambda s: s.epoch > 5)
    edit = AddRows(np.array([[0.0, 5.5], [5.5, 0.0]]), np.array([1, 1]), np.ones(2, bool))
    loop.send(EditPoints(edit, 7))
    snap = loop.poll()
    assert snap.points_version == 7
    assert not snap.reset and snap.playing and snap.epoch > before.epoch
    assert loop.points.equals(apply_edit(circle, edit)[0])
    assert loop.trainer.points is loop.points
    assert loop.poll().points_version == 7


def test_point_edit_while_paused_sends_a_snapshot(circle):
    loop = make_loop(circle)
    loop.poll()
    loop.send(EditPoints(AddRows(np.array([[1.0, 1.0]]), np.array([0]), np.array([True])), 3))
    snap = loop.poll()
    assert snap is not None and snap.points_version == 3 and snap.epoch == 0


# --- state ----------------------------------------------------------------------------------
def test_request_state_matches_the_snapshot(circle):
    loop = make_loop(circle, TrainConfig(optimizer="adam"))
    loop.poll()
    loop.send(Step(3))
    snap = loop.poll()
    assert not snap.playing
    future = loop.request_state()
    assert not future.done()
    loop.poll()
    state = future.result(timeout=0)
    assert state.epoch == snap.epoch == 3 and state.config == snap.config
    for a, b in zip((*state.weights, *state.biases), (*snap.weights, *snap.biases)):
        np.testing.assert_array_equal(a, b)
        assert not np.shares_memory(a, loop.trainer.model.params)
    assert set(state.optimizer_state) == {"m", "v", "t"} and int(state.optimizer_state["t"]) > 0
    assert state.input_mean == snap.input_mean and state.input_std == snap.input_std


def test_request_state_does_not_swallow_a_pending_snapshot(circle):
    loop = make_loop(circle)
    loop.poll()
    loop.send(SetConfig(TrainConfig(hidden_layers=(3,), activations=("relu",))))
    loop.request_state()
    snap = loop.poll()
    assert snap is not None and snap.reset and snap.weights[0].shape == (2, 3)


def test_load_weights_command(circle):
    src = make_loop(circle)
    src.poll()
    src.send(Step(10))
    trained = src.poll()
    assert trained.epoch == 10
    loop = make_loop(circle)
    loop.poll()
    loop.send(LoadWeights(ModelState(trained.weights, trained.biases, epoch=10)))
    snap = loop.poll()
    assert snap.reset and snap.epoch == 10
    np.testing.assert_allclose(snap.heatmap, trained.heatmap)


# --- divergence -----------------------------------------------------------------------------
def test_divergence_pauses_with_a_message():
    spiral = make_dataset("spiral", n=200, seed=0, train_ratio=0.5)
    cfg = TrainConfig(learning_rate=10.0, optimizer="sgd", activations=("tanh", "tanh"))
    loop = make_loop(spiral, cfg)
    loop.poll()
    loop.send(Play())
    snap = poll_until(loop, lambda s: s.message is not None, limit=50)
    assert "learning rate" in snap.message and not snap.playing
    assert all(np.isfinite(w).all() for w in snap.weights)
    assert np.isfinite(snap.heatmap).all()
    assert loop.poll() is None  # paused; the message was delivered once
    loop.send(SetConfig(cfg.replace(learning_rate=0.01)))
    loop.send(Play())
    for _ in range(3):
        snap = loop.poll()
        assert snap.message is None and snap.playing


def test_bad_points_become_a_message_not_an_exception(circle):
    loop = make_loop(circle)
    loop.send(Play())
    loop.poll()
    plane = make_dataset("plane", n=20, seed=0)
    loop.send(EditPoints(ReplaceAll(plane), 2))
    snap = loop.poll()
    assert snap.message and "regression" in snap.message and not snap.playing
    assert snap.points_version == 2  # the loop keeps the window's points, refused or not


# --- speed, idle ----------------------------------------------------------------------------
def _epochs_in(loop, clock, seconds):
    start_t, start_e = clock.t, loop.trainer.epoch
    while clock.t - start_t < seconds:
        loop.poll()
    return loop.trainer.epoch - start_e


def _speed_limited(step):
    clock = FakeClock(step)
    loop = TrainingLoop(TrainConfig(), circle_points(), resolution=16, clock=clock)
    loop.poll()
    loop.send(SetSpeed(5))
    loop.send(Play())
    return loop, clock


def circle_points():
    return make_dataset("circle", n=60, noise=0.1, seed=0)


def test_speed_limit_caps_epochs_per_second():
    # 3 clock reads of 0.01 stay inside the 1/30 s snapshot interval, so the loop waits for
    # the next epoch (for about 3 ms of real time per poll) instead of training early
    loop, clock = _speed_limited(0.01)
    limited = _epochs_in(loop, clock, 4.0)
    assert 18 <= limited <= 26  # 5/s for 4 s, plus at most a one-second catch-up
    loop.send(SetSpeed(None))
    unlimited = _epochs_in(loop, clock, 4.0)
    assert unlimited > 2 * limited


def test_speed_limit_holds_when_snapshots_fall_due_first():
    # a step above a third of the snapshot interval: the snapshot is always due first
    loop, clock = _speed_limited(0.012)
    assert _epochs_in(loop, clock, 4.0) <= 26


def test_idle_poll_with_timeout_returns_none(circle):
    loop = make_loop(circle)
    loop.poll()
    assert loop.poll(timeout=0.01) is None
    loop.send(Step(1))
    snap = loop.poll(timeout=0.01)  # a queued command ends the wait
    assert snap is not None and snap.epoch == 1


def test_resolution_bounds(circle):
    from playground.errors import PlaygroundError

    with pytest.raises(PlaygroundError, match="resolution"):
        TrainingLoop(TrainConfig(), circle, resolution=4)
