"""A table of more than two inputs in the window (issue 18): the canvas shows a 2-D slice.
Two combo boxes choose the inputs on the axes, a slider per other input sets where the slice
is taken (at the training mean at first); the trainer draws over that slice; points are
placed by their shown columns and faded by their distance from the slice; drawing adds
points at the slice; a session keeps the slice."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent

from playground.data.points import PointSet
from playground.session.dataset import DatasetSettings
from playground.session.file import load_session, save_session
from playground.ui.views.slice_controls import format_value
from playground.ui.views.step_format import num, sym
from playground.ui.views.step_pages import input_step
from playground.ui.views.step_situation import situation_for
from tests.ui.helpers import LEFT, NONE, send
from tests.ui.probes import pixel_size, plot_side, scene_texts

TIMEOUT = 10_000


def three_inputs(n: int = 40, seed: int = 0) -> PointSet:
    """Two classes over x1, x2 in ±4 and x3 in 10..30 (means away from 0)."""
    rng = np.random.default_rng(seed)
    coords = np.column_stack([rng.uniform(-4, 4, n), rng.uniform(-4, 4, n),
                              rng.uniform(10, 30, n)])
    return PointSet(coords, (coords[:, 0] > 0).astype(np.int64), np.ones(n, bool),
                    "classification", 2)


def click(canvas, x, y) -> None:
    send(canvas, QEvent.Type.MouseButtonPress, x, y, LEFT, LEFT)
    send(canvas, QEvent.Type.MouseButtonRelease, x, y, LEFT, NONE)


def test_the_controls_show_for_three_inputs_and_not_for_two(window):
    w = window
    controls = w.canvas.slice_controls
    assert not controls.isVisible()  # the default two-input set
    w.document.regenerate(DatasetSettings("tutorial_000"))
    assert controls.isVisible()
    assert controls.axes() == (0, 1)
    assert controls.slider(2) is not None and controls.slider(0) is None
    points = w.document.points
    assert controls.at()[2] == pytest.approx(points.coords[points.is_train, 2].mean())
    assert "slice" in w.data_panel.slice_hint.text() and w.data_panel.slice_hint.isVisible()
    w.document.regenerate(DatasetSettings("circle"))
    assert not controls.isVisible()
    assert not w.data_panel.slice_hint.isVisible()
    assert w.canvas.slice() == ((0, 1), ())


def test_a_click_on_a_three_input_canvas_adds_a_point_at_the_slice(window):
    w = window
    w.document.replace_points(three_inputs(), "three")
    w.canvas.set_tool("add")
    before = len(w.document.points)
    at = w.canvas.slice()[1]
    click(w.canvas, 1.0, -2.0)
    points = w.document.points
    assert len(points) == before + 1
    assert points.coords[-1] == pytest.approx([1.0, -2.0, at[2]], abs=0.05)


def test_moving_a_slider_changes_the_frame_drawn_and_the_heatmap(qtbot, window):
    w = window
    w.document.replace_points(three_inputs(), "three")
    w.step()  # a trained network: its heatmap depends on x3
    at = w.canvas.slice()[1]
    qtbot.waitUntil(lambda: w.last_snapshot is not None
                    and w.last_snapshot.frame.at == pytest.approx(at), timeout=TIMEOUT)
    before = w.last_snapshot.heatmap.copy()
    slider = w.canvas.slice_controls.slider(2)
    slider.setValue(slider.maximum())
    assert w.canvas.slice()[1][2] == pytest.approx(w.document.points.coords[:, 2].max())
    w.canvas.flush_slice()
    w.step()
    qtbot.waitUntil(lambda: w.last_snapshot.frame.at[2] == pytest.approx(
        w.canvas.slice()[1][2]), timeout=TIMEOUT)
    assert w.last_snapshot.frame.axes == (0, 1)
    assert not np.allclose(w.last_snapshot.heatmap, before)


def test_other_axes_relabel_the_plot_and_place_the_points_by_those_columns(qtbot, window):
    w = window
    w.document.replace_points(three_inputs(), "three")
    controls = w.canvas.slice_controls
    controls.y_axis.setCurrentIndex(2)  # x1 across, x3 up
    assert w.canvas.axes() == (0, 2)
    item = w.canvas._plot.getPlotItem()
    assert item.getAxis("left").labelText == "x3"
    assert item.getAxis("bottom").labelText == "x1"
    x, y = w.canvas.scatter.getData()
    coords = w.document.points.coords
    assert np.allclose(np.sort(x), np.sort(coords[:, 0]))
    assert np.allclose(np.sort(y), np.sort(coords[:, 2]))
    x0, x1, y0, y1 = w.canvas.extent()
    assert y0 < coords[:, 2].min() and y1 > coords[:, 2].max()  # fitted to x3's range
    # the slice now holds x2, and the trainer is told
    assert controls.slider(1) is not None and controls.slider(2) is None
    w.canvas.flush_slice()
    assert w.inspect.inside.request.frame.axes == (0, 2)
    # choosing the other axis's input swaps them
    controls.x_axis.setCurrentIndex(2)
    assert w.canvas.axes() == (2, 0)


def test_points_far_from_the_slice_are_fainter(window):
    w = window
    points = three_inputs()
    w.document.replace_points(points, "three")
    alpha = w.canvas.fading(points.coords)
    at = w.canvas.slice()[1][2]
    distance = np.abs(points.coords[:, 2] - at)
    near, far = np.argmin(distance), np.argmax(distance)
    assert alpha[near] > alpha[far] > 0
    brushes = w.canvas.scatter.data["brush"]
    shown = {round(b.color().alphaF(), 2) for b in brushes}
    assert len(shown) > 1  # the drawn points are not all alike


def test_erase_takes_points_near_the_slice_only(window):
    w = window
    coords = np.array([[0.0, 0.0, 25.0], [0.0, 0.0, 100.0], [3.0, 3.0, 25.0],
                       [3.0, -3.0, 25.0], [-3.0, -3.0, 25.0]])
    w.document.replace_points(PointSet(coords, np.array([0, 1, 0, 1, 0]), np.ones(5, bool),
                                       "classification", 2), "five")
    w.canvas.set_tool("erase")
    w.canvas.set_brush(0.5, 5)
    at = w.canvas.slice()[1][2]  # the mean: 40, the std 30
    assert at == pytest.approx(40.0)
    click(w.canvas, 0.0, 0.0)
    # the point at x3 = 25 (0.5 std away) goes, the one at x3 = 100 (2 std away) stays
    assert [row[2] for row in w.document.points.coords if row[0] == 0] == [100.0]
    assert len(w.document.points) == 4


def test_the_hover_readout_names_every_input(window):
    w = window
    w.document.regenerate(DatasetSettings("tutorial_000"))
    w.readout.show_at(*w.canvas.extent()[0::2])
    text = w.readout.text()  # tutorial 000's table names its inputs
    assert "height" in text and "weight" in text and "score 6.25" in text


def test_a_session_keeps_the_slice_and_an_older_one_opens_with_the_default(window, tmp_path):
    w = window
    w.document.replace_points(three_inputs(), "three")
    controls = w.canvas.slice_controls
    controls.x_axis.setCurrentIndex(2)
    controls.slider(0).setValue(10)  # x3 across, x2 up: x1 held
    kept = w.canvas.slice()
    path = tmp_path / "slice.pgsession"
    assert w.files.save_session(str(path))
    w.document.regenerate(DatasetSettings("circle"))
    assert w.files.open_session(str(path), ask=False)
    assert w.canvas.slice()[0] == kept[0]
    assert w.canvas.slice()[1] == pytest.approx(kept[1])
    old = load_session(path)
    del old.view["slice"]
    older = tmp_path / "older.pgsession"
    save_session(older, old)
    assert w.files.open_session(str(older), ask=False)
    points = w.document.points
    assert w.canvas.slice()[0] == (0, 1)
    assert w.canvas.slice()[1][2] == pytest.approx(points.coords[points.is_train, 2].mean())


def test_a_named_table_names_the_slice_the_axes_the_diagram_and_the_readout(
        qtbot, window, tmp_path):
    w = window
    points = three_inputs()
    rows = np.column_stack([points.coords, points.values])
    path = tmp_path / "people.csv"
    path.write_text("height,weight,score,label\n"
                    + "".join(",".join(f"{v:.6g}" for v in row) + "\n" for row in rows))
    assert w.files.import_points(str(path))
    assert w.document.model.input_names == ("height", "weight", "score")
    controls = w.canvas.slice_controls
    assert controls.isVisible() and controls.names() == ("height", "weight", "score")
    item = w.canvas._plot.getPlotItem()
    assert item.getAxis("bottom").labelText == "height"
    # the diagram: an input unit per input, labelled by its name
    qtbot.waitUntil(lambda: w.last_snapshot is not None
                    and len(w.last_snapshot.frame.at) == 3, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "score" in scene_texts(w.network_view), timeout=TIMEOUT)
    assert w.network_view.diagram is not None
    assert len(w.network_view.diagram.columns[0].items) == 3
    assert {"height", "weight", "score"} <= set(scene_texts(w.network_view))
    # the readout: every input by name, the hidden one at the slice, and the prediction
    w.readout.show_at(0.5, 0.5)
    text = w.readout.text()
    assert "height 0.5" in text and "weight 0.5" in text
    assert f"score {format_value(w.canvas.slice()[1][2])}" in text


def test_the_step_through_input_page_shows_every_input(window):
    w = window
    w.document.replace_points(three_inputs(), "three")
    step = input_step(situation_for(w.document.model, 0))
    coords = w.document.points.coords[0]
    for c in range(3):
        assert sym("u", None, c) in step.html
    assert all(num(v) in step.html for v in coords)


def test_the_network_panel_offers_a_toggle_per_input_beyond_x2(window):
    w = window
    panel = w.network_panel
    assert not panel.input_buttons  # two inputs: x1 and x2 are among the features
    w.document.regenerate(DatasetSettings("tutorial_000"))
    button = panel.input_buttons["x3"]
    assert button.isChecked() and "x3" in w.document.config.features
    button.click()  # the network no longer reads x3
    assert "x3" not in w.document.config.features and not button.isChecked()
    button.click()
    assert "x3" in w.document.config.features
    w.document.regenerate(DatasetSettings("circle"))
    assert not panel.input_buttons


def test_inputs_in_other_units_each_fill_their_axis(window):
    w = window
    w.document.regenerate(DatasetSettings("tutorial_000"))  # height in m, weight in kg
    coords = w.document.points.coords
    x0, x1, y0, y1 = w.canvas.extent()
    assert x0 < coords[:, 0].min() and x1 > coords[:, 0].max()
    assert x1 - x0 < 2 * np.ptp(coords[:, 0]) + 1.0  # not stretched to the weights' span
    assert y0 < coords[:, 1].min() and y1 > coords[:, 1].max()
    sx, sy = pixel_size(w.canvas)
    assert sy > 5 * sx  # kg per pixel up, m per pixel across
    w.document.regenerate(DatasetSettings("circle"))  # one plane again: equal scales
    sx, sy = pixel_size(w.canvas)
    assert sx == pytest.approx(sy, rel=1e-3)


def test_a_wide_table_keeps_the_plot_its_room(qtbot, window):
    w = window
    w.document.replace_points(three_inputs(), "three")
    three = plot_side(w.canvas)
    rng = np.random.default_rng(1)
    coords = rng.normal(size=(30, 12))
    w.document.replace_points(PointSet(coords, (coords[:, 0] > 0).astype(np.int64),
                                       np.ones(30, bool), "classification", 2), "twelve")
    controls = w.canvas.slice_controls
    assert all(controls.slider(k) is not None for k in range(2, 12))
    qtbot.wait(50)
    assert plot_side(w.canvas) >= three - 30  # ten sliders scroll, the plot stays
