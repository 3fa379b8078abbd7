"""Grading: a saved session checked against a lesson's goals, and a lesson's answers played
headless (the proof that its goals can be reached).

``check_session`` never raises for a bad submission: a file that is not a session, a damaged
one, or one of another task or data set gives a result with ``error`` set and ``passed``
false. Every goal is evaluated from ``metrics.lesson_metrics``, the session's own weights and
points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from playground.errors import PlaygroundError
from playground.lessons.lesson import Lesson, Step
from playground.lessons.metrics import lesson_metrics
from playground.session.dataset import DatasetSettings
from playground.session.file import Session, load_session
from playground.session.model import SessionModel
from playground.training.headless import run_epochs
from playground.training.protocol import TrainerState, metrics_row
from playground.training.trainer import Diverged, Metrics, Trainer


@dataclass(frozen=True)
class GoalResult:
    step: int
    goal: str
    met: bool
    values: dict[str, float]

    def as_dict(self) -> dict[str, Any]:
        return {"step": self.step, "goal": self.goal, "met": self.met,
                "values": {k: (v if math.isfinite(v) else None)
                           for k, v in self.values.items()}}


def goal_results(lesson: Lesson, metrics: dict[str, float],
                 steps: tuple[Step, ...] | None = None) -> list[GoalResult]:
    """Each goal of ``steps`` (every goal step of the lesson by default) against ``metrics``."""
    out = []
    for step in steps if steps is not None else lesson.goals:
        assert step.goal is not None
        out.append(GoalResult(step.number, step.goal.text, step.goal.met(metrics),
                              step.goal.values(metrics)))
    return out


def mismatch(lesson: Lesson, s: Session) -> str | None:
    """Why session ``s`` is not work on this lesson's problem (another task, other inputs,
    another preset data set), or None."""
    start = lesson.start()
    want, got = start.points, s.points
    if got.task != want.task:
        return f"the session is a {got.task} session; lesson {lesson.id!r} is {want.task}"
    if got.task != "regression" and got.n_classes != want.n_classes:
        return (f"the session has {got.n_classes} classes; lesson {lesson.id!r} has "
                f"{want.n_classes}")
    if got.n_inputs != want.n_inputs:
        return (f"the session's points have {got.n_inputs} inputs; lesson {lesson.id!r}'s "
                f"have {want.n_inputs}")
    settings = DatasetSettings.from_dict(s.dataset)
    if not lesson.points_file and settings is not None:
        made = settings.formula or settings.source_file or settings.name
        if made != lesson.dataset.name:
            return (f"the session's data come from {made!r}; lesson {lesson.id!r} uses the "
                    f"data set {lesson.dataset.name!r}")
    return None


def check_session(lesson: Lesson, path: str | Path,
                  steps: tuple[Step, ...] | None = None) -> dict[str, Any]:
    """The grade of the session file ``path``: ``{"session", "lesson", "passed", "goals"}``
    (and ``"error"`` when it could not be graded). The session's network must meet the goals
    of ``steps`` (by default every goal of the lesson) at once."""
    result: dict[str, Any] = {"session": str(path), "lesson": lesson.id, "passed": False,
                              "goals": []}
    try:
        s = load_session(path)
    except PlaygroundError as exc:
        return {**result, "error": " ".join(str(exc).split())}
    why = mismatch(lesson, s)
    if why is not None:
        return {**result, "error": why}
    try:
        with np.errstate(all="ignore"):
            metrics = lesson_metrics(s)
    except PlaygroundError as exc:  # a network that does not fit its points
        return {**result, "error": f"{path}: {' '.join(str(exc).split())}"}
    goals = goal_results(lesson, metrics, steps)
    return {**result, "passed": all(g.met for g in goals),
            "goals": [g.as_dict() for g in goals]}


def session_of(trainer: Trainer, history: list[Metrics], start_dataset: DatasetSettings,
               class_names: tuple[str, ...] = ()) -> Session:
    """The trainer's run as a session, through the session model the window saves."""
    model = SessionModel(trainer.config, trainer.points, list(class_names) or None,
                         start_dataset)
    if history:
        model.append_history(np.array([metrics_row(m) for m in history]))
    model.record_state(TrainerState.of(trainer))
    return model.to_session()


@dataclass(frozen=True)
class PlayedStep:
    """A goal step's answer trained headless: the goal's result, or why it could not run."""

    result: GoalResult
    session: Session | None
    error: str = ""


def play_answers(lesson: Lesson) -> list[PlayedStep]:
    """Walk the lesson taking every answer: for each step with a goal, train its answered
    configuration from fresh weights for the step's epochs (``training.headless``, as
    ``playground train`` does) and check the goal on the result."""
    start = lesson.start()
    played = []
    for step, (_, answered) in zip(lesson.steps, lesson.configs()):
        if step.goal is None:
            continue
        trainer = Trainer(answered, start.points)
        history: list[Metrics] = []
        error = ""
        try:
            run_epochs(trainer, step.epochs, history.append)
        except Diverged as exc:
            error = str(exc)
        s = session_of(trainer, history, start.dataset, start.class_names)
        (result,) = goal_results(lesson, lesson_metrics(s), (step,))
        played.append(PlayedStep(result, s, error))
    return played
