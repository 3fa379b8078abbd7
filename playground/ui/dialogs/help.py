"""The Help menu's dialogs: the keyboard shortcuts and About."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from playground import __version__

SHORTCUTS = (("Space", "play / pause"), (".", "step one epoch"), ("Ctrl+R", "reset weights"),
             ("1–8", "choose the class to draw"), ("A / B / E", "add, brush, eraser"),
             ("Right drag", "erase with any tool"), ("Ctrl+Z / Ctrl+Shift+Z", "undo / redo"),
             ("T", "show test points"), ("D", "discretize output"),
             ("Ctrl+S", "save session"), ("Ctrl+E", "export weights"))


def show_shortcuts(parent: QWidget) -> None:
    html = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in SHORTCUTS)
    QMessageBox.information(parent, "Keyboard shortcuts", f"<table>{html}</table>")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, "About Playground",
                      f"<b>Playground {__version__}</b><p>Draw points, build a network, "
                      "watch NumPy train it live.</p>")
