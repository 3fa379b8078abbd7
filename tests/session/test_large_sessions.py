"""Whatever the window or ``playground train --session`` can write, every reader opens: the
loader's limits are derived from the budgets that bound what is written (the replay's cap and
frame count, the points, the largest network and its optimizer state, the loss history), and
the largest session those budgets allow is written and read back here."""

from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest

from playground.cli import main
from playground.data.datasets import make_dataset
from playground.data.features import FEATURES, MAX_FEATURES
from playground.data.npz import MAX_META_CHARS
from playground.data.points import PointSet
from playground.engine.layers import Norms, NormState, norms_equal
from playground.engine.neurons import param_count
from playground.engine.optimizers import OPTIMIZERS
from playground.errors import FormatError
from playground.limits import MAX_CLASSES, MAX_HIDDEN_LAYERS, MAX_INPUTS, MAX_POINTS, MAX_UNITS
from playground.session.file import SESSION_LIMITS, Session, load_session, save_session
from playground.session.history import MAX_ROWS, WIDTH, LossHistory
from playground.session.replay import REPLAY_CAP_BYTES, ReplayHistory, frame_of
from playground.training.config import TrainConfig

RESOLUTION, NEURON_RESOLUTION = 200, 24  # the window's pictures (``LoopOptions``)


def _norms(config: TrainConfig, rng: np.random.Generator) -> Norms:
    """Every normalised layer's state (batch norm's running statistics too), random."""
    return tuple(None if config.layer_options.norm_of(h) == "none" else NormState(
        config.layer_options.norm_of(h), rng.normal(size=u), rng.normal(size=u),
        *((rng.normal(size=u), rng.random(u)) if config.layer_options.norm_of(h) == "batch"
          else (None, None)))
        for h, u in enumerate(config.hidden_layers)) if config.norm else ()


def _frame(epoch: int, config: TrainConfig, rng: np.random.Generator, k: int = 1):
    sizes = config.layer_sizes
    heatmap = rng.random((RESOLUTION, RESOLUTION, k) if k > 1 else (RESOLUTION, RESOLUTION))
    neurons = tuple(rng.random((NEURON_RESOLUTION, NEURON_RESOLUTION, u))
                    for u in config.hidden_layers)
    weights = tuple(rng.normal(size=(a, b)) for a, b in zip(sizes[:-1], sizes[1:]))
    biases = tuple(rng.normal(size=b) for b in sizes[1:])
    return frame_of(epoch, 1.0 / (epoch + 1), heatmap, neurons, weights, biases,
                    norms=_norms(config, rng))


def _run(layers: tuple[int, ...], frames: int) -> Session:
    """A session whose replay holds ``frames`` frames of the window's size (no thinning)."""
    points = make_dataset("spiral", n=300, noise=0.1, seed=0, train_ratio=0.5)
    config = TrainConfig(hidden_layers=layers, activations=("tanh",) * len(layers))
    replay, rng = ReplayHistory(), np.random.default_rng(0)
    for e in range(frames):
        assert replay.offer(_frame(10 * e, config, rng))
    assert len(replay) == frames  # within the replay's budget: nothing was thinned
    return Session(points=points, class_names=("a", "b"), config=config, epoch=10 * frames,
                   replay=replay)


@pytest.mark.parametrize(("layers", "frames"), [
    ((8, 8), 335),  # "replay_heatmaps has 13400000 elements (the limit is 10000000)"
    ((64, 64), 170),  # replay_neurons of 12.5 M elements
], ids=["2x8-335-frames", "2x64-neurons"])
def test_a_long_runs_replay_reopens(tmp_path, layers, frames):
    s = _run(layers, frames)
    path = tmp_path / "long.pgsession"
    save_session(path, s)
    back = load_session(path)
    assert len(back.replay) == frames
    assert back.replay.nbytes == s.replay.nbytes
    np.testing.assert_array_equal(back.replay.frames[-1].heatmap, s.replay.frames[-1].heatmap)
    out = tmp_path / "long.gif"
    assert main(["replay", str(path), "--out", str(out), "--frames", "4"]) == 0
    assert out.stat().st_size > 0


def _largest_config() -> TrainConfig:
    """The largest network a session can hold: every input feature, every layer as wide as
    allowed and batch-normalised (a scale, a shift and two running statistics per unit), as
    many outputs as classes, the optimizer with the most state."""
    registered = list(FEATURES)
    formulas = [f"x1 * {i}" for i in range(2, 2 + MAX_FEATURES - len(registered))]
    optimizer = max(OPTIMIZERS.values(), key=lambda s: len(s.cls.state_names))
    return TrainConfig(task="classification", n_classes=MAX_CLASSES,
                       features=tuple(registered + formulas)[:MAX_FEATURES],
                       hidden_layers=(MAX_UNITS,) * MAX_HIDDEN_LAYERS,
                       activations=("tanh",) * MAX_HIDDEN_LAYERS, optimizer=optimizer.name,
                       norm=("batch",) * MAX_HIDDEN_LAYERS)


def test_the_largest_session_the_budgets_allow_reopens(tmp_path):
    config = _largest_config()
    assert len(config.features) == MAX_FEATURES
    rng = np.random.default_rng(1)
    n = MAX_POINTS
    points = PointSet(rng.uniform(-6, 6, (n, MAX_INPUTS)), np.arange(n) % MAX_CLASSES,
                      rng.random(n) < 0.5, "classification", MAX_CLASSES)
    sizes = config.layer_sizes
    weights = tuple(rng.normal(size=(a, b)) for a, b in zip(sizes[:-1], sizes[1:]))
    biases = tuple(rng.normal(size=b) for b in sizes[1:])
    n_params = param_count(sizes, config.norm)
    state_names = OPTIMIZERS[config.optimizer].cls.state_names
    optimizer_state = {name: rng.normal(size=n_params) for name in state_names}
    optimizer_state["t"] = np.array(10**9)
    history = LossHistory()  # as long as the history keeps row by row
    history.append(np.column_stack([np.arange(MAX_ROWS), rng.random((MAX_ROWS, WIDTH - 1))]))
    assert len(history) == MAX_ROWS
    replay = ReplayHistory()  # filled to its cap with frames of the largest network
    epoch = 0
    while True:
        frame = _frame(epoch, config, rng, k=MAX_CLASSES)
        if replay.nbytes + frame.nbytes > replay.cap_bytes:
            break
        assert replay.offer(frame)
        epoch += 10
    assert replay.nbytes > REPLAY_CAP_BYTES - frame.nbytes
    s = Session(points=points, class_names=tuple(f"class {i + 1}" for i in range(MAX_CLASSES)),
                config=config, epoch=epoch, weights=weights, biases=biases,
                norms=_norms(config, rng), optimizer_state=optimizer_state,
                history=history.rows(), replay=replay)
    meta = len(json.dumps(s.config.to_dict())) + 10_000  # the rest of meta is far smaller
    s.view["note"] = "n" * (MAX_META_CHARS - meta)  # free-form settings up to meta's limit

    path = tmp_path / "largest.pgsession"
    # stored as it is (an autosave): the largest file on disk; a deflated one unpacks the same
    save_session(path, s, compress=False)
    with zipfile.ZipFile(path) as z:
        unpacked = sum(i.file_size for i in z.infolist())
    assert unpacked > 0.9 * SESSION_LIMITS.unpacked_bytes  # the largest, near the bound
    back = load_session(path)
    assert back.points.equals(points) and back.config == config
    assert len(back.history) == MAX_ROWS and len(back.replay) == len(replay)
    np.testing.assert_array_equal(back.weights[-1], weights[-1])
    assert norms_equal(back.norms, s.norms) and len(back.norms) == MAX_HIDDEN_LAYERS
    np.testing.assert_array_equal(back.optimizer_state[state_names[-1]],
                                  optimizer_state[state_names[-1]])
    np.testing.assert_array_equal(back.replay.frames[-1].heatmap, replay.frames[-1].heatmap)
    out = tmp_path / "largest.gif"
    assert main(["replay", str(path), "--out", str(out), "--frames", "1", "--size", "64"]) == 0


def test_the_loss_history_is_bounded_where_it_is_written():
    """One row per evaluation for hours (or ``train --epochs 10000000``): the history keeps
    at most ``MAX_ROWS``, thinned, the first and the latest rows kept, in order."""
    history = LossHistory()
    total = 2 * MAX_ROWS + 123
    for start in range(0, total, 100_000):
        epochs = np.arange(start, min(start + 100_000, total), dtype=np.float64)
        history.append(np.column_stack([epochs, np.ones((len(epochs), WIDTH - 1))]))
    rows = history.rows()
    assert MAX_ROWS // 4 <= len(rows) <= MAX_ROWS
    assert rows[0, 0] == 0 and rows[-1, 0] == total - 1
    assert np.all(np.diff(rows[:, 0]) > 0)


def test_a_meta_beyond_what_the_loader_reads_is_refused_when_saving(tmp_path):
    s = _run((4,), 2)
    s.view["note"] = "n" * MAX_META_CHARS
    path = tmp_path / "huge-meta.pgsession"
    with pytest.raises(FormatError, match="settings are too long"):
        save_session(path, s)
    assert not path.exists()


def test_sessions_are_written_compressed_and_uncompressed_ones_still_open(tmp_path):
    s = _run((8, 8), 20)
    path = tmp_path / "run.pgsession"
    save_session(path, s)
    with zipfile.ZipFile(path) as z:
        infos = {i.filename: i for i in z.infolist()}
    for name in ("replay_heatmaps.npy", "replay_neurons.npy", "history.npy", "meta.npy"):
        assert infos[name].compress_type == zipfile.ZIP_DEFLATED, name
    # an older Playground wrote every array stored as it is (``np.savez``)
    with np.load(path, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    old = tmp_path / "stored.pgsession"
    with open(old, "wb") as f:
        np.savez(f, **arrays)
    with zipfile.ZipFile(old) as z:
        assert {i.compress_type for i in z.infolist()} == {zipfile.ZIP_STORED}
    back = load_session(old)
    assert len(back.replay) == 20
    np.testing.assert_array_equal(back.replay.frames[7].heatmap, s.replay.frames[7].heatmap)


def test_a_zip_bomb_of_a_session_is_refused(tmp_path):
    """The bound is the budgets' sum, not infinity: an archive that declares more than the
    largest session unpacks to is refused before anything is read."""
    s = _run((4,), 2)
    path = tmp_path / "run.pgsession"
    save_session(path, s)
    with np.load(path, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays["history"] = np.zeros((SESSION_LIMITS.unpacked_bytes // 40 + 1, 5))
    bomb = tmp_path / "bomb.pgsession"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        for key, arr in arrays.items():
            with z.open(f"{key}.npy", "w", force_zip64=True) as f:
                np.lib.format.write_array(f, arr)
    assert bomb.stat().st_size < 2**20  # zeros: a tiny file that would unpack to far more
    with pytest.raises(FormatError, match="would unpack to"):
        load_session(bomb)
