"""Linear regions (engine/regions.py): which networks have them, and the regions of points."""

from __future__ import annotations

import numpy as np
import pytest

from playground.engine.activations import ACTIVATIONS, Activation, relu
from playground.engine.layers import LayerOptions
from playground.engine.model import MLP
from playground.engine.regions import (
    LAYER_NORM,
    NOT_PIECEWISE_LINEAR,
    activation_patterns,
    linear_regions,
    model_reason,
    region_ids,
    regions_reason,
)
from playground.errors import ConfigError


def grid(res: int = 200, box: float = 3.0) -> np.ndarray:
    g = np.linspace(-box, box, res)
    return np.stack(np.meshgrid(g, g), -1).reshape(-1, 2)


def network(hidden: tuple[int, ...], activation: str = "relu", seed: int = 0,
            options: LayerOptions | None = None) -> MLP:
    model = MLP((2, *hidden, 1), [activation] * len(hidden) + ["sigmoid"], np.float64, options)
    model.initialize(np.random.default_rng(seed), "he_normal", bias="normal")
    return model


def assert_affine_between(model: MLP, x: np.ndarray, ids: np.ndarray, pairs: int = 40) -> None:
    """Points of one region: the network is affine on the segment between two of them (a
    region of a piecewise linear network is convex), so its logits along the segment lie on
    the line through the ends."""
    rng = np.random.default_rng(1)
    checked = 0
    for region in rng.permutation(ids.max() + 1):
        members = np.flatnonzero(ids == region)
        if len(members) < 2:
            continue
        a, b = x[rng.choice(members, 2, replace=False)]
        t = np.linspace(0.0, 1.0, 9)[:, None]
        along = model.logits(a + t * (b - a))
        line = model.logits(a[None])[0] + t * (model.logits(b[None])[0] - model.logits(a[None])[0])
        np.testing.assert_allclose(along, line, rtol=1e-9, atol=1e-9)
        checked += 1
        if checked == pairs:
            break
    assert checked >= 5


def test_one_layer_of_k_relus_cuts_the_plane_into_at_most_the_line_arrangement_bound():
    for k in (3, 5, 8):
        for seed in range(4):
            _, count = linear_regions(network((k,), seed=seed), grid())
            assert 1 < count <= 1 + k + k * (k - 1) // 2


def test_a_linear_network_is_one_region():
    ids, count = linear_regions(network((6, 4), "linear"), grid(50))
    assert count == 1 and ids.dtype == np.int32 and (ids == 0).all()
    assert regions_reason(["linear", "linear"]) is None


def test_counts_grow_with_width_and_with_depth():
    def mean_count(hidden: tuple[int, ...]) -> float:
        return float(np.mean([linear_regions(network(hidden, seed=s), grid())[1]
                              for s in range(5)]))

    assert mean_count((4,)) < mean_count((8,)) < mean_count((16,))
    assert mean_count((8,)) < mean_count((8, 8)) < mean_count((8, 8, 8))


def test_ids_number_the_patterns_and_each_region_is_one_affine_function():
    model, x = network((8, 8)), grid(120)
    ids, count = linear_regions(model, x)
    assert ids.shape == (len(x),) and set(np.unique(ids)) == set(range(count))
    patterns = activation_patterns(model, x)
    # two points share an id exactly when they share a pattern
    _, first = np.unique(ids, return_index=True)
    for region, row in enumerate(first):
        same = (patterns == patterns[row]).all(axis=1)
        np.testing.assert_array_equal(same, ids == region)
    assert_affine_between(model, x, ids)


def test_region_ids_of_long_patterns_and_of_none():
    rng = np.random.default_rng(3)
    rows = rng.integers(0, 2, (500, 12), dtype=np.uint8) * 255  # 12 bytes: the void path
    rows[250:] = rows[:250]
    ids, count = region_ids(rows)
    np.testing.assert_array_equal(ids[250:], ids[:250])
    assert count == len(np.unique(rows, axis=0))
    ids, count = region_ids(np.zeros((0, 3), np.uint8))
    assert ids.shape == (0,) and count == 0
    ids, count = region_ids(np.zeros((4, 0), np.uint8))
    assert count == 1 and (ids == 0).all()


def test_leaky_relu_networks_have_regions_too():
    model, x = network((6, 6), "leaky_relu", seed=2), grid(120)
    ids, count = linear_regions(model, x)
    assert count > 1
    assert_affine_between(model, x, ids)


def test_batch_norm_dropout_and_skips_keep_a_network_piecewise_affine():
    options = LayerOptions(dropout=(0.3, 0.3, 0.0), norm=("batch", "none", "batch"),
                           skip=(False, True, True))
    model = network((8, 8, 8), seed=4, options=options)
    rng = np.random.default_rng(5)
    for h in (0, 2):  # running statistics and a scale and shift of their own
        model.running_mean[h][...] = rng.normal(0, 0.5, 8)  # type: ignore[index]
        model.running_var[h][...] = rng.uniform(0.5, 2.0, 8)  # type: ignore[index]
        model.gamma[h][...] = rng.uniform(0.5, 1.5, 8)  # type: ignore[index]
        model.beta[h][...] = rng.normal(0, 0.3, 8)  # type: ignore[index]
    assert model_reason(model) is None
    x = grid(120)
    ids, count = linear_regions(model, x)
    assert count > 1
    assert_affine_between(model, x, ids)


def test_layer_norm_and_smooth_activations_are_refused_with_the_reason():
    normed = network((6, 6), options=LayerOptions(norm=("layer", "none")))
    assert model_reason(normed) == LAYER_NORM
    with pytest.raises(ConfigError, match="layer norm"):
        linear_regions(normed, grid(10))
    smooth = network((6,), "tanh")
    assert model_reason(smooth) == NOT_PIECEWISE_LINEAR
    with pytest.raises(ConfigError, match="ReLU, leaky ReLU or linear"):
        linear_regions(smooth, grid(10))
    assert regions_reason(["relu", "sigmoid"]) == NOT_PIECEWISE_LINEAR


def test_an_activation_declares_itself_piecewise_linear(monkeypatch):
    monkeypatch.setitem(ACTIVATIONS, "relu_twice", Activation(
        "relu_twice", "ReLU twice", relu, relu, piecewise_linear=True, kinks=(0.0, 1.0)))
    assert regions_reason(["relu_twice", "relu"]) is None
    monkeypatch.setitem(ACTIVATIONS, "bent", Activation("bent", "Bent", relu, relu))
    assert regions_reason(["bent"]) == NOT_PIECEWISE_LINEAR
