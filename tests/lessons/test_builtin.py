"""The built-in lessons: each reads, its answers reach every goal when played headless, and
its starting network does not already meet them (the lesson asks for a change)."""

import tomllib
from pathlib import Path

import pytest

from playground.lessons.grading import goal_results, play_answers, session_of
from playground.lessons.lesson import BUILTIN, builtin_ids, builtin_lessons, find_lesson
from playground.lessons.metrics import lesson_metrics
from playground.training.headless import run_epochs
from playground.training.trainer import Trainer

ROOT = Path(__file__).resolve().parents[2]
LESSONS = builtin_lessons()


def test_the_built_in_lessons_are_there_and_named_by_their_files():
    assert {"xor-smallest", "spiral-below-target"} <= set(builtin_ids())
    assert [lesson.id for lesson in LESSONS] == builtin_ids()
    for lesson in LESSONS:
        assert lesson.goals, f"{lesson.id} has no goal"
        assert find_lesson(lesson.id).path == lesson.path


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_every_answer_meets_its_goal_headless(lesson):
    played = play_answers(lesson)
    assert [p.result.step for p in played] == [s.number for s in lesson.goals]
    for p in played:
        assert not p.error, p.error
        assert p.session is not None and p.session.epoch == lesson.steps[p.result.step - 1].epochs
        assert p.result.met, f"{lesson.id} step {p.result.step}: {p.result}"


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_the_starting_network_does_not_meet_the_goals(lesson):
    start = lesson.start()
    trainer = Trainer(start.config, start.points)
    run_epochs(trainer, lesson.epochs)
    metrics = lesson_metrics(session_of(trainer, [], start.dataset))
    assert not all(r.met for r in goal_results(lesson, metrics))


def test_the_lessons_are_package_data():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    (pattern,) = data["package-data"]["playground.lessons"]
    package = ROOT / "playground" / "lessons"
    assert sorted(package.glob(pattern)) == sorted(BUILTIN.glob("*.toml"))
