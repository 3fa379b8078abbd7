"""The curve of a 1-D network in the snapshots: the network's output over evenly spaced x,
computed by the in-process loop at the snapshot rate, and its heatmap as one repeated row."""

import numpy as np
import pytest

from playground.data.datasets import VIEW_BOX, make_dataset
from playground.training.config import TrainConfig
from playground.training.protocol import SetConfig, Step
from playground.training.rendering import CURVE_SAMPLES, curve_x, grid_coords
from tests.training.helpers import make_loop, poll_until

ONE_D = TrainConfig(task="regression", n_classes=0, loss="mse", features=("x1",),
                    hidden_layers=(8,), activations=("tanh",), optimizer="adam",
                    learning_rate=0.02)


@pytest.fixture(scope="module")
def sine():
    return make_dataset("sine", n=80, noise=0.0, seed=0, train_ratio=0.75)


def on_the_line(x: np.ndarray) -> np.ndarray:
    return np.column_stack([x, np.zeros_like(x)])


def test_curve_x_spans_the_box_evenly():
    x = curve_x()
    assert x.shape == (CURVE_SAMPLES,) and (x[0], x[-1]) == VIEW_BOX
    np.testing.assert_allclose(np.diff(x), (VIEW_BOX[1] - VIEW_BOX[0]) / (CURVE_SAMPLES - 1))


def test_a_one_d_networks_snapshot_has_its_curve(sine):
    loop = make_loop(sine, ONE_D)
    first = loop.poll()
    assert first.curve is not None
    assert first.curve.shape == (CURVE_SAMPLES,) and first.curve.dtype == np.float32
    expected = loop.trainer.predict(on_the_line(curve_x()))[:, 0]
    np.testing.assert_allclose(first.curve, expected, rtol=1e-5, atol=1e-5)

    loop.send(Step(20))
    trained = poll_until(loop, lambda s: s.epoch == 20)
    assert trained.curve is not None and trained.curve is not first.curve
    expected = loop.trainer.predict(on_the_line(curve_x()))[:, 0]
    np.testing.assert_allclose(trained.curve, expected, rtol=1e-5, atol=1e-5)
    assert not np.allclose(trained.curve, first.curve)  # it follows the training


def test_a_one_d_networks_heatmap_is_its_curve_on_every_row(sine):
    loop = make_loop(sine, ONE_D, resolution=16)
    loop.send(Step(5))
    snap = poll_until(loop, lambda s: s.epoch == 5)
    assert snap.heatmap.shape == (16, 16)
    expected = loop.trainer.predict(grid_coords(16))[:, 0].reshape(16, 16)
    np.testing.assert_allclose(snap.heatmap, expected, rtol=1e-5, atol=1e-5)
    assert (snap.heatmap == snap.heatmap[0]).all()


def test_networks_that_see_x2_or_give_k_outputs_have_no_curve(sine):
    loop = make_loop(sine, ONE_D.replace(features=("x1", "x2")))
    assert loop.poll().curve is None
    blobs = make_dataset("blobs", n=30, seed=0, n_classes=3)
    k_classes = TrainConfig(n_classes=3, features=("x1",))
    assert make_loop(blobs, k_classes).poll().curve is None
    # a config change to x1 alone brings the curve (the heatmap keeps its grid's size)
    loop.send(SetConfig(ONE_D.replace(features=("x1", "sin_x1")), 1))
    snap = poll_until(loop, lambda s: s.generation == 1)
    assert snap.curve is not None and snap.heatmap.shape == (24, 24)
