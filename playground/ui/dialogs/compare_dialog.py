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

With **seeds** above 1 each row trains that many times, with the network seeds S, S+1, ...
(S its own seed; the points stay the same), and its card gives the mean ± sample sd of its
test accuracy and loss. Each result shows its heatmap (of seed S), test accuracy and loss,
and seconds; the loss curves of all of them (seed S) share one plot, and the **Chart** tab
beside it draws the tutorials' bar chart (``pictures.chart``: test accuracy and final training
loss per configuration, ± sd error bars over several seeds), which **Export chart as PNG…**
writes as ``playground compare --chart`` does. **Use this one** copies a result's
configuration (the run with its own seed) to the window (one undo step) and, with *with its
trained weights* ticked, the weights it trained (and its optimizer's state) and its loss
history, so training in the window continues from them; undo brings back the window's run
(weights, history, replay). It uses nothing of the window but the
document it is given.

The rows, the cards and the curves or the chart are the three panes of a vertical splitter:
at first (and until the user moves a line) the cards are shown whole and all alike in height,
the curves and the chart get at least ``CHART_HEIGHT`` and the table the rest, so at 1280 x
800 a run with seeds reads without scrolling.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from playground.data.points import PointSet
from playground.errors import ConfigError, PlaygroundError
from playground.pictures.chart import chart_title, comparison_panels, write_chart
from playground.pictures.heatmap import regression_limit
from playground.training.background import BackgroundJobs
from playground.training.compare import (
    MAX_SEEDS,
    SUMMARY_COLUMNS,
    CompareResult,
    Stat,
    background_job,
    seed_configs,
    suggest_variants,
    summarize,
)
from playground.training.config import TrainConfig
from playground.ui.dialogs.compare_results import LossCurves, ResultCard, ResultChart
from playground.ui.dialogs.compare_rows import MAX_ROWS, MIN_ROWS, ConfigRows
from playground.ui.i18n import translate
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
CURVES_MIN_HEIGHT = 180  # the chart's value labels need a plot this tall to fit
RESULTS_MIN_HEIGHT = 80  # the user may shrink the cards to this; they scroll then
CHART_HEIGHT = 250  # the curves' and the chart's least share of the room before the rows
MAX_EPOCHS = 100_000


class CompareDialog(QDialog):
    """Non-modal. ``max_workers``: background processes at once (default: the cores)."""

    def __init__(self, document: Document, parent: QWidget | None = None,
                 max_workers: int | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.max_workers = max_workers
        self.setWindowTitle(translate("CompareDialog", "Compare configurations"))
        self.setModal(False)
        self.jobs: BackgroundJobs | None = None
        self.names: list[str] = []
        self.configs: list[TrainConfig] = []
        self.results: list[CompareResult | None] = []  # each row's run with its own seed
        self.errors: list[str | None] = []
        self.runs: list[list[CompareResult | None]] = []  # each row's run per seed
        self.summaries: list[dict[str, Stat] | None] = []  # a row's runs, once all ended
        self.cards: list[ResultCard] = []
        self._job_rows: dict[int, tuple[int, int]] = {}  # job -> (row, seed index)
        # jobs to start: (row, seed index, arguments)
        self._pending: list[tuple[int, int, tuple[TrainConfig, PointSet, int]]] = []
        self._stale: set[int] = set()  # rows whose curves have rows not drawn yet
        self._drawn = 0.0
        self._done: dict[tuple[int, int], int] = {}  # epochs done per job
        self._ended: set[tuple[int, int]] = set()  # jobs that answered
        self._seeds = 1
        self._has_test = True
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
        intro = QLabel(translate("CompareDialog", "Train several configurations on the window's "
                                                  "points, for the same number of epochs and "
                                                  "with the same seed, and compare them."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        setup = QWidget()  # the rows and what runs them
        setup_layout = QVBoxLayout(setup)
        setup_layout.setContentsMargins(0, 0, 0, 0)
        self.rows = ConfigRows()
        self.rows.setMinimumHeight(ROWS_MIN_HEIGHT)
        self.rows.sigCountChanged.connect(self._update_buttons)
        setup_layout.addWidget(self.rows, 1)

        controls = QHBoxLayout()
        self.add_button = QPushButton(translate("CompareDialog", "Add"))
        self.add_button.setToolTip(translate("CompareDialog", "Add a row: a suggested variant, "
                                                              "or the window's configuration"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(translate("CompareDialog", "Remove"))
        self.remove_button.setToolTip(translate("CompareDialog",
                                                "Remove the selected row (or the last one)"))
        self.remove_button.clicked.connect(self.remove_row)
        self.reset_button = QPushButton(translate("CompareDialog", "From the window"))
        self.reset_button.setToolTip(translate("CompareDialog",
                                               "Start again from the window's configuration "
                                               "and the suggested variants"))
        self.reset_button.clicked.connect(self.reset_rows)
        self.epochs_box = QSpinBox()
        self.epochs_box.setRange(1, MAX_EPOCHS)
        self.epochs_box.setValue(DEFAULT_EPOCHS)
        self.epochs_box.setPrefix(translate("CompareDialog", "epochs "))
        self.epochs_box.setAccessibleName(translate("CompareDialog", "Epochs"))
        self.epochs_box.setToolTip(translate("CompareDialog",
                                             "How many epochs each configuration trains"))
        self.seeds_box = QSpinBox()
        self.seeds_box.setRange(1, MAX_SEEDS)
        self.seeds_box.setValue(1)
        self.seeds_box.setPrefix(translate("CompareDialog", "seeds "))
        self.seeds_box.setAccessibleName(translate("CompareDialog", "Seeds"))
        self.seeds_box.setToolTip(translate("CompareDialog",
                                            "Train each configuration with this many network "
                                            "seeds (its own, then the next ones) on the same "
                                            "points; the cards and the chart give the mean ± "
                                            "sample standard deviation"))
        self.run_button = QPushButton(translate("CompareDialog", "Run"))
        self.run_button.setToolTip(translate("CompareDialog", "Train every row, each in a "
                                                              "background process"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(translate("CompareDialog", "Cancel"))
        self.cancel_button.setToolTip(translate("CompareDialog", "Stop the runs now; the "
                                                                 "results that arrived stay"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setAccessibleName(translate("CompareDialog", "Progress"))
        self.progress.setAccessibleDescription(translate("CompareDialog",
                                                         "How much of the comparison has run"))
        for button in (self.add_button, self.remove_button, self.reset_button):
            controls.addWidget(button)
        controls.addWidget(self.progress, 1)
        controls.addWidget(self.epochs_box)
        controls.addWidget(self.seeds_box)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        setup_layout.addLayout(controls)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        setup_layout.addWidget(self.status)

        self.weights_check = QCheckBox(translate("CompareDialog",
                                                 "“Use this one” with its trained weights"))
        self.weights_check.setToolTip(translate("CompareDialog",
                                                "Also copy the weights it trained (and its "
                                                "optimizer's state), so the window continues "
                                                "from them"))
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(QLabel(translate("CompareDialog", "<b>Results</b>")))
        header.addStretch(1)
        header.addWidget(self.weights_check)
        results_layout.addLayout(header)
        self.card_box = QWidget()
        self.card_layout = QHBoxLayout(self.card_box)
        self.card_layout.setContentsMargins(0, 0, 0, 0)
        self.card_layout.addStretch(1)
        self.results_area = QScrollArea()
        self.results_area.setWidgetResizable(True)
        self.results_area.setWidget(self.card_box)
        self.results_area.setMinimumHeight(RESULTS_MIN_HEIGHT)
        self.results_area.setAccessibleName(translate("CompareDialog", "Results"))
        self.results_area.setAccessibleDescription(translate(
            "CompareDialog", "One card per configuration: its final losses and accuracy, its "
                             "decision picture, and a button to use it"))
        results_layout.addWidget(self.results_area, 1)
        self.curves = LossCurves()
        self.curves.setMinimumHeight(CURVES_MIN_HEIGHT)
        self.chart = ResultChart()
        self.chart.setMinimumHeight(CURVES_MIN_HEIGHT)
        self.export_button = QPushButton(translate("CompareDialog", "Export chart as PNG…"))
        self.export_button.setToolTip(translate("CompareDialog",
                                                "Write the chart as a PNG, the picture "
                                                "`playground compare --chart` draws"))
        self.export_button.clicked.connect(self.export_chart)
        self.export_button.setEnabled(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.curves, translate("CompareDialog", "Loss curves"))
        self.tabs.addTab(self.chart, translate("CompareDialog", "Chart"))
        self.tabs.setAccessibleName(translate("CompareDialog", "Loss curves and chart"))
        self.tabs.setAccessibleDescription(translate(
            "CompareDialog", "The loss curves of every configuration, or the chart of their "
                             "test accuracy and loss"))
        self.tabs.setTabToolTip(0, translate("CompareDialog",
                                             "Every configuration's loss by epoch"))
        self.tabs.setTabToolTip(1, translate("CompareDialog", "Test accuracy and loss of "
                                                              "every configuration, as bars"))
        self.tabs.setCornerWidget(self.export_button, Qt.Corner.TopRightCorner)
        # the rows, the cards and the curves or the chart one above the other: the user
        # moves the lines between them (``_fit_cards`` splits the room until then)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self._panes = (setup, results_layout, header)
        for widget in (setup, results, self.tabs):
            self.splitter.addWidget(widget)
        self.splitter.setChildrenCollapsible(False)
        for index, stretch in enumerate((0, 0, 1)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.splitterMoved.connect(self._split_moved)
        self._split_by_user = False
        layout.addWidget(self.splitter, 1)
        self._blank = ResultCard(0, "", self)  # how tall a card is before its results
        self._blank.hide()
        self.resize(DEFAULT_SIZE)  # or less: ``showEvent`` fits it to the screen
        self._set_running(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if not event.spontaneous():
            fit_to_screen(self)
        super().showEvent(event)
        self._fit_cards()

    def _split_moved(self, _pos: int, _index: int) -> None:
        self._split_by_user = True

    def _fit_cards(self) -> None:
        """Split the room, unless the user has moved a line: whole cards (with a scroll bar
        below when they are wider than the dialog), the curves or the chart at least
        ``CHART_HEIGHT`` tall, the table of rows the rest (down to its least height; the
        curves and the chart take what the table does not need)."""
        if self._split_by_user:
            return
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        setup, pane, header = self._panes
        tabs, area = self.tabs, self.results_area
        cards = max([self._blank.sizeHint().height()]
                    + [card.sizeHint().height() for card in self.cards])
        wide = self.card_box.minimumSizeHint().width() > area.viewport().width()
        need = (header.sizeHint().height() + pane.spacing() + cards
                + 2 * area.frameWidth()
                + (area.horizontalScrollBar().sizeHint().height() if wide else 0))
        setup_least = setup.minimumSizeHint().height()
        tabs_least = max(tabs.minimumSizeHint().height(), tabs.minimumHeight())
        need = max(min(need, total - setup_least - tabs_least), RESULTS_MIN_HEIGHT)
        rest = total - need
        chart = max(tabs_least, min(CHART_HEIGHT, rest - setup_least))
        top = min(rest - chart, setup.sizeHint().height())
        self.splitter.setSizes([top, need, rest - top])

    # --- the rows -----------------------------------------------------------------------------
    def reset_rows(self) -> None:
        """The window's configuration and the suggested variants of it."""
        config = self.document.config
        # untranslated: a row's name, like suggest_variants' names (the chart and CSV too)
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
        while f"current {n}" in names:  # untranslated: a row's name, as above
            n += 1
        self.rows.add_row(f"current {n}", config)  # untranslated: a row's name, as above

    def remove_row(self) -> None:
        selected = self.rows.selectionModel().selectedRows()
        row = selected[0].row() if selected else self.rows.rowCount() - 1
        self.rows.remove_row(row)

    def _update_buttons(self, _count: int = 0) -> None:
        idle = not self.running
        self.add_button.setEnabled(idle and self.rows.rowCount() < MAX_ROWS)
        self.remove_button.setEnabled(idle and self.rows.rowCount() > MIN_ROWS)

    def _set_running(self, running: bool) -> None:
        for widget in (self.rows, self.reset_button, self.epochs_box, self.seeds_box,
                       self.run_button):
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
        seeds = self.seeds_box.value()
        configs = [self.document.model.fit(config) for _, config in rows]
        try:
            runs = [seed_configs(config, seeds) for config in configs]
        except ConfigError as exc:
            self.status.setText(str(exc))
            return
        self.names = [name for name, _ in rows]
        self.configs = configs
        n = len(rows)
        self.results, self.errors = [None] * n, [None] * n
        self.runs = [[None] * seeds for _ in range(n)]
        self.summaries = [None] * n
        self._seeds = seeds
        self._done, self._ended = {}, set()
        self._epochs, self._total = epochs, epochs * n * seeds
        self._task = points.task
        self._has_test = bool((~points.is_train).any())
        self._limit = regression_limit(points.values) if points.task == "regression" else 1.0
        self._show_cards()
        self.curves.start(self.names, epochs)
        self._stale.clear()
        self._drawn = 0.0
        self.progress.setValue(0)
        self._show_chart()
        if seeds > 1:
            text = translate("CompareDialog", "Training {n} configurations with {seeds} seeds "
                                              "each for {epochs} epochs on {points} points…")
        else:
            text = translate("CompareDialog", "Training {n} configurations for {epochs} epochs "
                                              "on {points} points…")
        self.status.setText(text.format(n=n, seeds=seeds, epochs=epochs, points=len(points)))
        self.jobs = BackgroundJobs(self.max_workers)
        self._job_rows = {}
        self._pending = [(i, k, (config, points, epochs)) for i, row in enumerate(runs)
                         for k, config in enumerate(row)]
        self._started = time.perf_counter()
        self._set_running(True)
        self._submit_next()
        self._timer.start()

    def _submit_next(self) -> None:
        """Start one more job if a worker is free: one at a time, each in a poll of its own,
        so the window never waits for several process starts at once."""
        if self.jobs is None or not self._pending:
            return
        if len(self._job_rows) - len(self._ended) < self.jobs.max_workers:
            i, k, args = self._pending.pop(0)
            self._job_rows[self.jobs.submit(background_job, *args)] = (i, k)

    def _row_ended(self, i: int) -> bool:
        return all((i, k) in self._ended for k in range(self._seeds))

    def _show_cards(self) -> None:
        for card in self.cards:
            self.card_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for i, name in enumerate(self.names):
            card = ResultCard(i, name)
            card.sigUse.connect(self.use)
            self.card_layout.insertWidget(i, card)
            self.cards.append(card)
        self._fit_cards()

    def poll(self) -> None:
        """Take in what the jobs said (the timer calls this ~20 times a second)."""
        if self.jobs is None:
            return
        ended = False
        for event in self.jobs.poll():
            job = self._job_rows.get(event.job)
            if job is None:
                continue
            i, k = job
            if event.kind == "progress":
                self._done[job] = event.value.done
                done = sum(self._done.get((i, s), 0) for s in range(self._seeds))
                self.cards[i].show_progress(done // self._seeds, event.value.total)
                if k == 0:  # the curves are the run with the row's own seed
                    self.curves.add_rows(i, event.value.history)
                    self._stale.add(i)
                continue
            ended = True
            self._done[job] = self._epochs
            self._ended.add(job)
            if event.kind == "done":
                result: CompareResult = event.value
                self.runs[i][k] = result
                if k == 0:
                    self._stale.discard(i)
                    self.curves.set_history(i, result.history)
            elif self.errors[i] is None:
                self.errors[i] = (str(event.value) if self._seeds == 1
                                  else translate("CompareDialog", "seed {seed}: {error}").format(
                                      seed=self.configs[i].seed + k, error=event.value))
            if self._row_ended(i):
                self._show_row(i)
        if not ended:  # a result was drawn in this poll: the next job starts in the next one
            self._submit_next()
        now = time.perf_counter()
        if self._stale and now - self._drawn >= CURVES_S:
            for i in self._stale:
                self.curves.redraw(i)
            self._stale.clear()
            self._drawn = now
        self.progress.setValue(round(1000 * sum(self._done.values()) / max(self._total, 1)))
        if not self.running:
            self._finish()

    def _show_row(self, i: int) -> None:
        """Row ``i``'s runs have all ended: its card and its bars."""
        done = [r for r in self.runs[i] if r is not None]
        if self.errors[i] is not None:
            self.cards[i].show_error(self.errors[i] or "")
        elif (result := self.runs[i][0]) is not None:
            self.results[i] = result
            summary = summarize(done)
            self.summaries[i] = summary
            self.cards[i].show_result(result, self._task, self._limit,
                                      summary if self._seeds > 1 else None, len(done))
        self._fit_cards()
        self._show_chart()

    def _show_chart(self) -> None:
        empty = dict.fromkeys(SUMMARY_COLUMNS, Stat(None, None, 0))  # a row not done yet
        summaries = [s if s is not None else empty for s in self.summaries]
        self.chart.show_panels(comparison_panels(self.names, summaries, self._task,
                                                 self._has_test))
        self.export_button.setEnabled(any(s is not None for s in self.summaries))

    def export_chart(self) -> None:
        """Ask where, then write the chart as a PNG (the picture ``playground compare
        --chart`` draws of the same figures)."""
        path, _ = QFileDialog.getSaveFileName(
            self, translate("CompareDialog", "Export chart as PNG"),
            "comparison.png",  # untranslated: a file name
            translate("CompareDialog", "PNG images (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            write_chart(path, self.chart.panels, chart_title(len(self.names), self._seeds))
        except PlaygroundError as exc:
            self.status.setText(translate("CompareDialog", "The chart was not written: {error}"
                                          ).format(error=exc))
            return
        self.status.setText(translate("CompareDialog", "Chart written to {path}.").format(
            path=path))

    def _finish(self) -> None:
        self._timer.stop()
        failed = sum(e is not None for e in self.errors)
        seconds = time.perf_counter() - self._started
        if failed:
            text = translate("CompareDialog", "Done in {seconds} s. {failed} of {total} failed "
                                              "(see their cards).")
        else:
            text = translate("CompareDialog", "Done in {seconds} s.")
        self.status.setText(text.format(seconds=f"{seconds:.1f}", failed=failed,
                                        total=len(self.errors)))
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
                if not self._row_ended(i):
                    card.show_cancelled()
            self.status.setText(translate("CompareDialog", "Cancelled."))
        self._set_running(False)

    # --- using a result -----------------------------------------------------------------------
    def use(self, index: int) -> None:
        """Copy result ``index``'s configuration to the window; if ticked, with its weights
        and loss history, so the window trains on from its run (one undo step either way)."""
        result = self.results[index]
        if result is None:
            return
        name = self.names[index]
        text = translate("CompareDialog", "Use “{name}” from the comparison").format(name=name)
        doc = self.document
        if not self.weights_check.isChecked():
            doc.set_config(result.config, text)
            self.status.setText(translate(
                "CompareDialog", "The window now uses the configuration of “{name}”."
            ).format(name=name))
            return
        if doc.model.fit(result.config).layer_sizes != result.config.layer_sizes:
            doc.set_config(result.config, text)
            self.status.setText(translate(
                "CompareDialog", "The points changed since the comparison: the weights of "
                                 "“{name}” no longer fit; only its configuration was copied."
            ).format(name=name))
            return
        doc.use_run(result.config, result.state, result.history, text)
        self.status.setText(translate(
            "CompareDialog", "The window now uses “{name}” with its trained weights and its "
                             "loss curve (epoch {epoch})."
        ).format(name=name, epoch=result.state.epoch))

    # --- closing ------------------------------------------------------------------------------
    def done(self, code: int) -> None:  # Esc, or a button that ends the dialog
        self.cancel()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)
