"""Replay in the window: scrub back through the run, continue from exactly a frame's weights,
keep the replay in sessions, export it as a GIF and the loss history as CSV."""

from __future__ import annotations

import numpy as np
from PIL import Image

from playground.session.file import load_session
from playground.ui.dialogs.compare_dialog import CompareDialog
from tests.ui.helpers import shown
from tests.ui.test_window import TIMEOUT, state, train, wait_for


def test_scrubbing_draws_the_frames_and_leaving_goes_back_to_live(qtbot, window):
    w = window
    train(qtbot, w, 60)
    replay = w.model.replay
    assert len(replay.frames) >= 3 and replay.frames[0].epoch == 0
    w.replay.action.trigger()
    assert w.replay.active and w.replay.toolbar.isVisible() and not w.model.playing
    w.replay.bar.slider.setValue(0)
    first = replay.frames[0]
    np.testing.assert_array_equal(w.canvas._heatmap, first.heatmap.astype(np.float32))
    assert w.loss_plot._cursor is not None and w.loss_plot._cursor.value() == 0
    assert "epoch 0 of" in w.replay.bar.where.text()
    assert "frames" in w.replay.bar.memory.text() and "MB" in w.replay.bar.memory.text()
    w.replay.leave_action.trigger()
    assert not w.replay.active and not w.replay.toolbar.isVisible()
    assert w.loss_plot._cursor is None
    np.testing.assert_array_equal(w.canvas._heatmap, w.last_snapshot.heatmap)


def test_continue_from_here_restores_exactly_the_frames_weights(qtbot, window):
    w = window
    train(qtbot, w, 60)
    w.replay.action.trigger()
    middle = len(w.model.replay.frames) // 2
    w.replay.bar.slider.setValue(middle)
    frame = w.model.replay.frames[middle]
    before = state(w)
    w.replay.bar.continue_button.click()
    assert not w.replay.active
    wait_for(qtbot, w, lambda s: s.epoch == frame.epoch)
    now = state(w)
    for a, b in zip((*now.weights, *now.biases), (*frame.weights, *frame.biases), strict=True):
        np.testing.assert_array_equal(a, b)
    assert w.model.history.rows()[:, 0].max() <= frame.epoch
    w.document.undo_stack.undo()  # the run it replaced comes back
    wait_for(qtbot, w, lambda s: s.epoch == before.epoch)
    np.testing.assert_array_equal(state(w).weights[0], before.weights[0])


def test_play_leaves_replay(qtbot, window):
    w = window
    train(qtbot, w, 20)
    w.replay.action.trigger()
    assert w.replay.active
    w.set_playing(True)
    assert not w.replay.active
    w.set_playing(False)


def test_nothing_to_replay_before_training(qtbot, window):
    w = window
    w.model.replay.clear()
    w.replay.action.trigger()
    assert not w.replay.active and not w.replay.action.isChecked()


def test_the_replay_survives_save_and_open_and_exports(qtbot, window, tmp_path):
    w = window
    train(qtbot, w, 40)
    epochs = [f.epoch for f in w.model.replay.frames]
    path = tmp_path / "run.pgsession"
    assert w.files.save_session(str(path))
    w.files.new()
    wait_for(qtbot, w, lambda s: s.epoch == 0)
    assert w.files.open_session(str(path))
    assert [f.epoch for f in w.model.replay.frames][: len(epochs)] == epochs
    gif = tmp_path / "run.gif"
    assert w.files.export_replay(str(gif), size=128)
    with Image.open(gif) as image:
        assert image.n_frames >= 2
    csv = tmp_path / "loss.csv"
    assert w.files.export_history(str(csv))
    assert csv.read_text().splitlines()[0].startswith("epoch,train_loss")
    qtbot.waitUntil(lambda: w.last_snapshot is not None, timeout=TIMEOUT)


def test_a_long_runs_session_saves_and_opens(qtbot, window, tmp_path, monkeypatch):
    """Ctrl+S after a few minutes of play (a replay of 335 frames of 200 x 200), then Open:
    "array 'replay_heatmaps' has 13400000 elements (the limit is 10000000)"."""
    from PySide6.QtWidgets import QMessageBox

    from playground.session.replay import frame_of

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, title, text, *a, **k: warnings.append(f"{title}: {text}")))
    w = window
    sizes, rng = w.model.config.layer_sizes, np.random.default_rng(0)
    w.model.replay.clear()
    for e in range(335):
        w.model.replay.offer(frame_of(
            10 * e, 1.0, rng.random((200, 200)),
            tuple(rng.random((24, 24, u)) for u in sizes[1:-1]),
            tuple(rng.normal(size=(a, b)) for a, b in zip(sizes[:-1], sizes[1:])),
            tuple(rng.normal(size=b) for b in sizes[1:])))
    assert len(w.model.replay) == 335
    path = tmp_path / "long.pgsession"
    assert w.files.save_session(str(path))
    w.model.replay.clear()
    assert w.files.open_session(str(path), ask=False), warnings
    assert len(w.model.replay) == 335 and warnings == []


def test_file_menu_exports_the_model_as_numpy_code(qtbot, window, tmp_path):
    import importlib.util

    from playground.data.datasets import make_dataset
    from playground.training.export import predict

    w = window
    train(qtbot, w, 10)
    path = tmp_path / "model_code.py"
    assert w.files.export_model("numpy", str(path))
    spec = importlib.util.spec_from_file_location("model_code", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    coords = make_dataset("circle", n=20, noise=0.1, seed=3, train_ratio=1.0).coords
    expected = predict(w.files.current_weights(), coords)  # two classes: p(class 1)
    got = np.asarray(module.predict(coords))
    assert got.shape == (20, 2)  # the exported code gives every class's probability
    np.testing.assert_allclose(got[:, 1], expected[:, 0], atol=1e-12)


def replay_of(w):
    """What the window's replay holds: the frames' epochs, ``every`` and the trajectory."""
    replay = w.model.replay
    return [f.epoch for f in replay.frames], replay.every, replay.trajectory()[1]


def assert_same_replay(got, expected):
    assert got[:2] == expected[:2]
    np.testing.assert_array_equal(got[2], expected[2])


def test_undo_of_continue_from_here_brings_back_every_frame(qtbot, window):
    w = window
    train(qtbot, w, 60)
    before, epoch = replay_of(w), w.model.epoch
    w.replay.action.trigger()
    middle = len(before[0]) // 2
    w.replay.bar.slider.setValue(middle)
    w.replay.bar.continue_button.click()
    wait_for(qtbot, w, lambda s: s.epoch == before[0][middle])
    assert replay_of(w)[0] == before[0][: middle + 1]
    train(qtbot, w, before[0][middle] + 20)  # the new run films frames of its own
    continued, continued_epoch = replay_of(w), w.model.epoch

    w.commands["edit.undo"].trigger()  # the run it replaced, with all its frames
    assert_same_replay(replay_of(w), before)
    wait_for(qtbot, w, lambda s: s.generation == w.model.generation and s.epoch == epoch)
    assert replay_of(w)[0][: len(before[0])] == before[0]
    w.replay.action.trigger()  # the scrubber has them all
    assert w.replay.bar.slider.maximum() == len(w.model.replay.frames) - 1
    w.replay.leave_action.trigger()

    w.commands["edit.redo"].trigger()  # and the continued run again
    assert_same_replay(replay_of(w), continued)
    wait_for(qtbot, w, lambda s: s.generation == w.model.generation
             and s.epoch == continued_epoch)


def test_use_this_one_brings_its_loss_history_and_undo_brings_back_the_replay(qtbot, window,
                                                                             tmp_path):
    w = window
    train(qtbot, w, 40)
    before, history = replay_of(w), w.model.history.rows()
    config = w.document.config
    dialog = shown(qtbot, CompareDialog(w.document, max_workers=2), 900, 700)
    dialog.rows.set_rows([("same", config),
                          ("wider", config.replace(hidden_layers=(5, 5)))])
    dialog.epochs_box.setValue(12)
    dialog.run()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.errors == [None, None]
    dialog.weights_check.setChecked(True)

    for i in (0, 1):  # the same network (settings that apply live), then another one
        result = dialog.results[i]
        dialog.cards[i].use_button.click()
        np.testing.assert_array_equal(w.model.history.rows(), result.history)
        assert w.model.replay.frames == []  # its frames are not those of the window's run
        wait_for(qtbot, w, lambda s: s.generation == w.model.generation and s.epoch == 12)
        shown_rows = w.loss_plot.history()
        earlier = result.history[:, 0] < 12
        np.testing.assert_array_equal(shown_rows[: earlier.sum()], result.history[earlier])
        path = tmp_path / f"used{i}.pgsession"
        assert w.files.save_session(str(path))
        np.testing.assert_array_equal(load_session(path).history[: earlier.sum()],
                                      result.history[earlier])
        w.commands["edit.undo"].trigger()  # one step: the window's run comes back, frames and all
        assert w.document.config == config
        assert_same_replay(replay_of(w), before)
        np.testing.assert_array_equal(w.model.history.rows(), history)
        w.commands["edit.redo"].trigger()  # and the comparison's run again
        np.testing.assert_array_equal(w.model.history.rows()[: earlier.sum()],
                                      result.history[earlier])
        assert w.document.config == dialog.configs[i]
        w.commands["edit.undo"].trigger()
    dialog.close()
