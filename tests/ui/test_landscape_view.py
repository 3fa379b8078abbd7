"""LandscapeView: computes in a background process from what its source gives, draws the map
(an image of the grid's shape, contour lines, the path with one marker per saved weight
vector), can be cancelled, and says what went wrong; plus its Qt-free drawing helpers."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.data.points import PointSet
from playground.training.landscape import Landscape, LandscapeRequest
from playground.training.protocol import ModelState
from playground.ui.views.landscape_drawing import (
    axis_labels,
    contour_levels,
    log_loss,
    pixel_rect,
    status_text,
)
from playground.ui.views.landscape_view import LandscapeView
from playground.ui.widgets import select_data
from tests.training.test_landscape import CONFIG, trained
from tests.ui.helpers import shown
from tests.ui.probes import choose_resolution, path_points

TIMEOUT = 30_000


@pytest.fixture(scope="module")
def run():
    return trained(epochs=5)


def test_the_view_computes_and_draws_the_map_and_the_path(qtbot, run):
    trainer, points, state, trajectory = run
    asked = []

    def source():
        asked.append(True)
        return LandscapeRequest(CONFIG, points, state, trajectory)

    view = shown(qtbot, LandscapeView(source), 520, 460)
    assert view.compute_button.text() == "Compute" and view.last_landscape is None
    select_data(view.kind, "trajectory")
    choose_resolution(view, 7)
    with qtbot.waitSignal(view.sigComputed, timeout=TIMEOUT):
        qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
        assert view.is_computing() and view.compute_button.text() == "Cancel"
    qtbot.waitUntil(lambda: not view.is_computing(), timeout=TIMEOUT)
    result = view.last_landscape
    assert asked and result is not None and result.kind == "trajectory"
    assert result.loss[3, 3] == trainer.evaluate().train_loss
    assert view.image.image.shape == (7, 7)
    assert path_points(view).shape == (len(trajectory), 2)
    np.testing.assert_allclose(path_points(view), result.path)
    for iso in view.isocurves:
        iso.boundingRect()  # makes its path (pyqtgraph makes it on demand)
    assert sum(iso.path.elementCount() > 0 for iso in view.isocurves) >= len(view.isocurves) // 2
    assert "took" in view.status.text() and view.compute_button.text() == "Recompute"
    assert "principal direction 1" in view.plot_item.getAxis("bottom").labelText


def test_cancel_nothing_to_compute_and_errors(qtbot, run):
    _trainer, points, state, _ = run
    requests = {"now": None}
    view = shown(qtbot, LandscapeView(lambda: requests["now"]))
    assert view.compute() is False and not view.is_computing()
    assert "Nothing to compute" in view.status.text()
    requests["now"] = LandscapeRequest(CONFIG, points, state, resolution=3)
    assert view.compute() and view.is_computing()
    view.cancel()
    assert not view.is_computing() and view.status.text() == "Cancelled."
    # no training points: the child's error becomes the status line
    requests["now"] = LandscapeRequest(CONFIG, PointSet.empty("classification", 2), None,
                                       resolution=3)
    view.compute()
    qtbot.waitUntil(lambda: not view.is_computing(), timeout=TIMEOUT)
    assert "no training points" in view.status.text() and view.last_landscape is None
    view.stop()


def test_drawing_helpers():
    loss = np.array([[1.0, 10.0, np.inf], [0.0, 100.0, np.nan]])
    logs, lo, hi = log_loss(loss)
    assert (lo, hi) == (-12.0, 2.0)
    assert logs[0, 1] == 1.0 and logs[0, 2] == hi and logs[1, 2] == hi
    flat, lo, hi = log_loss(np.full((3, 3), 0.5))
    assert lo < np.log10(0.5) < hi
    levels = contour_levels(0.0, 1.0, 4)
    assert len(levels) == 4 and 0.0 < levels.min() and levels.max() < 1.0
    x, y, w, h = pixel_rect(np.linspace(-1, 1, 5), np.linspace(-2, 2, 5))
    assert (x, y, w, h) == (-1.25, -2.5, 2.5, 5.0)
    result = Landscape("random", np.zeros(3), np.zeros(3), np.ones((3, 3)), 0.5, None, None,
                       1.25, 40, note="a note")
    assert status_text(result).startswith("Loss 0.5 at the centre (epoch 40) · 3 × 3 grid")
    assert "no trajectory yet" in status_text(result) and "a note" in status_text(result)
    assert "random direction 1" in axis_labels(result)[0]


def test_auto_recompute_runs_only_when_the_weights_changed(qtbot, run):
    trainer, points, state, _ = run
    current = {"state": state}
    view = shown(qtbot, LandscapeView(
        lambda: LandscapeRequest(CONFIG, points, current["state"], resolution=3)))
    choose_resolution(view, 3)
    view.auto.setChecked(True)
    assert view._auto_timer.isActive() and view._auto_timer.interval() == 10_000
    assert view.recompute_if_changed()  # nothing computed yet
    qtbot.waitUntil(lambda: view.last_landscape is not None, timeout=TIMEOUT)
    first = view.last_landscape
    assert not view.recompute_if_changed()  # the same weights
    m = trainer.model
    current["state"] = ModelState(tuple(w * 0.5 for w in m.weights), tuple(m.biases),
                                  trainer.epoch + 1, normalizer=trainer.normalizer)
    assert view.recompute_if_changed()
    qtbot.waitUntil(lambda: view.last_landscape is not first, timeout=TIMEOUT)
    assert view.last_landscape.epoch == trainer.epoch + 1
    view.auto.setChecked(False)
    assert not view._auto_timer.isActive()
