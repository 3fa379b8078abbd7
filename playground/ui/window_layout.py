"""The window's main area, read left to right as a lesson goes: the data and the training
settings, then the network (its settings above its diagram), then the output (the canvas above
the loss curves). The View menu shows or hides each section and can give the whole window to
the canvas; classroom mode (``classroom.ClassroomSettings``) hides sections and fixes settings
for a lesson, and travels in the session file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from playground.data.view_frame import Extent, ViewFrame
from playground.errors import ConfigError
from playground.ui.actions import Actions, ActionSpec
from playground.ui.classroom import SECTIONS, ClassroomSettings
from playground.ui.controllers.document import Document
from playground.ui.dialogs.classroom import ClassroomDialog
from playground.ui.i18n import translate
from playground.ui.layout import PanelArea, side_column
from playground.ui.panels.data_panel import DataPanel
from playground.ui.panels.network_panel import NetworkPanel
from playground.ui.panels.stop_rules import StopRulesButton
from playground.ui.panels.training_panel import TrainingPanel
from playground.ui.views.canvas import CanvasView
from playground.ui.views.curve_view import CurveView, is_one_d
from playground.ui.views.loss_plot import LossPlot
from playground.ui.views.network_view import NetworkView
from playground.ui.views.readout import HoverReadout

# Below this output width the canvas would be smaller than a lesson needs; the canvas keeps
# its plot square inside whatever it gets, its colour bar beside it. At 1280 x 800 the output
# column gets the width of a square plot as tall as the canvas, whose plot area (inside the
# axes) is then about 430 px.
MIN_OUTPUT_WIDTH = 430
MIN_SETTINGS_WIDTH = 160  # the settings column gives way to this at most (``follow_zoom``)
SLACK = 8  # pixels the settings column gives way beyond what the window measured (its parts
# round their minimums on their own)
LOSS_PLOT_SHARE = 0.32  # of the output column's height, below the canvas

@dataclass
class _Saved:
    """Visibility before the full-window canvas took over."""

    visible: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class MainWidgets:
    """The widgets the layout places (and classroom mode enables or hides)."""

    data_panel: DataPanel
    training_panel: TrainingPanel
    network_panel: NetworkPanel
    network_view: NetworkView
    canvas: CanvasView
    loss_plot: LossPlot
    stop_rules: StopRulesButton
    readout: HoverReadout


# the actions of others the layout follows: tools and the test points (the curve view),
# the stop rules (fixed in a lesson)
TOOL_IDS = ("tool.add", "tool.brush", "tool.erase")


def view_extent(value: object) -> Extent | None:
    """A session's saved view extent: four finite numbers, min < max on both axes; None
    when missing or not one."""
    if not isinstance(value, list | tuple) or len(value) != 4:
        return None
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return None
    x0, x1, y0, y1 = (float(v) for v in value)
    try:
        return ViewFrame((x0, x1, y0, y1)).extent
    except ConfigError:
        return None


def view_slice(value: object) -> tuple[tuple[int, int], tuple[float, ...]] | None:
    """A session's saved slice (``{"axes": [i, j], "at": [v, ...]}``) as the canvas's
    ``(axes, at)``, or None when missing or not one (whether it fits the data's inputs is
    the canvas's to say)."""
    if not isinstance(value, dict):
        return None
    axes, at = value.get("axes"), value.get("at")
    if not (isinstance(axes, list | tuple) and len(axes) == 2
            and all(isinstance(a, int) and not isinstance(a, bool) for a in axes)):
        return None
    if not (isinstance(at, list | tuple)
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in at)):
        return None
    try:
        frame = ViewFrame(axes=(axes[0], axes[1]), at=tuple(at))
    except ConfigError:
        return None
    return frame.axes, frame.at


class WindowLayout(QObject):
    """Builds the three columns into ``window`` and owns the View menu's section actions
    and its Fit to data / Reset view (registered in ``actions``).

    ``sigExtentChanged(extent)``: the extent the output view shown (the canvas, or the curve
    view of a 1-D session) shows changed, or the other view took its place.
    """

    sigExtentChanged = Signal(object)  # Extent


    def __init__(self, window: QMainWindow, document: Document, widgets: MainWidgets,
                 actions: Actions) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.all_actions = actions
        self.parts = w = widgets
        settings = QWidget()
        sl = QVBoxLayout(settings)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(w.data_panel)
        sl.addWidget(w.training_panel)
        sl.addStretch(1)
        self.settings_column = side_column(settings)
        # sideways only when it must give way (``follow_zoom``)
        self.settings_column.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.network_column = QWidget()
        nl = QVBoxLayout(self.network_column)
        nl.setContentsMargins(0, 0, 0, 0)
        w.network_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # scrolls when large text (projector scale) makes it wider or taller than the column
        self.network_area = PanelArea(w.network_panel)
        nl.addWidget(self.network_area)
        nl.addWidget(w.network_view, 1)
        self.curve_view: CurveView | None = None  # made when a 1-D session first shows
        self._zoom = 1.0  # the projector scale, for the curve view made later (``follow_zoom``)
        self.output_view = QStackedWidget()  # the canvas, or the curve view of a 1-D session
        self.output_view.addWidget(w.canvas)
        w.canvas.sigExtentChanged.connect(lambda e: self._extent_changed(w.canvas, e))
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
        window.setCentralWidget(self.main_split)
        self.widgets: dict[str, QWidget] = {
            "data": w.data_panel, "training": w.training_panel, "network": self.network_area,
            "diagram": w.network_view, "loss": w.loss_plot,
        }
        actions.add_all(self.action_specs())
        self.actions = {name: actions[f"view.section.{name}"] for name in SECTIONS}
        self.full_canvas_action = actions["view.full_canvas"]
        self.classroom_action = actions["view.classroom"]
        self.leave_classroom_action = actions["view.leave_classroom"]
        self.classroom_label = QLabel(translate("WindowLayout", "Classroom mode"))
        self.classroom_label.setStyleSheet("font-weight: bold; padding: 0 6px")
        self.classroom_label.hide()
        window.statusBar().addWidget(self.classroom_label)
        self._saved = _Saved()
        self.classroom: ClassroomSettings | None = None
        self._sized = False
        document.sigPointsChanged.connect(self._follow_dims)
        document.sigConfigChanged.connect(self._follow_dims)  # a new window is 2-D

    def action_specs(self) -> list[ActionSpec]:
        """The View menu's layout commands."""
        texts = {  # each section's menu text and tip (SECTIONS names them)
            "data": (translate("WindowLayout", "&Data"),
                     translate("WindowLayout", "Show or hide the data")),
            "training": (translate("WindowLayout", "Training &settings"),
                         translate("WindowLayout", "Show or hide the training settings")),
            "network": (translate("WindowLayout", "Networ&k settings"),
                        translate("WindowLayout", "Show or hide the network settings")),
            "diagram": (translate("WindowLayout", "Net&work diagram"),
                        translate("WindowLayout", "Show or hide the network diagram")),
            "loss": (translate("WindowLayout", "Loss cur&ves"),
                     translate("WindowLayout", "Show or hide the loss curves")),
        }
        sections = [ActionSpec(f"view.section.{name}", texts.get(name, (text, ""))[0],
                               lambda on, n=name: self.set_visible(n, on), checkable=True,
                               checked=True, on_toggle=True, tip=texts.get(name, (text, ""))[1])
                    for name, text in SECTIONS.items()]
        return [*sections,
                ActionSpec("view.full_canvas", translate("WindowLayout", "Full-wi&ndow canvas"),
                           self.set_full_canvas, "F11",
                           translate("WindowLayout", "Give the whole window to the canvas "
                                                     "(F11 again to come back)"),
                           checkable=True, on_toggle=True),
                ActionSpec("view.fit", translate("WindowLayout", "&Fit to data"),
                           lambda: self.current_output().fit_to_data(), "F",
                           translate("WindowLayout", "Zoom the output to show every point "
                                                     "(Ctrl+wheel zooms, a middle-button drag "
                                                     "pans)")),
                ActionSpec("view.reset_view", translate("WindowLayout", "&Reset view"),
                           # Shift+F: Ctrl+0 is Actual size, as in a browser
                           lambda: self.current_output().reset_view(), "Shift+F",
                           translate("WindowLayout", "Show the default box, −6 to 6")),
                ActionSpec("view.classroom", translate("WindowLayout", "Cl&assroom mode…"),
                           self.choose_classroom,
                           tip=translate("WindowLayout", "Choose what a lesson hides and fixes; "
                                                         "saved with the session")),
                ActionSpec("view.leave_classroom",
                           translate("WindowLayout", "L&eave classroom mode"),
                           self.leave_classroom, enabled=False)]

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
            self.sigExtentChanged.emit(view.extent())  # the trainer draws for this one now

    def _extent_changed(self, view: CanvasView | CurveView, extent: object) -> None:
        if view is self.output_view.currentWidget():
            self.sigExtentChanged.emit(extent)

    def current_output(self) -> CanvasView | CurveView:
        """The view that shows the output now (for PNG export)."""
        w = self.parts
        if not is_one_d(self.document):
            return w.canvas
        if self.curve_view is None:
            self.curve_view = CurveView(self.document)
            self.curve_view.set_zoom(self._zoom)
            self.output_view.addWidget(self.curve_view)
            w.data_panel.sigToolChanged.connect(self.curve_view.set_tool)
            show_test = self.all_actions["view.show_test"]
            show_test.toggled.connect(self.curve_view.set_show_test)
            self.curve_view.set_tool(w.canvas.tool())
            self.curve_view.set_show_test(show_test.isChecked())
            w.readout.follow(self.curve_view)
            curve_view = self.curve_view
            curve_view.sigExtentChanged.connect(
                lambda e: self._extent_changed(curve_view, e))
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
            self.document.mark_modified()  # the lesson's layout is saved with the work

    def leave_classroom(self) -> None:
        self.set_classroom(None)
        self.document.mark_modified()

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
        w = self.parts
        panels = {"data": w.data_panel, "network": w.network_panel,
                  "training": w.training_panel}
        for name, panel in panels.items():
            panel.setEnabled(name not in fixed)
        # the stop rules are training settings, kept in the tool bar
        w.stop_rules.setEnabled("training" not in fixed)
        self.all_actions["train.stop_rules"].setEnabled("training" not in fixed)
        if self.window.isVisible():
            self.fit_sizes()  # a hidden loss plot leaves the canvas the column's height
        canvas_fixed = "data" in fixed
        for ident in TOOL_IDS:
            self.all_actions[ident].setEnabled(not canvas_fixed)
        w.canvas.setEnabled(not canvas_fixed)

    # --- what a session file carries of the view (``files.ViewSettings``) --------------------
    def view_settings(self) -> dict[str, object]:
        actions = self.all_actions
        view: dict[str, object] = {"show_test": actions["view.show_test"].isChecked(),
                                   "discretize": actions["view.discretize"].isChecked()}
        classroom = self.classroom  # None replaces a lesson the session had before
        view["classroom"] = None if classroom is None else classroom.to_dict()
        view["extent"] = list(self.current_output().extent())
        axes, at = self.parts.canvas.slice()
        if at:  # a table of N > 2 inputs: the slice shown
            view["slice"] = {"axes": list(axes), "at": list(at)}
        return view

    def apply_view(self, view: dict[str, object]) -> None:
        for key in ("show_test", "discretize"):
            action = self.all_actions[f"view.{key}"]
            if isinstance(view.get(key), bool) and action.isChecked() != view[key]:
                action.trigger()
        self.set_classroom(ClassroomSettings.from_dict(view.get("classroom")))
        saved = view_slice(view.get("slice"))
        canvas = self.parts.canvas
        if saved is None or not canvas.set_slice(*saved):  # older, or two inputs
            canvas.reset_slice()
        extent = view_extent(view.get("extent"))
        output = self.current_output()
        if extent is None:  # an older session: the fixed box it showed
            output.reset_view()
        else:
            output.set_extent(extent)

    def follow_zoom(self, factor: float) -> None:
        """The projector scale is ``factor`` (the application font already scaled): the curve
        view's points and lines follow (the canvas's are the window's to tell), the settings
        column as wide as its content needs now (it scrolls when taller than the window), the
        widths shared out again."""
        self._zoom = factor
        if self.curve_view is not None:
            self.curve_view.set_zoom(factor)
        column = self.settings_column
        content = column.widget()
        if content is not None:
            need = (content.minimumSizeHint().width()
                    + column.verticalScrollBar().sizeHint().width() + 4)
            column.setMinimumWidth(need)
            # with a dock beside the columns at large text the window would outgrow its
            # screen: the settings give way (they scroll sideways), down to a narrow column
            screen = self.window.screen()
            if screen is not None:
                self._measure_window()  # its minimum with the column whole
                window = self.window
                frame = window.frameGeometry().width() - window.width()
                over = (window.minimumSizeHint().width() + frame
                        - screen.availableGeometry().width())
                if over > 0:
                    column.setMinimumWidth(max(need - over - SLACK, MIN_SETTINGS_WIDTH))
                    self._measure_window()  # the window may be made narrower now
        if self.window.isVisible():
            self.fit_sizes()

    def _measure_window(self) -> None:
        """The window's minimum size measured again now (each layout between the settings
        column and the window keeps the minimum it measured last until Qt gets round to it),
        and made the window's constraint."""
        parent = self.settings_column.parentWidget()
        while parent is not None:
            parent.updateGeometry()  # its place in its parent's layout forgets its minimum
            layout = parent.layout()
            if layout is not None:
                layout.invalidate()
                if parent is self.window:
                    layout.activate()
            parent = parent.parentWidget()

    # --- sizes --------------------------------------------------------------------------------
    def fit_sizes(self) -> None:
        """Share the width out: the settings as wide as they need, the output column wide
        enough for a square plot as tall as the canvas (and its colour bar) over the loss
        curves, the network the rest."""
        total = self.main_split.width()
        height = self.main_split.height()
        share = LOSS_PLOT_SHARE if self.is_shown("loss") else 0.0
        settings = self.settings_column.minimumWidth() if self.settings_column.isVisible() else 0
        bar = round(self.parts.canvas.color_scale.width())
        output = max(MIN_OUTPUT_WIDTH, int(height * (1 - share)) + bar + 4)
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
