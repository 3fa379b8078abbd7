"""The colour bar beside the canvas: its colours and levels, when it shows, when it changes."""

from types import SimpleNamespace

import numpy as np
import pytest

from playground.pictures.heatmap import (
    HEATMAP_LUT,
    PASTEL_CLASSES,
    heatmap_rgb,
    regression_limit,
    scale_colors,
)
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
    assert scale.bar.axis.labelText == "p(class 1)"
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
        canvas.show_snapshot(SimpleNamespace(heatmap=np.full((8, 8), p, np.float32),
                                             config=doc.config))
    doc.add_points(np.array([[0.5, 0.5]]), 1, "Add point")  # same task, classes, limit
    assert calls == []
    canvas.set_discretize(True)
    assert len(calls) == 2  # one change: the map and the levels set once
