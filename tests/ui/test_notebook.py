"""The lab notebook in the window: runs add rows as Play pauses, a change is named, Repeat
with N seeds adds compare's mean ± sd over the same seeds, and the exports write the rows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from playground.session.notebook import FIGURES
from playground.training.compare import seed_configs, summarize, train_job
from playground.ui.dialogs.notebook_dialog import NotebookDialog
from tests.ui.helpers import shown


def play_until(qtbot, window, epochs):
    """Play until the history reaches ``epochs`` more epochs, then pause."""
    model = window.model
    start = model.epoch
    window.set_playing(True)
    qtbot.waitUntil(lambda: len(model.history) and model.history.rows()[-1, 0] >= start + epochs,
                    timeout=20000)
    window.set_playing(False)


def history_row(model, epoch):
    rows = model.history.rows()
    return rows[rows[:, 0] == epoch][0]


def test_a_run_then_a_pause_adds_a_row_the_table_shows(qtbot, window):
    window.commands["train.notebook"].trigger()
    dialog = window.notebook.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table_model.rowCount() == 0
    play_until(qtbot, window, 5)
    (row,) = window.model.notebook.rows
    assert row.kind == "run" and row.epochs == row.epoch >= 5
    assert row.seed == window.model.config.seed
    last = history_row(window.model, row.epoch)
    assert row.figures["train_loss"] == last[1] and row.figures["test_accuracy"] == last[4]
    assert dialog.table_model.rowCount() == 1
    index = dialog.table_model.index(0, 4)
    assert dialog.table_model.data(index) == f"{row.figures['train_loss']:.4f}"


def test_a_change_then_a_run_adds_a_row_naming_the_change(qtbot, window):
    doc = window.document
    play_until(qtbot, window, 3)
    before = doc.config
    rate = before.learning_rate
    doc.set_config(before.replace(learning_rate=rate * 2, hidden_layers=(5,),
                                  activations=("tanh",)))
    play_until(qtbot, window, 3)
    first, second = window.model.notebook.rows
    assert second.changes == (
        f"hidden_layers {','.join(map(str, before.hidden_layers))} → 5, "
        f"activations {','.join(before.activations)} → tanh, "
        f"learning_rate {rate:g} → {rate * 2:g}")
    assert second.epoch == second.epochs  # fresh weights: the run began at epoch 0


def test_a_stop_rule_ends_the_run_with_a_row(qtbot, window):
    doc = window.document
    doc.set_config(doc.config.replace(max_epochs=6))
    window.set_playing(True)
    qtbot.waitUntil(lambda: not window.model.playing, timeout=20000)
    (row,) = window.model.notebook.rows
    assert (row.epoch, row.epochs) == (6, 6)
    assert row.figures["train_loss"] == history_row(window.model, 6)[1]


@pytest.fixture
def dialog(qtbot, doc):
    d = shown(qtbot, NotebookDialog(doc, max_workers=2), 800, 400)
    yield d
    d.close()
    assert not d.running


def test_repeat_with_three_seeds_adds_compares_mean_and_sd(qtbot, dialog, doc):
    doc.set_config(doc.config.replace(hidden_layers=(3,), activations=("tanh",), seed=7))
    dialog.seeds_box.setValue(3)
    dialog.epochs_box.setValue(4)
    dialog.repeat_button.click()
    assert dialog.running and not dialog.repeat_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    (row,) = doc.model.notebook.rows
    expected = summarize([train_job(c, doc.points, 4) for c in seed_configs(doc.config, 3)])
    assert (row.kind, row.seed, row.seeds, row.epochs) == ("repeat", 7, 3, 4)
    for name in FIGURES:
        assert (row.figures[name], row.sd[name]) == (expected[name].mean, expected[name].sd)
    text = dialog.table_model.data(dialog.table_model.index(0, 4))
    assert text == f"{expected['train_loss'].mean:.4f} ± {expected['train_loss'].sd:.4f}"
    assert dialog.table_model.data(dialog.table_model.index(0, 1)) == "7..9"
    assert dialog.status.text().startswith("Added the mean ± sd of 3 runs")


def test_cancel_ends_a_repeat_and_adds_nothing(qtbot, dialog, doc):
    dialog.seeds_box.setValue(2)
    dialog.epochs_box.setValue(100_000)
    dialog.repeat_button.click()
    qtbot.wait(200)
    dialog.cancel_button.click()
    assert not dialog.running and dialog.repeat_button.isEnabled()
    assert dialog.status.text() == "Cancelled." and len(doc.model.notebook) == 0


@pytest.mark.parametrize("kind, typed, written", [("csv", "runs", "runs.csv"),
                                                  ("md", "runs.md", "runs.md")])
def test_export_writes_the_rows(qtbot, window, tmp_path, monkeypatch, kind, typed, written):
    play_until(qtbot, window, 2)
    window.commands["train.notebook"].trigger()
    dialog = window.notebook.dialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / typed), "")))
    (dialog.csv_button if kind == "csv" else dialog.markdown_button).click()
    notebook = window.model.notebook
    text = (tmp_path / written).read_text(encoding="utf-8")
    assert text == (notebook.to_csv() if kind == "csv" else notebook.to_markdown())
    assert dialog.status.text() == f"1 row written to {tmp_path / written}."


def test_an_export_that_fails_says_so(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "no" / "x.csv"), "")))
    dialog.csv_button.click()
    assert dialog.status.text().startswith("The notebook was not written: cannot write")


def test_the_shortcut_is_the_notebooks_alone(window):
    keys = [a.shortcut().toString() for a in window.findChildren(type(
        window.commands["train.notebook"])) if not a.shortcut().isEmpty()]
    assert keys.count("Ctrl+Shift+N") == 1
