"""The lab notebook's window (Train ▸ Lab notebook…): its rows in a table, Repeat with N
seeds, and the CSV and Markdown exports.

The rows are the session model's ``notebook`` (``session.notebook``: its recorder adds a row
whenever a run ends); the table follows it as rows arrive or a session is opened. **Repeat
with N seeds** trains the window's configuration on its points with the network seeds S..S+N-1
(``training.compare.seed_configs``), each in a background process (``BackgroundJobs``, polled
by a timer, as the Compare dialog does), and adds one row of their mean ± sd
(``session.notebook.repeat_row``). Cancel, or closing the dialog, ends the jobs.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from playground.data.atomic import atomic_write_text
from playground.errors import PlaygroundError
from playground.session.notebook import (
    FIGURES,
    LabNotebook,
    NotebookRow,
    figure_text,
    repeat_row,
)
from playground.training.background import BackgroundJobs
from playground.training.compare import MAX_SEEDS, CompareResult, background_job, seed_configs
from playground.training.config import TrainConfig
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate, translate_noop

POLL_MS = 50
DEFAULT_SEEDS = 5  # "run it 4-5 times after Reset"
DEFAULT_EPOCHS = 200  # a repeat's epochs before any run was recorded
MAX_EPOCHS = 100_000
# a repeat's changes when nothing changed; untranslated: kept in the notebook and its CSV and
# Markdown files, as the changes ``session.notebook`` writes
REPEATED = "the same configuration"  # untranslated: stored, as above
HEADERS = (translate_noop("NotebookTable", "Changes"), translate_noop("NotebookTable", "Seed"),
           translate_noop("NotebookTable", "Epochs"), translate_noop("NotebookTable", "Seconds"),
           translate_noop("NotebookTable", "Train loss"),
           translate_noop("NotebookTable", "Test loss"),
           translate_noop("NotebookTable", "Train accuracy"),
           translate_noop("NotebookTable", "Test accuracy"), "R²")
_Index = QModelIndex | QPersistentModelIndex


class NotebookTable(QAbstractTableModel):
    """The notebook's rows, one line each, the figures as "mean ± sd" for a repeat."""

    def __init__(self, notebook: LabNotebook) -> None:
        super().__init__()
        self.notebook = notebook
        notebook.subscribe(lambda _row: self.refresh())

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        return 0 if parent.isValid() else len(self.notebook.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return translate("NotebookTable", HEADERS[section])
        return str(section + 1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.notebook.rows[index.row()]
        return cell_text(row, index.column())


def cell_text(row: NotebookRow, column: int) -> str:
    if column == 0:
        return row.changes if row.kind == "run" else translate(
            "NotebookTable", "{changes} ({seeds} seeds)").format(changes=row.changes,
                                                                 seeds=row.seeds)
    if column == 1:
        return str(row.seed) if row.seeds == 1 else f"{row.seed}..{row.seed + row.seeds - 1}"
    if column == 2:
        return str(row.epochs)
    if column == 3:
        return f"{row.seconds:.1f}"
    return figure_text(row, FIGURES[column - 4])


class NotebookDialog(QDialog):
    """Non-modal. ``max_workers``: background processes at once (default: the cores)."""

    def __init__(self, document: Document, parent: QWidget | None = None,
                 max_workers: int | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.notebook = document.model.notebook
        self.max_workers = max_workers
        self.setWindowTitle(translate("NotebookDialog", "Lab notebook"))
        self.setModal(False)
        self.jobs: BackgroundJobs | None = None
        self.config: TrainConfig | None = None  # the configuration being repeated
        self.results: list[CompareResult] = []
        self.errors: list[str] = []
        self._ids: dict[int, int] = {}  # job -> seed index
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

        layout = QVBoxLayout(self)
        intro = QLabel(translate("NotebookDialog", "Every run, from Play to the pause or stop "
                                                   "that ends it, adds a row: what changed since "
                                                   "the run before, and how it ended."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table_model = NotebookTable(self.notebook)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(translate("NotebookDialog", "Runs"))
        self.table.setAccessibleDescription(translate("NotebookDialog",
                                                      "A row per run: what changed and how it "
                                                      "ended"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.table_model.modelReset.connect(self.table.scrollToBottom)
        self.table_model.modelReset.connect(self._suggest_epochs)

        repeat = QHBoxLayout()
        self.repeat_button = QPushButton(translate("NotebookDialog", "&Repeat with N seeds"))
        self.repeat_button.setToolTip(translate("NotebookDialog",
                                                "Train the current configuration again with the "
                                                "network seeds S, S+1, ..., in background "
                                                "processes, and add their mean ± sd"))
        self.repeat_button.clicked.connect(self.repeat)
        self.seeds_box = QSpinBox()
        self.seeds_box.setRange(2, MAX_SEEDS)
        self.seeds_box.setValue(DEFAULT_SEEDS)
        self.seeds_box.setPrefix("N = ")  # untranslated: a symbol
        self.seeds_box.setAccessibleName(translate("NotebookDialog", "Seeds"))
        self.seeds_box.setToolTip(translate("NotebookDialog", "How many seeds"))
        self.epochs_box = QSpinBox()
        self.epochs_box.setRange(1, MAX_EPOCHS)
        self.epochs_box.setSuffix(translate("NotebookDialog", " epochs"))
        self.epochs_box.setAccessibleName(translate("NotebookDialog", "Epochs"))
        self.epochs_box.setToolTip(translate("NotebookDialog", "Epochs each run trains (at "
                                                               "most: the stop rules apply)"))
        self.cancel_button = QPushButton(translate("NotebookDialog", "Cancel"))
        self.cancel_button.setToolTip(translate("NotebookDialog", "Stop the repeated runs"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.repeat_button, self.seeds_box, self.epochs_box,
                       self.cancel_button):
            repeat.addWidget(widget)
        repeat.addStretch(1)
        self.csv_button = QPushButton(translate("NotebookDialog", "Export &CSV…"))
        self.csv_button.setToolTip(translate("NotebookDialog", "Write the notebook as a CSV "
                                                               "file"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.markdown_button = QPushButton(translate("NotebookDialog", "Export &Markdown…"))
        self.markdown_button.setToolTip(translate("NotebookDialog", "Write the notebook as a "
                                                                    "Markdown table"))
        self.markdown_button.clicked.connect(lambda: self.export("md"))
        repeat.addWidget(self.csv_button)
        repeat.addWidget(self.markdown_button)
        layout.addLayout(repeat)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.resize(820, 420)
        self._suggest_epochs()

    @property
    def running(self) -> bool:
        return self.jobs is not None

    def _suggest_epochs(self) -> None:
        """A repeat trains as long as the latest run did (the window's epoch before any)."""
        if self.running:
            return
        rows = self.notebook.rows
        epochs = rows[-1].epoch if rows else self.document.model.epoch
        self.epochs_box.setValue(max(1, min(epochs or DEFAULT_EPOCHS, MAX_EPOCHS)))

    # --- repeat -------------------------------------------------------------------------------
    def repeat(self) -> None:
        if self.running:
            return
        config, points = self.document.config, self.document.points
        try:
            configs = seed_configs(config, self.seeds_box.value())
        except PlaygroundError as exc:
            # the error's text is English, from below ui/ (as the command line words it)
            self.status.setText(str(exc).replace("--seeds", "N").replace(
                "--seed", "the seed"))  # untranslated: mends the English error's wording
            return
        self.config, self.results, self.errors = config, [], []
        epochs = self.epochs_box.value()
        self.jobs = BackgroundJobs(self.max_workers)
        self._ids = {self.jobs.submit(background_job, c, points, epochs): k
                     for k, c in enumerate(configs)}
        self._started = time.perf_counter()
        self._set_running(True)
        self.status.setText(translate("NotebookDialog", "Training {runs} runs of {epochs} epochs "
                                                        "(seeds {first}..{last})…").format(
            runs=len(configs), epochs=epochs, first=config.seed,
            last=config.seed + len(configs) - 1))
        self._timer.start()

    def poll(self) -> None:
        if self.jobs is None:
            return
        for event in self.jobs.poll():
            k = self._ids.pop(event.job, None)
            if k is None or event.kind == "progress":
                if k is not None:
                    self._ids[event.job] = k
                continue
            if event.kind == "done":
                self.results.append(event.value)
            else:
                self.errors.append(translate("NotebookDialog", "seed {seed}: {error}").format(
                    seed=self.config.seed + k if self.config else k, error=event.value))
        if not self._ids:
            self._finish()

    def _finish(self) -> None:
        self._stop_jobs()
        config = self.config
        seconds = time.perf_counter() - self._started
        results = sorted(self.results, key=lambda r: r.config.seed)
        sentences = []
        if results and config is not None:
            changes = self.notebook.changes_to(config) or REPEATED
            self.notebook.add(repeat_row(results, changes), config)
            sentences.append(translate("NotebookDialog", "Added the mean ± sd of {runs} runs "
                                                         "({seconds} s).").format(
                runs=len(results), seconds=f"{seconds:.1f}"))
        diverged = [r.config.seed for r in results if r.message is not None]
        if diverged:
            sentences.append(translate("NotebookDialog", "Diverged (counted with their last good "
                                                         "figures): seeds {seeds}.").format(
                seeds=", ".join(map(str, diverged))))
        if self.errors:
            sentences.append(translate("NotebookDialog", "Failed: {errors}").format(
                errors="; ".join(self.errors)))
        self.status.setText(" ".join(sentences))

    def cancel(self) -> None:
        if self.running:
            self._stop_jobs()
            self.status.setText(translate("NotebookDialog", "Cancelled."))

    def _stop_jobs(self) -> None:
        self._timer.stop()
        if self.jobs is not None:
            self.jobs.cancel()
        self.jobs = None
        self._ids = {}
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.repeat_button.setEnabled(not running)
        self.seeds_box.setEnabled(not running)
        self.epochs_box.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        self.cancel()
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        self.cancel()
        super().reject()

    # --- export -------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        """Ask where, then write the rows as CSV (``kind`` "csv") or a Markdown table."""
        if kind == "csv":
            title = translate("NotebookDialog", "Export the notebook as CSV")
            filters = translate("NotebookDialog", "CSV files (*.csv)")
            name, suffix = "notebook.csv", ".csv"  # untranslated: a file name
        else:
            title = translate("NotebookDialog", "Export the notebook as Markdown")
            filters = translate("NotebookDialog", "Markdown files (*.md)")
            name, suffix = "notebook.md", ".md"  # untranslated: a file name
        path, _ = QFileDialog.getSaveFileName(self, title, name, filters)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        text = self.notebook.to_csv() if kind == "csv" else self.notebook.to_markdown()
        try:
            atomic_write_text(path, text)
        except PlaygroundError as exc:
            self.status.setText(translate("NotebookDialog", "The notebook was not written: "
                                                            "{error}").format(error=exc))
            return
        n = len(self.notebook)
        self.status.setText(translate("NotebookDialog", "%n row(s) written to {path}.", n=n
                                      ).format(path=path))
