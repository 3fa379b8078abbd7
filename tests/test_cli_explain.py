"""``playground explain``: one point's forward pass, loss and gradients as one JSON object,
checked against ``predict``, the engine's backward pass and central differences of the weights
file itself. In-process through ``cli.main``."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from playground import cli
from playground.cli.explain import explain_model
from playground.data.datasets import make_dataset
from playground.data.features import make_features
from playground.data.weights_file import WeightsFile, load_weights, save_weights
from playground.engine.losses import encode_targets, get_loss
from playground.engine.model import MLP
from playground.training.config import TrainConfig
from playground.training.export import normalizer_from_file, predict, weights_file
from playground.training.trainer import Trainer


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


def _model(path, dataset: str, k: int, loss: str, acts=("tanh", "relu"),
           features=("x1", "x2", "x1x2", "sin_x1"), hidden=(5, 3)) -> WeightsFile:
    task = "regression" if k == 0 else "classification"
    points = make_dataset(dataset, n=80, noise=0.1, seed=2, train_ratio=0.8,
                          n_classes=k if dataset == "blobs" else None)
    cfg = TrainConfig(task=task, n_classes=k, features=features, hidden_layers=hidden,
                      activations=acts, loss=loss, optimizer="adam", learning_rate=0.01)
    tr = Trainer(cfg, points)
    for _ in range(3):
        tr.run_epoch()
    wf = weights_file(cfg, tr.model.weights, tr.model.biases, tr.normalizer, tr.epoch)
    save_weights(path, wf)
    return load_weights(path)


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("explain")
    out = {}
    for name, dataset, k, loss, kw in [
        ("binary", "spiral", 2, "cross_entropy", {}),
        ("blobs", "blobs", 3, "mse", {"acts": ("sin", "gelu")}),
        ("regression", "plane", 0, "huber", {"acts": ("elu",), "hidden": (4,)}),
        ("one_d", "sine", 0, "mse", {"features": ("x1", "x1_sq", "sin_x1")}),
    ]:
        path = folder / f"{name}.npz"
        out[name] = (path, _model(path, dataset, k, loss, **kw))
    return out


def _engine_gradient(wf: WeightsFile, coords, value) -> np.ndarray:
    meta = wf.meta
    model = MLP(meta["layer_sizes"], meta["activations"], np.float64)
    model.set_layers(wf.weights, wf.biases)
    x = make_features(np.array([coords]), meta["features"], normalizer_from_file(wf),
                      np.float64, ones_column=True)
    t = encode_targets(np.array([value]), meta["task"], len(meta["classes"]))
    return model.gradient(x, t, get_loss(meta["loss"], meta["task"])).copy()


@pytest.mark.parametrize("name,point,truth,value", [
    ("binary", "0.5,-1.25", ("--label", "1"), 1.0),
    ("blobs", "2,1", ("--label", "2"), 2.0),
    ("regression", "-0.3,0.7", ("--target", "1.5"), 1.5),
    ("one_d", "0.8", ("--target", "-0.2"), -0.2),
])
def test_explain_is_the_models_forward_and_backward_pass(models, capsys, name, point, truth,
                                                         value):
    path, wf = models[name]
    report = main_json(capsys, "explain", str(path), f"--point={point}", *truth)
    named = {"label", "class"} if wf.meta["task"] == "classification" else set()
    assert set(report) == {"features", "layers", "output", "loss", "gradients"} | named
    if named:  # the class the point was given: its label and its name
        assert report["class"] == wf.meta["classes"][int(value)] and report["label"] == value
    coords = [float(v) for v in point.split(",")] + ([0.0] if "," not in point else [])
    x = make_features(np.array([coords]), wf.meta["features"], normalizer_from_file(wf))
    np.testing.assert_allclose(report["features"], x[0], rtol=1e-15)
    assert len(report["layers"]) == len(wf.weights)
    for layer, w in zip(report["layers"], wf.weights):
        assert set(layer) == {"z", "a"} and len(layer["z"]) == len(layer["a"]) == w.shape[1]
    assert report["layers"][-1]["a"] == report["output"]
    np.testing.assert_allclose(report["output"], predict(wf, np.array([coords]))[0],
                               rtol=1e-12)
    grads = report["gradients"]
    assert list(grads) == [f"{p}{i}" for i in range(len(wf.weights)) for p in "Wb"]
    flat = []
    for i, (w, b) in enumerate(zip(wf.weights, wf.biases)):
        assert np.shape(grads[f"W{i}"]) == w.shape and np.shape(grads[f"b{i}"]) == b.shape
        flat += [np.ravel(grads[f"W{i}"]), np.ravel(grads[f"b{i}"])]
    np.testing.assert_allclose(np.concatenate(flat), _engine_gradient(wf, coords, value),
                               rtol=1e-12, atol=1e-15)
    assert report["loss"] == pytest.approx(explain_model(wf, np.array([coords]), value).loss)


@pytest.mark.parametrize("name,value", [("binary", 0.0), ("blobs", 1.0), ("regression", 2.0)])
def test_gradients_are_central_differences_of_the_file(models, name, value):
    _, wf = models[name]
    coords = np.array([[0.4, -0.9]])
    expl = explain_model(wf, coords, value)
    h = 1e-6
    for i, (w, b) in enumerate(zip(wf.weights, wf.biases)):
        for key, arr, grad in (("W", w, expl.layers[i].dW), ("b", b, expl.layers[i].db)):
            numeric = np.empty(arr.shape)
            for idx in np.ndindex(arr.shape):
                losses = []
                for sign in (1.0, -1.0):
                    changed = [a.copy() for a in (wf.weights if key == "W" else wf.biases)]
                    changed[i][idx] += sign * h
                    other = "biases" if key == "W" else "weights"
                    mine = "weights" if key == "W" else "biases"
                    moved = dataclasses.replace(wf, **{mine: tuple(changed),
                                                       other: getattr(wf, other)})
                    losses.append(explain_model(moved, coords, value).loss)
                numeric[idx] = (losses[0] - losses[1]) / (2 * h)
            np.testing.assert_allclose(grad, numeric, rtol=1e-5, atol=1e-8)


def test_a_class_by_name_and_a_negative_point(models, capsys):
    path, wf = models["blobs"]
    by_name = main_json(capsys, "explain", str(path), "--point=-1,2", "--label",
                        wf.meta["classes"][2])
    by_index = main_json(capsys, "explain", str(path), "--point=-1,2", "--label", "2")
    assert by_name == by_index


@pytest.mark.parametrize("point", ["-1,2", "-1, 2", "-.5,-2", "-1e-3,2", "-1E2,-0.5"])
def test_a_negative_first_coordinate_is_taken_as_written(models, capsys, point):
    path, _ = models["blobs"]
    written = main_json(capsys, "explain", str(path), "--point", point, "--label", "1")
    assert written == main_json(capsys, "explain", str(path), f"--point={point}", "--label",
                                "1")


def test_negative_numbers_in_any_form_are_values_of_their_options(models, capsys):
    path, _ = models["one_d"]
    for point, target in (("-1.5", "-1e-3"), ("-1e2", "-2E-1")):
        written = main_json(capsys, "explain", str(path), "--point", point, "--target", target)
        assert written == main_json(capsys, "explain", str(path), f"--point={point}",
                                    f"--target={target}")
    # reaches the command's own check, rather than being taken for an option
    assert "--stop-loss must be a finite number of at least 0 (got -0.001)" in main_error(
        capsys, "train", "--stop-loss", "-1e-3", "--epochs", "1")


@pytest.mark.parametrize("name,args,needle", [
    ("binary", ["--point", "1,2", "--label", "2"], "not a class of the model"),
    ("binary", ["--point", "1,2", "--label", "-1"], "not a class of the model"),
    ("binary", ["--point", "1,2", "--label", "cat"], "0 (class 1), 1 (class 2)"),
    ("binary", ["--point", "1,2", "--target", "0.5"], "--label"),
    ("binary", ["--point", "1,2"], "--label"),
    ("regression", ["--point", "1,2", "--label", "1"], "--target"),
    ("regression", ["--point", "1,2"], "--target"),
    ("regression", ["--point", "1,2", "--target", "nan"], "finite"),
    ("binary", ["--point", "1", "--label", "0"], "X1,X2"),
    ("binary", ["--point", "1,2,3", "--label", "0"], "X1,X2"),
    ("binary", ["--point", "a,b", "--label", "0"], "numbers"),
    ("binary", ["--point", "inf,0", "--label", "0"], "finite"),
    ("binary", ["--point", "1e9,0", "--label", "0"], "within"),
    ("one_d", ["--point", "1,2,3", "--target", "0"], "X or X1,X2"),
    ("binary", ["--point", "1,2", "--label", "0", "--target", "1"], "not allowed"),
    ("binary", ["--label", "0"], "--point"),
    ("binary", ["--point", "-1,a", "--label", "0"], "numbers"),  # a value, wrong numbers
])
def test_errors_are_one_line(models, capsys, name, args, needle):
    path, _ = models[name]
    assert needle in main_error(capsys, "explain", str(path), *args)


def test_a_missing_model_is_one_line(tmp_path, capsys):
    err = main_error(capsys, "explain", str(tmp_path / "none.npz"), "--point", "1,2",
                     "--label", "0")
    assert "none.npz" in err


def test_a_normalised_network_reports_the_gradients_of_gamma_and_beta(tmp_path):
    """The options come from the file's meta and the norms from ``WeightsFile.norms`` (a
    version-2 file; given here by hand): nothing dropped, batch norm's running statistics."""
    points = make_dataset("spiral", n=60, noise=0.1, seed=2, train_ratio=0.8)
    cfg = TrainConfig(hidden_layers=(4, 4), activations=("tanh", "tanh"), batch_size=8,
                      dropout=(0.3, 0.0), norm=("batch", "layer"), skip=(False, True))
    tr = Trainer(cfg, points)
    tr.run_epoch()
    wf = weights_file(cfg, tr.model.weights, tr.model.biases, tr.normalizer, tr.epoch)
    meta = {**wf.meta, "dropout": [0.3, 0.0], "norm": ["batch", "layer"],
            "skip": [False, True]}

    @dataclasses.dataclass(frozen=True)
    class WithNorms(WeightsFile):
        norms: tuple = ()

    with_norms = WithNorms(wf.weights, wf.biases, meta, tr.model.norm_state())
    coords = points.coords[:1]
    expl = explain_model(with_norms, coords, float(points.values[0]))
    grads = expl.gradients()
    assert {"gamma0", "beta0", "gamma1", "beta1"} <= set(grads)
    x = make_features(coords, cfg.features, tr.normalizer, np.float64)
    np.testing.assert_allclose(expl.logits, tr.model.logits(x)[0], rtol=1e-9)
