"""The scripting API (``import playground as pg``, docs/api.md): the example runs as written
and trains what ``playground train`` trains, own data, every error path, files the rest of
Playground reads, pictures."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import playground as pg
from playground import cli
from playground.api import session as api
from playground.cli import options
from playground.cli import train as cli_train_module
from playground.data.weights_file import load_weights
from playground.exporters.formats import FORMATS
from playground.session.file import load_session
from playground.training.export import predict

ROOT = Path(__file__).resolve().parents[2]
API_DOC = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
SMALL = dict(dataset="spiral", layers=[6], optimizer="adam", lr=0.03, n_points=120)


def cli_train(*argv: str) -> dict:
    """``playground train`` run by the command line's own ``main``: its JSON line."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["train", *argv])
    assert code == 0
    return json.loads(out.getvalue().strip().splitlines()[-1])


def same_numbers(api_result: dict, cli_result: dict) -> None:
    timing = {"seconds", "epochs_per_second"}
    assert {k: v for k, v in api_result.items() if k not in timing} == {
        k: v for k, v in cli_result.items() if k not in timing}


def doc_block(heading: str) -> str:
    section = API_DOC.split(f"## {heading}\n", 1)[1]
    return re.search(r"```python\n(.*?)```", section, flags=re.S).group(1)


# --- the example -------------------------------------------------------------------------------
def test_the_docs_example_runs_as_written_and_equals_the_cli(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(pg.Session, "show", lambda self: shown.append(self))
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(doc_block("Example"), "docs/api.md", "exec"), namespace)

    result = namespace["result"]
    expected = cli_train("--dataset", "spiral", "--classes", "3", "--layers", "16,16",
                         "--activation", "tanh", "--optimizer", "adam", "--lr", "0.01",
                         "--seed", "1", "--epochs", "300")
    same_numbers(result, expected)
    assert result["train_loss"] == expected["train_loss"]  # exactly, not approximately
    # the documented command is the one compared
    assert "--dataset spiral --classes 3 --layers 16,16 --activation tanh" in API_DOC
    assert namespace["p"].shape == (2, 3)
    assert namespace["png"].startswith(b"\x89PNG")
    for name in ("run.pgsession", "w.npz", "net.onnx"):
        assert (tmp_path / name).stat().st_size > 0
    assert len(shown) == 1 and shown[0].epoch == 300


def test_the_notebook_walk_through_runs(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    section = API_DOC.split("## A notebook walk-through\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) >= 4
    namespace: dict = {}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for block in blocks:
            exec(compile(block, "docs/api.md", "exec"), namespace)
    assert namespace["s"].epoch == 300 and namespace["wider"].epoch == 300
    assert namespace["s"].metrics["test_accuracy"] > 0.9
    assert printed.getvalue().splitlines()[-1].startswith("200 ")
    assert namespace["curve"].predict([0.0, 1.5]).shape == (2,)


def test_show_opens_the_window_with_the_session_and_blocks_in_a_script(monkeypatch):
    import playground.ui.app as app_module

    class FakeFiles:
        def apply_session(self, snapshot):
            opened.append(snapshot)

    class FakeWindow:
        files = FakeFiles()

    class FakeApp:
        def exec(self):
            opened.append("exec")
            return 0

    opened: list = []
    monkeypatch.setattr(app_module, "start", lambda argv, files=None: (FakeApp(), FakeWindow()))
    s = pg.Session(**SMALL)
    s.train(3)
    assert s.show() is None
    snapshot, ran = opened
    assert ran == "exec" and snapshot.epoch == 3 and snapshot.config == s.config
    assert len(snapshot.history) == 4

    opened.clear()
    monkeypatch.setattr(api, "_qt_loop_running", lambda: True)  # IPython's %gui qt
    window = s.show()
    assert isinstance(window, FakeWindow) and opened == [opened[0]]  # no exec: it returns


def test_the_issue_example_equals_the_cli_run_in_a_subprocess(tmp_path):
    s = pg.Session(dataset="spiral", classes=3, layers=[16, 16], activation="tanh",
                   optimizer="adam", lr=0.01, seed=1)
    result = s.train(epochs=40)
    proc = subprocess.run(
        [sys.executable, "-m", "playground", "train", "--dataset", "spiral", "--classes", "3",
         "--layers", "16,16", "--activation", "tanh", "--optimizer", "adam", "--lr", "0.01",
         "--seed", "1", "--epochs", "40"],
        capture_output=True, text=True, timeout=120, check=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])})
    same_numbers(result, json.loads(proc.stdout))


@pytest.mark.parametrize("kwargs,argv", [
    (dict(dataset="circle", noise=0.2, batch_size="all", l2=0.001, seed=3),
     ["--dataset", "circle", "--noise", "0.2", "--batch-size", "all", "--l2", "0.001",
      "--seed", "3"]),
    (dict(dataset="sine", layers=[8, 8], activation=["tanh", "relu"], optimizer="adam",
          lr=0.02, train_ratio=0.8),
     ["--dataset", "sine", "--layers", "8,8", "--activation", "tanh,relu", "--optimizer",
      "adam", "--lr", "0.02", "--train-ratio", "0.8"]),
    (dict(dataset="blobs", classes=4, features=["x1", "x2", "x1x2"], optimizer="rmsprop",
          lr=0.01, patience=3, n_points=200),
     ["--dataset", "blobs", "--classes", "4", "--features", "x1,x2,x1x2", "--optimizer",
      "rmsprop", "--lr", "0.01", "--patience", "3", "--n-points", "200"]),
    (dict(), []),
])
def test_the_same_settings_train_the_same_numbers_as_the_cli(kwargs, argv):
    result = pg.Session(**kwargs).train(25)
    same_numbers(result, cli_train(*argv, "--epochs", "25"))


def test_the_defaults_are_the_clis():
    assert api.DEFAULT_DATASET == options.DEFAULT_DATASET
    assert api.DEFAULT_POINTS == options.DEFAULT_POINTS
    assert api.DEFAULT_ACTIVATION == options.DEFAULT_ACTIVATION
    assert api.DEFAULT_TRAIN_RATIO == cli_train_module.DEFAULT_TRAIN_RATIO
    assert api.DEFAULT_SEED == cli_train_module.DEFAULT_SEED
    assert api.MAX_EPOCHS == cli_train_module.MAX_EPOCHS


def test_training_goes_on_where_it_stopped_as_one_run_does():
    once = pg.Session(**SMALL)
    whole = once.train(30)
    twice = pg.Session(**SMALL)
    twice.train(12)
    parts = twice.train(18)
    same_numbers(parts, whole)
    assert list(twice.history["epoch"]) == list(range(31))
    np.testing.assert_array_equal(twice.history["train_loss"], once.history["train_loss"])


def test_callback_sees_progress_and_the_final_metrics():
    seen = []
    result = pg.Session(**SMALL).train(200, callback=seen.append)
    epochs = [m["epoch"] for m in seen]
    assert epochs == sorted(epochs) and 10 < len(seen) <= 70
    assert seen[-1] == result


# --- own data ----------------------------------------------------------------------------------
def test_own_points_classification_regression_and_multilabel():
    rng = np.random.default_rng(0)
    X = rng.uniform(-4, 4, size=(150, 3))
    labels = (X[:, 0] * X[:, 1] > 0).astype(int)
    s = pg.Session(points=(X, labels), layers=[8], optimizer="adam", lr=0.03)
    assert (s.config.task, s.config.n_classes, s.config.features) == (
        "classification", 2, ("x1", "x2", "x3"))
    s.train(60)
    p = s.predict(X)
    assert p.shape == (150, 2) and np.allclose(p.sum(axis=1), 1)
    assert s.metrics["train_accuracy"] > 0.8

    reg = pg.Session(points=(X[:, :2], X[:, 0] - X[:, 1]), optimizer="adam", lr=0.03)
    assert reg.config.task == "regression"
    reg.train(5)
    assert reg.predict(X[:4, :2]).shape == (4,)

    multi = np.column_stack([labels, X[:, 2] > 0]).astype(int)
    ml = pg.Session(points=(X, multi))
    assert (ml.config.task, ml.config.n_classes) == ("multilabel", 2)
    assert ml.predict(X[:3]).shape == (3, 2)

    forced = pg.Session(points=(X[:, :2], labels.astype(float)), task="classification")
    assert forced.config.task == "classification"


def test_own_one_d_points_and_more_classes_than_the_labels_show():
    x = np.linspace(-3, 3, 60)
    s = pg.Session(points=(x, np.sin(x)), layers=[8], optimizer="adam", lr=0.03)
    assert s.config.features == ("x1",)
    s.train(5)
    assert s.predict([0.0, 1.0]).shape == (2,)
    assert Image.open(io.BytesIO(s.picture(100))).size == (100, 100)
    X = np.random.default_rng(1).normal(size=(40, 2))
    three = pg.Session(points=(X, np.arange(40) % 2), classes=3)
    assert three.config.n_classes == 3


def test_the_split_is_the_clis_split_of_a_csv(tmp_path):
    X = np.random.default_rng(2).normal(size=(50, 2))
    y = (X[:, 0] > 0).astype(int)
    csv = tmp_path / "points.csv"
    rows = "".join(f"{a!r},{b!r},{c}\n" for (a, b), c in zip(X.tolist(), y.tolist()))
    csv.write_text("x1,x2,label\n" + rows)
    result = pg.Session(points=(X, y), seed=4).train(10)
    same_numbers(result, cli_train("--data", str(csv), "--seed", "4", "--epochs", "10"))


# --- error paths -------------------------------------------------------------------------------
@pytest.mark.parametrize("kwargs,words", [
    (dict(dataset="spiralz"), ["dataset must be one of", "circle", "spiral", "'spiralz'"]),
    (dict(activation="tanhh"), ["activation must be one of", "relu", "tanh", "'tanhh'"]),
    (dict(activation=["tanh", "nope"], layers=[2, 2]), ["activation must be one of", "'nope'"]),
    (dict(activation=["tanh"] * 3, layers=[2, 2]), ["activation", "one per hidden layer"]),
    (dict(optimizer="adamw2"), ["optimizer must be one of", "adam", "sgd"]),
    (dict(loss="hinge2"), ["loss must be one of"]),
    (dict(layers=[8, 0]), ["layers", "1 to 256"]),
    (dict(layers=[8.5]), ["layers must be a list of whole numbers"]),
    (dict(layers="8,8"), ["layers must be a list of whole numbers"]),
    (dict(layers=[4] * 9), ["layers", "at most 8"]),
    (dict(lr=-1.0), ["lr:", "learning rate"]),
    (dict(lr=float("nan")), ["lr:"]),
    (dict(learning_rate="fast"), ["learning_rate:"]),
    (dict(batch_size=0), ["batch_size:", "batch size"]),
    (dict(noise=2.0), ["noise must be a number from 0 to 1", "2.0"]),
    (dict(n_points=0), ["n_points must be a whole number from 1 to 10000"]),
    (dict(seed=-1), ["seed must be a whole number"]),
    (dict(train_ratio=0.0), ["train_ratio must be a number greater than 0"]),
    (dict(dataset="circle", classes=3), ["classes applies only to", "spiral_k"]),
    (dict(dataset="tutorial_000", n_points=10), ["n_points does not apply"]),
    (dict(features=["x1", "x9"]), ["features:"]),
    (dict(dataset="sine", features=["x1", "x2"]), ["features: a 1-D data set"]),
    (dict(points=([[0, 0], [1, 1]], [0, 1]), dataset="circle"), ["dataset or points"]),
])
def test_bad_settings_raise_a_value_error_naming_the_parameter(kwargs, words):
    with pytest.raises(ValueError) as info:
        pg.Session(**kwargs)
    for word in words:
        assert word in str(info.value)


@pytest.mark.parametrize("points,words", [
    (np.zeros((5, 2)), ["points must be a pair (X, y)"]),
    ((np.zeros((5, 2, 2)), np.zeros(5, int)), ["X must have shape (n, D)"]),
    ((np.zeros((5, 40)), np.zeros(5, int)), ["X must have shape (n, D)"]),
    ((np.zeros((0, 2)), np.zeros(0, int)), ["no points"]),
    ((np.zeros((5, 2)), np.zeros(4, int)), ["y must have shape (5,)"]),
    ((np.full((3, 2), np.inf), np.zeros(3, int)), ["finite"]),
    ((np.zeros((3, 2)), np.array([0, 1, 9])), ["classes must be a whole number from 2 to 8"]),
    ((np.zeros((3, 2)), np.array([0, -1, 1])), ["label"]),
    ((np.zeros((3, 2)), np.array(["a", "b", "c"])), ["y must be numbers"]),
    ((np.zeros(3), np.array([0, 1, 0])), ["1-D set, which is a regression"]),
    ((np.zeros((3, 2)), np.array([[0, 2], [1, 0], [0, 1]])), ["0"]),
])
def test_bad_points_raise_a_value_error(points, words):
    with pytest.raises(ValueError) as info:
        pg.Session(points=points)
    for word in words:
        assert word in str(info.value)


def test_unknown_keywords_and_bad_calls():
    with pytest.raises(TypeError, match="lrr"):
        pg.Session(lrr=0.1)
    with pytest.raises(TypeError, match="task"):
        pg.Session(n_classes=3)  # set by the data, not by hand
    s = pg.Session(**SMALL)
    with pytest.raises(ValueError, match="epochs must be a whole number"):
        s.train(-1)
    with pytest.raises(ValueError, match="size must be a whole number from 64"):
        s.picture(10)
    with pytest.raises(ValueError, match=r"X must have shape \(n, 2\)"):
        s.predict(np.zeros((3, 3)))
    with pytest.raises(ValueError, match="format must be one of"):
        s.export("net.py", format="keras")
    with pytest.raises(ValueError, match="cannot tell the format"):
        s.export("net.h5")
    with pytest.raises(ValueError, match=r"ends in \.onnx"):
        s.export("net.py", format="onnx")


def test_a_diverging_run_keeps_the_last_good_weights_and_says_so():
    s = pg.Session(dataset="sine", loss="mse", lr=10.0, optimizer="sgd", layers=[16, 16],
                   activation="relu")
    with pytest.warns(RuntimeWarning, match="diverged"):
        result = s.train(5)
    assert result["stopped"] == "diverged" and result["message"]
    assert np.isfinite(s.predict([0.5])).all()


def test_live_without_the_display_module_says_what_is_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "playground.api.live", None)
    with pytest.raises(ImportError, match="notebook"):
        pg.Session(**SMALL).train(1, live=True)


def test_live_calls_the_display_and_closes_it(monkeypatch):
    calls = []

    class FakeDisplay:
        def __init__(self, session):
            calls.append(("open", session))

        def update(self):
            calls.append(("update", None))

        def close(self):
            calls.append(("close", None))

    module = type(sys)("playground.api.live")
    module.LiveDisplay = FakeDisplay  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "playground.api.live", module)
    s = pg.Session(**SMALL)
    s.train(3, live=True)
    assert calls[0] == ("open", s) and calls[-1] == ("close", None)


# --- files -------------------------------------------------------------------------------------
def test_save_and_load_round_trip_then_training_goes_on_exactly(tmp_path):
    # the file keeps weights and optimizer state, not the shuffling's place (as the window):
    # without shuffling the continued run is the uninterrupted one
    s = pg.Session(**SMALL, seed=5, shuffle=False)
    s.train(15, replay=True)
    path = tmp_path / "run.pgsession"
    s.save(path)
    saved = load_session(path)
    assert saved.epoch == 15 and len(saved.history) == 16 and saved.replay.frames
    assert saved.config == s.config

    back = pg.Session.load(path)
    assert back.config == s.config and back.epoch == 15
    np.testing.assert_array_equal(back.history["train_loss"], s.history["train_loss"])
    np.testing.assert_array_equal(back.predict([[1.0, 2.0]]), s.predict([[1.0, 2.0]]))
    same_numbers(back.train(10), s.train(10))


def test_a_cli_session_loads_and_the_api_session_replays(tmp_path):
    path = tmp_path / "cli.pgsession"
    cli_train("--dataset", "moons", "--epochs", "8", "--session", str(path))
    s = pg.Session.load(path)
    assert s.epoch == 8 and s.config.task == "classification"
    s.train(2)
    s.save(tmp_path / "again.pgsession")
    gif = tmp_path / "r.gif"
    assert cli.main(["replay", str(tmp_path / "again.pgsession"), "--out", str(gif)]) == 0
    assert gif.stat().st_size > 0


def test_exports_open_with_the_existing_loaders(tmp_path):
    s = pg.Session(**SMALL)
    s.train(10)
    X = np.array([[0.5, -1.0], [2.0, 3.0]])
    s.export_weights(tmp_path / "w.npz")
    wf = load_weights(tmp_path / "w.npz")
    out = predict(wf, X)
    np.testing.assert_allclose(np.column_stack([1 - out[:, 0], out[:, 0]]), s.predict(X))

    s.export(tmp_path / "model.py")
    text = (tmp_path / "model.py").read_text()
    assert "import numpy" in text
    namespace: dict = {}
    exec(compile(text, "model.py", "exec"), namespace)

    s.export(tmp_path / "w2.npz")
    assert load_weights(tmp_path / "w2.npz").meta["epoch"] == 10
    if FORMATS["onnx"].missing() is None:
        onnxruntime = pytest.importorskip("onnxruntime")
        s.export(tmp_path / "net.onnx")
        run = onnxruntime.InferenceSession(str(tmp_path / "net.onnx"))
        name = run.get_inputs()[0].name
        got = run.run(None, {name: X})[0]
        np.testing.assert_allclose(np.asarray(got), s.predict(X), rtol=1e-6, atol=1e-9)


def test_picture_is_a_png_of_the_requested_size():
    s = pg.Session(**SMALL)
    png = s.picture(size=180)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (180, 180)
    assert s._repr_png_().startswith(b"\x89PNG")
    page = s._repr_html_()
    assert "data:image/png;base64," in page and "train_loss" in page
    s.train(3)
    assert pg.Session(dataset="blobs", classes=4).picture(64)[:4] == b"\x89PNG"


def test_history_as_arrays_and_metrics_before_training():
    s = pg.Session(**SMALL)
    assert s.metrics["epoch"] == 0
    assert s.history["epoch"].size == 0
    s.train(4)
    h = s.history
    assert list(h) == ["epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
                       "train_loss_running"]
    assert h["epoch"].tolist() == [0, 1, 2, 3, 4]
    pandas = pytest.importorskip("pandas")
    assert isinstance(s.history_frame(), pandas.DataFrame)


def test_from_config_builds_on_a_config():
    base = pg.Session(**SMALL, seed=2)
    other = pg.Session.from_config(base.config, dataset="spiral", n_points=120, lr=0.01,
                                   layers=[4, 4])
    assert other.config.learning_rate == 0.01 and other.config.hidden_layers == (4, 4)
    assert other.config.activations == ("tanh", "tanh") and other.config.seed == 2
    same = pg.Session.from_config(base.config, dataset="spiral", n_points=120)
    same_numbers(same.train(5), base.train(5))
    seeds = [pg.Session.from_config(base.config, dataset="spiral", n_points=120, seed=k,
                                    data_seed=2) for k in (3, 4)]
    np.testing.assert_array_equal(seeds[0].points[0], seeds[1].points[0])
    with pytest.raises(ValueError, match="lr:"):
        pg.Session.from_config(base.config, lr=-2.0)


# --- import cost and layers --------------------------------------------------------------------
def test_import_playground_loads_neither_numpy_nor_qt_and_the_api_no_qt():
    code = ("import sys, playground; before = {m.split('.')[0] for m in sys.modules}; "
            "playground.Session; after = {m.split('.')[0] for m in sys.modules}; "
            "print(sorted(before & {'numpy', 'PySide6', 'pyqtgraph'}), "
            "sorted(after & {'PySide6', 'pyqtgraph', 'shiboken6'}), "
            "'playground.ui' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert proc.stdout.split() == ["[]", "[]", "False"]
    assert "Session" in dir(pg) and "Session" in pg.__all__
    with pytest.raises(AttributeError):
        pg.no_such_thing  # noqa: B018
