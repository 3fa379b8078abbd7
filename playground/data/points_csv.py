"""Points CSV (ARCHITECTURE.md): ``x1,x2,label`` (classification), ``x1,x2,target``
(regression), ``x,y`` (a 1-D regression set: the points ``(x, 0)`` with targets ``y``) or
``x1,x2,label_A,label_B,...`` (multi-label: two or more 0/1 columns whose names start with
``label``; see :func:`label_columns`).

Readers raise only :class:`FormatError`, whatever the bytes, with a message naming the file,
the line and the problem; the writer writes atomically and bit-exactly (``repr`` floats).
:func:`read_coords_csv` reads just the coordinates, for prediction: any third column is
ignored whatever it holds; :func:`read_inputs_csv` also reads ``x`` or ``x,y`` (the inputs of
a 1-D model, the ``y`` column ignored).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from playground.data.atomic import StrPath, atomic_write_text
from playground.data.reading import read_file
from playground.engine.losses import TASKS
from playground.errors import ConfigError, FormatError
from playground.limits import MAX_CLASSES, MAX_POINTS

Task = Literal["classification", "regression", "multilabel"]
MAX_CSV_BYTES = 64 * 2**20
_VALUE_COLUMNS: dict[str, Task] = {"label": "classification", "target": "regression"}


# the headers each reader accepts, lower-cased, in the order its messages list them
_POINTS_2D = (("x1", "x2", "label"), ("x1", "x2", "target"))
_POINTS_1D = (("x", "y"),)
_BARE_2D = (("x1", "x2"),)
_BARE_1D = (("x",),)


@dataclass(frozen=True, eq=False)
class PointsTable:
    """Points read from a CSV: ``coords`` (n, 2) float64; ``values`` (n,) int64 labels for
    classification or float64 targets for regression; ``n_classes`` is 0 for regression.
    ``dims`` is 1 for an ``x,y`` file: a regression set whose coords are ``(x, 0)``."""

    coords: np.ndarray
    values: np.ndarray
    task: Task
    n_classes: int
    dims: int = 2
    names: tuple[str, ...] = ()  # a multi-label file's label names (empty: the default names)


_MULTI_HINT = "x1,x2,label_A,label_B,... (multi-label)"


def label_columns(fields: list[str]) -> tuple[int, tuple[str, ...]] | None:
    """A multi-label header: ``(inputs, names)`` when its last two or more columns are named
    ``label...`` (``label_good``, ``label2``, ``label tall``), else None. ``inputs`` counts the
    columns before them; each name is what follows ``label`` (and a ``_``, ``-`` or space), in
    the file's case. Numbered or bare columns (``label1,label2``) give ``names`` () (the
    default names). Two columns of the same name are a ``FormatError``."""
    rests = []
    for text in reversed(fields):
        if not text.lower().startswith("label"):
            break
        rests.append(text[5:].lstrip("_- ").strip())
    if len(rests) < 2:
        return None
    rests.reverse()
    seen: set[str] = set()
    for text, rest in zip(fields[-len(rests):], rests):
        if rest and rest.lower() in seen:
            raise FormatError(f"label column {_show(text)} appears twice")
        seen.add(rest.lower())
    named = not all(rest == "" or rest.isdigit() for rest in rests)
    names = tuple(rest or f"label {i + 1}" for i, rest in enumerate(rests)) if named else ()
    return len(fields) - len(rests), names


# one way to split any digits (no nested optional runs), so a long bad number fails fast
_FLOAT_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_NON_FINITE = {"nan", "inf", "infinity"}


def _clip(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "..."


def _show(text: str) -> str:
    return repr(_clip(text))


def _bound(limit: float) -> str:
    """``1e6`` rather than ``1e+06``."""
    mantissa, _, exponent = f"{limit:g}".partition("e")
    return f"{mantissa}e{int(exponent)}" if exponent else mantissa


def _field(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1].strip()
    return text


def _number(text: str, what: str, where: str) -> float:
    if not text:
        raise FormatError(f"{where}: {what} is empty")
    if _FLOAT_RE.fullmatch(text):
        value = float(text)
        if math.isfinite(value):
            return value
    elif text.lstrip("+-").lower() not in _NON_FINITE:
        raise FormatError(f"{where}: {what} {_show(text)} is not a number")
    raise FormatError(f"{where}: {what} {_clip(text)} is not finite")


def _lines(path: StrPath) -> list[tuple[int, str]]:
    """The file's non-blank lines with their 1-based numbers."""
    data = read_file(path, MAX_CSV_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [(i, line) for i, line in enumerate(lines, 1) if line.strip()]


def _table(path: StrPath, accepted: tuple[tuple[str, ...], ...], multilabel: bool = False
           ) -> tuple[list[str], list[tuple[int, str]]]:
    """The lower-cased header (one of ``accepted``, or with ``multilabel`` a multi-label one)
    and the numbered rows after it."""
    _, header, rows = _header_and_rows(path, accepted, multilabel)
    return header, rows


def _header_and_rows(path: StrPath, accepted: tuple[tuple[str, ...], ...], multilabel: bool
                     ) -> tuple[list[str], list[str], list[tuple[int, str]]]:
    """:func:`_table`'s header as written (its fields, unquoted) too."""
    numbered = _lines(path)
    expected = " or ".join([",".join(h) for h in accepted] + [_MULTI_HINT] * multilabel)
    if not numbered:
        raise FormatError(f"{path}: file is empty (expected a header {expected})")
    head_no, head = numbered[0]
    written = [_field(f) for f in head.split(",")]
    header = [f.lower() for f in written]
    if not (multilabel and _multilabel(f"{path} line {head_no}", written) is not None) \
            and tuple(header) not in accepted:
        raise FormatError(
            f"{path} line {head_no}: unknown header {_show(head.strip())}; expected {expected}"
        )
    rows = numbered[1:]
    if len(rows) > MAX_POINTS:
        raise FormatError(f"{path} line {rows[MAX_POINTS][0]}: more than {MAX_POINTS} rows")
    return written, header, rows


def _multilabel(where: str, fields: list[str]) -> tuple[str, ...] | None:
    """The label names of a multi-label header ``x1,x2,label...,label...``, else None."""
    try:
        found = label_columns(fields)
    except FormatError as exc:
        raise FormatError(f"{where}: {exc}") from None
    if found is None or [f.lower() for f in fields[:found[0]]] != ["x1", "x2"]:
        return None
    return found[1]


def _row(where: str, line: str, header: list[str]) -> list[str]:
    fields = [_field(f) for f in line.split(",")]
    if len(fields) != len(header):
        columns = ",".join(header)
        raise FormatError(f"{where}: expected {len(header)} columns ({columns}), got {len(fields)}")
    return fields


def _coords(where: str, fields: list[str], header: list[str],
            max_coord: float | None) -> tuple[float, float]:
    """(x1, x2) of a row; a 1-D row (header ``x`` or ``x,y``) gives (x, 0)."""
    one_d = header[0] == "x"
    names = ("x",) if one_d else ("x1", "x2")
    values = [_number(text, name, where) for name, text in zip(names, fields)]
    if max_coord is not None:
        for name, value, text in zip(names, values, fields):
            if abs(value) > max_coord:
                raise FormatError(
                    f"{where}: {name} = {_clip(text)} is outside ±{_bound(max_coord)}"
                )
    return (values[0], 0.0) if one_d else (values[0], values[1])


def read_points_csv(
    path: StrPath, n_classes: int | None = None, *, max_coord: float | None = None
) -> PointsTable:
    """Read ``x1,x2,label`` (classification), ``x1,x2,target`` (regression) or ``x,y`` (a
    1-D regression set: coords ``(x, 0)``, targets ``y``, ``dims`` 1) points.

    Tolerates a UTF-8 BOM, CRLF, surrounding whitespace, double-quoted fields and blank lines.
    Labels must be integers in ``0..n_classes-1``; without ``n_classes`` it becomes
    ``max(2, max label + 1)`` and labels must be below ``MAX_CLASSES``. With ``max_coord``,
    a coordinate beyond ``±max_coord`` is refused, naming its line.
    """
    if n_classes is not None and not 2 <= n_classes <= MAX_CLASSES:
        raise ConfigError(f"n_classes must be in 2..{MAX_CLASSES}, got {n_classes}")
    written, header, rows = _header_and_rows(path, _POINTS_2D + _POINTS_1D, multilabel=True)
    if len(header) > 3:
        names = _multilabel(f"{path} line 1", written) or ()
        table = _read_multilabel(path, header, rows, names, max_coord)
        if n_classes is not None and n_classes != table.n_classes:
            raise FormatError(f"{path}: {table.n_classes} label columns, not {n_classes}")
        return table
    task = _VALUE_COLUMNS[header[-1]] if len(header) == 3 else "regression"
    limit = n_classes if n_classes is not None else MAX_CLASSES
    coords = np.empty((len(rows), 2), dtype=np.float64)
    values = np.empty(len(rows), dtype=np.int64 if task == "classification" else np.float64)
    for r, (line_no, line) in enumerate(rows):
        where = f"{path} line {line_no}"
        fields = _row(where, line, header)
        coords[r] = _coords(where, fields, header, max_coord)
        value = _number(fields[-1], header[-1], where)
        if task == "classification":
            if not value.is_integer():
                raise FormatError(f"{where}: label {_clip(fields[-1])} is not an integer")
            if not 0 <= value < limit:
                raise FormatError(
                    f"{where}: label {_clip(fields[-1])} is out of range 0..{limit - 1}"
                )
        values[r] = value
    if task == "regression":
        k = 0
    elif n_classes is not None:
        k = n_classes
    else:
        k = max(2, int(values.max()) + 1 if len(values) else 0)
    return PointsTable(coords=coords, values=values, task=task, n_classes=k,
                       dims=1 if header[0] == "x" else 2)


def _zero_or_one(text: str) -> int | None:
    """``0.0``, ``1e0`` and the like as 0 or 1; None for anything else."""
    if _FLOAT_RE.fullmatch(text) and float(text) in (0.0, 1.0):
        return int(float(text))
    return None


def _read_multilabel(path: StrPath, header: list[str], rows: list[tuple[int, str]],
                     names: tuple[str, ...], max_coord: float | None) -> PointsTable:
    """The rows of a multi-label file: two inputs, then one 0/1 column per label."""
    k = len(header) - 2
    if k > MAX_CLASSES:
        raise FormatError(f"{path}: {k} label columns; at most {MAX_CLASSES} are allowed")
    coords = np.empty((len(rows), 2), dtype=np.float64)
    values = np.empty((len(rows), k), dtype=np.int64)
    for r, (line_no, line) in enumerate(rows):
        where = f"{path} line {line_no}"
        fields = _row(where, line, header)
        coords[r] = _coords(where, fields, header, max_coord)
        for j, (name, text) in enumerate(zip(header[2:], fields[2:])):
            value = 1 if text == "1" else 0 if text == "0" else _zero_or_one(text)
            if value is None:
                raise FormatError(f"{where}: {name} is {_show(text)}; a label is 0 or 1")
            values[r, j] = value
    return PointsTable(coords=coords, values=values, task="multilabel", n_classes=k,
                       names=names)


def read_coords_csv(path: StrPath, *, max_coord: float | None = None) -> np.ndarray:
    """Coordinates ``(n, 2)`` float64 from a CSV with header ``x1,x2``, ``x1,x2,label``,
    ``x1,x2,target`` or a multi-label one. The columns after x1,x2, if any, are ignored
    whatever they hold (they may be empty, or a label this model never saw); only the
    coordinates are checked."""
    return _read_coords(path, _BARE_2D + _POINTS_2D, max_coord)[0]


def read_inputs_csv(path: StrPath, *, max_coord: float | None = None) -> tuple[np.ndarray, int]:
    """What :func:`read_coords_csv` reads, or a 1-D file with header ``x`` or ``x,y`` (the
    ``y`` column ignored whatever it holds), as ``(coords (n, 2), dims)``: a 1-D file gives
    coords ``(x, 0)`` and dims 1."""
    return _read_coords(path, _BARE_2D + _POINTS_2D + _BARE_1D + _POINTS_1D, max_coord)


def _read_coords(path: StrPath, accepted: tuple[tuple[str, ...], ...],
                 max_coord: float | None) -> tuple[np.ndarray, int]:
    header, rows = _table(path, accepted, multilabel=True)  # label columns ignored too
    coords = np.empty((len(rows), 2), dtype=np.float64)
    for r, (line_no, line) in enumerate(rows):
        where = f"{path} line {line_no}"
        coords[r] = _coords(where, _row(where, line, header), header, max_coord)
    return coords, 1 if header[0] == "x" else 2


def write_points_csv(path: StrPath, coords: np.ndarray, values: np.ndarray, task: Task,
                     dims: int = 2, names: list[str] | tuple[str, ...] | None = None) -> None:
    """Write points atomically; floats use ``repr`` so reading them back is bit-exact.

    coords : (n, 2) finite; values : (n,) integer labels 0..MAX_CLASSES-1 or finite float
    targets. ``dims=1`` (a 1-D regression set) writes ``x,y``: x1 and the target (x2, always
    0 in a 1-D set, is not written). A multi-label set's values are (n, L) 0/1, written as
    ``label_<name>`` columns (``names``; without them ``label1..labelL``). Invalid arguments
    raise ``ConfigError``; a file-system failure ``FormatError``.
    """
    if task not in TASKS:
        raise ConfigError(f"unknown task {task!r}")
    if dims not in (1, 2):
        raise ConfigError(f"dims must be 1 or 2 (got {dims!r})")
    if dims == 1 and task != "regression":
        raise ConfigError("a 1-D set (x,y) holds regression targets, not labels")
    xy = np.asarray(coords, dtype=np.float64)
    vals = np.asarray(values)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise ConfigError(f"coords must have shape (n, 2), got {xy.shape}")
    if task == "multilabel":
        if dims != 2:
            raise ConfigError("a 1-D set (x,y) holds regression targets, not labels")
        _write_multilabel(path, xy, vals, names)
        return
    if vals.shape != (len(xy),):
        raise ConfigError(f"values must have shape ({len(xy)},), got {vals.shape}")
    if len(xy) > MAX_POINTS:
        raise ConfigError(f"at most {MAX_POINTS} points can be saved, got {len(xy)}")
    if not np.isfinite(xy).all():
        raise ConfigError("coords must be finite")
    if task == "classification":
        labels = vals.astype(np.float64)
        if not (np.isfinite(labels).all() and (labels == np.round(labels)).all()):
            raise ConfigError("labels must be integers")
        if len(labels) and not (labels.min() >= 0 and labels.max() < MAX_CLASSES):
            raise ConfigError(f"labels must be in 0..{MAX_CLASSES - 1}")
        column: list[Any] = labels.astype(np.int64).tolist()
    else:
        targets = vals.astype(np.float64)
        if not np.isfinite(targets).all():
            raise ConfigError("targets must be finite")
        column = targets.tolist()
    if dims == 1:
        out = ["x,y\n"] + [f"{x!r},{v!r}\n" for x, v in zip(xy[:, 0].tolist(), column)]
    else:
        name = "label" if task == "classification" else "target"
        out = [f"x1,x2,{name}\n"]
        out += [f"{x!r},{y!r},{v!r}\n" for (x, y), v in zip(xy.tolist(), column)]
    atomic_write_text(path, "".join(out))


def label_header(k: int, names: list[str] | tuple[str, ...] | None) -> list[str]:
    """The label columns of a multi-label file: ``label_<name>`` per label, or
    ``label1..labelL`` without names or when a name would not read back as itself (a comma,
    a quote, spaces around it, names that are numbers, two alike)."""
    numbered = [f"label{j + 1}" for j in range(k)]
    if names is None or len(names) != k:
        return numbered
    columns = [f"label_{name}" for name in names]
    if any(not name.strip() or name != name.strip() or any(c in name for c in ',"\r\n')
           for name in names):
        return numbered
    try:
        found = label_columns(columns)
    except FormatError:  # two alike
        return numbered
    return columns if found is not None and list(found[1]) == list(names) else numbered


def _write_multilabel(path: StrPath, xy: np.ndarray, vals: np.ndarray,
                      names: list[str] | tuple[str, ...] | None) -> None:
    if vals.ndim != 2 or len(vals) != len(xy) or not 2 <= vals.shape[1] <= MAX_CLASSES:
        raise ConfigError(f"values must have shape ({len(xy)}, L) with L in 2..{MAX_CLASSES},"
                          f" got {vals.shape}")
    if len(xy) > MAX_POINTS:
        raise ConfigError(f"at most {MAX_POINTS} points can be saved, got {len(xy)}")
    if not np.isfinite(xy).all():
        raise ConfigError("coords must be finite")
    if not np.isin(vals, (0, 1)).all():
        raise ConfigError("labels must be 0 or 1")
    out = [",".join(["x1", "x2", *label_header(vals.shape[1], names)]) + "\n"]
    out += [",".join([repr(x), repr(y), *map(str, row)]) + "\n"
            for (x, y), row in zip(xy.tolist(), vals.astype(np.int64).tolist())]
    atomic_write_text(path, "".join(out))


def probability_columns(names: list[str]) -> list[str]:
    """``p_<name>`` per label; ``p<k>`` (from 1) for a name a CSV column cannot hold or that
    two labels share."""
    columns = [f"p_{name}" for name in names]
    if len(set(columns)) != len(columns) or any(
            not name.strip() or any(c in name for c in ',"\r\n') for name in names):
        return [f"p{k + 1}" for k in range(len(names))]
    return columns
