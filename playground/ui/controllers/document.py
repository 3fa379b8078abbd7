"""The document: what the user edits (points, classes, config) and its undo history.

Views never change points or config directly: they call a method here, which pushes an undo
command (points) or replaces the immutable config, then emits a signal. The worker and the
views listen to those signals. Point edits are stored as differences, not copies, so a long
history of brush strokes stays small.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from playground.data.datasets import DATASETS, make_dataset
from playground.data.points import PointSet
from playground.training.config import TrainConfig
from playground.training.export import default_class_names

UNDO_LIMIT = 1000


class DatasetSettings:
    """The preset generator's settings (a plain value object)."""

    def __init__(self, name: str = "spiral", n: int = 300, noise: float = 0.1,
                 seed: int = 0, train_ratio: float = 0.5, n_classes: int | None = None) -> None:
        self.name, self.n, self.noise, self.seed = name, n, noise, seed
        self.train_ratio, self.n_classes = train_ratio, n_classes

    def as_dict(self) -> dict[str, object]:
        return dict(name=self.name, n=self.n, noise=self.noise, seed=self.seed,
                    train_ratio=self.train_ratio, n_classes=self.n_classes)

    def copy(self, **changes: object) -> DatasetSettings:
        d = self.as_dict()
        d.update(changes)
        return DatasetSettings(**d)  # type: ignore[arg-type]


def _insert(points: PointSet, indices: np.ndarray, coords: np.ndarray, values: np.ndarray,
            is_train: np.ndarray) -> PointSet:
    """Put removed rows back at their original (sorted, ascending) indices."""
    n = len(points) + len(indices)
    keep = np.ones(n, bool)
    keep[indices] = False
    c = np.empty((n, 2))
    v = np.empty(n, points.values.dtype)
    t = np.empty(n, bool)
    c[keep], v[keep], t[keep] = points.coords, points.values, points.is_train
    c[indices], v[indices], t[indices] = coords, values, is_train
    return PointSet(c, v, t, points.task, points.n_classes)


class _AddPoints(QUndoCommand):
    def __init__(self, doc: Document, coords: np.ndarray, values: np.ndarray,
                 is_train: np.ndarray, text: str) -> None:
        super().__init__(text)
        self.doc, self.coords, self.values, self.is_train = doc, coords, values, is_train

    def redo(self) -> None:
        p = self.doc.points
        self.doc._set_points(PointSet(
            np.vstack([p.coords, self.coords]), np.concatenate([p.values, self.values]),
            np.concatenate([p.is_train, self.is_train]), p.task, p.n_classes))

    def undo(self) -> None:
        self.doc._set_points(self.doc.points.remove(
            np.arange(len(self.doc.points) - len(self.coords), len(self.doc.points))))


class _RemovePoints(QUndoCommand):
    def __init__(self, doc: Document, indices: np.ndarray, text: str) -> None:
        super().__init__(text)
        p = doc.points
        self.doc, self.indices = doc, np.unique(indices)
        self.coords = p.coords[self.indices].copy()
        self.values = p.values[self.indices].copy()
        self.is_train = p.is_train[self.indices].copy()

    def redo(self) -> None:
        self.doc._set_points(self.doc.points.remove(self.indices))

    def undo(self) -> None:
        self.doc._set_points(_insert(self.doc.points, self.indices, self.coords, self.values,
                                     self.is_train))


class _ReplacePoints(QUndoCommand):
    """Swap the whole point set (regenerate, clear, import, class or task change)."""

    def __init__(self, doc: Document, before: PointSet, after: PointSet,
                 names_before: list[str], names_after: list[str], text: str) -> None:
        super().__init__(text)
        self.doc, self.before, self.after = doc, before, after
        self.names_before, self.names_after = names_before, names_after

    def redo(self) -> None:
        self.doc._set_points(self.after, self.names_after)

    def undo(self) -> None:
        self.doc._set_points(self.before, self.names_before)


class Document(QObject):
    """Points, class names, config and dataset settings; emits on every change.

    sigPointsChanged(points, version): after any point edit (undo/redo included).
    sigConfigChanged(config, reset): ``reset`` tells whether fresh weights are needed.
    sigModifiedChanged(bool): the unsaved-changes state flipped.
    """

    sigPointsChanged = Signal(object, int)
    sigConfigChanged = Signal(object, bool)
    sigClassNamesChanged = Signal(list)
    sigModifiedChanged = Signal(bool)

    def __init__(self, config: TrainConfig | None = None, points: PointSet | None = None,
                 dataset: DatasetSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset = dataset or DatasetSettings()
        self.points = points if points is not None else self._generate(self.dataset)
        n_classes = self.points.n_classes
        base = config or TrainConfig(hidden_layers=(8, 8), activations=("tanh", "tanh"),
                                     optimizer="adam", learning_rate=0.01)
        self.config = base.with_task(self.points.task, n_classes)
        self.class_names: list[str] = default_class_names(max(n_classes, 2))
        self.version = 0
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._config_dirty = False
        self._rng = np.random.default_rng()

    # --- state --------------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return self._config_dirty or not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self._config_dirty = False
        self.undo_stack.setClean()
        self.sigModifiedChanged.emit(False)

    def _clean_changed(self, clean: bool) -> None:
        self.sigModifiedChanged.emit(self.modified)

    def _set_points(self, points: PointSet, class_names: list[str] | None = None) -> None:
        old_task, old_k = self.points.task, self.points.n_classes
        self.points = points
        if class_names is not None and class_names != self.class_names:
            self.class_names = list(class_names)
            self.sigClassNamesChanged.emit(self.class_names)
        self.version += 1
        if (points.task, points.n_classes) != (old_task, old_k):
            # the network must follow the data's task and class count; this resets weights
            self._apply_config(self.config.with_task(points.task, max(points.n_classes, 2)
                                                     if points.task == "classification" else 0))
        self.sigPointsChanged.emit(points, self.version)

    def _apply_config(self, config: TrainConfig) -> None:
        if config == self.config:
            return
        reset = self.config.needs_reset(config)
        self.config = config
        self._config_dirty = True
        self.sigConfigChanged.emit(config, reset)
        self.sigModifiedChanged.emit(True)

    # --- edits --------------------------------------------------------------------------------
    def set_config(self, config: TrainConfig) -> None:
        """Replace the config (not undoable: settings are not the user's drawn work).
        Task and classes always follow the points."""
        if (config.task, config.n_classes) != (self.config.task, self.config.n_classes):
            config = config.with_task(self.config.task, self.config.n_classes)
        self._apply_config(config)

    def add_points(self, coords: np.ndarray, values: np.ndarray | float,
                   text: str = "Add point") -> None:
        coords = np.atleast_2d(np.asarray(coords, np.float64))
        values = np.broadcast_to(np.asarray(values, self.points.values.dtype), (len(coords),))
        ratio = self.dataset.train_ratio
        is_train = self._rng.random(len(coords)) < ratio if ratio < 1 else np.ones(
            len(coords), bool)
        # validate through PointSet before pushing, so a bad value never enters the history
        self.points.add(coords, values.copy(), 1.0)
        self.undo_stack.push(_AddPoints(self, coords.copy(), values.copy(), is_train, text))

    def remove_points(self, indices: Sequence[int] | np.ndarray, text: str = "Erase") -> None:
        indices = np.asarray(indices, np.int64)
        if len(indices):
            self.undo_stack.push(_RemovePoints(self, indices, text))

    def replace_points(self, points: PointSet, text: str,
                       class_names: list[str] | None = None) -> None:
        names = class_names or default_class_names(max(points.n_classes, 2))
        if points.n_classes == self.points.n_classes and class_names is None:
            names = self.class_names
        self.undo_stack.push(_ReplacePoints(self, self.points, points, list(self.class_names),
                                            list(names), text))

    def clear(self) -> None:
        if len(self.points):
            self.replace_points(PointSet.empty(self.points.task, self.points.n_classes or None),
                                "Clear points")

    def begin_stroke(self, text: str) -> None:
        self.undo_stack.beginMacro(text)

    def end_stroke(self) -> None:
        self.undo_stack.endMacro()

    def regenerate(self, settings: DatasetSettings | None = None) -> None:
        """Replace the points by a fresh preset (undoable)."""
        settings = settings or self.dataset
        points = self._generate(settings)
        self.dataset = settings
        self.replace_points(points, f"Generate {DATASETS[settings.name].label}")

    def set_n_classes(self, k: int) -> None:
        """Change the class count; points of removed classes are removed (undoably)."""
        p = self.points
        if p.task != "classification" or k == p.n_classes:
            return
        keep = p.values < k
        q = PointSet(p.coords[keep], p.values[keep], p.is_train[keep], p.task, k)
        names = (self.class_names + default_class_names(k)[len(self.class_names):])[:k]
        self.replace_points(q, f"Use {k} classes", names)

    def rename_class(self, index: int, name: str) -> None:
        name = name.strip() or f"class {index}"
        if 0 <= index < len(self.class_names) and self.class_names[index] != name:
            self.class_names[index] = name
            self._config_dirty = True
            self.sigClassNamesChanged.emit(list(self.class_names))
            self.sigModifiedChanged.emit(True)

    def set_task(self, task: str) -> None:
        """Switch between classification and regression, converting the points (undoable):
        class c of K becomes the target 2c/(K-1) - 1; a target becomes class 1 when > 0."""
        p = self.points
        if task == p.task:
            return
        if task == "regression":
            k = max(p.n_classes - 1, 1)
            values = p.values.astype(np.float64) * (2.0 / k) - 1.0
            q = PointSet(p.coords, values, p.is_train, "regression", 0)
        else:
            q = PointSet(p.coords, (p.values > 0).astype(np.int64), p.is_train,
                         "classification", 2)
        self.replace_points(q, f"Switch to {task}")

    def set_split(self, train_ratio: float, seed: int | None = None) -> None:
        self.dataset = self.dataset.copy(train_ratio=train_ratio)
        seed = self.dataset.seed if seed is None else seed
        if len(self.points):
            self.replace_points(self.points.with_split(train_ratio, seed), "Change split")

    def reset_to(self, points: PointSet, config: TrainConfig, class_names: list[str],
                 dataset: DatasetSettings | None = None) -> None:
        """Start over with the given work (New, Open): clears the undo history.
        The config is applied before the points so the worker never sees them mismatched."""
        self.undo_stack.clear()
        if dataset is not None:
            self.dataset = dataset
        config = config.with_task(points.task, max(points.n_classes, 2)
                                  if points.task == "classification" else 0)
        if config != self.config:
            reset = self.config.needs_reset(config)
            self.config = config
            self.sigConfigChanged.emit(config, reset)
        self.class_names = list(class_names) or default_class_names(max(points.n_classes, 2))
        self.sigClassNamesChanged.emit(self.class_names)
        self.points = points
        self.version += 1
        self.sigPointsChanged.emit(points, self.version)
        self.mark_saved()

    @staticmethod
    def _generate(s: DatasetSettings) -> PointSet:
        return make_dataset(s.name, n=s.n, noise=s.noise, seed=s.seed, n_classes=s.n_classes,
                            train_ratio=s.train_ratio)
