"""Projector scale: one zoom factor for the whole window (View ▸ Zoom in / Zoom out / Actual
size).

``Zoom`` holds the factor, one of ``STEPS``. Setting it scales the application font from the
size the platform gave (every widget that keeps the default font follows), then emits
``changed(factor)``; the window assembly hands the factor on to the views that draw sizes of
their own (the canvas's points and boundary, the loss curves, the diagram's text) and asks
``follow_font`` to give every plot's axes the new font. Views never see ``Zoom`` itself: they
take the factor (``set_zoom``) and size what they draw with ``pen_width`` / ``point_size``.

The factor is remembered in the settings (``SETTINGS_KEY``) and a classroom session carries
it in its view settings (``"zoom"``; an older session without it shows 100 %).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

STEPS: tuple[float, ...] = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
ACTUAL = 1.0
SETTINGS_KEY = "view/zoom"
RELATIVE_FONT = "playgroundFontScale"  # a widget's font as a multiple of the application's
_BASE_PROPERTY = "playgroundBaseFont"  # the application font before any zoom, kept on the app


def pen_width(width: float, factor: float) -> float:
    """A line ``width`` pixels wide at 100 %, at ``factor``."""
    return width * factor


def point_size(size: float, factor: float) -> float:
    """A marker ``size`` pixels across at 100 %, at ``factor``."""
    return size * factor


def font_pt(points: float, factor: float) -> float:
    """A font of ``points`` at 100 %, at ``factor``."""
    return points * factor


def parse_factor(value: object) -> float | None:
    """A saved zoom factor (a number or its text, as settings files keep it) as the nearest
    step; None when it is not a finite positive number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        return None
    return min(STEPS, key=lambda step: abs(step - float(value)))


def percent(factor: float) -> int:
    return round(factor * 100)


def _base_font(app: QApplication) -> QFont:
    """The application font as it was before the first zoom (kept on the application, so a
    second window scales from the same size)."""
    saved = app.property(_BASE_PROPERTY)
    if isinstance(saved, QFont):
        return QFont(saved)
    base = QFont(app.font())
    app.setProperty(_BASE_PROPERTY, base)
    return QFont(base)


def set_app_font(font: QFont) -> None:
    """Make ``font`` the application font, and every widget that follows it take it now
    (Qt posts the change to each window; whoever measures text next must see the new one)."""
    QApplication.setFont(font)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)


def scaled_app_font(factor: float) -> QFont:
    """The application's original font scaled by ``factor``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = _base_font(app)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font_pt(font.pointSizeF(), factor))
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return font


def relative_font(widget: QWidget, scale: float) -> None:
    """Give ``widget`` the application font times ``scale`` (a caption's smaller text), now
    and after every zoom (``follow_font``)."""
    widget.setProperty(RELATIVE_FONT, float(scale))
    widget.setFont(_relative(QApplication.font(), scale))


def _relative(font: QFont, scale: float) -> QFont:
    font = QFont(font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    return font


AXIS_TEXT_START = (30, 18)  # pyqtgraph's AxisItem's first textWidth, textHeight


def follow_font(root: QWidget, font: QFont | None = None) -> None:
    """Give the widgets under ``root`` whose font does not follow the application font on
    its own the new one (``font``, the application font by default): those with a style
    sheet (Qt fixes their font when it applies the sheet), those with a relative font
    (``relative_font``), and the tick labels and titles of every plot axis (its plots, its
    colour bars, the plots of its docks and dialogs: pyqtgraph's axes measure their text when
    it is set)."""
    font = QFont(QApplication.font()) if font is None else font
    for widget in [root, *root.findChildren(QWidget)]:
        sheet = widget.styleSheet()
        if sheet:  # a style sheet fixed the font it had: computed again from the new one
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
        scale = widget.property(RELATIVE_FONT)
        if isinstance(scale, float):
            widget.setFont(_relative(font, scale))
    for view in [root, *root.findChildren(pg.GraphicsView)]:
        if not isinstance(view, pg.GraphicsView):
            continue
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem):
                item.label.setFont(font)
                # pyqtgraph keeps the room an axis measured for its tick labels until they
                # need 10 px less: start from its first guess again, so that smaller text
                # gives the room back (the next paint measures what the ticks need)
                item.textWidth, item.textHeight = AXIS_TEXT_START
                item.setStyle(tickFont=font)  # measures the ticks and the label again


class Zoom(QObject):
    """The window's zoom factor. ``changed(factor)`` follows each change, after the
    application font has been scaled."""

    changed = Signal(float)

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        saved = parse_factor(settings.value(SETTINGS_KEY, ACTUAL)) if settings else None
        self._factor = ACTUAL if saved is None else saved
        set_app_font(scaled_app_font(self._factor))

    @property
    def factor(self) -> float:
        return self._factor

    def set_factor(self, factor: float) -> None:
        """Zoom to the step nearest ``factor``; remembered in the settings."""
        step = parse_factor(factor)
        if step is None:
            return
        if self._settings is not None:
            self._settings.setValue(SETTINGS_KEY, step)
        if step == self._factor:
            return
        self._factor = step
        set_app_font(scaled_app_font(step))
        self.changed.emit(step)

    def zoom_in(self) -> None:
        self.set_factor(next((s for s in STEPS if s > self._factor), STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_factor(next((s for s in reversed(STEPS) if s < self._factor), STEPS[0]))

    def reset(self) -> None:
        self.set_factor(ACTUAL)

    def can_zoom_in(self) -> bool:
        return self._factor < STEPS[-1]

    def can_zoom_out(self) -> bool:
        return self._factor > STEPS[0]

    def pen_width(self, width: float) -> float:
        return pen_width(width, self._factor)

    def point_size(self, size: float) -> float:
        return point_size(size, self._factor)

    def font_pt(self, points: float) -> float:
        return font_pt(points, self._factor)


class ZoomViewPart:
    """The zoom a classroom session carries in its view settings (a ``ViewParts`` part):
    written while classroom mode is on, so a teacher's session opens at the scale it was
    prepared for; a classroom session without it (older) opens at 100 %. A session outside
    classroom mode leaves the zoom the user chose alone."""

    KEY = "zoom"

    def __init__(self, zoom: Zoom, classroom: Callable[[], object]) -> None:
        self.zoom = zoom
        self._classroom = classroom  # the layout's classroom settings, None outside

    def view_settings(self) -> dict[str, object]:
        if self._classroom() is None:
            return {}
        return {self.KEY: self.zoom.factor}

    def apply_view(self, view: dict[str, object]) -> None:
        """After the layout's part: its classroom settings are the session's now."""
        if self._classroom() is None:
            return
        saved = parse_factor(view.get(self.KEY))
        self.zoom.set_factor(ACTUAL if saved is None else saved)
