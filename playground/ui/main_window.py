"""The main window: assembles the views, the actions, the menus and the worker."""

from __future__ import annotations

import dataclasses
import logging
import os
import tempfile

import numpy as np
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSlider,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from playground.errors import PlaygroundError
from playground.logs import log_path
from playground.paths import APP_NAME, ORG_NAME
from playground.training.config import TrainConfig
from playground.training.loop import Snapshot
from playground.ui.colors import CLASS_COLORS
from playground.ui.controllers.document import Document
from playground.ui.controllers.files import FileController
from playground.ui.controllers.worker import TrainingWorker, merge_snapshots
from playground.ui.panels.data_panel import DataPanel
from playground.ui.panels.network_panel import NetworkPanel
from playground.ui.panels.training_panel import TrainingPanel
from playground.ui.status import format_metrics_tooltip, format_status
from playground.ui.views.canvas import CanvasView
from playground.ui.views.loss_plot import LossPlot
from playground.ui.views.network_view import NetworkView

log = logging.getLogger("playground.ui")
# Speed control positions: epochs per second, None = as fast as possible.
SPEEDS: tuple[float | None, ...] = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, None)
DEFAULT_CONFIG = TrainConfig(hidden_layers=(8, 8), activations=("tanh", "tanh"),
                             optimizer="adam", learning_rate=0.01, batch_size=10)


def _swatch_icon(color: str, text: str) -> QIcon:
    """A class button's icon: its colour with its number."""
    pixmap = QPixmap(20, 20)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


def app_settings() -> QSettings:
    """The persistent settings; tests (``PLAYGROUND_NO_SETTINGS``) get a throw-away file."""
    if os.environ.get("PLAYGROUND_NO_SETTINGS"):
        path = os.path.join(tempfile.gettempdir(), f"playground-test-{os.getpid()}.ini")
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORG_NAME, APP_NAME)


class MainWindow(QMainWindow):
    """Playground's window. ``document`` holds the user's work; ``worker`` trains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = app_settings()
        self.document = Document(config=self._restored_config())
        doc = self.document
        self.worker = TrainingWorker(doc.config, doc.points)
        self.last_snapshot: Snapshot | None = None
        self.playing = False
        self._pending_history: np.ndarray | None = None
        self._pending_snapshot: Snapshot | None = None
        self._draw_scheduled = False
        self._message_box: QMessageBox | None = None

        self.canvas = CanvasView(doc)
        self.data_panel = DataPanel(doc)
        self.network_panel = NetworkPanel(doc)
        self.training_panel = TrainingPanel(doc)
        self.loss_plot = LossPlot()
        self.network_view = NetworkView()
        self.files = FileController(self)
        self._build_layout()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._connect()
        self.setAcceptDrops(True)
        self._update_title()
        self._restore_geometry()
        # keys go to the canvas at first: Space plays, 1-8 pick classes (a spin box with
        # focus would take them as typing)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.setFocus()
        self.worker.start()

    # --- construction -------------------------------------------------------------------------
    def _build_layout(self) -> None:
        left = self._side_column(self.data_panel)
        right_inner = QWidget()
        rl = QVBoxLayout(right_inner)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.network_panel)
        rl.addWidget(self.training_panel)
        rl.addStretch(1)
        right = self._side_column(right_inner)
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.addTab(self.loss_plot, "&Loss")
        self.bottom_tabs.addTab(self.network_view, "Net&work")
        self.bottom_tabs.currentChanged.connect(self._tab_changed)
        self.center_split = QSplitter(Qt.Orientation.Vertical)
        self.center_split.addWidget(self.canvas)
        self.center_split.addWidget(self.bottom_tabs)
        self.center_split.setStretchFactor(0, 3)
        self.center_split.setStretchFactor(1, 1)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(left)
        self.main_split.addWidget(self.center_split)
        self.main_split.addWidget(right)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([left.minimumWidth(), 700, right.minimumWidth()])
        self.setCentralWidget(self.main_split)
        self.status_label = QLabel("Paused — press Space to train")
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self.resize(1280, 820)

    @staticmethod
    def _side_column(content: QWidget) -> QScrollArea:
        """A vertically scrolling column exactly as wide as its content needs."""
        area = QScrollArea()
        area.setWidget(content)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setMinimumWidth(content.minimumSizeHint().width()
                             + area.verticalScrollBar().sizeHint().width() + 4)
        return area

    def _action(self, text: str, slot: object, shortcut: object = None,
                tip: str = "", checkable: bool = False) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(f"{tip} ({a.shortcut().toString()})" if shortcut else tip)
        a.setCheckable(checkable)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        self.play_action = self._action("&Play", self.toggle_play, "Space",
                                        "Start or pause training")
        self.step_action = self._action("&Step one epoch", self.step, ".",
                                        "Train exactly one epoch")
        self.reset_action = self._action("&Reset weights", self.reset_weights, "Ctrl+R",
                                         "Start again from new weights")
        undo = self.document.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.document.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.undo_action, self.redo_action = undo, redo
        self.clear_action = self._action("&Clear points", self.document.clear, None,
                                         "Remove every point (undoable)")
        classes = QActionGroup(self)
        self.class_actions = []
        for i, color in enumerate(CLASS_COLORS):
            a = self._action(f"Class {i + 1}",
                             lambda _c=False, i=i: self.data_panel.select_class(i),
                             str(i + 1), f"Draw points of class {i + 1}", checkable=True)
            a.setIcon(_swatch_icon(color, str(i + 1)))
            classes.addAction(a)
            self.class_actions.append(a)
        self.class_actions[0].setChecked(True)
        tools = QActionGroup(self)
        self.tool_actions = {}
        for key, name, text in (("A", "add", "&Add points"), ("B", "brush", "&Brush"),
                                ("E", "erase", "&Eraser")):
            a = self._action(text, lambda _c=False, n=name: self.data_panel.select_tool(n), key,
                             checkable=True)
            tools.addAction(a)
            self.tool_actions[name] = a
        self.tool_actions["add"].setChecked(True)
        self.show_test_action = self._action("Show &test points", self.canvas.set_show_test,
                                             "T", checkable=True)
        self.show_test_action.setChecked(True)
        self.discretize_action = self._action("&Discretize output", self.canvas.set_discretize,
                                              "D", checkable=True)
        self.boundary_action = self._action("Decision &boundary", self.canvas.set_show_boundary,
                                            None, checkable=True)
        self.boundary_action.setChecked(True)
        self.log_y_action = self._action("&Log-scale loss", self.loss_plot.set_log_y, None,
                                         checkable=True)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.files.build_menu(bar.addMenu("&File"))
        edit = bar.addMenu("&Edit")
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addAction(self.clear_action)
        edit.addSeparator()
        edit.addActions(list(self.tool_actions.values()))
        view = bar.addMenu("&View")
        view.addActions([self.show_test_action, self.discretize_action, self.boundary_action,
                         self.log_y_action])
        train = bar.addMenu("&Train")
        train.addActions([self.play_action, self.step_action, self.reset_action])
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard shortcuts", self.show_shortcuts, "F1"))
        help_menu.addAction(self._action("&About Playground", self.show_about))

        tb = QToolBar("Training")
        tb.setObjectName("training-toolbar")
        tb.addActions([self.play_action, self.step_action, self.reset_action])
        tb.addSeparator()
        tb.addWidget(QLabel(" Speed "))
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed.setMaximumWidth(160)
        self.speed.setToolTip("From a few epochs a second (watchable) to as fast as possible")
        self.speed.valueChanged.connect(self._speed_changed)
        tb.addWidget(self.speed)
        self.speed_label = QLabel(" max ")
        self.speed_label.setMinimumWidth(70)
        tb.addWidget(self.speed_label)
        tb.addSeparator()
        tb.addActions([self.undo_action, self.redo_action])
        self.addToolBar(tb)
        draw = QToolBar("Drawing")
        draw.setObjectName("drawing-toolbar")
        draw.addActions(list(self.tool_actions.values()))
        draw.addSeparator()
        draw.addActions(self.class_actions)
        self.addToolBar(draw)
        self._show_class_actions()

    def _connect(self) -> None:
        doc, loop = self.document, self.worker.loop
        doc.sigPointsChanged.connect(lambda points, version: loop.set_points(points, version))
        doc.sigConfigChanged.connect(self._config_changed)
        doc.sigModifiedChanged.connect(lambda _m: self._update_title())
        self.worker.sigSnapshot.connect(self._on_snapshot)
        self.worker.sigError.connect(self._on_worker_error)
        dp = self.data_panel
        dp.sigToolChanged.connect(self._tool_changed)
        dp.sigClassChanged.connect(self.canvas.set_current_class)
        dp.sigClassChanged.connect(lambda i: self.class_actions[i].setChecked(True))
        doc.sigPointsChanged.connect(lambda _p, _v: self._show_class_actions())
        doc.sigClassNamesChanged.connect(lambda _n: self._show_class_actions())
        dp.sigRegressionValueChanged.connect(self.canvas.set_regression_value)
        dp.sigBrushChanged.connect(self.canvas.set_brush)
        dp.sigError.connect(self.show_error)
        notice = getattr(self.network_panel, "sigResetNotice", None)
        if notice is not None:
            notice.connect(lambda text: self.statusBar().showMessage(text, 4000))

    def _show_class_actions(self) -> None:
        """One toolbar button per class of the current points (none for regression)."""
        doc = self.document
        for i, a in enumerate(self.class_actions):
            a.setVisible(i < doc.points.n_classes)
            if i < len(doc.class_names):
                a.setToolTip(f"Draw points of {doc.class_names[i]} (key {i + 1})")
        self.class_actions[self.data_panel.current_class].setChecked(True)

    # --- training control ---------------------------------------------------------------------
    def toggle_play(self) -> None:
        self.set_playing(not self.playing)

    def set_playing(self, playing: bool) -> None:
        self.playing = playing
        if playing:
            self.worker.loop.play()
        else:
            self.worker.loop.pause()
        self._show_play_state()

    def _show_play_state(self) -> None:
        self.play_action.setText("&Pause" if self.playing else "&Play")

    def step(self) -> None:
        self.set_playing(False)
        self.worker.loop.step(1)

    def reset_weights(self) -> None:
        self.worker.loop.reset()
        self.statusBar().showMessage("Weights reset: training starts again", 3000)

    def _speed_changed(self, index: int) -> None:
        speed = SPEEDS[index]
        self.speed_label.setText(" max " if speed is None else f" {speed:g}/s ")
        self.worker.loop.set_speed(speed)

    def _tool_changed(self, name: str) -> None:
        self.canvas.set_tool(name)
        self.tool_actions[name].setChecked(True)

    def _config_changed(self, config: TrainConfig, reset: bool) -> None:
        self.worker.loop.set_config(config)
        if reset:
            self.statusBar().showMessage("Network changed: training starts from new weights",
                                         4000)

    def _on_snapshot(self, snap: Snapshot) -> None:
        """Queue a snapshot; a backlog (the UI fell behind) is merged and drawn once."""
        pending = self._pending_snapshot
        self._pending_snapshot = snap if pending is None else merge_snapshots(pending, snap)
        if not self._draw_scheduled:
            self._draw_scheduled = True
            QTimer.singleShot(0, self._draw_pending)  # runs after the queued snapshots

    def _draw_pending(self) -> None:
        self._draw_scheduled = False
        snap, self._pending_snapshot = self._pending_snapshot, None
        if snap is not None:
            self._draw(snap)

    def _draw(self, snap: Snapshot) -> None:
        if snap.reset and self._pending_history is not None:
            snap = dataclasses.replace(
                snap, history=np.vstack([self._pending_history, snap.history]))
            self._pending_history = None
        self.last_snapshot = snap
        self.canvas.show_snapshot(snap)
        self.loss_plot.show_snapshot(snap)
        if self.bottom_tabs.currentWidget() is self.network_view or snap.reset:
            self.network_view.show_snapshot(snap)
        self.status_label.setText(format_status(snap))
        self.status_label.setToolTip(format_metrics_tooltip(snap))
        if snap.message and not snap.playing and self.playing:
            # the loop stopped by itself (divergence, a refused edit). Only then: a snapshot
            # made before a play command arrived also says "not playing", and means nothing
            self.playing = False
            self._show_play_state()
        if snap.playing:
            self.files.note_training()
        if snap.message:
            self.show_message("Training stopped", snap.message)

    def _tab_changed(self, _index: int) -> None:
        if self.bottom_tabs.currentWidget() is self.network_view and self.last_snapshot:
            self.network_view.show_snapshot(self.last_snapshot)

    def _on_worker_error(self, message: str, details: str) -> None:
        self.playing = False
        self._show_play_state()
        self.show_message("Training error",
                          f"Training stopped because of an internal error:\n{message}\n\n"
                          f"Your points are safe. Details were written to {log_path()}.",
                          details)

    # --- messages -----------------------------------------------------------------------------
    def show_message(self, title: str, text: str, details: str = "") -> None:
        """A non-modal warning: training and drawing go on while it is open."""
        if self._message_box is not None:
            self._message_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self)
        if details:
            box.setDetailedText(details)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self._message_box = box
        box.finished.connect(lambda _r: setattr(self, "_message_box", None))

    def show_error(self, text: str) -> None:
        self.show_message("Playground", text)

    def show_shortcuts(self) -> None:
        rows = [("Space", "play / pause"), (".", "step one epoch"), ("Ctrl+R", "reset weights"),
                ("1–8", "choose the class to draw"), ("A / B / E", "add, brush, eraser"),
                ("Right drag", "erase with any tool"), ("Ctrl+Z / Ctrl+Shift+Z", "undo / redo"),
                ("T", "show test points"), ("D", "discretize output"),
                ("Ctrl+S", "save session"), ("Ctrl+E", "export weights")]
        html = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        QMessageBox.information(self, "Keyboard shortcuts", f"<table>{html}</table>")

    def show_about(self) -> None:
        from playground import __version__
        QMessageBox.about(self, "About Playground",
                          f"<b>Playground {__version__}</b><p>Draw points, build a network, "
                          "watch NumPy train it live.</p>")

    def _update_title(self) -> None:
        name = self.files.display_name()
        mark = "*" if self.document.modified else ""
        self.setWindowTitle(f"{name}{mark} — Playground")

    # --- persistence --------------------------------------------------------------------------
    def _restored_config(self) -> TrainConfig:
        text = self.settings.value("last_config", "")
        if isinstance(text, str) and text:
            try:
                return TrainConfig.from_json(text)
            except PlaygroundError:
                log.warning("ignoring an invalid saved configuration")
        return DEFAULT_CONFIG

    def _restore_geometry(self) -> None:
        for key, restore in (("geometry", self.restoreGeometry),
                             ("main_split", self.main_split.restoreState),
                             ("center_split", self.center_split.restoreState)):
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("geometry", self.saveGeometry())
        s.setValue("main_split", self.main_split.saveState())
        s.setValue("center_split", self.center_split.saveState())
        s.setValue("last_config", self.document.config.to_json())
        s.sync()

    def offer_recovery(self) -> None:
        """Hook for crash recovery (autosave); see ``files``."""
        QTimer.singleShot(0, self.files.offer_recovery)

    def shutdown(self) -> bool:
        """Stop and join the training thread; True when it finished."""
        ok = self.worker.stop()
        if not ok:
            log.error("the training thread did not stop in time")
        return ok

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.files.confirm_discard("closing"):
            event.ignore()
            return
        self.save_settings()
        self.files.discard_recovery(for_good=True)  # late snapshots must not re-arm it
        self.shutdown()
        event.accept()

    # --- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event: object) -> None:  # noqa: N802
        if event.mimeData().hasUrls():  # type: ignore[attr-defined]
            event.acceptProposedAction()  # type: ignore[attr-defined]

    def dropEvent(self, event: object) -> None:  # noqa: N802
        for url in event.mimeData().urls():  # type: ignore[attr-defined]
            if url.isLocalFile():
                self.files.open_path(url.toLocalFile())
