"""1-D sessions: the data set settings say so (``dims``), old sessions are 2-D, the config
follows (features of x1 alone, back to x1, x2 after), and ``is_one_d`` answers for a session,
its file, settings, a preset, a CSV table, a config or a weights file."""

import numpy as np
import pytest

from playground.data.datasets import DATASETS, make_dataset
from playground.data.edits import ReplaceAll
from playground.data.points_csv import read_points_csv
from playground.data.weights_file import WeightsFile
from playground.errors import ConfigError
from playground.session.dims import is_one_d
from playground.session.file import Session, load_session, save_session
from playground.session.model import (
    ConfigChanged,
    DatasetSettings,
    SessionModel,
    TrainedSinceSave,
    fit_config,
)
from playground.training.config import DEFAULT_CONFIG, TrainConfig

SINE = DatasetSettings("sine", n=60, noise=0.0, seed=1)


def recorded(model: SessionModel) -> list:
    events: list = []
    model.subscribe(events.append)
    return events


# --- the settings ---------------------------------------------------------------------------
def test_settings_take_the_presets_dims_unless_told():
    assert DatasetSettings().dims == 2 and DatasetSettings("plane").dims == 2
    assert DatasetSettings("sine").dims == 1 and DatasetSettings("step").dims == 1
    assert DatasetSettings("sine", dims=2).dims == 2  # explicit wins
    assert DatasetSettings("no such set").dims == 2
    # a new preset brings its own kind of points; other changes keep the session's
    assert DatasetSettings().copy(name="sine").dims == 1
    assert SINE.copy(name="circle").dims == 2
    assert SINE.copy(noise=0.5).dims == 1
    assert DatasetSettings().copy(dims=1).dims == 1
    with pytest.raises(ConfigError, match="dims must be 1 or 2"):
        DatasetSettings(dims=3)


def test_sessions_saved_without_dims_are_two_d():
    old = {"name": "sine", "n": 300, "noise": 0.1, "seed": 0, "train_ratio": 0.5,
           "n_classes": None}  # a sine session from before 1-D sets: its x2 is noise
    assert DatasetSettings.from_dict(old).dims == 2
    assert DatasetSettings.from_dict({**old, "dims": 1}).dims == 1
    assert DatasetSettings.from_dict({**old, "dims": 7}) is None
    assert DatasetSettings.from_dict(SINE.as_dict()) == SINE


# --- the config follows --------------------------------------------------------------------
def test_fit_config_keeps_only_features_of_x1_on_a_one_d_set():
    sine = make_dataset("sine", n=20)
    one_d = fit_config(DEFAULT_CONFIG, sine, dims=1)
    assert one_d.features == ("x1",) and one_d.task == "regression"
    rich = DEFAULT_CONFIG.replace(features=("x1", "x2", "x1_sq", "x1x2", "sin_x1"))
    assert fit_config(rich, sine, dims=1).features == ("x1", "x1_sq", "sin_x1")
    assert fit_config(DEFAULT_CONFIG.replace(features=("x2",)), sine, 1).features == ("x1",)
    # back in the plane: x1 and x2 again, the other features kept
    back = fit_config(fit_config(rich, sine, 1), make_dataset("circle", n=20), 2, 1)
    assert back.features == ("x1", "x2", "x1_sq", "sin_x1")
    assert fit_config(one_d, sine, 2).features == ("x1",)  # a 2-D session's own choice


def test_a_new_one_d_session_has_a_network_of_x1():
    model = SessionModel(DEFAULT_CONFIG, dataset=SINE)
    assert is_one_d(model) and model.config.features == ("x1",)
    assert model.config.task == "regression" and (model.points.coords[:, 1] == 0).all()
    assert model.set_config(model.config.replace(features=("x1", "x2", "sin_x1")))
    assert model.config.features == ("x1", "sin_x1")  # x2 does not exist in 1-D


def test_an_edit_with_settings_switches_the_mode_and_its_inverse_switches_back():
    model = SessionModel(DEFAULT_CONFIG)  # the spiral, 2-D
    before = model.config
    events = recorded(model)
    inverse = model.apply(ReplaceAll(SINE.generate()), dataset=SINE)
    assert is_one_d(model) and model.dataset == SINE
    (changed,) = [e for e in events if isinstance(e, ConfigChanged)]
    assert changed.reset and changed.config.features == ("x1",)
    assert changed.config.task == "regression"
    assert events.index(changed) == 0  # the config first, then the points
    model.apply(inverse, dataset=DatasetSettings())
    assert not is_one_d(model)
    assert (model.config.task, model.config.features) == (before.task, before.features)


def test_set_dataset_with_other_dims_makes_the_config_follow():
    model = SessionModel(DEFAULT_CONFIG, make_dataset("plane", n=30))
    events = recorded(model)
    model.set_dataset(model.dataset.copy(train_ratio=0.8))
    assert events == []
    model.set_dataset(model.dataset.copy(dims=1))
    assert model.config.features == ("x1",)
    assert [type(e) for e in events if not isinstance(e, TrainedSinceSave)] == [ConfigChanged]
    model.set_dataset(model.dataset.copy(dims=2))
    assert model.config.features == ("x1", "x2")


# --- files ---------------------------------------------------------------------------------
def test_dims_round_trip_through_a_session_file(tmp_path):
    model = SessionModel(DEFAULT_CONFIG, dataset=SINE)
    path = tmp_path / "sine.pgsession"
    save_session(path, model.to_session())
    s = load_session(path)
    assert s.dataset["dims"] == 1 and is_one_d(s)
    other = SessionModel(DEFAULT_CONFIG)
    other.load(s)
    assert is_one_d(other) and other.config.features == ("x1",)


def test_a_session_without_settings_opens_as_two_d():
    model = SessionModel(DEFAULT_CONFIG, dataset=SINE)
    points = make_dataset("circle", n=20)
    old = Session(points=points, class_names=("a", "b"), config=DEFAULT_CONFIG, dataset={})
    assert not is_one_d(old)
    model.load(old)
    assert not is_one_d(model) and model.config.features == DEFAULT_CONFIG.features


# --- is_one_d ------------------------------------------------------------------------------
def test_is_one_d_of_presets_tables_configs_and_weights(tmp_path):
    assert is_one_d(DATASETS["sine"]) and not is_one_d(DATASETS["plane"])
    path = tmp_path / "p.csv"
    path.write_text("x,y\n1,2\n")
    assert is_one_d(read_points_csv(path))
    path.write_text("x1,x2,target\n1,2,3\n")
    assert not is_one_d(read_points_csv(path))
    regression = TrainConfig(task="regression", n_classes=0, loss="mse")
    assert not is_one_d(regression)
    assert is_one_d(regression.replace(features=("x1",)))
    assert is_one_d(regression.replace(features=("x1", "sin_x1", "x1_sq")))
    assert not is_one_d(TrainConfig(features=("x1",)))  # classification: no curve of y
    meta = {"task": "regression", "features": ["x1"]}
    assert is_one_d(WeightsFile((np.zeros((1, 1)),), (np.zeros(1),), meta))
    assert not is_one_d(WeightsFile((np.zeros((2, 1)),), (np.zeros(1),),
                                    {**meta, "features": ["x1", "x2"]}))
    with pytest.raises(TypeError, match="cannot tell whether str is 1-D"):
        is_one_d("sine")  # type: ignore[arg-type]
