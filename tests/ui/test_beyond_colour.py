"""Issue 20, item 3: beyond colour. Each class has its own marker on the canvas, the canvas
carries a key (training / test, and each class with its colour and name), View ▸ Colours
offers a colour-blind-safe set, and View ▸ High contrast a strong theme."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from playground.data.datasets import make_dataset
from playground.data.points import PointSet
from playground.pictures.colors import SAFE, STANDARD
from playground.pictures.markers import class_marker
from playground.session.view_inputs import OutputPicture
from playground.ui.views.canvas import CanvasView


def four_classes(doc, names=("apple", "pear", "plum", "fig")):
    points = make_dataset("blobs", n=80, seed=2, n_classes=4, train_ratio=0.5)
    doc.replace_points(points, "Blobs", class_names=list(names))
    return points


@pytest.fixture
def canvas(qtbot, doc):
    c = CanvasView(doc)
    qtbot.addWidget(c)
    c.resize(500, 500)
    c.show()
    return c


def test_each_class_is_drawn_in_its_own_shape(canvas, doc):
    points = four_classes(doc)
    markers = canvas.point_markers()
    order = np.concatenate([np.flatnonzero(points.is_train), np.flatnonzero(~points.is_train)])
    assert markers == [class_marker(int(v)) for v in points.values[order]]
    assert len(set(markers)) == 4
    # a point drawn later (appended, not redrawn) takes its class's shape too
    doc.set_current_class(2)
    doc.add_points(np.array([[0.5, 0.5]]), 2, "Add point")
    assert canvas.point_markers().count(class_marker(2)) == (points.values == 2).sum() + 1


def test_the_key_names_each_class_with_its_colour_and_shape(canvas, doc):
    four_classes(doc)
    entries = canvas.key.entries()
    classes = [e for e in entries if e[2] is not None]
    assert [name for name, _shape, _color in classes] == ["apple", "pear", "plum", "fig"]
    assert [shape for _n, shape, _c in classes] == [class_marker(k) for k in range(4)]
    assert [color for *_rest, color in classes] == list(STANDARD.class_colors[:4])
    labels = [label.text for _sample, label in canvas.key.legend.items]
    assert labels[-4:] == ["apple", "pear", "plum", "fig"]  # what the legend item shows
    doc.rename_class(1, "quince")
    assert "quince" in [label.text for _sample, label in canvas.key.legend.items]


def test_the_key_shows_filled_training_and_hollow_test(canvas, doc):
    labels = [label.text for _sample, label in canvas.key.legend.items]
    assert any("Training" in t for t in labels) and any("Test" in t for t in labels)
    samples = {label.text: sample.item for sample, label in canvas.key.legend.items}
    train = next(v for k, v in samples.items() if "Training" in k)
    test = next(v for k, v in samples.items() if "Test" in k)
    assert train.opts["brush"].style() != test.opts["brush"].style()  # filled vs hollow


def test_the_key_moves_off_the_points(canvas, doc):
    rng = np.random.default_rng(0)
    corner = rng.uniform(3.5, 5.5, (60, 2))  # every point in the top right
    doc.replace_points(PointSet(corner, np.zeros(60, np.int64), np.ones(60, bool),
                                "classification", 2), "Corner")
    canvas.reset_view()
    assert canvas.key.corner() != "top-right"
    legend = canvas.key.legend.mapRectToItem(canvas.key.legend.parentItem(),
                                             canvas.key.legend.boundingRect())
    vb = canvas.key.legend.parentItem()
    covered = [vb.mapFromView(QPointF(x, y)) for x, y in corner]
    assert not any(legend.contains(p) for p in covered)


def test_the_key_is_on_the_canvas_in_full_canvas_mode(make_window):
    w = make_window()
    w.layout_.full_canvas_action.trigger()
    assert not w.data_panel.isVisible()  # the Draw panel's text is gone ...
    legend = w.canvas.key.legend
    assert legend.isVisible() and legend.scene() is not None  # ... the key is there
    labels = [label.text for _sample, label in legend.items]
    assert any("Training" in t for t in labels) and any("Test" in t for t in labels)


def _binary_heatmap(canvas):
    p = np.linspace(0.0, 1.0, 16, dtype=np.float32)[None].repeat(16, 0)
    canvas.show_output(OutputPicture(heatmap=p, task="classification",
                                     extent=(-6.0, 6.0, -6.0, 6.0)))
    return canvas.image.image.copy()


def test_colour_blind_colours_change_the_heatmap_and_survive_a_restart(make_window):
    w = make_window()
    w.document.replace_points(make_dataset("xor", n=40, seed=1), "XOR")
    before = _binary_heatmap(w.canvas)
    bar_before = w.canvas.color_scale.bar.colorMap().getLookupTable(nPts=8)
    safe = w.commands["view.colors.safe"]
    safe.trigger()
    assert w.canvas.color_palette() == SAFE
    after = _binary_heatmap(w.canvas)
    assert not np.array_equal(before, after)
    bar_after = w.canvas.color_scale.bar.colorMap().getLookupTable(nPts=8)
    assert not np.array_equal(bar_before, bar_after)
    w.close()
    again = make_window()
    assert again.commands["view.colors.safe"].isChecked()
    assert again.canvas.color_palette() == SAFE
    again.commands["view.colors.standard"].trigger()
    assert again.canvas.color_palette() == STANDARD


def test_high_contrast_changes_the_palette_and_survives_a_restart(make_window, qtbot):
    w = make_window()
    text_before = QApplication.palette().color(QPalette.ColorRole.WindowText)
    window_before = QApplication.palette().color(QPalette.ColorRole.Window)
    boundary_before = w.canvas.boundary.opts["pen"].widthF()
    w.commands["view.high_contrast"].trigger()
    qtbot.waitUntil(lambda: w.palette().color(QPalette.ColorRole.Window) != window_before)
    palette = w.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() in (0, 255)
    text = palette.color(QPalette.ColorRole.WindowText)
    assert abs(text.lightness() - palette.color(QPalette.ColorRole.Window).lightness()) == 255
    assert w.canvas.boundary.opts["pen"].widthF() > boundary_before
    w.close()
    again = make_window()
    assert again.commands["view.high_contrast"].isChecked()
    again.commands["view.high_contrast"].trigger()  # off: the palette as it was
    qtbot.waitUntil(lambda: again.palette().color(QPalette.ColorRole.Window) == window_before)
    assert again.palette().color(QPalette.ColorRole.WindowText) == text_before


def test_class_buttons_show_their_shape(qtbot):  # qtbot: a QApplication for the pixmaps
    from playground.ui.icons import swatch_icon

    circle = swatch_icon("#0072B2", "1", "circle").pixmap(24, 24).toImage()
    square = swatch_icon("#0072B2", "1", "square").pixmap(24, 24).toImage()
    assert circle.pixelColor(2, 2) != square.pixelColor(2, 2)  # a square fills its corner




def test_an_exported_image_carries_the_key(make_window, tmp_path):
    from PIL import Image

    w = make_window()
    four_classes(w.document)
    with_key, without_key = tmp_path / "key.png", tmp_path / "bare.png"
    assert w.files.export_image(str(with_key), 600, 600)
    w.canvas.key.legend.hide()
    assert w.files.export_image(str(without_key), 600, 600)
    a = np.asarray(Image.open(with_key).convert("RGB")).astype(int)
    b = np.asarray(Image.open(without_key).convert("RGB")).astype(int)
    differs = np.abs(a - b).sum(axis=2) > 30
    assert differs.sum() > 1000  # the key's box, samples and names
