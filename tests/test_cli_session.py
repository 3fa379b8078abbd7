"""``playground train --session``: the run saved through the session model, as the window
saves it, so the window opens it where the command line left off."""

import numpy as np

from playground.session.file import load_session
from playground.session.model import SessionModel
from playground.training.config import TrainConfig
from tests.test_cli import run


def test_train_writes_a_session_the_window_can_open(tmp_path):
    path = tmp_path / "run.pgsession"
    proc = run("train", "--dataset", "moons", "--layers", "6", "--optimizer", "adam",
               "--epochs", "30", "--seed", "4", "--session", str(path))
    assert proc.returncode == 0, proc.stderr
    s = load_session(path)
    assert s.epoch == 30 and s.config.hidden_layers == (6,) and s.config.seed == 4
    assert s.history[:, 0].tolist() == list(range(31))  # every epoch, from the start
    assert np.all(np.diff(s.history[:5, 1]) < 0)  # the loss went down
    assert int(s.optimizer_state["t"]) > 0 and {"m", "v"} <= set(s.optimizer_state)
    assert len(s.points) == 500 and 0 < s.points.n_test < 500
    model = SessionModel(TrainConfig())
    model.load(s)
    assert model.epoch == 30 and model.weights is not None and len(model.history) == 30


def test_session_may_not_overwrite_an_input(tmp_path):
    out = tmp_path / "m.npz"
    proc = run("train", "--epochs", "1", "--out", str(out), "--session", str(out))
    assert proc.returncode == 2 and "--session" in proc.stderr and not out.exists()
