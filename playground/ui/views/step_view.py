"""The step-through view: one training step for one point, page by page.

``StepThroughView(document)`` shows nothing until ``start(point_index)``: it asks the trainer
for its exact state (``Document.state_source``, the weights and the optimizer's running
averages; without one, the session's latest weights), explains that point with
``engine.explain`` and shows the pages of ``step_pages``: the input, the forward pass layer by
layer, the loss, the backward pass layer by layer and the optimizer's update.

→ / ← (or Next / Back, or the breadcrumb's links) move between pages, Escape leaves. Every
page change emits ``sigHighlight(Highlight)`` with the neurons and links of the network
diagram the page is about; leaving emits an empty ``Highlight`` and then ``sigClosed``. The
view changes nothing: the step it shows is not applied to the network.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from playground.errors import PlaygroundError
from playground.ui import theme
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate, translate_noop
from playground.ui.views.step_format import MUTED, esc
from playground.ui.views.step_pages import build_steps
from playground.ui.views.step_situation import (
    Highlight,
    Step,
    StepSituation,
    point_text,
    situation_for,
)

__all__ = ["Highlight", "StepThroughView"]

log = logging.getLogger(__name__)

KIND_NAMES = {"input": translate_noop("StepThroughView", "Input"),
              "forward": translate_noop("StepThroughView", "Forward"),
              "loss": translate_noop("StepThroughView", "Loss"),
              "backward": translate_noop("StepThroughView", "Backward"),
              "update": translate_noop("StepThroughView", "Update")}
# a table cell never wraps (a label or a number on one line: a wide table scrolls sideways)
STYLE = (f"th {{ color: {MUTED}; font-weight: normal; }} "  # untranslated: style sheet
         "td, th { padding: 2px 10px 2px 2px; white-space: nowrap; } p { margin-bottom: 8px; }")
EMPTY = translate_noop("StepThroughView", "Choose a training point to step through one "
                       "training step for it: the forward pass, the loss, backpropagation and "
                       "the optimizer's update, with the numbers.")


class StepThroughView(QWidget):
    """The pages of one point's training step; ``start(point_index)`` begins."""

    sigHighlight = Signal(object)  # Highlight: what the diagram should mark (empty: nothing)
    sigClosed = Signal()  # Escape or Close: the step-through is over
    sigStepChanged = Signal(int)

    def __init__(self, document: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.situation: StepSituation | None = None
        self._steps: list[Step] = []
        self._index = 0
        self._active = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(280)
        self.setAccessibleName(translate("StepThroughView", "Step-through"))
        self.setAccessibleDescription(translate(
            "StepThroughView", "One training step for one point, page by page: → or Page Down "
            "for the next page, ← or Page Up for the previous one, Home and End for the first "
            "and the last, Esc leaves"))

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.crumbs = QLabel()
        self.crumbs.setTextFormat(Qt.TextFormat.RichText)
        self.crumbs.setWordWrap(True)
        self.crumbs.linkActivated.connect(lambda link: self.go(int(link.split(":")[1])))
        self.crumbs.setAccessibleName(translate("StepThroughView", "Steps"))
        self.crumbs.setAccessibleDescription(translate(
            "StepThroughView", "The pages of the step; click one to go to it"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("StepThroughView", "Step explanation"))
        self.browser.setAccessibleDescription(translate(
            "StepThroughView", "What this page of the training step computes, with the numbers"))
        self.browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.browser.setOpenLinks(False)
        # lines break between words only: a number (2.213·10⁻²²) never breaks in two
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.browser.document().setDefaultStyleSheet(STYLE)
        text_font = QFont(self.browser.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.1)
        self.browser.setFont(text_font)
        self.browser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.back_button = QPushButton(translate("StepThroughView", "← Back"))
        self.next_button = QPushButton(translate("StepThroughView", "Next →"))
        self.close_button = QPushButton(translate("StepThroughView", "Close"))
        for button, tip in ((self.back_button, translate("StepThroughView",
                                                         "The previous step (←)")),
                            (self.next_button, translate("StepThroughView", "The next step (→)")),
                            (self.close_button, translate("StepThroughView",
                                                          "Leave the step-through (Esc)"))):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(tip)
        self.back_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        self.close_button.clicked.connect(self.leave)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.title)
        layout.addWidget(self.crumbs)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.show_message(translate("StepThroughView", EMPTY))

    # --- starting ---------------------------------------------------------------------------
    def start(self, point_index: int) -> bool:
        """Step through point ``point_index`` of the document's points, from the trainer's
        exact state; False (with the reason shown) when it cannot."""
        if self.document is None:
            raise RuntimeError("StepThroughView.start needs a document")  # untranslated: a bug
        state = None
        source = self.document.state_source
        if source is not None:
            try:
                state = source()
            except Exception as exc:  # busy or restarting: the session's latest weights
                log.warning("stepping through without the trainer's exact state (%r)", exc)
        try:
            situation = situation_for(self.document.model, point_index, state)
        except PlaygroundError as exc:
            self.show_message(translate("StepThroughView", "Cannot step through point {index}: "
                                        "{reason}").format(index=point_index + 1,
                                                           reason=esc(str(exc))))
            return False
        self.show_situation(situation)
        return True

    def show_situation(self, situation: StepSituation) -> None:
        self.situation = situation
        self.show_steps(build_steps(situation), translate(
            "StepThroughView", "{point}; the network at epoch {epoch}. Nothing changes until "
            "you train.").format(point=point_text(situation), epoch=situation.epoch))

    def show_steps(self, steps: Sequence[Step], header: str = "") -> None:
        self._steps = list(steps)
        self._active = bool(self._steps)
        self.header.setText(header)
        self.header.setVisible(bool(header))
        self.go(0)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, text: str) -> None:
        """No steps: just ``text`` (rich text)."""
        self._steps, self._index, self._active = [], 0, False
        self.header.hide()
        self.title.setText(translate("StepThroughView", "Step through the maths"))
        self.crumbs.clear()
        self.browser.setHtml(f"<p>{text}</p>")
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(False)

    # --- moving -----------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        """Whether steps are shown and not yet left."""
        return self._active

    def step_count(self) -> int:
        """How many pages the shown step has (0: a message, no steps)."""
        return len(self._steps)

    def current_step(self) -> int:
        """The page shown, from 0 (what ``go`` takes and ``sigStepChanged`` reports)."""
        return self._index

    def step(self) -> Step | None:
        """The page shown (None: a message, no steps)."""
        return self._steps[self._index] if self._steps else None

    def go(self, index: int) -> None:
        if not self._steps:
            return
        self._index = max(0, min(index, len(self._steps) - 1))
        step = self._steps[self._index]
        self.title.setText(translate("StepThroughView", "Step {index} of {count}: {title}").format(
            index=self._index + 1, count=len(self._steps), title=step.title))
        self.crumbs.setText(self._crumbs())
        self.browser.setHtml(step.html)
        self.back_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < len(self._steps) - 1)
        self.sigHighlight.emit(step.highlight)
        self.sigStepChanged.emit(self._index)

    def next_step(self) -> None:
        if self.current_step() + 1 < self.step_count():
            self.go(self.current_step() + 1)

    def previous_step(self) -> None:
        if self.current_step() > 0:
            self.go(self.current_step() - 1)

    def leave(self) -> None:
        """Clear the diagram's marks and say the step-through is over (once)."""
        was_active = self._active
        self._active = False
        if was_active:
            self.sigHighlight.emit(Highlight())
        self.sigClosed.emit()

    def _crumbs(self) -> str:
        """``Input › Forward 1 2 3 › Loss › Backward 3 2 1 › Update``, each a link, the
        current one bold."""
        groups: list[tuple[str, list[str]]] = []
        colour = "#7fb2ff" if theme.is_dark() else "#1f5fa8"
        for i, step in enumerate(self._steps):
            text = translate("StepThroughView", KIND_NAMES.get(step.kind, step.kind))
            if step.layer is not None:
                text = str(step.layer + 1)
            link = (f'<a href="step:{i}" style="text-decoration:none; color:{colour}">'
                    f"{text}</a>")
            if i == self._index:
                link = f"<b>{link}</b>"
            if groups and groups[-1][0] == step.kind and step.layer is not None:
                groups[-1][1].append(link)
            else:
                label = translate("StepThroughView", KIND_NAMES.get(step.kind, step.kind))
                groups.append((step.kind, [f"{label} {link}"] if step.layer is not None
                               else [link]))
        return " › ".join(" ".join(links) for _, links in groups)

    # --- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown) and self._steps:
            self.next_step()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp) and self._steps:
            self.previous_step()
        elif key == Qt.Key.Key_Home and self._steps:
            self.go(0)
        elif key == Qt.Key.Key_End and self._steps:
            self.go(self.step_count() - 1)
        elif key == Qt.Key.Key_Escape:
            self.leave()
        else:
            super().keyPressEvent(event)
