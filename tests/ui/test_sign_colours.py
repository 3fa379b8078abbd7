"""Issue 16, item 12: a colour means one sign in every view.

The regression heatmap painted negative values blue while the network diagram painted positive
weights blue. Each test samples how one view colours a negative and a positive value and checks
it against the one convention (``pictures.colors``), and that the legend or colour bar of the
view says it.
"""

from __future__ import annotations

import dataclasses
import functools

import numpy as np
import pytest
from PySide6.QtGui import QTextDocument

from playground.data.datasets import make_dataset
from playground.data.points import PointSet
from playground.pictures.colors import SIGN_LEGEND, SIGN_NAMES
from playground.pictures.gif import frame_caption, frame_image
from playground.pictures.heatmap import heatmap_rgb, point_rgb, scale_colors
from playground.session.replay import Frame
from playground.session.view_inputs import NetworkPicture
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import NeuronMap, Step
from playground.ui.views.focus_map import focus_rgb
from playground.ui.views.hidden_space_view import PointStyles
from playground.ui.views.network_view import NetworkView
from tests.ui.helpers import shown
from tests.ui.probes import bias_brush, edge_pen


def hue(rgb) -> str:
    """The two colours of the palette's first pair, told apart however light the tint: blue
    has more blue than red, orange more red than blue."""
    r, _g, b = (int(c) for c in list(rgb)[:3])
    assert r != b, f"{rgb} is neither blue nor orange"
    return "blue" if b > r else "orange"


def qhue(color) -> str:
    return hue((color.red(), color.green(), color.blue()))


# The convention, as the canvas's regression heatmap paints it: every view must agree.
NEGATIVE, POSITIVE = (hue(c) for c in heatmap_rgb(np.array([[-1.0, 1.0]]), "regression")[0])


def test_the_convention_is_declared_once_and_names_its_colours():
    assert NEGATIVE != POSITIVE
    assert SIGN_NAMES == {"negative": NEGATIVE, "positive": POSITIVE}
    assert f"{NEGATIVE}: negative" in SIGN_LEGEND and f"{POSITIVE}: positive" in SIGN_LEGEND


def test_pictures_without_qt_agree():
    values = np.array([-0.7, 0.7])
    points = point_rgb(values, "regression", 1.0)
    assert [hue(c) for c in points] == [NEGATIVE, POSITIVE]  # canvas, hidden space, GIF
    colors, levels = scale_colors("regression", 0, limit=2.0)  # the canvas's colour bar
    assert levels[0] < 0 < levels[1]
    assert (hue(colors[0]), hue(colors[-1])) == (NEGATIVE, POSITIVE)
    neuron = focus_rgb(values[None].astype(np.float32), 1.0)[0]  # a hovered neuron's map
    assert [hue(c) for c in neuron] == [NEGATIVE, POSITIVE]
    bands = focus_rgb(values[None].astype(np.float32), 1.0, discretize=True)[0]
    assert [hue(c) for c in bands] == [NEGATIVE, POSITIVE]


def test_the_replay_gif_agrees():
    points = PointSet(np.array([[-3.0, 0.0], [3.0, 0.0]]), np.array([-1.0, 1.0]),
                      np.array([True, True]), "regression", 0)
    heat = np.where(np.arange(20) < 10, -0.8, 0.8).astype(np.float16)[None].repeat(20, 0)
    frame = Frame(epoch=3, train_loss=0.5, heatmap=heat, neurons=(), weights=(), biases=())
    image = np.asarray(frame_image(frame, points, 200))
    assert hue(image[10, 10]) == NEGATIVE and hue(image[10, 190]) == POSITIVE
    assert frame_caption(frame, "regression")[1] == f"{NEGATIVE} < 0 < {POSITIVE}"
    assert frame_caption(frame, "classification")[1] == ""  # the colours are the classes
    captioned = np.asarray(frame_image(frame, points, 360))[-20:]
    assert (captioned[:, 200:] < 128).any()  # drawn where there is room for it


@functools.cache
def _snapshot():
    points = make_dataset("circle", n=60, noise=0.1, seed=0, train_ratio=0.5)
    config = TrainConfig(hidden_layers=(3,), activations=("tanh",))
    loop = TrainingLoop(config, points, resolution=16, neuron_resolution=8)
    loop.send(Step(1))
    snap = loop.poll()
    assert snap is not None
    return snap


@pytest.fixture
def net(qtbot):
    return shown(qtbot, NetworkView(), 360, 220)  # small: the legend takes a good part


def plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def _pixel_hues(item, where):
    image = item.picture.pixmap().toImage()
    return [qhue(image.pixelColor(x, y)) for x, y in where]


def test_the_network_diagram_agrees_and_says_so(net):
    snap = _snapshot()
    w0, w1 = (w.copy() for w in snap.weights)
    w0[0, 0], w0[1, 0] = -1.5, 1.5  # link x1 -> unit 1 negative, x2 -> unit 1 positive
    b0 = snap.biases[0].copy()
    b0[0], b0[1] = -0.8, 0.8
    r = snap.neurons[0].shape[0]
    grid = np.ones_like(snap.neurons[0])
    grid[:, : r // 2, :] = -1.0  # every hidden unit: negative on the left, positive on the right
    snap = dataclasses.replace(snap, weights=(w0, w1), biases=(b0, snap.biases[1]),
                               neurons=(grid,))
    net.show_network(NetworkPicture.of_snapshot(snap))
    assert (qhue(edge_pen(net, 0, 0, 0).color()), qhue(edge_pen(net, 0, 1, 0).color())) == (
        NEGATIVE, POSITIVE)
    assert (qhue(bias_brush(net, 0, 0).color()), qhue(bias_brush(net, 0, 1).color())) == (
        NEGATIVE, POSITIVE)
    hidden = net.columns[1].items[0]
    assert _pixel_hues(hidden, [(0, r // 2), (r - 1, r // 2)]) == [NEGATIVE, POSITIVE]
    x1 = net.columns[0].items[0]  # the input x1: negative left of the origin
    side = x1.picture.pixmap().width()
    assert _pixel_hues(x1, [(0, side // 2), (side - 1, side // 2)]) == [NEGATIVE, POSITIVE]
    # the legend says it, with the gradient overlay on or off, clear of the diagram
    for overlay in (False, True):
        net.set_gradient_overlay(overlay)
        assert net.legend.isVisible() and SIGN_LEGEND in plain(net.legend.text())
        drawn = net.mapFromScene(net.scene().itemsBoundingRect()).boundingRect()
        assert not drawn.intersects(net.legend.geometry()), (drawn, net.legend.geometry())


def test_a_neurons_map_on_the_canvas_agrees(canvas):
    image = np.where(np.arange(24) < 12, -0.6, 0.6).astype(np.float32)[None].repeat(24, 0)
    canvas.show_focus(NeuronMap(0, 0, image, -0.6, 0.6))
    shown_rgb = canvas.image.image
    assert (hue(shown_rgb[5, 0]), hue(shown_rgb[5, -1])) == (NEGATIVE, POSITIVE)
    bar = canvas.color_scale.bar
    colors = bar.colorMap().getLookupTable(nPts=256, alpha=False)
    assert bar.levels()[0] < 0 and (hue(colors[0]), hue(colors[-1])) == (NEGATIVE, POSITIVE)


def test_the_hidden_space_agrees():
    points = PointSet(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([-2.0, 2.0]),
                      np.array([True, True]), "regression", 0)
    brushes, _pens = PointStyles().styles(points, np.arange(2))
    assert [qhue(b.color()) for b in brushes] == [NEGATIVE, POSITIVE]
