"""The hidden layers' options from Python: ``pg.Session(dropout=..., norm=..., skip=...)``
(one value for every hidden layer, or a list per layer; a ValueError naming the parameter)
and sweeps over them."""

from __future__ import annotations

import pytest

import playground as pg
from playground.api.sweep import normalize_grid, parse_grid, sweep, value_text
from playground.data.datasets import make_dataset
from playground.training.config import TrainConfig

SMALL = dict(dataset="circle", n_points=80, noise=0.1, seed=2)


@pytest.mark.parametrize("kwargs,want", [
    (dict(layers=[4, 4, 4], dropout=0.2), {"dropout": (0.2, 0.2, 0.2)}),
    (dict(layers=[4, 4, 4], dropout=[0, 0.2, 0.5]), {"dropout": (0.0, 0.2, 0.5)}),
    (dict(layers=[4, 4], norm="batch"), {"norm": ("batch", "batch")}),
    (dict(layers=[4, 4], norm=["layer", "none"]), {"norm": ("layer", "none")}),
    (dict(layers=[4, 4, 4], skip=True), {"skip": (False, True, True)}),
    (dict(layers=[4, 4, 4], skip=[False, False, True]), {"skip": (False, False, True)}),
    (dict(layers=[4, 4, 4], skip=[3]), {"skip": (False, False, True)}),
    (dict(layers=[4, 4], skip=False, dropout=0, norm="none"),
     {"skip": (), "dropout": (), "norm": ()}),
])
def test_session_takes_one_value_or_one_per_layer(kwargs, want):
    s = pg.Session(**SMALL, **kwargs)
    for field, value in want.items():
        assert getattr(s.config, field) == value


def test_a_session_with_the_options_trains_saves_and_loads(tmp_path):
    s = pg.Session(**SMALL, layers=[6, 6], dropout=0.2, norm="layer", skip=True,
                   batch_size=10)
    assert s.train(epochs=3)["epoch"] == 3
    # the normalised layers' state in a session file is the session file's (session.file);
    # dropout and skips keep no state besides the weights
    s = pg.Session(**SMALL, layers=[6, 6], dropout=0.2, skip=True, batch_size=10)
    assert s.train(epochs=3)["epoch"] == 3
    path = tmp_path / "run.pgsession"
    s.save(path)
    again = pg.Session.load(path)
    assert again.config == s.config
    assert again.predict([[0.0, 0.0]]).shape == (1, 2)


def test_the_session_equals_the_command_line():
    from tests.api.test_session import cli_train, same_numbers

    s = pg.Session(**SMALL, layers=[4, 4], dropout=0.2, skip=True, batch_size=10)
    same_numbers(s.train(epochs=3), cli_train(
        "--dataset", "circle", "--n-points", "80", "--noise", "0.1", "--seed", "2",
        "--layers", "4,4", "--dropout", "0.2", "--skip", "--batch-size", "10",
        "--epochs", "3"))


def test_from_config_fits_the_options_to_new_layers():
    config = TrainConfig(hidden_layers=(4, 4), activations=("tanh", "tanh"),
                         dropout=(0.1, 0.3), skip=(False, True))
    s = pg.Session.from_config(config, dataset="circle", n_points=40, layers=[4, 4, 4])
    assert s.config.dropout == (0.1, 0.3, 0.3) and s.config.skip == (False, True, True)
    s = pg.Session.from_config(config, dataset="circle", n_points=40, dropout=0.5)
    assert s.config.dropout == (0.5, 0.5) and s.config.skip == (False, True)


@pytest.mark.parametrize("kwargs,words", [
    (dict(dropout=1.5), ["dropout must be a rate from 0 to 0.9", "1.5"]),
    (dict(dropout="much"), ["dropout must be a rate", "'much'"]),
    (dict(dropout=True), ["dropout must be a rate"]),
    (dict(layers=[4, 4], dropout=[0.1, 0.2, 0.3]), ["dropout needs one rate", "2 hidden layers",
                                                     "got 3"]),
    (dict(norm="group"), ["norm: unknown normalisation 'group'", "none, layer, batch"]),
    (dict(norm=3), ["norm: unknown normalisation"]),
    (dict(layers=[4, 2], skip=True), ["skip: no hidden layer can take a skip", "4,2"]),
    (dict(layers=[4, 2], skip=[False, True]), ["skip: hidden layer 2 cannot take a skip"]),
    (dict(layers=[4, 4], skip=[True]), ["skip needs one true/false per hidden layer"]),
    (dict(layers=[4, 4], skip=[5]), ["skip: there is no hidden layer 5"]),
    (dict(layers=[4, 4], skip=object()), ["skip takes true"]),
    (dict(layers=[4, 4], norm="batch", batch_size=1), ["batch norm needs at least 2 points"]),
])
def test_bad_options_raise_a_value_error_naming_the_parameter(kwargs, words):
    with pytest.raises(ValueError) as info:
        pg.Session(**SMALL, **kwargs)
    for word in words:
        assert word in str(info.value)


# --- sweeps ---------------------------------------------------------------------------------
def test_parse_grid_reads_the_options():
    assert parse_grid("dropout=0,0.2,0.5") == {"dropout": [0.0, 0.2, 0.5]}
    assert parse_grid("dropout=0,0.2|0.5") == {"dropout": [(0.0, 0.2), 0.5]}
    assert parse_grid("norm=none,layer,batch") == {"norm": ["none", "layer", "batch"]}
    assert parse_grid("norm=none|none,batch") == {"norm": ["none", ("none", "batch")]}
    assert parse_grid("skip=false,true") == {"skip": [False, True]}
    assert parse_grid("skip=none|2,3") == {"skip": [False, (2, 3)]}
    # a per-layer true/false list is kept as the layers' numbers, as the CSV writes it
    assert normalize_grid({"skip": [[False, True, True]]}) == {"skip": [(2, 3)]}
    for key, values in parse_grid("dropout=0.1|0,0.2;norm=batch|none,layer;skip=true|2").items():
        assert [v for v in values] == parse_grid(
            f"{key}={'|'.join(value_text(key, v) for v in values)}")[key]


@pytest.mark.parametrize("text,words", [
    ("dropout=0,1.5", ["grid key 'dropout' must be a rate from 0 to 0.9"]),
    ("norm=batch,group", ["grid key 'norm': unknown normalisation 'group'"]),
    ("skip=maybe", ["grid key 'skip' takes 'all', 'none'"]),
])
def test_bad_grid_values_name_the_key(text, words):
    with pytest.raises(ValueError) as info:
        parse_grid(text)
    for word in words:
        assert word in str(info.value)


def test_a_sweep_over_dropout_and_norm():
    points = make_dataset("circle", n=60, noise=0.1, seed=0, train_ratio=0.5)
    base = TrainConfig(hidden_layers=(4, 4), activations=("tanh", "tanh"), batch_size=10)
    result = sweep(base, {"dropout": [0, 0.3], "norm": ["none", "batch"], "skip": [True]},
                   seeds=1, epochs=2, points=points, workers=1)
    assert [r["status"] for r in result.rows] == ["ok"] * 4
    assert [(r["dropout"], r["norm"]) for r in result.rows] == [
        (0.0, "none"), (0.0, "batch"), (0.3, "none"), (0.3, "batch")]


def test_a_grid_value_that_does_not_fit_the_network_is_refused_before_training():
    points = make_dataset("circle", n=60, noise=0.1, seed=0, train_ratio=0.5)
    base = TrainConfig(hidden_layers=(4, 2), activations=("tanh", "tanh"))
    with pytest.raises(ValueError, match="grid key 'skip' = true: skip: no hidden layer"):
        sweep(base, {"skip": [True]}, seeds=1, epochs=1, points=points)
    with pytest.raises(ValueError, match="dropout needs one rate"):
        sweep(base, {"dropout": ["0.1,0.1,0.1"]}, seeds=1, epochs=1, points=points)
