"""``playground compare``: every row equals a separate ``train`` run with the same options;
variants are train options without their dashes, and bad ones are one line on stderr."""

from __future__ import annotations

import argparse
import json
import os

import numpy as np
import pytest
from PIL import Image

from playground import cli
from playground.cli.compare import (
    add_compare_command,
    entries_from_args,
    parse_variant,
    variant_parser,
)
from playground.cli.options import build_parser
from playground.data.datasets import make_dataset
from playground.errors import ConfigError
from playground.pictures.chart import CHART_SIZE
from playground.pictures.colors import CLASS_RGB
from playground.training.compare import train_job

BASE = ["--dataset", "circle", "--n-points", "120", "--noise", "0.1", "--seed", "4",
        "--layers", "4", "--epochs", "15"]
METRICS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def train_line(capsys, *args: str) -> dict:
    code, out, err = run_cli(capsys, "train", *args)
    assert code == 0, err
    return json.loads(out)


def test_rows_equal_separate_train_runs(capsys):
    code, out, err = run_cli(
        capsys, "compare", *BASE, "--json", "--jobs", "2",
        "--variant", "layers=6,3;activation=relu,tanh;optimizer=adam;lr=0.02",
        "--variant", "name=full batch;batch-size=all;no-shuffle;epochs=7",
    )
    assert code == 0, err
    assert err == ""
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["name"] for r in rows] == ["base", "layers=6,3;activation=relu,tanh;"
                                         "optimizer=adam;lr=0.02", "full batch"]
    assert rows[0]["options"] == {}
    assert rows[2]["options"] == {"batch-size": "all", "no-shuffle": True, "epochs": "7"}
    separate = [
        train_line(capsys, *BASE),
        train_line(capsys, *BASE, "--layers", "6,3", "--activation", "relu,tanh",
                   "--optimizer", "adam", "--lr", "0.02"),
        train_line(capsys, *BASE, "--batch-size", "all", "--no-shuffle", "--epochs", "7"),
    ]
    for row, alone in zip(rows, separate):
        assert {k: row[k] for k in METRICS} == {k: alone[k] for k in METRICS}
        assert row["stopped"] == alone["stopped"] == "epochs"
        assert row["seconds"] > 0
    assert rows[2]["epoch"] == 7


def test_the_table_has_a_row_per_configuration(capsys):
    code, out, err = run_cli(capsys, "compare", *BASE, "--epochs", "3",
                             "--variant", "name=wide;layers=12")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["name", "epoch", "train"]
    assert [ln.split()[0] for ln in lines[1:]] == ["base", "wide"]
    assert all(ln.split()[1] == "3" for ln in lines[1:])
    assert "%" in lines[1]


def test_a_diverging_variant_exits_3_after_every_row(capsys):
    code, out, err = run_cli(
        capsys, "compare", "--dataset", "sine", "--n-points", "80", "--loss", "mse",
        "--layers", "16,16", "--activation", "relu", "--epochs", "5", "--json",
        "--variant", "name=hot;lr=10",
    )
    assert code == 3
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["name"] for r in rows] == ["base", "hot"]
    assert rows[0]["stopped"] == "epochs" and "error" not in rows[0]
    assert rows[1]["stopped"] == "diverged" and "learning rate" in rows[1]["error"]
    assert err.startswith("playground: error: hot: training diverged")
    assert len(err.strip().splitlines()) == 1


# --- variants -------------------------------------------------------------------------------
def base_args(*extra: str) -> argparse.Namespace:
    parser = build_parser()
    add_compare_command(parser)
    return parser.parse_args(["compare", *BASE, *extra])


POINTS = make_dataset("circle", n=120, noise=0.1, seed=4, train_ratio=0.5)


@pytest.mark.parametrize("text,name,changes", [
    ("layers=16,16;activation=relu", "layers=16,16;activation=relu",
     {"hidden_layers": (16, 16), "activations": ("relu", "relu")}),
    (" name = deep ; layers = 8,8,8 ", "deep",
     {"hidden_layers": (8, 8, 8), "activations": ("tanh",) * 3}),
    ("optimizer=momentum;lr=0.1;momentum=0.5;nesterov", None,
     {"optimizer": "momentum", "learning_rate": 0.1, "momentum": 0.5, "nesterov": True}),
    ("no-shuffle;batch-size=all", None, {"shuffle": False, "batch_size": None}),
    ("layers=", None, {"hidden_layers": (), "activations": ()}),
    ("--l2=0.001;", None, {"l2": 0.001}),
    ("stop-loss=0.2;patience=5", None, {"stop_loss": 0.2, "patience": 5}),
    ("", "variant 1", {}),
])
def test_good_variants(text, name, changes):
    base = base_args()
    points, (base_entry,) = entries_from_args(base)
    entry = parse_variant(text, 1, base, points, 2)
    assert entry.config == base_entry.config.replace(**changes)
    assert entry.name == (name or text.strip(";").lstrip("-"))
    assert entry.epochs == 15
    assert parse_variant("epochs=40", 2, base, POINTS, 2).epochs == 40


@pytest.mark.parametrize("text,message", [
    ("foo=1", "unknown option 'foo'"),
    ("help", "unknown option 'help'"),
    ("variant=x", "unknown option 'variant'"),
    ("lay=8", "unknown option 'lay'"),
    ("dataset=spiral", "dataset changes the points"),
    ("data=points.csv", "data changes the points"),
    ("n-points=50", "n-points changes the points"),
    ("noise=0.3", "noise changes the points"),
    ("seed=1", "seed changes the points"),
    ("train-ratio=0.8", "train-ratio changes the points"),
    ("out=m.npz", "out does not apply"),
    ("init=m.npz", "init does not apply"),
    ("lr=abc", "invalid float value: 'abc'"),
    ("layers=x", "--layers must be whole numbers"),
    ("layers", "expected one argument"),
    ("no-shuffle=1", "ignored explicit argument '1'"),
    ("activation=nope", "unknown activation 'nope'"),
    ("layers=8,8;activation=relu,tanh,sin", "need one activation per hidden layer"),
    ("epochs=0", "--epochs must be between 1"),
    ("name=", "name= needs a name"),
    ("=3", "'=3' is not KEY=VALUE"),
])
def test_bad_variants_are_refused_naming_them(text, message):
    with pytest.raises(ConfigError) as info:
        parse_variant(text, 1, base_args(), POINTS, 2, variant_parser())
    assert str(info.value).startswith(f"--variant {text!r}: ")
    assert message in str(info.value)


@pytest.mark.parametrize("args,message", [
    (["--variant", "dataset=spiral"], "dataset changes the points"),
    (["--variant", "layers=8", "--variant", "lr=-1"], "--variant 'lr=-1'"),
    (["--out", "m.npz"], "--out does not apply to compare"),
    (["--session", "s.pgsession"], "--session does not apply to compare"),
    (["--jobs", "0"], "--jobs must be at least 1"),
    (["--epochs", "0"], "--epochs must be between 1"),
    (["--variant"], "expected one argument"),
])
def test_bad_commands_are_one_line_and_exit_2(capsys, args, message):
    code, out, err = run_cli(capsys, "compare", *BASE, *args)
    assert code == 2
    assert out == ""
    assert err.startswith("playground: error: ") and message in err
    assert len(err.strip().splitlines()) == 1


def test_compare_is_in_the_help(capsys):
    assert cli.main(["--help"]) == 0
    assert "compare" in capsys.readouterr().out
    assert cli.main(["compare", "--help"]) == 0
    text = capsys.readouterr().out
    assert "--variant" in text and "--jobs" in text and "--layers" in text


# --- several seeds and the chart ------------------------------------------------------------
def bar_runs(image, rgb, columns: slice) -> int:
    """Separate runs of pixel columns of colour ``rgb`` in the lowest image row that has it,
    among ``columns``: the bars of that colour standing on the chart's zero line."""
    pixels = np.asarray(image.convert("RGB"))[:, columns]
    hit = (pixels == np.array(rgb, np.uint8)).all(axis=2)
    rows = np.flatnonzero(hit.any(axis=1))
    if not len(rows):
        return 0
    line = hit[rows[-1]].astype(np.int8)
    return int((np.diff(np.concatenate([[0], line])) == 1).sum())


def test_seeds_give_each_run_and_their_mean_and_sample_sd(capsys):
    code, out, err = run_cli(capsys, "compare", *BASE, "--json", "--seeds", "3",
                             "--variant", "name=wide;layers=9")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["name"] for r in rows] == ["base", "wide"]
    points, entries = entries_from_args(base_args("--variant", "name=wide;layers=9"))
    for row, entry in zip(rows, entries):
        assert row["seeds"] == [4, 5, 6] and row["n"] == 3
        assert [run["seed"] for run in row["runs"]] == [4, 5, 6]
        for run in row["runs"]:  # each run is the configuration trained with that seed
            alone = train_job(entry.config.replace(seed=run["seed"]), points, entry.epochs)
            assert {k: run[k] for k in METRICS} == {k: alone.metrics[k] for k in METRICS}
        for column in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
            values = [run[column] for run in row["runs"]]
            assert row["mean"][column] == pytest.approx(np.mean(values), rel=1e-12)
            assert row["sd"][column] == pytest.approx(np.std(values, ddof=1), rel=1e-12)
        assert row["mean"]["r2"] is None and row["sd"]["r2"] is None
    # the first seed's run is the one a comparison without --seeds trains
    code, out, err = run_cli(capsys, "compare", *BASE, "--json")
    single = json.loads(out)
    assert {k: single[k] for k in METRICS} == {k: rows[0]["runs"][0][k] for k in METRICS}


def test_seeds_in_the_table_and_a_regression_ranked_by_r2(capsys):
    code, out, err = run_cli(capsys, "compare", "--dataset", "sine", "--n-points", "80",
                             "--loss", "mse", "--layers", "6", "--epochs", "10", "--seeds", "2",
                             "--seed", "1", "--variant", "name=two layers;layers=6,6")
    assert code == 0, err
    header, *lines = out.splitlines()
    assert "test R² (mean ± sd)" in header and "train loss (mean ± sd)" in header
    assert [ln.split()[0] for ln in lines] == ["base", "two"]
    assert all(" 2/2 " in ln and ln.count("±") == 3 for ln in lines)
    code, out, err = run_cli(capsys, "compare", "--dataset", "sine", "--n-points", "80",
                             "--loss", "mse", "--layers", "6", "--epochs", "10", "--seeds", "2",
                             "--seed", "1", "--json")
    row = json.loads(out)
    r2 = [run["r2"] for run in row["runs"]]
    assert all(isinstance(v, float) for v in r2)
    assert row["mean"]["r2"] == pytest.approx(np.mean(r2), rel=1e-12)
    assert row["sd"]["r2"] == pytest.approx(np.std(r2, ddof=1), rel=1e-12)


def test_the_chart_has_a_bar_per_configuration_in_each_panel(capsys, tmp_path):
    path = tmp_path / "chart.png"
    code, out, err = run_cli(capsys, "compare", *BASE, "--seeds", "2", "--chart", str(path),
                             "--variant", "name=wide;layers=12",
                             "--variant", "name=relu;activation=relu")
    assert code == 0, err
    image = Image.open(path)
    assert image.format == "PNG" and image.size == CHART_SIZE
    half = CHART_SIZE[0] // 2
    for i in range(3):  # the score panel on the left, the loss panel on the right
        assert bar_runs(image, CLASS_RGB[i].astype(np.uint8), slice(0, half)) == 1
        assert bar_runs(image, CLASS_RGB[i].astype(np.uint8), slice(half, None)) == 1
    assert bar_runs(image, CLASS_RGB[3].astype(np.uint8), slice(None)) == 0


@pytest.mark.parametrize("args,message", [
    (["--seeds", "0"], "--seeds must be between 1 and 100 (got 0)"),
    (["--seeds", "101"], "--seeds must be between 1 and 100 (got 101)"),
    (["--seeds", "two"], "invalid int value: 'two'"),
    (["--seed", str(2**32 - 2), "--seeds", "3"], "go past 4294967295"),
    (["--chart", "chart.gif"], "--chart: the chart is a PNG"),
    (["--chart", "/no/such/folder/chart.png"], "the folder '/no/such/folder' does not exist"),
])
def test_bad_seeds_and_chart_paths_are_refused_before_training(capsys, args, message):
    code, out, err = run_cli(capsys, "compare", *BASE, *args)
    assert code == 2
    assert out == ""
    assert err.startswith("playground: error: ") and message in err
    assert len(err.strip().splitlines()) == 1


def test_a_chart_path_that_names_a_folder_or_is_under_a_file_is_refused(capsys, tmp_path):
    (tmp_path / "taken.png").mkdir()
    (tmp_path / "file").write_text("x")
    for path, message in ((tmp_path / "taken.png", "it is a folder"),
                          (tmp_path / "file" / "c.png", f"{str(tmp_path / 'file')!r} is not a "
                                                         "folder")):
        code, out, err = run_cli(capsys, "compare", *BASE, "--chart", str(path))
        assert code == 2 and out == ""
        assert err.strip() == f"playground: error: --chart: cannot write {path}: {message}"


def test_an_unwritable_chart_folder_is_refused(capsys, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        code, out, err = run_cli(capsys, "compare", *BASE, "--chart", str(folder / "c.png"))
    finally:
        folder.chmod(0o700)
    assert code == 2 and out == ""
    assert f"cannot write {folder / 'c.png'}: permission denied" in err
