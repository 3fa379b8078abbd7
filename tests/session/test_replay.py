"""The replay history: bounded memory, even sampling, exact weights, saved in sessions, and
sessions saved before it existed still open."""

from __future__ import annotations

import json

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.features import Normalizer
from playground.data.view_frame import DEFAULT_EXTENT
from playground.errors import FormatError
from playground.session.file import Session, load_session, save_session
from playground.session.replay import MAX_FRAMES, ReplayHistory, frame_of
from playground.training.config import TrainConfig

SIZES = (2, 8, 8, 1)


def frame(epoch: int, res: int = 40, seed: int | None = None):
    rng = np.random.default_rng(epoch if seed is None else seed)
    weights = tuple(rng.normal(size=(a, b)) for a, b in zip(SIZES[:-1], SIZES[1:]))
    biases = tuple(rng.normal(size=b) for b in SIZES[1:])
    neurons = (rng.random((6, 6, 8)), rng.random((6, 6, 8)))
    return frame_of(epoch, 1.0 / (epoch + 1), rng.random((res, res)), neurons, weights, biases)


def test_a_long_run_fits_the_cap_and_stays_evenly_sampled():
    one = frame(0).nbytes
    replay = ReplayHistory(cap_bytes=50 * one, max_frames=1000)
    kept = sum(replay.offer(frame(e)) for e in range(5000))
    assert kept > 50
    assert len(replay) <= 50 and replay.nbytes <= 50 * one
    epochs = np.array([f.epoch for f in replay.frames])
    assert epochs[0] == 0 and epochs[-1] >= 5000 - replay.every
    gaps = np.diff(epochs)
    assert gaps.max() <= 2 * replay.every and replay.every >= 64


def test_frame_count_never_passes_max_frames():
    replay = ReplayHistory()
    for e in range(3 * MAX_FRAMES):
        replay.offer(frame(e, res=4))
    assert len(replay) <= MAX_FRAMES


def test_the_frames_never_hold_more_than_the_cap_whatever_their_size():
    """The cap is what bounds a saved replay (``session.file``'s limits): it holds even for
    frames of more than half the cap; a frame beyond the whole cap is not kept."""
    one = frame(0).nbytes
    replay = ReplayHistory(cap_bytes=int(1.6 * one))
    for e in range(6):
        assert replay.offer(frame(e))
        assert replay.nbytes <= replay.cap_bytes and replay.frames[-1].epoch == e
    small = ReplayHistory(cap_bytes=one - 1)
    assert not small.offer(frame(0)) and len(small) == 0


def test_only_due_frames_are_kept_and_going_back_truncates():
    replay = ReplayHistory()
    replay.every = 5
    assert replay.offer(frame(0)) and not replay.offer(frame(3)) and replay.offer(frame(5))
    replay.offer(frame(10))
    assert replay.offer(frame(7))  # the run went back to epoch 7
    assert [f.epoch for f in replay.frames] == [0, 5, 7]


def test_trajectory_is_the_exact_weights_in_pack_order():
    replay = ReplayHistory()
    frames = [frame(e) for e in (0, 1, 2)]
    for f in frames:
        replay.offer(f)
    epochs, params = replay.trajectory()
    assert list(epochs) == [0, 1, 2]
    f = frames[1]
    expected = np.concatenate([np.vstack([w, b[None]]).ravel()
                               for w, b in zip(f.weights, f.biases)])
    np.testing.assert_array_equal(params[1], expected)


def session_with(replay: ReplayHistory) -> Session:
    points = make_dataset("circle", n=40, noise=0.1, seed=0, train_ratio=0.5)
    config = TrainConfig(hidden_layers=(8, 8), activations=("tanh", "tanh"))
    return Session(points=points, class_names=("a", "b"), config=config, replay=replay)


def test_the_replay_is_saved_in_the_session_exactly(tmp_path):
    replay = ReplayHistory()
    for e in range(0, 30, 3):
        replay.offer(frame(e, res=40 if e < 15 else 32), Normalizer((0.5, -1.0), (2.0, 3.0)))
    replay.every = 3
    path = tmp_path / "run.pgsession"
    save_session(path, session_with(replay))
    back = load_session(path).replay
    assert [f.epoch for f in back.frames] == [f.epoch for f in replay.frames]
    assert back.every == 3 and back.normalizer == Normalizer((0.5, -1.0), (2.0, 3.0))
    for a, b in zip(back.frames, replay.frames, strict=True):
        for x, y in zip((*a.weights, *a.biases), (*b.weights, *b.biases), strict=True):
            np.testing.assert_array_equal(x, y)
        np.testing.assert_array_equal(a.heatmap, b.heatmap)
        for x, y in zip(a.neurons, b.neurons, strict=True):
            np.testing.assert_array_equal(x, y)
        assert a.train_loss == b.train_loss


def test_a_version_1_session_without_replay_still_opens(tmp_path):
    path = tmp_path / "old.pgsession"
    save_session(path, session_with(ReplayHistory()))
    with np.load(path, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    meta = json.loads(str(arrays["meta"][()]))
    meta["version"] = 1
    del meta["replay"]
    arrays["meta"] = np.array(json.dumps(meta))
    old = tmp_path / "v1.pgsession"
    with open(old, "wb") as f:
        np.savez(f, **arrays)
    s = load_session(old)
    assert len(s.replay) == 0 and len(s.points.values) == 40


def test_frames_keep_their_extent_and_an_older_sessions_show_the_box(tmp_path):
    replay = ReplayHistory()
    wide = (-33.0, 31.0, -20.0, 44.0)
    for e in range(3):
        f = frame(e)
        replay.offer(frame_of(f.epoch, f.train_loss, f.heatmap, f.neurons, f.weights,
                              f.biases, extent=wide if e else DEFAULT_EXTENT))
    path = tmp_path / "run.pgsession"
    save_session(path, session_with(replay))
    assert [f.extent for f in load_session(path).replay.frames] == [DEFAULT_EXTENT, wide, wide]
    with np.load(path, allow_pickle=False) as npz:  # as saved before frames kept extents
        arrays = {k: npz[k] for k in npz.files if k != "replay_extents"}
    old = tmp_path / "older.pgsession"
    with open(old, "wb") as f:
        np.savez(f, **arrays)
    frames = load_session(old).replay.frames
    assert len(frames) == 3 and all(f.extent == DEFAULT_EXTENT for f in frames)
    arrays["replay_extents"] = np.array([wide, wide, (1.0, 0.0, 0.0, 1.0)])  # min > max
    with open(old, "wb") as f:
        np.savez(f, **arrays)
    with pytest.raises(FormatError, match="extent"):
        load_session(old)


def test_a_damaged_replay_is_a_format_error(tmp_path):
    replay = ReplayHistory()
    for e in range(3):
        replay.offer(frame(e))
    path = tmp_path / "run.pgsession"
    save_session(path, session_with(replay))
    with np.load(path, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays["replay_params"] = arrays["replay_params"][:, :-1]
    bad = tmp_path / "bad.pgsession"
    with open(bad, "wb") as f:
        np.savez(f, **arrays)
    with pytest.raises(FormatError, match="replay"):
        load_session(bad)


def test_a_window_replay_keeps_the_pictures_its_snapshots_carried(tmp_path):
    """In the window, snapshots carry the pictures of the units the diagram draws only: the
    replay records those, and they are saved and read back as they were."""
    from playground.session.model import SessionModel
    from playground.training.loop import TrainingLoop
    from playground.training.protocol import SetViews, Step, ViewRequest

    config = TrainConfig(hidden_layers=(10, 3), activations=("tanh", "tanh"))
    points = make_dataset("circle", n=60, noise=0.1, seed=0, train_ratio=0.5)
    loop = TrainingLoop(config, points, resolution=16, neuron_resolution=6)
    loop.send(SetViews(ViewRequest(neuron_units=4)))
    model = SessionModel(config)
    for _ in range(3):
        loop.send(Step(1))
        model.record_snapshot(loop.poll())
    frames = model.replay.frames
    assert len(frames) == 3 and all([n.shape for n in f.neurons] == [(6, 6, 4), (6, 6, 3)]
                                    for f in frames)
    path = tmp_path / "wide.pgsession"
    save_session(path, model.to_session())
    back = load_session(path).replay.frames
    for a, b in zip(back, frames, strict=True):
        for x, y in zip(a.neurons, b.neurons, strict=True):
            np.testing.assert_array_equal(x, y)
