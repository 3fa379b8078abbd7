"""The weights ``.npz`` (ARCHITECTURE.md): arrays ``W0, b0, W1, b1, ...`` and a JSON ``meta``.

A network whose hidden layers use dropout, a normalisation or skips (``engine.layers``) is
format version 2: meta ``dropout``, ``norm`` and ``skip`` (one value per hidden layer), and
for each normalised hidden layer ``h`` (from 0) arrays ``gamma{h}`` and ``beta{h}``, with
batch norm's ``running_mean{h}`` and ``running_var{h}`` too. A plain network is written as
version 1, as before, so older readers keep reading it.

``meta["n_inputs"]`` (absent: 2) is how many input columns the network reads, x1..xD;
``input_mean`` and ``input_std`` hold one entry per input; ``input_names`` (optional) their
names as the data's header gave them.

:func:`load_weights` raises only :class:`FormatError`, whatever the bytes, naming the file and
the problem; :func:`save_weights` validates exactly as the loader does, then writes atomically.
What counts as valid (tasks, output heads, losses per task, activations, features, classes)
is read from the registries that own it, so a newly registered loss or activation is accepted
here too; a feature may also be a formula (``data.features``), parsed, never executed.
"""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO, TypeGuard

import numpy as np

from playground.data.atomic import StrPath, atomic_write
from playground.data.features import MAX_FEATURES, feature
from playground.data.npz import NPY_MAGIC, ZIP_MAGIC, NpzLimits, checked_keys, parse_meta
from playground.data.points import read_class_names
from playground.data.reading import read_file
from playground.data.scaling import parse_input_scaling
from playground.engine.activations import ACTIVATIONS
from playground.engine.layers import NORMS, LayerOptions, Norms, NormState, check_options
from playground.engine.losses import HEADS, TASKS, losses_for
from playground.errors import ConfigError, FormatError
from playground.limits import MAX_CLASSES, MAX_INPUTS

WEIGHTS_FORMAT = "playground-weights"
WEIGHTS_FORMAT_VERSION = 2  # the newest this reads; a plain network is still written as 1
PLAIN_FORMAT_VERSION = 1  # a network without dropout, normalisations or skips
REQUIRED_META_KEYS: tuple[str, ...] = (
    "format", "version", "features", "input_mean", "input_std", "layer_sizes",
    "activations", "loss", "task", "classes", "config", "epoch",
)  # fmt: skip
# What a weights file may hold: far above any network (8 x 256 x 256 weights are 4 MB), far
# below what a zip bomb declares.
WEIGHTS_LIMITS = NpzLimits(file_bytes=256 * 2**20, unpacked_bytes=64 * 2**20,
                           array_elements=10_000_000)
_ARRAY_NAME = re.compile(r"([Wb])(0|[1-9][0-9]{0,5})")
_NORM_NAME = re.compile(r"(gamma|beta|running_mean|running_var)(0|[1-9][0-9]{0,5})")


@dataclass(frozen=True, eq=False)
class WeightsFile:
    """A trained MLP: ``weights[i]`` (fan_in, fan_out), ``biases[i]`` (fan_out,), JSON ``meta``."""

    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    meta: dict[str, Any]
    # the normalised hidden layers' scales, shifts and running statistics (() for none)
    norms: Norms = ()

    @property
    def options(self) -> LayerOptions:
        """The hidden layers' dropout, normalisations and skips (``layer_options_of``)."""
        return layer_options_of(self.meta)


def layer_options_of(meta: dict[str, Any]) -> LayerOptions:
    """A (validated) weights file's hidden-layer options: meta ``dropout``, ``norm`` and
    ``skip``, off when absent (version 1)."""
    return LayerOptions(tuple(float(p) for p in meta.get("dropout", ())),
                        tuple(meta.get("norm", ())), tuple(meta.get("skip", ())))


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
    validate_weights(str(path), json.loads(meta_text), weights, biases, wf.norms)
    arrays: dict[str, np.ndarray] = {}
    for i, (w, b) in enumerate(zip(weights, biases)):
        arrays[f"W{i}"], arrays[f"b{i}"] = w, b
    arrays.update(norm_arrays(wf.norms))
    arrays["meta"] = np.array(meta_text)

    def write(f: BinaryIO) -> None:
        np.savez(f, allow_pickle=False, **arrays)

    atomic_write(path, write)


def norm_arrays(norms: Norms) -> dict[str, np.ndarray]:
    """The arrays that store ``norms``: ``gamma{h}``, ``beta{h}`` and, for batch norm,
    ``running_mean{h}`` and ``running_var{h}`` of each normalised hidden layer ``h`` (the
    weights file's names; a session file uses the same)."""
    out: dict[str, np.ndarray] = {}
    for h, state in enumerate(norms):
        if state is None:
            continue
        out[f"gamma{h}"], out[f"beta{h}"] = np.asarray(state.gamma), np.asarray(state.beta)
        if state.running_mean is not None and state.running_var is not None:
            out[f"running_mean{h}"] = np.asarray(state.running_mean)
            out[f"running_var{h}"] = np.asarray(state.running_var)
    return out


def load_weights(path: StrPath) -> WeightsFile:
    """Read and fully validate a weights ``.npz``; raises only ``FormatError``."""
    data = read_file(path, WEIGHTS_LIMITS.file_bytes)
    try:
        return _load_weights(str(path), data)
    except FormatError:
        raise
    except Exception as exc:  # zipfile / zlib / numpy errors from damaged bytes
        raise FormatError(
            f"{path}: damaged or not a weights file ({type(exc).__name__}: {exc})"
        ) from exc


def _load_weights(where: str, data: bytes) -> WeightsFile:
    if data.startswith(NPY_MAGIC):
        raise FormatError(f"{where}: a single .npy array, not an .npz archive")
    if not data.startswith(ZIP_MAGIC):
        raise FormatError(f"{where}: not an .npz (zip) archive")
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        keys = checked_keys(npz, where, WEIGHTS_LIMITS)
        if "meta" not in keys:
            raise FormatError(f"{where}: missing array 'meta'")
        meta = parse_meta(where, npz["meta"])
        count = 0
        extra: dict[str, np.ndarray] = {}
        for key in sorted(keys - {"meta"}):
            match = _ARRAY_NAME.fullmatch(key)
            if not match:
                if _NORM_NAME.fullmatch(key):
                    extra[key] = npz[key]
                    continue
                raise FormatError(f"{where}: unexpected array {key!r}")
            count = max(count, int(match.group(2)) + 1)
        for i in range(count):
            for name in (f"W{i}", f"b{i}"):
                if name not in keys:
                    raise FormatError(f"{where}: missing array {name!r}")
        weights = tuple(npz[f"W{i}"] for i in range(count))
        biases = tuple(npz[f"b{i}"] for i in range(count))
    norms = _read_norms(where, meta, extra)
    validate_weights(where, meta, weights, biases, norms)
    meta["classes"] = read_class_names(meta["classes"])
    native = tuple(a.astype(a.dtype.newbyteorder("="), copy=False) for a in weights + biases)
    return WeightsFile(weights=native[:count], biases=native[count:], meta=meta, norms=norms)


def _native(a: np.ndarray) -> np.ndarray:
    return a.astype(a.dtype.newbyteorder("="), copy=False)


def _read_norms(where: str, meta: Any, arrays: dict[str, np.ndarray]) -> Norms:
    """The ``gamma{h}`` ... arrays as ``Norms`` for the hidden layers meta ``norm`` names
    (each checked when the whole file is, ``validate_weights``); an array no normalised
    layer owns is refused."""
    kinds = meta.get("norm", []) if isinstance(meta, dict) else []
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise FormatError(f"{where}: norm must be a list of names, one per hidden layer")
    return read_norms(where, kinds, arrays)


def read_norms(where: str, kinds: Sequence[str], arrays: dict[str, np.ndarray]) -> Norms:
    """``norm_arrays``' arrays back as ``Norms`` for hidden layers normalised as ``kinds``
    (one name per hidden layer); ``FormatError`` for a missing array or one no normalised
    layer owns. Their shapes and values are checked by ``check_norms``."""
    used: set[str] = set()
    norms: list[NormState | None] = []
    for h, kind in enumerate(kinds):
        if kind not in NORMS:
            raise FormatError(f"{where}: unknown normalisation {kind!r} in hidden layer {h}")
        if kind == "none":
            norms.append(None)
            continue
        names = [f"gamma{h}", f"beta{h}"]
        if NORMS[kind].running:
            names += [f"running_mean{h}", f"running_var{h}"]
        for name in names:
            if name not in arrays:
                raise FormatError(f"{where}: missing array {name!r} (hidden layer {h} has "
                                  f"{NORMS[kind].label.lower()})")
        used.update(names)
        got = [_native(arrays[n]) for n in names]
        running = (got[2], got[3]) if len(got) == 4 else (None, None)
        norms.append(NormState(kind, got[0], got[1], *running))
    stray = sorted(set(arrays) - used)
    if stray:
        raise FormatError(f"{where}: unexpected array {stray[0]!r} (no normalised hidden layer "
                          f"owns it)")
    return tuple(norms) if any(n is not None for n in norms) else ()


def _is_int(x: object) -> TypeGuard[int]:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_finite_number(x: object) -> bool:
    if not isinstance(x, int | float) or isinstance(x, bool):
        return False
    try:
        return math.isfinite(x)
    except OverflowError:  # a JSON integer beyond float range
        return False


def validate_weights(
    where: str, meta: Any, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray],
    norms: Norms = (),
) -> None:
    """Raise ``FormatError`` (prefixed with ``where``) at the first problem with a weights
    file's meta or arrays, or with how they fit together."""
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
    _validate_options(where, meta, weights, norms)


def _validate_options(where: str, meta: dict[str, Any], weights: Sequence[np.ndarray],
                      norms: Norms) -> None:
    """The hidden layers' options (meta ``dropout``, ``norm``, ``skip``) fit the network,
    only a version-2 file has them, and each normalised layer's arrays fit its units."""
    hidden = [int(w.shape[1]) for w in weights[:-1]]
    given = [k for k in ("dropout", "norm", "skip") if k in meta]
    if given and meta["version"] < 2:
        raise FormatError(f"{where}: meta has {given[0]!r}, which needs format version 2")
    types: tuple[tuple[str, Any], ...] = (("dropout", (int, float)), ("norm", str),
                                          ("skip", bool))
    for key, want in types:
        value = meta.get(key, [])
        if not isinstance(value, list) or not all(
                isinstance(v, want) and (key == "skip" or not isinstance(v, bool))
                for v in value):
            raise FormatError(f"{where}: {key} must be a list with one value per hidden layer")
    try:
        options = layer_options_of(meta)
        check_options(options, hidden)
    except ConfigError as exc:
        raise FormatError(f"{where}: {exc}") from None
    check_norms(where, [options.norm_of(h) for h in range(len(hidden))], hidden, norms)


def check_norms(where: str, kinds: Sequence[str], hidden: Sequence[int], norms: Norms) -> None:
    """``FormatError`` unless ``norms`` is the state of hidden layers of widths ``hidden``
    normalised as ``kinds``: each normalised layer's arrays of its width, float, finite, the
    running variances not negative."""
    if not norms:
        if any(k != "none" for k in kinds):
            raise FormatError(f"{where}: the network normalises hidden layers but the file has "
                              f"no gamma/beta arrays for them")
        return
    if len(norms) != len(hidden):
        raise FormatError(f"{where}: normalisation state for {len(norms)} hidden layers, the "
                          f"network has {len(hidden)}")
    for h, (kind, state) in enumerate(zip(kinds, norms)):
        if (state is None) != (kind == "none") or (state is not None and state.kind != kind):
            raise FormatError(f"{where}: hidden layer {h}'s normalisation arrays do not match "
                              f"its norm {kind!r}")
        if state is None:
            continue
        for name, a in ((f"gamma{h}", state.gamma), (f"beta{h}", state.beta),
                        (f"running_mean{h}", state.running_mean),
                        (f"running_var{h}", state.running_var)):
            if a is None:
                continue
            a = np.asarray(a)
            if a.dtype.kind != "f" or a.dtype.itemsize not in (4, 8):
                raise FormatError(f"{where}: array {name!r} has dtype {a.dtype}; only float32 "
                                  f"and float64 are allowed")
            if a.shape != (hidden[h],):
                raise FormatError(f"{where}: {name} must have shape ({hidden[h]},), got "
                                  f"{a.shape}")
            if not np.isfinite(a).all():
                raise FormatError(f"{where}: {name} contains NaN or infinite values")
            if name.startswith("running_var") and (a < 0).any():
                raise FormatError(f"{where}: {name} has a negative variance")


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
    if not isinstance(acts[-1], str) or acts[-1] not in HEADS:
        raise FormatError(
            f"{where}: output activation {acts[-1]!r} is not one of {', '.join(HEADS)}"
        )
    n_out = sizes[-1]
    if acts[-1] == "softmax" and n_out < 2:
        raise FormatError(f"{where}: softmax output needs at least 2 units, got {n_out}")
    _validate_inputs(where, meta, sizes[0])
    task = meta["task"]
    if not isinstance(task, str) or task not in TASKS:
        raise FormatError(f"{where}: unknown task {task!r} (expected {' or '.join(TASKS)})")
    classes = meta["classes"]
    if task in ("classification", "multilabel"):  # a multi-label file's classes: its labels
        if not (isinstance(classes, list) and all(isinstance(c, str) for c in classes)):
            raise FormatError(f"{where}: classes must be a list of names, got {classes!r}")
        if not 2 <= len(classes) <= MAX_CLASSES:
            raise FormatError(f"{where}: {len(classes)} classes; expected 2..{MAX_CLASSES}")
        want = 1 if len(classes) == 2 and task == "classification" else len(classes)
    else:
        if classes != []:
            raise FormatError(f"{where}: classes must be [] for regression, got {classes!r}")
        want = 1
    if n_out != want:
        what = (f"classification with {len(classes)} classes" if task == "classification"
                else f"multi-label with {len(classes)} labels" if task == "multilabel" else task)
        raise FormatError(f"{where}: output layer has {n_out} units; {what} needs {want}")
    loss, valid = meta["loss"], losses_for(task)
    if not isinstance(loss, str) or loss not in valid:
        raise FormatError(
            f"{where}: loss {loss!r} is not valid for {task} (use {', '.join(valid)})"
        )
    if not isinstance(meta["config"], dict):
        raise FormatError(f"{where}: config must be a JSON object")
    epoch = meta["epoch"]
    if not _is_int(epoch) or epoch < 0:
        raise FormatError(f"{where}: epoch must be a non-negative integer, got {epoch!r}")


def n_inputs_of(meta: dict[str, Any]) -> int:
    """The input columns a (validated) weights file's network reads: ``meta["n_inputs"]``, 2
    when absent (files from before more inputs existed)."""
    return int(meta.get("n_inputs", 2))


def input_names_of(meta: dict[str, Any]) -> tuple[str, ...]:
    """The names of the input columns (``meta["input_names"]``; ``x1``, ``x2``, ... when
    absent)."""
    names = meta.get("input_names")
    if names is None:
        return tuple(f"x{k}" for k in range(1, n_inputs_of(meta) + 1))
    return tuple(names)


def _validate_inputs(where: str, meta: dict[str, Any], n_units: int) -> None:
    """The input features (one per input unit), the input columns they read (``n_inputs``,
    absent: 2; ``input_names``, optional) and the normaliser's mean and std (one per input)."""
    feats = meta["features"]
    if not isinstance(feats, list) or len(feats) != n_units:
        raise FormatError(f"{where}: features must be a list of {n_units} names, got {feats!r}")
    if len(feats) > MAX_FEATURES:
        raise FormatError(f"{where}: {len(feats)} features; at most {MAX_FEATURES} are allowed")
    d = meta.get("n_inputs", 2)
    if not (_is_int(d) and 2 <= d <= MAX_INPUTS):
        raise FormatError(f"{where}: n_inputs must be an integer from 2 to {MAX_INPUTS}, "
                          f"got {d!r}")
    for feat in feats:  # a registered name or a formula (``data.features``)
        try:
            need = feature(feat).n_inputs
        except ConfigError as exc:
            raise FormatError(f"{where}: {exc}") from None
        if need > d:
            raise FormatError(f"{where}: feature {feat!r} reads x{need}, but the network has "
                              f"{d} inputs")
    if len(set(feats)) != len(feats):
        raise FormatError(f"{where}: duplicate features in {feats!r}")
    names = meta.get("input_names")
    if names is not None and not (
            isinstance(names, list) and len(names) == d
            and all(isinstance(n, str) and 0 < len(n) <= 40 for n in names)):
        raise FormatError(f"{where}: input_names must be a list of {d} short names, "
                          f"got {names!r}")
    for key in ("input_mean", "input_std"):
        val = meta[key]
        if not (isinstance(val, list) and len(val) == d and all(map(_is_finite_number, val))):
            raise FormatError(f"{where}: {key} must be {d} finite numbers (one per input), "
                              f"got {val!r}")
    if not all(s > 0 for s in meta["input_std"]):
        raise FormatError(f"{where}: input_std must be positive, got {meta['input_std']!r}")
    if "input_scaling" in meta:  # optional: how input_mean and input_std were made
        try:
            parse_input_scaling(meta["input_scaling"])
        except ConfigError as exc:
            raise FormatError(f"{where}: {exc}") from None
