"""A lesson's settings take the hidden layers' options as ``train`` does, and the built-in
lesson on deep networks and skips reads, applies its steps' settings and reaches its goals."""

import pytest

from playground.errors import ConfigError
from playground.lessons.goals import METRICS
from playground.lessons.grading import goal_results, play_answers, session_of
from playground.lessons.lesson import find_lesson
from playground.lessons.metrics import lesson_metrics
from playground.lessons.settings import apply_settings, parse_settings
from playground.training.config import TrainConfig
from playground.training.headless import run_epochs
from playground.training.trainer import Trainer

BASE = TrainConfig(hidden_layers=(4, 4, 4), activations=("tanh",) * 3)


@pytest.mark.parametrize("table,want", [
    ({"dropout": 0.2}, {"dropout": (0.2,) * 3}),
    ({"dropout": [0, 0.1, 0.2]}, {"dropout": (0.0, 0.1, 0.2)}),
    ({"dropout": "0,0.1,0.2"}, {"dropout": (0.0, 0.1, 0.2)}),
    ({"norm": "layer"}, {"norm": ("layer",) * 3}),
    ({"norm": ["none", "batch", "batch"]}, {"norm": ("none", "batch", "batch")}),
    ({"skip": True}, {"skip": (False, True, True)}),
    ({"skip": [3]}, {"skip": (False, False, True)}),
    ({"skip": "2,3"}, {"skip": (False, True, True)}),
    ({"skip": False}, {"skip": ()}),
    ({"layers": [4, 4], "dropout": 0.3, "skip": True},
     {"hidden_layers": (4, 4), "dropout": (0.3, 0.3), "skip": (False, True)}),
])
def test_settings_take_the_options(table, want):
    config = apply_settings(BASE, parse_settings(table))
    for field, value in want.items():
        assert getattr(config, field) == value


def test_new_layers_keep_the_options_that_fit():
    config = apply_settings(BASE, parse_settings({"dropout": 0.2, "skip": True}))
    wider = apply_settings(config, parse_settings({"layers": [4, 4, 8, 8]}))
    assert wider.dropout == (0.2,) * 4 and wider.skip == (False, True, False, True)


@pytest.mark.parametrize("table,words", [
    ({"dropout": 2}, "dropout must be a rate from 0 to 0.9"),
    ({"dropout": [0.1, 0.1]}, "dropout needs one rate for every hidden layer"),
    ({"norm": "instance"}, "norm: unknown normalisation 'instance'"),
    ({"skip": [7]}, "skip: there is no hidden layer 7"),
    ({"layers": [4, 2], "skip": True}, "skip: no hidden layer can take a skip"),
    ({"norm": "batch", "batch-size": 1}, "batch norm needs at least 2 points"),
])
def test_bad_options_are_the_configs_messages(table, words):
    with pytest.raises(ConfigError, match=words):
        apply_settings(BASE, parse_settings(table))


def test_the_options_metrics():
    assert {"skips", "dropout", "normalised_layers"} <= set(METRICS)
    lesson = find_lesson("deep-skips")
    start = lesson.start()
    config = apply_settings(start.config, parse_settings({"skip": True, "dropout": [0.1] * 8}))
    config = config.replace(dropout=(0.0,) * 7 + (0.4,))
    m = lesson_metrics(session_of(Trainer(config, start.points), [], start.dataset))
    assert (m["skips"], m["dropout"], m["normalised_layers"]) == (7.0, 0.4, 0.0)


def test_the_deep_skips_lesson_steps_apply_their_settings():
    lesson = find_lesson("deep-skips")
    start = lesson.start()
    assert start.config.hidden_layers == (8,) * 8 and set(start.config.activations) == {
        "sigmoid"}
    answered = [config for _, config in lesson.configs()]
    assert answered[0].skip == ()
    assert answered[1].skip == (False,) + (True,) * 7
    assert answered[2].optimizer == "adam" and answered[2].skip == answered[1].skip
    assert answered[3].dropout == (0.3,) * 8
    assert "Inspect ▸ Gradient flow" in lesson.steps[0].text


def test_the_deep_skips_lesson_teaches_what_it_says():
    """Headless: without skips the first layer's gradient vanishes and the network learns
    nothing; with them it reaches the first layer and the network learns; dropout closes
    the gap the deep network leaves on noisy points."""
    lesson = find_lesson("deep-skips")
    played = {p.result.step: p for p in play_answers(lesson)}
    assert all(p.result.met and not p.error for p in played.values())
    without, with_skips = played[1].result.values, played[2].result.values
    assert without["gradient_ratio"] < 0.001 <= 0.1 <= with_skips["gradient_ratio"]
    assert played[4].result.values["loss_gap"] < played[3].result.values["loss_gap"]
    # the starting network trained as long does not reach the skip step's goal
    start = lesson.start()
    trainer = Trainer(start.config, start.points)
    run_epochs(trainer, lesson.epochs)
    metrics = lesson_metrics(session_of(trainer, [], start.dataset))
    assert not goal_results(lesson, metrics, (lesson.steps[1],))[0].met
