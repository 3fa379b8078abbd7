"""Atomic file writes: the target is either the old file or the complete new one, never half.

The data goes to a temporary file in the target's folder (same file system, so ``os.replace`` is
an atomic rename), is flushed and fsynced, then renamed over the target. On any failure the
temporary file is removed and the old target is left untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from playground.errors import FormatError

StrPath = str | os.PathLike[str]

_NEW_FILE_MODE = 0o644  # mkstemp creates 0o600; a saved model or CSV is not a secret


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def atomic_write(path: StrPath, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write(f)`` on a temporary binary file, then move it onto ``path`` atomically.

    OSErrors (from the file system or from ``write``) become
    ``FormatError("cannot write <path>: <reason>")``; any other exception from ``write`` is
    re-raised unchanged. Either way the temporary file is gone and the old ``path`` untouched.
    """
    target = Path(path)
    folder = target.parent
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = _NEW_FILE_MODE
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise FormatError(f"cannot write {path}: {_reason(exc)}") from exc
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise FormatError(f"cannot write {path}: {_reason(exc)}") from exc
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(path: StrPath, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically."""

    def write(f: BinaryIO) -> None:
        f.write(data)

    atomic_write(path, write)


def atomic_write_text(path: StrPath, text: str) -> None:
    """Replace ``path`` with ``text`` encoded as UTF-8 (newlines written as given)."""
    atomic_write_bytes(path, text.encode("utf-8"))
