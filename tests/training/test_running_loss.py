"""The running loss: the mean over an epoch's points of each mini-batch's loss, computed with
the weights before that batch's update (what a per-sample SGD loop prints), beside the
end-of-epoch loss of the whole training split."""

import math

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.points import PointSet
from playground.training.config import TrainConfig
from playground.training.headless import run_epochs
from playground.training.protocol import HISTORY_COLUMNS, metrics_row
from playground.training.trainer import Trainer

RUNNING = HISTORY_COLUMNS.index("train_loss_running")


@pytest.fixture(scope="module")
def tiny():
    """Seven training points and two test points, two classes."""
    coords = np.array([[0.3, 1.2], [-1.0, 0.4], [2.0, -0.5], [0.1, 0.1], [-0.7, -1.6],
                       [1.4, 0.9], [-2.2, 0.3], [0.5, -0.2], [1.0, 1.0]])
    values = np.array([1, 0, 1, 0, 0, 1, 0, 1, 0])
    is_train = np.array([True] * 7 + [False] * 2)
    return PointSet(coords, values, is_train, "classification", 2)


def _numpy_running_losses(points, weights, biases, lr, epochs):
    """An independent per-sample SGD loop (tanh hidden layers, one sigmoid output, binary
    cross-entropy, inputs z-scored over the training points, in point order): per epoch, the
    sum of each sample's loss before its update, divided by the number of samples."""
    coords, labels = points.coords[points.is_train], points.values[points.is_train]
    x = (coords - coords.mean(axis=0)) / coords.std(axis=0)
    ws, bs = [w.copy() for w in weights], [b.copy() for b in biases]
    means = []
    for _ in range(epochs):
        total = 0.0
        for xi, ti in zip(x, labels.astype(float)):
            acts = [xi[None, :]]
            for w, b in zip(ws[:-1], bs[:-1]):
                acts.append(np.tanh(acts[-1] @ w + b))
            z = float((acts[-1] @ ws[-1] + bs[-1])[0, 0])
            p = 1.0 / (1.0 + math.exp(-z))
            total += -(ti * math.log(p) + (1.0 - ti) * math.log(1.0 - p))
            delta = np.array([[p - ti]])
            for layer in range(len(ws) - 1, -1, -1):
                gw, gb = acts[layer].T @ delta, delta[0]
                if layer:
                    delta = (delta @ ws[layer].T) * (1.0 - acts[layer] ** 2)
                ws[layer] -= lr * gw
                bs[layer] -= lr * gb
        means.append(total / len(x))
    return means


def test_batch_size_one_matches_a_numpy_per_sample_loop(tiny):
    cfg = TrainConfig(hidden_layers=(3,), activations=("tanh",), batch_size=1, shuffle=False,
                      learning_rate=0.3)
    tr = Trainer(cfg, tiny)
    start_w = [w.copy() for w in tr.model.weights]
    start_b = [b.copy() for b in tr.model.biases]
    running = []
    for _ in range(4):
        assert tr.run_epoch()
        running.append(tr.evaluate().train_loss_running)
    expected = _numpy_running_losses(tiny, start_w, start_b, 0.3, 4)
    np.testing.assert_allclose(running, expected, rtol=1e-12)
    # a sum over the points, as tutorial 001 prints it, is the mean times their number
    np.testing.assert_allclose(np.array(running) * tiny.n_train,
                               np.array(expected) * 7, rtol=1e-12)


@pytest.mark.parametrize("shuffle", [False, True])
def test_full_batch_running_loss_is_the_loss_before_the_single_update(tiny, shuffle):
    tr = Trainer(TrainConfig(batch_size=None, shuffle=shuffle), tiny)
    before = tr.evaluate()
    assert before.train_loss_running is None  # nothing trained yet
    for _ in range(3):
        assert tr.run_epoch()
        after = tr.evaluate()
        assert after.train_loss_running == pytest.approx(before.train_loss, rel=1e-12)
        before = after


def test_shuffled_mini_batches_use_the_epochs_order():
    """Batches of 4 over 90 shuffled points (the last batch of 2): the running loss is the
    mean of the per-point losses, each with the weights before its batch's step."""
    points = make_dataset("circle", n=120, noise=0.1, seed=3, train_ratio=0.75)
    cfg = TrainConfig(batch_size=4, shuffle=True, learning_rate=0.5)
    tr = Trainer(cfg, points)
    assert tr.run_epoch()
    # the same epoch again, one batch at a time by hand, from the same weights and order
    ref = Trainer(cfg, points)
    order = np.random.default_rng([cfg.seed, 1]).permutation(points.n_train)
    x, t = ref.train_split.x[order], ref.train_split.t[order]
    losses = []
    for s in range(0, len(x), 4):
        losses.append(ref.loss.value(ref.model.logits(x[s:s + 4]), t[s:s + 4], ref.model.head)
                      * len(x[s:s + 4]))
        ref.optimizer.step(ref.model.params,
                           ref.model.gradient(ref.train_split.x_aug[order][s:s + 4],
                                              t[s:s + 4], ref.loss))
    np.testing.assert_array_equal(ref.model.params, tr.model.params)
    assert tr.evaluate().train_loss_running == pytest.approx(sum(losses) / len(x), rel=1e-12)


def test_the_penalty_is_left_out_as_in_the_end_of_epoch_loss(tiny):
    cfg = TrainConfig(batch_size=None, l2=0.5, l1=0.1)
    tr = Trainer(cfg, tiny)
    before = tr.evaluate().train_loss  # data loss alone (Metrics)
    assert tr.run_epoch()
    assert tr.evaluate().train_loss_running == pytest.approx(before, rel=1e-12)


def test_it_belongs_to_the_epoch_just_trained(tiny):
    """Weights loaded, typed or reset have no running loss; an interrupted epoch leaves the
    previous epoch's in place."""
    tr = Trainer(TrainConfig(batch_size=2), tiny)
    assert tr.run_epoch()
    first = tr.evaluate().train_loss_running
    assert first is not None and math.isfinite(first)
    assert not tr.run_epoch(interrupt=iter([False, False, True]).__next__)
    assert tr.evaluate().train_loss_running == first
    tr.set_weights(((0, 0, 0, 0.25),))
    assert tr.evaluate().train_loss_running is None
    assert tr.run_epoch()
    assert tr.evaluate().train_loss_running is not None
    tr.load_weights(tr.model.weights, tr.model.biases, epoch=5)
    assert tr.evaluate().train_loss_running is None
    assert tr.run_epoch()
    tr.reset()
    assert tr.evaluate().train_loss_running is None


def test_an_evaluation_may_leave_it_for_later(tiny):
    """``train`` without a session asks for it once, after the last epoch."""
    tr = Trainer(TrainConfig(batch_size=3), tiny)
    assert tr.run_epoch()
    assert tr.evaluate(running=False).train_loss_running is None
    later = tr.running_loss()
    assert later is not None and later == tr.evaluate().train_loss_running


def test_the_history_row_carries_it(tiny):
    tr = Trainer(TrainConfig(batch_size=None), tiny)
    rows = []
    run_epochs(tr, 2, lambda m: rows.append(metrics_row(m)))
    rows = np.array(rows)
    assert rows.shape == (3, len(HISTORY_COLUMNS))
    assert math.isnan(rows[0, RUNNING])  # the starting weights were not trained
    # full batch: each epoch's running loss is the loss the row before it measured
    np.testing.assert_allclose(rows[1:, RUNNING], rows[:-1, 1], rtol=1e-12)


@pytest.mark.parametrize("loss,task,n_classes", [("mse", "regression", 0),
                                                  ("mse", "classification", 2),
                                                  ("cross_entropy", "classification", 3),
                                                  ("hinge", "classification", 3)])
def test_other_losses_and_outputs(loss, task, n_classes):
    """Several outputs (a softmax over three classes), regression, the sigmoid head's fast
    squared error: batches of 8 in point order, compared with the loss of each batch before
    its step (so the engine's kernels leave the logits they read as they were)."""
    name = "plane" if task == "regression" else "blobs"
    kwargs = {} if task == "regression" else {"n_classes": n_classes}
    points = make_dataset(name, n=60, noise=0.1, seed=2, train_ratio=0.5, **kwargs)
    cfg = TrainConfig(task=task, n_classes=n_classes, loss=loss, batch_size=8, shuffle=False)
    tr = Trainer(cfg, points)
    ref = Trainer(cfg, points)
    x, x_aug, t = ref.train_split.x, ref.train_split.x_aug, ref.train_split.t
    total = 0.0
    for s in range(0, len(x), 8):
        total += ref.loss.value(ref.model.logits(x[s:s + 8]), t[s:s + 8],
                                ref.model.head) * len(x[s:s + 8])
        ref.optimizer.step(ref.model.params, ref.model.gradient(x_aug[s:s + 8], t[s:s + 8],
                                                                ref.loss))
    assert tr.run_epoch()
    assert tr.evaluate().train_loss_running == pytest.approx(total / len(x), rel=1e-12)
