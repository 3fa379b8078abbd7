"""The network diagram as an instrument: counts, colours, the gradient overlay, hovering,
typing values, the neuron menu, frozen and pruned looks, zoom, its cost on wide layers, and
the canvas showing a hovered neuron's map."""

from __future__ import annotations

import dataclasses
import functools
import time

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from playground.data.datasets import make_dataset
from playground.pictures.heatmap import heatmap_rgb
from playground.session.view_inputs import NetworkPicture, OutputPicture
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import Inspection, NeuronMap, SetViews, Step, ViewRequest
from playground.ui.views.focus_map import focus_rgb
from playground.ui.views.network_editing import parse_value
from playground.ui.views.network_layout import MAX_SHOWN, Layout, Target
from playground.ui.views.network_view import NetworkView
from tests.ui.helpers import LEFT, NONE, shown
from tests.ui.probes import (
    bias_brush,
    bias_scene_pos,
    edge_pen,
    edge_width,
    halo_width,
    link_count,
    link_scene_pos,
    neuron_count,
    neuron_look,
    neuron_scene_pos,
    node_pixels,
    node_scene_pos,
)


@functools.cache
def points():
    return make_dataset("circle", n=120, noise=0.1, seed=0, train_ratio=0.5)


@functools.cache
def snapshot(hidden=(4, 2), activation="tanh", gradients=True, frozen=(), pruned=(),
             neuron_resolution=8):
    config = TrainConfig(hidden_layers=hidden, activations=(activation,) * len(hidden),
                         frozen=frozen, pruned=pruned)
    loop = TrainingLoop(config, points(), resolution=32, neuron_resolution=neuron_resolution)
    if gradients:
        loop.send(SetViews(ViewRequest(gradients=True)))
    loop.send(Step(1))
    snap = loop.poll()
    assert snap is not None and (snap.inspection is not None) == gradients
    return snap


@pytest.fixture
def net(qtbot):
    return shown(qtbot, NetworkView(), 700, 400)


class Recorder:
    def __init__(self, *signals):
        self.calls = []
        for signal in signals:
            signal.connect(lambda *args, s=signal: self.calls.append(args))


def mouse(net, kind, scene_pos, button=NONE, buttons=NONE):
    pos = QPointF(net.mapFromScene(scene_pos))
    viewport = net.viewport()
    event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def click(net, scene_pos):
    mouse(net, QEvent.Type.MouseButtonPress, scene_pos, LEFT, LEFT)
    mouse(net, QEvent.Type.MouseButtonRelease, scene_pos, LEFT, NONE)


def with_weight(snap, layer, i, j, value):
    weights = [w.copy() for w in snap.weights]
    weights[layer][i, j] = value
    return dataclasses.replace(snap, weights=tuple(weights))


# --- what is drawn --------------------------------------------------------------------------
@pytest.mark.parametrize("hidden", [(4, 2), (1,), (8,) * 8, (20, 3), (256, 256, 256)])
def test_counts_follow_the_summary_rule(net, hidden):
    snap = snapshot(hidden, gradients=False)
    net.show_network(NetworkPicture.of_snapshot(snap))
    # a layer is drawn whole when the view's height has room for it at full size, else a
    # window of as many units as leave room for its markers
    whole, rows = net.layout_.whole, net.layout_.rows
    assert 1 <= rows <= whole <= MAX_SHOWN
    shown_units = [n if n <= whole else rows for n in snap.config.layer_sizes]
    assert neuron_count(net) == sum(shown_units)
    assert link_count(net) == sum(a * b for a, b in zip(shown_units, shown_units[1:]))
    for column, units in zip(net.columns, snap.config.layer_sizes):
        more = column.more
        assert (more.text() if more else None) == (
            f"+{units - rows} more ▼" if units > whole else None)


def test_link_and_bias_colours_follow_the_sign(net):
    snap = snapshot()
    net.show_network(NetworkPicture.of_snapshot(with_weight(snap, 0, 1, 2, 2.0)))
    orange = edge_pen(net, 0, 1, 2)  # positive: orange, as on the canvas (test_sign_colours)
    assert orange.color().red() > orange.color().blue()
    net.flush()
    net._draw(NetworkPicture.of_snapshot(with_weight(snap, 0, 1, 2, -2.0)))
    blue = edge_pen(net, 0, 1, 2)
    assert blue.color().blue() > blue.color().red()
    assert orange.widthF() == pytest.approx(blue.widthF())
    biases = [b.copy() for b in snap.biases]
    biases[0][1], biases[0][2] = 1.5, -1.5
    net._draw(NetworkPicture.of_snapshot(dataclasses.replace(snap, biases=tuple(biases))))
    positive, negative = bias_brush(net, 0, 1).color(), bias_brush(net, 0, 2).color()
    assert positive.red() > positive.blue() and negative.blue() > negative.red()


def test_gradient_overlay_widths_follow_the_gradients(net):
    snap = snapshot()
    weights = [np.full_like(w, 0.5) for w in snap.weights]
    weights[0][1, 0] = 2.5  # by weight, link (1 -> 0) is the wider
    grads = [np.full_like(w, 1e-6) for w in snap.weights]
    grads[0][0, 0], grads[0][1, 0] = 1e-1, 1e-4  # by gradient, (0 -> 0) is
    deltas = tuple(np.full(w.shape[1], 1e-3) for w in snap.weights)
    deltas[0][3] = 1e-1
    ins = Inspection(snap.epoch, tuple(grads), tuple(np.zeros_like(b) for b in snap.biases),
                     deltas, np.zeros((len(weights), 5)))
    snap = dataclasses.replace(snap, weights=tuple(weights), inspection=ins)
    net.show_network(NetworkPicture.of_snapshot(snap))
    assert not net.gradient_overlay and "Gradient flow" not in net.legend.text()
    assert edge_width(net, 0, 1, 0) > edge_width(net, 0, 0, 0)
    assert halo_width(net, 0, 3) is None

    net.set_gradient_overlay(True)
    assert net.gradient_overlay and "Gradient flow" in net.legend.text()
    assert edge_width(net, 0, 0, 0) > edge_width(net, 0, 1, 0) > edge_width(net, 1, 0, 0)
    assert halo_width(net, 0, 3) > halo_width(net, 0, 0)
    # keeps the gradients
    net._draw(NetworkPicture.of_snapshot(dataclasses.replace(snap, inspection=None, reset=False)))
    assert edge_width(net, 0, 0, 0) > edge_width(net, 0, 1, 0)

    net.set_gradient_overlay(False)
    assert edge_width(net, 0, 1, 0) > edge_width(net, 0, 0, 0)
    assert halo_width(net, 0, 3) is None and "Gradient flow" not in net.legend.text()


def test_gradient_overlay_shows_vanishing_gradients_and_waits_for_them(net):
    net.set_gradient_overlay(True)
    net.show_network(NetworkPicture.of_snapshot(snapshot((8,) * 6, gradients=False)))
    assert "not measured yet" in net.legend.text()
    net._draw(NetworkPicture.of_snapshot(snapshot((8,) * 6, activation="sigmoid")))
    widths = [np.mean([line.pen().widthF() for line in links]) for links in net.edges]
    assert widths[0] < widths[3] < widths[-1]  # early layers' gradients vanish


# --- the pointer ----------------------------------------------------------------------------
def test_hovering_a_neuron_emits_it_and_none_on_leaving(net):
    net.show_network(NetworkPicture.of_snapshot(snapshot()))
    hovered = Recorder(net.sigNeuronHovered)
    inside = Recorder(net.sigPointerInside)
    QApplication.sendEvent(net.viewport(), QEvent(QEvent.Type.Enter))
    move = QEvent.Type.MouseMove
    mouse(net, move, neuron_scene_pos(net, 0, 2))
    mouse(net, move, neuron_scene_pos(net, 0, 2) + QPointF(3, 3))  # same neuron: no signal
    mouse(net, move, node_scene_pos(net, 0, 0))  # an input: not a hidden neuron
    mouse(net, move, neuron_scene_pos(net, 1, 1))
    mouse(net, move, link_scene_pos(net, 1, 0, 1))
    mouse(net, move, neuron_scene_pos(net, 1, 0))
    assert net.columns[2].items[0].hovered
    QApplication.sendEvent(net.viewport(), QEvent(QEvent.Type.Leave))
    assert hovered.calls == [((0, 2),), (None,), ((1, 1),), (None,), ((1, 0),), (None,)]
    assert inside.calls == [(True,), (False,)]
    assert not net.columns[2].items[0].hovered


def test_targets_and_their_text(net):
    net.show_network(NetworkPicture.of_snapshot(snapshot(gradients=False)))
    at = net.target_at
    assert at(link_scene_pos(net, 0, 1, 2)) == Target("link", 0, 1, 2)
    assert at(bias_scene_pos(net, 1, 1)) == Target("bias", 1, 1)
    assert at(neuron_scene_pos(net, 1, 0)) == Target("neuron", 2, 0)
    assert at(QPointF(-500, -500)) is None
    text = net.hover_text(Target("link", 0, 1, 2))
    assert "w = " in text and "gradient: not measured yet" in text
    net._draw(NetworkPicture.of_snapshot(snapshot()))
    text = net.hover_text(Target("link", 0, 1, 2))
    g = net.inspection.grad_weights[0][1, 2]
    assert f"∂L/∂w = {g:.3g}".replace("-", "−") in text
    assert "∂L/∂b" in net.hover_text(Target("bias", 1, 1))
    assert "mean |δ|" in net.hover_text(Target("neuron", 1, 0))


def test_clicking_a_link_types_a_weight(net, qtbot):
    snap = snapshot()
    net.show_network(NetworkPicture.of_snapshot(snap))
    typed = Recorder(net.sigWeightTyped)
    click(net, link_scene_pos(net, 0, 1, 2))
    editor = net.editor
    assert editor is not None and editor.isVisible()
    assert float(editor.field.text()) == pytest.approx(snap.weights[0][1, 2], rel=1e-5)
    editor.field.setText("banana")
    QTest.keyClick(editor.field, Qt.Key.Key_Return)
    assert editor.isVisible() and "not a number" in editor.error() and typed.calls == []
    editor.field.setText("−0,75")
    QTest.keyClick(editor.field, Qt.Key.Key_Return)
    assert typed.calls == [(0, 1, 2, -0.75)]
    qtbot.waitUntil(lambda: net.editor is None)


def test_clicking_a_bias_types_it_and_escape_cancels(net, qtbot):
    snap = snapshot()
    net.show_network(NetworkPicture.of_snapshot(snap))
    typed = Recorder(net.sigWeightTyped)
    click(net, bias_scene_pos(net, 1, 1))
    editor = net.editor
    assert float(editor.field.text()) == pytest.approx(snap.biases[1][1], rel=1e-5)
    editor.field.setText("0.5")
    QTest.keyClick(editor.field, Qt.Key.Key_Return)
    assert typed.calls == [(1, 4, 1, 0.5)]  # row == fan_in: the bias
    qtbot.waitUntil(lambda: net.editor is None)
    click(net, link_scene_pos(net, 1, 3, 0))
    editor = net.editor
    editor.field.setText("3")
    QTest.keyClick(editor.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: net.editor is None)
    assert typed.calls == [(1, 4, 1, 0.5)]


def test_parse_value():
    assert parse_value(" −1.5e-3 ") == (-1.5e-3, "")
    assert parse_value("2,5")[0] == 2.5
    for bad in ("", "x", "nan", "inf", "1e9"):
        assert parse_value(bad)[0] is None and parse_value(bad)[1]


def test_a_pruned_neurons_parameters_cannot_be_typed(net):
    net.show_network(NetworkPicture.of_snapshot(snapshot(pruned=((0, 1),))))
    for target in (Target("link", 0, 0, 1), Target("link", 1, 1, 0), Target("bias", 0, 1)):
        assert "pruned" in net.edit(target, QPoint(0, 0))
        assert net.editor is None
        assert "Restore it" in net.hover_text(target)
    click(net, link_scene_pos(net, 1, 1, 0))
    assert net.editor is None


# --- freezing and pruning ---------------------------------------------------------------------
def test_neuron_menu_emits_the_chosen_state(net):
    net.show_network(NetworkPicture.of_snapshot(snapshot(frozen=((0, 1),))))
    states = Recorder(net.sigNeuronState)
    menu = net.neuron_menu(0, 1)
    actions = {a.data(): a for a in menu.actions() if a.isCheckable()}
    assert set(actions) == {"active", "frozen", "pruned"}
    assert actions["frozen"].isChecked() and not actions["active"].isChecked()
    actions["frozen"].trigger()  # already frozen: nothing to do
    actions["pruned"].trigger()
    other = {a.data(): a for a in net.neuron_menu(1, 0).actions() if a.isCheckable()}
    assert other["active"].isChecked()
    other["frozen"].trigger()
    assert states.calls == [(0, 1, "pruned"), (1, 0, "frozen")]


def test_right_click_opens_the_menu_of_hidden_neurons_only(net, monkeypatch):
    from PySide6.QtGui import QContextMenuEvent

    net.show_network(NetworkPicture.of_snapshot(snapshot()))
    opened = []
    monkeypatch.setattr(net.pointer, "show_menu",
                        lambda menu, _where: opened.append(menu.actions()[0].text()))
    for scene_pos in (neuron_scene_pos(net, 1, 1), node_scene_pos(net, 0, 0)):
        pos = net.mapFromScene(scene_pos)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                  net.viewport().mapToGlobal(pos))
        QApplication.sendEvent(net.viewport(), event)
    assert opened == ["Neuron 2 of layer 2"]


def test_frozen_and_pruned_looks(net):
    net.show_network(NetworkPicture.of_snapshot(snapshot(frozen=((0, 1),), pruned=((1, 0),))))
    assert [neuron_look(net, 0, k) for k in range(4)] == ["active", "frozen", "active", "active"]
    assert [neuron_look(net, 1, k) for k in range(2)] == ["pruned", "active"]
    frozen = net.columns[1].items[1]
    assert frozen.mark.isVisible() and frozen.frame.pen().style() == Qt.PenStyle.DashLine
    pruned = net.columns[2].items[0]
    assert pruned.picture.opacity() < 0.5 and not pruned.mark.isVisible()
    dotted = Qt.PenStyle.DotLine
    assert all(edge_pen(net, 1, i, 0).style() == dotted for i in range(4))  # into it
    assert edge_pen(net, 2, 0, 0).style() == dotted  # out of it
    assert edge_pen(net, 1, 0, 1).style() != dotted
    net._draw(NetworkPicture.of_snapshot(snapshot()))  # restored
    assert neuron_look(net, 1, 0) == "active" and edge_pen(net, 2, 0, 0).style() != dotted


# --- wide networks, zoom ------------------------------------------------------------------------
def test_three_layers_of_256_draw_quickly(net):
    snap = snapshot((256, 256, 256), neuron_resolution=24)
    net.set_gradient_overlay(True)
    net._draw(NetworkPicture.of_snapshot(snap))
    timings = []
    for k in range(6):
        start = time.perf_counter()
        weights = tuple(w * (1 + k / 10) for w in snap.weights)
        net._draw(NetworkPicture.of_snapshot(dataclasses.replace(snap, weights=weights)))
        timings.append(time.perf_counter() - start)
    print(f"\n[256, 256, 256] NetworkView._draw: {np.median(timings) * 1e3:.2f} ms")
    assert np.median(timings) < 0.05


def test_ctrl_wheel_zooms_and_hits_still_work(net):
    net.show_network(NetworkPicture.of_snapshot(snapshot()))
    fitted = node_pixels(net)
    net.zoom_by(3)
    assert net.zoom > 1 and node_pixels(net) > fitted
    assert net.target_at(link_scene_pos(net, 0, 1, 2)) == Target("link", 0, 1, 2)
    net.reset_zoom()
    assert net.zoom == 1 and node_pixels(net) == pytest.approx(fitted)


def test_layout_hits_without_qt():
    layout = Layout((2, 300, 1))
    assert layout.shown == [2, MAX_SHOWN, 1]
    assert layout.hit(*layout.centre(1, MAX_SHOWN - 1)) == Target("neuron", 1, MAX_SHOWN - 1)
    assert layout.hit(*layout.bias_centre(1, 0)) == Target("bias", 1, 0)
    assert layout.hit(*layout.link_point(1, 7, 0)) == Target("link", 1, 7, 0)
    assert layout.hit(float("nan"), 0.0) is None
    assert Target("bias", 1, 0).param((2, 300, 1)) == (1, 300, 0)


# --- the canvas shows a hovered neuron ---------------------------------------------------------
def test_canvas_shows_a_focused_neuron_and_back(canvas, doc):
    loop = TrainingLoop(doc.config, doc.points, resolution=24)
    loop.send(Step(1))
    snap = loop.poll()
    canvas.show_output(OutputPicture.of_snapshot(snap))
    heat = heatmap_rgb(snap.heatmap, snap.config.task)
    assert np.array_equal(canvas.image.image, heat)
    image = np.linspace(-0.98, 0.97, 24 * 24, dtype=np.float32).reshape(24, 24)
    focus = NeuronMap(0, 2, image, -0.98, 0.97)
    canvas.show_focus(focus)
    assert np.array_equal(canvas.image.image, focus_rgb(image, 1.0))
    label = canvas.focus_map.label
    assert label.isVisible() and label.toPlainText() == "Neuron 3 of layer 1: −0.98 … 0.97"
    assert canvas.color_scale.bar.levels() == (-1.0, 1.0)
    canvas.show_focus(None)
    assert np.array_equal(canvas.image.image, heat) and not label.isVisible()
    assert canvas.color_scale.bar.levels() == (0.0, 1.0)


def test_the_editors_message_is_readable_in_full(net, qtbot):
    net.show_network(NetworkPicture.of_snapshot(snapshot()))
    click(net, link_scene_pos(net, 0, 1, 2))
    editor = net.editor
    for text in ("banana split with cream", "5e9"):  # not a number; out of range
        editor.field.setText(text)
        QTest.keyClick(editor.field, Qt.Key.Key_Return)
        message = editor.message
        assert editor.isVisible() and editor.error() == message.text() != ""
        # every line of the message fits inside the popup: nothing cut off
        assert message.height() >= message.heightForWidth(message.width())
        assert editor.rect().contains(message.geometry())


def test_an_unchanged_value_types_nothing(net, qtbot):
    snap = snapshot()
    net.show_network(NetworkPicture.of_snapshot(snap))
    typed = Recorder(net.sigWeightTyped)
    click(net, link_scene_pos(net, 0, 1, 2))
    QTest.keyClick(net.editor.field, Qt.Key.Key_Return)  # Enter on the value as shown
    qtbot.waitUntil(lambda: net.editor is None)
    click(net, bias_scene_pos(net, 1, 1))
    editor = net.editor
    editor.field.setText(editor.field.text() + " ")  # retyped the same
    QTest.keyClick(editor.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: net.editor is None)
    assert typed.calls == []


# --- the pictures a wide layer's snapshot carries -----------------------------------------------
def _loop(hidden, units):
    config = TrainConfig(hidden_layers=hidden, activations=("tanh",) * len(hidden))
    loop = TrainingLoop(config, points(), resolution=32, neuron_resolution=12)
    loop.send(SetViews(ViewRequest(neuron_units=units)))
    return loop


def _picture(net, layer, unit):
    """The drawn picture of hidden neuron (layer, unit), as (h, w, 3) uint8, row 0 at the top."""
    column = net.columns[layer + 1]
    image = column.items[unit - column.first].picture.pixmap().toImage()
    return np.array([[image.pixelColor(x, y).getRgb()[:3] for x in range(image.width())]
                     for y in range(image.height())], np.uint8)


def test_a_wide_layer_draws_its_shown_units_from_their_pictures_alone(net, qtbot):
    hidden = (3 * MAX_SHOWN, 5)
    whole = _loop(hidden, None).poll()  # every unit's picture (same seed, same weights)
    part = _loop(hidden, net.units_drawn).poll()
    assert [n.shape[2] for n in part.neurons] == [MAX_SHOWN, 5]
    asked = Recorder(net.sigUnitsWanted)
    net.show_network(NetworkPicture.of_snapshot(part))
    drawn = net.grab()  # the diagram as shown
    # nothing it draws was missing (it may say it draws fewer than it was sent)
    assert not drawn.isNull() and all(units <= MAX_SHOWN for (units,) in asked.calls)
    reference = shown(qtbot, NetworkView(), net.width(), net.height())
    reference._draw(NetworkPicture.of_snapshot(whole))
    for layer, size in enumerate(hidden):
        units = net.visible_units(layer + 1)
        assert len(net.columns[layer + 1].items) == len(units) == (
            size if size <= net.layout_.whole else net.layout_.rows)
        assert reference.visible_units(layer + 1) == units
        for unit in units:
            picture = _picture(net, layer, unit)
            assert picture.shape[:2] == (12, 12)  # the unit's picture, not the placeholder
            np.testing.assert_array_equal(picture, _picture(reference, layer, unit))


def test_a_drawn_unit_sent_without_its_picture_is_asked_for_and_then_shows(net):
    loop = _loop((12,), 4)  # asked for fewer than the diagram draws
    net.sigUnitsWanted.connect(lambda units: loop.send(SetViews(ViewRequest(
        neuron_units=units))))
    asked = Recorder(net.sigUnitsWanted)
    net.show_network(NetworkPicture.of_snapshot(loop.poll()))
    assert asked.calls == [(net.units_drawn,)]
    last = net.visible_units(1)[-1]
    assert last >= 4  # beyond the pictures sent
    placeholder = net.columns[1].items[last].picture.pixmap().width()
    assert placeholder != 12 and _picture(net, 0, 3).shape[:2] == (12, 12)
    snap = loop.poll()  # the next snapshot carries what was asked for
    assert snap is not None and snap.neurons[0].shape[2] == net.units_drawn
    net._draw(NetworkPicture.of_snapshot(snap))
    assert all(_picture(net, 0, k).shape[:2] == (12, 12) for k in net.visible_units(1))
    assert len(asked.calls) == 1


def _link_colour(net, layer, i, j):
    """The colour drawn on screen at a point of the link (i, j) of ``layer``."""
    net.viewport().repaint()
    where = net.mapFromScene(link_scene_pos(net, layer, i, j))
    return net.viewport().grab().toImage().pixelColor(where)


def test_links_drawn_on_screen_follow_their_weights(net):
    """The links are painted as the view's cached background: a weight that changes sign
    changes what is on screen, and a snapshot changing pictures only keeps the links."""
    snap = snapshot()
    w0 = snap.weights[0].copy()
    w0[0, 1] = 3.0
    moved = dataclasses.replace(snap, weights=(w0, *snap.weights[1:]))
    net.show_network(NetworkPicture.of_snapshot(moved))
    background = net.backgroundBrush().color()
    positive = _link_colour(net, 0, 0, 1)
    assert positive != background and positive.red() > positive.blue()  # orange: positive
    w0[0, 1] = -3.0
    net._draw(NetworkPicture.of_snapshot(
        dataclasses.replace(snap, weights=(w0, *snap.weights[1:]))))
    negative = _link_colour(net, 0, 0, 1)
    assert negative.blue() > negative.red()  # blue: negative, drawn again
    pictures = tuple(np.zeros_like(n) for n in snap.neurons)
    net._draw(NetworkPicture.of_snapshot(
        dataclasses.replace(snap, weights=(w0, *snap.weights[1:]), neurons=pictures)))
    assert _link_colour(net, 0, 0, 1) == negative
    net.set_highlight(dataclasses.make_dataclass("H", ["neurons", "links"])(
        frozenset(), frozenset({(1, 0, 0)})))  # another link marked: this one fades
    faded = _link_colour(net, 0, 0, 1)
    assert faded != negative and faded.blue() > faded.red()


def test_the_legend_wraps_to_a_narrow_diagram_and_shows_whole(qtbot):
    """With a dock open at 1280 × 800 the diagram is ~250 px wide: the gradient overlay's
    line of the legend was cut ("… purple halo: mean |δ| · purp")."""
    net = shown(qtbot, NetworkView(), 250, 420)
    net.show_network(NetworkPicture.of_snapshot(snapshot()))  # measured gradients
    net.set_gradient_overlay(True)
    legend = net.legend
    assert "decades below the largest" in legend.text()
    assert net.rect().contains(legend.geometry()), (net.rect(), legend.geometry())
    # the whole text fits the label: as tall as its wrapped lines need at its width
    assert legend.heightForWidth(legend.width()) <= legend.height()
    net.resize(700, 420)  # room again: one line a sentence, still whole and inside
    qtbot.waitUntil(lambda: legend.width() > 250)
    assert net.rect().contains(legend.geometry())
    assert legend.heightForWidth(legend.width()) <= legend.height()
