"""Multi-label points: (n, L) 0/1 values, their edits, and the points CSV's label columns."""

from __future__ import annotations

import numpy as np
import pytest

from playground.data.edits import AddRows, RemoveRows, apply_edit
from playground.data.points import PointSet
from playground.data.points_csv import read_points_csv, write_points_csv
from playground.errors import ConfigError, FormatError


def _set(n=5, labels=3, seed=0):
    rng = np.random.default_rng(seed)
    return PointSet(rng.normal(size=(n, 2)), rng.integers(0, 2, (n, labels)),
                    np.arange(n) % 2 == 0, "multilabel", labels)


def test_a_multilabel_set_holds_one_0_1_column_per_label():
    points = _set()
    assert points.values.shape == (5, 3) and points.values.dtype == np.int64
    coords, values = points.train()
    assert values.shape == (3, 3)
    np.testing.assert_array_equal(values, points.values[points.is_train])
    assert points.test()[1].shape == (2, 3)
    assert PointSet.empty("multilabel", 4).values.shape == (0, 4)


@pytest.mark.parametrize("values,message", [
    (np.zeros((5, 2), int), r"shape \(5, 3\)"),
    (np.zeros(5, int), r"shape \(5, 3\)"),
    (np.full((5, 3), 2), "0 or 1"),
    (np.full((5, 3), 0.5), "whole numbers"),
])
def test_bad_multilabel_values_are_refused_clearly(values, message):
    with pytest.raises(ConfigError, match=message):
        PointSet(np.zeros((5, 2)), values, np.ones(5, bool), "multilabel", 3)


def test_a_multilabel_set_has_at_least_two_labels():
    with pytest.raises(ConfigError, match="labels"):
        PointSet.empty("multilabel", 1)


def test_edits_carry_label_rows_and_undo_exactly():
    points = _set()
    added, undo = apply_edit(points, AddRows(np.array([[0.5, 0.5]]), np.array([[1, 0, 1]]),
                                             np.array([True])))
    np.testing.assert_array_equal(added.values[-1], [1, 0, 1])
    assert apply_edit(added, undo)[0].equals(points)
    removed, undo = apply_edit(points, RemoveRows(np.array([1, 3])))
    assert len(removed) == 3
    assert apply_edit(removed, undo)[0].equals(points)
    assert points.add([[1.0, 2.0]], [[0, 1, 1]]).values[-1].tolist() == [0, 1, 1]


def test_csv_label_columns_are_read_with_their_names(tmp_path):
    path = tmp_path / "ml.csv"
    path.write_text("x1,x2,label_good,label_tall\n1,2,1,0\n3,4,0,0\n5,6,1,1\n")
    table = read_points_csv(path)
    assert table.task == "multilabel" and table.n_classes == 2
    assert table.names == ("good", "tall")
    np.testing.assert_array_equal(table.values, [[1, 0], [0, 0], [1, 1]])


def test_csv_numbered_label_columns_get_default_names(tmp_path):
    path = tmp_path / "ml.csv"
    path.write_text("x1,x2,label1,label2,label3\n1,2,1,0,1\n")
    table = read_points_csv(path)
    assert table.n_classes == 3 and table.names == ()


@pytest.mark.parametrize("text,message", [
    ("x1,x2,label_a,label_b\n1,2,1,2\n", "0 or 1"),
    ("x1,x2,label_a,label_b\n1,2,1,0.5\n", "0 or 1"),
    ("x1,x2,label_a,label_a\n1,2,1,0\n", "twice"),
    ("x1,x2,label_a,label_b\n1,2,1\n", "expected 4 columns"),
])
def test_bad_label_columns_name_the_problem(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(FormatError, match=message):
        read_points_csv(path)


def test_the_writer_writes_the_label_columns_back(tmp_path):
    points = _set()
    path = tmp_path / "out.csv"
    write_points_csv(path, points.coords, points.values, "multilabel",
                     names=["good", "tall", "far away"])
    assert path.read_text().splitlines()[0] == "x1,x2,label_good,label_tall,label_far away"
    table = read_points_csv(path)
    np.testing.assert_array_equal(table.values, points.values)
    np.testing.assert_array_equal(table.coords, points.coords)
    assert table.names == ("good", "tall", "far away")
