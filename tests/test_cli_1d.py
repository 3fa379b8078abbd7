"""The command line on 1-D data: ``train`` on the sine preset or an ``x,y`` CSV trains a network
of x alone, and ``predict`` with such a model reads ``x`` / ``x,y`` and writes
``x,prediction``."""

from __future__ import annotations

import numpy as np
import pytest

from playground.data.points_csv import write_points_csv
from playground.data.weights_file import load_weights
from playground.session.dims import is_one_d
from playground.session.file import load_session
from playground.training.export import predict
from tests.test_cli import FAST, assert_one_line_error, read_csv, run, train_json


@pytest.fixture(scope="module")
def sine_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "sine.npz"
    train_json("--dataset", "sine", *FAST, "--out", str(path))
    return path


def on_the_line(x: np.ndarray) -> np.ndarray:
    return np.column_stack([x, np.zeros_like(x)])


# --- train -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["sine", "step"])
def test_one_d_presets_train_a_network_of_x_alone(name, tmp_path):
    out = tmp_path / "m.npz"
    result = train_json("--dataset", name, *FAST, "--out", str(out))
    assert result["train_accuracy"] is None and result["test_loss"] is not None
    meta = load_weights(out).meta
    assert meta["features"] == ["x1"] and meta["layer_sizes"] == [1, 8, 1]
    assert meta["task"] == "regression"


def test_an_x_y_csv_trains_a_one_d_model(tmp_path):
    data = tmp_path / "curve.csv"
    x = np.linspace(-5, 5, 60)
    write_points_csv(data, on_the_line(x), x**2 / 25, "regression", dims=1)
    assert data.read_text().startswith("x,y\n")
    out = tmp_path / "m.npz"
    first = train_json("--data", str(data), *FAST, "--out", str(out))
    wf = load_weights(out)
    assert is_one_d(wf) and wf.meta["features"] == ["x1"] and wf.meta["epoch"] == 20
    longer = train_json("--data", str(data), *FAST[:-1], "200", "--seed", "1")
    assert longer["train_loss"] < first["train_loss"]


def test_features_of_x1_are_allowed_and_x2_is_refused(tmp_path):
    out = tmp_path / "m.npz"
    train_json("--dataset", "sine", *FAST, "--features", "x1,sin_x1", "--out", str(out))
    assert load_weights(out).meta["features"] == ["x1", "sin_x1"]
    err = assert_one_line_error(run("train", "--dataset", "sine", "--features", "x1,x2"))
    assert "1-D data set has x alone" in err and "x1, x1_sq, sin_x1" in err
    assert "unknown feature" in assert_one_line_error(
        run("train", "--dataset", "sine", "--features", "nope"))


def test_session_of_a_one_d_run_is_one_d(tmp_path):
    path = tmp_path / "run.pgsession"
    proc = run("train", "--dataset", "sine", *FAST, "--session", str(path))
    assert proc.returncode == 0, proc.stderr
    s = load_session(path)
    assert is_one_d(s) and s.dataset["name"] == "sine" and s.config.features == ("x1",)
    assert (s.points.coords[:, 1] == 0).all()
    data = tmp_path / "curve.csv"
    data.write_text("x,y\n-1,1\n0,0\n1,1\n2,4\n")
    proc = run("train", "--data", str(data), *FAST, "--session", str(path))
    assert proc.returncode == 0, proc.stderr
    assert is_one_d(load_session(path))


# --- predict ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("header", "rows"), [
    ("x", ["1.5", "-3", "0"]),
    ("x,y", ["1.5,0.2", "-3,", "0,not a number"]),  # y is ignored whatever it holds
])
def test_predict_on_a_one_d_model_writes_x_prediction(sine_model, tmp_path, header, rows):
    csv = tmp_path / "in.csv"
    csv.write_text("\n".join([header, *rows]) + "\n")
    proc = run("predict", str(sine_model), str(csv))
    assert proc.returncode == 0, proc.stderr
    names, table = read_csv(proc.stdout)
    assert names == ["x", "prediction"]
    np.testing.assert_array_equal(table[:, 0], [1.5, -3, 0])
    expected = predict(load_weights(sine_model), on_the_line(table[:, 0]))[:, 0]
    np.testing.assert_array_equal(table[:, 1], expected)


def test_predict_on_a_one_d_model_still_reads_x1_x2(sine_model, tmp_path):
    csv = tmp_path / "in.csv"
    csv.write_text("x1,x2,target\n1.5,7,0\n")
    proc = run("predict", str(sine_model), str(csv), "--out", str(tmp_path / "p.csv"))
    assert proc.returncode == 0, proc.stderr
    names, table = read_csv((tmp_path / "p.csv").read_text())
    assert names == ["x1", "x2", "prediction"]
    # the model sees x alone: x2 changes nothing
    same = predict(load_weights(sine_model), np.array([[1.5, 0.0]]))[0, 0]
    assert table[0, 2] == same


def test_a_two_d_model_refuses_an_x_file(tmp_path):
    model = tmp_path / "plane.npz"
    train_json("--dataset", "plane", *FAST, "--out", str(model))
    csv = tmp_path / "in.csv"
    csv.write_text("x\n1\n")
    err = assert_one_line_error(run("predict", str(model), str(csv)))
    assert "unknown header 'x'" in err


def test_datasets_lists_the_one_d_sets():
    proc = run("datasets")
    assert proc.returncode == 0
    lines = {ln.split()[0]: ln for ln in proc.stdout.splitlines()[1:]}
    assert "1-D" in lines["sine"] and "1-D" in lines["step"]
