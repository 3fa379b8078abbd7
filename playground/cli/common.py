"""What every command shares: the program name, exit codes, one-line errors, output checks."""

from __future__ import annotations

import argparse
import math
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NoReturn

from playground.data.reading import not_regular
from playground.errors import ConfigError

PROG = "playground"
EXIT_ERROR, EXIT_DIVERGED, EXIT_INTERRUPTED = 2, 3, 130


# A word that starts with "-" and a digit (or "-." and a digit) is a negative number, so a
# value: "-1,2" (a point), "-1e-3", "-.5". argparse before Python 3.13 counts only "-1" and
# "-1.5" as numbers and takes "--point -1,2" for two options; 3.13 reads it like this.
NEGATIVE_NUMBER = re.compile(r"^-\.?\d")


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors: ``playground: error: <message>``, exit 2, that takes
    a negative number in any form as the value of its option (``NEGATIVE_NUMBER``): no
    option of the command line starts with "-" and a digit. Its commands' parsers are made
    by this class too (``add_subparsers`` uses the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._negative_number_matcher = NEGATIVE_NUMBER

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{PROG}: error: {' '.join(message.split())}\n")


def finite(value: Any) -> Any:
    """``value`` with every non-finite float (at any depth) as None: JSON has no NaN."""
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [finite(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def fail(message: str) -> NoReturn:
    raise ConfigError(message)


def label_list(classes: Iterable[str]) -> str:
    """A model's classes as the command line reads and prints them, each label (from 0, as in
    a points CSV's ``label`` column) with its name: ``0 (class 1), 1 (class 2)``."""
    return ", ".join(f"{k} ({name})" for k, name in enumerate(classes))


def _same_file(a: str, b: str) -> bool:
    """Whether two paths name one file: the same inode (hard links, symlinks) or, for a file
    that does not exist yet, the same resolved path."""
    try:
        if os.path.samefile(a, b):  # stat only: never opens either path
            return True
    except (OSError, ValueError):
        pass
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError, ValueError):
        return False


def check_out(out: str | None, inputs: Iterable[tuple[str, str | None]],
              flag: str = "--out") -> None:
    """Refuse ``--out`` before any work when it is not a regular file or a new one in an
    existing folder, or when it would write over one of ``inputs``: ``(what, path)`` pairs
    such as ``("--init", "model.npz")``."""
    if out is None:
        return
    if not out.strip():
        fail(f"{flag} needs a file name")
    try:
        problem = not_regular(os.stat(out).st_mode)
    except (OSError, ValueError):  # a new file (or one stat cannot see: the write will say)
        problem = None
    if problem is not None:  # the atomic rename would replace the folder, device or pipe
        fail(f"cannot write {out}: {problem}")
    try:
        folder_ok = Path(out).resolve().parent.is_dir()
    except (OSError, RuntimeError, ValueError):
        folder_ok = False
    if not folder_ok:
        fail(f"cannot write {out}: no such folder")
    for what, path in inputs:
        if path is not None and _same_file(out, path):
            fail(f"{flag} {out} is the same file as the input {what} {path}; refusing to "
                 f"write over an input (choose another {flag})")
