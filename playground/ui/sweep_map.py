"""The Train menu's "Sweep…": a grid over two settings of the window's session, trained in
the background, as a map (``dialogs/sweep_dialog.py``); a cell clicked is loaded.

The sweep itself is the API's (``playground.api.sweep.sweep``, imported when a sweep first
runs): ``runner(base, grid, seeds=, epochs=, *, workers=, progress=, cancel=)`` returning a
result with ``.rows`` (each: ``settings``, ``seed``, ``metrics``, ``status``, ``reason``).
``base`` is the window's configuration on its points as the API's ``Session``
(``make_base``). Both are injected, so tests run a fake. The runner runs on a ``QThread``;
every run it reports through ``progress`` reaches the dialog through a queued signal, on the
UI thread, so the map fills in as they finish. ``cancel`` is a flag the runner may call or
test (``is_set``); Cancel, closing the dialog and closing the window raise it, and the
cells that arrived stay. Clicking a cell applies its settings to the window's current
configuration as one undo step (``Document.apply_config``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from playground.data.points import PointSet
from playground.errors import PlaygroundError
from playground.training.config import TrainConfig
from playground.ui.actions import ActionSpec
from playground.ui.controllers.document import Document
from playground.ui.dialogs.sweep_dialog import SweepDialog, SweepSpec, config_with, value_text
from playground.ui.i18n import translate

log = logging.getLogger("playground.ui")
STOP_WAIT_MS = 10_000  # closing the window waits this long for a cancelled sweep


class Runner(Protocol):
    def __call__(self, base: Any, grid: dict[str, list[Any]], seeds: int = ...,
                 epochs: int = ..., *, workers: int | None = None,
                 progress: Callable[..., Any] | None = None,
                 cancel: Any = None) -> Any: ...


def api_sweep(base: Any, grid: dict[str, list[Any]], seeds: int = 1, epochs: int = 100, *,
              workers: int | None = None, progress: Callable[..., Any] | None = None,
              cancel: Any = None) -> Any:
    """The API's sweep, imported only when a sweep runs."""
    from playground.api.sweep import sweep  # type: ignore[import-untyped,unused-ignore]

    return sweep(base, grid, seeds=seeds, epochs=epochs, workers=workers, progress=progress,
                 cancel=cancel)


def api_base(config: TrainConfig, points: PointSet) -> Any:
    """The window's configuration on its points as the API's ``Session``."""
    from playground.api.session import Session  # type: ignore[import-untyped,unused-ignore]

    return Session.from_config(config, points=points)


class CancelFlag(threading.Event):
    """Raised by Cancel; the runner may call it (``cancel()``) or ask ``is_set()``."""

    def __call__(self) -> bool:
        return self.is_set()


def _row_in(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The finished run a progress report carries (an object with ``settings``), if any."""
    for value in (*args, *kwargs.values()):
        if hasattr(value, "settings"):
            return value
    return None


class SweepThread(QThread):
    """Runs one sweep. ``sigRow(row)`` per finished run, then ``sigEnded(result, error)``
    (``error``: None, or the reason the sweep stopped); all queued to the UI thread."""

    sigRow = Signal(object)
    sigEnded = Signal(object, object)

    def __init__(self, runner: Runner, base: Any, spec: SweepSpec, workers: int | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.base, self.spec, self.workers = runner, base, spec, workers
        self.cancel = CancelFlag()

    def _progress(self, *args: Any, **kwargs: Any) -> None:
        row = _row_in(args, kwargs)
        if row is not None:
            self.sigRow.emit(row)

    def run(self) -> None:
        try:
            result = self.runner(self.base, self.spec.grid, seeds=self.spec.seeds,
                                 epochs=self.spec.epochs, workers=self.workers,
                                 progress=self._progress, cancel=self.cancel)
        except Exception as exc:  # noqa: BLE001 - a sweep's failure is told, never a crash
            if not self.cancel.is_set():
                log.exception("the sweep failed")
            self.sigEnded.emit(None, str(exc) or type(exc).__name__)
            return
        self.sigEnded.emit(result, None)


class SweepMap(QObject):
    """Opens (and keeps) the window's ``SweepDialog`` and runs its sweeps. ``runner`` and
    ``make_base`` default to the API's (``api_sweep``, ``api_base``); ``workers``: processes
    the runner may use (None: its default)."""

    def __init__(self, document: Document, parent: QWidget, runner: Runner | None = None,
                 make_base: Callable[[TrainConfig, PointSet], Any] | None = None,
                 workers: int | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._parent = parent
        self.runner: Runner = runner or api_sweep
        self.make_base = make_base or api_base
        self.workers = workers
        self.dialog: SweepDialog | None = None
        self.sweep: SweepThread | None = None

    def action_specs(self) -> list[ActionSpec]:
        return [ActionSpec("train.sweep", translate("SweepMap", "Sw&eep…"), self.open, None,
                           translate("SweepMap", "Train a grid over two settings with several "
                                                 "seeds and map the results"))]

    def open(self) -> None:
        if self.dialog is None:
            self.dialog = SweepDialog(lambda: self.document.config, self._parent)
            self.dialog.sigRun.connect(self.run)
            self.dialog.sigCancel.connect(self.cancel)
            self.dialog.sigCellChosen.connect(self.use)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    @property
    def running(self) -> bool:
        return self.sweep is not None

    def run(self, spec: SweepSpec) -> None:
        """Start ``spec`` on the document's configuration and points, in the background."""
        dialog = self.dialog
        if dialog is None or self.running:
            return
        try:
            base = self.make_base(self.document.config, self.document.points)
        except (PlaygroundError, ValueError, ImportError) as exc:
            dialog.finish(translate("SweepMap", "The sweep cannot start: {error}").format(
                error=exc))
            return
        thread = SweepThread(self.runner, base, spec, self.workers)
        thread.sigRow.connect(dialog.add_row)
        thread.sigEnded.connect(self._ended)  # a slot of this UI-thread object: queued
        self.sweep = thread
        dialog.start(spec)
        thread.start()

    @Slot(object, object)
    def _ended(self, result: Any, error: str | None) -> None:
        thread = self.sweep
        if thread is None:
            return
        thread.wait()
        self.sweep = None
        dialog = self.dialog
        if dialog is None:
            return
        rows = getattr(result, "rows", None) if result is not None else None
        if rows is not None:
            dialog.set_rows(list(rows))  # the sweep's own table has the last word
        failed = sum(cell.failed for cell in dialog.cells.values())
        if thread.cancel.is_set():
            text = translate("SweepMap", "Cancelled; the cells that finished stay.")
        elif error is not None:
            text = translate("SweepMap", "The sweep stopped: {error}").format(error=error)
        elif failed:
            text = translate("SweepMap", "Done: %n run(s) failed (hover a cell for its count).",
                             n=failed)
        else:
            text = translate("SweepMap", "Done. Click a cell to use its settings.")
        dialog.finish(text)

    def cancel(self) -> None:
        """Ask the running sweep to stop; its finished cells stay."""
        if self.sweep is not None:
            self.sweep.cancel.set()
            if self.dialog is not None:
                self.dialog.status.setText(translate("SweepMap", "Cancelling…"))

    def use(self, settings: dict[str, Any]) -> None:
        """Apply a cell's settings to the window's configuration: one undo step."""
        doc = self.document
        where = ", ".join(value_text(k, v) for k, v in settings.items())
        dialog = self.dialog
        try:
            config = config_with(doc.config, settings)
        except PlaygroundError as exc:
            if dialog is not None:
                dialog.status.setText(translate("SweepMap", "These settings do not fit the "
                                                            "window's network: {error}")
                                      .format(error=exc))
            return
        text = translate("SweepMap", "Use {settings} from the sweep").format(settings=where)
        changed = doc.apply_config(config, text)
        if dialog is not None:
            dialog.status.setText(
                translate("SweepMap", "The window now uses {settings}.").format(settings=where)
                if changed else translate("SweepMap", "The window already uses {settings}.")
                .format(settings=where))

    def stop(self) -> None:
        """The window closes: cancel the sweep and wait for its thread to end."""
        thread = self.sweep
        if self.dialog is not None:
            self.dialog.close()
        if thread is not None:
            thread.cancel.set()
            if not thread.wait(STOP_WAIT_MS):
                log.error("the sweep did not stop in time")
