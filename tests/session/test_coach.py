"""The coach's rules, each both ways: it speaks in the situation it is about (built by real
training where that is cheap, else from a constructed snapshot), and stays quiet while a small
network learns the circle."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.session.coach import (
    NUMBER,
    RULE_NAMES,
    TEXT,
    Coach,
    Situation,
    advise,
    dead_relu,
    divergence,
    gradients,
    overfitting,
    plateau,
    saturated,
    too_small,
)
from playground.training.config import TrainConfig
from playground.training.inspection import inspect
from playground.training.protocol import (
    DIAGNOSTIC_COLUMNS,
    HISTORY_COLUMNS,
    Inspection,
    Pause,
    Play,
    RequestSnapshot,
    Reset,
    SetConfig,
    SetViews,
    ViewRequest,
    metrics_row,
)
from playground.training.trainer import Diverged, Metrics, Trainer
from tests.training.helpers import make_loop, poll_until

CIRCLE = make_dataset("circle", n=200, noise=0.1, seed=1, train_ratio=0.5)
PLANE = make_dataset("plane", n=200, noise=0.1, seed=1, train_ratio=0.5)


def run(epochs: int, **fields) -> Situation:
    """Train ``epochs`` epochs (or until the divergence guard fires) as the window's loop
    would: a history row per epoch, the diagnostics at the end, the guard's message."""
    config = TrainConfig(**fields)
    trainer = Trainer(config, PLANE if config.task == "regression" else CIRCLE)
    rows = [metrics_row(trainer.evaluate())]
    message = None
    for _ in range(epochs):
        try:
            trainer.run_epoch()
            rows.append(metrics_row(trainer.evaluate()))
        except Diverged as exc:
            message = str(exc)
            break
    return Situation(config, trainer.evaluate(), np.array(rows), inspect(trainer), message)


@pytest.fixture(scope="module")
def healthy() -> list[Situation]:
    """Small networks learning the circle: tanh, ReLU, three ReLU layers."""
    return [run(300, hidden_layers=(8, 8), activations=("tanh", "tanh"), learning_rate=0.1),
            run(300, hidden_layers=(8, 8), activations=("relu", "relu"), learning_rate=0.03),
            run(300, hidden_layers=(8, 8, 8), activations=("relu",) * 3, learning_rate=0.03),
            run(300, hidden_layers=(4,), activations=("sigmoid",), learning_rate=1.0)]


def test_the_healthy_runs_learn_and_no_rule_speaks(healthy):
    for s in healthy:
        assert s.metrics.train_accuracy >= 0.95
        assert advise(s) == []


@pytest.mark.parametrize("rule", [dead_relu, saturated, gradients, divergence, plateau,
                                  overfitting, too_small])
def test_each_rule_is_quiet_while_training_is_healthy(healthy, rule):
    for s in healthy:
        assert rule(s) is None


def numbers(text: str) -> list[str]:
    return re.findall(r"\d+(?:\.\d+)?(?:e[-+]\d+)?%?", text)


# --- dead ReLUs ---------------------------------------------------------------------------------
def test_dead_relu_after_learning_rate_10():
    s = run(20, hidden_layers=(8,), activations=("relu",), learning_rate=10.0)
    advice = dead_relu(s)
    assert advice is not None and advice.rule == "dead_relu"
    dead = round(s.inspection.layers[0, DIAGNOSTIC_COLUMNS.index("dead_fraction")] * 8)
    assert dead > 4
    assert advice.text.startswith(f"{dead} of 8 units in layer 1 output 0 everywhere")
    assert "learning rate (now 10)" in advice.text and "leaky ReLU" in advice.text


# --- saturation ----------------------------------------------------------------------------------
def test_saturated_tanh_from_large_initial_weights():
    s = run(5, hidden_layers=(8,), activations=("tanh",), init="normal", init_std=10.0)
    advice = saturated(s)
    share = s.inspection.layers[0, DIAGNOSTIC_COLUMNS.index("saturated_fraction")]
    assert advice is not None and advice.rule == "saturated"
    assert f"Layer 1's tanh units are saturated (flat) on {100 * share:.0f}%" in advice.text


def test_saturation_of_a_network_that_has_learnt_is_no_advice():
    s = run(5, hidden_layers=(8,), activations=("tanh",), init="normal", init_std=10.0)
    learnt = Situation(s.config, Metrics(5, 0.01, 0.02, 0.99, 0.98, None), s.history,
                       s.inspection)
    assert saturated(learnt) is None


# --- gradients -----------------------------------------------------------------------------------
def test_vanishing_gradients_in_eight_sigmoid_layers():
    s = run(5, hidden_layers=(8,) * 8, activations=("sigmoid",) * 8)
    advice = gradients(s)
    norms = s.inspection.layers[:, DIAGNOSTIC_COLUMNS.index("grad_norm")]
    assert advice is not None and advice.rule == "vanishing_gradients"
    assert f"{norms[0]:.3g}" in advice.text and f"({norms[-1]:.3g})" in advice.text
    assert "8 hidden layers of sigmoid" in advice.text


def inspection_with_grad_norms(norms: list[float]) -> Inspection:
    layers = np.zeros((len(norms), len(DIAGNOSTIC_COLUMNS)))
    layers[:, DIAGNOSTIC_COLUMNS.index("grad_norm")] = norms
    layers[-1, 3:] = math.nan
    empty = tuple(np.zeros(1) for _ in norms)
    return Inspection(3, empty, empty, empty, layers)


def test_exploding_gradients_from_norms_growing_backwards():
    config = TrainConfig(hidden_layers=(8, 8), activations=("tanh", "tanh"), learning_rate=0.3)
    s = Situation(config, inspection=inspection_with_grad_norms([5e3, 40.0, 0.5]))
    advice = gradients(s)
    assert advice is not None and advice.rule == "exploding_gradients"
    assert "5e+03" in advice.text and "1e+04 times larger" in advice.text
    assert "(now 0.3)" in advice.text


def test_gradients_within_a_factor_are_quiet():
    config = TrainConfig(hidden_layers=(8, 8), activations=("tanh", "tanh"))
    assert gradients(Situation(config, inspection=inspection_with_grad_norms(
        [0.01, 0.5, 2.0]))) is None


# --- divergence ----------------------------------------------------------------------------------
def test_divergence_when_the_guard_fires_names_a_safer_learning_rate():
    s = run(50, task="regression", n_classes=0, loss="mse", hidden_layers=(8, 8),
            activations=("relu", "relu"), learning_rate=10.0)
    assert s.message is not None  # the trainer's guard fired
    advice = divergence(s)
    assert advice is not None and advice.rule == "divergence"
    assert advice.text.startswith("Training diverged")
    assert "(learning rate 10)" in advice.text and "a tenth of it, 1, " in advice.text


def test_divergence_from_a_rising_loss_before_the_guard_fires():
    rows = np.full((3, len(HISTORY_COLUMNS)), math.nan)
    rows[:, 0] = [0, 1, 2]
    rows[:, 1] = [0.7, 3.0, 9.5]
    config = TrainConfig(learning_rate=3.0)
    advice = divergence(Situation(config, Metrics(2, 9.5, None, 0.5, None, None), rows))
    assert advice is not None
    assert "from 0.7 to 9.5" in advice.text and "0.3" in advice.text


def test_the_guards_reasons_are_sentences_a_translator_has():
    """The trainer's own divergence messages are read, not quoted: each is a template with its
    numbers (the window says them in its language); a message the coach does not know is
    quoted as it is."""
    s = run(50, task="regression", n_classes=0, loss="mse", hidden_layers=(8, 8),
            activations=("relu", "relu"), learning_rate=10.0)
    advice = divergence(s)
    assert advice is not None and "{epoch}" in advice.template
    assert all(v.kind == NUMBER for v in advice.values)
    config = TrainConfig(learning_rate=0.5)
    for reason in ("training diverged in epoch 7: a weight became infinite or NaN",
                   "training diverged in epoch 7: the gradient became infinite or NaN",
                   "training diverged by epoch 7: the training loss is not a number, up from "
                   "0.693",
                   "training diverged by epoch 7: the training loss is 1.2e+04, up from 0.693"):
        advice = divergence(Situation(config, message=f"{reason}; the weights were kept."))
        assert advice is not None and all(v.kind == NUMBER for v in advice.values)
        assert advice.text == f"T{reason[1:]} (learning rate 0.5): each step overshot and the " \
            "loss blew up; a tenth of it, 0.05, would have been safer."
    other = divergence(Situation(config, message="training diverged somehow; kept"))
    assert other is not None and [v.kind for v in other.values if v.name == "what"] == [TEXT]
    assert other.text.startswith("Training diverged somehow (learning rate 0.5)")


def test_a_stop_rule_is_no_divergence():
    config = TrainConfig()
    s = Situation(config, message="Stopped at epoch 300 (the epoch limit)", stopped="epochs")
    assert divergence(s) is None


# --- plateau -------------------------------------------------------------------------------------
def test_plateau_with_a_tiny_learning_rate():
    s = run(300, hidden_layers=(8,), activations=("tanh",), learning_rate=1e-6)
    advice = plateau(s)
    assert advice is not None and advice.rule == "plateau"
    assert f"stayed at {s.metrics.train_loss:.3g}" in advice.text
    assert f"train accuracy {100 * s.metrics.train_accuracy:.0f}%" in advice.text
    assert "(now 1e-06)" in advice.text


# --- overfitting ---------------------------------------------------------------------------------
def overfit_history() -> np.ndarray:
    epochs = np.arange(0, 401, 10, dtype=float)
    rows = np.full((epochs.size, len(HISTORY_COLUMNS)), math.nan)
    rows[:, 0] = epochs
    rows[:, 1] = 0.7 * np.exp(-epochs / 60)  # the training loss keeps falling
    rows[:, 2] = 0.35 + ((epochs - 150) / 300) ** 2  # the test loss falls, then rises
    return rows


def test_overfitting_when_test_loss_rises_while_train_loss_falls():
    rows = overfit_history()
    last = rows[-1]
    m = Metrics(400, float(last[1]), float(last[2]), 1.0, 0.8, None)
    advice = overfitting(Situation(TrainConfig(hidden_layers=(32, 32),
                                               activations=("relu", "relu")), m, rows))
    assert advice is not None and advice.rule == "overfitting"
    assert f"train loss {last[1]:.3g} but test loss {last[2]:.3g}" in advice.text
    assert f"its best {rows[:, 2].min():.3g}" in advice.text
    assert "accuracy 100% vs 80%" in advice.text and "L2" in advice.text


def test_no_overfitting_without_a_test_split():
    rows = overfit_history()
    m = Metrics(400, float(rows[-1, 1]), None, 1.0, None, None)
    assert overfitting(Situation(TrainConfig(), m, rows)) is None


# --- a network too small -------------------------------------------------------------------------
def test_too_small_one_unit_for_the_circle():
    s = run(700, hidden_layers=(1,), activations=("tanh",), learning_rate=0.3)
    advice = too_small(s)
    assert advice is not None and advice.rule == "too_small"
    assert (f"After 700 epochs the training accuracy is "
            f"{100 * s.metrics.train_accuracy:.0f}% with only 1 hidden unit") in advice.text
    # the most specific advice comes first
    assert advise(s)[0].rule == "too_small"


# --- the coach over a run of snapshots -----------------------------------------------------------
def test_coach_follows_a_live_loop_dismisses_and_rearms_on_reset():
    config = TrainConfig(hidden_layers=(8,), activations=("relu",), learning_rate=10.0)
    loop = make_loop(CIRCLE, config)
    loop.handle(SetViews(ViewRequest(diagnostics=True)))
    loop.handle(Play())
    coach = Coach()

    def seen(s):
        coach.observe(s)
        return any(a.rule == "dead_relu" for a in coach.advice())

    snap = poll_until(loop, lambda s: s.epoch >= 20 and s.inspection is not None and seen(s),
                      limit=2000)
    assert snap.epoch >= 20
    coach.dismiss("dead_relu")
    assert all(a.rule != "dead_relu" for a in coach.advice())
    loop.handle(Reset(generation=1))
    poll_until(loop, lambda s: s.reset and coach.observe(s) is None)
    assert "dead_relu" not in coach.dismissed


def test_the_divergence_hint_stays_until_play_resumes():
    config = TrainConfig(task="regression", n_classes=0, loss="mse", hidden_layers=(8, 8),
                         activations=("relu", "relu"), learning_rate=10.0)
    loop = make_loop(PLANE, config)
    loop.handle(Play())
    coach = Coach()

    def seen(s):
        coach.observe(s)
        return s.message is not None

    poll_until(loop, seen, limit=2000)
    assert [a.rule for a in coach.advice()][:1] == ["divergence"]
    loop.handle(RequestSnapshot())  # a later snapshot, paused, no message
    later = poll_until(loop, lambda s: coach.observe(s) is None)
    assert later.message is None and not later.playing
    assert [a.rule for a in coach.advice()][:1] == ["divergence"]
    loop.handle(Pause())
    loop.handle(SetConfig(config.replace(learning_rate=0.01)))
    loop.handle(Play())
    poll_until(loop, lambda s: s.playing and coach.observe(s) is None)
    assert "divergence" not in [a.rule for a in coach.advice()]


def test_coach_keeps_a_long_run_s_history_across_snapshots():
    config = TrainConfig(hidden_layers=(8,), activations=("tanh",), learning_rate=1e-6)
    loop = make_loop(CIRCLE, config)
    loop.handle(Play())
    coach = Coach()

    def seen(s):
        coach.observe(s)
        return s.epoch >= 1000

    snap = poll_until(loop, seen, limit=50000)
    epochs = coach.history[:, 0]
    assert len(epochs) > 256 and (np.diff(epochs) > 0).all()  # kept whole, in order
    assert epochs[-1] == snap.epoch
    advice = {a.rule: a for a in coach.advice()}
    assert "plateau" in advice  # 200 flat epochs: seen only across many snapshots
    assert f"stayed at {snap.metrics.train_loss:.3g}" in advice["plateau"].text


def test_every_advice_names_a_known_rule():
    s = run(700, hidden_layers=(1,), activations=("tanh",), learning_rate=0.3)
    assert {a.rule for a in advise(s)} <= set(RULE_NAMES)
    assert all(numbers(a.text) for a in advise(s))  # the texts carry the real numbers
