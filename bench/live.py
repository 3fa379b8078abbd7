"""Live-training benchmark: the real window, offscreen, playing at full speed.

    python bench/live.py [--seconds 10]

For task S (TensorFlow Playground's default: circle, 500 points, 50% train, [4,2] tanh,
squared loss, SGD lr 0.03, batch 10) and task M (six hidden layers of 8 tanh, same data), it
prints epochs/s, snapshots drawn per second (each one a new heatmap frame), and the UI
event-loop lag (how late a 5 ms timer on the UI thread fires: p50/p99/max). It also times
launch to an interactive window in a fresh process. Not a test: targets are printed beside
the figures.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PLAYGROUND_NO_SETTINGS", "1")
os.environ.setdefault("PLAYGROUND_HOME", tempfile.mkdtemp(prefix="playground-bench-"))

import numpy as np  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.data.datasets import make_dataset  # noqa: E402
from playground.training.config import TrainConfig  # noqa: E402

TARGETS = {"S": 2000.0, "M": 400.0}
FRAME_TARGET = 30.0
LAG_TARGET_MS = 16.0
LAUNCH_TARGET_S = 1.5
INSIDE_COST_TARGET = 0.10  # diagnostics + gradient overlay: at most 10% of M's epochs/s
TICK_MS = 5


def task_config(name: str) -> TrainConfig:
    hidden = (4, 2) if name == "S" else (8,) * 6
    return TrainConfig(hidden_layers=hidden, activations=("tanh",) * len(hidden), loss="mse",
                       optimizer="sgd", learning_rate=0.03, batch_size=10, seed=0)


def run_event_loop(app: QApplication, seconds: float) -> None:
    """Run a real event loop (which sleeps when idle) for a while. A local loop, because
    QApplication.quit() would also close the window."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def run_task(app: QApplication, name: str, seconds: float,
             inside: bool = False) -> dict[str, float]:
    """Play task ``name``; with ``inside``, the diagnostics dock and the gradient overlay are
    on (the training process then computes gradients and per-layer statistics too)."""
    from playground.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 820)
    window.show()
    points = make_dataset("circle", n=500, noise=0.0, seed=0, train_ratio=0.5)
    window.document.reset_to(points, task_config(name), [])
    if inside:
        window.instruments.diagnostics_dock.show()
        window.instruments.gradient_action.setChecked(True)
    frames: list[float] = []
    window.worker.sigSnapshot.connect(lambda s: frames.append(time.perf_counter()))
    lags: list[float] = []
    clock = QElapsedTimer()
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if last[0]:
            lags.append(max(0.0, now - last[0] - TICK_MS))
        last[0] = now

    run_event_loop(app, 1.0)  # let the first snapshot and the layout settle
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    window.set_playing(True)
    run_event_loop(app, 1.0)
    start_epoch = window.last_snapshot.epoch
    frames.clear()
    clock.start()
    timer.start()
    t0 = time.perf_counter()
    run_event_loop(app, seconds)
    elapsed = time.perf_counter() - t0
    timer.stop()
    epochs = window.last_snapshot.epoch - start_epoch
    window.set_playing(False)
    window.files.ask_save = lambda *_a: "discard"
    window.close()
    lag = np.array(lags) if lags else np.zeros(1)
    return {"epochs_per_s": epochs / elapsed, "frames_per_s": len(frames) / elapsed,
            "lag_p50": float(np.percentile(lag, 50)), "lag_p99": float(np.percentile(lag, 99)),
            "lag_max": float(lag.max()),
            "loss": window.last_snapshot.metrics.train_loss}


LAUNCH_SCRIPT = textwrap.dedent("""
    import time; t0 = time.perf_counter()
    from playground.ui.app import start
    app, w = start([])  # what `playground` runs before entering the event loop
    from PySide6.QtCore import QTimer
    def check():
        # once the first heatmap is drawn, this timer firing shows the loop is interactive
        if w.last_snapshot is not None:
            print(f"{time.perf_counter() - t0:.3f}")
            w.files.ask_save = lambda *a: "discard"
            w.close()
            app.quit()
    timer = QTimer(); timer.timeout.connect(check); timer.start(1)
    app.exec()
""")


def launch_time() -> tuple[float, float]:
    """(in-process seconds from interpreter start to interactive, wall seconds incl. spawn)"""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", LAUNCH_SCRIPT], capture_output=True,
                         text=True, timeout=60, env=os.environ.copy())
    wall = time.perf_counter() - t0
    lines = [ln for ln in out.stdout.split() if ln.replace(".", "", 1).isdigit()]
    return (float(lines[-1]) if lines else float("nan")), wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    print(f"numpy {np.__version__}, {os.cpu_count()} cores, "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}")
    rows = []
    for name in ("S", "M"):
        r = run_task(app, name, args.seconds)
        rows.append((name, r))
    inside = run_task(app, "M", args.seconds, inside=True)
    print(f"\n{'task':<5}{'epochs/s':>10}{'target':>8}{'frames/s':>10}{'lag p50':>9}"
          f"{'p99':>8}{'max':>8}  result")
    ok_all = True
    for name, r in rows:
        ok = (r["epochs_per_s"] >= TARGETS[name] and r["frames_per_s"] >= FRAME_TARGET
              and r["lag_p99"] <= LAG_TARGET_MS)
        ok_all &= ok
        print(f"{name:<5}{r['epochs_per_s']:>10.0f}{TARGETS[name]:>8.0f}{r['frames_per_s']:>10.1f}"
              f"{r['lag_p50']:>8.1f}m{r['lag_p99']:>7.1f}m{r['lag_max']:>7.1f}m  "
              f"{'met' if ok else 'MISSED'}")
    plain = dict(rows)["M"]["epochs_per_s"]
    cost = 1.0 - inside["epochs_per_s"] / plain
    print(f"\nM with diagnostics dock + gradient overlay: {inside['epochs_per_s']:.0f} "
          f"epochs/s, {inside['frames_per_s']:.1f} frames/s, lag p99 {inside['lag_p99']:.1f} ms"
          f"; cost {cost:.1%} of M's epochs/s (target at most {INSIDE_COST_TARGET:.0%}): "
          f"{'met' if cost <= INSIDE_COST_TARGET else 'MISSED'}")
    ok_all &= cost <= INSIDE_COST_TARGET
    launch, wall = launch_time()
    print(f"\nlaunch to interactive window: {launch:.2f} s in-process, {wall:.2f} s "
          f"including interpreter start (target {LAUNCH_TARGET_S} s): "
          f"{'met' if wall <= LAUNCH_TARGET_S else 'MISSED'}")
    print("lag = how late a 5 ms UI timer fires; frames = snapshots drawn (one heatmap each)")
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
