"""Help ▸ Lessons…: the built-in lessons to choose from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.lessons.lesson import Lesson
from playground.ui.i18n import translate


class LessonsDialog(QDialog):
    """Help ▸ Lessons…: the built-in lessons, one line each; Open (or a double click) picks."""

    def __init__(self, lessons: list[Lesson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LessonsDialog", "Lessons"))
        self.list = QListWidget()
        for lesson in lessons:
            item = QListWidgetItem(translate("LessonsDialog", "{title}  (%n step(s))",
                                             n=len(lesson.steps)).format(title=lesson.title))
            item.setData(Qt.ItemDataRole.UserRole, lesson.id)
            item.setToolTip(lesson.summary or lesson.title)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setAccessibleName(translate("LessonsDialog", "Lessons"))
        self.list.setAccessibleDescription(translate("LessonsDialog", "The lessons that come with "
                                                     "Playground: Open (or a double click) "
                                                     "starts the one chosen"))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Open).setToolTip(translate(
            "LessonsDialog", "Open the lesson chosen in the list"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(translate(
            "LessonsDialog", "Close without opening a lesson"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.list)
        box.addWidget(buttons)
        # every title whole: the list as wide as its longest line (the dialog stays on screen)
        frame = 2 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width()
        self.list.setMinimumWidth(min(self.list.sizeHintForColumn(0) + frame + 8, 900))
        self.list.setMinimumHeight(min(self.list.sizeHintForRow(0) * self.list.count()
                                       + 2 * self.list.frameWidth() + 4, 480))

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))
