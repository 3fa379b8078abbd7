"""``playground train --repeat N``: the configuration over N seeds, summed up as the lab
notebook and ``compare --seeds`` sum them up; each run equals a separate ``train`` run."""

from __future__ import annotations

import json

import pytest

from playground import cli
from playground.data.datasets import make_dataset
from playground.training.compare import seed_configs, summarize, train_job
from playground.training.config import TrainConfig

BASE = ["--dataset", "circle", "--n-points", "100", "--noise", "0.1", "--seed", "4",
        "--layers", "4", "--epochs", "12"]
FIGURES = ("train_loss", "test_loss", "train_accuracy", "test_accuracy", "r2")


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_repeat_prints_the_mean_and_sd_over_the_seeds(capsys):
    code, out, err = run_cli(capsys, "train", *BASE, "--repeat", "3")
    assert code == 0, err
    (line,) = out.splitlines()
    summary = json.loads(line)
    # the same runs as compare's: the config with seeds 4, 5, 6 on the points of seed 4
    points = make_dataset("circle", n=100, noise=0.1, seed=4).with_split(0.5, 4)
    config = TrainConfig(hidden_layers=(4,), activations=("tanh",), seed=4)
    expected = summarize([train_job(c, points, 12) for c in seed_configs(config, 3)])
    assert summary["seeds"] == [4, 5, 6] and summary["repeat"] == summary["runs"] == 3
    for name in FIGURES:
        assert summary[name] == {"mean": expected[name].mean, "sd": expected[name].sd}
    assert summary["train_loss"]["sd"] > 0


def test_json_lines_gives_each_run_equal_to_a_separate_train_run(capsys):
    code, out, err = run_cli(capsys, "train", *BASE, "--repeat", "2", "--json-lines")
    assert code == 0, err
    first, second, summary = (json.loads(line) for line in out.splitlines())
    assert (first["seed"], second["seed"]) == (4, 5)
    code, alone, err = run_cli(capsys, "train", *BASE[:-6], "--layers", "4", "--epochs", "12",
                               "--seed", "4")
    assert code == 0, err
    single = json.loads(alone)
    for name in ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        assert first[name] == pytest.approx(single[name], rel=1e-12)
    assert summary["train_loss"]["mean"] == pytest.approx(
        (first["train_loss"] + second["train_loss"]) / 2)


@pytest.mark.parametrize("args, message", [
    (["--repeat", "0"], "--repeat must be between 1 and 100"),
    (["--repeat", "101"], "--repeat must be between 1 and 100"),
    (["--repeat", "3", "--seed", "4294967295"], "go past"),
    (["--repeat", "2", "--out", "w.npz"], "--out does not apply with --repeat"),
    (["--repeat", "2", "--session", "s.pgsession"], "--session does not apply with --repeat"),
    (["--json-lines"], "--json-lines applies to --repeat only"),
])
def test_bad_repeats_are_one_line_and_exit_2(capsys, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "train", "--epochs", "1", *args)
    assert code == 2 and out == "" and message in err and len(err.splitlines()) == 1
    assert not any(tmp_path.iterdir())


def test_runs_that_diverge_count_with_their_last_good_figures_and_exit_3(capsys):
    code, out, err = run_cli(capsys, "train", "--dataset", "sine", "--lr", "10",
                             "--batch-size", "1", "--epochs", "50", "--repeat", "2")
    assert code == 3
    summary = json.loads(out)
    assert summary["runs"] == 2 and summary["train_loss"]["mean"] is not None
    assert err.count("diverged") == 2 and "seed 0:" in err and "seed 1:" in err
