"""The status bar at 1280 × 800: every message a user needs is drawn in full, beside the training
line, never under it (temporary messages, the stop rule's note, the hover readout, classroom
mode). The tests read what is on screen: which labels are visible, and whether their text fits
the width they were given."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from playground.ui.classroom import ClassroomSettings
from tests.ui.test_window import TIMEOUT, first_snapshot, wait_for

# QStatusBar draws a temporary message from x = 6 to 2 px before its first visible permanent
# widget (normal widgets are hidden while the message shows)
MESSAGE_LEFT, MESSAGE_GAP = 6, 2


def at_screen_size(qtbot, w) -> None:
    w.resize(1280, 800)
    qtbot.waitUntil(lambda: w.statusBar().width() >= 1200, timeout=TIMEOUT)


def visible_children(w) -> list[QWidget]:
    bar = w.statusBar()
    return [c for c in bar.findChildren(QWidget) if c.parent() is bar and c.isVisible()]


def message_room(w) -> int:
    """The width a temporary message is drawn in, now."""
    children = visible_children(w)
    right = min([c.x() for c in children] + [w.statusBar().width() - 12]) - MESSAGE_GAP
    return right - MESSAGE_LEFT


def shows_message(qtbot, w, text: str) -> None:
    """``text`` is the status bar's message and is drawn whole."""
    bar = w.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() == text, timeout=TIMEOUT)
    bar.layout().activate()
    width = bar.fontMetrics().horizontalAdvance(text)
    assert width <= message_room(w), (text, width, message_room(w))
    # nothing else is drawn where the message is
    assert all(c.x() >= MESSAGE_LEFT + width for c in visible_children(w)), text


def label_reads_whole(label: QLabel) -> bool:
    # a new text asks for a new layout, which Qt runs on its next pass: run it now, as the
    # screen would show it, rather than read the width of the previous text
    label.parentWidget().layout().activate()
    text = label.text()
    width = label.fontMetrics().horizontalAdvance(text)
    assert label.isVisible() and width <= label.contentsRect().width(), (
        text, label.isVisible(), width, label.contentsRect().width())
    return True


def play_until_the_line_shows_speed(qtbot, w) -> None:
    first_snapshot(qtbot, w)
    w.set_playing(True)
    qtbot.waitUntil(lambda: "epochs/s" in w.status_label.text(), timeout=TIMEOUT)


def test_temporary_messages_are_drawn_whole_beside_the_training_line(qtbot, window):
    w = window
    at_screen_size(qtbot, w)
    play_until_the_line_shows_speed(qtbot, w)
    w.commands["train.reset"].trigger()
    assert w.statusBar().currentMessage().startswith("Weights reset")
    shows_message(qtbot, w, w.statusBar().currentMessage())
    assert label_reads_whole(w.status_label)  # the training line stays readable
    w.document.set_config(w.document.config.replace(hidden_layers=(5, 8)))
    qtbot.waitUntil(lambda: "new weights" in w.statusBar().currentMessage(), timeout=TIMEOUT)
    shows_message(qtbot, w, w.statusBar().currentMessage())
    w.commands["inspect.step_through"].trigger()  # the step-through asks for a click
    qtbot.waitUntil(lambda: "Click a training point" in w.statusBar().currentMessage(),
                    timeout=TIMEOUT)
    shows_message(qtbot, w, w.statusBar().currentMessage())
    w.set_playing(False)


def test_messages_in_classroom_mode_hide_the_badge_rather_than_overlap(qtbot, window):
    w = window
    at_screen_size(qtbot, w)
    w.layout_.set_classroom(ClassroomSettings(hidden=("loss",)))
    first_snapshot(qtbot, w)
    assert label_reads_whole(w.layout_.classroom_label)
    w.reset_weights()
    shows_message(qtbot, w, w.statusBar().currentMessage())
    assert not w.layout_.classroom_label.isVisible()  # back when the message goes
    w.statusBar().clearMessage()
    assert w.layout_.classroom_label.isVisible()


def test_every_status_tip_fits_beside_the_training_line(qtbot, window):
    w = window
    at_screen_size(qtbot, w)
    tips = {a.statusTip() for a in w.findChildren(QAction) if a.statusTip()}
    assert len(tips) > 10
    play_until_the_line_shows_speed(qtbot, w)  # the line with the speed, then a stop note
    for tip in sorted(tips):
        w.statusBar().showMessage(tip)
        shows_message(qtbot, w, tip)
    w.document.set_config(w.document.config.replace(stop_loss=0.9))  # met at once
    qtbot.waitUntil(lambda: "target loss" in w.status_label.text(), timeout=TIMEOUT)
    for tip in sorted(tips):
        w.statusBar().showMessage(tip)
        shows_message(qtbot, w, tip)


def test_the_stop_note_is_whole_and_names_the_rule_and_its_value(qtbot, window):
    w = window
    at_screen_size(qtbot, w)
    first_snapshot(qtbot, w)
    w.layout_.set_classroom(ClassroomSettings())  # the badge takes room too
    w.document.set_config(w.document.config.replace(stop_loss=0.9))  # met at once
    wait_for(qtbot, w, lambda s: s.config.stop_loss == 0.9)
    w.set_playing(True)
    qtbot.waitUntil(lambda: not w.model.playing, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "target" in w.status_label.text(), timeout=TIMEOUT)
    assert "0.9" in w.status_label.text()
    assert label_reads_whole(w.status_label)
    # the hover readout shows beside it, whole
    w.readout.show_at(1.0, 1.0)
    assert w.readout.text()
    w.statusBar().layout().activate()
    for label in (w.status_label, w.readout, w.layout_.classroom_label):
        assert label_reads_whole(label), label.text()
    shown = sorted(visible_children(w), key=lambda c: c.x())
    for left, right in zip(shown, shown[1:]):
        assert left.geometry().right() < right.x(), (left, right)


def test_continue_from_here_clears_the_stop_note(qtbot, window):
    w = window
    first_snapshot(qtbot, w)
    w.document.set_config(w.document.config.replace(max_epochs=30))
    wait_for(qtbot, w, lambda s: s.config.max_epochs == 30)
    w.set_playing(True)
    qtbot.waitUntil(lambda: not w.model.playing, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "maximum of 30 epochs" in w.status_label.text(), timeout=TIMEOUT)
    w.replay.action.trigger()
    assert w.replay.active
    w.replay.bar.slider.setValue(0)
    assert "maximum of 30" not in w.status_label.text()  # the frame's line
    w.replay.bar.continue_button.click()
    qtbot.waitUntil(lambda: "Continuing from epoch" in w.statusBar().currentMessage(),
                    timeout=TIMEOUT)
    shows_message(qtbot, w, w.statusBar().currentMessage())
    wait_for(qtbot, w, lambda s: s.epoch < 30)
    assert "maximum of 30" not in w.status_label.text()
