"""Running a tutorial's experiment from the command line alone, and comparing it with the
independent NumPy network of ``tests.tutorials.reference``.

A run is two ``playground train`` calls, as a learner makes them: ``--epochs 0 --out init.npz``
writes the initial weights the settings draw (the tutorial's starting point), then
``--init init.npz --epochs E --out final.npz --session run.pgsession`` trains them. The
reference starts from ``init.npz`` and trains the same network the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from playground.data.weights_file import WeightsFile, load_weights
from playground.session.file import Session, load_session
from tests.test_cli import train_json
from tests.tutorials.reference import Net, net_from_weights, scaled_inputs, targets

TOLERANCE = 1e-9  # Playground against the reference: weights and every loss of the history
# plain gradient descent in float64, as every tutorial does
SGD = ("--optimizer", "sgd", "--momentum", "0", "--dtype", "float64")


@dataclass
class Run:
    init: WeightsFile
    final: WeightsFile
    session: Session
    result: dict  # the JSON line ``train`` printed

    @property
    def train_losses(self) -> np.ndarray:
        """The training loss before training and after every epoch (the session's history)."""
        return self.session.history[:, 1]

    def train_points(self) -> tuple[np.ndarray, np.ndarray]:
        """Raw coordinates and values of the training split, in the order training visits
        them (``--no-shuffle``)."""
        p = self.session.points
        return p.coords[p.is_train], p.values[p.is_train]

    def test_points(self) -> tuple[np.ndarray, np.ndarray]:
        p = self.session.points
        return p.coords[~p.is_train], p.values[~p.is_train]

    def reference(self, per_label: str = "mean") -> Net:
        """The reference network, starting from ``init.npz``."""
        return net_from_weights(self.init, per_label)

    def inputs(self, coords: np.ndarray) -> np.ndarray:
        return scaled_inputs(self.init.meta, coords)

    def targets(self, values: np.ndarray) -> np.ndarray:
        meta = self.init.meta
        return targets(values, meta["activations"][-1], len(meta["classes"]))


def run_tutorial(tmp_path: Path, data: list[str], settings: list[str], epochs: int) -> Run:
    """``train`` with ``data`` (``--dataset ...`` and its flags) and ``settings`` (network and
    training flags): the initial weights with ``--epochs 0``, then ``epochs`` from them."""
    init, final = tmp_path / "init.npz", tmp_path / "final.npz"
    session = tmp_path / "run.pgsession"
    train_json(*data, *settings, "--epochs", "0", "--out", str(init))
    result = train_json(*data, *settings, "--init", str(init), "--epochs", str(epochs),
                        "--out", str(final), "--session", str(session))
    return Run(load_weights(init), load_weights(final), load_session(session), result)


def assert_same_network(net: Net, wf: WeightsFile, tol: float = TOLERANCE) -> None:
    """The reference's weights and biases equal the weights file's to ``tol``."""
    assert len(net.weights) == len(wf.weights)
    for i, (w, b, fw, fb) in enumerate(zip(net.weights, net.biases, wf.weights, wf.biases)):
        np.testing.assert_allclose(fw, w, rtol=0, atol=tol, err_msg=f"W{i}")
        np.testing.assert_allclose(fb, b, rtol=0, atol=tol, err_msg=f"b{i}")


def assert_same_losses(reference: list[float], playground: np.ndarray,
                       tol: float = TOLERANCE) -> None:
    assert len(playground) == len(reference)
    np.testing.assert_allclose(playground, reference, rtol=0, atol=tol)


def legacy_normal(shape: tuple[int, ...], seed: int = 42) -> np.ndarray:
    """``np.random.seed(seed); np.random.randn(*shape)``: how the tutorials draw weights."""
    return np.random.RandomState(seed).randn(*shape)
