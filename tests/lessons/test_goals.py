"""Goals: conditions in the formula language over metric names, never run as Python."""

import math

import pytest

from playground.data.formula import parse_formula
from playground.errors import ConfigError
from playground.lessons.goals import METRICS, parse_goal


@pytest.mark.parametrize("text,values,met", [
    ("test_accuracy >= 0.95 and hidden_units <= 4", {"test_accuracy": 0.96, "hidden_units": 4},
     True),
    ("test_accuracy >= 0.95 and hidden_units <= 4", {"test_accuracy": 0.96, "hidden_units": 5},
     False),
    ("test_accuracy >= 0.95 and hidden_units <= 4", {"test_accuracy": 0.94, "hidden_units": 2},
     False),
    ("test_loss ≤ 0.177", {"test_loss": 0.17}, True),
    ("epoch >= 300 or train_loss < 0.01", {"epoch": 12, "train_loss": 0.005}, True),
    ("not dead_fraction > 0.5", {"dead_fraction": 0.75}, False),
    ("0.001 < learning_rate < 0.1", {"learning_rate": 0.03}, True),
    ("0.001 < learning_rate < 0.1", {"learning_rate": 0.3}, False),
    ("abs(test_loss - train_loss) <= 0.05", {"test_loss": 0.3, "train_loss": 0.27}, True),
    ("test_loss <= 0.2", {"test_loss": math.nan}, False),  # no test points: never met
    ("test_loss > 0.2", {"test_loss": math.nan}, False),
    ("test_loss <= 0.2", {}, False),  # a metric not computed counts as NaN
])
def test_goals_are_met_or_not(text, values, met):
    assert parse_goal(text).met(values) is met


def test_a_goal_reports_the_values_it_reads():
    goal = parse_goal("hidden_units <= 4 and test_accuracy >= 0.95")
    assert goal.text == "hidden_units <= 4 and test_accuracy >= 0.95"
    assert goal.values({"test_accuracy": 0.9, "hidden_units": 3, "epoch": 7}) == {
        "test_accuracy": 0.9, "hidden_units": 3.0}


@pytest.mark.parametrize("text,expected", [
    ("test_acc >= 0.9", "unknown name 'test_acc'; the names allowed are the metric names"),
    ("x1 > 0", "unknown name 'x1'"),
    ("test_loss", "is not a condition"),
    ("test_loss + 1", "is not a condition"),
    ("1 < 2", "names no metric"),
    ("test_loss <=", "ends too early (a number, a metric name, a function or '(' was "
                     "expected)"),
    ("__import__('os').system('x') == 0", "at column"),
    ("test_loss.real < 1", "attribute access is not allowed"),
    ("", "a goal must be a condition"),
    ("test_loss < " + "1" * 300, "too long"),
])
def test_bad_goals_are_refused_cleanly(text, expected):
    with pytest.raises(ConfigError) as info:
        parse_goal(text)
    assert expected in str(info.value)


def test_the_metric_names_are_what_a_goal_may_use_and_formulas_keep_theirs():
    for name in METRICS:
        assert parse_goal(f"{name} >= 0").variables == (name,)
    for name in ("train_loss", "epoch"):  # the inputs' formulas still know only x1..x32
        with pytest.raises(ConfigError, match=f"unknown name '{name}'.*x1, x2"):
            parse_formula(f"{name} > 0")
