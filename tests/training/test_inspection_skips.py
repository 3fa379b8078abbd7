"""The inspection's mean |dLoss/da| per hidden layer (what a skip carries back): for one
point, |delta| = |dLoss/da| * f'(y) at every hidden layer, the skips' sums included."""

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.training.config import TrainConfig
from playground.training.inspection import inspect, output_gradients
from playground.training.trainer import Trainer


@pytest.mark.parametrize("skip", [(), (False, True, True)])
def test_output_gradients_agree_with_the_deltas(skip):
    points = make_dataset("circle", n=40, noise=0.1, seed=0, train_ratio=0.5)
    config = TrainConfig(hidden_layers=(3, 3, 3), activations=("tanh",) * 3, skip=skip,
                         dtype="float64", seed=3)
    trainer = Trainer(config, points)
    ins = inspect(trainer)
    assert len(ins.mean_grad_out) == 3
    assert all(g.shape == (3,) and np.all(np.isfinite(g)) for g in ins.mean_grad_out)

    model, split = trainer.model, trainer.train_split
    model.gradient(split.x_aug[:1], split.t[:1], trainer.loss)
    _, deltas = model.last_pass(1)
    deltas = [d.copy() for d in deltas]
    grad_out = output_gradients(deltas, model.weights, config.skip)
    _, traces = model.trace(split.x[:1])
    for h, trace in enumerate(traces):
        slope = 1.0 - np.tanh(trace.y[0]) ** 2
        assert np.allclose(np.abs(deltas[h][0]), grad_out[h] * slope)


def test_the_inspection_keeps_the_last_steps_dropout_masks():
    points = make_dataset("circle", n=40, noise=0.1, seed=0, train_ratio=0.5)
    config = TrainConfig(hidden_layers=(4, 4), activations=("tanh",) * 2,
                         dropout=(0.5, 0.0), batch_size=5)
    trainer = Trainer(config, points)
    trainer.run_epoch()
    before = trainer.model.dropout_masks[0].copy()
    inspect(trainer)  # a diagnostic gradient: nothing dropped, the step's masks stay
    assert np.array_equal(trainer.model.dropout_masks[0], before)
