"""The pointer over the network diagram: hover, tooltips, clicks, the context menu, zoom.

``DiagramPointer`` filters the diagram viewport's events (like the canvas's drawing tools):

- moving over a hidden neuron emits the view's ``sigNeuronHovered((layer, unit))``, leaving
  it ``sigNeuronHovered(None)``; entering and leaving the diagram ``sigPointerInside``;
- a resting pointer shows what is under it (``NetworkView.hover_text``) as a tooltip, kept
  up to date while the network trains;
- a left click on a link or a bias opens the value editor (a pruned neuron's explain why
  not); a right click on a hidden neuron opens its Freeze / Prune / Restore menu;
- Ctrl+wheel zooms, a drag pans a zoomed diagram, a double click on empty space fits it;
- over a layer drawn as a window of its units, the wheel scrolls the window, a click on the
  marker above or below it moves it a page, a right click on a marker picks a unit.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, SignalInstance
from PySide6.QtGui import QContextMenuEvent, QCursor, QHelpEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from playground.ui.views.network_diagram import Column
from playground.ui.views.network_layout import Target

CLICK_SLOP = 4  # pixels a click may move and still be a click
WHEEL_UNITS = 3  # units of a windowed layer one wheel notch scrolls by


class PointedDiagram(Protocol):
    """What the pointer needs of the diagram it serves (``NetworkView``)."""

    sigNeuronHovered: SignalInstance
    sigPointerInside: SignalInstance

    @property
    def columns(self) -> list[Column]: ...

    def viewport(self) -> QWidget: ...

    def mapToScene(self, point: QPoint) -> QPointF: ...  # noqa: N802 (Qt's name)

    def target_at(self, scene_pos: QPointF) -> Target | None: ...

    def hover_text(self, target: Target) -> str: ...

    def neuron_menu(self, layer: int, unit: int) -> QMenu: ...

    def edit(self, target: Target, where: QPoint) -> str | None: ...

    def set_hovered(self, target: Target | None) -> None: ...

    def zoom_by(self, steps: float) -> None: ...

    def reset_zoom(self) -> None: ...

    def column_at(self, scene_pos: QPointF) -> int | None: ...

    def point_at_column(self, column: int | None) -> None: ...

    def scroll_layer(self, column: int, units: int) -> None: ...

    def page_layer(self, column: int, direction: int) -> None: ...

    def layer_menu(self, column: int) -> QMenu: ...


class DiagramPointer(QObject):
    def __init__(self, view: PointedDiagram) -> None:
        super().__init__(view.viewport())  # lives as long as the diagram's viewport
        self.view = view
        self.hover: Target | None = None
        self.neuron: tuple[int, int] | None = None  # the hidden neuron hovered
        self._press: tuple[Target, QPointF] | None = None
        self._wheel_rest = 0.0  # wheel turned too little to scroll a unit yet
        viewport = view.viewport()
        viewport.setMouseTracking(True)
        viewport.installEventFilter(self)

    # --- called by the view -------------------------------------------------------------------
    def forget(self) -> None:
        """The diagram is rebuilt: nothing is hovered any more."""
        self._press = None
        self._set_hover(None)

    def leave(self) -> None:
        self.forget()
        QToolTip.hideText()

    def refresh(self) -> None:
        """A new snapshot is drawn: keep a visible tooltip's numbers current."""
        if self.hover is not None and QToolTip.isVisible():
            QToolTip.showText(QCursor.pos(), self.view.hover_text(self.hover),
                              self.view.viewport())

    # --- events -------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            assert isinstance(event, QMouseEvent)
            self._moved(event.position())
        elif kind == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            return self._pressed(event)
        elif kind == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            return self._released(event)
        elif kind == QEvent.Type.MouseButtonDblClick:
            assert isinstance(event, QMouseEvent)
            if self._target(event.position()) is None:
                self.view.reset_zoom()
                return True
        elif kind == QEvent.Type.ContextMenu:
            assert isinstance(event, QContextMenuEvent)
            return self._context_menu(event)
        elif kind == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            return self._tooltip(event.pos(), event.globalPos())
        elif kind == QEvent.Type.Wheel:
            assert isinstance(event, QWheelEvent)
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.view.zoom_by(event.angleDelta().y() / 120)
                event.accept()
                return True
            return self._wheel(event)
        elif kind == QEvent.Type.Enter:
            self.view.sigPointerInside.emit(True)
        elif kind == QEvent.Type.Leave:
            self.leave()
            self.view.sigPointerInside.emit(False)
        return False

    def _target(self, pos: QPointF | QPoint) -> Target | None:
        return self.view.target_at(self.view.mapToScene(QPointF(pos).toPoint()))

    def _wheel(self, event: QWheelEvent) -> bool:
        """Over a windowed layer: scroll its units (a notch ``WHEEL_UNITS``)."""
        column = self.view.column_at(self.view.mapToScene(event.position().toPoint()))
        delta = event.angleDelta().y()
        if column is None or delta == 0:
            return False
        self._wheel_rest += delta
        units = int(self._wheel_rest / 120 * WHEEL_UNITS)
        if units:
            self._wheel_rest -= units * 120 / WHEEL_UNITS
            self.view.point_at_column(column)
            self.view.scroll_layer(column, -units)
            self._moved(event.position())
        event.accept()
        return True

    def _moved(self, pos: QPointF) -> None:
        self.view.point_at_column(self.view.column_at(self.view.mapToScene(pos.toPoint())))
        target = self._target(pos)
        if target == self.hover:
            return
        self._set_hover(target)
        if QToolTip.isVisible():  # follow the pointer from one thing to the next
            if target is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(self.view.viewport().mapToGlobal(pos.toPoint()),
                                  self.view.hover_text(target), self.view.viewport())

    def _set_hover(self, target: Target | None) -> None:
        self.hover = target
        self.view.set_hovered(target)
        editable = target is not None and target.kind in ("link", "bias", "scroll")
        viewport = self.view.viewport()
        if editable:
            viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            viewport.unsetCursor()
        neuron = None if target is None else target.hidden(len(self.view.columns))
        if neuron != self.neuron:
            self.neuron = neuron
            self.view.sigNeuronHovered.emit(neuron)

    def _pressed(self, event: QMouseEvent) -> bool:
        self._press = None
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        target = self._target(event.position())
        if target is None or target.kind in ("neuron", "skip"):
            return False  # a drag may pan
        self._press = (target, event.position())
        return True

    def _released(self, event: QMouseEvent) -> bool:
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        target, where = press
        moved = (event.position() - where).manhattanLength()
        if moved <= CLICK_SLOP and self._target(event.position()) == target \
                and target.kind == "scroll":
            self.view.page_layer(target.layer, target.unit)
            self._moved(event.position())
        elif moved <= CLICK_SLOP and self._target(event.position()) == target:
            refused = self.view.edit(target, event.globalPosition().toPoint())
            if refused:
                QToolTip.showText(event.globalPosition().toPoint(), refused,
                                  self.view.viewport())
        return True

    def _context_menu(self, event: QContextMenuEvent) -> bool:
        target = self._target(event.pos())
        neuron = None if target is None else target.hidden(len(self.view.columns))
        if target is not None and target.kind == "scroll":
            menu = self.view.layer_menu(target.layer)
        elif neuron is None:
            return False
        else:
            menu = self.view.neuron_menu(*neuron)
        QToolTip.hideText()
        self.show_menu(menu, event.globalPos())
        menu.deleteLater()
        return True

    def show_menu(self, menu: QMenu, where: QPoint) -> None:
        """Run ``menu`` at global position ``where`` (until it closes)."""
        menu.exec(where)

    def _tooltip(self, pos: QPoint, where: QPoint) -> bool:
        """Show what is under the pointer; elsewhere the items' own tooltips ("+N more")."""
        target = self._target(pos)
        if target is None:
            return False
        QToolTip.showText(where, self.view.hover_text(target), self.view.viewport())
        return True
