"""``engine.explain``: one point's forward pass, loss and backward pass agree with the engine's
``MLP`` and with central differences for every activation and (task, head, loss) pairing, and
the explained optimizer step is the real optimizer's step."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.activations import ACTIVATIONS
from playground.engine.explain import (
    bias_corrections,
    explain_point,
    optimizer_update,
    training_gradient,
)
from playground.engine.losses import LOSSES, encode_targets, get_loss, head_for, output_width
from playground.engine.model import MLP
from playground.engine.neurons import flat_params, param_address, param_index, split_params
from playground.engine.optimizers import OPTIMIZERS, make_optimizer
from playground.errors import ConfigError

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


def _network(task, k, hidden, act, seed=0, n_in=3):
    """A float64 model with non-zero biases, one input row and its encoded target."""
    rng = np.random.default_rng(seed)
    sizes = [n_in, *hidden, output_width(task, k)]
    model = MLP(sizes, [act] * len(hidden) + [head_for(task, k)], np.float64)
    model.initialize(rng, "glorot_normal")
    model.params += rng.normal(0, 0.3, model.params.size) * (1 - model.weight_mask)
    x = rng.normal(size=n_in)
    if task == "multilabel":
        value = rng.integers(0, 2, k)
    else:
        value = rng.integers(0, k) if task == "classification" else rng.normal() * 2
    t = encode_targets(np.array([value]), task, k)[0]
    return model, x, t


def _explain(model, x, t, loss):
    return explain_point(model.weights, model.biases, model.activations, x, t, loss)


def test_every_loss_is_paired():
    assert {name for _, _, name in PAIRINGS} == set(LOSSES)


@pytest.mark.parametrize("task,k,loss_name", PAIRINGS)
@pytest.mark.parametrize("act", list(ACTIVATIONS))
def test_gradients_match_the_model_and_central_differences(task, k, loss_name, act):
    model, x, t = _network(task, k, (4, 3), act, seed=7)
    loss = get_loss(loss_name, task)
    expl = _explain(model, x, t, loss)
    # the engine's own backward pass on a batch of one
    engine = model.gradient(np.append(x, 1.0)[None, :], t[None, :], loss).copy()
    analytic = flat_params([layer.dW for layer in expl.layers],
                           [layer.db for layer in expl.layers])
    np.testing.assert_allclose(analytic, engine, rtol=1e-12, atol=1e-14)
    assert np.abs(analytic).max() > 1e-8, "degenerate check: the gradient is all zero"
    # central differences of the explained loss itself
    p0, h = model.pack(), 1e-6
    numeric = np.empty_like(p0)
    for i in range(p0.size):
        values = []
        for sign in (1.0, -1.0):
            p = p0.copy()
            p[i] += sign * h
            model.unpack(p)
            values.append(_explain(model, x, t, loss).loss)
        numeric[i] = (values[0] - values[1]) / (2 * h)
    model.unpack(p0)
    err = np.linalg.norm(analytic - numeric) / max(np.linalg.norm(analytic + numeric), 1e-12)
    assert err < 1e-6


@pytest.mark.parametrize("task,k,loss_name", PAIRINGS)
def test_forward_pass_and_loss_are_the_models(task, k, loss_name):
    model, x, t = _network(task, k, (5, 2), "tanh", seed=2)
    loss = get_loss(loss_name, task)
    expl = _explain(model, x, t, loss)
    assert len(expl.layers) == model.n_layers
    np.testing.assert_allclose(expl.output, model.forward(x[None, :])[0], rtol=1e-14)
    np.testing.assert_allclose(expl.logits, model.logits(x[None, :])[0], rtol=1e-14)
    assert expl.loss == pytest.approx(model.loss(x[None, :], t[None, :], loss), rel=1e-14)
    np.testing.assert_array_equal(expl.features, x)
    np.testing.assert_array_equal(expl.layers[0].a_in, x)
    for i, layer in enumerate(expl.layers):
        np.testing.assert_allclose(layer.z, layer.a_in @ layer.w + layer.b, rtol=1e-14)
        np.testing.assert_array_equal(layer.db, layer.delta)
        np.testing.assert_allclose(layer.dW, np.outer(layer.a_in, layer.delta), rtol=1e-14)
        if i + 1 < len(expl.layers):
            np.testing.assert_array_equal(expl.layers[i + 1].a_in, layer.a)
    gradients = expl.gradients()
    assert list(gradients) == ["W0", "b0", "W1", "b1", "W2", "b2"]
    assert [g.shape for g in gradients.values()] == [
        s for w, b in zip(model.weights, model.biases) for s in (w.shape, b.shape)]


@pytest.mark.parametrize("act", list(ACTIVATIONS))
def test_hidden_delta_is_the_chain_rule(act):
    model, x, t = _network("classification", 4, (3, 4), act, seed=4)
    expl = _explain(model, x, t, get_loss("cross_entropy", "classification"))
    out = expl.layers[-1]
    assert out.is_output and out.slope is None and out.back is None
    # softmax with cross-entropy: delta = p - t for a batch of one
    np.testing.assert_allclose(out.delta, expl.output - t, rtol=1e-12, atol=1e-15)
    for i, layer in enumerate(expl.layers[:-1]):
        nxt = expl.layers[i + 1]
        assert layer.slope is not None and layer.back is not None
        np.testing.assert_allclose(layer.back, nxt.w @ nxt.delta, rtol=1e-14)
        np.testing.assert_allclose(layer.delta, layer.slope * layer.back, rtol=1e-14)
        np.testing.assert_allclose(
            layer.slope, ACTIVATIONS[act].derivative(layer.z, layer.a, None), rtol=1e-14)


def test_no_hidden_layer():
    model, x, t = _network("regression", 0, (), "tanh", seed=1)
    expl = _explain(model, x, t, get_loss("mse", "regression"))
    (layer,) = expl.layers
    np.testing.assert_allclose(layer.delta, 2 * (expl.output - t), rtol=1e-13)


def test_refuses_a_mismatch():
    model, x, t = _network("classification", 2, (3,), "relu")
    with pytest.raises(ConfigError):
        _explain(model, x[:2], t, get_loss("cross_entropy", "classification"))
    with pytest.raises(ConfigError):
        _explain(model, x, t, get_loss("huber", "regression"))


# --- the optimizer's step ---------------------------------------------------------------------
OPTIMIZER_CASES = [
    ("sgd", {}),
    ("sgd", {"weight_decay": 0.1}),
    ("momentum", {"momentum": 0.9}),
    ("momentum", {"momentum": 0.8, "nesterov": True, "weight_decay": 0.01}),
    ("rmsprop", {"alpha": 0.9, "eps": 1e-6}),
    ("rmsprop", {"weight_decay": 0.05}),
    ("adam", {}),
    ("adam", {"beta1": 0.8, "beta2": 0.99, "weight_decay": 0.02}),
    ("adamw", {}),
    ("adamw", {"weight_decay": 0.1, "eps": 1e-4}),
]


def test_every_optimizer_is_explained():
    assert {name for name, _ in OPTIMIZER_CASES} == set(OPTIMIZERS)


@pytest.mark.parametrize("name,hyper", OPTIMIZER_CASES)
@pytest.mark.parametrize("warm", [0, 3], ids=["fresh", "warm"])
def test_update_is_the_real_optimizers_step(name, hyper, warm):
    model, x, t = _network("classification", 2, (4, 3), "tanh", seed=5)
    loss = get_loss("cross_entropy", "classification")
    rng = np.random.default_rng(9)
    opt = make_optimizer(name, model.params.size, np.float64, 0.05, **hyper)
    for _ in range(warm):  # a state with history: velocity, running averages, t > 0
        opt.step(model.params, rng.normal(size=model.params.size))
    state = opt.state()
    l1, l2 = 0.01, 0.02
    expl = _explain(model, x, t, loss)
    grad = training_gradient(expl, l1, l2)
    x_aug = np.append(x, 1.0)[None, :]
    np.testing.assert_allclose(grad, model.gradient(x_aug, t[None, :], loss, l1, l2),
                               rtol=1e-12, atol=1e-15)
    before = model.pack()
    step = optimizer_update(name, before, grad, state, hyper, lr=0.05)
    assert step.t == warm + 1
    opt.step(model.params, grad.copy())  # the real thing, on a batch of that one point
    np.testing.assert_allclose(step.new_params, model.params, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(before - step.new_params, before - model.params,
                               rtol=1e-9, atol=1e-15)
    real = opt.state()
    assert set(step.state) == set(real)
    for key, arr in real.items():
        np.testing.assert_allclose(step.state[key], arr, rtol=1e-12, atol=1e-15)
    np.testing.assert_array_equal(step.params, before)


def test_update_quantities_follow_the_formulas():
    rng = np.random.default_rng(0)
    p, g = rng.normal(size=6), rng.normal(size=6)
    m0, v0 = rng.normal(size=6), rng.random(6)
    step = optimizer_update("adam", p, g, {"m": m0, "v": v0, "t": np.array(4)},
                            {"beta1": 0.9, "beta2": 0.999}, lr=0.01)
    q = step.quantities
    bc1, bc2 = bias_corrections(step)
    assert (bc1, bc2) == (1 - 0.9**5, 1 - 0.999**5)
    np.testing.assert_allclose(q["m"], 0.9 * m0 + 0.1 * g)
    np.testing.assert_allclose(q["v_hat"], (0.999 * v0 + 0.001 * g * g) / bc2)
    np.testing.assert_allclose(q["new"], p - 0.01 * q["m_hat"] / (np.sqrt(q["v_hat"]) + 1e-8))
    sgd = optimizer_update("sgd", p, g, None, None, lr=0.1)
    np.testing.assert_allclose(sgd.new_params, p - 0.1 * g)
    assert sgd.state["t"] == 1 and sgd.lr == 0.1
    with pytest.raises(ConfigError):
        optimizer_update("momentum", p, g, {"v": np.zeros(3)}, None)
    with pytest.raises(ConfigError):
        optimizer_update("lbfgs", p, g)


def test_flat_vectors_and_addresses_are_the_engines():
    model, _, _ = _network("classification", 3, (4, 2), "relu")
    sizes = model.layer_sizes
    flat = flat_params(model.weights, model.biases)
    np.testing.assert_array_equal(flat, model.pack())
    ws, bs = split_params(flat, sizes)
    for w, b, mw, mb in zip(ws, bs, model.weights, model.biases):
        np.testing.assert_array_equal(w, mw)
        np.testing.assert_array_equal(b, mb)
    for index in range(flat.size):
        assert param_index(sizes, *param_address(sizes, index)) == index
    with pytest.raises(ConfigError):
        param_address(sizes, flat.size)
