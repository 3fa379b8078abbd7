"""The diagnostics dock: how each layer is doing over the epochs, and how good the network is.

Per weight layer, one of the loop's ``DIAGNOSTIC_COLUMNS`` over the epochs (a menu picks
which): the gradient norm, the weight norm, the update-to-weight ratio (log axis), the
fraction of dead ReLU units and of saturated tanh / sigmoid outputs (0..1). Below, the
scores: training and test accuracy and the live confusion matrix for a classification, R²
and RMSE for a regression, on the test split (the training split when there is none).

Rows come from each snapshot's ``Inspection`` (None in a snapshot that did not compute one:
the curves keep their rows), one per epoch, in a decimating buffer (``loss_plot``), and are
cleared on ``snap.reset``. Drawing is throttled (``throttle``); the view changes nothing.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from playground.engine.diagnostics import SATURATED_SIGMOID, SATURATED_TANH
from playground.limits import MAX_HIDDEN_LAYERS
from playground.pictures.colors import CLASS_COLORS
from playground.training.protocol import DIAGNOSTIC_COLUMNS, Inspection, Snapshot
from playground.training.trainer import Metrics
from playground.ui import theme
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate, translate_noop
from playground.ui.status import format_percent
from playground.ui.views.confusion_table import ConfusionTable
from playground.ui.views.loss_plot import DecimatingBuffer, nice_ceil
from playground.ui.views.throttle import Throttle

MAX_ROWS = 2000  # epochs kept per run (thinned evenly beyond)
N_COLUMNS = len(DIAGNOSTIC_COLUMNS)

# column -> (menu label, axis label, log axis, what it means); texts marked for translation,
# translated where shown (``metric_texts``)
METRICS: dict[str, tuple[str, str, bool, str]] = {
    "grad_norm": (
        translate_noop("DiagnosticsView", "Gradient norm"),
        translate_noop("DiagnosticsView", "‖gradient‖"), True,
        translate_noop(
            "DiagnosticsView",
            "The size (Euclidean norm) of each layer's full-batch gradient, weights and biases. "
            "Vanishing gradients fall towards 0 in the first layers; exploding ones grow.")),
    "weight_norm": (
        translate_noop("DiagnosticsView", "Weight norm"), "‖W‖", True,
        translate_noop(
            "DiagnosticsView",
            "The size (Euclidean norm) of each layer's weights (biases left out). Growing "
            "without end hints at too little regularisation.")),
    "update_ratio": (
        translate_noop("DiagnosticsView", "Update / weight ratio"),
        translate_noop("DiagnosticsView", "‖step‖ / ‖W‖"), True,
        translate_noop(
            "DiagnosticsView",
            "How much the last optimizer step changed each layer relative to its size (weights "
            "and biases). Around 1e-3 is healthy; far below learns slowly, far above is "
            "unstable.")),
    "dead_fraction": (
        translate_noop("DiagnosticsView", "Dead ReLU units"),
        translate_noop("DiagnosticsView", "fraction of units"), False,
        translate_noop(
            "DiagnosticsView",
            "The fraction of each hidden layer's ReLU units that output 0 for every training "
            "point: they get no gradient and no longer learn. Always 0 for other activations.")),
    "saturated_fraction": (
        translate_noop("DiagnosticsView", "Saturated units"),
        translate_noop("DiagnosticsView", "fraction of outputs"), False,
        translate_noop(
            "DiagnosticsView",
            "The fraction of each hidden layer's outputs (over the training points) in the flat "
            "ends of tanh (|a| > {tanh}) or sigmoid (a < {low} or > {high}), where the gradient "
            "almost vanishes. Always 0 for other activations.")),
}
assert tuple(METRICS) == DIAGNOSTIC_COLUMNS


def metric_texts(column: str) -> tuple[str, str, str]:
    """The menu label, axis label and meaning of a diagnostics column, translated."""
    label, axis, _log, tip = METRICS[column]
    return (translate("DiagnosticsView", label), translate("DiagnosticsView", axis),
            translate("DiagnosticsView", tip).format(
                tanh=SATURATED_TANH, low=SATURATED_SIGMOID, high=1 - SATURATED_SIGMOID))


def layer_name(layer: int, n_layers: int) -> str:
    """Weight layer ``layer`` (from 0) of ``n_layers``: "layer 1" ... or "output"."""
    if layer == n_layers - 1:
        return translate("DiagnosticsView", "output")
    return translate("DiagnosticsView", "layer {n}").format(n=layer + 1)


def layer_color(layer: int, n_layers: int) -> str:
    return theme.plot_text() if layer == n_layers - 1 else CLASS_COLORS[layer % len(CLASS_COLORS)]


def format_value(value: float) -> str:
    if not math.isfinite(value):
        return "–"
    if value == 0 or 0.01 <= abs(value) < 1000:
        return f"{value:.3f}"
    return f"{value:.2e}"


def format_scores(metrics: Metrics | None) -> str:
    """"Training accuracy 97.0% · test accuracy 95.3%", or "R² 0.953 · RMSE 0.123 (test
    split)"; empty before the first metrics."""
    if metrics is None:
        return ""
    m = metrics
    if m.r2 is not None or m.rmse is not None:
        r2 = "–" if m.r2 is None or math.isnan(m.r2) else f"{m.r2:.3f}"
        rmse = "–" if m.rmse is None or math.isnan(m.rmse) else f"{m.rmse:.4g}"
        if m.test_loss is not None:
            return translate("DiagnosticsView", "R² {r2} · RMSE {rmse} (on the test split)"
                             ).format(r2=r2, rmse=rmse)
        return translate("DiagnosticsView", "R² {r2} · RMSE {rmse} (on the training split)"
                         ).format(r2=r2, rmse=rmse)
    if m.train_accuracy is None and m.test_accuracy is None:
        return ""
    if m.test_accuracy is not None:
        return translate("DiagnosticsView", "Training accuracy {train} · test accuracy {test}"
                         ).format(train=format_percent(m.train_accuracy),
                                  test=format_percent(m.test_accuracy))
    return translate("DiagnosticsView", "Training accuracy {train}").format(
        train=format_percent(m.train_accuracy))


class DiagnosticsView(QWidget):
    """Per-layer diagnostics over the epochs, and the scores; feed it ``show_snapshot``."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._n_layers = 0
        self._x_max = 0.0
        self.buffer = DecimatingBuffer(MAX_ROWS, 1)
        self._metrics: Metrics | None = None
        self._throttle = Throttle(self._draw, parent=self)

        self.metric_menu = QComboBox()
        for i, name in enumerate(METRICS):
            label, _axis, tip = metric_texts(name)
            self.metric_menu.addItem(label, name)
            self.metric_menu.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.metric_menu.setToolTip(translate(
            "DiagnosticsView", "Which number to follow per layer (hover an entry for what it "
            "means)"))
        self.metric_menu.currentIndexChanged.connect(self._metric_changed)
        chooser = QLabel(translate("DiagnosticsView", "&Show:"))
        chooser.setBuddy(self.metric_menu)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.plot_widget = pg.PlotWidget(background=theme.plot_background())
        self.plot_item = pi = self.plot_widget.getPlotItem()
        pi.setMenuEnabled(False, True)  # no "Plot Options": its log setting would fight ours
        pi.showGrid(x=True, y=True, alpha=0.15)
        pi.setLabel("bottom", translate("DiagnosticsView", "epoch"), color=theme.plot_text())
        theme.style_axes(pi)
        # a log axis over a decade or two would label every 2..9 tick, one on top of another
        pi.getAxis("left").setStyle(textFillLimits=[(0, 0.8), (2, 0.2)])
        self.curves: list[pg.PlotDataItem] = []
        for _ in range(MAX_HIDDEN_LAYERS + 1):
            curve = pg.PlotDataItem(connect="finite")
            curve.hide()
            pi.addItem(curve)
            self.curves.append(curve)

        self.scores = QLabel()
        self.scores.setWordWrap(True)
        self.scores.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confusion_title = QLabel()
        self.confusion_title.setWordWrap(True)
        self.confusion = ConfusionTable()

        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(chooser)
        top.addWidget(self.metric_menu, 1)
        curves = QWidget()
        box = QVBoxLayout(curves)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(top)
        box.addWidget(self.legend)
        box.addWidget(self.plot_widget, 1)
        self.score_box = score_box = QWidget()
        score_box.installEventFilter(self)  # its minimum follows its width (``_fit_scores``)
        sbox = QVBoxLayout(score_box)
        sbox.setContentsMargins(6, 2, 6, 2)
        sbox.addWidget(self.scores)
        sbox.addWidget(self.confusion_title)
        sbox.addWidget(self.confusion, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(curves)
        splitter.addWidget(score_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        document.sigClassNamesChanged.connect(lambda _names: self._throttle.request())
        self._metric_changed()
        self.clear()

    # --- public -------------------------------------------------------------------------------
    def show_snapshot(self, snap: Snapshot) -> None:
        """Add the snapshot's inspection (if it has one) and show its scores; a reset
        snapshot starts the curves again."""
        if snap.reset:
            self._clear_rows()
        if snap.inspection is not None:
            self._add(snap.inspection)
        if snap.metrics is not None:
            self._metrics = snap.metrics
        self._throttle.request(now=snap.reset)

    def clear(self) -> None:
        """Forget the curves and the scores."""
        self._clear_rows()
        self._metrics = None
        self._throttle.cancel()
        self._draw()

    def flush(self) -> None:
        """Draw what waits for the redraw timer."""
        self._throttle.flush()

    def current_metric(self) -> str:
        return str(self.metric_menu.currentData())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is self.score_box and event.type() in (
                QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.LayoutRequest):
            self._fit_scores()
        return super().eventFilter(obj, event)

    def _fit_scores(self) -> None:
        """The scores' pane at least as tall as its wrapped lines at its width and the whole
        matrix (the splitter would squeeze them into each other; the dock scrolls instead)."""
        box = self.score_box
        layout = box.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        width = max(1, box.width() - margins.left() - margins.right())
        shown = [w for w in (self.scores, self.confusion_title, self.confusion)
                 if not w.isHidden()]
        need = margins.top() + margins.bottom() + layout.spacing() * max(0, len(shown) - 1)
        for widget in shown:
            need += (widget.minimumHeight() if widget is self.confusion
                     else widget.heightForWidth(width))
        if need != box.minimumHeight():
            box.setMinimumHeight(need)

    # --- rows ---------------------------------------------------------------------------------
    def _clear_rows(self) -> None:
        self.buffer.clear()

    def _add(self, inspection: Inspection) -> None:
        layers = np.asarray(inspection.layers, np.float64)
        n = layers.shape[0]
        newest = self.buffer.rows()[-1, 0] if len(self.buffer) else -math.inf
        if n != self._n_layers:  # another network: its curves start afresh
            self._n_layers = n
            self.buffer = DecimatingBuffer(MAX_ROWS, 1 + n * N_COLUMNS)
        elif inspection.epoch < newest:  # weights from an earlier run (undo, loaded)
            self.buffer.clear()
        # a row of the newest epoch replaces it (re-inspected after an edit): no new row
        self.buffer.append(np.concatenate([[float(inspection.epoch)], layers.ravel()])[None])

    # --- drawing ------------------------------------------------------------------------------
    def _metric_changed(self) -> None:
        name = self.current_metric()
        _label, axis, tip = metric_texts(name)
        log = METRICS[name][2]
        self.metric_menu.setToolTip(tip)
        pi = self.plot_item
        pi.setLogMode(y=log)
        pi.setLabel("left", axis, color=theme.plot_text())
        if log:
            pi.vb.enableAutoRange(axis=pg.ViewBox.YAxis)
        else:
            pi.vb.disableAutoRange(axis=pg.ViewBox.YAxis)
            pi.vb.setYRange(0.0, 1.0, padding=0.02)
        self._draw()

    def _draw(self) -> None:
        self._draw_curves()
        self._draw_scores()

    def _draw_curves(self) -> None:
        name = self.current_metric()
        log = METRICS[name][2]
        rows = self.buffer.rows()
        n = self._n_layers if len(self.buffer) else 0
        entries = []
        for layer, curve in enumerate(self.curves):
            if layer >= n:
                curve.hide()
                continue
            col = 1 + layer * N_COLUMNS + DIAGNOSTIC_COLUMNS.index(name)
            y = rows[:, col]
            if log:  # a zero (no step yet) has no place on a log axis
                y = np.where(y > 0, y, np.nan)
            finite = np.isfinite(y)
            curve.setVisible(bool(finite.any()))
            if not finite.any():  # dead / saturated do not apply to the output layer
                continue
            color = layer_color(layer, n)
            dashed = layer == n - 1
            curve.setPen(pg.mkPen(color, width=1.5 if dashed else 2, style=(
                Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)))
            curve.setData(rows[:, 0], y)
            last = y[finite][-1]
            glyph = "┅┅" if dashed else "━━"
            entries.append(f'<span style="white-space:nowrap"><span style="color:{color}; '
                           f'font-weight:bold">{glyph}</span> {layer_name(layer, n)} '
                           f'{format_value(float(last))}</span>')
        self.legend.setText("&nbsp;&nbsp; ".join(entries) if entries else translate(
            "DiagnosticsView", "No diagnostics yet: they appear while training runs."))
        # the x axis grows in 1-2-5 steps: it (and its grid) repaints a few times a decade
        x_max = nice_ceil(max(float(rows[-1, 0]), 1.0)) if len(self.buffer) else 1.0
        if x_max != self._x_max:
            self._x_max = x_max
            self.plot_item.vb.setXRange(0.0, x_max, padding=0.0)

    def _draw_scores(self) -> None:
        self._show_scores()
        self._fit_scores()  # other text, or the matrix shown or hidden

    def _show_scores(self) -> None:
        m = self._metrics
        self.scores.setText(format_scores(m))
        confusion = None if m is None else m.confusion
        shown = confusion is not None and confusion.ndim == 2 and confusion.shape[0] > 0
        self.confusion.setVisible(shown)
        self.confusion_title.setVisible(shown)
        if not shown or m is None or confusion is None:
            return
        self.confusion_title.setText(translate(
            "DiagnosticsView", "Confusion matrix on the test split: rows are the true classes, "
            "columns the predicted ones") if m.test_loss is not None else translate(
            "DiagnosticsView", "Confusion matrix on the training split: rows are the true "
            "classes, columns the predicted ones"))
        k = confusion.shape[0]
        self.confusion.set_labels([self._doc.class_label(i) for i in range(k)])
        self.confusion.set_counts(confusion)
