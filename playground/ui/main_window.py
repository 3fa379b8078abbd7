"""The main window: assembles the views, the actions, the menus and the worker.

The session model (``session.model``) holds the work; ``Document`` is its Qt face with undo;
``session.link`` forwards every change of the model to the training process as a protocol
command; snapshots come back through the worker to the ``SnapshotRouter`` (``ui/router.py``),
which records them in the model and decides what the views draw (the live run or a replay
frame).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from playground.logs import log_path
from playground.pictures.colors import CLASS_COLORS
from playground.session.link import link, start_message
from playground.session.model import Event as SessionEvent
from playground.session.model import PlayChanged, SessionModel
from playground.training.config import DEFAULT_CONFIG, TrainConfig
from playground.training.protocol import ChannelClosed, Command, SetSpeed, Snapshot, Step
from playground.ui.controllers.document import Document
from playground.ui.controllers.files import STATE_TIMEOUT_S, FileController
from playground.ui.controllers.input_guard import InputGuard
from playground.ui.controllers.recovery import Recovery
from playground.ui.controllers.settings import (
    app_settings,
    restore_state,
    restored_config,
    save_state,
)
from playground.ui.controllers.worker import TrainingWorker
from playground.ui.dialogs import help as help_dialogs
from playground.ui.dialogs.messages import show_warning
from playground.ui.icons import app_icon, swatch_icon
from playground.ui.instruments import Instruments
from playground.ui.layout import fill, fit_to_screen
from playground.ui.panels.data_panel import DataPanel
from playground.ui.panels.network_panel import NetworkPanel
from playground.ui.panels.speed import SpeedControl
from playground.ui.panels.stop_rules import StopRulesButton
from playground.ui.panels.training_panel import TrainingPanel
from playground.ui.replay import ReplayController
from playground.ui.router import SnapshotRouter, Views
from playground.ui.views.canvas import CanvasView
from playground.ui.views.loss_plot import LossPlot
from playground.ui.views.network_view import NetworkView
from playground.ui.views.readout import HoverReadout
from playground.ui.window_layout import WindowLayout

log = logging.getLogger("playground.ui")
# Speed control positions: epochs per second, None = as fast as possible.
SPEEDS: tuple[float | None, ...] = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, None)
DEFAULT_SIZE = QSize(1280, 800)  # or less: the window fits its screen (``fit_to_screen``)


class MainWindow(QMainWindow):
    """Playground's window. ``model`` holds the work (``document`` adds undo); ``worker``
    trains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = app_settings()
        self.model = SessionModel(restored_config(self.settings, DEFAULT_CONFIG))
        self.document = Document(model=self.model)
        doc = self.document
        self.worker = TrainingWorker(start_message(self.model),
                                     source=lambda: start_message(self.model))
        self._message_box: QMessageBox | None = None

        self.canvas = CanvasView(doc)
        self.data_panel = DataPanel(doc)
        self.network_panel = NetworkPanel(doc)
        self.training_panel = TrainingPanel(doc)
        self.stop_rules = StopRulesButton(doc)
        self.loss_plot = LossPlot()
        self.network_view = NetworkView()
        self.files = FileController(self)
        self.recovery = Recovery(self)
        self._build_layout()
        self.instruments = Instruments(self)
        # the one place that decides what the views draw: the live run or a replay frame
        self.router = SnapshotRouter(self.model, Views(
            self.canvas, self.network_view, self.loss_plot, self.status_label,
            curve=lambda: self.layout_.curve_view, inside=self.instruments.draw), self)
        self.router.sigDrawn.connect(self._snapshot_drawn)
        self.replay = ReplayController(self.model, self.document, self.router,
                                       self.statusBar().showMessage)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.replay.toolbar)
        self.addActions([self.replay.action, self.replay.leave_action])
        self._build_actions()
        self._build_menus_and_toolbar()
        self._connect()
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        self._update_title()
        self._restore_geometry()
        # keys go to the canvas at first: Space plays, 1-8 pick classes (a spin box with
        # focus would take them as typing)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.setFocus()
        link(self.model, self.worker.channel, on_lost=self._command_lost)
        self.model.subscribe(self._on_model_event)
        self.worker.start()

    # --- construction -------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.layout_ = WindowLayout(self)
        self.main_split = self.layout_.main_split
        # The status bar: temporary messages (``showMessage``, status tips) are drawn on the
        # left, where the classroom badge and the hover readout sit otherwise (QStatusBar hides
        # its normal widgets while a message shows); the training line is the one permanent
        # widget, on the right, as wide as its text, so a message has the rest of the width.
        bar = self.statusBar()
        self.readout = HoverReadout(self.canvas, self.document)  # what is under the pointer
        bar.addWidget(self.readout)
        self.status_label = QLabel("Paused — press Space to train")
        self.status_label.setMinimumWidth(1)  # a long line never widens the window
        bar.addPermanentWidget(self.status_label)
        fit_to_screen(self, DEFAULT_SIZE)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if not event.spontaneous():  # shown by the program (a saved size may not fit)
            fit_to_screen(self)
            QTimer.singleShot(0, lambda: fit_to_screen(self))  # the frame is known now
        super().showEvent(event)
        if not self.layout_.sized:  # no saved sizes: share the width out once it is known
            QTimer.singleShot(0, self.layout_.fit_sizes)

    def _action(self, text: str, slot: Callable[..., object],
                shortcut: str | QKeySequence.StandardKey | None = None,
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
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.document.undo_stack.createRedoAction(self, "&Redo")
        # each once, whatever the platform's Redo is (on X11 it is Ctrl+Shift+Z already, and a
        # key bound twice is an "ambiguous shortcut" that Qt ignores)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        self.clear_action = self._action("&Clear points", self.document.clear, None,
                                         "Remove every point (undoable)")
        classes = QActionGroup(self)
        self.class_actions = []
        for i, color in enumerate(CLASS_COLORS):
            a = self._action(f"Class {i + 1}",
                             lambda _c=False, i=i: self.document.set_current_class(i),
                             str(i + 1), f"Draw points of class {i + 1}", checkable=True)
            a.setIcon(swatch_icon(color, str(i + 1)))
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
        self.stop_rules_action = self._action(
            "S&top rules…", self.stop_rules.showMenu, None,
            "Pause Play at an epoch, at a target loss, or when the loss stops improving")
        self.log_y_action = self._action("&Log-scale loss", self.loss_plot.set_log_y, None,
                                         checkable=True)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.files.build_menu(bar.addMenu("&File"))
        menus: list[tuple[str, list[QAction | None]]] = [
            ("&Edit", [self.undo_action, self.redo_action, None, self.clear_action, None,
                       *self.tool_actions.values()]),
            ("&View", [self.show_test_action, self.discretize_action, self.boundary_action,
                       self.log_y_action, None, *self.layout_.actions.values(),
                       self.layout_.full_canvas_action, None, self.layout_.classroom_action,
                       self.layout_.leave_classroom_action]),
            ("&Train", [self.play_action, self.step_action, self.reset_action,
                        self.stop_rules_action, None, self.replay.action,
                        self.instruments.compare_action]),
            ("&Inspect", self.instruments.menu_actions()),
            ("&Help", [self._action("&Keyboard shortcuts",
                                    lambda: help_dialogs.show_shortcuts(self), "F1"),
                       self._action("&About Playground", lambda: help_dialogs.show_about(self))]),
        ]
        for title, actions in menus:
            fill(bar.addMenu(title), actions)
        tb = QToolBar("Training")
        tb.setObjectName("training-toolbar")
        tb.addActions([self.play_action, self.step_action, self.reset_action])
        tb.addWidget(self.stop_rules)  # next to Play: a student looks for them there
        tb.addSeparator()
        self.speed_control = SpeedControl(SPEEDS)
        self.speed = self.speed_control.slider
        self.speed_control.sigSpeedChanged.connect(lambda speed: self.send(SetSpeed(speed)))
        tb.addWidget(self.speed_control)
        tb.addSeparator()
        tb.addActions([self.undo_action, self.redo_action])
        self.addToolBar(tb)
        draw = QToolBar("Drawing")
        draw.setObjectName("drawing-toolbar")
        fill(draw, [*self.tool_actions.values(), None, *self.class_actions])
        self.addToolBar(draw)
        self._show_class_actions()

    def _connect(self) -> None:
        doc = self.document
        doc.sigConfigChanged.connect(self._config_changed)
        doc.sigModifiedChanged.connect(lambda _m: self._update_title())
        self.worker.sigSnapshotsReady.connect(self._take_backlog)  # merged by the worker
        self.worker.sigError.connect(self._on_worker_error)
        dp = self.data_panel
        dp.sigToolChanged.connect(self._tool_changed)
        doc.sigCurrentClassChanged.connect(lambda i: self.class_actions[i].setChecked(True))
        doc.sigPointsChanged.connect(lambda _p, _v: self._show_class_actions())
        doc.sigClassNamesChanged.connect(lambda _n: self._show_class_actions())
        dp.sigRegressionValueChanged.connect(self.canvas.set_regression_value)
        dp.sigBrushChanged.connect(self.canvas.set_brush)
        dp.sigError.connect(lambda text: self.show_message("Playground", text))
        notice = getattr(self.network_panel, "sigResetNotice", None)
        if notice is not None:
            notice.connect(lambda text: self.statusBar().showMessage(
                f"{text} (Undo brings the trained ones back)", 5000))
        # before a settings change replaces the weights, the exact ones are kept for undo
        doc.state_source = lambda: self.worker.channel.request_state().result(STATE_TIMEOUT_S)
        # the wheel changes only the control being used; Enter / Escape leave a field
        self.input_guard = InputGuard(self, home=self.canvas)

    def _show_class_actions(self) -> None:
        """One toolbar button per class of the current points (none for regression)."""
        doc = self.document
        for i, a in enumerate(self.class_actions):
            a.setVisible(i < doc.points.n_classes)
            # F1 and the menus name it as the views do ("&&": a name's "&" is no mnemonic)
            a.setText(doc.class_label(i).replace("&", "&&"))
            a.setToolTip(f"Draw points of {doc.class_label(i)} (key {i + 1})")
        self.class_actions[doc.current_class].setChecked(True)

    # --- training control ---------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self.model.playing

    def toggle_play(self) -> None:
        self.set_playing(not self.model.playing)

    def set_playing(self, playing: bool) -> None:
        self.model.set_playing(playing)

    def _on_model_event(self, event: SessionEvent) -> None:
        if isinstance(event, PlayChanged):
            self.play_action.setText("&Pause" if event.playing else "&Play")

    def send(self, command: Command) -> None:
        """A command that is the window's own (not the session's): step, speed."""
        try:
            self.worker.channel.send(command)
        except ChannelClosed as exc:
            self._command_lost(str(exc))

    def _command_lost(self, why: str) -> None:
        self.statusBar().showMessage(f"The training process is restarting ({why})", 5000)

    def step(self) -> None:
        self.set_playing(False)
        self.send(Step(1))

    def reset_weights(self) -> None:
        self.document.reset_weights()
        self.statusBar().showMessage("Weights reset: training starts again (Undo brings the "
                                     "trained ones back)", 3000)

    def _tool_changed(self, name: str) -> None:
        self.canvas.set_tool(name)
        self.tool_actions[name].setChecked(True)

    def _config_changed(self, _config: TrainConfig, reset: bool) -> None:
        if reset:
            self.statusBar().showMessage("Network changed: training starts from new weights",
                                         4000)

    def _take_backlog(self) -> None:
        """Record and draw the worker's backlog (merged there, off the UI thread: when the UI
        fell behind, only the newest is drawn, with every history row of the others)."""
        snap = self.worker.take_snapshot()
        if snap is not None:
            self.router.record(snap)

    @property
    def last_snapshot(self) -> Snapshot | None:
        """The latest live snapshot recorded (``SnapshotRouter.latest``)."""
        return self.router.latest

    def _snapshot_drawn(self, snap: Snapshot) -> None:
        if snap.playing:
            self.recovery.changed()
        if snap.message and not snap.stopped:  # a stop rule is expected, not an error
            self.show_message("Training stopped", snap.message)

    def _on_worker_error(self, message: str, details: str) -> None:
        self.model.set_playing(False)
        self.show_message("Training error",
                          f"Training stopped because of an internal error:\n{message}\n\n"
                          f"Your points are safe. Details were written to {log_path()}.",
                          details)

    # --- messages -----------------------------------------------------------------------------
    def show_message(self, title: str, text: str, details: str = "") -> None:
        """A non-modal warning: training and drawing go on while it is open."""
        if self._message_box is not None:
            self._message_box.close()
        self._message_box = show_warning(self, title, text, details)
        self._message_box.finished.connect(lambda _r: setattr(self, "_message_box", None))

    def _update_title(self) -> None:
        name = self.files.display_name()
        mark = "*" if self.document.modified else ""
        self.setWindowTitle(f"{name}{mark} — Playground")

    # --- persistence (see ``controllers.settings``) -----------------------------------------
    def _restore_geometry(self) -> None:
        restore_state(self.settings, {"geometry": self.restoreGeometry,
                                      "window_state": self.restoreState})
        self.layout_.restore({k: self.settings.value(f"layout/{k}") for k in
                              ("main_split", "output_split")})

    def save_settings(self) -> None:
        save_state(self.settings, {"geometry": self.saveGeometry(),
                                   "window_state": self.saveState(),
                                   **{f"layout/{k}": v for k, v in self.layout_.state().items()}},
                   self.document.config)

    def offer_recovery(self) -> None:
        """Once the event loop runs: offer the work of windows that did not close cleanly."""
        self.recovery.offer_later()

    def shutdown(self) -> bool:
        """Stop background work and join the training thread; True when it finished."""
        self.instruments.stop()
        ok = self.worker.stop()
        if not ok:
            log.error("the training thread did not stop in time")
        return ok

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.files.confirm_discard("closing"):
            event.ignore()
            return
        self.save_settings()
        self.recovery.discard(for_good=True)  # late snapshots must not re-arm it
        self.shutdown()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.files.open_path(url.toLocalFile())
