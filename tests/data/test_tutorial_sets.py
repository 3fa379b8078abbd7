"""The tutorials' data sets (``data.tutorial_sets``), registered as presets by name."""

from __future__ import annotations

import numpy as np
import pytest

from playground.data.datasets import DATASETS
from playground.data.tutorial_sets import LABELS_000, LABELS_001, TABLE_000, TABLE_001
from playground.errors import ConfigError
from tests.test_cli import assert_one_line_error, run

GENERATED = ["tutorial_002", "tutorial_003", "tutorial_004", "tutorial_004_spiral"]
FIXED = {"tutorial_000": 8, "tutorial_001": 5}


def test_the_tables_are_the_tutorials():
    assert TABLE_000.shape == (8, 3) and TABLE_000[2].tolist() == [1.75, 95.0, 5.0]
    assert LABELS_000.tolist() == [1, 1, 0, 0, 1, 0, 1, 0]
    assert TABLE_001.shape == (5, 3) and LABELS_001.shape == (5, 4)
    # tutorial 001's rule: the first label is the first input, the others are never set
    np.testing.assert_array_equal(LABELS_001[:, 0], TABLE_001[:, 0])
    assert not LABELS_001[:, 1:].any()


def test_registered_as_tutorial_presets():
    for name in [*GENERATED, *FIXED]:
        spec = DATASETS[name]
        assert spec.tutorial and spec.fixed_rows == FIXED.get(name, 0)
    assert DATASETS["tutorial_001"].task == "multilabel"
    assert DATASETS["tutorial_001"].default_classes == 4  # labels
    assert DATASETS["tutorial_003"].default_classes == 3
    assert DATASETS["tutorial_004"].dims == 1 and DATASETS["tutorial_004"].task == "regression"


@pytest.mark.parametrize("name", GENERATED)
def test_generators_are_seeded_and_check_their_arguments(name):
    gen = DATASETS[name].generate
    a, b = gen(120, 0.2, 5), gen(120, 0.2, 5)
    assert a.equals(b) and len(a) == 120 and a.is_train.all()
    assert not np.array_equal(a.values if name == "tutorial_004" else a.coords,
                              gen(120, 0.2, 6).values if name == "tutorial_004"
                              else gen(120, 0.2, 6).coords)
    for bad in ((0, 0.2, 1), (10, -0.1, 1), (10, 0.2, -1)):
        with pytest.raises(ConfigError):
            gen(*bad)


def test_moons_are_scikit_learns_in_its_units():
    clean = DATASETS["tutorial_002"].generate(300, 0.0, 0)
    upper, lower = clean.coords[clean.values == 0], clean.coords[clean.values == 1]
    assert len(upper) == len(lower) == 150
    np.testing.assert_allclose(np.hypot(*upper.T), 1.0)  # the unit upper arc
    np.testing.assert_allclose(np.hypot(lower[:, 0] - 1, lower[:, 1] - 0.5), 1.0)
    assert (upper[:, 1] >= -1e-12).all() and (lower[:, 1] <= 0.5 + 1e-12).all()
    noisy = DATASETS["tutorial_002"].generate(300, 0.2, 0)
    assert 0.15 < np.std(noisy.coords - clean.coords) < 0.25  # --noise is the position std
    np.testing.assert_array_equal(noisy.values, clean.values)


@pytest.mark.parametrize(("name", "arms", "radius"), [("tutorial_003", 3, 1.0),
                                                      ("tutorial_004_spiral", 2, 5.0)])
def test_spirals(name, arms, radius):
    points = DATASETS[name].generate(300, 0.2, 0)
    assert points.n_classes == arms
    assert np.bincount(points.values).tolist() == [300 // arms] * arms
    r = np.hypot(*points.coords.T)
    assert r.max() == pytest.approx(radius)  # noise moves the angle, never the radius


def test_the_one_d_set_has_its_two_pieces():
    clean = DATASETS["tutorial_004"].generate(600, 0.0, 0)
    x, y = clean.coords[:, 0], clean.values
    assert (clean.coords[:, 1] == 0).all() and x.min() == -10 and x.max() == 20
    sine = x[:300]
    np.testing.assert_allclose(y[:300], np.sin(np.pi * sine / 2))
    other = x[300:]
    assert other.min() == 10 and other.max() == 20
    np.testing.assert_allclose(y[300:], -other * other ** np.sin(np.pi * other) / 100)
    noisy = DATASETS["tutorial_004"].generate(600, 0.1, 0)
    assert 0.08 < np.std(noisy.values - y) < 0.12


def test_the_cli_lists_them_and_says_a_table_is_fixed():
    proc = run("datasets")
    assert proc.returncode == 0
    rows = {ln.split()[0]: ln for ln in proc.stdout.splitlines()[1:]}
    assert {*GENERATED, *FIXED} <= set(rows)
    assert "4 labels" in rows["tutorial_001"] and "fixed table" in rows["tutorial_000"]
    for flag, value in (("--n-points", "50"), ("--noise", "0.5")):
        err = assert_one_line_error(run("train", "--dataset", "tutorial_000", flag, value))
        assert flag in err and "fixed table of 8 rows" in err
