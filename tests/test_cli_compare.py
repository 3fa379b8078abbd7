"""``playground compare``: every row equals a separate ``train`` run with the same options;
variants are train options without their dashes, and bad ones are one line on stderr."""

from __future__ import annotations

import argparse
import json

import pytest

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
