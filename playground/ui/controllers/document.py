"""The document: the window's Qt face of the session model, with the undo history.

The state itself lives in ``session.model.SessionModel`` (no Qt). This class turns the user's
actions into point edits pushed on a ``QUndoStack`` (each undo command keeps the edit and its
inverse, nothing else), re-emits the model's events as Qt signals for the views, and tracks
whether the work is saved. Views never change points or config directly.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from playground.data.datasets import DATASETS
from playground.data.edits import PointEdit, RemoveRows, ReplaceAll
from playground.data.points import PointSet
from playground.session.model import (
    ClassNamesChanged,
    ConfigChanged,
    DatasetSettings,
    Event,
    PointsEdited,
    SessionModel,
)
from playground.training.config import DEFAULT_CONFIG, TrainConfig

UNDO_LIMIT = 1000


class _EditCommand(QUndoCommand):
    """One point edit on the undo stack: the edit to redo and the inverse to undo it, plus
    the class names on either side when the edit changes them."""

    def __init__(self, model: SessionModel, edit: PointEdit, text: str,
                 names_after: list[str] | None = None) -> None:
        super().__init__(text)
        self.model, self.edit = model, edit
        self.names_before = list(model.class_names)
        self.names_after = names_after
        self.inverse: PointEdit | None = None

    def redo(self) -> None:
        self.inverse = self.model.apply(self.edit, self.names_after)

    def undo(self) -> None:
        assert self.inverse is not None
        names = self.names_before if self.names_after is not None else None
        self.edit = self.model.apply(self.inverse, names)


class Document(QObject):
    """The session model plus undo; emits on every change.

    sigPointsEdited(PointsEdited): after any point edit, with the edit itself.
    sigPointsChanged(points, version): after any point edit (undo/redo included).
    sigConfigChanged(config, reset): ``reset`` tells whether fresh weights are needed.
    sigClassNamesChanged(list): the class names changed.
    sigModifiedChanged(bool): the unsaved-changes state may have flipped.
    """

    sigPointsEdited = Signal(object)  # the model's PointsEdited event (edit, points, version)
    sigPointsChanged = Signal(object, int)
    sigConfigChanged = Signal(object, bool)
    sigClassNamesChanged = Signal(list)
    sigModifiedChanged = Signal(bool)

    def __init__(self, config: TrainConfig | None = None, points: PointSet | None = None,
                 dataset: DatasetSettings | None = None, model: SessionModel | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model or SessionModel(config or DEFAULT_CONFIG, points, dataset=dataset)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._settings_dirty = False
        self.model.subscribe(self._on_event)

    # --- the model's state, read-only here --------------------------------------------------
    @property
    def points(self) -> PointSet:
        return self.model.points

    @property
    def config(self) -> TrainConfig:
        return self.model.config

    @property
    def class_names(self) -> list[str]:
        return self.model.class_names

    @property
    def dataset(self) -> DatasetSettings:
        return self.model.dataset

    @property
    def version(self) -> int:
        return self.model.version

    def _on_event(self, event: Event) -> None:
        match event:
            case PointsEdited(_edit, points, version):
                self.sigPointsEdited.emit(event)
                self.sigPointsChanged.emit(points, version)
            case ConfigChanged(config, reset):
                self._set_settings_dirty()
                self.sigConfigChanged.emit(config, reset)
            case ClassNamesChanged(names):
                self.sigClassNamesChanged.emit(list(names))

    # --- saved or not -------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return self._settings_dirty or not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self._settings_dirty = False
        self.undo_stack.setClean()
        self.sigModifiedChanged.emit(False)

    def mark_modified(self) -> None:
        """Work that is not saved anywhere (a restored recovery file, say)."""
        self._set_settings_dirty()

    def _set_settings_dirty(self) -> None:
        self._settings_dirty = True
        self.sigModifiedChanged.emit(True)

    def _clean_changed(self, _clean: bool) -> None:
        self.sigModifiedChanged.emit(self.modified)

    # --- edits --------------------------------------------------------------------------------
    def push(self, edit: PointEdit, text: str, class_names: list[str] | None = None) -> None:
        """Apply ``edit`` as one undoable step."""
        self.undo_stack.push(_EditCommand(self.model, edit, text, class_names))

    def set_config(self, config: TrainConfig) -> None:
        """Replace the config (task and classes always follow the points)."""
        self.model.set_config(config)

    def add_points(self, coords: np.ndarray, values: np.ndarray | float,
                   text: str = "Add point") -> None:
        self.push(self.model.add_rows(coords, values, self.dataset.train_ratio), text)

    def remove_points(self, indices: Sequence[int] | np.ndarray, text: str = "Erase") -> None:
        indices = np.asarray(indices, np.int64)
        if len(indices):
            self.push(RemoveRows(indices), text)

    def replace_points(self, points: PointSet, text: str,
                       class_names: list[str] | None = None) -> None:
        self.push(ReplaceAll(points), text, class_names)

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
        points = settings.generate()
        self.model.set_dataset(settings)
        self.replace_points(points, f"Generate {DATASETS[settings.name].label}")

    def set_n_classes(self, k: int) -> None:
        """Change the class count; points of removed classes are removed (undoably)."""
        p = self.points
        if p.task != "classification" or k == p.n_classes:
            return
        keep = p.values < k
        q = PointSet(p.coords[keep], p.values[keep], p.is_train[keep], p.task, k)
        self.replace_points(q, f"Use {k} classes", list(self.class_names[:k]))

    def rename_class(self, index: int, name: str) -> None:
        if self.model.rename_class(index, name):
            self._set_settings_dirty()

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
        self.model.set_dataset(self.dataset.copy(train_ratio=train_ratio))
        seed = self.dataset.seed if seed is None else seed
        if len(self.points):
            self.replace_points(self.points.with_split(train_ratio, seed), "Change split")

    def reset_to(self, points: PointSet, config: TrainConfig, class_names: list[str],
                 dataset: DatasetSettings | None = None) -> None:
        """Start over with the given work (New): clears the undo history."""
        self.undo_stack.clear()
        self.model.start_over(points, config, class_names, dataset)
        self.mark_saved()

    def after_load(self) -> None:
        """The model was replaced by a saved session: no undo history, nothing unsaved."""
        self.undo_stack.clear()
        self.mark_saved()
