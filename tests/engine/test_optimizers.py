"""Optimizers against PyTorch's update rules (written out here in plain NumPy), their
validation, state and the learning-rate schedules."""

import dataclasses
import math

import numpy as np
import pytest

from playground.engine.losses import get_loss
from playground.engine.model import MLP
from playground.engine.optimizers import (
    OPTIMIZERS,
    SCHEDULES,
    Adam,
    AdamW,
    make_optimizer,
    scheduled_lr,
)
from playground.errors import ConfigError
from playground.training.config import TrainConfig


# --- a step worked by hand ------------------------------------------------------------------
def _two_one(head):
    model = MLP([2, 1], [head])
    model.set_layers([np.array([[0.5], [-0.25]])], [np.array([0.1])])
    return model


def test_hand_worked_sgd_step_mse_regression():
    # y = 0.5*1 - 0.25*2 + 0.1 = 0.1; L = (y - t)^2; dL/dy = 2 (y - t) = -0.4
    model = _two_one("linear")
    x_aug = np.array([[1.0, 2.0, 1.0]])
    t = np.array([[0.3]])
    g = model.gradient(x_aug, t, get_loss("mse", "regression"))
    np.testing.assert_allclose(g, [-0.4, -0.8, -0.4], rtol=1e-12)
    make_optimizer("sgd", model.params.size, lr=0.1).step(model.params, g)
    # W <- W - lr * dL/dW = [0.5 + 0.04, -0.25 + 0.08]; b <- 0.1 + 0.04
    np.testing.assert_allclose(model.weights[0], [[0.54], [-0.17]], rtol=1e-12)
    np.testing.assert_allclose(model.biases[0], [0.14], rtol=1e-12)


def test_hand_worked_sgd_step_two_samples_cross_entropy():
    # binary head: z = x @ W + b, dL/dz = (sigmoid(z) - t) / n
    model = _two_one("sigmoid")
    x = np.array([[1.0, 2.0], [-2.0, 0.0]])
    t = np.array([[1.0], [0.0]])
    z = x @ np.array([0.5, -0.25]) + 0.1  # [0.1, -0.9]
    p = 1.0 / (1.0 + np.exp(-z))
    dz = (p - t[:, 0]) / 2
    expected_w = np.array([0.5, -0.25]) - 0.5 * (x.T @ dz)
    expected_b = 0.1 - 0.5 * dz.sum()
    g = model.gradient(
        np.hstack([x, np.ones((2, 1))]), t, get_loss("cross_entropy", "classification")
    )
    make_optimizer("sgd", model.params.size, lr=0.5).step(model.params, g)
    np.testing.assert_allclose(model.weights[0][:, 0], expected_w, rtol=1e-12)
    np.testing.assert_allclose(model.biases[0], [expected_b], rtol=1e-12)


# --- PyTorch's rules, in NumPy -------------------------------------------------------------
def ref_sgd(p, g, state, lr, weight_decay=0.0):
    g = g + weight_decay * p
    return p - lr * g


def ref_momentum(p, g, state, lr, momentum=0.9, nesterov=False, weight_decay=0.0):
    g = g + weight_decay * p
    buf = state.get("buf")
    buf = g.copy() if buf is None else momentum * buf + g  # torch: first step buf = g
    state["buf"] = buf
    if nesterov:
        g = g + momentum * buf
    else:
        g = buf
    return p - lr * g


def ref_rmsprop(p, g, state, lr, alpha=0.99, eps=1e-8, weight_decay=0.0):
    g = g + weight_decay * p
    sq = alpha * state.get("sq", 0.0) + (1 - alpha) * g * g
    state["sq"] = sq
    return p - lr * g / (np.sqrt(sq) + eps)


def ref_adam(p, g, state, lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0, w=False):
    if w:
        p = p * (1 - lr * weight_decay)
    else:
        g = g + weight_decay * p
    t = state["t"] = state.get("t", 0) + 1
    m = state["m"] = beta1 * state.get("m", 0.0) + (1 - beta1) * g
    v = state["v"] = beta2 * state.get("v", 0.0) + (1 - beta2) * g * g
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    return p - lr * m_hat / (np.sqrt(v_hat) + eps)


def ref_adamw(p, g, state, lr, weight_decay=0.01, **kw):
    return ref_adam(p, g, state, lr, weight_decay=weight_decay, w=True, **kw)


CASES = [
    ("sgd", {}, ref_sgd),
    ("sgd", {"weight_decay": 0.1}, ref_sgd),
    ("momentum", {}, ref_momentum),
    ("momentum", {"momentum": 0.5, "weight_decay": 0.05}, ref_momentum),
    ("momentum", {"nesterov": True}, ref_momentum),
    ("momentum", {"momentum": 0.7, "nesterov": True, "weight_decay": 0.02}, ref_momentum),
    ("rmsprop", {}, ref_rmsprop),
    ("rmsprop", {"alpha": 0.9, "weight_decay": 0.1}, ref_rmsprop),
    ("adam", {}, ref_adam),
    ("adam", {"beta1": 0.8, "beta2": 0.99, "weight_decay": 0.1}, ref_adam),
    ("adamw", {}, ref_adamw),
    ("adamw", {"weight_decay": 0.2}, ref_adamw),
]


@pytest.mark.parametrize("name,hyper,ref", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_three_steps_match_pytorch_rule(name, hyper, ref):
    rng = np.random.default_rng(1)
    n, lr = 50, 0.05
    p = rng.normal(size=n)
    expected = p.copy()
    opt = make_optimizer(name, n, lr=lr, **hyper)
    state: dict = {}
    for _ in range(3):  # a second and third step exercise the carried state
        g = rng.normal(size=n)
        expected = ref(expected, g, state, lr, **hyper)
        opt.step(p, g.copy())
        np.testing.assert_allclose(p, expected, rtol=1e-12, atol=1e-14)
    assert opt.t == 3


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_float32_optimizer_stays_float32(name):
    rng = np.random.default_rng(2)
    p = rng.normal(size=20).astype(np.float32)
    opt = make_optimizer(name, 20, np.float32, lr=0.01)
    for _ in range(2):
        opt.step(p, rng.normal(size=20).astype(np.float32))
    assert p.dtype == np.float32 and np.isfinite(p).all()
    assert all(a.dtype == np.float32 for a in opt.state_arrays().values())


def test_defaults_are_pytorchs():
    assert make_optimizer("momentum", 1).hyper() == {
        "lr": 0.01,
        "momentum": 0.9,
        "nesterov": False,
        "weight_decay": 0.0,
    }
    assert make_optimizer("rmsprop", 1).hyper() == {
        "lr": 0.01,
        "alpha": 0.99,
        "eps": 1e-8,
        "weight_decay": 0.0,
    }
    adam = Adam(1)
    assert (adam.lr, adam.beta1, adam.beta2, adam.eps, adam.weight_decay) == (
        0.001,
        0.9,
        0.999,
        1e-8,
        0.0,
    )
    assert AdamW(1).weight_decay == 0.01


def test_adam_bias_correction_first_steps_move_by_lr():
    # With a constant gradient g, the bias-corrected m_hat = g and v_hat = g^2 at t=1 and t=2,
    # so each step is lr * g / (|g| + eps): about lr in the direction of -sign(g). Without the
    # correction the first step would be lr * 0.1 / sqrt(0.001) ~ 3.16 lr.
    lr = 0.01
    g = np.array([4.0, -0.5, 1e-3])
    p = np.zeros(3)
    opt = make_optimizer("adam", 3, lr=lr)
    opt.step(p, g.copy())
    np.testing.assert_allclose(p, -lr * g / (np.abs(g) + 1e-8), rtol=1e-9)
    # t=1 by hand: m = 0.1 g, v = 0.001 g^2, corrections 1 - 0.9 and 1 - 0.999
    m1, v1 = 0.1 * g, 0.001 * g * g
    np.testing.assert_allclose(opt.m, m1, rtol=1e-12)
    np.testing.assert_allclose(opt.v, v1, rtol=1e-12)
    opt.step(p, g.copy())
    # t=2: m = 0.19 g, v = 0.001999 g^2, corrections 0.19 and 0.001999
    np.testing.assert_allclose(opt.m, 0.19 * g, rtol=1e-12)
    np.testing.assert_allclose(opt.v, 0.001999 * g * g, rtol=1e-12)
    np.testing.assert_allclose(p, -2 * lr * g / (np.abs(g) + 1e-8), rtol=1e-9)


def test_adam_second_step_with_different_gradient():
    lr, g1, g2 = 0.1, np.array([1.0]), np.array([-3.0])
    p = np.array([0.5])
    opt = make_optimizer("adam", 1, lr=lr)
    opt.step(p, g1.copy())
    opt.step(p, g2.copy())
    m = 0.9 * 0.1 * g1 + 0.1 * g2
    v = 0.999 * 0.001 * g1**2 + 0.001 * g2**2
    step2 = lr * (m / (1 - 0.9**2)) / (np.sqrt(v / (1 - 0.999**2)) + 1e-8)
    np.testing.assert_allclose(p, 0.5 - lr * g1 / (1 + 1e-8) - step2, rtol=1e-12)


# --- configure keeps state ------------------------------------------------------------------
@pytest.mark.parametrize("name", ["momentum", "rmsprop", "adam", "adamw"])
def test_configure_lr_keeps_state(name):
    rng = np.random.default_rng(3)
    g1, g2 = rng.normal(size=8), rng.normal(size=8)
    a_p, b_p = np.ones(8), np.ones(8)
    a = make_optimizer(name, 8, lr=0.01)
    b = make_optimizer(name, 8, lr=0.01)
    a.step(a_p, g1.copy())
    b.step(b_p, g1.copy())
    before = a.state()
    a.configure(lr=0.5)
    assert a.lr == 0.5 and a.t == 1
    for key, arr in a.state_arrays().items():
        np.testing.assert_array_equal(arr, before[key])
    a.step(a_p, g2.copy())
    # the same as an optimizer that kept its state and got lr=0.5 directly
    b.lr = 0.5
    b.step(b_p, g2.copy())
    np.testing.assert_array_equal(a_p, b_p)
    # and not what a fresh optimizer (state dropped) would do from the same point
    p1 = np.ones(8)
    make_optimizer(name, 8, lr=0.01).step(p1, g1.copy())
    make_optimizer(name, 8, lr=0.5).step(p1, g2.copy())
    assert not np.allclose(a_p, p1)


def test_configure_other_hyper_parameters():
    opt = make_optimizer("momentum", 3)
    opt.configure(momentum=0.5, nesterov=True, weight_decay=0.1)
    assert (opt.momentum, opt.nesterov, opt.weight_decay) == (0.5, True, 0.1)


# --- validation -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name,hyper,message",
    [
        ("sgd", {"lr": -1}, "learning rate must be > 0 (got -1)"),
        ("sgd", {"lr": 0}, "learning rate must be > 0 (got 0)"),
        ("sgd", {"lr": 11}, "learning rate must be at least 1e-06 and at most 10 (got 11)"),
        ("adam", {"lr": math.nan}, "learning rate must be a number (got nan)"),
        ("adam", {"lr": math.inf}, "learning rate must be a number (got inf)"),
        ("sgd", {"weight_decay": -0.1}, "weight decay must be at least 0 and at most 1 (got -0.1)"),
        ("momentum", {"momentum": 1.5}, "momentum must be at least 0 and at most 1 (got 1.5)"),
        ("momentum", {"momentum": -0.1}, "momentum must be at least 0 and at most 1 (got -0.1)"),
        ("momentum", {"nesterov": 1}, "nesterov must be true or false (got 1)"),
        ("rmsprop", {"alpha": -0.5}, "alpha must be at least 0 and below 1 (got -0.5)"),
        ("rmsprop", {"eps": 0.0}, "eps must be > 0 (got 0)"),
        ("adam", {"beta1": 2.0}, "beta1 must be at least 0 and below 1 (got 2)"),
        ("adam", {"beta2": -1.0}, "beta2 must be at least 0 and below 1 (got -1)"),
        ("adam", {"eps": -1e-8}, "eps must be > 0 (got -1e-08)"),
        ("adam", {"eps": "1e-8"}, "eps must be a number (got 1e-8)"),
        ("adamw", {"weight_decay": -1}, "weight decay must be at least 0 and at most 1 (got -1)"),
    ],
)
def test_invalid_hyper_parameters_name_the_parameter(name, hyper, message):
    with pytest.raises(ConfigError) as info:
        make_optimizer(name, 4, **hyper)
    assert message in str(info.value)
    opt = make_optimizer(name, 4)
    with pytest.raises(ConfigError) as info:
        opt.configure(**hyper)
    assert message in str(info.value)


def test_configure_is_all_or_nothing():
    opt = make_optimizer("momentum", 2, lr=0.1)
    with pytest.raises(ConfigError):
        opt.configure(lr=0.5, momentum=2.0)
    assert (opt.lr, opt.momentum) == (0.1, 0.9)


def test_declared_defaults_are_the_attributes():
    for spec in OPTIMIZERS.values():
        opt = spec.cls(3)
        assert opt.hyper() == {"lr": spec.cls.default_lr,
                               **{p.name: p.default for p in spec.params}}


@pytest.mark.parametrize("key", ["beta1", "beta2", "alpha"])
def test_beta_of_one_message_does_not_claim_one_is_allowed(key):
    name = "rmsprop" if key == "alpha" else "adam"
    with pytest.raises(ConfigError) as info:
        make_optimizer(name, 4, **{key: 1.0})
    assert "[0, 1]" not in str(info.value)


def test_invalid_value_leaves_lr_unchanged():
    opt = make_optimizer("sgd", 2, lr=0.1)
    with pytest.raises(ConfigError):
        opt.configure(lr=-1)
    assert opt.lr == 0.1


def test_unknown_parameter_and_optimizer_are_refused():
    with pytest.raises(ConfigError, match="'sgd' has no parameter 'momentum'"):
        make_optimizer("sgd", 2, momentum=0.9)
    with pytest.raises(ConfigError, match="unknown optimizer 'lbfgs'"):
        make_optimizer("lbfgs", 2)


# --- state ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_state_round_trip_continues_identically(name):
    rng = np.random.default_rng(4)
    p = rng.normal(size=12)
    opt = make_optimizer(name, 12, lr=0.05)
    for _ in range(3):
        opt.step(p, rng.normal(size=12))
    saved = opt.state()
    assert int(saved["t"]) == 3
    other = make_optimizer(name, 12, lr=0.05)
    other.load_state(saved)
    assert other.t == 3
    q = p.copy()
    g = rng.normal(size=12)
    opt.step(p, g.copy())
    other.step(q, g.copy())
    np.testing.assert_array_equal(p, q)
    # the saved state was a copy: stepping did not change it
    for key, arr in opt.state_arrays().items():
        assert not np.shares_memory(arr, saved[key])


def test_load_state_refuses_wrong_shape_or_missing_array():
    opt = make_optimizer("adam", 5)
    with pytest.raises(ConfigError, match="'m'"):
        opt.load_state({"v": np.zeros(5), "t": np.array(1)})
    with pytest.raises(ConfigError, match="wrong shape"):
        opt.load_state({"m": np.zeros(4), "v": np.zeros(5), "t": np.array(1)})


# --- schedules ------------------------------------------------------------------------------
@pytest.mark.parametrize("epoch", [0, 1, 99, 100, 101, 250, 1000])
def test_schedules_match_their_formulas(epoch):
    lr = 0.2
    assert scheduled_lr("constant", lr, epoch) == lr
    p = {"step_size": 100, "gamma": 0.5}
    assert scheduled_lr("step", lr, epoch, p) == pytest.approx(lr * 0.5 ** (epoch // 100))
    assert scheduled_lr("exponential", lr, epoch, {"gamma": 0.99}) == pytest.approx(
        lr * 0.99**epoch
    )
    t_max = 200
    expected = 0.5 * lr * (1 + math.cos(math.pi * min(epoch, t_max) / t_max))
    assert scheduled_lr("cosine", lr, epoch, {"t_max": t_max}) == pytest.approx(expected)


def test_cosine_landmarks():
    p = {"t_max": 100}
    assert scheduled_lr("cosine", 1.0, 0, p) == pytest.approx(1.0)
    assert scheduled_lr("cosine", 1.0, 50, p) == pytest.approx(0.5)
    assert scheduled_lr("cosine", 1.0, 100, p) == pytest.approx(0.0, abs=1e-15)
    assert scheduled_lr("cosine", 1.0, 500, p) == pytest.approx(0.0, abs=1e-15)
    assert scheduled_lr("cosine", 1.0, 100, {"t_max": 100, "lr_min": 0.1}) == pytest.approx(0.1)


def test_step_schedule_is_piecewise_constant():
    p = {"step_size": 3, "gamma": 0.1}
    lrs = [scheduled_lr("step", 1.0, e, p) for e in range(7)]
    assert lrs == pytest.approx([1, 1, 1, 0.1, 0.1, 0.1, 0.01])


def test_unknown_schedule_is_refused():
    assert set(SCHEDULES) == {"constant", "step", "exponential", "cosine"}
    with pytest.raises(ConfigError, match="unknown schedule 'linear'"):
        scheduled_lr("linear", 0.1, 0)


def test_schedule_parameters_take_their_declared_defaults_and_ranges():
    assert scheduled_lr("step", 1.0, 100) == 0.5  # step_size 100, gamma 0.5
    assert scheduled_lr("exponential", 1.0, 2) == pytest.approx(0.99**2)  # its own default
    assert scheduled_lr("cosine", 1.0, 1000) == pytest.approx(0.0, abs=1e-15)  # t_max 1000
    with pytest.raises(ConfigError, match="schedule gamma must be at least 1e-06 and at most 1"):
        scheduled_lr("step", 1.0, 3, {"gamma": 2.0})
    with pytest.raises(ConfigError, match="schedule 'exponential' has no parameter 't_max'"):
        scheduled_lr("exponential", 1.0, 3, {"t_max": 10})
    with pytest.raises(ConfigError, match="schedule 'constant' has no parameter 'gamma'"):
        scheduled_lr("constant", 1.0, 3, {"gamma": 0.5})


def test_registries_have_labels_and_their_params_map_to_config_fields():
    fields = {f.name for f in dataclasses.fields(TrainConfig)}
    for registry in (OPTIMIZERS, SCHEDULES):
        for name, spec in registry.items():
            assert spec.name == name and spec.label and spec.label != name
            for param in spec.params:
                assert param.label and param.tip
                assert param.field is None or param.field in fields, (name, param.field)
