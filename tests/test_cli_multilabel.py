"""A multi-label table from the command line: train, predict, inspect, explain, export."""

from __future__ import annotations

import json

import numpy as np
import pytest

from playground.data.weights_file import load_weights
from playground.training.export import predict
from tests.test_cli import read_csv, run, train_json


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    """Tutorial 001's shape of data (the first input says the first label) with two more
    inputs' worth of labels: x1 > 0 and x2 > 0."""
    rng = np.random.default_rng(2)
    xy = rng.uniform(-3, 3, (80, 2))
    path = tmp_path_factory.mktemp("ml") / "labels.csv"
    rows = [f"{x!r},{y!r},{int(x > 0)},{int(y > 0)}" for x, y in xy.tolist()]
    path.write_text("x1,x2,label_east,label_north\n" + "\n".join(rows) + "\n")
    return path


@pytest.fixture(scope="module")
def model(table, tmp_path_factory):
    out = tmp_path_factory.mktemp("mlm") / "m.npz"
    result = train_json("--data", str(table), "--layers", "4", "--optimizer", "adam",
                        "--lr", "0.05", "--epochs", "60", "--train-ratio", "0.75",
                        "--out", str(out))
    return out, result


def test_train_reports_exact_match_and_each_labels_accuracy(model):
    path, result = model
    assert len(result["train_label_accuracy"]) == 2 and len(result["test_label_accuracy"]) == 2
    assert result["train_accuracy"] <= min(result["train_label_accuracy"]) + 1e-12
    assert result["train_accuracy"] > 0.8
    wf = load_weights(path)
    assert wf.meta["task"] == "multilabel" and wf.meta["classes"] == ["east", "north"]
    assert wf.meta["loss"] == "cross_entropy" and wf.meta["layer_sizes"][-1] == 2


def test_the_summed_loss_is_chosen_by_name(table):
    mean = train_json("--data", str(table), "--layers", "4", "--epochs", "1")
    summed = train_json("--data", str(table), "--layers", "4", "--epochs", "1",
                        "--loss", "cross_entropy_sum")
    assert summed["train_loss"] > mean["train_loss"]


def test_predict_writes_one_named_probability_column_per_label(model, table):
    path, _ = model
    proc = run("predict", str(path), str(table))
    assert proc.returncode == 0, proc.stderr
    header, rows = read_csv(proc.stdout)
    assert header == ["x1", "x2", "p_east", "p_north"]
    np.testing.assert_allclose(rows[:, 2:], predict(load_weights(path), rows[:, :2]),
                               rtol=0, atol=1e-15)


def test_inspect_scores_every_label(model, table):
    path, result = model
    proc = run("inspect", str(path), str(table))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["classes"] == ["east", "north"] and len(report["label_accuracy"]) == 2
    assert report["accuracy"] <= min(report["label_accuracy"]) + 1e-12


def test_explain_takes_one_0_or_1_per_label(model):
    path, _ = model
    proc = run("explain", str(path), "--point", "1,-1", "--label", "1,0")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["labels"] == [1, 0] and len(out["output"]) == 2
    bad = run("explain", str(path), "--point", "1,-1", "--label", "2")
    assert bad.returncode == 2 and "one per label (east, north)" in bad.stderr


def test_a_bad_label_column_is_one_clear_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("x1,x2,label_a,label_b\n0,0,1,yes\n")
    proc = run("train", "--data", str(path), "--epochs", "1")
    assert proc.returncode == 2
    assert "line 2" in proc.stderr and "0 or 1" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
