"""Small reusable controls for the settings panels.

``PresetSpinBox`` is a spin box whose arrows step through preset values (0, 0.001, 0.003, ...)
while any value in range can still be typed; ``LogRateControl`` pairs a log-scale slider with
one, for the learning rate. Both show numbers compactly ("0.03", "1e-8") and explain a typed
value that had to be clamped instead of silently changing it. ``param_editor`` builds the
right one of these for a declared hyper-parameter, with the declaration's range.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground.engine.params import Param
from playground.ui.i18n import number_text, translate, typed_number
from playground.ui.zoom import relative_font

_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d*)?([eE][+-]?\d*)?")
_EXPONENT = re.compile(r"e([+-])0*(\d)")
TYPED_DIGITS = 4  # typed values keep this many significant digits, so text == value
PRESET_DECIMALS = 15  # a PresetSpinBox keeps values to this many decimals
MAX_SPIN_INT = 2**31 - 1  # a QSpinBox holds a C int
MAX_SPIN_FLOAT = 1e9  # where a declared range is unbounded, the editor still needs an end


def format_number(value: float) -> str:
    """Compact text for a rate: "0", "0.03", "2.5", "1e-5" (no padded exponents)."""
    if value == 0:
        return "0"
    if 1e-4 <= abs(value) < 1e4:
        return f"{value:.4g}"
    return _EXPONENT.sub(lambda m: "e" + m[1].replace("+", "") + m[2], f"{value:.3g}")


def nice(value: float, digits: int = 2) -> float:
    """``value`` rounded to ``digits`` significant digits (0.031622 -> 0.032)."""
    return float(f"{value:.{digits - 1}e}")


def log_grid(minimum: float, maximum: float, mantissas: Sequence[float] = (1, 3)) -> list[float]:
    """Preset values ``m * 10**k`` between the bounds, e.g. 1e-5, 3e-5, 1e-4, ..., 10."""
    values = {minimum, maximum}
    for k in range(math.floor(math.log10(minimum)), math.ceil(math.log10(maximum)) + 1):
        values.update(nice(m * 10.0**k, 3) for m in mantissas)
    return sorted(v for v in values if minimum <= v <= maximum)


class CompactSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox without trailing zeros ("0.9", not "0.9000"; "0,9" in German)."""

    def textFromValue(self, value: float) -> str:
        text = f"{value:.{self.decimals()}f}"
        return number_text(text.rstrip("0").rstrip(".") if "." in text else text, self.locale())


class PresetSpinBox(QDoubleSpinBox):
    """A float spin box that steps through ``presets`` and accepts typed values in range.

    A typed value outside ``[minimum, maximum]`` is clamped and ``sigNotice`` explains it;
    text that is not a number is refused keystroke by keystroke. Numbers are shown with the
    locale's decimal point (``self.locale()``: the language's), and typed with it or ``.``.
    The value only changes when typing is finished (Enter or focus out), so a half-typed
    number never reaches training.
    """

    sigNotice = Signal(str)

    def __init__(self, presets: Sequence[float], minimum: float, maximum: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presets = sorted(set(presets))
        self._typed: float | None = None
        self.setDecimals(PRESET_DECIMALS)  # the value is kept as typed; the text is compact
        self.setRange(minimum, maximum)
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setAccelerated(True)
        self.editingFinished.connect(self._explain_clamp)

    # --- text <-> value ---------------------------------------------------------------------
    def textFromValue(self, value: float) -> str:
        return number_text(format_number(value), self.locale())

    def valueFromText(self, text: str) -> float:
        try:
            typed = float(f"{float(typed_number(text, self.locale())):.{TYPED_DIGITS}g}")
        except ValueError:
            return self.value()
        self._typed = typed
        return min(max(typed, self.minimum()), self.maximum())

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        stripped = typed_number(text, self.locale())
        if not _NUMBER.fullmatch(stripped):
            return QValidator.State.Invalid, text, pos
        try:
            value = float(stripped)
        except ValueError:  # "", "-", "1e": still being typed
            return QValidator.State.Intermediate, text, pos
        if not math.isfinite(value):
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos

    def _explain_clamp(self) -> None:
        typed, self._typed = self._typed, None
        if typed is not None and not math.isclose(typed, self.value(), rel_tol=1e-9):
            lo, hi, shown = (number_text(format_number(v), self.locale())
                             for v in (self.minimum(), self.maximum(), typed))
            self.sigNotice.emit(translate("PresetSpinBox", "{typed} is outside {low} … {high}: "
                                          "using {used}").format(typed=shown, low=lo, high=hi,
                                                                 used=self.text()))

    # --- stepping through the presets -------------------------------------------------------
    def stepBy(self, steps: int) -> None:
        value, tol = self.value(), 1e-9 * max(abs(self.value()), 1e-300)
        if steps > 0:
            above = [p for p in self._presets if p > value + tol]
            target = above[min(steps, len(above)) - 1] if above else self.maximum()
        else:
            below = [p for p in self._presets if p < value - tol]
            target = below[-min(-steps, len(below))] if below else self.minimum()
        self.setValue(target)
        self.selectAll()


class LogRateControl(QWidget):
    """A log-scale slider plus an editable value box, e.g. for the learning rate.

    The slider moves in ``steps_per_decade`` steps per factor of ten, rounded to two
    significant digits; the box's arrows step through 1-3-10 presets; any value in range can
    be typed. ``valueChanged`` is emitted once per change, whichever part made it.
    """

    valueChanged = Signal(float)

    def __init__(self, minimum: float = 1e-5, maximum: float = 10.0,
                 steps_per_decade: int = 20, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spd = steps_per_decade
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(self._position(minimum), self._position(maximum))
        self.slider.setPageStep(steps_per_decade // 2)
        self.slider.setMinimumWidth(60)
        self.spin = PresetSpinBox(log_grid(minimum, maximum), minimum, maximum)
        self.spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("0.0003") + 40)
        self.note = caption("")
        self.note.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.note)
        self.slider.valueChanged.connect(self._slider_moved)
        self.spin.valueChanged.connect(self._spin_changed)
        self.spin.sigNotice.connect(self._show_note)

    def _position(self, value: float) -> int:
        return round(self._spd * math.log10(value))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Its parts are named after the control: its own accessible name, else the label
        whose buddy it or its box is (a form's row label), for a screen reader."""
        super().showEvent(event)
        name = self.accessibleName()
        if not name:
            window = self.window()
            labels = [] if window is None else window.findChildren(QLabel)
            name = next((label.text() for label in labels
                         if label.buddy() in (self, self.spin)), "")
        name = name.replace("&", "").rstrip(": ")
        if name and not self.spin.accessibleName():
            self.spin.setAccessibleName(name)
            self.slider.setAccessibleName(translate("LogRateControl", "{name} slider")
                                          .format(name=name))

    def value(self) -> float:
        return self.spin.value()

    def setValue(self, value: float) -> None:
        """Show ``value`` (clamped to the range); emits ``valueChanged`` if it changed."""
        old = self.value()
        with signals_blocked([self.slider, self.spin]):
            self.spin.setValue(value)
            self.slider.setValue(self._position(self.spin.value()))
        if self.value() != old:
            self.valueChanged.emit(self.value())

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.slider.setToolTip(text)
        self.spin.setToolTip(text)

    def _slider_moved(self, position: int) -> None:
        value = nice(10.0 ** (position / self._spd))
        with signals_blocked([self.spin]):
            self.spin.setValue(value)
        self._show_note("")
        self.valueChanged.emit(self.spin.value())

    def _spin_changed(self, value: float) -> None:
        with signals_blocked([self.slider]):
            self.slider.setValue(self._position(value))
        self._show_note("")
        self.valueChanged.emit(value)

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


@contextmanager
def signals_blocked(objects: Iterable[QObject]) -> Iterator[None]:
    """Block the signals of ``objects`` while showing a value (no feedback loops)."""
    blockers = [QSignalBlocker(o) for o in objects]
    try:
        yield
    finally:
        for blocker in blockers:
            blocker.unblock()


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, str]]) -> None:
    """Replace a combo's items by ``(data, label)`` pairs, keeping the selection if possible."""
    current = combo.currentData()
    combo.clear()
    for data, label in items:
        combo.addItem(label, data)
    select_data(combo, current)


def select_data(combo: QComboBox, data: object) -> None:
    """Select the item whose data is ``data`` (no selection if there is none)."""
    combo.setCurrentIndex(combo.findData(data))


def combo_data(combo: QComboBox) -> list[object]:
    """Every item's data, in order."""
    return [combo.itemData(i) for i in range(combo.count())]


def caption(text: str) -> QLabel:
    """A small, muted explanatory line."""
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText,
                     palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    relative_font(label, 0.9)  # follows the projector scale (``zoom``)
    return label


FEATURE_BUTTON_STYLE = """
QToolButton { border: 1px solid palette(mid); border-radius: 3px; padding: 2px 6px;
              background: palette(button); }
QToolButton:checked { background: #0072B2; color: white; border-color: #005A8C; }
QToolButton:focus { border: 2px solid palette(highlight); }
"""


def toggle_style() -> str:
    """Style sheet that makes checked tool buttons unmistakable (filled) and focus visible."""
    return FEATURE_BUTTON_STYLE


def error_label() -> QLabel:
    """An inline error line, hidden while it has no text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #D55E00;")
    label.hide()
    return label


# --- editors for declared hyper-parameters ----------------------------------------------------
def spin_range(param: Param, decimals: int) -> tuple[float, float]:
    """The closed range a spin box showing ``decimals`` decimals can offer for ``param``: an
    open end moves in by one step of the last decimal."""
    tick = 10.0**-decimals
    low = max(param.low, -MAX_SPIN_FLOAT) + (tick if param.low_open else 0.0)
    high = min(param.high, MAX_SPIN_FLOAT) - (tick if param.high_open else 0.0)
    return low, high


def param_editor(param: Param, text: str | None = None) -> QWidget:
    """An editor for ``param`` with its declared range: a check box (``text`` is its label),
    a whole-number spin box, a log-scale rate control, a preset spin box or a float spin box.
    All have ``valueChanged`` (or ``toggled``) and ``setValue`` (or ``setChecked``)."""
    if param.kind == "bool":
        return QCheckBox(translate("TrainingPanel", param.label) if text is None else text)
    if param.kind == "int":
        spin = QSpinBox()
        spin.setRange(int(param.low), min(int(param.high), MAX_SPIN_INT))
        spin.setSuffix(translate("TrainingPanel", param.ui_suffix) if param.ui_suffix else "")
        spin.setKeyboardTracking(False)
        return spin
    if param.ui_log:
        return LogRateControl(*spin_range(param, PRESET_DECIMALS))
    if not param.ui_step and param.ui_presets:
        return PresetSpinBox(param.ui_presets, *spin_range(param, PRESET_DECIMALS))
    compact = CompactSpinBox()
    compact.setDecimals(param.ui_decimals)
    compact.setRange(*spin_range(param, param.ui_decimals))
    compact.setSingleStep(param.ui_step or 10.0**-param.ui_decimals)
    compact.setSuffix(translate("TrainingPanel", param.ui_suffix) if param.ui_suffix else "")
    compact.setKeyboardTracking(False)
    return compact


def with_mnemonic(label: str, taken: set[str]) -> str:
    """``label`` with an ``&`` before a letter not in ``taken`` (which it then joins): a word's
    first letter if one is free, else any ASCII letter or digit; unchanged if none is."""
    words = [i for i, c in enumerate(label) if c.isascii() and c.isalnum()
             and (i == 0 or not label[i - 1].isalnum())]
    rest = [i for i, c in enumerate(label) if c.isascii() and c.isalnum()]
    for i in words + rest:
        key = label[i].lower()
        if key not in taken:
            taken.add(key)
            return f"{label[:i]}&{label[i:]}"
    return label
