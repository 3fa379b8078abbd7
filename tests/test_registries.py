"""The registries are the one source of truth: a loss and a schedule registered there, and
nowhere else, are accepted by TrainConfig, offered by the training panel, trained by the
Trainer, accepted in a weights file and by the command line.

Both are registered with ``monkeypatch`` for one test at a time, so no other test sees them.
"""

import dataclasses
import importlib
import json
import math

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.engine.losses import LOSSES, Loss, losses_for
from playground.engine.optimizers import SCHEDULES, config_params
from playground.engine.schedules import LR_GAMMA, LR_T_MAX, ScheduleSpec, scheduled_lr
from playground.errors import ConfigError
from playground.training.config import TrainConfig
from playground.training.export import weights_file
from playground.training.trainer import Trainer

LOSS = "log_cosh"
SCHEDULE = "linear_decay"


# --- the new loss: log(cosh(z - t)), smooth like MSE near 0 and like MAE far away -------------
def log_cosh_value(z, t, head):
    r = np.abs(z - t)
    return float(np.mean(r + np.log1p(np.exp(-2.0 * r)) - math.log(2.0)))


def log_cosh_delta(z, t, head, p, d):
    np.copyto(p, z)
    np.subtract(z, t, out=d)
    np.tanh(d, out=d)
    d *= 1.0 / d.size


# --- the new schedule: straight down to a floor over a length of epochs ----------------------
# Its two parameters map onto existing config fields under its own names for them.
LENGTH = dataclasses.replace(LR_T_MAX, name="length", default=50,
                             tip="Linear decay: epochs to reach the floor")
FLOOR = dataclasses.replace(LR_GAMMA, name="floor", label="Floor", default=0.1,
                            tip="Linear decay: the final fraction of the learning rate")


def linear_decay(lr, epoch, p):
    progress = min(epoch / p["length"], 1.0)
    return lr * (1.0 - progress * (1.0 - p["floor"]))


@pytest.fixture
def registered(monkeypatch):
    """Register the loss and the schedule in the registries only, for one test."""
    monkeypatch.setitem(
        LOSSES, LOSS, Loss(LOSS, "Log-cosh", ("linear",), log_cosh_value, log_cosh_delta))
    monkeypatch.setitem(
        SCHEDULES, SCHEDULE, ScheduleSpec(SCHEDULE, "Linear decay", linear_decay, (LENGTH, FLOOR)))


def config(**changes):
    base = TrainConfig(task="regression", n_classes=0, loss=LOSS, schedule=SCHEDULE,
                       lr_t_max=40, lr_gamma=0.25, hidden_layers=(6,), activations=("tanh",),
                       optimizer="adam", learning_rate=0.05, seed=3)
    return base.replace(**changes)


def test_unregistered_names_are_refused():
    with pytest.raises(ConfigError, match=f"unknown loss '{LOSS}'"):
        TrainConfig(task="regression", n_classes=0, loss=LOSS)
    with pytest.raises(ConfigError, match=f"unknown schedule '{SCHEDULE}'"):
        TrainConfig(schedule=SCHEDULE)


def test_config_accepts_them_and_validates_through_the_declarations(registered):
    cfg = config()
    assert TrainConfig.from_json(cfg.to_json()) == cfg
    assert LOSS in losses_for("regression") and LOSS not in losses_for("classification")
    assert cfg.schedule_params() == {"length": 40, "floor": 0.25}
    with pytest.raises(ConfigError, match="schedule length must be between 1 and"):
        config(lr_t_max=0)
    with pytest.raises(ConfigError, match="schedule gamma must be"):
        config(lr_gamma=0.0)
    with pytest.raises(ConfigError, match=f"loss '{LOSS}' does not fit a classification task"):
        TrainConfig(loss=LOSS)
    assert cfg.with_task("classification", 3).loss in losses_for("classification")
    assert {p.field for p in config_params()} >= {"lr_t_max", "lr_gamma"}


def test_scheduled_lr_fills_and_checks_the_new_parameters(registered):
    assert scheduled_lr(SCHEDULE, 1.0, 25) == pytest.approx(1.0 - 0.5 * 0.9)  # defaults
    assert scheduled_lr(SCHEDULE, 1.0, 80, {"length": 40, "floor": 0.25}) == 0.25
    with pytest.raises(ConfigError, match="schedule length must be"):
        scheduled_lr(SCHEDULE, 1.0, 3, {"length": 0})


def test_training_panel_offers_them(registered, qtbot):
    from playground.ui.controllers.document import Document
    from playground.ui.panels.training_panel import TrainingPanel
    from playground.ui.widgets import combo_data, select_data

    doc = Document()
    panel = TrainingPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    panel.advanced.expand()  # the schedule's rows are in the folded part
    assert SCHEDULE in combo_data(panel.schedule)
    assert panel.schedule.itemText(combo_data(panel.schedule).index(SCHEDULE)) == "Linear decay"
    select_data(panel.schedule, SCHEDULE)
    assert doc.config.schedule == SCHEDULE
    shown = {f for f in panel.schedule_rows if panel.fields[f].isVisibleTo(panel)}
    assert shown == {"lr_t_max", "lr_gamma"}  # the existing fields it maps onto
    panel.fields["lr_t_max"].setValue(30)
    assert doc.config.schedule_params()["length"] == 30

    assert LOSS not in combo_data(panel.loss)  # the document holds classification points
    doc.set_task("regression")
    assert LOSS in combo_data(panel.loss)
    select_data(panel.loss, LOSS)
    assert doc.config.loss == LOSS


def test_trainer_trains_with_them(registered):
    points = make_dataset("plane", n=120, noise=0.1, seed=2, train_ratio=0.75)
    cfg = config()
    trainer = Trainer(cfg, points)
    first = trainer.evaluate().train_loss
    for _ in range(5):
        assert trainer.run_epoch()
    metrics = trainer.evaluate()
    assert trainer.loss is LOSSES[LOSS]
    assert math.isfinite(metrics.train_loss) and metrics.train_loss < first
    assert metrics.train_loss == pytest.approx(
        log_cosh_value(trainer.model.logits(trainer.train_split.x), trainer.train_split.t, ""))
    assert trainer.current_lr() == pytest.approx(0.05 * (1.0 - 5 / 40 * 0.75))


def _weights_module():
    for name in ("playground.data.weights_file", "playground.data.formats"):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise AssertionError("no weights loader module")


def test_weights_file_with_the_new_loss_round_trips(registered, tmp_path):
    loader = _weights_module()
    points = make_dataset("plane", n=60, noise=0.1, seed=2)
    trainer = Trainer(config(), points)
    trainer.run_epoch()
    model = trainer.model
    path = tmp_path / "log_cosh.npz"
    loader.save_weights(path, weights_file(
        trainer.config, model.weights, model.biases, trainer.normalizer, trainer.epoch))
    loaded = loader.load_weights(path)
    assert loaded.meta["loss"] == LOSS
    assert TrainConfig.from_dict(loaded.meta["config"]) == trainer.config
    for saved, own in zip(loaded.weights, model.weights):
        np.testing.assert_array_equal(saved, own)


def test_command_line_trains_with_them(registered, tmp_path, capsys):
    from playground.cli import main

    out = tmp_path / "cli.npz"
    code = main(["train", "--dataset", "plane", "--n-points", "80", "--loss", LOSS,
                 "--schedule", SCHEDULE, "--lr-t-max", "20", "--epochs", "2", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    metrics = json.loads(captured.out.strip().splitlines()[-1])
    assert metrics["epoch"] == 2 and math.isfinite(metrics["train_loss"])
    saved = _weights_module().load_weights(out)
    assert saved.meta["loss"] == LOSS and saved.meta["config"]["schedule"] == SCHEDULE


def test_registration_did_not_leak():
    assert LOSS not in LOSSES and SCHEDULE not in SCHEDULES
