"""Helpers shared by the window tests: synthesised mouse input and closing a window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

LEFT, RIGHT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton, Qt.MouseButton.NoButton


def vp(canvas, x, y) -> QPoint:
    """Viewport position of the data point (x, y)."""
    return canvas.viewport().mapFrom(canvas, canvas.data_to_widget(x, y))


def send(canvas, kind, x, y, button, buttons) -> None:
    pos = QPointF(vp(canvas, x, y))
    widget = canvas.viewport()
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def wheel(canvas, x, y, notches, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Turn the wheel ``notches`` notches (positive: away from the user) over the data point
    (x, y) of a plot (the canvas, the curve view), ``modifiers`` held."""
    pos = QPointF(vp(canvas, x, y))
    widget = canvas.viewport()
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, round(120 * notches)),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def drag(canvas, path, button=LEFT) -> None:
    """Press at the first point, move through the rest, release at the last."""
    (x0, y0), rest = path[0], path[1:]
    send(canvas, QEvent.Type.MouseButtonPress, x0, y0, button, button)
    for x, y in rest:
        send(canvas, QEvent.Type.MouseMove, x, y, NONE, button)
    x1, y1 = path[-1]
    send(canvas, QEvent.Type.MouseButtonRelease, x1, y1, button, NONE)


def close_window(w) -> None:
    """Close a test window discarding its changes; its training thread must finish."""
    w.files.ask_save = lambda _title, _text: "discard"
    w.close()
    if not w.worker.isFinished():
        assert w.shutdown()
    w.deleteLater()


def autosave_now(w) -> bool:
    """Write the window's recovery file at once, with the trainer's exact state (what the
    autosave timer does a few seconds after a change, without waiting for it)."""
    w.session.fetch_state()
    return w.recovery.write()


def new_window(monkeypatch, tmp_path, process: bool = False):
    """A MainWindow (training in-process unless ``process``) with private settings whose
    warning dialogs are recorded in ``w.warnings`` instead of blocking."""
    import tempfile

    import playground.ui.controllers.files as files_module
    from playground.ui.main_window import MainWindow
    from playground.ui.session import in_process_trainer, process_trainer

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # private settings file
    warnings: list = []
    monkeypatch.setattr(files_module.QMessageBox, "warning",
                        staticmethod(lambda *a, **k: warnings.append(a)))
    w = MainWindow(trainer=process_trainer if process else in_process_trainer)
    w.warnings = warnings
    return w


def shown(qtbot, widget, width: int = 500, height: int = 500):
    """``widget`` sized, shown and exposed (closed with the test)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
