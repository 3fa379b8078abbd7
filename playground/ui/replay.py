"""Replay: travel back through the run in the window.

``ReplayController`` owns the scrubber (a bottom tool bar) and the Train menu's "Replay the
run" action. Entering replay pauses training; each frame of the session model's
``ReplayHistory`` is drawn by the canvas (or the 1-D curve view), the network diagram and a
cursor on the loss curves, as a snapshot made of the frame. Live snapshots are still recorded
meanwhile, but not drawn; leaving replay (Esc, the button, or Play) draws the live state again.
"Continue from here" trains on from exactly the frame's weights, as one undo step whose undo
brings back the whole run it replaced, every frame included.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from playground.session.model import Event, PlayChanged, SessionReplaced, WeightsReplaced
from playground.session.replay import Frame, ReplayHistory
from playground.training.protocol import ModelState, Snapshot
from playground.training.trainer import Metrics
from playground.ui.views.replay_bar import ReplayBar

if TYPE_CHECKING:
    from playground.ui.main_window import MainWindow


class ReplayController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.active = False
        self.bar = ReplayBar()
        self.toolbar = QToolBar("Replay")
        self.toolbar.setObjectName("replay-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.bar)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.toolbar)
        self.toolbar.hide()
        self.action = QAction("&Replay the run", window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.setStatusTip("Travel back through the run: the boundary, the network and "
                                 "the loss, frame by frame")
        self.action.toggled.connect(self.set_active)
        window.addAction(self.action)
        self.leave_action = QAction("Leave replay", window)
        self.leave_action.setShortcut(QKeySequence("Esc"))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(lambda: self.action.setChecked(False))
        window.addAction(self.leave_action)
        self.bar.sigFrame.connect(self.show_frame)
        self.bar.sigContinue.connect(self.continue_from_here)
        self.bar.sigLeave.connect(lambda: self.action.setChecked(False))
        window.model.subscribe(self._on_model_event)
        self.index = 0

    @property
    def replay(self) -> ReplayHistory:
        return self.window.model.replay

    def set_active(self, on: bool) -> None:
        w = self.window
        if on == self.active:
            return
        if on and (not self.replay.frames or w.last_snapshot is None):
            w.statusBar().showMessage("Nothing to replay yet: train for a while first", 4000)
            self.action.setChecked(False)
            return
        self.active = on
        self.leave_action.setEnabled(on)
        if on:
            w.set_playing(False)
            self.toolbar.show()
            self._show_memory()
            self.bar.set_frames(len(self.replay.frames))
            self.show_frame(len(self.replay.frames) - 1)
            return
        self.bar.stop()
        self.toolbar.hide()
        w.loss_plot.set_cursor(None)
        if w.last_snapshot is not None:  # the live state again
            self._draw(w.last_snapshot)
            w.show_status(w.last_snapshot)
        if self.action.isChecked():
            self.action.setChecked(False)

    def show_frame(self, index: int) -> None:
        frames = self.replay.frames
        if not self.active or not frames:
            return
        self.index = max(0, min(index, len(frames) - 1))
        frame = frames[self.index]
        snap = self.snapshot_of(frame)
        self._draw(snap)
        self.window.show_status(snap, replay=True)
        self.window.loss_plot.set_cursor(frame.epoch, self.window.model.history.at(frame.epoch))
        self.bar.show_position(frame.epoch, frame.train_loss, frames[-1].epoch)

    def snapshot_of(self, frame: Frame) -> Snapshot:
        """The latest live snapshot with the frame's pictures, weights and metrics (from the
        loss history) in it."""
        live = self.window.last_snapshot
        assert live is not None
        heatmap = frame.heatmap.astype(np.float32) if frame.heatmap.size else live.heatmap
        row = self.window.model.history.at(frame.epoch)
        metrics = None if row is None else Metrics(frame.epoch, *_values(row), confusion=None)
        return dataclasses.replace(
            live, epoch=frame.epoch, heatmap=heatmap, metrics=metrics,
            neurons=tuple(n.astype(np.float32) for n in frame.neurons),
            weights=frame.weights, biases=frame.biases,
            curve=None if frame.curve is None else frame.curve.astype(np.float32),
            history=np.empty((0, live.history.shape[1])), reset=False, message=None,
            stopped=None, inspection=None, focus=None, hidden_space=None, playing=False)

    def _draw(self, snap: Snapshot) -> None:
        w = self.window
        w.canvas.show_snapshot(snap)
        if w.layout_.curve_view is not None:
            w.layout_.curve_view.show_snapshot(snap)
        w.network_view.show_snapshot(snap)
        w.network_view.flush()

    def continue_from_here(self) -> None:
        """Train on from exactly the frame's weights (one undo step)."""
        frames = self.replay.frames
        if not frames:
            return
        frame = frames[self.index]
        state = ModelState(frame.weights, frame.biases, frame.epoch, {}, self.replay.normalizer)
        self.set_active(False)
        self.window.document.continue_from(state)
        self.window.statusBar().showMessage(
            f"Continuing from epoch {frame.epoch} (Undo brings back the run it replaced: "
            "weights, loss curve and replay)", 5000)

    def _show_memory(self) -> None:
        r = self.replay
        self.bar.show_memory(len(r.frames), r.every, r.nbytes, r.cap_bytes,
                             r.frames[-1].epoch if r.frames else 0)

    def _on_model_event(self, event: Event) -> None:
        if not self.active:
            return
        if isinstance(event, PlayChanged) and event.playing:
            self.set_active(False)  # Play goes back to the live network
        elif isinstance(event, (WeightsReplaced, SessionReplaced)):
            self.set_active(False)


def _values(row: np.ndarray) -> tuple[float, float | None, float | None, float | None]:
    """A history row's train loss, test loss and accuracies (None where NaN: not applicable)."""
    train, *rest = (float(v) for v in row[1:5])
    test, train_acc, test_acc = (None if np.isnan(v) else v for v in rest)
    return train, test, train_acc, test_acc
