"""Typing a weight or bias into the network diagram, and a hidden neuron's context menu.

``ValueEditor`` is a small popup under the pointer: Enter applies a valid number (the value
it showed, unchanged, applies nothing), Escape or a click elsewhere cancels, anything else
keeps it open with a message, the popup growing to show all of it. It is its own popup
window, so the window's input guard (which sends Enter and Escape home) leaves it alone.
Neither changes anything itself: the editor calls back with the value, the menu's actions
call back with the state; the network view turns both into signals.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QMenu, QVBoxLayout, QWidget

from playground.ui.i18n import number_text, translate, translate_noop
from playground.ui.views.network_readout import grouped

MAX_TYPED = 1e6  # |value| a typed weight may have
HINT = translate_noop("ValueEditor", "Enter applies, Esc cancels")
STATES = (("active", translate_noop("ValueEditor", "&Restore neuron"),
           translate_noop("ValueEditor", "Train it as usual")),
          ("frozen", translate_noop("ValueEditor", "&Freeze neuron"),
           translate_noop("ValueEditor",
                          "Training leaves its incoming weights and bias as they are")),
          ("pruned", translate_noop("ValueEditor", "&Prune neuron"),
           translate_noop("ValueEditor", "Hold its weights at 0, as if it were gone")))


def parse_value(text: str) -> tuple[float | None, str]:
    """The number typed (a real minus sign and a decimal comma are fine) and "", or None and
    why it cannot be used."""
    cleaned = text.strip().replace("−", "-").replace(",", ".")
    if not cleaned:
        return None, translate("ValueEditor", "Type a number, e.g. 0.5 or -1.2e-3")
    try:
        value = float(cleaned)
    except ValueError:
        return None, translate("ValueEditor", "“{text}” is not a number: type e.g. 0.5 or "
                               "-1.2e-3").format(text=text.strip())
    if not math.isfinite(value) or abs(value) > MAX_TYPED:
        return None, translate("ValueEditor", "Type a value between −{limit} and {limit}").format(
            limit=grouped(MAX_TYPED))
    return value, ""


class ValueEditor(QFrame):
    """A popup with a title, a field holding the current value and a hint or an error."""

    def __init__(self, parent: QWidget, title: str, value: float,
                 apply: Callable[[float], None]) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._apply = apply
        self._value = value
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.title = QLabel(title)
        self._shown = number_text(f"{value:.6g}")  # "0,5" in German (parse_value reads it)
        self.field = QLineEdit(self._shown)
        self.field.setMinimumWidth(160)
        self.field.selectAll()
        self.field.returnPressed.connect(self.commit)
        self.field.setAccessibleName(title)
        self.field.setAccessibleDescription(translate("ValueEditor", HINT))
        self.field.textEdited.connect(
            lambda _text: self._say(translate("ValueEditor", HINT), error=False))
        self.message = QLabel()
        self.message.setWordWrap(True)
        for w in (self.title, self.field, self.message):
            layout.addWidget(w)
        self._say(translate("ValueEditor", HINT), error=False)

    def popup(self, where: QPoint) -> None:
        """Show at global position ``where`` with the field focused."""
        self.adjustSize()
        self.move(where)
        self._keep_on_screen()
        self.show()
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)

    def commit(self) -> None:
        value, error = parse_value(self.field.text())
        if value is None:
            self._say(error, error=True)
            return
        self.close()
        if value != self._value and value != parse_value(self._shown)[0]:
            self._apply(value)  # the value as shown, or as it is, changes nothing

    def error(self) -> str:
        """The message shown when the last text was refused ("" if none)."""
        return self.message.text() if self.message.property("error") else ""

    def _say(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.setStyleSheet("color: #c0392b;" if error  # untranslated: style sheet
                                   else "color: palette(mid);")  # untranslated: style sheet
        if self.isVisible():  # a longer message: the popup grows to show every line of it
            self.adjustSize()
            self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        x = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
        y = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)


def neuron_menu(parent: QWidget, layer: int, unit: int, state: str,
                choose: Callable[[int, int, str], None]) -> QMenu:
    """Freeze / Prune / Restore hidden neuron ``(layer, unit)``; the current ``state`` is
    checked; choosing another calls ``choose(layer, unit, state)``."""
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)
    title = menu.addAction(translate("ValueEditor", "Neuron {unit} of layer {layer}").format(
        unit=unit + 1, layer=layer + 1))
    title.setEnabled(False)
    menu.addSeparator()
    group = QActionGroup(menu)
    group.setExclusive(True)
    for name, text, tip in (STATES[1], STATES[2], STATES[0]):
        action = QAction(translate("ValueEditor", text), menu)
        action.setCheckable(True)
        action.setChecked(name == state)
        action.setToolTip(translate("ValueEditor", tip))
        action.setData(name)
        action.triggered.connect(
            lambda _checked=False, n=name: None if n == state else choose(layer, unit, n))
        group.addAction(action)
        menu.addAction(action)
    return menu
