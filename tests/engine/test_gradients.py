"""Central-difference gradient checks: every activation x every valid head/loss pairing."""

import numpy as np
import pytest

from playground.engine.activations import ACTIVATIONS
from playground.engine.losses import LOSSES, encode_targets, get_loss, head_for, output_width
from playground.engine.model import MLP

PAIRINGS = [
    ("classification", 2, "cross_entropy"),
    ("classification", 2, "mse"),
    ("classification", 2, "hinge"),
    ("classification", 4, "cross_entropy"),
    ("classification", 4, "mse"),
    ("classification", 4, "hinge"),
    ("regression", 0, "mse"),
    ("regression", 0, "mae"),
    ("regression", 0, "huber"),
    ("multilabel", 3, "cross_entropy"),
    ("multilabel", 3, "cross_entropy_sum"),
    ("multilabel", 3, "mse"),
]


def _problem(task, k, hidden, act, seed=0, n=7, n_in=3):
    rng = np.random.default_rng(seed)
    sizes = [n_in, *hidden, output_width(task, k)]
    model = MLP(sizes, [act] * len(hidden) + [head_for(task, k)], np.float64)
    model.initialize(rng, "glorot_normal")
    # non-zero biases so every code path (and the bias gradient) is exercised
    model.params += rng.normal(0, 0.3, model.params.size) * (1 - model.weight_mask)
    x = rng.normal(size=(n, n_in))
    if task == "classification":
        values = rng.integers(0, k, n)
    elif task == "multilabel":
        values = rng.integers(0, 2, (n, k))
    else:
        values = rng.normal(size=n) * 2
    t = encode_targets(values, task, k)
    return model, x, t


def _check(model, x, t, loss, l1=0.0, l2=0.0, h=1e-6):
    x_aug = np.hstack([x, np.ones((len(x), 1))])
    analytic = model.gradient(x_aug, t, loss, l1, l2).copy()
    p0 = model.pack()
    numeric = np.empty_like(p0)
    for i in range(p0.size):
        p = p0.copy()
        p[i] += h
        model.unpack(p)
        up = model.loss(x, t, loss, l1, l2)
        p[i] -= 2 * h
        model.unpack(p)
        down = model.loss(x, t, loss, l1, l2)
        numeric[i] = (up - down) / (2 * h)
    model.unpack(p0)
    err = np.linalg.norm(analytic - numeric) / max(np.linalg.norm(analytic + numeric), 1e-12)
    return err, analytic


@pytest.mark.parametrize("task,k,loss_name", PAIRINGS)
@pytest.mark.parametrize("act", list(ACTIVATIONS))
@pytest.mark.parametrize("hidden", [(), (5,), (4, 3, 4)], ids=["h0", "h1", "h3"])
def test_gradient_matches_central_differences(task, k, loss_name, act, hidden):
    model, x, t = _problem(task, k, hidden, act)
    err, analytic = _check(model, x, t, get_loss(loss_name, task))
    assert np.abs(analytic).max() > 1e-8, "degenerate check: gradient is all zero"
    assert err < 1e-6


@pytest.mark.parametrize("task,k,loss_name", PAIRINGS)
@pytest.mark.parametrize("l1,l2", [(0.0, 0.3), (0.2, 0.0), (0.05, 0.1)])
def test_gradient_with_penalties(task, k, loss_name, l1, l2):
    model, x, t = _problem(task, k, (5, 4), "tanh", seed=3)
    err, _ = _check(model, x, t, get_loss(loss_name, task), l1, l2)
    assert err < 1e-6


def test_penalty_excludes_biases():
    model, _, _ = _problem("regression", 0, (3,), "tanh")
    w_sq = sum(float((w**2).sum()) for w in model.weights)
    w_abs = sum(float(np.abs(w).sum()) for w in model.weights)
    assert model.penalty(0.0, 2.0) == pytest.approx(w_sq)
    assert model.penalty(0.5, 0.0) == pytest.approx(0.5 * w_abs)
    # changing a bias does not change the penalty
    before = model.penalty(0.1, 0.1)
    model.biases[0][:] += 5.0
    assert model.penalty(0.1, 0.1) == before


def test_every_loss_is_checked():
    assert {name for _, _, name in PAIRINGS} == set(LOSSES)
