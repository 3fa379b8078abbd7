"""Pieces of Python source shared by the code exporters: numbers that read back exactly,
arrays laid out as readable nested lists, docstrings and comments."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable, Sequence

import numpy as np

from playground.data.features import feature_source
from playground.exporters.spec import ExportSpec, feature_label

WIDTH = 99  # the generated files keep their lines within this


def number(value: float) -> str:
    """A float literal that reads back as exactly ``value`` (``repr`` is shortest-exact)."""
    v = float(value)
    if not math.isfinite(v):
        raise ValueError(f"cannot write the non-finite number {v!r} as a literal")
    return repr(v)


def _wrap(items: Sequence[str], indent: str, width: int = WIDTH) -> list[str]:
    """``items`` joined by ", " over as many lines as needed, each starting with ``indent``;
    every line but the last ends with a comma."""
    lines: list[str] = []
    line = ""
    for item in items:
        candidate = f"{line}, {item}" if line else item
        if line and len(indent) + len(candidate) + 1 > width:
            lines.append(f"{indent}{line},")
            line = item
        else:
            line = candidate
    lines.append(f"{indent}{line}")
    return lines


def array_source(name: str, array: np.ndarray, open_: str, close: str) -> list[str]:
    """``name = <open_>[...]<close>`` for a 1-D or 2-D float array, one row per line group:
    ``open_``/``close`` wrap the nested list (``np.array(`` and ``)``, or nothing)."""
    a = np.asarray(array, dtype=np.float64)
    if a.ndim == 1:
        items = [number(v) for v in a.tolist()]
        one_line = f"{name} = {open_}[{', '.join(items)}]{close}"
        if len(one_line) <= WIDTH:
            return [one_line]
        return [f"{name} = {open_}[", *_wrap(items, "    "), f"]{close}"]
    if a.ndim != 2:
        raise ValueError(f"only 1-D and 2-D arrays are written as literals (got {a.shape})")
    out = [f"{name} = {open_}["]
    for row in a.tolist():
        lines = _wrap([number(v) for v in row], "     ")
        lines[0] = "    [" + lines[0][5:]
        lines[-1] += "],"
        out += lines
    out.append(f"]{close}")
    return out


def comment_block(lines: Iterable[str], indent: str = "") -> list[str]:
    """Each line as a ``#`` comment (blank lines as a bare ``#``)."""
    return [f"{indent}# {line}".rstrip() for line in lines]


def docstring(lines: Sequence[str], indent: str = "") -> list[str]:
    """A triple-quoted docstring of ``lines``; backslashes and triple quotes in them are
    escaped, so any text (a class name) reads back as written."""
    wrapped: list[str] = []
    width = WIDTH - len(indent)
    for line in lines:  # a long line (many classes or features) goes on over indented lines
        wrapped += textwrap.wrap(line, width, subsequent_indent="    ", break_on_hyphens=False,
                                 break_long_words=False) if len(line) > width else [line]
    safe = [line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') for line in wrapped]
    body = [f"{indent}{line}".rstrip() if line else "" for line in safe]
    return [f'{indent}"""{safe[0]}', *body[1:], f'{indent}"""']


def feature_lines(spec: ExportSpec, module: str) -> list[str]:
    """The input features as items of a list (indented by 4), each with its label: at the
    end of its line, or on a line of its own above a long one."""
    out: list[str] = []
    for name in spec.features:
        code, label = f"    {feature_source(name, module)},", feature_label(name)
        if len(code) + len(label) + 12 <= WIDTH:
            out.append(f"{code}  # {label}")
        else:
            out += [f"    # {label}", code]
    return out

