"""Live-training benchmark: the real window, offscreen, playing at full speed.

    python bench/live.py [--seconds 10]

For task S (TensorFlow Playground's default: circle, 500 points, 50% train, [4,2] tanh,
squared loss, SGD lr 0.03, batch 10), task M (six hidden layers of 8 tanh, same data) and
task W (eight hidden layers of 256 tanh, the widest network the window allows, same data),
it prints epochs/s, the engine's own rate on the same task (``Trainer.run_epoch`` in this
process, one BLAS thread, no window) and the share of it the window keeps, snapshots drawn
per second (each one a new heatmap frame), the smallest heatmap drawn (pixels a side), the
UI event-loop lag (how late a 5 ms timer on the UI thread fires: p50/p99/max) and the worst
stall (the longest the UI thread went without running that timer: what a user sees as a
frozen window; overall, and [the least..the most] of the stretches' worst). It also
times launch to an interactive window in a fresh process. Not a test: targets are printed
beside the figures.
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
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as `playground` sets it, before NumPy
os.environ.setdefault("PLAYGROUND_NO_SETTINGS", "1")
os.environ.setdefault("PLAYGROUND_HOME", tempfile.mkdtemp(prefix="playground-bench-"))

import numpy as np  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.data.datasets import make_dataset  # noqa: E402
from playground.training.config import TrainConfig  # noqa: E402

TARGETS = {"S": 2000.0, "M": 400.0, "W": 0.0}
SHARE_TARGETS = {"S": 0.90, "M": 0.90, "W": 0.75}  # of the engine's rate, kept live
MIN_PICTURE = 100  # pixels a side: a big network's picture is never coarser
FRAME_TARGET = 30.0
LAG_TARGET_MS = 16.0
STALL_TARGET_MS = 50.0  # the UI thread's worst stall while training
LAUNCH_TARGET_S = 1.5
INSIDE_COST_TARGET = 0.10  # diagnostics + gradient overlay: at most 10% of M's epochs/s
INSIDE_PAIRS = 3
TICK_MS = 5
SLOW_TASK_SCALE = {"W": 3}  # W sends about one snapshot a second: play it longer
ROUNDS = 8  # window and engine stretches alternate this many times a task


def task_config(name: str) -> TrainConfig:
    hidden = {"S": (4, 2), "M": (8,) * 6, "W": (256,) * 8}[name]
    return TrainConfig(hidden_layers=hidden, activations=("tanh",) * len(hidden), loss="mse",
                       optimizer="sgd", learning_rate=0.03, batch_size=10, seed=0)


def run_event_loop(app: QApplication, seconds: float) -> None:
    """Run a real event loop (which sleeps when idle) for a while. A local loop, because
    QApplication.quit() would also close the window."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def run_task(app: QApplication, name: str, seconds: float, inside: bool = False,
             rounds: int = ROUNDS) -> dict[str, float]:
    """Play task ``name`` in the window for ``seconds`` in all, in ``rounds`` stretches, each
    followed (window paused) by a stretch as long of ``Trainer.run_epoch`` on the same task in
    this process: the engine's rate, measured beside the window's so that this host's drift
    in speed (tens of percent from minute to minute) hits both alike. With ``inside``, the
    diagnostics dock and the gradient overlay are on (the training process then computes
    gradients and per-layer statistics too)."""
    from playground.training.trainer import Trainer
    from playground.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 820)
    window.show()
    points = make_dataset("circle", n=500, noise=0.0, seed=0, train_ratio=0.5)
    config = task_config(name)
    window.document.reset_to(points, config, [])
    if inside:
        window.inspect.diagnostics_dock.show()
        window.commands["inspect.gradient"].setChecked(True)
    stamps: list[tuple[float, int]] = []  # (time, epoch) of each snapshot while playing
    sizes: list[int] = []
    recording = [False]
    latest = [time.perf_counter()]  # when the last snapshot of any kind arrived

    def on_snapshot(snap: object) -> None:
        latest[0] = time.perf_counter()
        if not recording[0] or snap.config.hidden_layers != config.hidden_layers:
            return
        stamps.append((time.perf_counter(), snap.epoch))
        if snap.heatmap is not None:
            sizes.append(min(snap.heatmap.shape[:2]))

    window.worker.sigSnapshot.connect(on_snapshot)
    lags: list[float] = []
    clock = QElapsedTimer()
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if last[0]:
            lags.append(max(0.0, now - last[0] - TICK_MS))
        last[0] = now

    run_event_loop(app, 1.0)  # let the first snapshot and the layout settle
    deadline = time.perf_counter() + 30.0  # a big network's first picture takes a while
    while (window.last_snapshot is None or window.last_snapshot.config.hidden_layers
           != config.hidden_layers) and time.perf_counter() < deadline:
        run_event_loop(app, 0.2)
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    trainer = Trainer(config, points)
    trainer.run_epoch()
    window.set_playing(True)
    run_event_loop(app, 1.0)  # warm up
    stretch = seconds / rounds
    live_epochs = live_time = engine_epochs = engine_time = frames = 0.0
    cpu = 0.0
    shares: list[float] = []
    stalls: list[float] = []  # each stretch's worst stall, ms
    for _ in range(rounds):
        window.set_playing(True)
        run_event_loop(app, 0.3)  # playing again, snapshots flowing
        stamps.clear()
        recording[0] = True
        last[0] = 0.0
        clock.start()
        timer.start()
        used = os.times()
        before = len(lags)
        run_event_loop(app, stretch)
        after = os.times()
        timer.stop()
        stalls.append(max(lags[before:], default=0.0) + TICK_MS)
        recording[0] = False
        cpu += (after.user + after.system) - (used.user + used.system)
        frames += len(stamps)
        if len(stamps) >= 2:  # epochs between the first and the last snapshot of the stretch
            (ta, ea), (tb, eb) = stamps[0], stamps[-1]
            live = (eb - ea) / (tb - ta)
            live_epochs += eb - ea
            live_time += tb - ta
        else:
            live = 0.0
        window.set_playing(False)
        quiet = time.perf_counter() + 10.0  # the training process pauses and, once its
        while time.perf_counter() < quiet and time.perf_counter() - latest[0] < 0.5:
            run_event_loop(app, 0.1)  # picture is exact, goes idle: nothing else running
        k, e0 = 0, time.perf_counter()
        while time.perf_counter() - e0 < stretch:
            trainer.run_epoch()
            k += 1
        spent = time.perf_counter() - e0
        engine_epochs += k
        engine_time += spent
        shares.append(live / (k / spent))
    window.files.ask_save = lambda *_a: "discard"
    window.close()
    lag = np.array(lags) if lags else np.zeros(1)
    live_rate = live_epochs / live_time if live_time else 0.0
    engine = engine_epochs / engine_time
    return {"epochs_per_s": live_rate, "engine": engine, "share": live_rate / engine,
            "share_lo": min(shares), "share_hi": max(shares),
            "frames_per_s": frames / seconds, "ui_cpu": cpu / seconds,
            "lag_p50": float(np.percentile(lag, 50)), "lag_p99": float(np.percentile(lag, 99)),
            "lag_max": float(lag.max()), "stall": max(stalls, default=0.0),
            "stall_lo": min(stalls, default=0.0), "stall_hi": max(stalls, default=0.0),
            "min_picture": min(sizes) if sizes else 0,
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
    parser.add_argument("--tasks", default="S,M,W", help="comma-separated: S, M, W")
    parser.add_argument("--quick", action="store_true",
                        help="only the tasks: no inside-views run, no launch time")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    print(f"numpy {np.__version__}, {os.cpu_count()} cores, "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}, "
          f"load {os.getloadavg()[0]:.2f}")
    names = [n for n in args.tasks.split(",") if n]
    rows = []
    for name in names:
        rows.append((name, run_task(app, name, args.seconds * SLOW_TASK_SCALE.get(name, 1))))
    print(f"\n{'task':<5}{'epochs/s':>10}{'target':>8}{'engine':>9}{'share':>7}{'[spread]':>12}"
          f"{'target':>8}{'frames/s':>10}{'picture':>9}{'UI CPU':>8}{'lag p50':>9}{'p99':>8}"
          f"{'max':>8}{'stall':>8}{'[stretches]':>14}  result")
    ok_all = True
    for name, r in rows:
        share = r["share"]
        ok = (r["epochs_per_s"] >= TARGETS[name] and r["frames_per_s"] >= FRAME_TARGET
              and r["lag_p99"] <= LAG_TARGET_MS and r["stall"] <= STALL_TARGET_MS
              and share >= SHARE_TARGETS[name]
              and r["min_picture"] >= MIN_PICTURE)
        ok_all &= ok
        spread = f"[{r['share_lo']:.0%}..{r['share_hi']:.0%}]"
        stretches = f"[{r['stall_lo']:.0f}..{r['stall_hi']:.0f}]"
        print(f"{name:<5}{r['epochs_per_s']:>10.1f}{TARGETS[name]:>8.0f}{r['engine']:>9.1f}"
              f"{share:>7.0%}{spread:>12}{SHARE_TARGETS[name]:>8.0%}{r['frames_per_s']:>10.1f}"
              f"{r['min_picture']:>9}{r['ui_cpu']:>8.0%}"
              f"{r['lag_p50']:>8.1f}m{r['lag_p99']:>7.1f}m{r['lag_max']:>7.1f}m"
              f"{r['stall']:>7.0f}m{stretches:>14}  {'met' if ok else 'MISSED'}")
    print(f"engine = Trainer.run_epoch in this process, in stretches alternating with the "
          f"window's ({ROUNDS} each); share = window / engine overall [per pair of stretches]; "
          f"picture = the smallest heatmap drawn (pixels a side, at least {MIN_PICTURE}); UI CPU "
          f"= the window process's CPU time over the time played; stall = the UI thread's "
          f"longest time without running a {TICK_MS} ms timer (target at most "
          f"{STALL_TARGET_MS:.0f} ms), [the least..the most] of the stretches' worst")
    if args.quick or "M" not in names:
        return 0 if ok_all else 1
    # the inside views' cost: M without and with them, alternated three times (this host's
    # speed drifts between runs; a pair run back to back compares like with like)
    plain_rates, inside_rates, inside_runs = [], [], []
    for _ in range(INSIDE_PAIRS):
        plain_rates.append(run_task(app, "M", args.seconds)["epochs_per_s"])
        inside_runs.append(run_task(app, "M", args.seconds, inside=True))
        inside_rates.append(inside_runs[-1]["epochs_per_s"])
    costs = [1.0 - i / p for p, i in zip(plain_rates, inside_rates)]
    cost = float(np.median(costs))
    lag = float(np.median([r["lag_p99"] for r in inside_runs]))
    print(f"\nM with diagnostics dock + gradient overlay, {INSIDE_PAIRS} alternated pairs: "
          f"{' '.join(f'{p:.0f}/{i:.0f}' for p, i in zip(plain_rates, inside_rates))} "
          f"epochs/s without/with; cost {' '.join(f'{c:.1%}' for c in costs)}, median "
          f"{cost:.1%} (target at most {INSIDE_COST_TARGET:.0%}): "
          f"{'met' if cost <= INSIDE_COST_TARGET else 'MISSED'}; lag p99 with them {lag:.1f} ms")
    ok_all &= cost <= INSIDE_COST_TARGET
    launch, wall = launch_time()
    print(f"\nlaunch to interactive window: {launch:.2f} s in-process, {wall:.2f} s "
          f"including interpreter start (target {LAUNCH_TARGET_S} s): "
          f"{'met' if wall <= LAUNCH_TARGET_S else 'MISSED'}")
    print("lag = how late a 5 ms UI timer fires; frames = snapshots drawn (one heatmap each)")
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
