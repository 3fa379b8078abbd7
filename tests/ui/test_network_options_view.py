"""The diagram's per-layer options: a skip's arc around its layer (its width from the gradient
it carries back with the gradient overlay on), the normalisation badges and dropout rates,
the units the last training step dropped; the arcs' geometry and hit test (no Qt)."""

from __future__ import annotations

import dataclasses
import functools

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.session.view_inputs import NetworkPicture
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import Play, SetViews, Step, ViewRequest
from playground.ui.views.network_layout import ARC_DEPTH, NODE, Layout, Target
from playground.ui.views.network_view import NetworkView
from tests.ui.helpers import shown
from tests.ui.probes import crossed_units, scene_texts, skip_arcs

HIDDEN = (4, 4, 4)


# --- geometry (no Qt) -----------------------------------------------------------------------
def test_an_arc_runs_below_from_the_previous_column_to_its_layer():
    layout = Layout((2, *HIDDEN, 1), skips=(0, 1, 2))
    assert layout.skips == (1, 2)  # the first hidden layer has no hidden layer before it
    x0, y0, _, _, x1, y1 = layout.skip_arc(1)
    assert x0 == layout.x(1) + NODE / 2 and x1 == layout.x(2) + NODE / 2
    assert y0 >= layout.column_bottom(1) and y1 >= layout.column_bottom(2)
    mx, my = layout.arc_point(1, 0.5)
    assert my == pytest.approx(layout.bottom() + ARC_DEPTH)
    assert layout.hit(mx, my) == Target("skip", 1, 0)
    assert layout.hit(*layout.arc_point(2, 0.3)) == Target("skip", 2, 0)
    assert layout.hit(mx, my + 20) is None
    plain = Layout((2, *HIDDEN, 1))
    assert plain.hit(mx, my) is None and plain.badge_top() == plain.top()


def test_the_badge_row_sits_above_the_columns():
    layout = Layout((2, *HIDDEN, 1), badges=True, text_scale=1.5)
    assert layout.badge_top() < layout.top() and layout.top() == Layout((2, *HIDDEN, 1)).top()


# --- the view -------------------------------------------------------------------------------
@functools.cache
def snapshot(skip=(False, True, True), norm=("batch", "none", "layer"),
             dropout=(0.0, 0.5, 0.0), play=True):
    points = make_dataset("circle", n=120, noise=0.1, seed=0, train_ratio=0.5)
    config = TrainConfig(hidden_layers=HIDDEN, activations=("sigmoid",) * 3, skip=skip,
                         norm=norm, dropout=dropout, batch_size=10)
    loop = TrainingLoop(config, points, resolution=32, neuron_resolution=8)
    loop.send(SetViews(ViewRequest(gradients=True)))
    loop.send(Play() if play else Step(1))
    snap = None
    for _ in range(50):
        snap = loop.poll() or snap
        if snap is not None and snap.epoch > 0 and (snap.inspection is not None or not play):
            break
    assert snap is not None and (snap.inspection is not None or not play)
    return snap


@pytest.fixture
def net(qtbot):
    return shown(qtbot, NetworkView(), 800, 450)


def test_arcs_badges_and_rates(net):
    snap = snapshot()
    net.show_network(NetworkPicture.of_snapshot(snap))
    arcs = skip_arcs(net)
    assert sorted(arcs) == [1, 2]
    assert all(pen.style().name == "DashLine" for pen in arcs.values())  # no overlay
    texts = scene_texts(net)
    assert "BN" in texts and "LN" in texts and "p=0.5" in texts


def test_the_gradient_overlay_sizes_the_arcs_by_what_they_carry_back(net):
    snap = snapshot()
    net.set_gradient_overlay(True)
    net.show_network(NetworkPicture.of_snapshot(snap))
    arcs = skip_arcs(net)
    assert all(pen.style().name == "SolidLine" for pen in arcs.values())
    grads = snap.inspection.mean_grad_out
    wider = arcs[1].widthF() >= arcs[2].widthF()
    assert wider == (np.mean(grads[1]) >= np.mean(grads[2])) or \
        arcs[1].widthF() == arcs[2].widthF()
    assert "∂L/∂a" in net.legend.text()
    text = net.hover_text(Target("skip", 1, 0))
    assert "|∂L/∂a|" in text and "layer 2" in text


def test_dropped_units_are_crossed_while_training(net):
    snap = snapshot()
    mask = snap.dropped[1]
    assert snap.dropped[0] is None and mask is not None
    forced = dataclasses.replace(snap, dropped=(None, np.array([1.0, 0.0, 1.0, 0.0]), None))
    net.show_network(NetworkPicture.of_snapshot(forced))
    assert crossed_units(net, 1) == [1, 3] and crossed_units(net, 0) == []
    assert "dropped in the last step" in net.legend.text()
    paused = dataclasses.replace(forced, playing=False)
    net.show_network(NetworkPicture.of_snapshot(paused))
    net.flush()
    assert crossed_units(net, 1) == [] and "dropped" not in net.legend.text()


def test_a_dropout_change_redraws_the_rate_in_place(net):
    snap = snapshot()
    net.show_network(NetworkPicture.of_snapshot(snap))
    diagram = net.diagram
    changed = dataclasses.replace(snap, config=snap.config.replace(dropout=(0.0, 0.25, 0.0)),
                                  reset=True)
    net.show_network(NetworkPicture.of_snapshot(changed))
    assert net.diagram is diagram and "p=0.25" in scene_texts(net)


def test_a_plain_network_has_no_arcs_or_badges(net):
    snap = snapshot(skip=(), norm=(), dropout=(), play=False)
    net.show_network(NetworkPicture.of_snapshot(snap))
    assert skip_arcs(net) == {} and net.diagram.rates == [] and net.diagram.badges == {}
