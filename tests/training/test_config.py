"""TrainConfig: defaults, bounds and their messages, JSON round trip, reset rules, with_task."""

import dataclasses
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.data.features import FEATURES
from playground.engine.activations import ACTIVATIONS
from playground.engine.init import INITIALIZERS
from playground.engine.losses import LOSSES, Loss, losses_for, mse_delta, mse_value
from playground.engine.optimizers import (
    LEARNING_RATE,
    OPTIMIZERS,
    SCHEDULES,
    config_params,
    make_optimizer,
)
from playground.errors import ConfigError
from playground.training.config import DEFAULT_CONFIG, RESET_FIELDS, TrainConfig


def test_defaults_are_valid_and_derive_the_network():
    cfg = TrainConfig()
    assert cfg.task == "classification" and cfg.n_classes == 2
    assert cfg.layer_sizes == (2, 4, 2, 1)
    assert cfg.head == "sigmoid"
    assert cfg.all_activations == ("tanh", "tanh", "sigmoid")
    assert cfg.loss in losses_for(cfg.task)
    assert TrainConfig.from_json(cfg.to_json()) == cfg


def test_derived_sizes_for_k_classes_and_regression():
    k5 = TrainConfig(n_classes=5, features=("x1", "x2", "x1x2"), hidden_layers=(3,),
                     activations=("relu",))  # fmt: skip
    assert k5.layer_sizes == (3, 3, 5) and k5.head == "softmax"
    reg = TrainConfig(task="regression", n_classes=0, loss="huber", hidden_layers=(),
                      activations=())  # fmt: skip
    assert reg.layer_sizes == (2, 1) and reg.all_activations == ("linear",)


def test_sequences_are_normalised_to_tuples():
    cfg = TrainConfig(features=["x1", "x2"], hidden_layers=[4, 2], activations=["tanh", "tanh"])
    assert cfg == TrainConfig() and hash(cfg) == hash(TrainConfig())
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.learning_rate = 1.0  # type: ignore[misc]


def test_optimizer_params_are_those_the_optimizer_takes():
    cfg = TrainConfig(optimizer="momentum", momentum=0.5, nesterov=True)
    assert cfg.optimizer_params() == {"momentum": 0.5, "nesterov": True, "weight_decay": 0.0}
    assert set(TrainConfig(optimizer="adam").optimizer_params()) == {
        "beta1", "beta2", "eps", "weight_decay"
    }  # fmt: skip
    assert TrainConfig(optimizer="sgd").optimizer_params() == {"weight_decay": 0.0}


def test_schedule_params_are_those_the_schedule_reads():
    cfg = TrainConfig(lr_step_size=7, lr_gamma=0.25, lr_t_max=30)
    assert cfg.schedule_params() == {}
    assert cfg.replace(schedule="step").schedule_params() == {"step_size": 7, "gamma": 0.25}
    assert cfg.replace(schedule="exponential").schedule_params() == {"gamma": 0.25}
    assert cfg.replace(schedule="cosine").schedule_params() == {"t_max": 30}


def test_hyper_parameter_defaults_are_the_declared_ones():
    cfg = TrainConfig()  # the first declaration of a field gives its default (AdamW's own
    for param in config_params():  # weight decay default is not the config's)
        assert getattr(cfg, param.field) == param.default, param.field


def test_default_config_is_the_windows_start():
    assert DEFAULT_CONFIG == TrainConfig(hidden_layers=(8, 8), activations=("tanh", "tanh"),
                                         optimizer="adam", learning_rate=0.01)
    assert TrainConfig.from_json(DEFAULT_CONFIG.to_json()) == DEFAULT_CONFIG


def test_optimizer_and_config_share_one_range_per_parameter():
    """The optimizer refuses exactly what TrainConfig refuses, with the same message."""
    cases = [("momentum", 1.01), ("alpha", 1.0), ("beta2", 1.0), ("eps", 1e-13),
             ("weight_decay", 1.5), ("learning_rate", 1e-7), ("learning_rate", 10.5)]
    for field, value in cases:
        with pytest.raises(ConfigError) as from_config:
            TrainConfig(**{field: value})
        spec = next(s for s in OPTIMIZERS.values()
                    if field == "learning_rate" or field in s.cls.defaults)
        key = LEARNING_RATE.name if field == "learning_rate" else field
        with pytest.raises(ConfigError) as from_optimizer:
            make_optimizer(spec.name, 2, **{key: value})
        assert str(from_config.value) == str(from_optimizer.value), field


def test_every_closed_bound_is_accepted():
    checked = 0
    for param in config_params():
        for bound, is_open in ((param.low, param.low_open), (param.high, param.high_open)):
            if not is_open and abs(bound) != float("inf"):
                value = int(bound) if param.kind == "int" else bound
                assert getattr(TrainConfig(**{param.field: value}), param.field) == value
                checked += 1
    assert checked >= 10


BOUNDS = [
    ({"learning_rate": -1}, "learning rate must be > 0 (got -1)"),
    ({"learning_rate": 0.0}, "learning rate must be > 0 (got 0)"),
    ({"learning_rate": 11.0}, "learning rate must be at least 1e-06 and at most 10 (got 11)"),
    ({"learning_rate": 1e-7}, "learning rate must be at least 1e-06"),
    ({"learning_rate": float("nan")}, "learning rate must be a number (got nan)"),
    ({"learning_rate": True}, "learning rate must be a number (got True)"),
    ({"learning_rate": "0.1"}, "learning rate must be a number"),
    ({"momentum": 1.5}, "momentum must be at least 0 and at most 1 (got 1.5)"),
    ({"alpha": 1.0}, "alpha must be at least 0 and below 1 (got 1)"),
    ({"beta1": 1.0}, "beta1 must be at least 0 and below 1 (got 1)"),
    ({"beta2": -0.1}, "beta2 must be at least 0 and below 1 (got -0.1)"),
    ({"eps": 0.0}, "eps must be > 0 (got 0)"),
    ({"weight_decay": -0.1}, "weight decay must be at least 0 and at most 1 (got -0.1)"),
    ({"lr_step_size": 0}, "schedule step size must be between 1 and"),
    ({"lr_gamma": 0.0}, "schedule gamma must be > 0 (got 0)"),
    ({"lr_gamma": 1.5}, "schedule gamma must be at least 1e-06 and at most 1 (got 1.5)"),
    ({"lr_t_max": 0}, "schedule length must be between 1 and"),
    ({"batch_size": 0}, "batch size must be between 1 and 100000 (got 0)"),
    ({"batch_size": 100_001}, "batch size must be between 1 and 100000 (got 100001)"),
    ({"batch_size": 2.5}, "batch size must be a whole number (got 2.5)"),
    ({"l1": -0.001}, "L1 rate must be at least 0 and at most 10 (got -0.001)"),
    ({"l2": 11}, "L2 rate must be at least 0 and at most 10 (got 11)"),
    ({"seed": -1}, "seed must be between 0 and 4294967295 (got -1)"),
    ({"seed": 2**32}, "seed must be between 0 and 4294967295"),
    ({"n_classes": 1}, "classes must be between 2 and 8 (got 1)"),
    ({"n_classes": 9}, "classes must be between 2 and 8 (got 9)"),
    ({"task": "ranking"},
     "task must be one of classification, regression, multilabel (got 'ranking')"),
    ({"task": "regression", "loss": "mse"}, "a regression task has no classes (got 2)"),
    ({"features": ()}, "at least one input feature is required"),
    ({"features": ("x1", "x33")}, "unknown feature 'x33'"),
    ({"features": ("x1", "x1")}, "duplicate feature 'x1'"),
    ({"hidden_layers": (4,) * 9, "activations": ("tanh",) * 9}, "hidden layers must be at most 8"),
    (
        {"hidden_layers": (0,), "activations": ("tanh",)},
        "units per layer must be between 1 and 256",
    ),
    ({"hidden_layers": (257,), "activations": ("tanh",)}, "units per layer must be between 1 and"),
    ({"activations": ("tanh",)}, "need one activation per hidden layer: 2 layers, 1 activations"),
    ({"activations": ("tanh", "swish")}, "unknown activation 'swish'"),
    ({"loss": "mae"}, "loss 'mae' does not fit a classification task"),
    ({"optimizer": "lbfgs"}, "unknown optimizer 'lbfgs'"),
    ({"schedule": "linear"}, "unknown schedule 'linear'"),
    ({"init": "orthogonal"}, "unknown initialiser 'orthogonal'"),
    ({"dtype": "float16"}, "unknown dtype 'float16'"),
    ({"init_std": 0.0}, "initial weight std must be > 0"),
    ({"init_std": -1.0}, "initial weight std must be > 0"),
    ({"init_std": 101.0}, "initial weight std must be > 0 and at most 100"),
    ({"init_std": float("nan")}, "initial weight std must be a number"),
    ({"init_bias": "ones"}, "unknown bias initialisation 'ones'"),
    ({"input_scaling": "zscore"}, "unknown input scaling 'zscore'"),
    ({"input_scaling": "scale:0"}, "the factor must be between"),
]


@pytest.mark.parametrize("changes,message", BOUNDS, ids=[m for _, m in BOUNDS])
def test_each_bound_is_refused_with_its_message(changes, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        TrainConfig(**changes)
    with pytest.raises(ConfigError, match=re.escape(message)):
        TrainConfig().replace(**changes)


@pytest.mark.parametrize(
    "changes",
    [
        {"learning_rate": 1e-6},
        {"learning_rate": 10.0},
        {"momentum": 0.0},
        {"momentum": 1.0},
        {"batch_size": None},
        {"batch_size": 1},
        {"batch_size": 100_000},
        {"l1": 10.0, "l2": 10.0},
        {"seed": 2**32 - 1},
        {"n_classes": 8},
        {"hidden_layers": (), "activations": ()},
        {"hidden_layers": (256,) * 8, "activations": ("relu",) * 8},
        {"features": tuple(FEATURES)},
        {"init_std": 100.0},
        {"init_std": 1e-9},
        {"init_bias": "normal"},
        {"input_scaling": "scale:1000000"},
    ],
)
def test_values_on_the_bounds_are_accepted(changes):
    cfg = TrainConfig(**changes)
    assert all(getattr(cfg, k) == (tuple(v) if isinstance(v, list) else v)
               for k, v in changes.items())  # fmt: skip


# --- JSON -----------------------------------------------------------------------------------
@st.composite
def configs(draw):
    task = draw(st.sampled_from(["classification", "regression"]))
    n_classes = draw(st.integers(2, 8)) if task == "classification" else 0
    n_hidden = draw(st.integers(0, 8))
    unit_float = st.floats(0.0, 1.0, exclude_max=True)
    return TrainConfig(
        task=task,
        n_classes=n_classes,
        features=tuple(draw(st.permutations(list(FEATURES)))[: draw(st.integers(1, 7))]),
        hidden_layers=tuple(
            draw(st.lists(st.integers(1, 256), min_size=n_hidden, max_size=n_hidden))
        ),  # fmt: skip
        activations=tuple(
            draw(st.lists(st.sampled_from(list(ACTIVATIONS)), min_size=n_hidden, max_size=n_hidden))
        ),  # fmt: skip
        loss=draw(st.sampled_from(losses_for(task))),
        optimizer=draw(st.sampled_from(list(OPTIMIZERS))),
        learning_rate=draw(st.floats(1e-6, 10.0)),
        momentum=draw(st.floats(0.0, 1.0)),
        nesterov=draw(st.booleans()),
        alpha=draw(unit_float),
        beta1=draw(unit_float),
        beta2=draw(unit_float),
        eps=draw(st.floats(1e-12, 1.0)),
        weight_decay=draw(st.floats(0.0, 1.0)),
        schedule=draw(st.sampled_from(list(SCHEDULES))),
        lr_step_size=draw(st.integers(1, 10**9)),
        lr_gamma=draw(st.floats(1e-6, 1.0)),
        lr_t_max=draw(st.integers(1, 10**9)),
        batch_size=draw(st.none() | st.integers(1, 100_000)),
        shuffle=draw(st.booleans()),
        l1=draw(st.floats(0.0, 10.0)),
        l2=draw(st.floats(0.0, 10.0)),
        init=draw(st.sampled_from(list(INITIALIZERS))),
        init_std=draw(st.floats(1e-6, 100.0)),
        init_bias=draw(st.sampled_from(["zero", "normal"])),
        input_scaling=draw(st.sampled_from(["standard", "none"]) | st.builds(
            lambda kind, k: f"{kind}:{k!r}", st.sampled_from(["standard", "scale"]),
            st.floats(1e-6, 1e6))),
        seed=draw(st.integers(0, 2**32 - 1)),
        dtype=draw(st.sampled_from(["float32", "float64"])),
    )


@settings(max_examples=60, deadline=None)
@given(configs())
def test_json_round_trip(cfg):
    text = cfg.to_json()
    back = TrainConfig.from_json(text)
    assert back == cfg and hash(back) == hash(cfg)
    assert TrainConfig.from_dict(json.loads(text)) == cfg
    assert TrainConfig.from_dict(cfg.to_dict()) == cfg
    assert json.loads(text) == json.loads(back.to_json())
    assert not back.needs_reset(cfg)


def test_to_dict_is_plain_json():
    d = TrainConfig().to_dict()
    assert d["hidden_layers"] == [4, 2] and d["features"] == ["x1", "x2"]
    assert set(d) == {f.name for f in dataclasses.fields(TrainConfig)}
    assert json.loads(json.dumps(d)) == d


def test_missing_fields_take_defaults():
    assert TrainConfig.from_json('{"learning_rate": 0.1}') == TrainConfig(learning_rate=0.1)


def test_unknown_field_refused():
    d = TrainConfig().to_dict()
    d["learnig_rate"] = 0.1
    with pytest.raises(ConfigError, match="unknown configuration field\\(s\\): learnig_rate"):
        TrainConfig.from_dict(d)


@pytest.mark.parametrize(
    "text,message",
    [
        ("{not json", "configuration is not valid JSON"),
        ("[1, 2]", "configuration must be a JSON object"),
        ('{"learning_rate": -1}', "learning rate must be > 0 (got -1)"),
        ('{"features": null}', None),
        ('{"hidden_layers": 4}', None),
    ],
)
def test_bad_json_is_a_config_error(text, message):
    with pytest.raises(ConfigError, match=message and re.escape(message)):
        TrainConfig.from_json(text)


@pytest.mark.parametrize("layers", ['["a"]', "[1e400]", '{"a": 1}'])
def test_non_numeric_units_in_json_are_a_config_error(layers):
    with pytest.raises(ConfigError):
        TrainConfig.from_json(f'{{"hidden_layers": {layers}, "activations": ["tanh"]}}')


@pytest.mark.parametrize("units", [2.5, "4", True])
def test_non_integer_units_are_refused(units):
    with pytest.raises(ConfigError, match="units per layer must be a whole number"):
        TrainConfig(hidden_layers=(units,), activations=("tanh",))


@pytest.mark.parametrize("changes", [{"shuffle": "no"}, {"nesterov": 3}, {"shuffle": None}])
def test_flags_must_be_booleans(changes):
    with pytest.raises(ConfigError):
        TrainConfig(**changes)


# --- reset rules ----------------------------------------------------------------------------
RESETTING = [
    {"hidden_layers": (4, 3)},
    {"hidden_layers": (4,), "activations": ("tanh",)},
    {"features": ("x1", "x2", "x1_sq")},
    {"features": ("x2", "x1")},
    {"activations": ("relu", "tanh")},
    {"init": "he_normal"},
    {"seed": 1},
    {"dtype": "float32"},
    {"n_classes": 3},
    {"task": "regression", "n_classes": 0, "loss": "mse"},
]
LIVE = [
    {"learning_rate": 0.1},
    {"optimizer": "adam"},
    {"momentum": 0.5},
    {"nesterov": True},
    {"beta1": 0.8},
    {"beta2": 0.99},
    {"alpha": 0.9},
    {"eps": 1e-6},
    {"weight_decay": 0.1},
    {"batch_size": 32},
    {"batch_size": None},
    {"shuffle": False},
    {"l1": 0.01},
    {"l2": 0.01},
    {"schedule": "cosine"},
    {"lr_step_size": 5, "lr_gamma": 0.9, "lr_t_max": 10},
    {"loss": "mse"},
    {"loss": "hinge"},
    {"frozen": ((0, 1),)},
    {"pruned": ((1, 0),)},
    {"max_epochs": 100},
    {"stop_loss": 0.05},
    {"patience": 20},
    {"dropout": (0.2, 0.0)},
]


@pytest.mark.parametrize("changes", RESETTING, ids=lambda c: ",".join(c))
def test_needs_reset_for_structural_changes(changes):
    base = TrainConfig()
    new = base.replace(**changes)
    assert base.needs_reset(new) and new.needs_reset(base)


@pytest.mark.parametrize("changes", LIVE, ids=lambda c: ",".join(c))
def test_no_reset_for_live_changes(changes):
    base = TrainConfig()
    new = base.replace(**changes)
    assert new != base
    assert not base.needs_reset(new) and not new.needs_reset(base)


def test_init_and_scaling_fields_default_to_todays_behaviour():
    """A config without them (an older session's, weights file's) is today's: Glorot weights,
    zero biases, z-scored inputs."""
    old = TrainConfig.from_dict({"init": "glorot_uniform"})
    assert (old.init_std, old.init_bias, old.input_scaling) == (1.0, "zero", "standard")


def test_input_scaling_is_kept_in_its_one_written_form():
    assert TrainConfig(input_scaling=" Scale:2.0").input_scaling == "scale:2"
    assert TrainConfig(input_scaling="standard:1").input_scaling == "standard"
    assert TrainConfig(init_std=1).init_std == 1.0 and isinstance(TrainConfig(init_std=1).init_std,
                                                                   float)


@pytest.mark.parametrize("changes", [{"init_std": 0.01}, {"init_bias": "normal"},
                                     {"input_scaling": "none"}, {"input_scaling": "scale:2"}])
def test_init_and_scaling_changes_start_from_fresh_weights(changes):
    assert TrainConfig().needs_reset(TrainConfig().replace(**changes))


def test_every_field_is_classified():
    fields = {f.name for f in dataclasses.fields(TrainConfig)}
    live = {k for c in LIVE for k in c}
    assert set(RESET_FIELDS) | live == fields
    assert not set(RESET_FIELDS) & live


# --- with_task ------------------------------------------------------------------------------
def test_with_task_to_regression_picks_a_regression_loss():
    cfg = TrainConfig().with_task("regression", 3)
    assert cfg.task == "regression" and cfg.n_classes == 0
    assert cfg.loss == "mse" and cfg.loss in losses_for("regression")
    assert cfg.head == "linear" and cfg.layer_sizes[-1] == 1
    assert TrainConfig().needs_reset(cfg)


def test_with_task_keeps_a_loss_that_still_fits():
    reg = TrainConfig().with_task("regression", 0).replace(loss="huber")
    back = reg.with_task("classification", 4)
    assert back.loss == "cross_entropy" and back.n_classes == 4 and back.head == "softmax"
    mse = TrainConfig(loss="mse")
    assert mse.with_task("regression", 0).loss == "mse"
    assert mse.with_task("classification", 3).loss == "mse"
    hinge = TrainConfig(loss="hinge", learning_rate=0.5)
    k3 = hinge.with_task("classification", 3)
    assert k3.loss == "hinge" and k3.learning_rate == 0.5


def test_with_task_follows_the_head_a_loss_pairs_with(monkeypatch):
    binary = Loss("binary_mse", "Binary MSE", ("sigmoid",), mse_value, mse_delta)
    monkeypatch.setitem(LOSSES, binary.name, binary)
    cfg = TrainConfig(loss="binary_mse")
    assert cfg.with_task("classification", 3).loss == "cross_entropy"
    with pytest.raises(ConfigError, match="does not fit a classification task with a softmax"):
        cfg.replace(n_classes=3)


@pytest.mark.parametrize(
    "task,k", [("classification", 2), ("classification", 8), ("regression", 0)]
)
@pytest.mark.parametrize("loss", ["cross_entropy", "mse", "hinge"])
def test_with_task_always_gives_a_valid_config(task, k, loss):
    cfg = TrainConfig(loss=loss).with_task(task, k)
    assert cfg.loss in losses_for(task)
    assert TrainConfig.from_json(cfg.to_json()) == cfg


def test_back_to_classification_takes_the_classification_default_loss():
    """Regression's MSE fits a classifier too, but a task switch is a new problem: it takes
    the new task's default loss, both ways."""
    reg = TrainConfig().with_task("regression", 0)
    assert reg.loss == losses_for("regression")[0]
    for k in (2, 3):
        back = reg.with_task("classification", k)
        assert back.loss == losses_for("classification", back.head)[0] == "cross_entropy"
    # a loss remembered for the task (undo, redo) comes back when it fits
    assert reg.with_task("classification", 2, loss="mse").loss == "mse"
    assert reg.replace(loss="mae").with_task("classification", 2, loss="mae").loss == (
        "cross_entropy")  # MAE does not fit a classifier: the default


# --- frozen and pruned neurons across another network ---------------------------------------
MARKED = TrainConfig(hidden_layers=(4, 3), activations=("tanh", "tanh"), frozen=((0, 1),),
                     pruned=((1, 2),))


@pytest.mark.parametrize("changes", [
    {"hidden_layers": (5, 3), "activations": ("tanh", "tanh")},  # another width
    {"hidden_layers": (4, 3, 2), "activations": ("tanh",) * 3},  # another depth
    {"hidden_layers": (4,), "activations": ("tanh",)},
    {"activations": ("relu", "tanh")},  # another activation
    {"features": ("x1", "x2", "x1x2")},  # other inputs
])  # fmt: skip
def test_another_architecture_drops_the_frozen_and_pruned_neurons(changes):
    new = MARKED.replace(**changes)
    assert new.frozen == () and new.pruned == ()
    assert MARKED.needs_reset(new)


@pytest.mark.parametrize("changes", [
    {"seed": 5}, {"init": "he_normal"}, {"learning_rate": 0.1}, {"n_classes": 3},
    {"hidden_layers": (4, 3)},  # the same layers, given again
])  # fmt: skip
def test_the_same_architecture_keeps_them(changes):
    new = MARKED.replace(**changes)
    assert (new.frozen, new.pruned) == (MARKED.frozen, MARKED.pruned)


def test_marks_given_with_a_new_architecture_are_taken_as_given():
    new = MARKED.replace(hidden_layers=(2,), activations=("relu",), frozen=((0, 0),))
    assert new.frozen == ((0, 0),) and new.pruned == ()


def test_a_neuron_is_active_frozen_or_pruned():
    config = TrainConfig(hidden_layers=(3, 2), activations=("tanh", "relu"))
    assert config.neuron_state(0, 1) == "active"
    frozen = config.with_neuron_state(0, 1, "frozen")
    assert frozen.frozen == ((0, 1),) and frozen.neuron_state(0, 1) == "frozen"
    pruned = frozen.with_neuron_state(0, 1, "pruned").with_neuron_state(1, 0, "frozen")
    assert pruned.frozen == ((1, 0),) and pruned.pruned == ((0, 1),)
    assert pruned.neuron_state(0, 1) == "pruned" and pruned.neuron_state(1, 0) == "frozen"
    back = pruned.with_neuron_state(0, 1, "active").with_neuron_state(1, 0, "active")
    assert back == config
    with pytest.raises(ConfigError, match="one of active, frozen, pruned"):
        config.with_neuron_state(0, 1, "asleep")
    with pytest.raises(ConfigError, match="no such neuron"):
        config.with_neuron_state(1, 2, "frozen")
