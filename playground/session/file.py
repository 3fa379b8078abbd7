"""The session file: one versioned ``.npz`` (never pickled) holding a whole piece of work.

Arrays: ``coords (n, D)`` (D >= 2 inputs; the data set settings' ``input_names`` name them),
``values (n,)``, ``is_train (n,)``, ``history (m, 6)`` (``HISTORY_COLUMNS``; a file before
version 3 has 5 columns, no running loss), the weights ``W0, b0, ...`` when there are any,
the optimizer's state as ``opt_<name>``, each normalised hidden layer ``h``'s ``gamma{h}``,
``beta{h}`` and (batch norm) ``running_mean{h}``, ``running_var{h}`` (the weights file's
names, ``data.weights_file.norm_arrays``), and the
replay (``replay_*``, ``session.replay``). ``meta`` is a 0-d string array of JSON: format,
version, task, classes, class names, config, data set settings, epoch, normaliser (one mean
and std per input), free-form view settings, and the lab notebook (``session.notebook``;
absent in older files: an empty notebook).

Saved files are deflated at zlib level ``COMPRESS_LEVEL`` (the replay's float16 pictures
shrink to about half), all but the exact weights (``_STORED``); recovery files, written every
few seconds and soon deleted, are stored uncompressed, as every file was before, and all open
the same way. What a file may hold (``SESSION_LIMITS``) is derived from the budgets that bound
what a session can hold, so whatever is written can be read.
"""

from __future__ import annotations

import io
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import numpy as np

from playground.data.atomic import StrPath, atomic_write
from playground.data.features import MAX_FEATURES, Normalizer, check_inputs
from playground.data.npz import (
    MAX_META_CHARS,
    NPY_HEADER_BYTES,
    NpzLimits,
    checked_keys,
    parse_meta,
    write_npz,
)
from playground.data.points import PointSet, read_class_names
from playground.data.reading import read_file
from playground.data.weights_file import check_norms, norm_arrays, read_norms
from playground.engine.layers import NORMS, Norms
from playground.engine.losses import TASKS, output_width
from playground.engine.model import DTYPES
from playground.engine.neurons import param_count
from playground.engine.optimizers import OPTIMIZERS
from playground.errors import ConfigError, FormatError, PlaygroundError
from playground.limits import MAX_CLASSES, MAX_HIDDEN_LAYERS, MAX_INPUTS, MAX_POINTS, MAX_UNITS
from playground.session.history import MAX_ROWS
from playground.session.notebook import LabNotebook
from playground.session.replay import (
    ReplayHistory,
    replay_arrays,
    replay_from_arrays,
    stored_bytes_bound,
)
from playground.training.config import LAYER_OPTION_FIELDS, TrainConfig
from playground.training.protocol import HISTORY_COLUMNS

SESSION_FORMAT = "playground-session"
# 2: the replay history (version 1 files still open, without one); 3: the history's running
# loss column (``train_loss_running``; older files' rows open with it NaN); 4: the hidden
# layers' dropout, normalisations and skips (config ``dropout``, ``norm``, ``skip``; the
# normalised layers' arrays). A network without them is still written as version 3, its
# config without those fields, so an older Playground opens it.
SESSION_VERSION = 4
PLAIN_SESSION_VERSION = 3
SESSION_SUFFIX = ".pgsession"
HISTORY_WIDTH = len(HISTORY_COLUMNS)
OLD_HISTORY_WIDTH = 5  # before the running loss: epoch, losses and accuracies
_ARRAY = re.compile(r"coords|values|is_train|history|[Wb](0|[1-9][0-9]{0,2})|opt_[a-z0-9_]{1,32}"
                    r"|(gamma|beta|running_mean|running_var)(0|[1-9][0-9]{0,2})"
                    r"|replay_(epochs|loss|params|heatmaps|heatmap_shapes|neurons|curves|extents"
                    r"|running)")
_NORM_ARRAY = re.compile(r"(gamma|beta|running_mean|running_var)[0-9]+")
_REPLAY_ARRAYS = 9
COMPRESS_LEVEL = 1  # zlib's fastest: nearly the size of its best at a third of the time
# Stored as they are: exact float weights, whose mantissas deflate does not shrink (by ~4%)
# though it would spend most of a big network's save on them.
_STORED = re.compile(r"[Wb][0-9]+|opt_.*|replay_params|replay_running"
                     r"|(gamma|beta|running_mean|running_var)[0-9]+")


def session_limits() -> NpzLimits:
    """What the largest session Playground can write holds, member by member, from the
    budgets that bound each: ``MAX_POINTS`` points, the loss history's ``MAX_ROWS``, the
    largest network (every feature, every layer as wide as allowed, a class an output) in the
    widest dtype with the optimizer that keeps the most state, the replay's cap and frame
    count, and meta's ``MAX_META_CHARS``. A file within them is read; a larger one, or a zip
    bomb, is refused before anything is unpacked."""
    outputs = max(output_width(name, MAX_CLASSES if task.classes else 0)
                  for name, task in TASKS.items())
    sizes = (MAX_FEATURES, *(MAX_UNITS,) * MAX_HIDDEN_LAYERS, outputs)
    # every hidden layer batch-normalised: a gamma and a beta per unit (parameters, so the
    # optimizer keeps state for them too) and two running statistics
    n_params = param_count(sizes, ("batch",) * MAX_HIDDEN_LAYERS)
    running = 2 * MAX_UNITS * MAX_HIDDEN_LAYERS
    number = max(np.dtype(d.type).itemsize for d in DTYPES.values())
    states = max(len(spec.cls.state_names) for spec in OPTIMIZERS.values())
    members = {
        # coords, values (a multi-label set's: one int64 per label), is_train
        "points": MAX_POINTS * (MAX_INPUTS * 8 + 8 * MAX_CLASSES + 1),
        "history": MAX_ROWS * HISTORY_WIDTH * 8,
        "weights": (n_params + running) * number,
        "optimizer": states * n_params * number + 8,  # and its step count
        "replay": stored_bytes_bound(),
        "meta": 4 * MAX_META_CHARS,  # a NumPy string holds 4 bytes a character
    }
    arrays = 5 + 2 * (len(sizes) - 1) + 4 * MAX_HIDDEN_LAYERS + states + 1 + _REPLAY_ARRAYS
    unpacked = sum(members.values()) + arrays * NPY_HEADER_BYTES
    # on disk: what deflate adds to bytes it cannot shrink, and the zip's own records
    return NpzLimits(file_bytes=unpacked + unpacked // 256 + arrays * NPY_HEADER_BYTES,
                     unpacked_bytes=unpacked, array_elements=max(members.values()))


SESSION_LIMITS = session_limits()


@dataclass(frozen=True, eq=False)
class Session:
    """Everything needed to pick the work up again exactly where it was."""

    points: PointSet
    class_names: tuple[str, ...]
    config: TrainConfig
    epoch: int = 0
    weights: tuple[np.ndarray, ...] = ()
    biases: tuple[np.ndarray, ...] = ()
    optimizer_state: dict[str, np.ndarray] = field(default_factory=dict)
    normalizer: Normalizer | None = None
    # the normalised hidden layers' scales, shifts and running statistics (engine.layers);
    # () without weights or normalisations
    norms: Norms = ()
    history: np.ndarray = field(default_factory=lambda: np.empty((0, HISTORY_WIDTH)))
    dataset: dict[str, Any] = field(default_factory=dict)
    view: dict[str, Any] = field(default_factory=dict)
    replay: ReplayHistory = field(default_factory=ReplayHistory)
    # the lab notebook (``session.notebook.LabNotebook.to_json``; empty: none, as in a file
    # written before it)
    notebook: dict[str, Any] = field(default_factory=dict)


def save_session(path: StrPath, s: Session, compress: bool = True) -> None:
    """Write ``s`` atomically (temporary file, fsync, rename), deflated unless not
    ``compress`` (an autosave: several times faster, and deleted on a clean exit)."""
    p = s.points
    replay, replay_meta = replay_arrays(s.replay)
    config = s.config.to_dict()
    if not s.config.layer_options.any:  # as a plain network was written before version 4
        for key in LAYER_OPTION_FIELDS:
            del config[key]
    meta = {
        "format": SESSION_FORMAT,
        "version": SESSION_VERSION if s.config.layer_options.any else PLAIN_SESSION_VERSION,
        "task": p.task,
        "n_classes": p.n_classes,
        "class_names": list(s.class_names),
        "config": config,
        "epoch": int(s.epoch),
        "normalizer": None if s.normalizer is None else {
            "mean": list(s.normalizer.mean), "std": list(s.normalizer.std)},
        "dataset": s.dataset,
        "view": s.view,
        "replay": replay_meta,
    }
    if s.notebook.get("rows"):
        meta["notebook"] = s.notebook
    try:
        text = json.dumps(meta, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise FormatError(f"{path}: session settings are not serialisable ({exc})") from exc
    if len(text) > MAX_META_CHARS:
        raise FormatError(f"{path}: the session's settings are too long ({len(text)} "
                          f"characters, at most {MAX_META_CHARS}); not saved")
    arrays: dict[str, np.ndarray] = {
        "coords": p.coords, "values": p.values, "is_train": p.is_train,
        "history": np.asarray(s.history, np.float64).reshape(-1, HISTORY_WIDTH),
        "meta": np.array(text),
    }
    for i, (w, b) in enumerate(zip(s.weights, s.biases)):
        arrays[f"W{i}"], arrays[f"b{i}"] = w, b
    if s.weights:
        arrays.update(norm_arrays(s.norms))
    for key, arr in s.optimizer_state.items():
        arrays[f"opt_{key}"] = np.asarray(arr)
    arrays.update(replay)

    def write(f: BinaryIO) -> None:
        write_npz(f, arrays, COMPRESS_LEVEL if compress else None, _STORED)

    atomic_write(path, write)


def load_session(path: StrPath) -> Session:
    """Read and validate a session; raises only ``FormatError``."""
    where = str(path)
    data = read_file(path, SESSION_LIMITS.file_bytes)
    try:
        return _load(where, data)
    except FormatError:
        raise
    except PlaygroundError as exc:  # a config or point-set check failed
        raise FormatError(f"{where}: {exc}") from exc
    except Exception as exc:  # damaged archive, wrong types inside the JSON, ...
        raise FormatError(
            f"{where}: damaged or not a session file ({type(exc).__name__}: {exc})") from exc


def _load(where: str, data: bytes) -> Session:
    if not data.startswith(b"PK"):
        raise FormatError(f"{where}: not a Playground session (not an .npz archive)")
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        keys = checked_keys(npz, where, SESSION_LIMITS, _ARRAY)
        for required in ("meta", "coords", "values", "is_train", "history"):
            if required not in keys:
                raise FormatError(f"{where}: missing array {required!r}")
        meta = parse_meta(where, npz["meta"])
        arrays = {k: npz[k] for k in keys if k != "meta"}
    if not isinstance(meta, dict) or meta.get("format") != SESSION_FORMAT:
        raise FormatError(f"{where}: not a Playground session file")
    version = meta.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FormatError(f"{where}: invalid session version {version!r}")
    if version > SESSION_VERSION:
        raise FormatError(f"{where}: made by a newer Playground (session version {version})")

    task, k = meta.get("task"), meta.get("n_classes")
    if not isinstance(task, str) or isinstance(k, bool) or not isinstance(k, int):
        raise FormatError(f"{where}: 'task' and 'n_classes' are missing or of the wrong type")
    if arrays["values"].dtype.kind not in "iuf" or arrays["coords"].dtype.kind not in "iuf":
        raise FormatError(f"{where}: point arrays must be numeric")
    if arrays["is_train"].dtype != np.bool_:
        raise FormatError(f"{where}: 'is_train' must be a boolean array")
    points = PointSet(arrays["coords"], arrays["values"], arrays["is_train"], task, k)
    names = meta.get("class_names")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise FormatError(f"{where}: 'class_names' must be a list of strings")
    if task in ("classification", "multilabel") and len(names) != k:
        raise FormatError(f"{where}: {len(names)} class names for {k} classes")
    config = TrainConfig.from_dict(meta.get("config"))
    if (config.task, config.n_classes) != (task, k if task != "regression" else 0):
        raise FormatError(f"{where}: the config's task/classes do not match the points")
    epoch = meta.get("epoch")
    if not isinstance(epoch, int) or isinstance(epoch, bool) or epoch < 0:
        raise FormatError(f"{where}: 'epoch' must be a non-negative whole number")

    weights, biases = _weights(where, arrays, config.layer_sizes)
    norms = _norms(where, arrays, config, bool(weights))
    n_params = param_count(config.layer_sizes, config.norm) if weights else 0
    opt = {k[4:]: v for k, v in arrays.items() if k.startswith("opt_")}
    try:
        replay = replay_from_arrays(arrays, meta.get("replay", {}), config.layer_sizes,
                                    config.norm)
    except (ValueError, KeyError, TypeError) as exc:
        raise FormatError(f"{where}: {exc}") from exc
    if replay.frames:
        replay.normalizer = _normalizer(where, meta["replay"].get("normalizer"),
                                        points.n_inputs)
    t = opt.get("t", np.array(0))
    if t.shape != () or t.dtype.kind not in "iu" or int(t) < 0:
        raise FormatError(f"{where}: optimizer step count 't' must be a non-negative integer")
    for key, arr in opt.items():
        if key != "t" and (arr.shape != (n_params,) or arr.dtype.kind != "f"):
            raise FormatError(f"{where}: optimizer state {key!r} does not fit the network")
        if not np.all(np.isfinite(arr)):
            raise FormatError(f"{where}: optimizer state {key!r} is not finite")
    history = arrays["history"]
    if history.ndim != 2 or history.shape[1] not in (HISTORY_WIDTH, OLD_HISTORY_WIDTH) or (
            history.dtype.kind != "f"):
        raise FormatError(f"{where}: 'history' must be a float array of shape "
                          f"(m, {HISTORY_WIDTH}) (or (m, {OLD_HISTORY_WIDTH}) from before the "
                          "running loss)")
    if history.shape[1] == OLD_HISTORY_WIDTH:  # no running loss was recorded: NaN
        history = np.hstack([history, np.full((len(history), HISTORY_WIDTH - OLD_HISTORY_WIDTH),
                                              np.nan)])
    normalizer = _normalizer(where, meta.get("normalizer"), points.n_inputs)
    check_inputs(config.features, points.n_inputs)  # ConfigError: the message, with where
    for key in ("dataset", "view"):
        if not isinstance(meta.get(key, {}), dict):
            raise FormatError(f"{where}: {key!r} must be an object")
    notebook = meta.get("notebook", {})
    if notebook:
        try:
            LabNotebook.from_json(notebook)
        except ConfigError as exc:
            raise FormatError(f"{where}: the lab notebook is damaged ({exc})") from exc
    return Session(points=points, class_names=tuple(read_class_names(names)), config=config,
                   epoch=epoch, weights=weights, biases=biases, optimizer_state=opt,
                   normalizer=normalizer, norms=norms, history=history.astype(np.float64),
                   dataset=meta.get("dataset", {}), view=meta.get("view", {}), replay=replay,
                   notebook=notebook)


def _numbers(value: Any, count: int) -> bool:
    return (isinstance(value, list) and len(value) == count
            and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                    and math.isfinite(v) for v in value))


def _normalizer(where: str, norm: Any, n_inputs: int) -> Normalizer | None:
    """The normaliser saved for points of ``n_inputs`` inputs: one mean and std each."""
    if norm is None:
        return None
    if not (isinstance(norm, dict) and _numbers(norm.get("mean"), n_inputs)
            and _numbers(norm.get("std"), n_inputs)):
        raise FormatError(f"{where}: 'normalizer' must be {{\"mean\": [m1, ...], "
                          f"\"std\": [s1, ...]}} with {n_inputs} finite numbers each, one per "
                          f"input")
    if min(norm["std"]) <= 0:
        raise FormatError(f"{where}: the normaliser's std must be > 0 (got {norm['std']})")
    return Normalizer(mean=tuple(float(v) for v in norm["mean"]),
                      std=tuple(float(v) for v in norm["std"]))


def _norms(where: str, arrays: dict[str, np.ndarray], config: TrainConfig,
           have_weights: bool) -> Norms:
    """The normalised hidden layers' state the file holds for ``config``'s network (``()``
    without weights, or for a file written before normalisations)."""
    found = {k: v for k, v in arrays.items() if _NORM_ARRAY.fullmatch(k)}
    if not have_weights:
        if found:
            raise FormatError(f"{where}: normalisation arrays without weights")
        return ()
    hidden = config.hidden_layers
    kinds = [config.layer_options.norm_of(h) for h in range(len(hidden))]
    for kind in kinds:
        if kind not in NORMS:
            raise FormatError(f"{where}: unknown normalisation {kind!r}")
    norms = read_norms(where, kinds, found)
    check_norms(where, kinds, hidden, norms)
    return norms


def _weights(where: str, arrays: dict[str, np.ndarray],
             sizes: tuple[int, ...]) -> tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...]]:
    if "W0" not in arrays:
        if any(k[0] in "Wb" and k[1:].isdigit() for k in arrays):
            raise FormatError(f"{where}: weights are incomplete (no 'W0')")
        return (), ()
    weights, biases = [], []
    for i in range(len(sizes) - 1):
        w, b = arrays.get(f"W{i}"), arrays.get(f"b{i}")
        if w is None or b is None:
            raise FormatError(f"{where}: missing array 'W{i}' or 'b{i}'")
        if w.shape != (sizes[i], sizes[i + 1]) or b.shape != (sizes[i + 1],):
            raise FormatError(f"{where}: W{i}/b{i} have shapes {w.shape}/{b.shape}, the "
                              f"network needs {(sizes[i], sizes[i + 1])}/{(sizes[i + 1],)}")
        if w.dtype.kind != "f" or b.dtype.kind != "f":
            raise FormatError(f"{where}: W{i}/b{i} must be float arrays")
        if not (np.all(np.isfinite(w)) and np.all(np.isfinite(b))):
            raise FormatError(f"{where}: W{i}/b{i} contain non-finite values")
        weights.append(w)
        biases.append(b)
    if f"W{len(sizes) - 1}" in arrays:
        raise FormatError(f"{where}: more weight arrays than the network has layers")
    return tuple(weights), tuple(biases)
