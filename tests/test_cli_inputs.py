"""The command line on tables of more than two inputs: ``train`` reads ``x1,x2,x3,label`` or
named columns and trains on x1..xD, the weights file records the inputs, and ``predict``,
``inspect``, ``explain`` and the NumPy, PyTorch and ONNX exports all read three inputs and
agree."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import numpy as np
import pytest

from playground.data.points_csv import write_points_csv
from playground.data.weights_file import load_weights
from playground.exporters import export_model
from playground.session.file import load_session
from playground.training.export import predict
from tests.export_cases import load_module
from tests.test_cli import FAST, assert_one_line_error, read_csv, run, train_json

NAMES = ("height", "weight", "score")


def table(n: int = 120, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Three inputs; label 1 where the third one is above 0."""
    rng = np.random.default_rng(seed)
    coords = rng.uniform(-3, 3, (n, 3))
    return coords, (coords[:, 2] > 0).astype(np.int64)


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    """A points CSV with named inputs and the model and session ``train`` makes of it."""
    folder = tmp_path_factory.mktemp("three")
    data = folder / "people.csv"
    write_points_csv(data, *table(), "classification", input_names=NAMES)
    model, session = folder / "m.npz", folder / "s.pgsession"
    result = train_json("--data", str(data), *FAST, "--epochs", "60", "--out", str(model),
                        "--session", str(session))
    return data, model, session, result


def test_train_reads_named_inputs_and_learns_the_third(three):
    _, model, _, result = three
    assert result["train_accuracy"] >= 0.9
    meta = load_weights(model).meta
    assert meta["features"] == ["x1", "x2", "x3"] and meta["layer_sizes"][0] == 3
    assert meta["n_inputs"] == 3 and meta["input_names"] == list(NAMES)
    assert len(meta["input_mean"]) == len(meta["input_std"]) == 3


def test_the_session_keeps_the_inputs_and_their_names(three):
    _, _, session, _ = three
    s = load_session(session)
    assert s.points.n_inputs == 3 and s.points.coords.shape[1] == 3
    assert s.dataset["input_names"] == list(NAMES)
    assert s.normalizer is not None and s.normalizer.n_inputs == 3


def test_predict_and_the_exports_agree_on_three_inputs(three, tmp_path):
    data, model, _, _ = three
    proc = run("predict", str(model), str(data))
    assert proc.returncode == 0, proc.stderr
    header, rows = read_csv(proc.stdout)
    assert header == [*NAMES, "prediction", "p0", "p1"]
    coords, _ = table()
    np.testing.assert_array_equal(rows[:, :3], coords)
    want = predict(load_weights(model), coords)
    np.testing.assert_array_equal(rows[:, 4:], np.column_stack([1 - want[:, 0], want[:, 0]]))

    numpy_file = tmp_path / "three_numpy.py"
    export_model(load_weights(model), "numpy", numpy_file)
    module = load_module(numpy_file)
    np.testing.assert_array_equal(module.predict(coords)[:, 1], want[:, 0])
    # run as a script it prints what playground predict prints
    out = subprocess.run([sys.executable, str(numpy_file), str(data)], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout == proc.stdout

    if importlib.util.find_spec("torch") is not None:
        torch_file = tmp_path / "three_torch.py"
        export_model(load_weights(model), "pytorch", torch_file)
        np.testing.assert_allclose(load_module(torch_file).predict(coords)[:, 1], want[:, 0],
                                   rtol=0, atol=1e-9)
    if importlib.util.find_spec("onnxruntime") is not None:
        import onnxruntime
        onnx_file = tmp_path / "three.onnx"
        export_model(load_weights(model), "onnx", onnx_file)
        sess = onnxruntime.InferenceSession(str(onnx_file))
        got = sess.run(None, {"coords": coords})[0]
        np.testing.assert_allclose(got[:, 1], want[:, 0], rtol=0, atol=1e-9)


def test_inspect_and_explain_take_three_inputs(three):
    data, model, _, _ = three
    proc = run("inspect", str(model), str(data))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["accuracy"] >= 0.9
    proc = run("explain", str(model), "--point", "0.5,-1,2", "--label", "1")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert len(report["features"]) == 3 and len(report["gradients"]["W0"]) == 3
    wf = load_weights(model)
    assert report["output"][0] == pytest.approx(predict(wf, np.array([[0.5, -1, 2]]))[0, 0],
                                                abs=1e-12)
    err = assert_one_line_error(run("explain", str(model), "--point", "0.5,-1",
                                    "--label", "1"))
    assert "--point needs X1,X2,X3" in err


def test_a_file_of_other_inputs_is_refused_with_the_counts(three, tmp_path):
    _, model, _, _ = three
    two = tmp_path / "two.csv"
    two.write_text("x1,x2\n1,2\n")
    err = assert_one_line_error(run("predict", str(model), str(two)))
    assert "has 2 input columns, but the model reads 3 (height, weight, score)" in err
    two.write_text("x1,x2,label\n1,2,0\n")
    err = assert_one_line_error(run("inspect", str(model), str(two)))
    assert "has 2 input columns, but the model reads 3" in err


def test_features_of_x3_and_a_missing_input(tmp_path):
    data = tmp_path / "d.csv"
    write_points_csv(data, *table(60), "classification")
    out = tmp_path / "m.npz"
    train_json("--data", str(data), *FAST, "--features", "x3,x3*x1", "--out", str(out))
    assert load_weights(out).meta["features"] == ["x3", "x3 * x1"]
    err = assert_one_line_error(run("train", "--dataset", "circle", "--features", "x1,x3",
                                    *FAST))
    assert "--features: input feature 'x3' reads x3, but the data have 2 inputs" in err
    err = assert_one_line_error(run("train", "--data", str(data), "--features", "x4", *FAST))
    assert "reads x4, but the data have 3 inputs" in err
