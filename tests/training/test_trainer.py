"""The Trainer: determinism, batching, the divergence guard, live edits, metrics."""

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.data.features import Normalizer, make_features
from playground.data.points import PointSet
from playground.engine.losses import encode_targets, get_loss
from playground.engine.model import MLP
from playground.engine.optimizers import make_optimizer
from playground.errors import ConfigError
from playground.training.config import TrainConfig
from playground.training.trainer import CHECK_EVERY, Diverged, Trainer


@pytest.fixture(scope="module")
def circle():
    return make_dataset("circle", n=120, noise=0.1, seed=3, train_ratio=0.75)


@pytest.fixture(scope="module")
def plane():
    return make_dataset("plane", n=100, noise=0.1, seed=4, train_ratio=0.8)


REG = TrainConfig(task="regression", n_classes=0, loss="mse")


def _train(cfg, points, epochs):
    tr = Trainer(cfg, points)
    for _ in range(epochs):
        assert tr.run_epoch()
    return tr


# --- determinism ----------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_same_seed_gives_bit_identical_weights(circle, dtype, optimizer):
    cfg = TrainConfig(dtype=dtype, optimizer=optimizer, hidden_layers=(5, 3),
                      activations=("relu", "tanh"), seed=7)  # fmt: skip
    a = _train(cfg, circle, 15)
    b = _train(cfg, circle, 15)
    assert a.epoch == b.epoch == 15
    assert a.model.params.dtype == np.dtype(dtype)
    np.testing.assert_array_equal(a.model.params, b.model.params)
    for key, arr in a.optimizer.state().items():
        np.testing.assert_array_equal(arr, b.optimizer.state()[key])
    c = _train(cfg.replace(seed=8), circle, 15)
    assert not np.array_equal(a.model.params, c.model.params)


def test_reset_repeats_the_run(circle):
    tr = _train(TrainConfig(seed=2), circle, 5)
    first = tr.model.params.copy()
    tr.reset()
    assert tr.epoch == 0
    np.testing.assert_array_equal(
        tr.model.params, Trainer(TrainConfig(seed=2), circle).model.params
    )
    for _ in range(5):
        tr.run_epoch()
    np.testing.assert_array_equal(tr.model.params, first)


def test_float32_training_stays_float32(circle):
    tr = _train(TrainConfig(dtype="float32", optimizer="adam"), circle, 3)
    assert tr.model.params.dtype == np.float32 and tr.model.grad.dtype == np.float32
    assert all(a.dtype == np.float32 for a in tr.optimizer.state_arrays().values())
    assert tr.predict(np.zeros((3, 2))).dtype == np.float32


# --- learning -------------------------------------------------------------------------------
def test_training_lowers_the_loss_on_a_preset(circle):
    tr = Trainer(TrainConfig(), circle)
    before = tr.evaluate()
    assert before.epoch == 0
    for _ in range(200):
        tr.run_epoch()
    after = tr.evaluate()
    assert after.epoch == 200
    assert after.train_loss < 0.5 * before.train_loss
    assert after.test_loss < before.test_loss
    assert after.train_accuracy > 0.9 and after.test_accuracy > 0.85


def test_regression_lowers_the_loss(plane):
    tr = Trainer(REG.replace(learning_rate=0.01), plane)
    before = tr.evaluate()
    for _ in range(30):
        tr.run_epoch()
    after = tr.evaluate()
    assert after.train_loss < 0.2 * before.train_loss
    assert after.train_accuracy is None and after.confusion is None


# --- batching -------------------------------------------------------------------------------
def _manual(cfg, points, epochs, batch):
    """SGD over the training points in stored order, written against the engine directly."""
    coords, values = points.train()
    x = make_features(coords, cfg.features, Normalizer.fit(coords), ones_column=True)
    t = encode_targets(values, cfg.task, cfg.n_classes)
    model = MLP(cfg.layer_sizes, cfg.all_activations)
    model.initialize(np.random.default_rng([cfg.seed, 0]), cfg.init)
    opt = make_optimizer("sgd", model.params.size, lr=cfg.learning_rate)
    loss = get_loss(cfg.loss, cfg.task)
    for _ in range(epochs):
        for s in range(0, len(x), batch):
            opt.step(model.params, model.gradient(x[s : s + batch], t[s : s + batch], loss))
    return model.params


def test_shuffle_off_trains_in_point_order(circle):
    cfg = TrainConfig(shuffle=False, batch_size=16)
    tr = _train(cfg, circle, 3)
    np.testing.assert_array_equal(tr.model.params, _manual(cfg, circle, 3, 16))
    # and repeats exactly
    np.testing.assert_array_equal(_train(cfg, circle, 3).model.params, tr.model.params)
    # shuffling changes the mini-batches, so the result
    assert not np.allclose(_train(cfg.replace(shuffle=True), circle, 3).model.params,
                           tr.model.params)  # fmt: skip


def test_steps_per_epoch_follow_the_batch_size(circle):
    n = circle.n_train  # 90
    for batch, steps in [(10, 9), (16, 6), (None, 1), (n, 1), (10_000, 1), (1, n)]:
        tr = _train(TrainConfig(batch_size=batch), circle, 1)
        assert tr.optimizer.t == steps, batch


def test_full_batch_equals_batch_larger_than_n(circle):
    full = _train(TrainConfig(batch_size=None, shuffle=False), circle, 4)
    big = _train(TrainConfig(batch_size=5000, shuffle=False), circle, 4)
    np.testing.assert_array_equal(full.model.params, big.model.params)
    np.testing.assert_array_equal(
        full.model.params, _manual(full.config, circle, 4, circle.n_train)
    )
    # with one batch the order of the points does not matter (up to rounding)
    shuffled = _train(TrainConfig(batch_size=None, shuffle=True), circle, 4)
    np.testing.assert_allclose(shuffled.model.params, full.model.params, rtol=1e-9, atol=1e-12)


def test_schedule_sets_the_learning_rate_per_epoch(circle):
    cfg = TrainConfig(schedule="step", lr_step_size=2, lr_gamma=0.5, learning_rate=0.4)
    tr = Trainer(cfg, circle)
    seen = []
    for _ in range(5):
        seen.append(tr.current_lr())
        tr.run_epoch()
        assert tr.optimizer.lr == seen[-1]
    assert seen == pytest.approx([0.4, 0.4, 0.2, 0.2, 0.1])


# --- divergence guard -----------------------------------------------------------------------
def test_nan_gradient_mid_epoch_raises_and_restores_the_epochs_start(circle, monkeypatch):
    tr = _train(TrainConfig(optimizer="momentum"), circle, 3)
    start = tr.model.params.copy()
    real = tr.model.gradient
    calls = []

    def poisoned(*args):
        g = real(*args)
        calls.append(1)
        if len(calls) == 4:  # three good steps of this epoch are applied first
            g[5] = np.nan
        return g

    monkeypatch.setattr(tr.model, "gradient", poisoned)
    with pytest.raises(Diverged, match="learning rate") as info:
        tr.run_epoch()
    assert "infinite or NaN" in str(info.value) and tr.last_reason == str(info.value)
    # The weights are checked every CHECK_EVERY steps and at the epoch's end (a NaN gradient
    # leaves a NaN weight for good), not every step: this epoch of fewer steps ran to its end.
    assert len(calls) == -(-len(tr.train_split) // tr.config.batch_size) < CHECK_EVERY
    assert np.isfinite(tr.model.params).all()
    np.testing.assert_array_equal(tr.model.params, start)
    assert tr.epoch == 3
    assert tr.optimizer.t == 0  # the momentum that led there is dropped
    monkeypatch.undo()
    assert tr.run_epoch() and tr.epoch == 4  # the trainer is still usable


def test_huge_lr_regression_diverges_and_keeps_finite_weights(plane):
    tr = Trainer(REG.replace(learning_rate=10.0, activations=("relu", "relu"), seed=0), plane)
    last_good = tr.model.params.copy()
    with np.errstate(all="ignore"), pytest.raises(Diverged) as info:
        for _ in range(100):
            last_good = tr.model.params.copy()
            tr.run_epoch()
    assert "learning rate (now 10)" in str(info.value)
    assert np.isfinite(tr.model.params).all()
    np.testing.assert_array_equal(tr.model.params, last_good)
    assert tr.epoch < 100


def test_loss_explosion_is_caught_by_evaluate():
    spiral = make_dataset("spiral", n=200, seed=0, train_ratio=0.5)
    cfg = TrainConfig(learning_rate=10.0, optimizer="sgd", activations=("tanh", "tanh"), seed=0)
    tr = Trainer(cfg, spiral)
    start = tr.evaluate().train_loss
    good = tr.model.params.copy()
    with pytest.raises(Diverged) as info:
        for _ in range(20):
            tr.run_epoch()
            tr.evaluate()
            good = tr.model.params.copy()
    message = str(info.value)
    assert "training loss" in message and "learning rate" in message
    assert f"{start:.3g}" in message
    assert tr.epoch <= 20
    np.testing.assert_array_equal(tr.model.params, good)
    assert np.isfinite(tr.model.params).all()


def test_editing_points_is_not_divergence(plane):
    tr = Trainer(REG, plane)
    tr.evaluate()  # as the loop does at epoch 0: this is the reference loss
    for _ in range(5):
        tr.run_epoch()
    tr.evaluate()
    outliers = plane.add(np.array([[1.0, 1.0], [2.0, -1.0], [-3.0, 0.5]]), 20.0)
    tr.set_points(outliers)
    fresh_start = Trainer(REG, outliers).evaluate().train_loss
    loss = tr.evaluate().train_loss  # raises Diverged today
    assert loss <= fresh_start


# --- interruption ---------------------------------------------------------------------------
def test_interrupt_before_the_first_step_changes_nothing(circle):
    tr = _train(TrainConfig(), circle, 2)
    before = tr.model.params.copy()
    assert tr.run_epoch(lambda: True) is False
    assert tr.epoch == 2
    np.testing.assert_array_equal(tr.model.params, before)


def test_interrupted_epoch_does_not_change_the_outcome(circle):
    cfg = TrainConfig(optimizer="momentum")
    plain = _train(cfg, circle, 3)
    tr = _train(cfg, circle, 2)
    checks = iter([False, False, False, True])
    assert tr.run_epoch(lambda: next(checks)) is False
    assert tr.epoch == 2
    tr.run_epoch()
    np.testing.assert_array_equal(tr.model.params, plain.model.params)


# --- live edits -----------------------------------------------------------------------------
def test_set_points_keeps_weights_epoch_and_normaliser(circle):
    tr = _train(TrainConfig(), circle, 4)
    params, norm = tr.model.params.copy(), tr.normalizer
    more = circle.add(np.array([[5.0, 5.0], [-5.0, 5.0]]), [1, 1])
    tr.set_points(more)
    assert tr.epoch == 4 and tr.normalizer == norm
    np.testing.assert_array_equal(tr.model.params, params)
    assert tr.evaluate().confusion.sum() == more.n_test
    assert tr.run_epoch() and tr.epoch == 5


def test_set_points_at_epoch_zero_refits_the_normaliser(circle):
    tr = Trainer(TrainConfig(), circle)
    shifted = PointSet(circle.coords + 3.0, circle.values, circle.is_train, "classification", 2)
    tr.set_points(shifted)
    assert tr.normalizer == Normalizer.fit(shifted.train()[0])


def test_set_points_refuses_points_for_another_task(circle, plane):
    tr = Trainer(TrainConfig(), circle)
    with pytest.raises(ConfigError, match="points are for regression"):
        tr.set_points(plane)
    with pytest.raises(ConfigError, match="3 classes"):
        tr.set_points(circle.with_n_classes(3).add([0.0, 0.0], 2))


def test_set_config_live_change_keeps_epoch_weights_and_state(circle):
    tr = _train(TrainConfig(optimizer="momentum"), circle, 3)
    params, opt, v = tr.model.params.copy(), tr.optimizer, tr.optimizer.v.copy()
    assert tr.set_config(tr.config.replace(learning_rate=0.1, batch_size=None)) is False
    assert tr.epoch == 3 and tr.optimizer is opt and opt.lr == 0.1
    np.testing.assert_array_equal(tr.model.params, params)
    np.testing.assert_array_equal(opt.v, v)
    tr.run_epoch()
    assert tr.epoch == 4 and opt.t == 3 * 9 + 1  # 9 steps an epoch, then one full batch


def test_set_config_loss_and_optimizer_changes_apply(circle):
    tr = _train(TrainConfig(), circle, 2)
    assert tr.set_config(tr.config.replace(loss="mse", optimizer="adam")) is False
    assert tr.loss.name == "mse" and tr.optimizer.name == "adam" and tr.epoch == 2


@pytest.mark.parametrize(
    "changes",
    [
        {"hidden_layers": (6,), "activations": ("tanh",)},
        {"features": ("x1", "x2", "x1x2")},
        {"seed": 9},
        {"init": "he_uniform"},
    ],  # fmt: skip
)
def test_set_config_structural_change_resets(circle, changes):
    tr = _train(TrainConfig(), circle, 3)
    new = tr.config.replace(**changes)
    assert tr.set_config(new) is True
    assert tr.epoch == 0 and tr.config == new
    np.testing.assert_array_equal(tr.model.params, Trainer(new, circle).model.params)


def test_load_weights_continues_from_them(circle):
    src = _train(TrainConfig(), circle, 5)
    tr = Trainer(TrainConfig(), circle)
    tr.load_weights(src.model.weights, src.model.biases, epoch=5)
    assert tr.epoch == 5
    np.testing.assert_array_equal(tr.model.params, src.model.params)
    with pytest.raises(ConfigError):
        tr.load_weights(src.model.weights[:1], src.model.biases[:1])


# --- no points, metrics ---------------------------------------------------------------------
def test_no_training_points_is_a_config_error(circle):
    all_test = PointSet(circle.coords, circle.values, np.zeros(len(circle), bool),
                        "classification", 2)  # fmt: skip
    for points in (PointSet.empty("classification"), all_test):
        tr = Trainer(TrainConfig(), points)
        with pytest.raises(ConfigError, match="no training points"):
            tr.run_epoch()
        assert tr.epoch == 0
        assert np.isnan(tr.evaluate().train_loss)


def test_confusion_matrix_counts_the_test_points(circle):
    tr = _train(TrainConfig(), circle, 10)
    m = tr.evaluate()
    assert m.confusion.shape == (2, 2)
    assert m.confusion.sum() == circle.n_test == 30
    np.testing.assert_array_equal(m.confusion.sum(axis=1),
                                  np.bincount(circle.test()[1], minlength=2))  # fmt: skip
    assert np.trace(m.confusion) / circle.n_test == pytest.approx(m.test_accuracy)
    assert set(m.as_dict()) == {"epoch", "train_loss", "train_loss_running", "test_loss",
                                "train_accuracy", "test_accuracy"}  # fmt: skip


def test_confusion_for_k_classes_and_no_test_split():
    blobs = make_dataset("blobs", n=90, seed=1, n_classes=3)  # all training points
    tr = _train(TrainConfig(n_classes=3, learning_rate=0.1), blobs, 10)
    m = tr.evaluate()
    assert m.test_loss is None and m.test_accuracy is None
    assert m.confusion.shape == (3, 3) and m.confusion.sum() == 90
    assert np.trace(m.confusion) / 90 == pytest.approx(m.train_accuracy)
    assert m.train_accuracy > 0.9


def test_predict_returns_probabilities(circle):
    tr = _train(TrainConfig(), circle, 20)
    p = tr.predict(circle.coords)
    assert p.shape == (len(circle), 1) and ((p >= 0) & (p <= 1)).all()
    # predicted class agrees with the accuracy the trainer reports
    test_coords, test_labels = circle.test()
    acc = np.mean((tr.predict(test_coords)[:, 0] > 0.5) == test_labels)
    assert acc == pytest.approx(tr.evaluate().test_accuracy)


# --- the tutorials' initial weights and input scaling ---------------------------------------
def test_normal_init_draws_from_the_seed_with_the_configs_std(circle):
    cfg = TrainConfig(init="normal", init_std=0.01, init_bias="normal", seed=7)
    tr = Trainer(cfg, circle)
    rng = np.random.default_rng([7, 0])  # the trainer's initial-weights generator
    want = MLP(cfg.layer_sizes, cfg.all_activations)
    want.initialize(rng, "normal", std=0.01, bias="normal")
    np.testing.assert_array_equal(tr.model.params, want.params)
    assert all(np.abs(b).max() > 0 for b in tr.model.biases)
    tr.reset()
    np.testing.assert_array_equal(tr.model.params, want.params)


@pytest.mark.parametrize("spec,scale", [("none", None), ("scale:2", 2.0)])
def test_input_scaling_decides_the_normaliser_and_the_inputs(circle, spec, scale):
    tr = Trainer(TrainConfig(input_scaling=spec), circle)
    coords = circle.train()[0]
    want = coords if scale is None else scale * coords
    np.testing.assert_allclose(tr.normalizer.apply(coords), want)
    # and the inputs the network trains on are those, not z-scores
    np.testing.assert_allclose(tr.train_split.x[:, :2], want)


def test_input_scaling_is_kept_when_points_are_refitted_at_epoch_zero(circle):
    tr = Trainer(TrainConfig(input_scaling="standard:2"), circle)
    shifted = PointSet(circle.coords + 3.0, circle.values, circle.is_train, "classification", 2)
    tr.set_points(shifted)
    z = Normalizer.fit(shifted.train()[0]).apply(shifted.train()[0])
    np.testing.assert_allclose(tr.normalizer.apply(shifted.train()[0]), 2 * z)
