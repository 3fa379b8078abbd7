"""The training loop in its own process, so training and drawing never share one GIL.

A training step is many small NumPy calls that hold Python's global interpreter lock; the
window's painting is Python too. In one process they take turns on one core, however many
cores there are. Here the loop runs in a child process (``python -m
playground.training.remote``) and talks over two pipes: commands in, replies out, all of them
the dataclasses of ``training.protocol`` (``Start`` first, then commands; ``Snapshot``,
``StateReply`` and ``Failure`` back). Messages are Python objects between two processes of
this program (pickled by ``multiprocessing``'s connection); nothing is ever unpickled from a
file.

``LoopClient`` is a ``TrainingChannel`` like the in-process ``TrainingLoop``, so the window
does not care where the loop runs. No Qt here.
"""

from __future__ import annotations

import itertools
import logging
import os
import subprocess
import sys
import threading
import traceback
from concurrent.futures import Future
from functools import partial
from multiprocessing.connection import Connection

from playground.training.loop import TrainingLoop
from playground.training.protocol import (
    ChannelClosed,
    Command,
    Failure,
    InjectFault,
    Pause,
    Reply,
    RequestState,
    SetSpeed,
    SetViews,
    Shutdown,
    Snapshot,
    Start,
    StateReply,
    TrainerState,
)

log = logging.getLogger("playground.training")


# --- the child process ----------------------------------------------------------------------
def serve(commands: Connection, out: Connection) -> None:
    """Child main: build the loop from the ``Start`` message, then relay until ``Shutdown``
    (or until the parent goes away)."""
    start = commands.recv()
    if not isinstance(start, Start):
        raise TypeError(f"a training process starts with a Start message, not {start!r}")
    loop = TrainingLoop.from_start(start)
    stopping = threading.Event()
    faults: list[str] = []
    send_lock = threading.Lock()

    def reply(message: Reply) -> None:
        with send_lock:
            out.send(message)

    def answer(ident: int, future: Future[TrainerState]) -> None:
        reply(StateReply(ident, future.result()))

    def read_commands() -> None:
        # a thread, so a command reaches the loop's queue (and interrupts a long epoch) at once
        try:
            while True:
                command: Command = commands.recv()
                match command:
                    case Shutdown():
                        break
                    case InjectFault(message):  # make the next poll fail like a bug would
                        faults.append(message)
                    case RequestState(ident):
                        loop.request_state().add_done_callback(partial(answer, ident))
                    case _:
                        loop.send(command)
        except (EOFError, OSError):
            pass
        stopping.set()
        loop.send(Pause())

    threading.Thread(target=read_commands, name="commands", daemon=True).start()
    while not stopping.is_set():
        try:
            if faults:
                raise RuntimeError(faults.pop())
            snap = loop.poll(timeout=0.05)
        except Exception as exc:  # never die: report, pause, carry on
            loop.send(Pause())
            reply(Failure(f"{type(exc).__name__}: {exc}", traceback.format_exc()))
            continue
        if snap is not None:
            reply(snap)


def child_main() -> None:
    """Entry point of ``python -m playground.training.remote``: pipes on fds 0 and 1."""
    commands = Connection(os.dup(0))
    out = Connection(os.dup(1))
    os.dup2(2, 1)  # a stray print must not corrupt the reply stream
    sys.stdout = sys.stderr
    try:
        serve(commands, out)
    except (EOFError, KeyboardInterrupt, BrokenPipeError):
        pass


# --- the parent side ------------------------------------------------------------------------
_PRESPAWNED: list[subprocess.Popen[bytes]] = []


def _start_child() -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    return subprocess.Popen([sys.executable, "-m", "playground.training.remote"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                            close_fds=True)


def prespawn() -> None:
    """Start a training process now, to be taken by the next ``LoopClient`` (or restart): it
    loads NumPy on another core meanwhile, which shortens start-up."""
    if not _PRESPAWNED:
        _PRESPAWNED.append(_start_child())


class LoopClient:
    """Starts a training process from ``start`` and sends it commands; ``receive`` blocks for
    its next reply.

    Thread-safety: ``send`` and ``request_state`` may be called from any thread; ``receive``,
    ``restart`` and ``close_output`` from the one thread that reads the replies.
    """

    def __init__(self, start: Start) -> None:
        self._lock = threading.Lock()  # one message at a time on the command pipe
        self._ids = itertools.count(1)
        self._futures: dict[int, Future[TrainerState]] = {}
        # the settings a restart keeps by itself (they are not part of the session)
        self._speed: SetSpeed | None = None
        self._views: SetViews | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self._spawn(start)

    def _spawn(self, start: Start) -> None:
        try:  # (the window's thread may take one as the reader restarts: pop, don't look)
            process = _PRESPAWNED.pop()
        except IndexError:
            process = _start_child()
        assert process.stdin is not None and process.stdout is not None
        commands = Connection(os.dup(process.stdin.fileno()), readable=False)
        self._out = Connection(os.dup(process.stdout.fileno()), writable=False)
        process.stdin.close()
        process.stdout.close()
        with self._lock:  # a command sent meanwhile waits and goes after the Start
            self.process, self._commands = process, commands
            commands.send(start)
            for kept in (self._speed, self._views):
                if kept is not None:
                    commands.send(kept)

    def restart(self, start: Start) -> None:
        """After the process died: start a fresh one from ``start`` (the window's current
        config, points and their version). Pending state requests fail with
        ``ChannelClosed``. Called by the thread that reads the replies."""
        self.close(timeout=1.0)
        self.close_output()
        with self._lock:
            futures, self._futures = self._futures, {}
        for future in futures.values():
            if future.set_running_or_notify_cancel():  # False: its asker gave up on it
                future.set_exception(ChannelClosed("the training process restarted"))
        self._spawn(start)

    # --- the channel --------------------------------------------------------------------------
    def send(self, command: Command) -> None:
        """Deliver ``command``; raises ``ChannelClosed`` when the process is gone (it died and
        the reader is restarting it, or the client was closed)."""
        with self._lock:
            if isinstance(command, SetSpeed):
                self._speed = command
            elif isinstance(command, SetViews):
                self._views = command
            try:
                self._commands.send(command)
            except OSError as exc:  # a broken pipe, or the connection was closed
                log.warning("%s not delivered, the training process is gone: %s",
                            type(command).__name__, exc)
                raise ChannelClosed(
                    f"the training process is gone ({type(command).__name__} not delivered)"
                ) from exc

    def request_state(self) -> Future[TrainerState]:
        """The trainer's exact state, answered through ``receive``; raises ``ChannelClosed``
        like ``send``."""
        future: Future[TrainerState] = Future()
        ident = next(self._ids)
        with self._lock:
            self._futures[ident] = future
        try:
            self.send(RequestState(ident))
        except ChannelClosed:
            with self._lock:
                self._futures.pop(ident, None)
            raise
        return future

    def receive(self) -> Snapshot | Failure:
        """The process's next reply. A ``StateReply`` resolves its future here and is not
        returned. Raises ``EOFError`` (or ``OSError``) when the process died."""
        while True:
            message: Reply = self._out.recv()
            if not isinstance(message, StateReply):
                return message
            with self._lock:
                future = self._futures.pop(message.ident, None)
            if future is not None and future.set_running_or_notify_cancel():
                future.set_result(message.state)

    def close(self, timeout: float = 5.0) -> int | None:
        """Ask the process to stop and wait for it; kill it if it does not. Afterwards
        ``send`` raises ``ChannelClosed``."""
        with self._lock:
            try:
                self._commands.send(Shutdown())
            except OSError:
                pass  # gone already
            self._commands.close()
        proc = self.process
        if proc is None:
            return None
        try:
            code = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        return code

    def close_output(self) -> None:
        """Release the reply pipe (by the thread that reads it, once it saw EOF)."""
        self._out.close()


if __name__ == "__main__":
    child_main()
