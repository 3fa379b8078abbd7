"""Weights files from a trainer: save, load, predict without the trainer, compatibility."""

import json
import re

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.weights_file import load_weights, save_weights
from playground.errors import ConfigError
from playground.training.config import TrainConfig
from playground.training.export import (
    check_compatible,
    config_from_file,
    input_scaling_of,
    normalizer_from_file,
    predict,
    weights_file,
)
from playground.training.trainer import Trainer

CASES = {
    "binary": ("circle", None, TrainConfig(features=("x1", "x2", "x1_sq", "sin_x2"))),
    "k_classes": (
        "blobs",
        4,
        TrainConfig(n_classes=4, hidden_layers=(6,), activations=("relu",), loss="mse"),
    ),
    "regression": (
        "multi_gauss",
        None,
        TrainConfig(
            task="regression",
            n_classes=0,
            loss="huber",
            features=("x1", "x2", "x1x2"),
            hidden_layers=(5, 5, 3),
            activations=("gelu", "elu", "sin"),
        ),  # fmt: skip
    ),
    "float32": ("xor", None, TrainConfig(dtype="float32", optimizer="adam", learning_rate=0.01)),
    "no_hidden": ("gauss", None, TrainConfig(hidden_layers=(), activations=())),
}


def _trained(name):
    dataset, k, cfg = CASES[name]
    points = make_dataset(dataset, n=80, noise=0.2, seed=5, n_classes=k, train_ratio=0.75)
    tr = Trainer(cfg, points)
    for _ in range(8):
        tr.run_epoch()
    return tr, points


def _export(tr, names=None):
    m = tr.model
    return weights_file(tr.config, m.weights, m.biases, tr.normalizer, tr.epoch, names)


@pytest.mark.parametrize("name", list(CASES))
def test_save_load_predict_equals_trainer(tmp_path, name):
    tr, points = _trained(name)
    path = tmp_path / "model.npz"
    save_weights(path, _export(tr))
    wf = load_weights(path)
    coords = np.vstack([points.coords, np.random.default_rng(0).uniform(-6, 6, (50, 2))])
    got, want = predict(wf, coords), tr.predict(coords)
    assert got.shape == want.shape == (len(coords), tr.config.layer_sizes[-1])
    tol = 1e-5 if tr.config.dtype == "float32" else 1e-12
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol)
    assert config_from_file(wf) == tr.config
    assert normalizer_from_file(wf) == tr.normalizer
    assert wf.meta["epoch"] == 8


def test_file_is_plain_numpy(tmp_path):
    tr, _ = _trained("binary")
    path = tmp_path / "m.npz"
    save_weights(path, _export(tr, ["red", "blue"]))
    with np.load(path, allow_pickle=False) as data:
        assert set(data.files) == {"W0", "b0", "W1", "b1", "W2", "b2", "meta"}
        for i, (w, b) in enumerate(zip(tr.model.weights, tr.model.biases)):
            np.testing.assert_array_equal(data[f"W{i}"], w)
            np.testing.assert_array_equal(data[f"b{i}"], b)
        meta = json.loads(str(data["meta"]))
    assert meta["format"] == "playground-weights"
    assert meta["features"] == ["x1", "x2", "x1_sq", "sin_x2"]
    assert meta["layer_sizes"] == [4, 4, 2, 1]
    assert meta["activations"] == ["tanh", "tanh", "sigmoid"]
    assert meta["task"] == "classification" and meta["classes"] == ["red", "blue"]
    assert meta["loss"] == "cross_entropy" and meta["input_mean"] == list(tr.normalizer.mean)


def test_weights_file_is_a_copy():
    tr, _ = _trained("binary")
    wf = _export(tr)
    before = [w.copy() for w in wf.weights]
    tr.run_epoch()
    for w, b in zip(wf.weights, before):
        np.testing.assert_array_equal(w, b)


def test_default_class_names_and_regression_classes():
    assert _export(_trained("k_classes")[0]).meta["classes"] == [f"class {i}" for i in range(1, 5)]
    assert _export(_trained("regression")[0]).meta["classes"] == []


# --- compatibility --------------------------------------------------------------------------
BASE = TrainConfig(
    features=("x1", "x2", "x1_sq"), hidden_layers=(4, 3), activations=("tanh", "relu")
)


def _file_for(cfg):
    k = cfg.n_classes if cfg.n_classes > 2 else None
    points = make_dataset("blobs" if k else "circle", n=40, seed=1, n_classes=k)
    return _export(Trainer(cfg, points))


def test_compatible_config_passes():
    check_compatible(_file_for(BASE), BASE)
    # live settings may differ
    check_compatible(_file_for(BASE), BASE.replace(learning_rate=0.5, optimizer="adam", seed=3))


@pytest.mark.parametrize(
    "other,message",
    [
        (BASE.replace(features=("x1", "x2")), "input features (['x1', 'x2', 'x1_sq'])"),
        (BASE.replace(features=("x1", "x2", "x2_sq")), "input features"),
        (BASE.replace(n_classes=3), "classes (2) do not match the current network's (3)"),
        (BASE.replace(hidden_layers=(4, 4)), "layer sizes ([3, 4, 3, 1])"),
        (BASE.replace(hidden_layers=(4,), activations=("tanh",)), "layer sizes"),
        (BASE.replace(activations=("tanh", "tanh")), "activations"),
        (BASE.with_task("regression", 0), "task (classification)"),
    ],
)
def test_mismatch_is_refused_with_a_specific_message(other, message):
    with pytest.raises(ConfigError, match=re.escape("the weights file's " + message)):
        check_compatible(_file_for(BASE), other)


def test_k_class_file_refuses_a_binary_network():
    k3 = BASE.replace(n_classes=3)
    with pytest.raises(
        ConfigError, match=r"classes \(3\) do not match the current network's \(2\)"
    ):
        check_compatible(_file_for(k3), BASE)


def test_config_from_file_refuses_a_doctored_config(tmp_path):
    wf = _file_for(BASE)
    wf.meta["config"] = BASE.replace(hidden_layers=(9, 3)).to_dict()
    with pytest.raises(ConfigError, match="layer sizes"):
        config_from_file(wf)
    wf.meta["config"] = {"learning_rate": -1}
    with pytest.raises(ConfigError, match="learning rate must be > 0"):
        config_from_file(wf)


# --- input scaling and initial weights in the file --------------------------------------------
@pytest.mark.parametrize("spec,scale", [("none", None), ("scale:2", 2.0)])
def test_input_scaling_is_recorded_and_predict_applies_it(tmp_path, spec, scale):
    points = make_dataset("circle", n=60, noise=0.1, seed=2)
    cfg = TrainConfig(input_scaling=spec, init="normal", init_std=0.3, init_bias="normal")
    tr = Trainer(cfg, points)
    for _ in range(3):
        tr.run_epoch()
    path = tmp_path / "m.npz"
    save_weights(path, _export(tr))
    wf = load_weights(path)
    assert wf.meta["input_scaling"] == spec == input_scaling_of(wf)
    assert config_from_file(wf) == cfg
    coords = points.coords
    # by hand: the network on the raw coordinates (times the factor), no z-score
    x = coords if scale is None else scale * coords
    for i, (w, b) in enumerate(zip(wf.weights, wf.biases)):
        x = x @ w + b
        if i < len(wf.weights) - 1:
            x = np.tanh(x)
    np.testing.assert_allclose(predict(wf, coords), 1 / (1 + np.exp(-x)), rtol=1e-12)
    np.testing.assert_allclose(predict(wf, coords), tr.predict(coords), rtol=1e-12)


def test_a_file_without_input_scaling_reads_as_standard():
    wf = _file_for(BASE)
    del wf.meta["input_scaling"]
    del wf.meta["config"]["input_scaling"]
    assert input_scaling_of(wf) == "standard"
    check_compatible(wf, BASE)


def test_another_input_scaling_is_refused():
    with pytest.raises(ConfigError, match=re.escape(
            "the weights file's input scaling (none) do not match")):
        check_compatible(_file_for(BASE.replace(input_scaling="none")), BASE)
