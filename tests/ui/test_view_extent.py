"""Views that follow the data (issue 18): the canvas and the curve view fit the data when
they are loaded, zoom with Ctrl + wheel (not the plain wheel) and pan with a middle drag;
View ▸ Fit to data and Reset view; the drawing tools keep data coordinates at any zoom; the
trainer computes the heatmap and the curve over the extent shown, and the picture is placed
over the extent it was computed for; a session keeps its view, an older one shows the box."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt

from playground.data.points import PointSet
from playground.data.view_frame import data_extent
from playground.session.file import load_session, save_session
from playground.ui.views.canvas import DEFAULT_VIEW
from tests.ui.helpers import LEFT, NONE, drag, send, shown, vp, wheel
from tests.ui.probes import heatmap_extent, widget_to_data

CTRL = Qt.KeyboardModifier.ControlModifier
MIDDLE = Qt.MouseButton.MiddleButton
TIMEOUT = 10_000


def wide_points(n: int = 80, seed: int = 0) -> PointSet:
    """Two classes spread over ±30."""
    rng = np.random.default_rng(seed)
    coords = rng.uniform(-30.0, 30.0, (n, 2))
    coords[:2] = [[-30.0, -30.0], [30.0, 30.0]]
    return PointSet(coords, (coords[:, 0] > 0).astype(np.int64), np.ones(n, bool),
                    "classification", 2)


def write_csv(path, header: str, rows: np.ndarray) -> str:
    path.write_text(header + "\n" + "".join(",".join(f"{v:.6g}" for v in row) + "\n"
                                            for row in rows))
    return str(path)


def contains(outer, inner, tol=1e-6) -> bool:
    return (outer[0] <= inner[0] + tol and outer[1] >= inner[1] - tol
            and outer[2] <= inner[2] + tol and outer[3] >= inner[3] - tol)


# --- the canvas alone ----------------------------------------------------------------------
def test_replacing_the_points_fits_the_canvas_and_drawing_does_not(canvas, doc):
    assert contains(canvas.extent(), data_extent(doc.points))  # the preset, fitted
    doc.replace_points(wide_points(), "wide")
    x0, x1, y0, y1 = canvas.extent()
    assert x0 < -30 and x1 > 30 and y0 < -30 and y1 > 30
    assert x1 - x0 < 80 and y1 - y0 < 80  # a margin, not a far view
    before = canvas.extent()
    drag(canvas, [(0.0, 0.0), (5.0, 5.0)])  # painting keeps the view still
    send(canvas, QEvent.Type.MouseButtonPress, 40.0, 0.0, LEFT, LEFT)  # in the margin
    send(canvas, QEvent.Type.MouseButtonRelease, 40.0, 0.0, LEFT, NONE)
    assert canvas.extent() == pytest.approx(before)
    doc.undo_stack.undo()  # undoing the paint: the view stays
    assert canvas.extent() == pytest.approx(before)


def test_ctrl_wheel_zooms_about_the_pointer_and_the_plain_wheel_does_not(canvas, doc):
    before = canvas.extent()
    wheel(canvas, 2.0, 1.0, 2)
    assert canvas.extent() == pytest.approx(before)  # the plain wheel: nothing
    wheel(canvas, 2.0, 1.0, 2, CTRL)
    x0, x1, y0, y1 = canvas.extent()
    assert x1 - x0 < 0.8 * (before[1] - before[0]) and y1 - y0 < 0.8 * (before[3] - before[2])
    assert widget_to_data(canvas, canvas.data_to_widget(2.0, 1.0)) == pytest.approx(
        (2.0, 1.0), abs=0.05)  # the point under the pointer stays under it
    assert x0 < 2.0 < x1 and y0 < 1.0 < y1
    wheel(canvas, 2.0, 1.0, -4, CTRL)  # back out, and further
    assert canvas.extent()[1] - canvas.extent()[0] > before[1] - before[0]


def test_a_click_at_any_zoom_adds_the_point_where_it_is(qtbot, canvas, doc):
    for _ in range(3):
        wheel(canvas, 1.0, -1.0, 2, CTRL)
    n = len(doc.points)
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=vp(canvas, 1.25, -0.75))
    assert len(doc.points) == n + 1
    pixel = max(canvas._vb.viewPixelSize())
    np.testing.assert_allclose(doc.points.coords[-1], [1.25, -0.75], atol=2 * pixel)
    assert pixel < 0.01  # zoomed in: a pixel is a small step of data
    doc.replace_points(wide_points(), "wide")
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=vp(canvas, 25.0, -20.0))  # far out: fine
    np.testing.assert_allclose(doc.points.coords[-1], [25.0, -20.0], atol=0.3)


def test_a_middle_drag_pans_and_draws_nothing(canvas, doc):
    n, before = len(doc.points), canvas.extent()
    drag(canvas, [(0.0, 0.0), (2.0, 1.0)], button=MIDDLE)  # (0, 0) goes to (2, 1)
    after = canvas.extent()
    assert after == pytest.approx((before[0] - 2, before[1] - 2, before[2] - 1,
                                   before[3] - 1), abs=0.05)
    assert len(doc.points) == n and doc.undo_stack.count() == 0


def test_fit_to_data_and_reset_view(canvas, doc):
    wheel(canvas, 0.0, 0.0, 5, CTRL)
    canvas.fit_to_data()
    assert contains(canvas.extent(), data_extent(doc.points))
    canvas.reset_view()
    assert contains(canvas.extent(), DEFAULT_VIEW)
    assert canvas.extent()[1] - canvas.extent()[0] < 1.05 * (DEFAULT_VIEW[1] - DEFAULT_VIEW[0])


def test_the_extent_shown_is_told_when_it_changes(qtbot, canvas):
    told = []
    canvas.sigExtentChanged.connect(told.append)
    wheel(canvas, 0.0, 0.0, 1, CTRL)
    qtbot.waitUntil(lambda: bool(told) and told[-1] == pytest.approx(canvas.extent()),
                    timeout=TIMEOUT)


# --- the window: the trainer draws over the extent shown --------------------------------------
def test_data_at_30_fit_the_canvas_and_the_heatmap_is_computed_over_them(
        qtbot, window, tmp_path):
    w = window
    points = wide_points()
    rows = np.column_stack([points.coords, points.values])
    assert w.files.import_points(write_csv(tmp_path / "wide.csv", "x1,x2,label", rows))
    extent = w.canvas.extent()
    assert extent[0] < -30 and extent[1] > 30 and extent[2] < -30 and extent[3] > 30

    def drawn_over_the_view() -> bool:
        snap = w.last_snapshot
        return snap is not None and snap.frame.extent == pytest.approx(w.canvas.extent())

    qtbot.waitUntil(drawn_over_the_view, timeout=TIMEOUT)
    assert heatmap_extent(w.canvas) == pytest.approx(w.last_snapshot.frame.extent)
    # zoomed: the trainer draws the new extent, and the picture is placed over it
    wheel(w.canvas, 10.0, 10.0, 3, CTRL)
    qtbot.waitUntil(drawn_over_the_view, timeout=TIMEOUT)
    assert heatmap_extent(w.canvas) == pytest.approx(w.canvas.extent(), rel=1e-6)
    # the replay keeps the extent each frame was drawn over
    w.step()
    qtbot.waitUntil(lambda: bool(w.model.replay.frames)
                    and w.model.replay.frames[-1].epoch >= 1, timeout=TIMEOUT)
    assert w.model.replay.frames[-1].extent == pytest.approx(w.canvas.extent())
    # View ▸ Fit to data brings the data back
    w.commands["view.fit"].trigger()
    assert contains(w.canvas.extent(), data_extent(w.document.points))
    w.commands["view.reset_view"].trigger()
    assert contains(w.canvas.extent(), DEFAULT_VIEW)


def test_a_one_d_curve_is_computed_over_the_x_range_shown(qtbot, window, tmp_path):
    w = window
    x = np.linspace(-10.0, 20.0, 31)
    assert w.files.import_points(write_csv(tmp_path / "line.csv", "x,y",
                                           np.column_stack([x, 0.5 * x + 3])))
    view = w.layout_.curve_view
    assert view is not None and w.layout_.current_output() is view
    x0, x1, _y0, _y1 = view.extent()
    assert x0 < -10 and x1 > 20 and x1 - x0 < 45  # the data's x with a margin
    view.set_extent((-15.0, 25.0, -10.0, 20.0))  # the tutorial's extrapolation
    qtbot.waitUntil(lambda: w.last_snapshot is not None
                    and w.last_snapshot.frame.x_range == pytest.approx((-15.0, 25.0)),
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.curve.getData()[0] is not None
                    and view.curve.getData()[0][0] == pytest.approx(-15.0), timeout=TIMEOUT)
    xs, _ys = view.curve.getData()
    assert xs[-1] == pytest.approx(25.0)  # the curve beyond the data, both ways


# --- sessions ---------------------------------------------------------------------------------
def test_a_session_keeps_its_view_and_an_older_one_shows_the_box(qtbot, window, tmp_path):
    w = window
    w.document.replace_points(wide_points(), "wide")
    wheel(w.canvas, 5.0, 5.0, 2, CTRL)
    shown_extent = w.canvas.extent()
    path = tmp_path / "view.pgsession"
    assert w.files.save_session(str(path))
    w.canvas.reset_view()
    assert w.files.open_session(str(path), ask=False)
    assert w.canvas.extent() == pytest.approx(shown_extent, rel=1e-6)
    old = load_session(path)
    del old.view["extent"]  # as a session saved before views followed the data
    older = tmp_path / "older.pgsession"
    save_session(older, old)
    assert w.files.open_session(str(older), ask=False)
    assert contains(w.canvas.extent(), DEFAULT_VIEW)
    assert w.canvas.extent()[1] - w.canvas.extent()[0] < 1.05 * (DEFAULT_VIEW[1]
                                                                 - DEFAULT_VIEW[0])


@pytest.fixture
def curve(qtbot):
    from playground.ui.controllers.document import DatasetSettings, Document
    from playground.ui.views.curve_view import CurveView
    return shown(qtbot, CurveView(Document(dataset=DatasetSettings("sine", n=40, seed=1))),
                 640, 420)


def test_the_curve_view_zooms_with_ctrl_wheel_only(curve):
    before = curve.extent()
    wheel(curve, 1.0, 0.0, 2)
    assert curve.extent() == pytest.approx(before)
    wheel(curve, 1.0, 0.0, 2, CTRL)
    after = curve.extent()
    assert after[1] - after[0] < before[1] - before[0]
