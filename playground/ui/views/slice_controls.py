"""The slice controls under the canvas: which two inputs the axes show, and where every other
input is held.

A table of N > 2 inputs is drawn over a 2-D slice of its input space (``view_frame.ViewFrame``):
two combo boxes choose the inputs on the horizontal and vertical axis, and a slider per other
input sets its value (over the data's range, at the training points' mean at first). The
controls hide themselves for two inputs (and for a 1-D set). ``sigSliceChanged(axes, at)``
tells every change: ``axes`` the two shown columns, ``at`` a raw value per input.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from playground.ui.i18n import translate

STEPS = 200  # slider positions over an input's range
COLUMNS = 2  # sliders side by side
SHOWN_ROWS = 2  # rows of sliders in view; more inputs scroll (the plot keeps its room)


def format_value(value: float) -> str:
    return f"{value:.3g}"


class SliceControls(QWidget):
    """Combo boxes for the two axes and a labelled slider per other input."""

    sigSliceChanged = Signal(object, object)  # axes (int, int), at (tuple of floats)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: tuple[str, ...] = ()
        self._lows: tuple[float, ...] = ()
        self._highs: tuple[float, ...] = ()
        self._at: list[float] = []
        self._axes = (0, 1)
        self._sliders: dict[int, QSlider] = {}
        self._values: dict[int, QLabel] = {}
        self._updating = False
        self.x_axis = QComboBox()
        self.y_axis = QComboBox()
        self.x_axis.setToolTip(translate("SliceControls",
                                         "The input along the canvas's horizontal axis"))
        self.y_axis.setToolTip(translate("SliceControls",
                                         "The input along the canvas's vertical axis"))
        self.x_axis.setAccessibleName(translate("SliceControls", "Input across"))
        self.y_axis.setAccessibleName(translate("SliceControls", "Input up"))
        self.x_axis.currentIndexChanged.connect(lambda i: self._axis_chosen(0, i))
        self.y_axis.currentIndexChanged.connect(lambda i: self._axis_chosen(1, i))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        across = QLabel(translate("SliceControls", "Slice: across"))
        across.setBuddy(self.x_axis)
        top.addWidget(across)
        top.addWidget(self.x_axis)
        up = QLabel(translate("SliceControls", "up"))
        up.setBuddy(self.y_axis)
        top.addWidget(up)
        top.addWidget(self.y_axis)
        top.addStretch(1)
        sliders = QWidget()
        self._grid = QGridLayout(sliders)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(0)
        self._scroll = QScrollArea()
        self._scroll.setWidget(sliders)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its sliders
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self._scroll)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setToolTip(translate(
            "SliceControls", "The canvas shows a slice of a table of more than two inputs: the "
            "two chosen inputs vary across the picture, every other input is held at its "
            "slider's value. Points are faded by their distance from the slice."))
        self.hide()

    # --- what the slice is ----------------------------------------------------------------------
    def axes(self) -> tuple[int, int]:
        return self._axes

    def at(self) -> tuple[float, ...]:
        """A raw value per input (the axis inputs' entries are their means, unused)."""
        return tuple(self._at)

    def names(self) -> tuple[str, ...]:
        return self._names

    def slider(self, column: int) -> QSlider | None:
        """The slider of input ``column`` (None for an axis input or no such input)."""
        return self._sliders.get(column)

    # --- set from outside -----------------------------------------------------------------------
    def set_inputs(self, names: Sequence[str], lows: Sequence[float], highs: Sequence[float],
                   at: Sequence[float], axes: tuple[int, int] = (0, 1)) -> None:
        """New data: inputs ``names`` over ``lows``..``highs``, the slice at ``at`` with
        ``axes`` shown. Fewer than three inputs hide the controls. Emits nothing."""
        self._names = tuple(names)
        self._lows = tuple(float(v) for v in lows)
        self._highs = tuple(float(v) for v in highs)
        self._at = [float(v) for v in at]
        self._axes = axes
        self._updating = True
        try:
            for combo in (self.x_axis, self.y_axis):
                if [combo.itemText(i) for i in range(combo.count())] != list(self._names):
                    combo.clear()
                    combo.addItems(list(self._names))
            if len(self._names) > 2:
                self.x_axis.setCurrentIndex(axes[0])
                self.y_axis.setCurrentIndex(axes[1])
        finally:
            self._updating = False
        self._build()
        self.setVisible(len(self._names) > 2)

    def _build(self) -> None:
        """A labelled slider per input off the axes."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._sliders.clear()
        self._values.clear()
        if len(self._names) <= 2:
            return
        others = [k for k in range(len(self._names)) if k not in self._axes]
        for n, k in enumerate(others):
            row, col = divmod(n, COLUMNS)
            name = QLabel(self._names[k])
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, STEPS)
            slider.setAccessibleName(translate("SliceControls", "{input} (slice)").format(
                input=self._names[k]))
            slider.setToolTip(translate(
                "SliceControls", "Where the slice is taken: {input} from {low} to {high}"
            ).format(input=self._names[k], low=format_value(self._lows[k]),
                     high=format_value(self._highs[k])))
            slider.setValue(self._position(k, self._at[k]))
            value = QLabel(format_value(self._at[k]))
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("−0.000e+00"))
            slider.valueChanged.connect(lambda pos, k=k: self._slid(k, pos))
            self._grid.addWidget(name, row, 3 * col)
            self._grid.addWidget(slider, row, 3 * col + 1)
            self._grid.addWidget(value, row, 3 * col + 2)
            self._sliders[k] = slider
            self._values[k] = value
        # at most ``SHOWN_ROWS`` rows in view, the rest scroll
        rows = min(SHOWN_ROWS, (len(others) + COLUMNS - 1) // COLUMNS)
        row_height = max(self._sliders[others[0]].sizeHint().height(),
                         self._values[others[0]].sizeHint().height())
        self._scroll.setFixedHeight(rows * row_height + 2)
    def set_slice(self, axes: tuple[int, int], at: Sequence[float]) -> bool:
        """Show ``axes`` and hold the others at ``at`` (a session's saved slice); False, and
        nothing changes, when they do not fit the inputs. Emits ``sigSliceChanged``."""
        d = len(self._names)
        if (d <= 2 or len(at) != d or len(set(axes)) != 2
                or not all(0 <= a < d for a in axes)):
            return False
        self.set_inputs(self._names, self._lows, self._highs, at, axes)
        self.sigSliceChanged.emit(self._axes, self.at())
        return True

    # --- the user ---------------------------------------------------------------------------
    def _position(self, k: int, value: float) -> int:
        low, high = self._lows[k], self._highs[k]
        if high <= low:
            return STEPS // 2
        return round(min(max((value - low) / (high - low), 0.0), 1.0) * STEPS)

    def _slid(self, k: int, pos: int) -> None:
        low, high = self._lows[k], self._highs[k]
        value = low + (high - low) * pos / STEPS if high > low else low
        self._at[k] = value
        self._values[k].setText(format_value(value))
        self.sigSliceChanged.emit(self._axes, self.at())

    def _axis_chosen(self, which: int, index: int) -> None:
        if self._updating or index < 0 or index == self._axes[which]:
            return
        axes = list(self._axes)
        other = 1 - which
        if axes[other] == index:  # the other axis showed it: they swap
            axes[other] = axes[which]
        axes[which] = index
        self.set_inputs(self._names, self._lows, self._highs, self._at,
                        (axes[0], axes[1]))
        self.sigSliceChanged.emit(self._axes, self.at())
