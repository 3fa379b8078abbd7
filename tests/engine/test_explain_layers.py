"""``engine.explain`` for hidden layers with dropout, a normalisation and a skip: the explained
gradients (weights, biases, gamma and beta) equal ``MLP.gradient`` on a batch of one with the
same mask (layer norm), a reference with batch norm's running statistics as constants (batch
norm), and central differences; the recorded steps hold the numbers the pages show."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.explain import explain_point, point_masks, training_gradient
from playground.engine.layers import NORM_EPS, LayerOptions
from playground.engine.losses import encode_targets, get_loss
from playground.engine.model import MLP
from playground.errors import ConfigError

HIDDEN = (4, 4, 4)


def _model(options, act="tanh", seed=1):
    rng = np.random.default_rng(seed)
    model = MLP([2, *HIDDEN, 3], [act] * len(HIDDEN) + ["softmax"], np.float64, options)
    model.initialize(rng, "glorot_normal")
    model.params += rng.normal(0, 0.3, model.params.size)  # gamma, beta and biases away from 1/0
    for i in range(len(HIDDEN)):
        if model.running_mean[i] is not None:
            model.running_mean[i][...] = rng.normal(0, 0.5, HIDDEN[i])
            model.running_var[i][...] = rng.uniform(0.5, 2.0, HIDDEN[i])
    x = rng.normal(size=2)
    t = encode_targets(np.array([1.0]), "classification", 3)[0]
    return model, x, t


def _explain(model, x, t, loss, masks=None):
    return explain_point(model.weights, model.biases, model.activations, x, t, loss,
                         options=model.options, norms=model.norm_state(), masks=masks)


def _masks():
    return [np.array([1.0, 0.0, 1.0, 1.0]), None, np.array([0.0, 1.0, 1.0, 0.0])]


def _fixed_stats_loss(model, x, t, loss, masks, params):
    """The point's loss with batch norm's running statistics as constants (the reference the
    explanation's batch-norm gradient must be the derivative of)."""
    saved = model.params.copy()
    model.params[...] = params
    try:
        a = x
        for i in range(len(HIDDEN)):
            z = a @ model.weights[i] + model.biases[i]
            kind = model.options.norm_of(i)
            if kind == "batch":
                z = (z - model.running_mean[i]) / np.sqrt(model.running_var[i] + NORM_EPS)
                z = model.gamma[i] * z + model.beta[i]
            elif kind == "layer":
                z = (z - z.mean()) / np.sqrt(z.var() + NORM_EPS)
                z = model.gamma[i] * z + model.beta[i]
            h = np.tanh(z)
            p = model.options.rate(i)
            if masks[i] is not None and p > 0:
                h = h * masks[i] / (1 - p)
            a = h + a if model.options.skips(i) else h
        logits = a @ model.weights[-1] + model.biases[-1]
        return float(loss.value(logits[None, :], t[None, :], "softmax"))
    finally:
        model.params[...] = saved


def _central(model, x, t, loss, masks, eps=1e-6):
    p0 = model.params.copy()
    g = np.empty_like(p0)
    for k in range(p0.size):
        up, down = p0.copy(), p0.copy()
        up[k] += eps
        down[k] -= eps
        g[k] = (_fixed_stats_loss(model, x, t, loss, masks, up)
                - _fixed_stats_loss(model, x, t, loss, masks, down)) / (2 * eps)
    return g


LAYER = LayerOptions(dropout=(0.5, 0.0, 0.5), norm=("layer", "none", "layer"),
                     skip=(False, True, True))
BATCH = LayerOptions(dropout=(0.5, 0.0, 0.5), norm=("batch", "layer", "batch"),
                     skip=(False, True, True))


def test_layer_norm_dropout_skip_equal_the_models_gradient_on_a_batch_of_one():
    model, x, t = _model(LAYER)
    loss = get_loss("cross_entropy", "classification")
    masks = _masks()
    expl = _explain(model, x, t, loss, masks)
    x_aug = np.append(x, 1.0)[None, :]
    batch_masks = [None if m is None else m[None, :] for m in masks]
    want = model.gradient(x_aug, t[None, :], loss, masks=batch_masks).copy()
    np.testing.assert_allclose(training_gradient(expl), want, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(training_gradient(expl), _central(model, x, t, loss, masks),
                               rtol=1e-5, atol=1e-8)


def test_batch_norm_uses_the_running_statistics_as_constants():
    model, x, t = _model(BATCH)
    loss = get_loss("cross_entropy", "classification")
    masks = _masks()
    expl = _explain(model, x, t, loss, masks)
    assert expl.loss == pytest.approx(
        _fixed_stats_loss(model, x, t, loss, masks, model.params), rel=1e-12)
    np.testing.assert_allclose(training_gradient(expl), _central(model, x, t, loss, masks),
                               rtol=1e-5, atol=1e-8)
    e = expl.layers[0].extras
    np.testing.assert_allclose(e.mean, model.running_mean[0])
    np.testing.assert_allclose(e.var, model.running_var[0])
    # with fixed statistics the normalisation is a per-unit scale: dz = dy * gamma / std
    np.testing.assert_allclose(expl.layers[0].delta, e.dy * e.gamma / e.std)


def test_without_dropout_masks_the_logits_are_the_models_evaluation():
    model, x, t = _model(BATCH)
    loss = get_loss("cross_entropy", "classification")
    expl = _explain(model, x, t, loss)
    np.testing.assert_allclose(expl.logits, model.logits(x[None, :])[0], rtol=1e-12)
    assert all(layer.extras is None or layer.extras.mask is None for layer in expl.layers)


def test_the_steps_hold_the_numbers():
    model, x, t = _model(LAYER)
    loss = get_loss("cross_entropy", "classification")
    expl = _explain(model, x, t, loss, _masks())
    first, second = expl.layers[0], expl.layers[1]
    e = first.extras
    assert e.norm == "layer" and e.mean.item() == pytest.approx(first.z.mean())
    np.testing.assert_allclose(e.y, e.gamma * e.xhat + e.beta)
    np.testing.assert_allclose(e.h, np.tanh(e.y))
    assert e.scale == pytest.approx(2.0)
    np.testing.assert_allclose(first.a, e.h * e.mask * 2.0)
    assert first.a[1] == 0.0  # the dropped unit
    np.testing.assert_allclose(e.dh, e.da * e.mask * 2.0)
    assert second.extras.skip and second.extras.mask is None
    np.testing.assert_allclose(second.a, second.extras.h + first.a)
    # the skip sends layer 2's dL/da straight back to layer 1
    np.testing.assert_allclose(e.skip_in, second.extras.da)
    np.testing.assert_allclose(e.da, first.back + second.extras.da)
    grads = expl.gradients()
    assert set(grads) >= {"gamma0", "beta0", "gamma2", "beta2"} and "gamma1" not in grads
    np.testing.assert_allclose(grads["gamma0"], e.dy * e.xhat)


def test_point_masks_are_reproducible_and_per_point():
    opts = LayerOptions(dropout=(0.5, 0.0, 0.3))
    a = point_masks(opts, HIDDEN, 7, 2, 11)
    assert a[1] is None and a[0].shape == (4,)
    assert all(np.array_equal(u, v) for u, v in zip(a[::2], point_masks(opts, HIDDEN, 7, 2,
                                                                          11)[::2]))
    many = [point_masks(opts, (50, 50, 50), 7, 2, k)[0] for k in range(2)]
    assert not np.array_equal(many[0], many[1])
    assert set(np.unique(many[0])) <= {0.0, 1.0}


def test_a_missing_norm_state_is_refused():
    model, x, t = _model(BATCH)
    loss = get_loss("cross_entropy", "classification")
    with pytest.raises(ConfigError):
        explain_point(model.weights, model.biases, model.activations, x, t, loss,
                      options=model.options)
    with pytest.raises(ConfigError):
        explain_point(model.weights, model.biases, model.activations, x, t, loss,
                      options=model.options, norms=model.norm_state(),
                      masks=[np.ones(3), None, None])
