"""Formulas beyond the parser: input features by formula (config, files, predict, the
generated-code contract), the formula data source, and both on the command line."""

from __future__ import annotations

import json

import numpy as np
import pytest

from playground import cli
from playground.data.datasets import VIEW_BOX, formula_points, formula_task
from playground.data.features import (
    FEATURES,
    FORMULA_LIMIT,
    MAX_FEATURES,
    Normalizer,
    feature,
    feature_label,
    feature_source,
    is_formula_feature,
    make_features,
    one_d_features,
    split_features,
    validate_features,
    x1_only,
)
from playground.data.formula import MAX_LENGTH, parse_formula
from playground.data.points_csv import write_points_csv
from playground.data.weights_file import load_weights, save_weights
from playground.errors import ConfigError, FormatError
from playground.session.dataset import DatasetSettings
from playground.session.file import load_session, save_session
from playground.session.model import SessionModel
from playground.training.config import TrainConfig
from playground.training.export import predict, weights_file
from playground.training.trainer import Trainer

FORMULAS = ("x1*x2", "min(x1, x2)", "log(x1)", "where(x1 > 0, x2, 1 / x1)", "x1 > sin(x2)")
FAST = ["--optimizer", "adam", "--lr", "0.03", "--layers", "6", "--epochs", "15",
        "--n-points", "120"]


def cli_run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


# --- features ---------------------------------------------------------------------------------
def test_registered_names_win_and_formulas_are_kept_normalised():
    assert validate_features(["x1", "x1x2", "x1*x2", " min(x1,x2) "]) == (
        "x1", "x1x2", "x1 * x2", "min(x1, x2)")
    assert not is_formula_feature("x1x2") and is_formula_feature("x1 * x2")
    assert feature("x1_sq") is FEATURES["x1_sq"]
    assert feature_label("x1_sq") == "x₁²" and feature_label("x1*x2") == "x1 * x2"
    assert feature_label("x1 +") == "x1 +"  # a label never raises
    cfg = TrainConfig(features=("x1", "x1*x2"))
    assert cfg.features == ("x1", "x1 * x2")
    assert TrainConfig.from_json(cfg.to_json()) == cfg
    assert not cfg.needs_reset(TrainConfig(features=("x1", "x1 * x2")))


@pytest.mark.parametrize("features,message", [
    (("x1", "x33"), "unknown feature 'x33'; choose from: x1, x2, x1_sq"),
    (("x1", "x1 * x2", "x1*x2"), "duplicate feature 'x1 \\* x2'"),
    (("x1", "x1 + foo(2)"), "input feature formula 'x1 \\+ foo\\(2\\)': 'foo' is not an "
                            "allowed function \\(column 6\\)"),
    (("x1", "__import__('os')"), "input feature formula .*quotes"),
    (("x1", "pi * 2"), "uses no input"),
    (("x1", "9**9**9"), "exponent 387420489 is too large"),
    (tuple(f"x1 + {i}" for i in range(MAX_FEATURES + 1)), f"at most {MAX_FEATURES} input"),
])  # fmt: skip
def test_bad_formula_features_are_refused_with_the_formula_message(features, message):
    with pytest.raises(ConfigError, match=message):
        TrainConfig(features=features)


def test_commas_inside_parentheses_belong_to_the_formula():
    assert split_features("x1,x2, x1*x2 ,min(x1, max(x2, 0))") == (
        "x1", "x2", "x1*x2", "min(x1, max(x2, 0))")
    assert split_features("") == () and split_features("x1") == ("x1",)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_a_formula_feature_is_computed_from_the_normalised_coordinates(dtype):
    rng = np.random.default_rng(3)
    coords = rng.uniform(-6, 6, (300, 2))
    norm = Normalizer.fit(coords)
    x = make_features(coords, ["x1", *FORMULAS], norm, dtype)
    u = np.empty(coords.shape, dtype)  # as make_features computes it, in ``dtype``
    np.divide(np.subtract(coords, norm.mean, out=u), norm.std, out=u)
    for j, text in enumerate(FORMULAS, start=1):
        want = parse_formula(text).evaluate(u[:, 0], u[:, 1])
        want = np.nan_to_num(np.clip(want, -FORMULA_LIMIT, FORMULA_LIMIT), nan=0.0)
        np.testing.assert_array_equal(x[:, j], want.astype(dtype))
    assert np.isfinite(x).all() and x.dtype == dtype


def test_non_finite_values_are_clipped_and_nan_becomes_zero():
    x = make_features(np.array([[0.0, 0.0], [-1.0, 1.0]]), ["1 / x1", "log(x1)"], Normalizer())
    assert x.tolist() == [[FORMULA_LIMIT, -FORMULA_LIMIT], [-1.0, 0.0]]


@pytest.mark.parametrize("name", [*FEATURES, *FORMULAS, "1 / x1", "min(x1, 2) * (x2 > 0)"])
def test_feature_source_computes_what_make_features_does(name):
    """The contract of exported code: the source of each feature over normalised x1, x2."""
    rng = np.random.default_rng(5)
    coords = rng.uniform(-6, 6, (200, 2))
    norm = Normalizer.fit(coords)
    coords = np.vstack([coords, [norm.mean]])  # normalised (0, 0): 1 / x1 is infinite
    u = (coords - norm.mean) / norm.std
    scope = {"np": np, "x1": u[:, 0], "x2": u[:, 1], "__builtins__": {"float": float}}
    with np.errstate(all="ignore"):
        got = eval(feature_source(name, "np"), scope)  # noqa: S307 - our own generated code
    np.testing.assert_allclose(np.broadcast_to(got, (len(u),)),
                               make_features(coords, [name], norm)[:, 0], rtol=1e-14, atol=0)
    assert "torch." in feature_source(name, "torch") or "np." not in feature_source(name)


def test_formula_features_of_x1_alone_count_as_x1_only():
    assert feature("sin(x1) * x1").x1_only and not feature("x1 + 0 * x2").x1_only
    assert x1_only(["x1", "exp(-x1**2)"]) and not x1_only(["x1", "x2 > 0"])
    assert one_d_features(["x1", "x1**3", "x1*x2"]) == ("x1", "x1**3")
    model = SessionModel(TrainConfig(task="regression", n_classes=0, loss="mse",
                                     features=("x1", "x1**3", "x1 * x2")),
                         dataset=DatasetSettings("sine", n=30))
    assert model.config.features == ("x1", "x1**3")


# --- files and predict ------------------------------------------------------------------------
def _trained(features=("x1", "x2", "x1*x2", "min(x1, x2)", "log(x1)")) -> Trainer:
    points = formula_points("x2 > sin(x1)", n_points=120, noise=0.1, seed=2).with_split(0.75, 2)
    cfg = TrainConfig(features=features, hidden_layers=(6,), activations=("tanh",),
                      optimizer="adam", learning_rate=0.03)
    trainer = Trainer(cfg, points)
    for _ in range(5):
        trainer.run_epoch()
    return trainer


def test_weights_and_sessions_keep_formula_features_and_predict_like_the_trainer(tmp_path):
    trainer = _trained()
    model = trainer.model
    path = tmp_path / "m.npz"
    save_weights(path, weights_file(trainer.config, model.weights, model.biases,
                                    trainer.normalizer, trainer.epoch))
    wf = load_weights(path)
    assert wf.meta["features"] == ["x1", "x2", "x1 * x2", "min(x1, x2)", "log(x1)"]
    grid = np.random.default_rng(9).uniform(-6, 6, (50, 2))
    np.testing.assert_allclose(predict(wf, grid), trainer.predict(grid), rtol=1e-12, atol=0)

    session = SessionModel(trainer.config, trainer.points)
    session_path = tmp_path / "s.pgsession"
    save_session(session_path, session.to_session())
    assert load_session(session_path).config.features == trainer.config.features


def test_playground_predict_gives_the_trainer_numbers(tmp_path, capsys):
    model, points, out = tmp_path / "m.npz", tmp_path / "p.csv", tmp_path / "pred.csv"
    code, stdout, err = cli_run(capsys, "train", "--function", "x2 > sin(x1)", *FAST,
                                "--features", "x1,x2,x1*x2,min(x1, x2),log(x1)",
                                "--out", str(model))
    assert code == 0, err
    wf = load_weights(model)
    assert wf.meta["features"][2:] == ["x1 * x2", "min(x1, x2)", "log(x1)"]
    coords = np.random.default_rng(4).uniform(-6, 6, (40, 2))
    write_points_csv(points, coords, np.zeros(40, np.int64), "classification")
    code, _, err = cli_run(capsys, "predict", str(model), str(points), "--out", str(out))
    assert code == 0, err
    rows = np.array([[float(v) for v in line.split(",")]
                     for line in out.read_text().splitlines()[1:]])
    cfg = TrainConfig.from_dict(wf.meta["config"])
    trainer = Trainer(cfg, formula_points("x2 > sin(x1)", n_points=120))
    trainer.load_weights(list(wf.weights), list(wf.biases), 0)
    trainer.set_normalizer(Normalizer(tuple(wf.meta["input_mean"]), tuple(wf.meta["input_std"])))
    np.testing.assert_allclose(rows[:, 4], trainer.predict(coords)[:, 0], rtol=1e-12, atol=0)


def test_a_weights_file_with_a_hostile_feature_is_refused(tmp_path):
    trainer = _trained(("x1", "x2"))
    wf = weights_file(trainer.config, trainer.model.weights, trainer.model.biases,
                      trainer.normalizer, 1)
    wf.meta["features"] = ["x1", "__import__('os').system('x')"]
    with pytest.raises(FormatError, match="input feature formula .*quotes"):
        save_weights(tmp_path / "bad.npz", wf)


# --- the formula data source ------------------------------------------------------------------
def test_a_condition_gives_two_classes_where_it_is_true():
    p = formula_points("x2 > sin(x1)", n_points=400, noise=0.0, seed=1)
    assert p.task == "classification" and p.n_classes == 2 and len(p) == 400
    x1, x2 = p.coords.T
    np.testing.assert_array_equal(p.values, (x2 > np.sin(x1)).astype(np.int64))
    assert (p.coords >= VIEW_BOX[0]).all() and (p.coords <= VIEW_BOX[1]).all()
    assert p.is_train.all()


def test_the_same_seed_gives_the_same_points_and_noise_moves_them():
    a = formula_points("x1 > 0", n_points=50, noise=0.3, seed=7)
    b = formula_points("x1 > 0", n_points=50, noise=0.3, seed=7)
    c = formula_points("x1 > 0", n_points=50, noise=0.3, seed=8)
    assert np.array_equal(a.coords, b.coords) and np.array_equal(a.values, b.values)
    assert not np.array_equal(a.coords, c.coords)
    quiet = formula_points("x1 > 0", n_points=50, noise=0.0, seed=7)
    assert not np.array_equal(a.coords, quiet.coords)
    assert sorted(a.values.tolist()) == sorted(quiet.values.tolist())  # labels never change


def test_a_whole_number_expression_gives_k_classes():
    p = formula_points("(x1 > 0) + (x2 > 0)", "classification", 300, 0.0, 0)
    assert p.n_classes == 3 and set(p.values.tolist()) == {0, 1, 2}
    assert formula_points("(x1 > 0) + (x2 > 0)", "classification", 300, 0.0, 0, 5).n_classes == 5
    assert formula_points("x1 > 100", n_points=20).n_classes == 2  # at least two


@pytest.mark.parametrize("args,message", [
    (("x1", "classification"), "formula 'x1' gives .* at \\(x1, x2\\) = .*whole number from 0 "
                               "to 7"),
    (("(x1 > 0) * 2", "classification", 100, 0.0, 0, 2), "gives 2 .*from 0 to 1"),
    (("(x1 > 0) - 1", "classification"), "gives -1 "),
    (("log(x1)", "regression"), "gives nan .*regression targets must be finite"),
    (("x1 > 0", "ranking"), "task must be one of"),
    (("x1 > 0", "regression", 10, 0.0, 0, 2), "a regression set has no classes"),
    (("x1 > 0", None, 0), "n must be an integer"),
    (("x1 +",), "formula 'x1 \\+': the formula ends too early"),
])  # fmt: skip
def test_a_formula_that_cannot_label_points_says_where(args, message):
    with pytest.raises(ConfigError, match=message):
        formula_points(*args)


def test_regression_takes_the_value_plus_noise():
    p = formula_points("x1**2 + x2**2", n_points=100, seed=3)
    assert p.task == "regression" and formula_task("x1**2 + x2**2") == "regression"
    np.testing.assert_allclose(p.values, (p.coords**2).sum(axis=1))
    noisy = formula_points("x1**2 + x2**2", n_points=100, noise=1.0, seed=3)
    assert np.array_equal(noisy.coords, p.coords) and 0.3 < np.std(noisy.values - p.values) < 0.7


def test_data_set_settings_regenerate_a_formula_and_survive_a_session(tmp_path):
    settings = DatasetSettings("sine", n=80, noise=0.1, seed=4, train_ratio=0.5,
                               formula="(x1>0)+(x2>0)", formula_task="classification")
    assert settings.formula == "(x1 > 0) + (x2 > 0)" and settings.dims == 2
    points = settings.generate()
    assert points.n_classes == 3 and points.n_test == 40
    assert np.array_equal(settings.generate().coords, points.coords)
    model = SessionModel(TrainConfig(), points, dataset=settings)
    path = tmp_path / "f.pgsession"
    save_session(path, model.to_session())
    again = DatasetSettings.from_dict(load_session(path).dataset)
    assert again == settings
    assert settings.copy(name="spiral", formula="").generate().n_classes == 2
    assert DatasetSettings.from_dict({**settings.as_dict(), "formula": "x1 +"}) is None
    with pytest.raises(ConfigError, match="formula_task"):
        DatasetSettings(formula="x1", formula_task="sorting")


# --- the command line -------------------------------------------------------------------------
def test_train_function_picks_the_task_from_the_formula(tmp_path, capsys):
    session = tmp_path / "s.pgsession"
    code, out, err = cli_run(capsys, "train", "--function", "x2 > sin(x1)", *FAST,
                             "--session", str(session))
    assert code == 0, err
    result = json.loads(out)
    assert result["train_accuracy"] is not None
    s = load_session(session)
    assert s.dataset["formula"] == "x2 > sin(x1)" and s.config.task == "classification"
    assert len(s.points) == 120
    code, out, err = cli_run(capsys, "train", "--function", "x1**2/36 + x2**2/36 - 1", *FAST)
    assert code == 0 and json.loads(out)["train_accuracy"] is None, err
    code, out, err = cli_run(capsys, "train", "--function", "(x1 > 0) + (x2 > 0)",
                             "--task", "classification", *FAST, "--out",
                             str(tmp_path / "k.npz"))
    assert code == 0, err
    assert len(load_weights(tmp_path / "k.npz").meta["classes"]) == 3


@pytest.mark.parametrize("args,message", [
    (("--function", "x1 + foo(2)"), "--function: formula 'x1 + foo(2)': 'foo' is not an "
                                    "allowed function (column 6)"),
    (("--function", "log(x1)"), "--function: formula 'log(x1)' gives nan"),
    (("--function", "x1 > 0", "--task", "ranking"), "--task must be one of"),
    (("--function", "x1", "--classes", "3"), "--classes does not apply"),
    (("--dataset", "circle", "--task", "regression"), "--task applies to --function only"),
    (("--function", "x1 > 0", "--features", "x1,x1 +"), "input feature formula 'x1 +'"),
    (("--function", "x1 > 0", "--n-points", "0"), "--n-points must be between"),
])  # fmt: skip
def test_train_function_errors_are_one_line(capsys, args, message):
    code, out, err = cli_run(capsys, "train", *args, "--epochs", "1")
    assert code == 2 and out == ""
    assert err.startswith("playground: error: ") and message in err and err.count("\n") == 1


def test_function_and_dataset_are_exclusive(capsys):
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["train", "--function", "x1 > 0", "--dataset", "xor"])
    capsys.readouterr()


@pytest.mark.parametrize("option", ["--function", "--features"])
def test_the_command_line_refuses_an_over_long_formula_naming_the_limit(capsys, option):
    long = "x1 + " * 2000 + "x1"  # 10,002 characters: never cut to 200 and taken
    value = long if option == "--function" else f"x1,x2,{long}"
    code, out, err = cli_run(capsys, "train", option, value, *FAST)
    assert code == 2 and not out
    assert f"{len(long)} characters long; at most {MAX_LENGTH} are allowed" in err
    assert len(err.splitlines()) == 1
