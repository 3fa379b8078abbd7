"""Lessons in the window: Help ▸ Lessons… and File ▸ Open lesson…, the Lesson panel's dock,
the steps, hints, answers and the live goal.

Opening a lesson is a fresh session, like File ▸ New (unsaved work is offered for saving
first): the lesson's data, its starting configuration with the first step's settings, and its
classroom locks and hidden sections. Entering another step applies that step's settings, and
Show answer the step's answer, each as one undo step on the document's stack. The goal is
checked from the real metrics (``lessons.metrics.lesson_metrics`` on the session model) after
snapshots and settings changes, throttled (``views.throttle``) so a fast run never waits for
it; a goal met once stays met. Where the learner is (``lessons.state.LessonState``) is saved
in the session's view settings and restored when it is opened.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QFileDialog, QWidget

from playground.errors import PlaygroundError
from playground.lessons.lesson import Lesson, Step, builtin_lessons, load_lesson
from playground.lessons.metrics import lesson_metrics
from playground.lessons.settings import apply_settings
from playground.lessons.state import VIEW_KEY, LessonState, lesson_state
from playground.session.model import Event, SessionReplaced
from playground.ui.actions import ActionSpec, StatusReporter
from playground.ui.announce import announce
from playground.ui.classroom import ClassroomSettings
from playground.ui.controllers.files import FileController
from playground.ui.dialogs.lessons import LessonsDialog
from playground.ui.i18n import translate, translate_noop
from playground.ui.panels.lesson_panel import WIDTH, LessonPanel
from playground.ui.session import WindowSession
from playground.ui.views.throttle import Throttle

log = logging.getLogger("playground.lessons")
LESSON_FILTER = translate_noop("LessonController", "Playground lesson (*.toml)")
CHECK_INTERVAL_MS = 250  # the goal is checked at most four times a second


class LessonController(QObject):
    """The lesson being followed (``lesson``, ``state``: None without one), its panel in
    ``dock`` (placed by the window assembly) and the commands ``file.open_lesson`` and
    ``help.lessons``. ``set_classroom`` enters a lesson's classroom layout."""

    def __init__(self, session: WindowSession, files: FileController, status: StatusReporter,
                 set_classroom: Callable[[ClassroomSettings | None], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.files = files
        self.status = status
        self.set_classroom = set_classroom
        self._parent = parent
        self.lesson: Lesson | None = None
        self.state: LessonState | None = None
        self.panel = LessonPanel()
        self.dock = QDockWidget(translate("LessonController", "Lesson"))
        self.dock.setObjectName("lesson-dock")  # untranslated: object name
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                                  | Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.setMinimumWidth(WIDTH - 40)
        self.dock.hide()
        self.panel.sigBack.connect(lambda: self.go(self._step_number() - 1))
        self.panel.sigNext.connect(lambda: self.go(self._step_number() + 1))
        self.panel.sigHint.connect(self.hint)
        self.panel.sigAnswer.connect(self.show_answer)
        self.checker = Throttle(self.check_goal, CHECK_INTERVAL_MS, self)
        self._opening = False
        doc = session.document
        doc.sigConfigChanged.connect(lambda *_a: self.request_check())
        session.model.subscribe(self._on_model_event)

    def action_specs(self) -> list[ActionSpec]:
        return [ActionSpec("file.open_lesson", translate("LessonController", "Open &lesson…"),
                           self.open_dialog,
                           tip=translate("LessonController", "Follow a lesson from a .toml file")),
                ActionSpec("help.lessons", translate("LessonController", "&Lessons…"),
                           self.choose_builtin,
                           tip=translate("LessonController", "The lessons that come with "
                                         "Playground"))]

    # --- opening ------------------------------------------------------------------------------
    def choose_builtin(self) -> bool:
        try:
            lessons = builtin_lessons()
        except PlaygroundError as exc:  # a broken installation
            self.status.warn(translate("LessonController", "Lessons"), str(exc))
            return False
        dialog = LessonsDialog(lessons, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return False
        chosen = next(lesson for lesson in lessons if lesson.id == dialog.chosen())
        return self.open_lesson(chosen)

    def open_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self._parent,
                                              translate("LessonController", "Open lesson"),
                                              self.files._last_dir(),
                                              translate("LessonController", LESSON_FILTER))
        return bool(path) and self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open the lesson file ``path``; a bad file is one message and changes nothing."""
        try:
            lesson = load_lesson(path)
        except PlaygroundError as exc:
            log.warning("opening lesson %s failed: %s", path, exc)
            self.status.warn(translate("LessonController", "Open lesson"), str(exc))
            return False
        return self.open_lesson(lesson)

    def open_lesson(self, lesson: Lesson) -> bool:
        """Start ``lesson`` as a fresh session (unsaved work is offered for saving first)."""
        try:
            state = LessonState.of(lesson)
            start = lesson.start()
            config = apply_settings(start.config, lesson.steps[0].settings)
        except (PlaygroundError, OSError) as exc:
            self.status.warn(translate("LessonController", "Open lesson"), str(exc))
            return False
        if not self.files.confirm_discard("lesson"):
            return False
        self._opening = True
        try:
            self.session.document.reset_to(start.points, config, list(start.class_names),
                                           start.dataset)
        finally:
            self._opening = False
        self.files.path = None
        if lesson.locks or lesson.hidden:
            self.set_classroom(ClassroomSettings(lesson.hidden, lesson.locks))
        else:
            self.set_classroom(None)
        self._follow(lesson, state)
        self.status.show_message(translate("LessonController", "Lesson: {title}").format(
            title=lesson.title), 4000)
        return True

    def close_lesson(self) -> None:
        self.lesson = self.state = None
        self.checker.cancel()
        self.dock.hide()

    def _follow(self, lesson: Lesson, state: LessonState) -> None:
        self.lesson = lesson
        self.state = state.at(min(state.step, len(lesson.steps)))
        self.state = dataclasses.replace(self.state, hints=min(state.hints,
                                                               len(self._step().hints)))
        self._show()
        self.dock.show()
        self.dock.raise_()

    def _on_model_event(self, event: Event) -> None:
        # New, Open or a recovery: the lesson goes with the work it belonged to (a session's
        # own lesson comes back with its view settings, ``apply_view``)
        if isinstance(event, SessionReplaced) and not self._opening:
            self.close_lesson()

    # --- steps --------------------------------------------------------------------------------
    def _step_number(self) -> int:
        return self.state.step if self.state is not None else 1

    def _step(self) -> Step:
        assert self.lesson is not None and self.state is not None
        return self.lesson.steps[self.state.step - 1]

    def go(self, number: int) -> None:
        """Enter step ``number``, applying its settings (one undo step when they change
        anything)."""
        if self.lesson is None or self.state is None:
            return
        if not 1 <= number <= len(self.lesson.steps):
            return
        self.state = self.state.at(number)
        step = self._step()
        self.session.document.mark_modified()  # where the learner is is saved with the work
        if step.settings:
            self._apply(step.settings, translate("LessonController", "Lesson step {number}").format(
                number=number))
        self._show()

    def hint(self) -> None:
        """Reveal the step's next hint."""
        if self.state is None or self.state.hints >= len(self._step().hints):
            return
        self.state = dataclasses.replace(self.state, hints=self.state.hints + 1)
        self.session.document.mark_modified()
        self._show()

    def show_answer(self) -> None:
        """Apply the step's answer as one undo step."""
        if self.state is None:
            return
        step = self._step()
        if step.answer is None:
            return
        if not self._apply(step.answer, translate("LessonController", "Show answer (step "
                                                  "{number})").format(number=step.number)):
            self.status.show_message(translate("LessonController", "The answer needs no change "
                                               "of settings: train on"), 4000)
        else:
            self.status.show_message(translate("LessonController", "Answer applied: train to "
                                               "reach the goal (Undo takes it back)"), 5000)

    def _apply(self, changes: dict[str, Any] | Any, text: str) -> bool:
        """The settings ``changes`` applied to the current configuration as one undo step;
        False when they change nothing (or cannot apply: said in a message)."""
        doc = self.session.document
        try:
            config = doc.model.fit(apply_settings(doc.config, changes))
        except PlaygroundError as exc:
            self.status.warn(translate("LessonController", "Lesson"), translate(
                "LessonController", "The lesson's settings do not fit this network: {reason}")
                .format(reason=exc))
            return False
        return doc.apply_config(config, text)

    def _show(self) -> None:
        assert self.lesson is not None and self.state is not None
        step = self._step()
        self.panel.show_step(self.lesson.title, step.number, len(self.lesson.steps), step.text,
                             step.goal.text if step.goal is not None else None,
                             list(step.hints[:self.state.hints]),
                             self.state.hints < len(step.hints), step.answer is not None)
        self.request_check(now=True)

    # --- the goal -----------------------------------------------------------------------------
    def request_check(self, now: bool = False) -> None:
        """Check the goal soon (at most every ``CHECK_INTERVAL_MS``; at once when ``now``)."""
        if self.lesson is not None:
            self.checker.request(now)

    def snapshot_drawn(self, _snap: object) -> None:
        self.request_check()

    def check_goal(self) -> None:
        """The step's goal against the session's metrics now; a goal met once stays met."""
        if self.lesson is None or self.state is None:
            return
        step = self._step()
        if step.goal is None:
            return
        try:
            with np.errstate(all="ignore"):  # a diverged network's metrics are NaN
                metrics = lesson_metrics(self.session.model)
        except PlaygroundError as exc:  # a network that does not fit its points yet
            log.debug("lesson metrics: %s", exc)
            return
        met_now = step.goal.met(metrics)
        if met_now and step.number not in self.state.met:
            self.state = self.state.with_met(step.number)
            self.session.document.mark_modified()
            self.status.show_message(translate("LessonController", "Goal met: step {number} ✓")
                                     .format(number=step.number), 5000)
            announce(self.panel, translate("LessonController", "Goal met: step {number}")
                     .format(number=step.number))
        self.panel.show_goal(step.number in self.state.met, step.goal.values(metrics))

    # --- saved with the session (``files.ViewSettings``) --------------------------------------
    def view_settings(self) -> dict[str, object]:
        return {VIEW_KEY: None if self.state is None else self.state.to_dict()}

    def apply_view(self, view: dict[str, object]) -> None:
        state = lesson_state(dict(view))
        if state is None:
            self.close_lesson()
            return
        try:
            lesson = state.lesson()
        except PlaygroundError as exc:
            self.close_lesson()
            self.status.show_message(translate("LessonController", "The session's lesson could "
                                               "not be read: {reason}").format(reason=exc), 8000)
            return
        self._follow(lesson, state)


class ViewParts:
    """The view settings a session carries, gathered from several parts (the layout, the
    lesson): a ``files.ViewSettings`` for the file controller."""

    def __init__(self, *parts: Any) -> None:
        self.parts = list(parts)

    def view_settings(self) -> dict[str, object]:
        view: dict[str, object] = {}
        for part in self.parts:
            view.update(part.view_settings())
        return view

    def apply_view(self, view: dict[str, object]) -> None:
        for part in self.parts:
            part.apply_view(view)
