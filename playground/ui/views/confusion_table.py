"""A confusion matrix as a small table: rows are the true classes, columns the predicted ones,
each cell the count of points, shaded by the share of its row (so a class with few points
reads as clearly as a big one). The diagonal (right answers) is shaded blue, the rest
vermillion; the headers carry the class names and colours."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from playground.data.points import default_class_name
from playground.pictures.colors import CLASS_COLORS
from playground.ui.i18n import translate

RIGHT_RGB = (0, 114, 178)  # blue: predicted the true class
WRONG_RGB = (213, 94, 0)  # vermillion: predicted another class
MAX_ALPHA = 200  # the shade of a cell that holds its whole row


class ConfusionTable(QTableWidget):
    """Shows a K x K matrix of counts; read-only, no selection."""

    def __init__(self) -> None:
        super().__init__(0, 0)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCornerButtonEnabled(False)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(24)
        self._labels: list[str] = []
        self._shown: np.ndarray | None = None

    def set_labels(self, labels: Sequence[str]) -> None:
        """Name the classes (rows "true", columns "predicted"); sizes the table to them."""
        labels = list(labels)
        if labels == self._labels:
            return
        k = len(labels)
        if k != self.rowCount():
            self.setRowCount(k)
            self.setColumnCount(k)
            self._shown = None
            for i in range(k):
                for j in range(k):
                    item = QTableWidgetItem("")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.setItem(i, j, item)
        self._labels = labels
        self._fit_height()
        self.setVerticalHeaderLabels(labels)
        self.setHorizontalHeaderLabels(labels)
        for i in range(k):
            color = QBrush(QColor(CLASS_COLORS[i % len(CLASS_COLORS)]))
            for header, tip in ((self.verticalHeaderItem(i),
                                 translate("ConfusionTable", "true class: {label}")),
                                (self.horizontalHeaderItem(i),
                                 translate("ConfusionTable", "predicted class: {label}"))):
                if header is not None:
                    header.setForeground(color)
                    header.setToolTip(tip.format(label=labels[i]))

    def _fit_height(self) -> None:
        """Tall enough for every row at the current font (a scrolled or squeezed matrix
        hides the errors); the dock scrolls when the matrix is taller than it."""
        line = self.fontMetrics().height()
        row = max(self.verticalHeader().defaultSectionSize(), line + 8)
        # the header may not have measured the new font yet: a line and its margins at least
        header = max(self.horizontalHeader().sizeHint().height(), line + 12)
        self.setMinimumHeight(header + self.rowCount() * row + 2 * self.frameWidth())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the projector scale
            self._fit_height()
            QTimer.singleShot(0, self, self._fit_height)  # again once the header measured it

    def set_counts(self, counts: np.ndarray) -> None:
        """Show ``counts[i, j]``: points of true class i predicted as j (K x K, K matching the
        labels)."""
        counts = np.asarray(counts, np.int64)
        if self._shown is not None and np.array_equal(counts, self._shown):
            return
        self._shown = counts.copy()
        totals = counts.sum(axis=1)
        for i in range(counts.shape[0]):
            for j in range(counts.shape[1]):
                item = self.item(i, j)
                if item is None:
                    continue
                n = int(counts[i, j])
                share = n / totals[i] if totals[i] else 0.0
                rgb = RIGHT_RGB if i == j else WRONG_RGB
                item.setText(str(n))
                item.setBackground(QBrush(QColor(*rgb, round(MAX_ALPHA * share))))
                item.setToolTip(translate(
                    "ConfusionTable", "%n point(s) of {true} predicted as {predicted} ({share} "
                    "of the row)", n=n).format(true=self._label(i), predicted=self._label(j),
                                               share=f"{share:.0%}"))

    def counts(self) -> np.ndarray:
        """The matrix as shown (read back from the cells; empty cells count 0)."""
        k = self.rowCount()
        out = np.zeros((k, k), np.int64)
        for i in range(k):
            for j in range(k):
                item = self.item(i, j)
                out[i, j] = int(item.text()) if item is not None and item.text() else 0
        return out

    def _label(self, i: int) -> str:
        return self._labels[i] if i < len(self._labels) else default_class_name(i)
