"""Stop rules (``training.stopping``): a maximum epoch, a target training loss and patience, on
runs built to trigger each, through ``Trainer`` + ``StopRules`` as ``playground train`` runs
them and through the window's ``TrainingLoop`` (Play, then the loop pauses by itself).

A run that stops improving: all-zero weights on a balanced training split, full batch. Every
output is 0.5, the gradient is exactly zero, and no optimizer moves a weight, so the losses
stay at ln 2 to the last bit.
"""

import math

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.points import PointSet
from playground.training.config import TrainConfig
from playground.training.protocol import LoadWeights, ModelState, Pause, Play
from playground.training.stopping import EPOCHS, PATIENCE, STOP_LOSS, StopRules
from playground.training.trainer import Trainer
from tests.training.helpers import make_loop, poll_until

FAST = {"optimizer": "adam", "learning_rate": 0.03, "hidden_layers": (8,),
        "activations": ("tanh",)}


@pytest.fixture(scope="module")
def circle():
    return make_dataset("circle", n=100, noise=0.1, seed=0, train_ratio=0.8)


def flat_points(test_split: bool = True) -> PointSet:
    """Eight points, classes alternating; the first four (two of each class) train."""
    coords = np.random.default_rng(0).uniform(-3, 3, size=(8, 2))
    is_train = np.arange(8) < 4 if test_split else np.ones(8, bool)
    return PointSet(coords, np.arange(8) % 2, is_train, "classification", 2)


def zero_state(config: TrainConfig) -> ModelState:
    sizes = config.layer_sizes
    return ModelState(tuple(np.zeros((a, b)) for a, b in zip(sizes[:-1], sizes[1:])),
                      tuple(np.zeros(b) for b in sizes[1:]))


def flat_trainer(config: TrainConfig, test_split: bool = True) -> Trainer:
    trainer = Trainer(config, flat_points(test_split))
    state = zero_state(config)
    trainer.load_weights(list(state.weights), list(state.biases))
    return trainer


def run(trainer: Trainer, rules: StopRules, cap: int = 1000) -> tuple[str | None, list[float]]:
    """Train as ``playground train`` does: evaluate after each epoch, then ask the rules."""
    losses = []
    m = trainer.evaluate()
    rules.rearm(m.train_loss, m.test_loss)
    for _ in range(cap):
        if rules.before_epoch(trainer.epoch):
            return rules.reason, losses
        trainer.run_epoch()
        m = trainer.evaluate()
        losses.append(m.train_loss)
        fired = rules.check(trainer.epoch, m.train_loss, m.test_loss)
        if fired:
            return fired, losses
    return None, losses


# --- the rules alone --------------------------------------------------------------------------
def test_no_rules_never_fire():
    rules = StopRules(TrainConfig())
    assert not rules.active and not rules.needs_losses
    assert all(rules.check(e, 0.0, 0.0) is None for e in range(1, 100))
    assert rules.before_epoch(10**6) is None


def test_rules_on_given_losses():
    rules = StopRules(TrainConfig(max_epochs=10))
    assert rules.active and not rules.needs_losses
    assert [rules.check(e) for e in (8, 9, 10)] == [None, None, EPOCHS]
    rules = StopRules(TrainConfig(stop_loss=0.5))
    assert rules.check(1, 0.7) is None and rules.check(2, math.nan) is None
    assert rules.check(3, 0.5) == STOP_LOSS  # at the target counts
    rules = StopRules(TrainConfig(patience=2))
    # test loss watched: 1.0 best, 0.9 better, 0.95 and 0.9 (equal is not better) -> fires
    assert [rules.check(e, 5.0, t) for e, t in enumerate((1.0, 0.9, 0.95, 0.9), 1)] == [
        None, None, None, PATIENCE]
    assert rules.best == 0.9
    rules.rearm()  # Play again: patience starts afresh
    assert rules.reason is None and rules.check(5, 5.0, 2.0) is None
    rules.rearm(5.0, 1.0)  # from the loss of the weights training starts from
    assert rules.check(6, 5.0, 1.0) is None and rules.check(7, 5.0, 0.99) is None
    assert rules.best == 0.99
    # without a test split the training loss is watched
    rules = StopRules(TrainConfig(patience=1))
    assert rules.check(1, 1.0, None) is None and rules.check(2, 1.0, None) == PATIENCE


def test_descriptions_name_the_rule():
    rules = StopRules(TrainConfig(max_epochs=40, stop_loss=0.05, patience=12))
    assert "maximum of 40 epochs" in rules.describe(EPOCHS, 40, True)
    assert "target 0.05" in rules.describe(STOP_LOSS, 17, True)
    assert "test loss has not improved for 12 epochs" in rules.describe(PATIENCE, 30, True)
    assert "training loss" in rules.describe(PATIENCE, 30, False)


# --- through the trainer ----------------------------------------------------------------------
def test_max_epochs_stops_there(circle):
    trainer = Trainer(TrainConfig(max_epochs=7, **FAST), circle)
    reason, losses = run(trainer, StopRules(trainer.config))
    assert reason == EPOCHS and trainer.epoch == 7 and len(losses) == 7


def test_target_loss_stops_at_the_first_epoch_that_reaches_it(circle):
    target = 0.3
    free = Trainer(TrainConfig(**FAST), circle)
    _, losses = run(free, StopRules(TrainConfig(max_epochs=60)))
    first = next(e for e, loss in enumerate(losses, 1) if loss <= target)
    assert 1 < first < 60  # the run has to get there
    trainer = Trainer(TrainConfig(stop_loss=target, **FAST), circle)
    reason, stopped = run(trainer, StopRules(trainer.config))
    assert reason == STOP_LOSS and trainer.epoch == first
    assert stopped[-1] <= target < stopped[-2]


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
@pytest.mark.parametrize("test_split", [True, False])
@pytest.mark.parametrize("patience", [1, 5])
def test_patience_fires_after_exactly_that_many_flat_epochs(optimizer, test_split, patience):
    trainer = flat_trainer(TrainConfig(optimizer=optimizer, batch_size=None,
                                       patience=patience), test_split)
    reason, losses = run(trainer, StopRules(trainer.config))
    # the loss the run starts from is the best; ``patience`` epochs do not beat it
    assert reason == PATIENCE and trainer.epoch == patience
    assert losses == [pytest.approx(math.log(2), abs=0.0)] * len(losses)
    assert not any(w.any() for w in trainer.model.weights)


# --- through the loop -------------------------------------------------------------------------
def play_until_stopped(loop):
    loop.poll()
    loop.send(Play())
    return poll_until(loop, lambda s: s.stopped is not None, limit=500)


def test_loop_pauses_at_the_maximum_epoch(circle):
    loop = make_loop(circle, TrainConfig(max_epochs=5, **FAST))
    snap = play_until_stopped(loop)
    assert snap.stopped == EPOCHS and snap.epoch == 5 and not snap.playing
    assert "maximum of 5 epochs" in snap.message
    assert snap.history[-1, 0] == 5  # the last epoch is in the history
    assert loop.poll() is None and loop.trainer.epoch == 5  # paused; said once
    loop.send(Play())  # Play again at the maximum: stopped at once, not one epoch more
    snap = poll_until(loop, lambda s: s.stopped is not None)
    assert snap.stopped == EPOCHS and loop.trainer.epoch == 5


def test_loop_and_trainer_stop_at_the_same_epoch_on_the_target_loss(circle):
    cfg = TrainConfig(stop_loss=0.3, **FAST)
    trainer = Trainer(cfg, circle)
    run(trainer, StopRules(cfg))
    snap = play_until_stopped(make_loop(circle, cfg))
    assert snap.stopped == STOP_LOSS and snap.epoch == trainer.epoch
    assert snap.metrics.train_loss <= 0.3 and "target 0.3" in snap.message
    assert not snap.playing


def test_loop_patience_on_a_flat_run():
    cfg = TrainConfig(batch_size=None, patience=4)
    loop = make_loop(flat_points(), cfg)
    loop.send(LoadWeights(zero_state(cfg)))
    snap = play_until_stopped(loop)
    assert snap.stopped == PATIENCE and snap.epoch == 4 and not snap.playing
    assert "test loss has not improved for 4 epochs" in snap.message


def test_pausing_is_not_a_stop(circle):
    loop = make_loop(circle, TrainConfig(patience=1000, **FAST))
    loop.poll()
    loop.send(Play())
    loop.poll()
    loop.send(Pause())
    snap = loop.poll()
    assert not snap.playing and snap.stopped is None and snap.message is None
