"""``playground inspect`` (a model's inside and its scores on labelled points), ``train``'s stop
rules (``--stop-loss``, ``--patience``: ``"stopped"`` in the JSON line) and frozen / pruned
neurons carried over by ``train --init``. In-process through ``cli.main``, for speed."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from playground import cli
from playground.data.datasets import make_dataset
from playground.data.features import Normalizer
from playground.data.points_csv import write_points_csv
from playground.data.weights_file import load_weights, save_weights
from playground.session.file import load_session
from playground.training.config import TrainConfig
from playground.training.export import config_from_file, predict, weights_file
from playground.training.trainer import Trainer

FAST = ["--optimizer", "adam", "--lr", "0.03", "--layers", "8", "--epochs", "20"]


def main_json(capsys, *args: str) -> dict:
    code = cli.main(list(args))
    out = capsys.readouterr()
    assert code == 0, out.err
    lines = out.out.splitlines()
    assert len(lines) == 1 and out.err == "", out
    return json.loads(lines[0])


def main_error(capsys, *args: str) -> str:
    code = cli.main(list(args))
    out = capsys.readouterr()
    assert code == 2 and out.out == "", out
    assert len(out.err.splitlines()) == 1 and out.err.startswith("playground: error: ")
    assert "Traceback" not in out.err
    return out.err


def points_csv(path, name: str, n: int = 120, seed: int = 5, **kw) -> tuple:
    points = make_dataset(name, n, 0.1, seed=seed, **kw)
    dims = 1 if name in ("sine", "step") else 2
    write_points_csv(path, points.coords, points.values, points.task, dims)
    return points.coords, points.values


def hand_made(path, acts: tuple[str, ...], weights, biases, task="classification") -> None:
    """A weights file of the given hidden layers' weights (a 1-unit head of zeros after)."""
    sizes = [2, *(np.shape(w)[1] for w in weights)]
    cfg = TrainConfig(task=task, n_classes=2 if task == "classification" else 0,
                      loss="cross_entropy" if task == "classification" else "mse",
                      hidden_layers=tuple(sizes[1:]), activations=acts)
    ws = [np.asarray(w, float) for w in weights] + [np.zeros((sizes[-1], 1))]
    bs = [np.asarray(b, float) for b in biases] + [np.zeros(1)]
    save_weights(path, weights_file(cfg, ws, bs, Normalizer(), 0))


@pytest.fixture(scope="module")
def blobs(tmp_path_factory):
    """A 3-class model trained on blobs, and a points file of fresh blobs."""
    folder = tmp_path_factory.mktemp("blobs")
    train_csv, model = folder / "train.csv", folder / "blobs.npz"
    points_csv(train_csv, "blobs", 200, seed=3, n_classes=3)
    assert cli.main(["train", "--data", str(train_csv), *FAST, "--activation", "relu",
                     "--out", str(model)]) == 0
    pts = folder / "points.csv"
    coords, labels = points_csv(pts, "blobs", 150, seed=9, n_classes=3)
    return model, pts, coords, labels


# --- inspect ----------------------------------------------------------------------------------
def test_inspect_a_classifier_matches_predict(blobs, capsys):
    model, pts, coords, labels = blobs
    capsys.readouterr()
    report = main_json(capsys, "inspect", str(model), str(pts))
    assert set(report) == {"layers", "loss", "accuracy", "confusion", "classes",
                           "linear_regions"}
    assert report["classes"] == load_weights(model).meta["classes"]  # the confusion order
    (layer,) = report["layers"]
    assert layer["layer"] == 1 and layer["units"] == 8 and layer["activation"] == "relu"
    assert 0 <= layer["dead_fraction"] <= 1 and layer["saturated_fraction"] == 0.0
    probs = predict(load_weights(model), coords)  # a hand count from what predict says
    pred = probs.argmax(axis=1)
    confusion = [[int(np.sum((labels == i) & (pred == j))) for j in range(3)] for i in range(3)]
    assert report["confusion"] == confusion and np.sum(confusion) == len(labels)
    assert report["accuracy"] == pytest.approx(np.mean(pred == labels), abs=1e-15)
    assert report["accuracy"] > 0.9
    ce = -np.mean(np.log(probs[np.arange(len(labels)), labels]))
    assert report["loss"] == pytest.approx(ce, rel=1e-9)


def test_inspect_a_two_class_model_with_fewer_labels(tmp_path, capsys):
    model = tmp_path / "circle.npz"
    main_json(capsys, "train", "--dataset", "circle", *FAST, "--out", str(model))
    pts = tmp_path / "zeros.csv"
    coords = np.array([[0.0, 0.0], [0.1, -0.2], [4.0, 4.0]])
    write_points_csv(pts, coords, np.zeros(3, int), "classification")  # class 0 only
    report = main_json(capsys, "inspect", str(model), str(pts))
    p1 = predict(load_weights(model), coords)[:, 0]
    pred = (p1 > 0.5).astype(int)
    assert report["confusion"] == [[int(np.sum(pred == 0)), int(np.sum(pred == 1))], [0, 0]]
    bce = -np.mean(np.log(1 - p1))
    assert report["loss"] == pytest.approx(bce, rel=1e-9)
    assert report["layers"][0]["activation"] == "tanh"
    assert report["layers"][0]["dead_fraction"] == 0.0


def test_inspect_a_regression_model(tmp_path, capsys):
    model, pts = tmp_path / "plane.npz", tmp_path / "plane.csv"
    points_csv(tmp_path / "train.csv", "plane", 150)
    main_json(capsys, "train", "--data", str(tmp_path / "train.csv"), *FAST, "--out", str(model))
    coords, targets = points_csv(pts, "plane", 80, seed=11)
    report = main_json(capsys, "inspect", str(model), str(pts))
    assert set(report) == {"layers", "loss", "r2", "rmse", "linear_regions"}
    y = predict(load_weights(model), coords)[:, 0]
    rmse = math.sqrt(np.mean((y - targets) ** 2))
    r2 = 1 - np.sum((y - targets) ** 2) / np.sum((targets - targets.mean()) ** 2)
    assert report["rmse"] == pytest.approx(rmse, rel=1e-9)
    assert report["r2"] == pytest.approx(r2, rel=1e-9) and report["r2"] > 0.5
    assert report["loss"] == pytest.approx(rmse**2, rel=1e-9)  # mse of one output
    # targets that do not vary: no R² (JSON has no NaN)
    write_points_csv(pts, coords, np.ones(len(coords)), "regression")
    report = main_json(capsys, "inspect", str(model), str(pts))
    assert report["r2"] is None and report["rmse"] > 0


def test_inspect_a_one_d_model_reads_x_y(tmp_path, capsys):
    model, pts = tmp_path / "sine.npz", tmp_path / "sine.csv"
    main_json(capsys, "train", "--dataset", "sine", *FAST, "--out", str(model))
    points_csv(pts, "sine", 60)
    report = main_json(capsys, "inspect", str(model), str(pts))
    assert report["layers"][0]["units"] == 8 and report["rmse"] >= 0


def test_inspect_a_hand_made_dead_relu_unit(tmp_path, capsys):
    model, pts = tmp_path / "dead.npz", tmp_path / "pts.csv"
    # unit 0 passes x1, unit 1 passes x2, unit 2 has bias -100: dead on every point in ±10
    hand_made(model, ("relu",), [[[1, 0, 1], [0, 1, 1]]], [[0, 0, -100]])
    points_csv(pts, "circle", 50)
    (layer,) = main_json(capsys, "inspect", str(model), str(pts))["layers"]
    assert layer["dead_fraction"] == pytest.approx(1 / 3) and layer["saturated_fraction"] == 0


def test_inspect_hand_made_saturated_layers(tmp_path, capsys):
    model, pts = tmp_path / "flat.npz", tmp_path / "pts.csv"
    coords = np.array([[1.0, 0.0], [-1.0, 0.0], [0.001, 0.0], [0.5, 0.0]])
    write_points_csv(pts, coords, np.array([0, 1, 0, 1]), "classification")
    # tanh: 100·x1 is flat on 3 points of 4, 0.001·x1 never, bias 10 always -> 7 of 12;
    # then sigmoid of 5·(first unit): sigmoid(±5 tanh(100)) flat, sigmoid(5 tanh(0.1)) not,
    # sigmoid(5 tanh(50)) flat; the second unit's 0 never -> 3 of 8
    hand_made(model, ("tanh", "sigmoid"),
              [[[100, 0.001, 0], [0, 0, 0]], [[5, 0], [0, 0], [0, 0]]], [[0, 0, 10], [0, 0]])
    report = main_json(capsys, "inspect", str(model), str(pts))
    first, second = report["layers"]
    assert (first["layer"], first["units"], first["activation"]) == (1, 3, "tanh")
    assert first["saturated_fraction"] == pytest.approx(7 / 12)
    assert second["saturated_fraction"] == pytest.approx(3 / 8)
    assert first["dead_fraction"] == second["dead_fraction"] == 0
    assert report["loss"] == pytest.approx(math.log(2))  # a head of zeros: p = 0.5
    assert report["confusion"] == [[2, 0], [2, 0]] and report["accuracy"] == 0.5


def test_inspect_refuses_what_does_not_fit(blobs, tmp_path, capsys):
    model, pts, _, _ = blobs
    assert "missing.npz" in main_error(capsys, "inspect", str(tmp_path / "missing.npz"), str(pts))
    assert "missing.csv" in main_error(capsys, "inspect", str(model), str(tmp_path / "missing.csv"))
    wrong = tmp_path / "wrong.csv"
    points_csv(wrong, "plane", 20)
    err = main_error(capsys, "inspect", str(model), str(wrong))
    assert "regression targets" in err and "classification" in err
    write_points_csv(wrong, np.zeros((2, 2)), np.array([0, 3]), "classification")
    err = main_error(capsys, "inspect", str(model), str(wrong))
    assert "labels up to 3" in err and "3 classes" in err
    wrong.write_text("x1,x2,label\n")
    assert "no points" in main_error(capsys, "inspect", str(model), str(wrong))
    wrong.write_text("x1,x2\n0,0\n")  # coordinates alone: nothing to score
    assert "header" in main_error(capsys, "inspect", str(model), str(wrong))
    wrong.write_text("x1,x2,label\n0,zero,1\n")
    assert "line 2" in main_error(capsys, "inspect", str(model), str(wrong))
    main_error(capsys, "inspect", str(model))  # usage


def test_inspect_refuses_labels_or_x_y_for_a_regression_model_of_x1_x2(tmp_path, capsys):
    model, pts = tmp_path / "flat.npz", tmp_path / "pts.csv"
    hand_made(model, ("tanh",), [[[1], [1]]], [[0]], task="regression")
    points_csv(pts, "circle", 10)
    err = main_error(capsys, "inspect", str(model), str(pts))
    assert "class labels" in err and "regression" in err
    points_csv(pts, "sine", 10)
    assert "1-D points (x,y)" in main_error(capsys, "inspect", str(model), str(pts))
    points_csv(pts, "plane", 10)
    assert main_json(capsys, "inspect", str(model), str(pts))["layers"][0]["units"] == 1


# --- train: stop rules ------------------------------------------------------------------------
def test_train_runs_all_epochs_without_stop_rules(capsys):
    result = main_json(capsys, "train", "--dataset", "circle", *FAST)
    assert result["stopped"] == "epochs" and result["epoch"] == 20


def test_train_stops_at_the_target_loss(capsys, tmp_path):
    path = tmp_path / "run.pgsession"
    result = main_json(capsys, "train", "--dataset", "circle", *FAST[:-1], "100",
                       "--stop-loss", "0.3", "--session", str(path))
    assert result["stopped"] == "stop_loss" and result["train_loss"] <= 0.3
    assert 1 < result["epoch"] < 100
    session = load_session(path)
    assert session.epoch == result["epoch"] and session.config.stop_loss == 0.3
    assert session.history[-2, 1] > 0.3  # the epoch before had not reached it


def flat_run(tmp_path) -> tuple[str, str]:
    """A weights file of zeros and balanced points: the loss stays at ln 2 (see
    tests/training/test_stopping.py)."""
    csv, model = tmp_path / "flat.csv", tmp_path / "zeros.npz"
    coords = np.random.default_rng(0).uniform(-3, 3, size=(6, 2))
    write_points_csv(csv, coords, np.arange(6) % 2, "classification")
    hand_made(model, ("tanh", "tanh"), [np.zeros((2, 4)), np.zeros((4, 2))], [np.zeros(4),
                                                                              np.zeros(2)])
    return str(csv), str(model)


@pytest.mark.parametrize("patience", [1, 3])
def test_train_patience_on_a_flat_run(tmp_path, capsys, patience):
    csv, model = flat_run(tmp_path)
    result = main_json(capsys, "train", "--data", csv, "--init", model, "--train-ratio", "1",
                       "--batch-size", "all", "--epochs", "50", "--patience", str(patience))
    assert result["stopped"] == "patience" and result["epoch"] == patience
    assert result["train_loss"] == pytest.approx(math.log(2))


@pytest.mark.parametrize(("args", "message"), [
    (["--stop-loss", "-1"], "--stop-loss"),
    (["--stop-loss", "nan"], "--stop-loss"),
    (["--stop-loss", "inf"], "--stop-loss"),
    (["--stop-loss", "low"], "invalid float value"),
    (["--patience", "0"], "--patience"),
    (["--patience", "1.5"], "invalid int value"),
    (["--patience", str(10**8)], "--patience"),
])
def test_bad_stop_rules(args, message, capsys):
    assert message in main_error(capsys, "train", "--epochs", "1", *args)


# --- train --init: frozen and pruned neurons --------------------------------------------------
def test_init_keeps_frozen_and_pruned_neurons(tmp_path, capsys):
    points = make_dataset("circle", 500, 0.0, seed=0)
    cfg = TrainConfig(optimizer="adam", learning_rate=0.03, frozen=((0, 1),),
                      pruned=((1, 0),), patience=50)
    trainer = Trainer(cfg, points.with_split(0.5, 0))
    for _ in range(3):
        trainer.run_epoch()
    first, more, session = tmp_path / "a.npz", tmp_path / "b.npz", tmp_path / "b.pgsession"
    save_weights(first, weights_file(cfg, trainer.model.weights, trainer.model.biases,
                                     trainer.normalizer, trainer.epoch))
    main_json(capsys, "train", "--dataset", "circle", "--optimizer", "adam", "--lr", "0.03",
              "--epochs", "20", "--init", str(first), "--out", str(more),
              "--session", str(session))
    a, b = load_weights(first), load_weights(more)
    np.testing.assert_array_equal(b.weights[0][:, 1], a.weights[0][:, 1])  # frozen
    assert b.biases[0][1] == a.biases[0][1]
    assert not np.array_equal(b.weights[0][:, 0], a.weights[0][:, 0])  # the others learn
    assert not b.weights[1][:, 0].any() and b.biases[1][0] == 0 and not b.weights[2][0].any()
    assert b.meta["epoch"] == 23
    for config in (config_from_file(b), load_session(session).config):
        assert config.frozen == ((0, 1),) and config.pruned == ((1, 0),)
        assert config.patience is None  # stop rules come from the options, not --init
