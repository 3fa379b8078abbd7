"""Tutorial 002: architectures compared on scikit-learn's moons (300 points, noise 0.2, raw
coordinates, 80/20 train/test split): Shallow 2-4-1, Medium 2-8-8-1, Deep 2-16-16-16-1 and
Wide 2-32-1, ReLU hidden layers and a sigmoid output, weights 0.01 * N(0, 1) and zero
biases, binary cross-entropy averaged over the points, full-batch gradient descent with
learning rate 0.5 for 500 epochs, then test accuracy per architecture (its bar chart).

From the CLI: ``--dataset tutorial_002 --noise 0.2 --train-ratio 0.8 --layers L --activation
relu --init-scheme normal --init-std 0.01 --init-bias zero --input-scaling none
--batch-size all``. The tutorial's update is not backpropagation (every layer gets the output
error times its own input, the same for all its units); Playground and the reference train
with the true gradient. The conclusion that carries over: with 0.01-scale weights the signal
vanishes through depth, so the one-hidden-layer networks learn the moons while the deep one
stays at chance (loss ln 2) and depth buys nothing.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from tests.tutorials.helpers import SGD, assert_same_losses, assert_same_network, run_tutorial
from tests.tutorials.reference import train_full_batch

EPOCHS = 500
ARCHITECTURES = {"shallow": "4", "medium": "8,8", "deep": "16,16,16", "wide": "32"}
DATA = ["--dataset", "tutorial_002", "--n-points", "300", "--noise", "0.2"]


def settings(layers: str) -> list[str]:
    return ["--train-ratio", "0.8", "--layers", layers, "--activation", "relu",
            "--init-scheme", "normal", "--init-std", "0.01", "--init-bias", "zero",
            "--input-scaling", "none", "--batch-size", "all", "--lr", "0.5", *SGD]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """Per architecture: Playground's test accuracy and final training loss, each checked
    against the reference."""
    out = {}
    for name, layers in ARCHITECTURES.items():
        run = run_tutorial(tmp_path_factory.mktemp(name), DATA, settings(layers), EPOCHS)
        meta = run.init.meta
        assert meta["input_mean"] == [0.0, 0.0] and meta["input_std"] == [1.0, 1.0]
        init_w = np.concatenate([w.ravel() for w in run.init.weights])
        assert 0.005 < init_w.std() < 0.015  # 0.01-scale weights
        assert all((b == 0).all() for b in run.init.biases)
        assert run.session.points.is_train.sum() == 240  # the tutorial's 80/20 of 300

        coords, labels = run.train_points()
        net = run.reference()
        losses = train_full_batch(net, run.inputs(coords), run.targets(labels), 0.5, EPOCHS)
        assert_same_losses(losses, run.train_losses)
        assert_same_network(net, run.final)
        test_coords, test_labels = run.test_points()
        reference_accuracy = np.mean((net.logits(run.inputs(test_coords))[:, 0] > 0)
                                     == (test_labels == 1))
        assert run.result["test_accuracy"] == pytest.approx(reference_accuracy)
        out[name] = (run.result["test_accuracy"], run.result["train_loss"])
    return out


def test_every_architecture_trains_as_the_reference_does(results):
    assert set(results) == set(ARCHITECTURES)


def test_small_weights_let_one_hidden_layer_learn_and_stall_the_deep_network(results):
    accuracy = {name: acc for name, (acc, _) in results.items()}
    loss = {name: value for name, (_, value) in results.items()}
    assert accuracy["shallow"] >= 0.85 and accuracy["wide"] >= 0.85
    assert loss["deep"] == pytest.approx(math.log(2), abs=0.01)  # never left the start
    assert accuracy["deep"] < 0.7
    assert accuracy["medium"] <= accuracy["shallow"] + 0.02  # depth does not help
