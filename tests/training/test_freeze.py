"""Frozen and pruned neurons in training: a frozen neuron keeps its incoming weights and bias,
a pruned one has them and its outgoing weights at zero, whatever the optimizer and penalty;
typing weights into the network (``Trainer.set_weights``); frozen and pruned neurons survive
every file a config goes into."""

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.weights_file import load_weights, save_weights
from playground.errors import ConfigError
from playground.session.file import Session, load_session, save_session
from playground.training.config import TrainConfig
from playground.training.export import config_from_file, weights_file
from playground.training.trainer import Trainer

FROZEN, PRUNED = (0, 1), (1, 0)  # hidden layer, unit (from 0)


@pytest.fixture(scope="module")
def circle():
    return make_dataset("circle", n=60, noise=0.1, seed=0, train_ratio=0.8)


def neuron(trainer: Trainer, layer: int, unit: int) -> tuple[np.ndarray, float, np.ndarray]:
    """(incoming weights, bias, outgoing weights) of a hidden neuron, as copies."""
    w, b = trainer.model.weights, trainer.model.biases
    return w[layer][:, unit].copy(), float(b[layer][unit]), w[layer + 1][unit].copy()


def train(trainer: Trainer, epochs: int) -> None:
    for _ in range(epochs):
        trainer.run_epoch()


OPTIMIZERS = [
    {"optimizer": "sgd", "learning_rate": 0.1},
    {"optimizer": "momentum", "learning_rate": 0.05, "momentum": 0.9},
    {"optimizer": "adam", "learning_rate": 0.03},
    {"optimizer": "adamw", "learning_rate": 0.03, "weight_decay": 0.1},
    {"optimizer": "sgd", "learning_rate": 0.1, "l2": 0.05},
    {"optimizer": "adam", "learning_rate": 0.03, "l1": 0.01},
]


@pytest.mark.parametrize("opts", OPTIMIZERS, ids=lambda o: "-".join(map(str, o.values())))
def test_frozen_neuron_keeps_its_incoming_weights_and_bias(circle, opts):
    trainer = Trainer(TrainConfig(frozen=(FROZEN,), seed=2, **opts), circle)
    trainer.model.biases[0][1] = 0.25  # a bias the penalty or the data would move
    trainer.set_weights(((0, 2, 1, 0.25),))  # through the trainer, so it is held
    w_in, bias, w_out = neuron(trainer, *FROZEN)
    neighbour = neuron(trainer, 0, 0)
    start_loss = trainer.evaluate().train_loss
    train(trainer, 100)
    after_in, after_bias, after_out = neuron(trainer, *FROZEN)
    np.testing.assert_array_equal(after_in, w_in)
    assert after_bias == bias == 0.25
    assert not np.array_equal(after_out, w_out)  # its outgoing weights still learn
    assert not np.array_equal(neuron(trainer, 0, 0)[0], neighbour[0])  # its neighbour learns
    assert trainer.evaluate().train_loss < start_loss  # and the network still learns


@pytest.mark.parametrize("opts", OPTIMIZERS[:3], ids=lambda o: o["optimizer"])
def test_pruned_neuron_stays_zero(circle, opts):
    trainer = Trainer(TrainConfig(pruned=(PRUNED,), seed=1, **opts), circle)
    assert neuron(trainer, *PRUNED)[1] == 0.0
    assert not neuron(trainer, *PRUNED)[0].any() and not neuron(trainer, *PRUNED)[2].any()
    other = neuron(trainer, 1, 1)
    train(trainer, 100)
    w_in, bias, w_out = neuron(trainer, *PRUNED)
    assert not w_in.any() and bias == 0.0 and not w_out.any()
    after = neuron(trainer, 1, 1)
    assert not np.array_equal(after[0], other[0]) and after[1] != other[1]


def test_loaded_weights_of_a_pruned_neuron_are_zeroed(circle):
    trainer = Trainer(TrainConfig(pruned=(PRUNED,)), circle)
    weights = [np.ones_like(w) for w in trainer.model.weights]
    biases = [np.ones_like(b) for b in trainer.model.biases]
    trainer.load_weights(weights, biases, 3)
    w_in, bias, w_out = neuron(trainer, *PRUNED)
    assert not w_in.any() and bias == 0.0 and not w_out.any()
    assert (trainer.model.weights[0] == 1).all()  # the rest as loaded


def test_freezing_live_holds_the_weights_of_that_moment(circle):
    trainer = Trainer(TrainConfig(optimizer="adam", learning_rate=0.03), circle)
    train(trainer, 5)
    assert not trainer.set_config(trainer.config.replace(frozen=(FROZEN,)))  # no reset
    held = neuron(trainer, *FROZEN)
    train(trainer, 20)
    np.testing.assert_array_equal(neuron(trainer, *FROZEN)[0], held[0])
    assert trainer.set_config(trainer.config.replace(frozen=())) is False  # thawed: it learns
    train(trainer, 5)
    assert not np.array_equal(neuron(trainer, *FROZEN)[0], held[0])


# --- typing weights in ------------------------------------------------------------------------
def test_set_weights_reaches_the_network(circle):
    trainer = Trainer(TrainConfig(), circle)  # 2 inputs -> 4 -> 2 -> 1
    trainer.set_weights(((0, 1, 3, 0.5), (0, 2, 0, -1.5), (2, 0, 0, 2.0), (2, 2, 0, 0.125)))
    w, b = trainer.model.weights, trainer.model.biases
    assert w[0][1, 3] == 0.5 and b[0][0] == -1.5  # row == fan_in: the bias
    assert w[2][0, 0] == 2.0 and b[2][0] == 0.125
    # the network's output follows at once: a large output bias makes class 1 everywhere
    assert (trainer.predict(circle.coords)[:, 0] < 0.99).any()
    trainer.set_weights(((2, 2, 0, 50.0),))
    assert (trainer.predict(circle.coords)[:, 0] > 0.99).all()


def test_a_frozen_neuron_keeps_the_typed_value(circle):
    trainer = Trainer(TrainConfig(frozen=(FROZEN,), optimizer="adam", learning_rate=0.05),
                      circle)
    trainer.set_weights(((0, 0, 1, 3.0), (0, 2, 1, -0.75)))
    train(trainer, 30)
    assert trainer.model.weights[0][0, 1] == 3.0 and trainer.model.biases[0][1] == -0.75


def test_a_pruned_neuron_refuses_a_value(circle):
    trainer = Trainer(TrainConfig(pruned=(PRUNED,)), circle)
    before = trainer.model.params.copy()
    for change in ((1, 0, 0, 1.0), (1, 4, 0, 0.5), (2, 0, 0, -2.0)):  # in, bias, out
        with pytest.raises(ConfigError, match="pruned"):
            trainer.set_weights(((0, 0, 0, 9.0), change))  # all or nothing
    np.testing.assert_array_equal(trainer.model.params, before)
    trainer.set_weights(((1, 0, 0, 0.0),))  # zero is its value anyway
    for bad in (((0, 0, 0, float("nan")),), ((3, 0, 0, 1.0),), ((0, 3, 0, 1.0),)):
        with pytest.raises(ConfigError):
            trainer.set_weights(bad)
    np.testing.assert_array_equal(trainer.model.params, before)


# --- round trips ------------------------------------------------------------------------------
HELD = TrainConfig(hidden_layers=(4, 3), activations=("relu", "tanh"), frozen=((0, 1), (1, 2)),
                   pruned=((0, 3),), max_epochs=50, stop_loss=0.1, patience=7)


def test_config_round_trip_through_json():
    again = TrainConfig.from_json(HELD.to_json())
    assert again == HELD
    assert again.frozen == ((0, 1), (1, 2)) and again.pruned == ((0, 3),)
    assert HELD.to_dict()["frozen"] == [[0, 1], [1, 2]]


def test_config_round_trip_through_a_session_file(tmp_path, circle):
    path = tmp_path / "held.pgsession"
    save_session(path, Session(circle, ("a", "b"), HELD))
    assert load_session(path).config == HELD


def test_config_round_trip_through_a_weights_file(tmp_path, circle):
    trainer = Trainer(HELD, circle)
    train(trainer, 3)
    path = tmp_path / "held.npz"
    save_weights(path, weights_file(HELD, trainer.model.weights, trainer.model.biases,
                                    trainer.normalizer, trainer.epoch))
    wf = load_weights(path)
    assert config_from_file(wf) == HELD
    assert not wf.weights[0][:, 3].any() and wf.biases[0][3] == 0 and not wf.weights[1][3].any()
