"""Replay: travel back through the run in the window.

``ReplayController`` owns the scrubber (a bottom tool bar, ``toolbar``), the Train menu's
"Replay the run" action and Esc to leave it (``action``, ``leave_action``: the window places
them). Entering replay pauses training; each frame of the session model's ``ReplayHistory`` is
put on the views by the ``SnapshotRouter`` (``ui/router.py``: the canvas or the 1-D curve
view, the network diagram, a cursor on the loss curves, the status line). Live snapshots are
still recorded meanwhile, but not drawn; leaving replay (Esc, the button, or Play) draws the
live state again. "Continue from here" trains on from exactly the frame's weights, as one undo
step whose undo brings back the whole run it replaced, every frame included.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from playground.session.model import (
    Event,
    PlayChanged,
    SessionModel,
    SessionReplaced,
    WeightsReplaced,
)
from playground.session.replay import ReplayHistory
from playground.training.protocol import ModelState
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate
from playground.ui.router import SnapshotRouter
from playground.ui.views.replay_bar import ReplayBar

# shows a passing message on the status bar: (text, milliseconds)
Report = Callable[[str, int], None]


class ReplayController:
    """Replay of ``model``'s run through ``router``; "Continue from here" goes through
    ``document`` (undo); ``report`` shows a passing message."""

    def __init__(self, model: SessionModel, document: Document, router: SnapshotRouter,
                 report: Report) -> None:
        self.model = model
        self.document = document
        self.router = router
        self.report = report
        self.active = False
        self.bar = ReplayBar()
        self.toolbar = QToolBar(translate("ReplayController", "Replay"))
        self.toolbar.setObjectName("replay-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.bar)
        self.toolbar.hide()
        self.action = QAction(translate("ReplayController", "&Replay the run"), self.toolbar)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        tip = translate("ReplayController", "Travel back through the run: the boundary, the "
                                            "network and the loss, frame by frame")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.toggled.connect(self.set_active)
        self.leave_action = QAction(translate("ReplayController", "Leave replay"), self.toolbar)
        self.leave_action.setStatusTip(translate("ReplayController",
                                                 "Go back to the live network (Esc)"))
        self.leave_action.setShortcut(QKeySequence("Esc"))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(lambda: self.action.setChecked(False))
        self.bar.sigFrame.connect(self.show_frame)
        self.bar.sigContinue.connect(self.continue_from_here)
        self.bar.sigLeave.connect(lambda: self.action.setChecked(False))
        model.subscribe(self._on_model_event)
        self.index = 0

    @property
    def replay(self) -> ReplayHistory:
        return self.model.replay

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        if on and (not self.replay.frames or self.router.latest is None):
            self.report(translate("ReplayController",
                                  "Nothing to replay yet: train for a while first"), 4000)
            self.action.setChecked(False)
            return
        self.active = on
        self.leave_action.setEnabled(on)
        if on:
            self.model.set_playing(False)
            self.toolbar.show()
            self._show_memory()
            self.bar.set_frames(len(self.replay.frames))
            self.show_frame(len(self.replay.frames) - 1)
            return
        self.bar.stop()
        self.toolbar.hide()
        self.router.show_live()
        if self.action.isChecked():
            self.action.setChecked(False)

    def show_frame(self, index: int) -> None:
        frames = self.replay.frames
        if not self.active or not frames:
            return
        self.index = max(0, min(index, len(frames) - 1))
        frame = frames[self.index]
        self.router.show_frame(frame)
        self.bar.show_position(frame.epoch, frame.train_loss, frames[-1].epoch)

    def continue_from_here(self) -> None:
        """Train on from exactly the frame's weights (one undo step)."""
        frames = self.replay.frames
        if not frames:
            return
        frame = frames[self.index]
        state = ModelState(frame.weights, frame.biases, frame.epoch, {}, self.replay.normalizer,
                           frame.norms)
        self.set_active(False)
        self.document.continue_from(state)
        self.report(
            translate("ReplayController", "Continuing from epoch {epoch} (Undo brings back the "
                                          "run it replaced: weights, loss curve and replay)"
                      ).format(epoch=frame.epoch), 5000)

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

