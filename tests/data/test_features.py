import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from playground.data.features import (
    DEFAULT_FEATURES,
    FEATURES,
    Normalizer,
    make_features,
    validate_features,
)
from playground.errors import ConfigError

ALL = ("x1", "x2", "x1_sq", "x2_sq", "x1x2", "sin_x1", "sin_x2")


def test_registry_names_and_order():
    assert tuple(FEATURES) == ALL
    assert DEFAULT_FEATURES == ("x1", "x2")
    assert FEATURES["x1_sq"].label == "x₁²"
    assert all(f.name == name for name, f in FEATURES.items())


def test_validate_features():
    assert validate_features(["x2", "x1"]) == ("x2", "x1")
    with pytest.raises(ConfigError, match="at least one input feature"):
        validate_features([])
    assert validate_features(["x1", "x3"]) == ("x1", "x3")  # an input column: x1..x32
    with pytest.raises(ConfigError, match="unknown feature 'x33'; choose from: x1, x2, x1_sq"):
        validate_features(["x1", "x33"])
    with pytest.raises(ConfigError, match="duplicate feature 'x1'"):
        validate_features(["x1", "x2", "x1"])
    with pytest.raises(ConfigError, match="not the string"):
        validate_features("x1")


def test_normalizer_fit_math():
    coords = np.array([[1.0, 10.0], [3.0, 10.0], [5.0, 10.0]])
    norm = Normalizer.fit(coords)
    assert norm.mean == pytest.approx((3.0, 10.0))
    assert norm.std[0] == pytest.approx(np.sqrt(8 / 3))  # population std
    assert norm.std[1] == 1.0  # constant column: only centred
    np.testing.assert_allclose(
        norm.apply(coords), [[-np.sqrt(1.5), 0], [0, 0], [np.sqrt(1.5), 0]], atol=1e-12
    )


def test_normalizer_guards():
    assert Normalizer.fit(np.zeros((0, 2))) == Normalizer((0.0, 0.0), (1.0, 1.0))
    one = Normalizer.fit(np.array([[2.0, -3.0]]))
    assert one.mean == (2.0, -3.0) and one.std == (1.0, 1.0)
    same = Normalizer.fit(np.full((7, 2), 0.1))  # float rounding gives std ~1e-17, not 0
    assert same.std == (1.0, 1.0)
    huge = Normalizer.fit(np.array([[-1e300, 0.0], [1e300, 1.0]]))  # std overflows to inf
    assert huge.std[0] == 1.0 and huge.std[1] == pytest.approx(0.5)
    with pytest.raises(ConfigError, match="std must be finite and > 0"):
        Normalizer((0.0, 0.0), (1.0, 0.0))
    with pytest.raises(ConfigError, match="non-finite"):
        Normalizer.fit(np.array([[np.nan, 0.0]]))


def test_make_features_hand_computed():
    coords = np.array([[2.0, -1.0], [0.0, 3.0]])
    norm = Normalizer((1.0, 1.0), (2.0, 4.0))
    u = np.array([[0.5, -0.5], [-0.5, 0.5]])
    x = make_features(coords, ALL, norm)
    expected = np.column_stack(
        [u[:, 0], u[:, 1], u[:, 0] ** 2, u[:, 1] ** 2, u[:, 0] * u[:, 1], np.sin(u[:, 0]),
         np.sin(u[:, 1])]
    )  # fmt: skip
    np.testing.assert_allclose(x, expected, rtol=0, atol=1e-15)
    assert x.shape == (2, 7) and x.flags.c_contiguous and x.dtype == np.float64


def test_make_features_order_ones_and_dtype():
    rng = np.random.default_rng(0)
    coords = rng.uniform(-6, 6, (50, 2))
    norm = Normalizer.fit(coords)
    x = make_features(coords, ["x1x2", "x1"], norm, dtype=np.float32, ones_column=True)
    assert x.shape == (50, 3) and x.dtype == np.float32 and x.flags.c_contiguous
    np.testing.assert_array_equal(x[:, 2], 1.0)
    u = norm.apply(coords)
    np.testing.assert_allclose(x[:, 0], u[:, 0] * u[:, 1], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(x[:, 1], u[:, 0], rtol=1e-6)
    assert make_features(np.zeros((0, 2)), ["x1"], norm).shape == (0, 1)
    with pytest.raises(ConfigError, match="coords must have shape"):
        make_features(np.zeros((3,)), ["x1"], norm)
    with pytest.raises(ConfigError, match="floating-point"):
        make_features(coords, ["x1"], norm, dtype=np.int64)


def test_normalised_training_columns_are_standard():
    coords = np.random.default_rng(1).normal([3.0, -2.0], [2.0, 0.5], (400, 2))
    x = make_features(coords, DEFAULT_FEATURES, Normalizer.fit(coords))
    np.testing.assert_allclose(x.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(x.std(axis=0), 1.0, atol=1e-12)


@settings(max_examples=40, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(0, 30), st.just(2)),
              elements=st.floats(-100, 100)))  # fmt: skip
def test_fit_is_always_usable(coords):
    norm = Normalizer.fit(coords)
    assert all(np.isfinite(norm.mean)) and all(s > 0 and np.isfinite(s) for s in norm.std)
    assert np.isfinite(make_features(coords, ALL, norm)).all()


def test_a_normaliser_holds_one_mean_and_std_per_input():
    coords = np.array([[1.0, 10.0, -3.0], [3.0, 10.0, 5.0]])
    norm = Normalizer.fit(coords)
    assert norm.n_inputs == 3 and norm.mean == pytest.approx((2.0, 10.0, 1.0))
    assert norm.std == pytest.approx((1.0, 1.0, 4.0))  # a constant column: only centred
    np.testing.assert_allclose(norm.apply(coords)[:, 2], [-1.0, 1.0])
    assert Normalizer() == Normalizer((0.0, 0.0), (1.0, 1.0))  # two inputs, as before
    with pytest.raises(ConfigError, match="one number per input"):
        Normalizer((0.0, 0.0, 0.0), (1.0, 1.0))
    with pytest.raises(ConfigError, match="the points have 2 inputs but the normaliser was "
                                          "fitted to 3"):
        norm.apply(np.zeros((1, 2)))
