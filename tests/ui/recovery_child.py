"""Child process for ``test_recovery``: a real window that edits, trains and autosaves.

Run as ``python recovery_child.py OUT_NPZ`` with ``PLAYGROUND_HOME`` set. It builds the
window, changes the network and learning rate, adds a few distinctive points, plays, and once
the autosaved recovery file holds those points and trained weights (epoch > 0) it writes what
it expects to be restored to ``OUT_NPZ`` and prints ``READY`` (then keeps training until it is
killed). ``READY`` is followed by the pid of the window's training process, which must not
outlive the window. Anything unexpected prints ``FAILED: ...`` and exits 1.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PLAYGROUND_NO_SETTINGS", "1")

import numpy as np  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.errors import PlaygroundError  # noqa: E402
from playground.logs import setup_logging  # noqa: E402
from playground.session.file import load_session  # noqa: E402
from playground.ui.main_window import MainWindow  # noqa: E402

# Points nobody would draw by chance: the test recognises them in the restored document.
DISTINCTIVE = np.array([[0.123456789, -4.5678901], [-3.14159265, 2.71828182],
                        [4.4444444, 4.0404040], [-0.0001234, 0.0009876],
                        [1.6180339, -1.4142135]])
TIMEOUT_S = 20.0


def main(out: str) -> int:
    setup_logging()
    app = QApplication(sys.argv)
    window = MainWindow()
    window.show()
    doc = window.document
    doc.set_config(doc.config.replace(hidden_layers=(5, 3), activations=("relu", "tanh"),
                                      learning_rate=0.0123))
    doc.add_points(DISTINCTIVE[:3], 1, "Add")
    doc.add_points(DISTINCTIVE[3:], 0, "Add")
    window.set_playing(True)
    started = time.monotonic()
    state = {"done": False}

    def check() -> None:
        if state["done"]:
            return
        if time.monotonic() - started > TIMEOUT_S:
            print("FAILED: no recovery file with trained weights in time", flush=True)
            app.exit(1)
            return
        path = window.recovery.file.path
        if not path.exists():
            return
        try:
            s = load_session(path)
        except PlaygroundError:
            return
        if len(s.points) != len(doc.points) or s.epoch <= 0 or not s.weights:
            return  # an early autosave (before the last edit or before training): wait
        p = doc.points
        np.savez(out, coords=p.coords, values=p.values, is_train=p.is_train,
                 config=np.array(doc.config.to_json()), epoch=np.array(s.epoch))
        state["done"] = True
        print(f"READY {window.worker.channel.process.pid}", flush=True)

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(50)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
