"""The multi-label task: one sigmoid per label, binary cross-entropy averaged or summed over the
labels, checked against PyTorch's ``BCEWithLogitsLoss`` (value and gradient w.r.t. the
logits)."""

import importlib
import importlib.util

import numpy as np
import pytest

from playground.engine.losses import (
    LOSSES,
    encode_targets,
    get_loss,
    head_for,
    losses_for,
    output_width,
)
from playground.errors import ConfigError


@pytest.fixture(scope="module")
def torch():
    if importlib.util.find_spec("torch") is None:
        pytest.skip("PyTorch is not installed")
    return importlib.import_module("torch")


def _batch(n=6, labels=4, seed=0):
    rng = np.random.default_rng(seed)
    z = rng.normal(0, 3, (n, labels))
    values = rng.integers(0, 2, (n, labels))
    return z, values, encode_targets(values, "multilabel", labels)


def test_one_sigmoid_output_per_label():
    head = head_for("multilabel", 4)
    assert output_width("multilabel", 4) == 4
    assert head != head_for("classification", 4)
    assert set(losses_for("multilabel")) >= {"cross_entropy", "cross_entropy_sum"}
    with pytest.raises(ConfigError, match="between 2"):
        head_for("multilabel", 1)


def test_targets_are_the_label_columns_as_they_are():
    _, values, t = _batch()
    np.testing.assert_array_equal(t, values.astype(float))


@pytest.mark.parametrize("name,reduction_over_labels", [("cross_entropy", "mean"),
                                                        ("cross_entropy_sum", "sum")])
def test_losses_and_gradients_agree_with_bce_with_logits(torch, name, reduction_over_labels):
    z, _, t = _batch()
    head = head_for("multilabel", z.shape[1])
    loss = get_loss(name, "multilabel", head)
    zt = torch.tensor(z, requires_grad=True)
    per = torch.nn.BCEWithLogitsLoss(reduction="none")(zt, torch.tensor(t))
    per_point = per.mean(dim=1) if reduction_over_labels == "mean" else per.sum(dim=1)
    want = per_point.mean()
    want.backward()
    assert loss.value(z, t, head) == pytest.approx(float(want.detach()), rel=1e-12)
    p, d = np.empty_like(z), np.empty_like(z)
    loss.delta(z, t, head, p, d)
    np.testing.assert_allclose(d, zt.grad.numpy(), rtol=1e-12, atol=1e-15)


def test_the_sum_is_the_mean_times_the_number_of_labels():
    z, _, t = _batch(labels=5)
    head = head_for("multilabel", 5)
    mean = LOSSES["cross_entropy"].value(z, t, head)
    assert LOSSES["cross_entropy_sum"].value(z, t, head) == pytest.approx(5 * mean)


def test_the_summed_loss_is_only_for_several_labels():
    with pytest.raises(ConfigError, match="does not fit"):
        get_loss("cross_entropy_sum", "classification")
