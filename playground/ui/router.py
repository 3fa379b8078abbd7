"""The one place that decides what the views draw: the live run, or a frame of its replay.

``SnapshotRouter`` takes every live ``Snapshot`` from the worker (a backlog is merged and
drawn once), records it in the session model, and, unless a replay frame is on screen, hands
each view only what it draws (``session.view_inputs``): the output picture to the canvas and
a 1-D session's curve view, the network picture to the diagram (while it shows, or for a new
network), the history rows to the loss plot, the run's numbers to the status line, and the
snapshot itself to the inspect views (``InspectViews.draw``). ``show_frame`` puts a replay
frame's pictures and numbers on the same views instead; live snapshots are still recorded
meanwhile, but not drawn, and ``show_live`` draws the latest live state again.

Whatever is on screen is drawn into the diagram again when it is shown, so a hidden diagram
costs nothing while training runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from playground.session.model import Event, SessionModel, SessionReplaced, WeightsReplaced
from playground.session.replay import Frame
from playground.session.view_inputs import Curves, NetworkPicture, OutputPicture, RunStatus
from playground.training.protocol import Snapshot
from playground.ui.announce import announce
from playground.ui.controllers.worker import merge_snapshots
from playground.ui.status import format_metrics_tooltip, format_status, stop_note
from playground.ui.views.canvas import CanvasView
from playground.ui.views.curve_view import CurveView
from playground.ui.views.loss_plot import LossPlot
from playground.ui.views.network_view import NetworkView


class Recorder(Protocol):
    """Where live snapshots are recorded, and the one answer to "the latest snapshot"
    (the window's ``WindowSession``)."""

    @property
    def last_snapshot(self) -> Snapshot | None: ...

    def record_snapshot(self, snap: Snapshot) -> bool: ...


class ModelRecorder:
    """A ``Recorder`` over a bare session model (a router without a window session)."""

    def __init__(self, model: SessionModel) -> None:
        self.model = model
        self.last_snapshot: Snapshot | None = None

    def record_snapshot(self, snap: Snapshot) -> bool:
        if not self.model.record_snapshot(snap):
            return False
        self.last_snapshot = snap
        return True


@dataclass
class Views:
    """The views a snapshot or a replay frame is drawn into."""

    canvas: CanvasView
    network: NetworkView
    loss: LossPlot
    status: QLabel  # the training line of the status bar
    curve: Callable[[], CurveView | None]  # a 1-D session's view, once made
    inside: Callable[[Snapshot], None]  # the inspect views (live snapshots only)


class SnapshotRouter(QObject):
    """Draws the live run or a replay frame into ``views``; see the module's docstring.

    ``sigDrawn(Snapshot)``: a live snapshot was recorded and drawn (not while a replay frame
    is shown)."""

    sigDrawn = Signal(object)

    def __init__(self, model: SessionModel, views: Views, parent: QObject | None = None,
                 recorder: Recorder | None = None) -> None:
        """``recorder`` records live snapshots and keeps the latest (default: the model, with
        a ``ModelRecorder``)."""
        super().__init__(parent)
        self.model = model
        self.views = views
        self._recorder: Recorder = recorder if recorder is not None else ModelRecorder(model)
        self._pending: Snapshot | None = None
        self._draw_scheduled = False
        self._frame: Frame | None = None  # the replay frame on screen
        # a stop rule's note and the loop's sentence (the tooltip), kept until play goes on
        self._stopped: tuple[str, str] | None = None
        model.subscribe(self._on_model_event)
        views.network.installEventFilter(self)
        self._status: RunStatus | None = None  # the status line's numbers
        # a multi-label set: the line names the label the canvas shows
        views.canvas.sigShownLabelChanged.connect(
            lambda: self._show_status(self._status) if self._status is not None else None)

    @property
    def latest(self) -> Snapshot | None:
        """The latest live snapshot recorded in the model (drawn or not)."""
        return self._recorder.last_snapshot

    @property
    def replaying(self) -> bool:
        """A replay frame is on screen (live snapshots are recorded, not drawn)."""
        return self._frame is not None

    # --- live snapshots -----------------------------------------------------------------------
    def live(self, snap: Snapshot) -> None:
        """Queue a live snapshot; a backlog (the UI fell behind) is merged and drawn once."""
        pending = self._pending
        self._pending = snap if pending is None else merge_snapshots(pending, snap)
        if not self._draw_scheduled:
            self._draw_scheduled = True
            QTimer.singleShot(0, self._draw_pending)  # runs after the queued snapshots

    def _draw_pending(self) -> None:
        self._draw_scheduled = False
        snap, self._pending = self._pending, None
        if snap is not None:
            self.record(snap)

    def record(self, snap: Snapshot) -> None:
        """Record ``snap`` in the model and draw it, unless a replay frame is on screen."""
        if not self._recorder.record_snapshot(snap):
            return  # made before the latest reset or load: its picture is out of date
        if self._frame is not None:  # recorded, not drawn: the replay is on screen
            return
        v = self.views
        self._show_output(OutputPicture.of_snapshot(snap))
        v.loss.show_curves(Curves.of_snapshot(
            snap, self.model.history.rows() if snap.reset else None))
        if v.network.isVisible() or snap.reset:
            v.network.show_network(NetworkPicture.of_snapshot(snap))
        if snap.stopped:  # the rule's note stays until play goes on
            if self._stopped is None:  # told once, to a screen reader too
                announce(v.status, stop_note(snap.stopped, snap.config))
            self._stopped = (stop_note(snap.stopped, snap.config), snap.message or "")
        elif snap.playing:
            self._stopped = None
        self._show_status(RunStatus.of_snapshot(snap))
        v.inside(snap)
        self.sigDrawn.emit(snap)

    # --- replay -------------------------------------------------------------------------------
    def show_frame(self, frame: Frame) -> bool:
        """Draw a replay frame instead of the live run: its output and network pictures, a
        cursor at its epoch on the loss curves, its numbers (the history's row of its epoch)
        on the status line. False (nothing drawn) before the first live snapshot, which gives
        the network's config."""
        live = self.latest
        if live is None:
            return False
        self._frame = frame
        v = self.views
        config = live.config  # the network's (a replay is of the current network)
        self._show_output(OutputPicture.of_frame(frame, config.task))
        picture = self._network_picture()
        assert picture is not None
        v.network.show_network(picture)
        v.network.flush()
        row = self.model.history.at(frame.epoch)
        v.loss.set_cursor(frame.epoch, row)
        self._show_status(RunStatus.of_frame(frame, row, config))
        return True

    def show_live(self) -> None:
        """Leave the replay frame: the latest live state again."""
        if self._frame is None:
            return
        self._frame = None
        v = self.views
        v.loss.set_cursor(None)
        snap = self.latest
        if snap is None:
            return
        self._show_output(OutputPicture.of_snapshot(snap))
        v.network.show_network(NetworkPicture.of_snapshot(snap))
        v.network.flush()
        self._show_status(RunStatus.of_snapshot(snap))

    # --- the views ----------------------------------------------------------------------------
    def _show_output(self, picture: OutputPicture) -> None:
        self.views.canvas.show_output(picture)
        curve = self.views.curve()
        if curve is not None:  # made when a 1-D session first shows
            curve.show_output(picture)

    def _show_status(self, status: RunStatus) -> None:
        """The status line of ``status``; a stop rule's note stays on a live line while play
        is paused (its sentence in the tooltip)."""
        note, sentence = (None, "") if status.replay or self._stopped is None else self._stopped
        label = self.views.status
        label.setText(format_status(status, note, self.views.canvas.shown_label()))
        self._status = status
        tip = format_metrics_tooltip(status)
        label.setToolTip(tip if sentence in tip else f"{tip}\n{sentence}")

    def _network_picture(self) -> NetworkPicture | None:
        """What the diagram shows now: the replay frame's or the latest live snapshot's."""
        live = self.latest
        if live is None:
            return None
        if self._frame is None:
            return NetworkPicture.of_snapshot(live)
        norm = self.model.replay.normalizer
        mean, std = (live.input_mean, live.input_std) if norm is None else (norm.mean, norm.std)
        return NetworkPicture.of_frame(self._frame, live.config, mean, std)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # a diagram shown again catches up with what the other views show
        if obj is self.views.network and event.type() == QEvent.Type.Show:
            picture = self._network_picture()
            if picture is not None:
                self.views.network.show_network(picture)
        return False

    def _on_model_event(self, event: Event) -> None:
        if isinstance(event, (WeightsReplaced, SessionReplaced)):
            self._stopped = None  # continued from a replay frame, a reset, another session
