"""Training a multi-label set: one sigmoid per label, exact-match and per-label accuracy,
predictions of one probability per label, the loop's pictures of every output."""

import numpy as np
import pytest

from playground.data.points import PointSet
from playground.training.config import TrainConfig
from playground.training.trainer import Trainer
from tests.training.helpers import make_loop, poll_until


def _labelled(n=120, seed=0):
    """Three labels of (x1, x2): x1 > 0, x2 > 0, and x1 + x2 > 1."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(-3, 3, (n, 2))
    values = np.stack([xy[:, 0] > 0, xy[:, 1] > 0, xy.sum(axis=1) > 1], axis=1).astype(int)
    return PointSet(xy, values, np.arange(n) % 4 != 0, "multilabel", 3)


CFG = TrainConfig(task="multilabel", n_classes=3, loss="cross_entropy", hidden_layers=(6,),
                  activations=("tanh",), learning_rate=0.1)


@pytest.mark.parametrize("loss", ["cross_entropy", "cross_entropy_sum", "mse"])
def test_training_lowers_the_loss_and_learns_every_label(loss):
    trainer = Trainer(CFG.replace(loss=loss), _labelled())
    first = trainer.evaluate()
    for _ in range(150):
        trainer.run_epoch()
    last = trainer.evaluate()
    assert last.train_loss < first.train_loss
    assert last.train_accuracy > 0.8
    assert all(a > 0.85 for a in last.train_label_accuracy)


def test_accuracy_is_exact_match_and_each_label_has_its_own():
    points = _labelled()
    trainer = Trainer(CFG, points)
    for _ in range(5):
        trainer.run_epoch()
    m = trainer.evaluate()
    for split, accuracy, per_label in ((points.train(), m.train_accuracy,
                                        m.train_label_accuracy),
                                       (points.test(), m.test_accuracy, m.test_label_accuracy)):
        coords, values = split
        predicted = (trainer.predict(coords) > 0.5).astype(int)
        assert predicted.shape == values.shape
        assert accuracy == pytest.approx(np.mean((predicted == values).all(axis=1)))
        np.testing.assert_allclose(per_label, (predicted == values).mean(axis=0))
    as_dict = m.as_dict()
    assert as_dict["train_label_accuracy"] == list(m.train_label_accuracy)
    assert len(as_dict["test_label_accuracy"]) == 3


def test_other_tasks_report_no_label_accuracy():
    from playground.data.datasets import make_dataset
    m = Trainer(TrainConfig(), make_dataset("circle", n=40, seed=1)).evaluate()
    assert m.train_label_accuracy is None and "train_label_accuracy" not in m.as_dict()


def test_the_heatmap_carries_every_outputs_map():
    loop = make_loop(_labelled(), CFG)
    snap = poll_until(loop, lambda s: s.heatmap is not None)
    heatmap = np.asarray(snap.heatmap)
    assert heatmap.shape[-1] == 3
    # each output's map is its own: the labels differ, so do their maps
    assert not np.allclose(heatmap[..., 0], heatmap[..., 1])
