"""Data of more than two inputs: the trainer learns from x3, the loop refuses features the
data lack, and the pictures are taken over the frame's slice."""

import numpy as np
import pytest

from playground.data.edits import AddRows, ReplaceAll, apply_edit
from playground.data.features import Normalizer, default_features, make_features
from playground.data.points import PointSet
from playground.data.view_frame import ViewFrame
from playground.errors import ConfigError
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import EditPoints, SetViews, Step, ViewRequest
from playground.training.rendering import Renderer
from playground.training.trainer import Trainer


def three_inputs(n=200, seed=0):
    """Points (x1, x2, x3): label 1 where x3 > 0; x1 and x2 are noise."""
    rng = np.random.default_rng(seed)
    coords = rng.uniform(-3, 3, size=(n, 3))
    labels = (coords[:, 2] > 0).astype(np.int64)
    return PointSet(coords, labels, rng.random(n) < 0.8, "classification", 2)


CFG = TrainConfig(features=default_features(3), hidden_layers=(4,), activations=("tanh",),
                  learning_rate=0.1,
                  batch_size=16)


def test_the_trainer_learns_a_rule_of_x3():
    points = three_inputs()
    tr = Trainer(CFG, points)
    assert tr.normalizer.n_inputs == 3
    for _ in range(60):
        assert tr.run_epoch()
    metrics = tr.evaluate()
    assert metrics.train_accuracy >= 0.95 and metrics.test_accuracy >= 0.9
    # what it learnt is x3's: moving x3 across 0 flips the class, moving x1 and x2 does not
    probe = np.array([[0.0, 0.0, -2.0], [0.0, 0.0, 2.0], [2.5, -2.5, -2.0], [-2.5, 2.5, 2.0]])
    assert (tr.predict(probe)[:, 0] > 0.5).tolist() == [False, True, False, True]


def test_the_same_network_without_x3_cannot_learn_it():
    points = three_inputs()
    tr = Trainer(CFG.replace(features=("x1", "x2")), points)  # inputs x1, x2 of three
    for _ in range(60):
        tr.run_epoch()
    assert tr.evaluate().train_accuracy < 0.75


def test_features_of_x3_by_name_and_formula():
    points = three_inputs(50)
    norm = Normalizer.fit(points.coords)
    u = norm.apply(points.coords)
    x = make_features(points.coords, ("x3", "x3 * x1", "x3**2"), norm)
    np.testing.assert_allclose(x[:, 0], u[:, 2])
    np.testing.assert_allclose(x[:, 1], u[:, 2] * u[:, 0])
    np.testing.assert_allclose(x[:, 2], u[:, 2] ** 2)


def test_a_config_naming_an_input_the_data_lack_is_refused():
    two = PointSet(np.zeros((4, 2)), [0, 1, 0, 1], np.ones(4, bool), "classification", 2)
    with pytest.raises(ConfigError, match="input feature 'x3' reads x3, but the data have 2 "
                                          "inputs"):
        Trainer(TrainConfig(features=("x1", "x3")), two)
    with pytest.raises(ConfigError, match="reads x3"):
        Trainer(TrainConfig(features=("x1", "sin(x3)")), two)


def test_the_loop_stops_with_the_message_when_such_points_arrive():
    loop = TrainingLoop(CFG, three_inputs(40), resolution=16)
    two = PointSet(np.zeros((4, 2)), [0, 1, 0, 1], np.ones(4, bool), "classification", 2)
    loop.send(EditPoints(ReplaceAll(two), 1))
    snap = loop.poll()
    assert snap.message is not None and "reads x3" in snap.message


def test_edits_keep_every_input():
    points = three_inputs(10)
    added, undo = apply_edit(points, AddRows(np.array([[1.0, 2.0, 3.0]]), np.array([1]),
                                             np.array([True])))
    assert added.n_inputs == 3 and added.coords[-1].tolist() == [1.0, 2.0, 3.0]
    back, redo = apply_edit(added, undo)
    assert back.equals(points)
    again, _ = apply_edit(back, redo)
    assert again.equals(added)
    with pytest.raises(ConfigError, match="3 coordinates each"):
        apply_edit(points, AddRows(np.zeros((1, 2)), np.array([0]), np.array([True])))
    assert points.as_task("regression").n_inputs == 3
    assert points.keeping_classes(2).n_inputs == 3


def test_the_heatmap_is_the_slice_of_the_frame():
    points = three_inputs()
    tr = Trainer(CFG, points)
    for _ in range(40):
        tr.run_epoch()
    renderer = Renderer(8, 0)
    # x1 and x2 on the axes, x3 held at -2 then at +2: the picture is one class, then the other
    renderer.set_frame(ViewFrame(axes=(0, 1), at=(0.0, 0.0, -2.0)))
    below = renderer.heatmap(tr)
    renderer.set_frame(ViewFrame(axes=(0, 1), at=(0.0, 0.0, 2.0)))
    above = renderer.heatmap(tr)
    assert below.max() < 0.5 < above.min()
    # x3 on the vertical axis: the boundary runs across the picture at x3 = 0
    renderer.set_frame(ViewFrame(axes=(0, 2), at=(0.0, 0.0, 0.0)))
    across = renderer.heatmap(tr)
    assert across[0].max() < 0.5 < across[-1].min()  # row 0 is the lowest x3
    expected = tr.predict(ViewFrame(axes=(0, 2)).grid(8, 3))
    np.testing.assert_allclose(across.ravel(), expected[:, 0], atol=1e-5)


def test_the_loop_draws_over_the_frame_it_is_given_and_says_which():
    loop = TrainingLoop(CFG, three_inputs(60), resolution=8)
    frame = ViewFrame(axes=(2, 0), at=(0.5, -1.0, 0.0))
    loop.send(SetViews(ViewRequest(frame=frame)))
    loop.send(Step(1))
    snap = loop.poll()
    assert snap.frame == frame
    # a frame for other data (axes past the inputs) is drawn over x1 and x2 instead
    two_d = ViewFrame(axes=(0, 5))
    loop.send(SetViews(ViewRequest(frame=two_d)))
    snap = loop.poll()
    assert snap.frame.axes == (0, 1) and snap.frame.extent == two_d.extent
