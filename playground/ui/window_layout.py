"""The window's main area, read left to right as a lesson goes: the data and the training
settings, then the network (its settings above its diagram), then the output (the canvas above
the loss curves). The View menu shows or hides each section and can give the whole window to
the canvas; classroom mode (``classroom.ClassroomSettings``) hides sections and fixes settings
for a lesson, and travels in the session file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from playground.ui.classroom import SECTIONS, ClassroomSettings
from playground.ui.dialogs.classroom import ClassroomDialog
from playground.ui.layout import side_column
from playground.ui.views.canvas import CanvasView
from playground.ui.views.curve_view import CurveView, is_one_d

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow

# Below this output width the canvas would be smaller than a lesson needs (1280 x 800 gives
# about 440 px); the canvas keeps itself square inside whatever it gets.
MIN_OUTPUT_WIDTH = 430
LOSS_PLOT_SHARE = 0.36  # of the output column's height, below the canvas

@dataclass
class _Saved:
    """Visibility before the full-window canvas took over."""

    visible: dict[str, bool] = field(default_factory=dict)


class WindowLayout(QObject):
    """Builds the three columns into ``window`` and owns the View menu's section actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = w = window
        settings = QWidget()
        sl = QVBoxLayout(settings)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(w.data_panel)
        sl.addWidget(w.training_panel)
        sl.addStretch(1)
        self.settings_column = side_column(settings)
        self.network_column = QWidget()
        nl = QVBoxLayout(self.network_column)
        nl.setContentsMargins(0, 0, 0, 0)
        w.network_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        nl.addWidget(w.network_panel)
        nl.addWidget(w.network_view, 1)
        self.curve_view: CurveView | None = None  # made when a 1-D session first shows
        self.output_view = QStackedWidget()  # the canvas, or the curve view of a 1-D session
        self.output_view.addWidget(w.canvas)
        self.output_split = QSplitter(Qt.Orientation.Vertical)
        self.output_split.addWidget(self.output_view)
        self.output_split.addWidget(w.loss_plot)
        self.output_split.setStretchFactor(0, 3)
        self.output_split.setStretchFactor(1, 1)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        for column in (self.settings_column, self.network_column, self.output_split):
            self.main_split.addWidget(column)
            self.main_split.setCollapsible(self.main_split.indexOf(column), False)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setStretchFactor(2, 1)
        w.setCentralWidget(self.main_split)
        self.widgets: dict[str, QWidget] = {
            "data": w.data_panel, "training": w.training_panel, "network": w.network_panel,
            "diagram": w.network_view, "loss": w.loss_plot,
        }
        self.actions: dict[str, QAction] = {}
        for name, text in SECTIONS.items():
            a = QAction(text, w)
            a.setCheckable(True)
            a.setChecked(True)
            a.setStatusTip(f"Show or hide the {text.replace('&', '').lower()}")
            a.toggled.connect(lambda on, n=name: self.set_visible(n, on))
            self.actions[name] = a
        self.full_canvas_action = QAction("&Full-window canvas", w)
        self.full_canvas_action.setCheckable(True)
        self.full_canvas_action.setShortcut(QKeySequence("F11"))
        self.full_canvas_action.setStatusTip("Give the whole window to the canvas (F11 again "
                                             "to come back)")
        self.full_canvas_action.toggled.connect(self.set_full_canvas)
        w.addAction(self.full_canvas_action)
        self.classroom_action = QAction("&Classroom mode…", w)
        self.classroom_action.setStatusTip("Choose what a lesson hides and fixes; saved with "
                                           "the session")
        self.classroom_action.triggered.connect(self.choose_classroom)
        self.leave_classroom_action = QAction("&Leave classroom mode", w)
        self.leave_classroom_action.setEnabled(False)
        self.leave_classroom_action.triggered.connect(self.leave_classroom)
        self.classroom_label = QLabel("Classroom mode")
        self.classroom_label.setStyleSheet("font-weight: bold; padding: 0 6px")
        self.classroom_label.hide()
        w.statusBar().addWidget(self.classroom_label)
        self._saved = _Saved()
        self.classroom: ClassroomSettings | None = None
        self._sized = False
        w.document.sigPointsChanged.connect(self._follow_dims)
        w.document.sigConfigChanged.connect(self._follow_dims)  # a new window is 2-D

    # --- the output view ----------------------------------------------------------------------
    def _follow_dims(self, *_args: object) -> None:
        """Show the curve view for a 1-D session, the canvas otherwise."""
        view = self.current_output()
        if self.curve_view is not None:
            self.curve_view.set_active(view is self.curve_view)
        current = self.output_view.currentWidget()
        if current is not view:
            had_focus = current is not None and current.hasFocus()
            self.output_view.setCurrentWidget(view)
            if had_focus:
                view.setFocus()

    def current_output(self) -> CanvasView | CurveView:
        """The view that shows the output now (for PNG export)."""
        if not is_one_d(self.window.document):
            return self.window.canvas
        if self.curve_view is None:
            w = self.window
            self.curve_view = CurveView(w.document)
            self.output_view.addWidget(self.curve_view)
            w.data_panel.sigToolChanged.connect(self.curve_view.set_tool)
            w.show_test_action.toggled.connect(self.curve_view.set_show_test)
            self.curve_view.set_tool(w.canvas.tool())
            self.curve_view.set_show_test(w.show_test_action.isChecked())
            w.readout.follow(self.curve_view)
        return self.curve_view

    # --- sections -----------------------------------------------------------------------------
    def set_visible(self, name: str, visible: bool) -> None:
        """Show or hide one section; a column with nothing left in it goes too."""
        self.widgets[name].setVisible(visible)
        action = self.actions[name]
        if action.isChecked() != visible:
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)
        self.settings_column.setVisible(self.is_shown("data") or self.is_shown("training"))
        self.network_column.setVisible(self.is_shown("network") or self.is_shown("diagram"))

    def is_shown(self, name: str) -> bool:
        return self.actions[name].isChecked()

    def set_full_canvas(self, on: bool) -> None:
        if self.full_canvas_action.isChecked() != on:
            self.full_canvas_action.setChecked(on)  # re-enters through toggled
            return
        if on:
            self._saved.visible = {n: self.is_shown(n) for n in SECTIONS}
            for name in SECTIONS:
                self.set_visible(name, False)
        else:
            for name, shown in (self._saved.visible or dict.fromkeys(SECTIONS, True)).items():
                self.set_visible(name, shown)

    # --- classroom mode -----------------------------------------------------------------------
    def choose_classroom(self) -> None:
        dialog = ClassroomDialog(self.classroom, self.window)
        if dialog.exec() == ClassroomDialog.DialogCode.Accepted:
            self.set_classroom(dialog.settings())
            self.window.document.mark_modified()  # the lesson's layout is saved with the work

    def leave_classroom(self) -> None:
        self.set_classroom(None)
        self.window.document.mark_modified()

    def set_classroom(self, settings: ClassroomSettings | None) -> None:
        """Enter a lesson's layout (None: leave it, showing and unfixing everything)."""
        self.classroom = settings
        self.leave_classroom_action.setEnabled(settings is not None)
        self.classroom_label.setVisible(settings is not None)
        hidden = set(settings.hidden) if settings else set()
        fixed = set(settings.fixed) if settings else set()
        for name in SECTIONS:
            self.set_visible(name, name not in hidden)
            self.actions[name].setEnabled(name not in hidden)
        panels = {"data": self.window.data_panel, "network": self.window.network_panel,
                  "training": self.window.training_panel}
        for name, panel in panels.items():
            panel.setEnabled(name not in fixed)
        # the stop rules are training settings, kept in the tool bar
        self.window.stop_rules.setEnabled("training" not in fixed)
        self.window.stop_rules_action.setEnabled("training" not in fixed)
        if self.window.isVisible():
            self.fit_sizes()  # a hidden loss plot leaves the canvas the column's height
        canvas_fixed = "data" in fixed
        for action in self.window.tool_actions.values():
            action.setEnabled(not canvas_fixed)
        self.window.canvas.setEnabled(not canvas_fixed)

    # --- sizes --------------------------------------------------------------------------------
    def fit_sizes(self) -> None:
        """Share the width out: the settings as wide as they need, the output column wide
        enough for a square canvas over the loss curves, the network the rest."""
        total = self.main_split.width()
        height = self.main_split.height()
        share = LOSS_PLOT_SHARE if self.is_shown("loss") else 0.0
        settings = self.settings_column.minimumWidth() if self.settings_column.isVisible() else 0
        output = max(MIN_OUTPUT_WIDTH, int(height * (1 - share)) + 12)
        network = max(total - settings - output, 200) if self.network_column.isVisible() else 0
        self.main_split.setSizes([settings, network, output])
        canvas = int(height * (1 - share))
        self.output_split.setSizes([canvas, height - canvas])
        self._sized = True

    def restore(self, states: dict[str, QByteArray]) -> bool:
        """Splitter states saved by ``state()``; False when there were none."""
        ok = False
        for key, splitter in (("main_split", self.main_split),
                              ("output_split", self.output_split)):
            value = states.get(key)
            if isinstance(value, QByteArray) and splitter.restoreState(value):
                ok = True
        self._sized = ok
        return ok

    def state(self) -> dict[str, QByteArray]:
        return {"main_split": self.main_split.saveState(),
                "output_split": self.output_split.saveState()}

    @property
    def sized(self) -> bool:
        return self._sized
