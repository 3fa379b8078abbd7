"""Light or dark: Playground follows the system's colour scheme.

Qt reports the desktop's scheme (``QStyleHints.colorScheme``) where a platform theme knows it;
``PLAYGROUND_COLOR_SCHEME=dark|light`` overrides it (and is how the dark look is tested and
photographed on a bare X server). The widgets follow Qt's palette; the plots, which pyqtgraph
draws with its own colours, ask here for their background and text colours. The heatmaps keep
their light colour maps in both schemes (they are the data), so points and boundaries read
the same; only what surrounds them changes.
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


def plot_background() -> str:
    """The background of the plots around their data (the canvas margin, the loss plot)."""
    return "#232323" if is_dark() else "#ffffff"


def plot_text() -> str:
    """Axis lines, tick labels and titles of the plots."""
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
