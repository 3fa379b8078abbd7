"""The keyboard and the wheel: the wheel never changes a setting the pointer merely passes
over, every shortcut works and is listed once, and Space plays except while typing."""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QSpinBox,
    QWidget,
)

from playground.ui.dialogs import help as help_dialogs

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NATIVE = QKeySequence.SequenceFormat.NativeText


def activate(qtbot, w) -> None:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)


def settings_controls(w) -> list[QWidget]:
    """Every combo box, spin box and slider of the data, network and training panels."""
    found = []
    for panel in (w.data_panel, w.network_panel, w.training_panel):
        for kind in (QComboBox, QAbstractSpinBox, QAbstractSlider):
            found += [c for c in panel.findChildren(kind) if not isinstance(c, QScrollBar)]
    return found


def wheel(widget: QWidget, notches: int) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def value_of(control: QWidget) -> object:
    if isinstance(control, QComboBox):
        return control.currentIndex()
    if isinstance(control, QAbstractSpinBox):
        return control.text()
    assert isinstance(control, QAbstractSlider)
    return control.value()


# --- 3. the wheel ------------------------------------------------------------------------------
def test_the_wheel_changes_no_setting_it_passes_over(qtbot, window):
    w = window
    doc = w.document
    while w.network_panel.add_layer.isEnabled():  # every per-layer row exists and shows
        w.network_panel.add_layer.click()
    w.canvas.setFocus()
    config, points = doc.config, doc.points
    controls = settings_controls(w)
    assert len(controls) > 20
    for control in controls:
        before = value_of(control)
        for notches in (1, -1, -3, 3):
            wheel(control, notches)
        assert value_of(control) == before, control.toolTip() or control.accessibleName()
        assert doc.config == config and doc.points.equals(points), control.toolTip()
        # and a real wheel would not give it the focus either
        assert control.focusPolicy() != Qt.FocusPolicy.WheelFocus, control.toolTip()


def test_controls_made_later_are_guarded_too(qtbot, window):
    w = window
    late = QSpinBox()
    w.data_panel.layout().addWidget(late)
    late.show()
    qtbot.waitUntil(late.isVisible)
    assert late.focusPolicy() == Qt.FocusPolicy.StrongFocus
    wheel(late, 2)
    assert late.value() == 0


def test_the_wheel_scrolls_the_panel_and_works_on_a_focused_control(qtbot, window):
    w = window
    w.resize(900, 420)
    combo = w.training_panel.optimizer  # in the scrolling column of settings
    area = combo.parentWidget()
    while not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)
    wheel(combo, -1)  # the pointer is over the combo box: the panel scrolls
    assert bar.value() > 0
    assert w.document.config.optimizer == combo.currentData()

    activate(qtbot, w)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    old = combo.currentIndex()
    wheel(combo, -1 if old == 0 else 1)  # chosen with the keyboard: it takes the wheel
    assert combo.currentIndex() != old
    assert w.document.config.optimizer == combo.currentData()


# --- 4. shortcuts ---------------------------------------------------------------------------
class X11KeySequence(QKeySequence):
    """``QKeySequence`` as on X11, where the platform's Redo is Ctrl+Shift+Z (offscreen
    Qt uses the Windows key bindings, whose Redo is Ctrl+Y)."""

    def __init__(self, *args: object) -> None:
        if args and args[0] == QKeySequence.StandardKey.Redo:
            args = ("Ctrl+Shift+Z",)
        super().__init__(*args)

    @staticmethod
    def keyBindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:  # noqa: N802
        if key == QKeySequence.StandardKey.Redo:
            return [QKeySequence("Ctrl+Shift+Z")]
        return QKeySequence.keyBindings(key)


def bound(w) -> dict[str, list[str]]:
    """Key sequence -> the texts of the window's actions it triggers."""
    keys: dict[str, list[str]] = {}
    for action in w.findChildren(QAction):
        for key in action.shortcuts():
            keys.setdefault(key.toString(), []).append(action.text())
    return keys


def test_redo_by_key_with_x11_key_bindings(qtbot, make_window, monkeypatch):
    monkeypatch.setattr("playground.ui.main_window.QKeySequence", X11KeySequence)
    w = make_window()
    doc = w.document
    activate(qtbot, w)
    doubled = {k: texts for k, texts in bound(w).items() if len(texts) > 1}
    assert doubled == {}
    doc.clear()
    cleared = doc.points
    for key, modifiers in ((Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)):
        doc.undo_stack.undo()
        assert len(doc.points) > 0
        qtbot.keyClick(w, key, modifiers)
        assert doc.points.equals(cleared), QKeySequence(key | modifiers).toString()


def test_the_shortcut_table_lists_every_shortcut_of_the_window(qtbot, window, monkeypatch):
    w = window
    shown: list[str] = []
    monkeypatch.setattr(help_dialogs.QMessageBox, "information",
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    activate(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_F1)
    assert len(shown) == 1
    table = html.unescape(shown[0])
    keys = bound(w)
    assert {"Ctrl+Shift+Z", "Ctrl+Y", "Space", "F1"} <= set(keys)
    assert {k: t for k, t in keys.items() if len(t) > 1} == {}
    for action in w.findChildren(QAction):
        if not action.shortcuts():
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        assert text in table
        for key in action.shortcuts():
            assert key.toString(NATIVE) in table, (text, key.toString())


# --- 6. focus ---------------------------------------------------------------------------------
def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def keys_are_on_the_canvas(w) -> bool:
    f = QApplication.focusWidget()
    return f is not None and (f is w.canvas or w.canvas.isAncestorOf(f))


def test_enter_in_a_field_commits_and_gives_the_keys_back_to_the_canvas(qtbot, window):
    w = window
    activate(qtbot, w)
    units = w.network_panel.rows[0].units
    focus(qtbot, units)
    units.selectAll()
    qtbot.keyClicks(units, "12")
    qtbot.keyClick(units, Qt.Key.Key_Space)  # typing in an open field: no play
    assert not w.playing
    qtbot.keyClick(units, Qt.Key.Key_Return)
    assert w.document.config.hidden_layers[0] == 12
    assert keys_are_on_the_canvas(w)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert w.playing


def test_escape_in_a_field_reverts_and_gives_the_keys_back(qtbot, window):
    w = window
    activate(qtbot, w)
    seed = w.data_panel.seed
    points = w.document.points
    focus(qtbot, seed)
    seed.selectAll()
    qtbot.keyClicks(seed, "77")
    qtbot.keyClick(seed, Qt.Key.Key_Escape)
    assert keys_are_on_the_canvas(w)
    assert seed.value() == 0 and seed.text() == "0" and w.document.points.equals(points)


def test_space_plays_from_every_control_but_a_field_being_typed_in(qtbot, window):
    w = window
    activate(qtbot, w)
    net = w.network_panel
    rate = w.training_panel.learning_rate
    for control in (net.init, net.add_layer, net.rows[0].units, rate.spin, rate.slider,
                    next(iter(net.feature_buttons.values())), w.data_panel.noise):
        focus(qtbot, control)
        playing = w.playing
        qtbot.keyClick(control, Qt.Key.Key_Space)
        assert w.playing != playing, control.toolTip()
    w.set_playing(False)
