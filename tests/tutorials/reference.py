"""An independent NumPy network for the tutorial tests: plain NumPy written from the tutorials'
maths, nothing of Playground's engine (only the weights-file reader, to get arrays and the
input scaling a run used).

The network: ``z_l = a_{l-1} @ W_l + b_l`` with ``W_l`` of shape (fan_in, fan_out) (the weights
file's layout), a hidden activation after every layer but the last, and an output ``head``:

- ``sigmoid``: one unit per label, binary cross-entropy from the logit
  ``max(z, 0) - z t + log(1 + e^-|z|)``; for one label that is tutorial 000's and 002's loss.
  ``per_label="sum"`` adds the labels' losses (tutorial 001), ``"mean"`` averages them.
- ``softmax``: K units, ``logsumexp(z) - z_y`` (tutorial 003).
- ``linear``: one unit, squared error (tutorial 004).

Every loss is the mean over the points of a batch, so ``dL/dz`` carries a ``1/n`` (tutorial
000's ``(sigmoid(z) - t) / n``, 003's ``dZ2 /= num_examples``, 004's ``2 (o - y) / n``); the
L2 penalty is tutorial 003's: ``0.5 * l2 * sum(W^2)`` over the weights (not the biases), its
gradient ``l2 * W``. Plain gradient descent: ``p -= lr * dL/dp`` after every batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

Array = np.ndarray


def relu(z: Array) -> Array:
    return np.maximum(z, 0.0)


def sigmoid(z: Array) -> Array:
    """1 / (1 + e^-z), written through tanh so it never overflows."""
    return 0.5 * (1.0 + np.tanh(0.5 * z))


# activation and its derivative written from the activation's output a and input z
ACTIVATIONS = {
    "relu": (relu, lambda z, a: (z > 0).astype(z.dtype)),
    "sigmoid": (sigmoid, lambda z, a: a * (1.0 - a)),
    "tanh": (np.tanh, lambda z, a: 1.0 - a * a),
    "linear": (lambda z: z, lambda z, a: np.ones_like(z)),
}


@dataclass
class Net:
    weights: list[Array]
    biases: list[Array]
    activation: str  # of every hidden layer
    head: str  # sigmoid | softmax | linear
    per_label: str = "mean"  # sigmoid head with several labels: "sum" or "mean"
    activations: list[str] = field(default_factory=list)  # per hidden layer, overrides

    def copy(self) -> Net:
        return Net([w.copy() for w in self.weights], [b.copy() for b in self.biases],
                   self.activation, self.head, self.per_label, list(self.activations))

    def _act(self, layer: int) -> str:
        return self.activations[layer] if self.activations else self.activation

    def forward(self, x: Array) -> tuple[list[Array], list[Array]]:
        """Pre-activations z and activations a of every layer (a[0] is x); the last z are
        the logits."""
        zs, acts = [], [x]
        last = len(self.weights) - 1
        for i, (w, b) in enumerate(zip(self.weights, self.biases)):
            z = acts[-1] @ w + b
            zs.append(z)
            if i < last:
                acts.append(ACTIVATIONS[self._act(i)][0](z))
        return zs, acts

    def logits(self, x: Array) -> Array:
        return self.forward(x)[0][-1]

    def outputs(self, x: Array) -> Array:
        z = self.logits(x)
        if self.head == "sigmoid":
            return sigmoid(z)
        if self.head == "softmax":
            e = np.exp(z - z.max(axis=1, keepdims=True))
            return e / e.sum(axis=1, keepdims=True)
        return z

    # --- loss and its gradient w.r.t. the logits --------------------------------------------
    def loss(self, x: Array, t: Array) -> float:
        """The data loss (no penalty), mean over the points."""
        return self.loss_of(self.logits(x), t)

    def loss_of(self, z: Array, t: Array) -> float:
        """The data loss of logits ``z``."""
        if self.head == "sigmoid":
            per = np.maximum(z, 0.0) - z * t + np.log1p(np.exp(-np.abs(z)))
            per_point = per.sum(axis=1) if self.per_label == "sum" else per.mean(axis=1)
            return float(per_point.mean())
        if self.head == "softmax":
            m = z.max(axis=1, keepdims=True)
            lse = np.log(np.exp(z - m).sum(axis=1)) + m[:, 0]
            return float(np.mean(lse - (z * t).sum(axis=1)))
        return float(np.mean((z - t) ** 2))

    def _dz(self, z: Array, t: Array) -> Array:
        n = len(z)
        if self.head == "sigmoid":
            d = (sigmoid(z) - t) / n
            return d if self.per_label == "sum" else d / z.shape[1]
        if self.head == "softmax":
            e = np.exp(z - z.max(axis=1, keepdims=True))
            return (e / e.sum(axis=1, keepdims=True) - t) / n
        return 2.0 * (z - t) / (n * z.shape[1])

    def gradients(self, x: Array, t: Array, l2: float = 0.0) -> tuple[list[Array], list[Array]]:
        """Backpropagation by the chain rule, layer by layer from the logits."""
        return self._backprop(x, t, l2)[:2]

    def _backprop(self, x: Array, t: Array, l2: float) -> tuple[list[Array], list[Array], Array]:
        zs, acts = self.forward(x)
        d = self._dz(zs[-1], t)
        dws: list[Array] = [np.empty(0)] * len(self.weights)
        dbs: list[Array] = [np.empty(0)] * len(self.weights)
        for i in range(len(self.weights) - 1, -1, -1):
            dws[i] = acts[i].T @ d + l2 * self.weights[i]
            dbs[i] = d.sum(axis=0)
            if i:
                da = d @ self.weights[i].T
                d = da * ACTIVATIONS[self._act(i - 1)][1](zs[i - 1], acts[i])
        return dws, dbs, zs[-1]

    def step(self, x: Array, t: Array, lr: float, l2: float = 0.0) -> float:
        """One gradient-descent step on the batch; returns the batch's data loss before it."""
        dws, dbs, z = self._backprop(x, t, l2)
        for w, b, dw, db in zip(self.weights, self.biases, dws, dbs):
            w -= lr * dw
            b -= lr * db
        return self.loss_of(z, t)


def train(net: Net, x: Array, t: Array, lr: float, epochs: int, batch_size: int | None = None,
          l2: float = 0.0) -> list[float]:
    """Gradient descent over the points in their order, ``batch_size`` at a time (None: all);
    returns the data loss over all the points before training and after every epoch (what
    Playground's history holds)."""
    n = len(x)
    bs = n if batch_size is None else batch_size
    losses = [net.loss(x, t)]
    for _ in range(epochs):
        for start in range(0, n, bs):
            net.step(x[start:start + bs], t[start:start + bs], lr, l2)
        losses.append(net.loss(x, t))
    return losses


def train_full_batch(net: Net, x: Array, t: Array, lr: float, epochs: int,
                     l2: float = 0.0) -> list[float]:
    """``train`` with the whole set as one batch, the same numbers in half the passes: the
    loss after an epoch is the one the next epoch's forward pass computes anyway."""
    losses = [net.step(x, t, lr, l2) for _ in range(epochs)]
    losses.append(net.loss(x, t))
    return losses


def numerical_gradients(net: Net, x: Array, t: Array, l2: float = 0.0,
                        h: float = 1e-6) -> list[Array]:
    """Central differences of loss + penalty for every weight and bias (checks ``gradients``)."""
    def total() -> float:
        return net.loss(x, t) + 0.5 * l2 * sum(float(np.sum(w * w)) for w in net.weights)

    out = []
    for p in [*net.weights, *net.biases]:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            keep = p[idx]
            p[idx] = keep + h
            up = total()
            p[idx] = keep - h
            down = total()
            p[idx] = keep
            g[idx] = (up - down) / (2 * h)
        out.append(g)
    return out


# --- what a Playground weights file says -----------------------------------------------------
def one_hot(labels: Array, k: int) -> Array:
    t = np.zeros((len(labels), k))
    t[np.arange(len(labels)), labels] = 1.0
    return t


def targets(values: Array, head: str, n_classes: int) -> Array:
    """Labels, label columns or targets as the head's (n, outputs) targets."""
    values = np.asarray(values)
    if values.ndim == 2:  # several labels, one column each
        return values.astype(np.float64)
    if head == "softmax":
        return one_hot(values.astype(np.int64), n_classes)
    return values.astype(np.float64).reshape(-1, 1)


def scaled_inputs(meta: dict, coords: Array) -> Array:
    """The raw input columns as the network sees them: ``(x - input_mean) / input_std``, the
    normaliser the weights file records (it already holds what ``input_scaling`` asked for:
    mean 0 and std 1 for ``none``, std / K for ``standard:K``, std 1 / K for ``scale:K``).
    A 1-D model (features ``["x1"]``) takes the first column alone."""
    mean, std = np.asarray(meta["input_mean"], float), np.asarray(meta["input_std"], float)
    d = len(meta["features"])
    return (np.asarray(coords, float)[:, :d] - mean[:d]) / std[:d]


def net_from_weights(wf, per_label: str = "mean") -> Net:  # noqa: ANN001 - a WeightsFile
    """The network a weights file holds (float64 copies)."""
    meta = wf.meta
    acts = list(meta["activations"])
    if acts[-1] == "sigmoid_each":  # Playground's name for one sigmoid per label
        acts[-1] = "sigmoid"
    return Net([np.array(w, np.float64) for w in wf.weights],
               [np.array(b, np.float64) for b in wf.biases],
               acts[0] if len(acts) > 1 else "linear", acts[-1], per_label, acts[:-1])
