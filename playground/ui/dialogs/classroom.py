"""The classroom-mode dialog: a teacher chooses what a lesson hides and which settings it fixes.

The choice is saved with the session, so a student who opens the file sees only what the lesson
needs. Leaving classroom mode (View menu) shows everything again.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from playground.ui.classroom import FIXABLE, SECTIONS, ClassroomSettings
from playground.ui.i18n import translate


class ClassroomDialog(QDialog):
    """Check what to hide and what to fix; ``settings()`` gives the result."""

    def __init__(self, current: ClassroomSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ClassroomDialog", "Classroom mode"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ClassroomDialog", "Choose what students see and what they may "
                                 "change. The choice is saved with the session: whoever opens "
                                 "the file gets this layout."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("ClassroomDialog", "<b>Hide</b>")), 0, 0)
        grid.addWidget(QLabel(translate("ClassroomDialog", "<b>Fix (cannot be changed)</b>")),
                       0, 1)
        self.hide_boxes: dict[str, QCheckBox] = {}
        self.fix_boxes: dict[str, QCheckBox] = {}
        hidden = set(current.hidden) if current else set()
        fixed = set(current.fixed) if current else set()
        for row, (name, text) in enumerate(SECTIONS.items(), start=1):
            shown = translate("ClassroomDialog", text).replace("&", "")
            box = QCheckBox(shown)
            box.setAccessibleName(translate("ClassroomDialog", "Hide {section}").format(
                section=shown))
            box.setToolTip(translate("ClassroomDialog", "Students do not see this part of the "
                                     "window"))
            box.setChecked(name in hidden)
            grid.addWidget(box, row, 0)
            self.hide_boxes[name] = box
        for row, (name, text) in enumerate(FIXABLE.items(), start=1):
            shown = translate("ClassroomDialog", text)
            box = QCheckBox(shown)
            box.setAccessibleName(translate("ClassroomDialog", "Fix {section}").format(
                section=shown))
            box.setToolTip(translate("ClassroomDialog", "Students see these settings but cannot "
                                     "change them"))
            box.setChecked(name in fixed)
            grid.addWidget(box, row, 1)
            self.fix_boxes[name] = box
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def settings(self) -> ClassroomSettings:
        return ClassroomSettings(
            hidden=tuple(n for n, b in self.hide_boxes.items() if b.isChecked()),
            fixed=tuple(n for n, b in self.fix_boxes.items() if b.isChecked()))
