"""The loss landscape job (``training.landscape``): its centre is the trainer's current loss,
both kinds of plane, the fallback when there is no trajectory, and the job in a child
process through ``BackgroundJobs``."""

import time

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.points import PointSet
from playground.engine.neurons import flat_params
from playground.errors import ConfigError
from playground.training.background import BackgroundJobs
from playground.training.config import TrainConfig
from playground.training.landscape import (
    MAX_PATH_POINTS,
    Landscape,
    LandscapeRequest,
    landscape_job,
    thin_trajectory,
)
from playground.training.protocol import ModelState
from playground.training.trainer import Trainer

CONFIG = TrainConfig(hidden_layers=(6, 5), activations=("tanh", "relu"), optimizer="adam",
                     learning_rate=0.03, seed=3, l2=0.01)  # a penalty the landscape leaves out


def trained(config: TrainConfig = CONFIG, epochs: int = 12, n: int = 80):
    """A trainer after ``epochs`` epochs, its state and the trajectory of its weights."""
    points = make_dataset("moons", n, noise=0.1, seed=1, train_ratio=0.7)
    trainer = Trainer(config, points)
    trajectory = [trainer.model.pack()]
    for _ in range(epochs):
        trainer.run_epoch()
        trajectory.append(trainer.model.pack())
    m = trainer.model
    state = ModelState(tuple(w.copy() for w in m.weights), tuple(b.copy() for b in m.biases),
                       trainer.epoch, normalizer=trainer.normalizer)
    return trainer, points, state, np.array(trajectory)


@pytest.mark.parametrize("kind", ["random", "trajectory"])
def test_the_centre_is_the_current_training_loss(kind):
    trainer, points, state, trajectory = trained()
    request = LandscapeRequest(CONFIG, points, state, trajectory, kind=kind, resolution=7)
    reports = []
    result = landscape_job(request, report=reports.append)
    current = trainer.evaluate().train_loss
    assert result.kind == kind and result.note is None
    assert result.loss.shape == (7, 7)
    assert result.alphas[3] == 0.0 and result.betas[3] == 0.0
    assert result.loss[3, 3] == current and result.centre_loss == current
    assert result.epoch == trainer.epoch
    assert reports == [(k, 7) for k in range(1, 8)]
    assert result.path is not None and result.path.shape == (len(trajectory), 2)
    if kind == "trajectory":
        assert result.explained is not None and 0 < result.explained[1] <= result.explained[0]
        np.testing.assert_allclose(result.path[-1], 0.0, atol=1e-9)  # the path ends here
        # the map reaches beyond the path on both axes
        assert np.all(np.abs(result.path).max(axis=0) < [result.alphas[-1], result.betas[-1]])
    else:
        assert result.explained is None
        np.testing.assert_allclose(result.alphas, np.linspace(-1, 1, 7), atol=1e-15)


def test_float32_networks_and_the_initial_weights_have_their_loss_at_the_centre():
    config = CONFIG.replace(dtype="float32")
    trainer, points, state, _ = trained(config, epochs=3)
    result = landscape_job(LandscapeRequest(config, points, state, resolution=5))
    assert result.loss[2, 2] == trainer.evaluate().train_loss
    assert result.path is None
    fresh = landscape_job(LandscapeRequest(CONFIG, points, None, resolution=3))
    assert fresh.centre_loss == Trainer(CONFIG, points).evaluate().train_loss
    assert fresh.epoch == 0


def test_without_a_usable_trajectory_principal_directions_fall_back_to_random():
    trainer, points, state, trajectory = trained(epochs=3)
    for traj in (None, trajectory[:2], np.zeros((5, 3))):  # none, too short, another network
        result = landscape_job(LandscapeRequest(CONFIG, points, state, traj,
                                                kind="trajectory", resolution=3))
        assert result.kind == "random" and result.explained is None
        assert "random directions" in (result.note or "")
    still = np.tile(trainer.model.pack(), (4, 1))  # weights that never moved
    result = landscape_job(LandscapeRequest(CONFIG, points, state, still, kind="trajectory",
                                            resolution=3))
    assert result.kind == "random" and "did not move" in (result.note or "")


def test_requests_are_checked():
    _trainer, points, state, _ = trained(epochs=0)
    for bad in ({"resolution": 8}, {"resolution": 1}, {"resolution": 999}, {"kind": "pca"},
                {"span": 0.0}, {"span": float("nan")}, {"trajectory": np.zeros(4)}):
        with pytest.raises(ConfigError):
            LandscapeRequest(CONFIG, points, state, **bad)
    empty = PointSet.empty("classification", 2)
    with pytest.raises(ConfigError, match="no training points"):
        landscape_job(LandscapeRequest(CONFIG, empty, None, resolution=3))


def test_a_long_trajectory_is_thinned_keeping_its_ends():
    traj = np.arange(1000.0)[:, None] * np.ones((1, 3))
    thin = thin_trajectory(traj)
    assert len(thin) == MAX_PATH_POINTS
    assert thin[0, 0] == 0.0 and thin[-1, 0] == 999.0 and np.all(np.diff(thin[:, 0]) > 0)
    _trainer, points, state, _ = trained(epochs=0)
    request = LandscapeRequest(CONFIG, points, state, np.zeros((1000, 3)))
    assert request.trajectory is not None and len(request.trajectory) == MAX_PATH_POINTS


def test_the_job_runs_in_a_background_process():
    trainer, points, state, trajectory = trained(epochs=4)
    jobs = BackgroundJobs(max_workers=1)
    try:
        job = jobs.submit(landscape_job, LandscapeRequest(CONFIG, points, state, trajectory,
                                                          kind="trajectory", resolution=5))
        events, deadline = [], time.monotonic() + 30
        while not any(e.kind in ("done", "error") for e in events):
            assert time.monotonic() < deadline, "the landscape job did not finish"
            events += jobs.wait(1.0)
    finally:
        jobs.cancel()
    assert all(e.job == job for e in events)
    assert [e.value for e in events if e.kind == "progress"] == [(k, 5) for k in range(1, 6)]
    result = events[-1].value
    assert events[-1].kind == "done" and isinstance(result, Landscape)
    assert result.loss[2, 2] == trainer.evaluate().train_loss
    assert result.path is not None and result.path.shape == (len(trajectory), 2)


def test_flat_params_is_the_models_layout():
    trainer, _points, state, trajectory = trained(epochs=2)
    assert np.array_equal(flat_params(state.weights, state.biases), trainer.model.params)
    assert np.array_equal(flat_params(state.weights, state.biases), trajectory[-1])
