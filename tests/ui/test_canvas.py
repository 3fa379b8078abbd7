"""CanvasView: mouse drawing through synthesised events, undo, snapshots, colour maps."""


import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor

from playground.data.datasets import VIEW_BOX
from playground.pictures.colors import CLASS_RGB
from playground.pictures.heatmap import (
    PASTEL_CLASSES,
    binary_rgb,
    boundary_segments,
    contour_segments,
    heatmap_rgb,
    lighten,
    multiclass_rgb,
)
from playground.session.view_inputs import OutputPicture
from playground.training.loop import TrainingLoop
from playground.training.protocol import RequestSnapshot
from playground.ui.controllers.document import DatasetSettings, Document
from playground.ui.views.canvas import CanvasView
from tests.ui.helpers import drag, vp
from tests.ui.probes import widget_to_data

LEFT, RIGHT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton, Qt.MouseButton.NoButton








def line(a, b, steps=40):
    return [tuple(p) for p in np.linspace(a, b, steps)]


def trained_snapshots(doc, epochs=30):
    loop = TrainingLoop(doc.config, doc.points)
    first = loop.poll()
    for _ in range(epochs):
        loop.trainer.run_epoch()
    loop.send(RequestSnapshot())
    return first, loop.poll()


# --- coordinates ---------------------------------------------------------------------------------
def test_coordinates_round_trip(canvas):
    for x, y in [(0, 0), (-5, 4), (5.5, -5.5)]:
        bx, by = widget_to_data(canvas, canvas.data_to_widget(x, y))
        assert abs(bx - x) < 0.05 and abs(by - y) < 0.05
    # y grows upwards, x to the right; the whole box is inside the widget
    assert canvas.data_to_widget(0, 5).y() < canvas.data_to_widget(0, -5).y()
    assert canvas.data_to_widget(-5, 0).x() < canvas.data_to_widget(5, 0).x()
    lo, hi = VIEW_BOX
    assert canvas.rect().contains(canvas.data_to_widget(lo, lo))
    assert canvas.rect().contains(canvas.data_to_widget(hi, hi))


# --- drawing -------------------------------------------------------------------------------------
def test_click_adds_one_point_of_current_class(qtbot, canvas, doc):
    n = len(doc.points)
    canvas.set_current_class(1)
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=vp(canvas, 1.5, -2.0))
    assert len(doc.points) == n + 1
    assert np.allclose(doc.points.coords[-1], (1.5, -2.0), atol=0.05)
    assert doc.points.values[-1] == 1
    canvas.set_current_class(0)
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=vp(canvas, -4.0, 3.0))
    assert len(doc.points) == n + 2 and doc.points.values[-1] == 0
    assert np.allclose(doc.points.coords[-1], (-4.0, 3.0), atol=0.05)


def test_click_outside_the_view_and_invalid_class_add_nothing(qtbot, canvas, doc):
    n = len(doc.points)
    x0 = canvas.extent()[0]  # in the axis's margin, beyond the extent shown
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=vp(canvas, x0 - 0.3, 0.0))
    canvas.set_current_class(5)  # only 2 classes exist: refused, the selection stays
    assert doc.current_class == 0
    assert len(doc.points) == n and doc.undo_stack.count() == 0


def test_regression_points_get_current_value(qtbot, canvas, doc):
    doc.set_task("regression")
    canvas.set_regression_value(0.7)
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=vp(canvas, 2.0, 2.0))
    assert doc.points.task == "regression" and doc.points.values[-1] == pytest.approx(0.7)


@pytest.mark.parametrize("tool", ["brush", "add"])
def test_drag_paints_near_path_as_one_undo_step(canvas, doc, tool):
    before, steps = doc.points, doc.undo_stack.count()
    canvas.set_tool(tool)
    canvas.set_current_class(1)
    canvas.set_brush(0.5, 4)
    drag(canvas, line((-3.0, 1.0), (3.0, 1.0)))
    after = doc.points
    new = after.coords[len(before):]
    assert len(new) >= 12  # sprays along a 6-unit stroke
    assert np.all(np.abs(new[:, 1] - 1.0) <= 0.5 + 0.05)
    assert np.all((new[:, 0] >= -3.55) & (new[:, 0] <= 3.55))
    assert np.all(after.values[len(before):] == 1)
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert doc.points.equals(before)
    doc.undo_stack.redo()
    assert doc.points.equals(after)


def test_slow_drag_does_not_pile_points(canvas, doc):
    n = len(doc.points)
    canvas.set_tool("brush")
    canvas.set_brush(1.0, 5)
    drag(canvas, line((0.0, 0.0), (0.3, 0.0), steps=60))  # less than radius/2 in total
    assert len(doc.points) - n == 5  # the press sprays once, the moves never


def test_right_click_erases_under_brush_and_undo_redo(qtbot, canvas, doc):
    canvas.set_brush(0.8, 3)
    before = doc.points
    center = tuple(before.coords[0])
    under = before.indices_within(center, 0.8)
    assert len(under) > 0
    qtbot.mouseClick(canvas.viewport(), RIGHT, pos=vp(canvas, *center))
    after = doc.points
    assert len(after) == len(before) - len(under)
    assert len(after.indices_within(center, 0.75)) == 0
    doc.undo_stack.undo()
    assert doc.points.equals(before)
    doc.undo_stack.redo()
    assert doc.points.equals(after)


def test_erase_tool_drag_is_one_undo_step(canvas, doc):
    canvas.set_tool("erase")
    canvas.set_brush(1.0, 1)
    before, steps = doc.points, doc.undo_stack.count()
    drag(canvas, line((-5.0, 0.0), (5.0, 0.0)))
    assert len(doc.points) < len(before)
    assert np.all(np.abs(doc.points.coords[:, 1]) > 0.95)  # nothing left along the stroke
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert doc.points.equals(before)


def test_erasing_nothing_leaves_no_undo_step(qtbot, canvas, doc):
    doc.clear()
    steps = doc.undo_stack.count()
    canvas.set_tool("erase")
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=vp(canvas, 0.0, 0.0))
    assert doc.undo_stack.count() == steps


# --- points --------------------------------------------------------------------------------------
def test_points_follow_document_and_test_points_toggle(canvas, doc):
    p = doc.points
    assert 0 < p.n_test < len(p)
    assert len(canvas.scatter.data) == len(p)
    canvas.set_show_test(False)
    assert len(canvas.scatter.data) == p.n_train
    shown = np.column_stack([canvas.scatter.data["x"], canvas.scatter.data["y"]])
    assert np.allclose(np.sort(shown, axis=0), np.sort(p.train()[0], axis=0))
    canvas.set_show_test(True)
    doc.add_points(np.array([[0.5, 0.5], [1.0, 1.0]]), 0)
    assert len(canvas.scatter.data) == len(p) + 2


def test_point_colours_are_class_colours(canvas, doc):
    data = canvas.scatter.data
    train = doc.points.is_train
    order = np.concatenate([np.flatnonzero(train), np.flatnonzero(~train)])
    labels = doc.points.values[order]
    for i in range(len(order)):
        item = data["brush"][i] if train[order[i]] else data["pen"][i]
        color = item.color()
        assert (color.red(), color.green(), color.blue()) == tuple(
            int(v) for v in CLASS_RGB[labels[i]])


# --- heatmap -------------------------------------------------------------------------------------
@pytest.mark.parametrize("settings", [DatasetSettings("spiral"),
                                      DatasetSettings("spiral_k", n_classes=3),
                                      DatasetSettings("multi_gauss")])
def test_snapshots_update_image(qtbot, settings):
    doc = Document(dataset=settings)
    view = CanvasView(doc)
    qtbot.addWidget(view)
    first, second = trained_snapshots(doc)
    view.show_output(OutputPicture.of_snapshot(first))
    img1 = view.image.image.copy()
    assert img1.shape == (200, 200, 3) and img1.dtype == np.uint8
    view.show_output(OutputPicture.of_snapshot(second))
    assert not np.array_equal(img1, view.image.image)
    assert view.image.mapRectToParent(view.image.boundingRect()) == QRectF(-6, -6, 12, 12)
    xs, ys = view.boundary.getData()
    assert xs is not None and len(xs) > 0 and np.all(np.abs(xs) <= 6.0)


def test_discretize_and_boundary_toggles(qtbot, canvas, doc):
    _, snap = trained_snapshots(doc)
    canvas.show_output(OutputPicture.of_snapshot(snap))
    assert len(np.unique(canvas.image.image.reshape(-1, 3), axis=0)) > 10
    canvas.set_discretize(True)
    colours = np.unique(canvas.image.image.reshape(-1, 3), axis=0)
    assert len(colours) <= 2 and {tuple(c) for c in colours} <= {
        tuple(PASTEL_CLASSES[0]), tuple(PASTEL_CLASSES[1])}
    canvas.set_show_boundary(False)
    xs, _ = canvas.boundary.getData()
    assert xs is None or len(xs) == 0
    canvas.set_show_boundary(True)
    assert len(canvas.boundary.getData()[0]) > 0


def test_heatmap_orientation(qtbot, canvas, doc):
    """Row 0 of the heatmap is the bottom of the box (y = -6), column 0 its left side."""
    doc.clear()
    grid = np.zeros((50, 50), np.float32)
    grid[:5, :25] = 1.0  # class 1 along the bottom edge's left half
    canvas.set_discretize(True)
    canvas.show_output(OutputPicture(doc.config.task, grid))
    grab = canvas.grab().toImage()
    ratio = grab.width() / canvas.width()

    def colour(x, y):
        p = canvas.data_to_widget(x, y)
        c = QColor(grab.pixel(int(p.x() * ratio), int(p.y() * ratio)))
        return c.red(), c.green(), c.blue()

    assert colour(-3.0, -5.7) == pytest.approx(tuple(PASTEL_CLASSES[1]), abs=3)
    for x, y in [(3.0, -5.7), (-5.7, -3.0), (-3.0, 5.7)]:
        assert colour(x, y) == pytest.approx(tuple(PASTEL_CLASSES[0]), abs=3)


def test_render_image(canvas, doc):
    _, snap = trained_snapshots(doc, epochs=5)
    canvas.show_output(OutputPicture.of_snapshot(snap))
    image = canvas.render_image(640, 480)
    assert (image.width(), image.height()) == (640, 480)
    centre = QColor(image.pixel(320, 240))
    assert centre != QColor("white") or QColor(image.pixel(200, 240)) != QColor("white")


# --- colour maps and contours --------------------------------------------------------------------
def test_binary_map_fixed_levels():
    rgb = binary_rgb(np.array([[0.0, 0.5, 1.0]], np.float32))
    assert np.allclose(rgb[0, 0], lighten(CLASS_RGB[0]), atol=1)
    assert np.all(rgb[0, 1] >= 250)  # near white at 0.5
    assert np.allclose(rgb[0, 2], lighten(CLASS_RGB[1]), atol=1)
    # an uncertain frame stays pale: no per-frame autoscale
    assert np.all(binary_rgb(np.full((4, 4), 0.52, np.float32)) >= 240)


def test_multiclass_blend_shows_confidence():
    k = 3
    p = np.zeros((1, 4, k), np.float32)
    p[0, 0] = 1.0 / k  # uncertain -> white
    p[0, 1] = (1, 0, 0)
    p[0, 2] = (0, 0, 1)
    p[0, 3] = (0.6, 0.2, 0.2)
    rgb = multiclass_rgb(p).astype(int)
    assert np.all(rgb[0, 0] >= 254)
    assert np.allclose(rgb[0, 1], lighten(CLASS_RGB[0]), atol=1)
    assert np.allclose(rgb[0, 2], lighten(CLASS_RGB[2]), atol=1)
    assert rgb[0, 3].sum() > rgb[0, 1].sum()  # less certain -> lighter
    assert np.array_equal(multiclass_rgb(p[:, 1:], discretize=True)[0], PASTEL_CLASSES[[0, 2, 0]])


def test_regression_map_symmetric_levels():
    v = np.array([[-2.0, 0.0, 2.0, 5.0]], np.float32)
    rgb = heatmap_rgb(v, "regression", limit=2.0)
    assert np.allclose(rgb[0, 0], lighten(CLASS_RGB[0]), atol=1)
    assert np.all(rgb[0, 1] >= 250)
    assert np.array_equal(rgb[0, 2], rgb[0, 3])  # clipped at the level
    bands = heatmap_rgb(np.linspace(-2, 2, 1000)[None], "regression", 2.0, discretize=True)
    assert len(np.unique(bands.reshape(-1, 3), axis=0)) == 10


def test_contour_of_a_plane_is_a_straight_line():
    axis = np.linspace(-5.5, 5.5, 12)
    z = np.broadcast_to(axis - 1.0, (12, 12))  # zero along x = 1
    xs, ys = contour_segments(z, 0.0, axis, axis, (-6.0, 6.0))
    assert len(xs) > 0 and np.allclose(xs, 1.0)
    assert ys.min() == pytest.approx(-6.0) and ys.max() == pytest.approx(6.0)


def test_multiclass_boundary_follows_argmax_changes():
    res = 60
    centres = -6 + 12 / res * (np.arange(res) + 0.5)
    x = np.broadcast_to(centres, (res, res))
    logits = np.stack([-x - 2, np.zeros_like(x), x - 2], axis=-1)  # argmax changes at x = ±2
    p = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    xs, _ = boundary_segments(p.astype(np.float32), "classification", VIEW_BOX)
    assert len(xs) > 0
    assert np.all(np.minimum(np.abs(xs - 2), np.abs(xs + 2)) < 0.05)
    assert np.any(np.abs(xs - 2) < 0.05) and np.any(np.abs(xs + 2) < 0.05)


def test_added_points_are_drawn_without_redrawing_the_rest(canvas, doc, monkeypatch):
    calls = []
    full = canvas.scatter.setData
    monkeypatch.setattr(canvas.scatter, "setData", lambda *a, **k: (calls.append(1), full(*a, **k)))

    def shown():
        data = canvas.scatter.data
        return np.sort(np.column_stack([data["x"], data["y"]]), axis=0)

    doc.model.set_dataset(doc.dataset.copy(train_ratio=1.0))  # all filled: colour in the brush
    for i in range(3):
        doc.add_points(np.array([[0.5, 0.25 * i], [1.0, -0.5]]), 1)
    assert calls == []  # brushing appends; it does not redraw every point
    assert np.array_equal(shown(), np.sort(doc.points.coords, axis=0))
    colors = {(b.color().red(), b.color().green(), b.color().blue())
              for b in canvas.scatter.data["brush"][-6:]}
    assert colors == {tuple(int(v) for v in CLASS_RGB[1])}
    doc.undo_stack.undo()  # any other edit redraws everything
    assert calls == [1]
    assert np.array_equal(shown(), np.sort(doc.points.coords, axis=0))
