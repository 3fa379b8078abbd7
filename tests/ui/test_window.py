"""The main window end to end: drawing, training control, files, closing and settings.

The window runs its real training thread. Tests wait for snapshots with ``qtbot.waitUntil``
(never fixed sleeps) and ask the worker for its exact state with ``request_state``.
"""

from __future__ import annotations

import json
import time

import numpy as np
from PySide6.QtCore import QEvent, Qt, qWarning
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from playground.data.weights_file import load_weights
from playground.training.export import predict
from playground.training.protocol import RequestSnapshot
from playground.training.rendering import grid_coords
from tests.ui.helpers import drag, send, vp

LEFT, RIGHT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton, Qt.MouseButton.NoButton
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TIMEOUT = 10_000  # ms; generous for a loaded CI machine, normally a fraction is used


# --- helpers -----------------------------------------------------------------------------------
def state(w):
    """The trainer's exact state, answered by the worker thread."""
    return w.worker.channel.request_state().result(timeout=5)


def first_snapshot(qtbot, w):
    qtbot.waitUntil(lambda: w.last_snapshot is not None, timeout=TIMEOUT)
    return w.last_snapshot


def wait_for(qtbot, w, condition, timeout: int = TIMEOUT):
    """Wait until the window's latest snapshot satisfies ``condition`` and return it.

    Asks the loop for a fresh snapshot now and then, so a condition on state that changed
    without a snapshot (nothing on screen moved) is still seen."""
    asked = [time.monotonic()]

    def check() -> None:
        s = w.last_snapshot
        if s is not None and condition(s):
            return
        if time.monotonic() - asked[0] > 0.25:
            w.worker.channel.send(RequestSnapshot())
            asked[0] = time.monotonic()
        raise AssertionError(f"latest snapshot: {s}")

    qtbot.waitUntil(check, timeout=timeout)
    return w.last_snapshot


def settle(qtbot, w):
    """Pause and wait for the snapshot that shows where training stopped."""
    w.set_playing(False)
    return wait_for(qtbot, w, lambda s: not s.playing and s.epoch == state(w).epoch)


def train(qtbot, w, epochs: int):
    """Play until a snapshot shows at least ``epochs`` epochs, then pause (settled)."""
    first_snapshot(qtbot, w)
    w.set_playing(True)
    qtbot.waitUntil(lambda: w.last_snapshot.epoch >= epochs, timeout=TIMEOUT)
    return settle(qtbot, w)








def activate(qtbot, w):
    """Shortcuts only fire in the active window."""
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=TIMEOUT)


def warnings_recorder(monkeypatch):
    """Replace the blocking ``QMessageBox.warning`` of file errors by a recorder."""
    calls: list[tuple[str, str]] = []

    def warning(_parent, title, text, *args, **kwargs):
        calls.append((title, text))

    monkeypatch.setattr("playground.ui.controllers.files.QMessageBox.warning", warning)
    return calls


def plain_numpy_predict(path, coords: np.ndarray) -> np.ndarray:
    """README-style inference from the weights file alone: plain ``numpy.load``, no
    Playground code."""
    with np.load(path, allow_pickle=False) as f:
        meta = json.loads(str(f["meta"][()]))
        layers = len(meta["layer_sizes"]) - 1
        weights = [f[f"W{i}"] for i in range(layers)]
        biases = [f[f"b{i}"] for i in range(layers)]
    u = (coords - np.array(meta["input_mean"])) / np.array(meta["input_std"])
    u1, u2 = u[:, 0], u[:, 1]
    features = {"x1": u1, "x2": u2, "x1_sq": u1 * u1, "x2_sq": u2 * u2, "x1x2": u1 * u2,
                "sin_x1": np.sin(u1), "sin_x2": np.sin(u2)}
    x = np.column_stack([features[name] for name in meta["features"]])

    def softmax(z):
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    functions = {"tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0),
                 "linear": lambda z: z, "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
                 "softmax": softmax}
    for w, b, act in zip(weights, biases, meta["activations"], strict=True):
        x = functions[act](x @ w + b)
    return x


# --- opening -----------------------------------------------------------------------------------
def test_window_opens_paused_with_a_spiral_and_a_first_picture(qtbot, window):
    w = window
    assert "Playground" in w.windowTitle()
    p = w.document.points
    assert w.document.dataset.name == "spiral"
    assert p.task == "classification" and p.n_classes == 2 and len(p) > 0
    assert set(np.unique(p.values)) == {0, 1}
    assert len(w.canvas.scatter.data) == len(p)  # every point is drawn

    snap = first_snapshot(qtbot, w)
    assert snap.epoch == 0 and snap.reset and not snap.playing
    image = w.canvas.image.image
    assert image is not None and image.shape[:2] == snap.heatmap.shape[:2]
    assert np.ptp(image.reshape(-1, image.shape[-1]), axis=0).max() > 0  # not a flat colour
    assert not w.playing and w.commands["train.play"].text().replace("&", "") == "Play"

    qtbot.wait(300)  # paused: no epoch may pass
    assert state(w).epoch == 0 and w.last_snapshot.epoch == 0


# --- drawing and undo --------------------------------------------------------------------------
def test_draw_paint_erase_and_undo_redo(qtbot, window):
    w = window
    doc, canvas = w.document, w.canvas
    first_snapshot(qtbot, w)
    activate(qtbot, w)
    states = [doc.points]

    qtbot.keyClick(w, Qt.Key.Key_2)  # the "Class 2" shortcut
    assert w.data_panel.current_class == 1
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=vp(canvas, 4.5, 4.5))
    p = doc.points
    assert len(p) == len(states[0]) + 1 and p.values[-1] == 1
    assert np.allclose(p.coords[-1], (4.5, 4.5), atol=0.05)
    states.append(p)

    w.data_panel.select_class(0)
    steps = doc.undo_stack.count()
    drag(canvas, [tuple(q) for q in np.linspace((-5.0, 5.0), (-2.0, 5.0), 30)])
    p = doc.points
    added = len(p) - len(states[-1])
    assert added > 1 and (p.values[-added:] == 0).all()
    assert doc.undo_stack.count() == steps + 1  # the whole stroke is one undo step
    states.append(p)

    radius, _ = canvas.brush()
    centre = (-3.5, 5.0)
    assert len(p.indices_within(centre, radius)) > 0
    send(canvas, QEvent.Type.MouseButtonPress, *centre, RIGHT, RIGHT)
    send(canvas, QEvent.Type.MouseButtonRelease, *centre, RIGHT, NONE)
    p = doc.points
    assert 0 < len(p) < len(states[-1])
    assert len(p.indices_within(centre, radius * 0.95)) == 0
    assert doc.undo_stack.count() == steps + 2
    states.append(p)

    w.commands["edit.undo"].trigger()
    assert doc.points.equals(states[2])
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL)
    assert doc.points.equals(states[1])
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL)
    assert doc.points.equals(states[0])
    w.commands["edit.redo"].trigger()
    assert doc.points.equals(states[1])
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL | SHIFT)
    assert doc.points.equals(states[2])
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL | SHIFT)
    assert doc.points.equals(states[3])
    # the worker trains on what is shown
    wait_for(qtbot, w, lambda s: s.points_version == doc.version)


# --- training control --------------------------------------------------------------------------
def test_play_trains_space_toggles_and_period_steps_one_epoch(qtbot, window):
    w = window
    start = first_snapshot(qtbot, w)
    heat0, image0 = start.heatmap.copy(), w.canvas.image.image.copy()
    activate(qtbot, w)

    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert w.playing
    qtbot.waitUntil(lambda: w.last_snapshot.epoch >= 60 and w.last_snapshot.playing,
                    timeout=TIMEOUT)
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert not w.playing
    snap = settle(qtbot, w)

    assert snap.metrics.train_loss < start.metrics.train_loss
    assert np.abs(snap.heatmap - heat0).max() > 0.05
    assert not np.array_equal(w.canvas.image.image, image0)

    epoch = snap.epoch
    qtbot.wait(200)
    assert state(w).epoch == epoch  # paused stays paused
    qtbot.keyClick(w, Qt.Key.Key_Period)
    stepped = wait_for(qtbot, w, lambda s: s.epoch == epoch + 1)
    assert not stepped.playing and not w.playing
    qtbot.wait(200)
    assert state(w).epoch == epoch + 1  # exactly one epoch


def test_learning_rate_applies_live_but_layers_reset(qtbot, window, snapshot_log):
    w = window
    first_snapshot(qtbot, w)
    w.set_playing(True)
    qtbot.waitUntil(lambda: w.last_snapshot.epoch >= 30, timeout=TIMEOUT)

    log = snapshot_log(w.worker)
    before = w.last_snapshot.epoch
    w.training_panel.learning_rate.setValue(0.003)
    assert w.document.config.learning_rate == 0.003
    qtbot.waitUntil(lambda: any(s.learning_rate == 0.003 and s.epoch >= before + 30
                                for s in log.snaps), timeout=TIMEOUT)
    assert not any(s.reset for s in log.snaps)
    assert min(s.epoch for s in log.snaps) >= before  # the epoch count goes on

    grown = max(s.epoch for s in log.snaps)
    layers = w.document.config.hidden_layers
    w.network_panel.add_layer.click()
    assert w.document.config.hidden_layers == (*layers, layers[-1])
    qtbot.waitUntil(lambda: any(s.reset for s in log.snaps), timeout=TIMEOUT)
    reset = next(s for s in log.snaps if s.reset)
    assert reset.config.hidden_layers == (*layers, layers[-1])
    assert len(reset.weights) == len(layers) + 2
    assert reset.epoch < grown  # starts again from new weights
    assert reset.learning_rate == 0.003  # the live setting survives the reset
    assert w.playing  # and training goes on
    qtbot.waitUntil(lambda: any(s.serial > reset.serial and s.epoch > reset.epoch
                                for s in log.snaps), timeout=TIMEOUT)


def test_points_edited_while_playing_keep_the_weights(qtbot, window, snapshot_log):
    w = window
    doc = w.document
    first_snapshot(qtbot, w)
    w.set_playing(True)
    qtbot.waitUntil(lambda: w.last_snapshot.epoch >= 30, timeout=TIMEOUT)

    log = snapshot_log(w.worker)
    before = w.last_snapshot.epoch
    doc.add_points(np.array([[1.0, 1.0], [1.5, -2.0], [-3.0, 0.5]]), 1)
    version = doc.version
    qtbot.waitUntil(lambda: any(s.points_version == version and s.epoch > before + 10
                                for s in log.snaps), timeout=TIMEOUT)
    assert not any(s.reset for s in log.snaps)
    assert min(s.epoch for s in log.snaps) >= before  # the epoch count goes on
    assert w.playing

    # paused, an edit changes nothing but the data: same weights, same epoch
    snap = settle(qtbot, w)
    kept = state(w)
    doc.remove_points([0, 1, 2])
    version = doc.version
    shown = wait_for(qtbot, w, lambda s: s.points_version == version)
    after = state(w)
    assert after.epoch == kept.epoch == snap.epoch == shown.epoch and not shown.reset
    for a, b in zip(after.weights + after.biases, kept.weights + kept.biases, strict=True):
        np.testing.assert_array_equal(a, b)


def test_window_draws_snapshots_in_order_when_it_falls_behind(qtbot, window):
    w = window
    drawn: list[int] = []
    w.router.sigDrawn.connect(lambda snap: drawn.append(snap.serial))
    first_snapshot(qtbot, w)
    w.set_playing(True)
    qtbot.waitUntil(lambda: w.last_snapshot.epoch >= 10, timeout=TIMEOUT)
    # the UI thread is busy for a while (a slow paint, say): snapshots queue up and are held
    start = state(w).epoch
    while state(w).epoch < start + 300:
        pass
    count = len(drawn)
    qtbot.waitUntil(lambda: len(drawn) >= count + 3, timeout=TIMEOUT)
    w.set_playing(False)
    assert drawn == sorted(drawn)


# --- weights export: plain NumPy reproduces the window's picture --------------------------------
def test_exported_weights_reproduce_the_heatmap_with_plain_numpy(qtbot, window, tmp_path):
    w = window
    first_snapshot(qtbot, w)
    # extra input features and two different activations make the recipe non-trivial
    w.document.set_config(w.document.config.replace(
        features=("x1", "x2", "x1_sq", "x1x2", "sin_x2"), hidden_layers=(6, 5),
        activations=("relu", "tanh")))
    wait_for(qtbot, w, lambda s: s.config.features[-1] == "sin_x2")
    snap = train(qtbot, w, 40)

    path = tmp_path / "model.npz"
    assert w.files.export_weights(str(path))
    res = snap.heatmap.shape[0]
    rows = np.array([3, 50, 100, 140, 199])
    cols = np.array([7, 180, 99, 20, 0])
    coords = grid_coords(res, snap.frame.extent)[rows * res + cols]  # exact pixel centres

    plain = plain_numpy_predict(path, coords)
    assert plain.shape == (len(coords), 1)
    np.testing.assert_allclose(plain, predict(load_weights(path), coords), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(plain[:, 0], snap.heatmap[rows, cols], atol=2e-5)
    # the file is the snapshot's network, exactly
    with np.load(path, allow_pickle=False) as f:
        np.testing.assert_array_equal(f["W0"], snap.weights[0])
        assert json.loads(str(f["meta"][()]))["epoch"] == snap.epoch


# --- sessions ----------------------------------------------------------------------------------
def test_session_round_trip(qtbot, window, tmp_path):
    w = window
    doc, files = w.document, w.files
    first_snapshot(qtbot, w)
    doc.set_config(doc.config.replace(learning_rate=0.02))
    doc.rename_class(1, "blue")
    snap = train(qtbot, w, 30)
    path = tmp_path / "work.pgsession"
    assert doc.modified and w.windowTitle().startswith("Untitled*")

    assert files.save_session(str(path))
    assert not doc.modified
    assert "work.pgsession" in w.windowTitle() and "*" not in w.windowTitle()
    saved = state(w)
    points, config, names = doc.points, doc.config, list(doc.class_names)
    assert saved.epoch == snap.epoch and names[1] == "blue"

    # change everything
    doc.add_points(np.array([[0.5, 0.5]]), 0)
    assert doc.modified and "*" in w.windowTitle()
    doc.set_config(doc.config.replace(hidden_layers=(3,), activations=("relu",)))
    doc.rename_class(0, "red")
    wait_for(qtbot, w, lambda s: s.config.hidden_layers == (3,))
    train(qtbot, w, 5)

    assert files.open_session(str(path))
    assert files.ask_save.questions  # the unsaved edits were offered for saving first
    assert doc.points.equals(points)
    assert doc.config == config and doc.class_names == names
    assert not doc.modified and "*" not in w.windowTitle()
    assert "work.pgsession" in w.windowTitle()
    wait_for(qtbot, w, lambda s: s.epoch == saved.epoch and s.config == config)
    loaded = state(w)
    assert loaded.epoch == saved.epoch and loaded.config == config
    for a, b in zip(loaded.weights + loaded.biases, saved.weights + saved.biases, strict=True):
        np.testing.assert_array_equal(a, b)
    assert (loaded.input_mean, loaded.input_std) == (saved.input_mean, saved.input_std)
    assert saved.optimizer_state.keys() == loaded.optimizer_state.keys()
    for key, value in saved.optimizer_state.items():
        np.testing.assert_array_equal(loaded.optimizer_state[key], value)

    doc.add_points(np.array([[0.5, 0.5]]), 0)
    assert doc.modified and w.windowTitle().startswith("work.pgsession*")


def test_session_restores_the_loss_history(qtbot, window, tmp_path):
    w = window
    train(qtbot, w, 40)
    before = w.loss_plot.buffer.rows().copy()
    assert len(before) > 5
    path = tmp_path / "history.pgsession"
    assert w.files.save_session(str(path))
    w.files.new()
    wait_for(qtbot, w, lambda s: s.epoch == 0)

    assert w.files.open_session(str(path))
    wait_for(qtbot, w, lambda s: s.epoch == before[-1, 0])
    after = w.loss_plot.buffer.rows()
    assert len(after) >= len(before)
    np.testing.assert_array_equal(after[: len(before), 0], before[:, 0])
    np.testing.assert_allclose(after[: len(before), 1], before[:, 1])


# --- points CSV and damaged files --------------------------------------------------------------
def test_import_points_csv_replaces_points_undoably(qtbot, window, tmp_path, monkeypatch):
    w = window
    doc = w.document
    warnings = warnings_recorder(monkeypatch)
    first_snapshot(qtbot, w)
    original, config = doc.points, doc.config
    rng = np.random.default_rng(3)
    coords = rng.uniform(-5, 5, (60, 2)).round(3)
    labels = np.arange(60) % 3
    csv = tmp_path / "three.csv"
    csv.write_text("x1,x2,label\n" + "".join(
        f"{x},{y},{c}\n" for (x, y), c in zip(coords, labels, strict=True)))

    assert w.files.import_points(str(csv))
    p = doc.points
    np.testing.assert_array_equal(p.coords, coords)
    np.testing.assert_array_equal(p.values, labels)
    assert p.n_classes == 3 and doc.config.n_classes == 3  # the network follows the data
    assert wait_for(qtbot, w, lambda s: s.config.n_classes == 3).heatmap.shape[-1] == 3

    w.commands["edit.undo"].trigger()
    assert doc.points.equals(original) and doc.config == config
    w.commands["edit.redo"].trigger()
    assert doc.points.equals(p)
    assert warnings == []


def test_damaged_files_warn_and_change_nothing(qtbot, window, tmp_path, monkeypatch):
    w = window
    doc = w.document
    warnings = warnings_recorder(monkeypatch)
    snap = train(qtbot, w, 10)
    good = tmp_path / "good.pgsession"
    assert w.files.save_session(str(good))
    before_points, before_config, steps = doc.points, doc.config, doc.undo_stack.count()
    before = state(w)

    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("x1,x2,label\n1.0,2.0,0\n3.0,oops,1\n")
    bad_npz = tmp_path / "bad.npz"
    bad_npz.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    bad_session = tmp_path / "bad.pgsession"
    bad_session.write_bytes(good.read_bytes()[: good.stat().st_size // 2])

    assert not w.files.import_points(str(bad_csv))
    assert not w.files.import_weights(str(bad_npz))
    assert not w.files.open_session(str(bad_session))
    assert [t for t, _ in warnings] == ["Import points", "Import weights", "Open session"]
    assert "line 3" in warnings[0][1] and "oops" in warnings[0][1]
    assert all(str(tmp_path) in text for _, text in warnings)  # each names its file

    assert doc.points.equals(before_points) and doc.config == before_config
    assert doc.undo_stack.count() == steps and not doc.modified
    assert w.files.path == str(good)
    qtbot.wait(100)
    after = state(w)
    assert after.epoch == before.epoch == snap.epoch
    for a, b in zip(after.weights, before.weights, strict=True):
        np.testing.assert_array_equal(a, b)


# --- weights import ----------------------------------------------------------------------------
def test_import_weights_adopts_architecture_and_refuses_other_classes(
        qtbot, make_window, snapshot_log, tmp_path, monkeypatch):
    warnings = warnings_recorder(monkeypatch)
    w = make_window()
    w.document.set_config(w.document.config.replace(learning_rate=0.02))
    other = make_window(show=False)
    first_snapshot(qtbot, other)
    other.document.set_config(other.document.config.replace(
        hidden_layers=(5,), activations=("relu",), features=("x1", "x2", "x1x2"),
        learning_rate=0.05))
    wait_for(qtbot, other, lambda s: s.config.hidden_layers == (5,))
    exported = train(qtbot, other, 25)
    path = tmp_path / "other.npz"
    assert other.files.export_weights(str(path))

    first_snapshot(qtbot, w)
    assert w.files.import_weights(str(path))
    c = w.document.config
    assert c.hidden_layers == (5,) and c.activations == ("relu",)
    assert c.features == ("x1", "x2", "x1x2")
    assert c.learning_rate == 0.02  # training settings are the window's own
    wait_for(qtbot, w, lambda s: s.config.hidden_layers == (5,) and s.epoch == exported.epoch)
    loaded = state(w)
    for a, b in zip(loaded.weights + loaded.biases, exported.weights + exported.biases,
                    strict=True):
        np.testing.assert_array_equal(a, b)
    assert (loaded.input_mean, loaded.input_std) == (exported.input_mean, exported.input_std)

    # training continues from them: the epoch goes on, no reset
    log = snapshot_log(w.worker)
    w.set_playing(True)
    qtbot.waitUntil(lambda: any(s.epoch >= exported.epoch + 20 for s in log.snaps),
                    timeout=TIMEOUT)
    assert not any(s.reset for s in log.snaps)
    assert min(s.epoch for s in log.snaps) >= exported.epoch
    # the window draws the latest snapshot on its next frame, not when the signal arrives
    qtbot.waitUntil(lambda: w.loss_plot.buffer.rows()[-1, 0] > exported.epoch, timeout=TIMEOUT)
    assert not np.array_equal(state(w).weights[0], exported.weights[0])
    settle(qtbot, w)
    assert warnings == []

    # weights for 3 classes do not fit 2-class points
    other.document.set_n_classes(3)
    wait_for(qtbot, other, lambda s: s.config.n_classes == 3)
    path3 = tmp_path / "three.npz"
    assert other.files.export_weights(str(path3))
    config = w.document.config
    assert not w.files.import_weights(str(path3))
    assert len(warnings) == 1 and warnings[0][0] == "Import weights"
    assert "3 classes" in warnings[0][1]
    assert w.document.config == config


# --- image -------------------------------------------------------------------------------------
def test_export_image_writes_a_png_of_the_requested_size(qtbot, window, tmp_path):
    w = window
    first_snapshot(qtbot, w)
    path = tmp_path / "canvas.png"
    assert w.files.export_image(str(path), 640, 480)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert not image.isNull() and (image.width(), image.height()) == (640, 480)
    colours = {image.pixel(x, y) for x in range(0, 640, 16) for y in range(0, 480, 16)}
    assert len(colours) > 10  # heatmap and points, not a blank page


# --- closing and settings ----------------------------------------------------------------------
def test_closing_while_training_stops_the_thread_quietly(qtbot, qt_messages,
                                                        make_process_window):
    qWarning("probe")  # the recorder is really installed
    assert qt_messages.records[-1][1] == "probe"
    qt_messages.records.clear()

    w = make_process_window()
    first_snapshot(qtbot, w)
    w.set_playing(True)
    qtbot.waitUntil(lambda: w.last_snapshot.epoch >= 5, timeout=TIMEOUT)
    assert w.worker.isRunning()
    assert w.close()
    assert w.worker.isFinished()
    assert w.worker.channel.process.poll() is not None  # the training process has exited
    qtbot.wait(100)  # let queued snapshots and deferred deletes run
    assert qt_messages.relevant() == []


def test_settings_restore_the_last_configuration(qtbot, make_window):
    w = make_window()
    first_snapshot(qtbot, w)
    w.training_panel.learning_rate.setValue(0.003)
    w.network_panel.add_layer.click()
    config = w.document.config
    assert config.learning_rate == 0.003 and len(config.hidden_layers) == 3
    assert w.close()

    again = make_window()
    assert again.document.config == config
    assert again.training_panel.learning_rate.value() == 0.003
    assert not again.network_panel.rows[2].units.isHidden()
    snap = first_snapshot(qtbot, again)
    assert snap.config == config


def test_weights_keep_the_input_scaling_and_import_brings_it(qtbot, make_window, tmp_path):
    """A window training on raw coordinates times 2 exports that scaling; another window
    importing the file takes it, so its inputs are what the weights were trained on."""
    other = make_window(show=False)
    first_snapshot(qtbot, other)
    other.document.set_config(other.document.config.replace(input_scaling="scale:2",
                                                            init="normal", init_std=0.1))
    wait_for(qtbot, other, lambda s: s.config.input_scaling == "scale:2")
    exported = train(qtbot, other, 5)
    assert (exported.input_mean, exported.input_std) == ((0.0, 0.0), (0.5, 0.5))
    path = tmp_path / "scaled.npz"
    assert other.files.export_weights(str(path))
    assert load_weights(path).meta["input_scaling"] == "scale:2"

    w = make_window()
    first_snapshot(qtbot, w)
    assert w.files.import_weights(str(path))
    assert w.document.config.input_scaling == "scale:2"
    loaded = wait_for(qtbot, w, lambda s: s.epoch == exported.epoch)
    assert (loaded.input_mean, loaded.input_std) == ((0.0, 0.0), (0.5, 0.5))
