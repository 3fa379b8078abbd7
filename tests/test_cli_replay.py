"""``playground train --session`` keeps a replay; ``playground replay`` renders it as a GIF
whose frames evolve, or writes the loss history as CSV."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PIL import Image

from playground.cli import main
from playground.session.file import load_session


@pytest.fixture(scope="module")
def session_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("replay") / "run.pgsession"
    assert main(["train", "--dataset", "xor", "--layers", "6", "--epochs", "120", "--lr", "0.1",
                 "--session", str(path)]) == 0
    return path


def test_train_session_keeps_an_evenly_spaced_replay_with_exact_weights(session_file, capsys):
    s = load_session(session_file)
    frames = s.replay.frames
    assert frames[0].epoch == 0 and frames[-1].epoch == 120
    assert len(frames) >= 40 and len(set(np.diff([f.epoch for f in frames]))) <= 2
    last = frames[-1]
    for a, b in zip((*last.weights, *last.biases), (*s.weights, *s.biases), strict=True):
        np.testing.assert_array_equal(a, b)  # the last frame is the run's own weights
    assert last.heatmap.shape == (100, 100)
    assert s.replay.normalizer == s.normalizer


def test_replay_gif_frames_evolve(session_file, tmp_path):
    out = tmp_path / "run.gif"
    assert main(["replay", str(session_file), "--out", str(out), "--frames", "12",
                 "--size", "160"]) == 0
    with Image.open(out) as gif:
        assert gif.n_frames == 12 and gif.size == (160, 160 + 22)
        pictures = []
        for i in range(gif.n_frames):
            gif.seek(i)
            pictures.append(np.asarray(gif.convert("RGB"), np.int16))
    first, last = pictures[0], pictures[-1]
    assert np.abs(first[:160] - last[:160]).mean() > 5  # the boundary moved
    assert not np.array_equal(first[160:], last[160:])  # the caption changed


def test_replay_csv_is_the_loss_history(session_file, tmp_path):
    out = tmp_path / "loss.csv"
    assert main(["replay", str(session_file), "--out", str(out)]) == 0
    with open(out, newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
                       "train_loss_running"]
    history = load_session(session_file).history
    assert len(rows) - 1 == len(history)
    assert [int(r[0]) for r in rows[1:]] == [int(e) for e in history[:, 0]]
    np.testing.assert_allclose([float(r[1]) for r in rows[1:]], history[:, 1])
    # the running loss over each epoch's batches, empty where nothing was trained yet
    running = rows[0].index("train_loss_running")
    assert rows[1][running] == ""
    np.testing.assert_allclose([float(r[running]) for r in rows[2:]], history[1:, running])


@pytest.mark.parametrize("args, message", [
    (["--out", "x.png"], "--out must end in .gif"),
    (["--out", "x.gif", "--frames", "0"], "--frames must be at least 1"),
    (["--out", "x.gif", "--size", "10"], "--size must be between"),
])
def test_bad_replay_options_are_one_line(session_file, tmp_path, capsys, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    assert main(["replay", str(session_file), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_a_session_without_replay_says_so(tmp_path, capsys):
    path = tmp_path / "none.pgsession"
    from playground.data.datasets import make_dataset
    from playground.session.file import Session, save_session
    from playground.training.config import TrainConfig

    save_session(path, Session(make_dataset("xor", n=20, noise=0.0, seed=0, train_ratio=1.0),
                               ("a", "b"), TrainConfig()))
    assert main(["replay", str(path), "--out", str(tmp_path / "x.gif")]) == 2
    assert "no replay history" in capsys.readouterr().err


def test_a_wide_networks_train_session_replays(tmp_path, capsys):
    """``train --layers 64,64 --epochs 300 --session`` wrote a session ``replay`` refused
    (22 M elements of neuron pictures)."""
    path = tmp_path / "wide.pgsession"
    assert main(["train", "--layers", "64,64", "--epochs", "300", "--session", str(path)]) == 0
    capsys.readouterr()
    out = tmp_path / "wide.gif"
    assert main(["replay", str(path), "--out", str(out), "--frames", "3"]) == 0, \
        capsys.readouterr().err
    assert len(load_session(path).replay) > 100


# --- views that follow the data (issue 18) ---------------------------------------------
@pytest.fixture(scope="module")
def one_d_session(tmp_path_factory):
    """A 1-D run on x from -10 to 20, y = x / 2 + 3 (targets far from the line y = 0)."""
    folder = tmp_path_factory.mktemp("replay_1d")
    x = np.linspace(-10.0, 20.0, 31)
    data = folder / "line.csv"
    data.write_text("x,y\n" + "".join(f"{a:.6g},{a / 2 + 3:.6g}\n" for a in x))
    path = folder / "line.pgsession"
    assert main(["train", "--data", str(data), "--layers", "4", "--epochs", "30",
                 "--lr", "0.01", "--train-ratio", "1", "--session", str(path)]) == 0
    return path


def _gif_frame(path, index=0) -> np.ndarray:
    with Image.open(path) as gif:
        gif.seek(index)
        return np.asarray(gif.convert("RGB"), np.int16)


def _pixel(extent, size, x, y) -> tuple[int, int]:
    """Row and column of data point (x, y) in a ``size`` square picture of ``extent``."""
    x0, x1, y0, y1 = extent
    return (round((y1 - y) / (y1 - y0) * (size - 1)), round((x - x0) / (x1 - x0) * (size - 1)))


def test_one_d_replay_gif_draws_the_points_at_their_y(one_d_session, tmp_path):
    from playground.pictures.gif import frame_extent

    out, size = tmp_path / "line.gif", 300
    assert main(["replay", str(one_d_session), "--out", str(out), "--frames", "2",
                 "--size", str(size)]) == 0
    s = load_session(one_d_session)
    picture = _gif_frame(out)[:size]
    extent = frame_extent(s.replay.frames[0], s.points, one_d=True)
    white = np.array([255, 255, 255])
    x, y = s.points.coords[:, 0], s.points.values
    assert extent[0] < x.min() and extent[1] > x.max()  # the frame covers the data ...
    assert extent[2] < y.min() and extent[3] > y.max()
    for px, py in zip(x, y, strict=True):
        colour = picture[_pixel(extent, size, px, py)]
        assert np.abs(colour - white).sum() > 60, (px, py)  # a point is there ...
        if abs(py) > 4:  # ... not on the line y = 0, where every point used to be drawn
            assert np.abs(picture[_pixel(extent, size, px, 0.0)] - colour).sum() > 60, px


def test_a_headless_replay_records_the_datas_extent_and_the_session_its_view(one_d_session):
    s = load_session(one_d_session)
    frames = s.replay.frames
    x0, x1, _y0, _y1 = frames[0].extent
    assert x0 < -10 and x1 > 20 and x1 - x0 < 45  # the data's x with a margin, not ±6
    assert all(f.extent == frames[0].extent for f in frames)
    assert s.view["extent"] == pytest.approx(list(frames[0].extent))
