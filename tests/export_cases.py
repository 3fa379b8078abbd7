"""Models the export tests round-trip: between them every hidden activation, every registered
input feature, formula features of every kind, each head and each loss family, 1-D models,
no hidden layer, float32 weights, and the hidden layers' options (batch norm, layer norm,
dropout, skips; each alone and all together). Each is trained a few epochs (so every loss is
seen training, and batch norm's running statistics move) and cached per test session."""

from __future__ import annotations

import importlib.util
import itertools
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from playground.data.datasets import make_dataset
from playground.data.points import PointSet
from playground.data.weights_file import WeightsFile
from playground.training.config import TrainConfig
from playground.training.export import predict, weights_file
from playground.training.protocol import TrainerState
from playground.training.trainer import Trainer

# Formula features using every part of the language: all operators, comparisons, logic,
# functions and constants (a formula feature is NaN-cleaned and clipped like make_features).
FORMULAS = (
    "x1 * x2 - x1 / (abs(x2) + 1) % 0.7",
    "where(x1 > 0 and not x2 <= -0.5, sin(x1), cos(x2)) + tan(x1 / 3)",
    "log(x1) + sqrt(x2) + exp(-x1**2) * tanh(x2) + pi - e",
    "min(x1, x2, 0.25) - max(x1, -x2) + (x1 < x2) + (x1 >= 1 or x2 == 0) + (x1 != x2)",
    "x2 ** 3 - 2 ** x1 + (-1 < x1 < 1) + x1 % -1.5",
    "where(x1 % 2, x1, -x2) + (x1 and not x2) + (x2 or 0)",
)


@dataclass(frozen=True)
class Case:
    """One model: its config and the data set it is trained on."""

    id: str
    dataset: str
    config: dict = field(default_factory=dict)
    classes: int | None = None
    class_names: tuple[str, ...] = ()

    @property
    def one_d(self) -> bool:
        return self.dataset in ("sine", "step")

    @property
    def options(self) -> bool:
        """Whether a hidden layer has dropout, a normalisation or a skip."""
        return any(k in self.config for k in ("dropout", "norm", "skip"))


CASES = (
    Case("binary-tanh-relu-ce", "spiral", dict(
        features=("x1", "x2", "x1x2", "sin_x1"), hidden_layers=(6, 5),
        activations=("tanh", "relu"), loss="cross_entropy")),
    Case("softmax-gelu-silu-hinge", "blobs", dict(
        n_classes=3, features=("x1", "x2", "x1_sq", "x2_sq", "sin_x2"), hidden_layers=(6, 5),
        activations=("gelu", "silu"), loss="hinge"), classes=3),
    Case("binary-elu-leaky-mse", "circle", dict(
        features=("x1", "x2", "x1_sq"), hidden_layers=(7, 4),
        activations=("elu", "leaky_relu"), loss="mse"),
        class_names=('inside "ring"', "out\\side")),
    Case("softmax4-nohidden-ce", "blobs", dict(
        n_classes=4, features=("x1", "x2", "x1x2"), hidden_layers=(), activations=(),
        loss="cross_entropy"), classes=4),
    Case("regression-softplus-sin-huber", "plane", dict(
        task="regression", n_classes=0, features=("x1", "x2", "x2_sq"), hidden_layers=(6, 4),
        activations=("softplus", "sin"), loss="huber")),
    Case("regression-sigmoid-linear-mae", "multi_gauss", dict(
        task="regression", n_classes=0, features=("x1", "x2", "sin_x2"), hidden_layers=(5, 5),
        activations=("sigmoid", "linear"), loss="mae")),
    Case("one-d-tanh-mse", "sine", dict(
        task="regression", n_classes=0, features=("x1", "x1_sq", "sin_x1"),
        hidden_layers=(8,), activations=("tanh",), loss="mse")),
    Case("float32-relu-ce", "xor", dict(
        features=("x1", "x2"), hidden_layers=(5,), activations=("relu",), dtype="float32",
        loss="cross_entropy")),
    Case("formulas-softmax-tanh", "blobs", dict(
        n_classes=3, features=("x1", "x2", *FORMULAS), hidden_layers=(6,),
        activations=("tanh",), loss="mse"), classes=3),
    Case("one-d-formula-huber", "step", dict(
        task="regression", n_classes=0, features=("x1", "where(x1 > 0.3, 1, -1) * x1"),
        hidden_layers=(6,), activations=("gelu",), loss="huber")),
    Case("multilabel-tanh-ce-sum", "labels", dict(
        task="multilabel", n_classes=3, features=("x1", "x2", "x1x2"), hidden_layers=(5,),
        activations=("tanh",), loss="cross_entropy_sum"),
        class_names=("good", "tall", "far away")),
    # the hidden layers' options (engine.layers), exported as evaluation computes them
    Case("batchnorm-binary-relu", "spiral", dict(
        features=("x1", "x2", "x1x2"), hidden_layers=(6, 5), activations=("relu", "tanh"),
        norm=("batch", "batch"), loss="cross_entropy")),
    Case("layernorm-softmax-float32", "blobs", dict(
        n_classes=3, features=("x1", "x2"), hidden_layers=(5, 4), activations=("gelu", "elu"),
        norm=("layer", "layer"), dtype="float32", loss="cross_entropy"), classes=3),
    Case("dropout-skip-regression", "plane", dict(
        task="regression", n_classes=0, features=("x1", "x2"), hidden_layers=(6, 6, 6),
        activations=("tanh", "relu", "sin"), dropout=(0.2, 0.3, 0.0),
        skip=(False, True, True), loss="mse")),
    Case("all-options-softmax", "blobs", dict(
        n_classes=3, features=("x1", "x2", "x1_sq"), hidden_layers=(6, 6, 6),
        activations=("leaky_relu", "tanh", "silu"), dropout=(0.1, 0.2, 0.0),
        norm=("batch", "layer", "none"), skip=(False, True, True), loss="cross_entropy"),
        classes=3),
    Case("all-options-binary", "circle", dict(
        features=("x1", "x2"), hidden_layers=(5, 5), activations=("softplus", "relu"),
        dropout=(0.0, 0.25), norm=("layer", "batch"), skip=(False, True),
        loss="cross_entropy")),
    Case("all-options-1d", "sine", dict(
        task="regression", n_classes=0, features=("x1", "sin_x1"), hidden_layers=(7, 7),
        activations=("tanh", "tanh"), dropout=(0.1, 0.1), norm=("batch", "layer"),
        skip=(False, True), loss="huber")),
)
CASE_IDS = [c.id for c in CASES]
OPTION_IDS = [c.id for c in CASES if c.options]
BY_ID = {c.id: c for c in CASES}


@cache
def models(case_id: str) -> WeightsFile:
    """The case's weights file, trained 3 epochs (Adam, a large step, so weights move)."""
    case = BY_ID[case_id]
    cfg = TrainConfig(**{"optimizer": "adam", "learning_rate": 0.05, "seed": 3,
                         **case.config})
    points = (_labelled() if case.dataset == "labels" else
              make_dataset(case.dataset, n=60, noise=0.1, seed=5, train_ratio=0.8,
                           n_classes=case.classes))
    trainer = Trainer(cfg, points)
    for _ in range(3):
        trainer.run_epoch()
    state = TrainerState.of(trainer)
    return weights_file(cfg, state.weights, state.biases, trainer.normalizer, trainer.epoch,
                        case.class_names or None, norms=state.norms)


def _labelled() -> PointSet:
    """A multi-label set of three labels: x1 > 0, x2 > 0, and far from the origin."""
    xy = np.random.default_rng(5).uniform(-4, 4, (60, 2))
    values = np.stack([xy[:, 0] > 0, xy[:, 1] > 0, np.hypot(*xy.T) > 3], axis=1)
    return PointSet(xy, values.astype(np.int64), np.arange(60) % 5 != 0, "multilabel", 3)


def points(case_id: str) -> np.ndarray:
    """Raw coordinates to predict at: a grid over the view, random points, far points,
    the axes (where formulas divide by 0 or take log of 0) and the training mean."""
    rng = np.random.default_rng(11)
    grid = np.array(list(itertools.product(np.linspace(-6, 6, 7), repeat=2)))
    far = np.array([[1e3, -2e3], [-1e6, 1e6], [1e6, 3.0], [0.0, 0.0], [-0.0, 2.5]])
    wf = models(case_id)
    xy = np.vstack([grid, rng.normal(scale=3.0, size=(40, 2)), far, [wf.meta["input_mean"]]])
    if BY_ID[case_id].one_d:
        xy[:, 1] = 0.0
    return xy


def expected(wf: WeightsFile, xy: np.ndarray) -> np.ndarray:
    """What an exported ``predict`` must return: ``playground predict``'s numbers, as class
    probabilities (n, K) (both columns for one sigmoid unit), a multi-label model's label
    probabilities (n, L), or values (n,)."""
    with np.errstate(all="ignore"):
        out = predict(wf, xy)
    if wf.meta["task"] == "regression":
        return out[:, 0]
    if wf.meta["task"] == "multilabel":
        return out
    return np.column_stack([1.0 - out[:, 0], out[:, 0]]) if out.shape[1] == 1 else out


def load_module(path: Path):
    """Import a generated ``.py`` file under a fresh module name."""
    name = f"exported_{path.stem}_{abs(hash(str(path)))}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
