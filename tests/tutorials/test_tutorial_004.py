"""Tutorial 004: a 1-D regression, 1-64-64-1 with sigmoid hidden layers and a linear output,
mean squared error (its gradient ``2 (o - y) / n``), full-batch gradient descent with learning
rate 0.001, N(0, 1) weights and biases, x z-scored then doubled (``(x - mean) / std * 2``), on
600 points: a sine over x in [-10, 10] and another curve over [10, 20]. The tutorial trains
100000 epochs and draws the fitted curve over x in [-15, 25], beyond the data, as training
goes (its history slider). Its bonus trains 2-64-64-1 sigmoids with a sigmoid output on a
2-arm spiral of 400 points (z-scored) with binary cross-entropy.

From the CLI: ``--dataset tutorial_004 --n-points 600 --noise 0.1 --layers 64,64 --activation
sigmoid --init-scheme normal --init-std 1 --init-bias normal --input-scaling standard:2
--batch-size all --lr 0.001 --loss mse``; the replay (``playground train --session``) holds the
curve over the data's extent with a margin, so the extrapolation shows.

The tutorial's ``Linear.backward`` updates its weights before passing the gradient back
through them (``grad @ self.weights.T`` sees the new weights); Playground and the reference
backpropagate through the weights the forward pass used. The bonus's BCE gradient is not
divided by n while its printed loss is the mean: its learning rate 0.001 on the summed
gradient is 0.4 (= 0.001 * 400) on Playground's averaged one.
"""

from __future__ import annotations

import numpy as np

from playground.data.weights_file import WeightsFile
from tests.tutorials.helpers import SGD, assert_same_losses, assert_same_network, run_tutorial
from tests.tutorials.reference import net_from_weights, train_full_batch

EPOCHS = 200  # enough to see the curve move; the tutorial's 100000 take minutes
DATA = ["--dataset", "tutorial_004", "--n-points", "600", "--noise", "0.1"]
SETTINGS = ["--train-ratio", "1", "--layers", "64,64", "--activation", "sigmoid",
            "--init-scheme", "normal", "--init-std", "1", "--init-bias", "normal",
            "--input-scaling", "standard:2", "--batch-size", "all", "--lr", "0.001",
            "--loss", "mse", *SGD]
SPIRAL_EPOCHS = 300
SPIRAL_DATA = ["--dataset", "tutorial_004_spiral", "--n-points", "400", "--noise", "0.25"]
SPIRAL_SETTINGS = ["--train-ratio", "1", "--layers", "64,64", "--activation", "sigmoid",
                   "--init-scheme", "normal", "--init-std", "1", "--init-bias", "normal",
                   "--input-scaling", "standard", "--batch-size", "all", "--lr", "0.4",
                   *SGD]


def test_playground_fits_tutorial_004_as_the_reference_does_and_replays_the_extrapolation(
        tmp_path):
    run = run_tutorial(tmp_path, DATA, SETTINGS, EPOCHS)
    meta = run.init.meta
    assert meta["layer_sizes"] == [1, 64, 64, 1] and meta["features"] == ["x1"]
    coords, values = run.train_points()
    x = coords[:, 0]
    assert x.min() == -10 and x.max() == 20 and len(x) == 600
    # the tutorial's scaling: z-score, then times 2
    np.testing.assert_allclose(run.inputs(coords)[:, 0], (x - x.mean()) / x.std() * 2,
                               rtol=0, atol=1e-12)

    net = run.reference()
    losses = train_full_batch(net, run.inputs(coords), run.targets(values), 0.001, EPOCHS)
    assert_same_losses(losses, run.train_losses)
    assert_same_network(net, run.final)
    assert run.train_losses[-1] < run.train_losses[0]

    # the replay: every frame's curve is the network of that frame over an extent that
    # holds the data with a margin, so the curve is seen beyond x = -10 and x = 20
    frames = run.session.replay.frames
    assert frames and frames[-1].epoch == EPOCHS
    for frame in (frames[0], frames[-1]):
        x0, x1 = frame.extent[:2]  # the extent its pictures cover (issue 18 item 5)
        assert x0 < -10.5 and x1 > 20.5
        assert frame.curve is not None
        xs = np.linspace(x0, x1, len(frame.curve))
        seen = net_from_weights(WeightsFile(frame.weights, frame.biases, meta))
        expected = seen.outputs(run.inputs(np.column_stack([xs, np.zeros_like(xs)])))[:, 0]
        np.testing.assert_allclose(frame.curve, expected, rtol=2e-3, atol=2e-3)  # float16
    assert (np.linspace(*frames[-1].extent[:2], len(frames[-1].curve)) < -10).any()
    assert (np.linspace(*frames[-1].extent[:2], len(frames[-1].curve)) > 20).any()


def test_playground_trains_tutorial_004s_spiral_as_the_reference_does(tmp_path):
    run = run_tutorial(tmp_path, SPIRAL_DATA, SPIRAL_SETTINGS, SPIRAL_EPOCHS)
    coords, labels = run.train_points()
    assert len(coords) == 400
    np.testing.assert_allclose(run.inputs(coords), (coords - coords.mean(axis=0))
                               / coords.std(axis=0), rtol=0, atol=1e-12)
    net = run.reference()
    losses = train_full_batch(net, run.inputs(coords), run.targets(labels), 0.4,
                              SPIRAL_EPOCHS)
    assert_same_losses(losses, run.train_losses)
    assert_same_network(net, run.final)
    assert run.train_losses[-1] < run.train_losses[0]
