"""The loss plot's running loss: the mean over each epoch's mini-batches of their loss before
each update, drawn beside the end-of-epoch curves when asked (the plot's "running" box or
View ▸ Running loss over batches)."""

from __future__ import annotations

import numpy as np
import pytest

from playground.session.view_inputs import Curves
from playground.training.loop import TrainingLoop
from playground.training.protocol import HISTORY_COLUMNS, Step
from playground.ui.controllers.document import Document
from playground.ui.status import format_loss
from playground.ui.views.loss_plot import LossPlot
from tests.ui import probes

RUNNING = HISTORY_COLUMNS.index("train_loss_running")


@pytest.fixture
def plot(qtbot):
    w = LossPlot()
    qtbot.addWidget(w)
    w.resize(600, 200)
    w.show()
    return w


def full_batch_history(epochs: int) -> np.ndarray:
    """Rows of a real loop trained ``epochs`` epochs one at a time, full batch."""
    doc = Document()
    loop = TrainingLoop(doc.config.replace(batch_size=None, learning_rate=0.3), doc.points,
                        resolution=16)
    rows = [loop.poll().history]
    for _ in range(epochs):
        loop.send(Step(1))
        rows.append(loop.poll().history)
    return np.vstack(rows)


def test_off_by_default_then_drawn_with_its_legend_entry(plot):
    rows = full_batch_history(4)
    # full batch: each epoch's running loss is the loss before its single update
    np.testing.assert_allclose(rows[1:, RUNNING], rows[:-1, 1], rtol=1e-12)
    plot.show_curves(Curves(rows, classification=True, restart=True))
    plot.flush()
    assert probes.running_loss_curve(plot) is None
    assert "running" not in plot.legend.text()

    plot.running_check.setChecked(True)  # the toggle on the plot
    x, y = probes.running_loss_curve(plot)
    np.testing.assert_array_equal(x, rows[:, 0])
    np.testing.assert_array_equal(y, rows[:, RUNNING])  # NaN at epoch 0: nothing trained
    assert "running train loss" in plot.legend.text()
    assert format_loss(rows[-1, RUNNING]) in plot.legend.text()

    plot.set_show_running(False)
    assert probes.running_loss_curve(plot) is None and not plot.running_check.isChecked()
    assert "running" not in plot.legend.text()


def test_rows_from_before_the_running_loss_draw_nothing_for_it(plot):
    rows = full_batch_history(2)
    rows[:, RUNNING] = np.nan  # a session saved before the column: NaN on opening
    plot.set_show_running(True)
    plot.show_curves(Curves(rows, classification=True, restart=True))
    plot.flush()
    x, y = probes.running_loss_curve(plot)
    assert np.isnan(y).all()
    assert "running train loss –" in plot.legend.text().replace("&nbsp;", " ")


def test_the_view_menu_and_the_plot_toggle_agree(window):
    action = window.commands["view.running_loss"]
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    assert window.loss_plot.running_check.isChecked()
    assert probes.running_loss_curve(window.loss_plot) is not None
    window.loss_plot.running_check.setChecked(False)
    assert not action.isChecked()
    assert probes.running_loss_curve(window.loss_plot) is None
