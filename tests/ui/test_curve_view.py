"""CurveView: a 1-D session's points as y against x, the snapshot's curve, test residuals,
drawing and erasing with the mouse (one undo step per drag), the y axis, the PNG export; and
the fit: a sine session trained in-process ends with a curve close to the sine."""

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor

from playground.data.points import PointSet
from playground.session.link import link, start_message
from playground.session.view_inputs import OutputPicture
from playground.training.loop import TrainingLoop
from playground.training.protocol import RequestSnapshot, Step
from playground.training.rendering import CURVE_SAMPLES, curve_x
from playground.ui import theme
from playground.ui.controllers.document import DatasetSettings, Document
from playground.ui.views.curve_view import MIN_Y_SPAN, Y_MARGIN, CurveView, is_one_d, y_range
from tests.ui.helpers import LEFT, NONE, RIGHT, drag, send, shown

SINE = DatasetSettings("sine", n=60, noise=0.1, seed=3)


@pytest.fixture
def doc():
    return Document(dataset=SINE)


@pytest.fixture
def view(qtbot, doc):
    return shown(qtbot, CurveView(doc), 640, 420)


def snapshot(doc, epochs=0):
    loop = TrainingLoop(doc.config, doc.points)
    loop.poll()
    for _ in range(epochs):
        loop.trainer.run_epoch()
    loop.send(RequestSnapshot())
    return loop.poll()


def click(view, x, y, button=LEFT):
    send(view, QEvent.Type.MouseButtonPress, x, y, button, button)
    send(view, QEvent.Type.MouseButtonRelease, x, y, button, NONE)


# --- what it shows -------------------------------------------------------------------------------
def test_is_one_d_follows_the_session():
    assert is_one_d(Document(dataset=SINE)) and not is_one_d(Document())


def test_points_are_y_against_x_filled_train_and_hollow_test(view, doc):
    p = doc.points
    train_x, train_y = view.train_points.getData()
    test_x, test_y = view.test_points.getData()
    np.testing.assert_array_equal(train_x, p.coords[p.is_train, 0])
    np.testing.assert_array_equal(train_y, p.values[p.is_train])
    np.testing.assert_array_equal(test_x, p.coords[~p.is_train, 0])
    np.testing.assert_array_equal(test_y, p.values[~p.is_train])
    assert all(pt.brush().style() != Qt.BrushStyle.NoBrush for pt in view.train_points.points())
    assert all(pt.brush().style() == Qt.BrushStyle.NoBrush for pt in view.test_points.points())
    view.set_show_test(False)
    assert len(view.test_points.getData()[0]) == 0
    view.set_show_test(True)
    assert len(view.test_points.getData()[0]) == p.n_test


def test_the_snapshots_curve_and_the_test_residuals(view, doc):
    snap = snapshot(doc, epochs=5)
    view.show_output(OutputPicture.of_snapshot(snap))
    x, y = view.curve.getData()
    np.testing.assert_array_equal(x, curve_x(CURVE_SAMPLES))
    np.testing.assert_array_equal(y, snap.curve)
    # one vertical line per test point, from the point to the curve
    p = doc.points
    tx, ty = p.coords[~p.is_train, 0], p.values[~p.is_train]
    bars = view.residuals.opts
    np.testing.assert_array_equal(bars["x"], tx)
    low, high = bars["y"] - bars["height"] / 2, bars["y"] + bars["height"] / 2
    fitted = np.interp(tx, x, y)
    np.testing.assert_allclose(np.minimum(ty, fitted), low, atol=1e-12)
    np.testing.assert_allclose(np.maximum(ty, fitted), high, atol=1e-12)
    view.set_show_test(False)
    assert len(view.residuals.opts["x"]) == 0
    view.set_show_test(True)
    # a network with no curve (it sees x2) changes nothing; a new network clears the curve
    view.show_output(OutputPicture.of_snapshot(dataclasses.replace(snap, curve=None)))
    np.testing.assert_array_equal(view.curve.getData()[1], snap.curve)
    doc.set_config(doc.config.replace(hidden_layers=(3,), activations=("tanh",)))
    assert view.curve.getData()[0] is None or len(view.curve.getData()[0]) == 0
    assert len(view.residuals.opts["x"]) == 0


def test_the_y_axis_fits_the_targets_with_a_margin(view, doc):
    lo, hi = view.y_limits()
    values = doc.points.values
    assert lo < values.min() and hi > values.max()
    assert (lo, hi) == pytest.approx(y_range(values))
    wide = PointSet(np.array([[0.0, 0.0], [1.0, 0.0]]), np.array([2.0, 12.0]),
                    np.array([True, False]), "regression", 0)
    doc.replace_points(wide, "wide")
    assert view.y_limits() == pytest.approx((2 - Y_MARGIN * 10, 12 + Y_MARGIN * 10))
    doc.clear()
    assert view.y_limits() == pytest.approx((-MIN_Y_SPAN / 2 - Y_MARGIN * MIN_Y_SPAN,
                                             MIN_Y_SPAN / 2 + Y_MARGIN * MIN_Y_SPAN))


def test_undo_of_a_switch_to_a_one_d_preset_brings_the_plane_back():
    doc = Document()
    doc.regenerate(doc.dataset.copy(name="step", n=40))
    assert is_one_d(doc) and doc.config.features == ("x1",)
    doc.undo_stack.undo()
    assert not is_one_d(doc) and doc.config.features == ("x1", "x2")
    assert doc.points.task == "classification"
    doc.undo_stack.redo()
    assert is_one_d(doc) and doc.dataset.name == "step"


# --- drawing -------------------------------------------------------------------------------------
def test_a_click_places_one_point_at_x_with_target_y(view, doc):
    n = len(doc.points)
    click(view, 2.0, 0.75)
    p = doc.points
    assert len(p) == n + 1
    assert p.coords[-1, 0] == pytest.approx(2.0, abs=0.05) and p.coords[-1, 1] == 0.0
    assert p.values[-1] == pytest.approx(0.75, abs=0.02)
    doc.undo_stack.undo()
    assert len(doc.points) == n
    click(view, view.extent()[0] - 0.3, 0.0)  # in the axis's margin, beyond the view: nothing
    assert len(doc.points) == n


def test_a_drag_paints_along_its_path_as_one_undo_step(view, doc):
    n, steps = len(doc.points), doc.undo_stack.count()
    path = [(x, 0.1 * x) for x in np.linspace(-4, 4, 60)]
    drag(view, path)
    p = doc.points
    added = len(p) - n
    assert added >= 10
    new_x, new_y = p.coords[n:, 0], p.values[n:]
    assert (p.coords[n:, 1] == 0).all()
    np.testing.assert_allclose(new_y, 0.1 * new_x, atol=0.03)  # on the path
    assert new_x.min() < -3.5 and new_x.max() > 3.5
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert len(doc.points) == n


def test_right_drag_erases_near_the_pointer_as_one_undo_step(view, doc):
    p = doc.points
    near = np.flatnonzero(np.abs(p.coords[:, 0] - 1.5) < 1.0)
    assert len(near) >= 3
    before, steps = len(p), doc.undo_stack.count()
    path = [(x, float(np.sin(x * np.pi / 3))) for x in np.linspace(0.8, 2.2, 30)]
    drag(view, path, RIGHT)
    assert 0 < before - len(doc.points)
    assert doc.undo_stack.count() == steps + 1
    # nothing far from the path went
    far = np.abs(p.coords[:, 0] - 1.5) > 1.5
    kept = {(x, v) for x, v in zip(doc.points.coords[:, 0], doc.points.values)}
    assert all((x, v) in kept for x, v in zip(p.coords[far, 0], p.values[far]))
    doc.undo_stack.undo()
    assert doc.points.equals(p)


def test_the_erase_tool_erases_with_the_left_button(view, doc):
    view.set_tool("erase")
    assert view.tool() == "erase"
    x, y = doc.points.coords[0, 0], doc.points.values[0]
    n = len(doc.points)
    click(view, x, y)
    assert len(doc.points) < n
    with pytest.raises(ValueError):
        view.set_tool("lasso")


def test_render_image_is_the_requested_size_with_the_curve(view, doc):
    view.show_output(OutputPicture.of_snapshot(snapshot(doc, epochs=3)))
    image = view.render_image(500, 300)
    assert (image.width(), image.height()) == (500, 300)
    colours = {image.pixelColor(i, j).rgb() for i in range(0, 500, 7) for j in range(0, 300, 7)}
    assert len(colours) > 5 and QColor(theme.plot_background()).rgb() in colours


# --- the fit -------------------------------------------------------------------------------------
def test_a_sine_session_fits_the_sine(qtbot):
    """The whole path in-process: a new session switches to the sine preset through the
    document, the link drives a loop, the view draws the snapshots' curve, which ends close
    to sin(x pi / 3) over the box."""
    doc = Document()  # the spiral, 2-D
    loop = TrainingLoop.from_start(start_message(doc.model))
    link(doc.model, loop)
    view = CurveView(doc)
    qtbot.addWidget(view)
    doc.regenerate(doc.dataset.copy(name="sine", n=200, noise=0.0, seed=0))
    assert is_one_d(doc) and doc.config.features == ("x1",) and doc.config.task == "regression"
    # (seeds 0..7 of this config end between 0.02 and 0.08)
    doc.set_config(doc.config.replace(hidden_layers=(16, 16), activations=("tanh", "tanh"),
                                      optimizer="adam", learning_rate=0.02, schedule="cosine",
                                      lr_t_max=400, seed=0))

    def rmse() -> float:
        x, y = view.curve.getData()
        return float(np.sqrt(np.mean((y - np.sin(x * np.pi / 3)) ** 2)))

    def train_to(epoch: int) -> None:
        for _ in range(10_000):
            snap = loop.poll()
            if snap is not None and doc.model.record_snapshot(snap):
                view.show_output(OutputPicture.of_snapshot(snap))
                if snap.epoch >= epoch and not snap.playing:
                    return
        raise AssertionError(f"never reached epoch {epoch}")

    train_to(0)
    start = rmse()
    loop.send(Step(400))
    train_to(400)
    assert start > 0.4 and rmse() < 0.1, (start, rmse())


def test_x_y_files_open_as_and_save_a_one_d_session(make_window, tmp_path):
    w = make_window(show=False)
    path = tmp_path / "curve.csv"
    path.write_text("x,y\n-2,0.5\n0,1\n3,-1.5\n4,2\n")
    assert w.files.import_points(str(path))
    doc = w.document
    assert is_one_d(doc) and doc.config.features == ("x1",)
    assert doc.points.task == "regression" and (doc.points.coords[:, 1] == 0).all()
    out = tmp_path / "saved.csv"
    assert w.files.export_points(str(out))
    lines = out.read_text().splitlines()
    assert lines[0] == "x,y" and len(lines) == 5
    assert sorted(float(ln.split(",")[1]) for ln in lines[1:]) == [-1.5, 0.5, 1, 2]
    doc.undo_stack.undo()  # back to the 2-D points it replaced
    assert not is_one_d(doc) and doc.config.features == ("x1", "x2")
