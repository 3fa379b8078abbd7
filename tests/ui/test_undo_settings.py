"""A settings change that starts from new weights is one undo step: its undo brings back the
settings and the run they replaced (weights, optimizer state, epoch, loss history)."""

from __future__ import annotations

import numpy as np

from playground.data.features import Normalizer
from playground.training.protocol import ModelState, TrainerState
from playground.ui.controllers.document import Document
from playground.ui.widgets import select_data
from tests.ui.test_window import settle, state, train, wait_for


def same_arrays(a, b) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def same_optimizer_state(a: dict, b: dict) -> bool:
    return set(a) == set(b) and all(np.array_equal(np.asarray(a[k]), np.asarray(b[k]))
                                    for k in a)


def test_network_change_undo_brings_back_the_trained_run(qtbot, window):
    w = window
    doc, model = w.document, w.model
    assert doc.config.optimizer == "adam"  # an optimizer with a state to lose
    train(qtbot, w, 40)
    before = state(w)
    assert before.epoch >= 40 and before.optimizer_state
    config, rows = doc.config, model.history.rows()
    steps = doc.undo_stack.count()

    w.network_panel.add_layer.click()
    assert len(doc.config.hidden_layers) == len(config.hidden_layers) + 1
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == "Change network"
    changed = wait_for(qtbot, w, lambda s: s.reset and s.config == doc.config)
    assert changed.epoch == 0 and len(model.history) <= 1

    w.commands["edit.undo"].trigger()
    assert doc.config == config
    assert model.epoch == before.epoch
    np.testing.assert_array_equal(model.history.rows(), rows)
    assert model.weights is not None and same_arrays(model.weights.weights, before.weights)
    back = wait_for(qtbot, w, lambda s: s.config == config and s.epoch == before.epoch)
    assert same_arrays(back.weights, before.weights)
    now = state(w)  # the trainer goes on from exactly where it was
    assert now.epoch == before.epoch
    assert same_arrays(now.weights, before.weights) and same_arrays(now.biases, before.biases)
    assert same_optimizer_state(now.optimizer_state, before.optimizer_state)

    w.commands["edit.redo"].trigger()
    assert len(doc.config.hidden_layers) == len(config.hidden_layers) + 1
    w.commands["edit.undo"].trigger()
    assert doc.config == config and model.epoch == before.epoch
    settle(qtbot, w)


def fake_run(doc: Document, epoch: int) -> ModelState:
    sizes = doc.config.layer_sizes
    rng = np.random.default_rng(epoch)
    state = ModelState(tuple(rng.normal(size=(i, o)) for i, o in zip(sizes[:-1], sizes[1:])),
                       tuple(rng.normal(size=o) for o in sizes[1:]), epoch,
                       {"t": np.array(float(epoch))}, Normalizer(np.zeros(2), np.ones(2)))
    doc.model.replace_weights(state)
    doc.model.history.replace(np.array([[e, 1.0 / (e + 1), np.nan, np.nan, np.nan, np.nan]
                                        for e in range(epoch)]).reshape(-1, 6))
    return state


def test_every_reset_setting_is_undoable_and_live_settings_survive_its_undo(qtbot):
    doc = Document()
    start = doc.config
    for changes in ({"hidden_layers": (3,), "activations": ("relu",)}, {"features": ("x1",)},
                    {"init": "he_normal"}, {"dtype": "float32"}, {"seed": 99}):
        trained = fake_run(doc, 25)
        rows = doc.model.history.rows()
        before = doc.config
        doc.set_config(before.replace(**changes))
        assert doc.model.weights is None and doc.model.epoch == 0
        doc.set_config(doc.config.replace(learning_rate=0.2))  # live: no undo step
        assert doc.undo_stack.undoText() == "Change network"
        doc.undo_stack.undo()
        assert doc.config == before.replace(learning_rate=0.2)
        assert doc.model.weights is trained and doc.model.epoch == 25
        np.testing.assert_array_equal(doc.model.history.rows(), rows)
        doc.undo_stack.redo()
        assert doc.config == before.replace(learning_rate=0.2, **changes)
        doc.set_config(doc.config.replace(learning_rate=start.learning_rate))
    assert doc.undo_stack.count() == 5


def test_reset_weights_is_undoable(qtbot, window):
    w = window
    doc, model = w.document, w.model
    train(qtbot, w, 30)
    before = state(w)
    rows = model.history.rows()
    w.commands["train.reset"].trigger()
    assert doc.undo_stack.undoText() == "Reset weights"
    wait_for(qtbot, w, lambda s: s.reset and s.epoch == 0)
    assert model.epoch == 0 and len(model.history) <= 1
    w.commands["edit.undo"].trigger()
    assert model.epoch == before.epoch
    np.testing.assert_array_equal(model.history.rows(), rows)
    back = wait_for(qtbot, w, lambda s: s.epoch == before.epoch)
    assert same_arrays(back.weights, before.weights)
    now = state(w)
    assert same_optimizer_state(now.optimizer_state, before.optimizer_state)
    w.commands["edit.redo"].trigger()  # fresh weights again
    wait_for(qtbot, w, lambda s: s.reset and s.epoch == 0)
    settle(qtbot, w)


def test_another_network_drops_frozen_and_pruned_neurons_and_undo_brings_them_back(qtbot):
    from playground.ui.panels.network_panel import NetworkPanel

    doc = Document()
    panel = NetworkPanel(doc)
    qtbot.addWidget(panel)
    start = doc.config
    for act in (lambda: panel.rows[1].units.setValue(3),  # width
                lambda: panel.add_layer.click(),  # depth
                lambda: select_data(panel.rows[0].activation, "relu")):  # activation
        doc.set_neuron(0, 1, "frozen")
        doc.set_neuron(1, 0, "pruned")
        marked = doc.config
        with qtbot.waitSignal(panel.sigResetNotice) as notice:
            act()
        assert doc.config.needs_reset(marked)
        assert doc.config.frozen == () and doc.config.pruned == ()
        assert "frozen and pruned neurons" in notice.args[0]  # said, not silent
        doc.undo_stack.undo()
        assert doc.config == marked  # the network and its marks, as they were
        doc.undo_stack.redo()
        assert doc.config.frozen == () and doc.config.pruned == ()
        doc.undo_stack.undo()
        assert doc.config.hidden_layers == start.hidden_layers


def test_back_to_classification_takes_its_loss_and_undo_restores_the_regression_one(qtbot):
    doc = Document()
    assert doc.config.loss == "cross_entropy"
    doc.regenerate(doc.dataset.copy(name="plane"))
    assert doc.config.task == "regression" and doc.config.loss == "mse"
    doc.regenerate(doc.dataset.copy(name="spiral"))  # MSE fits a classifier, yet:
    assert doc.config.task == "classification" and doc.config.loss == "cross_entropy"
    doc.undo_stack.undo()
    assert doc.config.task == "regression" and doc.config.loss == "mse"
    doc.set_config(doc.config.replace(loss="mae"))  # the user's choice for regression
    doc.regenerate(doc.dataset.copy(name="spiral"))
    assert doc.config.task == "classification" and doc.config.loss == "cross_entropy"
    doc.set_config(doc.config.replace(loss="mse"))  # and for classification, this time
    doc.undo_stack.undo()
    assert doc.config.task == "regression" and doc.config.loss == "mae"
    doc.undo_stack.redo()
    assert doc.config.task == "classification" and doc.config.loss == "mse"
    doc.set_task("regression")  # the Task menu converts the points: the same rule
    assert doc.config.loss == "mse"
    doc.set_task("classification")
    assert doc.config.loss == "cross_entropy"


def test_undo_keeps_the_newest_replays_within_its_memory(doc, monkeypatch):
    import playground.ui.controllers.document as document_module
    from tests.session.test_model import replay_frame

    one_run = sum(replay_frame(e).nbytes for e in range(10))
    monkeypatch.setattr(document_module, "UNDO_REPLAY_BYTES", 2 * one_run)
    runs = []
    for r in range(4):  # four runs of ten frames, each replaced by new weights
        for e in range(10):
            doc.model.replay.offer(replay_frame(e, seed=100 * r + e))
        runs.append(list(doc.model.replay.frames))
        doc.reset_weights()
    assert doc.model.replay.frames == []
    kept = []
    for _ in range(4):
        doc.undo_stack.undo()
        kept.append(doc.model.replay.frames)
    # the two newest runs come back with their frames; older ones with weights alone
    assert kept == [runs[3], runs[2], [], []]


def _no_waiting() -> TrainerState:
    raise AssertionError("an undo step waited for the trainer")


def test_a_settings_change_asks_for_the_trainers_state_without_waiting(qtbot):
    """The undo step of a settings change never blocks for the trainer: it keeps the weights
    shown at once and, when the trainer's exact state comes, that state (with the optimizer's)
    in their place."""
    doc = Document()
    shown = fake_run(doc, 12)
    asked: list = []
    doc.state_request = asked.append  # answered below, later
    doc.state_source = _no_waiting
    start = doc.config
    doc.set_config(start.replace(hidden_layers=(3,), activations=("relu",)))
    assert len(asked) == 1 and doc.model.weights is None  # new weights, asked once
    exact = TrainerState(start, 14, tuple(w + 1 for w in shown.weights), shown.biases,
                         {"t": np.array(14.0)}, (0.0, 0.0), (1.0, 1.0))
    asked[0](exact)  # the trainer answers (it had trained two more epochs)
    doc.undo_stack.undo()
    back = doc.model.weights
    assert doc.config == start and back is not None and back.epoch == 14
    assert same_arrays(back.weights, exact.weights)
    assert same_optimizer_state(back.optimizer_state, {"t": np.array(14.0)})


def test_without_an_answer_the_undo_step_keeps_the_weights_shown(qtbot):
    doc = Document()
    shown = fake_run(doc, 12)
    asked: list = []
    doc.state_request = asked.append
    doc.state_source = _no_waiting
    start = doc.config
    doc.set_config(start.replace(hidden_layers=(3,), activations=("relu",)))
    asked[0](None)  # busy or restarting: no state in time
    doc.undo_stack.undo()
    back = doc.model.weights
    assert back is not None and back.epoch == 12 and same_arrays(back.weights, shown.weights)
