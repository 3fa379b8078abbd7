"""The command line end to end, through ``python -m playground`` in a subprocess."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
import types

import numpy as np
import pytest

from playground import __version__, cli
from playground.data.datasets import DATASETS, make_dataset
from playground.data.points_csv import write_points_csv
from playground.data.weights_file import load_weights
from playground.engine.activations import ACTIVATIONS
from playground.engine.optimizers import SCHEDULES
from playground.training.export import predict
from playground.training.trainer import Trainer

FAST = ["--optimizer", "adam", "--lr", "0.03", "--layers", "8", "--epochs", "20"]
DIVERGING = [
    "train", "--dataset", "sine", "--loss", "mse", "--lr", "10", "--optimizer", "sgd",
    "--layers", "16,16", "--activation", "relu", "--epochs", "5",
]  # fmt: skip


def run(*args: str, cwd=None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "playground", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
    )


def train_json(*args: str, cwd=None) -> dict:
    proc = run("train", *args, cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1, proc.stdout
    return json.loads(lines[0])


def read_csv(text: str) -> tuple[list[str], np.ndarray]:
    lines = text.strip().splitlines()
    return lines[0].split(","), np.array([[float(v) for v in ln.split(",")] for ln in lines[1:]])


@pytest.fixture(scope="module")
def circle_model(tmp_path_factory):
    """A circle model (one hidden layer of 8) trained 20 epochs, and its JSON line."""
    path = tmp_path_factory.mktemp("model") / "circle.npz"
    result = train_json("--dataset", "circle", *FAST, "--out", str(path))
    return path, result


# --- train -----------------------------------------------------------------------------------
def test_train_prints_one_json_line_with_high_accuracy(circle_model):
    path, result = circle_model
    assert set(result) == {
        "epoch", "train_loss", "train_loss_running", "test_loss", "train_accuracy",
        "test_accuracy", "stopped", "seconds", "epochs_per_second",
    }  # fmt: skip
    assert result["epoch"] == 20 and result["stopped"] == "epochs"
    assert result["test_accuracy"] >= 0.95 and result["train_accuracy"] >= 0.95
    assert result["seconds"] > 0 and result["epochs_per_second"] > 0
    wf = load_weights(path)
    assert wf.meta["epoch"] == 20 and wf.meta["layer_sizes"] == [2, 8, 1]


def test_train_prints_the_running_loss_beside_the_end_of_epoch_loss():
    """Full batch: the running loss of epoch 3 is the loss before its single update, which
    is where epoch 2 ended."""
    args = ("--dataset", "circle", "--batch-size", "all", "--lr", "0.3", "--seed", "4")
    two = train_json(*args, "--epochs", "2")
    three = train_json(*args, "--epochs", "3")
    assert three["train_loss_running"] == pytest.approx(two["train_loss"], rel=1e-12)
    assert three["train_loss_running"] != three["train_loss"]


def test_init_continues_from_saved_weights(circle_model, tmp_path):
    path, first = circle_model
    out = tmp_path / "more.npz"
    result = train_json(
        "--dataset", "circle", *FAST[:-1], "5", "--init", str(path), "--out", str(out)
    )
    assert result["epoch"] == 25
    assert load_weights(out).meta["epoch"] == 25
    # it starts from trained weights, not from scratch
    assert result["train_loss"] < 2 * first["train_loss"] + 0.05


def test_init_with_other_architecture_is_refused(circle_model):
    path, _ = circle_model
    proc = run("train", "--dataset", "circle", "--layers", "4", "--init", str(path))
    assert proc.returncode == 2
    assert proc.stderr.startswith("playground: error: ")
    assert "layer sizes" in proc.stderr and len(proc.stderr.splitlines()) == 1


def test_regression_has_null_accuracies():
    result = train_json("--dataset", "sine", *FAST)
    assert result["train_accuracy"] is None and result["test_accuracy"] is None
    assert result["test_loss"] is not None and result["train_loss"] >= 0


def test_train_ratio_one_has_no_test_metrics():
    result = train_json("--dataset", "gauss", "--train-ratio", "1", "--epochs", "3")
    assert result["test_loss"] is None and result["test_accuracy"] is None
    assert result["train_accuracy"] is not None


# --- predict ---------------------------------------------------------------------------------
def test_predict_three_classes_matches_export(tmp_path):
    points = make_dataset("blobs", 200, 0.1, seed=3)
    csv = tmp_path / "blobs.csv"
    write_points_csv(csv, points.coords, points.values, "classification")
    model = tmp_path / "blobs.npz"
    train_json("--data", str(csv), *FAST, "--out", str(model))
    out = tmp_path / "pred.csv"
    proc = run("predict", str(model), str(csv), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    header, table = read_csv(out.read_text())
    assert header == ["x1", "x2", "prediction", "p0", "p1", "p2"]
    np.testing.assert_array_equal(table[:, :2], points.coords)
    expected = predict(load_weights(model), points.coords)
    np.testing.assert_array_equal(table[:, 3:], expected)
    np.testing.assert_array_equal(table[:, 2], expected.argmax(axis=1))
    assert ((table[:, 3:] >= 0) & (table[:, 3:] <= 1)).all()
    np.testing.assert_allclose(table[:, 3:].sum(axis=1), 1.0, atol=1e-12)
    assert np.mean(table[:, 2] == points.values) > 0.95


def test_predict_two_classes_from_bare_coordinates_to_stdout(circle_model, tmp_path):
    path, _ = circle_model
    csv = tmp_path / "xy.csv"
    csv.write_text("x1,x2\n0,0\n4.5,0\n-1,1.5\n")
    proc = run("predict", str(path), str(csv))
    assert proc.returncode == 0, proc.stderr
    header, table = read_csv(proc.stdout)
    assert header == ["x1", "x2", "prediction", "p0", "p1"]
    p = predict(load_weights(path), table[:, :2])[:, 0]
    np.testing.assert_array_equal(table[:, 4], p)
    np.testing.assert_array_equal(table[:, 3], 1.0 - p)
    np.testing.assert_array_equal(table[:, 2], [0, 1, 0])  # disc, ring, disc


def test_predict_regression(tmp_path):
    model = tmp_path / "sine.npz"
    train_json("--dataset", "sine", *FAST, "--out", str(model))
    csv = tmp_path / "xy.csv"
    csv.write_text("x1,x2,target\n1,2,0.5\n-3,0,0\n")
    proc = run("predict", str(model), str(csv))
    assert proc.returncode == 0, proc.stderr
    header, table = read_csv(proc.stdout)
    assert header == ["x1", "x2", "prediction"]
    np.testing.assert_array_equal(table[:, 2], predict(load_weights(model), table[:, :2])[:, 0])


# --- errors ----------------------------------------------------------------------------------
def assert_one_line_error(proc: subprocess.CompletedProcess, code: int = 2) -> str:
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    assert proc.stderr.startswith("playground: error: ")
    assert proc.stdout == ""
    return proc.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dataset", "nope"], "choose one of: circle, xor"),
        (["--lr", "-1"], "learning rate must be > 0"),
        (["--layers", "0"], "units per layer"),
        (["--layers", "1,2,3,4,5,6,7,8,9"], "hidden layers must be at most 8"),
        (["--batch-size", "0"], "batch size"),
        (["--noise", "2"], "--noise must be between 0 and 1"),
        (["--train-ratio", "0"], "--train-ratio"),
        (["--n-points", "0"], "--n-points"),
        (["--epochs", "-1"], "--epochs"),
        (["--data", "missing.csv"], "missing.csv"),
        (["--activation", "nope"], "unknown activation"),
        (["--lr", "fast"], "invalid float value"),
        (["--dataset", "circle", "--data", "x.csv"], "not allowed with"),
    ],
)
def test_bad_train_arguments(args, message, tmp_path):
    err = assert_one_line_error(run("train", *args, cwd=tmp_path))
    assert message in err


def test_corrupt_weights_file(tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    csv = tmp_path / "xy.csv"
    csv.write_text("x1,x2\n0,0\n")
    assert "bad.npz" in assert_one_line_error(run("predict", str(bad), str(csv)))
    assert "bad.npz" in assert_one_line_error(run("train", "--init", str(bad), "--epochs", "1"))


def test_bad_points_file_for_predict(circle_model, tmp_path):
    path, _ = circle_model
    csv = tmp_path / "xy.csv"
    csv.write_text("x1,x2\n0,zero\n")
    assert "line 2" in assert_one_line_error(run("predict", str(path), str(csv)))
    assert_one_line_error(run("predict", str(path), str(tmp_path / "missing.csv")))


def test_usage_error_is_one_line():
    assert_one_line_error(run("frobnicate"))
    assert_one_line_error(run("predict"))


def test_divergence_exits_3_with_the_reason():
    proc = run(*DIVERGING)
    err = assert_one_line_error(proc, code=3)
    assert "diverged" in err and "learning rate" in err


# --- datasets, version, window ---------------------------------------------------------------
def test_datasets_and_version():
    proc = run("datasets")
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["name", "task", "classes", "description"]
    assert [ln.split()[0] for ln in lines[1:]] == list(DATASETS)
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"playground {__version__}"


def test_gui_calls_run_app(monkeypatch):
    calls = []
    fake = types.ModuleType("playground.ui.app")
    fake.run_app = lambda argv, files: calls.append((argv, files)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "playground.ui.app", fake)
    assert cli.main([]) == 0
    assert cli.main(["gui", "a.csv", "b.npz"]) == 0
    assert [files for _, files in calls] == [[], ["a.csv", "b.npz"]]


def test_gui_without_ui_is_one_line(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "playground.ui.app", None)  # import raises ImportError
    assert cli.main(["gui"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("playground: error: ") and len(err.splitlines()) == 1


def test_ctrl_c_exits_130_quietly(monkeypatch, capsys):
    def interrupted(self, interrupt=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(Trainer, "run_epoch", interrupted)
    assert cli.main(["train", "--epochs", "5"]) == 130
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""


def test_names_come_from_the_registries(monkeypatch, capsys):
    """Registering a schedule or an activation in the engine is enough for the command line
    to list and accept it: no option keeps a list of its own."""
    monkeypatch.setitem(SCHEDULES, "also_constant", SCHEDULES["constant"])
    monkeypatch.setitem(ACTIVATIONS, "also_tanh", ACTIVATIONS["tanh"])
    assert cli.main(["train", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "constant, step, exponential, cosine, also_constant" in help_text
    assert "also_tanh" in help_text
    args = ["train", "--schedule", "also_constant", "--activation", "also_tanh", "--epochs", "1"]
    assert cli.main([*args, "--n-points", "40"]) == 0
    assert json.loads(capsys.readouterr().out)["epoch"] == 1


# --- reported bugs ---------------------------------------------------------------------------
def test_predict_refuses_to_write_over_its_inputs(circle_model, tmp_path):
    path, _ = circle_model
    model = tmp_path / "model.npz"
    model.write_bytes(path.read_bytes())
    csv = tmp_path / "xy.csv"
    csv.write_text("x1,x2\n0,0\n")
    before = model.read_bytes(), csv.read_bytes()
    same_model = tmp_path / "sub" / ".." / "model.npz"  # another spelling of the same path
    (tmp_path / "sub").mkdir()
    linked = tmp_path / "hard-link.npz"
    linked.hardlink_to(model)
    for out, named in ((model, "model.npz"), (same_model, "model.npz"), (csv, "xy.csv"),
                       (linked, "hard-link.npz")):  # fmt: skip
        err = assert_one_line_error(run("predict", str(model), str(csv), "--out", str(out)))
        assert "--out" in err and named in err and "input" in err
    assert (model.read_bytes(), csv.read_bytes()) == before


def test_train_refuses_to_write_over_its_inputs(circle_model, tmp_path):
    path, _ = circle_model
    model = tmp_path / "model.npz"
    model.write_bytes(path.read_bytes())
    csv = tmp_path / "points.csv"
    points = make_dataset("circle", 50, 0.0, seed=1)
    write_points_csv(csv, points.coords, points.values, "classification")
    before = model.read_bytes(), csv.read_bytes()
    err = assert_one_line_error(run("train", *FAST, "--init", str(model), "--out", str(model)))
    assert "--init" in err and "model.npz" in err
    err = assert_one_line_error(run("train", *FAST, "--data", str(csv), "--out", str(csv)))
    assert "--data" in err and "points.csv" in err
    assert (model.read_bytes(), csv.read_bytes()) == before


@pytest.mark.parametrize("command", ["train", "predict"])
@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("1e308,0", "line 3: x1 = 1e308 is outside ±1e6"),
        ("0,-1000000.5", "line 3: x2 = -1000000.5 is outside ±1e6"),
    ],
)
def test_huge_coordinates_are_refused_naming_the_line(
    circle_model, tmp_path, command, row, message
):
    csv = tmp_path / "points.csv"
    csv.write_text(f"x1,x2,label\n0,0,0\n{row},1\n1e6,-1e6,1\n")
    if command == "train":
        proc = run("train", "--data", str(csv), "--epochs", "1")
    else:
        proc = run("predict", str(circle_model[0]), str(csv))
    assert f"{csv} {message}" in assert_one_line_error(proc)


def test_the_coordinate_bound_is_inclusive(circle_model, tmp_path):
    csv = tmp_path / "edge.csv"
    csv.write_text("x1,x2,label\n1e6,-1e6,0\n-1000000,1000000.0,1\n")
    assert train_json("--data", str(csv), "--epochs", "1")["epoch"] == 1
    proc = run("predict", str(circle_model[0]), str(csv))
    assert proc.returncode == 0, proc.stderr
    np.testing.assert_array_equal(read_csv(proc.stdout)[1][:, :2], [[1e6, -1e6], [-1e6, 1e6]])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_at_once(circle_model, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    csv = tmp_path / "xy.csv"
    csv.write_text("x1,x2\n0,0\n")
    model = str(circle_model[0])
    for args in (
        ["train", "--data", str(fifo), "--epochs", "1"],
        ["train", "--init", str(fifo), "--epochs", "1"],
        ["predict", model, str(fifo)],
        ["predict", str(fifo), str(csv)],
    ):
        start = time.monotonic()
        err = assert_one_line_error(run(*args, timeout=15))
        assert f"{fifo}: is a named pipe (FIFO), not a regular file" in err
        assert time.monotonic() - start < 10


@pytest.mark.parametrize(
    ("header", "third"),
    [("label", ["9", "cat", "0.25"]), ("target", ["cat", "", "nan"])],
)
def test_predict_ignores_the_third_column(circle_model, tmp_path, header, third):
    path, _ = circle_model
    csv = tmp_path / "xy.csv"
    rows = [f"{x},{y},{v}" for (x, y), v in zip([(0, 0), (4.5, 0), (-1, 1.5)], third)]
    csv.write_text("\n".join([f"x1,x2,{header}", *rows]) + "\n")
    proc = run("predict", str(path), str(csv))
    assert proc.returncode == 0, proc.stderr
    header_out, table = read_csv(proc.stdout)
    assert header_out == ["x1", "x2", "prediction", "p0", "p1"]
    np.testing.assert_array_equal(table[:, :2], [[0, 0], [4.5, 0], [-1, 1.5]])
    np.testing.assert_array_equal(table[:, 2], [0, 1, 0])


def test_divergence_with_out_writes_the_last_good_weights(tmp_path):
    out = tmp_path / "kept.npz"
    proc = run(*DIVERGING, "--out", str(out))
    err = assert_one_line_error(proc, code=3)
    assert "diverged" in err and f"written to {out}" in err
    wf = load_weights(out)
    assert wf.meta["layer_sizes"] == [1, 16, 16, 1]  # the sine is 1-D: x alone
    assert 0 <= wf.meta["epoch"] < 5
    assert all(np.isfinite(w).all() for w in wf.weights + wf.biases)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_out_must_be_a_regular_file_or_new(circle_model, tmp_path):
    """``--out`` over a device, pipe or folder is refused before any work. The rename of an
    atomic write would otherwise replace the node itself: as root, ``--out /dev/null`` would
    turn /dev/null into a regular file. A pipe in a temporary folder stands in for it here."""
    csv = tmp_path / "xy.csv"
    csv.write_text("x1,x2\n0,0\n")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    model = str(circle_model[0])
    for out, kind in ((fifo, "is a named pipe (FIFO), not a regular file"),
                      (folder, "is a folder, not a file")):  # fmt: skip
        for args in (["predict", model, str(csv)], ["train", *FAST]):
            err = assert_one_line_error(run(*args, "--out", str(out), timeout=15))
            assert f"cannot write {out}: {kind}" in err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and folder.is_dir()
    err = assert_one_line_error(run("predict", model, str(csv), "--out", ""))
    assert "--out needs a file name" in err
