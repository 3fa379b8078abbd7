"""The colour bar beside the canvas: its colours and levels, when it shows, when it changes."""


import numpy as np
import pytest
from PySide6.QtGui import QImage, QPainter

from playground.pictures.heatmap import (
    HEATMAP_LUT,
    PASTEL_CLASSES,
    heatmap_rgb,
    regression_limit,
    scale_colors,
)
from playground.session.view_inputs import OutputPicture
from playground.training.protocol import NeuronMap
from playground.ui.views.canvas import CanvasView
from tests.ui.helpers import shown


@pytest.fixture
def canvas(qtbot, doc):
    return shown(qtbot, CanvasView(doc), 600, 500)  # wider: room for the bar beside the box


def bar_colors(canvas):
    """The bar's 256 colours, bottom (low level) to top."""
    return canvas.color_scale.bar.colorMap().getLookupTable(nPts=256, alpha=False)


# --- the colours, without Qt ---------------------------------------------------------------------
def test_scale_colors_are_the_heatmap_colors():
    colors, levels = scale_colors("classification", 2)
    assert levels == (0.0, 1.0)
    assert np.array_equal(colors, HEATMAP_LUT)
    colors, levels = scale_colors("regression", 0, limit=3.5)
    assert levels == (-3.5, 3.5)
    values = np.linspace(-3.5, 3.5, 256, dtype=np.float32)[None]
    assert np.array_equal(colors, heatmap_rgb(values, "regression", 3.5)[0])
    bands, _ = scale_colors("regression", 0, limit=2.0, discretize=True)
    assert len(np.unique(bands, axis=0)) == 10
    two, _ = scale_colors("classification", 2, discretize=True)
    assert np.array_equal(np.unique(two, axis=0), np.unique(PASTEL_CLASSES[:2], axis=0))
    assert scale_colors("classification", 3) is None


# --- the bar on the canvas -----------------------------------------------------------------------
def test_binary_bar(canvas, doc):
    scale = canvas.color_scale
    assert doc.points.n_classes == 2 and scale.is_shown() and scale.bar.isVisible()
    assert scale.bar.levels() == (0.0, 1.0)
    assert np.array_equal(bar_colors(canvas), HEATMAP_LUT)
    assert scale.bar.axis.labelText == "p(class 2)"  # the second class, orange at the top
    doc.rename_class(1, "orange")
    assert scale.bar.axis.labelText == "p(orange)"


def test_regression_bar_follows_the_limit(canvas, doc):
    doc.set_task("regression")
    scale = canvas.color_scale
    limit = regression_limit(doc.points.values)
    assert scale.is_shown() and scale.bar.levels() == (-limit, limit)
    assert scale.bar.axis.labelText == "prediction"
    doc.add_points(np.array([[0.5, 0.5]]), 7.5, "Add point")
    assert scale.bar.levels() == (-7.5, 7.5)
    values = np.linspace(-7.5, 7.5, 256, dtype=np.float32)[None]
    assert np.array_equal(bar_colors(canvas), heatmap_rgb(values, "regression", 7.5)[0])
    doc.undo_stack.undo()
    assert scale.bar.levels() == (-limit, limit)


def test_no_bar_for_three_classes(canvas, doc):
    doc.set_n_classes(3)
    scale = canvas.color_scale
    assert not scale.is_shown() and not scale.bar.isVisible()
    assert scale.bar.parentLayoutItem() is None  # its column is gone from the plot too
    doc.set_n_classes(2)
    assert scale.is_shown() and scale.bar.isVisible()


def test_bar_beside_the_box(canvas, doc):
    """The bar is right of the view box, inside the canvas, and the box stays square."""
    vb = canvas._vb.sceneBoundingRect()
    bar = canvas.color_scale.bar.sceneBoundingRect()
    assert bar.left() > vb.right()
    plot = canvas._plot
    assert plot.geometry().right() <= canvas.width()
    assert plot.mapFromScene(bar.topRight()).x() <= plot.width()
    assert abs(vb.width() - vb.height()) < 0.05 * vb.height()
    doc.set_n_classes(3)  # without the bar the plot is square again
    assert plot.width() == plot.height()


def test_discretized_bar(canvas, doc):
    canvas.set_discretize(True)
    colors = bar_colors(canvas)
    assert len(np.unique(colors, axis=0)) == 2
    assert np.array_equal(colors[0], PASTEL_CLASSES[0])
    assert np.array_equal(colors[-1], PASTEL_CLASSES[1])
    canvas.set_discretize(False)
    assert np.array_equal(bar_colors(canvas), HEATMAP_LUT)


def test_snapshots_do_not_rebuild_the_bar(canvas, doc, monkeypatch):
    bar = canvas.color_scale.bar
    calls = []
    monkeypatch.setattr(bar, "setColorMap", lambda cmap: calls.append(cmap))
    monkeypatch.setattr(bar, "setLevels", lambda *a, **k: calls.append(a))
    for p in (0.2, 0.4, 0.6):
        canvas.show_output(OutputPicture(doc.config.task, np.full((8, 8), p, np.float32)))
    doc.add_points(np.array([[0.5, 0.5]]), 1, "Add point")  # same task, classes, limit
    assert calls == []
    canvas.set_discretize(True)
    assert len(calls) == 2  # one change: the map and the levels set once


# --- what the bar's axis paints ------------------------------------------------------------------
def drawn_ticks(axis):
    """The tick labels the bar's axis paints: (text, rectangle in the axis's coordinates)."""
    image = QImage(max(1, int(axis.width())), max(1, int(axis.height())),
                   QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(text, rect) for rect, _flags, text in texts]


def tick_numbers(ticks):
    return [float(text.replace("−", "-")) for text, _ in ticks]


def title_rect(axis):
    """Where the bar's title is drawn, in the axis's coordinates (its text, not the margins)."""
    m = axis.label.document().documentMargin()
    return axis.label.mapRectToParent(axis.label.boundingRect().adjusted(m, m, -m, -m))


def assert_readable(axis):
    """The ticks are the values themselves (no "(x0.001)" scaling) and the title lies clear of
    every tick label."""
    assert "x0" not in axis.labelString() and "(x" not in axis.labelString()
    ticks = drawn_ticks(axis)
    assert ticks
    title = title_rect(axis)
    assert not any(rect.intersects(title) for _, rect in ticks), (title, ticks)
    return ticks


def test_a_neurons_bar_reads_its_real_range(canvas):
    """Issue 16: a neuron whose outputs span -0.75 .. 0.72 read "800 ... -800 (x0.001)"."""
    image = np.linspace(-0.75, 0.72, 24 * 24, dtype=np.float32).reshape(24, 24)
    canvas.show_focus(NeuronMap(0, 2, image, -0.75, 0.72))
    axis = canvas.color_scale.bar.axis
    assert canvas.color_scale.bar.levels() == (-0.8, 0.8)
    values = tick_numbers(assert_readable(axis))
    assert min(values) == pytest.approx(-0.8) and max(values) == pytest.approx(0.8)
    assert 0.0 in values


@pytest.mark.parametrize("target", [0.004, 2500.0])
def test_a_regression_bar_reads_its_real_range(canvas, doc, target):
    doc.set_task("regression")
    doc.replace_points(doc.points.__class__(np.array([[1.0, 1.0], [-1.0, -1.0]]),
                                            np.array([target, -target]), np.array([True, True]),
                                            "regression", 0), "Two points")
    limit = regression_limit(doc.points.values)
    axis = canvas.color_scale.bar.axis
    values = tick_numbers(assert_readable(axis))
    assert min(values) == pytest.approx(-limit) and max(values) == pytest.approx(limit)


def test_the_binary_bars_title_is_clear_of_its_ticks(canvas):
    values = tick_numbers(assert_readable(canvas.color_scale.bar.axis))
    assert min(values) == 0.0 and max(values) == 1.0
