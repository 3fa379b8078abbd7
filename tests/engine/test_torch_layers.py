"""Dropout, layer and batch normalisation and skips against PyTorch in float64: the same
weights give the same evaluation outputs and the same training gradients (dropout with the
same masks), and N optimizer steps leave the same parameters and running statistics.

The PyTorch network is built here by hand from ``Linear``, ``BatchNorm1d`` / ``LayerNorm``,
the activation, dropout as a multiplication by ``mask / (1 - p)`` and the residual add."""

import numpy as np
import pytest

from playground.engine.layers import LayerOptions, skippable
from playground.engine.losses import encode_targets, get_loss, head_for, output_width
from playground.engine.model import MLP
from playground.engine.optimizers import make_optimizer

torch = pytest.importorskip("torch")
F = torch.nn.functional

TORCH_ACT = {"tanh": torch.tanh, "relu": torch.relu, "sigmoid": torch.sigmoid}


class Mirror(torch.nn.Module):
    """``model``'s network in PyTorch, with its weights, normalisations and options."""

    def __init__(self, model: MLP) -> None:
        super().__init__()
        self.model = model
        opts = model.options
        self.linears = torch.nn.ModuleList()
        self.norms = torch.nn.ModuleList()
        for i, (w, b) in enumerate(zip(model.weights, model.biases)):
            lin = torch.nn.Linear(*w.shape, dtype=torch.float64)
            with torch.no_grad():
                lin.weight.copy_(torch.from_numpy(w.T.copy()))
                lin.bias.copy_(torch.from_numpy(b.copy()))
            self.linears.append(lin)
            if i == model.n_layers - 1:
                break
            kind, units = opts.norm_of(i), w.shape[1]
            if kind == "batch":
                norm = torch.nn.BatchNorm1d(units, eps=1e-5, momentum=0.1, dtype=torch.float64)
                with torch.no_grad():
                    norm.running_mean.copy_(torch.from_numpy(model.running_mean[i].copy()))
                    norm.running_var.copy_(torch.from_numpy(model.running_var[i].copy()))
            elif kind == "layer":
                norm = torch.nn.LayerNorm(units, eps=1e-5, dtype=torch.float64)
            else:
                norm = torch.nn.Identity()
            if kind != "none":
                with torch.no_grad():
                    norm.weight.copy_(torch.from_numpy(model.gamma[i].copy()))
                    norm.bias.copy_(torch.from_numpy(model.beta[i].copy()))
            self.norms.append(norm)

    def forward(self, x, masks=None):
        opts, a = self.model.options, x
        for i in range(self.model.n_layers - 1):
            h = TORCH_ACT[self.model.activations[i]](self.norms[i](self.linears[i](a)))
            if self.training and masks is not None and masks[i] is not None:
                h = h * torch.from_numpy(masks[i]) / (1.0 - opts.rate(i))
            if opts.skips(i):
                h = h + a
            a = h
        return self.linears[-1](a)

    def flat(self) -> np.ndarray:
        """The parameters in ``MLP.params``' order: ``[W; b]`` blocks, then gamma, beta."""
        parts = []
        for lin in self.linears:
            parts += [lin.weight.detach().numpy().T.ravel(), lin.bias.detach().numpy()]
        for norm in self.norms:
            if not isinstance(norm, torch.nn.Identity):
                parts += [norm.weight.detach().numpy(), norm.bias.detach().numpy()]
        return np.concatenate(parts)

    def flat_grad(self) -> np.ndarray:
        parts = []
        for lin in self.linears:
            parts += [lin.weight.grad.numpy().T.ravel(), lin.bias.grad.numpy()]
        for norm in self.norms:
            if not isinstance(norm, torch.nn.Identity):
                parts += [norm.weight.grad.numpy(), norm.bias.grad.numpy()]
        return np.concatenate(parts)


def _torch_loss(z, values, task, k):
    if task == "regression":
        return F.mse_loss(z[:, 0], torch.from_numpy(values))
    if k == 2:
        return F.binary_cross_entropy_with_logits(z[:, 0], torch.from_numpy(values * 1.0))
    return F.cross_entropy(z, torch.from_numpy(values))


def _setup(hidden, acts, options, task, k, n=16, seed=0):
    rng = np.random.default_rng(seed)
    sizes = [2, *hidden, output_width(task, k)]
    model = MLP(sizes, [*acts, head_for(task, k)], np.float64, options)
    model.initialize(rng, "glorot_uniform")
    model.params += rng.normal(0, 0.2, model.params.size) * (1 - model.weight_mask)
    x = rng.normal(size=(n, 2))
    values = rng.integers(0, k, n) if task == "classification" else rng.normal(size=n)
    t = encode_targets(values, task, k)
    loss = get_loss("mse" if task == "regression" else "cross_entropy", task)
    return model, x, values, t, loss, rng


def _masks(model, n, rng):
    return [(rng.random((n, u)) >= model.options.rate(i)).astype(np.float64)
            if model.options.rate(i) else None
            for i, u in enumerate(model.layer_sizes[1:-1])]


def _options(hidden, dropout=False, norm="none", skip=False):
    n = len(hidden)
    return LayerOptions((0.25,) * n if dropout else (), (norm,) * n if norm != "none" else (),
                        skippable(hidden) if skip and any(skippable(hidden)) else ())


COMBOS = {
    "dropout": dict(dropout=True),
    "layer": dict(norm="layer"),
    "batch": dict(norm="batch"),
    "skip": dict(skip=True),
    "batch+skip": dict(norm="batch", skip=True),
    "layer+dropout": dict(norm="layer", dropout=True),
    "all-batch": dict(dropout=True, norm="batch", skip=True),
    "all-layer": dict(dropout=True, norm="layer", skip=True),
}
HEADS = [("classification", 2), ("classification", 3), ("regression", 0)]
ARCHS = [((5, 5), ("tanh", "relu")), ((4, 4, 4), ("relu", "sigmoid", "tanh"))]


def _aug(x):
    return np.hstack([x, np.ones((len(x), 1))])


@pytest.mark.parametrize("hidden,acts", ARCHS, ids=["two", "three"])
@pytest.mark.parametrize("task,k", HEADS, ids=["binary", "three", "regression"])
@pytest.mark.parametrize("combo", list(COMBOS))
def test_forward_and_gradient_match_pytorch(combo, task, k, hidden, acts):
    model, x, values, t, loss, rng = _setup(hidden, acts, _options(hidden, **COMBOS[combo]),
                                            task, k)
    # evaluation with trained-looking running statistics
    for i, rm in enumerate(model.running_mean):
        if rm is not None:
            rm[...] = rng.normal(0, 0.5, rm.size)
            model.running_var[i][...] = rng.uniform(0.3, 2.0, rm.size)
    mirror = Mirror(model)
    xt = torch.from_numpy(x)
    mirror.eval()
    with torch.no_grad():
        np.testing.assert_allclose(model.logits(x), mirror(xt).numpy(), rtol=1e-12, atol=1e-13)
    # training: batch statistics, the same dropout masks, the same gradient (with L2 on the
    # weights alone, as a penalty term in PyTorch)
    masks = _masks(model, len(x), rng)
    l2 = 0.01
    grad = model.gradient(_aug(x), t, loss, 0.0, l2, masks=masks).copy()
    mirror.train()
    z = mirror(xt, masks)
    penalty = 0.5 * l2 * sum((lin.weight ** 2).sum() for lin in mirror.linears)
    (_torch_loss(z, values, task, k) + penalty).backward()
    np.testing.assert_allclose(grad, mirror.flat_grad(), rtol=1e-10, atol=1e-13)


@pytest.mark.parametrize("optimizer", ["momentum", "adam"])
@pytest.mark.parametrize("combo", ["dropout", "layer", "batch", "all-batch", "all-layer"])
def test_twenty_steps_match_pytorch_optimizers(combo, optimizer):
    hidden, acts = (6, 6, 6), ("tanh", "relu", "tanh")
    task, k = "classification", 3
    model, x, values, t, loss, rng = _setup(hidden, acts, _options(hidden, **COMBOS[combo]),
                                            task, k, n=40)
    mirror = Mirror(model)
    lr, l2 = 0.05, 0.001
    weights = [lin.weight for lin in mirror.linears]
    others = [p for p in mirror.parameters() if all(p is not w for w in weights)]
    groups = [{"params": weights, "weight_decay": l2}, {"params": others, "weight_decay": 0.0}]
    if optimizer == "momentum":
        ours = make_optimizer("momentum", model.params.size, lr=lr, momentum=0.9)
        theirs = torch.optim.SGD(groups, lr=lr, momentum=0.9)
    else:
        ours = make_optimizer("adam", model.params.size, lr=lr)
        theirs = torch.optim.Adam(groups, lr=lr)
    mirror.train()
    for step in range(20):
        batch = slice(0, 40) if step % 2 else slice(8 * (step % 4), 8 * (step % 4) + 24)
        xb, vb, tb = x[batch], values[batch], t[batch]
        masks = _masks(model, len(xb), rng)
        g = model.gradient(_aug(xb), tb, loss, 0.0, l2, step=True, masks=masks)
        ours.step(model.params, g)
        theirs.zero_grad()
        _torch_loss(mirror(torch.from_numpy(xb), masks), vb, task, k).backward()
        theirs.step()
    # a bias under batch norm has a gradient of 0 but for rounding (the batch's mean takes
    # it away), which Adam divides by its eps: those differ by rounding over eps, ~1e-9
    loose = np.zeros(model.params.size, bool)
    for i, block in enumerate(model.blocks(loose)):
        if i < model.n_layers - 1 and model.options.norm_of(i) == "batch":
            block[-1] = True
    theirs_flat = mirror.flat()
    np.testing.assert_allclose(model.params[~loose], theirs_flat[~loose], rtol=1e-9,
                               atol=1e-11)
    np.testing.assert_allclose(model.params[loose], theirs_flat[loose], atol=1e-7)
    for i, norm in enumerate(mirror.norms):
        if isinstance(norm, torch.nn.BatchNorm1d):
            # the mean follows the bias above (its rounding, under Adam)
            np.testing.assert_allclose(model.running_mean[i], norm.running_mean.numpy(),
                                       rtol=1e-10, atol=1e-7 if optimizer == "adam" else 1e-12)
            np.testing.assert_allclose(model.running_var[i], norm.running_var.numpy(),
                                       rtol=1e-10, atol=1e-12)
    mirror.eval()
    with torch.no_grad():
        np.testing.assert_allclose(model.logits(x), mirror(torch.from_numpy(x)).numpy(),
                                   rtol=1e-9, atol=1e-7 if loose.any() else 1e-11)
