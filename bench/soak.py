"""Soak test: the real window trains at full speed for minutes while points and settings change.

    python bench/soak.py                 # 10 minutes
    python bench/soak.py --minutes 0.5   # a quick look
    python bench/soak.py --minutes 3 --tracemalloc   # where does Python memory grow?

Runs offscreen with a throw-away ``PLAYGROUND_HOME``. Every ~0.5 s it adds or erases points
(sometimes undoes), every few seconds it changes the learning rate, every ~20 s it regenerates
the data; training is resumed whenever it stops (divergence). After a warm-up it prints the
resident memory (``VmRSS`` from ``/proc/<pid>/status``) of the window process and of its
training process, again every minute and at the end, then the growth, the epochs trained and
the snapshots received, and PASS when neither process grew by more than ``--limit-mb``.
Exit code 0 on PASS, 1 on FAIL.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time

HOME = tempfile.mkdtemp(prefix="playground-soak-")
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PLAYGROUND_HOME"] = HOME
os.environ["PLAYGROUND_NO_SETTINGS"] = "1"  # never touch the user's settings
tempfile.tempdir = HOME  # the throw-away settings file goes here too

import numpy as np  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from playground.ui.controllers.files import DISCARD  # noqa: E402
from playground.ui.main_window import SPEEDS, MainWindow  # noqa: E402


def rss_mb(pid: int | str = "self") -> float:
    """Resident set size in MB (VmRSS of /proc/<pid>/status); NaN when it is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class Soak:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rng = random.Random(args.seed)
        self.app = QApplication.instance() or QApplication(sys.argv)
        self.w = w = MainWindow()
        w.files.ask_save = lambda _title, _text: DISCARD
        w.show()
        w.speed.setValue(len(SPEEDS) - 1)  # as fast as possible
        self.snapshots = 0
        self.epochs = 0
        self._last_epoch = 0
        self.edits = self.lr_changes = self.regenerations = self.resumes = 0
        self.errors: list[str] = []
        self.warnings = 0
        w.worker.sigSnapshot.connect(self._snapshot)
        w.worker.sigError.connect(lambda message, _details: self.errors.append(message))
        self.started = time.monotonic()
        self.baseline: tuple[float, float] | None = None
        self.baseline_at = 0.0
        self.trace_start = None
        self.timers: list[QTimer] = []
        self._every(500, self._edit)
        self._every(3000, self._learning_rate)
        self._every(20_000, self._regenerate)
        self._every(1000, self._keep_playing)
        self._every(1000, self._clock)
        w.set_playing(True)

    def _every(self, ms: int, slot) -> None:
        t = QTimer()
        t.timeout.connect(slot)
        t.start(ms)
        self.timers.append(t)

    # --- what happens -------------------------------------------------------------------------
    def _snapshot(self, snap) -> None:
        self.snapshots += 1
        # epochs restart at 0 after a reset (new network, new data): count what was trained
        self.epochs += snap.epoch - self._last_epoch if snap.epoch >= self._last_epoch \
            else snap.epoch
        self._last_epoch = snap.epoch

    def _edit(self) -> None:
        doc = self.w.document
        r = self.rng.random()
        n = len(doc.points)
        if r < 0.1:
            doc.undo_stack.undo()
        elif r < 0.55 or n < 50:
            k = self.rng.randrange(1, 21)
            coords = np.array([[self.rng.uniform(-6, 6), self.rng.uniform(-6, 6)]
                               for _ in range(k)])
            if doc.points.task == "classification":
                doc.add_points(coords, self.rng.randrange(doc.points.n_classes))
            else:
                doc.add_points(coords, self.rng.uniform(-1, 1))
        else:
            doc.remove_points(self.rng.sample(range(n), self.rng.randrange(1, min(n, 20) + 1)))
        self.edits += 1

    def _learning_rate(self) -> None:
        self.w.training_panel.learning_rate.setValue(10 ** self.rng.uniform(-3, -1))
        self.lr_changes += 1

    def _regenerate(self) -> None:
        dp = self.w.data_panel
        dp.seed.setValue(self.rng.randrange(10_000))
        dp.regenerate_button.click()
        self.regenerations += 1

    def _keep_playing(self) -> None:
        if not self.w.playing:
            self.w.set_playing(True)
            self.resumes += 1
        box = self.w._message_box
        if box is not None:
            box.close()

    # --- measuring ----------------------------------------------------------------------------
    def _trainer_pid(self) -> int:
        return self.w.worker.channel.process.pid

    def _rss(self) -> tuple[float, float]:
        return rss_mb(), rss_mb(self._trainer_pid())

    def _line(self, label: str) -> None:
        ui, trainer = self._rss()
        elapsed = time.monotonic() - self.started
        print(f"[{elapsed:7.1f} s] {label:<8} RSS window {ui:7.1f} MB   training process "
              f"{trainer:7.1f} MB   epochs {self.epochs:>9,}   snapshots {self.snapshots:>7,}",
              flush=True)

    def _clock(self) -> None:
        now = time.monotonic()
        if self.baseline is None:
            if now - self.started >= self.args.warmup:
                self.baseline = self._rss()
                self.baseline_at = now
                self._next_minute = now + 60
                self._line("start")
                if self.args.tracemalloc:
                    import tracemalloc

                    tracemalloc.start(10)
                    self.trace_start = tracemalloc.take_snapshot()
            return
        if now - self.baseline_at >= self.args.minutes * 60:
            self.finish()
        elif now >= self._next_minute:
            self._next_minute += 60
            self._line(f"{(now - self.baseline_at) / 60:.0f} min")

    def finish(self) -> None:
        for t in self.timers:
            t.stop()
        self._line("end")
        ui0, tr0 = self.baseline
        ui1, tr1 = self._rss()
        minutes = (time.monotonic() - self.baseline_at) / 60
        limit = self.args.limit_mb
        ok = ui1 - ui0 <= limit and not tr1 - tr0 > limit
        print(f"growth over {minutes:.1f} min: window {ui1 - ui0:+.1f} MB, training process "
              f"{tr1 - tr0:+.1f} MB (limit {limit:g} MB each)")
        print(f"epochs trained {self.epochs:,}, snapshots received {self.snapshots:,} "
              f"({self.snapshots / max(1e-9, time.monotonic() - self.started):.1f}/s); "
              f"edits {self.edits}, lr changes {self.lr_changes}, regenerations "
              f"{self.regenerations}, resumed after a stop {self.resumes}, undo steps "
              f"{self.w.document.undo_stack.count()}, points {len(self.w.document.points)}")
        if self.errors:
            ok = False
            print(f"training errors: {len(self.errors)}: {self.errors[:3]}")
        if self.trace_start is not None:
            self._tracemalloc_report()
        print("PASS" if ok else "FAIL", flush=True)
        self.ok = ok
        self.w.close()
        self.app.quit()

    def _tracemalloc_report(self) -> None:
        import tracemalloc

        end = tracemalloc.take_snapshot()
        ignore = [tracemalloc.Filter(False, tracemalloc.__file__),
                  tracemalloc.Filter(False, "<frozen importlib._bootstrap*>")]
        stats = end.filter_traces(ignore).compare_to(
            self.trace_start.filter_traces(ignore), "traceback")
        total = sum(s.size_diff for s in stats)
        print(f"tracemalloc: Python allocations grew {total / 2**20:+.2f} MB; top growth:")
        for s in stats[:12]:
            if s.size_diff <= 0:
                break
            frames = " <- ".join(f"{f.filename.split('site-packages/')[-1]}:{f.lineno}"
                                 for f in list(s.traceback)[::-1][:4])  # newest first
            print(f"  {s.size_diff / 1024:+9.1f} KiB {s.count_diff:+7d} blocks  {frames}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0,
                        help="how long to measure after the warm-up (default 10)")
    parser.add_argument("--warmup", type=float, default=10.0,
                        help="seconds before the first measurement (default 10)")
    parser.add_argument("--limit-mb", type=float, default=20.0,
                        help="allowed RSS growth per process (default 20)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also report where Python allocations grew (slower)")
    args = parser.parse_args(argv)
    if args.minutes <= 0:
        parser.error("--minutes must be positive")
    # modal dialogs would stop the run; the window's own messages are non-modal
    for name in ("warning", "information", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok))
    print(f"soak: {args.minutes:g} min after {args.warmup:g} s warm-up, home {HOME}, "
          f"pid {os.getpid()}", flush=True)
    soak = Soak(args)
    soak.ok = False
    try:
        soak.app.exec()
    finally:
        shutil.rmtree(HOME, ignore_errors=True)
    return 0 if soak.ok else 1


if __name__ == "__main__":
    sys.exit(main())
