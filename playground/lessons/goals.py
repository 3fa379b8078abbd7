"""A step's goal: a condition in Playground's formula language (``data.formula_syntax``) over
the metric names of ``METRICS`` instead of the inputs x1, x2, ...

``test_accuracy >= 0.95 and hidden_units <= 4``, ``test_loss <= 0.177``, ``epoch >= 300``:
comparisons (chained too: ``0.1 < learning_rate < 1``), ``and``, ``or``, ``not``, arithmetic
and the formula functions. It is parsed against a whitelist, never run as Python. A metric
that does not apply (the test loss without test points, the accuracy of a regression) is NaN,
and every comparison with NaN is false: such a goal is not met.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from playground.data.formula_syntax import (
    MAX_LENGTH,
    FormulaSyntaxError,
    Names,
    Node,
    eval_tree,
    parse_tree,
    tree_variables,
)
from playground.errors import ConfigError

# name -> what it measures (docs/lessons.md lists the same)
METRICS: dict[str, str] = {
    "train_loss": "mean data loss on the training points (no penalty)",
    "test_loss": "mean data loss on the test points (NaN without test points)",
    "loss_gap": "test_loss - train_loss (overfitting shows as a large gap)",
    "train_accuracy": "share of training points classified right (classification, "
                      "multi-label: every label right)",
    "test_accuracy": "share of test points classified right",
    "r2": "R² of a regression on the test points (the training points without a test split)",
    "rmse": "root mean squared error of a regression, on the same points as r2",
    "epoch": "epochs trained",
    "hidden_layers": "number of hidden layers",
    "hidden_units": "hidden units over all layers, pruned ones not counted",
    "parameters": "weights and biases, those of pruned units not counted",
    "features": "number of input features",
    "dead_fraction": "share of (unpruned) hidden units that are dead ReLUs: 0 on every point",
    "saturated_fraction": "share of hidden tanh/sigmoid outputs in their flat range, over "
                          "all points",
    "gradient_ratio": "size of the first hidden layer's weight gradient over the output "
                      "layer's, on the training points (small: vanishing gradients; NaN "
                      "without a hidden layer)",
    "skips": "number of hidden layers with a skip connection",
    "dropout": "the largest dropout rate of a hidden layer (0 without dropout)",
    "normalised_layers": "number of hidden layers with layer or batch normalisation",
    "learning_rate": "the configured learning rate",
    "l1": "the L1 penalty rate",
    "l2": "the L2 penalty rate",
    "batch_size": "points per mini-batch (full batch: the number of training points)",
}
GOAL_NAMES = Names(tuple(METRICS), "the metric names (" + ", ".join(METRICS) + ")",
                   "a metric name")
# the root of a goal's tree: something that is true or false
_CONDITIONS = ("cmp", "and", "or", "not")


@dataclass(frozen=True, eq=False)
class Goal:
    """A parsed goal: its normalised ``text``, its tree and the metrics it reads."""

    text: str
    tree: Node
    variables: tuple[str, ...]

    def met(self, metrics: Mapping[str, float]) -> bool:
        """Whether the goal holds for these metric values (a name missing counts as NaN)."""
        values = {name: np.array(float(metrics.get(name, math.nan)))
                  for name in self.variables}
        with np.errstate(all="ignore"):
            return bool(eval_tree(self.tree, values) != 0)

    def values(self, metrics: Mapping[str, float]) -> dict[str, float]:
        """The values of the metrics the goal reads, in the goal's order of names."""
        return {name: float(metrics.get(name, math.nan)) for name in self.variables}


def parse_goal(text: str) -> Goal:
    """The goal written as ``text``; ``ConfigError`` saying what is wrong and where."""
    if not isinstance(text, str) or not text.strip():
        raise ConfigError("a goal must be a condition such as 'test_loss <= 0.2'")
    if len(text) > MAX_LENGTH:
        raise ConfigError(f"the goal is too long ({len(text)} characters, at most "
                          f"{MAX_LENGTH})")
    try:
        normal, tree = parse_tree(text, GOAL_NAMES)
    except FormulaSyntaxError as exc:
        where = f" at column {exc.col}" if exc.col is not None else ""
        raise ConfigError(f"goal {text!r}{where}: {exc.message}") from None
    if tree[0] not in _CONDITIONS:
        raise ConfigError(f"goal {text!r} is not a condition: compare a metric, e.g. "
                          f"'test_loss <= 0.2'")
    used = tree_variables(tree)
    if not used:
        raise ConfigError(f"goal {text!r} names no metric, so nothing a learner does "
                          f"changes it")
    return Goal(normal, tree, tuple(name for name in METRICS if name in used))
