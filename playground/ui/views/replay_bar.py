"""The replay scrubber: a play button, a slider over the run's frames, where it is, how much
memory the replay holds, "Continue from here" and "Leave replay".

It only shows and asks: ``sigFrame(int)`` when the slider moves (by hand or playing),
``sigContinue()`` and ``sigLeave()`` from its buttons; the replay controller does the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from playground.ui.i18n import translate
from playground.ui.status import format_loss

PLAY_INTERVAL_MS = 66  # about 15 frames a second


class ReplayBar(QWidget):
    sigFrame = Signal(int)
    sigContinue = Signal()
    sigLeave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.play_button = QPushButton("▶")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(translate("ReplayBar", "Play the replay from the frame shown"))
        self.play_button.setFixedWidth(36)
        self.play_button.setAccessibleName(translate("ReplayBar", "Play replay"))
        self.play_button.toggled.connect(self._play_toggled)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimumWidth(240)
        self.slider.setToolTip(translate("ReplayBar", "Drag to travel through the run"))
        self.slider.setAccessibleName(translate("ReplayBar", "Replay epoch"))
        self.slider.valueChanged.connect(self.sigFrame)
        self.where = QLabel()
        self.where.setMinimumWidth(220)
        self.memory = QLabel()
        self.memory.setToolTip(translate(
            "ReplayBar", "How the run is kept: a frame every so many epochs, thinned so that "
            "a run of any length fits the memory cap"))
        self.continue_button = QPushButton(translate("ReplayBar", "Continue from here"))
        self.continue_button.setToolTip(translate(
            "ReplayBar", "Train on from exactly the weights of the frame shown (the rest of "
            "the run is dropped; Undo brings it back)"))
        self.continue_button.clicked.connect(self.sigContinue)
        self.leave_button = QPushButton(translate("ReplayBar", "Leave replay"))
        self.leave_button.setToolTip(translate("ReplayBar", "Back to the live network (Esc)"))
        self.leave_button.clicked.connect(self.sigLeave)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        for w in (self.play_button, self.slider, self.where, self.memory,
                  self.continue_button, self.leave_button):
            row.addWidget(w, 1 if w is self.slider else 0)
        self._timer = QTimer(self)
        self._timer.setInterval(PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._advance)

    def set_frames(self, count: int, index: int | None = None) -> None:
        """``count`` frames, showing ``index`` (default: the last)."""
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, count - 1))
        self.slider.setValue(count - 1 if index is None else index)
        self.slider.blockSignals(False)
        self.play_button.setEnabled(count > 1)
        self.continue_button.setEnabled(count > 0)

    def show_position(self, epoch: int, loss: float, last_epoch: int) -> None:
        self.where.setText(translate("ReplayBar", "epoch {epoch} of {last} · loss {loss}").format(
            epoch=f"{epoch:,}", last=f"{last_epoch:,}", loss=format_loss(loss)))

    def show_memory(self, frames: int, every: int, used: int, cap: int, epochs: int) -> None:
        self.memory.setText(translate("ReplayBar", "{frames} over {epochs} · {used} of {cap} MB"
                                      ).format(frames=_frames(frames), epochs=_epochs(epochs),
                                               used=f"{used / 2**20:.1f}",
                                               cap=f"{cap / 2**20:.0f}"))
        self.memory.setToolTip(translate(
            "ReplayBar", "A frame is kept at most every {epochs} (each picture drawn while "
            "training is offered); when the replay would pass its memory cap, every other "
            "frame goes and the spacing doubles, so a run of any length fits."
        ).format(epochs=_epochs(every)))

    def stop(self) -> None:
        self.play_button.setChecked(False)

    def _play_toggled(self, on: bool) -> None:
        self.play_button.setText("⏸" if on else "▶")
        if on:
            if self.slider.value() >= self.slider.maximum():
                self.slider.setValue(0)
            self._timer.start()
        else:
            self._timer.stop()

    def _advance(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.stop()
        else:
            self.slider.setValue(self.slider.value() + 1)


def _frames(n: int) -> str:
    """``1 frame``, ``2 frames``, ``1,000 frames``."""
    return translate("ReplayBar", "{count} frame(s)", n=n).format(count=f"{n:,}")


def _epochs(n: int) -> str:
    """``1 epoch``, ``1,000 epochs``."""
    return translate("ReplayBar", "{count} epoch(s)", n=n).format(count=f"{n:,}")
