"""The training speed control: from a few epochs a second (watchable) to as fast as possible."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from playground.ui.i18n import translate


def _padded(text: str) -> str:
    """A label's text with a space either side (room between the slider and its words)."""
    return f" {text} "


class SpeedControl(QWidget):
    """A slider over ``speeds`` (epochs per second; None = as fast as possible).

    sigSpeedChanged(float | None): the chosen speed.
    """

    sigSpeedChanged = Signal(object)

    def __init__(self, speeds: Sequence[float | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speeds = tuple(speeds)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(_padded(translate("SpeedControl", "Speed")))
        layout.addWidget(label)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, len(self.speeds) - 1)
        self.slider.setValue(len(self.speeds) - 1)
        self.slider.setMaximumWidth(160)
        self.slider.setToolTip(translate("SpeedControl", "From a few epochs a second "
                                         "(watchable) to as fast as possible"))
        label.setBuddy(self.slider)
        self.slider.valueChanged.connect(self._changed)
        layout.addWidget(self.slider)
        self.label = QLabel(_padded(translate("SpeedControl", "max")))
        self.label.setMinimumWidth(70)
        layout.addWidget(self.label)

    def speed(self) -> float | None:
        return self.speeds[self.slider.value()]

    def _changed(self, index: int) -> None:
        speed = self.speeds[index]
        self.label.setText(_padded(translate("SpeedControl", "max") if speed is None else
                                   translate("SpeedControl", "{speed}/s").format(
                                       speed=f"{speed:g}")))
        self.sigSpeedChanged.emit(speed)
