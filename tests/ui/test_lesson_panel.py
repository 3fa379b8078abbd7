"""The Lesson panel in the window (issue 19 item 2): opening a lesson, its steps, the live
goal, hints, Show answer as one undo step, the lesson saved with the session, a bad file."""

from __future__ import annotations

import textwrap

import pytest
from PySide6.QtWidgets import QMessageBox

from playground.lessons.lesson import find_lesson
from playground.lessons.state import lesson_state
from playground.session.file import load_session
from tests.ui.test_window import first_snapshot

TIMEOUT = 20000

QUICK = textwrap.dedent('''
    id = "quick"
    title = "A quick lesson"

    [start]
    dataset = "circle"
    n_points = 200
    seed = 3
    locks = ["data"]

    [start.settings]
    layers = [8, 8]
    activation = "tanh"
    lr = 0.03

    [[steps]]
    text = "## Train\\nPress **Play**."
    goal = "epoch >= 20"
    hints = ["Press Space.", "Or the Play button."]
    answer = { lr = 0.1 }

    [[steps]]
    text = "Now with two units."
    settings = { layers = [2] }
    goal = "hidden_units <= 2 and epoch >= 5"
    answer = { layers = [2], activation = "relu" }

    [[steps]]
    text = "The end."
    settings = { lr = 0.01 }
''')


@pytest.fixture
def warnings(monkeypatch):
    seen: list[tuple] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: seen.append(a)))
    return seen


@pytest.fixture
def quick(tmp_path):
    path = tmp_path / "quick.toml"
    path.write_text(QUICK, "utf-8")
    return str(path)


def panel(w):
    return w.lessons.panel


def test_opening_a_builtin_lesson_sets_its_data_settings_and_panel(qtbot, window):
    w = window
    lesson = find_lesson("xor-smallest")
    assert w.lessons.open_lesson(lesson)
    start = lesson.start()
    assert w.document.config == w.model.fit(lesson.configs()[0][0])
    assert w.document.config.hidden_layers == (8, 8)
    assert w.document.dataset.name == "xor"
    assert len(w.document.points) == len(start.points)
    assert (w.document.points.coords == start.points.coords).all()
    assert w.lessons.dock.isVisible()
    assert panel(w).progress.text() == f"Step 1 of {len(lesson.steps)}"
    assert "XOR" in panel(w).text.toPlainText()
    assert not panel(w).back.isEnabled() and panel(w).next.isEnabled()
    assert w.files.path is None and not w.document.modified


def test_help_lessons_lists_every_builtin_lesson(qtbot, window, monkeypatch):
    from playground.lessons.lesson import builtin_ids
    from playground.ui.dialogs import lessons as lessons_module

    listed: list[list[str]] = []

    def fake_exec(dialog):
        listed.append([dialog.list.item(i).data(0x0100) for i in range(dialog.list.count())])
        dialog.list.setCurrentRow(len(listed[0]) - 1)
        return lessons_module.QDialog.DialogCode.Accepted

    monkeypatch.setattr(lessons_module.LessonsDialog, "exec", fake_exec)
    window.commands["help.lessons"].trigger()
    assert listed == [builtin_ids()]
    assert window.lessons.lesson is not None and window.lessons.lesson.id == builtin_ids()[-1]


def test_a_lesson_file_sets_classroom_locks_and_opening_asks_to_save(qtbot, window, quick):
    w = window
    w.document.clear()  # unsaved work
    assert w.lessons.open_path(quick)
    assert w.files.ask_save.questions  # offered to save first
    assert w.layout_.classroom is not None and w.layout_.classroom.fixed == ("data",)
    assert not w.canvas.isEnabled()


def test_next_and_back_move_steps_and_apply_their_settings(qtbot, window, quick):
    w = window
    w.lessons.open_path(quick)
    panel(w).next.click()
    assert panel(w).progress.text() == "Step 2 of 3"
    assert w.document.config.hidden_layers == (2,)
    assert w.document.undo_stack.count() == 1
    panel(w).next.click()
    assert w.document.config.learning_rate == 0.01  # a setting of the running network
    assert not panel(w).next.isEnabled()
    w.commands["edit.undo"].trigger()  # entering a step is undoable
    assert w.document.config.learning_rate == 0.03
    panel(w).back.click()
    assert panel(w).progress.text() == "Step 2 of 3"
    assert w.document.config.hidden_layers == (2,)


def test_the_goal_ticks_once_training_meets_it(qtbot, window, quick):
    w = window
    w.lessons.open_path(quick)
    first_snapshot(qtbot, w)
    assert not panel(w).met and "○" in panel(w).goal.text()
    assert "epoch ≥ 20" in panel(w).goal.text()
    w.set_playing(True)
    qtbot.waitUntil(lambda: panel(w).met, timeout=TIMEOUT)
    w.set_playing(False)
    assert w.model.epoch >= 20
    assert "✓" in panel(w).goal.text()
    assert w.lessons.state.met == (1,)


def test_hints_are_revealed_one_at_a_time(qtbot, window, quick):
    w = window
    w.lessons.open_path(quick)
    assert not panel(w).hints.isVisible()
    panel(w).hint.click()
    assert "Press Space." in panel(w).hints.text()
    assert "Play button" not in panel(w).hints.text()
    panel(w).hint.click()
    assert "Play button" in panel(w).hints.text()
    assert not panel(w).hint.isEnabled()


def test_show_answer_is_one_undo_step(qtbot, window, quick):
    w = window
    w.lessons.open_path(quick)
    panel(w).next.click()  # step 2: layers [2] tanh
    before = w.document.config
    count = w.document.undo_stack.count()
    panel(w).answer.click()
    assert w.document.config.activations == ("relu",)
    assert w.document.undo_stack.count() == count + 1
    w.commands["edit.undo"].trigger()
    assert w.document.config == before
    # an answer that only changes a live setting is one undo step too
    panel(w).back.click()
    lr = w.document.config.learning_rate
    panel(w).answer.click()
    assert w.document.config.learning_rate == 0.1
    w.commands["edit.undo"].trigger()
    assert w.document.config.learning_rate == lr


def test_the_lesson_is_saved_with_the_session_and_restored(qtbot, window, make_window,
                                                           quick, tmp_path):
    w = window
    w.lessons.open_path(quick)
    first_snapshot(qtbot, w)
    w.set_playing(True)
    qtbot.waitUntil(lambda: panel(w).met, timeout=TIMEOUT)
    w.set_playing(False)
    panel(w).next.click()
    panel(w).hint.click()  # no hints at step 2: nothing
    path = str(tmp_path / "work.pgsession")
    assert w.files.save_session(path)
    state = lesson_state(load_session(path).view)
    assert state is not None and state.step == 2 and state.met == (1,)
    assert state.lesson().id == "quick"

    other = make_window()
    assert other.files.open_session(path)
    assert other.lessons.dock.isVisible()
    assert other.lessons.state.step == 2 and other.lessons.state.met == (1,)
    assert panel(other).progress.text() == "Step 2 of 3"
    other.lessons.go(1)
    assert panel(other).met  # met before: still met
    # a session with no lesson closes the panel
    other.files.new()
    assert not other.lessons.dock.isVisible() and other.lessons.lesson is None


def test_an_older_session_opens_without_a_lesson(qtbot, window, tmp_path):
    w = window
    path = str(tmp_path / "plain.pgsession")
    assert w.files.save_session(path)
    assert lesson_state(load_session(path).view) is None
    assert w.files.open_session(path)
    assert w.lessons.lesson is None and not w.lessons.dock.isVisible()


@pytest.mark.parametrize("text", ["not = [toml", QUICK.replace("epoch >= 20", "epok >= 20"),
                                  QUICK.replace('dataset = "circle"', 'dataset = "nope"')])
def test_a_bad_lesson_file_is_one_message_and_changes_nothing(qtbot, window, warnings,
                                                              tmp_path, text):
    w = window
    path = tmp_path / "bad.toml"
    path.write_text(text, "utf-8")
    config = w.document.config
    assert not w.lessons.open_path(str(path))
    assert len(warnings) == 1 and "bad.toml" in warnings[0][2]
    assert w.document.config == config and w.lessons.lesson is None
    assert not w.lessons.dock.isVisible()


def test_the_lesson_dock_fits_1280_by_800_and_keeps_the_canvas(qtbot, window):
    from tests.ui.probes import plot_side
    from tests.ui.test_fits_screen import MIN_CANVAS, fits

    w = window
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=5000)
    size = w.size()
    w.lessons.open_lesson(find_lesson("xor-smallest"))
    qtbot.wait(100)  # the main window lays the dock out
    assert w.size() == size and fits(w, w) and fits(w, w.lessons.dock)
    assert plot_side(w.canvas) >= MIN_CANVAS
    assert w.lessons.dock.width() >= 250


def test_the_lessons_list_shows_every_title_whole_tutorials_first(qtbot):
    from playground.lessons.lesson import builtin_lessons
    from playground.ui.dialogs.lessons import LessonsDialog

    lessons = builtin_lessons()
    dialog = LessonsDialog(lessons)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.list.horizontalScrollBar().isVisible()
    ids = [lesson.id for lesson in lessons]
    tutorials = [i for i in ids if i.startswith("tutorial-")]
    assert ids[:len(tutorials)] == sorted(tutorials) and len(tutorials) == 5
