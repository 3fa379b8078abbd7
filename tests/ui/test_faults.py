"""Faults: a worker exception, divergence and failed saves never lose work or kill anything.

- An exception inside training (which runs in a child process) becomes a non-modal message
  and a paused state; the worker thread lives on, the traceback is in the log file, and Play
  trains again. A killed training process is reported and restarted with the same points.
- Divergence pauses with a message that suggests a lower learning rate; weights stay finite.
- Every save is atomic: a write that fails half-way leaves the old file byte-identical and
  shows a warning.
"""

from __future__ import annotations

import errno
import logging
import os
import signal
import threading
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path

import numpy as np
import pytest

from playground.data import atomic
from playground.logs import log_path, setup_logging
from playground.session.file import load_session
from playground.training.protocol import InjectFault
from playground.ui import session as session_module
from playground.ui.main_window import MainWindow
from tests.ui.helpers import close_window, new_window


# --- fixtures -----------------------------------------------------------------------------------
@pytest.fixture
def logfile(tmp_path, monkeypatch) -> Path:
    """``setup_logging()`` for a private PLAYGROUND_HOME.

    ``setup_logging`` installs one file handler per process; a handler some earlier test (or
    ``run_app``) installed would point at another folder, so it is set aside for this test.
    """
    monkeypatch.setenv("PLAYGROUND_HOME", str(tmp_path / "home"))
    root = logging.getLogger("playground")
    old = [h for h in root.handlers if isinstance(h, RotatingFileHandler)]
    old_level = root.level
    for h in old:
        root.removeHandler(h)
    path = setup_logging()
    assert path == log_path() == tmp_path / "home" / "playground.log"
    mine = [h for h in root.handlers if isinstance(h, RotatingFileHandler)]
    assert [Path(h.baseFilename) for h in mine] == [path]
    yield path
    for h in mine:
        root.removeHandler(h)
        h.close()
    for h in old:
        root.addHandler(h)
    root.setLevel(old_level)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, logfile):
    w = new_window(monkeypatch, tmp_path, process=True)
    w.snapshots = []
    w.worker.sigSnapshot.connect(w.snapshots.append)
    w.show()
    qtbot.waitExposed(w)
    yield w
    close_window(w)


def wait_snapshot(qtbot, w: MainWindow, condition=lambda s: True, timeout: int = 5000,
                  since: int = 0):
    """Wait until a snapshot received (after the first ``since``) satisfies ``condition``;
    return the newest such. (Every snapshot is looked at, not only ``last_snapshot``, which
    the window may coalesce or draw later.)"""
    seen = w.snapshots
    qtbot.waitUntil(lambda: any(condition(s) for s in seen[since:]), timeout=timeout)
    return next(s for s in reversed(seen[since:]) if condition(s))


def settle(qtbot, w: MainWindow) -> None:
    """Let the snapshots of the commands sent so far arrive (a paused loop goes quiet)."""
    n = -1
    while n != len(w.snapshots):
        n = len(w.snapshots)
        qtbot.wait(150)


def play(qtbot, w: MainWindow) -> None:
    """Press Play once the window shows the loop's current paused state, so this test does
    not depend on how a paused snapshot still in flight is treated (test_monkey checks that)."""
    settle(qtbot, w)
    w.set_playing(True)


def all_finite(arrays) -> bool:
    return all(np.isfinite(a).all() for a in arrays)


# --- an exception in the worker -----------------------------------------------------------------
# Training runs in a child process (``training.remote``), so a monkeypatch must be applied
# there: this ``sitecustomize`` (put on the child's PYTHONPATH) patches the trainer when the
# environment asks for it, to raise exactly once after a few epochs.
SITECUSTOMIZE = """
import os
_where = os.environ.get("PLAYGROUND_TEST_FAULT")
if _where == "run_epoch":
    from playground.training.trainer import Trainer as _Cls
elif _where == "heatmap":  # the snapshot's picture
    from playground.training.rendering import Renderer as _Cls
if _where in ("run_epoch", "heatmap"):
    _real = getattr(_Cls, _where)
    _raised = []

    def _patched(self, *args, **kwargs):
        epoch = self.epoch if _where == "run_epoch" else args[0].epoch
        if not _raised and epoch >= 3:
            _raised.append(epoch)
            raise RuntimeError(f"boom: injected fault 7f3a in {_where}")
        return _real(self, *args, **kwargs)

    setattr(_Cls, _where, _patched)
"""


@pytest.fixture
def fault_in_child(tmp_path, monkeypatch):
    """``fault_in_child(where)``: training processes started from now on raise once."""
    folder = tmp_path / "inject"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(SITECUSTOMIZE)
    repo = Path(__file__).resolve().parents[2]
    path = os.pathsep.join([str(folder), str(repo), os.environ.get("PYTHONPATH", "")])

    def arm(where: str) -> None:
        monkeypatch.setenv("PYTHONPATH", path)
        monkeypatch.setenv("PLAYGROUND_TEST_FAULT", where)

    return arm


def check_error_shown_and_recovers(w: MainWindow, qtbot, logfile: Path, text: str,
                                   traceback_has: str | None) -> None:
    qtbot.waitUntil(lambda: w._message_box is not None, timeout=10_000)
    box = w._message_box
    assert box.isVisible() and not box.isModal()  # drawing and training can go on
    assert text in box.text()
    assert str(logfile) in box.text()
    if traceback_has:
        assert "Traceback" in box.detailedText() and traceback_has in box.detailedText()
    assert w.playing is False and w.commands["train.play"].text() == "&Play"
    assert w.worker.isRunning()

    for h in logging.getLogger("playground").handlers:
        h.flush()
    log = logfile.read_text(encoding="utf-8")
    assert text in log
    if traceback_has:
        assert "Traceback" in log and traceback_has in log

    # the window still answers; Play trains again (the points are still there)
    w.document.add_points([[0.5, 0.5]], 1)
    points = w.document.points
    stopped = wait_snapshot(qtbot, w, lambda s: not s.playing
                            and s.points_version == w.document.version)
    play(qtbot, w)
    wait_snapshot(qtbot, w, lambda s: s.playing and s.epoch >= stopped.epoch + 5)
    assert w.playing and w.document.points is points


@pytest.mark.parametrize("where", ["run_epoch", "heatmap"])
def test_exception_in_training_becomes_a_message_and_a_pause(qtbot, fault_in_child, logfile,
                                                             request, where):
    fault_in_child(where)
    w = request.getfixturevalue("window")  # started after the fault was armed
    play(qtbot, w)
    check_error_shown_and_recovers(w, qtbot, logfile,
                                   f"RuntimeError: boom: injected fault 7f3a in {where}",
                                   "_patched")


def test_injected_fault_becomes_a_message_and_a_pause(window, qtbot, logfile):
    play(qtbot, window)
    wait_snapshot(qtbot, window, lambda s: s.epoch > 3)
    window.worker.channel.send(InjectFault("diagnostic fault 51c2"))
    check_error_shown_and_recovers(window, qtbot, logfile, "diagnostic fault 51c2", "serve")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killed_training_process_is_reported_and_restarted(window, qtbot, logfile):
    play(qtbot, window)
    wait_snapshot(qtbot, window, lambda s: s.epoch > 3)
    old = window.worker.channel.process
    os.kill(old.pid, signal.SIGKILL)
    check_error_shown_and_recovers(window, qtbot, logfile, "ended unexpectedly", None)
    assert window.worker.channel.process.pid != old.pid
    assert old.poll() == -signal.SIGKILL  # reaped, not a zombie


# --- divergence ---------------------------------------------------------------------------------
@pytest.mark.parametrize("task", ["classification", "regression"])
def test_divergence_pauses_with_advice_and_finite_weights(window, qtbot, task):
    doc = window.document
    if task == "regression":
        doc.set_task("regression")
        doc.set_config(doc.config.replace(learning_rate=10.0, optimizer="sgd", loss="mse"))
    else:
        assert doc.dataset.name == "spiral"
        doc.set_config(doc.config.replace(learning_rate=10.0, optimizer="sgd",
                                          activations=("tanh", "tanh"), loss="cross_entropy"))
    play(qtbot, window)
    qtbot.waitUntil(lambda: window._message_box is not None, timeout=10_000)
    text = window._message_box.text()
    assert "diverged" in text and "lower learning rate" in text
    assert not window._message_box.isModal()
    assert window.playing is False and window.worker.isRunning()
    snap = wait_snapshot(qtbot, window, lambda s: s.message is not None)
    assert snap.message == text and not snap.playing
    assert all_finite(snap.weights) and all_finite(snap.biases)
    state = window.worker.channel.request_state().result(timeout=5)
    assert all_finite(state.weights) and all_finite(state.biases)
    # a lower learning rate trains again
    window.training_panel.learning_rate.setValue(0.01)
    play(qtbot, window)
    wait_snapshot(qtbot, window, lambda s: s.playing and s.epoch > snap.epoch + 5)
    assert window.playing


# --- atomic saves -------------------------------------------------------------------------------
class HalfWriter:
    """A file that writes half of what it is given, then fails like a full disk."""

    def __init__(self, f) -> None:
        self._f = f

    def write(self, data) -> int:
        data = bytes(data)
        self._f.write(data[: max(1, len(data) // 2)])
        self._f.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __enter__(self):
        self._f.__enter__()
        return self

    def __exit__(self, *exc):
        return self._f.__exit__(*exc)

    def __getattr__(self, name):
        return getattr(self._f, name)


def fail_half_way(monkeypatch, folder: Path) -> list[int]:
    """Make writes of temporary files in ``folder`` fail half-way; returns the bytes written."""
    real = os.fdopen
    written = []

    def fdopen(fd, *args, **kwargs):
        f = real(fd, *args, **kwargs)
        if Path(os.readlink(f"/proc/self/fd/{fd}")).parent == folder:
            return HalfWriter(f)
        return f

    monkeypatch.setattr(atomic.os, "fdopen", fdopen)
    real_unlink = os.unlink

    def unlink(path, *args, **kwargs):  # note how much had been written when it was removed
        if Path(path).parent == folder:
            written.append(os.stat(path).st_size)
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "unlink", unlink)
    return written


def fail_rename(monkeypatch, folder: Path) -> list[int]:
    written = []

    def replace(src, dst, *args, **kwargs):
        written.append(os.stat(src).st_size)
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "replace", replace)
    return written


SAVERS = {
    "session": ("work.pgsession", lambda f, p: f.save_session(p)),
    "points csv": ("points.csv", lambda f, p: f.export_points(p)),
    "weights": ("weights.npz", lambda f, p: f.export_weights(p)),
    "image": ("picture.png", lambda f, p: f.export_image(p, 64, 64)),
}


def test_failed_saves_leave_the_old_file_and_warn(window, qtbot, tmp_path, monkeypatch):
    wait_snapshot(qtbot, window)  # weights exist
    play(qtbot, window)
    for i, (what, how) in enumerate((w, h) for w in SAVERS for h in ("half_write", "rename")):
        folder = tmp_path / f"out{i}"
        folder.mkdir()
        name, save = SAVERS[what]
        target = folder / name
        assert save(window.files, str(target)) is True, what
        old = target.read_bytes()
        window.document.add_points(np.array([[1.0, 2.0], [3.0, -1.0]]) + i, 1)  # news to save
        epoch = max(s.epoch for s in window.snapshots)
        wait_snapshot(qtbot, window, lambda s, e=epoch: s.epoch > e)  # new weights too
        modified, title, warned = window.document.modified, window.windowTitle(), \
            len(window.warnings)

        with monkeypatch.context() as m:
            written = (fail_half_way if how == "half_write" else fail_rename)(m, folder)
            assert save(window.files, str(target)) is False, (what, how)

        case = f"{what}, {how}"
        assert written and written[0] > 0, case  # it really had written part of the new file
        assert target.read_bytes() == old, case
        assert sorted(p.name for p in folder.iterdir()) == [name], case  # no temporary file
        assert len(window.warnings) == warned + 1, case
        reason = "No space left" if how == "half_write" else "Input/output error"
        text = window.warnings[-1][2]
        assert reason in text and name in text, case
        assert window.document.modified == modified and window.windowTitle() == title, case
        if what == "session":
            assert window.files.path == str(target), case
        assert window.worker.isRunning() and window.playing, case
        epoch = max(s.epoch for s in window.snapshots)
        wait_snapshot(qtbot, window, lambda s, e=epoch: s.epoch > e)  # training went on
        assert save(window.files, str(target)) is True, case  # and the next save works
        assert target.read_bytes() != old, case


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs POSIX signals")
def test_save_while_the_training_process_dies(window, qtbot, tmp_path):
    """No exception escapes: the save succeeds or warns and keeps the old file."""
    target = tmp_path / "work.pgsession"
    wait_snapshot(qtbot, window)
    assert window.files.save_session(str(target))
    old = target.read_bytes()
    window.document.add_points([[1.0, 1.0]], 0)
    pid = window.worker.channel.process.pid
    os.kill(pid, signal.SIGSTOP)  # it cannot answer the state request ...
    killer = threading.Timer(0.3, os.kill, (pid, signal.SIGKILL))  # ... and then dies
    killer.start()
    try:
        ok = window.files.save_session(str(target))
    finally:
        killer.join()
    if ok:
        np.testing.assert_array_equal(load_session(target).points.coords,
                                      window.document.points.coords)
    else:
        assert target.read_bytes() == old
        assert len(window.warnings) == 1 and window.warnings[0][2].strip()
    qtbot.waitUntil(lambda: window._message_box is not None, timeout=5000)
    assert window.worker.isRunning()


def test_save_while_a_big_network_trains_is_prompt(window, qtbot, tmp_path):
    """Saving asks the training process for its exact state; a big network (8 x 256 units,
    batch size 1: seconds per full-resolution heatmap) must not make the window wait."""
    from playground.engine.model import MAX_HIDDEN_LAYERS, MAX_UNITS

    doc = window.document
    big = (MAX_UNITS,) * MAX_HIDDEN_LAYERS
    doc.set_config(doc.config.replace(hidden_layers=big, activations=("tanh",) * len(big),
                                      batch_size=1))
    wait_snapshot(qtbot, window, lambda s: s.config.hidden_layers == big, timeout=20_000)
    play(qtbot, window)
    wait_snapshot(qtbot, window, lambda s: s.playing and s.config.hidden_layers == big,
                  timeout=20_000)
    started = time.perf_counter()
    ok = window.files.save_session(str(tmp_path / "big.pgsession"))
    blocked = time.perf_counter() - started
    assert ok, f"save failed: {window.warnings}"
    assert blocked < 1.0, f"the window was frozen for {blocked:.1f} s"
    assert load_session(tmp_path / "big.pgsession").config.hidden_layers == big


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs POSIX signals")
def test_save_when_the_training_process_does_not_answer(window, qtbot, tmp_path, monkeypatch):
    """A training process that does not answer in time (stopped here) must not cost the
    user's work: the save still happens, with the weights of the latest snapshot."""
    monkeypatch.setattr(session_module, "STATE_TIMEOUT_S", 0.3)
    qtbot.waitUntil(lambda: window.last_snapshot is not None, timeout=5000)  # drawn
    window.document.add_points([[1.0, 1.0], [2.0, -2.0]], 1)
    settle(qtbot, window)
    snap = window.last_snapshot
    pid = window.worker.channel.process.pid
    os.kill(pid, signal.SIGSTOP)
    waker = threading.Timer(1.0, os.kill, (pid, signal.SIGCONT))
    waker.start()
    try:
        started = time.perf_counter()
        ok = window.files.save_session(str(tmp_path / "work.pgsession"))
        blocked = time.perf_counter() - started
    finally:
        waker.join()
    assert ok, f"save failed: {window.warnings}"
    assert blocked < 0.9
    saved = load_session(tmp_path / "work.pgsession")
    np.testing.assert_array_equal(saved.points.coords, window.document.points.coords)
    assert saved.weights and np.array_equal(saved.weights[0], snap.weights[0])
    assert not window.document.modified


def test_picture_follows_a_smaller_network_at_once(window, qtbot):
    from playground.engine.model import MAX_UNITS

    doc = window.document
    big, small = (MAX_UNITS,) * 6, (8, 8)
    wait_snapshot(qtbot, window)
    doc.set_config(doc.config.replace(hidden_layers=big, activations=("tanh",) * len(big)))
    wait_snapshot(qtbot, window, lambda s: s.config.hidden_layers == big, timeout=20_000)
    window.set_playing(True)  # a big network's full-resolution heatmap takes seconds ...
    since = len(window.snapshots)
    doc.set_config(doc.config.replace(hidden_layers=small, activations=("tanh",) * 2))
    started = time.perf_counter()  # ... the user makes it small again
    try:
        wait_snapshot(qtbot, window, lambda s: s.config.hidden_layers == small, timeout=2000,
                      since=since)
    finally:
        waited = time.perf_counter() - started
    assert waited < 2.0


def test_export_weights_right_after_changing_the_class_count(window, qtbot, tmp_path):
    """The picture still shows 6 classes' weights; exporting them must not fail."""
    window.data_panel.classes.setValue(6)
    wait_snapshot(qtbot, window, lambda s: s.weights[-1].shape[1] == 6)
    window.data_panel.classes.setValue(3)  # and Ctrl+E before the next picture arrives
    assert window.files.export_weights(str(tmp_path / "w.npz")), window.warnings
