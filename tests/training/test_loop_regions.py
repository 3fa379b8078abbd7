"""The linear regions a loop traces when asked (``ViewRequest.linear_regions``): on the
heatmap's grid, at a bounded rate while training, once when paused."""

from __future__ import annotations

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.features import make_features
from playground.engine.regions import linear_regions
from playground.training.config import TrainConfig
from playground.training.inspection import REGIONS_HZ
from playground.training.loop import TrainingLoop
from playground.training.protocol import Pause, Play, RequestSnapshot, SetViews, ViewRequest
from tests.training.helpers import FakeClock, poll_until

RELU = TrainConfig(hidden_layers=(6, 6), activations=("relu", "relu"))


@pytest.fixture(scope="module")
def spiral():
    return make_dataset("spiral", n=120, noise=0.1, seed=0, train_ratio=0.8)


def neighbours_alike(ids: np.ndarray) -> np.ndarray:
    """Whether each pixel is in its right and upper neighbours' regions (a partition's
    picture, whatever its numbering)."""
    return np.concatenate([(ids[:, 1:] == ids[:, :-1]).ravel(),
                           (ids[1:] == ids[:-1]).ravel()])


def test_regions_are_the_networks_on_the_heatmaps_grid(spiral):
    loop = TrainingLoop(RELU, spiral, resolution=24, clock=FakeClock())
    loop.poll()
    loop.send(SetViews(ViewRequest(linear_regions=True)))
    snap = poll_until(loop, lambda s: s.regions is not None)
    regions, trainer = snap.regions, loop.trainer
    assert regions.reason is None and regions.resolution == 24
    assert regions.extent == snap.frame.extent
    x = make_features(snap.frame.grid(24, 2), RELU.features, trainer.normalizer, np.float64)
    ids, count = linear_regions(trainer.model, x)
    # float32 and float64 may part on a pixel at a boundary, never more
    assert abs(count - regions.count) <= 1
    agree = neighbours_alike(regions.ids) == neighbours_alike(ids.reshape(24, 24))
    assert agree.mean() > 0.98


def test_regions_come_at_a_bounded_rate_while_training_and_once_when_paused(spiral):
    clock = FakeClock(0.002)
    loop = TrainingLoop(RELU, spiral, resolution=24, clock=clock)
    loop.poll()
    loop.send(SetViews(ViewRequest(linear_regions=True)))
    poll_until(loop, lambda s: s.regions is not None)
    loop.send(Play())
    times, epochs, snaps = [], [], 0
    for _ in range(150):
        snap = loop.poll()
        if snap is None:
            continue
        snaps += 1
        if snap.regions is not None:
            times.append(clock.t)
            epochs.append(snap.epoch)
    assert snaps > len(times) >= 2, (snaps, times)
    assert all(b - a >= 0.9 / REGIONS_HZ for a, b in zip(times, times[1:]))
    assert epochs == sorted(epochs) and epochs[-1] > epochs[0]
    loop.send(Pause())
    paused = poll_until(loop, lambda s: not s.playing)
    assert paused.regions is not None  # the weights it stopped at
    loop.send(RequestSnapshot())
    assert poll_until(loop, lambda s: True).regions is None  # nothing changed since


def test_a_network_without_regions_gets_the_reason(spiral):
    config = TrainConfig(hidden_layers=(4,), activations=("tanh",))
    loop = TrainingLoop(config, spiral, resolution=16, clock=FakeClock())
    loop.poll()
    loop.send(SetViews(ViewRequest(linear_regions=True)))
    regions = poll_until(loop, lambda s: s.regions is not None).regions
    assert regions.ids is None and regions.count == 0 and "ReLU" in regions.reason
    normed = RELU.replace(norm=("layer", "none"))
    loop = TrainingLoop(normed, spiral, resolution=16, clock=FakeClock())
    loop.send(SetViews(ViewRequest(linear_regions=True)))
    regions = poll_until(loop, lambda s: s.regions is not None).regions
    assert regions.ids is None and "layer norm" in regions.reason
