"""Important changes are announced to assistive technology: a stop rule stopping training,
divergence, a lesson's goal met (a recorded sink stands in for the screen reader)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from playground.ui import announce as announcing
from tests.ui.test_window import TIMEOUT, first_snapshot, wait_for

TEXT_TIMEOUT = 20000


@pytest.fixture
def heard():
    said: list[tuple[object, str, bool]] = []
    previous = announcing.set_sink(lambda widget, text, assertive: said.append(
        (widget, text, assertive)))
    yield said
    announcing.set_sink(previous)


def test_announce_goes_to_the_sink_and_empty_text_is_not_said(heard, qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    announcing.announce(label, "Hello", assertive=True)
    announcing.announce(label, "")
    assert heard == [(label, "Hello", True)]


def test_qt_announcer_takes_text_without_error(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    announcing.qt_announce(label, "Training stopped", assertive=True)
    announcing.qt_announce(label, "Goal met")


def test_a_stop_rule_stopping_training_is_announced_once(qtbot, window, heard):
    w = window
    first_snapshot(qtbot, w)
    w.document.set_config(w.document.config.replace(stop_loss=0.9))  # met at once
    wait_for(qtbot, w, lambda s: s.config.stop_loss == 0.9)
    w.set_playing(True)
    qtbot.waitUntil(lambda: not w.model.playing, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bool(heard), timeout=TIMEOUT)
    stops = [t for _w, t, _a in heard if "target" in t]
    assert len(stops) == 1 and "0.9" in stops[0]


def test_divergence_is_announced_at_once(qtbot, window, heard):
    doc = window.document
    doc.set_config(doc.config.replace(learning_rate=10.0, optimizer="sgd",
                                      activations=("tanh", "tanh"), loss="cross_entropy"))
    window.set_playing(True)
    qtbot.waitUntil(lambda: any("diverged" in t for _w, t, _a in heard),
                    timeout=TEXT_TIMEOUT)
    said = [(t, a) for _w, t, a in heard if "diverged" in t]
    assert said[0][1] is True  # assertive: it interrupts


def test_a_lesson_goal_met_is_announced(qtbot, window, heard, tmp_path):
    from tests.ui.test_lesson_panel import QUICK as lesson

    path = tmp_path / "quick.toml"
    path.write_text(lesson, "utf-8")
    w = window
    w.lessons.open_path(str(path))
    first_snapshot(qtbot, w)
    assert not any("Goal met" in t for _w, t, _a in heard)
    w.set_playing(True)
    qtbot.waitUntil(lambda: w.lessons.panel.met, timeout=TEXT_TIMEOUT)
    w.set_playing(False)
    goals = [t for _w, t, _a in heard if "Goal met" in t]
    assert goals == ["Goal met: step 1"]
