"""Work that runs beside training in child processes: comparisons, loss landscapes.

``BackgroundJobs`` runs picklable functions in spawned child processes, no more at once than
asked (by default the machine's cores), and never blocks its caller: ``poll()`` (from a UI
timer, or a loop in the CLI) starts queued jobs as slots free up and returns what arrived since
the last call: progress reports and results. ``cancel()`` ends every job at once (the child
processes are terminated, so Cancel works even in the middle of a long epoch).

A job function is called as ``fn(*args, report=report)``; ``report(value)`` sends a progress
value (any picklable object) to the parent. What it returns is the job's result; an exception
is reported as its message (a ``PlaygroundError``'s text, or the type and text of another).
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
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
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

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
        self._context = multiprocessing.get_context("spawn")  # no fork of a Qt process
        self._queue: list[tuple[int, Callable[..., Any], tuple[Any, ...]]] = []
        self._running: dict[int, tuple[Any, Connection]] = {}
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
            parent, child = self._context.Pipe(duplex=False)
            process = self._context.Process(target=_child, args=(child, fn, args), daemon=True)
            process.start()
            child.close()
            self._running[job] = (process, parent)

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
                    process.join(1.0)
                    events.append(JobEvent(job, "error", "the background process ended "
                                           f"unexpectedly (exit code {process.exitcode})"))
                finished = True
            if finished:
                conn.close()
                process.join(1.0)
                del self._running[job]
        self._start_queued()
        return events

    def wait(self, timeout: float | None = None) -> list[JobEvent]:
        """Block until something arrives (or ``timeout``), then ``poll``: for the CLI."""
        from multiprocessing.connection import wait

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
            process.join(2.0)
        self._running.clear()
