"""The loss history of a run: one row per evaluation (views decimate their own copies for
drawing), up to ``MAX_ROWS`` rows; past that, every other row is dropped (the first and the
latest stay), so hours of play or ``train --epochs 10000000`` keep a bounded history that a
session file can hold and every reader opens."""

from __future__ import annotations

import numpy as np

from playground.training.protocol import HISTORY_COLUMNS

WIDTH = len(HISTORY_COLUMNS)
# Rows kept one per evaluation: over 80 minutes at the window's fastest rate (200 a second),
# 40 MB. ``session.file`` derives what a session may hold from it.
MAX_ROWS = 1_000_000


class LossHistory:
    """Rows ``HISTORY_COLUMNS`` (epoch, train loss, test loss, train and test accuracy, the
    running train loss over the epoch's mini-batches; NaN where a value does not apply) in a
    buffer that grows by doubling, to ``MAX_ROWS``."""

    def __init__(self) -> None:
        self._rows = np.empty((64, WIDTH))
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def rows(self) -> np.ndarray:
        """A copy of every row, ``(m, 6)`` float64."""
        return self._rows[: self._n].copy()

    def last(self) -> np.ndarray | None:
        """The latest row (a copy), None when there is none."""
        return self._rows[self._n - 1].copy() if self._n else None

    def append(self, rows: np.ndarray) -> None:
        rows = np.asarray(rows, np.float64)
        if rows.size == 0:
            return
        if rows.ndim != 2 or rows.shape[1] != WIDTH:  # never reshape rows of another layout
            raise ValueError(f"history rows must be (m, {WIDTH}) ({', '.join(HISTORY_COLUMNS)}), "
                             f"got {rows.shape}")
        if len(rows) > MAX_ROWS:  # a long headless run at once: a bounded buffer all along
            for start in range(0, len(rows), MAX_ROWS):
                self.append(rows[start:start + MAX_ROWS])
            return
        need = self._n + len(rows)
        if need > len(self._rows):
            grown = np.empty((max(need, min(2 * len(self._rows), MAX_ROWS + 1)), WIDTH))
            grown[: self._n] = self._rows[: self._n]
            self._rows = grown
        self._rows[self._n : need] = rows
        self._n = need
        if self._n > MAX_ROWS:
            self._thin()

    def _thin(self) -> None:
        """Drop every other row; the first and the latest stay."""
        keep = np.arange(0, self._n, 2)
        if keep[-1] != self._n - 1:
            keep = np.append(keep, self._n - 1)
        kept = self._rows[keep]
        self._n = len(kept)
        self._rows[: self._n] = kept

    def truncate(self, epoch: int) -> None:
        """Keep only the rows of epochs before ``epoch`` (a run restarted or continued from
        there replaces what came after)."""
        kept = self._rows[: self._n][self._rows[: self._n, 0] < epoch]
        self._n = len(kept)
        self._rows[: self._n] = kept

    def clear(self) -> None:
        self._n = 0

    def replace(self, rows: np.ndarray) -> None:
        self.clear()
        self.append(rows)

    def at(self, epoch: int) -> np.ndarray | None:
        """The row of ``epoch`` (the latest one when it was evaluated twice), else the last
        row before it; None when there is none. Epochs are in order (``truncate`` keeps the
        rows before a restart)."""
        epochs = self._rows[: self._n, 0]
        i = int(np.searchsorted(epochs, epoch, side="right")) - 1
        return self._rows[i].copy() if i >= 0 else None
