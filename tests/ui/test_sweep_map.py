"""Train ▸ Sweep…: the dialog builds the grid of two settings, a (fake) sweep runs in the
background and fills the map as its runs arrive, hover says mean ± sd, a clicked cell is
loaded as one undo step, Cancel keeps what finished, a bad value is said, not a crash."""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from playground.ui.dialogs.sweep_dialog import SweepDialog, default_values
from playground.ui.sweep_map import SweepMap


@dataclass
class Row:
    settings: dict[str, Any]
    seed: int
    metrics: dict[str, float]
    status: str = "ok"
    reason: str = ""


@dataclass
class Result:
    rows: list[Row]
    summary: list[Any] = field(default_factory=list)


def figure(settings: dict[str, Any], seed: int) -> float:
    """A deterministic test loss: the grid's position plus a tenth per seed."""
    lr = float(settings.get("lr", 0.03))
    units = sum(settings.get("layers", [4]))
    return round(lr * 10 + units / 100 + seed / 10, 6)


class FakeSweep:
    """The sweep's signature. Each run's row goes to ``progress`` as it ends; ``cancel`` is
    honoured between runs. ``hold_after``: stop after that many rows until ``release``."""

    def __init__(self, hold_after: int | None = None, fail: set[int] | None = None) -> None:
        self.calls: list[dict[str, Any]] = []
        self.hold_after = hold_after
        self.release = threading.Event()
        self.fail = fail or set()
        self.stopped_early = False

    def __call__(self, base, grid, seeds=1, epochs=100, *, workers=None, progress=None,
                 cancel=None):
        self.calls.append({"base": base, "grid": grid, "seeds": seeds, "epochs": epochs})
        keys = list(grid)
        rows = []
        combos = list(itertools.product(*(grid[k] for k in keys)))
        for n, (values, seed) in enumerate(itertools.product(combos, range(seeds))):
            if self.hold_after is not None and n == self.hold_after:
                self.release.wait(30)
            if cancel is not None and cancel.is_set():
                self.stopped_early = True
                break
            settings = dict(zip(keys, values, strict=True))
            if n in self.fail:
                row = Row(settings, seed, {}, "failed", "diverged")
            else:
                loss = figure(settings, seed)
                row = Row(settings, seed, {"test_loss": loss, "train_loss": loss / 2})
            rows.append(row)
            if progress is not None:
                progress(row)
        return Result(rows)


@pytest.fixture
def sweep(qtbot, doc):
    made: list[SweepMap] = []

    def make(runner):
        ctl = SweepMap(doc, None, runner=runner, make_base=lambda c, p: ("base", c, len(p)))
        ctl.open()
        qtbot.addWidget(ctl.dialog)
        made.append(ctl)
        return ctl

    yield make
    for ctl in made:
        ctl.stop()
        assert not ctl.running


def choose(dialog: SweepDialog, across: str, across_values: str, down: str,
           down_values: str, seeds: int = 2) -> None:
    dialog.x_combo.setCurrentIndex(dialog.x_combo.findData(across))
    dialog.x_values.setText(across_values)
    dialog.y_combo.setCurrentIndex(dialog.y_combo.findData(down))
    dialog.y_values.setText(down_values)
    dialog.seeds_box.setValue(seeds)
    dialog.epochs_box.setValue(7)
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("test_loss"))


def run_to_end(qtbot, ctl: SweepMap) -> None:
    ctl.dialog.run_button.click()
    qtbot.waitUntil(lambda: not ctl.running)


def test_the_lists_start_around_the_windows_values(doc):
    config = doc.config
    lr = config.learning_rate
    assert default_values(config, "lr") == pytest.approx([lr * 0.1, lr, lr * 10], rel=1e-2)
    assert list(config.hidden_layers) in default_values(config, "layers")
    dialog = SweepDialog(lambda: config)
    assert dialog.x_combo.currentData() == "lr"
    spec = dialog.read_spec()
    assert spec.x_values == pytest.approx(default_values(config, "lr"))
    assert list(config.hidden_layers) in spec.y_values
    dialog.deleteLater()


def test_the_runner_gets_the_grid_of_the_two_settings(qtbot, sweep, doc):
    fake = FakeSweep()
    ctl = sweep(fake)
    choose(ctl.dialog, "lr", "0.01; 0.1; 1", "layers", "4; 8,8", seeds=3)
    run_to_end(qtbot, ctl)
    (call,) = fake.calls
    assert call["grid"] == {"lr": [0.01, 0.1, 1.0], "layers": [[4], [8, 8]]}
    assert call["seeds"] == 3 and call["epochs"] == 7
    assert call["base"] == ("base", doc.config, len(doc.points))
    means = ctl.dialog.means()
    assert means.shape == (3, 2)
    # cell (lr 0.1, layers 8,8): the mean over seeds 0, 1, 2
    expected = np.mean([figure({"lr": 0.1, "layers": [8, 8]}, s) for s in range(3)])
    assert means[1, 1] == pytest.approx(expected)
    assert ctl.dialog.progress.value() == ctl.dialog.progress.maximum() == 18
    assert "Done" in ctl.dialog.status.text()


def test_cells_fill_in_as_the_runs_arrive(qtbot, sweep):
    fake = FakeSweep(hold_after=2)  # seeds 2: the first cell's two runs, then it waits
    ctl = sweep(fake)
    choose(ctl.dialog, "lr", "0.01; 0.1", "layers", "4; 8", seeds=2)
    ctl.dialog.run_button.click()
    qtbot.waitUntil(lambda: ctl.dialog.progress.value() == 2)
    means = ctl.dialog.means()
    assert np.isfinite(means[0, 0])
    assert np.isnan(means).sum() == 3  # the other cells have no result yet
    assert ctl.running and not ctl.dialog.run_button.isEnabled()
    fake.release.set()
    qtbot.waitUntil(lambda: not ctl.running)
    assert np.isfinite(ctl.dialog.means()).all()
    assert ctl.dialog.run_button.isEnabled()


def test_hovering_a_cell_shows_mean_and_sd(qtbot, sweep):
    ctl = sweep(FakeSweep(fail={1}))  # the first cell's second seed fails
    dialog = ctl.dialog
    choose(dialog, "lr", "0.01; 0.1", "layers", "4; 8", seeds=3)
    dialog.resize(700, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    run_to_end(qtbot, ctl)
    values = [figure({"lr": 0.1, "layers": [8]}, s) for s in range(3)]
    view = dialog.plot.getPlotItem().getViewBox()
    dialog.plot.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(1.5, 1.5)))
    tip = dialog.plot.toolTip()
    assert f"{np.mean(values):.4g} ± {np.std(values, ddof=1):.2g}" in tip
    assert "(3 runs, 0 failed)" in tip
    assert "Learning rate = 0.1" in tip and "Hidden layers = 8" in tip
    dialog.plot.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(0.5, 0.5)))
    assert "(3 runs, 1 failed)" in dialog.plot.toolTip()  # the mean of the two that ran
    assert "1 run(s) failed" in dialog.status.text() or "1 run failed" in dialog.status.text()


def test_clicking_a_cell_loads_it_as_one_undo_step(qtbot, sweep, doc):
    ctl = sweep(FakeSweep())
    dialog = ctl.dialog
    choose(dialog, "lr", "0.01; 0.2", "l2", "0; 0.001", seeds=1)
    dialog.resize(700, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    run_to_end(qtbot, ctl)
    before = doc.config
    steps = doc.undo_stack.count()
    # lr and L2 apply live (no new weights), yet they are one undo step
    view = dialog.plot.getPlotItem().getViewBox()
    at = dialog.plot.mapFromScene(view.mapViewToScene(QPointF(1.5, 1.5)))
    qtbot.mouseClick(dialog.plot.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert doc.config.learning_rate == pytest.approx(0.2)
    assert doc.config.l2 == pytest.approx(0.001)
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert doc.config == before


def test_a_cell_of_other_layers_is_one_undo_step_too(qtbot, sweep, doc):
    ctl = sweep(FakeSweep())
    choose(ctl.dialog, "activation", "relu; tanh", "layers", "3; 5,5", seeds=1)
    run_to_end(qtbot, ctl)
    before = doc.config
    ctl.dialog.choose(0, 1)
    assert doc.config.hidden_layers == (5, 5)
    assert doc.config.activations == ("relu", "relu")
    doc.undo_stack.undo()
    assert doc.config == before


def test_a_sweep_over_dropout_and_normalisation(qtbot, sweep, doc):
    """Dropout and the normalisation are each one value for every hidden layer; a cell
    loads both as one undo step."""
    fake = FakeSweep()
    ctl = sweep(fake)
    assert default_values(doc.config, "norm") == ["none", "layer", "batch"]
    assert default_values(doc.config, "dropout") == [0.0, 0.2, 0.5]
    choose(ctl.dialog, "dropout", "0; 0.3", "norm", "none; batch", seeds=1)
    run_to_end(qtbot, ctl)
    (call,) = fake.calls
    assert call["grid"] == {"dropout": [0.0, 0.3], "norm": ["none", "batch"]}
    before = doc.config
    ctl.dialog.choose(1, 1)
    n = len(doc.config.hidden_layers)
    assert doc.config.dropout == (0.3,) * n and doc.config.norm == ("batch",) * n
    doc.undo_stack.undo()
    assert doc.config == before


def test_cancel_stops_the_runner_and_keeps_the_finished_cells(qtbot, sweep):
    fake = FakeSweep(hold_after=3)
    ctl = sweep(fake)
    choose(ctl.dialog, "lr", "0.01; 0.1; 1", "layers", "4; 8", seeds=1)
    ctl.dialog.run_button.click()
    qtbot.waitUntil(lambda: ctl.dialog.progress.value() == 3)
    ctl.dialog.cancel_button.click()
    fake.release.set()  # the runner looks at the flag before its next run
    qtbot.waitUntil(lambda: not ctl.running)
    assert fake.stopped_early
    means = ctl.dialog.means()
    assert np.isfinite(means).sum() == 3
    assert "Cancelled" in ctl.dialog.status.text()
    assert ctl.dialog.run_button.isEnabled()


def test_closing_the_dialog_cancels_the_sweep(qtbot, sweep):
    fake = FakeSweep(hold_after=1)
    ctl = sweep(fake)
    choose(ctl.dialog, "lr", "0.01; 0.1", "layers", "4; 8", seeds=1)
    ctl.dialog.run_button.click()
    qtbot.waitUntil(lambda: ctl.dialog.progress.value() == 1)
    ctl.dialog.close()
    fake.release.set()
    qtbot.waitUntil(lambda: not ctl.running)
    assert fake.stopped_early


@pytest.mark.parametrize(("key", "text", "said"), [
    ("lr", "0.1; fast", "'fast' is not a number"),
    ("lr", "0.1; -1", "Learning rate"),
    ("layers", "4; 8,x", "not a list of whole numbers"),
    ("activation", "tanh; wobbly", "is not one of"),
    ("batch_size", "10; ten", "whole number"),
    ("lr", " ; ", "at least one value"),
    ("lr", "0.1; 0.1", "given twice"),
    ("dropout", "0; 0.95", "Nothing ran: Dropout must be a rate from 0 to 0.9 (got 0.95)"),
    ("norm", "none; group", "'group' is not one of none, layer, batch"),
])
def test_a_bad_value_is_said_and_nothing_runs(qtbot, sweep, key, text, said):
    fake = FakeSweep()
    ctl = sweep(fake)
    down = "layers" if key != "layers" else "lr"
    choose(ctl.dialog, key, text, down, "4" if down == "layers" else "0.1")
    ctl.dialog.run_button.click()
    assert not ctl.running and fake.calls == []
    assert said in ctl.dialog.status.text()
    assert "Nothing ran" in ctl.dialog.status.text()


def test_the_same_setting_twice_is_said(qtbot, sweep):
    fake = FakeSweep()
    ctl = sweep(fake)
    choose(ctl.dialog, "lr", "0.1", "lr", "0.2")
    ctl.dialog.run_button.click()
    assert fake.calls == [] and "two different settings" in ctl.dialog.status.text()


def test_a_runner_that_raises_is_said_not_a_crash(qtbot, sweep):
    def broken(*_args, **_kwargs):
        raise ValueError("lr must be positive")

    ctl = sweep(broken)
    choose(ctl.dialog, "lr", "0.1", "layers", "4")
    run_to_end(qtbot, ctl)
    assert "lr must be positive" in ctl.dialog.status.text()
    assert ctl.dialog.run_button.isEnabled()


def test_the_window_has_train_sweep(qtbot, window):
    action = window.commands["train.sweep"]
    assert action.text().replace("&", "") == "Sweep…"
    action.trigger()
    assert window.sweep_map.dialog is not None and window.sweep_map.dialog.isVisible()


def test_the_lists_read_the_languages_numbers(qtbot, doc):
    from playground.ui.i18n import install_language

    install_language("de")
    try:
        dialog = SweepDialog(lambda: doc.config)
        dialog.x_values.setText("0,01; 0,1")
        dialog.y_combo.setCurrentIndex(dialog.y_combo.findData("batch_size"))
        dialog.y_values.setText("10; voll")
        spec = dialog.read_spec()
        assert spec.x_values == [0.01, 0.1] and spec.y_values == [10, None]
        dialog.reset_values()  # written as the language writes them, read back alike
        assert dialog.read_spec().x_values == pytest.approx(default_values(doc.config, "lr"))
        dialog.deleteLater()
    finally:
        install_language("en")


def test_the_map_by_keyboard(qtbot, sweep, doc):
    ctl = sweep(FakeSweep())
    dialog = ctl.dialog
    choose(dialog, "lr", "0.01; 0.2", "layers", "3; 5", seeds=1)
    dialog.show()
    qtbot.waitExposed(dialog)
    run_to_end(qtbot, ctl)
    dialog.plot.setFocus()
    qtbot.keyClick(dialog.plot, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.plot, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.plot, Qt.Key.Key_Up)  # stays in the map
    assert dialog.current == (1, 1)
    assert "Learning rate = 0.2, Hidden layers = 5" in dialog.plot.toolTip()
    before = doc.config
    qtbot.keyClick(dialog.plot, Qt.Key.Key_Return)
    assert doc.config.learning_rate == pytest.approx(0.2)
    assert doc.config.hidden_layers == (5,)
    doc.undo_stack.undo()
    assert doc.config == before


def test_another_metric_redraws_the_map(qtbot, sweep):
    ctl = sweep(FakeSweep())
    choose(ctl.dialog, "lr", "0.01; 0.2", "layers", "3; 5", seeds=1)
    run_to_end(qtbot, ctl)
    test_loss = ctl.dialog.means()
    ctl.dialog.metric_combo.setCurrentIndex(ctl.dialog.metric_combo.findData("train_loss"))
    assert ctl.dialog.means() == pytest.approx(test_loss / 2)
    ctl.dialog.metric_combo.setCurrentIndex(ctl.dialog.metric_combo.findData("test_accuracy"))
    assert np.isnan(ctl.dialog.means()).all()  # no run has it: no colour, no crash
    assert "no result" in ctl.dialog.cell_text(0, 0)


class TableSweep:
    """The shape of ``playground.api.sweep.sweep``: ``progress(done, total)`` only, rows as
    flat mappings (the grid's keys, ``seed``, ``status``, the figures, ``reason``); a
    diverged run keeps its last figures."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.counts: list[tuple[int, int]] = []
        self.base = None

    def __call__(self, base, grid, seeds=1, epochs=100, *, workers=None, progress=None,
                 cancel=None):
        self.base = base
        keys = list(grid)
        combos = list(itertools.product(*(grid[k] for k in keys)))
        total = len(combos) * seeds
        rows = []
        progress(0, total)
        for c, values in enumerate(combos):
            for seed in range(seeds):
                if len(rows) == 2:
                    self.release.wait(30)
                settings = dict(zip(keys, (tuple(v) if isinstance(v, list) else v
                                           for v in values), strict=True))
                status = "diverged" if (c, seed) == (0, 1) else "ok"
                rows.append({"combination": c, **settings, "seed": seed, "status": status,
                             "test_loss": float(c + seed), "train_loss": 0.5,
                             "reason": "diverged" if status != "ok" else ""})
                progress(len(rows), total)
        return Result(rows)


def test_the_sweeps_own_table_fills_the_map(qtbot, doc):
    fake = TableSweep()
    ctl = SweepMap(doc, None, runner=fake)  # the default base: the window's config, points
    ctl.open()
    qtbot.addWidget(ctl.dialog)
    try:
        choose(ctl.dialog, "lr", "0.01; 0.1", "layers", "4; 8,8", seeds=2)
        ctl.dialog.run_button.click()
        qtbot.waitUntil(lambda: ctl.dialog.progress.value() == 2)  # counts move the bar
        fake.release.set()
        qtbot.waitUntil(lambda: not ctl.running)
    finally:
        ctl.stop()
    assert fake.base.config == doc.config and fake.base.points is doc.points
    means = ctl.dialog.means()
    assert np.isfinite(means).all()
    assert means[0, 0] == pytest.approx(0.5)  # seeds 0 and 1: the diverged one counts
    assert "(2 runs, 1 failed)" in ctl.dialog.cell_text(0, 0)
    assert means[1, 1] == pytest.approx(3.5)  # combination 3 (lr 0.1, layers 8,8)
    assert ctl.dialog.progress.value() == 8
