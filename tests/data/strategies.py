"""Fuzzing the three file loaders: hypothesis strategies and the per-example oracle.

Shared by ``tests/data/test_fuzz_loaders.py`` (a moderate example count in CI) and
``bench/fuzz.py`` (10,000+ examples per loader and strategy family).

Strategies give the raw bytes of a file:

* ``raw_bytes(kind)``: any bytes (for the ``.npz`` loaders also with a zip or ``.npy`` magic
  in front, so the bytes get past the first check);
* ``csv_documents()``: text from plausible and wrong headers, rows of numbers written every
  which way (nan/inf/1e999/-0/huge ints/empty fields/extra commas/quotes/BOM/CRLF/NUL), then
  sometimes damaged at the byte level (non-UTF-8 bytes, truncation);
* ``npz_archives(kind)``: a valid weights or session file made by the real writers
  (``save_weights`` / ``save_session`` of a small trained network), then mutated: members
  replaced by arrays of any dtype/shape (object arrays holding a pickle payload included),
  dropped, duplicated or added, ``meta`` JSON mutated structurally, ``.npy`` headers damaged
  (the archive rebuilt with valid CRCs so the damage reaches numpy), and byte
  flips/insertions/deletions/truncations of the whole file;
* ``meta_mutations(kind)``: a valid file whose ``meta`` JSON alone is mutated (keys dropped,
  values of the wrong type, huge/negative numbers, NaN as a string or a raw token, nesting).

``check_example(kind, data, folder)`` writes the bytes to a file in ``folder``, runs the loader
and returns ``"loaded"`` or ``"format_error"``. It raises ``AssertionError`` when the loader
broke its contract (a loaded result that is not valid, a ``FormatError`` whose message is empty
or does not name the file, more than ``SLOW_SECONDS`` on a small input twice in a row, or a
pickle payload that ran) and lets any other exception the loader raised propagate.
"""

from __future__ import annotations

import atexit
import functools
import io
import json
import math
import random
import re
import shutil
import tempfile
import time
import warnings
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
from hypothesis import strategies as st

from playground.data.points_csv import read_points_csv
from playground.data.weights_file import (
    WEIGHTS_FORMAT,
    WEIGHTS_FORMAT_VERSION,
    WeightsFile,
    load_weights,
    save_weights,
)
from playground.errors import FormatError
from playground.limits import MAX_CLASSES
from playground.limits import MAX_POINTS as MAX_ROWS
from playground.session.file import HISTORY_WIDTH, Session, load_session, save_session

SLOW_SECONDS = 1.0
FILE_NAMES = {"csv": "fuzz points.csv", "weights": "fuzz model.npz", "session": "fuzz.pgsession"}

# A pickle payload: unpickling it creates MARKER. Nothing may ever create it.
MARKER = Path(tempfile.mkdtemp(prefix="playground-fuzz-")) / "unpickled-marker"
atexit.register(shutil.rmtree, MARKER.parent, ignore_errors=True)


class MakesMarker:
    """Unpickling this opens ``MARKER`` for writing (``__reduce__`` -> ``open(marker, "w")``)."""

    def __reduce__(self):
        return (open, (str(MARKER), "w"))


# --- the oracle ------------------------------------------------------------------------------
def _call(kind: str, path: Path, n_classes: int | None) -> Any:
    if kind == "csv":
        return read_points_csv(path, n_classes=n_classes)
    if kind == "weights":
        return load_weights(path)
    return load_session(path)


def check_example(
    kind: str,
    data: bytes,
    folder: Path,
    n_classes: int | None = None,
    messages: list[str] | None = None,
) -> str:
    """Load ``data`` as a ``kind`` file; ``"loaded"`` (result checked) or ``"format_error"``
    (its message appended to ``messages`` if given)."""
    path = Path(folder) / FILE_NAMES[kind]
    path.write_bytes(data)
    start = time.perf_counter()
    try:
        result = _call(kind, path, n_classes)
    except FormatError as exc:
        elapsed = time.perf_counter() - start
        message = str(exc)
        assert message.strip(), "FormatError with an empty message"
        assert str(path) in message, f"FormatError message does not name the file: {message!r}"
        outcome = "format_error"
        if messages is not None:
            messages.append(message.replace(str(path), "<file>"))
    else:
        elapsed = time.perf_counter() - start
        CHECKS[kind](result, Path(folder), n_classes)
        outcome = "loaded"
    assert not MARKER.exists(), "a pickle payload was unpickled (the marker file exists)"
    if elapsed > SLOW_SECONDS:  # a busy machine can stall one call: slow twice to count
        start = time.perf_counter()
        try:
            _call(kind, path, n_classes)
        except FormatError:
            pass
        elapsed = min(elapsed, time.perf_counter() - start)
    assert elapsed <= SLOW_SECONDS, f"the loader took {elapsed:.2f} s on {len(data)} bytes"
    return outcome


# The session and weights loaders end with a catch-all that wraps any exception as "damaged or
# not a ... file (TypeName: ...)". For a damaged archive (BadZipFile, zlib.error, a ValueError from
# numpy) that is the right message; with one of these types it means a meta value of the wrong
# JSON type reached code that did not check it, and the message names a Python error instead.
VAGUE = re.compile(
    r"damaged or not a \w+ file \((KeyError|TypeError|AttributeError|OverflowError"
    r"|IndexError|RecursionError|ZeroDivisionError|UnboundLocalError)"
)


def _check_points_table(table: Any, folder: Path, n_classes: int | None) -> None:
    n = len(table.values)
    assert n <= MAX_ROWS
    assert table.coords.shape == (n, 2) and table.coords.dtype == np.float64
    assert np.isfinite(table.coords).all()
    assert table.values.shape == (n,)
    if table.task == "classification":
        assert table.values.dtype == np.int64
        assert 2 <= table.n_classes <= MAX_CLASSES
        if n_classes is not None:
            assert table.n_classes == n_classes
        assert ((table.values >= 0) & (table.values < table.n_classes)).all()
    else:
        assert table.task == "regression" and table.n_classes == 0
        assert table.values.dtype == np.float64 and np.isfinite(table.values).all()
    assert table.dims in (1, 2)
    if table.dims == 1:  # x,y: regression points on the x axis
        assert table.task == "regression" and (table.coords[:, 1] == 0).all()


def _check_weights_file(wf: Any, folder: Path, n_classes: int | None) -> None:
    assert isinstance(wf, WeightsFile) and isinstance(wf.meta, dict)
    assert wf.meta["format"] == WEIGHTS_FORMAT and 1 <= wf.meta["version"] <= WEIGHTS_FORMAT_VERSION
    assert 1 <= len(wf.weights) == len(wf.biases)
    fan_in = wf.weights[0].shape[0]
    for w, b in zip(wf.weights, wf.biases, strict=True):
        for a, ndim in ((w, 2), (b, 1)):
            assert a.dtype in (np.float32, np.float64) and a.dtype.isnative and a.ndim == ndim
            assert a.size and np.isfinite(a).all()
        assert w.shape == (fan_in, b.shape[0])
        fan_in = b.shape[0]
    # what loads can be saved again unchanged, and loads back the same
    again = folder / "again.npz"
    save_weights(again, wf)
    back = load_weights(again)
    assert back.meta == wf.meta
    for x, y in zip(back.weights + back.biases, wf.weights + wf.biases, strict=True):
        assert x.dtype == y.dtype and x.tobytes() == y.tobytes()


def _check_session(s: Any, folder: Path, n_classes: int | None) -> None:
    from playground.training.config import TrainConfig

    assert isinstance(s, Session) and isinstance(s.config, TrainConfig)
    p = s.points
    assert (p.task, p.n_classes if p.task == "classification" else 0) == (
        s.config.task,
        s.config.n_classes,
    )
    assert np.isfinite(p.coords).all() and p.coords.shape == (len(p.values), 2)
    if p.task == "classification":
        assert len(s.class_names) == p.n_classes
        assert ((p.values >= 0) & (p.values < p.n_classes)).all()
    assert all(isinstance(n, str) for n in s.class_names)
    assert isinstance(s.epoch, int) and not isinstance(s.epoch, bool) and s.epoch >= 0
    sizes = s.config.layer_sizes
    assert len(s.weights) == len(s.biases) in (0, len(sizes) - 1)
    for i, (w, b) in enumerate(zip(s.weights, s.biases)):
        assert w.shape == (sizes[i], sizes[i + 1]) and b.shape == (sizes[i + 1],)
        assert w.dtype.kind == b.dtype.kind == "f"
        assert np.isfinite(w).all() and np.isfinite(b).all()
    assert s.history.ndim == 2 and s.history.shape[1] == HISTORY_WIDTH
    assert s.history.dtype == np.float64
    assert isinstance(s.dataset, dict) and isinstance(s.view, dict)
    # what loads can be saved again, and loads back the same
    again = folder / "again.pgsession"
    save_session(again, s)
    back = load_session(again)
    assert back.points.equals(s.points) and back.config == s.config
    assert back.epoch == s.epoch and back.normalizer == s.normalizer


CHECKS = {"csv": _check_points_table, "weights": _check_weights_file, "session": _check_session}


# --- valid files made by the real writers ----------------------------------------------------
@functools.cache
def valid_files(kind: str) -> tuple[bytes, ...]:
    """Valid ``.npz`` files of ``kind`` ("weights" or "session"), written by the real savers."""
    from playground.data.datasets import make_dataset
    from playground.training.config import TrainConfig
    from playground.training.export import weights_file
    from playground.training.trainer import Trainer

    setups = [
        (
            make_dataset("circle", n=24, noise=0.1, seed=1, train_ratio=0.75),
            TrainConfig(hidden_layers=(3,), activations=("tanh",), batch_size=8),
            ("blue", "orange"),
        ),
        (
            make_dataset("spiral_k", n=30, noise=0.1, seed=3, n_classes=3, train_ratio=0.7),
            TrainConfig(
                n_classes=3,
                features=("x1", "x2", "x1x2"),
                hidden_layers=(4, 2),
                activations=("relu", "tanh"),
                optimizer="adam",
                dtype="float32",
            ),
            ("red", "green", "blue"),
        ),
        (
            make_dataset("sine", n=20, noise=0.1, seed=2, train_ratio=0.5),
            TrainConfig(
                task="regression",
                n_classes=0,
                loss="huber",
                hidden_layers=(2,),
                activations=("sigmoid",),
                optimizer="rmsprop",
            ),
            (),
        ),
    ]
    out = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "valid"
        for points, cfg, names in setups:
            tr = Trainer(cfg, points)
            for _ in range(2):
                tr.run_epoch()
            weights = tuple(w.copy() for w in tr.model.weights)
            biases = tuple(b.copy() for b in tr.model.biases)
            if kind == "weights":
                wf = weights_file(cfg, weights, biases, tr.normalizer, tr.epoch, names)
                save_weights(path, wf)
                out.append(path.read_bytes())
                continue
            history = np.array([[1, 0.5, 0.6, 0.7, np.nan, 0.52], [2, 0.4, 0.55, 0.8, 0.75, 0.45]])
            full = Session(
                points=points,
                class_names=names,
                config=cfg,
                epoch=tr.epoch,
                weights=weights,
                biases=biases,
                optimizer_state=tr.optimizer.state(),
                normalizer=tr.normalizer,
                history=history,
                dataset={"name": "x", "n": len(points.values)},
                view={"show_test": False, "zoom": [1, 2]},
            )
            bare = Session(points=points, class_names=names, config=cfg)
            for s in (full, bare):
                save_session(path, s)
                out.append(path.read_bytes())
    return tuple(out)


def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def _zip(members: list[tuple[str, bytes]], deflate: bool) -> bytes:
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", method) as zf:
        warnings.simplefilter("ignore")  # "Duplicate name": wanted here
        for name, content in members:
            zf.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), content, method)
    return buf.getvalue()


def npy_bytes(arr: np.ndarray) -> bytes:
    """``arr`` as a ``.npy`` file, pickled if it is an object array (as ``np.savez`` does)."""
    buf = io.BytesIO()
    np.lib.format.write_array(buf, arr, allow_pickle=True)
    return buf.getvalue()


# --- byte-level damage -----------------------------------------------------------------------
_OFFSET = st.integers(0, 2**20)
BYTE_OPS = st.one_of(
    st.tuples(st.just("flip"), _OFFSET, st.integers(1, 255)),
    st.tuples(st.just("set"), _OFFSET, st.sampled_from([0, 1, 0x7F, 0x80, 0xFF])),
    st.tuples(st.just("insert"), _OFFSET, st.binary(min_size=1, max_size=16)),
    st.tuples(st.just("delete"), _OFFSET, st.integers(1, 64)),
    st.tuples(st.just("truncate"), _OFFSET, st.just(0)),
    st.tuples(st.just("flip_from_end"), _OFFSET, st.integers(1, 255)),
)


def _interesting_offsets(data: bytes) -> list[int]:
    """Where zip records, ``.npy`` magics and header dictionaries start."""
    found = []
    for needle in (b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"\x93NUMPY", b"{'descr'"):
        start = data.find(needle)
        while start >= 0:
            found.append(start)
            start = data.find(needle, start + 1)
    return found or [0]


def apply_byte_ops(data: bytes, ops: list[tuple[str, int, Any]], hot: int | None = None) -> bytes:
    """Apply byte flips/sets/insertions/deletions/truncations at (wrapped) offsets; with ``hot``
    the offsets are taken relative to an interesting place (zip record, ``.npy`` header)."""
    buf = bytearray(data)
    base = 0
    if hot is not None:
        spots = _interesting_offsets(data)
        base = spots[hot % len(spots)]
    for op, offset, arg in ops:
        at = (base + (offset % 64 if hot is not None else offset)) % (len(buf) + 1)
        if op == "flip" and at < len(buf):
            buf[at] ^= arg
        elif op == "set" and at < len(buf):
            buf[at] = arg
        elif op == "flip_from_end" and buf:
            buf[len(buf) - 1 - offset % len(buf)] ^= arg
        elif op == "insert":
            buf[at:at] = arg
        elif op == "delete":
            del buf[at : at + arg]
        elif op == "truncate":
            del buf[at:]
    return bytes(buf)


_WRAPS = st.booleans()
_ONE_IN_FOUR = st.integers(0, 3)
_ONE_IN_SIX = st.integers(0, 5)
_BYTE_OP_LISTS = st.lists(BYTE_OPS, min_size=1, max_size=4)
_HOT = st.one_of(st.none(), st.integers(0, 200))
_INDEX = st.integers(0, 2**16 - 1)


def _pick(draw: st.DrawFn, seq: list | tuple) -> Any:
    """One element of ``seq`` (which changes from example to example: a static strategy
    and a modulo is much cheaper for hypothesis than a new ``sampled_from`` each time)."""
    return seq[draw(_INDEX) % len(seq)]


def damage_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with 1-4 byte flips/sets/insertions/deletions/truncations."""
    return apply_byte_ops(data, draw(_BYTE_OP_LISTS), draw(_HOT))


# --- raw bytes -------------------------------------------------------------------------------
def raw_bytes(kind: str) -> st.SearchStrategy[bytes]:
    if kind == "csv":
        return st.binary(max_size=2000)
    return st.one_of(
        st.binary(max_size=2000),
        st.binary(max_size=2000).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=2000).map(lambda b: b"PK\x05\x06" + b),
        st.binary(max_size=500).map(lambda b: b"\x93NUMPY" + b),
    )


# --- points CSV ------------------------------------------------------------------------------
HEADERS = [
    "x1,x2,label", "x1,x2,target", "X1,X2,LABEL", " x1 , x2 , target ", '"x1","x2","label"',
    "\ufeffx1,x2,label", "x1,x2", "x1,x2,label,extra", "x1,x2,label,", "x,y,label", "x1;x2;label",
    "x1\tx2\tlabel", "x1,x2,labels", "label,x1,x2", "x1,x2,target,target", "x1,x2,lab\x00el",
    "", "#x1,x2,label", "x1,x2,'label'", '"x1,x2,label"', "x1,x2,\"label", "1,2,0",
    "x,y", " X , Y ", '"x","y"', "x", "x,y,", "y,x",
]  # fmt: skip
HEADER_WORDS = ["x1", "x2", "label", "target", "X2", "Target", " label", '"x1"', "y", "", "z",
                "x"]
NUMBER_WORDS = [
    "0", "1", "2", "3", "7", "8", "9", "-1", "-0", "+0", "0.0", "-0.0", "1.0", "2.00", "0.5",
    "-2.5", ".5", "5.", "+.5", "1e3", "1E-3", "1e+2", "1e308", "-1e308", "1e999", "-1e999",
    "1e-999", "2e-324", "5e-324", "1.7976931348623157e308", "1.7976931348623159e308", "nan",
    "NaN", "-nan", "+nan", "inf", "-inf", "+inf", "Infinity", "-Infinity", "INF", "infinity1",
    "+-inf", "--1", "+-1", "1_000", "0x10", "0b1", "1.2.3", "1e", "e1", ".", "-", "+", "e",
    "١٢", "１", "½", "²", "True", "None", "null", "\x00", "1\x00", "\x001", "\u00a01", "1\u2028",
    "", " ", "\t", '""', '" "', '"1"', '"-1.5"', '"', '"1', "1\"", "'1'", "'", "9" * 30,
    str(2**63), str(-(2**63) - 1), str(2**64), "9" * 400, "1" + "0" * 308, "0" * 50 + "1",
]  # fmt: skip

_VALID_TOKENS = st.one_of(
    st.integers(0, 3).map(str),
    st.sampled_from(["0", "1", "2", "-0", "+1", "1.0", "2.", "0.5", "-2.5", ".5", "1e0", "7"]),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.floats(-10, 10, width=32).map(str),
)
_WILD_TOKENS = st.one_of(
    st.sampled_from(NUMBER_WORDS),
    st.integers().map(str),
    st.floats().map(repr),
    st.text(alphabet="0123456789.-+eE naifINF\"'\x00\t", max_size=10),
    st.text(max_size=6),
)


def _long_tokens() -> st.SearchStrategy[str]:
    """Numbers thousands of digits long followed by something that is not a digit: hunts
    backtracking number parsers. Only the benchmark asks for them (``long_numbers=True``): in
    CI test_csv_long_number_is_refused_quickly covers them, in a bounded time."""
    return st.builds(
        lambda digit, n, tail: digit * n + tail,
        st.sampled_from("19"),
        st.integers(4000, 8000),
        st.sampled_from(["", "x", ".", "e", "e+", "..", "-", " 1"]),
    )


def _dress(token: str, quote: int, before: str, after: str) -> str:
    return (f'"{token}"' if quote == 0 else token).join([before, after])


_WILD_FIELDS = st.builds(
    _dress,
    st.one_of(_VALID_TOKENS, _WILD_TOKENS),
    st.integers(0, 5),
    st.sampled_from(["", "", "", "", " ", "  ", "\t", " \t"]),
    st.sampled_from(["", "", "", "", " ", "\t", "  "]),
)
_LABELS = st.one_of(st.integers(0, 3).map(str), st.sampled_from(["1.0", "+2", " 1", "7", "-0"]))
_ROW_ENDS = ["", "", "", "", ",", ",,", " ", "\t", "\x00", ";"]


@functools.cache
def _rows(wild: bool, labels: bool = False) -> st.SearchStrategy[str]:
    """One row drawn token by token (hypothesis's own floats and integers)."""
    if not wild:
        last = _LABELS if labels else _VALID_TOKENS
        return st.tuples(_VALID_TOKENS, _VALID_TOKENS, last).map(",".join)
    fields = st.one_of(
        st.lists(_WILD_FIELDS, min_size=3, max_size=3), st.lists(_WILD_FIELDS, max_size=5)
    )
    return st.tuples(fields.map(",".join), st.sampled_from(_ROW_ENDS)).map("".join)


def _row_pools() -> dict[str, list[str]]:
    """Ready-made rows, so a document of many rows costs hypothesis few choices (a seeded
    random mix of the same pieces the token strategies use)."""
    rng = random.Random(20_240_521)

    def number() -> str:
        kind = rng.randrange(5)
        if kind == 0:
            return str(rng.randrange(4))
        if kind == 1:
            return repr(rng.uniform(-10, 10))
        if kind == 2:
            return repr(rng.choice([-1, 1]) * 10 ** rng.uniform(-323, 308))
        if kind == 3:
            return str(rng.randrange(-(10**6), 10**6))
        return rng.choice(["0", "1", "-0", "+1", "1.0", "2.", "0.5", "-2.5", ".5", "1e0", "7"])

    def label() -> str:
        return rng.choice(["0", "1", "2", "3", "1.0", "+2", " 1", "7", "-0", "0.0"])

    def wild() -> str:
        token = rng.choice(NUMBER_WORDS) if rng.randrange(2) else number()
        return _dress(token, rng.randrange(6), rng.choice(["", "", " ", "\t"]),
                      rng.choice(["", "", " ", "  "]))  # fmt: skip

    def wild_row() -> str:
        count = rng.choice([3, 3, 3, 3, 0, 1, 2, 4, 5])
        return ",".join(wild() for _ in range(count)) + rng.choice(_ROW_ENDS)

    return {
        "label": [f"{number()},{number()},{label()}" for _ in range(500)],
        "target": [f"{number()},{number()},{number()}" for _ in range(500)],
        "wild": [wild_row() for _ in range(2000)],
    }


_POOLS = _row_pools()
_POOLED_ROWS = {k: st.lists(st.sampled_from(v), max_size=12) for k, v in _POOLS.items()}
_CLEAN_HEADERS = st.sampled_from(["x1,x2,label", "x1,x2,target", " X1,x2 , Label"])
_HEADERS = st.sampled_from(HEADERS)
_MADE_HEADERS = st.lists(st.sampled_from(HEADER_WORDS), min_size=1, max_size=4).map(",".join)
_NEWLINES = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\n \n", "\r\r\n"])
_LEADS = st.sampled_from(["", "", "", "\n", "\r\n", "  \n", "\ufeff"])
_TAILS = st.sampled_from(["", "\n", "\n\n", " ", "\x00", "\n,"])
_JUNK = st.sampled_from(
    [b"\xff", b"\xfe\xff", b"\xc3", b"\xc3(", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80",
     b"\x00", b"\xef\xbb\xbf", b"\xe2\x80"]
)  # fmt: skip
_TEXT_DAMAGE = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), _OFFSET, _JUNK),
        st.tuples(st.just("truncate"), _OFFSET, st.just(0)),
        st.tuples(st.just("delete"), _OFFSET, st.integers(1, 3)),
    ),
    min_size=1,
    max_size=3,
)
_ENCODINGS = st.sampled_from(["utf-16", "utf-32", "cp1252"])
_ONE_IN_200 = st.integers(0, 199)
_ONE_IN_400 = st.integers(0, 399)
_COLUMNS = st.integers(0, 2)
_LONG = _long_tokens()


@st.composite
def csv_documents(draw: st.DrawFn, long_numbers: bool = False) -> bytes:
    """Bytes of a points CSV: plausible or wrong header, rows of tricky numbers, any line
    ending, sometimes a BOM, NULs, non-UTF-8 bytes or a truncation. Half the documents are
    clean (a right header, three plain numbers a row) but for at most one wild row, so
    that many load and the checks on a loaded table run."""
    clean = draw(_WRAPS)
    if clean:
        header = draw(_CLEAN_HEADERS)
    else:
        header = draw(_HEADERS) if draw(_ONE_IN_FOUR) else draw(_MADE_HEADERS)
    labels = header.lower().endswith("label")
    pool = "wild" if not clean else "label" if labels else "target"
    rows = draw(_POOLED_ROWS[pool])
    if draw(_WRAPS):  # one row drawn token by token, clean or wild
        row = draw(_rows(not clean or draw(_WRAPS), labels))
        rows.insert(draw(_INDEX) % (len(rows) + 1), row)
    if long_numbers and draw(_ONE_IN_400) == 137:  # rare (not 0: hypothesis favours 0)
        fields = ["0", "0", "0"]
        fields[draw(_COLUMNS)] = draw(_LONG)
        rows.insert(draw(_INDEX) % (len(rows) + 1), ",".join(fields))
    newline = draw(_NEWLINES)
    text = draw(_LEADS) + newline.join([header, *rows])
    text += draw(_TAILS).replace("\n", newline)
    data = text.encode("utf-8")
    if draw(_ONE_IN_SIX) == 0:
        data = b"\xef\xbb\xbf" + data
    if not clean and draw(_ONE_IN_FOUR) == 0:  # non-UTF-8 bytes, NULs, truncation
        data = apply_byte_ops(data, draw(_TEXT_DAMAGE))
    if not clean and draw(_ONE_IN_200) < 10:
        data = text.encode(draw(_ENCODINGS), "replace")
    return data


N_CLASSES = st.one_of(st.none(), st.none(), st.integers(2, MAX_CLASSES))


# --- weights .npz and session: mutated valid files --------------------------------------------
MEMBER_NAMES = [
    "W0", "b0", "W1", "b1", "W2", "b2", "W3", "W9", "b9", "W01", "W-1", "W1000", "b999999",
    "W1000000", "meta", "extra", "coords", "values", "is_train", "history", "opt_m", "opt_v",
    "opt_s", "opt_t", "opt_", "opt_X", "t", "w0", "W0 ", "W0.npy", "../W0", "dir/W0", "",
]  # fmt: skip
_SUFFIXES = st.sampled_from([".npy", ".npy", ".npy", ".npy", "", ".NPY", ".npz", ".txt", "/"])

DTYPES: list[Any] = [
    "<f8", ">f8", "<f4", ">f4", "<f2", "<f16" if np.dtype(np.longdouble).itemsize == 16 else "<f8",
    "<i8", ">i4", "|i1", "<u2", "<u8", "|b1", "<c8", "<c16", "<U3", "|S4", "|V8", "<M8[s]",
    "<m8[ns]", [("a", "<f8"), ("b", "<i4")], [("w", "<f8", (2,))],
]  # fmt: skip
_SHAPES = st.lists(st.integers(0, 5), max_size=3).map(tuple)
_SPECIAL = [0.0, -0.0, 1.0, -1.0, np.nan, np.inf, -np.inf, 1e308, 5e-324, 3.0, 7.0, 8.0]


@st.composite
def arrays(draw: st.DrawFn) -> np.ndarray:
    """Arrays of any dtype and small shape, including object arrays (with a pickle payload)."""
    choice = draw(st.integers(0, 9))
    shape = draw(_SHAPES)
    if choice == 0:  # object arrays: a payload, plain objects, or an object field in a record
        what = draw(st.sampled_from(["payload", "plain", "record", "empty"]))
        if what == "payload":
            return np.array([MakesMarker()], dtype=object)
        if what == "record":
            arr = np.zeros(1, dtype=[("x", "<f8"), ("o", "O")])
            arr[0] = (1.0, MakesMarker())
            return arr
        if what == "empty":
            return np.empty(shape, dtype=object)
        return np.array([1, "a", None], dtype=object)
    if choice <= 3:  # floats with special values: shape mismatches, NaN/inf weights
        dtype = draw(st.sampled_from(["<f8", "<f4", ">f8", "<f2"]))
        values = draw(st.lists(st.sampled_from(_SPECIAL), min_size=1, max_size=4))
        with np.errstate(over="ignore"):
            return np.resize(np.array(values, dtype=dtype), math.prod(shape)).reshape(shape)
    if choice == 4:  # 0-d strings: what meta looks like
        text = draw(st.one_of(st.text(max_size=30), st.sampled_from(["{}", "[]", "null", "1"])))
        return np.array(text, dtype=draw(st.sampled_from(["U", "S"])) if text.isascii() else "U")
    dtype = np.dtype(draw(st.sampled_from(DTYPES)))
    raw = draw(st.binary(max_size=64))
    size = math.prod(shape) * dtype.itemsize
    buf = (raw * (size // max(len(raw), 1) + 1))[:size] if raw else bytes(size)
    return np.frombuffer(buf, dtype=dtype, count=math.prod(shape)).reshape(shape)


JSON_WORDS = [
    "NaN", "nan", "inf", "-Infinity", "1e999", "-1", "", "x1", "x2", "sin_x1", "tanh", "relu",
    "linear", "softmax", "sigmoid", "classification", "regression", "adam", "sgd", "mse",
    "cross_entropy", "huber", "float32", WEIGHTS_FORMAT, "playground-session",
]  # fmt: skip
JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([-1, 0, 1, 2, 3, 8, 9, 2**31, 2**63, -(2**63) - 1, 10**30, 10**400]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([1e308, -0.0, 5e-324, 0.5, 1e-13]),
    st.text(max_size=12),
    st.sampled_from(JSON_WORDS),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.one_of(st.text(max_size=6), st.sampled_from(["mean", "std"])), inner, max_size=4
        ),
    ),
    max_leaves=8,
)
# Raw JSON text spliced in where a value was: tokens json.dumps would never write.
RAW_JSON = [
    "NaN", "Infinity", "-Infinity", "1e999", "-1e999", "9" * 5000, "-" + "9" * 4400,
    "[" * 5000 + "]" * 5000, '{"a":' * 3000 + "1" + "}" * 3000, '"\\ud800"', '"\\u0000"',
    "1.0e+", "tru", "[1,]", '{"a" 1}', "0x10", "'x'", "\x00",
]  # fmt: skip


def _paths(obj: Any) -> list[tuple]:
    """Every key path into a JSON object (dict keys and list indices), the root included."""
    out, todo = [], [((), obj)]
    while todo:
        prefix, value = todo.pop()
        out.append(prefix)
        if isinstance(value, dict):
            todo += [((*prefix, k), v) for k, v in value.items()]
        elif isinstance(value, list):
            todo += [((*prefix, i), v) for i, v in enumerate(value)]
    return out


def _get(obj: Any, path: tuple) -> Any:
    for key in path:
        obj = obj[key]
    return obj


_ONE_TO_THREE = st.integers(1, 3)
_META_OPS = st.sampled_from(["drop", "replace", "replace", "swap", "wrap", "add", "nest"])
_NEW_KEYS = st.text(max_size=8)
_DEPTHS = st.sampled_from([2, 5, 50, 200])
_ONE_IN_FIVE = st.integers(0, 4)
_RAW_JSON = st.sampled_from(RAW_JSON)


def mutate_meta(draw: st.DrawFn, meta: Any) -> str:
    """``meta`` (parsed JSON) mutated structurally, returned as JSON text."""
    meta = json.loads(json.dumps(meta))
    for _ in range(draw(_ONE_TO_THREE)):
        paths = _paths(meta)
        path = _pick(draw, paths)
        op = draw(_META_OPS)
        if not path:  # the root: replace it wholesale
            if op in ("replace", "wrap", "drop"):
                meta = draw(JSON_VALUES) if op == "replace" else [meta] if op == "wrap" else {}
            continue
        parent, key = _get(meta, path[:-1]), path[-1]
        if op == "drop":
            del parent[key]
        elif op == "replace":
            parent[key] = draw(JSON_VALUES)
        elif op == "swap":
            parent[key] = json.loads(json.dumps(_get(meta, _pick(draw, paths))))
        elif op == "wrap":
            parent[key] = [parent[key]] if draw(_WRAPS) else {"value": parent[key]}
        elif op == "add" and isinstance(parent, dict):
            parent[draw(_NEW_KEYS)] = draw(JSON_VALUES)
        elif op == "nest":
            value: Any = parent[key]
            for _ in range(draw(_DEPTHS)):
                value = [value]
            parent[key] = value
    try:
        text = json.dumps(meta, allow_nan=False)
    except (ValueError, RecursionError):
        text = json.dumps(None)
    if draw(_ONE_IN_FIVE) == 0:  # splice a raw token in place of a value
        token = draw(_RAW_JSON)
        colons = [i for i, c in enumerate(text) if c == ":"] or [len(text) - 1]
        at = _pick(draw, colons) + 1
        end = min((j for j in (text.find(",", at), text.find("}", at)) if j >= 0), default=at)
        text = text[:at] + token + text[end:]
    return text


def _meta_of(content: bytes) -> Any:
    try:
        return json.loads(str(np.load(io.BytesIO(content), allow_pickle=False)[()]))
    except Exception:  # an earlier op replaced or damaged it
        return {}


_ARCHIVE_OPS = st.sampled_from(
    ["array", "array", "array", "drop", "meta", "meta", "meta", "header", "dup", "raw", "rename"]
)
_ARRAYS = arrays()
_MEMBER_NAMES = st.sampled_from(MEMBER_NAMES)
_HEADER_OPS = st.lists(BYTE_OPS, min_size=1, max_size=3)
_RAW_MEMBERS = st.binary(max_size=200)


def archive_op(draw: st.DrawFn, members: list[tuple[str, bytes]]) -> None:
    """Change ``members`` (name, content) in place: one array replaced or added, a member
    dropped/duplicated/renamed/added as non-``.npy`` bytes, meta mutated, a header damaged."""
    names = [name for name, _ in members]
    op = draw(_ARCHIVE_OPS)
    if op in ("drop", "header", "dup", "rename") and not members:
        op = "array"
    if op == "array":
        if draw(_WRAPS):
            name = draw(_MEMBER_NAMES)
        else:
            name = _pick(draw, names).removesuffix(".npy") if names else "W0"
        member = name + draw(_SUFFIXES)
        content = npy_bytes(draw(_ARRAYS))
        if member in names:
            members[names.index(member)] = (member, content)
        else:
            members.append((member, content))
    elif op == "drop":
        del members[draw(_INDEX) % len(members)]
    elif op == "meta":
        if "meta.npy" in names:
            i = names.index("meta.npy")
            text = mutate_meta(draw, _meta_of(members[i][1]))
            members[i] = ("meta.npy", npy_bytes(np.array(text)))
    elif op == "header":  # damage one member's .npy header (the zip stays intact)
        i = draw(_INDEX) % len(members)
        name, content = members[i]
        cut = min(len(content), 128)
        members[i] = (name, apply_byte_ops(content[:cut], draw(_HEADER_OPS)) + content[cut:])
    elif op == "dup":
        members.append(_pick(draw, members))
    elif op == "raw":
        members.append((draw(_MEMBER_NAMES) + draw(_SUFFIXES), draw(_RAW_MEMBERS)))
    elif op == "rename":
        i = draw(_INDEX) % len(members)
        members[i] = (draw(_MEMBER_NAMES) + draw(_SUFFIXES), members[i][1])


@functools.cache
def _bases(kind: str) -> st.SearchStrategy[bytes]:
    other = "session" if kind == "weights" else "weights"
    return st.sampled_from(valid_files(kind) * 4 + valid_files(other))


@functools.cache
def _members_of(data: bytes) -> tuple[tuple[str, bytes], ...]:
    return tuple(_members(data))


@st.composite
def npz_archives(draw: st.DrawFn, kind: str, *, archive: bool = True, damage: bool = True) -> bytes:
    """A valid ``kind`` file (sometimes one of the other kind) mutated at the archive level
    (members, meta JSON, ``.npy`` headers; valid CRCs) and/or at the byte level."""
    base = draw(_bases(kind))
    data = base
    if archive and (not damage or draw(_WRAPS)):
        members = list(_members_of(base))
        for _ in range(draw(_ONE_TO_THREE)):
            archive_op(draw, members)
        data = _zip(members, deflate=draw(_ONE_IN_SIX) == 0)
    if damage and (not archive or data == base or draw(_ONE_IN_FOUR) == 0):
        data = damage_bytes(draw, data)
    return data


@st.composite
def meta_mutations(draw: st.DrawFn, kind: str) -> bytes:
    """A valid ``kind`` file whose ``meta`` JSON alone is mutated (every other member intact)."""
    members = list(_members_of(draw(st.sampled_from(valid_files(kind)))))
    i = [name for name, _ in members].index("meta.npy")
    text = mutate_meta(draw, _meta_of(members[i][1]))
    members[i] = ("meta.npy", npy_bytes(np.array(text)))
    return _zip(members, deflate=False)


def structured(kind: str, long_numbers: bool = False) -> st.SearchStrategy[bytes]:
    if kind == "csv":
        return csv_documents(long_numbers=long_numbers)
    return npz_archives(kind)
