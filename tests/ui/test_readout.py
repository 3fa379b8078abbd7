"""The hover readout: the grid lookup, the text, and the label following the pointer."""


import numpy as np
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from playground.data.datasets import VIEW_BOX
from playground.session.view_inputs import OutputPicture
from playground.training.loop import TrainingLoop
from playground.training.protocol import RequestSnapshot
from playground.ui.status import format_point, format_prediction, format_readout
from playground.ui.views.hover import nearest_point, sample_heatmap
from playground.ui.views.readout import HoverReadout
from tests.ui.helpers import NONE, send

NAMES = ["red", "green", "blue"]


# --- the grid lookup -----------------------------------------------------------------------------
def test_sample_heatmap_known_grid():
    """2 x 2 grid over the box (0, 4): pixel centres at 1 and 3 on both axes."""
    grid = np.array([[0.0, 1.0], [10.0, 11.0]], np.float32)  # row i is y, column j is x
    box = (0.0, 4.0)
    assert sample_heatmap(grid, 1.0, 1.0, box) == pytest.approx(0.0)
    assert sample_heatmap(grid, 3.0, 1.0, box) == pytest.approx(1.0)
    assert sample_heatmap(grid, 1.0, 3.0, box) == pytest.approx(10.0)
    assert sample_heatmap(grid, 2.0, 2.0, box) == pytest.approx(5.5)
    assert sample_heatmap(grid, 2.5, 1.5, box) == pytest.approx(0.75 + 2.5)
    # between the outer centres and the edge the edge pixels hold; the corners are the corners
    assert sample_heatmap(grid, 0.0, 0.0, box) == pytest.approx(0.0)
    assert sample_heatmap(grid, 4.0, 0.0, box) == pytest.approx(1.0)
    assert sample_heatmap(grid, 0.0, 4.0, box) == pytest.approx(10.0)
    assert sample_heatmap(grid, 4.0, 4.0, box) == pytest.approx(11.0)
    assert sample_heatmap(grid, 2.0, 0.2, box) == pytest.approx(0.5)
    value = sample_heatmap(grid, 2.0, 2.0, box)
    assert value is not None and value.shape == ()
    # outside the box, or nowhere: nothing
    for x, y in [(-0.01, 2.0), (4.01, 2.0), (2.0, -1.0), (2.0, 9.0), (np.nan, 2.0)]:
        assert sample_heatmap(grid, x, y, box) is None


def test_sample_heatmap_reproduces_a_plane():
    """Bilinear lookup is exact for a plane sampled at the documented pixel centres."""
    lo, hi = VIEW_BOX
    n = 50
    centres = lo + (hi - lo) / n * (np.arange(n) + 0.5)
    grid = (0.3 * centres[None, :] - 0.7 * centres[:, None] + 2.0).astype(np.float32)
    rng = np.random.default_rng(1)
    for x, y in rng.uniform(centres[0], centres[-1], (20, 2)):
        assert sample_heatmap(grid, x, y, VIEW_BOX) == pytest.approx(0.3 * x - 0.7 * y + 2.0,
                                                                   abs=1e-5)


def test_sample_heatmap_of_class_probabilities():
    p = np.zeros((2, 2, 3), np.float32)
    p[0, 0] = (1, 0, 0)  # bottom left
    p[0, 1] = (0, 1, 0)  # bottom right
    p[1, :] = (0, 0, 1)  # top row
    box = (0.0, 4.0)
    assert sample_heatmap(p, 0.5, 0.5, box) == pytest.approx([1, 0, 0])
    assert sample_heatmap(p, 3.5, 0.5, box) == pytest.approx([0, 1, 0])
    middle = sample_heatmap(p, 2.0, 2.0, box)
    assert middle == pytest.approx([0.25, 0.25, 0.5])
    assert middle.sum() == pytest.approx(1.0)


def test_nearest_point():
    coords = np.array([[0.0, 0.0], [1.0, 0.0], [1.2, 0.0], [5.0, 5.0]])
    everyone = np.arange(4)
    assert nearest_point(coords, everyone, 1.15, 0.0, 0.5) == 2
    assert nearest_point(coords, everyone, 0.9, 0.0, 0.5) == 1
    assert nearest_point(coords, np.array([0, 2, 3]), 0.9, 0.0, 0.5) == 2  # 1 not a candidate
    assert nearest_point(coords, everyone, 3.0, 3.0, 0.5) is None
    assert nearest_point(coords, np.array([], np.int64), 0.0, 0.0, 1.0) is None


# --- the text ------------------------------------------------------------------------------------
def test_format_prediction_binary():
    text, tip = format_prediction("classification", np.asarray(0.25), NAMES[:2])
    assert text == "p(green) = 0.25 → red"
    assert tip.splitlines() == ["p(red) = 0.750", "p(green) = 0.250"]
    text, _ = format_prediction("classification", np.asarray(0.5), NAMES[:2])
    assert text.endswith("→ green")


def test_format_prediction_classes_and_regression():
    text, tip = format_prediction("classification", np.array([0.1, 0.7, 0.2]), NAMES)
    assert text == "→ green (p = 0.70)"
    assert tip.splitlines() == ["p(red) = 0.100", "p(green) = 0.700", "p(blue) = 0.200"]
    text, _ = format_prediction("classification", np.array([0.1, 0.2, 0.3, 0.4]), NAMES)
    assert text == "→ class 4 (p = 0.40)"  # more classes than names: a default name
    text, _ = format_prediction("regression", np.asarray(-1.23456), [])
    assert text == "prediction −1.235"


def test_format_point_and_readout():
    assert format_point("classification", 2.0, True, NAMES) == "point: blue, training"
    assert format_point("regression", 0.5, False, []) == "point: target 0.500, test"
    text, tip = format_readout(1.0, -2.5, ("classification", np.asarray(0.9)),
                               ("classification", 0.0, False), NAMES[:2])
    assert text == "x₁ 1.00, x₂ −2.50 · point: red, test · p(green) = 0.90 → green"
    assert tip.splitlines()[0] == "x₁ 1.00, x₂ −2.50"
    assert format_readout(0.0, 0.0, None, None, NAMES)[0] == "x₁ 0.00, x₂ 0.00"


# --- the label on a canvas -----------------------------------------------------------------------
@pytest.fixture
def readout(qtbot, canvas, doc):
    label = HoverReadout(canvas, doc)
    qtbot.addWidget(label)
    return label


def hover(canvas, x, y):
    send(canvas, QEvent.Type.MouseMove, x, y, NONE, NONE)


def trained_snapshot(doc, epochs=20):
    loop = TrainingLoop(doc.config, doc.points)
    loop.poll()
    for _ in range(epochs):
        loop.trainer.run_epoch()
    loop.send(RequestSnapshot())
    return loop.poll()


def empty_spot(doc):
    """A position in the box with no point within 1 (data units)."""
    for x, y in np.random.default_rng(0).uniform(-5.5, 5.5, (500, 2)):
        if len(doc.points.indices_within((x, y), 1.0)) == 0:
            return float(x), float(y)
    raise AssertionError("no empty spot")


def test_readout_shows_the_snapshot_prediction(canvas, readout, doc):
    snap = trained_snapshot(doc)
    canvas.show_output(OutputPicture.of_snapshot(snap))
    seen = []
    canvas.sigCursorMoved.connect(lambda x, y: seen.append((x, y)))
    hover(canvas, *empty_spot(doc))
    p1 = float(sample_heatmap(snap.heatmap, *seen[-1], VIEW_BOX))
    assert f"p(class 2) = {p1:.2f}" in readout.text()  # the second class, as the bar says
    assert f"→ {doc.class_names[int(p1 >= 0.5)]}" in readout.text()
    assert "point:" not in readout.text()
    assert readout.text().startswith("x₁ ")


def lonely_point(points, train):
    """A training (or test) point with no other point within 0.3 (about 12 pixels here)."""
    for i in np.flatnonzero(points.is_train == train):
        if len(points.indices_within(points.coords[i], 0.3)) == 1:
            return int(i)
    raise AssertionError("no lonely point")


def test_readout_names_the_point_under_the_pointer(canvas, readout, doc):
    points = doc.points
    for split in (True, False):
        i = lonely_point(points, split)
        x, y = points.coords[i]
        hover(canvas, x + 0.03, y - 0.03)  # a pixel or two away
        name = doc.class_names[int(points.values[i])]
        assert f"point: {name}, {'training' if split else 'test'}" in readout.text()
    # no snapshot yet: no prediction, but the point is still told
    assert "p(" not in readout.text()


def test_hidden_test_points_are_not_reported(canvas, readout, doc):
    x, y = doc.points.coords[lonely_point(doc.points, False)]
    hover(canvas, x, y)
    assert ", test" in readout.text()
    canvas.set_show_test(False)
    hover(canvas, x, y)
    assert "point:" not in readout.text()


def test_readout_follows_snapshots_while_the_pointer_rests(canvas, readout, doc):
    config = doc.config
    canvas.show_output(OutputPicture(config.task, np.full((8, 8), 0.25, np.float32)))
    hover(canvas, 1.0, 1.0)
    assert "p(class 2) = 0.25 → class 1" in readout.text()
    canvas.show_output(OutputPicture(config.task, np.full((8, 8), 0.75, np.float32)))
    assert "p(class 2) = 0.75 → class 2" in readout.text()


def test_readout_clears_outside_the_view_and_when_the_pointer_leaves(canvas, readout, doc):
    hover(canvas, 0.0, 0.0)
    assert readout.text()
    hover(canvas, canvas.extent()[0] - 0.3, 0.0)  # in the axis's margin, outside the view
    assert readout.text() == ""
    hover(canvas, 0.0, 0.0)
    assert readout.text()
    QApplication.sendEvent(canvas.viewport(), QEvent(QEvent.Type.Leave))
    assert readout.text() == "" and readout.toolTip() == ""


def test_readout_in_the_window_status_bar(window):
    assert window.readout.parent() is not None
    assert window.readout in window.statusBar().findChildren(HoverReadout)
    x, y = window.document.points.coords[0]
    hover(window.canvas, x, y)
    assert window.readout.text().startswith("x₁ ")
    assert window.readout.isVisible()


def test_readout_over_the_curve_view_of_a_one_d_session(make_window, qtbot):
    w = make_window()
    w.document.regenerate(w.document.dataset.copy(name="sine"))
    curve = w.layout_.curve_view
    qtbot.waitUntil(lambda: curve._curve is not None, timeout=5000)
    curve.sigCursorMoved.emit(1.5, 9.0)  # y beyond the 2-D box is fine on a curve plot
    text = w.readout.text()
    assert text.startswith("x 1.5") and "y 9" in text and "prediction" in text
    assert "x₁" not in text
    xs, ys = curve.curve.getData()  # over the x range shown (the data's, fitted)
    expected = float(np.interp(1.5, xs, ys))
    assert f"{expected:.2f}"[:4] in text.replace("−", "-")
    points = w.document.points
    x, y = float(points.coords[0, 0]), float(points.values[0])
    curve.sigCursorMoved.emit(x, y)
    assert "point: target" in w.readout.text()
    curve.sigCursorLeft.emit()
    assert w.readout.text() == ""
