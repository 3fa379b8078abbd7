"""Points CSV: exact round trips, a precise FormatError for every bad file, the coordinates-only
reader used by ``predict``, the optional coordinate bound, and regular files only."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.data.points_csv import (
    PointsTable,
    read_coords_csv,
    read_inputs_csv,
    read_points_csv,
    write_points_csv,
)
from playground.data.weights_file import load_weights
from playground.errors import ConfigError, FormatError

TRICKY = [0.1, -1e-300, 5e-324, -0.0, 1.7976931348623157e308, 1 / 3, -2.5, 1e22, 123456789.0]


def bits_equal(a: np.ndarray, b: np.ndarray) -> bool:
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


# --- points CSV ------------------------------------------------------------------------------
def test_csv_round_trip_classification_exact(tmp_path):
    path = tmp_path / "points.csv"
    coords = np.array([TRICKY, TRICKY[::-1]]).T
    labels = np.arange(len(TRICKY)) % 3
    write_points_csv(path, coords, labels, "classification")
    table = read_points_csv(path)
    assert isinstance(table, PointsTable)
    assert table.task == "classification" and table.n_classes == 3
    assert bits_equal(table.coords, coords.astype(np.float64))
    assert bits_equal(table.values, labels.astype(np.int64))
    assert path.read_text().splitlines()[:2] == ["x1,x2,label", "0.1,123456789.0,0"]


def test_csv_round_trip_regression_exact(tmp_path):
    path = tmp_path / "points.csv"
    coords = np.array([TRICKY, TRICKY]).T
    targets = np.array(TRICKY[::-1])
    write_points_csv(path, coords, targets, "regression")
    table = read_points_csv(path)
    assert table.task == "regression" and table.n_classes == 0
    assert bits_equal(table.coords, coords) and bits_equal(table.values, targets)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=0, max_size=20))
def test_csv_round_trip_any_finite_floats(values):
    v = np.array(values, dtype=np.float64)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.csv"
        write_points_csv(path, np.stack([v, -v], axis=1).reshape(-1, 2), v, "regression")
        table = read_points_csv(path)
    assert bits_equal(table.values, v)
    assert bits_equal(table.coords[:, 1], -v)


def test_csv_tolerates_bom_crlf_whitespace_quotes_and_blank_lines(tmp_path):
    path = tmp_path / "points.csv"
    path.write_bytes(b'\xef\xbb\xbf "x1" , x2 ,LABEL\r\n\r\n 0.5 , -1 , 1 \r\n2,3,"0"\r\n1,1,2.0')
    table = read_points_csv(path)
    np.testing.assert_array_equal(table.coords, [[0.5, -1], [2, 3], [1, 1]])
    np.testing.assert_array_equal(table.values, [1, 0, 2])
    assert table.values.dtype == np.int64 and table.n_classes == 3


@pytest.mark.parametrize(
    ("header", "task", "k"),
    [("x1,x2,label", "classification", 2), ("x1,x2,target", "regression", 0)],
)
def test_csv_header_only_is_an_empty_set(tmp_path, header, task, k):
    path = tmp_path / "points.csv"
    path.write_text(header + "\n")
    table = read_points_csv(path)
    assert table.coords.shape == (0, 2) and table.values.shape == (0,)
    assert table.task == task and table.n_classes == k


def test_csv_n_classes(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("x1,x2,label\n0,0,0\n1,1,0\n")
    assert read_points_csv(path).n_classes == 2
    assert read_points_csv(path, n_classes=5).n_classes == 5
    with pytest.raises(ConfigError):
        read_points_csv(path, n_classes=9)


@pytest.mark.parametrize(
    ("content", "n_classes", "message"),
    [
        (b"", None, r"points\.csv: file is empty"),
        (b"\xef\xbb\xbf \r\n\n", None, "file is empty"),
        (b"a,b,c\n1,2,3\n", None, r"points\.csv line 1: unknown header 'a,b,c'"),
        (b"x1,x2\n1,2\n", None, "line 1: unknown header"),
        (b"x1,x2,label,extra\n", None, "line 1: unknown header"),
        (b"x1,x2,label\n1,2\n", None, r"line 2: expected 3 columns \(x1,x2,label\), got 2"),
        (b"x1,x2,label\n1,2,0\n1,2,0,5\n", None, "line 3: expected 3 columns .* got 4"),
        (b"x1,x2,label\n1,abc,0\n", None, "line 2: x2 'abc' is not a number"),
        (b"x1,x2,label\n,1,0\n", None, "line 2: x1 is empty"),
        (b"x1,x2,label\n1_0,1,0\n", None, "line 2: x1 '1_0' is not a number"),
        (b"x1,x2,label\n1\x00,1,0\n", None, r"line 2: x1 '1\\x00' is not a number"),
        (b"x1,x2,label\nnan,1,0\n", None, "line 2: x1 nan is not finite"),
        (b"x1,x2,target\n1,-inf,0\n", None, "line 2: x2 -inf is not finite"),
        (b"x1,x2,target\n1,2,1e999\n", None, "line 2: target 1e999 is not finite"),
        (b"x1,x2,target\n1,2,x\n", None, "line 2: target 'x' is not a number"),
        (b"x1,x2,label\n1,2,1.5\n", None, "line 2: label 1.5 is not an integer"),
        (b"x1,x2,label\n0,0,0\n0,0,1\n\n1,2,9\n", 3, r"points\.csv line 5: label 9 is out of"),
        (b"x1,x2,label\n0,0,0\n0,0,1\n1,2,9\n", 3, r"line 4: label 9 is out of range 0\.\.2"),
        (b"x1,x2,label\n1,2,8\n", None, r"line 2: label 8 is out of range 0\.\.7"),
        (b"x1,x2,label\n1,2,-1\n", None, r"line 2: label -1 is out of range 0\.\.7"),
        pytest.param(
            b"x1,x2,label\n1,2," + b"9" * 300 + b"\n",
            None,
            r"line 2: label 9{40}\.\.\. is out of range 0\.\.7",
            id="long-label",
        ),
        pytest.param(
            b"x1,x2,label\n1,2," + b"9" * 5000 + b"\n",
            None,
            r"line 2: label 9{40}\.\.\. is not finite",
            id="huge-label",
        ),
        (b"x1,x2,label\n1,2,\xff\n", None, r"not UTF-8 text \(byte 0xff at offset 16\)"),
    ],
)
def test_csv_errors(tmp_path, content, n_classes, message):
    path = tmp_path / "points.csv"
    path.write_bytes(content)
    with pytest.raises(FormatError, match=message):
        read_points_csv(path, n_classes=n_classes)


def test_csv_row_limit(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("x1,x2,label\n" + "0,0,0\n" * 100_000)
    assert len(read_points_csv(path).values) == 100_000
    path.write_text("x1,x2,label\n" + "0,0,0\n" * 100_001)
    with pytest.raises(FormatError, match="line 100002: more than 100000 rows"):
        read_points_csv(path)


def test_csv_missing_file_and_folder(tmp_path):
    with pytest.raises(FormatError, match=r"nope\.csv: no such file"):
        read_points_csv(tmp_path / "nope.csv")
    with pytest.raises(FormatError, match="is a folder"):
        read_points_csv(tmp_path)


@pytest.mark.parametrize(
    ("coords", "values", "task"),
    [
        (np.zeros((2, 1)), [0, 1], "classification"),
        (np.zeros((2, 33)), [0, 1], "classification"),
        (np.zeros((2, 2)), [0], "classification"),
        (np.zeros((1, 2)), [1.5], "classification"),
        (np.zeros((1, 2)), [8], "classification"),
        (np.zeros((1, 2)), [-1], "classification"),
        (np.zeros((1, 2)), [np.nan], "regression"),
        (np.array([[np.inf, 0.0]]), [0.0], "regression"),
        (np.zeros((1, 2)), [0.0], "ranking"),
    ],
)
def test_csv_writer_rejects_bad_arguments(tmp_path, coords, values, task):
    with pytest.raises(ConfigError):
        write_points_csv(tmp_path / "p.csv", coords, np.array(values), task)
    assert not (tmp_path / "p.csv").exists()


@settings(max_examples=50, deadline=None)
@given(
    st.one_of(st.binary(max_size=300), st.text("x12,labeltrg\n\r.-+e9 \x00\ufeff").map(str.encode))
)
def test_csv_any_bytes_give_table_or_format_error(content):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "points.csv"
        path.write_bytes(content)
        try:
            table = read_points_csv(path)
        except FormatError:
            return
    assert table.coords.shape == (len(table.values), 2) and np.isfinite(table.coords).all()


# --- coordinates only (predict) --------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "third"),
    [
        ("x1,x2,label", ["9", "cat", "0.25", "", "-1", "nan", "1e999"]),
        ("x1,x2,target", ["cat", "", "inf", "1", "2", "3", "4"]),
    ],
)
def test_coords_csv_ignores_the_third_column_whatever_it_holds(tmp_path, header, third):
    path = tmp_path / "points.csv"
    rows = [f"{i},-{i}.5,{v}" for i, v in enumerate(third)]
    path.write_text("\n".join([header, *rows]) + "\n")
    coords = read_coords_csv(path)
    assert coords.dtype == np.float64
    np.testing.assert_array_equal(coords, [[i, -i - 0.5] for i in range(len(third))])


def test_coords_csv_reads_a_bare_header_and_tolerates_what_the_points_reader_does(tmp_path):
    path = tmp_path / "xy.csv"
    path.write_bytes(b'\xef\xbb\xbf "X1" , x2 \r\n\r\n 0.5 , -1 \r\n"2",3\r\n')
    np.testing.assert_array_equal(read_coords_csv(path), [[0.5, -1], [2, 3]])
    path.write_text("x1,x2\n")
    assert read_coords_csv(path).shape == (0, 2)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"xy\.csv: file is empty \(expected a header x1,x2,\.\.\. \(a last label or "
              r"target column is ignored\)"),
        (b"x1,x1\n1,2\n", r"xy\.csv line 1: unknown header 'x1,x1': column 2 is named 'x1'"),
        (b"x1\n1\n", "line 1: unknown header"),
        (b"x1,x2\n1,2,0\n", r"line 2: expected 2 columns \(x1,x2\), got 3"),
        (b"x1,x2,label\n1,2\n", r"line 2: expected 3 columns \(x1,x2,label\), got 2"),
        (b"x1,x2,label\n1,zero,cat\n", "line 2: x2 'zero' is not a number"),
        (b"x1,x2\nnan,0\n", "line 2: x1 nan is not finite"),
        (b"x1,x2\n0,\xff\n", r"not UTF-8 text \(byte 0xff at offset 8\)"),
    ],
)
def test_coords_csv_errors(tmp_path, content, message):
    path = tmp_path / "xy.csv"
    path.write_bytes(content)
    with pytest.raises(FormatError, match=message):
        read_coords_csv(path)


@settings(max_examples=50, deadline=None)
@given(
    st.one_of(st.binary(max_size=300), st.text("x12,labeltrg\n\r.-+e9 \x00\ufeff").map(str.encode))
)
def test_coords_csv_any_bytes_give_coords_or_format_error(content):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "xy.csv"
        path.write_bytes(content)
        try:
            coords = read_coords_csv(path, max_coord=1e6)
        except FormatError as exc:
            assert str(path) in str(exc)
            return
    # 2 or more input columns (a table of D inputs, issue 18), every value in bounds
    assert coords.ndim == 2 and coords.shape[1] >= 2 and (np.abs(coords) <= 1e6).all()


# --- 1-D sets: x,y --------------------------------------------------------------------------
def test_one_d_csv_round_trip_exact(tmp_path):
    path = tmp_path / "curve.csv"
    x = np.array(TRICKY)
    coords = np.column_stack([x, np.zeros_like(x)])
    targets = np.array(TRICKY[::-1])
    write_points_csv(path, coords, targets, "regression", dims=1)
    lines = path.read_text().splitlines()
    assert lines[:2] == ["x,y", "0.1,123456789.0"] and len(lines) == len(x) + 1
    table = read_points_csv(path)
    assert table.dims == 1 and table.task == "regression" and table.n_classes == 0
    assert bits_equal(table.coords, coords) and bits_equal(table.values, targets)


def test_two_d_tables_say_they_are_two_d(tmp_path):
    path = tmp_path / "points.csv"
    write_points_csv(path, np.zeros((2, 2)), np.array([0.5, 1.0]), "regression")
    assert read_points_csv(path).dims == 2 and path.read_text().startswith("x1,x2,target\n")


def test_one_d_csv_tolerates_what_the_points_reader_does(tmp_path):
    path = tmp_path / "curve.csv"
    path.write_bytes(b'\xef\xbb\xbf "X" , Y \r\n\r\n 0.5 , -1 \r\n"2",3\r\n')
    table = read_points_csv(path)
    np.testing.assert_array_equal(table.coords, [[0.5, 0], [2, 0]])
    np.testing.assert_array_equal(table.values, [-1, 3])
    path.write_text("x,y\n")
    empty = read_points_csv(path)
    assert empty.dims == 1 and empty.coords.shape == (0, 2) and empty.values.shape == (0,)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"x,y\n1\n", r"line 2: expected 2 columns \(x,y\), got 1"),
        (b"x,y\n1,2,3\n", r"line 2: expected 2 columns \(x,y\), got 3"),
        (b"x,y\none,2\n", "line 2: x 'one' is not a number"),
        (b"x,y\n1,inf\n", "line 2: y inf is not finite"),
        (b"x\n1\n", r"unknown header 'x': no label or target column; expected "
                     r"x1,x2,\.\.\.,label or x1,x2,\.\.\.,target or "
                     r"x1,x2,\.\.\.,label_A,label_B,\.\.\. \(multi-label\) or x,y$"),
        (b"y,x\n1,2\n", "line 1: unknown header 'y,x'"),
        (b"", r"file is empty \(expected a header x1,x2,\.\.\.,label or x1,x2,\.\.\.,target "
              r"or x1,x2,\.\.\.,label_A,label_B,\.\.\. \(multi-label\) or x,y\)"),
    ],
)
def test_one_d_csv_errors(tmp_path, content, message):
    path = tmp_path / "curve.csv"
    path.write_bytes(content)
    with pytest.raises(FormatError, match=message):
        read_points_csv(path)


def test_one_d_max_coord_bounds_x_not_y(tmp_path):
    path = tmp_path / "curve.csv"
    path.write_text("x,y\n1e6,1e300\n")
    assert read_points_csv(path, max_coord=1e6).values[0] == 1e300
    path.write_text("x,y\n0,0\n-2e6,1\n")
    with pytest.raises(FormatError) as info:
        read_points_csv(path, max_coord=1e6)
    assert str(info.value) == f"{path} line 3: x = -2e6 is outside ±1e6"


def test_writer_refuses_labels_and_other_dims_for_x_y(tmp_path):
    path = tmp_path / "curve.csv"
    with pytest.raises(ConfigError, match="regression targets, not labels"):
        write_points_csv(path, np.zeros((1, 2)), np.zeros(1), "classification", dims=1)
    with pytest.raises(ConfigError, match="dims must be 1 or 2"):
        write_points_csv(path, np.zeros((1, 2)), np.zeros(1), "regression", dims=3)
    assert not path.exists()


@pytest.mark.parametrize(
    ("header", "rows", "dims", "expected"),
    [
        ("x", ["1.5", "-2"], 1, [[1.5, 0], [-2, 0]]),
        ("x,y", ["1.5,", "-2,cat"], 1, [[1.5, 0], [-2, 0]]),  # y ignored whatever it holds
        ("x1,x2", ["1.5,3"], 2, [[1.5, 3]]),
        ("x1,x2,target", ["1.5,3,"], 2, [[1.5, 3]]),
    ],
)
def test_inputs_csv_reads_one_d_and_two_d_inputs(tmp_path, header, rows, dims, expected):
    path = tmp_path / "in.csv"
    path.write_text("\n".join([header, *rows]) + "\n")
    coords, got = read_inputs_csv(path)
    assert got == dims
    np.testing.assert_array_equal(coords, expected)


def test_inputs_csv_errors_name_every_header(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("x,y,label,z\n1,2,3\n")
    with pytest.raises(FormatError, match=r"expected x1,x2,\.\.\. \(a last label or target "
                                          r"column is ignored\) or x or x,y"):
        read_inputs_csv(path)
    path.write_text("x\n3e6\n")
    with pytest.raises(FormatError, match="line 2: x = 3e6 is outside ±1e6"):
        read_inputs_csv(path, max_coord=1e6)
    with pytest.raises(FormatError, match="unknown header 'x'"):
        read_coords_csv(path)  # the 2-D reader stays 2-D


# --- the coordinate bound ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("1e308,0", "line 3: x1 = 1e308 is outside ±1e6"),
        ("0,-1000000.5", "line 3: x2 = -1000000.5 is outside ±1e6"),
        ('"2e6",0', "line 3: x1 = 2e6 is outside ±1e6"),
    ],
)
@pytest.mark.parametrize("reader", [read_points_csv, read_coords_csv])
def test_max_coord_refuses_far_coordinates_naming_the_line(tmp_path, reader, row, message):
    path = tmp_path / "points.csv"
    path.write_text(f"x1,x2,label\n0,0,0\n{row},1\n")
    with pytest.raises(FormatError) as info:
        reader(path, max_coord=1e6)
    assert str(info.value) == f"{path} {message}"


@pytest.mark.parametrize("reader", [read_points_csv, read_coords_csv])
def test_max_coord_is_inclusive_and_optional(tmp_path, reader):
    path = tmp_path / "points.csv"
    path.write_text("x1,x2,label\n1e6,-1e6,0\n1e308,0,1\n")
    with pytest.raises(FormatError, match="line 3: x1 = 1e308 is outside ±1e6"):
        reader(path, max_coord=1e6)
    path.write_text("x1,x2,label\n1e6,-1e6,0\n-1000000.0,1000000,1\n")
    expected = [[1e6, -1e6], [-1e6, 1e6]]
    table = reader(path, max_coord=1e6)
    np.testing.assert_array_equal(getattr(table, "coords", table), expected)
    path.write_text("x1,x2,label\n1e308,-1e6,0\n")  # without a bound: as before
    assert getattr(reader(path), "coords", reader(path))[0, 0] == 1e308


# --- regular files only --------------------------------------------------------------------------
def returns_promptly(call: Callable[[], object], fifo: Path) -> BaseException | None:
    """Run ``call`` in a thread; the exception it raised, or a failure if it blocked (then a
    writer is opened on ``fifo`` so the blocked open returns and the thread can end)."""
    outcome: list[BaseException | None] = []

    def target() -> None:
        try:
            call()
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # unblocks the reader
        thread.join(5)
        pytest.fail("the loader blocked on a named pipe")
    return outcome[0]


LOADERS = [read_points_csv, read_coords_csv, load_weights]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("load", LOADERS)
def test_a_named_pipe_is_refused_without_opening_it(tmp_path, load):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    exc = returns_promptly(lambda: load(fifo), fifo)
    assert isinstance(exc, FormatError)
    assert str(exc) == f"{fifo}: is a named pipe (FIFO), not a regular file"


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null here")
@pytest.mark.parametrize("load", LOADERS)
def test_a_device_is_refused(load):
    with pytest.raises(FormatError, match="^/dev/null: is a device, not a regular file$"):
        load("/dev/null")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_to_a_regular_file_is_read(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("x1,x2,label\n1,2,1\n")
    link = tmp_path / "link.csv"
    link.symlink_to(path)
    np.testing.assert_array_equal(read_points_csv(link).coords, [[1, 2]])
    np.testing.assert_array_equal(read_coords_csv(link), [[1, 2]])


# --- more than two inputs ----------------------------------------------------------------------
_finite = st.floats(allow_nan=False, allow_infinity=False)


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 32).flatmap(lambda d: st.tuples(
    st.just(d),
    st.lists(st.lists(_finite, min_size=d, max_size=d), min_size=0, max_size=12),
    st.sampled_from(["classification", "regression"]),
    st.booleans())))
def test_csv_round_trip_any_number_of_inputs(case):
    d, rows, task, named = case
    coords = np.array(rows, dtype=np.float64).reshape(len(rows), d)
    values = (np.arange(len(rows)) % 3 if task == "classification"
              else np.linspace(-1.5, 2.5, len(rows)))
    names = tuple(f"in_{k}" for k in range(d)) if named else None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "points.csv"
        write_points_csv(path, coords, values, task, input_names=names)
        table = read_points_csv(path)
    assert table.n_inputs == d and table.task == task and table.dims == 2
    assert bits_equal(table.coords, coords)
    np.testing.assert_array_equal(table.values, values)
    assert table.input_names == (names or tuple(f"x{k}" for k in range(1, d + 1)))


def test_named_input_columns_are_read_in_order_with_their_names(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text('height,"Weight", score ,label\n1.8,80,0.5,1\n1.6,55,-2,0\n')
    table = read_points_csv(path)
    assert table.input_names == ("height", "Weight", "score")
    np.testing.assert_array_equal(table.coords, [[1.8, 80, 0.5], [1.6, 55, -2]])
    np.testing.assert_array_equal(table.values, [1, 0])
    # what predict reads: the same inputs, the label column ignored; or a bare table of them
    np.testing.assert_array_equal(read_coords_csv(path), table.coords)
    path.write_text("x1,x2,x3\n1,2,3\n")
    assert read_inputs_csv(path)[0].tolist() == [[1.0, 2.0, 3.0]] and read_inputs_csv(path)[1] == 2


def test_a_points_file_written_with_names_keeps_its_header(tmp_path):
    path = tmp_path / "out.csv"
    write_points_csv(path, np.array([[1.0, 2.0, 3.0]]), np.array([0.25]), "regression",
                     input_names=("height", "weight", "score"))
    assert path.read_text() == "height,weight,score,target\n1.0,2.0,3.0,0.25\n"
    write_points_csv(path, np.array([[1.0, 2.0, 3.0]]), np.array([1]), "classification")
    assert path.read_text().splitlines()[0] == "x1,x2,x3,label"


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("x1,label", r"unknown header 'x1,label': 1 input column; a points file has 2 to 32"),
        (",".join(f"c{k}" for k in range(33)) + ",label", "33 input columns"),
        ("x1,x3,x2,label", r"column 2 is named 'x3'; inputs named x1, x2, \.\.\. come in order"),
        ("height,height,label", "two columns are named 'height'"),
        ("height,,label", "column 2 has no name"),
        ("1.5,2,0", r"column 1 is named '1\.5', a number: the first line must name the columns"),
        ("x1,label,x2,label", "column 2 is 'label', which only the last column may be"),
        ("x1,x2,x3", "no label or target column"),
    ],
)
def test_bad_headers_get_one_clear_message(tmp_path, header, message):
    path = tmp_path / "bad.csv"
    path.write_text(header + "\n")
    with pytest.raises(FormatError, match=message):
        read_points_csv(path)


def test_a_non_numeric_input_column_names_the_column_and_line(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("height,weight,score,label\n1.8,80,0.5,1\n1.6,heavy,1,0\n")
    with pytest.raises(FormatError, match="line 3: weight 'heavy' is not a number"):
        read_points_csv(path)
    path.write_text("x1,x2,x3,label\n1,2,3e7,1\n")
    with pytest.raises(FormatError, match="line 2: x3 = 3e7 is outside ±1e6"):
        read_points_csv(path, max_coord=1e6)


@pytest.mark.parametrize("names", [("a", "a,b", "c"), ("a", "label", "c"), ("a", "b"),
                                   ("x2", "x1", "x3"), (" a", "b", "c")])
def test_the_writer_refuses_names_it_could_not_read_back(tmp_path, names):
    with pytest.raises(ConfigError):
        write_points_csv(tmp_path / "out.csv", np.zeros((1, 3)), np.zeros(1), "regression",
                         input_names=names)
