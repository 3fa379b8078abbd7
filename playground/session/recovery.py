"""Recovery files: each window autosaves its work to a file of its own, held with a lock.

A window claims ``recovery/window-<pid>-<token>.pgsession`` and holds an exclusive ``flock`` on
the matching ``.lock`` file for as long as it runs; the operating system drops the lock when the
process ends, however it ends. So a recovery file whose lock can be taken belongs to a window
that is gone: that is work to offer after a crash. A live window's file is never offered, and
never removed by another window. An orphan that cannot be read is set aside (renamed
``unreadable-...``), never deleted. Autosaves are stored uncompressed: written every few
seconds while training, they must be quick; and a window writes them on a thread of its own
(``write_in_background``): a big network's session with its replay takes up to a second or
so to write, which would stall the window. No Qt here.
"""

from __future__ import annotations

import dataclasses
import fcntl
import logging
import os
import secrets
import threading
from pathlib import Path

from playground.errors import PlaygroundError
from playground.paths import state_dir
from playground.session.file import SESSION_SUFFIX, Session, save_session

log = logging.getLogger("playground.recovery")
LEGACY_NAME = f"recovery{SESSION_SUFFIX}"  # one file for every window, before version 0.2


def recovery_dir() -> Path:
    return state_dir() / "recovery"


def _try_lock(lock_path: Path, create: bool) -> int | None:
    """An fd holding an exclusive lock on ``lock_path``, or None when another process holds
    it (or it cannot be opened)."""
    flags = os.O_RDWR | (os.O_CREAT if create else 0)
    try:
        fd = os.open(lock_path, flags, 0o600)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


class RecoveryFile:
    """The recovery file of one window."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_dir()
        name = f"window-{os.getpid()}-{secrets.token_hex(4)}"
        self.path = self.folder / f"{name}{SESSION_SUFFIX}"
        self.lock_path = self.folder / f"{name}.lock"
        self._fd: int | None = None
        self._lock = threading.Lock()
        self._idle = threading.Event()  # no background write under way
        self._idle.set()
        self._next: Session | None = None  # the latest work handed over meanwhile

    def _claim(self) -> None:
        if self._fd is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._fd = _try_lock(self.lock_path, create=True)
            if self._fd is None:
                raise PlaygroundError(f"cannot lock {self.lock_path}")

    def write(self, session: Session) -> None:
        """Save ``session`` atomically (the lock is taken before the first write), not
        compressed: a few times faster than a saved session's deflate. Waits for a background
        write under way first, so the work written last is the newest."""
        self.wait()
        self._write(session)

    def _write(self, session: Session) -> None:
        self._claim()
        save_session(self.path, session, compress=False)

    def write_in_background(self, session: Session) -> None:
        """Save ``session`` on a thread of its own and return at once. Its replay is copied
        here (its frames never change, so they are shared); the rest of a ``Session`` is
        never changed once made. Work handed over while a write is under way is written
        once that one ends (only the latest). A failed write is logged, as an autosave's
        failure is: the next one may succeed."""
        session = dataclasses.replace(session, replay=session.replay.copy())
        with self._lock:
            if not self._idle.is_set():
                self._next = session
                return
            self._idle.clear()
        threading.Thread(target=self._write_all, args=(session,), name="autosave",
                         daemon=True).start()

    def _write_all(self, session: Session | None) -> None:
        while session is not None:
            try:
                self._write(session)
            except (PlaygroundError, OSError) as exc:
                log.warning("autosave failed: %s", exc)
            except Exception:  # a thread's error would go unseen: log it, keep the window
                log.exception("autosave failed")
            with self._lock:
                session, self._next = self._next, None
                if session is None:
                    self._idle.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a background write under way (and the one handed over meanwhile) to end;
        True when none is."""
        return self._idle.wait(timeout)

    def discard(self) -> None:
        """Remove the saved work (it was saved elsewhere, or thrown away); keep the lock. A
        background write under way ends first (it would write the file again)."""
        with self._lock:
            self._next = None
        self.wait()
        self.path.unlink(missing_ok=True)

    def release(self) -> None:
        """A clean exit: remove the file and the lock."""
        self.discard()
        if self._fd is not None:
            self.lock_path.unlink(missing_ok=True)
            os.close(self._fd)
            self._fd = None


class Orphan:
    """The recovery file of a window that is gone, locked by us while we offer it."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path, self._fd = path, fd

    @property
    def lock_path(self) -> Path:
        return self.path.with_suffix(".lock")

    def remove(self) -> None:
        """Its work was restored or declined: delete it."""
        try:
            self.path.unlink(missing_ok=True)
            if self._fd is not None:
                self.lock_path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove %s: %s", self.path, exc)
        self.release()

    def set_aside(self) -> Path:
        """It cannot be read: rename it ``unreadable-<name>`` beside itself, so it is not
        offered again but kept for the user (a newer Playground may open it). Returns where
        the file is now (where it was, if it could not be renamed)."""
        target = self.path.with_name(f"unreadable-{self.path.name}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"unreadable-{n}-{self.path.name}")
        try:
            self.path.rename(target)
            if self._fd is not None:
                self.lock_path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not set %s aside: %s", self.path, exc)
            target = self.path
        self.release()
        return target

    def release(self) -> None:
        """Leave it for later (the question was not answered)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def orphans(folder: Path | None = None) -> list[Orphan]:
    """Recovery files whose window is gone, newest first, each locked for the caller."""
    folder = folder or recovery_dir()
    found: list[Orphan] = []
    candidates = sorted(folder.glob(f"window-*{SESSION_SUFFIX}")) if folder.is_dir() else []
    for path in candidates:
        lock = path.with_suffix(".lock")
        fd = _try_lock(lock, create=False) if lock.exists() else None
        if lock.exists() and fd is None:
            continue  # a live window's
        found.append(Orphan(path, fd))
    legacy = state_dir() / LEGACY_NAME
    if legacy.is_file():
        found.append(Orphan(legacy, None))

    def mtime(o: Orphan) -> float:
        try:
            return o.path.stat().st_mtime
        except OSError:
            return 0.0

    return sorted(found, key=mtime, reverse=True)
