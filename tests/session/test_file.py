"""Session files: exact round trip, validation, no pickle."""

import io
import json
import zipfile

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.features import Normalizer
from playground.data.points import PointSet
from playground.errors import FormatError
from playground.session.file import (
    PLAIN_SESSION_VERSION,
    Session,
    load_session,
    save_session,
)
from playground.training.config import TrainConfig
from playground.training.protocol import HISTORY_COLUMNS
from playground.training.trainer import Trainer


def _session(task="classification"):
    if task == "classification":
        points = make_dataset("spiral_k", n=60, noise=0.1, seed=3, n_classes=3, train_ratio=0.7)
        cfg = TrainConfig(task="classification", n_classes=3, hidden_layers=(5,),
                          activations=("relu",), optimizer="adam", learning_rate=0.01)
        names = ("red", "green", "blue")
    elif task == "multilabel":
        rng = np.random.default_rng(4)
        xy = rng.normal(size=(30, 2))
        points = PointSet(xy, np.column_stack([xy[:, 0] > 0, xy[:, 1] > 0, xy.sum(1) > 0]),
                          np.arange(30) % 3 != 0, "multilabel", 3)
        cfg = TrainConfig(task="multilabel", n_classes=3, loss="cross_entropy_sum",
                          hidden_layers=(4,), activations=("tanh",))
        names = ("east", "north", "upper right")
    else:
        points = make_dataset("sine", n=40, noise=0.1, seed=1, train_ratio=0.5)
        cfg = TrainConfig(task="regression", n_classes=0, loss="huber", hidden_layers=(4, 4),
                          activations=("tanh", "tanh"))
        names = ()
    tr = Trainer(cfg, points)
    for _ in range(3):
        tr.run_epoch()
    history = np.array([[1, 0.5, 0.6, 0.7, np.nan, np.nan], [2, 0.4, 0.55, 0.8, 0.75, 0.45]])
    return Session(points=points, class_names=names, config=cfg, epoch=tr.epoch,
                   weights=tuple(w.copy() for w in tr.model.weights),
                   biases=tuple(b.copy() for b in tr.model.biases),
                   optimizer_state=tr.optimizer.state(), normalizer=tr.normalizer,
                   history=history, dataset={"name": "spiral_k", "n": 60},
                   view={"show_test": False})


@pytest.mark.parametrize("task", ["classification", "regression", "multilabel"])
def test_round_trip_is_exact(tmp_path, task):
    s = _session(task)
    path = tmp_path / "work.pgsession"
    save_session(path, s)
    r = load_session(path)
    assert r.points.equals(s.points)
    assert r.class_names == s.class_names
    assert r.config == s.config
    assert r.epoch == s.epoch
    for a, b in zip(r.weights + r.biases, s.weights + s.biases):
        assert a.dtype == b.dtype and np.array_equal(a, b)
    assert set(r.optimizer_state) == set(s.optimizer_state)
    for k, v in s.optimizer_state.items():
        assert np.array_equal(r.optimizer_state[k], v)
    assert r.normalizer == s.normalizer
    assert np.array_equal(r.history, s.history, equal_nan=True)
    assert r.dataset == s.dataset and r.view == s.view
    # a second save of the loaded session gives the same content
    save_session(tmp_path / "again.pgsession", r)
    again = load_session(tmp_path / "again.pgsession")
    assert again.points.equals(s.points) and again.config == s.config


def test_a_session_from_before_the_running_loss_opens(tmp_path):
    """Version 2 files have five history columns: their rows open with the running loss NaN
    (not recorded), the rest as saved, and save again with six."""
    path = tmp_path / "new.pgsession"
    save_session(path, _session())
    with np.load(path, allow_pickle=False) as npz:
        meta = json.loads(str(npz["meta"][()]))
    meta["version"] = 2
    old_rows = np.array([[0, 0.7, 0.72, 0.5, 0.5], [1, 0.5, 0.6, 0.7, np.nan]])
    old = tmp_path / "old.npz"
    _rewrite(path, old, history=old_rows, meta=np.array(json.dumps(meta)))
    r = load_session(old)
    assert r.history.shape == (2, len(HISTORY_COLUMNS))
    assert np.array_equal(r.history[:, :5], old_rows, equal_nan=True)
    assert np.isnan(r.history[:, HISTORY_COLUMNS.index("train_loss_running")]).all()
    save_session(tmp_path / "again.pgsession", r)
    assert np.array_equal(load_session(tmp_path / "again.pgsession").history, r.history,
                          equal_nan=True)


def test_session_without_weights(tmp_path):
    s = _session()
    bare = Session(points=s.points, class_names=s.class_names, config=s.config)
    save_session(tmp_path / "a.pgsession", bare)
    r = load_session(tmp_path / "a.pgsession")
    assert r.weights == () and r.normalizer is None and r.points.equals(s.points)


def _rewrite(path, out, **changes):
    """Copy a session archive replacing or adding members (name -> array or None)."""
    with np.load(path, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    for k, v in changes.items():
        if v is None:
            arrays.pop(k, None)
        else:
            arrays[k] = v
    np.savez(out, **arrays)


@pytest.mark.parametrize("change,message", [
    ({"coords": None}, "missing array 'coords'"),
    ({"W0": np.zeros((3, 5))}, "W0/b0 have shapes"),
    ({"b0": None}, "missing array 'W0' or 'b0'"),
    ({"opt_m": np.zeros(3)}, "optimizer state 'm' does not fit"),
    ({"history": np.zeros((2, 4))}, "history"),
    ({"history": np.zeros((2, 7))}, "history"),
    ({"values": np.array([7] * 60)}, "label"),
    ({"is_train": np.ones(60)}, "boolean"),
    ({"surprise": np.zeros(2)}, "unexpected entry"),
])
def test_invalid_content_is_named(tmp_path, change, message):
    path = tmp_path / "good.pgsession"
    save_session(path, _session())
    bad = tmp_path / "bad.npz"
    _rewrite(path, bad, **change)
    with pytest.raises(FormatError, match=message):
        load_session(bad)


def test_wrong_meta(tmp_path):
    path = tmp_path / "good.pgsession"
    save_session(path, _session())
    with np.load(path, allow_pickle=False) as npz:
        meta = str(npz["meta"][()])
    for text, message in [
        (meta.replace('"playground-session"', '"other"'), "not a Playground session"),
        # a plain network's session is written as the version before the layer options
        (meta.replace(f'"version": {PLAIN_SESSION_VERSION}', '"version": 99'),
         "newer Playground"),
        (meta.replace('"learning_rate": 0.01', '"learning_rate": -1'), "learning rate"),
        ("{not json", "not valid JSON"),
    ]:
        bad = tmp_path / "bad.npz"
        _rewrite(path, bad, meta=np.array(text))
        with pytest.raises(FormatError, match=message):
            load_session(bad)


def test_pickled_member_is_refused_and_never_unpickled(tmp_path):
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    path = tmp_path / "good.pgsession"
    save_session(path, _session())
    bad = tmp_path / "evil.pgsession"
    with np.load(path, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays["history"] = np.array([Payload()], dtype=object)
    with open(bad, "wb") as f:
        np.savez(f, **arrays)
    with pytest.raises(FormatError, match="object/pickled"):
        load_session(bad)
    assert not marker.exists()


def test_garbage_and_truncation(tmp_path):
    path = tmp_path / "good.pgsession"
    save_session(path, _session())
    data = path.read_bytes()
    for i, blob in enumerate([b"", b"hello", data[: len(data) // 2], data[:-30]]):
        p = tmp_path / f"bad{i}"
        p.write_bytes(blob)
        with pytest.raises(FormatError):
            load_session(p)
    with pytest.raises(FormatError, match="no such file"):
        load_session(tmp_path / "missing.pgsession")


def test_zip_with_non_npy_member(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("meta.txt", "hi")
    p = tmp_path / "x.pgsession"
    p.write_bytes(buf.getvalue())
    with pytest.raises(FormatError):
        load_session(p)




def test_initial_weights_and_input_scaling_round_trip(tmp_path):
    s = _session()
    cfg = s.config.replace(init="normal", init_std=0.01, init_bias="normal",
                           input_scaling="scale:2")
    save_session(tmp_path / "a.pgsession", Session(points=s.points, class_names=s.class_names,
                                                   config=cfg))
    r = load_session(tmp_path / "a.pgsession")
    assert (r.config.init, r.config.init_std, r.config.init_bias, r.config.input_scaling) == \
        ("normal", 0.01, "normal", "scale:2")


def test_an_older_session_without_them_opens_as_today(tmp_path):
    """A session saved before init_std, init_bias and input_scaling existed: its config lacks
    them; it opens with zero biases and z-scored inputs, and trains as it did."""
    path = tmp_path / "new.pgsession"
    save_session(path, _session())
    with np.load(path, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    meta = json.loads(str(arrays["meta"]))
    for key in ("init_std", "init_bias", "input_scaling"):
        del meta["config"][key]
    arrays["meta"] = np.array(json.dumps(meta))
    old = tmp_path / "old.pgsession"
    with open(old, "wb") as f:
        np.savez(f, **arrays)
    r = load_session(old)
    assert (r.config.init_std, r.config.init_bias, r.config.input_scaling) == \
        (1.0, "zero", "standard")
    fresh = Trainer(r.config, r.points)
    assert fresh.normalizer == Normalizer.fit(r.points.train()[0])
    assert all(np.all(b == 0) for b in fresh.model.biases)
