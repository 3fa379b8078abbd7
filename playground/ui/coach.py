"""The coach in the window: one line of advice above the loss curves, with a ✕ to dismiss it.

``CoachController`` feeds each live snapshot to a ``session.coach.Coach`` and shows the first
advice not dismissed. Dismissing keeps that rule quiet for the rest of the run (a reset or new
weights re-arms it). View ▸ Coach turns it on or off (remembered in the settings, on by
default); in classroom mode it is quiet unless the lesson followed says ``coach = true``.

The rules about the inside of the network read a diagnostics ``Inspection``: while the coach
is on and training moves on, it asks for one about once a second (``PULSE_MS``) through
``InsideViews.set_coach_diagnostics`` and lets go when it has arrived, so the training process
inspects at most once a second on the coach's behalf (the diagnostics dock, when shown, asks
for more on its own).

The advice is shown in the window's language: its template translated in the ``Coach``
context, with its numbers written with the language's decimal point and activations by their
(translated) labels (``advice_text``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from playground.engine.activations import ACTIVATIONS
from playground.session.coach import ACTIVATION, NUMBER, Advice, Coach, Value
from playground.training.protocol import Snapshot
from playground.ui.actions import ActionSpec
from playground.ui.controllers.inside import InsideViews
from playground.ui.i18n import number_text, translate

SETTINGS_KEY = "view/coach"
PULSE_MS = 1000  # the coach asks for diagnostics at most this often
MAX_LINES = 3  # of a hint in view at once; more scroll


def advice_text(advice: Advice) -> str:
    """``advice`` in the window's language (in English when its translation's placeholders
    do not fit: a hint is never lost to a slip in a catalogue)."""
    values = {v.name: _value_text(v) for v in advice.values}
    try:
        return translate("Coach", advice.template).format(**values)
    except (KeyError, IndexError, ValueError):
        return advice.template.format(**values)


def _value_text(value: Value) -> str:
    if value.kind == NUMBER:
        return number_text(value.text)
    if value.kind == ACTIVATION and value.text in ACTIVATIONS:
        return translate("Activations", ACTIVATIONS[value.text].label)
    return value.text


class CoachBar(QFrame):
    """A one-line bar: the advice's text and a ✕ that dismisses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coach-bar")  # untranslated: object name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        # a long hint wraps rather than widening the window
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # up to MAX_LINES in view; a longer hint (large text, a narrow pane) scrolls, never cut
        self.text_area = QScrollArea()
        self.text_area.setWidget(self.label)
        self.text_area.setWidgetResizable(True)
        self.text_area.setFrameShape(QFrame.Shape.NoFrame)
        self.text_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button = QToolButton()
        self.close_button.setText("✕")  # untranslated: a sign
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(translate("CoachBar", "Dismiss: this hint stays quiet until "
                                               "training starts again from new weights"))
        self.close_button.setAccessibleName(translate("CoachBar", "Dismiss the hint"))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 2, 2)
        # the style's information icon: an emoji would be a box where no font has it
        icon = QLabel()
        size = self.label.fontMetrics().height()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        icon.setToolTip(translate("CoachBar", "The coach (View ▸ Coach turns it off)"))
        row.addWidget(icon)
        row.addWidget(self.text_area, 1)
        row.addWidget(self.close_button)
        self.hide()

    def set_text(self, text: str) -> None:
        """Show ``text`` (and say it in the tool tip)."""
        self.label.setText(text)
        self.setToolTip(text)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the projector scale
            self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the text wrapped at the bar's width, up to ``MAX_LINES`` lines."""
        width = self.text_area.viewport().width()
        need = self.label.heightForWidth(width) if width > 0 else self.label.sizeHint().height()
        cap = MAX_LINES * self.label.fontMetrics().lineSpacing() + 6  # room for descenders
        self.text_area.setFixedHeight(max(1, min(need, cap)))


class CoachController(QObject):
    """The coach's bar (``bar``, placed by the window), its ``view.coach`` action, and the
    advice shown (``shown``: None when the bar is hidden).

    ``allowed`` says whether the coach may speak now (False in classroom mode unless the
    lesson turns it on).
    """

    def __init__(self, inside: InsideViews, settings: QSettings, allowed: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inside = inside
        self.settings = settings
        self.allowed = allowed
        self.coach = Coach()
        self.bar = CoachBar()
        self.bar.close_button.clicked.connect(self.dismiss)
        self.shown: Advice | None = None
        value = settings.value(SETTINGS_KEY, True)
        self.on = value is True or str(value).lower() == "true"
        self.inspected_epoch = -1  # the epoch of the last inspection seen (-1: none this run)
        self._epoch = 0  # the latest snapshot's
        self._timer = QTimer(self)
        self._timer.setInterval(PULSE_MS)
        self._timer.timeout.connect(self._pulse)
        self._timer.start()

    def action_specs(self) -> list[ActionSpec]:
        return [ActionSpec("view.coach", translate("CoachController", "C&oach"), self.set_on,
                           checkable=True, checked=self.on,
                           tip=translate("CoachController", "Plain-language hints while "
                                         "training: dead units, vanishing gradients, "
                                         "divergence, overfitting…"))]

    @property
    def active(self) -> bool:
        return self.on and self.allowed()

    def set_on(self, on: bool) -> None:
        """View ▸ Coach: on or off, remembered in the settings."""
        self.on = bool(on)
        self.settings.setValue(SETTINGS_KEY, self.on)
        if not self.active:
            self.inside.set_coach_diagnostics(False)
        self._show()

    def snapshot_drawn(self, snap: Snapshot) -> None:
        """A live snapshot: follow the run (always, so turning the coach on mid-run knows its
        history) and show what the rules say."""
        self.coach.observe(snap)
        self._epoch = snap.epoch
        if snap.reset:
            self.inspected_epoch = -1
        if snap.inspection is not None:
            self.inspected_epoch = snap.inspection.epoch
            self.inside.set_coach_diagnostics(False)
        self._show()

    def dismiss(self) -> None:
        """✕: the rule shown stays quiet for the rest of this run; the next advice shows."""
        if self.shown is not None:
            self.coach.dismiss(self.shown.rule)
        self._show()

    def place_at_top_of(self, widget: QWidget) -> None:
        """Put the bar at the top of ``widget``'s (vertical box) layout."""
        layout = widget.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.bar)

    def stop(self) -> None:
        self._timer.stop()

    def _pulse(self) -> None:
        """Ask for one inspection when the weights moved on since the last one (and hide the
        bar when the coach may no longer speak: classroom mode entered while paused)."""
        if not self.active:
            if self.bar.isVisible():
                self._show()
            return
        if self._epoch != self.inspected_epoch:
            self.inside.set_coach_diagnostics(True)

    def _show(self) -> None:
        advice = self.coach.advice() if self.active else []
        self.shown = advice[0] if advice else None
        if self.shown is None:
            self.bar.hide()
            return
        self.bar.set_text(advice_text(self.shown))
        self.bar.show()
