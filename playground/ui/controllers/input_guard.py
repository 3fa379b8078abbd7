"""The window's manners with the wheel and the keyboard, in one application-wide event filter.

- **The wheel.** A combo box, spin box or slider takes the wheel only while it has the keyboard
  focus; otherwise the wheel scrolls the panel under the pointer, so scrolling down a column of
  settings never changes one it passes over. Nor does the wheel give such a control the focus
  (``WheelFocus`` becomes ``StrongFocus`` as each widget is polished, so controls created later,
  such as a new layer's row, are covered too).
- **Fields.** Enter in a spin box or line edit commits it, Escape puts back the value it had
  (Escape on any other control just leaves it); either way the keyboard goes back to the home
  widget (the canvas), where Space plays and 1–8 choose classes.
- **Space** plays or pauses from every control except a field being typed in.

Only widgets of the guarded window are concerned; dialogs keep Qt's usual keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_WATCHED = (QEvent.Type.Polish, QEvent.Type.Wheel, QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress, QEvent.Type.FocusOut)


def takes_wheel_steps(widget: QObject) -> bool:
    """Whether the wheel over ``widget`` would change a value: combo boxes, spin boxes and
    sliders (a scroll bar only scrolls)."""
    return (isinstance(widget, QComboBox | QAbstractSpinBox | QAbstractSlider)
            and not isinstance(widget, QScrollBar))


def _no_wheel_focus(widget: QWidget) -> None:
    if takes_wheel_steps(widget) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _line_edit(widget: QWidget) -> QLineEdit | None:
    """The text a user types into: a line edit's own, a spin box's or an editable combo's."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return None


def _field(widget: QObject) -> QWidget | None:
    """The field ``widget`` belongs to (a spin box for its line edit), None if not a field."""
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox):
        return widget.parentWidget()
    if isinstance(widget, QWidget) and _line_edit(widget) is not None:
        return widget
    return None


class InputGuard(QObject):
    """Installed on the application for ``window``; ``home`` gets the keyboard back."""

    def __init__(self, window: QWidget, home: QWidget) -> None:
        super().__init__(window)
        self._window, self._home = window, home
        self._delivering = False
        # the window's controls were polished before the filter was there. Only its own:
        # QApplication.allWidgets() also lists widgets of windows being torn down, and
        # touching one of those crashed the interpreter
        for widget in window.findChildren(QWidget):
            _no_wheel_focus(widget)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in _WATCHED or not isinstance(obj, QWidget):
            return False
        if kind == QEvent.Type.Polish:
            _no_wheel_focus(obj)
            return False
        if obj.window() is not self._window or self._delivering:
            return False
        if kind == QEvent.Type.Wheel:
            assert isinstance(event, QWheelEvent)
            return self._wheel(obj, event)
        if kind == QEvent.Type.FocusOut:
            line = _line_edit(obj)
            if line is not None:  # what was typed is committed or gone: no longer typing
                line.setModified(False)
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.ShortcutOverride:
            return self._shortcut_override(obj, event)
        return self._key_press(obj, event)

    # --- the wheel ----------------------------------------------------------------------------
    def _wheel(self, widget: QWidget, event: QWheelEvent) -> bool:
        control: QWidget | None = widget
        while control is not None and not takes_wheel_steps(control):
            control = None if control.isWindow() else control.parentWidget()
        if control is None or control.hasFocus():
            return False
        area = control.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()  # not the control's: Qt offers it to the widgets around it
        else:
            self._delivering = True
            try:
                QApplication.sendEvent(area.viewport(), event)  # the panel scrolls
            finally:
                self._delivering = False
            event.accept()
        return True

    # --- keys ---------------------------------------------------------------------------------
    def _shortcut_override(self, widget: QWidget, event: QKeyEvent) -> bool:
        """Space is a field's own only while it is typed in; elsewhere it plays."""
        if event.key() != Qt.Key.Key_Space or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        field = _field(widget)
        line = _line_edit(field) if field is not None else None
        if line is not None and (line.isModified() or isinstance(field, QLineEdit)):
            return False
        event.ignore()  # no override: the Play shortcut gets the key
        return True

    def _key_press(self, widget: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if not plain or key not in (*_ENTER, Qt.Key.Key_Escape):
            return False
        if widget is self._home or self._home.isAncestorOf(widget):
            return False
        field = _field(widget)
        if key in _ENTER:
            if field is None:
                return False
            self._deliver(field, event)  # the field commits its text as usual
        elif isinstance(field, QAbstractSpinBox):
            field.setValue(field.value())  # type: ignore[attr-defined]  # puts the value back
        line = _line_edit(field) if field is not None else None
        if line is not None:
            line.setModified(False)
        self._home.setFocus(Qt.FocusReason.OtherFocusReason)
        event.accept()  # handled: not offered to the widgets around the field
        return True

    def _deliver(self, widget: QWidget, event: QEvent) -> None:
        self._delivering = True
        try:
            QApplication.sendEvent(widget, event)
        finally:
            self._delivering = False
