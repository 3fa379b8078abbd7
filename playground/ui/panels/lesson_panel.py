"""The Lesson panel: a lesson's step (its Markdown text, rendered by Qt), Back / Next, the
progress through the steps, the step's goal with a ✓ once it is met, the hints revealed so far
and Show answer. It only shows what ``ui.lessons.LessonController`` tells it and
reports the buttons as signals.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from playground.ui.i18n import translate

# how a goal's operators read in the panel
_READABLE = ((">=", "≥"), ("<=", "≤"), ("!=", "≠"), ("==", "="))
WIDTH = 290  # the panel's width at 1280 × 800: the canvas keeps its square


def readable_goal(text: str) -> str:
    """A goal as a learner reads it: ``test_accuracy >= 0.95`` -> ``test accuracy ≥ 0.95``."""
    for op, sign in _READABLE:
        text = text.replace(op, sign)
    return re.sub(r"(?<=[a-z])_(?=[a-z])", " ", text)


def _value(v: float) -> str:
    if not math.isfinite(v):
        return "—"
    return f"{v:.0f}" if float(v).is_integer() and abs(v) < 1e9 else f"{v:.4g}"


class LessonPanel(QWidget):
    """sigBack, sigNext, sigHint, sigAnswer: the buttons."""

    sigBack = Signal()
    sigNext = Signal()
    sigHint = Signal()
    sigAnswer = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")  # untranslated: style sheet
        self.progress = QLabel()
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.goal = QLabel()
        self.goal.setWordWrap(True)
        self.goal_values = QLabel()
        self.goal_values.setWordWrap(True)
        self.goal_values.setStyleSheet("color: palette(mid)")  # untranslated: style sheet
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.back = QPushButton(translate("LessonPanel", "◀ &Back"))
        self.next = QPushButton(translate("LessonPanel", "&Next ▶"))
        self.hint = QPushButton(translate("LessonPanel", "H&int"))
        self.answer = QPushButton(translate("LessonPanel", "Show ans&wer"))
        self.back.setToolTip(translate("LessonPanel", "The step before this one"))
        self.next.setToolTip(translate("LessonPanel", "The next step (its settings apply; Undo "
                                       "takes them back)"))
        self.hint.setToolTip(translate("LessonPanel", "Reveal the next hint of this step"))
        self.answer.setToolTip(translate("LessonPanel", "Apply the settings that reach this "
                                         "step's goal (Undo takes them back)"))
        self.text.setAccessibleName(translate("LessonPanel", "Lesson step"))
        self.text.setAccessibleDescription(translate("LessonPanel", "The text of the lesson's "
                                                     "current step"))
        for button, signal in ((self.back, self.sigBack), (self.next, self.sigNext),
                               (self.hint, self.sigHint), (self.answer, self.sigAnswer)):
            button.clicked.connect(signal.emit)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.back)
        top.addWidget(self.next)
        buttons = QGridLayout()
        buttons.addWidget(self.hint, 0, 0)
        buttons.addWidget(self.answer, 0, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.title)
        box.addLayout(top)
        box.addWidget(self.text, 1)
        box.addWidget(self.goal)
        box.addWidget(self.goal_values)
        box.addWidget(self.hints)
        box.addLayout(buttons)
        self.met = False
        self._goal_text = ""
        self.setMinimumWidth(WIDTH - 40)

    def show_step(self, title: str, number: int, count: int, markdown: str,
                  goal: str | None, hints: list[str], more_hints: bool,
                  has_answer: bool) -> None:
        """Step ``number`` of ``count``: its text, goal (None: none), the hints shown so far."""
        self.title.setText(title)
        self.progress.setText(translate("LessonPanel", "Step {number} of {count}").format(
            number=number, count=count))
        self.text.setMarkdown(markdown)
        self.back.setEnabled(number > 1)
        self.next.setEnabled(number < count)
        self.goal.setVisible(goal is not None)
        self.goal_values.setVisible(goal is not None)
        self._goal_text = readable_goal(goal) if goal is not None else ""
        self.show_goal(False, {})
        self.hints.setVisible(bool(hints))
        hint = translate("LessonPanel", "Hint {number}: {hint}")
        self.hints.setText("\n".join(hint.format(number=k, hint=h.strip()) for k, h in
                                     enumerate(hints, start=1)))
        self.hint.setEnabled(more_hints)
        self.answer.setEnabled(has_answer)

    def show_goal(self, met: bool, values: dict[str, float]) -> None:
        """The goal with ✓ when ``met``; ``values``: the metrics it reads, now."""
        self.met = met  # what the ✓ shows
        mark = "✓" if met else "○"
        self.goal.setText(translate("LessonPanel", "<b>Goal</b> {mark} {goal}").format(
            mark=mark, goal=self._goal_text))
        self.goal.setStyleSheet("color: #1a7f37" if met else "")  # untranslated: style sheet
        self.goal.setToolTip(translate("LessonPanel", "Met") if met else
                             translate("LessonPanel", "Not met yet"))
        self.goal_values.setText(", ".join(f"{readable_goal(k)} {_value(v)}"
                                           for k, v in values.items()))
