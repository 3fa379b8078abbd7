"""``playground.api.sweep``: the grid, a sweep's rows and summary, the same table on a Dask
cluster, results written as they arrive and resumed, failed runs as rows."""

from __future__ import annotations

import csv
import io
import json
import math
import threading

import numpy as np
import pytest

from playground.api.sweep import (
    GRID_KEYS,
    fields_of,
    normalize_grid,
    parse_grid,
    run_one,
    sweep,
)
from playground.data.datasets import make_dataset
from playground.errors import ConfigError
from playground.training.compare import SUMMARY_COLUMNS
from playground.training.config import TrainConfig

POINTS = make_dataset("circle", n=80, noise=0.1, seed=0, train_ratio=0.5)
BASE = TrainConfig(hidden_layers=(4,), activations=("tanh",), batch_size=1)
GRID = {"lr": [0.03, 10.0], "layers": [[4], [8, 8]]}
EPOCHS = 5


def table(result):
    return [fields_of(r) for r in result.rows]


@pytest.fixture(scope="module")
def local():
    """The 2 × 2 × 2 sweep on the local pool, once for the module."""
    return sweep(BASE, GRID, seeds=2, epochs=EPOCHS, points=POINTS, workers=2)


# --- the grid -------------------------------------------------------------------------------
def test_parse_grid_reads_the_command_lines_form():
    grid = parse_grid("lr=0.003,0.03,0.3;layers=4|8,8;activation=relu|tanh;batch-size=all|10")
    assert grid == {"lr": [0.003, 0.03, 0.3], "layers": [(4,), (8, 8)],
                    "activation": ["relu", "tanh"], "batch_size": [None, 10]}
    assert parse_grid("learning_rate=0.1|0.2; hidden_layers=;init=normal") == {
        "lr": [0.1, 0.2], "layers": [()], "init_scheme": ["normal"]}
    assert parse_grid("activation=relu,tanh") == {"activation": [("relu", "tanh")]}


@pytest.mark.parametrize("text, words", [
    ("colour=1,2", ["unknown grid key 'colour'", "lr", "layers", "activation"]),
    ("seed=1,2", ["'seed' is not allowed", "seeds"]),
    ("noise=0.1", ["'noise' is not allowed", "points"]),
    ("lr", ["not KEY=VALUE"]),
    ("", ["empty"]),
    ("lr=0.1;lr=0.2", ["'lr' is given twice"]),
    ("lr=0.1,x", ["'lr'", "must be a number", "'x'"]),
    ("layers=4|a", ["'layers'", "whole numbers"]),
    ("batch_size=some", ["'batch_size'", "'all'"]),
    ("nesterov=maybe", ["'nesterov'", "true or false"]),
])
def test_parse_grid_errors_name_the_key(text, words):
    with pytest.raises(ValueError) as info:
        parse_grid(text)
    for word in words:
        assert word in str(info.value)


def test_every_grid_key_is_a_config_field():
    fields = set(TrainConfig.__dataclass_fields__)
    assert set(GRID_KEYS.values()) <= fields
    with pytest.raises(ConfigError, match="lists 0.1 twice"):
        normalize_grid({"lr": [0.1, 0.1]})
    with pytest.raises(ConfigError, match="'lr' has no values"):
        normalize_grid({"lr": []})


@pytest.mark.parametrize("grid, words", [
    ({"activation": ["relu", "foo"]}, ["'activation' = foo", "unknown activation 'foo'",
                                       "relu", "tanh", "sigmoid"]),
    ({"optimizer": ["adam", "nope"]}, ["'optimizer' = nope", "sgd", "adam"]),
    ({"lr": [100.0]}, ["'lr' = 100.0", "learning rate", "at most"]),
    ({"layers": [[0]]}, ["'layers' = 0", "between 1"]),
    ({"layers": [[4, 4]], "activation": [("relu", "tanh", "relu")]}, ["activation=relu|tanh"]),
])
def test_bad_values_are_refused_before_anything_trains(grid, words, tmp_path):
    out = tmp_path / "r.csv"
    with pytest.raises(ValueError) as info:
        sweep(BASE, grid, seeds=1, epochs=1, points=POINTS, out=out)
    for word in words:
        assert word in str(info.value)
    assert not out.exists()


def test_bad_arguments():
    with pytest.raises(ValueError, match="epochs"):
        sweep(BASE, GRID, seeds=1, epochs=0, points=POINTS)
    with pytest.raises(ValueError, match="seeds"):
        sweep(BASE, GRID, seeds=0, epochs=1, points=POINTS)
    with pytest.raises(ValueError, match="points="):
        sweep(BASE, GRID, seeds=1, epochs=1)
    with pytest.raises(ValueError, match="base must be"):
        sweep("spiral", GRID, seeds=1, epochs=1, points=POINTS)
    with pytest.raises(ValueError, match="3 classes"):
        sweep(BASE.replace(n_classes=3), GRID, seeds=1, epochs=1, points=POINTS)
    with pytest.raises(ValueError, match="workers"):
        sweep(BASE, GRID, seeds=1, epochs=1, points=POINTS, workers=0)


# --- a sweep --------------------------------------------------------------------------------
def test_rows_are_each_combination_and_seed_trained_as_train_does(local):
    rows = local.rows
    assert local.complete and not local.cancelled and local.total == 8
    assert [(r["combination"], r["lr"], r["layers"], r["seed"]) for r in rows] == [
        (0, 0.03, (4,), 0), (0, 0.03, (4,), 1), (1, 0.03, (8, 8), 0), (1, 0.03, (8, 8), 1),
        (2, 10.0, (4,), 0), (2, 10.0, (4,), 1), (3, 10.0, (8, 8), 0), (3, 10.0, (8, 8), 1)]
    for row in rows:  # each equals the task run here, in this process
        config = BASE.replace(learning_rate=row["lr"], hidden_layers=row["layers"],
                              activations=("tanh",) * len(row["layers"]), seed=row["seed"])
        alone = run_one(config, POINTS, EPOCHS)
        assert fields_of(alone) == {k: row[k] for k in fields_of(alone)}
    assert all(r["status"] == "ok" and r["epoch"] == EPOCHS and r["reason"] is None
               for r in rows[:4])


def test_a_diverging_combination_gives_rows_with_their_reason(local):
    diverged = [r for r in local.rows if r["lr"] == 10.0 and r["layers"] == (8, 8)]
    assert [r["status"] for r in diverged] == ["diverged", "diverged"]
    for row in diverged:
        assert row["stopped"] == "diverged"
        assert "diverged" in row["reason"] and row["epoch"] < EPOCHS
        assert row["train_loss"] is not None  # the last good epoch's figures


def test_summary_is_the_mean_and_sample_sd_per_combination(local):
    summary = local.summary
    assert [s["combination"] for s in summary] == [0, 1, 2, 3]
    for s in summary:
        runs = [r for r in local.rows if r["combination"] == s["combination"]]
        assert (s["lr"], s["layers"]) == (runs[0]["lr"], runs[0]["layers"])
        assert s["runs"] == 2 and s["ok"] + s["diverged"] == 2 and s["errors"] == 0
        for column in SUMMARY_COLUMNS:
            values = [r[column] for r in runs if r[column] is not None]
            if not values:
                assert s[f"{column}_mean"] is None and s[f"{column}_sd"] is None
                continue
            assert s[f"{column}_mean"] == pytest.approx(sum(values) / len(values))
            mean = sum(values) / len(values)
            sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))
            assert s[f"{column}_sd"] == pytest.approx(sd)


def test_csv_and_json(local, tmp_path):
    text = local.to_csv(tmp_path / "r.csv")
    assert (tmp_path / "r.csv").read_text() == text
    records = list(csv.DictReader(io.StringIO(text)))
    assert list(records[0]) == ["combination", "lr", "layers", "seed", "status", "epoch",
                                "train_loss", "test_loss", "train_accuracy", "test_accuracy",
                                "r2", "stopped", "seconds", "reason", "base_id"]
    assert [r["layers"] for r in records[:4]] == ["4", "4", "8,8", "8,8"]
    assert float(records[0]["train_loss"]) == local.rows[0]["train_loss"]
    data = json.loads(local.to_json())
    assert data["keys"] == ["lr", "layers"] and data["seeds"] == [0, 1]
    assert data["rows"][2]["layers"] == [8, 8] and len(data["summary"]) == 4
    assert data["summary"][0]["train_loss_mean"] == local.summary[0]["train_loss_mean"]


def test_a_session_or_own_points_as_the_base(local):
    class Session:  # what pg.Session offers a sweep: its config and its points
        config = BASE
        points = POINTS

    grid = {"lr": [0.03], "layers": [[4]]}
    result = sweep(Session(), grid, seeds=[1], epochs=EPOCHS, workers=1)
    assert table(result) == [{**table(local)[1], "combination": 0}]
    X = np.asarray(POINTS.coords)
    y = np.asarray(POINTS.values)
    own = sweep(BASE, grid, seeds=1, epochs=2, points=(X, y), workers=1)
    assert own.rows[0]["status"] == "ok" and own.rows[0]["epoch"] == 2


# --- written as they arrive, resumed --------------------------------------------------------
def test_rows_are_written_as_they_arrive_and_an_existing_file_is_kept(local, tmp_path):
    out = tmp_path / "r.csv"
    seen = []

    def progress(done, total):
        seen.append((done, total, len(out.read_text().splitlines()) - 1 if out.exists()
                     else None))

    result = sweep(BASE, GRID, seeds=2, epochs=EPOCHS, points=POINTS, workers=2, out=out,
                   progress=progress)
    assert table(result) == table(local)
    assert seen[0][:2] == (0, 8)
    assert all(lines == done for done, _total, lines in seen[1:])  # on disk before told
    on_disk = sorted(csv.DictReader(out.open()), key=lambda r: (int(r["combination"]),
                                                                int(r["seed"])))
    assert on_disk == list(csv.DictReader(io.StringIO(result.to_csv())))
    with pytest.raises(ValueError, match="already exists.*resume"):
        sweep(BASE, GRID, seeds=2, epochs=EPOCHS, points=POINTS, out=out)
    with pytest.raises(ValueError, match="other base settings"):
        sweep(BASE, GRID, seeds=2, epochs=EPOCHS + 1, points=POINTS, out=out, resume=True)
    with pytest.raises(ValueError, match="columns are not this sweep's"):
        sweep(BASE, {"lr": [0.03]}, seeds=2, epochs=EPOCHS, points=POINTS, out=out,
              resume=True)


def test_resume_after_a_cut_file_gives_the_uninterrupted_table(local, tmp_path):
    out = tmp_path / "r.csv"
    lines = local.to_csv().splitlines(keepends=True)
    # the header, three rows in another order, and a row cut short by the interruption
    out.write_text(lines[0] + lines[5] + lines[1] + lines[3] + lines[7][:20])
    ran = []
    result = sweep(BASE, GRID, seeds=2, epochs=EPOCHS, points=POINTS, workers=2, out=out,
                   resume=True, progress=lambda done, total: ran.append(done))
    assert table(result) == table(local)
    assert ran[0] == 3 and ran[-1] == 8 and len(ran) == 6  # five runs were left
    on_disk = list(csv.DictReader(out.open()))
    assert len(on_disk) == 8
    key = [(r["combination"], r["seed"]) for r in on_disk]
    assert sorted(key) == sorted(set(key))
    # all there: resuming again runs nothing
    again = sweep(BASE, GRID, seeds=2, epochs=EPOCHS, points=POINTS, out=out, resume=True)
    assert table(again) == table(local)


def test_resume_after_a_cancelled_sweep_gives_the_uninterrupted_table(local, tmp_path):
    out = tmp_path / "r.csv"
    stop = threading.Event()

    def progress(done, total):
        if done >= 3:
            stop.set()

    part = sweep(BASE, GRID, seeds=2, epochs=EPOCHS, points=POINTS, workers=1, out=out,
                 progress=progress, cancel=stop)
    assert part.cancelled and not part.complete
    assert 3 <= len(part.rows) < 8
    assert len(out.read_text().splitlines()) == len(part.rows) + 1
    rest = sweep(BASE, GRID, seeds=2, epochs=EPOCHS, points=POINTS, workers=2, out=out,
                 resume=True)
    assert rest.complete and table(rest) == table(local)


# --- on a Dask cluster ----------------------------------------------------------------------
def test_a_dask_cluster_gives_the_same_table_and_resumes(local, tmp_path):
    distributed = pytest.importorskip("distributed")
    out = tmp_path / "r.csv"
    stop = threading.Event()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster, \
            distributed.Client(cluster) as client:
        result = sweep(BASE, GRID, seeds=2, epochs=EPOCHS, points=POINTS, client=client)
        assert table(result) == table(local)
        part = sweep(BASE, GRID, seeds=2, epochs=EPOCHS, points=POINTS, client=client,
                     out=out, cancel=stop,
                     progress=lambda done, total: done >= 2 and stop.set())
        assert part.cancelled and 2 <= len(part.rows) <= 8
        rest = sweep(BASE, GRID, seeds=2, epochs=EPOCHS, points=POINTS, client=client,
                     out=out, resume=True)
    assert table(rest) == table(local)
    assert len(list(csv.DictReader(out.open()))) == 8


def test_the_docs_example_runs(tmp_path, monkeypatch):
    import re
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "sweeps.md").read_text()
    code = re.search(r"```python\n(.*?)```", doc, flags=re.S).group(1)
    assert "epochs=300" in code
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(code.replace("epochs=300", "epochs=2"), scope)  # noqa: S102 - the docs' own example
    result = scope["result"]
    assert result.complete and len(result.rows) == 3 * 2 * 5
    assert (tmp_path / "results.csv").is_file() and (tmp_path / "results.json").is_file()


def test_each_row_is_handed_over_as_it_finishes():
    """What the window's sweep map fills its cells from while the sweep runs."""
    seen: list[dict] = []
    result = sweep(BASE, {"lr": [0.01, 0.1]}, seeds=2, epochs=3, points=POINTS, workers=1,
                   on_row=seen.append)
    assert len(seen) == len(result.rows) == 4
    assert sorted((r["lr"], r["seed"]) for r in seen) == sorted(
        (r["lr"], r["seed"]) for r in result.rows)
