"""The canvas from the keyboard: a cursor that the arrow keys move and Enter draws at.

The canvas takes the keyboard focus (a click or Tab). While it has it, a cursor (a ring with a
cross) marks a place on the plane: the arrows move it by a fortieth of the extent shown
(Shift + arrow: a fifth), Enter adds a point of the current class there (as a click of the add
tool does: ``DrawingTools.add_point``), Delete or Backspace removes the shown point nearest to
it (within ``REACH_PIXELS``). Every edit goes through the document, so Undo takes it back. The
hover readout follows the cursor as it follows the mouse (the canvas's ``sigCursorMoved``).
Space keeps playing and pausing, as everywhere in the window.

The cursor is drawn only while the canvas has the keyboard focus, and only once the keyboard
is used there (Tab into the canvas, or an arrow key): a mouse user who clicks the canvas sees
no cursor. When the view zooms or pans, its next move starts inside the extent shown.
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from playground.ui.controllers.document import Document
from playground.ui.i18n import translate, translate_noop

FINE_STEPS = 40  # an arrow moves the cursor by this fraction of the extent shown
COARSE_STEPS = 5  # Shift + arrow
REACH_PIXELS = 30.0  # Delete removes the nearest point within this many screen pixels
CURSOR_SIZE = 20  # screen pixels

_MOVES = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
          Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
_ADD = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_REMOVE = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)

# What the keys do on the canvas: Help > Keyboard shortcuts lists them (``key_rows``)
KEYS = (
    (translate_noop("CanvasKeyboard", "Tab to the canvas"),
     translate_noop("CanvasKeyboard", "shows the keyboard cursor")),
    (translate_noop("CanvasKeyboard", "Arrows on the canvas"),
     translate_noop("CanvasKeyboard", "move the cursor (Shift: bigger steps)")),
    (translate_noop("CanvasKeyboard", "Enter on the canvas"),
     translate_noop("CanvasKeyboard", "adds a point of the current class at the cursor")),
    (translate_noop("CanvasKeyboard", "Delete / Backspace on the canvas"),
     translate_noop("CanvasKeyboard", "removes the point nearest the cursor")),
)


def key_rows() -> list[tuple[str, str]]:
    """(keys, what they do) of the canvas's keyboard cursor, in the window's language."""
    return [(translate("CanvasKeyboard", k), translate("CanvasKeyboard", v)) for k, v in KEYS]


class KeyboardSurface(Protocol):
    """What the cursor needs of the canvas (``CanvasView``)."""

    sigCursorMoved: SignalInstance
    drawing: Any  # ``DrawingTools``: ``add_point``

    def viewport(self) -> QWidget: ...

    def extent(self) -> tuple[float, float, float, float]: ...

    def point_at(self, x: float, y: float, pixels: float = ...) -> int | None: ...

    def hasFocus(self) -> bool: ...  # noqa: N802 (Qt's name)

    def setAccessibleName(self, name: str) -> None: ...  # noqa: N802 (Qt's name)

    def setAccessibleDescription(self, text: str) -> None: ...  # noqa: N802 (Qt's name)

    def installEventFilter(self, obj: QObject) -> None: ...  # noqa: N802 (Qt's name)

    def setFocusPolicy(self, policy: Qt.FocusPolicy) -> None: ...  # noqa: N802 (Qt's name)

    def window(self) -> QWidget: ...


class CanvasKeyboard(QObject):
    """The keyboard cursor of ``canvas`` (a ``CanvasView`` whose plot's view box is ``vb``);
    edits go to ``document``."""

    def __init__(self, canvas: KeyboardSurface, document: Document, vb: Any) -> None:
        super().__init__(canvas.viewport())  # lives as long as the canvas
        self._canvas = canvas
        self._document = document
        self._at: tuple[float, float] | None = None  # None: the middle of the extent shown
        self._active = False  # the keyboard was used since the canvas took the focus
        self.item = pg.ScatterPlotItem(pxMode=True, antialias=True)
        self._draw(0.0, 0.0)
        self.item.setZValue(20)
        self.item.hide()
        vb.addItem(self.item, ignoreBounds=True)
        # the canvas takes the focus itself (a click on the plot gives it to the first
        # parent that takes it): one tab stop, not the plot's graphics view as well
        canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plot = canvas.viewport().parentWidget()
        for widget in (plot, canvas.viewport()):
            if widget is not None:
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        canvas.setAccessibleName(translate("CanvasKeyboard", "Canvas"))
        canvas.setAccessibleDescription(translate(
            "CanvasKeyboard",
            "The points and the network's prediction over the plane. Arrow keys move the "
            "keyboard cursor (Shift: bigger steps), Enter adds a point of the current class "
            "at the cursor, Delete removes the point nearest to it; the readout in the status "
            "bar tells what lies under the cursor."))
        canvas.installEventFilter(self)

    # --- what the tests and the window read ----------------------------------------------------
    def position(self) -> tuple[float, float]:
        """Where the cursor is (data coordinates), inside the extent shown."""
        x0, x1, y0, y1 = self._canvas.extent()
        if self._at is None:
            return (x0 + x1) / 2, (y0 + y1) / 2
        x, y = self._at
        return float(np.clip(x, x0, x1)), float(np.clip(y, y0, y1))

    def set_position(self, x: float, y: float) -> None:
        """Put the cursor at (x, y) (kept inside the extent shown)."""
        self._at = (float(x), float(y))
        self._at = self.position()
        self._moved()

    def is_shown(self) -> bool:
        """Whether the cursor is drawn (the canvas has the focus and the keyboard was used)."""
        return self.item.isVisible()

    # --- keys -----------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is not self._canvas:
            return False
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            assert isinstance(event, QFocusEvent)
            if event.reason() in (Qt.FocusReason.TabFocusReason,
                                  Qt.FocusReason.BacktabFocusReason,
                                  Qt.FocusReason.ShortcutFocusReason):
                self._activate()
        elif kind == QEvent.Type.FocusOut:
            self._active = False
            self.item.hide()
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if not self._handles(event):
                return False
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # the key is the canvas's, not a window shortcut's
                return True
            self._key(event)
            event.accept()
            return True
        return False

    @staticmethod
    def _handles(event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if key in _MOVES:
            return mods in _PLAIN or mods & ~Qt.KeyboardModifier.KeypadModifier == _SHIFT
        return key in (*_ADD, *_REMOVE) and mods in _PLAIN

    def _key(self, event: QKeyEvent) -> None:
        key = event.key()
        self._activate()
        if key in _MOVES:
            dx, dy = _MOVES[Qt.Key(key)]
            steps = COARSE_STEPS if event.modifiers() & _SHIFT else FINE_STEPS
            x0, x1, y0, y1 = self._canvas.extent()
            x, y = self.position()
            self.set_position(x + dx * (x1 - x0) / steps, y + dy * (y1 - y0) / steps)
        elif key in _ADD:
            self._canvas.drawing.add_point(*self.position())
            self._moved()  # the readout tells the new point
        else:
            self.remove_nearest()

    def remove_nearest(self) -> bool:
        """Remove the shown point nearest the cursor (within ``REACH_PIXELS``); False, and a
        beep, when there is none."""
        x, y = self.position()
        index = self._canvas.point_at(x, y, REACH_PIXELS)
        if index is None:
            QApplication.beep()
            return False
        self._document.remove_points([index], translate("CanvasKeyboard", "Remove point"))
        self._moved()
        return True

    def _activate(self) -> None:
        if not self._active:
            self._active = True
            self._moved()

    def _moved(self) -> None:
        x, y = self.position()
        if self._active and self._focused():
            self._draw(x, y)
            self.item.show()
            self._canvas.sigCursorMoved.emit(x, y)

    def _focused(self) -> bool:
        """The canvas has the keyboard, or will have it when its window is active again (a
        window under a bare X server, no window manager, is never "active")."""
        return self._canvas.hasFocus() or self._canvas.window().focusWidget() is self._canvas

    def _draw(self, x: float, y: float) -> None:
        # a white ring under a dark one, and a dark cross rimmed white: seen on any colour
        self.item.setData(
            pos=[(x, y)] * 3, size=[CURSOR_SIZE + 2, CURSOR_SIZE, CURSOR_SIZE // 2],
            symbol=["o", "o", "+"],
            brush=[pg.mkBrush(None), pg.mkBrush(None), pg.mkBrush(30, 30, 30, 230)],
            pen=[pg.mkPen(255, 255, 255, 230, width=4), pg.mkPen(20, 20, 20, 240, width=2),
                 pg.mkPen(255, 255, 255, 230, width=1)])
