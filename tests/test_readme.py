"""The README's promises: its NumPy snippet predicts like Playground, its test command is CI's."""

import re
from pathlib import Path

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.weights_file import load_weights, save_weights
from playground.training.config import TrainConfig
from playground.training.export import predict, weights_file
from playground.training.trainer import Trainer

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _snippet() -> str:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    matches = [b for b in blocks if "np.load" in b and "allow_pickle=False" in b]
    assert len(matches) == 1, "the README should have exactly one NumPy prediction snippet"
    return matches[0]


def test_snippet_is_about_ten_lines():
    lines = [ln for ln in _snippet().splitlines() if ln.strip()]
    assert len(lines) <= 14


@pytest.mark.parametrize("dataset,k,acts,features,loss", [
    ("spiral", 2, ("tanh", "relu"), ("x1", "x2", "x1x2", "sin_x1"), "cross_entropy"),
    ("blobs", 4, ("sin", "tanh"), ("x1", "x2", "x1_sq", "x2_sq", "sin_x2"), "cross_entropy"),
    ("sine", 0, ("relu", "linear"), ("x1", "x2"), "huber"),
])
def test_snippet_prediction_equals_predict(tmp_path, dataset, k, acts, features, loss):
    task = "regression" if k == 0 else "classification"
    points = make_dataset(dataset, n=80, noise=0.1, seed=2, train_ratio=0.8,
                          n_classes=k if dataset == "blobs" else None)
    cfg = TrainConfig(task=task, n_classes=k, features=features, hidden_layers=(6, 5),
                      activations=acts, loss=loss, optimizer="adam", learning_rate=0.01)
    tr = Trainer(cfg, points)
    for _ in range(5):
        tr.run_epoch()
    path = tmp_path / "model.npz"
    save_weights(path, weights_file(cfg, tr.model.weights, tr.model.biases, tr.normalizer,
                                    tr.epoch))
    xy = np.array([[1.0, -2.0]])
    code = _snippet().replace('"model.npz"', repr(str(path))).replace("print(a)", "")
    scope: dict = {}
    exec(code, scope)  # noqa: S102 - the README's own snippet
    expected = predict(load_weights(path), xy)
    np.testing.assert_allclose(scope["a"], expected, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(scope["a"], tr.predict(xy), rtol=1e-10, atol=1e-12)


def test_ci_runs_the_readme_test_command():
    commands = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    test_cmd = next(c.strip() for c in commands if "pytest" in c)
    ci = (ROOT / ".ci" / "run").read_text()
    assert test_cmd in ci
    assert "set -euo pipefail" in ci
    launch_cmd = next(c.strip() for c in commands if "playground" in c and "pytest" not in c)
    assert "pip install -e ." in launch_cmd and launch_cmd.endswith("playground")


def test_softplus_formula_is_the_stable_one():
    """The README's softplus must not overflow: evaluated as written, it equals the engine's."""
    from playground.engine.activations import ACTIVATIONS

    match = re.search(r"softplus `([^`]*)`", README)
    assert match, "the README should give the softplus formula"
    code = match.group(1).replace("|z|", "abs(z)")
    z = np.array([-1000.0, -30.0, -1.0, 0.0, 2.5, 30.0, 1000.0])
    names = {"max": np.maximum, "abs": np.abs, "exp": np.exp, "log1p": np.log1p, "z": z}
    with np.errstate(over="raise", invalid="raise"):  # an overflowing form fails here
        value = eval(code, {"__builtins__": {}}, names)  # noqa: S307 - the README's own formula
    np.testing.assert_allclose(value, ACTIVATIONS["softplus"].forward(z, None), rtol=1e-15)
