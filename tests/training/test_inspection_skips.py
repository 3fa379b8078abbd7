"""The inspection's mean |dLoss/da| per hidden layer (what a skip carries back): for one
point, |delta| = |dLoss/da| * f'(y) at every hidden layer, the skips' sums included."""

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.features import make_features
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


def test_dead_relus_behind_a_skip_are_found():
    """A ReLU unit that outputs 0 everywhere is dead even when its layer's output is not 0
    (the skip adds the layer before): the diagnostics look at the activation's output."""
    points = make_dataset("circle", n=40, noise=0.1, seed=0, train_ratio=0.5)
    config = TrainConfig(hidden_layers=(4, 4), activations=("tanh", "relu"),
                         skip=(False, True), seed=1)
    trainer = Trainer(config, points)
    weights = [w.copy() for w in trainer.model.weights]
    biases = [b.copy() for b in trainer.model.biases]
    weights[1][:, :2] = 0.0  # units 1 and 2 of layer 2: z = -1 at every point
    biases[1][:2] = -1.0
    trainer.load_weights(weights, biases)
    ins = inspect(trainer)
    assert ins.layers[1, 3] == pytest.approx(0.5)  # dead fraction of layer 2


def test_the_hidden_space_of_a_skip_network_is_its_layers_output():
    from playground.training.inspection import hidden_space

    points = make_dataset("circle", n=40, noise=0.1, seed=0, train_ratio=0.5)
    config = TrainConfig(hidden_layers=(3, 3), activations=("tanh", "tanh"),
                         skip=(False, True), norm=("batch", "none"), seed=2)
    trainer = Trainer(config, points)
    for _ in range(3):
        trainer.run_epoch()
    space = hidden_space(trainer, points, 0, 1, (0, 1))
    assert space is not None
    x = make_features(points.coords, config.features, trainer.normalizer, np.float64)
    _, traces = trainer.model.trace(x)
    np.testing.assert_allclose(space.points, traces[1].a[:, :2], rtol=1e-5, atol=1e-6)
    # not the plain layers' outputs: the skip and the normalisation are in it
    assert not np.allclose(space.points, np.tanh(traces[1].z[:, :2]), atol=1e-3)
