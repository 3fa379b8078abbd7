"""The coach in the window: a dead-ReLU run gets its hint above the loss curves and the ✕
dismisses it until a reset; a healthy run gets none; classroom mode keeps it quiet unless the
lesson turns it on; View ▸ Coach turns it off and is remembered."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt

from playground.lessons.lesson import load_lesson
from playground.ui.classroom import ClassroomSettings
from playground.ui.coach import PULSE_MS
from tests.ui.test_window import first_snapshot, train

TIMEOUT = 20000


def lesson(tmp_path, settings: str, start: str = "") -> object:
    path = tmp_path / "coach.toml"
    path.write_text(textwrap.dedent(f'''
        id = "coach"
        title = "Coach"
        [start]
        dataset = "circle"
        n_points = 200
        seed = 1
        {start}
        [start.settings]
        {settings}
        [[steps]]
        text = "Train."
    '''), "utf-8")
    return load_lesson(path)


DEAD = 'layers = [8]\nactivation = "relu"\noptimizer = "sgd"\nlr = 10'
HEALTHY = 'layers = [8, 8]\nactivation = "tanh"\noptimizer = "sgd"\nlr = 0.1'


def open_and_train(qtbot, w, the_lesson, epochs: int):
    assert w.lessons.open_lesson(the_lesson)
    first_snapshot(qtbot, w)
    config = the_lesson.start().config
    # the lesson's fresh weights (a run before it may have had the same configuration)
    qtbot.waitUntil(lambda: w.last_snapshot.epoch == 0 and (
        w.last_snapshot.config.learning_rate, w.last_snapshot.config.hidden_layers)
        == (config.learning_rate, config.hidden_layers), timeout=TIMEOUT)
    return train(qtbot, w, epochs)


def coach_inspected(qtbot, w, snap):
    """Wait until the coach has seen an inspection of the weights ``snap`` shows."""
    qtbot.waitUntil(lambda: w.coach.inspected_epoch == snap.epoch, timeout=TIMEOUT)


def test_dead_relus_get_a_hint_that_can_be_dismissed_until_a_reset(qtbot, window, tmp_path):
    w = window
    snap = open_and_train(qtbot, w, lesson(tmp_path, DEAD), 30)
    bar = w.coach.bar
    qtbot.waitUntil(lambda: bar.isVisible() and w.coach.shown.rule == "dead_relu",
                    timeout=TIMEOUT)
    assert " of 8 units in layer 1 output 0 everywhere" in bar.label.text()
    assert "learning rate (now 10)" in bar.label.text()
    assert snap.config.hidden_layers == (8,)
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert w.coach.shown is None or w.coach.shown.rule != "dead_relu"
    assert "output 0 everywhere" not in bar.label.text() or not bar.isVisible()
    # quiet for the rest of the run, whatever further snapshots say
    snap = train(qtbot, w, snap.epoch + 5)
    coach_inspected(qtbot, w, snap)
    assert w.coach.shown is None or w.coach.shown.rule != "dead_relu"
    # new weights: a new run, and the hint is back when the units die again
    w.reset_weights()
    qtbot.waitUntil(lambda: w.last_snapshot.epoch == 0, timeout=TIMEOUT)
    train(qtbot, w, 30)
    qtbot.waitUntil(lambda: w.coach.shown is not None and w.coach.shown.rule == "dead_relu",
                    timeout=TIMEOUT)


def test_a_healthy_run_gets_no_hint(qtbot, window, tmp_path):
    w = window
    snap = open_and_train(qtbot, w, lesson(tmp_path, HEALTHY), 300)
    coach_inspected(qtbot, w, snap)  # the coach has had the diagnostics of the end
    assert snap.metrics.train_accuracy >= 0.95
    assert w.coach.shown is None and not w.coach.bar.isVisible()


def test_classroom_mode_keeps_the_coach_quiet_unless_the_lesson_turns_it_on(
        qtbot, window, tmp_path):
    w = window
    snap = open_and_train(qtbot, w, lesson(tmp_path, DEAD, 'locks = ["data"]'), 30)
    assert w.layout_.classroom is not None and snap.epoch >= 30
    qtbot.wait(2 * PULSE_MS)  # the coach, were it on, would have asked by now
    assert not w.inspect.inside.request.diagnostics  # it costs the training process nothing
    assert w.coach.shown is None and not w.coach.bar.isVisible()
    on = lesson(tmp_path, DEAD, 'locks = ["data"]\ncoach = true')
    open_and_train(qtbot, w, on, 30)
    assert w.layout_.classroom is not None
    qtbot.waitUntil(lambda: w.coach.shown is not None and w.coach.shown.rule == "dead_relu",
                    timeout=TIMEOUT)
    # classroom mode entered by hand (no lesson turning the coach on), while paused
    w.lessons.close_lesson()
    w.layout_.set_classroom(ClassroomSettings((), ("data",)))
    qtbot.waitUntil(lambda: not w.coach.bar.isVisible(), timeout=TIMEOUT)


def test_view_coach_turns_it_off_and_is_remembered(qtbot, make_window, tmp_path):
    w = make_window()
    action = w.commands["view.coach"]
    assert action.isChecked()  # on by default
    open_and_train(qtbot, w, lesson(tmp_path, DEAD), 30)
    qtbot.waitUntil(lambda: w.coach.bar.isVisible(), timeout=TIMEOUT)
    action.trigger()
    assert not action.isChecked() and not w.coach.bar.isVisible()
    assert not w.inspect.inside.request.diagnostics  # nothing computed for it any more
    w.save_settings()
    other = make_window()
    assert not other.commands["view.coach"].isChecked()
    other.commands["view.coach"].trigger()
    assert other.commands["view.coach"].isChecked()


def test_a_long_hint_is_never_cut_it_scrolls_past_three_lines(qtbot):
    """At large text a hint wraps onto many lines: the bar shows up to three and scrolls the
    rest (before, the loss pane cut its first and last lines at 150 %)."""
    from playground.ui.coach import CoachBar

    bar = CoachBar()
    qtbot.addWidget(bar)
    bar.resize(420, 40)
    bar.set_text("Overfitting: train loss 0.00261 but test loss 1.91, up from its best "
                 "0.617; accuracy 100% vs 87%. The network learns the training points by "
                 "heart: try L2 regularisation, fewer units, more points, or stopping "
                 "earlier (Stop rules ▸ patience).")
    bar.show()
    qtbot.waitExposed(bar)
    label = bar.label
    assert label.height() >= label.heightForWidth(label.width())  # the whole text laid out
    line = label.fontMetrics().lineSpacing()
    assert bar.text_area.height() <= 3 * line + 8  # three lines in view, the rest scrolls
    assert bar.text_area.verticalScrollBar().maximum() > 0
    bar.set_text("Short hint.")
    assert bar.text_area.height() <= line + 8  # one line: no room wasted
