"""Where hand-drawn points go and where the points came from are part of a saved session."""

import numpy as np

from playground.session.file import load_session, save_session
from playground.session.model import DatasetSettings, SessionModel
from playground.training.config import DEFAULT_CONFIG


def test_new_points_and_the_source_file_round_trip_through_a_session_file(tmp_path):
    model = SessionModel(DEFAULT_CONFIG)
    model.set_dataset(DatasetSettings("moons", n=40, new_points="split",
                                      source_file="lesson.csv"))
    path = tmp_path / "a.pgsession"
    save_session(path, model.to_session())
    other = SessionModel(DEFAULT_CONFIG)
    assert other.dataset.new_points == "train" and other.dataset.source_file == ""
    other.load(load_session(path))
    assert other.dataset == model.dataset
    assert other.dataset.new_points == "split" and other.dataset.source_file == "lesson.csv"


def test_sessions_saved_before_the_choice_draw_into_the_training_set():
    old = {"name": "spiral", "n": 300, "noise": 0.1, "seed": 0, "train_ratio": 0.5,
           "n_classes": None}
    settings = DatasetSettings.from_dict(old)
    assert settings is not None and settings.new_points == "train"
    assert settings.new_point_ratio() == 1.0
    assert DatasetSettings.from_dict({**old, "new_points": "somewhere"}) is None


def test_the_ratio_of_drawn_points_follows_the_choice():
    assert DatasetSettings(new_points="test").new_point_ratio() == 0.0
    assert DatasetSettings(new_points="split", train_ratio=0.7).new_point_ratio() == 0.7
    model = SessionModel(DEFAULT_CONFIG)
    for target, expected in (("train", True), ("test", False)):
        settings = model.dataset.copy(new_points=target)
        edit = model.add_rows(np.zeros((50, 2)), 1, settings.new_point_ratio())
        assert (edit.is_train == expected).all()
