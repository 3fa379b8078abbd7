"""A comparison's results side by side: a card per configuration (its heatmap, test accuracy
and loss, seconds, a progress bar while it trains, "Use this one"), the loss curves of all
of them in one plot, a colour per configuration, and the bar chart of their test accuracy and
final loss (``ResultChart``: the panels ``pictures.chart`` makes, drawn with pyqtgraph's
``BarGraphItem`` and ``ErrorBarItem``; the PNG it exports is ``pictures.chart``'s own).

Nothing here computes: the heatmaps and histories come from the background jobs
(``training.compare``); colouring a 64 x 64 heatmap is the most a card does.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from playground.pictures.chart import BAR_WIDTH, Panel, ticks
from playground.pictures.chart import config_color as _config_color
from playground.pictures.heatmap import heatmap_rgb
from playground.training.compare import DIVERGED, CompareResult, Stat
from playground.training.protocol import HISTORY_COLUMNS
from playground.ui import theme
from playground.ui.dialogs.compare_rows import MAX_ROWS
from playground.ui.i18n import translate
from playground.ui.status import format_loss, format_percent

HEATMAP_PX = 120
CARD_WIDTH = HEATMAP_PX + 40  # or wider, for a line of figures that needs it
TITLE_PT, TITLE_PX = 10, 20  # the chart's panel titles
LABEL_GAP_PX = 4  # between a value label and the top of its plot
TOP_PAD = 0.03  # of the value axis, above its top tick
MIN_ROOM = 0.25  # of a plot too short for its labels, the part left to the bars
NUMBER_LINES = 4  # a card's lines of figures (a fifth when its run stopped early)
EPOCH, TRAIN_LOSS, TEST_LOSS = (HISTORY_COLUMNS.index(c)
                                for c in ("epoch", "train_loss", "test_loss"))


def round_up(value: float) -> float:
    """The smallest of 1, 2, 5 x 10^k that is at least ``value`` (> 0): the top of the plot."""
    if not math.isfinite(value) or value > 1e300:
        return value
    power = 10.0 ** math.floor(math.log10(value))
    return next(step * power for step in (1.0, 2.0, 5.0, 10.0)
                if step * power >= value * (1 - 1e-12))


def mean_sd(mean: float, sd: float | None, percent: bool = False) -> str:
    """A mean and its sample sd, short enough for a card's line: the sd to the mean's
    decimals (``0.640 ± 0.010``, ``60.4 ± 3.3%``), ``± <0.001`` when it rounds to nothing but
    is not 0, two significant digits beside a mean written with three (``0.00283 ± 0.0013``).
    ``percent``: both are already percentages."""
    if percent:
        text = f"{mean:.1f}" if sd is None else f"{mean:.1f} ± {_sd(sd, 1)}"
        return f"{text}%"
    written = format_loss(mean)
    if sd is None:
        return written
    if "e" in written or written in ("–", "∞") or "." not in written:
        return f"{written} ± {sd:.2g}"
    decimals = len(written) - written.index(".") - 1
    if decimals > 3:  # a small mean, written with three significant digits
        return f"{written} ± {sd:.2g}"
    return f"{written} ± {_sd(sd, decimals)}"


def _sd(sd: float, decimals: int) -> str:
    if not math.isfinite(sd):
        return format_loss(sd)
    if 0 < sd < 0.5 * 10.0 ** -decimals:
        return f"<{10.0 ** -decimals:.{decimals}f}"
    return f"{sd:.{decimals}f}"


def config_color(index: int) -> str:
    """The colour of configuration ``index`` (its card's swatch, its curves, its bars)."""
    return _config_color(index)


def heatmap_pixmap(heatmap: np.ndarray, task: str, limit: float, size: int) -> QPixmap:
    """A heatmap (row 0 at the bottom, as the canvas draws it) as a ``size`` square pixmap."""
    rgb = np.ascontiguousarray(heatmap_rgb(heatmap, task, limit)[::-1])
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(image).scaled(size, size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)


class ResultCard(QFrame):
    """One configuration's outcome. ``sigUse(index)`` asks to use it in the window."""

    sigUse = Signal(int)

    def __init__(self, index: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.name = name
        self.result: CompareResult | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # as tall as the row of cards (all alike), the buttons at the bottom
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel(f'<span style="color:{config_color(index)}">■</span> '
                            f"<b>{_escape(name)}</b>")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.picture = QLabel()
        self.picture.setFixedSize(HEATMAP_PX, HEATMAP_PX)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("border: 1px solid #999")  # untranslated: a style sheet
        self.picture.setAccessibleName(translate("ResultCard", "Heatmap of “{name}”").format(
            name=name))
        # a line per figure, never wrapped
        self.numbers = QLabel(translate("ResultCard", "waiting…"))
        self.numbers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.numbers.setMinimumHeight(
            NUMBER_LINES * self.numbers.fontMetrics().lineSpacing() + 4)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(translate("ResultCard", "Progress of “{name}”").format(
            name=name))
        self.use_button = QPushButton(translate("ResultCard", "Use this one"))
        self.use_button.setEnabled(False)
        # the buttons all say the same: a screen reader names the configuration too
        self.use_button.setAccessibleName(translate("ResultCard", "Use “{name}”").format(
            name=name))
        self.use_button.setToolTip(translate("ResultCard", "Copy this configuration (and, if "
                                                           "ticked below, its trained weights) "
                                                           "to the window"))
        self.use_button.clicked.connect(lambda: self.sigUse.emit(self.index))
        for widget in (self.title, self.picture, self.numbers):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.use_button)
        self.setFixedWidth(CARD_WIDTH)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setValue(round(1000 * done / max(total, 1)))
        self.numbers.setText(translate("ResultCard", "epoch {done} of {total}").format(
            done=done, total=total))

    def show_result(self, result: CompareResult, task: str, limit: float,
                    seeds: dict[str, Stat] | None = None, runs: int = 1) -> None:
        """``result``: the run with the configuration's own seed (its heatmap, what "Use this
        one" takes); ``seeds``: the summary over ``runs`` runs, when there were several."""
        self.result = result
        self.progress.setValue(self.progress.maximum())
        self.picture.setPixmap(heatmap_pixmap(result.heatmap, task, limit, HEATMAP_PX))
        m = result.metrics
        has_test = m["test_loss"] is not None
        loss = m["test_loss"] if has_test else m["train_loss"]
        if has_test:
            acc_short = translate("ResultCard", "test acc. {value}")
            acc_long = translate("ResultCard", "test accuracy {value}")
            loss_text = translate("ResultCard", "test loss {value}")
        else:
            acc_short = translate("ResultCard", "train acc. {value}")
            acc_long = translate("ResultCard", "train accuracy {value}")
            loss_text = translate("ResultCard", "train loss {value}")
        lines = []
        accuracy = m["test_accuracy"] if has_test else m["train_accuracy"]
        if seeds is not None:
            acc = seeds["test_accuracy" if has_test else "train_accuracy"]
            if acc.mean is not None:
                sd = None if acc.sd is None else 100 * acc.sd
                lines.append(acc_short.format(value=mean_sd(100 * acc.mean, sd, percent=True)))
            stat = seeds["test_loss" if has_test else "train_loss"]
            if stat.mean is not None:
                lines.append(loss_text.format(value=mean_sd(stat.mean, stat.sd)))
            lines.append(translate("ResultCard", "mean ± sd of {runs} seeds").format(runs=runs))
        else:
            if accuracy is not None:
                lines.append(acc_long.format(value=format_percent(accuracy)))
            lines.append(loss_text.format(value=format_loss(loss)))
        lines.append(translate("ResultCard", "epoch {epoch} · {seconds} s").format(
            epoch=m["epoch"], seconds=f"{result.seconds:.2f}"))
        if result.stopped == DIVERGED:
            lines.append(translate("ResultCard", "diverged: {message}").format(
                message=result.message))
        elif result.stopped != "epochs":
            lines.append(_stopped_by(result.stopped))
        self.numbers.setWordWrap(result.stopped == DIVERGED)  # its message may be long
        self.numbers.setText("\n".join(lines))
        if not self.numbers.wordWrap():
            margins = self._layout.contentsMargins()
            self.setFixedWidth(max(CARD_WIDTH, self.numbers.sizeHint().width() + margins.left()
                                   + margins.right() + 2 * self.frameWidth()))
        self.use_button.setEnabled(True)

    def show_error(self, message: str) -> None:
        self.progress.setValue(self.progress.maximum())
        self.numbers.setWordWrap(True)  # a message, however long, within the card's width
        self.numbers.setText(translate("ResultCard", "error: {message}").format(message=message))
        self.numbers.setStyleSheet("color: #D55E00")  # untranslated: a style sheet

    def show_cancelled(self) -> None:
        if self.result is None:
            self.numbers.setText(translate("ResultCard", "cancelled"))


def _stopped_by(rule: str) -> str:
    """A card's line naming the stop rule (``training.stopping``'s names) that ended a run."""
    known = {"stop_loss": translate("ResultCard", "stopped by the target loss"),
             "patience": translate("ResultCard", "stopped by patience")}
    return known.get(rule) or translate("ResultCard", "stopped by {rule}").format(
        rule=rule.replace("_", " "))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LossCurves(QWidget):
    """Every configuration's training loss (solid) and test loss (dashed) per epoch, one
    colour each, named in the legend above the plot.

    Drawing costs the window little while a run goes on: the curves are made once, and the
    view is fixed (epochs 0..N across, 0 up to a round number above the highest loss so far),
    so the cached axes and grid are not redrawn with every new point.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.plot_widget = pg.PlotWidget(background=theme.plot_background())
        self.plot_widget.setAccessibleName(translate("LossCurves", "Loss curves"))
        self.plot_widget.setAccessibleDescription(translate(
            "LossCurves", "Every configuration's training and test loss by epoch; the legend "
                          "above names them"))
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", translate("LossCurves", "epoch"), color=theme.plot_text())
        # the legend says which loss
        item.setLabel("left", translate("LossCurves", "loss"), color=theme.plot_text())
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setMenuEnabled(False, True)
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        theme.style_axes(item)
        self._top = 0.0  # the top of the fixed view during a run
        self._curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        for i in range(MAX_ROWS):
            color = config_color(i)
            self._curves.append((
                item.plot(pen=pg.mkPen(color, width=2)),
                item.plot(pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine))))
        self._rows: list[list[np.ndarray]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot_widget, 1)

    def start(self, names: list[str], epochs: int) -> None:
        """Empty curves for configurations ``names`` (at most ``MAX_ROWS``) that will run
        ``epochs`` epochs."""
        for train, test in self._curves:
            train.setData([], [])
            test.setData([], [])
        item = self.plot_widget.getPlotItem()
        item.vb.disableAutoRange()
        item.setXRange(0, max(epochs, 1), padding=0.02)
        self._top = 0.0
        self._rows = [[] for _ in names[:MAX_ROWS]]
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{config_color(i)}; font-weight:bold">━━</span> '
            f"{_escape(name)}" for i, name in enumerate(names[:MAX_ROWS]))
            + "&nbsp;&nbsp;&nbsp; "
            + translate("LossCurves", "(solid: training loss, dashed: test loss)"))

    def add_rows(self, index: int, rows: np.ndarray) -> None:
        """Append history rows of configuration ``index`` (drawn at the next ``redraw``)."""
        if len(rows):
            self._rows[index].append(np.asarray(rows, np.float64))

    def set_history(self, index: int, history: np.ndarray) -> None:
        self._rows[index] = [np.asarray(history, np.float64)]
        self.redraw(index)

    def redraw(self, index: int) -> None:
        parts = self._rows[index]
        if not parts:
            return
        rows = np.concatenate(parts) if len(parts) > 1 else parts[0]
        self._rows[index] = [rows]
        train, test = self._curves[index]
        x = rows[:, EPOCH]
        train.setData(x, rows[:, TRAIN_LOSS])
        if np.isfinite(rows[:, TEST_LOSS]).any():
            test.setData(x, rows[:, TEST_LOSS])
        losses = rows[:, [TRAIN_LOSS, TEST_LOSS]]
        losses = losses[np.isfinite(losses)]
        high = min(float(losses.max()), 1e300) if losses.size else 0.0
        if high > self._top:
            self._top = round_up(1.05 * high) if high > 0 else 1.0
            self.plot_widget.getPlotItem().setYRange(0.0, self._top, padding=0.02)


class ResultChart(pg.GraphicsLayoutWidget):
    """The comparison's bar chart: a plot per ``Panel`` (the score, the final training loss),
    a bar per configuration in its colour, ± sd error bars when it ran with several seeds,
    each bar's value above it and the configurations' names on the axis below.

    The value axis goes from the panel's ``low`` to its ``high`` and on up as far as the
    labels over the bars need: whenever the plot is resized, its top is set so that each
    label (a fixed size in pixels) lies inside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, show=False)
        self.setBackground(theme.plot_background())
        self.panels: tuple[Panel, ...] = ()
        self._labels: dict[pg.ViewBox, tuple[float, float, list[tuple[float, pg.TextItem]]]]
        self._labels = {}

    def show_panels(self, panels: tuple[Panel, ...]) -> None:
        """Draw ``panels`` (made by ``pictures.chart.comparison_panels``)."""
        self.panels = panels
        self.clear()
        self._labels = {}
        for k, panel in enumerate(panels):
            plot = self.addPlot(row=0, col=k)
            plot.setTitle(panel.title, color=theme.plot_text(), size=f"{TITLE_PT}pt")
            plot.layout.setRowFixedHeight(0, TITLE_PX)  # pyqtgraph leaves 30 px
            self._draw(plot, panel)

    def _draw(self, plot: pg.PlotItem, panel: Panel) -> None:
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(y=True, alpha=0.15)
        theme.style_axes(plot)
        scale = panel.scale()
        n = len(panel.bars)
        x = np.arange(n, dtype=np.float64)
        shown = [b for b in panel.bars if b.value is not None]
        xs = np.array([i for i, b in enumerate(panel.bars) if b.value is not None], np.float64)
        heights = np.array([b.value for b in shown], np.float64) * scale
        bars = pg.BarGraphItem(x=xs, height=heights, width=BAR_WIDTH, pen=pg.mkPen(None),
                               brushes=[pg.mkBrush(b.color) for b in shown])
        plot.addItem(bars)
        with_sd = [(i, b) for i, b in zip(xs, shown) if b.sd is not None]
        errors = pg.ErrorBarItem(
            x=np.array([i for i, _ in with_sd], np.float64),
            y=np.array([b.value for _, b in with_sd], np.float64) * scale,
            height=2 * np.array([b.sd for _, b in with_sd], np.float64) * scale,
            beam=BAR_WIDTH / 3, pen=pg.mkPen(theme.plot_text(), width=2))
        errors.setVisible(bool(with_sd))
        plot.addItem(errors)
        labels = []
        for i, bar in enumerate(panel.bars):
            top = 0.0 if bar.value is None else (bar.value + max(bar.sd or 0.0, 0.0)) * scale
            top = max(top, 0.0) if math.isfinite(top) else 0.0
            text = pg.TextItem(panel.label(bar), color=theme.plot_text(), anchor=(0.5, 1.0))
            text.setPos(float(i), top)
            plot.addItem(text)
            labels.append((top, text))
        low, high = panel.low * scale, panel.high * scale
        low -= 0.04 * (high - low)  # room for the bottom tick's number
        plot.setXRange(-0.5, max(n, 1) - 0.5, padding=0.02)
        plot.getAxis("bottom").setTicks([[(float(i), b.name) for i, b in zip(x, panel.bars)]])
        plot.getAxis("left").setTicks([[(t, f"{t:g}") for t in ticks(panel.low * scale, high)]])
        view = plot.getViewBox()
        self._labels[view] = (low, high, labels)
        view.sigResized.connect(self._fit_labels)
        self._fit_labels(view)

    def _fit_labels(self, view: pg.ViewBox) -> None:
        """Set the top of ``view`` so that every value label lies below it: a label of h
        pixels at value y, in a plot H pixels tall going from ``low`` up a span S, needs
        y - low + (h + gap) S / H <= S."""
        if view not in self._labels:
            return
        low, high, labels = self._labels[view]
        pixels = view.sceneBoundingRect().height()
        span = (high - low) * (1 + TOP_PAD)  # room for the top tick's number
        for top, text in labels:
            room = 1.0 - (text.boundingRect().height() + LABEL_GAP_PX) / max(pixels, 1.0)
            span = max(span, (top - low) / max(room, MIN_ROOM))
        view.setYRange(low, low + span, padding=0)
