"""Reading a whole input file, bounded, from regular files only.

Every loader (points CSV, weights, session) reads through :func:`read_file`. A named pipe,
socket or device is refused from ``stat`` before it is opened: opening a FIFO for reading
blocks until a writer comes, and reading a device may never end. The file is then opened
non-blocking and checked again on the open descriptor, so swapping a pipe in between does not
hang either.
"""

from __future__ import annotations

import os
import stat

from playground.data.atomic import StrPath
from playground.errors import FormatError

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def not_regular(mode: int) -> str | None:
    """What is wrong with a file of this ``st_mode`` as something to read or replace: e.g.
    ``"is a named pipe (FIFO), not a regular file"``; ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    else:
        kind = "a special file"
    return f"is {kind}, not a regular file"


def check_regular_file(path: StrPath) -> None:
    """Raise ``FormatError`` unless ``path`` names an existing regular file (after symlinks)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError as exc:
        raise FormatError(f"{path}: no such file") from exc
    except OSError as exc:
        raise FormatError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:  # e.g. a NUL character in the path
        raise FormatError(f"cannot read {path!r}: {exc}") from exc
    problem = not_regular(mode)
    if problem is not None:
        raise FormatError(f"{path}: {problem}")


def read_file(path: StrPath, limit: int) -> bytes:
    """The bytes of the regular file ``path``; ``FormatError`` if it is anything else, cannot
    be read, or holds more than ``limit`` bytes."""
    check_regular_file(path)
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    except OSError as exc:
        raise FormatError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "rb") as f:
            problem = not_regular(os.fstat(f.fileno()).st_mode)
            if problem is not None:  # replaced between stat and open
                raise FormatError(f"{path}: {problem}")
            data = f.read(limit + 1)
    except OSError as exc:
        raise FormatError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise FormatError(f"{path}: file is too large (over {limit // 2**20} MB)")
    return data
