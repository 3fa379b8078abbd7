"""The Compare dialog: train 2–6 configurations side by side on the window's points.

It starts from the window's configuration and the variants ``training.compare.
suggest_variants`` proposes (deeper, wider, another activation, another optimizer), all
editable. **Run** trains every row for the same number of epochs on the current points with
the same seed, each in a background process (``training.background.BackgroundJobs``, as many
at once as the machine has cores, training at a lower priority: ``compare.background_job``).
The window keeps drawing while they train: a timer polls them 20 times a second, starts at
most one process per poll, redraws the loss curves 4 times a second in a fixed view, and
nothing heavier than colouring a 64 × 64 heatmap happens on the UI thread. **Cancel** (and
closing the dialog) ends the running jobs at once.

Each result shows its heatmap, test accuracy and loss, and seconds; the loss curves of all of
them share one plot. **Use this one** copies a result's configuration to the window (one undo
step) and, with *with its trained weights* ticked, the weights it trained (and its optimizer's
state) and its loss history, so training in the window continues from them; undo brings back
the window's run (weights, history, replay). It uses nothing of the window but the
document it is given.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground.data.points import PointSet
from playground.errors import ConfigError
from playground.pictures.heatmap import regression_limit
from playground.training.background import BackgroundJobs
from playground.training.compare import CompareResult, background_job, suggest_variants
from playground.training.config import TrainConfig
from playground.ui.dialogs.compare_results import LossCurves, ResultCard
from playground.ui.dialogs.compare_rows import MAX_ROWS, MIN_ROWS, ConfigRows
from playground.ui.layout import fit_to_screen

if TYPE_CHECKING:
    from playground.ui.controllers.document import Document

POLL_MS = 50  # 20 polls a second
CURVES_S = 0.25  # the loss curves follow a run 4 times a second
DEFAULT_EPOCHS = 200
# the dialog's size, fitted to the screen when shown; the least heights of the table and the
# curves leave it under 700 px tall, for a 1280 × 800 screen with a panel and a title bar
DEFAULT_SIZE = QSize(900, 760)
ROWS_MIN_HEIGHT = 110
CURVES_MIN_HEIGHT = 110
MAX_EPOCHS = 100_000


class CompareDialog(QDialog):
    """Non-modal. ``max_workers``: background processes at once (default: the cores)."""

    def __init__(self, document: Document, parent: QWidget | None = None,
                 max_workers: int | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.max_workers = max_workers
        self.setWindowTitle("Compare configurations")
        self.setModal(False)
        self.jobs: BackgroundJobs | None = None
        self.names: list[str] = []
        self.configs: list[TrainConfig] = []
        self.results: list[CompareResult | None] = []
        self.errors: list[str | None] = []
        self.cards: list[ResultCard] = []
        self._job_rows: dict[int, int] = {}  # job -> row
        self._pending: list[tuple[int, tuple[TrainConfig, PointSet, int]]] = []  # to start
        self._stale: set[int] = set()  # rows whose curves have rows not drawn yet
        self._drawn = 0.0
        self._done: list[int] = []
        self._epochs = self._total = 1
        self._task, self._limit = "classification", 1.0
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._build()
        self.reset_rows()

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel("Train several configurations on the window's points, for the same "
                       "number of epochs and with the same seed, and compare them.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows = ConfigRows()
        self.rows.setMinimumHeight(ROWS_MIN_HEIGHT)
        self.rows.sigCountChanged.connect(self._update_buttons)
        layout.addWidget(self.rows)

        controls = QHBoxLayout()
        self.add_button = QPushButton("Add")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Remove the selected row (or the last one)")
        self.remove_button.clicked.connect(self.remove_row)
        self.reset_button = QPushButton("From the window")
        self.reset_button.setToolTip("Start again from the window's configuration and the "
                                     "suggested variants")
        self.reset_button.clicked.connect(self.reset_rows)
        self.epochs_box = QSpinBox()
        self.epochs_box.setRange(1, MAX_EPOCHS)
        self.epochs_box.setValue(DEFAULT_EPOCHS)
        self.epochs_box.setPrefix("epochs ")
        self.run_button = QPushButton("Run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.add_button, self.remove_button, self.reset_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.epochs_box)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        layout.addLayout(controls)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

        self.weights_check = QCheckBox("“Use this one” with its trained weights")
        self.weights_check.setToolTip("Also copy the weights it trained (and its optimizer's "
                                      "state), so the window continues from them")
        header = QHBoxLayout()
        header.addWidget(QLabel("<b>Results</b>"))
        header.addStretch(1)
        header.addWidget(self.weights_check)
        layout.addLayout(header)
        self.card_box = QWidget()
        self.card_layout = QHBoxLayout(self.card_box)
        self.card_layout.setContentsMargins(0, 0, 0, 0)
        self.card_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card_box)
        probe = ResultCard(0, "")
        scroll.setMinimumHeight(probe.sizeHint().height() + 24)  # a card and a scroll bar
        probe.deleteLater()
        layout.addWidget(scroll)
        self.curves = LossCurves()
        self.curves.setMinimumHeight(CURVES_MIN_HEIGHT)
        layout.addWidget(self.curves, 1)
        self.resize(DEFAULT_SIZE)  # or less: ``showEvent`` fits it to the screen
        self._set_running(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if not event.spontaneous():
            fit_to_screen(self)
        super().showEvent(event)

    # --- the rows -----------------------------------------------------------------------------
    def reset_rows(self) -> None:
        """The window's configuration and the suggested variants of it."""
        config = self.document.config
        self.rows.set_rows([("current", config), *suggest_variants(config)])

    def add_row(self) -> None:
        """A suggestion not in the table yet, else a copy of the window's configuration."""
        names = {self.rows.name(r) for r in range(self.rows.rowCount())}
        config = self.document.config
        for name, variant in suggest_variants(config):
            if name not in names:
                self.rows.add_row(name, variant)
                return
        n = 2
        while f"current {n}" in names:
            n += 1
        self.rows.add_row(f"current {n}", config)

    def remove_row(self) -> None:
        selected = self.rows.selectionModel().selectedRows()
        row = selected[0].row() if selected else self.rows.rowCount() - 1
        self.rows.remove_row(row)

    def _update_buttons(self, _count: int = 0) -> None:
        idle = not self.running
        self.add_button.setEnabled(idle and self.rows.rowCount() < MAX_ROWS)
        self.remove_button.setEnabled(idle and self.rows.rowCount() > MIN_ROWS)

    def _set_running(self, running: bool) -> None:
        for widget in (self.rows, self.reset_button, self.epochs_box, self.run_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self._update_buttons()

    # --- running ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return bool(self._pending) or (self.jobs is not None and self.jobs.busy)

    def run(self) -> None:
        """Train every row on the document's points, in background processes."""
        if self.running:
            return
        try:
            rows = self.rows.configs()
        except ConfigError as exc:
            self.status.setText(str(exc))
            return
        points = self.document.points
        epochs = self.epochs_box.value()
        self.names = [name for name, _ in rows]
        self.configs = [self.document.model.fit(config) for _, config in rows]
        n = len(rows)
        self.results, self.errors = [None] * n, [None] * n
        self._done, self._epochs, self._total = [0] * n, epochs, epochs * n
        self._task = points.task
        self._limit = regression_limit(points.values) if points.task == "regression" else 1.0
        self._show_cards()
        self.curves.start(self.names, epochs)
        self._stale.clear()
        self._drawn = 0.0
        self.progress.setValue(0)
        self.status.setText(f"Training {n} configurations for {epochs} epochs on "
                            f"{len(points)} points…")
        self.jobs = BackgroundJobs(self.max_workers)
        self._job_rows = {}
        self._pending = [(i, (config, points, epochs)) for i, config in enumerate(self.configs)]
        self._started = time.perf_counter()
        self._set_running(True)
        self._submit_next()
        self._timer.start()

    def _submit_next(self) -> None:
        """Start one more job if a worker is free: one at a time, each in a poll of its own,
        so the window never waits for several process starts at once."""
        if self.jobs is None or not self._pending:
            return
        if len(self._job_rows) - self._finished() < self.jobs.max_workers:
            i, args = self._pending.pop(0)
            self._job_rows[self.jobs.submit(background_job, *args)] = i

    def _finished(self) -> int:
        return sum(r is not None or e is not None for r, e in zip(self.results, self.errors))

    def _show_cards(self) -> None:
        for card in self.cards:
            self.card_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for i, name in enumerate(self.names):
            card = ResultCard(i, name)
            card.sigUse.connect(self.use)
            self.card_layout.insertWidget(i, card, 0, Qt.AlignmentFlag.AlignTop)
            self.cards.append(card)

    def poll(self) -> None:
        """Take in what the jobs said (the timer calls this ~20 times a second)."""
        if self.jobs is None:
            return
        ended = False
        for event in self.jobs.poll():
            i = self._job_rows.get(event.job)
            if i is None:
                continue
            if event.kind == "progress":
                self._done[i] = event.value.done
                self.cards[i].show_progress(event.value.done, event.value.total)
                self.curves.add_rows(i, event.value.history)
                self._stale.add(i)
                continue
            ended = True
            self._done[i] = self._epochs
            self._stale.discard(i)
            if event.kind == "done":
                result: CompareResult = event.value
                self.results[i] = result
                self.cards[i].show_result(result, self._task, self._limit)
                self.curves.set_history(i, result.history)
            else:
                self.errors[i] = str(event.value)
                self.cards[i].show_error(str(event.value))
        if not ended:  # a result was drawn in this poll: the next job starts in the next one
            self._submit_next()
        now = time.perf_counter()
        if self._stale and now - self._drawn >= CURVES_S:
            for i in self._stale:
                self.curves.redraw(i)
            self._stale.clear()
            self._drawn = now
        self.progress.setValue(round(1000 * sum(self._done) / max(self._total, 1)))
        if not self.running:
            self._finish()

    def _finish(self) -> None:
        self._timer.stop()
        failed = sum(e is not None for e in self.errors)
        seconds = time.perf_counter() - self._started
        text = f"Done in {seconds:.1f} s."
        if failed:
            text += f" {failed} of {len(self.errors)} failed (see their cards)."
        self.status.setText(text)
        self.progress.setValue(self.progress.maximum())
        self._set_running(False)

    def cancel(self) -> None:
        """End every running job now; the results that arrived stay."""
        if self.jobs is None:
            return
        was_running = self.running
        self._pending.clear()
        self.jobs.cancel()
        self._timer.stop()
        if was_running:
            for i, card in enumerate(self.cards):
                if self.results[i] is None and self.errors[i] is None:
                    card.show_cancelled()
            self.status.setText("Cancelled.")
        self._set_running(False)

    # --- using a result -----------------------------------------------------------------------
    def use(self, index: int) -> None:
        """Copy result ``index``'s configuration to the window; if ticked, with its weights
        and loss history, so the window trains on from its run (one undo step either way)."""
        result = self.results[index]
        if result is None:
            return
        name = self.names[index]
        text = f"Use “{name}” from the comparison"
        doc = self.document
        if not self.weights_check.isChecked():
            doc.set_config(result.config, text)
            self.status.setText(f"The window now uses the configuration of “{name}”.")
            return
        if doc.model.fit(result.config).layer_sizes != result.config.layer_sizes:
            doc.set_config(result.config, text)
            self.status.setText(f"The points changed since the comparison: the weights of "
                                f"“{name}” no longer fit; only its configuration was copied.")
            return
        doc.use_run(result.config, result.state, result.history, text)
        self.status.setText(f"The window now uses “{name}” with its trained weights and its "
                            f"loss curve (epoch {result.state.epoch}).")

    # --- closing ------------------------------------------------------------------------------
    def done(self, code: int) -> None:  # Esc, or a button that ends the dialog
        self.cancel()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)
