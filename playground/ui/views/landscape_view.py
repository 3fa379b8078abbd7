"""The loss landscape dock: the training loss over a plane through the current weights.

On **Compute** the view asks its ``request_source`` for what to compute (the config, the
points, the current weights and the trajectory so far, as a ``LandscapeRequest``; None when
there is nothing yet), sets the kind and resolution chosen here, and runs
``training.landscape.landscape_job`` in a child process (its own ``BackgroundJobs`` with one
worker, polled by a timer): the window never waits. A new request cancels the one running.
With **Recompute every N s** ticked it recomputes on that period whenever the weights changed.

The map: log₁₀ of the loss as an image with a colour bar, contour lines (``IsocurveItem``s,
children of the image so they share its pixels), the optimizer's path projected onto the plane
(a line with a marker per saved weight vector) and the current weights at the centre. The view
changes nothing in the session: it only reads the request and draws the result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground.training.background import BackgroundJobs
from playground.training.landscape import (
    DEFAULT_RESOLUTION,
    KINDS,
    Landscape,
    LandscapeRequest,
    landscape_job,
)
from playground.ui import theme
from playground.ui.i18n import translate, translate_noop
from playground.ui.views.landscape_drawing import (
    axis_labels,
    contour_levels,
    log_loss,
    pixel_rect,
    status_text,
)

RequestSource = Callable[[], "LandscapeRequest | None"]  # untranslated: a type
# grid sides and their labels ({n}: the side), translated where shown
RESOLUTIONS = ((21, translate_noop("LandscapeView", "Coarse ({n} × {n})")),
               (DEFAULT_RESOLUTION, translate_noop("LandscapeView", "Normal ({n} × {n})")),
               (61, translate_noop("LandscapeView", "Fine ({n} × {n}, slower)")))
POLL_MS = 50
DEFAULT_AUTO_SECONDS = 10
PATH_COLOR = "#ff5a36"
CONTOUR_PEN = (255, 255, 255, 110)


def _made_from(request: LandscapeRequest) -> tuple[object, ...]:
    """What a request was made from (the session's objects, compared by identity: they are
    replaced, never changed, when the weights, config or points change)."""
    return (request.state, request.config, request.points)


def _same(a: tuple[object, ...] | None, b: tuple[object, ...] | None) -> bool:
    return a is not None and b is not None and all(x is y for x, y in zip(a, b))


class LandscapeView(QWidget):
    """The "Loss landscape" dock's widget; ``request_source`` gives what to compute."""

    sigComputed = Signal(object)  # the new Landscape

    def __init__(self, request_source: RequestSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = request_source
        self._jobs = BackgroundJobs(max_workers=1)
        self._job: int | None = None
        self._job_from: tuple[object, ...] | None = None
        self._last_from: tuple[object, ...] | None = None  # kept: identities stay unique
        self.last_landscape: Landscape | None = None

        self.kind = QComboBox()
        for name, label in KINDS.items():
            self.kind.addItem(translate("LandscapeView", label), name)
        self.kind.setToolTip(translate(
            "LandscapeView",
            "Random directions: two Gaussian directions, each unit's part scaled to that "
            "unit's weights (Li et al. 2018). Principal directions: the plane the weights "
            "moved in the most so far (needs a few saved epochs)."))
        self.detail = QComboBox()
        for res, label in RESOLUTIONS:
            self.detail.addItem(translate("LandscapeView", label).format(n=res), res)
        self.detail.setCurrentIndex([r for r, _ in RESOLUTIONS].index(DEFAULT_RESOLUTION))
        self.detail.setToolTip(translate("LandscapeView",
                                         "How many points of the plane to evaluate the loss at"))
        self.compute_button = QPushButton(translate("LandscapeView", "Compute"))
        self.compute_button.setToolTip(translate(
            "LandscapeView", "Compute the loss around the current weights (in the background)"))
        self.compute_button.clicked.connect(self._button_clicked)
        self.auto = QCheckBox(translate("LandscapeView", "Recompute every"))
        self.auto.setToolTip(translate(
            "LandscapeView", "Recompute on this period while the weights change (training)"))
        self.auto_seconds = QSpinBox()
        self.auto_seconds.setRange(2, 600)
        self.auto_seconds.setValue(DEFAULT_AUTO_SECONDS)
        self.auto_seconds.setSuffix(translate("LandscapeView", " s"))
        self.auto_seconds.setToolTip(self.auto.toolTip())
        self.auto_seconds.setAccessibleName(translate("LandscapeView", "Recompute period"))
        self.auto.toggled.connect(self._auto_toggled)
        self.auto_seconds.valueChanged.connect(self._auto_toggled)
        self.status = QLabel(translate("LandscapeView",
                                       "Press Compute to map the loss around the current weights."))
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._build_plot()
        for combo in (self.kind, self.detail):
            # narrower than the longest item when the dock is (the menu shows them whole)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(self.kind, 3)
        top.addWidget(self.detail, 2)
        auto_row = QHBoxLayout()
        auto_row.setContentsMargins(6, 0, 6, 0)
        auto_row.addWidget(self.auto)
        auto_row.addWidget(self.auto_seconds)
        auto_row.addStretch(1)
        auto_row.addWidget(self.compute_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(auto_row)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.status)

        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        self._auto_timer = QTimer(self)
        self._auto_timer.timeout.connect(self.recompute_if_changed)

    def _build_plot(self) -> None:
        self.plot_widget = pg.PlotWidget(background=theme.plot_background())
        self.plot_item = pi = self.plot_widget.getPlotItem()
        pi.setMenuEnabled(False, True)
        pi.hideButtons()
        for name in ("left", "bottom"):
            axis = pi.getAxis(name)
            axis.setPen("#888")
            axis.setTextPen(theme.plot_text())
            axis.enableAutoSIPrefix(False)
        self.image = pg.ImageItem(axisOrder="col-major")
        pi.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(0.0, 1.0), width=14, interactive=False,
                                        colorMap=pg.colormap.get("viridis"),
                                        label=translate("LandscapeView", "log₁₀ loss"),
                                        colorMapMenu=False)
        for name in ("left", "right", "top", "bottom"):
            axis = self.colorbar.getAxis(name)
            axis.setPen(pg.mkPen(theme.plot_text()))
            axis.setTextPen(pg.mkPen(theme.plot_text()))
        self.colorbar.setImageItem(self.image, insert_in=pi)
        self.isocurves: list[pg.IsocurveItem] = []
        for level in contour_levels(0.0, 1.0):
            iso = pg.IsocurveItem(level=float(level), pen=pg.mkPen(CONTOUR_PEN, width=1),
                                  axisOrder="col-major")
            iso.setParentItem(self.image)
            self.isocurves.append(iso)
        self.path_item = pg.PlotDataItem(
            pen=pg.mkPen(PATH_COLOR, width=2), symbol="o", symbolSize=5,
            symbolPen=pg.mkPen(PATH_COLOR), symbolBrush=pg.mkBrush(PATH_COLOR))
        self.path_start = pg.ScatterPlotItem(symbol="s", size=9, pen=pg.mkPen("k"),
                                             brush=pg.mkBrush(PATH_COLOR))
        self.centre_item = pg.ScatterPlotItem(
            [0.0], [0.0], symbol="star", size=16, pen=pg.mkPen("k"), brush=pg.mkBrush("w"))
        for item in (self.path_item, self.path_start, self.centre_item):
            item.setZValue(10)
            pi.addItem(item)
        self.centre_item.setToolTip(translate("LandscapeView", "The current weights"))
        self.path_start.setToolTip(translate("LandscapeView",
                                             "The first saved weights of the path"))
        self._set_axis_labels(translate("LandscapeView", "direction 1"),
                              translate("LandscapeView", "direction 2"))

    def _set_axis_labels(self, x: str, y: str) -> None:
        self.plot_item.setLabel("bottom", x, color=theme.plot_text())
        self.plot_item.setLabel("left", y, color=theme.plot_text())

    # --- public -------------------------------------------------------------------------------
    def is_computing(self) -> bool:
        return self._job is not None

    def compute(self) -> bool:
        """Start computing from what the source gives now (cancelling a computation under
        way); False when the source has nothing to compute from."""
        request = self._source()
        if request is None:
            self.status.setText(translate("LandscapeView",
                                          "Nothing to compute yet: the network has no weights."))
            return False
        self.cancel(quiet=True)
        kind = str(self.kind.currentData())
        resolution = int(self.detail.currentData())
        request = dataclasses.replace(request, kind=kind, resolution=resolution)
        self._job_from = _made_from(request)
        self._job = self._jobs.submit(landscape_job, request)  # the child imports no Qt
        self._poll_timer.start()
        self.compute_button.setText(translate("LandscapeView", "Cancel"))
        self.status.setText(translate("LandscapeView", "Computing…"))
        return True

    def cancel(self, quiet: bool = False) -> None:
        """Stop the computation under way, if any."""
        if self._job is None:
            return
        self._jobs.cancel()
        self._job = None
        self._poll_timer.stop()
        self._reset_button()
        if not quiet:
            self.status.setText(translate("LandscapeView", "Cancelled."))

    def stop(self) -> None:
        """End the background work and the timers (the window closes)."""
        self._auto_timer.stop()
        self.cancel(quiet=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.stop()
        super().closeEvent(event)

    # --- jobs ---------------------------------------------------------------------------------
    def _button_clicked(self) -> None:
        if self.is_computing():
            self.cancel()
        else:
            self.compute()

    def _reset_button(self) -> None:
        self.compute_button.setText(translate("LandscapeView", "Recompute")
                                    if self.last_landscape is not None
                                    else translate("LandscapeView", "Compute"))

    def _poll(self) -> None:
        for event in self._jobs.poll():
            if event.job != self._job:
                continue
            if event.kind == "progress":
                done, total = event.value
                self.status.setText(translate("LandscapeView", "Computing… {done} of {total} rows"
                                              ).format(done=done, total=total))
                continue
            self._job = None
            self._poll_timer.stop()
            if event.kind == "done":
                self._last_from = self._job_from
                self._show(event.value)
            else:
                self.status.setText(translate("LandscapeView",
                                              "Could not compute the landscape: {reason}"
                                              ).format(reason=event.value))
            self._reset_button()
        if self._job is None:
            self._poll_timer.stop()

    def _auto_toggled(self) -> None:
        if self.auto.isChecked():
            self._auto_timer.start(self.auto_seconds.value() * 1000)
        else:
            self._auto_timer.stop()

    def recompute_if_changed(self) -> bool:
        """Compute again if the source's weights, config or points are not those of the last
        map (what the auto-recompute timer does); True when a computation started."""
        if self.is_computing():
            return False
        request = self._source()
        if request is None or _same(_made_from(request), self._last_from):
            return False
        return self.compute()

    # --- drawing ------------------------------------------------------------------------------
    def _show(self, landscape: Landscape) -> None:
        self.last_landscape = landscape
        logs, lo, hi = log_loss(landscape.loss)
        self.image.setImage(logs, autoLevels=False)
        x, y, w, h = pixel_rect(landscape.alphas, landscape.betas)
        self.image.setRect(QRectF(x, y, w, h))
        self.colorbar.setLevels((lo, hi))
        for iso, level in zip(self.isocurves, contour_levels(lo, hi, len(self.isocurves))):
            iso.setData(logs, float(level))
        path = landscape.path
        if path is not None and len(path):
            self.path_item.setData(path[:, 0], path[:, 1])
            self.path_start.setData([path[0, 0]], [path[0, 1]])
        else:
            self.path_item.setData([], [])
            self.path_start.setData([], [])
        self._set_axis_labels(*axis_labels(landscape))
        self.plot_item.setRange(xRange=(x, x + w), yRange=(y, y + h), padding=0)
        self.status.setText(status_text(landscape))
        self.sigComputed.emit(landscape)

