"""While a replay frame is on screen every number shown is the frame's: the status line (no live
speed), the loss legend and the scrubber, written so that tiny losses and one frame read right."""

from __future__ import annotations

import re

import numpy as np

from playground.ui.status import format_loss, format_percent
from playground.ui.views.replay_bar import ReplayBar
from tests.ui.test_window import TIMEOUT, train


def plain(html: str) -> str:
    """The text of a rich-text label as a reader sees it."""
    return re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ")


def history_row(w, epoch: int) -> np.ndarray:
    rows = w.model.history.rows()
    return rows[rows[:, 0] <= epoch][-1]


def test_the_scrubber_shows_tiny_losses_and_counts_one_frame(qtbot):
    bar = ReplayBar()
    qtbot.addWidget(bar)
    bar.show_position(120, 1e-12, 300)
    assert "0.0000" not in bar.where.text()
    assert format_loss(1e-12) in bar.where.text() and "epoch 120 of 300" in bar.where.text()
    bar.show_position(120, 0.25, 300)
    assert format_loss(0.25) in bar.where.text()
    bar.show_memory(1, 1, 2**20, 64 * 2**20, 0)
    assert re.search(r"\b1 frame\b", bar.memory.text()) and "1 frames" not in bar.memory.text()
    bar.show_memory(2, 1, 2**20, 64 * 2**20, 10)
    assert "2 frames over 10 epochs" in bar.memory.text()


def test_a_replay_frame_shows_its_own_numbers_not_the_live_ones(qtbot, window):
    w = window
    train(qtbot, w, 60)
    w.set_playing(True)  # replay is entered while training runs
    qtbot.waitUntil(lambda: "epochs/s" in w.status_label.text(), timeout=TIMEOUT)
    live_epoch = w.last_snapshot.epoch
    w.replay.action.trigger()
    assert w.replay.active and not w.model.playing
    w.replay.bar.slider.setValue(0)
    frame = w.model.replay.frames[0]
    assert frame.epoch < live_epoch
    status = w.status_label.text()
    assert "epochs/s" not in status
    assert "Replay" in status and f"Epoch {frame.epoch:,}" in status
    row = history_row(w, frame.epoch)
    assert f"train loss {format_loss(row[1])}" in status
    legend = plain(w.loss_plot.legend.text())
    assert f"epoch {frame.epoch:,}" in legend
    assert f"train loss {format_loss(row[1])}" in legend
    assert f"train acc {format_percent(row[3])}" in legend
    # leaving the replay shows the live numbers again
    w.replay.leave_action.trigger()
    live = w.last_snapshot
    assert f"Epoch {live.epoch:,}" in w.status_label.text() and "Replay" not in (
        w.status_label.text())
    assert f"epoch {frame.epoch:,}" not in plain(w.loss_plot.legend.text())
