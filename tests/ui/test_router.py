"""The snapshot router without a window: a live snapshot reaches every view; while a replay
frame is shown, live snapshots are recorded but the views show the frame's pictures and
numbers; leaving the replay draws the latest live state; a diagram shown again catches up."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from playground.data.datasets import VIEW_BOX
from playground.session.link import link
from playground.training.loop import TrainingLoop
from playground.training.protocol import Snapshot, Step
from playground.ui.controllers.document import Document
from playground.ui.router import SnapshotRouter, Views
from playground.ui.status import format_loss
from playground.ui.views.canvas import CanvasView
from playground.ui.views.hover import sample_heatmap
from playground.ui.views.loss_plot import LossPlot
from playground.ui.views.network_view import NetworkView
from tests.ui.helpers import shown

PROBES = ((-3.0, -2.0), (0.5, 1.5), (4.0, -4.0))


class Rig:
    """A router over real views, fed by an in-process training loop linked to the model."""

    def __init__(self, qtbot) -> None:
        self.doc = Document()
        self.model = self.doc.model
        self.loop = TrainingLoop(self.model.config, self.model.points, resolution=32,
                                 neuron_resolution=12)
        link(self.model, self.loop)
        self.canvas = shown(qtbot, CanvasView(self.doc))
        self.network = shown(qtbot, NetworkView(), 600, 320)
        self.loss = shown(qtbot, LossPlot(), 600, 200)
        self.status = QLabel()
        qtbot.addWidget(self.status)
        self.inside: list[Snapshot] = []
        self.drawn: list[Snapshot] = []
        self.router = SnapshotRouter(self.model, Views(
            self.canvas, self.network, self.loss, self.status, curve=lambda: None,
            inside=self.inside.append))
        self.router.sigDrawn.connect(self.drawn.append)

    def train(self, epochs: int) -> Snapshot:
        """Train ``epochs`` more, handing every snapshot to the router; the last one."""
        target = self.model.epoch + epochs
        self.loop.send(Step(epochs))
        for _ in range(10_000):
            snap = self.loop.poll()
            if snap is not None:
                self.router.record(snap)
                if snap.epoch >= target and not snap.playing:
                    return snap
        raise AssertionError(f"the loop did not reach epoch {target}")

    def canvas_shows(self, heatmap: np.ndarray) -> bool:
        for x, y in PROBES:
            shown_now = self.canvas.prediction_at(x, y)
            assert shown_now is not None
            expected = sample_heatmap(heatmap.astype(np.float32), x, y, VIEW_BOX)
            if not np.allclose(shown_now[1], expected):
                return False
        return True

    def diagram_shows(self, epoch: int, weights: tuple[np.ndarray, ...]) -> bool:
        picture = self.network.picture
        return picture is not None and picture.epoch == epoch and all(
            np.array_equal(a, b) for a, b in zip(picture.weights, weights, strict=True))


@pytest.fixture
def rig(qtbot):
    return Rig(qtbot)


def test_a_live_snapshot_draws_every_view(rig):
    rig.train(3)
    snap = rig.train(4)
    assert rig.model.epoch == snap.epoch == 7 and rig.router.latest is snap
    assert rig.canvas_shows(snap.heatmap)
    rig.network.flush()  # the diagram redraws at most 10 times a second
    assert rig.diagram_shows(snap.epoch, snap.weights)
    rig.loss.flush()
    np.testing.assert_array_equal(rig.loss.history(), rig.model.history.rows())
    assert rig.status.text().startswith(f"Epoch {snap.epoch:,}")
    assert format_loss(snap.metrics.train_loss) in rig.status.text()
    assert rig.inside[-1] is snap and rig.drawn[-1] is snap


def test_a_replay_frame_is_what_the_views_show_while_live_snapshots_are_recorded(rig):
    for _ in range(4):
        rig.train(5)
    frames = rig.model.replay.frames
    assert len(frames) >= 3
    frame = frames[1]
    assert rig.router.show_frame(frame) and rig.router.replaying
    drawn, inside = len(rig.drawn), len(rig.inside)
    later = rig.train(5)  # arrives while the frame is on screen
    assert rig.model.epoch == later.epoch and rig.router.latest is later  # recorded
    assert len(rig.drawn) == drawn and len(rig.inside) == inside  # not drawn
    assert rig.canvas_shows(frame.heatmap) and not rig.canvas_shows(later.heatmap)
    assert rig.diagram_shows(frame.epoch, frame.weights)
    row = rig.model.history.at(frame.epoch)
    text = rig.status.text()
    assert text.startswith(f"Replay · Epoch {frame.epoch:,}")
    assert f"train loss {format_loss(float(row[1]))}" in text and "epochs/s" not in text
    assert rig.loss._cursor is not None and rig.loss._cursor.value() == frame.epoch

    rig.router.show_live()
    assert not rig.router.replaying and rig.loss._cursor is None
    assert rig.canvas_shows(later.heatmap)
    assert rig.diagram_shows(later.epoch, later.weights)
    assert rig.status.text().startswith(f"Epoch {later.epoch:,}")
    assert "Replay" not in rig.status.text()
    newest = rig.train(5)  # drawn again
    assert rig.drawn[-1] is newest and rig.canvas_shows(newest.heatmap)


def test_nothing_to_replay_before_the_first_live_snapshot(rig):
    from playground.session.replay import frame_of

    sizes = rig.model.config.layer_sizes
    frame = frame_of(0, 1.0, np.zeros((8, 8)), (),
                     tuple(np.zeros((a, b)) for a, b in zip(sizes[:-1], sizes[1:])),
                     tuple(np.zeros(b) for b in sizes[1:]))
    assert not rig.router.show_frame(frame) and not rig.router.replaying
    assert rig.network.picture is None


def test_a_diagram_shown_again_catches_up_with_the_run(rig):
    first = rig.train(2)
    rig.network.flush()
    rig.network.hide()
    later = rig.train(6)  # not drawn into a hidden diagram
    assert rig.diagram_shows(first.epoch, first.weights)
    rig.network.show()
    rig.network.flush()  # at the next redraw tick
    assert rig.diagram_shows(later.epoch, later.weights)
    # while a replay frame is on screen, the frame, not the live run
    frame = rig.model.replay.frames[0]
    rig.router.show_frame(frame)
    rig.network.hide()
    rig.train(3)
    rig.network.show()
    rig.network.flush()
    assert rig.diagram_shows(frame.epoch, frame.weights)


def test_the_replay_controller_drives_the_router_without_a_window(rig):
    from playground.ui.replay import ReplayController

    reports: list[str] = []
    replay = ReplayController(rig.model, rig.doc, rig.router,
                              lambda text, _ms: reports.append(text))
    replay.action.trigger()
    assert not replay.active and "Nothing to replay yet" in reports[-1]
    for _ in range(3):
        last = rig.train(5)
    replay.action.trigger()
    assert replay.active and rig.router.replaying
    first = rig.model.replay.frames[0]
    replay.bar.slider.setValue(0)
    assert rig.diagram_shows(first.epoch, first.weights)
    replay.leave_action.trigger()
    assert not replay.active and not rig.router.replaying
    rig.network.flush()
    assert rig.diagram_shows(last.epoch, last.weights)
