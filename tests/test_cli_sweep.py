"""``playground sweep``: the table and JSON lines of a grid × seeds, the CSV written as runs
finish and resumed, Ctrl+C keeping what finished, and bad input as one line on stderr."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from playground import cli
from playground.cli.sweep import ProgressBar

BASE = ["--dataset", "circle", "--n-points", "80", "--noise", "0.1", "--seed", "3",
        "--layers", "4", "--batch-size", "1", "--epochs", "5"]
GRID = "lr=0.03,10;layers=4|8,8"
ROOT = Path(__file__).resolve().parent.parent


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_table_csv_and_rows_equal_train_runs(capsys, tmp_path):
    out = tmp_path / "results.csv"
    code, stdout, err = run_cli(capsys, "sweep", *BASE, "--grid", GRID, "--seeds", "2",
                                "--workers", "2", "--out", str(out))
    assert code == 0, err
    lines = stdout.splitlines()
    assert lines[0].split() == ["settings", "runs", "train", "loss", "test", "loss", "test",
                                "acc"]
    assert [line.split()[0] for line in lines[1:]] == [
        "lr=0.03;layers=4", "lr=0.03;layers=8,8", "lr=10.0;layers=4", "lr=10.0;layers=8,8"]
    assert "±" in lines[1] and "diverged" in lines[4]
    assert "runs diverged" in err and "error" not in err
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 8
    row = next(r for r in rows if (r["lr"], r["layers"], r["seed"]) == ("0.03", "8,8", "4"))
    code, stdout, err = run_cli(capsys, "train", *BASE, "--seed", "3", "--lr", "0.03",
                                "--layers", "8,8")
    assert code == 0, err
    # the seed 4 run: the points of --seed 3, the network of seed 4 -- as compare --seeds
    code, cmp_out, err = run_cli(capsys, "compare", *BASE, "--lr", "0.03", "--layers", "8,8",
                                 "--seeds", "2", "--json", "--jobs", "1")
    runs = json.loads(cmp_out)["runs"]
    assert runs[1]["seed"] == 4
    assert float(row["train_loss"]) == runs[1]["train_loss"]
    assert float(row["test_accuracy"]) == runs[1]["test_accuracy"]


def test_json_lines(capsys):
    code, stdout, err = run_cli(capsys, "sweep", *BASE, "--grid", "lr=0.03|0.1",
                                "--seeds", "2", "--json", "--workers", "1")
    assert code == 0, err
    lines = [json.loads(line) for line in stdout.splitlines()]
    assert [line["settings"] for line in lines] == [{"lr": 0.03}, {"lr": 0.1}]
    first = lines[0]
    assert first["runs"] == 2 and first["ok"] == 2
    losses = [r["train_loss"] for r in first["results"]]
    assert [r["seed"] for r in first["results"]] == [3, 4]
    assert first["mean"]["train_loss"] == pytest.approx(sum(losses) / 2)
    assert set(first["sd"]) == set(first["mean"])


@pytest.mark.parametrize("args, message", [
    (["--grid", "colour=1"], "--grid: unknown grid key 'colour' (choose from"),
    (["--grid", "lr=a"], "--grid: grid key 'lr': must be a number"),
    (["--grid", "activation=nope"], "--grid: grid key 'activation' = nope: unknown activation"),
    (["--grid", "seed=1,2"], "--grid: grid key 'seed' is not allowed"),
    (["--grid", "lr=0.1", "--resume"], "--resume needs --out"),
    (["--grid", "lr=0.1", "--seeds", "0"], "--seeds must be between 1 and"),
    (["--grid", "lr=0.1", "--epochs", "0"], "--epochs must be between 1 and"),
    (["--grid", "lr=0.1", "--workers", "0"], "--workers must be at least 1"),
    (["--grid", "lr=0.1", "--init", "w.npz"], "--init does not apply to sweep"),
    (["--grid", "lr=0.1", "--dataset", "nope"], "unknown data set 'nope'"),
])
def test_bad_input_is_one_line(capsys, args, message):
    code, stdout, err = run_cli(capsys, "sweep", "--n-points", "40", *args)
    assert code == 2
    assert stdout == ""
    assert err.startswith(f"playground: error: {message}"), err
    assert err.count("\n") == 1


def test_grid_is_required(capsys):
    code, _out, err = run_cli(capsys, "sweep", "--seeds", "2")
    assert code == 2 and "--grid" in err


def test_an_existing_out_needs_resume(capsys, tmp_path):
    out = tmp_path / "r.csv"
    out.write_text("something\n")
    code, _out, err = run_cli(capsys, "sweep", *BASE, "--grid", "lr=0.1", "--out", str(out))
    assert code == 2 and "already exists" in err and "--resume" in err
    assert out.read_text() == "something\n"


def test_no_scheduler_is_one_line(capsys):
    pytest.importorskip("distributed")
    code, _out, err = run_cli(capsys, "sweep", *BASE, "--grid", "lr=0.1", "--scheduler",
                              "not-an-address")
    assert code == 2
    assert err.startswith("playground: error: --scheduler: cannot reach the Dask scheduler")


def test_ctrl_c_keeps_the_finished_rows_and_resume_completes(capsys, tmp_path):
    out = tmp_path / "r.csv"
    args = [*BASE, "--epochs", "400", "--grid", "lr=0.01,0.02,0.03", "--seeds", "4",
            "--workers", "1", "--out", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "playground", "sweep", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and len(out.read_text().splitlines()) >= 3:  # header + 2 rows
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _stdout, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, err
    assert "interrupted" in err and "--resume continues" in err
    kept = list(csv.DictReader(out.open()))
    assert 2 <= len(kept) < 12
    code, stdout, err = run_cli(capsys, "sweep", *args, "--resume", "--json")
    assert code == 0, err
    assert [json.loads(line)["runs"] for line in stdout.splitlines()] == [4, 4, 4]
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 12
    assert len({(r["lr"], r["seed"]) for r in rows}) == 12


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_the_progress_bar_is_one_line_on_a_terminal_only():
    screen = Terminal()
    bar = ProgressBar(screen)
    bar(0, 4)
    bar(4, 4)
    bar.end()
    text = screen.getvalue()
    assert text.startswith("\rsweep [" + "." * 30 + "] 0/4 runs 0:00")
    assert "\rsweep [" + "#" * 30 + "] 4/4 runs" in text and text.endswith("\n")
    piped = io.StringIO()
    quiet = ProgressBar(piped)
    quiet(1, 4)
    quiet.end()
    assert piped.getvalue() == ""
