"""RegionsView fed from a real TrainingLoop (no threads), and the Inspect ▸ Linear regions
dock in the window: the regions' colours over the extent, the count, the reason when a
network has none, the points on top, and the note in replay."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from playground.engine.regions import NOT_PIECEWISE_LINEAR
from playground.pictures.regions import REGION_PALETTE, region_rgb
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import SetViews, Snapshot, ViewRequest
from playground.ui.controllers.document import Document
from playground.ui.controllers.worker import merge_snapshots
from playground.ui.views.regions_view import RegionsView
from tests.ui.helpers import shown
from tests.ui.probes import point_count
from tests.ui.test_accessibility import unnamed
from tests.ui.test_window import TIMEOUT, first_snapshot

RELU = TrainConfig(hidden_layers=(6, 6), activations=("relu", "relu"))


@pytest.fixture
def view(qtbot, doc):
    return shown(qtbot, RegionsView(doc), 500, 500)


def regions_snapshot(doc: Document, config: TrainConfig) -> Snapshot:
    loop = TrainingLoop(config, doc.points, resolution=16, points_version=doc.version)
    loop.poll()
    loop.send(SetViews(ViewRequest(linear_regions=True)))
    for _ in range(20):
        snap = loop.poll()
        if snap is not None and snap.regions is not None:
            return snap
    raise AssertionError("no regions")


def test_draws_each_region_in_its_colour_over_the_extent_with_the_count(view, doc):
    snap = regions_snapshot(doc, RELU)
    regions = snap.regions
    view.show_regions(regions)
    view.flush()
    np.testing.assert_array_equal(view.image.image, region_rgb(regions.ids))
    rect = view.image.mapRectToParent(view.image.boundingRect())
    x0, x1, y0, y1 = regions.extent
    assert (rect.left(), rect.right(), rect.top(), rect.bottom()) == pytest.approx(
        (x0, x1, y0, y1))
    text = view.count_label.text()  # "(s)" until the English catalogue has its plural
    assert text.startswith(f"{regions.count} linear region") and text.endswith(
        "on a 16 × 16 grid")
    assert point_count(view) == len(doc.points)
    view.show_points.setChecked(False)
    assert point_count(view) == 0
    view.show_points.setChecked(True)
    assert point_count(view) == len(doc.points)


def test_neighbouring_ids_get_unlike_colours():
    ids = np.arange(64)
    rgb = region_rgb(ids).astype(int)
    assert len({tuple(c) for c in rgb.tolist()}) == 64  # 64 ids, 64 colours
    step = np.abs(np.diff(rgb, axis=0)).sum(axis=1)
    assert step.min() > 40  # consecutive ids never look alike
    assert REGION_PALETTE.min() > 60  # light: the points on top stay readable


def test_a_network_without_regions_shows_the_reason(view, doc):
    snap = regions_snapshot(doc, TrainConfig(hidden_layers=(4,), activations=("tanh",)))
    view.show_regions(snap.regions)
    view.flush()
    assert view.count_label.text() == NOT_PIECEWISE_LINEAR
    assert view.image.image is None


def test_replay_says_the_regions_are_the_live_runs(view, doc):
    view.show_regions(regions_snapshot(doc, RELU).regions)
    view.flush()
    assert not view.note.isVisible()
    view.set_replaying(True)
    assert view.note.isVisible() and "Live run only" in view.note.text()
    view.set_replaying(False)
    assert not view.note.isVisible()


def test_a_backlog_keeps_the_regions_an_older_snapshot_carried(doc):
    older = regions_snapshot(doc, RELU)
    newer = dataclasses.replace(older, serial=older.serial + 1, regions=None)
    assert merge_snapshots(older, newer).regions is older.regions
    fresh = dataclasses.replace(older, serial=older.serial + 2)
    assert merge_snapshots(older, fresh).regions is fresh.regions


def test_the_dock_asks_for_the_regions_while_it_shows(qtbot, window):
    w = window
    first_snapshot(qtbot, w)
    w.document.set_config(w.document.config.replace(hidden_layers=(5, 5),
                                                    activations=("relu", "relu")))
    w.commands["inspect.regions"].trigger()
    assert w.inspect.regions_dock.isVisible() and w.inspect.inside.request.linear_regions
    qtbot.waitUntil(lambda: " linear region" in w.inspect.regions.count_label.text()
                    and "Waiting" not in w.inspect.regions.count_label.text(),
                    timeout=TIMEOUT)
    assert w.inspect.regions.image.image is not None
    assert not unnamed(w.inspect.regions_dock)  # a screen reader names each control
    w.commands["inspect.regions"].trigger()
    assert not w.inspect.inside.request.linear_regions
