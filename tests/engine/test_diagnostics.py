"""What a network does inside (``engine.diagnostics``) on networks built by hand to have dead
or saturated units, and the flat-parameter addressing of neurons (``engine.neurons``)."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.engine.diagnostics import (
    dead_fraction,
    dead_units,
    hidden_outputs,
    layer_norms,
    principal_axes,
    regression_scores,
    saturated_fraction,
    saturated_mask,
)
from playground.engine.model import MLP
from playground.engine.neurons import (
    block_offsets,
    flat_params,
    held_params,
    incoming,
    neuron_params,
    outgoing,
    param_address,
    param_index,
    split_params,
    values_at,
    weight_mask,
    with_values,
)
from playground.errors import ConfigError


def mlp(sizes, acts, weights, biases) -> MLP:
    model = MLP(sizes, acts)
    model.set_layers([np.asarray(w, float) for w in weights],
                     [np.asarray(b, float) for b in biases])
    return model


@pytest.fixture
def xs():
    rng = np.random.default_rng(0)
    return rng.uniform(-1.0, 1.0, size=(50, 2))


# --- hidden outputs, dead units ---------------------------------------------------------------
def test_hidden_outputs_are_the_forward_pass(xs):
    rng = np.random.default_rng(1)
    model = MLP([2, 3, 4, 1], ["tanh", "relu", "sigmoid"])
    model.initialize(rng)
    model.biases[0][...] = rng.normal(size=3)
    a1, a2 = hidden_outputs(model, xs)
    w, b = model.weights, model.biases
    np.testing.assert_allclose(a1, np.tanh(xs @ w[0] + b[0]))
    np.testing.assert_allclose(a2, np.maximum(a1 @ w[1] + b[1], 0.0))
    assert hidden_outputs(MLP([2, 1], ["sigmoid"]), xs) == []  # no hidden layer


def test_a_relu_unit_with_a_large_negative_bias_is_dead(xs):
    # unit 0 passes x1, unit 1 passes x2, unit 2 is x1 - x2 - 100: below 0 on every point
    model = mlp([2, 3, 1], ["relu", "sigmoid"],
                [[[1, 0, 1], [0, 1, -1]], [[1], [1], [1]]], [[0, 0, -100], [0]])
    (a,) = hidden_outputs(model, xs)
    assert (a[:, 0] == 0).any() and (a[:, 1] == 0).any()  # zero on some points: not dead
    assert dead_units("relu", a).tolist() == [False, False, True]
    assert dead_fraction("relu", a) == pytest.approx(1 / 3)
    # a second dead unit, and a layer that is all dead
    model.biases[0][1] = -5.0
    (a,) = hidden_outputs(model, xs)
    assert dead_fraction("relu", a) == pytest.approx(2 / 3)
    model.biases[0][0] = -5.0
    assert dead_fraction("relu", hidden_outputs(model, xs)[0]) == 1.0


def test_only_relu_dies():
    zeros = np.zeros((5, 3))
    for name in ("tanh", "sigmoid", "leaky_relu", "linear", "sin"):
        assert not dead_units(name, zeros).any() and dead_fraction(name, zeros) == 0.0
    assert not dead_units("relu", np.zeros((0, 3))).any()  # no points: nothing is known dead
    assert dead_fraction("relu", np.zeros((4, 0))) == 0.0  # no units


# --- saturation -------------------------------------------------------------------------------
def test_tanh_saturation_counts_unit_by_point_outputs():
    x = np.array([[1.0, 0.0], [-1.0, 0.0], [0.001, 0.0], [0.5, 0.0]])
    # unit 0: 100·x1 (tanh(±100), tanh(50) flat; tanh(0.1) not); unit 1: 0.001·x1 (never);
    # unit 2: bias 10 (always); unit 3: zero (never)  ->  3 + 0 + 4 + 0 of 16
    model = mlp([2, 4, 1], ["tanh", "sigmoid"],
                [[[100, 0.001, 0, 0], [0, 0, 0, 0]], [[1], [1], [1], [1]]],
                [[0, 0, 10, 0], [0]])
    (a,) = hidden_outputs(model, x)
    mask = saturated_mask("tanh", a)
    assert mask[:, 0].tolist() == [True, True, False, True]
    assert mask.sum(axis=0).tolist() == [3, 0, 4, 0]
    assert saturated_fraction("tanh", a) == 7 / 16
    assert dead_fraction("tanh", a) == 0.0


def test_tanh_threshold_is_099():
    a = np.tanh(np.array([[2.6, 2.7, -2.7, -2.6]]))  # tanh(2.65) ≈ 0.990
    assert saturated_mask("tanh", a).tolist() == [[False, True, True, False]]


def test_sigmoid_saturates_at_both_ends():
    x = np.array([[1.0, 0.0], [0.0, 0.0], [-1.0, 0.0]])
    # unit 0: 6·x1 -> sigmoid(6) ≈ 0.9975 and sigmoid(-6) flat, sigmoid(0) not;
    # unit 1: 4·x1 -> sigmoid(±4) ≈ 0.982 / 0.018: not flat  ->  2 of 6
    model = mlp([2, 2, 1], ["sigmoid", "sigmoid"], [[[6, 4], [0, 0]], [[1], [1]]], [[0, 0], [0]])
    (a,) = hidden_outputs(model, x)
    assert saturated_mask("sigmoid", a)[:, 0].tolist() == [True, False, True]
    assert saturated_fraction("sigmoid", a) == pytest.approx(2 / 6)


def test_other_activations_never_saturate():
    a = np.full((3, 2), 1e6)
    for name in ("relu", "linear", "softplus"):
        assert not saturated_mask(name, a).any() and saturated_fraction(name, a) == 0.0
    assert saturated_fraction("tanh", np.zeros((0, 3))) == 0.0


def test_layer_norms():
    np.testing.assert_allclose(layer_norms([np.array([[3.0, 4.0]]), np.zeros(2), np.ones(4)]),
                               [5.0, 0.0, 2.0])


# --- regression scores, principal axes --------------------------------------------------------
def test_regression_scores_by_hand():
    r2, rmse = regression_scores(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 4.0]))
    # residual 1; targets' mean 7/3, total (16 + 1 + 25) / 9 = 42/9
    assert r2 == pytest.approx(1 - 9 / 42) and rmse == pytest.approx(math.sqrt(1 / 3))
    assert regression_scores(np.arange(4.0), np.arange(4.0)) == (1.0, 0.0)
    r2, rmse = regression_scores(np.array([1.0, 3.0]), np.array([2.0, 2.0]))  # flat targets
    assert math.isnan(r2) and rmse == 1.0
    assert all(math.isnan(v) for v in regression_scores(np.zeros(0), np.zeros(0)))
    # the mean as prediction scores 0; columns and rows are the same thing
    t = np.array([0.0, 1.0, 5.0])
    assert regression_scores(np.full((3, 1), 2.0), t)[0] == pytest.approx(0.0)


@pytest.mark.parametrize("sign", [1.0, -1.0])
def test_principal_axes_find_the_direction_and_sign_it(sign):
    rng = np.random.default_rng(3)
    along = rng.normal(size=200) * 5.0
    across = rng.normal(size=200) * 0.1
    u, v = np.array([0.6, 0.8]), np.array([-0.8, 0.6])
    a = sign * (np.outer(along, u) + np.outer(across, v)) + [2.0, -1.0]
    mean, axes, explained = principal_axes(a)
    np.testing.assert_allclose(mean, a.mean(axis=0))
    assert axes.shape == (2, 2)
    # each axis signed so that its largest component is positive, whatever the data's sign
    np.testing.assert_allclose(axes[:, 0], u, atol=1e-3)
    np.testing.assert_allclose(axes[:, 1], -v, atol=1e-3)  # (0.8, -0.6)
    assert explained[0] > 0.99 and explained.sum() == pytest.approx(1.0)
    assert abs(axes[:, 0] @ axes[:, 1]) < 1e-12


def test_principal_axes_of_few_units_or_points():
    a = np.array([[1.0], [2.0], [4.0]])
    mean, axes, explained = principal_axes(a)  # one unit: the second axis is padding
    assert mean.tolist() == [7 / 3] and axes.tolist() == [[1.0, 0.0]]
    assert explained.tolist() == [1.0, 0.0]
    mean, axes, explained = principal_axes(np.array([[1.0, 2.0, 3.0]]))  # one point
    assert axes.tolist() == [[1, 0], [0, 1], [0, 0]] and explained.tolist() == [0, 0]
    mean, axes, _ = principal_axes(np.zeros((0, 3)))
    assert mean.tolist() == [0, 0, 0]
    _, axes, explained = principal_axes(np.ones((4, 2)))  # no variance at all
    assert explained.tolist() == [0, 0] and np.isfinite(axes).all()


# --- neurons: flat-parameter addressing -------------------------------------------------------
SIZES = (3, 4, 2, 1)


def test_param_index_addresses_the_mlp_blocks():
    model = MLP(SIZES, ["tanh", "relu", "sigmoid"])
    seen = []
    for layer, (fan_in, fan_out) in enumerate(zip(SIZES[:-1], SIZES[1:])):
        for row in range(fan_in + 1):
            for col in range(fan_out):
                i = param_index(SIZES, layer, row, col)
                seen.append(i)
                model.params[...] = 0.0
                model.params[i] = 7.0
                if row < fan_in:
                    assert model.weights[layer][row, col] == 7.0
                else:
                    assert model.biases[layer][col] == 7.0
                assert np.count_nonzero(model.params) == 1
    assert sorted(seen) == list(range(model.params.size))  # every parameter exactly once
    assert block_offsets(SIZES) == [0, 16, 26, 29] and model.params.size == 29


@pytest.mark.parametrize("address", [(3, 0, 0), (-1, 0, 0), (0, 4, 0), (0, 0, 4), (2, -1, 0)])
def test_param_index_refuses_what_is_not_there(address):
    with pytest.raises(ConfigError):
        param_index(SIZES, *address)


def test_incoming_and_outgoing_are_a_neurons_column_and_row():
    model = MLP(SIZES, ["tanh", "relu", "sigmoid"])
    model.params[incoming(SIZES, 0, 2)] = 1.0
    w, b = model.weights, model.biases
    assert (w[0][:, 2] == 1).all() and b[0][2] == 1 and np.count_nonzero(model.params) == 4
    model.params[...] = 0.0
    model.params[outgoing(SIZES, 0, 2)] = 1.0
    assert (w[1][2] == 1).all() and np.count_nonzero(model.params) == 2
    model.params[...] = 0.0
    model.params[incoming(SIZES, 1, 1)] = 1.0
    model.params[outgoing(SIZES, 1, 1)] = 2.0
    assert (w[1][:, 1] == 1).all() and b[1][1] == 1 and w[2][1, 0] == 2
    assert np.count_nonzero(model.params) == 6


def test_held_params_masks():
    assert held_params(SIZES, [], []) is None
    held, zeroed = held_params(SIZES, [(0, 1)], [(1, 0)])
    model = MLP(SIZES, ["tanh", "relu", "sigmoid"])
    expected_held = np.zeros(model.params.size, bool)
    expected_held[incoming(SIZES, 0, 1)] = True  # frozen: incoming weights and bias
    pruned = np.concatenate([incoming(SIZES, 1, 0), outgoing(SIZES, 1, 0)])
    expected_held[pruned] = True
    assert (held == expected_held).all()
    assert set(np.flatnonzero(zeroed)) == set(pruned.tolist())
    # a frozen neuron's outgoing weights still learn, but for the one into the pruned neuron
    assert held[outgoing(SIZES, 0, 1)].tolist() == [True, False]
    with pytest.raises(ConfigError):
        held_params(SIZES, [(2, 0)], [])  # the output layer is not a hidden layer
    with pytest.raises(ConfigError):
        held_params(SIZES, [], [(0, 4)])


layer_sizes = st.lists(st.integers(1, 6), min_size=2, max_size=5).map(tuple)


@settings(max_examples=60, deadline=None)
@given(layer_sizes)
def test_addresses_and_flat_indices_round_trip(sizes):
    total = block_offsets(sizes)[-1]
    addresses = [param_address(sizes, i) for i in range(total)]
    assert [param_index(sizes, *a) for a in addresses] == list(range(total))
    assert len(set(addresses)) == total
    with pytest.raises(ConfigError):
        param_address(sizes, total)
    with pytest.raises(ConfigError):
        param_address(sizes, -1)


@settings(max_examples=60, deadline=None)
@given(layer_sizes, st.integers(0, 2**32 - 1))
def test_per_layer_values_and_the_flat_vector_agree(sizes, seed):
    """``flat_params`` / ``split_params`` / ``values_at`` / ``with_values`` read and write the
    parameter ``param_index`` names, and the weight mask is True exactly where a row is below
    fan_in: the layout of ``MLP.params``."""
    model = MLP(sizes, ["tanh"] * (len(sizes) - 2) + ["linear"])
    rng = np.random.default_rng(seed)
    model.params[...] = rng.normal(size=model.params.size)
    flat = flat_params(model.weights, model.biases)
    np.testing.assert_array_equal(flat, model.params)
    ws, bs = split_params(flat, sizes)
    np.testing.assert_array_equal(flat_params(ws, bs), flat)
    addresses = [param_address(sizes, i) for i in range(flat.size)]
    assert values_at(ws, bs, addresses) == tuple(flat.tolist())
    assert weight_mask(sizes).tolist() == [row < sizes[layer] for layer, row, _ in addresses]
    np.testing.assert_array_equal(model.weight_mask, weight_mask(sizes))
    i = int(rng.integers(flat.size))
    ws2, bs2 = with_values(ws, bs, [(*addresses[i], 42.0)])
    changed = flat_params(ws2, bs2)
    assert changed[i] == 42.0 and np.delete(changed, i).tolist() == np.delete(flat, i).tolist()
    assert flat_params(ws, bs)[i] == flat[i]  # the originals are left alone


def test_values_outside_the_network_are_refused():
    ws, bs = split_params(np.arange(29.0), SIZES)
    assert values_at(ws, bs, [(3, 0, 0)]) is None
    assert values_at(ws, bs, [(0, 3, 1)]) == (float(param_index(SIZES, 0, 3, 1)),)  # a bias
    assert values_at(ws, bs, [(0, 4, 0)]) is None
    assert values_at(ws, bs, [(0, 0, 4)]) is None
    with pytest.raises(ConfigError):
        with_values(ws, bs, [(0, 5, 0, 1.0)])


def test_a_neurons_params_are_its_incoming_then_outgoing():
    assert neuron_params(SIZES, 1, 1) == [(1, 0, 1), (1, 1, 1), (1, 2, 1), (1, 3, 1), (1, 4, 1),
                                          (2, 1, 0)]
