"""The engine's fast paths compute what the plain ones do: the banded ``Predictor``, targets
prepared for the training pass, blockwise optimizer updates, reusable optimizer state,
the float64 tanh by ``exp`` and the pictures' float32 tanh."""

import numpy as np
import pytest

import playground.engine.optimizers as optimizers
from playground.engine.activations import _tanh_by_exp, picture_tanh
from playground.engine.losses import (
    HEADS,
    LOSSES,
    delta_kernel,
    encode_targets,
    head_for,
    output_width,
)
from playground.engine.model import MLP, Predictor
from playground.engine.optimizers import OPTIMIZERS, make_optimizer


def _model(sizes, acts, seed=0):
    model = MLP(sizes, acts)
    model.initialize(np.random.default_rng(seed), "glorot_normal")
    model.params += 0.1
    return model


@pytest.mark.parametrize("keep_hidden", [True, False])
def test_predictor_in_bands_equals_one_band(keep_hidden):
    model = _model([2, 7, 5, 3], ["tanh", "elu", "softmax"])
    x = np.random.default_rng(1).normal(size=(103, 2))
    whole = Predictor(model, x)
    banded = Predictor(model, x, band=10, keep_hidden=keep_hidden)
    assert banded.bands == 11 and whole.bands == 1
    expected = whole.run()
    banded.run_bands(0, 5)
    banded.run_bands(5, banded.bands)
    np.testing.assert_allclose(banded.outputs(), expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(expected, model.forward(x), rtol=1e-5, atol=1e-6)
    if keep_hidden:
        for got, want in zip(banded.hidden_outputs, whole.hidden_outputs):
            np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(banded.unit_output(1, 3), whole.hidden_outputs[1][:, 3],
                                   rtol=1e-5, atol=1e-6)


PAIRS = [(task, k, name) for name, loss in LOSSES.items() for task in loss.tasks
         for k in {"classification": (2, 4), "multilabel": (2, 3)}.get(task, (0,))]


def _values(rng, task, k, n):
    if task == "multilabel":
        return rng.integers(0, 2, (n, k))
    return rng.integers(0, k, n) if task == "classification" else rng.normal(size=n)


@pytest.mark.parametrize("task,k,name", PAIRS)
def test_prepared_targets_give_the_same_gradient(task, k, name):
    sizes = [3, 5, output_width(task, k)]
    model = _model(sizes, ["tanh", head_for(task, k)])
    rng = np.random.default_rng(2)
    x = np.hstack([rng.normal(size=(9, 3)), np.ones((9, 1))])
    values = _values(rng, task, k, 9)
    t = encode_targets(values, task, k)
    loss = LOSSES[name]
    raw = model.gradient(x, t, loss).copy()
    prepared = model.gradient(x, model.prepare_targets(t, loss), loss, prepared=True)
    np.testing.assert_array_equal(prepared, raw)


KERNELS = [(name, head) for name, loss in LOSSES.items() for head in loss.kernels]


def test_fast_deltas_are_for_heads_their_loss_pairs_with():
    assert KERNELS  # cross-entropy and squared error have theirs
    for name, head in KERNELS:
        assert head in LOSSES[name].heads and head in HEADS


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("name,head", KERNELS)
def test_a_losses_fast_delta_is_its_delta(name, head, dtype):
    """The delta a loss's registry entry gives the hot loop (``Loss.kernels``) is the one
    its plain ``delta`` computes, for batches of several sizes (each has its own scale)."""
    loss = LOSSES[name]
    k = 4 if HEADS[head].per_class else 2
    task = HEADS[head].task
    width = HEADS[head].width(k)
    prepare, fast = delta_kernel(loss, head, np.dtype(dtype))
    rng = np.random.default_rng(5)
    for n in (1, 7, 30):
        z = rng.normal(0, 2, (n, width)).astype(dtype)
        values = _values(rng, task, k, n)
        t = encode_targets(values, task, k, dtype)
        want, p = np.empty_like(z), np.empty_like(z)
        loss.delta(z, t, head, p, want)
        s = t if prepare is None else prepare(t, np.empty_like(t))
        got = np.empty_like(z)
        fast(z, s, np.empty_like(z), got)
        tol = 1e-6 if dtype == np.float32 else 1e-13
        np.testing.assert_allclose(got, want, rtol=tol, atol=tol)
        assert got.dtype == dtype


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_blockwise_updates_equal_whole_vector_ones(name, monkeypatch):
    rng = np.random.default_rng(3)
    n = 50
    grads = [rng.normal(size=n) for _ in range(3)]
    results = []
    for chunk in (1 << 30, 7):
        monkeypatch.setattr(optimizers, "CHUNK", chunk)
        p = np.linspace(-1.0, 1.0, n)
        opt = make_optimizer(name, n, lr=0.05, weight_decay=0.01)
        for g in grads:
            opt.step(p, g.copy())
        results.append((p, opt.state()))
    np.testing.assert_array_equal(results[0][0], results[1][0])
    for key, value in results[0][1].items():
        np.testing.assert_array_equal(value, results[1][1][key])


@pytest.mark.parametrize("name", ["momentum", "adam"])
def test_state_into_reuses_its_arrays(name):
    opt = make_optimizer(name, 6, lr=0.1)
    opt.step(np.ones(6), np.arange(6.0))
    first = opt.state()
    kept = {k: v for k, v in first.items() if k != "t"}
    opt.step(np.ones(6), np.arange(6.0))
    second = opt.state(first)
    assert all(second[k] is kept[k] for k in kept)
    for key, arr in opt.state_arrays().items():
        np.testing.assert_array_equal(second[key], arr)
        assert not np.shares_memory(second[key], arr)
    assert int(second["t"]) == 2


def test_tanh_by_exp_is_within_an_ulp_or_two():
    z = np.concatenate([np.linspace(-40.0, 40.0, 200_001), [0.0, -0.0, 1e-300, 5e-324]])
    with np.errstate(all="raise", under="ignore"):
        got = _tanh_by_exp(z)
    assert np.abs(got - np.tanh(z)).max() <= 4.5e-16
    special = _tanh_by_exp(np.array([np.inf, -np.inf, np.nan] * 100))
    np.testing.assert_array_equal(special[:3], [1.0, -1.0, np.nan])
    small = np.linspace(-1.0, 1.0, 11)  # below the size where it pays: NumPy's own
    np.testing.assert_array_equal(_tanh_by_exp(small), np.tanh(small))


def test_the_pictures_tanh_is_within_a_few_units_of_1e_7():
    z = np.concatenate([np.linspace(-60.0, 60.0, 200_001), [0.0, -0.0, 1e-30, 3e38, -3e38]])
    z = z.astype(np.float32)
    with np.errstate(all="raise", under="ignore"):  # exp's overflow to inf is expected
        got = picture_tanh(z, np.empty_like(z))
    assert got.dtype == np.float32
    assert np.abs(got.astype(np.float64) - np.tanh(z.astype(np.float64))).max() <= 3e-7
    assert ((got >= -1) & (got <= 1)).all()
    special = picture_tanh(np.array([np.inf, -np.inf, np.nan], np.float32))
    np.testing.assert_array_equal(special, [1.0, -1.0, np.nan])


def test_a_float32_picture_agrees_with_the_float64_forward_pass():
    model = _model([2, 16, 16, 1], ["tanh", "tanh", "sigmoid"])
    x = np.random.default_rng(1).uniform(-6, 6, (5_000, 2))
    np.testing.assert_allclose(Predictor(model, x).run()[:, 0], model.forward(x)[:, 0],
                               atol=2e-6)
