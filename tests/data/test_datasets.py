import numpy as np
import pytest

from playground.data.datasets import (
    DATASETS,
    VIEW_BOX,
    DatasetSpec,
    checkerboard,
    make_dataset,
)
from playground.data.points import PointSet
from playground.engine.losses import TASKS
from playground.errors import ConfigError
from playground.limits import MAX_CLASSES, MAX_GENERATED_POINTS

# Playground's own presets; the tutorials' sets keep the tutorials' coordinates and noise
# units and are tested in tests/data/test_tutorial_sets.py, TensorFlow Playground's in
# tests/data/test_tf_sets.py
OWN = {n: s for n, s in DATASETS.items() if not (s.tutorial or s.tf_playground)}
NAMES = list(OWN)
CLASSIFICATION = [n for n, s in OWN.items() if s.task == "classification"]
REGRESSION = [n for n, s in OWN.items() if s.task == "regression"]


def test_registry_contents():
    assert {n for n, s in DATASETS.items() if s.tutorial} == {
        "tutorial_000", "tutorial_001", "tutorial_002", "tutorial_003", "tutorial_004",
        "tutorial_004_spiral",
    }  # fmt: skip
    assert {n for n, s in DATASETS.items() if s.tf_playground} == {
        "tf_circle", "tf_xor", "tf_gauss", "tf_spiral", "tf_reg_plane", "tf_reg_gauss",
    }  # fmt: skip
    assert set(CLASSIFICATION) == {
        "circle", "xor", "gauss", "spiral", "spiral_k", "moons", "blobs", "checkerboard"
    }  # fmt: skip
    assert set(REGRESSION) == {"plane", "multi_gauss", "sine", "step"}
    assert {n for n, s in DATASETS.items() if s.dims == 1} == {"sine", "step", "tutorial_004"}
    assert {s.dims for s in DATASETS.values()} == {1, 2}
    for name, spec in DATASETS.items():
        assert isinstance(spec, DatasetSpec) and spec.name == name and spec.label
        assert spec.description and "\n" not in spec.description
        assert spec.default_classes == (0 if spec.task == "regression" else spec.default_classes)
    assert {n for n, s in DATASETS.items() if s.takes_classes} == {"spiral_k", "blobs"}
    assert DATASETS["spiral_k"].label == "Spiral (K arms)"
    for spec in OWN.values():  # every set serves a registered task within the limits
        assert spec.task in TASKS
        assert spec.default_classes <= MAX_CLASSES


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("noise", [0.0, 1.0])
def test_shapes_box_split_and_task(name, noise):
    spec = DATASETS[name]
    ps = spec.generate(501, noise, seed=7)
    assert isinstance(ps, PointSet) and len(ps) == 501 and ps.task == spec.task
    assert ps.is_train.all()
    lo, hi = VIEW_BOX
    assert (ps.coords >= lo).all() and (ps.coords <= hi).all()  # jitter is clipped to the box
    assert np.isfinite(ps.values).all()


@pytest.mark.parametrize("name", NAMES)
def test_determinism_and_seeds(name):
    gen = DATASETS[name].generate
    a, b = gen(200, 0.3, 5), gen(200, 0.3, 5)
    assert a.equals(b)
    assert not np.array_equal(a.coords, gen(200, 0.3, 6).coords)


@pytest.mark.parametrize("name", NAMES)
def test_noise_perturbs(name):
    gen = DATASETS[name].generate
    clean, noisy = gen(300, 0.0, 1), gen(300, 0.5, 1)
    if DATASETS[name].task == "classification":
        assert not np.array_equal(clean.coords, noisy.coords)
        np.testing.assert_array_equal(clean.values, noisy.values)  # labels never flip
    else:
        np.testing.assert_array_equal(clean.coords, noisy.coords)
        assert 0.2 < np.std(noisy.values - clean.values) < 0.3  # std = noise * 0.5


@pytest.mark.parametrize("name", CLASSIFICATION)
def test_balanced_classes(name):
    spec = DATASETS[name]
    for n in (1, 7, 100, 1001):
        ps = spec.generate(n, 0.2, 3)
        counts = np.bincount(ps.values, minlength=ps.n_classes)
        assert ps.n_classes == spec.default_classes and len(counts) == spec.default_classes
        assert counts.sum() == n and counts.max() - counts.min() <= 1


@pytest.mark.parametrize("name", ["spiral_k", "blobs"])
@pytest.mark.parametrize("k", [2, 5, 8])
def test_k_class_sets(name, k):
    ps = DATASETS[name].generate(400, 0.1, 2, n_classes=k)
    assert ps.n_classes == k
    assert set(np.unique(ps.values)) == set(range(k))


@pytest.mark.parametrize("name", CLASSIFICATION)
def test_clean_sets_are_separable_and_noise_mixes_them(name):
    def one_nn_accuracy(ps):  # leave-one-out 1-nearest-neighbour
        d = ((ps.coords[:, None] - ps.coords[None]) ** 2).sum(axis=2)
        np.fill_diagonal(d, np.inf)
        return np.mean(ps.values[d.argmin(axis=1)] == ps.values)

    gen = DATASETS[name].generate
    assert one_nn_accuracy(gen(400, 0.0, 0)) > 0.9
    assert one_nn_accuracy(gen(400, 1.0, 0)) < one_nn_accuracy(gen(400, 0.0, 0)) - 0.05


def test_clean_geometry():
    moons = DATASETS["moons"].generate(500, 0.0, 0)
    upper, lower = (moons.coords[moons.values == c].mean(axis=0) for c in (0, 1))
    assert upper[1] == pytest.approx(1.28, abs=0.15) and lower[1] == pytest.approx(-1.28, abs=0.15)
    circle = DATASETS["circle"].generate(500, 0.0, 0)
    r = np.hypot(*circle.coords.T)
    assert (r[circle.values == 0] <= 2.5).all() and (r[circle.values == 1] >= 3.5).all()
    xor = DATASETS["xor"].generate(500, 0.0, 0)
    product = xor.coords[:, 0] * xor.coords[:, 1]
    np.testing.assert_array_equal(xor.values, (product > 0).astype(int))
    board = checkerboard(500, 0.0, 0)
    cells = np.floor((board.coords - VIEW_BOX[0]) / 3.0).clip(0, 3).astype(int)
    np.testing.assert_array_equal(board.values, cells.sum(axis=1) % 2)
    gauss = DATASETS["gauss"].generate(500, 0.0, 0)
    assert gauss.coords[gauss.values == 1].mean(axis=0) == pytest.approx((2, 2), abs=0.2)


def test_regression_targets():
    plane = DATASETS["plane"].generate(500, 0.0, 0)
    np.testing.assert_allclose(plane.values, plane.coords.sum(axis=1) / 12.0)
    bumps = DATASETS["multi_gauss"].generate(2000, 0.0, 0)
    assert bumps.values.min() >= -1 and bumps.values.max() <= 1
    assert bumps.values.min() < -0.8 and bumps.values.max() > 0.8



@pytest.mark.parametrize("name", ["sine", "step"])
def test_one_d_sets_lie_on_the_x_axis(name):
    """A 1-D set: regression points (x, 0), x spread over the box, the target is y."""
    points = DATASETS[name].generate(500, 0.0, 0)
    assert points.task == "regression" and DATASETS[name].dims == 1
    assert (points.coords[:, 1] == 0).all()
    x = points.coords[:, 0]
    assert x.min() < VIEW_BOX[0] + 0.5 and x.max() > VIEW_BOX[1] - 0.5
    expected = np.sin(x * np.pi / 3) if name == "sine" else np.where(x < 0, -0.8, 0.8)
    np.testing.assert_allclose(points.values, expected)
    noisy = DATASETS[name].generate(500, 1.0, 0)
    assert (noisy.coords == points.coords).all() and noisy.values.std() > points.values.std()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((0, 0.1, 0), r"n must be an integer between 1 and 10000 \(got 0\)"),
        (
            (MAX_GENERATED_POINTS + 1, 0.1, 0),
            r"n must be an integer between 1 and 10000 \(got 10001\)",
        ),
        ((10.5, 0.1, 0), r"n must be an integer"),
        ((10, 2.0, 0), r"noise must be between 0 and 1 \(got 2.0\)"),
        ((10, -0.1, 0), r"noise must be between 0 and 1 \(got -0.1\)"),
        ((10, float("nan"), 0), r"noise must be between 0 and 1 \(got nan\)"),
        ((10, 0.1, -1), r"seed must be a non-negative integer \(got -1\)"),
    ],
)
@pytest.mark.parametrize("name", ["circle", "blobs", "sine"])
def test_bad_arguments(name, args, message):
    with pytest.raises(ConfigError, match=message):
        DATASETS[name].generate(*args)


def test_bad_class_counts():
    with pytest.raises(ConfigError, match=r"n_classes must be between 2 and 8 \(got 9\)"):
        DATASETS["blobs"].generate(10, 0.0, 0, n_classes=9)
    with pytest.raises(ConfigError, match=r"n_classes must be between 2 and 8 \(got 1\)"):
        make_dataset("spiral_k", n_classes=1)
    with pytest.raises(ConfigError, match="'circle' always has 2 classes"):
        make_dataset("circle", n_classes=3)
    with pytest.raises(ConfigError, match="'plane' is a regression set"):
        make_dataset("plane", n_classes=2)
    assert make_dataset("circle", n=10, n_classes=2).n_classes == 2


def test_make_dataset():
    ps = make_dataset("spiral", n=100, noise=0.1, seed=4, train_ratio=0.8)
    assert ps.n_train == 80 and ps.n_test == 20
    plain = DATASETS["spiral"].generate(100, 0.1, 4)
    np.testing.assert_array_equal(ps.coords, plain.coords)
    assert ps.equals(plain.with_split(0.8, 4))  # split_seed defaults to seed
    other = make_dataset("spiral", n=100, noise=0.1, seed=4, train_ratio=0.8, split_seed=9)
    assert not np.array_equal(ps.is_train, other.is_train)
    assert make_dataset("blobs", n=50, n_classes=6).n_classes == 6
    assert make_dataset("sine", n=20).n_train == 20
    with pytest.raises(ConfigError, match="unknown data set 'nope'; choose one of: circle, xor"):
        make_dataset("nope")
    with pytest.raises(ConfigError, match="train_ratio"):
        make_dataset("xor", train_ratio=0.0)
