"""Point edits as plain data: each one applied to a point set gives the new set *and* the edit
that undoes it.

``apply_edit(points, edit) -> (points, inverse)`` is the only way points change after they are
made. The session model keeps the inverses for undo; the same edit objects travel to the
training process (``training.protocol.EditPoints``), which applies them to its own copy, so a
brush stroke sends the few rows it adds, never the whole set.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.data.points import PointSet
from playground.errors import ConfigError


@dataclass(frozen=True, eq=False)
class AddRows:
    """Append rows. coords : (m, D) float64 (D: the set's inputs); values : (m,) (or (m, L)
    for a multi-label set);
    is_train : (m,) bool."""

    coords: np.ndarray
    values: np.ndarray
    is_train: np.ndarray


@dataclass(frozen=True, eq=False)
class InsertRows:
    """Put rows back at ``indices`` (ascending, in the resulting set): undoes ``RemoveRows``."""

    indices: np.ndarray
    coords: np.ndarray
    values: np.ndarray
    is_train: np.ndarray


@dataclass(frozen=True, eq=False)
class RemoveRows:
    """Remove the rows at ``indices`` (any order, duplicates allowed)."""

    indices: np.ndarray


@dataclass(frozen=True, eq=False)
class ReplaceAll:
    """Swap the whole set (a preset, an import, a split, a class or task change)."""

    points: PointSet


PointEdit = AddRows | InsertRows | RemoveRows | ReplaceAll


def _insert(points: PointSet, edit: InsertRows) -> PointSet:
    idx = edit.indices
    n = len(points) + len(idx)
    if len(idx) and (idx[0] < 0 or idx[-1] >= n or np.any(np.diff(idx) <= 0)):
        raise ConfigError(f"insert positions must be ascending and within {n} points")
    keep = np.ones(n, bool)
    keep[idx] = False
    coords = np.empty((n, points.n_inputs))
    values = np.empty((n, *points.values.shape[1:]), points.values.dtype)
    is_train = np.empty(n, bool)
    coords[keep], values[keep], is_train[keep] = points.coords, points.values, points.is_train
    coords[idx], values[idx], is_train[idx] = edit.coords, edit.values, edit.is_train
    return PointSet(coords, values, is_train, points.task, points.n_classes)


def _rows(coords: np.ndarray, n_inputs: int) -> np.ndarray:
    rows = np.asarray(coords, np.float64)
    if rows.ndim == 1 and rows.size == n_inputs:
        rows = rows.reshape(1, n_inputs)
    if rows.ndim != 2 or rows.shape[1] != n_inputs:
        raise ConfigError(f"new points need {n_inputs} coordinates each, like the set's "
                          f"(got shape {rows.shape})")
    return rows


def apply_edit(points: PointSet, edit: PointEdit) -> tuple[PointSet, PointEdit]:
    """The edited set and the edit that turns it back into ``points``.

    Raises ``ConfigError`` (and changes nothing) when the edit does not fit the set: bad
    labels, coordinates that are not finite, indices out of range.
    """
    match edit:
        case AddRows(coords, values, is_train):
            new = PointSet(
                np.concatenate([points.coords, _rows(coords, points.n_inputs)]),
                np.concatenate([points.values, np.asarray(values).astype(points.values.dtype)]),
                np.concatenate([points.is_train, np.asarray(is_train, bool)]),
                points.task,
                points.n_classes,
            )
            n = len(points)
            return new, RemoveRows(np.arange(n, len(new), dtype=np.int64))
        case RemoveRows(indices):
            idx = np.unique(np.asarray(indices, np.int64))
            new = points.remove(idx)  # validates the range
            inverse = InsertRows(idx, points.coords[idx], points.values[idx],
                                 points.is_train[idx])
            return new, inverse
        case InsertRows():
            new = _insert(points, edit)
            return new, RemoveRows(np.asarray(edit.indices, np.int64))
        case ReplaceAll(replacement):
            return replacement, ReplaceAll(points)
    raise TypeError(f"not a point edit: {edit!r}")
