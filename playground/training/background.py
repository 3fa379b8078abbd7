"""Work that runs beside training in child processes: comparisons, loss landscapes.

``BackgroundJobs`` runs picklable functions in spawned child processes, no more at once than
asked (by default the machine's cores), and never blocks its caller: ``poll()`` (from a UI
timer, or a loop in the CLI) starts queued jobs as slots free up and returns what arrived since
the last call: progress reports and results. ``cancel()`` ends every job at once (the child
processes are terminated, so Cancel works even in the middle of a long epoch).

A job function is called as ``fn(*args, report=report)``; ``report(value)`` sends a progress
value (any picklable object) to the parent. What it returns is the job's result; an exception
is reported as its message (a ``PlaygroundError``'s text, or the type and text of another).
The function must be importable by its module's name (a module-level function): each job is a
fresh ``python -m playground.training.background`` that is sent the function and its
arguments over a pipe, like the training process, so nothing depends on how the parent
program was started (its ``__main__`` is never imported again).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from playground.errors import PlaygroundError


@dataclass(frozen=True)
class JobEvent:
    """What one job said: ``kind`` is "progress", "done" or "error"; ``value`` the progress
    value, the result, or the error message."""

    job: int
    kind: str
    value: Any


def _child(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    def report(value: Any) -> None:
        conn.send(("progress", value))

    try:
        result = fn(*args, report=report)
    except PlaygroundError as exc:
        conn.send(("error", str(exc)))
    except Exception as exc:  # an internal error: its kind and text, the trace on stderr
        traceback.print_exc()
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    else:
        conn.send(("done", result))
    finally:
        conn.close()


class BackgroundJobs:
    """A queue of jobs run in child processes, ``max_workers`` at a time."""

    def __init__(self, max_workers: int | None = None) -> None:
        self.max_workers = max(1, max_workers or os.cpu_count() or 1)
        self._queue: list[tuple[int, Callable[..., Any], tuple[Any, ...]]] = []
        self._running: dict[int, tuple[subprocess.Popen[bytes], Connection]] = {}
        self._exiting: list[subprocess.Popen[bytes]] = []  # answered, reaped on a later poll
        self._next = 0

    @property
    def busy(self) -> bool:
        return bool(self._queue or self._running)

    def submit(self, fn: Callable[..., Any], *args: Any) -> int:
        """Queue ``fn(*args, report=...)``; returns the job's number."""
        job = self._next
        self._next += 1
        self._queue.append((job, fn, args))
        self._start_queued()
        return job

    def _start_queued(self) -> None:
        while self._queue and len(self._running) < self.max_workers:
            job, fn, args = self._queue.pop(0)
            process, replies = _start(fn, args)
            self._running[job] = (process, replies)

    def poll(self) -> list[JobEvent]:
        """Everything the jobs said since the last call; starts queued jobs as others end."""
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
                    code = _reap(process)
                    events.append(JobEvent(job, "error", "the background process ended "
                                           f"unexpectedly (exit code {code})"))
                finished = True
            if finished:  # never wait here for the process to exit: the caller is a UI
                conn.close()
                self._exiting.append(process)
                del self._running[job]
        self._exiting = [p for p in self._exiting if p.poll() is None]
        self._start_queued()
        return events

    def wait(self, timeout: float | None = None) -> list[JobEvent]:
        """Block until something arrives (or ``timeout``), then ``poll``: for the CLI."""
        conns = [conn for _p, conn in self._running.values()]
        if conns:
            wait(conns, timeout)
        return self.poll()

    def cancel(self) -> None:
        """End every job now; nothing more will be reported."""
        self._queue.clear()
        for process, conn in self._running.values():
            process.terminate()
            conn.close()
        for process, _conn in self._running.values():
            _reap(process)
        self._running.clear()
        for process in self._exiting:
            _reap(process)
        self._exiting.clear()


def _start(fn: Callable[..., Any], args: tuple[Any, ...]
           ) -> tuple[subprocess.Popen[bytes], Connection]:
    """A child running ``fn(*args)``; returns it and the connection its replies come on."""
    env = dict(os.environ)
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    # the job's module must import in the child as it does here (a test's helper module too)
    paths = [p for p in sys.path if p and os.path.isdir(p)]
    env["PYTHONPATH"] = os.pathsep.join(paths + [env.get("PYTHONPATH", "")])
    process = subprocess.Popen([sys.executable, "-m", "playground.training.background"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                               close_fds=True)
    assert process.stdin is not None and process.stdout is not None
    job = Connection(os.dup(process.stdin.fileno()), readable=False)
    replies = Connection(os.dup(process.stdout.fileno()), writable=False)
    process.stdin.close()
    process.stdout.close()
    try:
        job.send((fn, args))
    finally:
        job.close()
    return process, replies


def _reap(process: subprocess.Popen[bytes]) -> int | None:
    try:
        return process.wait(2.0)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


def _child_main() -> None:
    """The child: read the job from stdin, answer on stdout (print goes to stderr)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    jobs = Connection(os.dup(0), writable=False)
    replies = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)  # a stray print must not corrupt the reply pipe
    fn, args = jobs.recv()
    _child(replies, fn, args)


if __name__ == "__main__":
    _child_main()
