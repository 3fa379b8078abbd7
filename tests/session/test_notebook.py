"""The lab notebook below the window: rows from the session model's events, what changed in
words, CSV and Markdown, the session file round trip, and sessions from before it."""

import csv
import io
import json

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.errors import FormatError
from playground.session.file import load_session, save_session
from playground.session.model import SessionModel
from playground.session.notebook import (
    CONTINUED,
    CSV_COLUMNS,
    FIRST,
    MAX_NOTEBOOK_ROWS,
    NEW_WEIGHTS,
    LabNotebook,
    NotebookRow,
    describe_changes,
    repeat_row,
)
from playground.training.compare import seed_configs, summarize, train_job
from playground.training.config import TrainConfig
from playground.training.protocol import HISTORY_COLUMNS, TrainerState, metrics_row
from playground.training.trainer import Trainer

CONFIG = TrainConfig(hidden_layers=(4, 2), activations=("tanh", "tanh"), learning_rate=0.03)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def model():
    points = make_dataset("xor", n=40, noise=0.0, seed=1, train_ratio=0.5)
    m = SessionModel(CONFIG, points)
    m.recorder.clock = clock = Clock()
    m.clock = clock
    return m


def train(model, epochs, seconds=2.0, loss=0.5):
    """What the training process reports while playing: ``epochs`` more history rows."""
    start = int(model.history.rows()[-1, 0]) if len(model.history) else 0
    rows = [[start + k, loss + k / 1000, loss + 0.1, 0.75, 0.7, np.nan]
            for k in range(1, epochs + 1)]
    model.clock.now += seconds
    model.epoch = start + epochs
    model.append_history(np.array(rows))


def test_a_run_then_a_pause_adds_a_row_with_its_final_figures(model):
    model.set_playing(True)
    train(model, 30, seconds=4.0, loss=0.3)
    assert len(model.notebook) == 0  # still running
    model.set_playing(False)
    (row,) = model.notebook.rows
    last = model.history.rows()[-1]
    assert (row.kind, row.changes, row.seed, row.epoch, row.epochs) == ("run", FIRST, 0, 30, 30)
    assert row.seconds == pytest.approx(4.0)
    for name in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        assert row.figures[name] == pytest.approx(last[HISTORY_COLUMNS.index(name)])
    assert row.figures["r2"] is None  # a classifier


def test_a_change_then_a_run_names_the_change(model):
    model.set_playing(True)
    train(model, 10)
    model.set_playing(False)
    model.set_config(model.config.replace(learning_rate=0.1, hidden_layers=(8, 8)))
    model.set_playing(True)
    train(model, 5)
    model.set_playing(False)
    second = model.notebook.rows[1]
    assert second.changes == "hidden_layers 4,2 → 8,8, learning_rate 0.03 → 0.1"
    assert (second.epoch, second.epochs) == (5, 5)


def test_a_reset_while_playing_ends_the_run_and_begins_the_next(model):
    model.set_playing(True)
    train(model, 12, loss=0.4)
    model.replace_weights(None)  # Reset weights while playing
    assert len(model.notebook) == 1 and model.notebook.rows[0].epoch == 12
    assert model.notebook.rows[0].figures["train_loss"] == pytest.approx(0.4 + 12 / 1000)
    train(model, 7)
    model.set_playing(False)
    second = model.notebook.rows[1]
    assert (second.changes, second.epochs) == (NEW_WEIGHTS, 7)


def test_a_change_that_needs_new_weights_while_playing_ends_the_run(model):
    model.set_playing(True)
    train(model, 8)
    model.set_config(model.config.replace(seed=5))
    assert [r.epoch for r in model.notebook.rows] == [8]
    train(model, 3)
    model.set_playing(False)
    assert model.notebook.rows[1].changes == "seed 0 → 5"
    assert model.notebook.rows[1].seed == 5


def test_pause_and_play_again_is_a_continued_run_and_nothing_trained_no_row(model):
    model.set_playing(True)
    model.set_playing(False)  # no epoch trained
    assert len(model.notebook) == 0
    model.set_playing(True)
    train(model, 4)
    model.set_playing(False)
    model.set_playing(True)
    train(model, 6)
    model.set_playing(False)
    assert [(r.changes, r.epoch, r.epochs) for r in model.notebook.rows] == [
        (FIRST, 4, 4), (CONTINUED, 10, 6)]


def test_a_live_change_is_named_by_the_next_row(model):
    model.set_playing(True)
    train(model, 4)
    model.set_config(model.config.replace(learning_rate=0.3))  # applies live: same run
    assert len(model.notebook) == 0
    train(model, 4)
    model.set_playing(False)
    model.set_playing(True)
    train(model, 2)
    model.set_playing(False)
    first, second = model.notebook.rows
    assert first.epochs == 8 and second.changes == CONTINUED


def test_describe_changes_in_words():
    after = CONFIG.replace(max_epochs=300, l2=0.001, frozen=((0, 1),), batch_size=None)
    text = describe_changes(CONFIG, after)
    assert text == ("batch_size 10 → off, l2 0 → 0.001, frozen none → 0:1, "
                    "max_epochs off → 300")
    assert describe_changes(CONFIG, CONFIG) == ""
    assert describe_changes(None, CONFIG) == FIRST


def _notebook():
    nb = LabNotebook()
    nb.add(NotebookRow("run", FIRST, 0, 30, 30, 1.5,
                       {"train_loss": 0.25, "test_loss": 0.3, "train_accuracy": 0.9,
                        "test_accuracy": 0.85, "r2": None}), CONFIG)
    nb.add(NotebookRow("repeat", "l2 0 → 0.01 | x", 3, 30, 30, 4.0,
                       {"train_loss": 0.2, "test_loss": 0.35, "train_accuracy": 0.95,
                        "test_accuracy": 0.8, "r2": None},
                       {"train_loss": 0.01, "test_loss": 0.02, "train_accuracy": 0.005,
                        "test_accuracy": 0.03, "r2": None}, seeds=3),
           CONFIG.replace(l2=0.01))
    return nb


def test_csv_has_a_line_per_row_with_every_column():
    rows = list(csv.DictReader(io.StringIO(_notebook().to_csv())))
    assert len(rows) == 2 and tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["changes"] == FIRST and rows[0]["r2"] == "" and rows[0]["train_loss_sd"] == ""
    assert (rows[1]["kind"], rows[1]["seeds"], rows[1]["changes"]) == (
        "repeat", "3", "l2 0 → 0.01 | x")
    assert float(rows[1]["test_accuracy"]) == 0.8 and float(rows[1]["test_accuracy_sd"]) == 0.03


def test_markdown_is_a_table_with_mean_and_sd():
    lines = _notebook().to_markdown().splitlines()
    assert lines[0] == ("| run | changes | seed | epochs | seconds | train_loss | test_loss | "
                        "train_accuracy | test_accuracy |")  # no row measured r2
    assert lines[1].count("---") == 9
    assert lines[3].startswith("| 2 | l2 0 → 0.01 \\| x | 3..5 | 30 | 4.0 | 0.2000 ± 0.0100 |")
    assert len(lines) == 4


def test_the_notebook_keeps_its_latest_rows_only():
    nb = LabNotebook()
    row = _notebook().rows[0]
    for k in range(MAX_NOTEBOOK_ROWS + 5):
        nb.add(NotebookRow("run", str(k), 0, 1, 1, 0.0, row.figures), CONFIG)
    assert len(nb) == MAX_NOTEBOOK_ROWS and nb.rows[0].changes == "5"


def test_a_session_round_trip_keeps_the_notebook(model, tmp_path):
    model.set_playing(True)
    train(model, 10)
    model.set_playing(False)
    model.set_config(model.config.replace(learning_rate=0.5))
    model.set_playing(True)
    train(model, 3)
    model.set_playing(False)
    path = tmp_path / "work.pgsession"
    save_session(path, model.to_session())
    other = SessionModel(TrainConfig())
    seen = []
    other.notebook.subscribe(seen.append)
    other.load(load_session(path))
    assert [r.as_dict() for r in other.notebook.rows] == [
        r.as_dict() for r in model.notebook.rows]
    assert seen == [None]  # told that every row was replaced
    # the next run's changes are measured against the saved run's configuration
    other.set_config(other.config.replace(learning_rate=0.2))
    other.set_playing(True)
    other.append_history(np.array([[1, 0.2, 0.3, 0.9, 0.8, np.nan]]))
    other.set_playing(False)
    assert other.notebook.rows[-1].changes == "learning_rate 0.5 → 0.2"


def test_the_largest_notebook_fits_in_a_session(model, tmp_path):
    long = "→" * 1000  # each written as \u2192 in the file's JSON
    for _ in range(MAX_NOTEBOOK_ROWS):
        model.notebook.add(NotebookRow("repeat", long, 123456, 10**6, 10**6, 12345.678,
                                       dict.fromkeys(("train_loss", "test_loss", "r2"),
                                                     0.123456789012345),
                                       dict.fromkeys(("train_loss", "test_loss", "r2"),
                                                     0.0123456789012345), 100), CONFIG)
    save_session(tmp_path / "big.pgsession", model.to_session())
    assert len(load_session(tmp_path / "big.pgsession").notebook["rows"]) == MAX_NOTEBOOK_ROWS


def _rewrite_meta(path, change):
    with np.load(path, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    meta = json.loads(str(arrays["meta"]))
    change(meta)
    arrays["meta"] = np.array(json.dumps(meta))
    with open(path, "wb") as f:
        np.savez(f, **arrays)


def test_an_older_session_opens_with_an_empty_notebook(model, tmp_path):
    model.set_playing(True)
    train(model, 5)
    model.set_playing(False)
    path = tmp_path / "old.pgsession"
    save_session(path, model.to_session())
    _rewrite_meta(path, lambda meta: meta.pop("notebook"))
    other = SessionModel(TrainConfig())
    other.notebook.add(_notebook().rows[0], CONFIG)  # what was open before
    other.load(load_session(path))
    assert len(other.notebook) == 0
    other.set_playing(True)
    other.append_history(np.array([[6, 0.2, 0.3, 0.9, 0.8, np.nan]]))
    other.set_playing(False)
    assert other.notebook.rows[0].changes == FIRST


@pytest.mark.parametrize("bad, words", [
    ("rows", "list of 'rows'"),
    ({"rows": [{"kind": "walk"}]}, "kind must be one of"),
    ({"rows": [{"kind": "run", "changes": "", "seed": -1}]}, "'seed' must be a whole number"),
])
def test_a_damaged_notebook_is_refused_with_a_clear_message(model, tmp_path, bad, words):
    path = tmp_path / "bad.pgsession"
    save_session(path, model.to_session())
    _rewrite_meta(path, lambda meta: meta.__setitem__("notebook", bad))
    with pytest.raises(FormatError, match="lab notebook is damaged") as info:
        load_session(path)
    assert words in str(info.value)


def test_a_repeat_row_is_compare_summarize_over_the_same_seeds(model):
    config = model.config.replace(seed=4)
    results = [train_job(c, model.points, 15) for c in seed_configs(config, 3)]
    row = repeat_row(results, "x")
    summary = summarize(results)
    assert (row.kind, row.seed, row.seeds, row.epoch) == ("repeat", 4, 3, 15)
    for name, stat in summary.items():
        assert (row.figures[name], row.sd[name]) == (stat.mean, stat.sd)
    assert row.sd["train_loss"] is not None and row.sd["train_loss"] > 0


def test_a_regression_run_records_its_r2_from_the_weights_it_ended_with():
    points = make_dataset("sine", n=40, noise=0.1, seed=1, train_ratio=0.5)
    config = TrainConfig(task="regression", n_classes=0, loss="mse", hidden_layers=(6,),
                         activations=("tanh",))
    model = SessionModel(config, points, dataset=None)
    trainer = Trainer(model.config, points)
    model.set_playing(True)
    rows = []
    for _ in range(5):
        trainer.run_epoch()
        rows.append(metrics_row(trainer.evaluate()))
    model.append_history(np.array(rows))
    model.record_state(TrainerState(trainer.config, trainer.epoch, tuple(trainer.model.weights),
                                    tuple(trainer.model.biases), trainer.optimizer.state(),
                                    trainer.normalizer.mean, trainer.normalizer.std))
    model.set_playing(False)
    (row,) = model.notebook.rows
    assert row.figures["r2"] == pytest.approx(trainer.evaluate().r2, rel=1e-12)
    assert row.figures["train_accuracy"] is None  # no accuracy for a regression


def test_a_tiny_loss_is_not_shown_as_zero():
    from playground.session.notebook import figure_text

    row = NotebookRow("run", FIRST, 0, 10, 10, 1.0,
                      {"train_loss": 6.18e-10, "test_loss": 0.5497, "train_accuracy": 1.0,
                       "test_accuracy": 0.94, "r2": None})
    assert figure_text(row, "train_loss") == "6.18e-10"
    assert figure_text(row, "test_loss") == "0.5497"
    assert figure_text(row, "r2") == "—"
