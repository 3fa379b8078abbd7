"""HiddenSpaceView fed from a real TrainingLoop (no threads): what it draws, what it refuses to
draw (other points, another choice), and the layer / unit menus following the config."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.edits import AddRows
from playground.engine.losses import losses_for
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import EditPoints, SetViews, Snapshot, Step, ViewRequest
from playground.ui.controllers.document import Document
from playground.ui.views.hidden_space_view import NO_LAYER_NOTE, HiddenSpaceView, grid_connect
from playground.ui.widgets import select_data
from tests.ui.helpers import shown
from tests.ui.probes import axis_labels, grid_line_count, point_count, shown_points


class Requests:
    """Records ``sigRequest`` and keeps a loop's view request in step with it."""

    def __init__(self, view: HiddenSpaceView, loop: TrainingLoop | None = None) -> None:
        self.log: list[tuple] = []
        self.loop = loop
        view.sigRequest.connect(self.add)
        self.views = ViewRequest(hidden_layer=view.request()[0], hidden_units=view.request()[1])

    def add(self, layer, units) -> None:
        self.log.append((layer, units))
        self.views = ViewRequest(hidden_layer=layer, hidden_units=units)


def advance(loop: TrainingLoop, epochs: int, views: ViewRequest) -> Snapshot:
    """Train ``epochs`` epochs, then a snapshot with the hidden space of ``views``."""
    if epochs:
        loop.send(Step(epochs))
        while loop.busy:
            loop.poll()
    loop.send(SetViews(views))
    snap = loop.poll()
    assert snap is not None
    return snap


@pytest.fixture
def view(qtbot, doc):
    return shown(qtbot, HiddenSpaceView(doc), 500, 500)


def make_loop(doc: Document) -> TrainingLoop:
    return TrainingLoop(doc.config, doc.points, resolution=16, points_version=doc.version)


def show(view: HiddenSpaceView, snap: Snapshot) -> None:
    view.show_snapshot(snap)
    view.flush()


def test_draws_every_point_and_the_warped_grid(view, doc):
    requests = Requests(view)
    assert view.request() == (0, None)  # the first hidden layer's principal components
    loop = make_loop(doc)
    snap = advance(loop, 3, requests.views)
    space = snap.hidden_space
    show(view, snap)
    assert point_count(view) == len(doc.points) == len(space.points)
    assert grid_line_count(view) == space.grid.shape[0] > 0
    np.testing.assert_allclose(shown_points(view, doc.points), space.points)
    assert axis_labels(view) == space.axis_labels and axis_labels(view)[0].startswith("PC1")
    x, y = view.grid.getData()
    assert len(x) == space.grid.shape[0] * space.grid.shape[1]
    # the next frame of the same points moves them (and keeps one point per row)
    snap = advance(loop, 5, requests.views)
    show(view, snap)
    assert point_count(view) == len(doc.points)
    np.testing.assert_allclose(shown_points(view, doc.points), snap.hidden_space.points)


def test_grid_lines_are_not_joined_end_to_end():
    connect = grid_connect(3, 4)
    assert connect.tolist() == [1, 1, 1, 0] * 3


def test_points_of_another_version_are_not_drawn(view, doc):
    requests = Requests(view)
    loop = make_loop(doc)
    first = advance(loop, 2, requests.views)
    show(view, first)
    before = doc.points  # the points of the picture drawn
    drawn = shown_points(view, before)
    doc.add_points(np.array([[0.5, 0.5], [1.0, -1.0]]), 1)  # version 1, two more points
    later = advance(loop, 2, requests.views)  # the loop has not had the edit yet
    assert later.hidden_space.points_version == 0
    show(view, later)
    assert point_count(view) == len(drawn)
    np.testing.assert_allclose(shown_points(view, before), drawn)  # the last matching picture stays
    edit = AddRows(doc.points.coords[-2:], doc.points.values[-2:], doc.points.is_train[-2:])
    loop.send(EditPoints(edit, doc.version))
    snap = advance(loop, 0, requests.views)
    assert snap.hidden_space.points_version == doc.version
    show(view, snap)
    assert point_count(view) == len(doc.points)
    np.testing.assert_allclose(shown_points(view, doc.points), snap.hidden_space.points)


def test_menus_follow_the_config_and_tell_the_choice(qtbot, view, doc):
    requests = Requests(view)
    doc.set_config(doc.config.replace(hidden_layers=(3, 5, 2), activations=("tanh",) * 3))
    assert view.layer.count() == 3 and requests.log == []  # layer 1's PCA is still there
    select_data(view.layer, 1)
    assert requests.log[-1] == (1, None)
    select_data(view.mode, "units")
    assert view.unit_x.count() == view.unit_y.count() == 5 and view.unit_x.isVisibleTo(view)
    assert requests.log[-1] == (1, (0, 1))
    select_data(view.unit_y, 4)
    assert requests.log[-1] == (1, (0, 4)) == view.request()
    n = len(requests.log)
    doc.set_config(doc.config.replace(learning_rate=0.5))  # not the architecture
    assert len(requests.log) == n
    doc.set_config(doc.config.replace(hidden_layers=(3, 3), activations=("tanh",) * 2))
    assert requests.log[-1] == (1, (0, 1))  # unit 5 is gone; unit 1 still is
    doc.set_config(doc.config.replace(hidden_layers=(4,), activations=("relu",)))
    assert requests.log[-1] == (0, (0, 1)) and view.layer.count() == 1
    doc.set_config(doc.config.replace(hidden_layers=(), activations=()))
    assert requests.log[-1] == (None, None) and view.request() == (None, None)
    assert view.note.isVisibleTo(view) and view.note.text() == NO_LAYER_NOTE
    assert not view.layer.isEnabled()
    doc.set_config(doc.config.replace(hidden_layers=(2,), activations=("tanh",)))
    assert requests.log[-1] == (0, (0, 1)) and not view.note.isVisibleTo(view)
    with qtbot.waitSignal(view.sigRequest) as blocker:
        view.emit_request()
    assert blocker.args == [0, (0, 1)]


def test_a_picture_of_another_choice_is_not_drawn(view, doc):
    requests = Requests(view)
    loop = make_loop(doc)
    pca = advance(loop, 1, requests.views)
    select_data(view.mode, "units")  # the choice changes: the old picture goes
    assert point_count(view) == 0 and axis_labels(view) == ("", "")
    show(view, pca)  # computed for the old choice
    assert point_count(view) == 0
    snap = advance(loop, 0, requests.views)
    assert snap.hidden_space.units == (0, 1)
    show(view, snap)
    assert point_count(view) == len(doc.points)
    assert axis_labels(view) == ("unit 1", "unit 2")
    np.testing.assert_allclose(shown_points(view, doc.points), snap.hidden_space.points)
    # a snapshot without a hidden space keeps the picture; a reset one without clears it
    show(view, dataclasses.replace(snap, hidden_space=None))
    assert point_count(view) == len(doc.points)
    show(view, dataclasses.replace(snap, hidden_space=None, reset=True))
    assert point_count(view) == 0


def test_regression_points(qtbot):
    points = make_dataset("plane", n=50, noise=0.1, seed=2, train_ratio=0.6)
    config = TrainConfig(task="regression", n_classes=0, loss=losses_for("regression")[0])
    doc = Document(config, points)
    view = shown(qtbot, HiddenSpaceView(doc), 400, 400)
    requests = Requests(view)
    snap = advance(make_loop(doc), 2, requests.views)
    show(view, snap)
    assert point_count(view) == 50 and grid_line_count(view) == snap.hidden_space.grid.shape[0]
