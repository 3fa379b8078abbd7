"""The hidden layers' options in the trainer and the config: dropout masks from the seed,
batch norm's running statistics kept with the weights (interrupted epochs, divergence,
loaded weights), live dropout, batch-size refusals, and ``TrainConfig``'s fields."""

import json

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.engine.layers import norms_equal
from playground.errors import ConfigError
from playground.training.config import TrainConfig
from playground.training.trainer import Diverged, Trainer


@pytest.fixture(scope="module")
def circle():
    return make_dataset("circle", n=120, noise=0.1, seed=3, train_ratio=0.75)  # 90 training


BASE = TrainConfig(hidden_layers=(6, 6, 6), activations=("tanh", "relu", "tanh"),
                   optimizer="momentum", learning_rate=0.05, batch_size=10)
ALL = BASE.replace(dropout=(0.2, 0.2, 0.2), norm=("batch", "batch", "batch"),
                   skip=(False, True, True))


def _train(cfg, points, epochs):
    tr = Trainer(cfg, points)
    for _ in range(epochs):
        assert tr.run_epoch()
    return tr


# --- reproducible dropout -------------------------------------------------------------------
@pytest.mark.parametrize("cfg", [BASE.replace(dropout=(0.3, 0.3, 0.3)), ALL],
                         ids=["dropout", "all"])
def test_the_same_seed_gives_the_same_masks_and_weights(circle, cfg):
    a, b = _train(cfg, circle, 4), _train(cfg, circle, 4)
    np.testing.assert_array_equal(a.model.params, b.model.params)
    assert norms_equal(a.model.norm_state(), b.model.norm_state())
    for m, n in zip(a.model.dropout_masks, b.model.dropout_masks):
        np.testing.assert_array_equal(m, n)
    c = _train(cfg.replace(seed=cfg.seed + 1), circle, 4)
    assert not np.array_equal(a.model.dropout_masks[0], c.model.dropout_masks[0])
    # dropout made a difference: the same network without it ends elsewhere
    d = _train(cfg.replace(dropout=()), circle, 4)
    assert not np.array_equal(a.model.params, d.model.params)


@pytest.mark.parametrize("cfg", [BASE.replace(dropout=(0.3, 0.0, 0.5)), ALL],
                         ids=["dropout", "all"])
def test_a_resumed_run_draws_the_masks_of_the_uninterrupted_one(circle, cfg):
    # plain SGD, no shuffling: nothing but the weights, the running statistics and the epoch
    # carries over, so the resumed run must end where the uninterrupted one does
    cfg = cfg.replace(optimizer="sgd", shuffle=False)
    whole = _train(cfg, circle, 5)
    first = _train(cfg, circle, 2)
    resumed = Trainer(cfg, circle)
    resumed.load_weights([w.copy() for w in first.model.weights],
                         [b.copy() for b in first.model.biases], epoch=2,
                         norms=first.model.norm_state())
    np.testing.assert_array_equal(resumed.model.params, first.model.params)  # gammas too
    for _ in range(3):
        assert resumed.run_epoch()
    assert resumed.epoch == 5
    for m, n in zip(whole.model.dropout_masks, resumed.model.dropout_masks):
        np.testing.assert_array_equal(m, n)
    np.testing.assert_array_equal(resumed.model.params, whole.model.params)
    assert norms_equal(resumed.model.norm_state(), whole.model.norm_state())


def test_an_interrupted_epoch_restores_the_running_statistics(circle):
    tr = _train(ALL, circle, 2)
    params, norms = tr.model.params.copy(), tr.model.norm_state()
    calls = []

    def interrupt():
        calls.append(1)
        return len(calls) > 4  # four steps moved the weights and the statistics

    assert not tr.run_epoch(interrupt=interrupt)
    assert tr.epoch == 2
    np.testing.assert_array_equal(tr.model.params, params)
    assert norms_equal(tr.model.norm_state(), norms)
    # and the epoch run again is the one an uninterrupted run trains (the same masks)
    assert tr.run_epoch()
    whole = _train(ALL, circle, 3)
    np.testing.assert_array_equal(tr.model.params, whole.model.params)
    assert norms_equal(tr.model.norm_state(), whole.model.norm_state())


def test_divergence_restores_the_running_statistics(circle, monkeypatch):
    tr = _train(ALL, circle, 2)
    params, norms = tr.model.params.copy(), tr.model.norm_state()
    real = tr.model.gradient
    calls = []

    def poisoned(*args, **kwargs):
        g = real(*args, **kwargs)
        calls.append(1)
        if len(calls) == 4:  # three good steps moved the running statistics
            g[3] = np.nan
        return g

    monkeypatch.setattr(tr.model, "gradient", poisoned)
    with pytest.raises(Diverged, match="learning rate"):
        tr.run_epoch()
    np.testing.assert_array_equal(tr.model.params, params)
    assert norms_equal(tr.model.norm_state(), norms)
    assert tr.epoch == 2


def test_an_exploded_loss_restores_the_last_good_running_statistics(circle):
    tr = _train(ALL.replace(optimizer="sgd", learning_rate=0.05), circle, 1)
    tr.evaluate()
    params, norms = tr.model.params.copy(), tr.model.norm_state()
    tr.model.params[: tr.model.params.size // 2] *= 1e6  # the next evaluation explodes
    tr.model.running_var[0][...] = 1e-12
    with pytest.raises(Diverged, match="training loss"), np.errstate(all="ignore"):
        tr.evaluate()
    np.testing.assert_array_equal(tr.model.params, params)
    assert norms_equal(tr.model.norm_state(), norms)


# --- batch sizes ----------------------------------------------------------------------------
def test_batch_size_one_with_batch_norm_is_refused_with_the_reason():
    with pytest.raises(ConfigError, match="batch norm needs at least 2 points per batch"):
        BASE.replace(batch_size=1, norm=("none", "batch", "none"))
    with pytest.raises(ConfigError, match="use a larger batch size, or layer norm"):
        BASE.replace(norm=("batch",) * 3).replace(batch_size=1)
    BASE.replace(batch_size=1, norm=("layer",) * 3, dropout=(0.5,) * 3)  # fine


def test_full_batch_of_one_training_point_is_refused_at_the_epoch():
    one = make_dataset("circle", n=2, noise=0.0, seed=1, train_ratio=0.5)
    tr = Trainer(BASE.replace(batch_size=None, norm=("batch",) * 3), one)
    assert len(tr.train_split) == 1
    params, norms = tr.model.params.copy(), tr.model.norm_state()
    with pytest.raises(ConfigError, match="at least 2 points per batch"):
        tr.run_epoch()
    assert tr.epoch == 0
    np.testing.assert_array_equal(tr.model.params, params)
    assert norms_equal(tr.model.norm_state(), norms)


def test_an_epochs_last_batch_of_one_point_trains_with_batch_norm():
    points = make_dataset("circle", n=44, noise=0.1, seed=3, train_ratio=0.75)
    tr = Trainer(BASE.replace(batch_size=8, norm=("batch",) * 3), points)
    assert len(tr.train_split) % 8 == 1
    for _ in range(3):
        assert tr.run_epoch()
    assert np.isfinite(tr.model.params).all()
    assert np.isfinite(tr.evaluate().train_loss_running)


# --- live dropout ---------------------------------------------------------------------------
def test_changing_dropout_is_live_and_keeps_the_weights(circle):
    tr = _train(BASE.replace(norm=("layer",) * 3), circle, 2)
    params = tr.model.params.copy()
    assert not tr.set_config(tr.config.replace(dropout=(0.5, 0.5, 0.0)))
    np.testing.assert_array_equal(tr.model.params, params)
    assert tr.model.options.dropout == (0.5, 0.5, 0.0) and tr.epoch == 2
    assert tr.run_epoch()
    assert tr.model.dropout_masks[0] is not None and tr.model.dropout_masks[2] is None
    # a plain network takes dropout on and off live too
    plain = _train(BASE, circle, 1)
    params = plain.model.params.copy()
    assert not plain.set_config(plain.config.replace(dropout=(0.2,) * 3))
    assert plain.model.extended
    np.testing.assert_array_equal(plain.model.params, params)
    assert plain.run_epoch()
    assert not plain.set_config(plain.config.replace(dropout=()))
    assert not plain.model.extended


@pytest.mark.parametrize("change", [dict(norm=("layer",) * 3), dict(skip=(False, True, False))])
def test_norm_and_skip_need_fresh_weights(circle, change):
    tr = _train(BASE, circle, 2)
    assert tr.set_config(tr.config.replace(**change))
    assert tr.epoch == 0 and tr.model.extended


def test_weights_that_do_not_fit_leave_the_network_as_it_was(circle):
    tr = _train(ALL, circle, 1)
    params, norms = tr.model.params.copy(), tr.model.norm_state()
    weights = [w * 2 for w in tr.model.weights]
    biases = [b + 1 for b in tr.model.biases]
    with pytest.raises(ConfigError, match="no scale, shift"):
        tr.load_weights(weights, biases, epoch=5)  # the normalisations missing
    np.testing.assert_array_equal(tr.model.params, params)
    assert norms_equal(tr.model.norm_state(), norms) and tr.epoch == 1


def test_predict_is_evaluation_mode(circle):
    tr = _train(ALL, circle, 2)
    coords = circle.train()[0][:7]
    np.testing.assert_array_equal(tr.predict(coords), tr.predict(coords))  # no dropout
    np.testing.assert_allclose(tr.predict(coords)[:3], tr.predict(coords[:3]), rtol=1e-12)


# --- the config -----------------------------------------------------------------------------
@pytest.mark.parametrize("change,message", [
    (dict(dropout=(0.95, 0.0, 0.0)), "dropout of hidden layer 1 must be a rate from 0 to 0.9"),
    (dict(dropout=(0.1, -0.1, 0.0)), "dropout of hidden layer 2"),
    (dict(dropout=(0.1, "x", 0.0)), "dropout of hidden layer 2"),
    (dict(norm=("batch", "group", "none")), "unknown normalisation 'group'"),
    (dict(norm=(["batch"], "none", "none")), "unknown normalisation"),
    (dict(skip=(True, False, False)), "the first hidden layer cannot skip"),
    (dict(hidden_layers=(6, 5, 6), skip=(False, True, False)),
     "hidden layer 2 cannot skip.*6 and 5 units"),
    (dict(dropout=(0.1, 0.1)), "dropout needs one value per hidden layer: 3 layers, 2 values"),
    (dict(norm=("layer",)), "norm needs one value per hidden layer"),
    (dict(skip=(False, True, True, True)), "skip needs one value per hidden layer"),
    (dict(skip=(False, "yes", False)), "true or false"),
    (dict(dropout="0.2"), "dropout must be a list"),
], ids=["high", "negative", "text", "norm", "unhashable", "first", "width", "dropout-len",
        "norm-len", "skip-len", "skip-text", "string"])
def test_config_refuses_bad_layer_options_with_a_message(change, message):
    with pytest.raises(ConfigError, match=message):
        TrainConfig(**{**BASE.to_dict(), **change})
    with pytest.raises(ConfigError, match=message):  # from JSON too
        TrainConfig.from_json(json.dumps({**BASE.to_dict(), **change}))


def test_off_in_every_layer_is_written_as_empty():
    cfg = BASE.replace(dropout=(0, 0.0, 0), norm=("none",) * 3, skip=(False,) * 3)
    assert (cfg.dropout, cfg.norm, cfg.skip) == ((), (), ())
    assert cfg == BASE and not cfg.layer_options.any
    mixed = BASE.replace(dropout=(0, 0.5, 0), norm=("none", "layer", "none"),
                         skip=(False, False, True))
    assert mixed.dropout == (0.0, 0.5, 0.0) and all(type(p) is float for p in mixed.dropout)
    assert mixed.norm == ("none", "layer", "none") and mixed.skip == (False, False, True)


def test_json_round_trip_and_old_configs():
    assert TrainConfig.from_json(ALL.to_json()) == ALL
    data = json.loads(ALL.to_json())
    assert data["dropout"] == [0.2, 0.2, 0.2] and data["norm"] == ["batch"] * 3
    assert data["skip"] == [False, True, True]
    old = BASE.to_dict()
    for key in ("dropout", "norm", "skip"):
        del old[key]
    cfg = TrainConfig.from_dict(old)
    assert cfg == BASE and (cfg.dropout, cfg.norm, cfg.skip) == ((), (), ())


def test_other_hidden_layers_fit_the_options():
    cfg = BASE.replace(hidden_layers=(6, 6), activations=("tanh", "tanh"),
                       dropout=(0.1, 0.3), norm=("layer", "batch"), skip=(False, True))
    more = cfg.replace(hidden_layers=(6, 6, 6), activations=("tanh",) * 3)
    assert more.dropout == (0.1, 0.3, 0.3) and more.norm == ("layer", "batch", "batch")
    assert more.skip == (False, True, True)
    fewer = cfg.replace(hidden_layers=(6,), activations=("tanh",))
    assert fewer.dropout == (0.1,) and fewer.norm == ("layer",) and fewer.skip == ()
    wider = cfg.replace(hidden_layers=(6, 8), activations=("tanh", "tanh"))
    assert wider.skip == () and wider.norm == ("layer", "batch")
    none = cfg.replace(hidden_layers=(), activations=())
    assert (none.dropout, none.norm, none.skip) == ((), (), ())
    given = cfg.replace(hidden_layers=(4, 4, 4), activations=("tanh",) * 3, dropout=())
    assert given.dropout == () and given.norm == ("layer", "batch", "batch")
    assert Trainer(more, make_dataset("circle", n=40, seed=1)).model.extended


def test_a_frozen_neuron_keeps_its_scale_and_shift_and_a_pruned_one_has_none(circle):
    cfg = ALL.replace(frozen=((1, 2),), pruned=((0, 4),))
    tr = Trainer(cfg, circle)
    w, b = tr.model.weights[1][:, 2].copy(), tr.model.biases[1][2]
    for _ in range(3):
        assert tr.run_epoch()
    m = tr.model
    np.testing.assert_array_equal(m.weights[1][:, 2], w)
    assert m.biases[1][2] == b
    assert m.gamma[1][2] == 1.0 and m.beta[1][2] == 0.0  # as they started
    assert m.gamma[0][4] == 0.0 and m.beta[0][4] == 0.0
    assert not np.all(m.gamma[1] == 1.0)  # the others learned
