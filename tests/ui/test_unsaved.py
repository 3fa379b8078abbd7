"""Unsaved changes: closing, New and Open ask Save / Discard / Cancel, and obey the answer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from playground.session.file import Session, load_session, save_session
from playground.ui.controllers import files as files_module
from playground.ui.controllers.files import CANCEL, DISCARD, SAVE
from playground.ui.main_window import MainWindow
from tests.ui.helpers import close_window, new_window
from tests.ui.test_window import train, wait_for

EXTRA = np.array([[1.5, -2.25], [-0.75, 3.0], [2.0, 2.0]])


class AskSave:
    """Stands in for the Save / Discard / Cancel dialog: records and answers."""

    def __init__(self, answer: str) -> None:
        self.answer, self.questions = answer, []

    def __call__(self, title: str, text: str) -> str:
        self.questions.append((title, text))
        return self.answer


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYGROUND_HOME", str(tmp_path / "home"))
    w = new_window(monkeypatch, tmp_path)
    w.show()
    qtbot.waitExposed(w)
    yield w
    close_window(w)


@pytest.fixture
def session_file(tmp_path) -> Path:
    return tmp_path / "work.pgsession"


def edit(w: MainWindow) -> None:
    w.document.add_points(EXTRA, 1)
    assert w.document.modified


def saved_to(w: MainWindow, path: Path) -> None:
    """Give the window a known file: save it there (now unmodified)."""
    assert w.files.save_session(str(path))
    assert w.files.path == str(path) and not w.document.modified


def another_session(w: MainWindow, path: Path) -> int:
    """Write a different session file (the window's points less 100) without touching it."""
    doc = w.document
    points = doc.points.remove(np.arange(100))
    save_session(path, Session(points=points, class_names=tuple(doc.class_names),
                               config=doc.config))
    return len(points)


def open_window(w: MainWindow) -> bool:
    return w.isVisible() and w.worker.isRunning()


# --- closing ------------------------------------------------------------------------------------
def test_close_without_changes_does_not_ask(window):
    ask = window.files.ask_save = AskSave(CANCEL)
    assert window.close()
    assert ask.questions == []
    assert not window.isVisible() and window.worker.isFinished()


def test_close_cancel_keeps_window_and_points_then_discard_closes(window, qtbot):
    edit(window)
    points = window.document.points
    ask = window.files.ask_save = AskSave(CANCEL)
    assert not window.close()
    assert len(ask.questions) == 1
    _title, text = ask.questions[0]
    assert "Untitled" in text and "clos" in text
    assert open_window(window)
    assert window.document.points is points and window.document.modified
    before = window.last_snapshot.serial if window.last_snapshot else -1
    window.set_playing(True)  # still alive and training
    qtbot.waitUntil(lambda: window.last_snapshot is not None
                    and window.last_snapshot.serial > before and window.last_snapshot.epoch > 0,
                    timeout=5000)

    ask = window.files.ask_save = AskSave(DISCARD)
    assert window.close()
    assert len(ask.questions) == 1
    assert not window.isVisible() and window.worker.isFinished()


def test_close_save_with_known_path_saves_then_closes(window, session_file):
    saved_to(window, session_file)
    edit(window)
    expected = window.document.points.coords.copy()
    ask = window.files.ask_save = AskSave(SAVE)
    assert window.close()
    assert len(ask.questions) == 1 and session_file.name in ask.questions[0][1]
    np.testing.assert_array_equal(load_session(session_file).points.coords, expected)
    assert not window.isVisible() and window.worker.isFinished()


def test_close_save_untitled_goes_through_save_as(window, tmp_path, monkeypatch):
    target = tmp_path / "chosen.pgsession"
    answers = iter([False, "fail", True])  # dialog cancelled, disk full, saved

    def save_as() -> bool:  # the file dialog
        answer = next(answers)
        if answer == "fail":
            with monkeypatch.context() as m:
                m.setattr("playground.data.atomic.os.replace", _disk_full)
                return window.files.save_session(str(target))
        return answer and window.files.save_session(str(target))

    monkeypatch.setattr(window.files, "save_as", save_as)
    edit(window)
    points = window.document.points
    window.files.ask_save = AskSave(SAVE)
    assert not window.close()  # the file dialog was cancelled: nothing happens
    assert open_window(window) and window.document.points is points
    assert window.document.modified and not window.warnings
    assert not window.close()  # the save failed: the window stays, with a warning
    assert open_window(window) and window.document.modified and not target.exists()
    assert len(window.warnings) == 1 and "No space left" in window.warnings[0][2]
    assert window.close()
    np.testing.assert_array_equal(load_session(target).points.coords, points.coords)
    assert window.worker.isFinished()


def _disk_full(*_a, **_k):
    raise OSError(28, "No space left on device")


# --- New ----------------------------------------------------------------------------------------
def test_new_asks_only_with_changes_and_obeys_the_answer(window, tmp_path, session_file,
                                                        monkeypatch):
    ask = window.files.ask_save = AskSave(CANCEL)
    assert window.files.new() is True  # nothing changed: no question
    assert ask.questions == []

    saved_to(window, session_file)
    edit(window)
    points = window.document.points
    assert window.files.new() is False  # Cancel: the work stays
    assert len(ask.questions) == 1 and "new" in ask.questions[0][1]
    assert window.document.points is points and window.files.path == str(session_file)
    assert window.document.modified

    window.files.ask_save = AskSave(DISCARD)  # Discard: start over, the file is untouched
    assert window.files.new() is True
    assert len(window.document.points) == 300 and window.files.path is None
    assert not window.document.modified and not window.document.undo_stack.canUndo()
    assert len(load_session(session_file).points) == 300

    saved_to(window, session_file)  # Save with a known file: saved there, then New
    edit(window)
    window.files.ask_save = AskSave(SAVE)
    assert window.files.new() is True
    assert len(load_session(session_file).points) == 303
    assert len(window.document.points) == 300 and window.files.path is None
    assert not window.document.modified

    target = tmp_path / "new.pgsession"  # Save when untitled: through Save As
    monkeypatch.setattr(window.files, "save_as",
                        lambda: window.files.save_session(str(target)))
    edit(window)
    assert window.files.new() is True
    assert len(load_session(target).points) == 303
    assert len(window.document.points) == 300 and window.files.path is None


# --- Open ---------------------------------------------------------------------------------------
def test_open_asks_only_with_changes_and_obeys_the_answer(window, tmp_path, session_file):
    other = tmp_path / "other.pgsession"
    n = another_session(window, other)
    ask = window.files.ask_save = AskSave(CANCEL)
    assert window.files.open_session(str(other)) is True  # nothing changed: no question
    assert ask.questions == []
    assert len(window.document.points) == n

    saved_to(window, session_file)
    edit(window)
    points = window.document.points
    assert window.files.open_session(str(other)) is False  # Cancel
    assert len(ask.questions) == 1 and "open" in ask.questions[0][1]
    assert window.document.points is points and window.files.path == str(session_file)

    window.files.ask_save = AskSave(DISCARD)  # Discard
    assert window.files.open_session(str(other)) is True
    assert len(window.document.points) == n and window.files.path == str(other)
    assert not window.document.modified
    assert len(load_session(session_file).points) == n  # the file did not get the edit

    saved_to(window, session_file)  # Save with a known file
    edit(window)
    window.files.ask_save = AskSave(SAVE)
    assert window.files.open_session(str(other)) is True
    assert len(load_session(session_file).points) == n + 3
    assert len(window.document.points) == n and window.files.path == str(other)


def test_open_dialog_save_untitled_asks_once_before_the_file_dialog(window, tmp_path,
                                                                    monkeypatch):
    other = tmp_path / "other.pgsession"
    target = tmp_path / "untitled.pgsession"
    n = another_session(window, other)
    order = []

    def get_open(*_a, **_k):
        order.append("open dialog")
        return str(other), ""

    def save_as() -> bool:
        order.append("save as")
        return window.files.save_session(str(target))

    def ask(title: str, text: str) -> str:
        order.append("ask")
        return SAVE

    monkeypatch.setattr(files_module.QFileDialog, "getOpenFileName", staticmethod(get_open))
    monkeypatch.setattr(window.files, "save_as", save_as)
    window.files.ask_save = ask
    edit(window)
    assert window.files.open_dialog() is True
    assert order == ["ask", "save as", "open dialog"]
    assert len(load_session(target).points) == 303
    assert len(window.document.points) == n and window.files.path == str(other)


# --- what counts as a change --------------------------------------------------------------------
def test_every_kind_of_edit_asks_undo_and_saving_do_not(window, session_file):
    doc = window.document
    changes = {
        "points": lambda: doc.add_points([[0.0, 0.0]], 0),
        "config": lambda: window.training_panel.learning_rate.setValue(0.3),
        "network": lambda: window.network_panel.add_layer.click(),
        "class name": lambda: doc.rename_class(0, "apples"),
        "regenerate": lambda: window.data_panel.regenerate_button.click(),
        "classes": lambda: window.data_panel.classes.setValue(3),
    }
    for name, change in changes.items():
        assert not doc.modified, name
        change()
        assert doc.modified and "*" in window.windowTitle(), name
        ask = window.files.ask_save = AskSave(CANCEL)
        assert not window.files.new(), name
        assert len(ask.questions) == 1, name
        window.files.ask_save = AskSave(DISCARD)
        assert window.files.new(), name

    # undoing back to the saved state, or saving, leaves nothing to ask about
    saved_to(window, session_file)
    edit(window)
    window.commands["edit.undo"].trigger()
    assert not doc.modified and "*" not in window.windowTitle()
    ask = window.files.ask_save = AskSave(CANCEL)
    assert window.files.new() is True
    edit(window)
    saved_to(window, session_file)
    assert window.close()
    assert ask.questions == []


# --- training counts as a change ----------------------------------------------------------------
def drop(w: MainWindow, path: Path) -> None:
    """Drop ``path`` on the window, as a file manager does (handed to the window's ``event``
    as a drag would: Qt refuses a drop sent outside a drag)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    w.event(QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def test_epochs_trained_since_the_save_are_unsaved_work(qtbot, window, tmp_path, session_file):
    w = window
    other = tmp_path / "other.pgsession"
    n = another_session(w, other)
    train(qtbot, w, 5)
    saved_to(w, session_file)
    saved_epoch = load_session(session_file).epoch
    assert "*" not in w.windowTitle()
    trained = train(qtbot, w, saved_epoch + 20).epoch  # no edit at all, only training
    assert w.document.modified and "*" in w.windowTitle()

    attempts = {"open": lambda: w.files.open_session(str(other)), "new": w.files.new,
                "drop": lambda: drop(w, other), "quit": w.close}
    for name, attempt in attempts.items():
        ask = w.files.ask_save = AskSave(CANCEL)
        attempt()
        assert len(ask.questions) == 1, name
        assert open_window(w) and w.files.path == str(session_file), name
        assert w.model.epoch == trained and len(w.document.points) != n, name

    w.files.ask_save = AskSave(SAVE)  # Save, then open: the trained epochs are in the file
    assert w.files.open_session(str(other))
    assert load_session(session_file).epoch == trained
    assert len(w.document.points) == n and not w.document.modified

    saved_to(w, session_file)  # after a save, training further is unsaved again
    wait_for(qtbot, w, lambda s: s.generation == w.model.generation)
    train(qtbot, w, w.model.epoch + 5)
    assert w.document.modified and "*" in w.windowTitle()
    saved_to(w, session_file)
    assert "*" not in w.windowTitle()


def test_undo_to_the_save_tells_whether_training_happened_since(qtbot, window, session_file):
    w, doc = window, window.document
    saved = train(qtbot, w, 10).epoch
    saved_to(w, session_file)
    edit(w)
    train(qtbot, w, saved + 10)
    # the edit is undone; the epochs trained since the save are not
    w.commands["edit.undo"].trigger()
    assert doc.modified and "*" in w.windowTitle()
    ask = w.files.ask_save = AskSave(CANCEL)
    assert not w.files.new() and len(ask.questions) == 1

    saved = w.model.epoch
    saved_to(w, session_file)
    w.commands["train.reset"].trigger()  # a new run, trained a little: unsaved
    wait_for(qtbot, w, lambda s: s.generation == w.model.generation and s.epoch == 0)
    train(qtbot, w, 3)
    assert doc.modified
    w.commands["edit.undo"].trigger()  # exactly the saved run again
    wait_for(qtbot, w, lambda s: s.generation == w.model.generation and s.epoch == saved)
    assert not doc.modified and "*" not in w.windowTitle()
    w.commands["edit.redo"].trigger()  # the new run and what it trained: unsaved again
    assert doc.modified and "*" in w.windowTitle()
    w.commands["edit.undo"].trigger()
    assert w.files.new() is True and len(ask.questions) == 1  # nothing to ask about
