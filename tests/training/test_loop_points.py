"""The loop's own copy of the points: point edits as deltas, refused edits, edits that race
a restart or arrive before the config they need, and a ``Start`` sent to a running loop."""

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.edits import AddRows, RemoveRows, ReplaceAll, apply_edit
from playground.training.config import TrainConfig
from playground.training.protocol import (
    EditPoints,
    LoopOptions,
    Play,
    SetConfig,
    Start,
    Step,
)
from tests.training.helpers import make_loop, poll_until

ONE_ROW = AddRows(np.array([[1.0, -1.0]]), np.array([1]), np.array([True]))


@pytest.fixture(scope="module")
def circle():
    return make_dataset("circle", n=60, noise=0.1, seed=0, train_ratio=0.8)


def test_edits_apply_in_order_to_the_loops_points(circle):
    loop = make_loop(circle)
    loop.poll()
    removal = RemoveRows(np.array([60, 2, 7]))  # the added row among them
    loop.send(EditPoints(ONE_ROW, 1))
    loop.send(EditPoints(removal, 2))
    snap = loop.poll()
    expected = apply_edit(apply_edit(circle, ONE_ROW)[0], removal)[0]
    assert snap.points_version == 2 and len(expected) == 58
    assert loop.points.equals(expected) and loop.trainer.points is loop.points


def test_an_edit_the_points_already_hold_is_skipped(circle):
    # a restarted process starts from the window's points at version 4; an edit that was on
    # its way (version 4) is in them already and must not be applied twice
    loop = make_loop(apply_edit(circle, ONE_ROW)[0], points_version=4)
    loop.poll()
    loop.send(EditPoints(ONE_ROW, 4))
    snap = loop.poll()
    assert snap.points_version == 4 and len(loop.points) == 61 and snap.message is None
    loop.send(EditPoints(ONE_ROW, 5))
    assert loop.poll().points_version == 5 and len(loop.points) == 62


def test_a_refused_edit_stops_with_a_message_and_changes_nothing(circle):
    loop = make_loop(circle)
    loop.poll()
    loop.send(Play())
    poll_until(loop, lambda s: s.playing)
    loop.send(EditPoints(RemoveRows(np.array([60])), 1))  # there are only 60 points
    snap = loop.poll()
    assert snap.message and not snap.playing and snap.points_version == 0
    assert loop.points is circle and loop.trainer.points is circle


def test_points_that_arrive_before_their_config_are_trained_on_once_it_comes(circle):
    loop = make_loop(circle)
    loop.poll()
    plane = make_dataset("plane", n=40, seed=0)
    loop.send(EditPoints(ReplaceAll(plane), 1))
    snap = loop.poll()
    assert snap.message and "regression" in snap.message and loop.points is plane
    regression = TrainConfig(task="regression", n_classes=0, loss="mse")
    loop.send(SetConfig(regression))
    loop.send(Step(2))
    snap = poll_until(loop, lambda s: s.epoch == 2 and not s.playing)
    assert snap.message is None and loop.trainer.points is plane
    assert snap.heatmap.ndim == 2 and snap.metrics.train_accuracy is None


def test_a_start_sent_to_a_running_loop_begins_again(circle):
    loop = make_loop(circle, neuron_resolution=8)
    loop.poll()
    loop.send(Play())
    poll_until(loop, lambda s: s.epoch > 5)
    other = make_dataset("xor", n=50, seed=1)
    config = TrainConfig(hidden_layers=(3,), activations=("relu",))
    loop.send(Start(config, other, LoopOptions(resolution=20, neuron_resolution=0), 9))
    snap = loop.poll()
    assert snap.reset and snap.epoch == 0 and not snap.playing and snap.points_version == 9
    assert snap.config == config and snap.heatmap.shape == (20, 20) and snap.neurons == ()
    assert loop.points is other and loop.trainer.points is other
