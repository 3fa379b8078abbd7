"""The inside views in the real window: typed weights, frozen and pruned neurons, the focused
neuron on the canvas, diagnostics, the hidden space and stop rules, end to end through the
training process."""

from __future__ import annotations

import numpy as np

from playground.session.view_inputs import NetworkPicture
from playground.training.config import TrainConfig
from tests.ui.probes import diagnostics_curve, point_count
from tests.ui.test_window import TIMEOUT, first_snapshot, settle, state, train, wait_for

SMALL = TrainConfig(hidden_layers=(4, 3), activations=("tanh", "tanh"), optimizer="adam",
                    learning_rate=0.02, seed=1)


def setup(qtbot, w, config: TrainConfig = SMALL):
    first_snapshot(qtbot, w)
    w.document.set_config(w.document.config.replace(
        **{k: getattr(config, k) for k in ("hidden_layers", "activations", "optimizer",
                                           "learning_rate", "seed")}))
    return wait_for(qtbot, w, lambda s: s.config.hidden_layers == config.hidden_layers)


def test_a_typed_weight_reaches_the_engine_and_undo_takes_it_back(qtbot, window):
    w = window
    snap = setup(qtbot, w)
    old = float(snap.weights[0][1, 2])
    w.network_view.sigWeightTyped.emit(0, 1, 2, 1.2345)
    snap = wait_for(qtbot, w, lambda s: s.weights[0][1, 2] == 1.2345)
    assert state(w).weights[0][1, 2] == 1.2345
    assert w.document.undo_stack.undoText() == "Set weight"
    w.document.undo_stack.undo()
    wait_for(qtbot, w, lambda s: s.weights[0][1, 2] == old)
    # a bias: row == fan_in
    fan_in = snap.config.layer_sizes[1]
    w.network_view.sigWeightTyped.emit(1, fan_in, 0, -0.5)
    wait_for(qtbot, w, lambda s: s.biases[1][0] == -0.5)
    assert w.document.undo_stack.undoText() == "Set bias"


def test_a_frozen_neuron_keeps_its_weights_for_100_epochs(qtbot, window):
    w = window
    setup(qtbot, w)
    w.document.set_neuron(0, 2, "frozen")
    before = wait_for(qtbot, w, lambda s: (0, 2) in s.config.frozen)
    after = train(qtbot, w, before.epoch + 100)
    np.testing.assert_array_equal(after.weights[0][:, 2], before.weights[0][:, 2])
    assert after.biases[0][2] == before.biases[0][2]
    assert not np.array_equal(after.weights[0][:, 1], before.weights[0][:, 1])
    assert w.model.to_session().config.frozen == ((0, 2),)


def test_prune_zeroes_a_neuron_and_undo_brings_its_weights_back(qtbot, window):
    w = window
    snap = setup(qtbot, w)
    incoming, outgoing = snap.weights[0][:, 1].copy(), snap.weights[1][1].copy()
    w.document.set_neuron(0, 1, "pruned")
    pruned = wait_for(qtbot, w, lambda s: (0, 1) in s.config.pruned)
    assert not pruned.weights[0][:, 1].any() and not pruned.weights[1][1].any()
    assert pruned.biases[0][1] == 0.0
    w.document.undo_stack.undo()
    back = wait_for(qtbot, w, lambda s: not s.config.pruned and s.weights[1][1].any())
    np.testing.assert_array_equal(back.weights[0][:, 1], incoming)
    np.testing.assert_array_equal(back.weights[1][1], outgoing)


def test_hovering_a_neuron_fills_the_canvas_with_its_map(qtbot, window):
    w = window
    setup(qtbot, w)
    w.network_view.sigNeuronHovered.emit((1, 0))
    snap = wait_for(qtbot, w, lambda s: s.focus is not None and (s.focus.layer, s.focus.unit)
                    == (1, 0))
    assert snap.focus.image.shape == snap.heatmap.shape[:2]
    qtbot.waitUntil(lambda: w.canvas.focus is not None, timeout=TIMEOUT)
    assert (w.canvas.focus.layer, w.canvas.focus.unit) == (1, 0)
    w.network_view.sigNeuronHovered.emit(None)
    assert w.canvas.focus is None
    assert w.inspect.inside.request.focus is None


def test_diagnostics_dock_asks_for_and_shows_per_layer_curves(qtbot, window):
    w = window
    # the coach asks for diagnostics of its own: off, as the user turns it off (the action
    # acts when triggered; setting its check mark alone left the coach on, and its pulse
    # sometimes asked for diagnostics just as the dock closed)
    coach = w.commands["view.coach"]
    if coach.isChecked():
        coach.trigger()
    assert not coach.isChecked() and not w.coach.on
    setup(qtbot, w)
    assert not w.inspect.inside.request.diagnostics
    w.commands["inspect.diagnostics"].trigger()
    assert w.inspect.diagnostics_dock.isVisible()
    assert w.inspect.inside.request.diagnostics
    train(qtbot, w, 40)
    # the diagnostics come at most 10 times a second: an in-process loop may train 40 epochs
    # in less, so play on until the curve has two of them
    w.set_playing(True)
    diagnostics = w.inspect.diagnostics
    qtbot.waitUntil(lambda: len(diagnostics_curve(diagnostics, "grad_norm", 0)[0]) >= 2,
                    timeout=TIMEOUT)
    settle(qtbot, w)
    epochs, values = diagnostics_curve(w.inspect.diagnostics, "grad_norm", 0)
    assert len(epochs) >= 2 and np.all(np.isfinite(values))
    w.commands["inspect.diagnostics"].trigger()
    assert not w.inspect.inside.request.diagnostics


def test_hidden_space_dock_plots_every_point(qtbot, window):
    w = window
    setup(qtbot, w)
    w.commands["inspect.hidden_space"].trigger()
    assert w.inspect.inside.request.hidden_layer is not None
    n = len(w.document.points.values)
    qtbot.waitUntil(lambda: point_count(w.inspect.hidden_space) == n, timeout=TIMEOUT)
    w.commands["inspect.hidden_space"].trigger()
    assert w.inspect.inside.request.hidden_layer is None


def test_a_stop_rule_pauses_play_and_says_why_in_the_status_bar(qtbot, window):
    w = window
    setup(qtbot, w)
    w.document.set_config(w.document.config.replace(max_epochs=25))
    wait_for(qtbot, w, lambda s: s.config.max_epochs == 25)
    w.set_playing(True)
    qtbot.waitUntil(lambda: not w.model.playing, timeout=TIMEOUT)
    snap = wait_for(qtbot, w, lambda s: not s.playing)
    assert snap.epoch == 25
    assert "maximum of 25 epochs" in w.status_label.text()
    assert w._message_box is None  # not an error dialog
    w.set_playing(True)  # Play again: the note goes (and the rule stops it at once again)
    qtbot.waitUntil(lambda: "maximum of 25" not in w.status_label.text()
                    or not w.model.playing, timeout=TIMEOUT)


def test_gradient_overlay_asks_the_loop_for_gradients(qtbot, window):
    w = window
    setup(qtbot, w)
    w.commands["inspect.gradient"].trigger()
    assert w.network_view.gradient_overlay
    snap = wait_for(qtbot, w, lambda s: s.inspection is not None)
    assert [g.shape for g in snap.inspection.grad_weights] == [a.shape for a in snap.weights]
    w.commands["inspect.gradient"].trigger()
    assert not w.network_view.gradient_overlay
    assert not w.inspect.inside.request.gradients


def test_step_through_a_clicked_training_point_highlights_the_diagram(qtbot, window):
    from PySide6.QtCore import QEvent

    from tests.ui.helpers import LEFT, NONE, send

    w = window
    setup(qtbot, w)
    points = w.document.points
    i = int(np.flatnonzero(points.is_train)[0])
    x, y = points.coords[i]
    n = len(points.values)
    w.commands["inspect.step_through"].trigger()
    assert "Click a training point" in w.statusBar().currentMessage()
    send(w.canvas, QEvent.Type.MouseButtonPress, x, y, LEFT, LEFT)
    send(w.canvas, QEvent.Type.MouseButtonRelease, x, y, LEFT, NONE)
    assert len(w.document.points.values) == n  # the click picked, it did not draw
    assert "Click a training point" not in w.statusBar().currentMessage()  # done: no stale ask
    step = w.step_through.dialog
    assert step is not None and step.isVisible()
    view = step.view
    assert view.step_count() > 3 and view.current_step() == 0
    view.go(1)  # forward through the first hidden layer: only its incoming links stay
    edges = w.network_view.diagram.edges
    assert edges[0][0].opacity() == 1.0 and edges[1][0].opacity() < 0.5
    view.leave()
    assert all(e.opacity() == 1.0 for layer in edges for e in layer)


def test_a_formula_feature_is_drawn_and_trained_in_the_window(qtbot, window):
    w = window
    setup(qtbot, w)
    w.document.set_config(w.document.config.replace(features=("x1", "x2", "min(x1, x2)")))
    snap = wait_for(qtbot, w, lambda s: len(s.config.features) == 3)
    w.network_view.show_network(NetworkPicture.of_snapshot(snap))
    w.network_view.flush()
    labels = [item.text() for item in w.network_view.scene().items()
              if hasattr(item, "text") and callable(item.text)]
    assert any("min(x1, x2)" in text for text in labels)
    train(qtbot, w, snap.epoch + 5)


def test_typing_the_value_a_weight_has_adds_no_undo_step(qtbot, window):
    w = window
    snap = setup(qtbot, w)
    steps = w.document.undo_stack.count()
    w.network_view.sigWeightTyped.emit(0, 1, 2, float(snap.weights[0][1, 2]))
    assert w.document.undo_stack.count() == steps
    assert not w.document.undo_stack.canUndo() or w.document.undo_stack.undoText() != "Set weight"


def test_a_wide_layer_sends_only_the_pictures_the_diagram_draws(qtbot, window):
    """The window asks for the pictures of the units the diagram draws: of a layer wider than
    that, the snapshots carry those alone."""
    w = window
    wide = SMALL.replace(hidden_layers=(40, 3), activations=("tanh", "tanh"))
    setup(qtbot, w, wide)
    net = w.network_view
    qtbot.waitUntil(lambda: net.picture is not None
                    and net.picture.config.hidden_layers == (40, 3), timeout=TIMEOUT)
    drawn = net.units_drawn
    assert w.inspect.inside.request.neuron_units == drawn < 40
    serial = w.last_snapshot.serial  # a snapshot made after the diagram said what it draws
    snap = wait_for(qtbot, w, lambda s: s.serial > serial and bool(s.neurons))
    assert [n.shape[2] for n in snap.neurons] == [drawn, 3]
    assert [len(c.items) for c in w.network_view.columns[1:-1]] == [drawn, 3]
