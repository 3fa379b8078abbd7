"""The Compare dialog: rows to edit (2..6), a run in background processes to its results,
"Use this one" into the document, Cancel and closing end the jobs."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog

from playground.errors import ConfigError
from playground.pictures.chart import CHART_SIZE, chart_image, chart_title
from playground.training.compare import train_job
from playground.ui.dialogs.compare_dialog import CompareDialog
from playground.ui.dialogs.compare_results import config_color, mean_sd
from playground.ui.dialogs.compare_rows import DROPOUT, LAYERS, MAX_ROWS, MIN_ROWS, RATE, SKIP
from tests.ui.compare_jobs import failing_sgd_job
from tests.ui.helpers import shown
from tests.ui.probes import (
    chart_bars,
    chart_error_bars,
    chart_label_rects,
    chart_labels,
    chart_names,
    chart_view_height,
    training_curve,
)


@pytest.fixture
def dialog(qtbot, doc):
    d = shown(qtbot, CompareDialog(doc, max_workers=2), 900, 800)
    yield d
    d.close()
    assert not d.running


def tiny_rows(dialog, doc):
    base = doc.config.replace(hidden_layers=(3,), activations=("tanh",))
    dialog.rows.set_rows([("small", base),
                          ("relu", base.replace(activations=("relu",), optimizer="sgd"))])
    dialog.epochs_box.setValue(6)


def test_it_starts_from_the_window_and_the_suggestions(dialog, doc):
    assert dialog.rows.rowCount() == 5
    names, configs = zip(*dialog.rows.configs())
    assert names == ("current", "deeper", "wider", "relu", "sgd")
    assert configs[0] == doc.config
    assert all(c.seed == doc.config.seed for c in configs)
    assert not dialog.isModal()


def test_rows_stay_between_two_and_six(dialog):
    dialog.add_row()
    assert dialog.rows.rowCount() == MAX_ROWS
    assert not dialog.add_button.isEnabled()
    dialog.add_row()
    assert dialog.rows.rowCount() == MAX_ROWS
    for _ in range(10):
        dialog.remove_row()
    assert dialog.rows.rowCount() == MIN_ROWS
    assert not dialog.remove_button.isEnabled() and dialog.add_button.isEnabled()


def test_edits_are_read_back_and_mistakes_name_their_row(dialog, doc):
    dialog.rows.item(1, LAYERS).setText("6, 5")
    dialog.rows.activation_box(1).setCurrentText("relu,sin")
    dialog.rows.item(1, RATE).setText("0.2")
    name, config = dialog.rows.configs()[1]
    assert (config.hidden_layers, config.activations, config.learning_rate) == (
        (6, 5), ("relu", "sin"), 0.2)
    dialog.rows.item(2, LAYERS).setText("8,x")
    dialog.run()
    assert not dialog.running and dialog.jobs is None
    assert dialog.status.text().startswith("row 3 (wider): hidden layers are whole numbers")


def test_a_run_shows_results_equal_to_independent_runs_and_one_is_used(qtbot, dialog, doc):
    tiny_rows(dialog, doc)
    dialog.run()
    assert dialog.running and not dialog.run_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.errors == [None, None]
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.status.text().startswith("Done in")
    for i, result in enumerate(dialog.results):
        alone = train_job(dialog.configs[i], doc.points, 6)
        assert result.metrics == alone.metrics
        np.testing.assert_array_equal(result.history, alone.history)
        card = dialog.cards[i]
        assert "accuracy" in card.numbers.text() and "epoch 6" in card.numbers.text()
        assert not card.picture.pixmap().isNull()
        assert card.use_button.isEnabled()
        x, y = training_curve(dialog.curves, i)
        np.testing.assert_array_equal(y, result.history[:, 1])
    assert dialog.run_button.isEnabled()

    # "Use this one" copies the config, and if asked the weights
    dialog.cards[1].use_button.click()
    assert doc.config == dialog.configs[1]
    assert doc.model.weights is None or doc.model.weights.epoch == 0

    dialog.weights_check.setChecked(True)
    dialog.cards[0].use_button.click()
    assert doc.config == dialog.configs[0]
    state = dialog.results[0].state
    assert doc.model.weights is state and doc.model.epoch == 6
    assert "trained weights" in dialog.status.text()
    doc.undo_stack.undo()  # the config change is one undo step
    assert doc.config == dialog.configs[1]


def test_cancel_ends_the_jobs_and_nothing_arrives_after(qtbot, dialog, doc):
    tiny_rows(dialog, doc)
    dialog.epochs_box.setValue(50_000)
    dialog.run()
    qtbot.wait(300)  # the processes start (50,000 epochs take minutes)
    assert dialog.running
    dialog.cancel_button.click()
    assert not dialog.running and not dialog.jobs.busy
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.status.text() == "Cancelled."
    time.sleep(0.2)
    qtbot.wait(100)
    assert dialog.results == [None, None] and dialog.errors == [None, None]
    assert all(card.numbers.text() == "cancelled" for card in dialog.cards)


def test_closing_cancels_a_run(qtbot, dialog, doc):
    tiny_rows(dialog, doc)
    dialog.epochs_box.setValue(50_000)
    dialog.run()
    assert dialog.running
    dialog.close()
    assert not dialog.running and not dialog.jobs.busy


def test_an_error_shows_in_its_card_only(qtbot, dialog, doc, monkeypatch):
    import playground.ui.dialogs.compare_dialog as module

    monkeypatch.setattr(module, "background_job", failing_sgd_job)
    tiny_rows(dialog, doc)
    dialog.epochs_box.setValue(2)
    dialog.run()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.results[0] is not None and dialog.results[1] is None
    assert dialog.errors == [None, "this one cannot train"]
    assert dialog.cards[1].numbers.text() == "error: this one cannot train"
    assert not dialog.cards[1].use_button.isEnabled() and dialog.cards[0].use_button.isEnabled()
    assert "1 of 2 failed" in dialog.status.text()


# --- seeds and the chart ------------------------------------------------------------------------
def test_seeds_give_mean_and_sd_cards_and_a_chart_that_exports(qtbot, dialog, doc, tmp_path,
                                                               monkeypatch):
    tiny_rows(dialog, doc)
    dialog.epochs_box.setValue(4)
    dialog.seeds_box.setValue(3)
    assert not dialog.export_button.isEnabled()
    dialog.run()
    assert not dialog.seeds_box.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert dialog.errors == [None, None]
    seed = doc.config.seed
    for i, config in enumerate(dialog.configs):
        alone = [train_job(config.replace(seed=seed + k), doc.points, 4) for k in range(3)]
        assert [r.metrics for r in dialog.runs[i]] == [r.metrics for r in alone]
        assert dialog.results[i].metrics == alone[0].metrics  # "Use this one" takes seed S
        accuracy = [r.metrics["test_accuracy"] for r in alone]
        loss = [r.metrics["train_loss"] for r in alone]
        assert dialog.summaries[i]["test_accuracy"].mean == pytest.approx(np.mean(accuracy))
        assert dialog.summaries[i]["test_accuracy"].sd == pytest.approx(np.std(accuracy, ddof=1))
        assert "mean ± sd of 3 seeds" in dialog.cards[i].numbers.text()
        # the chart: a bar per configuration in its colour, its value, ± sd error bars
        x, heights, colors = chart_bars(dialog.chart, 0)
        assert list(x) == [0.0, 1.0]
        assert heights[i] == pytest.approx(100 * np.mean(accuracy))
        assert colors[i] == QColor(config_color(i))
        centres, spans = chart_error_bars(dialog.chart, 0)
        assert spans[i] == pytest.approx(2 * 100 * np.std(accuracy, ddof=1))
        _, loss_heights, _ = chart_bars(dialog.chart, 1)
        assert loss_heights[i] == pytest.approx(np.mean(loss))
    assert chart_names(dialog.chart, 0) == chart_names(dialog.chart, 1) == ["small", "relu"]
    assert all("±" in text for text in chart_labels(dialog.chart, 0))

    assert dialog.export_button.isEnabled()
    path = tmp_path / "chart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kw: (str(path), "PNG images (*.png)")))
    dialog.export_button.click()
    written = tmp_path / "chart.png"
    assert dialog.status.text() == f"Chart written to {written}."
    expected = chart_image(dialog.chart.panels, chart_title(2, 3))
    with Image.open(written) as image:  # the picture `playground compare --chart` draws
        assert image.size == CHART_SIZE
        assert np.array_equal(np.asarray(image.convert("RGB")), np.asarray(expected))

    (tmp_path / "taken.png").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args, **kw: (str(tmp_path / "taken.png"), "")))
    dialog.export_button.click()
    assert dialog.status.text() == (f"The chart was not written: cannot write "
                                    f"{tmp_path / 'taken.png'}: it is a folder")


def test_one_seed_draws_bars_without_error_bars(qtbot, dialog, doc):
    tiny_rows(dialog, doc)
    dialog.epochs_box.setValue(3)
    dialog.run()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    x, heights, _ = chart_bars(dialog.chart, 0)
    assert list(heights) == [100 * r.metrics["test_accuracy"] for r in dialog.results]
    assert chart_error_bars(dialog.chart, 0) is None
    assert all("±" not in text for text in chart_labels(dialog.chart, 1))


def test_cancelling_seeds_leaves_the_rows_that_ended(qtbot, dialog, doc):
    tiny_rows(dialog, doc)
    dialog.epochs_box.setValue(50_000)
    dialog.seeds_box.setValue(2)
    dialog.run()
    qtbot.wait(300)
    dialog.cancel_button.click()
    assert not dialog.running and not dialog.jobs.busy and dialog.seeds_box.isEnabled()
    assert dialog.summaries == [None, None]
    assert all(card.numbers.text() == "cancelled" for card in dialog.cards)
    assert not dialog.export_button.isEnabled()


# --- at the tests' 1280 x 800 screen, after a run with seeds ---------------------------------
def test_mean_and_sd_are_written_compactly():
    assert mean_sd(0.64012, 0.0098) == "0.640 ± 0.010"
    assert mean_sd(0.609, 0.081) == "0.609 ± 0.081"
    assert mean_sd(0.696, 1.04e-05) == "0.696 ± <0.001"
    assert mean_sd(0.5, 0.0) == "0.500 ± 0.000"
    assert mean_sd(0.00283, 0.00131) == "0.00283 ± 0.0013"
    assert mean_sd(0.5, None) == "0.500"
    assert mean_sd(60.4, 3.26, percent=True) == "60.4 ± 3.3%"


def rect_in(widget, dialog) -> QRect:
    """``widget``'s rectangle in ``dialog``'s coordinates."""
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


@pytest.fixture
def screen_dialog(qtbot, doc):
    """The dialog at its own size, fitted to the 1280 x 800 screen, after a 3-seed run of
    its five suggested rows."""
    d = CompareDialog(doc, max_workers=2)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.epochs_box.setValue(3)
    d.seeds_box.setValue(3)
    d.run()
    qtbot.waitUntil(lambda: not d.running, timeout=60000)
    qtbot.wait(50)  # the layouts settle
    yield d
    d.close()


def test_after_a_seeded_run_every_card_is_whole_and_alike(screen_dialog):
    d = screen_dialog
    assert d.errors == [None] * 5
    area = rect_in(d.results_area.viewport(), d)
    tabs = rect_in(d.tabs, d)
    for card in d.cards:
        button = rect_in(card.use_button, d)
        assert area.contains(button), (card.name, button, area)
        assert not button.intersects(tabs), (card.name, button, tabs)
        width = card.numbers.contentsRect().width()
        metrics = card.numbers.fontMetrics()
        for line in card.numbers.text().splitlines():  # no line wraps
            assert metrics.horizontalAdvance(line) <= width, (card.name, line)
    assert len({card.height() for card in d.cards}) == 1
    assert len({rect_in(card.use_button, d).top() for card in d.cards}) == 1


def test_the_chart_is_readable_and_its_labels_stay_inside(qtbot, screen_dialog):
    d = screen_dialog
    d.tabs.setCurrentIndex([d.tabs.tabText(i) for i in range(d.tabs.count())].index("Chart"))
    qtbot.wait(50)
    for panel in (0, 1):
        assert chart_view_height(d.chart, panel) >= 150
        view, labels = chart_label_rects(d.chart, panel)
        assert len(labels) == 5
        for label in labels:
            assert view.contains(label), (panel, label, view)
    # the chart shrunk as far as it goes, the labels still fit
    d.splitter.setSizes([1000, 1000, 1])
    qtbot.wait(50)
    for panel in (0, 1):
        view, labels = chart_label_rects(d.chart, panel)
        assert all(view.contains(label) for label in labels)


def test_a_row_sets_the_hidden_layers_dropout_normalisation_and_skips(dialog, doc):
    """Compare with and without dropout, a normalisation or skips: a row's cells say which."""
    rows = dialog.rows
    rows.item(1, LAYERS).setText("6,6,6")
    rows.item(1, DROPOUT).setText("0.3")
    rows.norm_box(1).setCurrentText("batch")
    rows.item(1, SKIP).setCheckState(Qt.CheckState.Checked)
    _, config = rows.configs()[1]
    assert config.dropout == (0.3, 0.3, 0.3) and config.norm == ("batch",) * 3
    assert config.skip == (False, True, True)
    rows.item(1, DROPOUT).setText("0,0.5,0.5")
    rows.norm_box(1).setCurrentText("none,layer,none")
    rows.item(1, SKIP).setCheckState(Qt.CheckState.Unchecked)
    _, config = rows.configs()[1]
    assert (config.dropout, config.norm, config.skip) == ((0.0, 0.5, 0.5),
                                                         ("none", "layer", "none"), ())
    # a row that reads back shows what it holds
    rows.set_rows([("again", config)])
    assert rows.item(0, DROPOUT).text() == "0,0.5,0.5"
    assert rows.norm_box(0).currentText() == "none,layer,none"


@pytest.mark.parametrize("cell, text, message", [
    (DROPOUT, "0.95", "dropout must be a rate from 0 to 0.9"),
    (DROPOUT, "0.1,0.2,0.3", "dropout needs one rate for every hidden layer or one per"),
    (LAYERS, "4,6", "skip: no hidden layer can take a skip"),
])
def test_a_rows_bad_layer_option_names_the_row(dialog, doc, cell, text, message):
    rows = dialog.rows
    rows.item(1, LAYERS).setText("8,8")
    rows.item(1, SKIP).setCheckState(Qt.CheckState.Checked)
    rows.item(1, cell).setText(text)
    with pytest.raises(ConfigError, match=f"row 2 .*{message}"):
        rows.configs()
