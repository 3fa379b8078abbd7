"""DiagnosticsView fed from a real TrainingLoop (no threads): per-layer curves over the epochs,
the confusion matrix against a hand count, and the regression scores."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.engine.diagnostics import regression_scores
from playground.engine.losses import losses_for
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import (
    DIAGNOSTIC_COLUMNS,
    Inspection,
    Reset,
    SetViews,
    Snapshot,
    Step,
    ViewRequest,
)
from playground.ui.controllers.document import Document
from playground.ui.views.diagnostics_view import MAX_ROWS, DiagnosticsView
from playground.ui.widgets import select_data
from tests.ui.helpers import shown
from tests.ui.probes import confusion_shown, diagnostics_curve

VIEWS = ViewRequest(diagnostics=True)


def make_loop(doc: Document, views: ViewRequest = VIEWS) -> TrainingLoop:
    loop = TrainingLoop(doc.config, doc.points, resolution=16, points_version=doc.version)
    loop.send(SetViews(views))
    return loop


def advance(loop: TrainingLoop, epochs: int, views: ViewRequest = VIEWS) -> Snapshot:
    """Train ``epochs`` epochs, then the snapshot of where they ended, with the parts of
    ``views`` computed (asking again makes the loop compute them at once)."""
    if epochs:
        loop.send(Step(epochs))
        while loop.busy:
            loop.poll()
    loop.send(SetViews(views))
    snap = loop.poll()
    assert snap is not None and snap.epoch == loop.trainer.epoch
    return snap


def hand_count(loop: TrainingLoop) -> np.ndarray:
    """The confusion matrix of the trainer's network on its test split, counted by hand."""
    t = loop.trainer
    split = t.test_split if len(t.test_split) else t.train_split
    z = t.model.logits(split.x)
    predicted = (z[:, 0] > 0).astype(int) if z.shape[1] == 1 else z.argmax(axis=1)
    k = t.config.n_classes
    counts = np.zeros((k, k), int)
    for true, guess in zip(split.values.astype(int), predicted):
        counts[true, guess] += 1
    return counts


@pytest.fixture
def view(qtbot, doc):
    return shown(qtbot, DiagnosticsView(doc), 500, 600)


def show(view: DiagnosticsView, snap: Snapshot) -> None:
    view.show_snapshot(snap)
    view.flush()


def test_confusion_matrix_is_the_hand_count_with_class_names(qtbot):
    points = make_dataset("blobs", n=120, seed=3, n_classes=3, train_ratio=0.5)
    doc = Document(TrainConfig(n_classes=3, hidden_layers=(5,), activations=("relu",)), points)
    view = shown(qtbot, DiagnosticsView(doc), 500, 600)
    loop = make_loop(doc)
    for epochs in (0, 3, 20):
        snap = advance(loop, epochs)
        show(view, snap)
        counts = confusion_shown(view)
        np.testing.assert_array_equal(counts, hand_count(loop))
        assert counts.sum() == points.n_test
    assert "test split" in view.confusion_title.text()
    assert "Training accuracy" in view.scores.text() and "test accuracy" in view.scores.text()
    header = [view.confusion.horizontalHeaderItem(i).text() for i in range(3)]
    assert header == [doc.class_label(i) for i in range(3)] == ["class 1", "class 2", "class 3"]
    doc.rename_class(1, "cats")
    view.flush()
    assert view.confusion.verticalHeaderItem(1).text() == "cats"


def test_without_a_test_split_the_matrix_is_on_the_training_split(qtbot):
    points = make_dataset("xor", n=60, seed=0, train_ratio=1.0)
    doc = Document(TrainConfig(), points)
    view = shown(qtbot, DiagnosticsView(doc), 400, 500)
    loop = make_loop(doc)
    show(view, advance(loop, 2))
    assert confusion_shown(view).sum() == 60
    np.testing.assert_array_equal(confusion_shown(view), hand_count(loop))
    assert "training split" in view.confusion_title.text()
    assert "test accuracy" not in view.scores.text()


def test_curves_gain_a_row_per_new_epoch_and_clear_on_reset(view, doc):
    loop = make_loop(doc)
    epochs = []
    for n in (0, 2, 3, 0):  # the last: the same epoch again, no new row
        snap = advance(loop, n)
        show(view, snap)
        epochs.append(snap.epoch)
        x, y = diagnostics_curve(view, "grad_norm", 0)
        assert list(x) == sorted(set(epochs))
        np.testing.assert_allclose(y[-1], snap.inspection.layers[0, 0])
    n_layers = len(doc.config.hidden_layers) + 1
    for name in DIAGNOSTIC_COLUMNS:
        for layer in range(n_layers):
            x, y = diagnostics_curve(view, name, layer)
            assert len(x) == len(y) == 3
    # the per-layer columns land where the inspection has them
    _, weight_norm = diagnostics_curve(view, "weight_norm", n_layers - 1)
    assert weight_norm[-1] == pytest.approx(snap.inspection.layers[-1, 1])
    # a snapshot without an inspection keeps the curves (and shows its scores)
    show(view, dataclasses.replace(snap, inspection=None, serial=snap.serial + 1))
    assert len(diagnostics_curve(view, "grad_norm", 0)[0]) == 3
    loop.send(Reset())
    snap = loop.poll()
    assert snap.reset and snap.inspection is not None
    show(view, snap)
    x, _ = diagnostics_curve(view, "grad_norm", 0)
    assert list(x) == [0.0]


def test_log_axis_for_norms_and_no_fraction_curve_for_the_output(view, doc):
    loop = make_loop(doc)
    show(view, advance(loop, 0))
    show(view, advance(loop, 2))
    n_layers = len(doc.config.hidden_layers) + 1
    assert view.plot_item.getAxis("left").logMode
    assert all(view.curves[i].isVisible() for i in range(n_layers))
    assert not any(c.isVisible() for c in view.curves[n_layers:])
    assert "output" in view.legend.text() and "layer 1" in view.legend.text()
    select_data(view.metric_menu, "saturated_fraction")
    assert not view.plot_item.getAxis("left").logMode
    assert not view.curves[n_layers - 1].isVisible()  # NaN: not a hidden layer
    assert view.curves[0].isVisible()
    assert "tanh" in view.metric_menu.toolTip()


def test_a_new_network_starts_new_curves(view, doc):
    loop = make_loop(doc)
    show(view, advance(loop, 3))
    doc.set_config(doc.config.replace(hidden_layers=(3,), activations=("relu",)))
    loop2 = make_loop(doc)
    snap = advance(loop2, 0)
    show(view, dataclasses.replace(snap, reset=False))  # even without the reset flag
    assert list(diagnostics_curve(view, "grad_norm", 0)[0]) == [0.0]
    assert diagnostics_curve(view, "grad_norm", 2)[0].size == 0  # no third layer any more


def test_memory_stays_bounded(view, doc):
    snap = advance(make_loop(doc), 0)
    layers = snap.inspection.layers
    for epoch in range(2 * MAX_ROWS + 10):
        inspection = Inspection(epoch, (), (), (), layers * (1 + epoch))
        view.show_snapshot(dataclasses.replace(snap, inspection=inspection, reset=False))
    view.flush()
    x, y = diagnostics_curve(view, "grad_norm", 0)
    assert len(x) <= MAX_ROWS + 1 and x[0] == 0 and x[-1] == 2 * MAX_ROWS + 9
    assert np.all(np.diff(x) > 0)


def test_regression_shows_r2_and_rmse(qtbot):
    points = make_dataset("plane", n=80, noise=0.1, seed=1, train_ratio=0.5)
    config = TrainConfig(task="regression", n_classes=0, loss=losses_for("regression")[0])
    doc = Document(config, points)
    view = shown(qtbot, DiagnosticsView(doc), 400, 500)
    loop = make_loop(doc)
    show(view, advance(loop, 5))
    t = loop.trainer
    r2, rmse = regression_scores(t.model.forward(t.test_split.x)[:, 0], t.test_split.values)
    text = view.scores.text()
    assert f"R² {r2:.3f}" in text and f"RMSE {rmse:.4g}" in text and "test split" in text
    assert confusion_shown(view).shape == (0, 0)
    assert not view.confusion_title.isVisibleTo(view)
    view.clear()
    assert view.scores.text() == "" and diagnostics_curve(view, "grad_norm", 0)[0].size == 0
