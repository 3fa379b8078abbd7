"""Safe ``.npz`` reading, shared by the weights and session loaders.

An ``.npz`` is never unpickled: it is opened with ``np.load(..., allow_pickle=False)`` only after
the whole file has been read within ``MAX_NPZ_BYTES``, and every member's ``.npy`` header is
checked (:func:`checked_keys`) before any array is read, so an object array is refused before a
byte of it is unpickled, and a huge array or a zip bomb before it is allocated. ``meta`` is a
0-d string array of strict JSON (:func:`parse_meta`).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, BinaryIO, cast

import numpy as np

from playground.errors import FormatError

MAX_NPZ_BYTES = 256 * 2**20
# What an archive may expand to: far above any real model or session (8 x 256 x 256 weights
# are 4 MB), far below what a zip bomb declares.
MAX_NPZ_UNPACKED = 64 * 2**20
MAX_ARRAY_ELEMENTS = 10_000_000
MAX_META_CHARS = 1_000_000
MAX_NPZ_ENTRIES = 1_000
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
NPY_MAGIC = b"\x93NUMPY"


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
            peek_header(cast(BinaryIO, f), key, where)
        keys.add(key)
    return keys


def peek_header(f: BinaryIO, key: str, where: str) -> None:
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


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 parses to inf: as bad as a literal Infinity
        raise ValueError(f"number {text[:20]} is out of range")
    return value


def parse_meta(where: str, arr: np.ndarray) -> Any:
    """The JSON held by a 0-d string array ``meta``: no NaN/Infinity, no overflowing numbers,
    at most ``MAX_META_CHARS`` characters."""
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
