"""Autosave and crash recovery: nothing the user drew or trained is lost to a crash.

The main test kills a real child process (SIGKILL, no clean-up at all) that has been editing
and training, then a new window with the same ``PLAYGROUND_HOME`` offers the autosaved work and
restores exactly its points, config and weights.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from playground.session.file import Session, load_session, save_session
from playground.session.recovery import orphans, recovery_dir
from playground.session.replay import ReplayHistory, frame_of
from playground.training.config import TrainConfig
from playground.ui.controllers.document import Document
from playground.ui.controllers.files import DISCARD
from playground.ui.controllers.recovery import AUTOSAVE_DELAY_MS
from playground.ui.main_window import MainWindow
from tests.ui.helpers import autosave_now

CHILD = Path(__file__).with_name("recovery_child.py")
REPO = Path(__file__).resolve().parents[2]
READY_TIMEOUT_S = 25.0


# --- fixtures -----------------------------------------------------------------------------------
@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A private PLAYGROUND_HOME (log and recovery file) and settings file for this test."""
    path = tmp_path / "home"
    monkeypatch.setenv("PLAYGROUND_HOME", str(path))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # app_settings() goes here
    return path


@pytest.fixture
def make_window(qtbot, home):
    """Builds real windows; at the end closes them (discarding changes) and joins threads."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        w = MainWindow()
        w.show()
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.files.ask_save = lambda _title, _text: DISCARD
        w.close()
        if not w.worker.isFinished():
            assert w.shutdown()
        w.deleteLater()


def next_snapshot(qtbot, w: MainWindow, after: int = -1, timeout: int = 5000):
    """Wait until a snapshot newer than ``after`` (serial) arrives; return it."""
    qtbot.waitUntil(lambda: w.last_snapshot is not None and w.last_snapshot.serial > after,
                    timeout=timeout)
    return w.last_snapshot


class Asker:
    """Records the recovery questions and gives a fixed answer."""

    def __init__(self, answer: bool) -> None:
        self.answer, self.texts = answer, []

    def __call__(self, text: str) -> bool:
        self.texts.append(text)
        return self.answer


# --- the real thing: a killed process -----------------------------------------------------------
def _read_line(proc: subprocess.Popen, deadline: float) -> str:
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            return proc.stdout.readline()
        if proc.poll() is not None:
            return proc.stdout.readline()
    return ""


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting for its new parent to reap it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            return not any(line.startswith("State:") and "Z" in line for line in f)
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs SIGKILL and /proc")
def test_work_of_a_killed_process_is_offered_and_restored(make_window, home, tmp_path, qtbot):
    expected_file = tmp_path / "expected.npz"
    env = dict(os.environ, PLAYGROUND_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PLAYGROUND_NO_SETTINGS="1", TMPDIR=str(tmp_path),
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    with open(tmp_path / "child.err", "w+") as err:
        proc = subprocess.Popen([sys.executable, str(CHILD), str(expected_file)], env=env,
                                cwd=REPO, stdout=subprocess.PIPE, stderr=err, text=True)
        try:
            line = _read_line(proc, time.monotonic() + READY_TIMEOUT_S)
            if not line.startswith("READY"):
                err.seek(0)
                pytest.fail(f"child did not get ready: {line!r}\n{err.read()}")
            trainer_pid = int(line.split()[1])
            os.kill(proc.pid, signal.SIGKILL)  # no closeEvent, no atexit, nothing
            assert proc.wait(10) == -signal.SIGKILL
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
            proc.stdout.close()

    # the killed window's training process notices and exits: no orphan keeps a core busy
    deadline = time.monotonic() + 10
    while _alive(trainer_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(trainer_pid), "the training process outlived its killed window"

    expected = np.load(expected_file)
    (orphan,) = orphans()  # the killed window's file, its lock gone with it
    on_disk = load_session(orphan.path)  # the last autosave before the kill
    orphan.release()
    assert on_disk.epoch >= int(expected["epoch"]) > 0

    w = make_window()
    asker = Asker(True)
    assert w.recovery.offer(ask=asker) is True
    assert len(asker.texts) == 1 and f"{len(expected['values'])} points" in asker.texts[0]

    doc = w.document
    np.testing.assert_array_equal(doc.points.coords, expected["coords"])
    np.testing.assert_array_equal(doc.points.values, expected["values"])
    np.testing.assert_array_equal(doc.points.is_train, expected["is_train"])
    assert doc.config == TrainConfig.from_json(str(expected["config"]))
    assert doc.config.hidden_layers == (5, 3) and doc.config.learning_rate == 0.0123
    assert doc.modified  # restored work is not saved anywhere: closing must ask

    state = w.worker.channel.request_state().result(timeout=5)
    assert state.epoch == on_disk.epoch > 0
    for got, want in zip(state.weights + state.biases, on_disk.weights + on_disk.biases,
                         strict=True):
        np.testing.assert_array_equal(got, want)

    # training goes on from the restored weights, not from scratch
    snap = next_snapshot(qtbot, w)
    w.set_playing(True)
    qtbot.waitUntil(lambda: w.last_snapshot.epoch > on_disk.epoch, timeout=5000)
    assert w.last_snapshot.serial > snap.serial


# --- in-process variants ------------------------------------------------------------------------
def crash(w: MainWindow) -> None:
    """What dying does to a window's recovery file: the lock goes, the file stays."""
    w.recovery.enabled = False
    w.recovery.timer.stop()
    os.close(w.recovery.file._fd)
    w.recovery.file._fd = None


def _crash_with_points(make_window, die: bool = True) -> tuple[MainWindow, np.ndarray]:
    """A window with unsaved points whose recovery file is written, then abandoned."""
    w = make_window()
    coords = np.array([[1.25, -2.5], [-3.75, 0.5]])
    w.document.add_points(coords, 1)
    assert autosave_now(w)
    if die:
        crash(w)
    return w, coords


def test_startup_hook_asks_with_a_dialog_and_restores(make_window, qtbot, monkeypatch):
    _crash_with_points(make_window)
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    w = make_window()
    w.offer_recovery()  # what run_app calls: asks once the event loop runs
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert len(asked) == 1
    assert len(w.document.points) == 302  # the preset's 300 and the 2 crashed-away points


def test_edits_and_training_arm_the_autosave(make_window, qtbot):
    assert 1000 <= AUTOSAVE_DELAY_MS <= 5000  # "a few seconds"
    w = make_window()
    timer = w.recovery.timer
    assert not timer.isActive()
    w.document.add_points([[0.5, 0.5]], 0)
    assert timer.isActive()
    timer.stop()
    w.document.set_config(w.document.config.replace(learning_rate=0.05))
    assert timer.isActive()
    timer.stop()
    w.document.rename_class(0, "apples")
    assert timer.isActive()
    timer.stop()
    snap = next_snapshot(qtbot, w)
    w.set_playing(True)  # weights change while training: the recovery file follows
    qtbot.waitUntil(lambda: timer.isActive(), timeout=3000)
    timer.setInterval(50)
    qtbot.waitUntil(w.recovery.file.path.exists, timeout=3000)
    qtbot.waitUntil(lambda: load_session(w.recovery.file.path).epoch > snap.epoch,
                    timeout=3000)


def test_clean_close_removes_the_recovery_file(make_window):
    w, _ = _crash_with_points(make_window, die=False)
    w.files.ask_save = lambda _title, _text: DISCARD
    assert w.close()
    assert not w.recovery.file.path.exists() and not w.recovery.file.lock_path.exists()
    assert not w.recovery.timer.isActive()

    asker = Asker(True)
    assert make_window().recovery.offer(ask=asker) is False
    assert asker.texts == []


def test_nothing_autosaves_after_a_clean_close_while_training(make_window, qtbot):
    w, _ = _crash_with_points(make_window, die=False)
    w.recovery.timer.setInterval(50)  # the real delay is 3 s; only the timing changes
    snap = next_snapshot(qtbot, w)
    w.set_playing(True)
    qtbot.waitUntil(lambda: w.last_snapshot.playing and w.last_snapshot.serial > snap.serial,
                    timeout=5000)
    late = w.last_snapshot  # stands for one still in flight when the window closes
    w.files.ask_save = lambda _title, _text: DISCARD
    assert w.close()
    assert not w.recovery.file.path.exists()
    qtbot.wait(100)  # whatever the thread emitted before it stopped arrives ...
    w.worker.sigSnapshot.emit(late)  # ... and one more, training, as the last
    qtbot.wait(300)
    assert not w.recovery.timer.isActive()
    assert not w.recovery.file.path.exists()


def test_declining_the_offer_deletes_the_recovery_file(make_window):
    _crash_with_points(make_window)
    w = make_window()
    before = w.document.points
    asker = Asker(False)
    assert w.recovery.offer(ask=asker) is False
    assert len(asker.texts) == 1
    assert orphans() == [] and not any(recovery_dir().glob("window-*.pgsession"))
    assert w.document.points is before and not w.document.modified
    again = Asker(True)  # asked once only: the next launch finds nothing
    assert w.recovery.offer(ask=again) is False and again.texts == []


def _truncated_session(path: Path) -> None:
    d = Document()
    save_session(path, Session(points=d.points, class_names=tuple(d.class_names),
                               config=d.config))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


DAMAGES = ("empty", "garbage", "truncated", "foreign_npz", "folder")


def _damage(path: Path, damage: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir():
        path.rmdir()
    if damage == "empty":
        path.write_bytes(b"")
    elif damage == "garbage":
        path.write_bytes(os.urandom(4096))
    elif damage == "truncated":
        _truncated_session(path)
    elif damage == "foreign_npz":
        with open(path, "wb") as f:
            np.savez(f, a=np.arange(3), meta=np.array("{not json"))
    else:
        path.unlink(missing_ok=True)
        path.mkdir()


class Teller:
    """Records what the user is told."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, text: str) -> None:
        self.texts.append(text)


def test_an_unreadable_recovery_file_is_reported_and_kept(make_window, home):
    """A recovery file that cannot be read is not passed over in silence, nor deleted: the
    user is told why and where it was put aside; it is not offered again."""
    home.mkdir(parents=True, exist_ok=True)
    w = make_window()
    before = w.document.points
    dead = recovery_dir() / "window-1-dead.pgsession"  # no lock file: its window is gone
    for damage in DAMAGES:
        _damage(dead, damage)
        content = dead.read_bytes() if dead.is_file() else None
        asker, teller = Asker(True), Teller()
        assert w.recovery.offer(ask=asker, tell=teller) is False, damage
        assert asker.texts == [], damage
        assert w.document.points is before, damage
        (text,) = teller.texts
        kept = [p for p in recovery_dir().iterdir() if p.name.startswith("unreadable-")]
        assert len(kept) == 1, damage
        assert str(kept[0]) in text and "could not be opened" in text, damage
        if content is not None:
            assert kept[0].read_bytes() == content, damage
        assert not dead.exists()
        again = Teller()  # told once: the next start does not offer it again
        assert w.recovery.offer(ask=asker, tell=again) is False and again.texts == []
        if kept[0].is_dir():
            kept[0].rmdir()
        else:
            kept[0].unlink()
    # the window still works and autosaves over a damaged file
    w.document.add_points([[0.0, 0.0]], 0)
    assert autosave_now(w)
    _damage(w.recovery.file.path, "garbage")
    assert autosave_now(w)
    assert len(load_session(w.recovery.file.path).points) == len(before) + 1


def test_startup_tells_of_unreadable_work_with_a_message_box(make_window, home, qtbot,
                                                             monkeypatch):
    _damage(recovery_dir() / "window-1-dead.pgsession", "truncated")
    told = []

    def warning(parent, title, text, *args, **kwargs):
        told.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    w = make_window()
    w.offer_recovery()  # what run_app calls
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    ((title, text),) = told
    assert title == "Autosaved work could not be opened"
    assert "unreadable-window-1-dead.pgsession" in text


def test_a_long_runs_recovery_file_is_offered_and_restored(make_window, home):
    """A crash after a long run: its recovery file (a replay of 335 frames of 200 x 200
    pictures) was "ignored as unreadable" and nothing was offered."""
    home.mkdir(parents=True, exist_ok=True)
    d = Document()
    config = TrainConfig(hidden_layers=(8, 8), activations=("tanh", "tanh"))
    replay, rng = ReplayHistory(), np.random.default_rng(0)
    for e in range(335):
        replay.offer(frame_of(10 * e, 1.0, rng.random((200, 200)),
                              (rng.random((24, 24, 8)), rng.random((24, 24, 8))),
                              (rng.normal(size=(2, 8)), rng.normal(size=(8, 8)),
                               rng.normal(size=(8, 1))),
                              (rng.normal(size=8), rng.normal(size=8), rng.normal(size=1))))
    assert len(replay) == 335
    dead = recovery_dir() / "window-1-dead.pgsession"
    dead.parent.mkdir(parents=True, exist_ok=True)
    save_session(dead, Session(points=d.points, class_names=tuple(d.class_names),
                               config=config, epoch=3340, replay=replay))
    w = make_window()
    asker, teller = Asker(True), Teller()
    assert w.recovery.offer(ask=asker, tell=teller) is True
    assert len(asker.texts) == 1 and teller.texts == []
    # the question says how far the run had gone, not only how many points it had
    assert "epoch 3,340" in asker.texts[0] and "335 replay frames" in asker.texts[0]
    assert len(w.model.replay) == 335 and w.document.config.hidden_layers == (8, 8)


# --- two windows at once ----------------------------------------------------------------------
def test_a_second_window_never_offers_or_removes_a_live_windows_work(make_window):
    first, _ = _crash_with_points(make_window, die=False)
    second = make_window()
    asker = Asker(False)
    assert second.recovery.offer(ask=asker) is False
    assert asker.texts == []  # nothing to offer: the first window is alive
    assert first.recovery.file.path.exists()
    second.document.add_points([[0.0, 1.0]], 0)
    assert autosave_now(second)
    assert second.recovery.file.path != first.recovery.file.path
    assert len(load_session(first.recovery.file.path).points) == 302
    assert len(load_session(second.recovery.file.path).points) == 301


def test_every_lost_windows_work_is_offered_and_restored(make_window, monkeypatch):
    a, _ = _crash_with_points(make_window)
    b = make_window()
    b.document.clear()
    assert autosave_now(b)
    crash(b)
    w = make_window()
    opened = []

    def new_window():
        other = make_window()
        opened.append(other)
        return other.recovery

    asker = Asker(True)
    assert w.recovery.offer(ask=asker, new_window=new_window) is True
    assert len(asker.texts) == 2
    assert sorted([len(w.document.points), len(opened[0].document.points)]) == [0, 302]
    assert orphans() == []


def test_recovery_keeps_the_history_and_the_optimizer_state(make_window, qtbot):
    w = make_window()
    snap = next_snapshot(qtbot, w)
    w.set_playing(True)
    qtbot.waitUntil(lambda: w.last_snapshot.epoch > snap.epoch + 20, timeout=10000)
    w.set_playing(False)
    qtbot.waitUntil(lambda: not w.last_snapshot.playing, timeout=5000)
    assert autosave_now(w)
    s = load_session(w.recovery.file.path)
    assert len(s.history) > 1 and s.history[-1, 0] == s.epoch > 0
    assert w.document.config.optimizer == "adam"
    assert {"t", "m", "v"} <= set(s.optimizer_state) and int(s.optimizer_state["t"]) > 0
