"""Redraw at most a few times a second, whatever the rate of snapshots.

A view records each snapshot's data as it arrives and asks for a redraw; ``Throttle`` draws
at once when the last drawing is long enough ago and otherwise once when its timer is due, so
the latest data is always drawn, at most ``1000 / interval_ms`` times a second. A drawing that
costs more than a quarter of the interval stretches the interval (to four times its cost), so
a big picture cannot take the window's whole thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

REDRAW_INTERVAL_MS = 125  # at most 8 redraws a second: a curve reads no better at 30
COST_FACTOR = 4.0  # a redraw takes at most a quarter of the thread


class Throttle(QObject):
    """Calls ``draw`` for the latest request, at most once per interval."""

    def __init__(self, draw: Callable[[], None], interval_ms: int = REDRAW_INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draw = draw
        self._base = interval_ms
        self.pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._due)

    def request(self, now: bool = False) -> None:
        """Draw now if nothing was drawn lately (or ``now``), else when the timer is due."""
        if now or not self._timer.isActive():
            self._run()
        else:
            self.pending = True

    def flush(self) -> None:
        """Draw a waiting request at once (tests, a picture export)."""
        if self.pending:
            self._run()

    def cancel(self) -> None:
        """Forget a waiting request (the data it would draw is gone)."""
        self.pending = False

    def _due(self) -> None:
        if self.pending:
            self._run()

    def _run(self) -> None:
        self.pending = False
        started = time.perf_counter()
        self._draw()
        cost_ms = 1000.0 * (time.perf_counter() - started)
        self._timer.setInterval(max(self._base, round(COST_FACTOR * cost_ms)))
        self._timer.start()
