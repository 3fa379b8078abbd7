"""The main window: the window assembly, the one module that knows every widget.

``WindowSession`` (``ui.session``) holds the work (the session model and its ``Document``)
and the trainer it is linked to; every change of the model reaches the trainer as a protocol
command, and snapshots come back to the ``SnapshotRouter`` (``ui.router``), which records
them in the session and decides what the views draw (the live run or a replay frame). The
window builds the controllers (files, recovery, lessons, the inspect views, step-through,
compare, the layout), each with what it uses, registers everyone's actions by id
(``ui.actions``) and fills the menus from ``MENUS``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from playground.exporters import FORMATS
from playground.logs import log_path
from playground.paths import APP_NAME
from playground.pictures.colors import CLASS_COLORS
from playground.pictures.markers import class_marker
from playground.session.model import Event as SessionEvent
from playground.session.model import PlayChanged
from playground.training.config import DEFAULT_CONFIG, TrainConfig
from playground.training.protocol import Command, SetSpeed, Snapshot, Step
from playground.ui.actions import Actions, ActionSpec, StatusBarReporter
from playground.ui.announce import announce
from playground.ui.appearance import AppearanceController
from playground.ui.classroom import SECTIONS
from playground.ui.coach import CoachController
from playground.ui.compare import Compare
from playground.ui.controllers.files import FileController
from playground.ui.controllers.input_guard import InputGuard
from playground.ui.controllers.language import MENU_IDS as LANGUAGE_IDS
from playground.ui.controllers.language import LanguageChooser
from playground.ui.controllers.recovery import Recovery
from playground.ui.controllers.settings import (
    app_settings,
    restore_state,
    restored_config,
    save_state,
)
from playground.ui.dialogs import help as help_dialogs
from playground.ui.dialogs.messages import show_warning
from playground.ui.i18n import (
    LANGUAGES,
    current_language,
    install_language,
    translate,
    translate_noop,
)
from playground.ui.icons import app_icon, swatch_icon
from playground.ui.inspect import InspectViews
from playground.ui.layout import ScreenFit, fit_to_screen
from playground.ui.lessons import LessonController, ViewParts
from playground.ui.notebook import Notebook
from playground.ui.panels.data_panel import DataPanel
from playground.ui.panels.network_panel import NetworkPanel
from playground.ui.panels.speed import SpeedControl
from playground.ui.panels.stop_rules import StopRulesButton
from playground.ui.panels.training_panel import TrainingPanel
from playground.ui.replay import ReplayController
from playground.ui.router import SnapshotRouter, Views
from playground.ui.session import TrainerFactory, WindowSession, process_trainer
from playground.ui.stepper import StepThrough
from playground.ui.sweep_map import SweepMap
from playground.ui.views.canvas import CanvasView
from playground.ui.views.canvas_keyboard import key_rows as canvas_key_rows
from playground.ui.views.loss_plot import LossPlot
from playground.ui.views.network_view import NetworkView
from playground.ui.views.readout import HoverReadout
from playground.ui.window_layout import TOOL_IDS, MainWidgets, WindowLayout
from playground.ui.zoom import Zoom, ZoomViewPart, follow_font, percent

log = logging.getLogger("playground.ui")
# Speed control positions: epochs per second, None = as fast as possible.
SPEEDS: tuple[float | None, ...] = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, None)
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
DEFAULT_SIZE = QSize(1280, 800)  # or less: the window fits its screen (``fit_to_screen``)
TOOLS = {"add": ("A", translate_noop("MainWindow", "&Add points")),
         "brush": ("B", translate_noop("MainWindow", "&Brush")),
         "erase": ("E", translate_noop("MainWindow", "&Eraser"))}
# The menus: action ids (``Actions``), None a separator, (title, ids) a submenu; the titles
# are translated where the menus are made.
Entries = list[str | None | tuple[str, list[str]]]
MENUS: list[tuple[str, Entries]] = [
    (translate_noop("MainWindow", "&File"),
     ["file.new", "file.open", "file.open_lesson", "file.open_link", "file.save",
      "file.save_as", None,
      "file.import_points", "file.export_points", None,
      "file.export_weights", "file.import_weights",
      (translate_noop("MainWindow", "Export &model as"),
       [f"file.export_model.{name}" for name in FORMATS]),
      "file.export_image", "file.export_replay", "file.export_history",
      "file.export_notebook", None,
      "app.quit"]),
    (translate_noop("MainWindow", "&Edit"),
     ["edit.undo", "edit.redo", None, "edit.clear", "edit.copy_link", None, *TOOL_IDS]),
    (translate_noop("MainWindow", "&View"),
     ["view.show_test", "view.discretize", "view.boundary", "view.log_y",
      "view.running_loss", "view.coach", None,
      (translate_noop("MainWindow", "&Colours"), ["view.colors.standard", "view.colors.safe"]),
      "view.high_contrast", None, "view.fit", "view.reset_view", None,
      "view.zoom_in", "view.zoom_out", "view.zoom_actual", None,
      *(f"view.section.{name}" for name in SECTIONS), "view.full_canvas", None,
      "view.classroom", "view.leave_classroom", None,
      (translate_noop("MainWindow", "&Language"), LANGUAGE_IDS)]),
    (translate_noop("MainWindow", "&Train"),
     ["train.play", "train.step", "train.reset", "train.stop_rules", None,
      "train.replay", "train.compare", "train.sweep", "train.notebook"]),
    (translate_noop("MainWindow", "&Inspect"), [*InspectViews.MENU, None, "inspect.step_through"]),
    (translate_noop("MainWindow", "&Help"), ["help.lessons", None, "help.shortcuts", "help.about"]),
]
_EXTRA_WINDOWS: list[MainWindow] = []


class MainWindow(QMainWindow):
    """Playground's window. ``session`` holds the work (``model``, ``document`` with undo)
    and the trainer (``worker``); ``commands`` are its actions by id."""

    def __init__(self, parent: QWidget | None = None,
                 trainer: TrainerFactory = process_trainer) -> None:
        """``trainer`` makes what trains (``ui.session``): a training process by default."""
        super().__init__(parent)
        self.settings = app_settings()
        # projector scale: the application font first, so every widget is built at its size
        self.zoom = Zoom(self.settings, self)
        self.session = WindowSession(restored_config(self.settings, DEFAULT_CONFIG), trainer,
                                     parent=self)
        self.model = self.session.model
        self.document = doc = self.session.document
        self.worker = self.session.trainer
        self._trainer = trainer
        self._message_box: QMessageBox | None = None
        self._replaced = False  # closed because a window in another language took over
        self.replaced_by: MainWindow | None = None

        self.canvas = CanvasView(doc)
        self.data_panel = DataPanel(doc)
        self.network_panel = NetworkPanel(doc)
        self.training_panel = TrainingPanel(doc)
        self.stop_rules = StopRulesButton(doc)
        self.loss_plot = LossPlot()
        self.network_view = NetworkView()
        self.readout = HoverReadout(self.canvas, doc)  # what is under the pointer
        self.status = StatusBarReporter(self, self.statusBar().showMessage,
                                        self.statusBar().clearMessage)
        self.commands = Actions(self)
        self.commands.add_all(self._action_specs())
        self.class_actions = [self.commands[f"class.{i}"] for i in range(len(CLASS_COLORS))]
        # View ▸ Colours and View ▸ High contrast (remembered in the settings)
        self.appearance = AppearanceController(
            self.settings, [self.canvas.set_palette, self.data_panel.set_palette],
            [self.canvas.set_high_contrast], lambda: self.class_actions)
        self.commands.add_all(self.appearance.action_specs())
        self.appearance.apply()
        self.tool_actions = {name: self.commands[f"tool.{name}"] for name in TOOLS}
        # the loss plot's own boxes and the View menu's actions show the same state
        self.loss_plot.running_check.toggled.connect(
            self.commands["view.running_loss"].setChecked)
        self.loss_plot.log_check.toggled.connect(self.commands["view.log_y"].setChecked)
        self._build_layout()
        # what a session file carries of the view: the layout's, and the lesson followed
        self.view_parts = ViewParts(self.layout_,
                                    ZoomViewPart(self.zoom, lambda: self.layout_.classroom))
        self.files = FileController(self.session, self.status, self.settings, self.view_parts,
                                    self.layout_.current_output, self)
        self.commands.add_all(self.files.action_specs())
        self.appearance.add_palette_target(
            lambda palette: setattr(self.files, "replay_palette", palette))
        self.lessons = LessonController(self.session, self.files, self.status,
                                        self.layout_.set_classroom, self)
        self.view_parts.parts.append(self.lessons)
        self.commands.add_all(self.lessons.action_specs())
        # the lesson at the left, by the settings it talks about: the inspect docks keep the
        # right
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.lessons.dock)
        # the dock takes its width from the columns: share out what is left (the canvas keeps
        # its square, the network column gives way)
        self.lessons.dock.visibilityChanged.connect(
            lambda _shown: QTimer.singleShot(0, self.layout_.fit_sizes))
        self.recovery = Recovery(self.session, self.files, lambda: self._new_window().recovery,
                                 self)
        self.inspect = InspectViews(self.session, self.network_view, self.canvas,
                                    self.status, self.commands)
        docks = self.inspect.docks
        for dock in docks:
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
        # one column of tabs at the right: a second dock never halves the first or widens
        # the window
        for first, second in zip(docks, docks[1:]):
            self.tabifyDockWidget(first, second)
        for dock in docks:  # at large text the settings column may give way to a dock
            dock.visibilityChanged.connect(
                lambda _shown: QTimer.singleShot(0, self._fit_after_zoom))
        # the diagram's readouts are tooltips: show them while a step-through or compare
        # window has the focus too
        self.setAttribute(Qt.WidgetAttribute.WA_AlwaysShowToolTips)
        self.step_through = StepThrough(self.session, self.network_view,
                                        self.layout_.current_output, self.status, self)
        self.compare = Compare(doc, self)
        self.commands.add_all([*self.step_through.action_specs(), *self.compare.action_specs()])
        self.sweep_map = SweepMap(doc, self)  # Train ▸ Sweep…: a grid of two settings, mapped
        self.commands.add_all(self.sweep_map.action_specs())
        self.notebook = Notebook(doc, self)  # the lab notebook's window (Train menu)
        self.commands.add_all(self.notebook.action_specs())
        # the one place that decides what the views draw: the live run or a replay frame
        self.router = SnapshotRouter(self.model, Views(
            self.canvas, self.network_view, self.loss_plot, self.status_label,
            curve=lambda: self.layout_.curve_view, inside=self.inspect.draw), self,
            recorder=self.session)
        self.router.sigDrawn.connect(self._snapshot_drawn)
        self.router.sigDrawn.connect(self.lessons.snapshot_drawn)
        # the coach: a line of advice above the loss curves (off in classroom mode unless the
        # lesson turns it on)
        self.coach = CoachController(self.inspect.inside, self.settings, self._coach_allowed,
                                     self)
        self.commands.add_all(self.coach.action_specs())
        self.language = LanguageChooser(self.settings, self.switch_language, self)
        self.commands.add_all(self.language.action_specs())
        self.coach.place_at_top_of(self.loss_plot)
        self.router.sigDrawn.connect(self.coach.snapshot_drawn)
        self.replay = ReplayController(self.model, self.document, self.router,
                                       self.status.show_message)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.replay.toolbar)
        self.commands.register("train.replay", self.replay.action)
        self.commands.register("train.leave_replay", self.replay.leave_action)
        self.replay.action.toggled.connect(self.inspect.set_replaying)
        self._build_menus_and_toolbar()
        self._connect()
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        self._update_title()
        self._restore_geometry()
        self._apply_zoom(self.zoom.factor)
        self.zoom.changed.connect(self._zoom_changed)
        # keys go to the canvas at first: Space plays, 1-8 pick classes (a spin box with
        # focus would take them as typing)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.setFocus()
        self.session.sigCommandLost.connect(self._command_lost)
        self.model.subscribe(self._on_model_event)
        self.session.start()

    # --- construction -------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.layout_ = WindowLayout(self, self.document, MainWidgets(
            self.data_panel, self.training_panel, self.network_panel, self.network_view,
            self.canvas, self.loss_plot, self.stop_rules, self.readout), self.commands)
        # The status bar: temporary messages (``showMessage``, status tips) are drawn on the
        # left, where the classroom badge and the hover readout sit otherwise (QStatusBar hides
        # its normal widgets while a message shows); the training line is the one permanent
        # widget, on the right, as wide as its text, so a message has the rest of the width.
        bar = self.statusBar()
        bar.addWidget(self.readout)
        self._readout_room = self.readout.minimumWidth() / self.zoom.factor  # at 100 %
        self.status_label = QLabel(translate("MainWindow", "Paused — press Space to train"))
        self.status_label.setMinimumWidth(1)  # a long line never widens the window
        bar.addPermanentWidget(self.status_label)
        fit_to_screen(self, DEFAULT_SIZE)
        self._screen_fit = ScreenFit(self)  # again once the window manager has framed it

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if not event.spontaneous():  # shown by the program (a saved size may not fit)
            self._screen_fit.shown()
        super().showEvent(event)
        if not self.layout_.sized:  # no saved sizes: share the width out once it is known
            QTimer.singleShot(0, self.layout_.fit_sizes)

    def _action_specs(self) -> list[ActionSpec]:
        """The window's own commands (the controllers declare theirs)."""
        doc, canvas = self.document, self.canvas
        specs = [
            ActionSpec("train.play", translate("MainWindow", "&Play"), self.toggle_play, "Space",
                       translate("MainWindow", "Start or pause training")),
            ActionSpec("train.step", translate("MainWindow", "&Step one epoch"), self.step, ".",
                       translate("MainWindow", "Train exactly one epoch")),
            ActionSpec("train.reset", translate("MainWindow", "Reset &weights"),
                       self.reset_weights, "Ctrl+R",
                       translate("MainWindow", "Start again from new weights")),
            ActionSpec("train.stop_rules", translate("MainWindow", "S&top rules…"),
                       self.stop_rules.showMenu,
                       tip=translate("MainWindow", "Pause Play at an epoch, at a target loss, "
                                                   "or when the loss stops improving")),
            ActionSpec("edit.clear", translate("MainWindow", "&Clear points"), doc.clear,
                       tip=translate("MainWindow", "Remove every point (undoable)")),
            ActionSpec("view.show_test", translate("MainWindow", "Show &test points"),
                       canvas.set_show_test, "T", checkable=True, checked=True),
            ActionSpec("view.discretize", translate("MainWindow", "Discretize out&put"),
                       canvas.set_discretize, "D", checkable=True),
            ActionSpec("view.boundary", translate("MainWindow", "Decision &boundary"),
                       canvas.set_show_boundary, checkable=True, checked=True),
            ActionSpec("view.log_y", translate("MainWindow", "Lo&g-scale loss"),
                       self.loss_plot.set_log_y, checkable=True),
            ActionSpec("view.running_loss",
                       translate("MainWindow", "R&unning loss over batches"),
                       self.loss_plot.set_show_running, checkable=True,
                       tip=translate("MainWindow", "Also plot each epoch's batch losses before "
                                                   "their updates")),
            ActionSpec("view.zoom_in", translate("MainWindow", "Zoom &in"), self.zoom.zoom_in,
                       ["Ctrl+=", "Ctrl++"],
                       translate("MainWindow", "Larger text, points and lines for a projector")),
            ActionSpec("view.zoom_out", translate("MainWindow", "Zoo&m out"), self.zoom.zoom_out,
                       "Ctrl+-", translate("MainWindow", "Smaller text, points and lines")),
            ActionSpec("view.zoom_actual", translate("MainWindow", "Actual si&ze"), self.zoom.reset,
                       "Ctrl+0", translate("MainWindow", "Text, points and lines at 100 %")),
            ActionSpec("help.shortcuts", translate("MainWindow", "&Keyboard shortcuts"),
                       lambda: help_dialogs.show_shortcuts(self, more=canvas_key_rows()), "F1"),
            ActionSpec("help.about", translate("MainWindow", "&About Playground"),
                       lambda: help_dialogs.show_about(self)),
            ActionSpec("app.quit", translate("MainWindow", "&Quit"), self.close,
                       QKeySequence.StandardKey.Quit),
        ]
        specs += [ActionSpec(f"class.{i}",
                             translate("MainWindow", "Class {number}").format(number=i + 1),
                             lambda on, i=i: doc.set_current_class(i) if on else None,
                             str(i + 1),
                             translate("MainWindow", "Draw points of class {number}").format(
                                 number=i + 1),
                             checkable=True, checked=i == 0, group="class",
                             icon=swatch_icon(color, str(i + 1), class_marker(i)))
                  for i, color in enumerate(CLASS_COLORS)]
        specs += [ActionSpec(f"tool.{name}", translate("MainWindow", text),
                             lambda on, n=name: self.data_panel.select_tool(n) if on else None,
                             key, checkable=True, checked=name == "add", group="tool")
                  for name, (key, text) in TOOLS.items()]
        return specs

    def _build_menus_and_toolbar(self) -> None:
        stack = self.document.undo_stack
        undo = stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        # each once, whatever the platform's Redo is (on X11 it is Ctrl+Shift+Z already, and a
        # key bound twice is an "ambiguous shortcut" that Qt ignores)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.commands.register("edit.undo", undo)
        self.commands.register("edit.redo", redo)
        bar = self.menuBar()
        for title, entries in MENUS:
            menu = bar.addMenu(translate("MainWindow", title))
            for entry in entries:
                if isinstance(entry, tuple):  # a submenu
                    self.commands.fill(menu.addMenu(translate("MainWindow", entry[0])), entry[1])
                else:
                    self.commands.fill(menu, [entry])
        tb = QToolBar(translate("MainWindow", "Training"))
        tb.setObjectName("training-toolbar")
        self.commands.fill(tb, ["train.play", "train.step", "train.reset"])
        tb.addWidget(self.stop_rules)  # next to Play: a student looks for them there
        tb.addSeparator()
        self.speed_control = SpeedControl(SPEEDS)
        self.speed = self.speed_control.slider
        self.speed_control.sigSpeedChanged.connect(lambda speed: self.send(SetSpeed(speed)))
        tb.addWidget(self.speed_control)
        tb.addSeparator()
        self.commands.fill(tb, ["edit.undo", "edit.redo"])
        self.addToolBar(tb)
        draw = QToolBar(translate("MainWindow", "Drawing"))
        draw.setObjectName("drawing-toolbar")
        self.commands.fill(draw, [*TOOL_IDS, None, *(f"class.{i}" for i in
                                                    range(len(CLASS_COLORS)))])
        self.addToolBar(draw)
        self._show_class_actions()

    def _connect(self) -> None:
        doc = self.document
        doc.sigConfigChanged.connect(self._config_changed)
        doc.sigModifiedChanged.connect(lambda _m: self._update_title())
        self.files.sigPathChanged.connect(lambda _p: self._update_title())
        self.session.sigSnapshot.connect(self.router.live)
        self.session.sigError.connect(self._on_worker_error)
        dp = self.data_panel
        dp.sigToolChanged.connect(self._tool_changed)
        doc.sigCurrentClassChanged.connect(lambda i: self.class_actions[i].setChecked(True))
        doc.sigPointsChanged.connect(lambda _p, _v: self._show_class_actions())
        # the diagram's input units by the data's names (``height``...)
        doc.sigPointsChanged.connect(
            lambda _p, _v: self.network_view.set_input_names(doc.model.input_names))
        self.network_view.set_input_names(doc.model.input_names)
        doc.sigClassNamesChanged.connect(lambda _n: self._show_class_actions())
        dp.sigRegressionValueChanged.connect(self.canvas.set_regression_value)
        dp.sigBrushChanged.connect(self.canvas.set_brush)
        dp.sigError.connect(lambda text: self.show_message(APP_NAME, text))
        notice = getattr(self.network_panel, "sigResetNotice", None)
        if notice is not None:
            notice.connect(lambda text: self.status.show_message(
                translate("MainWindow", "{notice} (Undo brings the trained ones back)").format(
                    notice=text), 5000))
        # the heatmap and the curve are computed over the extent the output view shows
        self.layout_.sigExtentChanged.connect(self.inspect.inside.set_view_extent)
        self.inspect.inside.set_view_extent(self.layout_.current_output().extent())
        # ... and over the slice the canvas shows of a table of N > 2 inputs
        self.canvas.sigSliceChanged.connect(self.inspect.inside.set_view_slice)
        self.inspect.inside.set_view_slice(*self.canvas.slice())
        # the wheel changes only the control being used; Enter / Escape leave a field
        self.input_guard = InputGuard(self, home=self.canvas)

    def _show_class_actions(self) -> None:
        """One toolbar button per class of the current points (none for regression)."""
        doc = self.document
        for i, a in enumerate(self.class_actions):
            a.setVisible(i < doc.points.n_classes)
            # F1 and the menus name it as the views do ("&&": a name's "&" is no mnemonic)
            a.setText(doc.class_label(i).replace("&", "&&"))
            a.setToolTip(translate("MainWindow", "Draw points of {name} (key {key})").format(
                name=doc.class_label(i), key=i + 1))
        self.class_actions[doc.current_class].setChecked(True)

    def _coach_allowed(self) -> bool:
        lesson = self.lessons.lesson
        return self.layout_.classroom is None or (lesson is not None and lesson.coach)

    @property
    def last_snapshot(self) -> Snapshot | None:
        """The latest live snapshot recorded (``WindowSession.last_snapshot``)."""
        return self.session.last_snapshot

    # --- projector scale ----------------------------------------------------------------------
    def _apply_zoom(self, factor: float) -> None:
        """The plots' axes and the widgets with fonts of their own take the application font
        (already scaled); what draws sizes of its own is told the factor."""
        follow_font(self)  # first: the views measure the new font
        self.canvas.set_zoom(factor)
        self.loss_plot.set_zoom(factor)
        self.network_view.set_text_scale(factor)
        self.layout_.follow_zoom(self.zoom.factor)
        self.commands["view.zoom_in"].setEnabled(self.zoom.can_zoom_in())
        self.commands["view.zoom_out"].setEnabled(self.zoom.can_zoom_out())

    def _zoom_changed(self, factor: float) -> None:
        self._apply_zoom(factor)
        self.status.show_message(
            translate("MainWindow", "Zoom {percent} %").format(percent=percent(factor)), 2000)
        QTimer.singleShot(0, self._fit_after_zoom)  # once the widgets measured the new font

    def _fit_after_zoom(self) -> None:
        self.layout_.follow_zoom(self.zoom.factor)
        if self.isVisible():
            fit_to_screen(self)  # larger text never pushes the window off its screen
        self._share_status_bar()

    def _share_status_bar(self) -> None:
        """The hover readout keeps room for a typical line (so it does not jump as the
        pointer moves), but gives way where the training line would not fit beside it
        (large text on a 1280-pixel screen)."""
        want = round(self._readout_room * self.zoom.factor)
        # slack: the size grip, margins, and a line a few characters longer later
        room = self.statusBar().width() - self.status_label.sizeHint().width() - 60
        self.readout.setMinimumWidth(max(60, min(want, room)))
        self.readout.setMaximumWidth(max(60, room) if room < want else QWIDGETSIZE_MAX)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._share_status_bar()

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
            self.commands["train.play"].setText(translate("MainWindow", "&Pause")
                                                if event.playing
                                                else translate("MainWindow", "&Play"))

    def send(self, command: Command) -> None:
        """A command that is the window's own (not the session's): step, speed."""
        self.session.send(command)

    def _command_lost(self, why: str) -> None:
        self.status.show_message(translate(
            "MainWindow", "The training process is restarting ({reason})").format(reason=why),
            5000)

    def step(self) -> None:
        self.set_playing(False)
        self.send(Step(1))

    def reset_weights(self) -> None:
        self.document.reset_weights()
        self.status.show_message(translate("MainWindow", "Weights reset: training starts again "
                                                         "(Undo brings the trained ones back)"),
                                 3000)

    def _tool_changed(self, name: str) -> None:
        self.canvas.set_tool(name)
        self.tool_actions[name].setChecked(True)

    def _config_changed(self, _config: TrainConfig, reset: bool) -> None:
        if reset:
            self.status.show_message(
                translate("MainWindow", "Network changed: training starts from new weights"),
                4000)

    def _snapshot_drawn(self, snap: Snapshot) -> None:
        """After the router drew a live snapshot: autosave soon; an error's message shows."""
        if snap.playing:
            self.recovery.changed()
        if snap.message and not snap.stopped:  # a stop rule is expected, not an error
            self.show_message(translate("MainWindow", "Training stopped"), snap.message)
            announce(self.status_label, translate("MainWindow", "Training stopped: {why}")
                     .format(why=snap.message), assertive=True)

    def _on_worker_error(self, message: str, details: str) -> None:
        self.model.set_playing(False)
        self.show_message(translate("MainWindow", "Training error"),
                          translate("MainWindow",
                                    "Training stopped because of an internal error:\n{message}"
                                    "\n\nYour points are safe. Details were written to {path}."
                                    ).format(message=message, path=log_path()),
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
        self.setWindowTitle(translate("MainWindow", "{name}{modified} — Playground").format(
            name=name, modified=mark))

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

    def _new_window(self) -> MainWindow:
        """Another window with the same kind of trainer (for recovered work)."""
        other = MainWindow(trainer=self._trainer)
        _EXTRA_WINDOWS.append(other)  # Qt does not keep a parentless window alive
        other.show()
        return other

    def switch_language(self, code: str) -> MainWindow | None:
        """Speak ``code`` (View ▸ Language): a new window in that language takes over this
        one's work — points, network, weights and the optimizer's state, the loss history
        and replay, the lesson followed, the file it belongs to and whether it is saved —
        and its place on the screen; this one closes without asking to save (nothing is
        lost). The undo history starts afresh. Returns the new window (None, and this one
        stays, when the language cannot be loaded)."""
        previous = current_language()
        self.set_playing(False)
        self.files.fetch_trainer_state()
        work = self.session.model.to_session(self.view_parts.view_settings())
        modified, path = self.document.modified, self.files.path
        self.save_settings()  # the new window opens with this one's sizes
        if not install_language(code):
            install_language(previous)
            self.commands[f"view.language.{previous}"].setChecked(True)
            self.status.show_message(translate(
                "MainWindow", "The {language} translation could not be loaded: see the log"
            ).format(language=LANGUAGES.get(code, code)), 8000)
            return None
        other = MainWindow(trainer=self._trainer)
        other.files.apply_session(work)
        other.files.path = path
        if modified:
            other.document.mark_modified()
        other.speed.setValue(self.speed.value())
        other.restoreGeometry(self.saveGeometry())
        other.restoreState(self.saveState())
        _EXTRA_WINDOWS.append(other)
        other.show()
        other.recovery.write()  # the work is in the new window's recovery file first
        other.status.show_message(translate(
            "MainWindow", "The window speaks {language} now. Your work is kept (training is "
            "paused); the undo history starts afresh.").format(
                language=LANGUAGES[current_language()]), 10000)
        self._replaced = True
        self.replaced_by = other
        self.session.sigSnapshot.disconnect(self.router.live)  # nothing more to draw here
        self.close()
        if self in _EXTRA_WINDOWS:
            _EXTRA_WINDOWS.remove(self)
        QTimer.singleShot(0, self.deleteLater)  # after the redraws already queued for it
        return other

    def offer_recovery(self) -> None:
        """Once the event loop runs: offer the work of windows that did not close cleanly."""
        self.recovery.offer_later()

    def shutdown(self) -> bool:
        """Stop background work and join the training thread; True when it finished."""
        self.inspect.stop()
        self.coach.stop()
        self.compare.stop()
        self.sweep_map.stop()
        self.notebook.stop()
        ok = self.session.stop()
        if not ok:
            log.error("the training thread did not stop in time")
        return ok

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._replaced:  # its work lives on in the window that replaced it
            self.recovery.discard(for_good=True)
            self.shutdown()
            event.accept()
            return
        if not self.files.confirm_discard("close"):
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
