"""A network whose only option is dropout trains by the fused pass with masks: its training
step's gradient is the extended pass's with the same masks, and a seed draws the same masks
by either pass."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.layers import LayerOptions
from playground.engine.losses import encode_targets, get_loss
from playground.engine.model import MLP


def _network(rates, acts, dtype=np.float64, head="sigmoid"):
    sizes = [3, *([5] * len(rates)), 1 if head != "softmax" else 3]
    model = MLP(sizes, [*acts, head], dtype, LayerOptions(dropout=tuple(rates)))
    model.initialize(np.random.default_rng(4))
    return model


def _batch(n, task="classification", classes=2, dtype=np.float64):
    rng = np.random.default_rng(1)
    x = np.hstack([rng.normal(size=(n, 3)), np.ones((n, 1))]).astype(dtype)
    labels = rng.integers(0, classes, n).astype(float)
    return x, encode_targets(labels, task, classes, dtype)


@pytest.mark.parametrize("rates", [(0.5, 0.0), (0.2, 0.3), (0.0, 0.9)])
@pytest.mark.parametrize("acts", [("tanh", "tanh"), ("relu", "sigmoid"), ("elu", "gelu")])
@pytest.mark.parametrize("l2", [0.0, 0.01])
def test_the_step_equals_the_extended_pass_with_its_masks(rates, acts, l2):
    model = _network(rates, acts)
    x, t = _batch(9)
    loss = get_loss("cross_entropy", "classification")
    model.dropout_rng = np.random.default_rng(7)
    stepped = model.gradient(x, t, loss, 0.0, l2, step=True).copy()
    masks = [None if m is None else m.copy() for m in model.dropout_masks]
    assert [m is None for m in masks] == [p == 0 for p in rates]
    assert all(m is None or set(np.unique(m)) <= {0.0, 1.0} for m in masks)
    given = model.gradient(x, t, loss, 0.0, l2, masks=masks)
    np.testing.assert_allclose(stepped, given, rtol=1e-12, atol=1e-14)


def test_the_logits_kept_are_the_training_steps_with_its_masks():
    model = _network((0.5, 0.5), ("tanh", "tanh"))
    x, t = _batch(6)
    loss = get_loss("cross_entropy", "classification")
    model.dropout_rng = np.random.default_rng(2)
    kept = np.empty((1, 6))
    model.gradient(x, t, loss, logits=kept, step=True)
    masks = [m.copy() for m in model.dropout_masks]
    again = np.empty((1, 6))
    model.gradient(x, t, loss, logits=again, masks=masks)
    np.testing.assert_allclose(kept, again, rtol=1e-12)
    assert not np.allclose(kept[0], model.logits(x[:, :-1])[:, 0])  # not evaluation's


def test_a_seed_draws_the_same_masks_by_either_pass():
    """With a skip too the network takes the extended pass; the masks it draws from the same
    generator are the fused pass's."""
    x, t = _batch(8)
    loss = get_loss("cross_entropy", "classification")
    fused = _network((0.3, 0.3), ("tanh", "tanh"))
    extended = MLP([3, 5, 5, 1], ["tanh", "tanh", "sigmoid"], np.float64,
                   LayerOptions(dropout=(0.3, 0.3), skip=(False, True)))
    for model in (fused, extended):
        model.dropout_rng = np.random.default_rng(11)
        model.gradient(x, t, loss, step=True)
    for a, b in zip(fused.dropout_masks, extended.dropout_masks, strict=True):
        np.testing.assert_array_equal(a, b)


def test_float32_and_softmax():
    model = _network((0.25, 0.25), ("relu", "tanh"), np.float32, head="softmax")
    x, t = _batch(10, classes=3, dtype=np.float32)
    loss = get_loss("cross_entropy", "classification")
    model.dropout_rng = np.random.default_rng(3)
    stepped = model.gradient(x, t, loss, step=True).copy()
    masks = [m.copy() for m in model.dropout_masks]
    np.testing.assert_allclose(stepped, model.gradient(x, t, loss, masks=masks), rtol=1e-4,
                               atol=1e-6)
