"""The metrics a goal reads, computed from a session's own weights and points, checked
against a forward pass written here with NumPy alone."""

import dataclasses
import math

import numpy as np
import pytest

from playground import cli
from playground.lessons.goals import METRICS
from playground.lessons.metrics import lesson_metrics
from playground.session.file import load_session, save_session
from playground.session.model import SessionModel
from playground.training.config import TrainConfig


def _trained(tmp_path, *args):
    path = tmp_path / "run.pgsession"
    assert cli.main(["train", *args, "--epochs", "15", "--session", str(path)]) == 0
    return load_session(path)


def _forward(s, x):
    """Hidden outputs and logits, by hand: ReLU / tanh layers, then the output layer."""
    a, hidden = x, []
    for w, b, act in zip(s.weights[:-1], s.biases[:-1], s.config.activations):
        z = a @ w + b
        a = np.maximum(z, 0.0) if act == "relu" else np.tanh(z)
        hidden.append(a)
    return hidden, a @ s.weights[-1] + s.biases[-1]


def _inputs(s):
    mean, std = np.array(s.normalizer.mean), np.array(s.normalizer.std)
    return (s.points.coords - mean) / std  # features x1, x2


def test_classification_metrics_match_a_forward_pass_by_hand(tmp_path, capsys):
    s = _trained(tmp_path, "--dataset", "xor", "--n-points", "200", "--layers", "5,3",
                 "--activation", "relu", "--seed", "2")
    capsys.readouterr()
    w0, b0 = s.weights[0].copy(), s.biases[0].copy()
    w0[:, 1], b0[1] = 0.0, -5.0  # unit 2 of layer 1 outputs 0 everywhere: dead
    s = dataclasses.replace(s, weights=(w0, *s.weights[1:]), biases=(b0, *s.biases[1:]))
    m = lesson_metrics(s)
    assert set(m) == set(METRICS)

    hidden, z = _forward(s, _inputs(s))
    y = s.points.values
    p = 1.0 / (1.0 + np.exp(-z[:, 0]))  # one sigmoid unit for two classes
    bce = -(y * np.log(p) + (1 - y) * np.log(1 - p))
    right = (z[:, 0] > 0).astype(int) == y
    train, test = s.points.is_train, ~s.points.is_train
    assert m["train_loss"] == pytest.approx(bce[train].mean(), rel=1e-9)
    assert m["test_loss"] == pytest.approx(bce[test].mean(), rel=1e-9)
    assert m["loss_gap"] == pytest.approx(bce[test].mean() - bce[train].mean(), rel=1e-6)
    assert m["train_accuracy"] == pytest.approx(right[train].mean())
    assert m["test_accuracy"] == pytest.approx(right[test].mean())
    dead = sum(int(np.all(a == 0, axis=0).sum()) for a in hidden)
    assert dead >= 1 and m["dead_fraction"] == pytest.approx(dead / 8)
    assert m["saturated_fraction"] == 0.0  # ReLU never saturates
    assert m["parameters"] == sum(w.size + b.size for w, b in zip(s.weights, s.biases))
    assert (m["hidden_layers"], m["hidden_units"], m["features"]) == (2, 8, 2)
    assert m["epoch"] == 15 and m["learning_rate"] == s.config.learning_rate
    assert m["batch_size"] == s.config.batch_size and (m["l1"], m["l2"]) == (0.0, 0.0)
    assert math.isnan(m["r2"]) and math.isnan(m["rmse"])


def test_numbers_stored_in_the_file_are_not_trusted(tmp_path, capsys):
    s = _trained(tmp_path, "--dataset", "gauss", "--n-points", "100")
    capsys.readouterr()
    honest = lesson_metrics(s)
    forged = dataclasses.replace(s, history=np.zeros_like(s.history),
                                 view={"test_accuracy": 1.0})
    path = tmp_path / "forged.pgsession"
    save_session(path, forged)
    assert lesson_metrics(load_session(path)) == honest


def test_a_session_model_gives_the_same_metrics_as_its_file(tmp_path, capsys):
    s = _trained(tmp_path, "--dataset", "circle", "--n-points", "150", "--layers", "4")
    capsys.readouterr()
    model = SessionModel(TrainConfig())
    model.load(s)
    assert lesson_metrics(model) == lesson_metrics(s)


def test_pruned_units_do_not_count(tmp_path, capsys):
    s = _trained(tmp_path, "--dataset", "xor", "--n-points", "100", "--layers", "4,2")
    capsys.readouterr()
    full = lesson_metrics(s)
    pruned = lesson_metrics(dataclasses.replace(s, config=s.config.replace(pruned=((0, 1),))))
    assert pruned["hidden_units"] == full["hidden_units"] - 1 == 5
    # its incoming weights (2 features), bias and outgoing weights (to 2 units)
    assert pruned["parameters"] == full["parameters"] - (2 + 1 + 2)


def test_regression_metrics_match_by_hand(tmp_path, capsys):
    s = _trained(tmp_path, "--dataset", "plane", "--n-points", "120", "--layers", "3",
                 "--train-ratio", "0.6")
    capsys.readouterr()
    m = lesson_metrics(s)
    _, z = _forward(s, _inputs(s))
    pred, y, test = z[:, 0], s.points.values, ~s.points.is_train
    assert m["test_loss"] == pytest.approx(np.mean((pred[test] - y[test]) ** 2), rel=1e-9)
    r2 = 1 - np.sum((pred[test] - y[test]) ** 2) / np.sum((y[test] - y[test].mean()) ** 2)
    assert m["r2"] == pytest.approx(r2, rel=1e-9)
    assert m["rmse"] == pytest.approx(math.sqrt(m["test_loss"]), rel=1e-9)
    assert math.isnan(m["test_accuracy"]) and math.isnan(m["train_accuracy"])


def test_a_session_saved_before_training_is_its_seeded_start():
    model = SessionModel(TrainConfig(hidden_layers=(3,), activations=("tanh",)))
    m = lesson_metrics(model)
    assert m["epoch"] == 0 and math.isfinite(m["train_loss"]) and m["hidden_units"] == 3
    assert lesson_metrics(model) == m  # seeded: the same every time


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def test_gradient_ratio_matches_backpropagation_by_hand(tmp_path, capsys):
    """The first hidden layer's weight gradient over the output layer's, both by hand: four
    sigmoid layers, a sigmoid output and binary cross-entropy averaged over the training
    points (float64, so the two computations agree to many digits)."""
    s = _trained(tmp_path, "--dataset", "circle", "--n-points", "120", "--layers", "6,6,6,6",
                 "--activation", "sigmoid", "--dtype", "float64", "--seed", "3")
    capsys.readouterr()
    x = _inputs(s)[s.points.is_train]
    y = s.points.values[s.points.is_train].astype(float).reshape(-1, 1)
    outs = [x]
    for w, b in zip(s.weights, s.biases):
        outs.append(_sigmoid(outs[-1] @ w + b))
    delta = (outs[-1] - y) / len(x)  # d(mean BCE)/d(logit)
    grads = []
    for layer in range(len(s.weights) - 1, -1, -1):
        grads.append(outs[layer].T @ delta)
        if layer:
            a = outs[layer]
            delta = (delta @ s.weights[layer].T) * a * (1 - a)
    first, last = grads[-1], grads[0]
    want = np.linalg.norm(first) / np.linalg.norm(last)
    m = lesson_metrics(s)
    assert m["gradient_ratio"] == pytest.approx(want, rel=1e-9)
    assert m["gradient_ratio"] < 0.5  # four sigmoid layers: the first layer's gradient is small


def test_gradient_ratio_does_not_apply_without_a_hidden_layer(tmp_path, capsys):
    s = _trained(tmp_path, "--dataset", "gauss", "--n-points", "100", "--layers", "")
    capsys.readouterr()
    assert math.isnan(lesson_metrics(s)["gradient_ratio"])
