"""Declared parameters (``Param``) and the engine's registries of tasks, heads, losses and
dtypes: checks, messages, and the pairings the registries derive."""

import math

import numpy as np
import pytest

from playground.engine.activations import ACTIVATIONS
from playground.engine.init import INITIALIZERS
from playground.engine.losses import (
    HEAD_FUNCTIONS,
    HEADS,
    LOSSES,
    TASKS,
    Loss,
    get_loss,
    get_task,
    head_for,
    losses_for,
    mse_delta,
    mse_value,
    output_width,
)
from playground.engine.model import DTYPES, MLP, validate_dtype
from playground.engine.params import Param
from playground.errors import ConfigError
from playground.limits import MAX_CLASSES, MIN_CLASSES

UNIT = Param("beta", "beta1", "β", "float", 0.5, 0.0, 1.0, high_open=True)
POSITIVE = Param("rate", None, "Rate", "float", 1.0, 0.0, low_open=True)
STEPS = Param("steps", "lr_step_size", "Steps", "int", 10, 1, 100, noun="step count")
FLAG = Param("flag", "nesterov", "Flag", "bool", False)


# --- Param ----------------------------------------------------------------------------------
def test_noun_defaults_to_the_field_then_the_name():
    assert UNIT.noun == "beta1" and POSITIVE.noun == "rate" and STEPS.noun == "step count"


@pytest.mark.parametrize(
    "param,value,message",
    [
        (UNIT, 1.0, "beta1 must be at least 0 and below 1 (got 1)"),
        (UNIT, -0.5, "beta1 must be at least 0 and below 1 (got -0.5)"),
        (UNIT, math.nan, "beta1 must be a number (got nan)"),
        (UNIT, True, "beta1 must be a number (got True)"),
        (UNIT, "0.5", "beta1 must be a number (got 0.5)"),
        (UNIT, 10**400, "beta1 must be a number"),
        (POSITIVE, 0.0, "rate must be > 0 (got 0)"),
        (POSITIVE, -2, "rate must be > 0 (got -2)"),
        (STEPS, 0, "step count must be between 1 and 100 (got 0)"),
        (STEPS, 101, "step count must be between 1 and 100 (got 101)"),
        (STEPS, 2.0, "step count must be a whole number (got 2.0)"),
        (STEPS, True, "step count must be a whole number (got True)"),
        (FLAG, 1, "nesterov must be true or false (got 1)"),
    ],
)
def test_check_refuses_with_a_message_naming_the_parameter(param, value, message):
    with pytest.raises(ConfigError) as info:
        param.check(value)
    assert message in str(info.value)


def test_check_accepts_the_range_and_normalises_the_type():
    assert UNIT.check(0) == 0.0 and isinstance(UNIT.check(0), float)
    assert UNIT.check(np.float32(0.25)) == 0.25
    assert STEPS.check(np.int64(100)) == 100 and type(STEPS.check(np.int64(5))) is int
    assert POSITIVE.check(1e300) == 1e300
    assert FLAG.check(True) is True


def test_describe_and_contains_agree_on_open_ends():
    assert UNIT.describe() == "at least 0 and below 1"
    assert POSITIVE.describe() == "above 0"
    assert STEPS.describe() == "between 1 and 100"
    assert UNIT.contains(0.0) and not UNIT.contains(1.0)
    assert not POSITIVE.contains(0.0) and POSITIVE.contains(1e-300)


def test_a_table_entry_must_accept_its_own_default():
    with pytest.raises(ConfigError, match="beta1 must be"):
        Param("beta", "beta1", "β", "float", 1.0, 0.0, 1.0, high_open=True)
    with pytest.raises(ValueError, match="finite bounds"):
        Param("n", None, "N", "int", 1, 0)


def test_with_default_keeps_the_range():
    other = UNIT.with_default(0.9)
    assert other.default == 0.9 and (other.low, other.high, other.high_open) == (0.0, 1.0, True)
    with pytest.raises(ConfigError):
        UNIT.with_default(1.0)


# --- tasks, heads, losses -------------------------------------------------------------------
def test_every_registry_entry_has_a_label():
    for registry in (TASKS, HEADS, LOSSES, ACTIVATIONS, INITIALIZERS, DTYPES):
        for name, spec in registry.items():
            assert spec.name == name and spec.label, (registry, name)


def test_heads_cover_every_class_count_once():
    for k in range(MIN_CLASSES, MAX_CLASSES + 1):
        serving = [h for h in HEADS.values()
                   if h.task == "classification" and h.min_classes <= k <= h.max_classes]
        assert [h.name for h in serving] == [head_for("classification", k)]
        assert output_width("classification", k) == (1 if k == 2 else k)
    assert set(HEAD_FUNCTIONS) == set(HEADS)
    with pytest.raises(ConfigError, match="task must be one of classification, regression"):
        get_task("ranking")
    assert get_task("regression").classes is False


def test_loss_tasks_follow_from_its_heads():
    assert LOSSES["mse"].tasks == ("classification", "regression", "multilabel")
    assert LOSSES["cross_entropy"].tasks == ("classification", "multilabel")
    assert LOSSES["cross_entropy_sum"].tasks == ("multilabel",)
    assert LOSSES["huber"].tasks == ("regression",)
    for loss in LOSSES.values():
        assert set(loss.heads) <= set(HEADS)


def test_a_loss_for_one_head_only_is_offered_only_there(monkeypatch):
    binary = Loss("binary_mse", "Binary MSE", ("sigmoid",), mse_value, mse_delta)
    monkeypatch.setitem(LOSSES, binary.name, binary)
    assert "binary_mse" in losses_for("classification")  # the task alone: some head fits
    assert "binary_mse" in losses_for("classification", "sigmoid")
    assert "binary_mse" not in losses_for("classification", "softmax")
    assert get_loss("binary_mse", "classification", "sigmoid") is binary
    with pytest.raises(ConfigError, match="does not fit a classification task with a softmax"):
        get_loss("binary_mse", "classification", "softmax")


# --- dtypes ---------------------------------------------------------------------------------
def test_dtypes_registry_drives_validation():
    assert validate_dtype("float32") is np.float32 and validate_dtype("float64") is np.float64
    with pytest.raises(ConfigError, match="dtype must be float32 or float64 \\(got 'float16'\\)"):
        validate_dtype("float16")
    with pytest.raises(ConfigError, match="dtype must be float32 or float64"):
        MLP([2, 1], ["linear"], np.float16)
