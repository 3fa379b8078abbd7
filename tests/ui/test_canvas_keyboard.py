"""The canvas from the keyboard: the cursor moves with the arrows, Enter adds a point of the
current class there, Delete removes the nearest, Undo takes either back, the readout follows."""

import numpy as np
from PySide6.QtCore import Qt

from playground.data.points import PointSet
from playground.ui.views.readout import HoverReadout

KEY = Qt.Key


def focused(qtbot, canvas):
    canvas.activateWindow()
    qtbot.waitUntil(canvas.isActiveWindow)
    canvas.clearFocus()
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(canvas.hasFocus)
    return canvas


def empty(doc, classes=3):
    doc.replace_points(PointSet.empty("classification", classes), "Clear")


def test_arrows_move_the_cursor_and_enter_adds_a_point_of_the_current_class(qtbot, canvas, doc):
    empty(doc)
    doc.set_current_class(2)
    focused(qtbot, canvas)
    cursor = canvas.keyboard
    assert cursor.is_shown()  # Tab into the canvas shows it
    x0, y0 = cursor.position()
    qtbot.keyClick(canvas, KEY.Key_Right)
    qtbot.keyClick(canvas, KEY.Key_Up)
    x1, y1 = cursor.position()
    assert x1 > x0 and y1 > y0
    qtbot.keyClick(canvas, KEY.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    x2, _ = cursor.position()
    assert x2 - x1 > 3 * (x1 - x0)  # Shift: a bigger step
    qtbot.keyClick(canvas, KEY.Key_Return)
    assert len(doc.points) == 1
    np.testing.assert_allclose(doc.points.coords[0], cursor.position())
    assert int(doc.points.values[0]) == 2
    doc.undo_stack.undo()
    assert len(doc.points) == 0


def test_delete_removes_the_nearest_point_and_undo_restores_it(qtbot, canvas, doc):
    empty(doc, 2)
    doc.add_points(np.array([[1.0, 1.0], [0.4, 0.3], [-3.0, -3.0]]), np.array([0, 1, 0]))
    before = doc.points
    focused(qtbot, canvas)
    canvas.keyboard.set_position(0.0, 0.0)
    qtbot.keyClick(canvas, KEY.Key_Delete)
    assert len(doc.points) == 2
    assert not any(np.allclose(c, [0.4, 0.3]) for c in doc.points.coords)
    doc.undo_stack.undo()
    assert doc.points.equals(before)
    # nothing near the cursor: nothing removed
    canvas.keyboard.set_position(4.5, -4.5)
    qtbot.keyClick(canvas, KEY.Key_Backspace)
    assert doc.points.equals(before)


def test_the_readout_follows_the_cursor(qtbot, canvas, doc):
    empty(doc, 2)
    doc.add_points(np.array([[0.0, 0.0]]), np.array([1]))
    readout = HoverReadout(canvas, doc)
    qtbot.addWidget(readout)
    focused(qtbot, canvas)
    canvas.keyboard.set_position(2.0, 2.0)
    qtbot.keyClick(canvas, KEY.Key_Left)
    far = readout.text()
    assert far and "point" not in far
    x0, x1, _y0, _y1 = canvas.extent()
    canvas.keyboard.set_position((x1 - x0) / 40, 0.0)  # one step right of the point
    qtbot.keyClick(canvas, KEY.Key_Left)
    assert "point" in readout.text()


def test_the_cursor_shows_only_while_the_canvas_has_the_keyboard(qtbot, canvas, doc):
    focused(qtbot, canvas)
    assert canvas.keyboard.is_shown()
    canvas.clearFocus()
    qtbot.waitUntil(lambda: not canvas.hasFocus())
    assert not canvas.keyboard.is_shown()
    canvas.setFocus(Qt.FocusReason.MouseFocusReason)  # a click: no cursor until a key
    qtbot.waitUntil(canvas.hasFocus)
    assert not canvas.keyboard.is_shown()
    qtbot.keyClick(canvas, KEY.Key_Down)
    assert canvas.keyboard.is_shown()


def test_the_canvas_is_one_tab_stop_with_a_name_that_explains_the_keys(canvas):
    from PySide6.QtGui import QAccessible

    assert canvas.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert canvas.viewport().focusPolicy() == Qt.FocusPolicy.NoFocus
    iface = QAccessible.queryAccessibleInterface(canvas)
    assert iface.text(QAccessible.Text.Name)
    assert "Enter" in iface.text(QAccessible.Text.Description)


def test_help_shortcuts_lists_the_canvas_keys(window, monkeypatch):
    from playground.ui.dialogs import help as help_dialogs

    shown: list[str] = []
    monkeypatch.setattr(help_dialogs.QMessageBox, "information",
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    window.commands["help.shortcuts"].trigger()
    (table,) = shown
    for keys in ("Arrows on the canvas", "Enter on the canvas", "Delete / Backspace"):
        assert keys in table
