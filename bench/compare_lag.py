"""UI lag while a comparison runs: the real window, offscreen, and its Compare dialog.

    python bench/compare_lag.py [--epochs 300] [--workers N] [--no-playing]

The window holds task S's data (circle, 500 points, 50% train) and configuration ([4,2] tanh,
squared loss, SGD lr 0.03, batch 10); the dialog compares four configurations: that one,
deeper, wider and ReLU (``suggest_variants``), ``--epochs`` each, in background processes
(``--workers``, by default one per core). A 5 ms timer on the UI thread measures the event
loop's lag (how late it fires: p50/p99/max) from Run until the last result is shown, once with
the window paused and once with it playing task S at full speed (the live view drawing
meanwhile), against the live-view target (``bench/live.py`` ``LAG_TARGET_MS``). Also printed:
wall time of the comparison and the longest single poll of the dialog. Not a test.

The top of this file stays light: the background processes import it again (as the main module
of a spawned interpreter), and Qt is imported inside ``main`` only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

TICK_MS = 5


def reap_later() -> None:
    """``--reap-later``: patch ``BackgroundJobs.poll`` so that a job's process, once its
    result is in, is reaped by a later poll instead of joined there and then (a finished
    process still has to exit: tens of milliseconds, hundreds on a busy machine, that the
    UI thread would otherwise wait). A proposal for ``training/background.py``, measured."""
    from multiprocessing.connection import Connection

    from playground.training.background import BackgroundJobs, JobEvent

    def poll(self: BackgroundJobs) -> list[JobEvent]:
        exiting = [p for p in getattr(self, "_exiting", []) if p.exitcode is None]
        self._exiting = exiting  # type: ignore[attr-defined]
        events: list[JobEvent] = []
        for job, (process, conn) in list(self._running.items()):
            finished = False
            try:
                while conn.poll():
                    kind, value = conn.recv()
                    events.append(JobEvent(job, kind, value))
                    finished = finished or kind in ("done", "error")
            except (EOFError, OSError):
                if not finished:
                    process.join(1.0)
                    events.append(JobEvent(job, "error", "the background process ended "
                                           f"unexpectedly (exit code {process.exitcode})"))
                finished = True
            if finished:
                assert isinstance(conn, Connection)
                conn.close()
                exiting.append(process)
                del self._running[job]
        self._start_queued()
        return events

    BackgroundJobs.poll = poll  # type: ignore[method-assign]


def measure(app, window, epochs: int, workers: int | None, playing: bool,
            baseline_s: float = 0.0) -> dict[str, float]:
    """Lag while a comparison of ``epochs`` runs (0: for ``baseline_s`` with none)."""
    import numpy as np
    from live import run_event_loop  # bench/live.py
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer

    from playground.training.compare import suggest_variants
    from playground.ui.dialogs.compare_dialog import CompareDialog

    dialog = CompareDialog(window.document, window, max_workers=workers)
    config = window.document.config
    variants = dict(suggest_variants(config))
    dialog.rows.set_rows([("current", config), *((n, variants[n]) for n in
                                                  ("deeper", "wider", "relu"))])
    dialog.epochs_box.setValue(epochs)
    if epochs == 0:  # the baseline: no comparison, the same measurement for a while
        dialog.hide()
    else:
        dialog.show()
    polls: list[float] = []
    poll = dialog.poll

    def timed_poll() -> None:
        t = time.perf_counter()
        poll()
        polls.append(time.perf_counter() - t)

    dialog._timer.timeout.disconnect()
    dialog._timer.timeout.connect(timed_poll)
    if playing:
        window.set_playing(True)
    run_event_loop(app, 1.0)  # the window settles (and, playing, reaches full speed)

    lags: list[float] = []
    clock = QElapsedTimer()
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if last[0]:
            lags.append(max(0.0, now - last[0] - TICK_MS))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    t0 = time.perf_counter()
    if epochs == 0:
        run_event_loop(app, baseline_s)
    else:
        dialog.run()
        while dialog.running:
            run_event_loop(app, 0.05)
    wall = time.perf_counter() - t0
    timer.stop()
    window.set_playing(False)
    failed = [e for e in dialog.errors if e]
    results = [r for r in dialog.results if r is not None]
    dialog.close()
    lag = np.array(lags) if lags else np.zeros(1)
    return {"lag_p50": float(np.percentile(lag, 50)), "lag_p99": float(np.percentile(lag, 99)),
            "lag_max": float(lag.max()), "wall": wall, "poll_max": 1000 * max(polls, default=0),
            "train_s": sum(r.seconds for r in results), "failed": len(failed)}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PLAYGROUND_NO_SETTINGS", "1")
    os.environ.setdefault("PLAYGROUND_HOME", tempfile.mkdtemp(prefix="playground-bench-"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--no-playing", action="store_true",
                        help="only measure with the window paused")
    parser.add_argument("--reap-later", action="store_true",
                        help="measure with the proposed non-blocking reaping of finished jobs")
    args = parser.parse_args()
    if args.reap_later:
        reap_later()

    from live import LAG_TARGET_MS, task_config  # bench/live.py
    from PySide6.QtWidgets import QApplication

    from playground.data.datasets import make_dataset
    from playground.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow()
    window.resize(1280, 820)
    window.show()
    points = make_dataset("circle", n=500, noise=0.0, seed=0, train_ratio=0.5)
    window.document.reset_to(points, task_config("S"), [])
    workers = args.workers or os.cpu_count() or 1
    print(f"{os.cpu_count()} cores, {workers} background workers, four configurations x "
          f"{args.epochs} epochs, load average {os.getloadavg()[0]:.2f}")
    print(f"\n{'window':<9}{'lag p50':>9}{'p99':>8}{'max':>8}{'wall s':>8}{'train s':>9}"
          f"{'poll max':>10}  p99 vs {LAG_TARGET_MS:g} ms")
    ok_all = True
    for playing in ((False,) if args.no_playing else (False, True)):
        r = measure(app, window, args.epochs, args.workers, playing)
        ok = r["lag_p99"] <= LAG_TARGET_MS and not r["failed"]
        ok_all &= ok
        print(f"{'playing' if playing else 'paused':<9}{r['lag_p50']:>8.1f}m{r['lag_p99']:>7.1f}m"
              f"{r['lag_max']:>7.1f}m{r['wall']:>8.2f}{r['train_s']:>9.2f}"
              f"{r['poll_max']:>9.1f}m  {'met' if ok else 'MISSED'}"
              f"{'' if not r['failed'] else ' (' + str(r['failed']) + ' failed)'}")
        if playing:  # what the live view alone does on this machine now, for scale
            base = measure(app, window, 0, None, True, baseline_s=r["wall"])
            print(f"{'(alone)':<9}{base['lag_p50']:>8.1f}m{base['lag_p99']:>7.1f}m"
                  f"{base['lag_max']:>7.1f}m{base['wall']:>8.2f}  (playing, no comparison)")
    print("(alone) = the window playing for as long with no comparison: the live view's own lag")
    print("lag = how late a 5 ms UI timer fires; wall = Run to the last result; train s = the "
          "jobs' own training seconds, summed; poll max = the longest poll of the dialog")
    window.files.ask_save = lambda *_a: "discard"
    window.close()
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
