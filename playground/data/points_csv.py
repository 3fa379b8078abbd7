"""Points CSV (ARCHITECTURE.md): input columns then ``label`` (classification) or ``target``
(regression): ``x1,x2,label``, ``x1,x2,x3,target``, or named inputs such as
``height,weight,score,label`` (2 to ``MAX_INPUTS`` inputs, read in order, their names kept);
input columns then two or more 0/1 columns whose names start with ``label``
(``x1,x2,label_A,label_B,...``: multi-label, see :func:`label_columns`); or ``x,y`` (a 1-D
regression set: the points ``(x, 0)`` with targets ``y``).

Readers raise only :class:`FormatError`, whatever the bytes, with a message naming the file,
the line and the problem; the writer writes atomically and bit-exactly (``repr`` floats).
:func:`read_coords_csv` reads just the inputs, for prediction: a ``label`` or ``target``
column is ignored whatever it holds; :func:`read_inputs_csv` also reads ``x`` or ``x,y`` (the
inputs of a 1-D model, the ``y`` column ignored).

The header is read by :func:`parse_header` alone: which columns are inputs (and their names),
which one holds the labels or targets.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from playground.data.atomic import StrPath, atomic_write_text
from playground.data.reading import read_file
from playground.engine.losses import TASKS
from playground.errors import ConfigError, FormatError
from playground.limits import MAX_CLASSES, MAX_INPUTS, MAX_POINTS

Task = Literal["classification", "regression", "multilabel"]
MAX_CSV_BYTES = 64 * 2**20
MAX_NAME = 40  # characters of an input column's name
_VALUE_COLUMNS: dict[str, Task] = {"label": "classification", "target": "regression"}
_MULTI_HINT = "x1,x2,...,label_A,label_B,... (multi-label)"
# what each reader expects, for its messages: values True (points), None (inputs), False
_EXPECTED = {True: f"x1,x2,...,label or x1,x2,...,target or {_MULTI_HINT} or x,y",
             None: "x1,x2,... (a last label or target column is ignored) or x or x,y",
             False: "x1,x2,... (a last label or target column is ignored)"}


@dataclass(frozen=True, eq=False)
class PointsTable:
    """Points read from a CSV: ``coords`` (n, D) float64, one column per input; ``values`` (n,)
    int64 labels for classification or float64 targets for regression; ``n_classes`` is 0 for
    regression. ``dims`` is 1 for an ``x,y`` file: a regression set whose coords are
    ``(x, 0)``. ``input_names``: the input columns' names as the header wrote them (``x1``,
    ``x2`` or ``height``, ``weight``, ...; ``("x",)`` for an ``x,y`` file)."""

    coords: np.ndarray
    values: np.ndarray
    task: Task
    n_classes: int
    dims: int = 2
    input_names: tuple[str, ...] = ("x1", "x2")
    names: tuple[str, ...] = ()  # a multi-label file's label names (empty: the default names)

    @property
    def n_inputs(self) -> int:
        return int(self.coords.shape[1])



def label_columns(fields: Sequence[str]) -> tuple[int, tuple[str, ...]] | None:
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


@dataclass(frozen=True)
class Header:
    """What a points CSV's header says: the input columns' names (in order), the column of
    labels or targets (``"label"``, ``"target"``, ``"y"`` of a 1-D file, or None: inputs
    only) and ``dims`` (1 for ``x`` / ``x,y``)."""

    inputs: tuple[str, ...]
    value: str | None
    dims: int = 2
    labels: tuple[str, ...] = ()  # a multi-label file's label columns, as written
    label_names: tuple[str, ...] = ()  # their names (empty: the default names)

    @property
    def width(self) -> int:
        return len(self.inputs) + (self.value is not None) + len(self.labels)

    @property
    def task(self) -> Task:
        if self.labels:
            return "multilabel"
        return _VALUE_COLUMNS.get(self.value or "", "regression")

    @property
    def columns(self) -> tuple[str, ...]:
        return (*self.inputs, *((self.value,) if self.value else ()), *self.labels)

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


def parse_header(fields: Sequence[str]) -> Header:
    """The header of a points CSV from its fields (already unquoted and stripped); raises
    ``ValueError`` with the reason when it names no usable columns. ``x`` and ``x,y`` are a
    1-D file; two or more last columns named ``label...`` are a multi-label file's labels
    (:func:`label_columns`); otherwise a last column ``label`` or ``target`` (any case) holds
    the values. Every other column is an input, 2 to ``MAX_INPUTS`` of them: ``x1``, ``x2``,
    ... in order, or names of the user's (``height``), none a number, none twice."""
    lower = [f.lower() for f in fields]
    if lower in (["x"], ["x", "y"]):
        return Header(("x",), "y" if len(lower) == 2 else None, dims=1)
    try:
        multi = label_columns(fields)
    except FormatError as exc:
        raise ValueError(str(exc)) from None
    if multi is not None:
        n_labels = len(fields) - multi[0]
        if n_labels > MAX_CLASSES:
            raise ValueError(f"{n_labels} label columns; at most {MAX_CLASSES} are allowed")
        inputs = _check_inputs(tuple(fields[:multi[0]]), lower)
        return Header(inputs, None, labels=tuple(fields[multi[0]:]), label_names=multi[1])
    value = lower[-1] if lower and lower[-1] in _VALUE_COLUMNS else None
    return Header(_check_inputs(tuple(fields[:-1] if value else fields), lower), value)


def _check_inputs(inputs: tuple[str, ...], lower: list[str]) -> tuple[str, ...]:
    """The input columns' names, if they can be: 2 to ``MAX_INPUTS`` of them, none a number,
    a value column's name or longer than ``MAX_NAME``, ``x1, x2, ...`` in order, none twice."""
    if not 2 <= len(inputs) <= MAX_INPUTS:
        raise ValueError(f"{len(inputs)} input column{'s' if len(inputs) != 1 else ''}; "
                         f"a points file has 2 to {MAX_INPUTS} (or is x,y)")
    seen: set[str] = set()
    for k, name in enumerate(inputs, 1):
        low = name.lower()
        if not name:
            raise ValueError(f"column {k} has no name")
        if _FLOAT_RE.fullmatch(name) or low.lstrip("+-") in _NON_FINITE:
            raise ValueError(f"column {k} is named {_show(name)}, a number: the first line "
                             "must name the columns")
        if low in _VALUE_COLUMNS or low == "y" and len(inputs) == 2 and lower[0] == "x":
            raise ValueError(f"column {k} is {_show(name)}, which only the last column may be")
        if len(name) > MAX_NAME:
            raise ValueError(f"column {k}'s name is longer than {MAX_NAME} characters")
        if re.fullmatch(r"x\d+", low) and low != f"x{k}":
            raise ValueError(f"column {k} is named {_show(name)}; inputs named x1, x2, ... "
                             "come in order")
        if low in seen:
            raise ValueError(f"two columns are named {_show(name)}")
        seen.add(low)
    return inputs


def _table(path: StrPath, *, values: bool | None
           ) -> tuple[Header, list[tuple[int, str]]]:
    """The header and the numbered rows after it. ``values``: True, the file must have a label,
    target, label columns or a 1-D y column; False, it must not be 1-D; None: anything."""
    numbered = _lines(path)
    expected = _EXPECTED[values]
    if not numbered:
        raise FormatError(f"{path}: file is empty (expected a header {expected})")
    head_no, head = numbered[0]
    unknown = f"{path} line {head_no}: unknown header {_show(head.strip())}"
    try:
        header = parse_header([_field(f) for f in head.split(",")])
    except ValueError as exc:
        raise FormatError(f"{unknown}: {exc}; expected {expected}") from None
    if values and header.value is None and not header.labels:
        raise FormatError(f"{unknown}: no label or target column; expected {expected}")
    if values is False and header.dims == 1:
        raise FormatError(f"{unknown}: a 1-D file (x or x,y); expected {expected}")
    rows = numbered[1:]
    if len(rows) > MAX_POINTS:
        raise FormatError(f"{path} line {rows[MAX_POINTS][0]}: more than {MAX_POINTS} rows")
    return header, rows


def _row(where: str, line: str, header: Header) -> list[str]:
    fields = [_field(f) for f in line.split(",")]
    if len(fields) != header.width:
        columns = ",".join(header.columns)
        raise FormatError(f"{where}: expected {header.width} columns ({_clip(columns)}), "
                          f"got {len(fields)}")
    return fields


def _coords(where: str, fields: list[str], header: Header,
            max_coord: float | None) -> list[float]:
    """The inputs of a row; a 1-D row (header ``x`` or ``x,y``) gives (x, 0)."""
    values = [_number(text, name, where) for name, text in zip(header.inputs, fields)]
    if max_coord is not None:
        for name, value, text in zip(header.inputs, values, fields):
            if abs(value) > max_coord:
                raise FormatError(
                    f"{where}: {name} = {_clip(text)} is outside ±{_bound(max_coord)}"
                )
    return [values[0], 0.0] if header.dims == 1 else values


def _width(header: Header) -> int:
    """Columns of the coords read: the inputs, or 2 for a 1-D file ((x, 0))."""
    return 2 if header.dims == 1 else len(header.inputs)


def read_points_csv(
    path: StrPath, n_classes: int | None = None, *, max_coord: float | None = None
) -> PointsTable:
    """Read points: inputs then ``label`` (classification) or ``target`` (regression), e.g.
    ``x1,x2,label`` or ``height,weight,score,target``; or ``x,y`` (a 1-D regression set:
    coords ``(x, 0)``, targets ``y``, ``dims`` 1).

    Tolerates a UTF-8 BOM, CRLF, surrounding whitespace, double-quoted fields and blank lines.
    Labels must be integers in ``0..n_classes-1``; without ``n_classes`` it becomes
    ``max(2, max label + 1)`` and labels must be below ``MAX_CLASSES``. With ``max_coord``,
    a coordinate beyond ``±max_coord`` is refused, naming its line.
    """
    if n_classes is not None and not 2 <= n_classes <= MAX_CLASSES:
        raise ConfigError(f"n_classes must be in 2..{MAX_CLASSES}, got {n_classes}")
    header, rows = _table(path, values=True)
    if header.labels:
        table = _read_multilabel(path, header, rows, max_coord)
        if n_classes is not None and n_classes != table.n_classes:
            raise FormatError(f"{path}: {table.n_classes} label columns, not {n_classes}")
        return table
    assert header.value is not None
    task = header.task
    limit = n_classes if n_classes is not None else MAX_CLASSES
    coords = np.empty((len(rows), _width(header)), dtype=np.float64)
    values = np.empty(len(rows), dtype=np.int64 if task == "classification" else np.float64)
    for r, (line_no, line) in enumerate(rows):
        where = f"{path} line {line_no}"
        fields = _row(where, line, header)
        coords[r] = _coords(where, fields, header, max_coord)
        value = _number(fields[-1], header.value, where)
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
                       dims=header.dims, input_names=header.inputs)


def _zero_or_one(text: str) -> int | None:
    """``0.0``, ``1e0`` and the like as 0 or 1; None for anything else."""
    if _FLOAT_RE.fullmatch(text) and float(text) in (0.0, 1.0):
        return int(float(text))
    return None


def _read_multilabel(path: StrPath, header: Header, rows: list[tuple[int, str]],
                     max_coord: float | None) -> PointsTable:
    """The rows of a multi-label file: its inputs, then one 0/1 column per label."""
    k, d = len(header.labels), len(header.inputs)
    coords = np.empty((len(rows), d), dtype=np.float64)
    values = np.empty((len(rows), k), dtype=np.int64)
    for r, (line_no, line) in enumerate(rows):
        where = f"{path} line {line_no}"
        fields = _row(where, line, header)
        coords[r] = _coords(where, fields, header, max_coord)
        for j, (name, text) in enumerate(zip(header.labels, fields[d:])):
            value = 1 if text == "1" else 0 if text == "0" else _zero_or_one(text)
            if value is None:
                raise FormatError(f"{where}: {name} is {_show(text)}; a label is 0 or 1")
            values[r, j] = value
    return PointsTable(coords=coords, values=values, task="multilabel", n_classes=k,
                       input_names=header.inputs, names=header.label_names)


def read_coords_csv(path: StrPath, *, max_coord: float | None = None) -> np.ndarray:
    """Inputs ``(n, D)`` float64 from a CSV of 2 or more input columns (``x1,x2``,
    ``x1,x2,x3``, named columns), with or without a last ``label`` or ``target`` column or a
    multi-label file's label columns, which are ignored whatever they hold (they may be empty,
    or a label this model never saw); only the inputs are checked."""
    return _read_coords(path, max_coord, one_d=False)[0]


def read_inputs_csv(path: StrPath, *, max_coord: float | None = None) -> tuple[np.ndarray, int]:
    """What :func:`read_coords_csv` reads, or a 1-D file with header ``x`` or ``x,y`` (the
    ``y`` column ignored whatever it holds), as ``(coords (n, D), dims)``: a 1-D file gives
    coords ``(x, 0)`` and dims 1."""
    return _read_coords(path, max_coord, one_d=True)


def _read_coords(path: StrPath, max_coord: float | None, one_d: bool
                 ) -> tuple[np.ndarray, int]:
    header, rows = _table(path, values=None if one_d else False)
    coords = np.empty((len(rows), _width(header)), dtype=np.float64)
    for r, (line_no, line) in enumerate(rows):
        where = f"{path} line {line_no}"
        coords[r] = _coords(where, _row(where, line, header), header, max_coord)
    return coords, header.dims


def default_input_names(n_inputs: int) -> tuple[str, ...]:
    """``x1``, ``x2``, ... ``xD``: the inputs' names when the data give none."""
    return tuple(f"x{k}" for k in range(1, n_inputs + 1))


def check_input_names(names: Sequence[str], n_inputs: int) -> tuple[str, ...]:
    """``names`` as a tuple if they can head ``n_inputs`` input columns of a points CSV (read
    back the same), else ``ConfigError``."""
    names = tuple(str(n) for n in names)
    if len(names) != n_inputs:
        raise ConfigError(f"{len(names)} input names for {n_inputs} inputs")
    bad = next((n for n in names if n != n.strip() or any(c in n for c in ',"\r\n')), None)
    if bad is not None:
        raise ConfigError(f"input name {bad!r} has a comma, a quote, a line break or "
                          "surrounding blanks")
    try:
        header = parse_header((*names, "label"))
    except ValueError as exc:
        raise ConfigError(f"input names {', '.join(names)}: {exc}") from None
    if header.dims != 2:
        raise ConfigError(f"input names {', '.join(names)} read as a 1-D file")
    return names


def write_points_csv(path: StrPath, coords: np.ndarray, values: np.ndarray, task: Task,
                     dims: int = 2, input_names: Sequence[str] | None = None, *,
                     names: Sequence[str] | None = None) -> None:
    """Write points atomically; floats use ``repr`` so reading them back is bit-exact.

    coords : (n, D) finite, 2 <= D <= ``MAX_INPUTS``; values : (n,) integer labels
    0..MAX_CLASSES-1 or finite float targets. The header names the inputs ``input_names``
    (``x1,x2,...`` when None) then ``label`` or ``target``. ``dims=1`` (a 1-D regression set)
    writes ``x,y``: x1 and the target (x2, always 0 in a 1-D set, is not written). A
    multi-label set's values are (n, L) 0/1, written as ``label_<name>`` columns (``names``;
    without them ``label1..labelL``). Invalid arguments raise ``ConfigError``; a file-system
    failure ``FormatError``.
    """
    if task not in TASKS:
        raise ConfigError(f"unknown task {task!r}")
    if dims not in (1, 2):
        raise ConfigError(f"dims must be 1 or 2 (got {dims!r})")
    if dims == 1 and task != "regression":
        raise ConfigError("a 1-D set (x,y) holds regression targets, not labels")
    xy = np.asarray(coords, dtype=np.float64)
    vals = np.asarray(values)
    if xy.ndim != 2 or not 2 <= xy.shape[1] <= MAX_INPUTS:
        raise ConfigError(f"coords must have shape (n, D), 2 <= D <= {MAX_INPUTS}, "
                          f"got {xy.shape}")
    if dims == 1 and xy.shape[1] != 2:
        raise ConfigError(f"a 1-D set's coords are (x, 0) pairs, got {xy.shape}")
    input_header = (default_input_names(xy.shape[1]) if input_names is None
                    else check_input_names(input_names, xy.shape[1]))
    if task == "multilabel":
        if dims != 2:
            raise ConfigError("a 1-D set (x,y) holds regression targets, not labels")
        _write_multilabel(path, xy, vals, input_header, names)
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
        out = [",".join((*input_header, name)) + "\n"]
        out += [",".join(map(repr, (*row, v))) + "\n" for row, v in zip(xy.tolist(), column)]
    atomic_write_text(path, "".join(out))


def label_header(k: int, names: Sequence[str] | None) -> list[str]:
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
                      input_names: Sequence[str], names: Sequence[str] | None) -> None:
    if vals.ndim != 2 or len(vals) != len(xy) or not 2 <= vals.shape[1] <= MAX_CLASSES:
        raise ConfigError(f"values must have shape ({len(xy)}, L) with L in 2..{MAX_CLASSES},"
                          f" got {vals.shape}")
    if len(xy) > MAX_POINTS:
        raise ConfigError(f"at most {MAX_POINTS} points can be saved, got {len(xy)}")
    if not np.isfinite(xy).all():
        raise ConfigError("coords must be finite")
    if not np.isin(vals, (0, 1)).all():
        raise ConfigError("labels must be 0 or 1")
    out = [",".join([*input_names, *label_header(vals.shape[1], names)]) + "\n"]
    out += [",".join([*map(repr, xs), *map(str, row)]) + "\n"
            for xs, row in zip(xy.tolist(), vals.astype(np.int64).tolist())]
    atomic_write_text(path, "".join(out))


def probability_columns(names: list[str]) -> list[str]:
    """``p_<name>`` per label; ``p<k>`` (from 1) for a name a CSV column cannot hold or that
    two labels share."""
    columns = [f"p_{name}" for name in names]
    if len(set(columns)) != len(columns) or any(
            not name.strip() or any(c in name for c in ',"\r\n') for name in names):
        return [f"p{k + 1}" for k in range(len(names))]
    return columns
