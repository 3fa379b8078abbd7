"""At 1280 × 800, the smallest screen the window is made for (the tests' screen, see
tests/conftest.py): the window, each dock and each dialog fit the screen's available
geometry, and opening the docks never squeezes the canvas below 300 px or widens the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from playground.ui.dialogs.classroom import ClassroomDialog
from tests.ui.probes import plot_side
from tests.ui.test_window import first_snapshot

MIN_CANVAS = 300


def available(w):
    return w.screen().availableGeometry()


def fits(w, widget) -> bool:
    return available(w).contains(widget.frameGeometry())


def test_the_tests_run_on_a_1280_by_800_screen(window):
    assert available(window).size().toTuple() == (1280, 800)


def test_the_window_opens_inside_the_screen(qtbot, window):
    w = window
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=5000)
    assert fits(w, w), (w.frameGeometry(), available(w))
    assert w.statusBar().isVisible() and available(w).contains(
        w.statusBar().mapToGlobal(w.statusBar().rect().bottomRight()))
    screen = available(w).size()
    hint = w.minimumSizeHint()
    assert hint.width() <= screen.width() and hint.height() <= screen.height()
    assert plot_side(w.canvas) >= MIN_CANVAS


def dock_names(w):
    c = w.commands
    return {"diagnostics": c["inspect.diagnostics"], "hidden space": c["inspect.hidden_space"],
            "landscape": c["inspect.landscape"]}


@pytest.mark.parametrize("dock", ["diagnostics", "hidden space", "landscape", "all"])
def test_opening_docks_keeps_the_canvas_and_the_window_size(qtbot, window, dock):
    w = window
    first_snapshot(qtbot, w)
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=5000)
    size = w.size()
    actions = dock_names(w)
    for name in actions if dock == "all" else [dock]:
        actions[name].trigger()
    if dock in ("hidden space", "all"):  # the widest choice of the hidden space
        hidden = w.inspect.hidden_space
        hidden.mode.setCurrentIndex(hidden.mode.findData("units"))
    qtbot.wait(100)  # the main window lays the docks out
    assert w.size() == size and fits(w, w)
    assert plot_side(w.canvas) >= MIN_CANVAS, w.canvas.size()
    docks = [d for d in (w.inspect.diagnostics_dock, w.inspect.hidden_dock,
                         w.inspect.landscape_dock) if d.isVisible()]
    assert docks
    for d in docks:
        assert d.width() >= d.minimumSizeHint().width()
    if dock == "all":  # tabbed together, not side by side
        assert len(w.tabifiedDockWidgets(docks[0])) == 2


def test_the_dialogs_fit_the_screen(qtbot, window):
    w = window
    first_snapshot(qtbot, w)
    w.compare.open()
    dialogs: list[QDialog] = [w.compare.dialog]
    classroom = ClassroomDialog(None, w)
    qtbot.addWidget(classroom)
    classroom.show()
    dialogs.append(classroom)
    w.step_through.start(0)
    dialogs.append(w.step_through.dialog)
    screen = available(w)
    for dialog in dialogs:
        qtbot.waitExposed(dialog)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= screen.width() and hint.height() <= screen.height(), dialog
        assert fits(w, dialog), (dialog, dialog.frameGeometry())
    classroom.reject()
