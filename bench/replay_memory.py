"""Replay memory: how much a run's replay holds per 1,000 epochs of task M.

    python bench/replay_memory.py [--seconds 10]

Plays task M (six hidden layers of 8 tanh on the circle, as bench/live.py) in the real window,
offscreen, and reports the replay's frames, bytes and bytes per 1,000 epochs; then the same for
a headless `playground train --session` run of 1,000 epochs. The replay is capped at
``REPLAY_CAP_BYTES`` whatever the run's length (frames are thinned, never dropped at the end).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PLAYGROUND_NO_SETTINGS", "1")
os.environ.setdefault("PLAYGROUND_HOME", tempfile.mkdtemp(prefix="playground-bench-"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.cli import main as cli  # noqa: E402
from playground.data.datasets import make_dataset  # noqa: E402
from playground.session.file import load_session  # noqa: E402
from playground.session.replay import MAX_FRAMES, REPLAY_CAP_BYTES  # noqa: E402
from playground.training.config import TrainConfig  # noqa: E402

MB = 2**20


def window_run(app: QApplication, seconds: float) -> tuple[int, int, int]:
    """(epochs, frames, bytes) of task M played for ``seconds`` in the window."""
    from playground.ui.main_window import MainWindow

    w = MainWindow()
    w.resize(1280, 820)
    w.show()
    points = make_dataset("circle", n=500, noise=0.0, seed=0, train_ratio=0.5)
    config = TrainConfig(hidden_layers=(8,) * 6, activations=("tanh",) * 6, loss="mse",
                         optimizer="sgd", learning_rate=0.03, batch_size=10, seed=0)
    w.document.reset_to(points, config, [])
    loop = QEventLoop()
    QTimer.singleShot(1000, loop.quit)
    loop.exec()
    w.set_playing(True)
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    w.set_playing(False)
    replay = w.model.replay
    result = (w.model.epoch, len(replay.frames), replay.nbytes)
    w.files.ask_save = lambda *_a: "discard"
    w.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    epochs, frames, used = window_run(app, args.seconds)
    print(f"window, task M, {args.seconds:g} s: {epochs} epochs, {frames} frames, "
          f"{used / MB:.2f} MB = {used / MB / max(epochs, 1) * 1000:.2f} MB per 1,000 epochs "
          f"({used / max(frames, 1) / 1024:.0f} KB a frame); cap {REPLAY_CAP_BYTES / MB:.0f} MB "
          f"or {MAX_FRAMES} frames")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "m.pgsession")
        started = time.perf_counter()
        cli(["train", "--dataset", "circle", "--n-points", "500", "--layers", "8,8,8,8,8,8",
             "--activation", "tanh", "--loss", "mse", "--lr", "0.03", "--epochs", "1000",
             "--session", path])
        seconds = time.perf_counter() - started
        replay = load_session(path).replay
        print(f"train --session, task M, 1,000 epochs in {seconds:.1f} s: "
              f"{len(replay.frames)} frames, {replay.nbytes / MB:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
