"""Input scaling specs and the normaliser each one makes."""

import numpy as np
import pytest

from playground.data.features import Normalizer
from playground.data.scaling import (
    normalize_input_scaling,
    parse_input_scaling,
    scaled_normalizer,
)
from playground.errors import ConfigError

COORDS = np.array([[1.0, -4.0], [3.0, 2.0], [8.0, 5.0], [-2.0, 1.0]])


def test_standard_is_the_z_score_of_the_training_points():
    assert scaled_normalizer("standard", COORDS) == Normalizer.fit(COORDS)
    u = scaled_normalizer("standard", COORDS).apply(COORDS)
    np.testing.assert_allclose(u.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(u.std(axis=0), 1.0)


def test_standard_times_k():
    z = Normalizer.fit(COORDS).apply(COORDS)
    np.testing.assert_allclose(scaled_normalizer("standard:3", COORDS).apply(COORDS), 3 * z)


def test_none_leaves_the_coordinates_raw():
    np.testing.assert_array_equal(scaled_normalizer("none", COORDS).apply(COORDS), COORDS)


@pytest.mark.parametrize("k", [2.0, 0.25, 10.0])
def test_scale_multiplies_the_raw_coordinates(k):
    np.testing.assert_allclose(scaled_normalizer(f"scale:{k}", COORDS).apply(COORDS), k * COORDS)


@pytest.mark.parametrize("spec,text", [
    ("standard", "standard"), (" Standard ", "standard"), ("standard:1", "standard"),
    ("standard:2.0", "standard:2"), ("none", "none"), ("scale:2", "scale:2"),
    ("scale:0.5", "scale:0.5"), ("scale: 1e-2", "scale:0.01"),
])
def test_one_written_form(spec, text):
    assert normalize_input_scaling(spec) == text
    assert normalize_input_scaling(text) == text


@pytest.mark.parametrize("spec,words", [
    ("zscore", "unknown input scaling"), ("scale", "needs its factor"),
    ("none:2", "takes no factor"), ("scale:two", "must be a number"),
    ("scale:0", "between"), ("scale:-1", "between"), ("standard:nan", "between"),
    ("scale:inf", "between"), (3, "must be text"), ("", "unknown input scaling"),
])
def test_bad_specs_name_the_grammar(spec, words):
    with pytest.raises(ConfigError, match=words) as info:
        parse_input_scaling(spec)
    assert "standard:K" in str(info.value) and "scale:K" in str(info.value)


def test_none_keeps_the_number_of_columns_it_was_fitted_on():
    n = scaled_normalizer("none", COORDS)
    assert len(n.mean) == len(n.std) == COORDS.shape[1]
