"""``train --init-scheme normal --init-std S --init-bias B --input-scaling SPEC``, the initial
weights of ``--epochs 0``, and models with another input scaling through ``predict`` and the
NumPy export."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.weights_file import load_weights
from playground.training.config import TrainConfig
from playground.training.export import predict
from playground.training.trainer import Trainer
from tests.test_cli import assert_one_line_error, read_csv, run, train_json

TUTORIAL = ["--dataset", "circle", "--n-points", "120", "--seed", "4", "--layers", "6",
            "--activation", "sigmoid", "--optimizer", "sgd", "--lr", "0.5",
            "--init-scheme", "normal", "--init-std", "0.01", "--init-bias", "normal"]


def _arrays(path):
    wf = load_weights(path)
    return wf, [*wf.weights, *wf.biases]


def test_epochs_0_writes_the_freshly_initialised_network(tmp_path):
    out = tmp_path / "start.npz"
    result = train_json(*TUTORIAL, "--epochs", "0", "--out", str(out))
    assert result["epoch"] == 0
    wf, arrays = _arrays(out)
    cfg = TrainConfig.from_dict(wf.meta["config"])
    assert (cfg.init, cfg.init_std, cfg.init_bias) == ("normal", 0.01, "normal")
    points = make_dataset("circle", n=120, seed=4).with_split(0.5, 4)
    fresh = Trainer(cfg, points)
    for got, want in zip(arrays, [*fresh.model.weights, *fresh.model.biases]):
        np.testing.assert_array_equal(got, want)
    assert 0.005 < np.std(np.concatenate([w.ravel() for w in wf.weights])) < 0.02
    assert all(np.count_nonzero(b) == b.size for b in wf.biases)


def test_training_from_the_initial_weights_equals_training_directly(tmp_path):
    start, via, direct = tmp_path / "start.npz", tmp_path / "via.npz", tmp_path / "direct.npz"
    train_json(*TUTORIAL, "--epochs", "0", "--out", str(start))
    a = train_json(*TUTORIAL, "--init", str(start), "--epochs", "7", "--out", str(via))
    b = train_json(*TUTORIAL, "--epochs", "7", "--out", str(direct))
    assert a["train_loss"] == b["train_loss"] and a["epoch"] == b["epoch"] == 7
    for x, y in zip(_arrays(via)[1], _arrays(direct)[1]):
        np.testing.assert_array_equal(x, y)


@pytest.mark.parametrize("spec,scale", [("none", 1.0), ("scale:2", 2.0)])
def test_a_scaled_model_runs_the_same_through_predict_and_the_numpy_export(tmp_path, spec,
                                                                          scale):
    model, csv = tmp_path / "m.npz", tmp_path / "pts.csv"
    train_json("--dataset", "gauss", "--n-points", "80", "--layers", "4", "--epochs", "5",
               "--input-scaling", spec, "--out", str(model))
    wf = load_weights(model)
    assert wf.meta["input_scaling"] == spec
    assert wf.meta["input_mean"] == [0.0, 0.0] and wf.meta["input_std"] == [1 / scale] * 2
    coords = np.random.default_rng(1).uniform(-6, 6, (25, 2))
    csv.write_text("x1,x2\n" + "".join(f"{float(x)!r},{float(y)!r}\n" for x, y in coords))
    # the network by hand on the raw coordinates times the factor: no z-score anywhere
    a = scale * coords
    for i, (w, b) in enumerate(zip(wf.weights, wf.biases)):
        a = a @ w + b
        a = np.tanh(a) if i < len(wf.weights) - 1 else 1 / (1 + np.exp(-a))
    proc = run("predict", str(model), str(csv))
    assert proc.returncode == 0, proc.stderr
    header, table = read_csv(proc.stdout)
    assert header[-1] == "p1"
    np.testing.assert_allclose(table[:, -1], a[:, 0], rtol=1e-12)
    proc = run("explain", str(model), "--point", "3,-1.5", "--label", "1")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["features"] == [3 * scale, -1.5 * scale]
    code = tmp_path / "model.py"
    proc = run("export", str(model), "--to", "numpy", "--out", str(code))
    assert proc.returncode == 0, proc.stderr
    exported = subprocess.run([sys.executable, str(code), str(csv)], capture_output=True,
                              text=True, timeout=60)
    assert exported.returncode == 0, exported.stderr
    header, table = read_csv(exported.stdout)
    assert header[-1] == "p1"
    np.testing.assert_allclose(table[:, -1], predict(wf, coords)[:, 0], rtol=1e-12)
    assert spec.split(":")[0] in code.read_text()  # the code says which scaling it applies


def test_init_adopts_the_files_input_scaling_and_refuses_another(tmp_path):
    model = tmp_path / "raw.npz"
    train_json("--layers", "4", "--epochs", "2", "--input-scaling", "none", "--out", str(model))
    out = tmp_path / "more.npz"
    train_json("--layers", "4", "--epochs", "2", "--init", str(model), "--out", str(out))
    assert load_weights(out).meta["input_scaling"] == "none"
    err = assert_one_line_error(run("train", "--layers", "4", "--init", str(model),
                                    "--input-scaling", "standard"))
    assert "input scaling (none)" in err


@pytest.mark.parametrize("args,message", [
    (["--input-scaling", "zscore"], "standard, standard:K, none or scale:K"),
    (["--input-scaling", "scale:0"], "the factor must be between"),
    (["--init-scheme", "normal", "--init-std", "0"], "initial weight std must be > 0"),
    (["--init-scheme", "normal", "--init-std", "1000"], "at most 100"),
    (["--init-bias", "ones"], "unknown bias initialisation 'ones'"),
    (["--init-std", "0.1"], "--init-std applies to --init-scheme normal"),
    (["--epochs", "-1"], "--epochs must be between 0 and"),
])
def test_bad_options_are_one_clear_line(args, message):
    err = assert_one_line_error(run("train", *args))
    assert message in err
