"""Dropout, layer and batch normalisation and skips (``engine.layers``): the training
gradient against central differences, the evaluation pass against the formulas written out
in NumPy, the heatmap's ``Predictor``, the normalisation state, and the plain network left
exactly as it was."""

import itertools

import numpy as np
import pytest

from playground.engine.layers import (
    BN_MOMENTUM,
    NORM_EPS,
    LayerOptions,
    NormState,
    check_batch,
    check_options,
    norms_equal,
    skippable,
)
from playground.engine.losses import encode_targets, get_loss, head_for, output_width
from playground.engine.model import MLP, Predictor
from playground.errors import ConfigError

ACT = {
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(z, 0.0),
    "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
}
HEADS = [("classification", 2, "cross_entropy"), ("classification", 3, "cross_entropy"),
         ("regression", 0, "mse")]


def _build(hidden, acts, options, task="classification", k=2, seed=0, n=9, n_in=3,
           dtype=np.float64):
    rng = np.random.default_rng(seed)
    sizes = [n_in, *hidden, output_width(task, k)]
    model = MLP(sizes, [*acts, head_for(task, k)], dtype, options)
    model.initialize(rng, "glorot_normal")
    model.params += rng.normal(0, 0.3, model.params.size) * (1 - model.weight_mask)
    for i, g in enumerate(model.gamma):  # away from 1 and 0, so their gradients count
        if g is not None:
            g[...] = rng.uniform(0.5, 1.5, g.size)
            model.beta[i][...] = rng.normal(0, 0.3, g.size)
        if model.running_mean[i] is not None:
            model.running_mean[i][...] = rng.normal(0, 0.5, g.size)
            model.running_var[i][...] = rng.uniform(0.5, 2.0, g.size)
    x = rng.normal(size=(n, n_in))
    values = rng.integers(0, k, n) if task == "classification" else rng.normal(size=n)
    t = encode_targets(values, task, k)
    return model, x, t, get_loss(get_loss_name(task), task)


def get_loss_name(task):
    return "cross_entropy" if task == "classification" else "mse"


def _masks(model, n, rng):
    out = []
    for i, units in enumerate(model.layer_sizes[1:-1]):
        p = model.options.rate(i)
        out.append((rng.random((n, units)) >= p).astype(float) if p else None)
    return out


def reference(model, x, training, masks=None):
    """The logits ``(n, outputs)`` by the formulas of ``engine.layers``' docstring, and each
    hidden layer's output."""
    a, outputs = x, []
    opts = model.options
    for i in range(model.n_layers - 1):
        z = a @ model.weights[i] + model.biases[i]
        kind = opts.norm_of(i)
        if kind == "batch":
            if training and len(z) > 1:
                mean, var = z.mean(axis=0), z.var(axis=0)
            else:
                mean, var = model.running_mean[i], model.running_var[i]
            y = model.gamma[i] * (z - mean) / np.sqrt(var + NORM_EPS) + model.beta[i]
        elif kind == "layer":
            mean, var = z.mean(axis=1, keepdims=True), z.var(axis=1, keepdims=True)
            y = model.gamma[i] * (z - mean) / np.sqrt(var + NORM_EPS) + model.beta[i]
        else:
            y = z
        h = ACT[model.activations[i]](y)
        if training and masks is not None and masks[i] is not None:
            h = h * masks[i] / (1.0 - opts.rate(i))
        if opts.skips(i):
            h = h + a
        outputs.append(h)
        a = h
    return a @ model.weights[-1] + model.biases[-1], outputs


def _aug(x):
    return np.hstack([x, np.ones((len(x), 1))])


def _check_gradient(model, x, t, loss, masks, l2=0.0, h=1e-6):
    analytic = model.gradient(_aug(x), t, loss, 0.0, l2, masks=masks).copy()
    p0 = model.params.copy()
    numeric = np.empty_like(p0)

    def value():
        return loss.value(reference(model, x, True, masks)[0], t, model.head) + \
            model.penalty(0.0, l2)

    for i in range(p0.size):
        model.params[i] = p0[i] + h
        up = value()
        model.params[i] = p0[i] - h
        down = value()
        model.params[i] = p0[i]
        numeric[i] = (up - down) / (2 * h)
    np.testing.assert_allclose(analytic, numeric, rtol=2e-5, atol=2e-7)
    return analytic


def _options(hidden, dropout=False, norm="none", skip=False):
    n = len(hidden)
    return LayerOptions(
        tuple(0.3 if i % 2 == 0 else 0.5 for i in range(n)) if dropout else (),
        (norm,) * n if norm != "none" else (),
        tuple(s and ok for s, ok in zip((skip,) * n, skippable(hidden))) if skip else ())


# --- the training gradient ------------------------------------------------------------------
CASES = [
    *[("dropout", h, dict(dropout=True)) for h in [(4, 3), (5, 4, 3)]],
    *[("layer", h, dict(norm="layer")) for h in [(4, 3), (5, 4, 3)]],
    *[("batch", h, dict(norm="batch")) for h in [(4, 3), (5, 4, 3)]],
    *[("skip", h, dict(skip=True)) for h in [(4, 4), (4, 4, 4)]],
    ("dropout+skip", (4, 4, 4), dict(dropout=True, skip=True)),
    ("layer+skip", (4, 4, 4), dict(norm="layer", skip=True)),
    ("batch+dropout", (5, 4), dict(norm="batch", dropout=True)),
    ("all-layer", (4, 4, 4), dict(dropout=True, norm="layer", skip=True)),
    ("all-batch", (4, 4, 4), dict(dropout=True, norm="batch", skip=True)),
    ("all-batch-2", (3, 3), dict(dropout=True, norm="batch", skip=True)),
]


@pytest.mark.parametrize("act", list(ACT))
@pytest.mark.parametrize("task,k,_loss", HEADS, ids=["binary", "three", "regression"])
@pytest.mark.parametrize("name,hidden,opts", CASES, ids=[c[0] + str(len(c[1])) for c in CASES])
def test_training_gradient_matches_central_differences(name, hidden, opts, task, k, _loss,
                                                       act):
    options = _options(hidden, **opts)
    assert options.any
    model, x, t, loss = _build(hidden, [act] * len(hidden), options, task, k,
                               seed=len(name) + k)
    masks = _masks(model, len(x), np.random.default_rng(5))
    _check_gradient(model, x, t, loss, masks, l2=0.01)
    # the gradient's training pass is the formulas' one
    z = np.empty((model.layer_sizes[-1], len(x)))
    model.gradient(_aug(x), t, loss, masks=masks, logits=z)
    np.testing.assert_allclose(z.T, reference(model, x, True, masks)[0], rtol=1e-12,
                               atol=1e-12)


def test_mixed_norms_and_activations_per_layer():
    options = LayerOptions((0.2, 0.0, 0.4), ("batch", "none", "layer"), (False, True, True))
    model, x, t, loss = _build((4, 4, 4), ["relu", "tanh", "sigmoid"], options, "classification",
                               3)
    grad = _check_gradient(model, x, t, loss, _masks(model, len(x), np.random.default_rng(1)),
                           l2=0.05)
    for i in (0, 2):  # gamma and beta have gradients of their own
        assert np.any(model.ggamma[i] != 0) and np.any(model.gbeta[i] != 0)
    assert model.ggamma[1] is None and model.gamma[1] is None
    assert grad.size == model.params.size


def test_gamma_and_beta_are_views_after_the_dense_blocks_and_free_of_l2():
    options = LayerOptions(norm=("layer", "none", "batch"))
    model = MLP([2, 3, 4, 5, 1], ["tanh"] * 3 + ["sigmoid"], options=options)
    dense = sum((a + 1) * b for a, b in zip(model.layer_sizes, model.layer_sizes[1:]))
    assert model.params.size == dense + 2 * 3 + 2 * 5
    model.params[dense:dense + 3] = 7.0
    np.testing.assert_array_equal(model.gamma[0], 7.0)
    model.params[dense + 6 + 5:] = -1.0
    np.testing.assert_array_equal(model.beta[2], -1.0)
    assert not model.weight_mask[dense:].any()
    assert model.penalty(0.0, 1.0) == MLP([2, 3, 4, 5, 1], ["tanh"] * 3 + ["sigmoid"]) \
        .penalty(0.0, 0.0) + 0.5 * sum(float(np.sum(w * w)) for w in model.weights)


def test_a_diagnostic_gradient_drops_nothing_and_keeps_running_statistics():
    options = LayerOptions((0.5, 0.5), ("batch", "batch"))
    model, x, t, loss = _build((4, 3), ["tanh", "tanh"], options)
    model.dropout_rng = np.random.default_rng(0)
    before = model.norm_state()
    g = model.gradient(_aug(x), t, loss).copy()
    assert norms_equal(model.norm_state(), before)
    np.testing.assert_array_equal(g, model.gradient(_aug(x), t, loss, masks=[None, None]))
    assert all(m is None for m in model.dropout_masks)


def test_a_training_step_draws_masks_and_moves_running_statistics():
    options = LayerOptions((0.5, 0.0), ("batch", "none"))
    model, x, t, loss = _build((6, 3), ["tanh", "tanh"], options, n=40)
    model.dropout_rng = np.random.default_rng(3)
    rm, rv = model.running_mean[0].copy(), model.running_var[0].copy()
    model.gradient(_aug(x), t, loss, step=True)
    mask = model.dropout_masks[0]
    assert mask.shape == (40, 6) and set(np.unique(mask)) == {0.0, 1.0}
    assert model.dropout_masks[1] is None
    assert 0.3 < mask.mean() < 0.7
    z = x @ model.weights[0] + model.biases[0]
    m = BN_MOMENTUM
    np.testing.assert_allclose(model.running_mean[0], (1 - m) * rm + m * z.mean(axis=0))
    np.testing.assert_allclose(model.running_var[0], (1 - m) * rv + m * z.var(axis=0, ddof=1))
    # the same generator state gives the same masks
    model.dropout_rng = np.random.default_rng(3)
    model.gradient(_aug(x), t, loss, step=True)
    np.testing.assert_array_equal(model.dropout_masks[0], mask)


def test_a_batch_of_one_point_is_normalised_by_the_running_statistics():
    # an epoch's last batch can hold one point: no variance to take, so the running statistics
    options = LayerOptions(norm=("batch", "layer"))
    model, x, t, loss = _build((4, 3), ["tanh", "relu"], options, n=1)
    before = model.norm_state()
    model.gradient(_aug(x), t, loss, step=True)
    assert norms_equal(model.norm_state(), before)  # nothing to move them by
    _check_gradient(model, x, t, loss, None)
    z = np.empty((1, 1))
    model.gradient(_aug(x), t, loss, logits=z)
    np.testing.assert_allclose(z.T, model.logits(x), rtol=1e-12)


# --- evaluation -----------------------------------------------------------------------------
@pytest.mark.parametrize("act", list(ACT))
@pytest.mark.parametrize("opts", [dict(dropout=True), dict(norm="batch"), dict(norm="layer"),
                                  dict(skip=True),
                                  dict(dropout=True, norm="batch", skip=True)],
                         ids=["dropout", "batch", "layer", "skip", "all"])
def test_evaluation_is_the_formula_with_running_statistics_and_no_dropout(opts, act):
    hidden = (4, 4, 4)
    model, x, t, _ = _build(hidden, [act] * 3, _options(hidden, **opts), "classification", 3)
    expected, outputs = reference(model, x, training=False)
    np.testing.assert_allclose(model.logits(x), expected, rtol=1e-12, atol=1e-13)
    logits, traces = model.trace(x)
    np.testing.assert_allclose(logits, expected, rtol=1e-12, atol=1e-13)
    for trace, out in zip(traces, outputs):
        np.testing.assert_allclose(trace.a, out, rtol=1e-12, atol=1e-13)
        assert trace.mask is None
    p = np.exp(expected - expected.max(axis=1, keepdims=True))
    np.testing.assert_allclose(model.forward(x), p / p.sum(axis=1, keepdims=True), rtol=1e-12)
    # evaluating moves nothing
    state = model.norm_state()
    model.logits(x)
    assert norms_equal(model.norm_state(), state)


def test_layer_norm_is_the_same_in_training_and_evaluation():
    options = LayerOptions(norm=("layer", "layer"), skip=(False, True))
    model, x, t, loss = _build((5, 5), ["tanh", "relu"], options, "regression", 0)
    z = np.empty((1, len(x)))
    model.gradient(_aug(x), t, loss, step=True, logits=z)
    np.testing.assert_allclose(z.T, model.logits(x), rtol=1e-13, atol=1e-14)
    # one point on its own gives what it gives in a batch (a batch norm one would not)
    np.testing.assert_allclose(model.logits(x[:1]), model.logits(x)[:1], rtol=1e-13)


def test_batch_norm_training_uses_the_batch_and_evaluation_the_running_statistics():
    model, x, t, loss = _build((4,), ["tanh"], LayerOptions(norm=("batch",)), n=12)
    z = np.empty((1, len(x)))
    model.gradient(_aug(x), t, loss, logits=z)
    assert not np.allclose(z.T, model.logits(x))
    np.testing.assert_allclose(z.T, reference(model, x, True)[0], rtol=1e-12)


PREDICTED = {
    "all": LayerOptions((0.3, 0.3, 0.0), ("batch", "layer", "batch"), (False, True, True)),
    "batch": LayerOptions(norm=("batch", "none", "batch")),  # folded into the weights
    "batch+dropout": LayerOptions((0.5, 0.5, 0.5), ("batch", "batch", "batch")),
    "dropout": LayerOptions(dropout=(0.5, 0.0, 0.2)),  # evaluated as a plain network
    "skip": LayerOptions(skip=(False, True, True)),
}


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("band", [None, 5])
@pytest.mark.parametrize("name", list(PREDICTED))
def test_predictor_agrees_with_forward_for_extended_networks(dtype, band, name):
    options = PREDICTED[name]
    model, x, _, _ = _build((4, 4, 4), ["relu", "tanh", "sigmoid"], options, "classification",
                            3, n=23)
    pred = Predictor(model, x, dtype=dtype, band=band)
    tol = 1e-12 if dtype == np.float64 else 2e-5
    np.testing.assert_allclose(pred.run(), model.forward(x), rtol=tol, atol=tol)
    _, traces = model.trace(x)
    for mine, trace in zip(pred.hidden_outputs, traces, strict=True):
        # a unit's picture is its own output: with a skip, before the layer before's is added
        np.testing.assert_allclose(mine, trace.h, rtol=tol, atol=tol)
    # new weights and running statistics reach it by update
    model.params *= 0.9
    if model.running_mean[0] is not None:
        model.running_mean[0][...] += 0.5
    pred.update(model)
    np.testing.assert_allclose(pred.run(), model.forward(x), rtol=tol, atol=tol)


# --- the normalisation state ----------------------------------------------------------------
def _normed():
    options = LayerOptions(norm=("batch", "none", "layer"))
    model, x, _, _ = _build((4, 3, 3), ["tanh"] * 3, options, n=6)
    return model, x


def test_norm_state_round_trip():
    model, x = _normed()
    state = model.norm_state()
    assert [None if s is None else s.kind for s in state] == ["batch", None, "layer"]
    assert state[2].running_mean is None and state[2].running_var is None
    other = MLP(model.layer_sizes, model.activations, options=model.options)
    other.params[:] = model.params
    assert not norms_equal(other.norm_state(), state)  # running statistics not in params
    other.set_norm_state(state)
    assert norms_equal(other.norm_state(), state)
    np.testing.assert_array_equal(other.logits(x), model.logits(x))
    # copies: changing the model leaves the state taken before
    model.gamma[0][...] = 3.0
    model.running_var[0][...] = 9.0
    assert not np.any(state[0].gamma == 3.0) and not np.any(state[0].running_var == 9.0)
    assert MLP([2, 3, 1], ["tanh", "sigmoid"]).norm_state() == ()
    MLP([2, 3, 1], ["tanh", "sigmoid"]).set_norm_state(())


def _with(state, i, **changes):
    s = list(state)
    s[i] = NormState(**{**dict(kind=s[i].kind, gamma=s[i].gamma, beta=s[i].beta,
                               running_mean=s[i].running_mean,
                               running_var=s[i].running_var), **changes})
    return tuple(s)


@pytest.mark.parametrize("make,message", [
    (lambda s: (), "no scale, shift"),
    (lambda s: s[:2], "for 2 hidden layers, the network has 3"),
    (lambda s: (s[0], s[0], s[2]), "hidden layer 2 has normalisation 'none'"),
    (lambda s: (s[2], s[1], s[2]), "hidden layer 1 has normalisation 'batch'"),
    (lambda s: _with(s, 0, running_var=None), "needs its running mean and variance"),
    (lambda s: _with(s, 2, gamma=np.ones(4)), "the scale has shape (4,)"),
    (lambda s: _with(s, 0, beta=np.array([0, np.nan, 0, 0])), "the shift is not finite"),
    (lambda s: _with(s, 0, running_var=-np.ones(4)), "a running variance is negative"),
], ids=["empty", "short", "extra", "kind", "running", "shape", "nan", "negative"])
def test_set_norm_state_refuses_what_does_not_fit_and_changes_nothing(make, message):
    model, x = _normed()
    good = model.norm_state()
    bad = make(tuple(s.copy() if s is not None else None for s in good))
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        model.set_norm_state(bad)
    assert norms_equal(model.norm_state(), good)


def test_set_norm_state_copies_nothing_when_a_later_layer_does_not_fit():
    model, x = _normed()
    good = model.norm_state()
    first = NormState("batch", good[0].gamma + 1, good[0].beta + 1, good[0].running_mean + 1,
                      good[0].running_var + 1)
    with pytest.raises(ConfigError, match="hidden layer 3: the scale"):
        model.set_norm_state(_with((first, None, good[2]), 2, gamma=np.ones(2)))
    assert norms_equal(model.norm_state(), good)


# --- options --------------------------------------------------------------------------------
def test_check_options_and_batch():
    check_options(LayerOptions((0.9, 0.0), ("layer", "batch"), (False, True)), (3, 3))
    for options, hidden, message in [
        (LayerOptions(dropout=(0.95,)), (3,), "from 0 to 0.9"),
        (LayerOptions(dropout=(True,)), (3,), "from 0 to 0.9"),
        (LayerOptions(dropout=(float("nan"),)), (3,), "from 0 to 0.9"),
        (LayerOptions(norm=("group",)), (3,), "unknown normalisation 'group'"),
        (LayerOptions(norm=(["batch"],)), (3,), "unknown normalisation"),  # not a crash
        (LayerOptions(skip=(True,)), (3,), "first hidden layer cannot skip"),
        (LayerOptions(skip=(False, True)), (3, 4), "same width"),
        (LayerOptions(skip=(False, 1)), (3, 3), "true or false"),
        (LayerOptions(norm=("batch",)), (3, 3), "one value per hidden layer"),
    ]:
        with pytest.raises(ConfigError, match=message):
            check_options(options, hidden)
    check_batch(LayerOptions(norm=("layer",)), 1)
    check_batch(LayerOptions(norm=("batch",)), 2)
    with pytest.raises(ConfigError, match="at least 2 points per batch"):
        check_batch(LayerOptions(norm=("none", "batch")), 1)
    assert skippable((3, 3, 4, 4)) == (False, True, False, True)
    assert not LayerOptions((0.0, 0.0), ("none", "none"), (False, False)).any


def test_set_dropout_keeps_the_weights_and_the_generator():
    model, x, t, loss = _build((4, 4), ["tanh", "tanh"], LayerOptions(norm=("batch", "batch")))
    rng = np.random.default_rng(0)
    model.dropout_rng = rng
    params, state = model.params.copy(), model.norm_state()
    model.set_dropout((0.5, 0.2))
    assert model.dropout_rng is rng
    np.testing.assert_array_equal(model.params, params)
    assert norms_equal(model.norm_state(), state)
    model.gradient(_aug(x), t, loss, step=True)
    assert model.dropout_masks[0] is not None
    with pytest.raises(ConfigError, match="from 0 to 0.9"):
        model.set_dropout((0.5, 1.0))
    assert model.options.dropout == (0.5, 0.2)
    plain = MLP([2, 3, 1], ["tanh", "sigmoid"])
    plain.set_dropout((0.4,))
    assert plain.extended
    plain.set_dropout(())
    assert not plain.extended


# --- the plain network, untouched -----------------------------------------------------------
@pytest.mark.parametrize("task,k,_loss", HEADS, ids=["binary", "three", "regression"])
def test_plain_network_is_bit_identical_with_options_off(task, k, _loss):
    hidden, acts = (5, 5, 4), ["tanh", "relu", "sigmoid"]
    plain, x, t, loss = _build(hidden, acts, None, task, k, n=30)
    for off in [LayerOptions(), LayerOptions((0.0,) * 3, ("none",) * 3, (False,) * 3)]:
        other, *_ = _build(hidden, acts, off, task, k, n=30)
        assert not plain.extended and not other.extended
        np.testing.assert_array_equal(other.params, plain.params)
        np.testing.assert_array_equal(other.logits(x), plain.logits(x))
        for l1, l2 in [(0.0, 0.0), (0.01, 0.02)]:
            np.testing.assert_array_equal(other.gradient(_aug(x), t, loss, l1, l2, step=True),
                                          plain.gradient(_aug(x), t, loss, l1, l2))
        assert other.dropout_masks == [] and other.norm_state() == ()


@pytest.mark.parametrize("hidden", [(4,), (5, 5), (4, 4, 4)])
def test_plain_trace_is_its_logits(hidden):
    model, x, *_ = _build(hidden, ["tanh"] * len(hidden), None)
    logits, traces = model.trace(x)
    np.testing.assert_allclose(logits, model.logits(x), rtol=1e-13)
    ref, outputs = reference(model, x, False)
    for trace, out in zip(traces, outputs):
        np.testing.assert_allclose(trace.a, out, rtol=1e-13)


@pytest.mark.parametrize("combo", list(itertools.product([False, True], repeat=3)))
def test_float32_extended_network_stays_float32(combo):
    dropout, norm, skip = combo
    hidden = (4, 4)
    options = _options(hidden, dropout=dropout, norm="batch" if norm else "none", skip=skip)
    model, x, t, loss = _build(hidden, ["tanh", "relu"], options, dtype=np.float32)
    model.dropout_rng = np.random.default_rng(0)
    xa = _aug(x).astype(np.float32)
    g = model.gradient(xa, t.astype(np.float32), loss, step=True)
    assert g.dtype == np.float32 and np.isfinite(g).all()
    assert model.logits(x).dtype == np.float32
    assert all(r is None or r.dtype == np.float32 for r in model.running_mean)
