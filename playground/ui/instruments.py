"""The inside views wired into the window: the network diagram as an instrument, the
diagnostics, hidden-space and loss-landscape docks, and the Inspect menu.

``Instruments`` owns the ``InsideViews`` request (what the training process computes for
these views), connects the diagram's hover, typing and right-click to the document, and hands
each drawn snapshot to the views that are showing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget

from playground.training.landscape import LandscapeRequest
from playground.training.protocol import Snapshot
from playground.ui.controllers.inside import InsideViews
from playground.ui.views.diagnostics_view import DiagnosticsView
from playground.ui.views.hidden_space_view import HiddenSpaceView
from playground.ui.views.landscape_view import LandscapeView

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
        # what cannot be seen need not be computed (the window closing hides it too)
        self.landscape_dock.visibilityChanged.connect(
            lambda shown: None if shown else self.landscape.stop())
        self.diagnostics_dock.visibilityChanged.connect(self.inside.set_diagnostics)
        self.hidden_dock.visibilityChanged.connect(self._hidden_shown)
        self.hidden_space.sigRequest.connect(self._hidden_request)

        net = window.network_view
        net.sigNeuronHovered.connect(self._neuron_hovered)
        net.sigPointerInside.connect(self.inside.set_pointer_in_diagram)
        net.sigWeightTyped.connect(self._weight_typed)
        net.sigNeuronState.connect(doc.set_neuron)

        self.gradient_action = QAction("&Gradient flow", window)
        self.gradient_action.setCheckable(True)
        self.gradient_action.setShortcut(QKeySequence("G"))
        self.gradient_action.setStatusTip(
            "Draw each link by |gradient| and each neuron by its mean |delta| instead of the "
            "weights: vanishing and exploding gradients show")
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

    def menu_actions(self) -> list[QAction | None]:
        return [self.gradient_action, None, self.diagnostics_action, self.hidden_action,
                self.landscape_action]

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
