"""The loss landscape job: the training loss over a plane through the current weights.

``landscape_job(request, report=...)`` builds the network of ``request.config`` with the
request's weights (as the training loop loads them), picks the plane's directions (two
filter-normalised random ones, or the two principal directions of the trajectory of weights so
far), evaluates the training data loss (no penalty, as ``Trainer.evaluate`` reports it) on an
odd ``resolution`` × ``resolution`` grid whose middle cell is the current weights, and projects
the trajectory onto the plane. It is a plain function of picklable values, so
``training.background.BackgroundJobs`` can run it in a child process; it reports
``(rows_done, rows_total)`` as it goes. The maths is ``engine.landscape``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.data.points import PointSet
from playground.engine.landscape import (
    LandscapeError,
    batch_loss,
    filter_normalized_directions,
    project,
    surface,
    trajectory_directions,
)
from playground.errors import ConfigError
from playground.texts import translate_noop
from playground.training.config import TrainConfig
from playground.training.protocol import ModelState
from playground.training.trainer import Trainer

KINDS: dict[str, str] = {  # kind -> label (the window shows it translated: playground.texts)
    "random": translate_noop("LandscapeView", "Random directions (filter-normalised)"),
    "trajectory": translate_noop("LandscapeView", "Principal directions of the trajectory"),
}
# 41 x 41 = 1,681 forward passes: about 1.5 s for 8 hidden layers of 32 tanh units on 300
# training points on one core (bench/landscape.py)
DEFAULT_RESOLUTION = 41
MIN_RESOLUTION = 3
MAX_RESOLUTION = 201
DEFAULT_SPAN = 1.0
MAX_SPAN = 100.0
# a trajectory is thinned evenly to this many weight vectors (first and last kept)
MAX_PATH_POINTS = 200
MIN_PATH_POINTS = 3  # fewer saved weights: no principal directions
# on the trajectory's plane each axis reaches this much beyond the path (times ``span``)
PATH_MARGIN = 1.25


def thin_trajectory(trajectory: np.ndarray, max_points: int = MAX_PATH_POINTS) -> np.ndarray:
    """At most ``max_points`` rows of ``trajectory``, evenly spread, the first and last kept."""
    m = len(trajectory)
    if m <= max_points:
        return trajectory
    rows = np.unique(np.rint(np.linspace(0, m - 1, max_points)).astype(np.int64))
    return trajectory[rows]


@dataclass(frozen=True, eq=False)
class LandscapeRequest:
    """What to compute. ``state`` None means the config's seeded initial weights.

    ``trajectory``: ``(m, P)`` flat parameter vectors in epoch order (``P`` the network's
    parameter count, the layout of ``MLP.params``), or None; thinned to ``MAX_PATH_POINTS``.
    ``kind``: "random" or "trajectory" (``KINDS``); "trajectory" falls back to random
    directions when there are fewer than ``MIN_PATH_POINTS`` usable vectors.
    ``resolution``: odd grid size, so the centre is sampled. ``span``: the grid's half-width,
    in units of the random directions, or a multiple of the path's reach on the trajectory's
    plane. ``seed``: of the random directions.
    """

    config: TrainConfig
    points: PointSet
    state: ModelState | None = None
    trajectory: np.ndarray | None = None
    kind: str = "random"
    resolution: int = DEFAULT_RESOLUTION
    span: float = DEFAULT_SPAN
    seed: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ConfigError(f"landscape kind must be one of {', '.join(KINDS)} "
                              f"(got {self.kind!r})")
        res = self.resolution
        if (isinstance(res, bool) or not isinstance(res, (int, np.integer))
                or not MIN_RESOLUTION <= res <= MAX_RESOLUTION or res % 2 == 0):
            raise ConfigError(f"landscape resolution must be an odd number from "
                              f"{MIN_RESOLUTION} to {MAX_RESOLUTION} (got {res!r})")
        if not (isinstance(self.span, (int, float)) and math.isfinite(self.span)
                and 0 < self.span <= MAX_SPAN):
            raise ConfigError(f"landscape span must be above 0 and at most {MAX_SPAN:g} "
                              f"(got {self.span!r})")
        if self.trajectory is not None:
            traj = np.asarray(self.trajectory)
            if traj.ndim != 2:
                raise ConfigError(f"a trajectory is a (m, P) array (got shape {traj.shape})")
            object.__setattr__(self, "trajectory", thin_trajectory(traj))


@dataclass(frozen=True, eq=False)
class Landscape:
    """A computed map. ``loss[i, j]`` is the training loss at ``(alphas[i], betas[j])`` (NaN
    or inf where the network overflows); ``loss`` at the middle cell (``alphas`` and ``betas``
    are 0 there) is ``centre_loss``, the current training loss exactly. ``path``: the
    trajectory's ``(m, 2)`` coordinates on the plane, or None. ``kind`` is the kind used
    (``note`` says why when it is not the one asked for); ``explained``: the share of the
    trajectory's variance along each principal direction (None for random directions)."""

    kind: str
    alphas: np.ndarray
    betas: np.ndarray
    loss: np.ndarray
    centre_loss: float
    path: np.ndarray | None
    explained: tuple[float, float] | None
    seconds: float
    epoch: int
    note: str | None = None

    @property
    def resolution(self) -> int:
        return len(self.alphas)


def _trainer(request: LandscapeRequest) -> Trainer:
    trainer = Trainer(request.config, request.points)
    state = request.state
    if state is not None:  # as TrainingLoop._load does it
        if state.normalizer is not None:
            trainer.set_normalizer(state.normalizer)
        trainer.load_weights(list(state.weights), list(state.biases), state.epoch,
                             state.norms)
    if len(trainer.train_split) == 0:
        raise ConfigError("there are no training points to measure the loss on")
    return trainer


def _usable_trajectory(trajectory: np.ndarray | None, size: int) -> np.ndarray | None:
    """The trajectory as float64 if it fits this network (its finite rows), else None."""
    if trajectory is None:
        return None
    traj = np.asarray(trajectory, np.float64)
    if traj.ndim != 2 or traj.shape[1] != size:
        return None
    traj = traj[np.isfinite(traj).all(axis=1)]
    return traj if len(traj) else None


def _axis(half: float, resolution: int) -> np.ndarray:
    values = np.linspace(-half, half, resolution)
    values[resolution // 2] = 0.0  # exactly: the centre is sampled
    return values


def landscape_job(
    request: LandscapeRequest, *, report: Callable[[Any], None] | None = None
) -> Landscape:
    """Compute the landscape of ``request`` (see the module's docstring)."""
    start = time.perf_counter()
    trainer = _trainer(request)
    model, split = trainer.model, trainer.train_split
    centre = model.params.copy()
    with np.errstate(all="ignore"):  # the same evaluation as Trainer.evaluate's
        centre_loss = trainer.loss.value(model.logits(split.x), split.t, model.head)
    traj = _usable_trajectory(request.trajectory, centre.size)
    kind, note, explained = request.kind, None, None
    d1 = d2 = None
    if kind == "trajectory":
        if traj is None or len(traj) < MIN_PATH_POINTS:
            note = (f"principal directions need at least {MIN_PATH_POINTS} saved weights of "
                    f"this network; showing random directions")
        else:
            try:
                d1, d2, ratios = trajectory_directions(traj, centre)
                explained = (float(ratios[0]), float(ratios[1]))
            except LandscapeError as exc:
                note = f"{exc}; showing random directions"
        if d1 is None:
            kind = "random"
    if d1 is None or d2 is None:
        d1, d2 = filter_normalized_directions(model, np.random.default_rng(request.seed))
    path = project(traj, centre, d1, d2) if traj is not None else None
    res = request.resolution
    if kind == "trajectory" and path is not None:
        reach = np.abs(path).max(axis=0) * PATH_MARGIN * request.span
        reach = np.where(reach > 0, reach, request.span)
        alphas, betas = _axis(float(reach[0]), res), _axis(float(reach[1]), res)
    else:
        alphas = betas = _axis(request.span, res)

    def on_row(done: int, total: int) -> None:
        if report is not None:
            report((done, total))

    loss_fn = batch_loss(model, split.x, split.t, trainer.loss)
    grid = surface(loss_fn, centre, d1, d2, alphas, betas, centre_loss=centre_loss,
                   on_row=on_row)
    return Landscape(kind, alphas, betas, grid, centre_loss, path, explained,
                     time.perf_counter() - start, trainer.epoch, note)
