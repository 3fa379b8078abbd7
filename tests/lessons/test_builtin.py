"""The built-in lessons: each reads, its answers reach every goal when played headless, and
its starting network does not already meet them (the lesson asks for a change)."""

import tomllib
from pathlib import Path

import numpy as np
import pytest

from playground import cli
from playground.lessons.grading import goal_results, play_answers, session_of
from playground.lessons.lesson import BUILTIN, builtin_ids, builtin_lessons, find_lesson
from playground.lessons.metrics import lesson_metrics
from playground.session.file import load_session
from playground.training.headless import run_epochs
from playground.training.trainer import Trainer
from tests.tutorials import (
    test_tutorial_000,
    test_tutorial_001,
    test_tutorial_002,
    test_tutorial_003,
    test_tutorial_004,
)

ROOT = Path(__file__).resolve().parents[2]
LESSONS = builtin_lessons()


def test_the_built_in_lessons_are_there_and_named_by_their_files():
    assert {"xor-smallest", "spiral-below-target", "circle-smallest", "overfitting",
            "learning-rate", "dead-relu", "vanishing-gradients",
            *(f"tutorial-00{n}" for n in range(5))} <= set(builtin_ids())
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


# each tutorial's data and settings as its test in tests/tutorials reproduces the tutorial
TUTORIAL_RUNS = {
    "tutorial-000": (["--dataset", "tutorial_000"], test_tutorial_000.SETTINGS),
    "tutorial-001": (["--dataset", "tutorial_001"], test_tutorial_001.SETTINGS),
    "tutorial-002": (test_tutorial_002.DATA, test_tutorial_002.settings("4")),
    "tutorial-003": (test_tutorial_003.DATA, test_tutorial_003.SETTINGS),
    "tutorial-004": (test_tutorial_004.DATA, test_tutorial_004.SETTINGS),
}


@pytest.mark.parametrize("lesson_id", sorted(TUTORIAL_RUNS))
def test_a_tutorial_lesson_starts_from_the_tutorials_data_and_settings(lesson_id, tmp_path,
                                                                       capsys):
    """The lesson's starting point is what ``playground train`` makes of the settings that
    reproduce the tutorial: the same configuration and the same points."""
    data, settings = TUTORIAL_RUNS[lesson_id]
    path = tmp_path / "start.pgsession"
    assert cli.main(["train", *data, *settings, "--epochs", "0", "--session", str(path)]) == 0
    capsys.readouterr()
    want = load_session(path)
    start = find_lesson(lesson_id).start()
    assert start.config == want.config
    np.testing.assert_array_equal(start.points.coords, want.points.coords)
    np.testing.assert_array_equal(start.points.values, want.points.values)
    np.testing.assert_array_equal(start.points.is_train, want.points.is_train)


@pytest.mark.parametrize("lesson_id", sorted(TUTORIAL_RUNS))
def test_a_tutorial_lesson_names_the_tools_that_show_the_correct_numbers(lesson_id):
    """Every tutorial lesson points to the step-through; the ones whose tutorial has a
    mistake in its code say so."""
    text = " ".join(" ".join(step.text for step in find_lesson(lesson_id).steps).split())
    assert "Step through a point" in text and "Ctrl+Shift+T" in text
    if lesson_id in ("tutorial-002", "tutorial-003", "tutorial-004"):
        assert "A mistake in the tutorial" in text
