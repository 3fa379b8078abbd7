"""TensorFlow Playground's data sets (data/tf_sets.py) against the rules of its dataset.ts:
radii, counts, the padding, the noise scale, labels by the noisy position."""

import numpy as np
import pytest

from playground.data.datasets import DATASETS, make_dataset
from playground.data.tf_sets import gauss_variance, reg_gauss_target

TF = [name for name, spec in DATASETS.items() if spec.tf_playground]


def radius(points):
    return np.hypot(points.coords[:, 0], points.coords[:, 1])


@pytest.mark.parametrize("name", TF)
@pytest.mark.parametrize("n", [500, 1200, 7])
def test_counts_task_and_seeds(name, n):
    spec = DATASETS[name]
    points = spec.generate(n, 0.2, 3)
    assert len(points) == n and points.task == spec.task and points.is_train.all()
    assert points.equals(spec.generate(n, 0.2, 3))
    assert not np.array_equal(points.coords, spec.generate(n, 0.2, 4).coords)
    if spec.task == "classification":
        assert set(np.unique(points.values)) <= {0, 1}


def test_circle_radii_and_halves_without_noise():
    points = DATASETS["tf_circle"].generate(500, 0.0, 1)
    r, inside = radius(points), points.values == 1
    assert inside.sum() == 250
    assert r[inside].max() <= 2.5 and r[inside].max() > 2.3
    assert r[~inside].min() >= 3.5 and r[~inside].max() <= 5.0
    assert r[~inside].min() < 3.6 and r[~inside].max() > 4.9


def test_circle_noise_flips_labels_and_keeps_points():
    clean = DATASETS["tf_circle"].generate(500, 0.0, 1)
    noisy = DATASETS["tf_circle"].generate(500, 0.5, 1)
    # the points are the same draws; noise changes labels only
    np.testing.assert_allclose(np.sort(radius(clean)), np.sort(radius(noisy)))
    wrong = (radius(noisy) < 2.5) != (noisy.values == 1)
    assert 0.05 < wrong.mean() < 0.5


def test_xor_padding_and_quadrants():
    points = DATASETS["tf_xor"].generate(1000, 0.0, 2)
    a = np.abs(points.coords)
    assert a.min() >= 0.3 and a.max() <= 5.3 and a.max() > 5.2
    product = points.coords[:, 0] * points.coords[:, 1]
    np.testing.assert_array_equal(points.values == 1, product >= 0)
    noisy = DATASETS["tf_xor"].generate(1000, 0.5, 2)
    wrong = (noisy.coords[:, 0] * noisy.coords[:, 1] >= 0) != (noisy.values == 1)
    assert 0.05 < wrong.mean() < 0.5


@pytest.mark.parametrize("noise", [0.0, 0.25, 0.5])
def test_gauss_centres_and_variance(noise):
    points = DATASETS["tf_gauss"].generate(4000, noise, 5)
    assert gauss_variance(0.0) == 0.5 and gauss_variance(0.5) == 4.0  # d3 scale [0,.5]->[.5,4]
    for label, centre in ((1, 2.0), (0, -2.0)):
        xy = points.coords[points.values == label]
        assert len(xy) == 2000
        np.testing.assert_allclose(xy.mean(axis=0), centre, atol=0.15)
        np.testing.assert_allclose(xy.var(axis=0), gauss_variance(noise), rtol=0.1)


def test_spiral_arms_radius_and_noise():
    clean = DATASETS["tf_spiral"].generate(500, 0.0, 0)
    r = radius(clean)
    assert r.max() < 5.0 and r.max() > 4.9 and r.min() == 0.0
    for label, turn in ((1, 0.0), (0, np.pi)):  # x = r sin t, y = r cos t along each arm
        xy = clean.coords[clean.values == label]
        rr = np.hypot(xy[:, 0], xy[:, 1])
        order = np.argsort(rr)
        s = rr[order] / 5.0
        t = 1.75 * 2 * np.pi * s + turn
        np.testing.assert_allclose(xy[order], np.column_stack([5 * s * np.sin(t),
                                                                5 * s * np.cos(t)]), atol=1e-9)
    noisy = DATASETS["tf_spiral"].generate(500, 0.5, 0)
    shift = np.abs(np.sort(noisy.coords, axis=0) - np.sort(clean.coords, axis=0))
    assert shift.max() <= 0.5 + 1e-9  # at most ±noise on each axis


def test_reg_plane_targets():
    clean = DATASETS["tf_reg_plane"].generate(1200, 0.0, 0)
    assert np.abs(clean.coords).max() <= 6.0
    np.testing.assert_allclose(clean.values, clean.coords.sum(axis=1) / 10.0)
    noisy = DATASETS["tf_reg_plane"].generate(1200, 0.5, 0)
    error = noisy.values - noisy.coords.sum(axis=1) / 10.0
    # two uniform offsets of ±3 (±6 * noise), summed and / 10: at most 0.6, std sqrt(2 * 3) / 10
    assert np.abs(error).max() <= 0.6 and 0.2 < error.std() < 0.3


def test_reg_gauss_cones():
    np.testing.assert_allclose(reg_gauss_target(np.array([[-4.0, 2.5], [0.0, 2.5], [1.0, 2.5],
                                                          [0.0, 0.0], [4.0, -2.5]])),
                               [1.0, -1.0, -0.5, 0.0, -1.0])
    clean = DATASETS["tf_reg_gauss"].generate(1200, 0.0, 0)
    np.testing.assert_allclose(clean.values, reg_gauss_target(clean.coords))
    assert np.abs(clean.values).max() <= 1.0


def test_split_follows_the_train_share():
    points = make_dataset("tf_circle", 500, 0.0, seed=1, train_ratio=0.7)
    assert points.is_train.sum() == 350
