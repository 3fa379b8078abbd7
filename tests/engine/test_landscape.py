"""The loss landscape's maths (``engine.landscape``): filter-normalised directions, principal
directions of a trajectory, the projection onto the plane and the surface itself."""

import numpy as np
import pytest

from playground.engine import landscape as ls
from playground.engine.landscape import (
    LandscapeError,
    batch_loss,
    filter_normalized_direction,
    filter_normalized_directions,
    project,
    surface,
    trajectory_directions,
)
from playground.engine.losses import encode_targets, get_loss
from playground.engine.model import MLP


def network(seed: int = 0, sizes=(2, 6, 5, 1), acts=("tanh", "relu", "sigmoid")):
    rng = np.random.default_rng(seed)
    model = MLP(sizes, acts)
    model.initialize(rng)
    model.params[...] += 0.1 * rng.standard_normal(model.params.size)  # non-zero biases too
    x = rng.standard_normal((40, sizes[0]))
    t = encode_targets(rng.integers(0, 2, 40), "classification", 2)
    return model, x, t, get_loss("cross_entropy", "classification")


def test_each_filter_of_a_direction_has_the_norm_of_its_weights():
    model, *_ = network()
    model.blocks(model.params)[1][:-1, 2] = 0.0  # a unit with no weights (a pruned one)
    d = filter_normalized_direction(model, np.random.default_rng(1))
    assert d.shape == model.params.shape
    for block, dblock in zip(model.blocks(model.params), model.blocks(d)):
        np.testing.assert_allclose(np.linalg.norm(dblock[:-1], axis=0),
                                   np.linalg.norm(block[:-1], axis=0), rtol=1e-12, atol=0)
        assert np.all(dblock[-1] == 0.0)  # biases: no component
    assert np.all(model.blocks(d)[1][:, 2] == 0.0)
    # with biases, the whole column (weights and bias) is one filter
    d = filter_normalized_direction(model, np.random.default_rng(1), biases=True)
    for block, dblock in zip(model.blocks(model.params), model.blocks(d)):
        np.testing.assert_allclose(np.linalg.norm(dblock, axis=0),
                                   np.linalg.norm(block, axis=0), rtol=1e-12)


def test_directions_from_blocks_equal_directions_from_the_model_and_are_seeded():
    model, *_ = network()
    blocks = [b.copy() for b in model.blocks(model.params)]
    a1, a2 = filter_normalized_directions(model, np.random.default_rng(5))
    b1, b2 = filter_normalized_directions(blocks, np.random.default_rng(5))
    assert np.array_equal(a1, b1) and np.array_equal(a2, b2)
    assert not np.allclose(a1, a2)


def test_batch_loss_equals_the_models_loss():
    model, x, t, loss = network()
    rng = np.random.default_rng(2)
    stack = model.params + 0.3 * rng.standard_normal((7, model.params.size))
    expected = []
    for p in stack:
        other = MLP(model.layer_sizes, model.activations)
        other.unpack(p)
        expected.append(other.loss(x, t, loss))
    np.testing.assert_allclose(batch_loss(model, x, t, loss, dtype=None)(stack), expected,
                               rtol=1e-12)
    np.testing.assert_allclose(batch_loss(model, x, t, loss)(stack), expected, rtol=1e-5)


def test_batch_loss_gives_the_same_values_in_small_chunks(monkeypatch):
    model, x, t, loss = network()
    stack = model.params + np.random.default_rng(3).standard_normal((9, model.params.size))
    whole = batch_loss(model, x, t, loss, dtype=None)(stack)
    monkeypatch.setattr(ls, "CHUNK_ELEMENTS", 1)  # one vector per chunk
    np.testing.assert_allclose(batch_loss(model, x, t, loss, dtype=None)(stack), whole,
                               rtol=1e-14)


def test_the_grid_is_indexed_alpha_then_beta():
    model, x, t, loss = network()
    rng = np.random.default_rng(4)
    d1, d2 = rng.standard_normal((2, model.params.size)) * 0.2
    alphas, betas = np.array([-1.0, 0.0, 0.5, 2.0]), np.array([-0.5, 0.0, 1.0])
    grid = surface(batch_loss(model, x, t, loss, dtype=None), model.params, d1, d2,
                   alphas, betas)
    assert grid.shape == (4, 3)
    other = MLP(model.layer_sizes, model.activations)
    for i, a in enumerate(alphas):
        for j, b in enumerate(betas):
            other.unpack(model.params + a * d1 + b * d2)
            assert grid[i, j] == pytest.approx(other.loss(x, t, loss), rel=1e-12)


def test_the_centre_is_the_current_loss():
    model, x, t, loss = network()
    current = model.loss(x, t, loss)
    d1, d2 = filter_normalized_directions(model, np.random.default_rng(0))
    axis = np.linspace(-1.0, 1.0, 9)
    rows = []
    grid = surface(batch_loss(model, x, t, loss), model.params, d1, d2, axis, axis,
                   centre_loss=current, on_row=lambda done, total: rows.append((done, total)))
    assert grid[4, 4] == current  # bit for bit
    assert rows == [(k, 9) for k in range(1, 10)]
    # the batched pass agrees at the centre anyway (the override hides no error)
    plain = surface(batch_loss(model, x, t, loss), model.params, d1, d2, axis, axis)
    assert plain[4, 4] == pytest.approx(current, rel=1e-5)
    assert grid.min() <= current <= grid.max()


def test_a_plane_of_zero_directions_is_flat():
    model, x, t, loss = network()
    zero = np.zeros(model.params.size)
    axis = np.linspace(-3.0, 3.0, 7)
    grid = surface(batch_loss(model, x, t, loss), model.params, zero, zero, axis, axis)
    assert np.all(grid == grid[0, 0])
    assert grid[0, 0] == pytest.approx(model.loss(x, t, loss), rel=1e-5)


def test_points_on_the_plane_project_exactly():
    rng = np.random.default_rng(6)
    centre = rng.standard_normal(50)
    d1 = rng.standard_normal(50)
    d2 = 0.5 * d1 + rng.standard_normal(50)  # not orthogonal, not unit
    coords = rng.uniform(-2, 2, (12, 2))
    points = centre + coords[:, :1] * d1 + coords[:, 1:] * d2
    np.testing.assert_allclose(project(points, centre, d1, d2), coords, atol=1e-12)
    # off the plane: the least-squares coordinates ignore the orthogonal part
    normal = rng.standard_normal(50)
    normal -= np.linalg.lstsq(np.stack([d1, d2], 1), normal, rcond=None)[0] @ np.stack([d1, d2])
    np.testing.assert_allclose(project(points + normal, centre, d1, d2), coords, atol=1e-10)
    # zero directions: coordinates 0, no error
    zero = np.zeros(50)
    assert np.all(project(points, centre, zero, zero) == 0.0)


def test_principal_directions_recover_a_two_dimensional_trajectory():
    rng = np.random.default_rng(7)
    p = 80
    u, v = np.linalg.qr(rng.standard_normal((p, 2)))[0].T
    s = np.linspace(0.0, 1.0, 30)
    a, b = 4.0 * (s - 1.0), 0.8 * np.sin(3 * np.pi * s)  # a long path, a small wiggle
    centre = rng.standard_normal(p)
    trajectory = centre + a[:, None] * u + b[:, None] * v  # ends at the centre
    d1, d2, explained = trajectory_directions(trajectory, centre)
    assert abs(d1 @ u) == pytest.approx(1.0, abs=1e-6)
    assert abs(d2 @ v) == pytest.approx(1.0, abs=1e-6)
    assert np.linalg.norm(d1) == pytest.approx(1.0) and d1 @ d2 == pytest.approx(0.0, abs=1e-12)
    assert explained[0] > explained[1] > 0 and explained.sum() == pytest.approx(1.0)
    path = project(trajectory, centre, d1, d2)
    np.testing.assert_allclose(np.abs(path), np.abs(np.column_stack([a, b])), atol=1e-9)
    assert path[0, 0] < 0  # signs: the path comes from negative coordinates
    np.testing.assert_allclose(path[-1], 0.0, atol=1e-12)


def test_a_trajectory_that_does_not_move_has_no_directions():
    centre = np.ones(5)
    with pytest.raises(LandscapeError):
        trajectory_directions(np.tile(centre, (4, 1)), centre)
    with pytest.raises(LandscapeError):
        trajectory_directions(np.ones((4, 6)), centre)  # another network's size
