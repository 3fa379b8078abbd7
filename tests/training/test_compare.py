"""Comparisons: a job trains exactly as ``playground train`` does (in this process or a
background one), reports its progress, keeps what a diverged run had, and the suggestions are
valid variants of the configuration."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.points import PointSet
from playground.errors import ConfigError
from playground.limits import MAX_HIDDEN_LAYERS
from playground.training.background import BackgroundJobs
from playground.training.compare import (
    DIVERGED,
    HEATMAP_RESOLUTION,
    CompareResult,
    Progress,
    Stat,
    background_job,
    report_every,
    seed_configs,
    suggest_variants,
    summarize,
    train_job,
)
from playground.training.config import TrainConfig
from playground.training.protocol import HISTORY_COLUMNS, metrics_row
from playground.training.trainer import Trainer

POINTS = make_dataset("circle", n=120, noise=0.1, seed=3, train_ratio=0.6)
CONFIG = TrainConfig(hidden_layers=(5,), activations=("tanh",), optimizer="adam",
                     learning_rate=0.03, seed=7)


def independent_run(config, points, epochs):
    """The loop of ``playground train``, written out."""
    trainer = Trainer(config, points)
    rows = [metrics_row(trainer.evaluate())]
    for _ in range(epochs):
        trainer.run_epoch()
        metrics = trainer.evaluate()
        rows.append(metrics_row(metrics))
    return trainer, metrics, np.array(rows)


def assert_same_run(result: CompareResult, trainer, metrics, rows):
    assert result.metrics == metrics.as_dict()
    np.testing.assert_array_equal(result.history, rows)
    for got, want in zip(result.state.weights, trainer.model.weights):
        np.testing.assert_array_equal(got, want)
    for got, want in zip(result.state.biases, trainer.model.biases):
        np.testing.assert_array_equal(got, want)
    assert result.state.epoch == trainer.epoch
    assert result.state.normalizer == trainer.normalizer


def test_a_job_equals_an_independent_run_bit_for_bit():
    result = train_job(CONFIG, POINTS, 30)
    assert_same_run(result, *independent_run(CONFIG, POINTS, 30))
    assert result.stopped == "epochs" and result.message is None
    assert result.heatmap.shape == (HEATMAP_RESOLUTION, HEATMAP_RESOLUTION)
    assert result.history.shape == (31, len(HISTORY_COLUMNS))
    assert result.seconds > 0
    assert set(result.state.optimizer_state)  # Adam's moments, to continue exactly
    pickle.loads(pickle.dumps(result))  # it crosses a process boundary


def test_jobs_in_background_processes_equal_independent_runs():
    """``background_job`` (a lower-priority thread) as the dialog and the command run it."""
    other = CONFIG.replace(hidden_layers=(6, 3), activations=("relu", "tanh"),
                           optimizer="sgd", learning_rate=0.1)
    jobs = BackgroundJobs(2)
    ids = {jobs.submit(background_job, config, POINTS, 12): config for config in (CONFIG, other)}
    failing = jobs.submit(background_job, CONFIG, PointSet.empty("classification", 2), 3)
    results, progress, errors = {}, {job: [] for job in ids}, {}
    while jobs.busy:
        for event in jobs.wait(5.0):
            if event.kind == "error":
                errors[event.job] = event.value
            elif event.kind == "done":
                results[event.job] = event.value
            else:
                progress[event.job].append(event.value)
    for job, config in ids.items():
        assert_same_run(results[job], *independent_run(config, POINTS, 12))
        assert [p.done for p in progress[job]] == list(range(1, 13))
        np.testing.assert_array_equal(np.concatenate([p.history for p in progress[job]]),
                                      results[job].history)
    assert errors == {failing: "there are no training points to learn from"}


def test_progress_comes_about_every_one_and_a_half_percent():
    reports: list[Progress] = []
    result = train_job(CONFIG.replace(hidden_layers=(2,), activations=("tanh",)), POINTS, 200,
                       report=reports.append)
    every = report_every(200)
    assert every == 4
    assert [p.done for p in reports] == list(range(every, 201, every))
    assert all(p.total == 200 for p in reports)
    np.testing.assert_array_equal(np.concatenate([p.history for p in reports]), result.history)
    assert report_every(1) == 1 and report_every(10**6) == 15625


def test_a_stop_rule_ends_the_job_as_it_ends_train():
    config = CONFIG.replace(stop_loss=0.5)
    result = train_job(config, POINTS, 300)
    assert result.stopped == "stop_loss"
    assert result.metrics["train_loss"] <= 0.5
    epochs = result.metrics["epoch"]
    assert epochs < 300
    _, metrics, _ = independent_run(config, POINTS, epochs)
    assert result.metrics == metrics.as_dict()


def test_a_diverged_job_keeps_its_last_good_epoch():
    points = make_dataset("sine", n=80, noise=0.0, seed=0, train_ratio=0.5)
    config = TrainConfig(task="regression", n_classes=0, features=("x1",), loss="mse",
                         hidden_layers=(16, 16), activations=("relu", "relu"),
                         optimizer="sgd", learning_rate=10.0)
    reports: list[Progress] = []
    result = train_job(config, points, 5, report=reports.append)
    assert result.stopped == DIVERGED
    assert "diverged" in result.message and "learning rate" in result.message
    assert np.isfinite(result.history[:, 1]).all()
    assert result.metrics["epoch"] == result.history[-1, 0] == result.state.epoch
    np.testing.assert_array_equal(np.concatenate([p.history for p in reports]), result.history)


def test_suggestions_are_valid_variants_with_the_same_seed():
    suggestions = dict(suggest_variants(CONFIG))
    assert list(suggestions) == ["deeper", "wider", "relu", "sgd"]
    assert suggestions["deeper"].hidden_layers == (5, 5)
    assert suggestions["deeper"].activations == ("tanh", "tanh")
    assert suggestions["wider"].hidden_layers == (10,)
    assert suggestions["relu"].activations == ("relu",)
    assert suggestions["sgd"].optimizer == "sgd"
    for config in suggestions.values():
        assert config.seed == CONFIG.seed and config != CONFIG
    relu = CONFIG.replace(activations=("relu",), optimizer="sgd")
    assert dict(suggest_variants(relu))["tanh"].activations == ("tanh",)
    assert "adam" in dict(suggest_variants(relu))


@pytest.mark.parametrize("hidden,expected", [
    ((), ["deeper", "adam"]),
    ((8,) * MAX_HIDDEN_LAYERS, ["wider", "relu", "adam"]),
    ((256, 256), ["deeper", "relu", "adam"]),
])
def test_suggestions_respect_the_limits(hidden, expected):
    config = TrainConfig(hidden_layers=hidden, activations=("tanh",) * len(hidden))
    assert [name for name, _ in suggest_variants(config)] == expected


# --- several seeds --------------------------------------------------------------------------
def test_seed_configs_count_up_from_the_configs_seed():
    configs = seed_configs(CONFIG, 3)
    assert configs[0] is CONFIG
    assert [c.seed for c in configs] == [7, 8, 9]
    assert all(c.replace(seed=7) == CONFIG for c in configs)
    with pytest.raises(ConfigError, match="--seeds must be between 1 and"):
        seed_configs(CONFIG, 0)


def test_a_single_run_has_a_mean_and_no_sd():
    result = train_job(CONFIG, POINTS, 3)
    summary = summarize([result])
    assert summary["test_accuracy"] == Stat(result.metrics["test_accuracy"], None, 1)
    assert summary["r2"] == Stat(None, None, 0)  # a classifier has no R²


def test_a_jobs_picture_covers_its_points_wherever_they_lie():
    """Points at ±30: the card's heatmap is taken over them (not the ±6 box, which would show
    a corner of the plane the network never saw), and equals the network there."""
    wide = PointSet(POINTS.coords * 5, POINTS.values, POINTS.is_train, POINTS.task,
                    POINTS.n_classes)
    result = train_job(CONFIG, wide, 20)
    x0, x1, y0, y1 = result.frame.extent
    assert x0 < wide.coords[:, 0].min() and x1 > wide.coords[:, 0].max()
    assert y0 < wide.coords[:, 1].min() and y1 > wide.coords[:, 1].max()
    trainer = Trainer(CONFIG, wide)
    trainer.load_weights(list(result.state.weights), list(result.state.biases))
    res = result.heatmap.shape[0]
    expected = trainer.predict(result.frame.grid(res))[:, 0].reshape(res, res)
    np.testing.assert_allclose(result.heatmap[..., 0] if result.heatmap.ndim == 3
                               else result.heatmap, expected, atol=1e-5)
