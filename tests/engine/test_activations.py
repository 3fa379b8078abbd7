"""Activations and losses: values against straightforward references, numerical stability,
``out=`` buffers, and the loss/task pairing rules. (Derivatives are checked by central
differences in test_gradients.py.)"""

import math

import numpy as np
import pytest

from playground.engine.activations import ACTIVATIONS, HIDDEN_ACTIVATIONS, get_activation
from playground.engine.losses import (
    HEAD_FUNCTIONS,
    LOSSES,
    encode_targets,
    get_loss,
    head_for,
    losses_for,
    output_width,
)
from playground.errors import ConfigError

Z = np.linspace(-8.0, 8.0, 161).reshape(23, 7)


def _naive_gelu_tanh(z):
    return 0.5 * z * (1 + np.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z**3)))


REFERENCES = {
    "relu": lambda z: np.where(z > 0, z, 0.0),
    "leaky_relu": lambda z: np.where(z > 0, z, 0.01 * z),
    "elu": lambda z: np.where(z > 0, z, np.exp(z) - 1.0),
    "gelu": _naive_gelu_tanh,
    "silu": lambda z: z / (1.0 + np.exp(-z)),
    "softplus": lambda z: np.log(1.0 + np.exp(z)),
    "tanh": lambda z: (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z)),
    "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
    "linear": lambda z: z,
    "sin": lambda z: np.vectorize(math.sin)(z),
}


def test_every_registered_activation_has_a_reference():
    assert set(REFERENCES) == set(ACTIVATIONS) == set(HIDDEN_ACTIVATIONS)


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_forward_matches_reference(name):
    got = ACTIVATIONS[name].forward(Z.copy(), None)
    np.testing.assert_allclose(got, REFERENCES[name](Z), rtol=1e-12, atol=1e-14)
    assert got.shape == Z.shape and got.dtype == np.float64


def test_gelu_is_close_to_the_erf_form():
    z = np.linspace(-5, 5, 101)
    exact = np.array([0.5 * v * (1 + math.erf(v / math.sqrt(2))) for v in z])
    np.testing.assert_allclose(ACTIVATIONS["gelu"].forward(z, None), exact, atol=1e-3)


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_known_points(name):
    fwd = ACTIVATIONS[name].forward
    zero = fwd(np.zeros(1), None)[0]
    expected_zero = {"sigmoid": 0.5, "softplus": math.log(2.0)}.get(name, 0.0)
    assert zero == pytest.approx(expected_zero, abs=1e-15)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_extreme_inputs_give_no_overflow_or_nan(name, dtype):
    z = np.array([-1e3, -700.0, -50.0, -1.0, 0.0, 1.0, 50.0, 700.0, 1e3], dtype=dtype)
    act = ACTIVATIONS[name]
    # underflow to 0 is harmless (e^-1000); overflow, invalid and divide-by-zero are not
    with np.errstate(over="raise", invalid="raise", divide="raise", under="ignore"):
        a = act.forward(z, None)
        d = act.derivative(z, a, None)
    assert np.isfinite(a).all() and np.isfinite(d).all()
    assert a.dtype == dtype and d.dtype == dtype
    if name in ("sigmoid",):
        assert a[0] == 0.0 and a[-1] == 1.0
    if name in ("softplus", "relu", "silu", "gelu", "elu", "leaky_relu"):
        assert a[-1] == pytest.approx(1e3)  # ~identity for large positive z


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_out_buffer_is_written_and_returned(name):
    act = ACTIVATIONS[name]
    z = Z.copy()
    expected = act.forward(z, None)
    out = np.full_like(z, np.nan)
    got = act.forward(z, out)
    assert got is out
    np.testing.assert_array_equal(out, expected)
    np.testing.assert_array_equal(z, Z)  # input untouched

    expected_d = act.derivative(z, expected, None)
    d_out = np.full_like(z, np.nan)
    got_d = act.derivative(z, expected, d_out)
    assert got_d is d_out
    np.testing.assert_array_equal(d_out, expected_d)
    np.testing.assert_array_equal(z, Z)


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_out_buffer_in_float32(name):
    act = ACTIVATIONS[name]
    z = Z.astype(np.float32)
    out = np.empty_like(z)
    act.forward(z, out)
    np.testing.assert_allclose(out, REFERENCES[name](Z), rtol=2e-6, atol=2e-6)


def test_unknown_activation_lists_choices():
    with pytest.raises(ConfigError, match="unknown activation 'swish'.*relu"):
        get_activation("swish")


# --- heads ----------------------------------------------------------------------------------
def test_softmax_head_rows_sum_to_one_even_for_huge_logits():
    z = np.array([[1000.0, -1000.0, 0.0], [1.0, 2.0, 3.0]])
    with np.errstate(over="raise", invalid="raise"):
        p = HEAD_FUNCTIONS["softmax"](z, None)
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    np.testing.assert_allclose(p[0], [1.0, 0.0, 0.0])
    e = np.exp([1.0, 2.0, 3.0])
    np.testing.assert_allclose(p[1], e / e.sum())


def test_head_and_width_follow_the_task():
    assert head_for("classification", 2) == "sigmoid" and output_width("classification", 2) == 1
    assert head_for("classification", 5) == "softmax" and output_width("classification", 5) == 5
    assert head_for("regression", 0) == "linear" and output_width("regression", 0) == 1
    with pytest.raises(ConfigError, match="classes must be between 2 and 8"):
        head_for("classification", 9)


# --- losses ---------------------------------------------------------------------------------
def _naive_sigmoid_ce(z, t):
    p = 1.0 / (1.0 + np.exp(-z))
    return float(np.mean(-(t * np.log(p) + (1 - t) * np.log(1 - p))))


def test_binary_cross_entropy_equals_naive_value():
    z = np.array([[2.0], [-1.0], [0.3], [-4.0]])
    t = np.array([[1.0], [1.0], [0.0], [0.0]])
    ce = get_loss("cross_entropy", "classification")
    assert ce.value(z, t, "sigmoid") == pytest.approx(_naive_sigmoid_ce(z, t), rel=1e-12)


def test_softmax_cross_entropy_equals_minus_log_p_true():
    rng = np.random.default_rng(0)
    z = rng.normal(0, 3, (6, 4))
    labels = np.array([0, 3, 1, 2, 2, 0])
    t = encode_targets(labels, "classification", 4)
    e = np.exp(z)
    p_true = e[np.arange(6), labels] / e.sum(axis=1)
    ce = get_loss("cross_entropy", "classification")
    assert ce.value(z, t, "softmax") == pytest.approx(float(np.mean(-np.log(p_true))), rel=1e-12)


def test_cross_entropy_is_finite_and_exact_for_logits_of_1000():
    ce = get_loss("cross_entropy", "classification")
    with np.errstate(over="raise", invalid="raise", divide="raise", under="ignore"):
        # confidently right costs ~0, confidently wrong costs the margin
        assert ce.value(np.array([[1000.0]]), np.array([[1.0]]), "sigmoid") == 0.0
        assert ce.value(np.array([[1000.0]]), np.array([[0.0]]), "sigmoid") == 1000.0
        assert ce.value(np.array([[-1000.0]]), np.array([[1.0]]), "sigmoid") == 1000.0
        z = np.array([[1000.0, -1000.0, 0.0]])
        assert ce.value(z, np.array([[0.0, 1.0, 0.0]]), "softmax") == pytest.approx(2000.0)
        assert ce.value(z, np.array([[1.0, 0.0, 0.0]]), "softmax") == pytest.approx(0.0)
        p, d = np.empty((1, 3)), np.empty((1, 3))
        ce.delta(z, np.array([[0.0, 1.0, 0.0]]), "softmax", p, d)
    np.testing.assert_allclose(d, [[1.0, -1.0, 0.0]])


def test_mse_known_values():
    mse = get_loss("mse", "regression")
    # per sample: mean over units of (y - t)^2; then mean over samples
    assert mse.value(np.array([[1.0], [3.0]]), np.array([[0.0], [1.0]]), "linear") == 2.5
    mse_c = get_loss("mse", "classification")
    z = np.zeros((1, 2))  # softmax -> [0.5, 0.5]
    assert mse_c.value(z, np.array([[1.0, 0.0]]), "softmax") == pytest.approx(0.25)
    assert mse_c.value(np.zeros((1, 1)), np.array([[1.0]]), "sigmoid") == pytest.approx(0.25)


def test_mae_and_huber_known_values():
    z = np.array([[0.5], [3.0], [-2.0]])
    t = np.zeros((3, 1))
    assert get_loss("mae", "regression").value(z, t, "linear") == pytest.approx(5.5 / 3)
    # Huber(delta=1): 0.5 r^2 inside, |r| - 0.5 outside
    assert get_loss("huber", "regression").value(z, t, "linear") == pytest.approx(
        (0.125 + 2.5 + 1.5) / 3
    )


def test_hinge_known_values():
    hinge = get_loss("hinge", "classification")
    # binary: labels as -1/+1, max(0, 1 - y z)
    z, t = np.array([[0.5], [-2.0], [0.2]]), np.array([[1.0], [0.0], [0.0]])
    assert hinge.value(z, t, "sigmoid") == pytest.approx((0.5 + 0.0 + 1.2) / 3)
    # multi-class (PyTorch MultiMarginLoss): sum_{j != y} max(0, 1 - z_y + z_j) / K
    z = np.array([[1.0, 0.5, -1.0]])
    assert hinge.value(z, np.array([[1.0, 0.0, 0.0]]), "softmax") == pytest.approx(0.5 / 3)


@pytest.mark.parametrize(
    "name,task",
    [
        ("mae", "classification"),
        ("huber", "classification"),
        ("cross_entropy", "regression"),
        ("hinge", "regression"),
    ],
)
def test_invalid_pairings_are_refused(name, task):
    with pytest.raises(ConfigError, match=f"loss '{name}' does not fit a {task} task"):
        get_loss(name, task)


def test_unknown_loss_is_refused():
    with pytest.raises(ConfigError, match="unknown loss 'kl'"):
        get_loss("kl", "classification")


def test_losses_for_each_task():
    assert losses_for("classification") == ("cross_entropy", "mse", "hinge")
    assert losses_for("regression") == ("mse", "mae", "huber")
    for task in ("classification", "regression"):
        for name in losses_for(task):
            assert get_loss(name, task) is LOSSES[name]


def test_encode_targets():
    np.testing.assert_array_equal(
        encode_targets(np.array([2, 0]), "classification", 3), [[0, 0, 1], [1, 0, 0]]
    )
    t = encode_targets(np.array([0.5, -1.0]), "regression", 0, np.float32)
    assert t.shape == (2, 1) and t.dtype == np.float32
