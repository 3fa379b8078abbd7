import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.data.points import PointSet
from playground.errors import ConfigError
from playground.limits import MAX_CLASSES


def make(n=6, k=3, train=None):
    coords = np.arange(2 * n, dtype=float).reshape(n, 2)
    labels = np.arange(n) % k
    flags = np.ones(n, bool) if train is None else np.asarray(train)
    return PointSet(coords, labels, flags, "classification", k)


def test_fields_are_private_read_only_copies():
    coords = np.zeros((3, 2))
    labels = np.array([0, 1, 0])
    ps = PointSet(coords, labels, np.ones(3, bool), "classification", 2)
    coords[0, 0] = 99.0
    labels[0] = 1
    assert ps.coords[0, 0] == 0.0 and ps.values[0] == 0
    for arr in (ps.coords, ps.values, ps.is_train):
        with pytest.raises(ValueError):
            arr[0] = 1
    with pytest.raises(AttributeError):
        ps.task = "regression"  # type: ignore[misc]
    assert ps.coords.dtype == np.float64 and ps.values.dtype == np.int64
    assert ps.is_train.dtype == np.bool_


def test_regression_values_are_float():
    ps = PointSet(np.zeros((2, 2)), [1, 2], [True, False], "regression", 0)
    assert ps.values.dtype == np.float64 and ps.n_train == 1 and ps.n_test == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"coords": np.zeros((3, 1))}, r"coords must have shape \(n, D\), 2 <= D <= 32 "
                                       r"\(got \(3, 1\)\)"),
        ({"coords": np.zeros((3, 33))}, r"coords must have shape \(n, D\)"),
        ({"coords": np.zeros(3)}, r"coords must have shape \(n, D\)"),
        ({"values": [0, 1]}, r"values must have shape \(3,\) to match coords"),
        ({"is_train": [True]}, r"is_train must have shape \(3,\)"),
        ({"coords": [[0, 0], [np.nan, 1], [0, 0]]}, r"coordinates must be finite \(point 1"),
        ({"values": [0, 1, 2]}, r"labels must be between 0 and 1 \(got 2 at point 2\)"),
        ({"values": [0, -1, 0]}, r"labels must be between 0 and 1 \(got -1 at point 1\)"),
        ({"values": [0, 0.5, 0]}, r"labels must be whole numbers"),
        ({"task": "clustering"}, r"task must be one of classification, regression"),
        ({"n_classes": 1}, r"n_classes must be between 2 and 8 for classification \(got 1\)"),
        ({"n_classes": 9}, r"n_classes must be between 2 and 8"),
        ({"task": "regression", "n_classes": 2}, r"n_classes must be 0 for regression"),
    ],
)
def test_validation_messages(kwargs, message):
    args = {
        "coords": np.zeros((3, 2)),
        "values": [0, 1, 0],
        "is_train": [True] * 3,
        "task": "classification",
        "n_classes": 2,
    }
    args.update(kwargs)
    with pytest.raises(ConfigError, match=message):
        PointSet(**args)


def test_regression_targets_must_be_finite():
    with pytest.raises(ConfigError, match="targets must be finite"):
        PointSet(np.zeros((2, 2)), [0.0, np.inf], [True, True], "regression", 0)


def test_empty():
    ps = PointSet.empty("classification")
    assert len(ps) == 0 and ps.n_classes == 2 and ps.coords.shape == (0, 2)
    reg = PointSet.empty("regression")
    assert reg.n_classes == 0 and reg.values.dtype == np.float64
    assert PointSet.empty("classification", 5).n_classes == 5


def test_add_appends_and_leaves_original_alone():
    ps = make(4, 2)
    out = ps.add([[10.0, 11.0], [12.0, 13.0]], [1, 0])
    assert len(ps) == 4 and len(out) == 6
    np.testing.assert_array_equal(out.coords[4:], [[10, 11], [12, 13]])
    np.testing.assert_array_equal(out.values[4:], [1, 0])
    assert out.is_train.all()
    single = ps.add([1.0, 2.0], 1)
    assert len(single) == 5 and single.values[-1] == 1


def test_add_train_ratio():
    ps = PointSet.empty("regression")
    out = ps.add(np.zeros((2000, 2)), 0.5, train_ratio=0.3, rng=np.random.default_rng(0))
    assert 500 < out.n_train < 700
    again = ps.add(np.zeros((2000, 2)), 0.5, train_ratio=0.3, rng=np.random.default_rng(0))
    assert out.equals(again)
    assert ps.add(np.zeros((5, 2)), 1.0, train_ratio=0.0).n_train == 0
    with pytest.raises(ConfigError, match="needs an rng"):
        ps.add(np.zeros((5, 2)), 1.0, train_ratio=0.5)
    with pytest.raises(ConfigError, match=r"train_ratio must be between 0 and 1 \(got 1.5\)"):
        ps.add(np.zeros((5, 2)), 1.0, train_ratio=1.5)


def test_add_rejects_bad_labels():
    with pytest.raises(ConfigError, match="labels must be between 0 and 2"):
        make(3, 3).add([[0.0, 0.0]], [3])


def test_remove():
    ps = make(6, 3)
    out = ps.remove([0, 2, 2])
    assert len(out) == 4 and len(ps) == 6
    np.testing.assert_array_equal(out.coords[:, 0], [2, 6, 8, 10])
    assert ps.remove([]).equals(ps)
    with pytest.raises(ConfigError, match="index 6 is out of range for 6 points"):
        ps.remove([6])
    with pytest.raises(ConfigError, match="out of range"):
        ps.remove([-1])


def test_with_split_exact_and_seeded():
    ps = make(10, 2)
    a = ps.with_split(0.7, seed=1)
    assert a.n_train == 7 and a.n_test == 3
    assert a.equals(ps.with_split(0.7, seed=1))
    assert not a.equals(ps.with_split(0.7, seed=2))
    assert ps.with_split(1.0, seed=3).n_train == 10
    assert ps.with_split(0.01, seed=0).n_train == 1  # at least one training point
    assert ps.with_split(0.99, seed=0).n_test == 1  # at least one test point
    for bad in (0.0, -0.1, 1.1):
        with pytest.raises(ConfigError, match="train_ratio must be greater than 0"):
            ps.with_split(bad, seed=0)


def test_with_n_classes():
    ps = make(6, 3)
    assert ps.with_n_classes(5).n_classes == 5
    with pytest.raises(ConfigError, match="points with label 2 exist"):
        ps.with_n_classes(2)
    with pytest.raises(ConfigError, match="between 2 and 8"):
        ps.with_n_classes(MAX_CLASSES + 1)
    with pytest.raises(ConfigError, match="no classes"):
        PointSet.empty("regression").with_n_classes(2)


def test_train_test_views():
    ps = make(4, 2, train=[True, False, True, False])
    (xtr, ytr), (xte, yte) = ps.train(), ps.test()
    np.testing.assert_array_equal(xtr, [[0, 1], [4, 5]])
    np.testing.assert_array_equal(yte, [1, 1])
    assert xte.shape == (2, 2) and ytr.shape == (2,)


def test_indices_within():
    ps = PointSet([[0, 0], [1, 0], [3, 0], [0, -2]], [0, 1, 0, 1], [True] * 4, "classification", 2)
    np.testing.assert_array_equal(ps.indices_within((0.0, 0.0), 1.0), [0, 1])
    np.testing.assert_array_equal(ps.indices_within((0.0, -1.0), 1.0), [0, 3])
    assert ps.indices_within((10.0, 10.0), 1.0).size == 0
    with pytest.raises(ConfigError, match="radius"):
        ps.indices_within((0.0, 0.0), -1.0)


def test_equals():
    ps = make(4, 2)
    assert ps.equals(make(4, 2)) and ps != make(4, 2)  # eq=False: == is identity
    assert not ps.equals(ps.with_n_classes(3))
    assert not ps.equals(make(4, 2, train=[True, True, True, False]))
    assert not ps.equals("not a point set")


@settings(max_examples=60, deadline=None)
@given(n=st.integers(0, 300), ratio=st.floats(0.01, 1.0), seed=st.integers(0, 2**32 - 1))
def test_split_sizes_property(n, ratio, seed):
    ps = PointSet(np.zeros((n, 2)), np.zeros(n), np.ones(n, bool), "regression", 0)
    out = ps.with_split(ratio, seed)
    if ratio == 1.0 or n <= 1:
        assert out.n_train == n
    else:
        assert out.n_train == min(max(round(n * ratio), 1), n - 1)
        assert out.n_train >= 1 and out.n_test >= 1
    np.testing.assert_array_equal(out.coords, ps.coords)


@settings(max_examples=60, deadline=None)
@given(
    base=st.integers(0, 20),
    extra=st.lists(
        st.tuples(st.floats(-6, 6), st.floats(-6, 6), st.integers(0, 3)), min_size=1, max_size=10
    ),
)
def test_add_then_remove_restores(base, extra):
    ps = make(base, 4) if base else PointSet.empty("classification", 4)
    coords = [(x, y) for x, y, _ in extra]
    labels = [c for _, _, c in extra]
    grown = ps.add(coords, labels)
    assert len(grown) == base + len(extra)
    assert grown.remove(np.arange(base, len(grown))).equals(ps)


def test_as_task_spreads_labels_over_minus_one_to_one_and_back():
    ps = make(6, 4, train=[True, False] * 3)  # labels 0 1 2 3 0 1
    reg = ps.as_task("regression")
    assert (reg.task, reg.n_classes) == ("regression", 0)
    np.testing.assert_allclose(reg.values, [-1.0, -1 / 3, 1 / 3, 1.0, -1.0, -1 / 3])
    np.testing.assert_array_equal(reg.coords, ps.coords)
    np.testing.assert_array_equal(reg.is_train, ps.is_train)
    back = reg.as_task("classification")
    assert (back.task, back.n_classes) == ("classification", 2)
    assert back.values.tolist() == [0, 0, 1, 1, 0, 0]  # above 0: the second class
    assert ps.as_task("classification") is ps
    with pytest.raises(ConfigError, match="task must be one of"):
        ps.as_task("clustering")


def test_keeping_classes_drops_the_points_of_the_other_classes():
    ps = make(6, 4, train=[True, False] * 3)  # labels 0 1 2 3 0 1
    two = ps.keeping_classes(2)
    assert two.n_classes == 2 and two.values.tolist() == [0, 1, 0, 1]
    np.testing.assert_array_equal(two.coords, ps.coords[[0, 1, 4, 5]])
    assert two.is_train.tolist() == [True, False, True, False]
    assert ps.keeping_classes(5).equals(ps.with_n_classes(5))
    with pytest.raises(ConfigError, match="between 2 and 8"):
        ps.keeping_classes(1)
    with pytest.raises(ConfigError, match="no classes"):
        ps.as_task("regression").keeping_classes(2)
