"""A multi-label set in the window: opened from a CSV, one chosen label shown on the canvas
(its map, the points by their 0/1 for it), drawing gives the chosen label, the status line's
exact match and the chosen label's accuracy, no conversion to or from drawn data."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent

from playground.data.points_csv import read_points_csv
from playground.pictures.colors import CLASS_RGB
from playground.pictures.heatmap import heatmap_rgb
from playground.session.view_inputs import OutputPicture
from tests.ui.helpers import send
from tests.ui.test_window import LEFT, NONE, first_snapshot, train, wait_for

NAMES = ["east", "north", "far"]


@pytest.fixture
def labelled_csv(tmp_path):
    rng = np.random.default_rng(3)
    xy = rng.uniform(-5, 5, (60, 2)).round(3)
    rows = [f"{x},{y},{int(x > 0)},{int(y > 0)},{int(np.hypot(x, y) > 4)}" for x, y in xy]
    path = tmp_path / "labels.csv"
    path.write_text("x1,x2," + ",".join(f"label_{n}" for n in NAMES) + "\n"
                    + "\n".join(rows) + "\n")
    return path


@pytest.fixture
def ml_window(window, labelled_csv):
    assert window.files.import_points(str(labelled_csv))
    return window


def _point_colours(canvas, doc):
    data = canvas.scatter.data
    train = doc.points.is_train
    order = np.concatenate([np.flatnonzero(train), np.flatnonzero(~train)])
    colours = []
    for i in range(len(order)):
        item = data["brush"][i] if train[order[i]] else data["pen"][i]
        c = item.color()
        colours.append((c.red(), c.green(), c.blue()))
    return order, np.array(colours)


def test_a_multilabel_csv_opens_with_its_labels_and_a_network_of_one_output_each(ml_window):
    doc = ml_window.document
    assert doc.points.task == "multilabel" and doc.points.values.shape == (60, 3)
    assert doc.class_names == NAMES
    assert doc.config.task == "multilabel" and doc.config.layer_sizes[-1] == 3
    panel = ml_window.data_panel
    assert panel.task.currentData() == "multilabel" and not panel.task.isEnabled()
    assert "file" in panel.task.toolTip()
    assert [b.toolTip().split(" (")[0] for b in panel.class_group.buttons()] == NAMES


def test_the_canvas_shows_the_chosen_labels_points_and_map(qtbot, ml_window):
    w, doc = ml_window, ml_window.document
    for label in (0, 2):
        w.data_panel.select_class(label)
        order, colours = _point_colours(w.canvas, doc)
        want = CLASS_RGB[doc.points.values[order, label]].round().astype(int)
        np.testing.assert_array_equal(colours, want)
    snap = wait_for(qtbot, w, lambda s: s.heatmap is not None and s.heatmap.ndim == 3)
    assert snap.heatmap.shape[-1] == 3  # every output's map travels
    w.canvas.show_output(OutputPicture.of_snapshot(snap))
    for label in (1, 2):
        w.data_panel.select_class(label)
        want = heatmap_rgb(snap.heatmap[..., label], "classification")
        np.testing.assert_array_equal(w.canvas.image.image, want)


def test_the_status_line_gives_exact_match_and_the_chosen_labels_accuracy(qtbot, ml_window):
    w = ml_window
    w.data_panel.select_class(1)
    snap = train(qtbot, w, 3)
    text = w.status_label.text()
    m = snap.metrics
    assert "exact match" in text and "north" in text
    assert f"{100 * m.train_label_accuracy[1]:.1f}%" in text
    w.data_panel.select_class(2)
    assert "far" in w.status_label.text()


def test_drawing_gives_the_chosen_label_1_and_the_others_0(qtbot, ml_window):
    w, doc = ml_window, ml_window.document
    first_snapshot(qtbot, w)
    w.data_panel.select_class(1)
    n = len(doc.points)
    canvas = w.canvas
    send(canvas, QEvent.Type.MouseButtonPress, 1.0, -2.0, LEFT, LEFT)
    send(canvas, QEvent.Type.MouseButtonRelease, 1.0, -2.0, LEFT, NONE)
    assert len(doc.points) == n + 1
    assert doc.points.values[-1].tolist() == [0, 1, 0]
    assert "as 1 and the other labels as 0" in w.data_panel.class_label.text()


def test_hovering_a_point_reads_its_labels(qtbot, ml_window):
    w, doc = ml_window, ml_window.document
    x, y = doc.points.coords[0]
    w.readout.show_at(float(x), float(y))
    on = [n for n, v in zip(NAMES, doc.points.values[0]) if v]
    assert all(n in w.readout.text() for n in on)


def test_drawn_data_cannot_become_multilabel(window):
    panel = window.data_panel
    item = panel.task.model().item(panel.task.findData("multilabel"))
    assert not item.isEnabled()
    assert window.document.points.task == "classification"


def test_exported_points_keep_their_label_columns(ml_window, tmp_path, labelled_csv):
    out = tmp_path / "out.csv"
    assert ml_window.files.export_points(str(out))
    assert out.read_text().splitlines()[0] == "x1,x2,label_east,label_north,label_far"
    again = read_points_csv(out)
    np.testing.assert_array_equal(again.values, ml_window.document.points.values)


def test_undoing_the_import_brings_the_drawn_classes_back(qtbot, window, labelled_csv):
    doc = window.document
    before, config = doc.points, doc.config
    assert window.files.import_points(str(labelled_csv))
    assert doc.config.task == "multilabel"
    window.commands["edit.undo"].trigger()
    assert doc.points.equals(before) and doc.config == config
    assert window.data_panel.task.isEnabled()
    window.commands["edit.redo"].trigger()
    assert doc.points.task == "multilabel" and doc.class_names == NAMES
    assert wait_for(qtbot, window, lambda s: s.config.task == "multilabel").heatmap.shape[-1] == 3


def test_the_loss_plots_accuracy_is_named_the_exact_match(qtbot, ml_window):
    w = ml_window
    train(qtbot, w, 3)
    qtbot.waitUntil(lambda: "train exact match" in w.loss_plot.legend.text(), timeout=5000)
    assert "train acc " not in w.loss_plot.legend.text()
