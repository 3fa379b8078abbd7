"""Light or dark: Playground follows the system's colour scheme.

Qt reports the desktop's scheme (``QStyleHints.colorScheme``) where a platform theme knows it;
``PLAYGROUND_COLOR_SCHEME=dark|light`` overrides it (and is how the dark look is tested and
photographed on a bare X server). The widgets follow Qt's palette; the plots, which pyqtgraph
draws with its own colours, ask here for their background and text colours. The heatmaps keep
their light colour maps in both schemes (they are the data), so points and boundaries read
the same; only what surrounds them changes.

View ▸ High contrast (``set_high_contrast``) replaces the palette with black on white at full
strength (a projector washes out greys), and the canvas draws thicker rims and a bold boundary
(``views/canvas.py``); turning it off brings back the palette the application had.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsItem

_DARK = {"window": "#2b2b2b", "base": "#1f1f1f", "text": "#e6e6e6", "button": "#353535",
         "highlight": "#3d7ab8", "disabled": "#808080"}


def is_dark() -> bool:
    """Whether the window is drawn dark (the override, the system's scheme, or a dark
    palette the platform already gave)."""
    forced = os.environ.get("PLAYGROUND_COLOR_SCHEME", "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return True
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication) -> None:
    """Give ``app`` a dark palette when the scheme is dark and the platform did not."""
    if not is_dark() or app.palette().color(QPalette.ColorRole.Window).lightness() < 128:
        return
    app.setStyle("Fusion")
    p = QPalette()
    role = QPalette.ColorRole
    for r, key in ((role.Window, "window"), (role.Base, "base"), (role.AlternateBase, "window"),
                   (role.Button, "button"), (role.ToolTipBase, "window")):
        p.setColor(r, QColor(_DARK[key]))
    for r in (role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText):
        p.setColor(r, QColor(_DARK["text"]))
    p.setColor(role.Highlight, QColor(_DARK["highlight"]))
    p.setColor(role.HighlightedText, QColor("#ffffff"))
    p.setColor(role.PlaceholderText, QColor(_DARK["disabled"]))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(_DARK["disabled"]))
    app.setPalette(p)


_HIGH_CONTRAST = {"window": "#ffffff", "text": "#000000", "highlight": "#000000",
                  "highlighted": "#ffffff", "disabled": "#595959", "link": "#0000cc"}
_state: dict[str, QPalette | bool | str | None] = {"on": False, "palette": None, "style": None}


def is_high_contrast() -> bool:
    return bool(_state["on"])


def high_contrast_palette() -> QPalette:
    """Black text on white, a black selection with white text, no tints."""
    c = _HIGH_CONTRAST
    p = QPalette()
    role = QPalette.ColorRole
    for r in (role.Window, role.Base, role.AlternateBase, role.Button, role.ToolTipBase,
              role.Light, role.Midlight):
        p.setColor(r, QColor(c["window"]))
    for r in (role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText,
              role.Dark, role.Shadow, role.Mid):
        p.setColor(r, QColor(c["text"]))
    p.setColor(role.Highlight, QColor(c["highlight"]))
    p.setColor(role.HighlightedText, QColor(c["highlighted"]))
    p.setColor(role.PlaceholderText, QColor(c["disabled"]))
    p.setColor(role.Link, QColor(c["link"]))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(c["disabled"]))
    return p


def set_high_contrast(app: QApplication, on: bool) -> None:
    """Turn the high-contrast palette on (remembering the application's) or off."""
    if on == is_high_contrast():
        return
    if on:
        _state["palette"] = QPalette(app.palette())
        _state["style"] = app.style().name()
        app.setStyle("Fusion")  # the platform style may ignore a palette's borders
        app.setPalette(high_contrast_palette())
    else:
        saved, style = _state["palette"], _state["style"]
        if isinstance(style, str) and style:
            app.setStyle(style)
        if isinstance(saved, QPalette):
            app.setPalette(saved)
    _state["on"] = on


def plot_background() -> str:
    """The background of the plots around their data (the canvas margin, the loss plot)."""
    if is_high_contrast():
        return "#ffffff"
    return "#232323" if is_dark() else "#ffffff"


def plot_text() -> str:
    """Axis lines, tick labels and titles of the plots."""
    if is_high_contrast():
        return "#000000"
    return "#c8c8c8" if is_dark() else "#5a5a5a"


def plot_text_rgb() -> tuple[int, int, int]:
    c = QColor(plot_text())
    return c.red(), c.green(), c.blue()


def style_axes(plot_item: Any, names: tuple[str, ...] = ("left", "bottom")) -> None:
    """The plots' axes: grey lines, the scheme's text, plain numbers (no SI prefixes), and
    each axis (with its grid) repainted only when its own range moves."""
    for name in names:
        axis = plot_item.getAxis(name)
        axis.setPen("#888")
        axis.setTextPen(plot_text())
        axis.enableAutoSIPrefix(False)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
