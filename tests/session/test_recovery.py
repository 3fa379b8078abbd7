"""Each window's recovery file is its own: a live window's file is never offered or removed by
another, and the work of every window that died is offered."""

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from playground.data.points import PointSet
from playground.session.file import Session, load_session, save_session
from playground.session.recovery import LEGACY_NAME, RecoveryFile, orphans
from playground.training.config import TrainConfig

CHILD = textwrap.dedent("""
    import sys
    import numpy as np
    from playground.data.points import PointSet
    from playground.session.file import Session
    from playground.session.recovery import RecoveryFile
    from playground.training.config import TrainConfig
    n = int(sys.argv[1])
    pts = PointSet(np.zeros((n, 2)), np.zeros(n, int), np.ones(n, bool), "classification", 2)
    f = RecoveryFile()
    f.write(Session(points=pts, class_names=("a", "b"), config=TrainConfig()))
    print(f.path, flush=True)
    sys.stdin.read()  # live until told to go; then die without cleaning up
    import os
    os._exit(0)
""")


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYGROUND_HOME", str(tmp_path))
    return tmp_path


def window(n):
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(n)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    path = proc.stdout.readline().strip()
    assert path, "the child window did not write its recovery file"
    return proc, path


def end(proc):
    proc.stdin.close()
    proc.wait(timeout=10)


def session(n):
    pts = PointSet(np.zeros((n, 2)), np.zeros(n, int), np.ones(n, bool), "classification", 2)
    return Session(points=pts, class_names=("a", "b"), config=TrainConfig())


def test_a_live_window_is_not_offered_and_a_dead_one_is(home):
    live, live_path = window(3)
    dead, dead_path = window(4)
    end(dead)
    try:
        found = orphans()
        assert [str(o.path) for o in found] == [dead_path]
        assert len(load_session(found[0].path).points) == 4
        for o in found:
            o.release()
        assert os.path.exists(live_path)
    finally:
        end(live)
    assert sorted(str(o.path) for o in orphans()) == sorted([live_path, dead_path])


def test_every_dead_window_is_offered_newest_first(home):
    paths = []
    for n in (1, 2, 3):
        proc, path = window(n)
        end(proc)
        os.utime(path, (n, n))
        paths.append(path)
    found = orphans()
    assert [str(o.path) for o in found] == paths[::-1]
    for o in found:
        o.release()


def test_an_orphan_being_offered_is_not_offered_twice(home):
    proc, path = window(2)
    end(proc)
    (first,) = orphans()
    assert orphans() == []  # locked by the first asker while it asks
    first.release()
    (again,) = orphans()
    again.remove()
    assert not os.path.exists(path) and orphans() == []


def test_own_file_is_not_an_orphan_and_release_removes_it(home):
    mine = RecoveryFile()
    mine.write(session(2))
    assert orphans() == []
    mine.discard()
    assert not mine.path.exists()
    mine.write(session(2))
    mine.release()
    assert not mine.path.exists() and not mine.lock_path.exists() and orphans() == []


def test_the_old_single_recovery_file_is_still_offered(home):
    save_session(home / LEGACY_NAME, session(5))
    (o,) = orphans()
    assert o.path == home / LEGACY_NAME
    o.remove()
    assert not (home / LEGACY_NAME).exists()


def _frame(epoch):
    from playground.session.replay import frame_of
    return frame_of(epoch, 0.5, np.zeros((4, 4), np.float32), (), (np.ones((2, 4)),
                    np.ones((4, 2)), np.ones((2, 1))), (np.zeros(4), np.zeros(2), np.zeros(1)))


def test_an_autosave_in_the_background_writes_the_work_as_it_was_handed_over(home):
    f = RecoveryFile()
    work = session(5)
    work.replay.offer(_frame(1))
    f.write_in_background(work)
    work.replay.offer(_frame(2))  # the window records on meanwhile: not in this autosave
    assert f.wait(timeout=30)
    saved = load_session(f.path)
    assert len(saved.points.coords) == 5 and [fr.epoch for fr in saved.replay.frames] == [1]
    # handed over while one is written: the latest is written after it, none is lost
    f.write_in_background(session(6))
    f.write_in_background(session(7))
    f.write_in_background(session(8))
    assert f.wait(timeout=30)
    assert len(load_session(f.path).points.coords) == 8
    f.release()


def test_discarding_waits_for_a_background_autosave(home):
    f = RecoveryFile()
    f.write_in_background(session(9))
    f.discard()  # the work was saved elsewhere: no autosave may bring its file back
    assert f.wait(timeout=30) and not f.path.exists()
    f.release()
    assert orphans() == []
