"""The reference network's gradients are the derivatives of its loss (and L2 penalty), for
every head and activation the tutorials use: what makes it a check of Playground's."""

from __future__ import annotations

import numpy as np
import pytest

from tests.tutorials.reference import Net, numerical_gradients, one_hot


def small_net(rng, sizes, activation, head, per_label="mean"):
    ws = [rng.normal(0, 0.8, (a, b)) for a, b in zip(sizes, sizes[1:])]
    bs = [rng.normal(0, 0.3, b) for b in sizes[1:]]
    return Net(ws, bs, activation, head, per_label)


@pytest.mark.parametrize(("sizes", "activation", "head", "per_label", "l2"), [
    ((3, 4, 1), "relu", "sigmoid", "mean", 0.0),  # 000, 002
    ((3, 4), "linear", "sigmoid", "sum", 0.0),  # 001: four labels, summed
    ((3, 4), "linear", "sigmoid", "mean", 0.0),
    ((2, 6, 3), "relu", "softmax", "mean", 0.01),  # 003 with its L2
    ((1, 5, 5, 1), "sigmoid", "linear", "mean", 0.0),  # 004's regression
    ((2, 5, 5, 1), "sigmoid", "sigmoid", "mean", 0.0),  # 004's spiral
    ((2, 3, 3, 1), "tanh", "sigmoid", "mean", 0.1),
])  # fmt: skip
def test_gradients_match_finite_differences(sizes, activation, head, per_label, l2):
    rng = np.random.default_rng(3)
    net = small_net(rng, sizes, activation, head, per_label)
    x = rng.normal(0, 1, (7, sizes[0]))
    if head == "softmax":
        t = one_hot(rng.integers(0, sizes[-1], 7), sizes[-1])
    elif head == "sigmoid":
        t = rng.integers(0, 2, (7, sizes[-1])).astype(float)
    else:
        t = rng.normal(0, 1, (7, 1))
    dws, dbs = net.gradients(x, t, l2)
    numeric = numerical_gradients(net, x, t, l2)
    for analytic, approx in zip([*dws, *dbs], numeric):
        np.testing.assert_allclose(analytic, approx, rtol=1e-5, atol=1e-8)


def test_a_step_lowers_the_loss_and_returns_the_loss_before_it():
    rng = np.random.default_rng(0)
    net = small_net(rng, (2, 4, 1), "relu", "sigmoid")
    x, t = rng.normal(0, 1, (20, 2)), rng.integers(0, 2, (20, 1)).astype(float)
    before = net.loss(x, t)
    assert net.step(x, t, lr=0.1) == before
    assert net.loss(x, t) < before
