"""The document: the window's Qt face of the session model, with the undo history.

The state itself lives in ``session.model.SessionModel`` (no Qt). This class turns the user's
actions into point edits pushed on a ``QUndoStack`` (each undo command keeps the edit and its
inverse, nothing else), re-emits the model's events as Qt signals for the views, and tracks
whether the work is saved. Views never change points or config directly.

A settings change that needs new weights is an undo step too: it keeps the run it replaced
(weights, optimizer state, epoch, loss history, replay), so undo brings the trained network
back, and so are "Continue from here" and using a comparison's run. ``apply_config`` makes
any settings change one undo step (a lesson's step, a sweep's cell), those that apply live
too: their undo puts the fields back and keeps the weights. The replays kept for undo
share their frames with the live one; past ``UNDO_REPLAY_BYTES`` of frames of their own, the
oldest steps keep their weights and history but no longer their replay. The document also owns
the class new points get (``current_class``): the data panel, the class keys and the drawing
tools all follow it.

The work is unsaved when an edit since the save is on the undo stack (``QUndoStack``'s clean
state), a setting that is not an undo step changed, or the run is not the saved one (epochs
trained since: ``SessionModel.trained_since_save``).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from playground.data.datasets import DATASETS
from playground.data.edits import PointEdit, RemoveRows, ReplaceAll
from playground.data.features import Normalizer
from playground.data.points import PointSet, default_class_name
from playground.session.dataset import NEW_POINT_TARGETS, DatasetSettings
from playground.session.model import (
    ClassNamesChanged,
    ConfigChanged,
    Event,
    PointsEdited,
    Run,
    SessionModel,
    SessionReplaced,
    TrainedSinceSave,
)
from playground.session.replay import REPLAY_CAP_BYTES
from playground.training.config import DEFAULT_CONFIG, TrainConfig
from playground.training.protocol import ModelState, TrainerState
from playground.ui.controllers.network_edits import NeuronCommand, WeightsCommand
from playground.ui.i18n import translate

log = logging.getLogger("playground.ui")
UNDO_LIMIT = 1000
# frames that only the undo history keeps alive (the live replay's are not counted)
UNDO_REPLAY_BYTES = 2 * REPLAY_CAP_BYTES


class _EditCommand(QUndoCommand):
    """One point edit on the undo stack: the edit to redo and the inverse to undo it, plus
    the class names and data set settings on either side when the edit changes them, and the
    loss on either side (an edit that switches the task switches the loss with it)."""

    def __init__(self, model: SessionModel, edit: PointEdit, text: str,
                 names_after: list[str] | None = None,
                 dataset_after: DatasetSettings | None = None) -> None:
        super().__init__(text)
        self.model, self.edit = model, edit
        self.names_before = list(model.class_names)
        self.names_after = names_after
        self.dataset_before, self.dataset_after = model.dataset, dataset_after
        self.loss_before = model.config.loss
        self.loss_after: str | None = None  # the first time: the new task's default
        self.inverse: PointEdit | None = None

    def _dataset(self, settings: DatasetSettings | None) -> DatasetSettings | None:
        """``settings`` if this edit carries settings (None: it leaves them alone). Where
        drawn points go is a choice of its own, which no point edit undoes."""
        if self.dataset_after is None or settings is None:
            return None
        return settings.copy(new_points=self.model.dataset.new_points)

    def redo(self) -> None:
        self.inverse = self.model.apply(self.edit, self.names_after,
                                        self._dataset(self.dataset_after), self.loss_after)

    def undo(self) -> None:
        assert self.inverse is not None
        names = self.names_before if self.names_after is not None else None
        self.loss_after = self.model.config.loss
        self.edit = self.model.apply(self.inverse, names, self._dataset(self.dataset_before),
                                     self.loss_before)


class _ConfigCommand(QUndoCommand):
    """A settings change that starts from other weights, keeping the run on either side
    (``session.model.Run``: weights, history, replay): undo restores the fields it changed
    (settings that apply live keep their current values) and the run they were trained to;
    redo the new fields and whatever was trained with them. The first redo starts from new
    weights, or from ``run_after`` when given (a replayed frame, a comparison's run)."""

    def __init__(self, document: Document, config: TrainConfig, text: str,
                 run_after: Run | None = None) -> None:
        super().__init__(text)
        self.document = document
        old = document.config
        fields = [f.name for f in dataclasses.fields(TrainConfig)
                  if getattr(old, f.name) != getattr(config, f.name)]
        self.before = {name: getattr(old, name) for name in fields}
        self.after = {name: getattr(config, name) for name in fields}
        # the run as the model has it now; the trainer's exact state (with the optimizer's)
        # is asked for without waiting and, when it comes, completes the run kept
        self.run_before = document.capture_run(self._exact_before)
        self.run_after = run_after

    def _exact_before(self, run: Run) -> None:
        self.run_before = run

    def _exact_after(self, run: Run) -> None:
        self.run_after = run

    def redo(self) -> None:
        self._switch(self.after, self.run_after)

    def undo(self) -> None:
        self.run_after = self.document.capture_run(self._exact_after)
        self._switch(self.before, self.run_before)

    def runs(self) -> list[Run]:
        return [run for run in (self.run_after, self.run_before) if run is not None]

    def forget_replays(self) -> None:
        """Keep the runs without their frames (the undo history's memory is used up)."""
        self.run_before = self.run_before.without_replay()
        if self.run_after is not None:
            self.run_after = self.run_after.without_replay()

    def _switch(self, fields: dict[str, object], run: Run | None) -> None:
        model = self.document.model
        model.set_config(model.config.replace(**fields))  # new weights, no history
        if run is not None:
            model.restore_run(run)
        elif not fields:  # Reset weights: the same network from new weights
            model.replace_weights(None)


class _LiveConfigCommand(QUndoCommand):
    """Settings that apply to the running network (a learning rate, a penalty) as one undo
    step: undo puts back the fields it changed, the weights stay as trained."""

    def __init__(self, model: SessionModel, config: TrainConfig, text: str) -> None:
        super().__init__(text)
        self.model = model
        old = model.config
        names = [f.name for f in dataclasses.fields(TrainConfig)
                 if getattr(old, f.name) != getattr(config, f.name)]
        self.before = {n: getattr(old, n) for n in names}
        self.after = {n: getattr(config, n) for n in names}

    def redo(self) -> None:
        self.model.set_config(self.model.config.replace(**self.after))

    def undo(self) -> None:
        self.model.set_config(self.model.config.replace(**self.before))


class Document(QObject):
    """The session model plus undo; emits on every change.

    sigPointsEdited(PointsEdited): after any point edit, with the edit itself.
    sigPointsChanged(points, version): after any point edit (undo/redo included).
    sigConfigChanged(config, reset): ``reset`` tells whether fresh weights are needed.
    sigClassNamesChanged(list): the class names changed.
    sigCurrentClassChanged(int): new points get another class.
    sigModifiedChanged(bool): the unsaved-changes state may have flipped.
    """

    sigPointsEdited = Signal(object)  # the model's PointsEdited event (edit, points, version)
    sigPointsChanged = Signal(object, int)
    sigConfigChanged = Signal(object, bool)
    sigClassNamesChanged = Signal(list)
    sigCurrentClassChanged = Signal(int)
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
        self._current_class = 0
        # the trainer's exact state (with the optimizer's): ``state_request(on_state)`` asks
        # without blocking (``on_state(None)``: no answer in time), before a settings change
        # replaces the weights; ``state_source()`` waits for it (the step-through's numbers
        # must be exact). None: the model's latest weights are all there is.
        self.state_request: Callable[[Callable[[TrainerState | None], None]], None] | None = None
        self.state_source: Callable[[], TrainerState] | None = None
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
        if isinstance(event, PointsEdited | ClassNamesChanged | SessionReplaced):
            self._keep_class()
        match event:
            case TrainedSinceSave():
                self.sigModifiedChanged.emit(self.modified)
            case PointsEdited(_edit, points, version):
                self.sigPointsEdited.emit(event)
                self.sigPointsChanged.emit(points, version)
            case ConfigChanged(config, reset):
                self._set_settings_dirty()
                self.sigConfigChanged.emit(config, reset)
            case ClassNamesChanged(names):
                self.sigClassNamesChanged.emit(list(names))

    # --- the class new points get -------------------------------------------------------------
    @property
    def current_class(self) -> int:
        return self._current_class

    def set_current_class(self, index: int) -> None:
        """Give new points class ``index`` (ignored when there is no such class)."""
        if 0 <= index < self.points.n_classes and index != self._current_class:
            self._current_class = index
            self.sigCurrentClassChanged.emit(index)

    def _keep_class(self) -> None:
        """Fewer classes than the selected one: select the last class there is."""
        last = max(self.points.n_classes - 1, 0)
        if self._current_class > last:
            self._current_class = last
            self.sigCurrentClassChanged.emit(last)

    def class_label(self, index: int) -> str:
        """Class ``index`` (a label, from 0) as every view names it: its name; a class the
        user has not named is "class N" counted from 1, as the class keys and buttons count,
        in the window's language (files keep the English default, ``class_names``)."""
        names = self.class_names
        name = names[index] if 0 <= index < len(names) else default_class_name(index)
        if name == default_class_name(index):
            return translate("Document", "class {number}").format(number=index + 1)
        return name

    def class_labels(self) -> list[str]:
        """Every class as the views name it (``class_label``)."""
        return [self.class_label(i) for i in range(len(self.class_names))]

    # --- saved or not -------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        """Whether closing now would lose work: edits on the undo stack since the save,
        settings outside it, or epochs trained since the save (see the module docstring)."""
        return (self._settings_dirty or not self.undo_stack.isClean()
                or self.model.trained_since_save)

    def mark_saved(self) -> None:
        self._settings_dirty = False
        self.undo_stack.setClean()
        self.model.mark_saved()
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
    def push(self, edit: PointEdit, text: str, class_names: list[str] | None = None,
             dataset: DatasetSettings | None = None) -> None:
        """Apply ``edit`` (with new class names or data set settings) as one undoable step."""
        self.undo_stack.push(_EditCommand(self.model, edit, text, class_names, dataset))

    def set_config(self, config: TrainConfig, text: str | None = None) -> None:
        """Replace the config (task and classes always follow the points). A change that
        needs new weights is an undo step (``text``, by default "Change network") that keeps
        the trained ones; the rest apply live."""
        config = self.model.fit(config)
        if config == self.config:
            return
        if not self.config.needs_reset(config):
            self.model.set_config(config)
            return
        self._push_run(_ConfigCommand(
            self, config, text if text is not None else translate("Document", "Change network")))

    def apply_config(self, config: TrainConfig, text: str) -> bool:
        """Use ``config`` as one undo step ``text`` whatever it changes: new weights (as
        ``set_config``) or settings that apply live (undo puts them back). False when it
        changes nothing."""
        config = self.model.fit(config)
        if config == self.config:
            return False
        if self.config.needs_reset(config):
            self._push_run(_ConfigCommand(self, config, text))
        else:
            self.undo_stack.push(_LiveConfigCommand(self.model, config, text))
        return True

    def reset_weights(self, text: str | None = None) -> None:
        """Start again from new weights, as one undo step that keeps the run it replaces."""
        if text is None:
            text = translate("Document", "Reset weights")
        self._push_run(_ConfigCommand(self, self.config, text))

    def set_weights(self, changes: list[tuple[int, int, int, float]], text: str) -> bool:
        """Type values into the live network as one undo step; False when there are no
        weights to change yet (or they are of another network). Values a parameter already
        has change nothing and make no undo step."""
        before = self.model.values_at((layer, row, col) for layer, row, col, _ in changes)
        if before is None:
            return False
        kept = [(new, old) for new, old in zip(changes, before) if new[3] != old[3]]
        if kept:
            self.undo_stack.push(WeightsCommand(self.model, tuple(n for n, _ in kept),
                                                tuple(o for _, o in kept), text))
        return True

    def set_neuron(self, layer: int, unit: int, state: str) -> None:
        """Make hidden neuron ``(layer, unit)`` "active", "frozen" or "pruned" (one undo
        step; undoing a prune brings its weights back)."""
        if self.config.neuron_state(layer, unit) == state:
            return
        text = {"active": translate("Document", "Restore neuron {unit} of layer {layer}"),
                "frozen": translate("Document", "Freeze neuron {unit} of layer {layer}"),
                "pruned": translate("Document", "Prune neuron {unit} of layer {layer}")}[state]
        self.undo_stack.push(NeuronCommand(
            self.model, layer, unit, state, text.format(unit=unit + 1, layer=layer + 1)))

    def continue_from(self, state: ModelState, text: str | None = None) -> None:
        """Train on from ``state`` (a replayed frame's weights) as one undo step: undo brings
        back the weights, loss history and replay frames it replaced."""
        if text is None:
            text = translate("Document", "Continue from here")
        self._push_run(_ConfigCommand(self, self.config, text,
                                      self.model.continued_run(state)))

    def use_run(self, config: TrainConfig, state: ModelState, history: np.ndarray,
                text: str) -> None:
        """Use ``config`` and train on from a run made elsewhere (a comparison's): its
        weights and its loss history (``HISTORY_COLUMNS`` rows), as one undo step. The
        weights must fit ``config`` as it follows the points (``model.fit``)."""
        self._push_run(_ConfigCommand(self, self.model.fit(config), text,
                                      Run(state, np.asarray(history, np.float64), None)))

    def capture_run(self, exact: Callable[[Run], None] | None = None) -> Run:
        """The current run as the model holds it (the latest snapshot's weights). With
        ``exact``, the trainer is asked for its exact state without waiting; when it answers
        (with the same network), ``exact`` gets the run with that state in place of the
        weights (the optimizer's state included)."""
        run = self.model.capture_run()
        if exact is None or self.state_request is None:
            return run

        def arrived(state: TrainerState | None) -> None:
            if state is None:  # busy or restarting: the latest snapshot's weights stay
                log.warning("keeping the latest weights shown, without the trainer's state")
                return
            kept = run.state
            if kept is None or [w.shape for w in kept.weights] != [
                    w.shape for w in state.weights]:
                return  # another network by now: the state is not this run's
            exact(dataclasses.replace(run, state=ModelState(
                state.weights, state.biases, state.epoch, dict(state.optimizer_state),
                Normalizer(state.input_mean, state.input_std), state.norms)))

        self.state_request(arrived)
        return run

    def _push_run(self, command: _ConfigCommand) -> None:
        """Push a step that keeps runs, then keep the undo history's frames within
        ``UNDO_REPLAY_BYTES``: the newest steps keep their replays."""
        self.undo_stack.push(command)
        seen = {id(f) for f in self.model.replay.frames}
        used = 0
        for i in reversed(range(self.undo_stack.count())):
            step = self.undo_stack.command(i)
            if not isinstance(step, _ConfigCommand):
                continue
            frames = [f for run in step.runs() if run.replay is not None
                      for f in run.replay.frames if id(f) not in seen]
            own = {id(f): f.nbytes for f in frames}
            if used + sum(own.values()) > UNDO_REPLAY_BYTES:
                step.forget_replays()
                continue
            used += sum(own.values())
            seen.update(own)

    def add_points(self, coords: np.ndarray, values: np.ndarray | float,
                   text: str | None = None) -> None:
        """Add points drawn by hand; they go where ``dataset.new_points`` says (``text``: the
        undo step's, by default "Add point")."""
        ratio = self.dataset.new_point_ratio()
        self.push(self.model.add_rows(coords, values, ratio),
                  text if text is not None else translate("Document", "Add point"))

    def set_new_points(self, target: str) -> None:
        """Where points drawn from now on go: one of ``NEW_POINT_TARGETS``."""
        if target not in NEW_POINT_TARGETS:
            raise ValueError(f"new points go to one of {', '.join(NEW_POINT_TARGETS)}")
        if target != self.dataset.new_points:
            self.model.set_dataset(self.dataset.copy(new_points=target))
            self._set_settings_dirty()

    def remove_points(self, indices: Sequence[int] | np.ndarray,
                      text: str | None = None) -> None:
        indices = np.asarray(indices, np.int64)
        if len(indices):
            self.push(RemoveRows(indices),
                      text if text is not None else translate("Document", "Erase"))

    def replace_points(self, points: PointSet, text: str,
                       class_names: list[str] | None = None,
                       dataset: DatasetSettings | None = None) -> None:
        self.push(ReplaceAll(points), text, class_names, dataset)

    def clear(self) -> None:
        if len(self.points):
            self.replace_points(PointSet.empty(self.points.task, self.points.n_classes or None),
                                translate("Document", "Clear points"))

    def begin_stroke(self, text: str) -> None:
        self.undo_stack.beginMacro(text)

    def end_stroke(self) -> None:
        self.undo_stack.endMacro()

    def import_points(self, points: PointSet, file_name: str, dims: int = 2,
                      class_names: list[str] | None = None,
                      input_names: Sequence[str] = ()) -> None:
        """Replace the points by those read from ``file_name`` (undoable); ``dims`` 1 for
        an ``x,y`` file, which makes the session 1-D; ``class_names`` the names the file
        gives (a multi-label file's label names); ``input_names`` its input columns' names
        (``height``...; empty: x1, x2, ...)."""
        self.push(ReplaceAll(points), translate("Document", "Import {file}").format(file=file_name),
                  class_names,
                  dataset=self.dataset.copy(source_file=file_name, dims=dims,
                                            input_names=tuple(input_names)))

    def regenerate(self, settings: DatasetSettings | None = None) -> None:
        """Replace the points by a fresh preset (undoable, with the settings)."""
        settings = (settings or self.dataset).copy(source_file="")
        points = settings.generate()
        self.push(ReplaceAll(points), translate("Document", "Generate {dataset}").format(
            dataset=translate("Presets", DATASETS[settings.name].label)), dataset=settings)

    def set_n_classes(self, k: int) -> None:
        """Change the class count; points of removed classes are removed (undoably)."""
        p = self.points
        if p.task == "classification" and k != p.n_classes:
            self.replace_points(p.keeping_classes(k),
                                translate("Document", "Use {count} classes").format(count=k),
                                list(self.class_names[:k]))

    def rename_class(self, index: int, name: str) -> None:
        """Rename class ``index``; an empty name restores the default name."""
        if self.model.rename_class(index, name):
            self._set_settings_dirty()

    def set_task(self, task: str) -> None:
        """Switch between classification and regression, converting the points as
        ``PointSet.as_task`` does (undoable). A multi-label set is only read from a file:
        it is never converted, nor are other points into one (``ConfigError``)."""
        if task != self.points.task:
            text = {"classification": translate("Document", "Switch to classification"),
                    "regression": translate("Document", "Switch to regression")}.get(
                        task, translate("Document", "Switch to {task}").format(task=task))
            self.replace_points(self.points.as_task(task), text)

    def set_split(self, train_ratio: float, seed: int | None = None) -> None:
        settings = self.dataset.copy(train_ratio=train_ratio)
        seed = self.dataset.seed if seed is None else seed
        if len(self.points):
            self.push(ReplaceAll(self.points.with_split(train_ratio, seed)),
                      translate("Document", "Change split"), dataset=settings)
        else:
            self.model.set_dataset(settings)

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
