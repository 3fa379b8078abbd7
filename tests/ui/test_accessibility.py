"""Every control can be found by a screen reader, and the keyboard reads the window in order.

The walk asks Qt's accessibility interface of each visible interactive widget of the main
window (and of the main dialogs) for its name and description, as a screen reader would: Qt
takes the name from a button's text or a buddy label and the description from the tool tip
when none is set. A widget without either is listed with its class, object name and parents.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

from tests.ui.test_window import first_snapshot

INTERACTIVE = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractSlider,
               QTabBar, QAbstractItemView)


def interactive(widget: QWidget) -> bool:
    """A control a user operates (scroll bars scroll; a spin box's or combo's own line edit is
    part of it)."""
    if isinstance(widget, QScrollBar) or not widget.isVisible() or widget.focusProxy():
        return False
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return False
    if isinstance(parent, QAbstractItemView) and (
            isinstance(widget, QHeaderView) or widget.objectName() == "qt_tableview_cornerbutton"):
        return False  # a table's parts: its interface gives the headers
    if isinstance(widget, INTERACTIVE):
        return True
    # the canvas and the plots: views that take the keyboard
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def chain(widget: QWidget) -> str:
    names = []
    w: QWidget | None = widget
    while w is not None:
        names.append(f"{type(w).__name__}({w.objectName()!r})")
        w = w.parentWidget()
    return " < ".join(names)


def unnamed(root: QWidget) -> list[str]:
    """Each visible interactive widget under ``root`` without an accessible name or
    description, as 'what is missing: class(objectName) < parent < ...'."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not interactive(widget):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        lacks = [] if iface is not None else ["interface"]
        if iface is not None and isinstance(widget, QTabBar):
            # Qt names a tab bar by its current tab and gives it no description of its own:
            # what a screen reader reads is each tab, its text and its tool tip
            for k in range(widget.count()):
                tab = iface.child(k)
                if not tab.text(QAccessible.Text.Name).strip():
                    lacks.append(f"name of tab {k}")
                if not tab.text(QAccessible.Text.Description).strip():
                    lacks.append(f"description of tab {k} ({widget.tabText(k)!r})")
        elif iface is not None:
            if not iface.text(QAccessible.Text.Name).strip():
                lacks.append("name")
            if not iface.text(QAccessible.Text.Description).strip():
                lacks.append("description")
        if lacks:
            missing.append(f"{'+'.join(lacks)}: {chain(widget)}")
    return missing


def test_every_control_of_the_window_has_a_name_and_a_description(qtbot, window):
    first_snapshot(qtbot, window)
    missing = unnamed(window)
    assert not missing, f"{len(missing)} controls a screen reader cannot name:\n" + \
        "\n".join(missing)


def test_every_control_of_the_main_dialogs_has_a_name_and_a_description(qtbot, window,
                                                                         monkeypatch):
    from playground.ui.dialogs import lessons as lessons_module
    from tests.ui.test_step_through import _first_train

    w = window
    first_snapshot(qtbot, w)
    missing: list[str] = []
    w.compare.open()
    qtbot.waitExposed(w.compare.dialog)
    missing += unnamed(w.compare.dialog)
    w.commands["train.sweep"].trigger()
    qtbot.waitExposed(w.sweep_map.dialog)
    missing += unnamed(w.sweep_map.dialog)
    w.commands["train.notebook"].trigger()
    qtbot.waitExposed(w.notebook.dialog)
    missing += unnamed(w.notebook.dialog)
    assert w.step_through.start(_first_train(w.document.points))
    qtbot.waitExposed(w.step_through.dialog)
    missing += unnamed(w.step_through.dialog)

    def walk_lessons(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        missing.extend(unnamed(dialog))
        return lessons_module.QDialog.DialogCode.Rejected

    monkeypatch.setattr(lessons_module.LessonsDialog, "exec", walk_lessons)
    w.commands["help.lessons"].trigger()
    assert not missing, f"{len(missing)} controls a screen reader cannot name:\n" + \
        "\n".join(missing)


# --- tab order --------------------------------------------------------------------------------
def tab_stops(window) -> list[QWidget]:
    """The widgets Tab visits, in order, from the window's first one."""
    start = window.nextInFocusChain()
    stops, widget = [], start
    for _ in range(5000):
        if (widget.isVisible() and widget.isEnabled() and widget.window() is window
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.focusProxy()):
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return stops


def owner(widget: QWidget, parts: dict[str, QWidget]) -> str | None:
    for name, part in parts.items():
        if widget is part or part.isAncestorOf(widget):
            return name
    return None


def test_tab_follows_the_reading_order(qtbot, window):
    w = window
    first_snapshot(qtbot, w)
    # the columns left to right, each top to bottom
    parts = {"data": w.data_panel, "training": w.training_panel, "network": w.network_panel,
             "diagram": w.network_view, "canvas": w.canvas, "loss": w.loss_plot}
    order = [owner(s, parts) for s in tab_stops(w)]
    seen = [name for i, name in enumerate(order) if name and name not in order[:i]]
    assert seen == list(parts), order
    # each part's stops are together: Tab never comes back to a part it left
    visits = [name for i, name in enumerate(order) if name and (i == 0 or order[i - 1] != name)]
    assert visits == seen, visits


def test_the_views_shown_later_name_their_controls(qtbot):
    """The replay scrubber, the slice of a table of N > 2 inputs and a 1-D session's curve."""
    from playground.ui.controllers.document import Document
    from playground.ui.views.curve_view import CurveView
    from playground.ui.views.replay_bar import ReplayBar
    from playground.ui.views.slice_controls import SliceControls
    from tests.ui.helpers import shown

    bar = shown(qtbot, ReplayBar(), 800, 40)
    controls = SliceControls()
    controls.set_inputs(["height", "weight", "age"], [1, 40, 10], [2, 120, 90], [1.5, 80, 50])
    controls = shown(qtbot, controls, 500, 120)
    curve = shown(qtbot, CurveView(Document()))
    missing = [*unnamed(bar), *unnamed(controls), *unnamed(curve)]
    assert not missing, "\n".join(missing)
