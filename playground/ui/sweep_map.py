"""The Train menu's "Sweep…": a grid over two settings of the window's session, trained in
the background, as a map (``dialogs/sweep_dialog.py``); a cell clicked is loaded.

The sweep itself is the API's (``playground.api.sweep.sweep``, imported when a sweep first
runs): ``runner(base, grid, seeds=, epochs=, *, workers=, progress=, cancel=)`` returning a
result with ``.rows`` (each a run: its settings by grid key, seed, metrics, status, reason;
``dialogs.sweep_dialog.run_of`` reads an object or the sweep's flat mapping). ``base`` is
the window's configuration on its points (``WindowBase``: what the sweep takes as a session,
``.config`` and ``.points``, the points with their training/test split). Both are injected,
so tests run a fake. The runner runs on a ``QThread``; what it reports through ``progress``
reaches the dialog through queued signals, on the UI thread: a finished run (a row among
the arguments) fills its cell at once, a count ``(done, total)`` moves the progress bar, and
the result's rows are the final word on every cell. ``cancel`` is a ``threading.Event`` the
runner may also call; Cancel, closing the dialog and closing the window set it, and the
cells that arrived stay. Clicking a cell applies its settings to the window's current
configuration as one undo step (``Document.apply_config``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
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
from playground.ui.tool_window import ToolWindow

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
    from playground.api.sweep import sweep

    # the counts move the progress bar; each finished run's row fills its cell at once
    return sweep(base, grid, seeds=seeds, epochs=epochs, workers=workers, progress=progress,
                 cancel=cancel, on_row=progress)


@dataclass(frozen=True)
class WindowBase:
    """A sweep's base: the window's configuration and its points (a session as the sweep
    reads one)."""

    config: TrainConfig
    points: PointSet


class CancelFlag(threading.Event):
    """Raised by Cancel; the runner may call it (``cancel()``) or ask ``is_set()``."""

    def __call__(self) -> bool:
        return self.is_set()


def _is_row(value: Any) -> bool:
    return hasattr(value, "settings") or (isinstance(value, Mapping) and "status" in value)


def _report(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, int | None]:
    """What a progress report carries: a finished run (an object with ``settings`` or a row
    mapping with ``status``) and the count of runs done, each None when absent."""
    values = (*args, *kwargs.values())
    row = next((v for v in values if _is_row(v)), None)
    counts = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    done = kwargs.get("done", counts[0] if counts else None)
    return row, done if isinstance(done, int) else None


class SweepThread(QThread):
    """Runs one sweep. ``sigRow(row)`` per finished run reported, ``sigCount(done)`` per
    count reported, then ``sigEnded(result, error)`` (``error``: None, or the reason the
    sweep stopped); all queued to the UI thread."""

    sigRow = Signal(object)
    sigCount = Signal(int)
    sigEnded = Signal(object, object)

    def __init__(self, runner: Runner, base: Any, spec: SweepSpec, workers: int | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.base, self.spec, self.workers = runner, base, spec, workers
        self.cancel = CancelFlag()

    def _progress(self, *args: Any, **kwargs: Any) -> None:
        row, done = _report(args, kwargs)
        if row is not None:
            self.sigRow.emit(row)
        elif done is not None:
            self.sigCount.emit(done)

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


class SweepMap(QObject, ToolWindow[SweepDialog]):
    """Opens (and keeps) the window's ``SweepDialog`` and runs its sweeps. ``runner``
    defaults to the API's (``api_sweep``), ``make_base`` to ``WindowBase``; ``workers``: processes
    the runner may use (None: its default)."""

    def __init__(self, document: Document, parent: QWidget, runner: Runner | None = None,
                 make_base: Callable[[TrainConfig, PointSet], Any] | None = None,
                 workers: int | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._parent = parent
        self.runner: Runner = runner or api_sweep
        self.make_base = make_base or WindowBase
        self.workers = workers
        self.sweep: SweepThread | None = None

    def action_specs(self) -> list[ActionSpec]:
        return [ActionSpec("train.sweep", translate("SweepMap", "Sw&eep…"), self.open, None,
                           translate("SweepMap", "Train a grid over two settings with several "
                                                 "seeds and map the results"))]

    def make_dialog(self) -> SweepDialog:
        dialog = SweepDialog(lambda: self.document.config, self._parent)
        dialog.sigRun.connect(self.run)
        dialog.sigCancel.connect(self.cancel)
        dialog.sigCellChosen.connect(self.use)
        return dialog

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
        thread.sigCount.connect(dialog.show_count)
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
