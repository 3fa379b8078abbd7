"""The training loop in its own process, so training and drawing never share one GIL.

A training step is many small NumPy calls that hold Python's global interpreter lock; the
window's painting is Python too. In one process they take turns on one core, however many
cores there are. Here the loop runs in a child process (``python -m
playground.training.remote``) and talks over two pipes: commands in, snapshots out. Messages
are Python objects between two processes of this program (pickled by ``multiprocessing``'s
connection); nothing is ever unpickled from a file.

``LoopClient`` offers the same command methods as ``TrainingLoop`` (``play``, ``set_points``,
``request_state``, ...), so the window does not care where the loop runs. No Qt here.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import threading
import traceback
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from playground.data.points import PointSet
from playground.training.config import TrainConfig


@dataclass(frozen=True)
class LoopOptions:
    resolution: int = 200
    neuron_resolution: int = 24
    max_rate: float = 36.0  # a little above 30, so timer granularity still gives >= 30


# --- the child process ----------------------------------------------------------------------
def serve(commands: Connection, out: Connection) -> None:
    """Child main: build the loop from the first message, then relay until told to stop."""
    from playground.training.loop import TrainingLoop

    kind, config, points, options = commands.recv()
    assert kind == "init"
    loop = TrainingLoop(config, points, resolution=options.resolution,
                        neuron_resolution=options.neuron_resolution, max_rate=options.max_rate)
    stopping = threading.Event()
    faults: list[str] = []
    send_lock = threading.Lock()

    def send(message: tuple) -> None:
        with send_lock:
            out.send(message)

    def read_commands() -> None:
        # a thread, so a command reaches the loop's queue (and interrupts a long epoch) at once
        try:
            while True:
                name, args = commands.recv()
                if name == "stop":
                    break
                if name == "fault":  # diagnostic: make the next poll fail like a bug would
                    faults.append(args[0])
                elif name == "request_state":
                    ident = args[0]
                    future = loop.request_state()
                    future.add_done_callback(
                        lambda f, i=ident: send(("state", i, f.result())))
                else:
                    getattr(loop, name)(*args)
        except (EOFError, OSError):
            pass
        stopping.set()
        loop.pause()

    threading.Thread(target=read_commands, name="commands", daemon=True).start()
    while not stopping.is_set():
        try:
            if faults:
                raise RuntimeError(faults.pop())
            snap = loop.poll(timeout=0.05)
        except Exception as exc:  # never die: report, pause, carry on
            loop.playing = False
            loop.pause()
            send(("error", f"{type(exc).__name__}: {exc}", traceback.format_exc()))
            continue
        if snap is not None:
            send(("snapshot", snap))


def child_main() -> None:
    """Entry point of ``python -m playground.training.remote``: pipes on fds 0 and 1."""
    commands = Connection(os.dup(0))
    out = Connection(os.dup(1))
    os.dup2(2, 1)  # a stray print must not corrupt the snapshot stream
    sys.stdout = sys.stderr
    try:
        serve(commands, out)
    except (EOFError, KeyboardInterrupt, BrokenPipeError):
        pass


# --- the parent side ------------------------------------------------------------------------
_PRESPAWNED: list[subprocess.Popen] = []


def _start_child() -> subprocess.Popen:
    env = dict(os.environ)
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    return subprocess.Popen([sys.executable, "-m", "playground.training.remote"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                            close_fds=True)


def prespawn() -> None:
    """Start a training process now, to be taken by the next ``LoopClient``: it loads NumPy
    on the other core while the window loads Qt, which shortens start-up."""
    if not _PRESPAWNED:
        _PRESPAWNED.append(_start_child())


class LoopClient:
    """Starts the child and sends it commands; ``receive`` blocks for its next message.

    Thread-safety: command methods may be called from any thread; ``receive`` from one.
    """

    def __init__(self, config: TrainConfig, points: PointSet,
                 options: LoopOptions | None = None) -> None:
        self.options = options or LoopOptions()
        self.config, self.points, self.version = config, points, 0
        self.speed: float | None = None
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._futures: dict[int, Future] = {}
        self.process: subprocess.Popen | None = None
        self._spawn()

    def _spawn(self) -> None:
        self.process = _PRESPAWNED.pop() if _PRESPAWNED else _start_child()
        self._commands = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self._out = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()
        self._commands.send(("init", self.config, self.points, self.options))
        if self.version:
            self._send("set_points", self.points, self.version)
        if self.speed is not None:
            self._send("set_speed", self.speed)

    def restart(self) -> None:
        """After the child died: start a fresh one with the last config and points.
        Called by the thread that reads the snapshot pipe."""
        self.close(timeout=1.0)
        self.close_output()
        with self._lock:
            for future in self._futures.values():
                future.set_exception(RuntimeError("the training process restarted"))
            self._futures.clear()
        self._spawn()

    def _send(self, name: str, *args: Any) -> None:
        with self._lock:
            try:
                self._commands.send((name, args))
            except (OSError, ValueError):
                pass  # the child is gone; the reader notices and restarts it

    # the same command surface as TrainingLoop
    def play(self) -> None:
        self._send("play")

    def pause(self) -> None:
        self._send("pause")

    def step(self, epochs: int = 1) -> None:
        self._send("step", epochs)

    def reset(self) -> None:
        self._send("reset")

    def set_config(self, config: TrainConfig) -> None:
        self.config = config
        self._send("set_config", config)

    def set_points(self, points: PointSet, version: int) -> None:
        self.points, self.version = points, version
        self._send("set_points", points, version)

    def set_speed(self, epochs_per_second: float | None) -> None:
        self.speed = epochs_per_second
        self._send("set_speed", epochs_per_second)

    def load_weights(self, *args: Any) -> None:
        self._send("load_weights", *args)

    def request_snapshot(self) -> None:
        self._send("request_snapshot")

    def request_state(self) -> Future:
        future: Future = Future()
        ident = next(self._ids)
        with self._lock:
            self._futures[ident] = future
        self._send("request_state", ident)
        return future

    def inject_fault(self, message: str) -> None:
        """Diagnostics and tests: the child's next poll raises ``RuntimeError(message)``."""
        self._send("fault", message)

    def receive(self) -> tuple:
        """The child's next message: ("snapshot", Snapshot) or ("error", message, traceback).
        State replies are delivered to their futures here. Raises EOFError when it died."""
        while True:
            message = self._out.recv()
            if message[0] != "state":
                return message
            with self._lock:
                future = self._futures.pop(message[1], None)
            if future is not None:
                future.set_result(message[2])

    def close(self, timeout: float = 5.0) -> int | None:
        """Ask the child to stop and wait for it; kill it if it does not."""
        with self._lock:
            try:
                self._commands.send(("stop", ()))
            except (OSError, ValueError):
                pass
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
        """Release the snapshot pipe (by the thread that reads it, once it saw EOF)."""
        self._out.close()


if __name__ == "__main__":
    child_main()
