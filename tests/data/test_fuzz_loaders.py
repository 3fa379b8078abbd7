"""Fuzzing the loaders: whatever the bytes, ``read_points_csv``, ``load_weights`` and
``load_session`` load a valid result or raise ``FormatError`` naming the file, quickly, and never
unpickle anything (strategies and the per-example oracle: ``tests/data/strategies.py``).

The example count comes from the hypothesis profile (tests/conftest.py: 60 in CI);
``bench/fuzz.py`` runs the same strategies 10,000+ times per loader.
"""

from __future__ import annotations

import ast
import functools
import io
import json
import multiprocessing
import re
import struct
import traceback
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from playground.data.points_csv import read_points_csv
from playground.data.weights_file import load_weights
from playground.errors import FormatError
from playground.session.file import load_session
from tests.data.strategies import (
    MARKER,
    N_CLASSES,
    MakesMarker,
    check_example,
    csv_documents,
    meta_mutations,
    npy_bytes,
    npz_archives,
    raw_bytes,
    valid_files,
)

REPO = Path(__file__).resolve().parents[2]
LOADERS = {"csv": read_points_csv, "weights": load_weights, "session": load_session}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


# --- the fuzz tests --------------------------------------------------------------------------
@given(data=raw_bytes("csv"), n_classes=N_CLASSES)
def test_csv_raw_bytes(folder, data, n_classes):
    check_example("csv", data, folder, n_classes)


@given(data=csv_documents(), n_classes=N_CLASSES)
def test_csv_structured(folder, data, n_classes):
    check_example("csv", data, folder, n_classes)


@pytest.mark.parametrize("kind", ["weights", "session"])
@given(data=st.data())
def test_npz_raw_bytes(folder, kind, data):
    check_example(kind, data.draw(raw_bytes(kind), label="bytes"), folder)


@pytest.mark.parametrize("kind", ["weights", "session"])
@given(data=st.data())
def test_npz_archive_mutations(folder, kind, data):
    """Members replaced (any dtype/shape, object arrays), dropped, added, duplicated, renamed;
    meta mutated; .npy headers damaged; the zip itself stays valid."""
    check_example(kind, data.draw(npz_archives(kind, damage=False), label="bytes"), folder)


@pytest.mark.parametrize("kind", ["weights", "session"])
@given(data=st.data())
def test_npz_meta_mutations(folder, kind, data):
    """Only the meta JSON changes: keys dropped, wrong types, huge numbers, deep nesting, ..."""
    check_example(kind, data.draw(meta_mutations(kind), label="bytes"), folder)


@pytest.mark.parametrize("kind", ["weights", "session"])
@given(data=st.data())
def test_npz_byte_damage(folder, kind, data):
    """Byte flips, insertions, deletions and truncations of a valid file."""
    check_example(kind, data.draw(npz_archives(kind, archive=False), label="bytes"), folder)


@pytest.mark.parametrize("kind", ["weights", "session"])
def test_the_valid_files_load_and_the_other_kind_is_refused(folder, kind):
    # the mutation strategies start from these: they must be valid for the checks to bite
    other = "session" if kind == "weights" else "weights"
    for data in valid_files(kind):
        assert check_example(kind, data, folder) == "loaded"
    for data in valid_files(other):
        assert check_example(kind, data, folder) == "format_error"


# --- pickle payloads: refused, never unpickled -----------------------------------------------
def _payload_record() -> np.ndarray:
    """A payload hidden in an object field of a structured (record) array."""
    arr = np.zeros(1, dtype=[("x", "<f8"), ("o", "O")])
    arr[0] = (1.0, MakesMarker())
    return arr


def _with_member(data: bytes, key: str, arr: np.ndarray) -> bytes:
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays[key] = arr
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def test_payload_is_live_when_unpickled():
    # Guards the tests below: with allow_pickle=True both payload forms create the marker.
    try:
        for arr in (np.array([MakesMarker()], dtype=object), _payload_record()):
            loaded = np.load(io.BytesIO(npy_bytes(arr)), allow_pickle=True)
            assert MARKER.exists()
            value = loaded[0] if loaded.dtype.names is None else loaded[0]["o"]
            value.close()
            MARKER.unlink()
    finally:
        MARKER.unlink(missing_ok=True)


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("session", "meta"),
        ("session", "W0"),
        ("session", "opt_m"),
        ("session", "coords"),
        ("session", "values"),
        ("session", "is_train"),
        ("weights", "b0"),
    ],
)
@pytest.mark.parametrize("form", ["object", "record"])
def test_pickle_payload_refused_without_unpickling(folder, kind, key, form):
    arr = np.array([MakesMarker()], dtype=object) if form == "object" else _payload_record()
    path = folder / f"evil-{kind}-{key}-{form}.npz"
    path.write_bytes(_with_member(valid_files(kind)[0], key, arr))
    with pytest.raises(FormatError) as info:
        LOADERS[kind](path)
    assert str(info.value).startswith(f"{path}: array '{key}' is an object/pickled array")
    assert not MARKER.exists()


def test_weights_meta_record_payload_refused(folder):
    # load_weights with a payload in meta as a plain object array: tests/data/test_weights_file.py
    path = folder / "evil-meta-record.npz"
    path.write_bytes(_with_member(valid_files("weights")[0], "meta", _payload_record()))
    with pytest.raises(FormatError, match=r"array 'meta' is an object/pickled array; refused"):
        load_weights(path)
    assert not MARKER.exists()


# --- no pickling anywhere in the package -----------------------------------------------------
def _np_load_calls(tree: ast.AST) -> list[ast.Call]:
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if node.func.attr == "load" and isinstance(owner, ast.Name):
                if owner.id in ("np", "numpy"):
                    calls.append(node)
    return calls


def test_package_never_allows_pickle():
    sources = sorted((REPO / "playground").rglob("*.py"))
    assert len(sources) > 10
    calls = []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"allow_pickle\s*=\s*True", text), path
        tree = ast.parse(text, filename=str(path))
        for node in ast.walk(tree):  # np.load must not come in under another name
            if isinstance(node, ast.ImportFrom) and node.module and "numpy" in node.module:
                assert "load" not in {a.name for a in node.names}, f"{path}: imports load"
        for call in _np_load_calls(tree):
            where = f"{path.relative_to(REPO)}:{call.lineno}"
            flags = [kw.value for kw in call.keywords if kw.arg == "allow_pickle"]
            assert len(flags) == 1, f"{where}: np.load without an explicit allow_pickle=False"
            assert isinstance(flags[0], ast.Constant) and flags[0].value is False, where
            assert not any(kw.arg is None for kw in call.keywords), f"{where}: **kwargs"
            calls.append(where)
    assert len(calls) >= 2  # weights_file.py and session/file.py: the scan did find the loaders


# --- slow inputs: each runs in a child process with a time limit -----------------------------
def _child(conn: Any, fn: Callable[[], Any]) -> None:
    try:
        fn()
        conn.send(("loaded", ""))
    except FormatError as exc:
        conn.send(("format_error", str(exc)))
    except BaseException as exc:  # noqa: BLE001 - report anything to the parent
        conn.send((type(exc).__name__, traceback.format_exc()))


def _outcome_within(seconds: float, fn: Callable[[], Any]) -> tuple[str, str]:
    """Run ``fn`` in a forked child; ("timeout", "") if it takes longer than ``seconds``."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn), daemon=True)
    proc.start()
    try:
        if not parent.poll(seconds):
            return ("timeout", "")
        return parent.recv()
    finally:
        proc.kill()
        proc.join()


@pytest.mark.parametrize(
    ("digits", "tail"), [("1", "x"), ("9", ".5."), ("+1", "e")], ids=["x", "dots", "exponent"]
)
def test_csv_long_number_is_refused_quickly(folder, digits, tail):
    path = folder / "long.csv"
    number = digits[:-1] + digits[-1] * 20_000 + tail  # 20 kB: ~20 s with the current regex
    path.write_text(f"x1,x2,label\n{number},0,0\n")
    outcome, message = _outcome_within(1.0, lambda: read_points_csv(path))
    assert outcome == "format_error", (outcome, message)
    assert str(path) in message


def _npy_header(shape: tuple[int, ...]) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        buf, {"descr": "<f8", "fortran_order": False, "shape": shape}
    )
    return buf.getvalue()


@functools.cache
def _deflated_zeros() -> tuple[bytes, int, int]:
    """A ``.npy`` of 10M float64 zeros (80 MB, within every header limit), raw-deflated:
    (compressed bytes, CRC-32, uncompressed size). Made once: compressing takes ~0.5 s."""
    raw = _npy_header((10_000_000,)) + bytes(80_000_000)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(raw) + packer.flush(), zlib.crc32(raw), len(raw)


def _zip_by_hand(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip of (name, data, method, crc, uncompressed size) members, the data already
    compressed (``zipfile`` cannot write precompressed data, and recompressing is slow)."""
    out, central = bytearray(), bytearray()
    for name, data, method, crc, size in members:
        raw_name = name.encode()
        header = (20, 0, method, 0, 0x21, crc, len(data), size, len(raw_name))
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *header, 0, 0, 0, 0, 0,
                               len(out)) + raw_name  # fmt: skip
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, *header, 0) + raw_name + data
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central),
                      len(out), 0)  # fmt: skip
    return bytes(out + central + end)


def zip_bomb(kind: str, count: int = 4) -> bytes:
    """A ``kind`` file with ``count`` deflated members of 10M float64 zeros (80 MB each, 78 kB
    compressed), each header within the limits and named so that the loader reads them all."""
    with zipfile.ZipFile(io.BytesIO(valid_files(kind)[0])) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    if kind == "weights":  # W0..W3 are the bombs, with small b0..b3 and the valid meta
        members = {"meta.npy": members["meta.npy"]}
        members.update({f"b{i}.npy": npy_bytes(np.zeros(1)) for i in range(count)})
        names = [f"W{i}" for i in range(count)]
    else:
        names = [f"opt_z{i}" for i in range(count)]
    stored = [(n, d, 0, zlib.crc32(d), len(d)) for n, d in members.items()]
    bomb, crc, size = _deflated_zeros()
    data = _zip_by_hand(stored + [(f"{n}.npy", bomb, 8, crc, size) for n in names])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:  # a well-formed archive
        assert len(zf.namelist()) == len(members) + count
    return data


@pytest.mark.parametrize("kind", ["weights", "session"])
def test_zip_bomb_is_refused_quickly(folder, kind):
    path = folder / f"bomb-{kind}.npz"
    data = zip_bomb(kind)
    assert len(data) < 400_000
    path.write_bytes(data)
    outcome, message = _outcome_within(1.0, lambda: LOADERS[kind](path))
    assert outcome == "format_error", (outcome, message)
    assert str(path) in message


def test_meta_json_of_the_valid_files_is_what_the_mutations_start_from():
    # meta_mutations parses meta from the archive: make sure it is the JSON object we expect
    for kind, fmt in (("weights", "playground-weights"), ("session", "playground-session")):
        for data in valid_files(kind):
            with np.load(io.BytesIO(data), allow_pickle=False) as npz:
                assert json.loads(str(npz["meta"][()]))["format"] == fmt


# --- session meta of the wrong JSON type -----------------------------------------------------
def _session_with_meta(folder: Path, change: Callable[[dict], None]) -> Path:
    """The first valid session (which has a normaliser and weights) with its meta changed."""
    data = valid_files("session")[0]
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    meta = json.loads(str(arrays["meta"][()]))
    change(meta)
    arrays["meta"] = np.array(json.dumps(meta))
    path = folder / "meta.pgsession"
    with open(path, "wb") as f:  # np.savez(path) would add ".npz" to the name
        np.savez(f, **arrays)
    return path


def _set(*keys: str, value: Any) -> Callable[[dict], None]:
    def change(meta: dict) -> None:
        for key in keys[:-1]:
            meta = meta[key]
        meta[keys[-1]] = value

    return change


@pytest.mark.parametrize(
    ("change", "names"),
    [
        (_set("normalizer", value={}), "normali"),
        (_set("normalizer", "mean", value=5), "normali"),
        (_set("config", "learning_rate", value=10**400), "learning rate"),
    ],
    ids=["normalizer-empty", "normalizer-mean-int", "learning-rate-huge-int"],
)
def test_session_meta_type_errors_name_the_problem(folder, change, names):
    path = _session_with_meta(folder, change)
    with pytest.raises(FormatError) as info:
        load_session(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and names in message
    assert "damaged or not a session file" not in message


@pytest.mark.parametrize(
    "change",
    [
        _set("version", value=True),
        _set("normalizer", "mean", value="12"),
        _set("normalizer", "std", value=[True, True]),
        _set("normalizer", "mean", value={"1": 0, "2": 0}),
    ],
    ids=["version-true", "mean-string", "std-booleans", "mean-object"],
)
def test_session_meta_of_the_wrong_type_is_refused(folder, change):
    path = _session_with_meta(folder, change)
    with pytest.raises(FormatError, match=re.escape(str(path))):
        load_session(path)
