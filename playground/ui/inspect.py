"""The Inspect menu's views wired into the window: the diagnostics, hidden-space,
linear-regions and loss-landscape docks, the gradient-flow overlay, and the network diagram
as an instrument (its hover asks for the neuron's map, a typed value or a right-click edits
the network).

``InspectViews`` owns the ``InsideViews`` request (what the training process computes for these
views) and hands each drawn snapshot to the views that are showing.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QScrollArea,
    QStyle,
    QStyleOptionDockWidget,
    QStyleOptionFrame,
    QStylePainter,
    QWidget,
)

from playground.training.landscape import LandscapeRequest
from playground.training.protocol import Snapshot
from playground.ui.actions import Actions, ActionSpec, StatusReporter
from playground.ui.controllers.inside import InsideViews
from playground.ui.i18n import translate
from playground.ui.session import WindowSession
from playground.ui.views.canvas import CanvasView
from playground.ui.views.diagnostics_view import DiagnosticsView
from playground.ui.views.hidden_space_view import HiddenSpaceView
from playground.ui.views.landscape_view import LandscapeView
from playground.ui.views.network_view import NetworkView
from playground.ui.views.regions_view import RegionsView


class DockArea(QScrollArea):
    """A dock's contents, scrolling in either direction when the dock is smaller than they
    need (large text on a 1280 × 800 screen): a dock never widens the window nor cuts its
    contents. It asks for the contents' own size, and for little more than a scroll bar's
    room at least."""

    MIN_WIDTH = 160
    MIN_HEIGHT = 120

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: its controls are

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        content = self.widget()
        if content is None:
            return super().sizeHint()
        return content.sizeHint().expandedTo(content.minimumSizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        content = self.widget()
        want = content.minimumSizeHint() if content is not None else QSize()
        return QSize(min(want.width(), self.MIN_WIDTH), min(want.height(), self.MIN_HEIGHT))


class Dock(QDockWidget):
    """A dock whose title follows the application font (the projector scale): Qt paints a
    docked title in the font the title had when the dock was made, while the title bar's
    height follows the font, so the text stayed small in a taller bar."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        # a floating dock has the window manager's frame and title, except on X11 (Qt's rule)
        native = self.isFloating() and QGuiApplication.platformName() != "xcb"
        if native or self.titleBarWidget() is not None:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)  # in the dock's font, which follows the application's
        if self.isFloating():
            frame = QStyleOptionFrame()
            frame.initFrom(self)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameDockWidget, frame)
        option = QStyleOptionDockWidget()
        self.initStyleOption(option)
        painter.drawControl(QStyle.ControlElement.CE_DockWidgetTitle, option)


def _dock(title: str, name: str, widget: QWidget) -> QDockWidget:
    """A dock holding ``widget`` (scrolling when the dock is smaller than it needs); the
    window assembly places it."""
    dock = Dock(title)
    dock.setObjectName(name)
    dock.setWidget(DockArea(widget))
    dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
    return dock


class InspectViews:
    """The inside views: their docks (``docks``, placed by the window assembly), their
    actions in ``actions``."""

    MENU = ["inspect.gradient", None, "inspect.diagnostics", "inspect.hidden_space",
            "inspect.regions", "inspect.landscape"]

    def __init__(self, session: WindowSession, network_view: NetworkView,
                 canvas: CanvasView, status: StatusReporter, actions: Actions) -> None:
        self.session = session
        self.network_view = network_view
        self.canvas = canvas
        self.status = status
        doc = session.document
        self.inside = InsideViews(session.send)
        self.diagnostics = DiagnosticsView(doc)
        self.hidden_space = HiddenSpaceView(doc)
        self.diagnostics_dock = _dock(translate("InspectViews", "Diagnostics"), "diagnostics-dock",
                                     self.diagnostics)
        self.hidden_dock = _dock(translate("InspectViews", "Hidden space"),
                                "hidden-space-dock", self.hidden_space)
        self.regions = RegionsView(doc)
        self.regions_dock = _dock(translate("InspectViews", "Linear regions"), "regions-dock",
                                  self.regions)
        self.landscape = LandscapeView(self._landscape_request)
        self.landscape_dock = _dock(translate("InspectViews", "Loss landscape"),
                                    "landscape-dock", self.landscape)
        # what cannot be seen need not be computed (the window closing hides it too)
        self.landscape_dock.visibilityChanged.connect(
            lambda shown: None if shown else self.landscape.stop())
        self.diagnostics_dock.visibilityChanged.connect(self.inside.set_diagnostics)
        self.hidden_dock.visibilityChanged.connect(self._hidden_shown)
        self.hidden_space.sigRequest.connect(self._hidden_request)
        self.regions_dock.visibilityChanged.connect(self.inside.set_linear_regions)

        net = network_view
        net.sigNeuronHovered.connect(self._neuron_hovered)
        net.sigPointerInside.connect(self.inside.set_pointer_in_diagram)
        net.sigWeightTyped.connect(self._weight_typed)
        net.sigNeuronState.connect(doc.set_neuron)
        # neuron pictures only of the units the diagram draws (a wide network's are many)
        self.inside.set_neuron_units(net.units_drawn)
        net.sigUnitsWanted.connect(self.inside.set_neuron_units)

        actions.add(ActionSpec(
            "inspect.gradient", translate("InspectViews", "&Gradient flow"),
            self.set_gradient_overlay, "G",
            translate("InspectViews", "Links drawn by |gradient|, neurons by mean |delta|: shows "
                                      "vanishing or exploding gradients"),
            checkable=True, on_toggle=True))
        for ident, dock, text, tip, key in (
                ("inspect.diagnostics", self.diagnostics_dock,
                 translate("InspectViews", "&Diagnostics"),
                 translate("InspectViews", "Show or hide how each layer is doing over the epochs"),
                 "Ctrl+Shift+D"),
                ("inspect.hidden_space", self.hidden_dock,
                 translate("InspectViews", "&Hidden space"),
                 translate("InspectViews", "Show or hide the points as a hidden layer sees them"),
                 "Ctrl+Shift+H"),
                ("inspect.regions", self.regions_dock,
                 translate("InspectViews", "Linear &regions"),
                 translate("InspectViews", "Show or hide the regions of the plane where a "
                                           "ReLU network is one affine function"),
                 "Ctrl+Shift+A"),
                ("inspect.landscape", self.landscape_dock,
                 translate("InspectViews", "&Loss landscape"),
                 translate("InspectViews", "Show or hide the loss around the current weights"),
                 "Ctrl+Shift+L")):
            action = dock.toggleViewAction()  # Qt's: follows the dock however it is closed
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.setShortcut(key)
            # the dock just opened is the tab shown
            action.triggered.connect(lambda on, d=dock: d.raise_() if on else None)
            actions.register(ident, action)

    def stop(self) -> None:
        """The window closes: end the views' background work."""
        self.inside.close()
        self.landscape.stop()

    def _landscape_request(self) -> LandscapeRequest | None:
        """The current network, its points and the path its weights took (the replay)."""
        model = self.session.model
        if not model.points.values.size:
            return None
        _epochs, trajectory = model.replay.trajectory()
        return LandscapeRequest(model.config, model.points, self.session.current_state,
                                trajectory if len(trajectory) else None)

    # --- the diagram --------------------------------------------------------------------------
    def set_gradient_overlay(self, on: bool) -> None:
        self.network_view.set_gradient_overlay(on)
        self.inside.set_gradient_overlay(on)

    def _neuron_hovered(self, neuron: tuple[int, int] | None) -> None:
        self.inside.set_focus(neuron)
        if neuron is None:
            self.canvas.show_focus(None)

    def _weight_typed(self, layer: int, row: int, col: int, value: float) -> None:
        doc = self.session.document
        fan_in = doc.config.layer_sizes[layer]
        bias = row == fan_in
        text = (translate("InspectViews", "Set bias") if bias
                else translate("InspectViews", "Set weight"))
        if not doc.set_weights([(layer, row, col, value)], text):
            self.status.show_message(
                translate("InspectViews", "No trained biases to change yet: wait for the first "
                                          "picture") if bias else
                translate("InspectViews", "No trained weights to change yet: wait for the first "
                                          "picture"), 4000)

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
    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        """The docks, in the order of their tabs."""
        return (self.diagnostics_dock, self.hidden_dock, self.regions_dock, self.landscape_dock)

    def draw(self, snap: Snapshot) -> None:
        """Hand a drawn snapshot to the inside views that show."""
        focus = self.inside.request.focus
        if focus is not None and snap.focus is not None and (
                snap.focus.layer, snap.focus.unit) == focus:
            self.canvas.show_focus(snap.focus)
        if self.diagnostics_dock.isVisible() or snap.reset:
            self.diagnostics.show_snapshot(snap)
        if self.hidden_dock.isVisible():
            self.hidden_space.show_snapshot(snap)
        if snap.regions is not None and self.regions_dock.isVisible():
            self.regions.show_regions(snap.regions)
        elif snap.reset:
            self.regions.clear()  # another network: wait for its regions

    def set_replaying(self, on: bool) -> None:
        """A replay frame is on screen (or the live run again): the docks show the live
        run's numbers, and the regions dock says so."""
        self.regions.set_replaying(on)
