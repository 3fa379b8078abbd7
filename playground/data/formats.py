"""File formats (DESIGN §4): points CSV and weights ``.npz``, with validation on load.

Loaders raise only :class:`FormatError`, whatever the bytes, with a message naming the file and
the problem. Savers write atomically. The ``.npz`` is never pickled: it is read with
``np.load(..., allow_pickle=False)`` after every member's ``.npy`` header has been checked, so an
object array is refused before a byte of it is unpickled and a huge array before it is allocated.
"""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO, Literal, cast

import numpy as np

from playground.data.atomic import StrPath, atomic_write, atomic_write_text
from playground.data.features import FEATURES
from playground.engine.activations import ACTIVATIONS
from playground.errors import ConfigError, FormatError

Task = Literal["classification", "regression"]
TASKS: tuple[Task, ...] = ("classification", "regression")
MAX_CLASSES = 8
MAX_ROWS = 100_000
MAX_CSV_BYTES = 64 * 2**20
MAX_NPZ_BYTES = 256 * 2**20
# What an archive may expand to: far above any real model or session (8 x 256 x 256 weights
# are 4 MB), far below what a zip bomb declares.
MAX_NPZ_UNPACKED = 64 * 2**20
MAX_ARRAY_ELEMENTS = 10_000_000
MAX_META_CHARS = 1_000_000
MAX_NPZ_ENTRIES = 1_000

WEIGHTS_FORMAT = "playground-weights"
WEIGHTS_FORMAT_VERSION = 1
FEATURE_NAMES: tuple[str, ...] = tuple(FEATURES)
OUTPUT_ACTIVATIONS: tuple[str, ...] = ("sigmoid", "softmax", "linear")
LOSSES: dict[str, tuple[str, ...]] = {
    "classification": ("cross_entropy", "mse", "hinge"),
    "regression": ("mse", "mae", "huber"),
}
REQUIRED_META_KEYS: tuple[str, ...] = (
    "format", "version", "features", "input_mean", "input_std", "layer_sizes",
    "activations", "loss", "task", "classes", "config", "epoch",
)  # fmt: skip


def _read_file(path: StrPath, limit: int) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except FileNotFoundError as exc:
        raise FormatError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise FormatError(f"{path}: is a folder, not a file") from exc
    except OSError as exc:
        raise FormatError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:  # e.g. a NUL character in the path
        raise FormatError(f"cannot read {path!r}: {exc}") from exc
    if len(data) > limit:
        raise FormatError(f"{path}: file is too large (over {limit // 2**20} MB)")
    return data


def _clip(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "..."


def _show(text: str) -> str:
    return repr(_clip(text))


# --- points CSV ------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class PointsTable:
    """Points read from a CSV: ``coords`` (n, 2) float64; ``values`` (n,) int64 labels for
    classification or float64 targets for regression; ``n_classes`` is 0 for regression."""

    coords: np.ndarray
    values: np.ndarray
    task: Task
    n_classes: int


# one way to split any digits (no nested optional runs), so a long bad number fails fast
_FLOAT_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_NON_FINITE = {"nan", "inf", "infinity"}


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


def read_points_csv(path: StrPath, n_classes: int | None = None) -> PointsTable:
    """Read ``x1,x2,label`` (classification) or ``x1,x2,target`` (regression) points.

    Tolerates a UTF-8 BOM, CRLF, surrounding whitespace, double-quoted fields and blank lines.
    Labels must be integers in ``0..n_classes-1``; without ``n_classes`` it becomes
    ``max(2, max label + 1)`` and labels must be below ``MAX_CLASSES``.
    """
    if n_classes is not None and not 2 <= n_classes <= MAX_CLASSES:
        raise ConfigError(f"n_classes must be in 2..{MAX_CLASSES}, got {n_classes}")
    data = _read_file(path, MAX_CSV_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = [(i, line) for i, line in enumerate(lines, 1) if line.strip()]
    if not numbered:
        raise FormatError(f"{path}: file is empty (expected a header x1,x2,label or x1,x2,target)")
    head_no, head = numbered[0]
    header = [_field(f).lower() for f in head.split(",")]
    if header not in (["x1", "x2", "label"], ["x1", "x2", "target"]):
        raise FormatError(
            f"{path} line {head_no}: unknown header {_show(head.strip())};"
            " expected x1,x2,label or x1,x2,target"
        )
    task: Task = "classification" if header[2] == "label" else "regression"
    rows = numbered[1:]
    if len(rows) > MAX_ROWS:
        raise FormatError(f"{path} line {rows[MAX_ROWS][0]}: more than {MAX_ROWS} rows")
    limit = n_classes if n_classes is not None else MAX_CLASSES
    coords = np.empty((len(rows), 2), dtype=np.float64)
    values = np.empty(len(rows), dtype=np.int64 if task == "classification" else np.float64)
    for r, (line_no, line) in enumerate(rows):
        where = f"{path} line {line_no}"
        fields = [_field(f) for f in line.split(",")]
        if len(fields) != 3:
            columns = ",".join(header)
            raise FormatError(f"{where}: expected 3 columns ({columns}), got {len(fields)}")
        coords[r, 0] = _number(fields[0], "x1", where)
        coords[r, 1] = _number(fields[1], "x2", where)
        value = _number(fields[2], header[2], where)
        if task == "classification":
            if not value.is_integer():
                raise FormatError(f"{where}: label {_clip(fields[2])} is not an integer")
            if not 0 <= value < limit:
                raise FormatError(
                    f"{where}: label {_clip(fields[2])} is out of range 0..{limit - 1}"
                )
        values[r] = value
    if task == "regression":
        k = 0
    elif n_classes is not None:
        k = n_classes
    else:
        k = max(2, int(values.max()) + 1 if len(values) else 0)
    return PointsTable(coords=coords, values=values, task=task, n_classes=k)


def write_points_csv(path: StrPath, coords: np.ndarray, values: np.ndarray, task: Task) -> None:
    """Write points atomically; floats use ``repr`` so reading them back is bit-exact.

    coords : (n, 2) finite; values : (n,) integer labels 0..7 or finite float targets.
    Invalid arguments raise ``ConfigError``; a file-system failure raises ``FormatError``.
    """
    if task not in TASKS:
        raise ConfigError(f"unknown task {task!r}")
    xy = np.asarray(coords, dtype=np.float64)
    vals = np.asarray(values)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise ConfigError(f"coords must have shape (n, 2), got {xy.shape}")
    if vals.shape != (len(xy),):
        raise ConfigError(f"values must have shape ({len(xy)},), got {vals.shape}")
    if len(xy) > MAX_ROWS:
        raise ConfigError(f"at most {MAX_ROWS} points can be saved, got {len(xy)}")
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
    name = "label" if task == "classification" else "target"
    out = [f"x1,x2,{name}\n"]
    out += [f"{x!r},{y!r},{v!r}\n" for (x, y), v in zip(xy.tolist(), column)]
    atomic_write_text(path, "".join(out))


# --- weights .npz ----------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class WeightsFile:
    """A trained MLP: ``weights[i]`` (fan_in, fan_out), ``biases[i]`` (fan_out,), JSON ``meta``."""

    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    meta: dict[str, Any]


_ARRAY_NAME = re.compile(r"([Wb])(0|[1-9][0-9]{0,5})")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def save_weights(path: StrPath, wf: WeightsFile) -> None:
    """Validate ``wf`` like :func:`load_weights` would (``FormatError`` if invalid), then write
    ``W0, b0, W1, b1, ..., meta`` atomically. ``meta`` must be JSON-serialisable; tuples come
    back as lists."""
    try:
        meta_text = json.dumps(wf.meta, allow_nan=False, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError) as exc:
        raise FormatError(f"{path}: meta is not JSON-serialisable ({exc})") from exc
    weights = tuple(np.asarray(w) for w in wf.weights)
    biases = tuple(np.asarray(b) for b in wf.biases)
    if len(weights) != len(biases):
        raise FormatError(f"{path}: {len(weights)} weight arrays but {len(biases)} bias arrays")
    _validate_weights(str(path), json.loads(meta_text), weights, biases)
    arrays: dict[str, np.ndarray] = {}
    for i, (w, b) in enumerate(zip(weights, biases)):
        arrays[f"W{i}"], arrays[f"b{i}"] = w, b
    arrays["meta"] = np.array(meta_text)

    def write(f: BinaryIO) -> None:
        np.savez(f, **arrays)

    atomic_write(path, write)


def load_weights(path: StrPath) -> WeightsFile:
    """Read and fully validate a weights ``.npz``; raises only ``FormatError``."""
    data = _read_file(path, MAX_NPZ_BYTES)
    try:
        return _load_weights(str(path), data)
    except FormatError:
        raise
    except Exception as exc:  # zipfile / zlib / numpy errors from damaged bytes
        raise FormatError(
            f"{path}: damaged or not a weights file ({type(exc).__name__}: {exc})"
        ) from exc


def check_unpacked_size(npz: Any, where: str) -> None:
    """Refuse an archive whose members would expand past ``MAX_NPZ_UNPACKED`` (a zip bomb)
    before any of them is read."""
    total = sum(info.file_size for info in npz.zip.infolist())
    if total > MAX_NPZ_UNPACKED:
        raise FormatError(f"{where}: the archive would unpack to {total // 2**20} MB "
                          f"(the limit is {MAX_NPZ_UNPACKED // 2**20} MB); refused")


def checked_keys(npz: Any, where: str, allowed: re.Pattern[str] | None = None) -> set[str]:
    """The array names of an opened ``.npz`` after checking every member without loading
    it: total size (zip bombs), count, duplicates, ``.npy`` entries only, names (when
    ``allowed`` is given; ``meta`` always is), and each header (no object arrays)."""
    check_unpacked_size(npz, where)
    members = npz.zip.namelist()
    if len(members) > MAX_NPZ_ENTRIES:
        raise FormatError(f"{where}: too many entries ({len(members)})")
    if len(set(members)) != len(members):
        raise FormatError(f"{where}: duplicate entries in the archive")
    keys: set[str] = set()
    for member in members:
        key = member.removesuffix(".npy")
        if key == member:
            raise FormatError(f"{where}: entry {member!r} is not a .npy array")
        if allowed is not None and key != "meta" and not allowed.fullmatch(key):
            raise FormatError(f"{where}: unexpected entry {member!r}")
        with npz.zip.open(member) as f:
            _peek_header(cast(BinaryIO, f), key, where)
        keys.add(key)
    return keys


def _peek_header(f: BinaryIO, key: str, where: str) -> None:
    """Check a ``.npy`` header before numpy allocates or unpickles anything."""
    fmt = np.lib.format
    try:
        version = fmt.read_magic(f)
    except ValueError as exc:
        raise FormatError(f"{where}: entry {key!r} is not a NumPy array") from exc
    if version == (1, 0):
        shape, _, dtype = fmt.read_array_header_1_0(f)
    elif version == (2, 0):
        shape, _, dtype = fmt.read_array_header_2_0(f)
    else:
        raise FormatError(f"{where}: array {key!r} uses unsupported .npy version {version}")
    if dtype.hasobject:
        raise FormatError(f"{where}: array {key!r} is an object/pickled array; refused")
    if any(d < 0 for d in shape):
        raise FormatError(f"{where}: array {key!r} has an invalid shape {shape}")
    count = math.prod(shape)
    if count > MAX_ARRAY_ELEMENTS:
        raise FormatError(
            f"{where}: array {key!r} has {count} elements (the limit is {MAX_ARRAY_ELEMENTS})"
        )
    if count * dtype.itemsize > max(8 * MAX_ARRAY_ELEMENTS, 4 * MAX_META_CHARS):
        raise FormatError(f"{where}: array {key!r} is too large ({dtype} x {count})")


def _load_weights(where: str, data: bytes) -> WeightsFile:
    if data.startswith(b"\x93NUMPY"):
        raise FormatError(f"{where}: a single .npy array, not an .npz archive")
    if not data.startswith(_ZIP_MAGIC):
        raise FormatError(f"{where}: not an .npz (zip) archive")
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        keys = checked_keys(npz, where)
        if "meta" not in keys:
            raise FormatError(f"{where}: missing array 'meta'")
        meta = _parse_meta(where, npz["meta"])
        count = 0
        for key in sorted(keys - {"meta"}):
            match = _ARRAY_NAME.fullmatch(key)
            if not match:
                raise FormatError(f"{where}: unexpected array {key!r}")
            count = max(count, int(match.group(2)) + 1)
        for i in range(count):
            for name in (f"W{i}", f"b{i}"):
                if name not in keys:
                    raise FormatError(f"{where}: missing array {name!r}")
        weights = tuple(npz[f"W{i}"] for i in range(count))
        biases = tuple(npz[f"b{i}"] for i in range(count))
    _validate_weights(where, meta, weights, biases)
    native = tuple(a.astype(a.dtype.newbyteorder("="), copy=False) for a in weights + biases)
    return WeightsFile(weights=native[:count], biases=native[count:], meta=meta)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 parses to inf: as bad as a literal Infinity
        raise ValueError(f"number {text[:20]} is out of range")
    return value


def _parse_meta(where: str, arr: np.ndarray) -> Any:
    if not isinstance(arr, np.ndarray) or arr.ndim != 0 or arr.dtype.kind != "U":
        desc = f"shape {arr.shape} dtype {arr.dtype}" if isinstance(arr, np.ndarray) else "bytes"
        raise FormatError(f"{where}: 'meta' must be a 0-d string array, got {desc}")
    text = str(arr[()])
    if len(text) > MAX_META_CHARS:
        raise FormatError(f"{where}: meta is too long ({len(text)} characters)")
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except (ValueError, RecursionError) as exc:
        raise FormatError(f"{where}: meta is not valid JSON ({exc})") from exc


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_finite_number(x: object) -> bool:
    if not isinstance(x, int | float) or isinstance(x, bool):
        return False
    try:
        return math.isfinite(x)
    except OverflowError:  # a JSON integer beyond float range
        return False


def _validate_weights(
    where: str, meta: Any, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray]
) -> None:
    if not isinstance(meta, dict):
        raise FormatError(f"{where}: meta must be a JSON object")
    if meta.get("format") != WEIGHTS_FORMAT:
        raise FormatError(
            f"{where}: not a Playground weights file"
            f" (meta format is {meta.get('format')!r}, expected {WEIGHTS_FORMAT!r})"
        )
    version = meta.get("version")
    if not _is_int(version) or version < 1:
        raise FormatError(f"{where}: meta version {version!r} is not a valid format version")
    if version > WEIGHTS_FORMAT_VERSION:
        raise FormatError(
            f"{where}: made by a newer Playground (weights format version {version};"
            f" this one reads version {WEIGHTS_FORMAT_VERSION})"
        )
    missing = [k for k in REQUIRED_META_KEYS if k not in meta]
    if missing:
        raise FormatError(f"{where}: meta is missing key(s) {', '.join(map(repr, missing))}")
    _validate_arrays(where, weights, biases)
    _validate_meta(where, meta, weights)


def _validate_arrays(
    where: str, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray]
) -> None:
    if not weights:
        raise FormatError(f"{where}: no weight arrays (W0, b0, ...)")
    for i, (w, b) in enumerate(zip(weights, biases)):
        for name, a, ndim in ((f"W{i}", w, 2), (f"b{i}", b, 1)):
            if a.dtype.kind != "f" or a.dtype.itemsize not in (4, 8):
                raise FormatError(
                    f"{where}: array {name!r} has dtype {a.dtype};"
                    " only float32 and float64 are allowed"
                )
            if a.ndim != ndim:
                raise FormatError(f"{where}: {name} must be {ndim}-D, got shape {a.shape}")
            if a.size == 0:
                raise FormatError(f"{where}: {name} is empty (shape {a.shape})")
            if not np.isfinite(a).all():
                raise FormatError(f"{where}: {name} contains NaN or infinite values")
        if w.shape[1] != b.shape[0]:
            raise FormatError(f"{where}: W{i} has shape {w.shape} but b{i} has shape {b.shape}")
        if i and w.shape[0] != weights[i - 1].shape[1]:
            raise FormatError(
                f"{where}: W{i} has shape {w.shape} but W{i - 1} has shape"
                f" {weights[i - 1].shape} ({weights[i - 1].shape[1]} outputs)"
            )


def _validate_meta(where: str, meta: dict[str, Any], weights: Sequence[np.ndarray]) -> None:
    sizes = [int(weights[0].shape[0])] + [int(w.shape[1]) for w in weights]
    if meta["layer_sizes"] != sizes or not all(map(_is_int, meta["layer_sizes"])):
        raise FormatError(
            f"{where}: layer_sizes {meta['layer_sizes']!r} do not match the arrays {sizes}"
        )
    acts = meta["activations"]
    if not isinstance(acts, list) or len(acts) != len(weights):
        raise FormatError(f"{where}: activations must be a list of {len(weights)} names")
    for i, act in enumerate(acts[:-1]):
        if not isinstance(act, str) or act not in ACTIVATIONS:
            raise FormatError(f"{where}: unknown activation {act!r} in layer {i}")
    if acts[-1] not in OUTPUT_ACTIVATIONS:
        raise FormatError(
            f"{where}: output activation {acts[-1]!r} is not one of {', '.join(OUTPUT_ACTIVATIONS)}"
        )
    n_out = sizes[-1]
    if acts[-1] == "softmax" and n_out < 2:
        raise FormatError(f"{where}: softmax output needs at least 2 units, got {n_out}")
    feats = meta["features"]
    if not isinstance(feats, list) or len(feats) != sizes[0]:
        raise FormatError(f"{where}: features must be a list of {sizes[0]} names, got {feats!r}")
    for feat in feats:
        if not isinstance(feat, str) or feat not in FEATURE_NAMES:
            raise FormatError(
                f"{where}: unknown feature {feat!r} (known: {', '.join(FEATURE_NAMES)})"
            )
    if len(set(feats)) != len(feats):
        raise FormatError(f"{where}: duplicate features in {feats!r}")
    for key in ("input_mean", "input_std"):
        val = meta[key]
        if not (isinstance(val, list) and len(val) == 2 and all(map(_is_finite_number, val))):
            raise FormatError(f"{where}: {key} must be two finite numbers, got {val!r}")
    if not all(s > 0 for s in meta["input_std"]):
        raise FormatError(f"{where}: input_std must be positive, got {meta['input_std']!r}")
    task = meta["task"]
    if task not in TASKS:
        raise FormatError(f"{where}: unknown task {task!r} (expected {' or '.join(TASKS)})")
    classes = meta["classes"]
    if task == "classification":
        if not (isinstance(classes, list) and all(isinstance(c, str) for c in classes)):
            raise FormatError(f"{where}: classes must be a list of names, got {classes!r}")
        if not 2 <= len(classes) <= MAX_CLASSES:
            raise FormatError(f"{where}: {len(classes)} classes; expected 2..{MAX_CLASSES}")
        want = 1 if len(classes) == 2 else len(classes)
    else:
        if classes != []:
            raise FormatError(f"{where}: classes must be [] for regression, got {classes!r}")
        want = 1
    if n_out != want:
        what = f"classification with {len(classes)} classes" if task == "classification" else task
        raise FormatError(f"{where}: output layer has {n_out} units; {what} needs {want}")
    loss = meta["loss"]
    if loss not in LOSSES[task]:
        raise FormatError(
            f"{where}: loss {loss!r} is not valid for {task} (use {', '.join(LOSSES[task])})"
        )
    if not isinstance(meta["config"], dict):
        raise FormatError(f"{where}: config must be a JSON object")
    epoch = meta["epoch"]
    if not _is_int(epoch) or epoch < 0:
        raise FormatError(f"{where}: epoch must be a non-negative integer, got {epoch!r}")
