"""Driving a ``TrainingLoop`` without threads: a fake clock and a poll-until helper.

The fake clock advances a fixed step on every call, so how much training one poll does is
decided by the number of clock reads, never by how fast this machine is.
"""

from __future__ import annotations

from collections.abc import Callable

from playground.data.points import PointSet
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import Snapshot


class FakeClock:
    def __init__(self, step: float = 0.001) -> None:
        self.t = 0.0
        self.step = step

    def __call__(self) -> float:
        self.t += self.step
        return self.t


def make_loop(points: PointSet, config: TrainConfig | None = None, resolution: int = 24,
              step: float = 0.001, **kw) -> TrainingLoop:
    return TrainingLoop(config or TrainConfig(), points, resolution=resolution,
                        clock=FakeClock(step), **kw)


def poll_until(loop: TrainingLoop, cond: Callable[[Snapshot], bool],
               limit: int = 200) -> Snapshot:
    for _ in range(limit):
        snap = loop.poll()
        if snap is not None and cond(snap):
            return snap
    raise AssertionError("condition never met")
