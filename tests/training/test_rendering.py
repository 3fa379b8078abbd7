"""The heatmap's policy: whole and exact without a budget or when it fits one; a costlier
picture drawn over several calls, never coarser than 100 x 100, sharpening to the exact
picture while the weights rest; and the trainer's in-epoch divergence check."""

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.view_frame import ViewFrame
from playground.training.config import TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import Pause, Play, RequestSnapshot, SetViews, ViewRequest
from playground.training.rendering import (
    CURVE_SAMPLES,
    HEATMAP_SHARE,
    MIN_RESOLUTION,
    Renderer,
    grid_coords,
    upsample,
)
from playground.training.snapshots import (
    PICTURE_SHARE,
    SLOW_SNAPSHOT_SHARE,
    SNAPSHOT_SHARE,
    SnapshotMaker,
)
from playground.training.trainer import CHECK_EVERY, Diverged, Trainer

from .helpers import FakeClock

RES = 120  # above MIN_RESOLUTION, so a costly picture's base is coarser than the picture
CONFIG = TrainConfig(hidden_layers=(64, 64), activations=("tanh", "tanh"), seed=0)  # many bands
TINY = 1e-9  # a budget no whole picture fits


@pytest.fixture
def trainer():
    return Trainer(CONFIG, make_dataset("circle", n=200, noise=0.1, seed=0, train_ratio=0.5))


def _exact(trainer, res=RES):
    return trainer.predict(grid_coords(res))[:, 0].reshape(res, res)


def test_without_a_budget_the_picture_is_whole_and_exact(trainer):
    renderer = Renderer(RES, 0)
    picture = renderer.heatmap(trainer)
    np.testing.assert_allclose(picture, _exact(trainer), rtol=1e-5, atol=1e-6)
    assert not renderer.pending and not renderer.progressive


def test_a_costly_picture_is_never_coarser_than_the_floor_and_sharpens(trainer):
    renderer = Renderer(RES, 8)
    first = renderer.heatmap(trainer, TINY)
    assert first.shape == (RES, RES) and first.dtype == np.float32
    assert renderer.progressive and renderer.pending
    assert renderer._base.resolution == MIN_RESOLUTION  # the base: 100 x 100, whole at once
    base = trainer.predict(grid_coords(MIN_RESOLUTION))[:, 0].reshape(MIN_RESOLUTION, -1, 1)
    # its last rows are not refined yet: the base interpolated, close to the exact picture
    np.testing.assert_allclose(first[-1], upsample(base, RES)[-1, :, 0], atol=1e-5)
    np.testing.assert_allclose(first, _exact(trainer), atol=0.02)
    focus = renderer.neuron_map(trainer, 1, 3)
    assert focus is not None and focus.image.shape == (RES, RES)
    calls = 0
    while renderer.pending and calls < 10_000:  # the weights rest: band by band to exact
        picture = renderer.heatmap(trainer, TINY)
        calls += 1
    assert calls > 1
    np.testing.assert_allclose(picture, _exact(trainer), rtol=1e-5, atol=1e-6)
    trainer.run_epoch()  # new weights: the base is redrawn (oldest bands first)
    moved = renderer.heatmap(trainer, TINY)
    assert renderer.pending and moved.shape == (RES, RES)
    assert np.isfinite(moved).all() and ((moved >= 0) & (moved <= 1)).all()


def test_while_training_a_costly_picture_is_its_base_smoothed_never_refined(trainer):
    renderer = Renderer(RES, 0)
    for _ in range(3):
        picture = renderer.heatmap(trainer, TINY, sharpen=False)
        trainer.run_epoch()
    base = renderer._base
    assert renderer.progressive and base.resolution == MIN_RESOLUTION
    assert renderer._fine is None  # no work spent on a picture the next epoch makes stale
    np.testing.assert_array_equal(picture, upsample(base.image(), RES)[:, :, 0])


def test_a_picture_drawn_in_bands_never_mixes_two_epochs(trainer, monkeypatch):
    import playground.training.rendering as rendering

    monkeypatch.setattr(rendering, "WHOLE_S", 0.0)  # the base in bands, a few per call
    renderer = Renderer(RES, 0)
    coords = grid_coords(MIN_RESOLUTION)
    seen = []  # each epoch's exact base picture
    pictures = []
    for _ in range(40):
        seen.append(trainer.predict(coords)[:, 0].reshape(MIN_RESOLUTION, -1, 1))
        pictures.append(renderer.heatmap(trainer, TINY, sharpen=False))
        trainer.run_epoch()
    assert renderer._base.predictor.bands > 3
    shown = set()
    for picture in pictures:  # each one is some single epoch's picture, whole
        match = [k for k, exact in enumerate(seen)
                 if np.allclose(picture, upsample(exact, RES)[:, :, 0], atol=2e-6)]
        assert match, "a picture mixes the weights of several epochs"
        shown.add(match[0])
    assert len(shown) > 1  # and it moved on as the rounds finished


def test_a_costly_pictures_base_is_as_fine_as_the_budget_allows(trainer):
    renderer = Renderer(RES, 0)
    renderer._speed[0] = 1e-9  # seconds per unit of work, as if measured
    per_point = 1e-9 * renderer._units(trainer)
    budget = 110**2 * per_point / HEATMAP_SHARE * 1.001  # a 110 x 110 picture fits, 120 not
    renderer.heatmap(trainer, budget, sharpen=False)
    assert renderer.progressive and renderer._base.resolution == 110


def test_snapshots_keep_to_their_share_and_pictures_to_theirs():
    maker, rate = SnapshotMaker(), 1 / 36
    assert maker.interval(rate, 0.001) == rate  # cheap: at the window's rate
    assert maker.picture_budget(True) == pytest.approx(PICTURE_SHARE * SNAPSHOT_SHARE * rate)
    assert maker.interval(rate, 0.01) == pytest.approx(0.01 / SNAPSHOT_SHARE)  # rarer
    # the budget stays reckoned at the window's rate: the picture coarsens first
    assert maker.picture_budget(True) == pytest.approx(PICTURE_SHARE * SNAPSHOT_SHARE * rate)
    slow = maker.interval(rate, 0.3)  # a big network's: one a second or so, a larger share
    assert slow == pytest.approx(0.3 / SLOW_SNAPSHOT_SHARE)
    assert maker.picture_budget(True) == pytest.approx(PICTURE_SHARE * SLOW_SNAPSHOT_SHARE * slow)


def test_a_picture_that_fits_the_budget_is_whole(trainer):
    renderer = Renderer(RES, 0)
    picture = renderer.heatmap(trainer, 10.0)
    assert not renderer.progressive and not renderer.pending
    np.testing.assert_allclose(picture, _exact(trainer), rtol=1e-5, atol=1e-6)


def test_neuron_pictures_wait_for_their_budget_and_are_copies(trainer):
    renderer = Renderer(RES, 6)
    first = renderer.neurons(trainer)
    trainer.run_epoch()
    later = renderer.neurons(trainer, TINY)  # no budget saved up: the last ones again
    assert renderer.pending
    for a, b in zip(first, later):
        np.testing.assert_array_equal(a, b)
        assert not np.shares_memory(a, b)
    fresh = renderer.neurons(trainer)
    assert any(not np.array_equal(a, b) for a, b in zip(first, fresh))


def test_upsample_keeps_linear_ramps_and_constants():
    r = np.arange(10, dtype=np.float32)
    ramp = np.broadcast_to(r[None, :, None], (10, 10, 1))
    up = upsample(np.ascontiguousarray(ramp), 20)[0, :, 0]
    centres = (np.arange(20) + 0.5) / 2 - 0.5  # fine pixel centres in coarse pixel units
    np.testing.assert_allclose(up, np.clip(centres, 0, 9), atol=1e-6)
    assert upsample(np.full((4, 4, 3), 0.25, np.float32), 9).shape == (9, 9, 3)
    assert (upsample(np.full((4, 4, 3), 0.25, np.float32), 9) == 0.25).all()


def test_a_paused_loop_sharpens_its_picture_then_idles(monkeypatch):
    import playground.training.snapshots as snapshots

    monkeypatch.setattr(snapshots, "IDLE_BUDGET_S", TINY)
    points = make_dataset("circle", n=200, noise=0.1, seed=0, train_ratio=0.5)
    loop = TrainingLoop(CONFIG, points, resolution=RES, clock=FakeClock())
    monkeypatch.setattr(loop._pictures, "_interval", TINY)  # playing: no budget either
    loop.send(Play())
    loop.poll()
    loop.send(Pause())
    snaps, polls = [], 0
    while polls < 10_000 and (loop._sharpening or polls == 0):
        polls += 1
        if (snap := loop.poll()) is not None:
            snaps.append(snap)
    assert polls > len(snaps)  # work in between: only a changed picture is sent
    assert len(snaps) > 1 and all(s.heatmap.shape == (RES, RES) for s in snaps)
    assert not any(np.array_equal(a.heatmap, b.heatmap) for a, b in zip(snaps, snaps[1:]))
    np.testing.assert_allclose(snaps[-1].heatmap, _exact(loop.trainer), rtol=1e-5, atol=1e-6)
    assert loop.poll(timeout=0.01) is None


def test_a_weight_gone_nan_is_caught_within_a_long_epoch(monkeypatch):
    points = make_dataset("circle", n=800, noise=0.1, seed=0, train_ratio=0.5)
    tr = Trainer(TrainConfig(batch_size=4, seed=0), points)  # 100 steps an epoch
    start = tr.model.params.copy()
    real, calls = tr.model.gradient, []

    def poisoned(*args):
        g = real(*args)
        calls.append(1)
        if len(calls) == 4:
            g[2] = np.nan
        return g

    monkeypatch.setattr(tr.model, "gradient", poisoned)
    with pytest.raises(Diverged, match="infinite or NaN"):
        tr.run_epoch()
    assert len(calls) == CHECK_EVERY  # the first check after the bad step, not the epoch's end
    np.testing.assert_array_equal(tr.model.params, start)


def test_a_young_runs_loss_curve_gets_rows_enough_while_evaluations_are_cheap():
    maker = SnapshotMaker()
    for _ in range(20):
        maker.evaluated(0.0003)  # 0.3 ms: by the time share alone, a row every 30 ms
    assert maker.eval_due(0.01, (0.0, 10), 11)  # early on: every epoch
    assert not maker.eval_due(0.01, (0.0, 1000), 1010)  # at epoch 1000: every 20 epochs
    assert maker.eval_due(0.01, (0.0, 1000), 1020)
    assert not maker.eval_due(0.001, (0.0, 10), 11)  # 200 rows a second at most
    assert maker.eval_due(1.0, (0.0, 1000), 1001)  # the time share's row
    for _ in range(20):
        maker.evaluated(0.07)  # a big network's costly evaluation: by the time share only
    assert not maker.eval_due(0.5, (0.0, 10), 11)


# --- the frame: pictures over the extent the window shows (issue 18) ----------------------------
WIDE = (-30.0, 34.0, -25.0, 35.0)


def test_the_heatmap_and_the_neurons_are_computed_over_the_frame(trainer):
    renderer = Renderer(RES, 8)
    renderer.heatmap(trainer)
    renderer.set_frame(ViewFrame(WIDE))
    np.testing.assert_allclose(renderer.heatmap(trainer),
                               trainer.predict(grid_coords(RES, WIDE))[:, 0].reshape(RES, RES),
                               rtol=1e-5, atol=1e-6)
    assert not np.allclose(renderer.heatmap(trainer), _exact(trainer), atol=1e-3)
    hidden = renderer.neurons(trainer)[0]
    coords = grid_coords(8, WIDE)
    first_unit = np.tanh(trainer.normalizer.apply(coords) @ trainer.model.weights[0][:, 0]
                         + trainer.model.biases[0][0])
    np.testing.assert_allclose(hidden[:, :, 0].ravel(), first_unit, rtol=1e-4, atol=1e-5)


def test_a_costly_picture_of_a_new_frame_is_never_the_old_frames(trainer):
    renderer = Renderer(RES, 0)
    renderer.heatmap(trainer, TINY)  # a base over the default box
    renderer.set_frame(ViewFrame(WIDE))
    picture = renderer.heatmap(trainer, TINY)
    base = trainer.predict(grid_coords(MIN_RESOLUTION, WIDE))[:, 0]
    np.testing.assert_allclose(picture, upsample(base.reshape(MIN_RESOLUTION, -1, 1), RES)[
        :, :, 0], rtol=1e-5, atol=1e-5)


def test_the_snapshot_says_which_frame_its_pictures_show():
    points = make_dataset("sine", n=40, noise=0.0, seed=1)
    loop = TrainingLoop(TrainConfig(task="regression", n_classes=0, features=("x1",),
                                    hidden_layers=(4,), activations=("tanh",), loss="mse"), points)
    assert loop.poll().frame == ViewFrame()  # the default box until the window asks
    frame = ViewFrame((-15.0, 25.0, -3.0, 3.0))
    loop.send(SetViews(ViewRequest(frame=frame)))
    loop.send(RequestSnapshot())
    snap = loop.poll()
    assert snap.frame == frame and len(snap.curve) == CURVE_SAMPLES
    x = np.linspace(-15.0, 25.0, CURVE_SAMPLES)  # the curve spans the frame's x range
    expected = loop.trainer.predict(np.column_stack([x, np.zeros_like(x)]))[:, 0]
    np.testing.assert_allclose(snap.curve, expected, rtol=1e-5, atol=1e-6)
