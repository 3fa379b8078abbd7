"""Monkey test: a seeded random storm of user actions while training runs.

Zero uncaught exceptions (Python, threads, Qt slots), zero Qt warnings, zero internal training
errors; afterwards the window still trains and answers, and closing it joins the thread and
ends the training process.

    PLAYGROUND_MONKEY_ACTIONS=2000 PLAYGROUND_MONKEY_SEED=7 python -m pytest tests/ui/test_monkey.py

runs 2,000 actions with seed 7 (defaults: 300 actions, seed 0). A failure prints the seed and
the last 20 actions, so it can be replayed exactly.
"""

from __future__ import annotations

import collections
import os
import random
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from playground.data.datasets import VIEW_BOX
from playground.ui.controllers.files import CANCEL, DISCARD, SAVE
from playground.ui.main_window import SPEEDS, MainWindow
from tests.ui.helpers import autosave_now, close_window

ACTIONS = int(os.environ.get("PLAYGROUND_MONKEY_ACTIONS", "300"))
SEED = int(os.environ.get("PLAYGROUND_MONKEY_SEED", "0"))
BENIGN_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)
SLOW_ACTION_S = 5.0
MONKEY_MAX_UNITS = 32  # one action taking longer than this counts as a frozen window
LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


# --- recording everything that goes wrong -------------------------------------------------------
class Problems:
    """Uncaught exceptions (any thread), Qt warnings and internal training errors."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.qt_messages: list[str] = []

    def excepthook(self, kind, value, tb) -> None:
        self.items.append("uncaught: " + "".join(traceback.format_exception(kind, value, tb)))

    def thread_hook(self, args) -> None:
        self.items.append(f"uncaught in thread {args.thread}: " + "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))

    def qt_message(self, kind, _context, text: str) -> None:
        if kind == QtMsgType.QtDebugMsg or kind == QtMsgType.QtInfoMsg:
            return
        if any(b in text for b in BENIGN_QT_MESSAGES):
            return
        self.items.append(f"Qt {kind.name}: {text}")

    def training_error(self, message: str, details: str) -> None:
        self.items.append(f"training error: {message}\n{details}")


@pytest.fixture
def problems(monkeypatch):
    p = Problems()
    monkeypatch.setattr(sys, "excepthook", p.excepthook)
    monkeypatch.setattr(threading, "excepthook", p.thread_hook)
    previous = qInstallMessageHandler(p.qt_message)
    yield p
    qInstallMessageHandler(previous)


class Dialogs:
    """Every blocking dialog, answered at once (and counted)."""

    def __init__(self, folder: Path, rng: random.Random, problems: Problems) -> None:
        self.folder, self.rng, self.problems = folder, rng, problems
        self.calls: collections.Counter[str] = collections.Counter()
        self.warnings: list[str] = []

    def install(self, monkeypatch) -> None:
        def box(name, answer):
            def show(*args, **_k):
                self.calls[name] += 1
                if name == "warning":
                    title, text = str(args[1]), str(args[2])
                    self.warnings.append(f"{title}: {text}")
                    if not text.strip():  # a warning that explains nothing is a bug too
                        self.problems.items.append(f"empty warning titled {title!r}")
                return answer
            return staticmethod(show)

        yes, ok = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok
        for name, answer in (("warning", ok), ("information", ok), ("critical", ok),
                             ("question", yes), ("about", None)):
            monkeypatch.setattr(QMessageBox, name, box(name, answer))

        def exec_(box_self, *_a):
            self.calls["exec"] += 1
            return int(QMessageBox.StandardButton.Cancel.value)

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        monkeypatch.setattr(QInputDialog, "getText", box("getText", ("renamed", True)))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self.save_name))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(self.open_name))

    def save_name(self, _parent, _caption, _folder, file_filter, *_a, **_k):
        self.calls["getSaveFileName"] += 1
        if self.rng.random() < 0.2:
            return "", ""  # cancelled
        return str(self.folder / f"dialog{self.rng.randrange(3)}"), file_filter

    def open_name(self, _parent, _caption, _folder, file_filter, *_a, **_k):
        self.calls["getOpenFileName"] += 1
        suffix = file_filter.split("*")[1].rstrip(")")
        found = sorted(self.folder.glob(f"*{suffix}"))
        if not found or self.rng.random() < 0.2:
            return "", ""
        return str(self.rng.choice(found)), file_filter

    def ask_save(self, _title: str, _text: str) -> str:
        self.calls["ask_save"] += 1
        return self.rng.choice([SAVE, DISCARD, DISCARD, CANCEL])


# --- the window ---------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYGROUND_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # private settings file
    w = MainWindow()
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    close_window(w)


# --- synthesised mouse input on the canvas ------------------------------------------------------
def send_mouse(w: MainWindow, kind: QEvent.Type, x: float, y: float, button, buttons) -> None:
    canvas = w.canvas
    viewport = canvas.viewport()
    pos = QPointF(viewport.mapFrom(canvas, canvas.data_to_widget(x, y)))
    event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def drag(w: MainWindow, path: list[tuple[float, float]], button) -> None:
    (x0, y0), rest = path[0], path[1:]
    send_mouse(w, QEvent.Type.MouseButtonPress, x0, y0, button, button)
    for x, y in rest:
        send_mouse(w, QEvent.Type.MouseMove, x, y, Qt.MouseButton.NoButton, button)
    x, y = path[-1]
    send_mouse(w, QEvent.Type.MouseButtonRelease, x, y, button, Qt.MouseButton.NoButton)


# --- the monkey ---------------------------------------------------------------------------------
class Monkey:
    """Random user actions on a window; each returns a short description for the log."""

    def __init__(self, w: MainWindow, rng: random.Random, folder: Path) -> None:
        self.w, self.rng, self.folder = w, rng, folder
        self.actions = [
            (8, self.click_add), (5, self.paint), (5, self.erase), (4, self.add_points),
            (3, self.remove_points), (5, self.undo), (3, self.redo), (2, self.layers),
            (3, self.units), (3, self.activation), (1, self.feature), (2, self.loss),
            (2, self.optimizer), (4, self.learning_rate), (2, self.batch_size),
            (2, self.schedule), (1, self.regularisation), (1, self.init),
            (6, self.play_pause), (3, self.step), (2, self.reset), (2, self.keys),
            (2, self.regenerate), (1, self.preset), (1, self.noise_or_split),
            (2, self.classes), (2, self.select_class), (1, self.task), (2, self.resize),
            (1, self.sections), (1, self.view_toggles), (2, self.speed), (1, self.rename),
            (1, self.export_points), (1, self.import_points), (1, self.export_weights),
            (1, self.import_weights), (1, self.save_session), (1, self.open_session),
            (1, self.new), (1, self.export_image), (1, self.autosave), (2, self.menu_action),
            (1, self.close_message),
        ]
        self.weights = [weight for weight, _ in self.actions]
        self.menu_actions = [w.commands[i] for i in w.commands.ids()
                             if i.startswith("file.")]

    def act(self) -> str:
        _, action = self.rng.choices(self.actions, self.weights)[0]
        return action()

    # helpers
    def xy(self) -> tuple[float, float]:
        lo, hi = VIEW_BOX
        return self.rng.uniform(lo - 0.5, hi + 0.5), self.rng.uniform(lo - 0.5, hi + 0.5)

    def path(self) -> list[tuple[float, float]]:
        x, y = self.xy()
        out = [(x, y)]
        for _ in range(self.rng.randrange(2, 9)):
            x, y = x + self.rng.uniform(-1.5, 1.5), y + self.rng.uniform(-1.5, 1.5)
            out.append((x, y))
        return out

    def pick(self, combo) -> int:
        i = self.rng.randrange(combo.count()) if combo.count() else -1
        combo.setCurrentIndex(i)
        return i

    # points
    def click_add(self) -> str:
        self.w.tool_actions["add"].trigger()
        x, y = self.xy()
        drag(self.w, [(x, y)], LEFT)
        return f"click add at ({x:.2f}, {y:.2f})"

    def paint(self) -> str:
        self.w.tool_actions["brush"].trigger()
        if self.rng.random() < 0.3:
            self.w.data_panel.radius.setValue(self.rng.uniform(0.1, 3.0))
            self.w.data_panel.density.setValue(self.rng.randrange(1, 51))
        path = self.path()
        drag(self.w, path, LEFT)
        return f"paint {len(path)} steps"

    def erase(self) -> str:
        path = self.path()
        if self.rng.random() < 0.5:
            drag(self.w, path, RIGHT)
            return f"right-drag erase {len(path)} steps"
        self.w.tool_actions["erase"].trigger()
        drag(self.w, path, LEFT)
        return f"eraser tool {len(path)} steps"

    def add_points(self) -> str:
        doc = self.w.document
        n = self.rng.randrange(1, 40)
        # of a table of N > 2 inputs, at the slice the canvas shows (as drawing adds them)
        coords = self.w.canvas.to_inputs(np.array([self.xy() for _ in range(n)]))
        if doc.points.task == "classification":
            value = self.rng.randrange(doc.points.n_classes)
        else:
            value = self.rng.uniform(-1, 1)
        doc.add_points(coords, value, "Monkey add")
        return f"document.add_points n={n} value={value}"

    def remove_points(self) -> str:
        doc = self.w.document
        n = len(doc.points)
        if not n:
            return "remove_points (none)"
        k = self.rng.randrange(1, min(n, 60) + 1)
        doc.remove_points(self.rng.sample(range(n), k))
        return f"document.remove_points k={k}"

    def undo(self) -> str:
        n = self.rng.randrange(1, 4)
        for _ in range(n):
            self.w.commands["edit.undo"].trigger()
        return f"undo x{n}"

    def redo(self) -> str:
        self.w.commands["edit.redo"].trigger()
        return "redo"

    # network
    def layers(self) -> str:
        button = self.rng.choice([self.w.network_panel.add_layer,
                                  self.w.network_panel.remove_layer])
        button.click()
        return f"layer button {button.text()}"

    def visible_rows(self) -> list:
        return [r for r in self.w.network_panel.rows if not r.units.isHidden()]

    def units(self) -> str:
        rows = self.visible_rows()
        if not rows:
            return "units (no layers)"
        row = self.rng.choice(rows)
        # mostly small: the largest nets (8 x 256) take seconds per heatmap in the training
        # process, which test_faults covers; here they would only slow the storm down
        top = row.units.maximum() if self.rng.random() < 0.02 else MONKEY_MAX_UNITS
        v = self.rng.randrange(row.units.minimum(), top + 1)
        row.units.setValue(v)
        return f"units {v}"

    def activation(self) -> str:
        rows = self.visible_rows()
        if rows and self.rng.random() < 0.7:
            return f"activation row -> {self.pick(self.rng.choice(rows).activation)}"
        return f"activation all -> {self.pick(self.w.network_panel.apply_all)}"

    def feature(self) -> str:
        name, button = self.rng.choice(list(self.w.network_panel.feature_buttons.items()))
        button.click()
        return f"feature {name}"

    def init(self) -> str:
        np_ = self.w.network_panel
        choice = self.rng.randrange(3)
        if choice == 0:
            return f"initialiser {self.pick(np_.init)}"
        if choice == 1:
            np_.dice.click()
            return "dice"
        return f"precision {self.pick(np_.dtype)}"

    # training settings
    def loss(self) -> str:
        return f"loss {self.pick(self.w.training_panel.loss)}"

    def optimizer(self) -> str:
        return f"optimizer {self.pick(self.w.training_panel.optimizer)}"

    def learning_rate(self) -> str:
        lr = 10 ** self.rng.uniform(-5, 1)
        self.w.training_panel.learning_rate.setValue(lr)
        return f"learning rate {lr:.3g}"

    def batch_size(self) -> str:
        tp = self.w.training_panel
        if self.rng.random() < 0.2:
            tp.full_batch.click()
            return f"full batch {tp.full_batch.isChecked()}"
        v = self.rng.randrange(1, max(2, tp.batch_size.maximum() + 1))
        tp.batch_size.setValue(v)
        return f"batch size {v}"

    def schedule(self) -> str:
        return f"schedule {self.pick(self.w.training_panel.schedule)}"

    def regularisation(self) -> str:
        field = self.rng.choice(["l1", "l2"])
        v = self.rng.choice([0, 0.001, 0.01, 0.1, 1, 10])
        self.w.training_panel.fields[field].setValue(v)
        return f"{field} {v}"

    # training control
    def play_pause(self) -> str:
        self.w.toggle_play()
        return f"toggle play -> {self.w.playing}"

    def step(self) -> str:
        self.w.commands["train.step"].trigger()
        return "step"

    def reset(self) -> str:
        self.w.commands["train.reset"].trigger()
        return "reset weights"

    def keys(self) -> str:
        key = self.rng.choice([Qt.Key.Key_Space, Qt.Key.Key_Period, Qt.Key.Key_1, Qt.Key.Key_2,
                               Qt.Key.Key_3, Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_E,
                               Qt.Key.Key_T, Qt.Key.Key_D])
        QTest.keyClick(self.w.canvas.viewport(), key)
        return f"key {key.name}"

    def speed(self) -> str:
        i = self.rng.randrange(len(SPEEDS))
        if self.rng.random() < 0.5:
            i = len(SPEEDS) - 1  # mostly full speed: the point is to stress
        self.w.speed.setValue(i)
        return f"speed {SPEEDS[i]}"

    # data
    def regenerate(self) -> str:
        dp = self.w.data_panel
        if self.rng.random() < 0.5:
            dp.seed.setValue(self.rng.randrange(1000))
        if self.rng.random() < 0.3:
            dp.n_points.setValue(self.rng.randrange(1, 800))
        dp.regenerate_button.click()
        return f"regenerate seed={dp.seed.value()} n={dp.n_points.value()}"

    def preset(self) -> str:
        combo = self.w.data_panel.preset
        i = self.pick(combo)
        combo.activated.emit(i)
        return f"preset {combo.currentData()}"

    def noise_or_split(self) -> str:
        dp = self.w.data_panel
        if self.rng.random() < 0.5:
            v = self.rng.randrange(0, 101)
            dp.noise.setValue(v)
            return f"noise {v}"
        v = self.rng.randrange(10, 101)
        dp.ratio.setValue(v)
        return f"train share {v}"

    def classes(self) -> str:
        k = self.rng.randrange(2, 9)
        self.w.data_panel.classes.setValue(k)
        return f"classes {k}"

    def select_class(self) -> str:
        i = self.rng.randrange(8)
        self.w.data_panel.select_class(i)
        return f"select class {i}"

    def task(self) -> str:
        combo = self.w.data_panel.task
        i = self.rng.randrange(combo.count())
        combo.setCurrentIndex(i)
        combo.activated.emit(i)
        return f"task {combo.currentData()}"

    def rename(self) -> str:
        n = len(self.w.document.class_names)
        i = self.rng.randrange(n)
        self.w.data_panel.rename_class(i)
        return f"rename class {i}"

    # window
    def resize(self) -> str:
        width, height = self.rng.randrange(500, 1400), self.rng.randrange(350, 950)
        self.w.resize(width, height)
        return f"resize {width}x{height}"

    def sections(self) -> str:
        layout = self.w.layout_
        actions = [*layout.actions.values(), layout.full_canvas_action]
        action = self.rng.choice(actions)
        action.trigger()
        return f"view {action.text().replace('&', '')} -> {action.isChecked()}"

    def view_toggles(self) -> str:
        action = self.rng.choice([self.w.commands[f"view.{name}"] for name in
                                  ("show_test", "discretize", "boundary", "log_y")])
        action.trigger()
        return f"toggle {action.text()}"

    def close_message(self) -> str:
        box = self.w._message_box
        if box is not None:
            box.close()
        return f"close message box ({box is not None})"

    def menu_action(self) -> str:
        action = self.rng.choice(self.menu_actions)
        action.trigger()
        return f"menu {action.text()!r}"

    # files
    def file(self, name: str) -> str:
        return str(self.folder / name)

    def export_points(self) -> str:
        return f"export points -> {self.w.files.export_points(self.file('points.csv'))}"

    def import_points(self) -> str:
        if not os.path.exists(self.file("points.csv")):
            return "import points (no file)"
        return f"import points -> {self.w.files.import_points(self.file('points.csv'))}"

    def export_weights(self) -> str:
        return f"export weights -> {self.w.files.export_weights(self.file('weights.npz'))}"

    def import_weights(self) -> str:
        if not os.path.exists(self.file("weights.npz")):
            return "import weights (no file)"
        return f"import weights -> {self.w.files.import_weights(self.file('weights.npz'))}"

    def save_session(self) -> str:
        return f"save session -> {self.w.files.save_session(self.file('work.pgsession'))}"

    def open_session(self) -> str:
        if not os.path.exists(self.file("work.pgsession")):
            return "open session (no file)"
        return f"open session -> {self.w.files.open_session(self.file('work.pgsession'))}"

    def new(self) -> str:
        return f"new -> {self.w.files.new()}"

    def export_image(self) -> str:
        return f"export image -> {self.w.files.export_image(self.file('picture.png'), 96, 96)}"

    def autosave(self) -> str:
        return f"write recovery -> {autosave_now(self.w)}"


def wait_for_training(qtbot, w: MainWindow, timeout_ms: int = 8000) -> None:
    """Play; a snapshot with more epochs arrives within a few seconds."""
    seen = []
    w.worker.sigSnapshot.connect(seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=timeout_ms)
    first = max(s.epoch for s in seen)
    w.set_playing(True)
    qtbot.waitUntil(lambda: any(s.playing and s.epoch > first for s in seen), timeout=timeout_ms)
    w.worker.sigSnapshot.disconnect(seen.append)


def test_monkey(window, qtbot, tmp_path, monkeypatch, problems, capsys):
    rng = random.Random(SEED)
    folder = tmp_path / "files"
    folder.mkdir()
    dialogs = Dialogs(folder, rng, problems)
    dialogs.install(monkeypatch)
    window.files.ask_save = dialogs.ask_save
    window.worker.sigError.connect(problems.training_error)
    monkey = Monkey(window, rng, folder)
    last = collections.deque(maxlen=20)
    slowest = (0.0, "")
    started = time.perf_counter()
    print(f"monkey: seed {SEED}, {ACTIONS} actions")

    def report(what: str) -> str:
        steps = "\n".join(f"  {i}: {a}" for i, a in last)
        return (f"{what}\nreplay with PLAYGROUND_MONKEY_SEED={SEED} "
                f"PLAYGROUND_MONKEY_ACTIONS={ACTIONS}\nlast {len(last)} actions:\n{steps}")

    window.set_playing(True)
    for i in range(ACTIONS):
        t0 = time.perf_counter()
        try:
            text = monkey.act()
        except Exception:
            pytest.fail(report(f"action {i} raised:\n{traceback.format_exc()}"))
        last.append((i, text))
        qtbot.wait(rng.randrange(0, 6))  # training and snapshots interleave with the edits
        took = time.perf_counter() - t0
        if took > slowest[0]:
            slowest = (took, text)
        if problems.items:
            pytest.fail(report(f"after action {i}:\n" + "\n".join(problems.items)))
        if took > SLOW_ACTION_S:
            pytest.fail(report(f"action {i} took {took:.1f} s: the window froze"))
        if rng.random() < 0.02 and not window.playing:
            window.set_playing(True)  # mostly keep training running underneath
    elapsed = time.perf_counter() - started

    # the window still answers: a fresh start trains and shows new snapshots
    window.files.ask_save = lambda _t, _x: DISCARD
    window.speed.setValue(len(SPEEDS) - 1)
    assert window.files.new()
    try:
        wait_for_training(qtbot, window)
    except Exception:
        w, snap = window, window.last_snapshot
        pytest.fail(report(
            f"no training after the run: playing={w.playing} "
            f"training process exit code={w.worker.channel.process.poll()} "
            f"last snapshot: serial={snap and snap.serial} epoch={snap and snap.epoch} "
            f"playing={snap and snap.playing} message={snap and snap.message}"))
    QApplication.processEvents()
    assert not problems.items, report("\n".join(problems.items))

    process = window.worker.channel.process
    window.files.ask_save = lambda _t, _x: DISCARD
    assert window.close()
    assert window.worker.isFinished()
    assert process.poll() is not None
    assert not problems.items, report("\n".join(problems.items))
    with capsys.disabled():
        print(f"\nmonkey: seed {SEED}: {ACTIONS} actions in {elapsed:.1f} s "
              f"({ACTIONS / elapsed:.0f}/s), slowest {slowest[0] * 1000:.0f} ms ({slowest[1]}); "
              f"dialogs {dict(dialogs.calls)}")
        for text in sorted(set(dialogs.warnings)):
            print(f"  warning shown: {text}")


# --- play state and snapshot order under load ---------------------------------------------------
# Both failed against the window of commit 70ffa1a (TrainingWorker.ack() emitted held snapshots
# as direct calls that overtook queued ones; any paused snapshot flipped the window to paused).
def _delivered_serials(window, monkeypatch) -> list[int]:
    """Serials of the snapshots in the order the window draws them."""
    order = []
    window.router.sigDrawn.connect(lambda snap: order.append(snap.serial))
    return order


def test_snapshots_are_drawn_in_order_when_the_ui_is_busy(window, qtbot, monkeypatch):
    order = _delivered_serials(window, monkeypatch)
    window.set_playing(True)
    for _ in range(40):  # until a dozen are drawn (a loaded machine sends fewer a second)
        # a busy UI thread (a big repaint, a save): two snapshots queue up, a third is held
        time.sleep(0.3)
        qtbot.wait(100)
        if len(order) > 10:
            break
    assert len(order) > 10
    backwards = [(a, b) for a, b in zip(order, order[1:]) if b < a]
    assert backwards == []


def test_play_state_follows_the_loop_after_an_edit(window, qtbot):
    qtbot.waitUntil(lambda: window.last_snapshot is not None, timeout=5000)
    window.document.add_points([[0.1, 0.2]], 0)  # an edit while paused ...
    time.sleep(0.3)  # ... the UI is busy a moment: the paused picture of it is on its way
    window.set_playing(True)  # ... and the user presses Play
    epoch = window.last_snapshot.epoch
    qtbot.waitUntil(lambda: window.last_snapshot.playing
                    and window.last_snapshot.epoch > epoch, timeout=5000)
    qtbot.wait(100)
    assert window.last_snapshot.playing  # the loop trains ...
    # ... the window says so
    assert window.playing and window.commands["train.play"].text() == "&Pause"
