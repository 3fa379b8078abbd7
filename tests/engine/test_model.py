"""The MLP: parameter layout, views, limits, dtype, Predictor and initialisers."""

import numpy as np
import pytest

from playground.engine.activations import ACTIVATIONS
from playground.engine.init import INITIALIZERS, get_initializer
from playground.engine.losses import encode_targets, get_loss
from playground.engine.model import MAX_HIDDEN_LAYERS, MAX_UNITS, MLP, Predictor
from playground.errors import ConfigError


def _random_layers(sizes, seed=0):
    rng = np.random.default_rng(seed)
    ws = [rng.normal(size=(a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
    bs = [rng.normal(size=b) for b in sizes[1:]]
    return ws, bs


def test_pack_order_is_w0_b0_w1_b1():
    sizes = [3, 4, 5, 2]
    model = MLP(sizes, ["tanh", "relu", "softmax"])
    ws, bs = _random_layers(sizes)
    model.set_layers(ws, bs)
    expected = np.concatenate([a for w, b in zip(ws, bs) for a in (w.ravel(), b)])
    np.testing.assert_array_equal(model.pack(), expected)
    assert model.params.size == 3 * 4 + 4 + 4 * 5 + 5 + 5 * 2 + 2


def test_pack_unpack_round_trip_and_pack_is_a_copy():
    sizes = [2, 6, 1]
    model = MLP(sizes, ["tanh", "sigmoid"])
    flat = np.random.default_rng(1).normal(size=model.params.size)
    model.unpack(flat)
    packed = model.pack()
    np.testing.assert_array_equal(packed, flat)
    packed[:] = 0.0
    np.testing.assert_array_equal(model.params, flat)
    other = MLP(sizes, ["tanh", "sigmoid"])
    other.unpack(model.pack())
    x = np.random.default_rng(2).normal(size=(5, 2))
    np.testing.assert_array_equal(other.forward(x), model.forward(x))


def test_unpack_wrong_size_is_refused():
    model = MLP([2, 3, 1], ["relu", "linear"])
    with pytest.raises(ConfigError, match="has 5 values, the network needs 13"):
        model.unpack(np.zeros(5))


def test_set_layers_refuses_wrong_shapes():
    model = MLP([2, 3, 1], ["relu", "linear"])
    with pytest.raises(ConfigError, match="layer 1"):
        model.set_layers([np.zeros((2, 3)), np.zeros((2, 1))], [np.zeros(3), np.zeros(1)])
    with pytest.raises(ConfigError, match="expected 2 weight layers"):
        model.set_layers([np.zeros((2, 3))], [np.zeros(3)])


def test_weights_and_biases_are_views_into_params():
    sizes = [2, 3, 2]
    model = MLP(sizes, ["tanh", "softmax"])
    w, b = model.weights, model.biases
    assert [a.shape for a in w] == [(2, 3), (3, 2)]
    assert [a.shape for a in b] == [(3,), (2,)]
    assert all(np.shares_memory(a, model.params) for a in (*w, *b))
    w[1][2, 0] = 7.0
    b[0][1] = -3.0
    params = model.pack()
    assert params[6 + 3 + 2 * 2 + 0] == 7.0  # W1 starts after W0 (6) and b0 (3)
    assert params[6 + 1] == -3.0
    model.unpack(np.arange(model.params.size, dtype=float))
    np.testing.assert_array_equal(w[0], [[0, 1, 2], [3, 4, 5]])
    np.testing.assert_array_equal(b[0], [6, 7, 8])
    np.testing.assert_array_equal(b[1], [15, 16])


def test_forward_is_dense_layers_by_the_book():
    sizes = [3, 4, 3]
    model = MLP(sizes, ["relu", "softmax"])
    ws, bs = _random_layers(sizes, 5)
    model.set_layers(ws, bs)
    x = np.random.default_rng(6).normal(size=(7, 3))
    h = np.maximum(x @ ws[0] + bs[0], 0.0)
    z = h @ ws[1] + bs[1]
    e = np.exp(z - z.max(axis=1, keepdims=True))
    np.testing.assert_allclose(model.logits(x), z, rtol=1e-12)
    np.testing.assert_allclose(model.forward(x), e / e.sum(axis=1, keepdims=True), rtol=1e-12)


def test_no_hidden_layer_is_logistic_regression():
    model = MLP([2, 1], ["sigmoid"])
    model.set_layers([np.array([[1.0], [-2.0]])], [np.array([0.5])])
    x = np.array([[1.0, 1.0]])
    assert model.forward(x)[0, 0] == pytest.approx(1 / (1 + np.exp(0.5)))


# --- limits ---------------------------------------------------------------------------------
@pytest.mark.parametrize("hidden", [0, 1, MAX_HIDDEN_LAYERS])
def test_hidden_layer_counts_within_limits(hidden):
    model = MLP([2] + [3] * hidden + [1], ["tanh"] * hidden + ["sigmoid"])
    assert model.n_layers == hidden + 1


def test_too_many_hidden_layers():
    n = MAX_HIDDEN_LAYERS + 1
    with pytest.raises(ConfigError, match=f"hidden layers must be at most 8 \\(got {n}\\)"):
        MLP([2] + [3] * n + [1], ["tanh"] * n + ["sigmoid"])


@pytest.mark.parametrize("units", [1, MAX_UNITS])
def test_units_within_limits(units):
    assert MLP([2, units, 1], ["relu", "linear"]).weights[0].shape == (2, units)


@pytest.mark.parametrize("units", [0, MAX_UNITS + 1, -3])
def test_units_out_of_limits(units):
    with pytest.raises(ConfigError, match=f"between 1 and 256 \\(got {units}\\)"):
        MLP([2, units, 1], ["relu", "linear"])


def test_activation_list_must_fit():
    with pytest.raises(ConfigError, match="need 2 activations"):
        MLP([2, 3, 1], ["sigmoid"])
    with pytest.raises(ConfigError, match="output activation must be one of"):
        MLP([2, 3, 1], ["relu", "tanh"])
    with pytest.raises(ConfigError, match="unknown activation 'swish'"):
        MLP([2, 3, 1], ["swish", "linear"])
    with pytest.raises(ConfigError, match="dtype must be float32 or float64"):
        MLP([2, 1], ["linear"], np.float16)


# --- dtype ----------------------------------------------------------------------------------
@pytest.mark.parametrize("head,k", [("sigmoid", 2), ("softmax", 3), ("linear", 0)])
def test_float32_model_stays_float32(head, k):
    task = "regression" if head == "linear" else "classification"
    out = 1 if k <= 2 else k
    sizes = [3, 5, 4, out]
    m32 = MLP(sizes, ["tanh", "gelu", head], np.float32)
    m64 = MLP(sizes, ["tanh", "gelu", head], np.float64)
    m64.initialize(np.random.default_rng(0))
    m32.unpack(m64.pack().astype(np.float32))
    rng = np.random.default_rng(1)
    x = rng.normal(size=(9, 3))
    values = rng.integers(0, max(k, 2), 9) if task == "classification" else rng.normal(size=9)
    loss = get_loss("mse", task)
    g64 = m64.gradient(
        np.hstack([x, np.ones((9, 1))]), encode_targets(values, task, k), loss, 0.1, 0.01
    )
    x32 = np.hstack([x, np.ones((9, 1))]).astype(np.float32)
    g32 = m32.gradient(x32, encode_targets(values, task, k, np.float32), loss, 0.1, 0.01)
    assert g32 is m32.grad
    assert g32.dtype == np.float32 and m32.params.dtype == np.float32
    assert m32.forward(x).dtype == np.float32 and m32.logits(x).dtype == np.float32
    np.testing.assert_allclose(g32, g64, rtol=1e-3, atol=1e-5)


# --- Predictor ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sizes,acts",
    [
        ([2, 1], ["sigmoid"]),
        ([4, 8, 3, 1], ["relu", "tanh", "sigmoid"]),
        ([3, 6, 5], ["elu", "softmax"]),
        ([2, 7, 7, 1], ["sin", "softplus", "linear"]),
    ],
)
def test_predictor_equals_forward(sizes, acts):
    model = MLP(sizes, acts)
    model.initialize(np.random.default_rng(3), "glorot_normal")
    model.params += 0.1  # non-zero biases
    x = np.random.default_rng(4).normal(size=(50, sizes[0]))
    pred = Predictor(model, x)
    got = pred.run()
    assert got.dtype == np.float32 and got.shape == (50, sizes[-1])
    np.testing.assert_allclose(got, model.forward(x), rtol=1e-5, atol=1e-6)
    # hidden outputs are the hidden layers' activations
    a = x
    for i, (w, b) in enumerate(zip(model.weights[:-1], model.biases[:-1])):
        a = ACTIVATIONS[acts[i]].forward(a @ w + b, None)
        np.testing.assert_allclose(pred.hidden_outputs[i], a, rtol=1e-5, atol=1e-6)


def test_predictor_keeps_its_copy_until_update():
    model = MLP([2, 4, 1], ["tanh", "sigmoid"])
    model.initialize(np.random.default_rng(5))
    x = np.random.default_rng(6).normal(size=(10, 2))
    pred = Predictor(model, x)
    first = pred.run()
    model.params *= -1.0
    np.testing.assert_array_equal(pred.run(), first)  # a copy of the weights, not a view
    pred.update(model)
    np.testing.assert_allclose(pred.run(), model.forward(x), rtol=1e-5, atol=1e-6)
    # run() returns a new array each time
    out = pred.run()
    out[:] = 42.0
    assert not np.any(pred.run() == 42.0)


# --- initialisers ---------------------------------------------------------------------------
FAN_IN, FAN_OUT = 300, 500


@pytest.mark.parametrize(
    "name,variance",
    [
        ("glorot_uniform", 2.0 / (FAN_IN + FAN_OUT)),
        ("glorot_normal", 2.0 / (FAN_IN + FAN_OUT)),
        ("he_uniform", 2.0 / FAN_IN),
        ("he_normal", 2.0 / FAN_IN),
        ("uniform", 1.0 / 12.0),
    ],
)
def test_initialiser_variance(name, variance):
    w = get_initializer(name).draw(np.random.default_rng(7), FAN_IN, FAN_OUT)
    assert w.shape == (FAN_IN, FAN_OUT)
    assert abs(w.mean()) < 0.02 * np.sqrt(variance)
    assert w.var() == pytest.approx(variance, rel=0.03)


@pytest.mark.parametrize(
    "name,bound",
    [
        ("glorot_uniform", np.sqrt(6.0 / (FAN_IN + FAN_OUT))),
        ("he_uniform", np.sqrt(6.0 / FAN_IN)),
        ("uniform", 0.5),
    ],
)
def test_uniform_initialisers_bound(name, bound):
    w = get_initializer(name).draw(np.random.default_rng(8), FAN_IN, FAN_OUT)
    assert np.abs(w).max() <= bound
    assert np.abs(w).max() > 0.99 * bound  # the whole range is used


@pytest.mark.parametrize("name", list(INITIALIZERS))
def test_initialize_zeroes_biases_and_repeats_with_the_seed(name):
    sizes = [3, 16, 8, 2]
    a, b, c = (MLP(sizes, ["relu", "tanh", "softmax"]) for _ in range(3))
    a.params += 1.0  # initialize must overwrite everything, biases included
    a.initialize(np.random.default_rng(11), name)
    b.initialize(np.random.default_rng(11), name)
    c.initialize(np.random.default_rng(12), name)
    np.testing.assert_array_equal(a.params, b.params)
    assert not np.array_equal(a.params, c.params)
    assert all(np.all(bias == 0.0) for bias in a.biases)
    assert all(np.count_nonzero(w) == w.size for w in a.weights)


def test_unknown_initialiser():
    with pytest.raises(ConfigError, match="unknown initialiser 'orthogonal'"):
        MLP([2, 1], ["linear"]).initialize(np.random.default_rng(0), "orthogonal")


# --- penalty --------------------------------------------------------------------------------
def test_penalty_covers_weights_not_biases():
    model = MLP([2, 1], ["linear"])
    model.set_layers([np.array([[1.0], [-2.0]])], [np.array([100.0])])
    assert model.penalty(l2=0.1) == pytest.approx(0.5 * 0.1 * 5.0)
    assert model.penalty(l1=0.1) == pytest.approx(0.1 * 3.0)
    x, t = np.zeros((1, 2)), np.array([[100.0]])
    assert model.loss(x, t, get_loss("mse", "regression"), l1=0.1, l2=0.1) == pytest.approx(
        0.25 + 0.3
    )


# --- the tutorials' scheme: N(0, std²), biases zero or N(0, std²) ----------------------------
@pytest.mark.parametrize("std", [0.01, 1.0, 3.0])
def test_normal_initialiser_has_the_given_std(std):
    w = get_initializer("normal").weights(np.random.default_rng(9), FAN_IN, FAN_OUT, std)
    assert w.shape == (FAN_IN, FAN_OUT)
    assert abs(w.mean()) < 0.02 * std
    assert w.std() == pytest.approx(std, rel=0.03)


def test_schemes_that_ignore_the_std_say_so_and_draw_the_same():
    assert get_initializer("normal").uses_std
    assert not get_initializer("glorot_uniform").uses_std
    a = get_initializer("glorot_uniform").weights(np.random.default_rng(1), 4, 3, 0.01)
    b = get_initializer("glorot_uniform").weights(np.random.default_rng(1), 4, 3, 5.0)
    np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("bias", ["zero", "normal"])
def test_normal_init_draws_layer_by_layer_as_a_tutorial_does(bias):
    """W0 then b0 (when drawn), then W1, ... from the one generator: what
    ``np.random.default_rng(seed).normal(0, std, shape)`` gives in that order."""
    sizes, std = [3, 5, 2], 0.5
    model = MLP(sizes, ["tanh", "softmax"])
    model.params += 1.0
    model.initialize(np.random.default_rng(21), "normal", std=std, bias=bias)
    rng = np.random.default_rng(21)
    for w, b, (fan_in, fan_out) in zip(model.weights, model.biases,
                                       zip(sizes[:-1], sizes[1:])):
        np.testing.assert_array_equal(w, rng.normal(0.0, std, (fan_in, fan_out)))
        want = rng.normal(0.0, std, fan_out) if bias == "normal" else np.zeros(fan_out)
        np.testing.assert_array_equal(b, want)


def test_normal_biases_with_another_scheme_use_the_std():
    model = MLP([2, 256, 1], ["tanh", "sigmoid"])
    model.initialize(np.random.default_rng(2), "glorot_uniform", std=0.2, bias="normal")
    assert model.biases[0].std() == pytest.approx(0.2, rel=0.15)


def test_unknown_bias_init():
    with pytest.raises(ConfigError, match="bias"):
        MLP([2, 1], ["linear"]).initialize(np.random.default_rng(0), "normal", bias="ones")
