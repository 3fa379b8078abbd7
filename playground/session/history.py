"""The full loss history of a run: one row per evaluation, never decimated (views decimate
their own copies for drawing)."""

from __future__ import annotations

import numpy as np

from playground.training.protocol import HISTORY_COLUMNS

WIDTH = len(HISTORY_COLUMNS)


class LossHistory:
    """Rows ``HISTORY_COLUMNS`` (epoch, train loss, test loss, train and test accuracy; NaN
    where a value does not apply) in a buffer that grows by doubling."""

    def __init__(self) -> None:
        self._rows = np.empty((64, WIDTH))
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def rows(self) -> np.ndarray:
        """A copy of every row, ``(m, 5)`` float64."""
        return self._rows[: self._n].copy()

    def append(self, rows: np.ndarray) -> None:
        rows = np.asarray(rows, np.float64).reshape(-1, WIDTH)
        need = self._n + len(rows)
        if need > len(self._rows):
            grown = np.empty((max(need, 2 * len(self._rows)), WIDTH))
            grown[: self._n] = self._rows[: self._n]
            self._rows = grown
        self._rows[self._n : need] = rows
        self._n = need

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
