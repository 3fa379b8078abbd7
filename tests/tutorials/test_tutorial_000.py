"""Tutorial 000: one hidden layer of 4 ReLUs and a sigmoid output, binary cross-entropy from
the logit averaged over the points, full-batch gradient descent (learning rate 0.05, 100
epochs) on the 8-row height/weight/score table z-scored, N(0, 1) weights and zero biases.

From the CLI: ``--dataset tutorial_000 --layers 4 --activation relu --init-scheme normal
--init-std 1 --init-bias zero --input-scaling standard --batch-size all``. The tutorial's
z-score divides by ``std + 1e-8``; Playground's by the std: the scaled inputs differ by about
1e-7, which is why Playground is compared with the reference started from its own weights
file, and the tutorial's printed numbers with the reference alone.
"""

from __future__ import annotations

import numpy as np
import pytest

from playground.data.datasets import DATASETS
from playground.data.tutorial_sets import LABELS_000, TABLE_000
from playground.errors import ConfigError
from tests.tutorials.helpers import SGD, assert_same_losses, assert_same_network, run_tutorial
from tests.tutorials.reference import Net, train


def _three_inputs_accepted() -> bool:
    try:
        DATASETS["tutorial_000"].generate(8, 0.0, 0)
    except ConfigError:
        return False
    return True


# remove at merge: the table has three input columns (issue 18, item 3: N-input PointSets)
needs_three_inputs = pytest.mark.skipif(
    not _three_inputs_accepted(), reason="waits for N-input point sets (issue 18 item 3)")

# what the tutorial prints: the loss before each of the 100 updates (the first ones), the
# one before the last update, then the final loss and probabilities
PRINTED_FIRST = [1.672443319506854, 1.4576551623423253, 1.2916749313892337,
                 1.1566915082738294, 1.060687634863001, 0.9771363823392609]
PRINTED_BEFORE_LAST = 0.2177540982813407
PRINTED_FINAL = 0.2162249904805389
PRINTED_PROBS = [0.76974516, 0.5956664, 0.1752454, 0.13338143, 0.76476179, 0.02156242,
                 0.7811936, 0.07437165]
SETTINGS = ["--train-ratio", "1", "--layers", "4", "--activation", "relu",
            "--init-scheme", "normal", "--init-std", "1", "--init-bias", "zero",
            "--input-scaling", "standard", "--batch-size", "all", "--lr", "0.05", *SGD]


def test_the_reference_prints_what_the_tutorial_printed():
    x = (TABLE_000 - TABLE_000.mean(axis=0)) / (TABLE_000.std(axis=0) + 1e-8)
    rng = np.random.RandomState(42)  # np.random.seed(42); randn(3, 4); randn(4, 1)
    hidden, output = rng.randn(3, 4), rng.randn(4, 1)
    net = Net([hidden, output], [np.zeros(4), np.zeros(1)], "relu", "sigmoid")
    losses = train(net, x, LABELS_000.reshape(-1, 1).astype(float), lr=0.05, epochs=100)
    np.testing.assert_allclose(losses[:6], PRINTED_FIRST, rtol=1e-14)
    assert losses[99] == pytest.approx(PRINTED_BEFORE_LAST, rel=1e-14)
    assert losses[100] == pytest.approx(PRINTED_FINAL, rel=1e-14)
    np.testing.assert_allclose(net.outputs(x)[:, 0], PRINTED_PROBS, atol=5e-9)


@needs_three_inputs
def test_playground_trains_tutorial_000_as_the_reference_does(tmp_path):
    run = run_tutorial(tmp_path, ["--dataset", "tutorial_000"], SETTINGS, epochs=100)
    meta = run.init.meta
    assert meta["layer_sizes"] == [3, 4, 1] and meta["epoch"] == 0
    assert all((b == 0).all() for b in run.init.biases)  # --init-bias zero
    # the scaling is the tutorial's z-score (population std), but for its 1e-8
    np.testing.assert_allclose(meta["input_mean"], TABLE_000.mean(axis=0), rtol=1e-12)
    np.testing.assert_allclose(meta["input_std"], TABLE_000.std(axis=0), rtol=1e-12)

    coords, labels = run.train_points()
    np.testing.assert_array_equal(coords, TABLE_000)
    net = run.reference()
    losses = train(net, run.inputs(coords), run.targets(labels), lr=0.05, epochs=100)
    assert_same_losses(losses, run.train_losses)
    assert_same_network(net, run.final)
    # the tutorial's conclusion: the loss falls and the people are classified. Its 8 of 8
    # come from its seed-42 draw; from other N(0, 1) starts about half the runs have 8 of 8
    # after 100 epochs and the others 7 of 8 (measured with the reference over 20 seeds)
    assert run.train_losses[-1] < run.train_losses[0]
    assert run.result["train_accuracy"] >= 7 / 8
