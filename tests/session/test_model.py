"""The Qt-free session model: edits and their inverses, config following the data, snapshots
and history, and the one serialisation that save, autosave and recovery share."""

import numpy as np
import pytest

from playground.data.edits import AddRows, InsertRows, RemoveRows, ReplaceAll, apply_edit
from playground.data.points import PointSet
from playground.errors import ConfigError
from playground.session.file import load_session, save_session
from playground.session.link import command_for, link
from playground.session.model import (
    ConfigChanged,
    DatasetSettings,
    HistoryChanged,
    PlayChanged,
    PointsEdited,
    SessionModel,
    TrainedSinceSave,
    WeightsReplaced,
)
from playground.training.config import TrainConfig
from playground.training.protocol import (
    HISTORY_COLUMNS,
    EditPoints,
    LoadWeights,
    ModelState,
    Pause,
    Play,
    Reset,
    SetConfig,
)

CONFIG = TrainConfig(hidden_layers=(3,), activations=("tanh",))


def points(n=6, k=2, seed=0):
    rng = np.random.default_rng(seed)
    return PointSet(rng.normal(size=(n, 2)), rng.integers(0, k, n), rng.random(n) < 0.5,
                    "classification", k)


@pytest.fixture
def model():
    m = SessionModel(CONFIG, points())
    m.events = []
    m.subscribe(m.events.append)
    return m


@pytest.mark.parametrize("edit", [
    AddRows(np.array([[0.5, 0.5], [1.0, 2.0]]), np.array([1, 0]), np.array([True, False])),
    RemoveRows(np.array([4, 0, 4])),
    ReplaceAll(points(3, seed=1)),
    InsertRows(np.array([0, 7]), np.array([[9.0, 9.0], [8.0, 8.0]]), np.array([1, 1]),
               np.array([True, True])),
])
def test_every_edit_has_an_exact_inverse(edit):
    before = points()
    after, inverse = apply_edit(before, edit)
    assert not after.equals(before)
    restored, again = apply_edit(after, inverse)
    assert restored.equals(before)
    assert apply_edit(restored, again)[0].equals(after)


def test_bad_edits_are_refused_and_change_nothing(model):
    with pytest.raises(ConfigError):
        model.apply(RemoveRows(np.array([99])))
    with pytest.raises(ConfigError):
        model.add_rows(np.array([[0.0, 0.0]]), 5)  # class 5 of 2
    assert model.version == 0 and model.events == []


def test_apply_bumps_the_version_and_tells_listeners(model):
    inverse = model.apply(model.add_rows(np.array([[0.0, 0.0]]), 1))
    assert isinstance(inverse, RemoveRows) and model.version == 1
    (event,) = model.events
    assert isinstance(event, PointsEdited) and event.version == 1
    assert len(event.points) == 7 and event.points is model.points


def test_add_rows_follows_the_train_share():
    m = SessionModel(CONFIG, points())
    assert m.add_rows(np.zeros((200, 2)), 0, 1.0).is_train.all()
    share = m.add_rows(np.zeros((2000, 2)), 0, 0.5).is_train.mean()
    assert 0.4 < share < 0.6


def test_the_config_follows_a_change_of_task_or_classes(model):
    model.apply(ReplaceAll(points(9, k=4)))
    assert model.config.n_classes == 4 and len(model.class_names) == 4
    changed = [e for e in model.events if isinstance(e, ConfigChanged)]
    assert changed and changed[0].reset
    # the config is told first, so a trainer never sees points it cannot fit
    assert isinstance(model.events[0], ConfigChanged)
    assert isinstance(model.events[-1], PointsEdited)


def test_set_config_keeps_task_and_classes_of_the_points(model):
    model.set_config(CONFIG.replace(learning_rate=0.5).with_task("regression", 0))
    assert model.config.task == "classification" and model.config.learning_rate == 0.5
    assert model.events == [ConfigChanged(model.config, False, 0)]


def test_rename_class_and_default_name(model):
    assert model.rename_class(1, "  dogs ")
    assert model.class_names == ["class 1", "dogs"]
    assert model.rename_class(1, "")
    assert model.class_names == ["class 1", "class 2"]
    assert not model.rename_class(7, "x")


def snapshot_like(epoch, rows, reset=False, message=None, playing=True, config=CONFIG,
                  generation=None):
    from playground.training.protocol import Snapshot

    w = (np.ones((2, 3)), np.ones((3, 1)))
    b = (np.zeros(3), np.zeros(1))
    hist = np.array([[e, 1.0 / (e + 1), np.nan, 0.5, np.nan, 1.0 / e if e else np.nan]
                     for e in rows]).reshape(-1, len(HISTORY_COLUMNS))
    return Snapshot(serial=1, epoch=epoch, playing=playing, metrics=None, history=hist,
                    heatmap=None, neurons=(), weights=w, biases=b, input_mean=(0.0, 0.0),
                    input_std=(1.0, 1.0), config=config, points_version=0, reset=reset,
                    message=message, epochs_per_second=0.0, learning_rate=0.03,
                    generation=0 if generation is None else generation)


def test_history_is_whole_and_a_reset_starts_it_again(model):
    model.record_snapshot(snapshot_like(0, [0], reset=True))
    for e in range(1, 5000):
        model.record_snapshot(snapshot_like(e, [e]))
    assert len(model.history) == 5000 and model.epoch == 4999  # never decimated
    model.record_snapshot(snapshot_like(0, [0], reset=True))
    assert model.history.rows()[:, 0].tolist() == [0]


def test_a_row_evaluated_again_unchanged_is_kept_once(model):
    """A paused trainer asked for another picture (diagnostics, a view) evaluates the same
    weights again: the same row twice says nothing more, and an undo step that captured the
    run between the two would bring back a history the user never saw."""
    model.record_snapshot(snapshot_like(0, [0], reset=True))
    model.record_snapshot(snapshot_like(5, [1, 2, 3, 4, 5]))
    model.record_snapshot(snapshot_like(5, [5], playing=False))
    assert model.history.rows()[:, 0].tolist() == [0, 1, 2, 3, 4, 5]
    edited = snapshot_like(5, [5], playing=False)  # the same epoch, other points: a new row
    edited.history[0, 1] = 0.25
    model.record_snapshot(edited)
    assert model.history.rows()[:, 0].tolist() == [0, 1, 2, 3, 4, 5, 5]


def test_loaded_weights_continue_the_saved_history(model, tmp_path):
    for e in range(0, 11):
        model.record_snapshot(snapshot_like(e, [e], reset=e == 0))
    path = tmp_path / "s.pgsession"
    save_session(path, model.to_session())
    other = SessionModel(CONFIG)
    other.load(load_session(path))
    assert other.epoch == 10 and other.weights is not None
    g = other.generation
    # made before the load reached the trainer (fresh weights of the old run, or the reset of
    # a config change on the way): not recorded
    other.record_snapshot(snapshot_like(0, [0], generation=g - 1))
    other.record_snapshot(snapshot_like(0, [0], reset=True, generation=g - 1))
    # the trainer answers a load with a reset snapshot at the loaded epoch
    other.record_snapshot(snapshot_like(10, [10], reset=True, generation=g))
    other.record_snapshot(snapshot_like(11, [11], generation=g))
    assert other.history.rows()[:, 0].tolist() == list(range(12))


def test_a_stop_message_ends_play(model):
    model.set_playing(True)
    model.record_snapshot(snapshot_like(3, [3], playing=False))  # made before Play arrived
    assert model.playing
    model.record_snapshot(snapshot_like(4, [4], playing=False, message="diverged"))
    assert not model.playing
    assert [e.playing for e in model.events if isinstance(e, PlayChanged)] == [True, False]


def test_to_session_round_trips_everything(model, tmp_path):
    model.rename_class(0, "cats")
    model.set_dataset(DatasetSettings("moons", n=40, seed=3))
    model.record_snapshot(snapshot_like(7, [5, 6, 7], reset=True))
    opt = {"t": np.array(7), "m": np.arange(13.0)}
    model.weights = ModelState(model.weights.weights, model.weights.biases, 7, opt,
                               model.weights.normalizer)
    path = tmp_path / "a.pgsession"
    save_session(path, model.to_session({"show_test": False}))
    s = load_session(path)
    assert s.points.equals(model.points) and s.class_names == ("cats", "class 2")
    assert s.epoch == 7 and s.history.shape == (3, len(HISTORY_COLUMNS))
    assert s.view == {"show_test": False}
    assert set(s.optimizer_state) == {"t", "m"} and s.dataset["name"] == "moons"
    other = SessionModel(CONFIG)
    other.load(s)
    assert other.to_session().class_names == s.class_names
    assert other.dataset == model.dataset


def test_weights_of_another_architecture_are_not_saved(model):
    model.record_snapshot(snapshot_like(7, [7], reset=True))
    model.set_config(CONFIG.replace(hidden_layers=(5,)))
    s = model.to_session()
    assert s.weights == () and s.epoch == 0 and len(s.history) == 0


def test_commands_for_events():
    state = ModelState((), ())
    assert command_for(PlayChanged(True)) == Play()
    assert command_for(PlayChanged(False)) == Pause()
    assert command_for(WeightsReplaced(None, 3)) == Reset(3)
    assert command_for(WeightsReplaced(state, 4)) == LoadWeights(state, 4)
    assert command_for(ConfigChanged(CONFIG, True, 5)) == SetConfig(CONFIG, 5)


class Recorder:
    def __init__(self):
        self.sent = []

    def send(self, command):
        self.sent.append(command)

    def request_state(self):
        raise NotImplementedError


def test_link_sends_deltas_not_the_whole_set():
    m = SessionModel(CONFIG, points(5000))
    channel = Recorder()
    link(m, channel)
    m.apply(m.add_rows(np.array([[0.1, 0.2]]), 1))
    (command,) = channel.sent
    assert isinstance(command, EditPoints) and command.version == 1
    assert isinstance(command.edit, AddRows) and command.edit.coords.shape == (1, 2)


# --- trained since the save, and runs kept for undo --------------------------------------------
def test_epochs_trained_since_the_save_are_unsaved_until_saved_again(model):
    model.record_snapshot(snapshot_like(0, [0], reset=True))
    model.mark_saved()
    assert not model.trained_since_save
    model.record_snapshot(snapshot_like(0, [], playing=False))  # a picture, no epoch trained
    assert not model.trained_since_save
    model.record_snapshot(snapshot_like(4, [1, 2, 3, 4]))
    assert model.trained_since_save
    model.mark_saved()
    assert not model.trained_since_save
    model.replace_weights(None)  # weights from elsewhere (new, loaded) are unsaved too
    assert model.trained_since_save
    flips = [e.trained for e in model.events if isinstance(e, TrainedSinceSave)]
    assert flips == [True, False, True]


def test_snapshots_older_than_the_saved_state_are_not_training(model):
    from playground.training.protocol import TrainerState

    for e in range(0, 9):
        model.record_snapshot(snapshot_like(e, [e], reset=e == 0))
    w = model.weights
    # Save asks the trainer, which is at epoch 10; the snapshots of epochs 9 and 10 were on
    # their way and arrive after the save
    model.record_state(TrainerState(CONFIG, 10, w.weights, w.biases, {}, (0.0, 0.0),
                                    (1.0, 1.0)))
    model.mark_saved()
    model.record_snapshot(snapshot_like(9, [9], playing=False))
    model.record_snapshot(snapshot_like(10, [10], playing=False))
    assert not model.trained_since_save
    model.record_snapshot(snapshot_like(11, [11]))
    assert model.trained_since_save
    model.mark_saved()
    # the training process was restarted from the points: its fresh weights are not saved
    model.record_snapshot(snapshot_like(0, [0], reset=True))
    assert model.trained_since_save


def test_a_kept_run_comes_back_whole_and_as_saved_as_it_was(model):
    model.record_snapshot(snapshot_like(0, [0], reset=True))
    for e in range(1, 40):
        model.replay.offer(replay_frame(e))
        model.record_snapshot(snapshot_like(e, [e]))
    model.mark_saved()
    saved = model.capture_run()
    epochs, every = [f.epoch for f in model.replay.frames], model.replay.every
    middle = model.replay.frames[len(epochs) // 2]
    model.restore_run(model.continued_run(ModelState(middle.weights, middle.biases,
                                                     middle.epoch)))
    assert [f.epoch for f in model.replay.frames] == [e for e in epochs if e <= middle.epoch]
    assert model.history.rows()[:, 0].max() == middle.epoch and model.trained_since_save
    for e in range(middle.epoch + 1, middle.epoch + 30):  # the new run films over the old
        model.replay.offer(replay_frame(e, seed=1000 + e))
        model.record_snapshot(snapshot_like(e, [e], generation=model.generation))
    model.restore_run(saved)
    assert [f.epoch for f in model.replay.frames] == epochs and model.replay.every == every
    assert model.history.rows()[:, 0].tolist() == list(range(40))
    assert model.weights is saved.state and not model.trained_since_save
    model.replay.offer(replay_frame(100))  # the restored replay is the model's own again
    assert [f.epoch for f in saved.replay.frames] == epochs


def replay_frame(epoch, seed=None):
    from playground.session.replay import frame_of

    rng = np.random.default_rng(epoch if seed is None else seed)
    weights = (rng.normal(size=(2, 3)), rng.normal(size=(3, 1)))
    biases = (rng.normal(size=3), rng.normal(size=1))
    return frame_of(epoch, 1.0, rng.random((8, 8)), (), weights, biases)


def history_events(model):
    return [e for e in model.events if isinstance(e, HistoryChanged)]


def test_every_change_of_the_history_is_told(model):
    """Whatever changes the loss history (snapshots, a reset, a headless run's rows, a
    restored run, weights from elsewhere) tells the listeners, with the rows when they were
    added and None when the history must be read again."""
    model.record_snapshot(snapshot_like(0, [0, 1], reset=True))
    (added,) = history_events(model)
    assert added.added[:, 0].tolist() == [0, 1]
    kept = model.capture_run()
    model.append_history(snapshot_like(2, [2, 3]).history)
    assert history_events(model)[-1].added[:, 0].tolist() == [2, 3]
    assert model.history.rows()[:, 0].tolist() == [0, 1, 2, 3]
    model.events.clear()
    model.append_history(np.empty((0, len(HISTORY_COLUMNS))))  # nothing added: nothing to tell
    model.record_snapshot(snapshot_like(2, []))
    assert history_events(model) == []
    model.restore_run(kept)
    assert history_events(model)[-1].added is None
    assert model.history.rows()[:, 0].tolist() == [0, 1]
    model.events.clear()
    # the trainer restarted at epoch 1
    model.record_snapshot(snapshot_like(1, [1], reset=True, generation=model.generation))
    assert [e.added for e in history_events(model)] == [None]
    assert model.history.rows()[:, 0].tolist() == [0, 1]
    model.events.clear()
    model.clear_history()
    assert len(model.history) == 0 and [e.added for e in history_events(model)] == [None]
    model.clear_history()  # already empty
    assert len(history_events(model)) == 1
    model.append_history(snapshot_like(0, [0]).history)
    model.events.clear()
    model.set_config(CONFIG.replace(hidden_layers=(5,)))  # fresh weights, no history
    assert len(model.history) == 0 and len(history_events(model)) == 1
    assert isinstance(model.events[0], ConfigChanged)  # the config first, as before


def test_typed_values_read_and_write_the_latest_weights(model):
    assert model.values_at([(0, 0, 0)]) is None  # no weights yet
    model.record_snapshot(snapshot_like(0, [0], reset=True))  # weights 1, biases 0
    assert model.values_at([(0, 1, 2), (0, 2, 0), (1, 3, 0)]) == (
        (0, 1, 2, 1.0), (0, 2, 0, 0.0), (1, 3, 0, 0.0))  # row 2 of 2 inputs: a bias
    assert model.values_at([(2, 0, 0)]) is None and model.values_at([(0, 3, 0)]) is None
    model.edit_weights(((0, 2, 1, 5.0), (1, 0, 0, -2.0)))
    assert model.weights.biases[0].tolist() == [0.0, 5.0, 0.0]
    assert model.weights.weights[1][:, 0].tolist() == [-2.0, 1.0, 1.0]
    assert model.values_at([(0, 2, 1)]) == ((0, 2, 1, 5.0),)
    before = model.weights
    model.events.clear()
    with pytest.raises(ConfigError):
        model.edit_weights(((0, 9, 0, 1.0),))
    assert model.weights is before and model.events == []


def test_a_neurons_values_are_what_pruning_it_zeroes(model):
    assert model.neuron_values(0, 1) == ()
    model.record_snapshot(snapshot_like(0, [0], reset=True))
    model.edit_weights(((0, 0, 1, 3.0), (0, 2, 1, 4.0), (1, 1, 0, 7.0)))
    # incoming weights from x1 and x2, the bias, then the outgoing weight
    assert model.neuron_values(0, 1) == ((0, 0, 1, 3.0), (0, 1, 1, 1.0), (0, 2, 1, 4.0),
                                         (1, 1, 0, 7.0))
