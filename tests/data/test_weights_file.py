"""Weights .npz: exact round trips, no unpickling ever, and a precise FormatError for every bad
file."""

from __future__ import annotations

import io
import json
import pickle
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.data.weights_file import (
    PLAIN_FORMAT_VERSION,
    WEIGHTS_FORMAT_VERSION,
    WeightsFile,
    load_weights,
    save_weights,
)
from playground.errors import FormatError

TRICKY = [0.1, -1e-300, 5e-324, -0.0, 1.7976931348623157e308, 1 / 3, -2.5, 1e22, 123456789.0]


def bits_equal(a: np.ndarray, b: np.ndarray) -> bool:
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


# --- weights .npz ----------------------------------------------------------------------------
def valid_meta(**changes) -> dict:
    meta = {
        "format": "playground-weights",
        "version": 1,
        "features": ["x1", "x2", "x1x2"],
        "input_mean": [0.25, -1.5],
        "input_std": [1.0, 2.0],
        "layer_sizes": [3, 4, 1],
        "activations": ["tanh", "sigmoid"],
        "loss": "cross_entropy",
        "task": "classification",
        "classes": ["blue", "orange"],
        "config": {"learning_rate": 0.03, "optimizer": "adam", "hidden": [4]},
        "epoch": 12,
    }
    for key, value in changes.items():
        if value is DELETE:
            del meta[key]
        else:
            meta[key] = value
    return meta


DELETE = object()


def valid_arrays(dtype=np.float64) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(0)
    return {
        "W0": rng.normal(size=(3, 4)).astype(dtype),
        "b0": rng.normal(size=4).astype(dtype),
        "W1": rng.normal(size=(4, 1)).astype(dtype),
        "b1": rng.normal(size=1).astype(dtype),
    }


def raw_save(path: Path, arrays: dict, meta=None, meta_array=None) -> Path:
    """Write an .npz bypassing save_weights' validation (to build broken files)."""
    extra = {} if meta is None else {"meta": np.array(json.dumps(meta))}
    if meta_array is not None:
        extra["meta"] = meta_array
    np.savez(path, **arrays, **extra)
    return path


def test_npz_round_trip_exact(tmp_path):
    rng = np.random.default_rng(1)
    weights = (rng.normal(size=(5, 8)), rng.normal(size=(8, 3)).astype(np.float32))
    biases = (np.array(TRICKY[:8]), np.array([0.1, -1e-30, 3.0], dtype=np.float32))
    meta = valid_meta(
        features=["x1", "x2", "x1_sq", "sin_x1", "sin_x2"],
        layer_sizes=[5, 8, 3],
        activations=["relu", "softmax"],
        classes=["a", "b", "ç"],
        loss="hinge",
    )
    path = tmp_path / "model.npz"
    save_weights(path, WeightsFile(weights, biases, meta))
    loaded = load_weights(path)
    assert loaded.meta == meta
    assert len(loaded.weights) == len(loaded.biases) == 2
    for got, want in zip(loaded.weights + loaded.biases, weights + biases, strict=True):
        assert bits_equal(got, want)
    with np.load(path, allow_pickle=False) as plain:
        assert plain.files == ["W0", "b0", "W1", "b1", "meta"]
        assert plain["meta"].shape == () and plain["meta"].dtype.kind == "U"
        assert json.loads(str(plain["meta"])) == meta
        assert bits_equal(plain["W1"], weights[1])
    assert [p.name for p in tmp_path.iterdir()] == ["model.npz"]


def test_npz_round_trip_regression(tmp_path):
    arrays = valid_arrays()
    meta = valid_meta(task="regression", classes=[], loss="huber", activations=["gelu", "linear"])
    wf = WeightsFile((arrays["W0"], arrays["W1"]), (arrays["b0"], arrays["b1"]), meta)
    save_weights(tmp_path / "r.npz", wf)
    assert load_weights(tmp_path / "r.npz").meta["task"] == "regression"


def test_npz_big_endian_arrays_load_as_native(tmp_path):
    arrays = {k: v.astype(">f8") for k, v in valid_arrays().items()}
    loaded = load_weights(raw_save(tmp_path / "m.npz", arrays, valid_meta()))
    assert loaded.weights[0].dtype == np.float64
    np.testing.assert_array_equal(loaded.weights[0], arrays["W0"])


def test_save_weights_validates_before_writing(tmp_path):
    arrays = valid_arrays()
    wf = WeightsFile((arrays["W0"],), (arrays["b0"], arrays["b1"]), valid_meta())
    with pytest.raises(FormatError, match="1 weight arrays but 2 bias arrays"):
        save_weights(tmp_path / "m.npz", wf)
    bad = WeightsFile(
        (arrays["W0"], arrays["W1"]), (arrays["b0"], arrays["b1"]), valid_meta(loss="mae")
    )
    with pytest.raises(FormatError, match="loss 'mae' is not valid for classification"):
        save_weights(tmp_path / "m.npz", bad)
    nan_meta = valid_meta(config={"lr": float("nan")})
    with pytest.raises(FormatError, match="not JSON-serialisable"):
        save_weights(tmp_path / "m.npz", WeightsFile(bad.weights, bad.biases, nan_meta))
    assert list(tmp_path.iterdir()) == []


class MakesMarker:
    """Unpickling this creates a file: proof that something got unpickled."""

    marker = ""

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_pickle_payload_is_live_when_allowed(tmp_path):
    # Guards the next test: with allow_pickle=True this payload really does create the marker.
    MakesMarker.marker = str(tmp_path / "marker")
    path = raw_save(tmp_path / "evil.npz", {"W0": np.array([MakesMarker()], dtype=object)})
    with np.load(path, allow_pickle=True) as npz:
        npz["W0"][0].close()
    assert (tmp_path / "marker").exists()


@pytest.mark.parametrize("key", ["W0", "b1", "meta"])
def test_pickled_object_array_is_refused_without_unpickling(tmp_path, key):
    marker = tmp_path / "marker"
    MakesMarker.marker = str(marker)
    arrays = {**valid_arrays(), key: np.array([MakesMarker()], dtype=object)}
    meta = None if key == "meta" else valid_meta()
    path = raw_save(tmp_path / "evil.npz", arrays, meta)
    with pytest.raises(FormatError, match=f"array '{key}' is an object/pickled array; refused"):
        load_weights(path)
    assert not marker.exists()


def test_plain_object_array_refused(tmp_path):
    path = tmp_path / "obj.npz"
    with open(path, "wb") as f:
        np.savez(f, W0=np.array([object()], dtype=object))
    with pytest.raises(FormatError, match=r"obj\.npz: array 'W0' is an object/pickled array"):
        load_weights(path)


def test_raw_pickle_file_refused_without_unpickling(tmp_path):
    marker = tmp_path / "marker"
    MakesMarker.marker = str(marker)
    path = tmp_path / "model.npz"
    path.write_bytes(pickle.dumps(MakesMarker()))
    with pytest.raises(FormatError, match=r"model\.npz: not an \.npz"):
        load_weights(path)
    assert not marker.exists()


META_CASES = [
    ({"format": "other"}, r"not a Playground weights file \(meta format is 'other', expected"),
    ({"format": DELETE}, r"not a Playground weights file \(meta format is None"),
    ({"version": 3}, "made by a newer Playground .*version 3"),
    ({"dropout": [0.1]}, "meta has 'dropout', which needs format version 2"),
    ({"version": 0}, "meta version 0 is not a valid format version"),
    ({"version": "1"}, "meta version '1' is not a valid"),
    ({"version": True}, "meta version True is not a valid"),
    ({"loss": DELETE, "task": DELETE}, "meta is missing key.* 'loss', 'task'"),
    ({"layer_sizes": [3, 5, 1]}, r"layer_sizes \[3, 5, 1\] do not match the arrays \[3, 4, 1\]"),
    ({"layer_sizes": [3.0, 4, 1]}, "layer_sizes .* do not match"),
    ({"activations": ["tanh"]}, "activations must be a list of 2 names"),
    ({"activations": "tanh"}, "activations must be a list of 2 names"),
    ({"activations": ["foo", "sigmoid"]}, "unknown activation 'foo' in layer 0"),
    ({"activations": [3, "sigmoid"]}, "unknown activation 3 in layer 0"),
    ({"activations": ["tanh", "relu"]}, "output activation 'relu' is not one of sigmoid"),
    ({"activations": ["tanh", "softmax"]}, "softmax output needs at least 2 units"),
    ({"features": ["x1", "x2", "x33"]}, "unknown feature 'x33'"),
    ({"features": ["x1", "x2", "x2"]}, "duplicate features"),
    ({"features": ["x1", "x2"]}, "features must be a list of 3 names"),
    ({"features": "x1,x2,x1x2"}, "features must be a list of 3 names"),
    ({"input_mean": [0.0, 1.0, 2.0]}, "input_mean must be 2 finite numbers"),
    ({"input_mean": [0.0, "1"]}, "input_mean must be 2 finite numbers"),
    ({"input_mean": [0.0, 10**400]}, "input_mean must be 2 finite numbers"),
    ({"input_std": [1.0, 0.0]}, r"input_std must be positive, got \[1.0, 0.0\]"),
    ({"task": "ranking"}, "unknown task 'ranking'"),
    ({"classes": ["only"]}, "1 classes; expected 2..8"),
    ({"classes": [str(i) for i in range(9)]}, "9 classes; expected 2..8"),
    ({"classes": ["a", 1]}, "classes must be a list of names"),
    (
        {"classes": ["a", "b", "c"]},
        "output layer has 1 units; classification with 3 classes needs 3",
    ),
    ({"task": "regression", "loss": "mse"}, "classes must be \\[\\] for regression"),
    ({"loss": "foo"}, "loss 'foo' is not valid for classification"),
    ({"task": "regression", "classes": [], "loss": "hinge"}, "loss 'hinge' is not valid for regr"),
    ({"config": [1, 2]}, "config must be a JSON object"),
    ({"epoch": -1}, "epoch must be a non-negative integer, got -1"),
    ({"epoch": 1.5}, "epoch must be a non-negative integer"),
    ({"input_scaling": "zscore"}, "unknown input scaling 'zscore'"),
    ({"input_scaling": 2}, "input scaling must be text"),
    ({"input_scaling": "scale:-2"}, "input scaling .scale:-2.: the factor must be between"),
]


@pytest.mark.parametrize(("changes", "message"), META_CASES)
def test_npz_meta_errors(tmp_path, changes, message):
    path = raw_save(tmp_path / "model.npz", valid_arrays(), valid_meta(**changes))
    with pytest.raises(FormatError, match=r"model\.npz: " + message):
        load_weights(path)


def arrays_with(**changes) -> dict:
    arrays = valid_arrays()
    for key, value in changes.items():
        if value is DELETE:
            del arrays[key]
        else:
            arrays[key] = value
    return arrays


ARRAY_CASES = [
    ({"b1": np.zeros(2)}, r"W1 has shape \(4, 1\) but b1 has shape \(2,\)"),
    ({"W1": np.zeros((5, 1))}, r"W1 has shape \(5, 1\) but W0 has shape \(3, 4\)"),
    ({"b1": DELETE}, "missing array 'b1'"),
    ({"W0": DELETE}, "missing array 'W0'"),
    ({"W2": np.zeros((1, 1))}, "missing array 'b2'"),
    ({"extra": np.zeros(1)}, "unexpected array 'extra'"),
    ({"W01": np.zeros(1)}, "unexpected array 'W01'"),
    ({"W0": np.zeros((3, 4), dtype=np.int64)}, "array 'W0' has dtype int64; only float32 and"),
    ({"b0": np.zeros(4, dtype=np.float16)}, "array 'b0' has dtype float16"),
    ({"b0": np.zeros(4, dtype=np.complex128)}, "array 'b0' has dtype complex128"),
    ({"b0": np.array(["a"] * 4)}, "array 'b0' has dtype <U1"),
    ({"W0": np.zeros(12)}, r"W0 must be 2-D, got shape \(12,\)"),
    ({"W0": np.array(1.0)}, r"W0 must be 2-D, got shape \(\)"),
    ({"b0": np.zeros((1, 4))}, r"b0 must be 1-D, got shape \(1, 4\)"),
    ({"W0": np.zeros((3, 0)), "b0": np.zeros(0)}, "W0 is empty"),
    ({"W1": np.array([[1.0], [np.nan], [0], [0]])}, "W1 contains NaN or infinite values"),
    ({"b0": np.array([1.0, np.inf, 0, 0])}, "b0 contains NaN or infinite values"),
]


@pytest.mark.parametrize(("changes", "message"), ARRAY_CASES)
def test_npz_array_errors(tmp_path, changes, message):
    path = raw_save(tmp_path / "model.npz", arrays_with(**changes), valid_meta())
    with pytest.raises(FormatError, match=r"model\.npz: " + message):
        load_weights(path)


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        (None, "missing array 'meta'"),
        (np.array(["{}", "{}"]), r"'meta' must be a 0-d string array, got shape \(2,\)"),
        (np.array(3), "'meta' must be a 0-d string array"),
        (np.array(b"{}"), "'meta' must be a 0-d string array"),
        (np.array("{not json"), "meta is not valid JSON"),
        (np.array('{"x": NaN}'), "meta is not valid JSON .*NaN is not allowed"),
        (np.array("[" * 100_000), "meta is not valid JSON"),
        (np.array("[1, 2]"), "meta must be a JSON object"),
    ],
)
def test_npz_meta_array_errors(tmp_path, meta, message):
    path = raw_save(tmp_path / "model.npz", valid_arrays(), meta_array=meta)
    with pytest.raises(FormatError, match=message):
        load_weights(path)


def test_npz_no_layers(tmp_path):
    path = raw_save(tmp_path / "m.npz", {}, valid_meta())
    with pytest.raises(FormatError, match=r"no weight arrays \(W0, b0, ...\)"):
        load_weights(path)


def npy_header_only(shape: tuple[int, ...], descr: str = "<f8") -> bytes:
    buf = io.BytesIO()
    header = {"descr": descr, "fortran_order": False, "shape": shape}
    np.lib.format.write_array_header_1_0(buf, header)
    return buf.getvalue()


def test_npz_huge_array_refused_before_allocation(tmp_path):
    path = raw_save(tmp_path / "m.npz", valid_arrays(), valid_meta())
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("W9.npy", npy_header_only((100_000, 100_000)))
    with pytest.raises(FormatError, match=r"array 'W9' has 10000000000 elements \(the limit"):
        load_weights(path)


def test_npz_non_npy_entry_refused(tmp_path):
    path = raw_save(tmp_path / "m.npz", valid_arrays(), valid_meta())
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("notes.txt", "hello")
    with pytest.raises(FormatError, match="entry 'notes.txt' is not a .npy array"):
        load_weights(path)
    path = raw_save(tmp_path / "n.npz", valid_arrays(), valid_meta())
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("W5.npy", b"not really an array")
    with pytest.raises(FormatError, match="entry 'W5' is not a NumPy array"):
        load_weights(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"m\.npz: not an \.npz \(zip\) archive"),
        (b"hello world", "not an .npz"),
        (b"PK\x03\x04garbage", r"m\.npz: damaged or not a weights file"),
    ],
)
def test_npz_not_an_archive(tmp_path, content, message):
    (tmp_path / "m.npz").write_bytes(content)
    with pytest.raises(FormatError, match=message):
        load_weights(tmp_path / "m.npz")


def test_npz_single_npy_and_missing_file(tmp_path):
    np.save(tmp_path / "w.npy", np.zeros(3))
    with pytest.raises(FormatError, match=r"a single \.npy array, not an \.npz"):
        load_weights(tmp_path / "w.npy")
    with pytest.raises(FormatError, match=r"gone\.npz: no such file"):
        load_weights(tmp_path / "gone.npz")


def valid_npz_bytes() -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **valid_arrays(), meta=np.array(json.dumps(valid_meta())))
    return buf.getvalue()


VALID_NPZ = valid_npz_bytes()


def test_every_truncation_of_a_valid_npz_is_format_error(tmp_path):
    path = tmp_path / "m.npz"
    for cut in range(0, len(VALID_NPZ), 7):
        path.write_bytes(VALID_NPZ[:cut])
        with pytest.raises(FormatError):
            load_weights(path)
    path.write_bytes(VALID_NPZ)
    assert load_weights(path).meta == valid_meta()


@settings(max_examples=50, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.binary(max_size=400).map(lambda b: b"PK\x03\x04" + b),
        st.tuples(st.integers(0, len(VALID_NPZ) - 1), st.integers(0, 255)).map(
            lambda t: VALID_NPZ[: t[0]] + bytes([t[1]]) + VALID_NPZ[t[0] + 1 :]
        ),
    )
)
def test_npz_any_bytes_give_weights_or_format_error(content):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.npz"
        path.write_bytes(content)
        try:
            wf = load_weights(path)
        except FormatError:
            return
    assert wf.meta["format"] == "playground-weights"
    assert wf.meta["version"] in (PLAIN_FORMAT_VERSION, WEIGHTS_FORMAT_VERSION)


@pytest.mark.parametrize("spec", ["none", "scale:2", "standard:0.5"])
def test_npz_input_scaling_is_read_back(tmp_path, spec):
    path = raw_save(tmp_path / "m.npz", valid_arrays(), valid_meta(input_scaling=spec))
    assert load_weights(path).meta["input_scaling"] == spec


def test_npz_without_input_scaling_still_loads(tmp_path):
    """An older file has no input_scaling: it loads, and its mean and std are what it ran."""
    path = raw_save(tmp_path / "m.npz", valid_arrays(), valid_meta())
    assert "input_scaling" not in load_weights(path).meta


# --- version 2: the hidden layers' dropout, normalisations and skips ----------------------------
def v2_meta(**changes) -> dict:
    return valid_meta(**{"version": 2, "dropout": [0.25], "norm": ["batch"], "skip": [False],
                         **changes})


def v2_arrays(**changes) -> dict[str, np.ndarray]:
    arrays = {**valid_arrays(), "gamma0": np.array([1.0, 0.5, 2.0, 1.5]),
              "beta0": np.array([0.0, -0.1, 0.2, 0.3]),
              "running_mean0": np.array([0.1, 0.2, 0.3, 0.4]),
              "running_var0": np.array([1.0, 2.0, 0.5, 0.25])}
    for key, value in changes.items():
        if value is DELETE:
            del arrays[key]
        else:
            arrays[key] = value
    return arrays


def test_a_version_2_file_round_trips_exactly(tmp_path):
    path = raw_save(tmp_path / "v2.npz", v2_arrays(), v2_meta())
    wf = load_weights(path)
    assert wf.options.rate(0) == 0.25 and wf.options.norm_of(0) == "batch"
    (state,) = wf.norms
    assert state.kind == "batch"
    again = tmp_path / "again.npz"
    save_weights(again, wf)
    back = load_weights(again)
    for name in ("gamma", "beta", "running_mean", "running_var"):
        assert bits_equal(getattr(back.norms[0], name), v2_arrays()[f"{name}0"])
    assert back.meta["version"] == 2 and back.meta["norm"] == ["batch"]


@pytest.mark.parametrize(("arrays", "meta", "message"), [
    (v2_arrays(gamma0=DELETE), v2_meta(), "missing array 'gamma0'"),
    (v2_arrays(running_var0=DELETE), v2_meta(), "missing array 'running_var0'"),
    (v2_arrays(gamma0=np.ones(3)), v2_meta(), r"gamma0 must have shape \(4,\)"),
    (v2_arrays(running_var0=-np.ones(4)), v2_meta(), "running_var0 has a negative variance"),
    (v2_arrays(beta0=np.array([0, 0, 0, np.inf])), v2_meta(), "beta0 contains NaN or infinite"),
    (v2_arrays(gamma0=np.ones(4, np.float16)), v2_meta(), "array 'gamma0' has dtype float16"),
    (v2_arrays(), v2_meta(norm=["layer"]), "unexpected array 'running_mean0'"),
    (valid_arrays(), v2_meta(), "missing array 'gamma0'"),
    (v2_arrays(), v2_meta(norm=["group"]), "unknown normalisation 'group'"),
    (v2_arrays(), v2_meta(dropout=[0.95]), "dropout of hidden layer 1"),
    (v2_arrays(), v2_meta(dropout=[0.1, 0.1]), "dropout needs one value per hidden layer"),
    (v2_arrays(), v2_meta(skip=[True]), "the first hidden layer cannot skip"),
    (v2_arrays(), v2_meta(skip=["yes"]), "skip must be a list"),
])
def test_version_2_errors_are_named(tmp_path, arrays, meta, message):
    path = raw_save(tmp_path / "model.npz", arrays, meta)
    with pytest.raises(FormatError, match=r"model\.npz: " + message):
        load_weights(path)
