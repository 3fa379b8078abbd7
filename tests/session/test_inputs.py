"""Sessions of more than two inputs: the points, their names and the normaliser are saved and
read back; the config follows data of another number of inputs; sessions and weights files
from before (two inputs, no names) open as they did."""

import io
import json
import zipfile
from dataclasses import replace

import numpy as np
import pytest

from playground.data.edits import ReplaceAll
from playground.data.points import PointSet
from playground.data.weights_file import input_names_of, load_weights, n_inputs_of, save_weights
from playground.errors import FormatError
from playground.session.dataset import DatasetSettings
from playground.session.file import load_session, save_session
from playground.session.model import SessionModel
from playground.training.config import TrainConfig
from playground.training.export import normalizer_from_file, weights_file
from playground.training.protocol import ModelState
from playground.training.trainer import Trainer

CONFIG = TrainConfig(hidden_layers=(3,), activations=("tanh",))


def points(d, n=12, seed=0):
    rng = np.random.default_rng(seed)
    return PointSet(rng.normal(size=(n, d)), rng.integers(0, 2, n), rng.random(n) < 0.7,
                    "classification", 2)


def trained(d):
    tr = Trainer(CONFIG.replace(features=tuple(f"x{k}" for k in range(1, d + 1))), points(d))
    tr.run_epoch()
    return tr


def test_a_three_input_session_round_trips(tmp_path):
    tr = trained(3)
    dataset = DatasetSettings(source_file="people.csv", input_names=("height", "weight", "age"))
    model = SessionModel(tr.config, tr.points, dataset=dataset)
    assert model.input_names == ("height", "weight", "age")
    model.replace_weights(ModelState(tuple(tr.model.weights), tuple(tr.model.biases), 1, {},
                                     tr.normalizer))
    path = tmp_path / "three.pgsession"
    save_session(path, model.to_session())
    s = load_session(path)
    assert s.points.equals(tr.points) and s.normalizer == tr.normalizer
    other = SessionModel(CONFIG)
    other.load(s)
    assert other.points.n_inputs == 3 and other.config.features == ("x1", "x2", "x3")
    assert other.input_names == ("height", "weight", "age")


def test_data_of_another_number_of_inputs_brings_its_features():
    model = SessionModel(CONFIG.replace(features=("x1", "x2", "x1_sq")), points(2))
    model.apply(ReplaceAll(points(4)))
    assert model.config.features == ("x1", "x2", "x3", "x4")
    model.apply(ReplaceAll(points(2)))  # back (an undo, say): x1 and x2
    assert model.config.features == ("x1", "x2")
    # a saved config naming an input the points lack keeps the features that fit
    model.load(model.to_session())
    s = model.to_session()
    s_config = s.config.replace(features=("x1", "x3"))
    model.load(replace(s, config=s_config))
    assert model.config.features == ("x1",)


def _rewrite_meta(path, change):
    """The session at ``path`` with its meta JSON changed by ``change`` (an older file)."""
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i.filename) for i in z.infolist()}
    meta = json.loads(str(np.load(io.BytesIO(members["meta.npy"]))))
    change(meta)
    buf = io.BytesIO()
    np.save(buf, np.array(json.dumps(meta)))
    members["meta.npy"] = buf.getvalue()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


def test_a_session_from_before_input_names_opens_as_it_did(tmp_path):
    tr = trained(2)
    model = SessionModel(tr.config, tr.points, dataset=DatasetSettings("moons", n=12))
    path = tmp_path / "old.pgsession"
    save_session(path, model.to_session())
    _rewrite_meta(path, lambda meta: meta["dataset"].pop("input_names"))
    s = load_session(path)
    assert "input_names" not in s.dataset and s.points.equals(tr.points)
    other = SessionModel(CONFIG)
    other.load(s)
    assert other.dataset == model.dataset and other.input_names == ("x1", "x2")
    assert other.config == model.config


def test_a_normaliser_of_the_wrong_length_is_named(tmp_path):
    tr = trained(3)
    model = SessionModel(tr.config, tr.points)
    model.replace_weights(ModelState(tuple(tr.model.weights), tuple(tr.model.biases), 1, {},
                                     tr.normalizer))
    path = tmp_path / "bad.pgsession"
    save_session(path, model.to_session())
    _rewrite_meta(path, lambda meta: meta["normalizer"].update(mean=[0.0, 0.0]))
    with pytest.raises(FormatError, match="with 3 finite numbers each, one per input"):
        load_session(path)


def test_weights_files_record_their_inputs_and_older_ones_read_as_two(tmp_path):
    tr = trained(3)
    path = tmp_path / "w.npz"
    save_weights(path, weights_file(tr.config, tr.model.weights, tr.model.biases,
                                    tr.normalizer, 1, input_names=("a", "b", "c")))
    wf = load_weights(path)
    assert n_inputs_of(wf.meta) == 3 and input_names_of(wf.meta) == ("a", "b", "c")
    assert normalizer_from_file(wf) == tr.normalizer
    two = trained(2)
    wf2 = weights_file(two.config, two.model.weights, two.model.biases, two.normalizer, 1)
    del wf2.meta["n_inputs"]  # as files were written before more inputs existed
    save_weights(path, wf2)
    back = load_weights(path)
    assert n_inputs_of(back.meta) == 2 and input_names_of(back.meta) == ("x1", "x2")
    assert normalizer_from_file(back) == two.normalizer
    # a three-input normaliser in a file that says nothing of its inputs is refused
    wf.meta.pop("n_inputs")
    with pytest.raises(FormatError, match="feature 'x3' reads x3, but the network has 2"):
        save_weights(path, wf)


def test_a_tutorials_table_names_its_inputs_and_an_import_or_a_formula_keeps_its_own():
    settings = DatasetSettings(name="tutorial_000")
    assert settings.names_of_inputs(3) == ("height", "weight", "score")
    assert settings.copy(input_names=("a", "b", "c")).names_of_inputs(3) == ("a", "b", "c")
    assert settings.copy(source_file="mine.csv").names_of_inputs(3) == ("x1", "x2", "x3")
    assert DatasetSettings(name="spiral").names_of_inputs(2) == ("x1", "x2")


def test_train_on_a_tutorials_table_writes_its_input_names(tmp_path):
    from tests.test_cli import train_json

    out = tmp_path / "w.npz"
    train_json("--dataset", "tutorial_000", "--epochs", "1", "--out", str(out))
    assert input_names_of(load_weights(out).meta) == ("height", "weight", "score")
