"""The instruments wired into the window: the network diagram as an instrument, the
diagnostics, hidden-space and loss-landscape docks, the Inspect menu, and the Compare dialog.

``Instruments`` owns the ``InsideViews`` request (what the training process computes for
these views), connects the diagram's hover, typing and right-click to the document, and hands
each drawn snapshot to the views that are showing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QDockWidget, QWidget

from playground.training.landscape import LandscapeRequest
from playground.training.protocol import Snapshot
from playground.ui.controllers.inside import InsideViews
from playground.ui.dialogs.compare_dialog import CompareDialog
from playground.ui.dialogs.step_through import StepThroughDialog
from playground.ui.views.diagnostics_view import DiagnosticsView
from playground.ui.views.hidden_space_view import HiddenSpaceView
from playground.ui.views.landscape_view import LandscapeView
from playground.ui.views.step_situation import nearest_training_point

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow


def _dock(window: MainWindow, title: str, name: str, widget: QWidget) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    return dock


class _PointPicker(QObject):
    """Catches the next left click on the output view (and Esc) while armed."""

    PICK_PIXELS = 12  # how near the pointer a point must be

    def __init__(self, owner: Instruments) -> None:
        super().__init__()
        self.owner = owner
        self.view: QWidget | None = None

    def arm(self, view: QWidget) -> None:
        self.disarm()
        self.view = view
        view.viewport().installEventFilter(self)  # type: ignore[attr-defined]
        view.installEventFilter(self)
        view.setFocus()
        view.viewport().setCursor(Qt.CursorShape.CrossCursor)  # type: ignore[attr-defined]

    def disarm(self) -> None:
        if self.view is not None:
            self.view.viewport().removeEventFilter(self)  # type: ignore[attr-defined]
            self.view.removeEventFilter(self)
            self.view.viewport().unsetCursor()  # type: ignore[attr-defined]
            self.view = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        view = self.view
        if view is None:
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
                event.key() == Qt.Key.Key_Escape):
            self.disarm()
            self.owner.window.statusBar().clearMessage()
            return True
        if (event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            pos = event.position()
            x, y = view.viewport_to_data(pos)  # type: ignore[attr-defined]
            x2, _ = view.viewport_to_data(QPointF(pos.x() + self.PICK_PIXELS, pos.y()))  # type: ignore[attr-defined]
            self.disarm()
            self.owner.picked(x, y, abs(x2 - x))
            return True
        return event.type() == QEvent.Type.MouseButtonRelease and obj is not view


class Instruments:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        doc = window.document
        self.inside = InsideViews(window.send)
        self.diagnostics = DiagnosticsView(doc)
        self.hidden_space = HiddenSpaceView(doc)
        self.diagnostics_dock = _dock(window, "Diagnostics", "diagnostics-dock",
                                      self.diagnostics)
        self.hidden_dock = _dock(window, "Hidden space", "hidden-space-dock", self.hidden_space)
        self.landscape = LandscapeView(self._landscape_request)
        self.landscape_dock = _dock(window, "Loss landscape", "landscape-dock", self.landscape)
        # one column of tabs at the right: a second dock never halves the first or widens
        # the window
        window.tabifyDockWidget(self.diagnostics_dock, self.hidden_dock)
        window.tabifyDockWidget(self.hidden_dock, self.landscape_dock)
        # what cannot be seen need not be computed (the window closing hides it too)
        self.landscape_dock.visibilityChanged.connect(
            lambda shown: None if shown else self.landscape.stop())
        self.diagnostics_dock.visibilityChanged.connect(self.inside.set_diagnostics)
        self.hidden_dock.visibilityChanged.connect(self._hidden_shown)
        self.hidden_space.sigRequest.connect(self._hidden_request)

        net = window.network_view
        # the diagram's readouts are tooltips: show them while a step-through or compare
        # window has the focus too
        window.setAttribute(Qt.WidgetAttribute.WA_AlwaysShowToolTips)
        net.sigNeuronHovered.connect(self._neuron_hovered)
        net.sigPointerInside.connect(self.inside.set_pointer_in_diagram)
        net.sigWeightTyped.connect(self._weight_typed)
        net.sigNeuronState.connect(doc.set_neuron)
        # neuron pictures only of the units the diagram draws (a wide network's are many)
        self.inside.set_neuron_units(net.units_drawn)
        net.sigUnitsWanted.connect(self.inside.set_neuron_units)

        self.gradient_action = QAction("&Gradient flow", window)
        self.gradient_action.setCheckable(True)
        self.gradient_action.setShortcut(QKeySequence("G"))
        self.gradient_action.setStatusTip(
            "Links drawn by |gradient|, neurons by mean |delta|: shows vanishing or exploding "
            "gradients")
        self.gradient_action.toggled.connect(self.set_gradient_overlay)
        window.addAction(self.gradient_action)
        self.diagnostics_action = self.diagnostics_dock.toggleViewAction()
        self.diagnostics_action.setText("&Diagnostics")
        self.diagnostics_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.hidden_action = self.hidden_dock.toggleViewAction()
        self.hidden_action.setText("&Hidden space")
        self.hidden_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.landscape_action = self.landscape_dock.toggleViewAction()
        self.landscape_action.setText("&Loss landscape")
        self.landscape_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        for action, dock in ((self.diagnostics_action, self.diagnostics_dock),
                             (self.hidden_action, self.hidden_dock),
                             (self.landscape_action, self.landscape_dock)):
            # the dock just opened is the tab shown
            action.triggered.connect(lambda on, d=dock: d.raise_() if on else None)

        self.compare_action = QAction("&Compare configurations…", window)
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.compare_action.setStatusTip("Train 2–6 configurations side by side on these points")
        self.compare_action.triggered.connect(self.open_compare)
        window.addAction(self.compare_action)
        self.compare: CompareDialog | None = None
        self.step_action = QAction("&Step through a point…", window)
        self.step_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.step_action.setStatusTip("Click a training point, then follow one training step "
                                      "for it with the real numbers (→ / ← / Esc)")
        self.step_action.triggered.connect(self.pick_point)
        window.addAction(self.step_action)
        self.step: StepThroughDialog | None = None
        self._picker = _PointPicker(self)

    def open_compare(self) -> None:
        if self.compare is None:
            self.compare = CompareDialog(self.window.document, self.window)
        self.compare.show()
        self.compare.raise_()
        self.compare.activateWindow()

    # --- step through one point ---------------------------------------------------------------
    def pick_point(self) -> None:
        """The next click on the canvas picks the training point to step through."""
        w = self.window
        w.set_playing(False)
        self._picker.arm(w.layout_.current_output())
        w.statusBar().showMessage("Click a training point to step through its training step "
                                  "(Esc cancels)", 8000)

    def step_through(self, index: int) -> bool:
        if self.step is None:
            # placed beside the diagram it highlights and the canvas it was picked on
            self.step = StepThroughDialog(
                self.window.document, self.window,
                avoid=lambda: (self.window.network_view, self.window.layout_.current_output()))
            self.step.sigHighlight.connect(self.window.network_view.set_highlight)
        return self.step.start(index)

    def picked(self, x: float, y: float, radius: float) -> None:
        index = nearest_training_point(self.window.document.points, x, y, radius)
        if index is None:
            self.window.statusBar().showMessage("No training point there: choose Step through "
                                                "a point again and click on one", 5000)
            return
        self.step_through(index)

    def stop(self) -> None:
        """The window closes: end the background work of the views and the comparison."""
        self.inside.close()
        self.landscape.stop()
        if self.compare is not None:
            self.compare.close()

    def menu_actions(self) -> list[QAction | None]:
        return [self.gradient_action, None, self.diagnostics_action, self.hidden_action,
                self.landscape_action, None, self.step_action]

    def _landscape_request(self) -> LandscapeRequest | None:
        """The current network, its points and the path its weights took (the replay)."""
        model = self.window.model
        if not model.points.values.size:
            return None
        _epochs, trajectory = model.replay.trajectory()
        return LandscapeRequest(model.config, model.points, model.weights,
                                trajectory if len(trajectory) else None)

    # --- the diagram --------------------------------------------------------------------------
    def set_gradient_overlay(self, on: bool) -> None:
        self.window.network_view.set_gradient_overlay(on)
        self.inside.set_gradient_overlay(on)

    def _neuron_hovered(self, neuron: tuple[int, int] | None) -> None:
        self.inside.set_focus(neuron)
        if neuron is None:
            self.window.canvas.show_focus(None)

    def _weight_typed(self, layer: int, row: int, col: int, value: float) -> None:
        fan_in = self.window.document.config.layer_sizes[layer]
        what = "bias" if row == fan_in else "weight"
        if not self.window.document.set_weights([(layer, row, col, value)], f"Set {what}"):
            self.window.statusBar().showMessage(
                f"No trained {what}s to change yet: wait for the first picture", 4000)

    # --- the hidden space ---------------------------------------------------------------------
    def _hidden_shown(self, shown: bool) -> None:
        if shown:
            self.hidden_space.emit_request()
        else:
            self.inside.set_hidden_space(None)

    def _hidden_request(self, layer: int | None, units: tuple[int, int] | None) -> None:
        if self.hidden_dock.isVisible():
            self.inside.set_hidden_space(layer, units)

    # --- snapshots ----------------------------------------------------------------------------
    def draw(self, snap: Snapshot) -> None:
        """Hand a drawn snapshot to the inside views that show."""
        focus = self.inside.request.focus
        if focus is not None and snap.focus is not None and (
                snap.focus.layer, snap.focus.unit) == focus:
            self.window.canvas.show_focus(snap.focus)
        if self.diagnostics_dock.isVisible() or snap.reset:
            self.diagnostics.show_snapshot(snap)
        if self.hidden_dock.isVisible():
            self.hidden_space.show_snapshot(snap)
