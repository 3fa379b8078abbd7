"""Point-editing benchmark: the real window, offscreen, brushing into a big point set.

    python bench/edits.py [--sizes 10000 20000] [--events 100] [--warmup 5]
                          [--baseline 30] [--autosave] [--no-split] [--no-breakdown]
                          [--json PATH]

For each size N the window's points are replaced by N points (training paused) and, once the
training process has them, the brush tool paints: every brush event is one real mouse-move
event (left button held) sent to the canvas's viewport, so the canvas's own handler sprays
points into the document. Per event it records

  ui      the UI-thread time of the mouse handler itself (``sendEvent`` returning: the
          canvas, the document, every listener of the edit, and whatever the window does to
          send the edit to the training process synchronously);
  edit    from just before the event to the arrival, in the UI thread, of the first snapshot
          whose ``points_version`` is at least the document's version after the event: the
          time until the training process has the edit (and the window knows it has);
  recv    the same, but up to the moment the worker thread received that snapshot (before
          the queued hop into the UI thread); edit - recv is the UI thread's delivery delay.
  ui-all  all the UI thread's event handling from the event until the next one (the
          handler, the repaint, drawing the snapshot, any work deferred out of the handler),
          counted by overriding ``QApplication.notify``; the events are sent 30 ms apart after
          the snapshot arrived, so this is the UI thread's whole cost of one brush step.

A paused loop answers any change with one snapshot (metrics over all N points, the heatmap,
the neuron pictures), so ``edit`` includes a snapshot's cost. ``snap`` times the same round
trip for a bare snapshot request (no edit) at the same N; ``edit - snap`` is the edit's own
cost (the UI thread's work on it, serialising, sending and applying it).

Unless ``--no-split``, the handler's time is split (best effort, by wrapping methods on their
instances; shown as n/a where a rewrite renamed them): the canvas drawing points
(``canvas._redraw_points`` / ``_append_points``) and sending the edit to the training process
(the command side's ``set_points`` / ``edit_points`` / ``send``). Unless ``--no-breakdown``,
it also times in this process pickling the whole point set (what the old protocol sends per
edit), rebuilding the trainer's arrays, the metrics over all points and the heatmap (skipped
where an API moved). The window's 3 s recovery autosave is switched off unless ``--autosave``.

The training process is started with ``python -m`` from the root of the ``playground``
package imported here (printed first), so ``PYTHONPATH=/other/checkout`` benchmarks that
checkout in both processes.

Only window-level API is used (``window.document``, ``window.canvas`` and its viewport,
``window.tool_actions["brush"]``, ``window.worker.sigSnapshot`` and
``snapshot.points_version``), with fallbacks for names a rewrite may change. Not a test.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
import time

_HOME = tempfile.mkdtemp(prefix="playground-bench-edits-")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PLAYGROUND_NO_SETTINGS", "1")
os.environ.setdefault("PLAYGROUND_HOME", _HOME)
# what the training process gets (training.remote); here it only matters to --breakdown
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
tempfile.tempdir = _HOME  # the throw-away settings file goes here too
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)

import numpy as np  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QEvent,
    QEventLoop,
    QObject,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import playground  # noqa: E402

# The training process is started with ``python -m``, which puts the current directory first on
# its path: run from the root of the package imported here, so both processes run one code base.
_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(playground.__file__)))
os.chdir(_ROOT)

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
TIMEOUT_S = 30.0


# --- small helpers -----------------------------------------------------------------------------
def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def run_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def view_box() -> tuple[float, float]:
    try:
        from playground.data.datasets import VIEW_BOX
        return float(VIEW_BOX[0]), float(VIEW_BOX[1])
    except (ImportError, AttributeError):
        return -6.0, 6.0


def make_points(n: int, like: object, seed: int = 0) -> object:
    """n points of the document's task and class count: spiral presets (each at most the
    generator's limit) with different seeds, concatenated."""
    from playground.data.datasets import make_dataset
    from playground.data.points import PointSet

    try:
        from playground.limits import MAX_GENERATED_POINTS as chunk
    except ImportError:
        chunk = 10_000
    task = getattr(like, "task", "classification")
    k = getattr(like, "n_classes", 2) if task == "classification" else None
    parts, left, s = [], n, seed
    while left > 0:
        m = min(left, chunk)
        p = make_dataset("spiral", n=m, noise=0.1, seed=s, n_classes=k, train_ratio=0.5)
        parts.append(p)
        left -= m
        s += 1
    if len(parts) == 1:
        return parts[0]
    return PointSet(np.vstack([p.coords for p in parts]),
                    np.concatenate([p.values for p in parts]),
                    np.concatenate([p.is_train for p in parts]), parts[0].task,
                    parts[0].n_classes)


COMMAND_SIDES = ("channel", "loop", "client", "remote")


def command_side(window: object) -> object:
    """The object the worker takes commands through (``loop`` before the rewrite,
    ``channel`` after it)."""
    return getattr(window.worker, command_side_name(window), window.worker)


def command_side_name(window: object) -> str:
    return next((n for n in COMMAND_SIDES if getattr(window.worker, n, None) is not None), "")


def request_snapshot(window: object) -> str:
    """Ask the training process for a snapshot without changing anything; returns how."""
    side = command_side(window)
    if hasattr(side, "request_snapshot"):
        side.request_snapshot()
        return "request_snapshot()"
    if hasattr(side, "send"):
        try:
            from playground.training.protocol import RequestSnapshot
            side.send(RequestSnapshot())
            return "send(RequestSnapshot())"
        except ImportError:
            pass
    window.set_playing(False)  # a pause also makes the paused loop answer with a snapshot
    return "set_playing(False)"


def disable_autosave(window: object) -> str:
    """Switch off the recovery autosave (it writes the whole session a few seconds after an
    edit, in the UI thread); returns what was done."""
    for owner_name, attr in (("recovery", "enabled"), ("files", "autosave_enabled")):
        owner = getattr(window, owner_name, None)
        if owner is not None and hasattr(owner, attr):
            setattr(owner, attr, False)
            return f"off (window.{owner_name}.{attr} = False)"
    return "ON: no known switch found"


def canvas_viewport(canvas: object) -> object:
    vp = getattr(canvas, "viewport", None)
    if callable(vp):
        return vp()
    view = getattr(canvas, "view", None) or getattr(canvas, "_plot", None)
    return view.viewport()


def data_to_viewport(canvas: object, viewport: object, x: float, y: float) -> QPointF:
    """Viewport position of the data point (x, y) (as tests/ui/helpers.vp)."""
    for name in ("data_to_viewport",):
        f = getattr(canvas, name, None)
        if callable(f):
            p = f(x, y)
            return QPointF(p)
    p = canvas.data_to_widget(x, y)
    if viewport is canvas:
        return QPointF(p)
    return QPointF(viewport.mapFrom(canvas, p if isinstance(p, QPoint) else p.toPoint()))


def mouse(viewport: object, kind: QEvent.Type, pos: QPointF, button: Qt.MouseButton,
          buttons: Qt.MouseButton) -> None:
    event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def brush_path(count: int, radius: float, lo: float, hi: float) -> list[tuple[float, float]]:
    """A zig-zag of ``count`` centres spaced 0.6 radius apart (more than the half radius the
    brush needs between sprays), kept a radius inside the box so every spray lands."""
    step = 0.6 * radius
    margin = radius + 0.05
    xs = np.arange(lo + margin, hi - margin, step)
    path, row, y = [], 0, lo + margin
    while len(path) < count:
        row_xs = xs if row % 2 == 0 else xs[::-1]
        path.extend((float(x), float(y)) for x in row_xs)
        row += 1
        y += 2 * step
        if y > hi - margin:
            y = lo + margin
    return path[:count]


class BusyApp(QApplication):
    """Counts the UI thread's time spent handling events (outermost ``notify`` calls), so the
    work an edit causes after its handler returned (a deferred redraw, the repaint, drawing
    the snapshot) is measured wherever a rewrite moves it."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.busy = 0.0
        self._depth = 0

    def notify(self, receiver: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._depth:
            return super().notify(receiver, event)
        self._depth += 1
        started = time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            self.busy += time.perf_counter() - started
            self._depth -= 1


def busy_seconds(app: QApplication) -> float:
    return getattr(app, "busy", float("nan"))


# --- snapshot probe ------------------------------------------------------------------------------
class Probe(QObject):
    """Records each snapshot twice: when the worker thread emits it (direct connection) and
    when it arrives in the UI thread (queued, like the window's own slot)."""

    def __init__(self, worker: object) -> None:
        super().__init__()
        self.received: list[tuple[float, int, int]] = []  # worker thread
        self.arrived: list[tuple[float, int, int]] = []  # UI thread
        self._loop: QEventLoop | None = None
        self._want: tuple[str, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timeout)
        worker.sigSnapshot.connect(self.on_received, Qt.ConnectionType.DirectConnection)
        worker.sigSnapshot.connect(self.on_arrived, Qt.ConnectionType.QueuedConnection)
        self.worker = worker

    def disconnect_all(self) -> None:
        for slot in (self.on_received, self.on_arrived):
            try:
                self.worker.sigSnapshot.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    @staticmethod
    def _key(snap: object) -> tuple[int, int]:
        return int(getattr(snap, "points_version", -1)), int(getattr(snap, "serial", -1))

    def on_received(self, snap: object) -> None:  # worker thread
        self.received.append((time.perf_counter(), *self._key(snap)))

    @Slot(object)
    def on_arrived(self, snap: object) -> None:
        self.arrived.append((time.perf_counter(), *self._key(snap)))
        if self._loop is not None and self._matches(self.arrived[-1]):
            self._loop.quit()

    def _matches(self, rec: tuple[float, int, int]) -> bool:
        kind, value = self._want
        return rec[1] >= value if kind == "version" else rec[2] > value

    def _timeout(self) -> None:
        if self._loop is not None:
            self._loop.quit()

    def wait(self, kind: str, value: int, since: int,
             timeout: float = TIMEOUT_S) -> tuple[float, float] | None:
        """Wait for the first snapshot after index ``since`` whose points_version >= value
        (kind "version") or serial > value (kind "serial"); returns its (arrival time,
        worker-thread receive time), or None on timeout."""
        self._want = (kind, value)
        found = self._find(since)
        if found is None:
            self._loop = QEventLoop()
            self._timer.start(int(timeout * 1000))
            self._loop.exec()
            self._timer.stop()
            self._loop = None
            found = self._find(since)
        self._want = None
        return found

    def _find(self, since: int) -> tuple[float, float] | None:
        for rec in self.arrived[since:]:
            if self._matches(rec):
                recv = next((r[0] for r in self.received if r[1:] == rec[1:]), float("nan"))
                return rec[0], recv
        return None

    def last_serial(self) -> int:
        return self.arrived[-1][2] if self.arrived else -1


# --- optional split of the handler's time ---------------------------------------------------------
class Split:
    """Best-effort instrumentation: wraps, on the instances, the canvas's point redraw and the
    command side's point-sending method, and accumulates their time during one event. Names
    that do not exist (after a rewrite) are skipped and reported as n/a; a method the window
    bound before the wrapping (``signal.connect(obj.method)``) is never called through the
    wrapper and shows 0 calls, so it is reported as n/a too."""

    # (key, owner, method names, wrap all of them or only the first found)
    TARGETS = (("draw", "canvas", ("_redraw_points", "_append_points"), True),
               ("send", "commands", ("set_points", "edit_points", "send"), False))

    def __init__(self, window: object) -> None:
        self.spent: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.names: dict[str, str] = {}
        owners = {"canvas": window.canvas, "commands": command_side(window)}
        for key, owner_name, attrs, every in self.TARGETS:
            owner = owners[owner_name]
            wrapped = []
            for attr in attrs:
                f = getattr(owner, attr, None)
                if callable(f):
                    try:
                        setattr(owner, attr, self._wrap(key, f))
                    except (AttributeError, TypeError):
                        continue
                    wrapped.append(attr)
                    if not every:
                        break
            if wrapped:
                self.names[key] = f"{type(owner).__name__}.{'/'.join(wrapped)}"
                self.spent[key], self.calls[key] = 0.0, 0

    def _wrap(self, key: str, f):  # noqa: ANN001, ANN202
        def timed(*a, **k):  # noqa: ANN002, ANN003, ANN202
            t = time.perf_counter()
            try:
                return f(*a, **k)
            finally:
                self.spent[key] += time.perf_counter() - t
                self.calls[key] += 1
        return timed

    def reset(self) -> None:
        for key in self.spent:
            self.spent[key] = 0.0

    def take(self) -> dict[str, float]:
        return {k: v * 1000 for k, v in self.spent.items()}


# --- the measurement -----------------------------------------------------------------------------
def settle(app: QApplication, seconds: float = 0.03) -> None:
    """Let the window finish drawing what arrived (and repaint) before the next event."""
    run_for(seconds)


def measure_size(app: QApplication, window: object, probe: Probe, n: int, events: int,
                 warmup: int, baseline: int, split: Split | None) -> dict[str, object]:
    doc = window.document
    pts = make_points(n, doc.points)
    since = len(probe.arrived)
    t0 = time.perf_counter()
    doc.replace_points(pts, f"Benchmark {n} points")
    target = doc.version
    got = probe.wait("version", target, since, timeout=60)
    if got is None:
        raise RuntimeError(f"the training process never confirmed {n} points")
    load_ms = (got[0] - t0) * 1000
    settle(app, 0.3)

    # bare snapshot round trips at this size: the cost of the picture alone
    how, snap_ms, snap_recv_ms = "", [], []
    for _ in range(baseline):
        since, serial = len(probe.arrived), probe.last_serial()
        t0 = time.perf_counter()
        how = request_snapshot(window)
        got = probe.wait("serial", serial, since)
        if got is None:
            raise RuntimeError("no snapshot after a snapshot request")
        snap_ms.append((got[0] - t0) * 1000)
        snap_recv_ms.append((got[1] - t0) * 1000)
        settle(app)

    window.tool_actions["brush"].trigger()
    canvas = window.canvas
    tool = getattr(canvas, "tool", None)
    if callable(tool) and tool() != "brush":
        raise RuntimeError(f"the brush action left the canvas on tool {tool()!r}")
    radius = 0.5
    brush = getattr(canvas, "brush", None)
    if callable(brush):
        radius = float(brush()[0])
    lo, hi = view_box()
    viewport = canvas_viewport(canvas)
    path = brush_path(warmup + events + 1, radius, lo, hi)
    positions = [data_to_viewport(canvas, viewport, x, y) for x, y in path]
    rect = viewport.rect()
    outside = [p for p in positions if not rect.contains(p.toPoint())]
    if outside:
        raise RuntimeError(f"{len(outside)} brush positions fall outside the canvas viewport "
                           f"{rect} (is the window laid out?)")

    ui_ms, edit_ms, recv_ms, busy_ms, added, no_edit = [], [], [], [], [], 0
    parts: dict[str, list[float]] = {}
    mouse(viewport, QEvent.Type.MouseButtonPress, positions[0], LEFT, LEFT)  # sprays too
    got = probe.wait("version", doc.version, 0)
    settle(app)
    for i, pos in enumerate(positions[1:]):
        before_v, before_n = doc.version, len(doc.points)
        since = len(probe.arrived)
        if split is not None:
            split.reset()
        busy0 = busy_seconds(app)
        t0 = time.perf_counter()
        mouse(viewport, QEvent.Type.MouseMove, pos, NONE, LEFT)
        t1 = time.perf_counter()
        spent = split.take() if split is not None else {}
        if doc.version == before_v:
            no_edit += 1  # the handler did not edit (should not happen on this path)
            settle(app)
            continue
        got = probe.wait("version", doc.version, since)
        if got is None:
            raise RuntimeError(f"no snapshot with points_version >= {doc.version}")
        if i >= warmup:
            ui_ms.append((t1 - t0) * 1000)
            edit_ms.append((got[0] - t0) * 1000)
            recv_ms.append((got[1] - t0) * 1000)
            added.append(len(doc.points) - before_n)
            for key, value in spent.items():
                parts.setdefault(key, []).append(value)
        settle(app)
        if i >= warmup:  # everything the UI thread did from the event until now
            busy_ms.append((busy_seconds(app) - busy0) * 1000)
    mouse(viewport, QEvent.Type.MouseButtonRelease, positions[-1], LEFT, NONE)
    settle(app, 0.2)
    return dict(n=n, final_n=len(doc.points), load_ms=load_ms, ui=ui_ms, busy=busy_ms,
                edit=edit_ms,
                recv=recv_ms, snap=snap_ms, snap_recv=snap_recv_ms, how=how, added=added,
                no_edit=no_edit, parts=parts)


def breakdown(points: object, config: object) -> dict[str, float]:
    """In-process timings (ms) of pieces of an edit's path, best effort: pickling the whole
    set (what the old protocol sends per edit), rebuilding the trainer's arrays, the metrics
    over all points, the heatmap (the training process's side, timed here)."""
    import pickle

    out: dict[str, float] = {}

    def best(f, repeat: int = 7) -> float:
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            f()
            times.append(time.perf_counter() - t)
        return float(np.median(times)) * 1000

    try:
        blob = pickle.dumps(points, protocol=pickle.HIGHEST_PROTOCOL)
        out["pickle set KB"] = len(blob) / 1024
        out["pickle set ms"] = best(lambda: pickle.dumps(points, protocol=-1))
        out["unpickle set ms"] = best(lambda: pickle.loads(blob))
    except Exception:  # noqa: BLE001 - best effort
        pass
    try:
        from playground.training.loop import TrainingLoop
        loop = TrainingLoop(config, points, resolution=200, neuron_resolution=24)
        trainer = loop.trainer
        out["trainer.set_points ms"] = best(lambda: trainer.set_points(points))
        out["evaluate (all points) ms"] = best(trainer.evaluate)
        loop.heatmap()
        out["heatmap 200x200 ms"] = best(loop.heatmap)
    except Exception as exc:  # noqa: BLE001 - best effort: internals move in rewrites
        out[f"trainer pieces skipped ({type(exc).__name__})"] = float("nan")
    return out


def fmt_row(label: str, values: list[float]) -> str:
    return (f"{label:<28}{pct(values, 50):>9.1f}{pct(values, 90):>9.1f}"
            f"{(max(values) if values else float('nan')):>9.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000])
    parser.add_argument("--events", type=int, default=100, help="measured brush events per size")
    parser.add_argument("--warmup", type=int, default=5, help="unmeasured brush events first")
    parser.add_argument("--baseline", type=int, default=30,
                        help="bare snapshot requests per size (0: skip)")
    parser.add_argument("--autosave", action="store_true",
                        help="keep the window's 3 s recovery autosave on (off by default: it "
                             "writes the whole session in the UI thread at random events)")
    parser.add_argument("--no-breakdown", action="store_true",
                        help="skip the in-process timings of the pieces")
    parser.add_argument("--no-split", action="store_true",
                        help="do not wrap the canvas redraw and the point-sending method to "
                             "split the handler's time")
    parser.add_argument("--json", metavar="PATH",
                        help="also write every per-event time and the summary to PATH")
    args = parser.parse_args()

    app = QApplication.instance() or BusyApp(sys.argv)
    from playground.ui.main_window import MainWindow

    print(f"playground {playground.__file__}")
    print(f"numpy {np.__version__}, {os.cpu_count()} cores, Qt platform "
          f"{QApplication.platformName()}, cwd {os.getcwd()}, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} (1/5/15 min)")
    window = MainWindow()
    window.resize(1280, 820)
    window.show()
    files = getattr(window, "files", None)
    autosave = "on (--autosave)" if args.autosave else disable_autosave(window)
    if hasattr(window, "set_playing"):
        window.set_playing(False)
    probe = Probe(window.worker)
    split = None if args.no_split else Split(window)
    run_for(1.0)  # the first snapshot, the layout
    print(f"commands via worker.{command_side_name(window) or '?'} "
          f"({type(command_side(window)).__name__}); autosave {autosave}")
    results, pieces = [], {}
    try:
        for n in args.sizes:
            r = measure_size(app, window, probe, n, args.events, args.warmup, args.baseline,
                             split)
            results.append(r)
            if not args.no_breakdown:
                pieces[n] = breakdown(window.document.points, window.document.config)
    finally:
        probe.disconnect_all()
        if files is not None:
            files.ask_save = lambda *_a: "discard"
        window.close()
        worker = window.worker
        if hasattr(worker, "wait"):
            worker.wait(5000)

    cfg = window.document.config
    print(f"load average at the end {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          "(other work on the machine inflates every figure, the handler's most)")
    print(f"\nnetwork {getattr(cfg, 'hidden_layers', '?')}, training paused; brush radius and "
          f"density as the data panel's defaults; {args.events} events per size after "
          f"{args.warmup} warm-up events; times in ms")
    for r in results:
        added = r["added"]
        print(f"\nN = {r['n']:,} points (to {r['final_n']:,} after brushing, "
              f"{np.mean(added) if added else 0:.1f} added per event); loading the set took "
              f"{r['load_ms']:.0f} ms" + (f"; {r['no_edit']} events edited nothing"
                                           if r["no_edit"] else ""))
        print(f"{'':<28}{'median':>9}{'p90':>9}{'max':>9}")
        print(fmt_row("ui: mouse handler", r["ui"]))
        labels = {"draw": "  of it: canvas points",
                  "send": "  of it: sending the edit"}
        for key, label in labels.items():
            values = r["parts"].get(key)
            if split is not None and key in split.names and values and split.calls[key]:
                print(fmt_row(label, values) + f"  ({split.names[key]})")
            else:
                print(f"{label:<28}{'n/a':>9}")
        print(fmt_row("ui-all: UI work per event", r["busy"]))
        print(fmt_row("edit: event -> snapshot", r["edit"]))
        print(fmt_row("  (worker thread got it)", r["recv"]))
        print(fmt_row("  after the handler", [e - u for e, u in zip(r["edit"], r["ui"])]))
        if r["snap"]:
            print(fmt_row(f"snap: bare {r['how'].split('(')[0]}", r["snap"]))
            print(fmt_row("  (worker thread got it)", r["snap_recv"]))
            print(f"{'edit - snap (medians)':<28}{pct(r['edit'], 50) - pct(r['snap'], 50):>9.1f}")
        for name, value in pieces.get(r["n"], {}).items():
            print(f"    in-process {name:<34}{value:>8.1f}")
    if args.json:
        import json

        def summary(values: list[float]) -> dict[str, float]:
            return {"median": pct(values, 50), "p90": pct(values, 90),
                    "max": max(values) if values else float("nan")}

        report = {"playground": playground.__file__, "argv": sys.argv[1:], "sizes": [
            {**{k: v for k, v in r.items()}, "pieces": pieces.get(r["n"], {}),
             "summary": {**{k: summary(r[k]) for k in ("ui", "busy", "edit", "recv",
                                                                 "snap", "snap_recv")},
                         **{f"ui.{k}": summary(v) for k, v in r["parts"].items()}}}
            for r in results]}
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)
    print("\nui = time inside the mouse-move handler (UI thread); ui-all = all the UI thread's "
          "event handling from\nthe event until the next one (handler, repaint, drawing the "
          "snapshot, deferred work); edit = mouse\nevent to the arrival in the UI thread of "
          "the first snapshot whose points_version includes the edit;\nsnap = the same round "
          "trip for a bare snapshot request (metrics over all points + heatmap + neuron\n"
          "pictures, no edit)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
