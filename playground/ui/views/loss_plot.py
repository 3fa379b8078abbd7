"""Loss (and accuracy) per epoch: curves created once, fed from each snapshot's history rows.

Beside the end-of-epoch train and test losses it can draw, when asked (its "running" box, or
View ▸ Running loss over batches), the running train loss: the mean over the epoch's
mini-batches of their loss before each update, what a per-sample SGD loop prints. It is off
by default: with a full batch it is the train curve one epoch late, and with mini-batches a
third loss curve on the plot only helps a reader who is comparing with such a loop.

History is kept in a fixed-size, decimating buffer, so hours of training neither grow memory
nor slow drawing: when the buffer fills up every other point is dropped and only every
``stride``-th new row is kept from then on; the latest row is always shown.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPen, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from playground.session.view_inputs import Curves
from playground.training.protocol import HISTORY_COLUMNS
from playground.ui import theme, zoom
from playground.ui.i18n import translate
from playground.ui.status import format_loss, format_percent

REDRAW_INTERVAL_MS = 125  # curves redraw at most 8 times a second

MAX_POINTS = 2000
EPOCH, TRAIN_LOSS, TEST_LOSS, TRAIN_ACC, TEST_ACC, RUNNING_LOSS = range(len(HISTORY_COLUMNS))
TRAIN_COLOR = "#0072B2"  # blue
TEST_COLOR = "#D55E00"  # vermillion


PLOT_MIN_HEIGHT = 100  # pixels of the plot below the legend at 100 % (``set_zoom``)


def nice_ceil(value: float) -> float:
    """The smallest of 1, 2, 5 x 10^k that is >= ``value`` (> 0)."""
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        if step * power >= value * (1 - 1e-12):
            return step * power
    return 10.0 * power


class DecimatingBuffer:
    """At most ``capacity`` + 1 history rows ``(epoch, ...)``, evenly thinned as they arrive.

    Committed rows sit in ``data[:n]`` every ``stride`` rows apart; the newest row, when it was
    not committed, sits in ``data[n]`` so the curve always ends at the latest epoch.
    """

    def __init__(self, capacity: int = MAX_POINTS, columns: int = len(HISTORY_COLUMNS)) -> None:
        if capacity < 4 or capacity % 2:
            raise ValueError(f"capacity must be an even number >= 4 (got {capacity})")
        self.capacity = capacity
        self.data = np.full((capacity + 1, columns), np.nan)
        self.clear()

    def clear(self) -> None:
        self.n = 0  # committed rows
        self.stride = 1
        self.since = 0  # rows seen since the last committed one
        self.has_tail = False  # data[n] holds a newer, uncommitted row

    def __len__(self) -> int:
        return self.n + int(self.has_tail)

    def rows(self) -> np.ndarray:
        """The rows to draw, ``(len(self), columns)`` — a view, valid until the next append."""
        return self.data[: len(self)]

    def append(self, rows: np.ndarray) -> None:
        """Add ``(m, columns)`` rows in epoch order. A row whose epoch equals the newest one
        replaces it (an epoch re-evaluated after the points changed, say)."""
        rows = np.asarray(rows, dtype=np.float64)
        if rows.shape[0] == 0:
            return
        # keep only the last row of each run of equal epochs
        rows = rows[np.r_[rows[1:, 0] != rows[:-1, 0], True]]
        if len(self) and rows[0, 0] == self.data[len(self) - 1, 0]:
            self.data[len(self) - 1] = rows[0]
            rows = rows[1:]
        while rows.shape[0]:
            # rows[i] is committed when (since + i + 1) is a multiple of stride
            first = self.stride - self.since - 1
            picks = np.arange(first, rows.shape[0], self.stride)
            room = self.capacity - self.n
            if picks.size >= room:
                cut = picks[room - 1]  # the row that fills the buffer
                self.data[self.n : self.capacity] = rows[picks[:room]]
                self.n = self.capacity
                self.since = 0
                self._halve()
                rows = rows[cut + 1 :]
                continue
            if picks.size:
                self.data[self.n : self.n + picks.size] = rows[picks]
                self.n += picks.size
                self.since = rows.shape[0] - 1 - picks[-1]
            else:
                self.since += rows.shape[0]
            self.has_tail = self.since > 0
            if self.has_tail:
                self.data[self.n] = rows[-1]
            return

    def _halve(self) -> None:
        """Keep every other committed row; new rows are kept twice as sparsely."""
        half, cap = self.capacity // 2, self.capacity
        newest = self.data[cap - 1].copy()
        self.data[:half] = self.data[0:cap:2]
        self.n = half
        # the dropped newest row, ``stride`` rows after the last kept one, becomes the tail
        self.data[half] = newest
        self.has_tail = True
        self.since = self.stride
        self.stride *= 2


class _LossAxis(pg.AxisItem):
    """In log mode over less than a few decades, pyqtgraph puts 1..9 x 10^k in one tick level,
    so all of them get labels and overlap; rank them 1, then 2 and 5, then the rest, so labels
    are added only while they fit."""

    def logTickValues(self, minVal: float, maxVal: float, size: float,
                      stdTicks: list) -> list:
        if maxVal - minVal >= 3:
            return super().logTickValues(minVal, maxVal, size, stdTicks)
        decades = range(math.floor(minVal), math.ceil(maxVal))
        levels: list[tuple[float | None, list[float]]] = []
        for mantissas in ((1,), (2, 5), (3, 4, 6, 7, 8, 9)):
            values = [d + math.log10(m) for d in decades for m in mantissas]
            values = [v for v in values if minVal <= v <= maxVal]
            if values or levels:  # the first level is always labelled: make it non-empty
                levels.append((None, values))
        return levels


def _swatch(color: str, dashed: bool, dotted: bool = False) -> str:
    glyph = "┈┈" if dotted else "┅┅" if dashed else "━━"
    return f'<span style="color:{color}; font-weight:bold">{glyph}</span>'


class LossPlot(QWidget):
    """Train/test loss per epoch (left axis) and, for classification, train/test accuracy
    (dashed, right axis 0..1); with ``set_show_running`` the running train loss too (dotted).
    Feed it with ``show_curves``. ``running_check`` toggles the running loss; its
    ``toggled`` signal tells whoever mirrors it (the View menu's action)."""

    def __init__(self, parent: QWidget | None = None, max_points: int = MAX_POINTS) -> None:
        super().__init__(parent)
        self.buffer = DecimatingBuffer(max_points)
        self._has_test = False
        self._view_x: float | None = None
        self._view_y: float | None = None
        self._show_accuracy = True
        self._exact_match = False  # a multi-label run: the accuracy is the exact match
        self._show_running = False
        self._cursor: pg.InfiniteLine | None = None
        self._cursor_row: np.ndarray | None = None  # the legend's row while a cursor is set

        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        # let the widget shrink below the legend's width rather than grow the window
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend.setWordWrap(True)
        self.log_check = QCheckBox(translate("LossPlot", "log y"))
        self.log_check.setToolTip(translate("LossPlot", "Logarithmic loss axis"))
        self.log_check.toggled.connect(self.set_log_y)
        self.running_check = QCheckBox(translate("LossPlot", "running"))
        self.running_check.setToolTip(translate(
            "LossPlot",
            "Also draw the running train loss (dotted): the mean over each epoch's mini-batches "
            "of their loss before each update, as a per-sample SGD loop prints it (times the "
            "number of training points for a loop that sums). The solid train loss is the "
            "whole training set's at the end of the epoch."))
        self.running_check.toggled.connect(self.set_show_running)
        # the legend with the check boxes beside it, or above them when an entry and the
        # boxes do not fit side by side (a narrow plot, large text: ``_place_header``)
        self._checks = QWidget()
        checks = QHBoxLayout(self._checks)
        checks.setContentsMargins(0, 0, 0, 0)
        checks.addWidget(self.running_check)
        checks.addWidget(self.log_check)
        self._header = header = QGridLayout()
        header.setContentsMargins(6, 2, 6, 0)
        header.setColumnStretch(0, 1)
        header.addWidget(self.legend, 0, 0)
        header.addWidget(self._checks, 0, 1, Qt.AlignmentFlag.AlignRight)
        self._stacked = False

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(REDRAW_INTERVAL_MS)
        self._redraw_timer.timeout.connect(self._redraw_due)
        self._redraw_pending = False
        self.plot_widget = pg.PlotWidget(background=theme.plot_background(),
                                         axisItems={"left": _LossAxis("left")})
        self.plot_item = pi = self.plot_widget.getPlotItem()
        self.plot_widget.setAccessibleName(translate("LossPlot", "Loss curves"))
        self.plot_widget.setAccessibleDescription(translate(
            "LossPlot", "The training and test loss by epoch; the status line below the "
            "window reads the latest numbers."))
        pi.setLabel("bottom", translate("LossPlot", "epoch"), color=theme.plot_text())
        pi.setLabel("left", translate("LossPlot", "loss"), color=theme.plot_text())
        pi.showGrid(x=True, y=True, alpha=0.15)
        # keep the view box menu (View All, ...) but not "Plot Options": its log/transform
        # settings would bypass set_log_y
        pi.setMenuEnabled(False, True)
        for name in ("left", "bottom", "right"):
            axis = pi.getAxis(name)
            axis.setPen("#888")
            axis.setTextPen(theme.plot_text())
            axis.enableAutoSIPrefix(False)
            # an axis (with its grid) repaints only when its own range moves, not whenever
            # a curve under its grid changes
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        pi.vb.setLimits(xMin=0)

        # accuracy lives in a second view box sharing the x axis, shown on the right axis
        self.acc_box = pg.ViewBox(enableMouse=False)
        pi.showAxis("right")
        pi.scene().addItem(self.acc_box)
        pi.getAxis("right").linkToView(self.acc_box)
        pi.setLabel("right", translate("LossPlot", "accuracy"), color=theme.plot_text())
        self.acc_box.setXLink(pi)
        self.acc_box.setYRange(0.0, 1.0, padding=0.02)
        pi.vb.sigResized.connect(self._sync_boxes)

        self._zoom = 1.0
        self._pens: list[tuple[pg.PlotDataItem, str, float, Qt.PenStyle]] = []

        def curve(color: str, dashed: bool, box: pg.ViewBox | None = None,
                  dotted: bool = False) -> pg.PlotDataItem:
            style = (Qt.PenStyle.DotLine if dotted else Qt.PenStyle.DashLine if dashed
                     else Qt.PenStyle.SolidLine)
            width = 2 if not dashed else 1.5  # pixels at 100 % (``set_zoom``)
            item = pg.PlotDataItem(pen=pg.mkPen(color, width=width, style=style))
            self._pens.append((item, color, width, style))
            if box is None:
                pi.addItem(item)
            else:
                box.addItem(item)
            return item

        self.train_loss = curve(TRAIN_COLOR, False)
        self.test_loss = curve(TEST_COLOR, False)
        self.train_acc = curve(TRAIN_COLOR, True, self.acc_box)
        self.test_acc = curve(TEST_COLOR, True, self.acc_box)
        self.running_loss = curve(TRAIN_COLOR, False, dotted=True)
        self.running_loss.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.plot_widget, 1)
        self.clear()

    # --- public -------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget all history."""
        self.buffer.clear()
        self._has_test = False
        self._view_x = self._view_y = None  # the next redraw fits the view
        for item in self._curves():
            item.setData([], [])
        self._update_legend()

    def set_log_y(self, log: bool) -> None:
        """Show the loss axis on a log scale (accuracy stays linear)."""
        if self.log_check.isChecked() != log:
            self.log_check.setChecked(log)  # re-enters through toggled
            return
        self.plot_item.setLogMode(y=log)
        # PlotItem puts every y axis in log mode; accuracy stays linear
        self.plot_item.getAxis("right").setLogMode(False, False)
        self._view_y = None
        if len(self.buffer):
            self._fit_view(self.buffer.rows())

    def is_log_y(self) -> bool:
        return self.log_check.isChecked()

    def set_show_running(self, show: bool) -> None:
        """Draw the running train loss (``HISTORY_COLUMNS``' ``train_loss_running``) beside
        the end-of-epoch curves, with its legend entry, or hide it."""
        if self.running_check.isChecked() != show:
            self.running_check.setChecked(show)  # re-enters through toggled
            return
        self._show_running = show
        self.running_loss.setVisible(show)
        if len(self.buffer):
            self._view_y = None
            self._redraw()
        self._update_legend()

    def set_show_accuracy(self, show: bool) -> None:
        """Show the accuracy curves and the right axis (classification) or hide them."""
        self._show_accuracy = show
        self.acc_box.setVisible(show)
        self.plot_item.showAxis("right", show)
        self._update_legend()

    def show_curves(self, curves: Curves) -> None:
        """Append the history rows; with ``curves.restart`` the plot starts again from them
        (``Curves.of_snapshot``: the session's whole history on a reset, so a run continued
        from saved weights keeps its earlier curve)."""
        if curves.restart:
            self.clear()
        show_acc = curves.classification
        if curves.exact_match != self._exact_match:
            self._exact_match = curves.exact_match
            self._update_legend()
        if show_acc != self._show_accuracy:
            self.set_show_accuracy(show_acc)
        history = curves.rows
        if history.shape[0]:
            if np.isfinite(history[:, TEST_LOSS]).any():
                self._has_test = True
            self.buffer.append(history)
        # Curves and axes are costly to repaint and a curve changing 30 times a second
        # reads no better than 8 times; the timer draws the latest rows when it is due.
        if curves.restart or not self._redraw_timer.isActive():
            self._redraw_now()
            self._redraw_timer.start()
        else:
            self._redraw_pending = True

    def set_cursor(self, epoch: float | None, row: np.ndarray | None = None) -> None:
        """Mark ``epoch`` with a vertical line (replay); None removes it. ``row``: the
        history row (``HISTORY_COLUMNS``) of that epoch, which the legend then shows, named
        by its epoch, instead of the latest one."""
        self._cursor_row = None if epoch is None else row
        self._update_legend()
        if epoch is None:
            if self._cursor is not None:
                self.plot_item.removeItem(self._cursor)
                self._cursor = None
            return
        if self._cursor is None:
            self._cursor = pg.InfiniteLine(angle=90, movable=False,
                                           pen=self._cursor_pen())
            self.plot_item.addItem(self._cursor, ignoreBounds=True)
        self._cursor.setValue(float(epoch))

    def set_zoom(self, factor: float) -> None:
        """Projector scale: the curves' lines ``factor`` times their width at 100 % (the
        legend and the axes' text follow the application font)."""
        self._zoom = factor
        # room for a few ticks of the larger text between the axes' titles
        self.plot_widget.setMinimumHeight(round(PLOT_MIN_HEIGHT * factor))
        for item, color, width, style in self._pens:
            item.setPen(pg.mkPen(color, width=zoom.pen_width(width, factor), style=style))
        if self._cursor is not None:
            self._cursor.setPen(self._cursor_pen())

    def line_width(self) -> float:
        """The width of the train loss curve, in screen pixels."""
        return float(self.train_loss.opts["pen"].widthF())

    def _cursor_pen(self) -> QPen:
        return pg.mkPen(theme.plot_text(), width=zoom.pen_width(1.5, self._zoom))

    def history(self) -> np.ndarray:
        """The (decimated) history shown, ``(m, 6)`` rows of ``HISTORY_COLUMNS`` (a copy)."""
        return self.buffer.rows().copy()

    def flush(self) -> None:
        """Draw any rows still waiting for the redraw timer."""
        if self._redraw_pending:
            self._redraw_now()

    def _redraw_due(self) -> None:
        if self._redraw_pending:
            self._redraw_now()
            self._redraw_timer.start()

    def _redraw_now(self) -> None:
        self._redraw_pending = False
        if len(self.buffer):
            self._redraw()
        self._update_legend()

    # --- internals ----------------------------------------------------------------------------
    def _curves(self) -> tuple[pg.PlotDataItem, ...]:
        return self.train_loss, self.test_loss, self.train_acc, self.test_acc, self.running_loss

    def _redraw(self) -> None:
        rows = self.buffer.rows()
        x = rows[:, EPOCH]
        self.train_loss.setData(x, rows[:, TRAIN_LOSS])
        test_items = (self.test_loss, self.test_acc)
        for item in test_items:
            item.setVisible(self._has_test)
        if self._has_test:
            self.test_loss.setData(x, rows[:, TEST_LOSS])
        if self._show_running:  # NaN where a row has none: the curve has a gap there
            self.running_loss.setData(x, rows[:, RUNNING_LOSS], connect="finite")
        if self._show_accuracy:
            self.train_acc.setData(x, rows[:, TRAIN_ACC])
            if self._has_test:
                self.test_acc.setData(x, rows[:, TEST_ACC])
        self._fit_view(rows)

    def _fit_view(self, rows: np.ndarray) -> None:
        """Grow the view in 1-2-5 steps instead of fitting every new point: the axes (and
        their grid) then repaint a few times per decade, not at every redraw."""
        vb = self.plot_item.vb
        vb.disableAutoRange(axis=pg.ViewBox.XAxis)
        x_max = nice_ceil(max(float(rows[-1, EPOCH]), 1.0))
        if x_max != self._view_x:
            self._view_x = x_max
            vb.setXRange(0.0, x_max, padding=0.0)
        if self.is_log_y():
            vb.enableAutoRange(axis=pg.ViewBox.YAxis)
            self._view_y = None
            return
        losses = rows[:, [TRAIN_LOSS, TEST_LOSS, RUNNING_LOSS] if self._show_running
                      else [TRAIN_LOSS, TEST_LOSS]]
        finite = losses[np.isfinite(losses)]
        if not finite.size:
            return
        y_max = nice_ceil(max(float(finite.max()), 1e-12))
        if y_max != self._view_y:
            self._view_y = y_max
            vb.disableAutoRange(axis=pg.ViewBox.YAxis)
            vb.setYRange(0.0, y_max, padding=0.02)

    def _update_legend(self) -> None:
        """The latest numbers, or the cursor's (``set_cursor``) named by their epoch."""
        last = self.buffer.rows()[-1] if len(self.buffer) else np.full(len(HISTORY_COLUMNS),
                                                                       np.nan)
        entries = []
        if self._cursor_row is not None:
            last = self._cursor_row
            entries.append(translate("LossPlot", "<b>epoch {epoch}:</b>").format(
                epoch=f"{int(last[EPOCH]):,}"))
        entries.append(translate("LossPlot", "{swatch} train loss {value}").format(
            swatch=_swatch(TRAIN_COLOR, False), value=format_loss(last[TRAIN_LOSS])))
        if self._show_running:
            entries.append(translate("LossPlot", "{swatch} running train loss {value}").format(
                swatch=_swatch(TRAIN_COLOR, False, dotted=True),
                value=format_loss(last[RUNNING_LOSS])))
        if self._has_test:
            entries.append(translate("LossPlot", "{swatch} test loss {value}").format(
                swatch=_swatch(TEST_COLOR, False), value=format_loss(last[TEST_LOSS])))
        if self._show_accuracy:
            if self._exact_match:
                train = translate("LossPlot", "{swatch} train exact match {value}")
                test = translate("LossPlot", "{swatch} test exact match {value}")
            else:
                train = translate("LossPlot", "{swatch} train acc {value}")
                test = translate("LossPlot", "{swatch} test acc {value}")
            entries.append(train.format(swatch=_swatch(TRAIN_COLOR, True),
                                        value=format_percent(last[TRAIN_ACC])))
            if self._has_test:
                entries.append(test.format(swatch=_swatch(TEST_COLOR, True),
                                           value=format_percent(last[TEST_ACC])))
        # entries never break inside; a narrow plot puts them on two lines
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="white-space:nowrap">{e}</span>' for e in entries))
        self._place_header()

    def _place_header(self) -> None:
        """The check boxes beside the legend while its widest entry fits next to them,
        below it otherwise: an entry is never cut."""
        margins = self._header.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self._header.spacing()
        beside = room - self._checks.sizeHint().width()
        stacked = self.legend.minimumSizeHint().width() > beside
        if stacked != self._stacked:
            self._stacked = stacked
            self._header.removeWidget(self._checks)
            if stacked:
                self._header.addWidget(self._checks, 1, 0, Qt.AlignmentFlag.AlignRight)
            else:
                self._header.addWidget(self._checks, 0, 1, Qt.AlignmentFlag.AlignRight)
        # as tall as its lines at this width: the splitter then never cuts the last one
        self.legend.setMinimumHeight(max(0, self.legend.heightForWidth(
            max(1, room if stacked else beside))))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._place_header()  # the entries' widths changed (projector scale)

    def _sync_boxes(self) -> None:
        self.acc_box.setGeometry(self.plot_item.vb.sceneBoundingRect())
        self.acc_box.linkedViewChanged(self.plot_item.vb, self.acc_box.XAxis)
