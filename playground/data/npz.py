"""Safe ``.npz`` reading and writing, shared by the weights and session files.

An ``.npz`` is never unpickled: it is opened with ``np.load(..., allow_pickle=False)`` only after
the whole file has been read within its limits' ``file_bytes``, and every member's ``.npy``
header is checked (:func:`checked_keys`) before any array is read, so an object array is refused
before a byte of it is unpickled, and a huge array or a zip bomb before it is allocated. ``meta``
is a 0-d string array of strict JSON (:func:`parse_meta`).

What an archive may hold is the caller's fact (:class:`NpzLimits`): a weights file has fixed
limits far above any network; a session's are derived from the budgets that bound what a
session can hold (``session.file``), so whatever is written can be read.
"""

from __future__ import annotations

import json
import math
import re
import time
import zipfile
from dataclasses import dataclass
from typing import Any, BinaryIO, cast

import numpy as np

from playground.errors import FormatError

MAX_META_CHARS = 1_000_000
MAX_NPZ_ENTRIES = 1_000
NPY_HEADER_BYTES = 4096  # room for one ``.npy`` header (numpy pads it to 64 bytes)
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
NPY_MAGIC = b"\x93NUMPY"


@dataclass(frozen=True)
class NpzLimits:
    """What one kind of archive may hold: ``file_bytes`` on disk, ``unpacked_bytes`` for all
    its members expanded (a zip bomb's declared size is refused before anything is read), and
    ``array_elements`` in any one array. Whatever the limits, an array may not hold more than
    its member unpacks to, so nothing is allocated beyond ``unpacked_bytes``."""

    file_bytes: int
    unpacked_bytes: int
    array_elements: int


def check_unpacked_size(npz: Any, where: str, limits: NpzLimits) -> None:
    """Refuse an archive whose members would expand past ``limits.unpacked_bytes`` (a zip
    bomb) before any of them is read."""
    total = sum(info.file_size for info in npz.zip.infolist())
    if total > limits.unpacked_bytes:
        raise FormatError(f"{where}: the archive would unpack to {_mb(total)} "
                          f"(the limit is {_mb(limits.unpacked_bytes)}); refused")


def _mb(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 10 * 2**20 else f"{size / 2**20:.1f} MB"


def checked_keys(npz: Any, where: str, limits: NpzLimits,
                 allowed: re.Pattern[str] | None = None) -> set[str]:
    """The array names of an opened ``.npz`` after checking every member without loading
    it: total size (zip bombs), count, duplicates, ``.npy`` entries only, names (when
    ``allowed`` is given; ``meta`` always is), and each header (no object arrays, no more
    elements than ``limits`` allow nor bytes than the member holds)."""
    check_unpacked_size(npz, where, limits)
    infos = npz.zip.infolist()
    if len(infos) > MAX_NPZ_ENTRIES:
        raise FormatError(f"{where}: too many entries ({len(infos)})")
    members = [info.filename for info in infos]
    if len(set(members)) != len(members):
        raise FormatError(f"{where}: duplicate entries in the archive")
    keys: set[str] = set()
    for info in infos:
        key = info.filename.removesuffix(".npy")
        if key == info.filename:
            raise FormatError(f"{where}: entry {info.filename!r} is not a .npy array")
        if allowed is not None and key != "meta" and not allowed.fullmatch(key):
            raise FormatError(f"{where}: unexpected entry {info.filename!r}")
        with npz.zip.open(info) as f:
            peek_header(cast(BinaryIO, f), key, where, limits, info.file_size)
        keys.add(key)
    return keys


def peek_header(f: BinaryIO, key: str, where: str, limits: NpzLimits, size: int) -> None:
    """Check a ``.npy`` header (of a member that unpacks to ``size`` bytes) before numpy
    allocates or unpickles anything."""
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
    if count > limits.array_elements:
        raise FormatError(f"{where}: array {key!r} has {count} elements "
                          f"(the limit is {limits.array_elements})")
    if count * dtype.itemsize > size:  # numpy would allocate it all before reading
        raise FormatError(f"{where}: array {key!r} ({dtype} x {count}) is larger than its "
                          f"entry in the archive ({size} bytes); the file is damaged")


def write_npz(f: BinaryIO, arrays: dict[str, np.ndarray], level: int | None,
              stored: re.Pattern[str] | None = None) -> None:
    """``arrays`` as an ``.npz`` that ``np.load`` reads: deflated at zlib ``level`` (1 fastest
    .. 9 smallest) except those whose name matches ``stored``, or all stored as they are
    when ``level`` is None (what ``np.savez`` does). Never pickled."""
    method = zipfile.ZIP_STORED if level is None else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(f, "w", method, compresslevel=level) as archive:
        for key, arr in arrays.items():
            name: str | zipfile.ZipInfo = f"{key}.npy"
            if method != zipfile.ZIP_STORED and stored is not None and stored.fullmatch(key):
                name = zipfile.ZipInfo(f"{key}.npy", time.localtime()[:6])
                name.external_attr = 0o600 << 16  # what ``open(name)`` gives
            with archive.open(name, "w", force_zip64=True) as out:
                np.lib.format.write_array(out, np.asanyarray(arr), allow_pickle=False)


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
