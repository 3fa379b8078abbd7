"""The loss over a plane through the weights: directions, the surface, the path projected on it.

A plane through the flat parameter vector ``centre`` (``MLP.params``) is spanned by two
directions ``d1``, ``d2`` of the same layout; the point ``(a, b)`` of the plane is
``centre + a*d1 + b*d2``. Two ways to choose the directions:

- ``filter_normalized_directions``: random Gaussian directions rescaled filter by filter to
  the size of the current weights (Li et al., "Visualizing the Loss Landscape of Neural
  Nets", 2018). A filter of a dense layer is one output unit's incoming weights, a column of
  its block; so a step of 1 along the direction moves every unit by as much as its weights
  already measure, whatever the layer's scale. Biases get no component, as in the paper's
  code (``biases=True`` treats each unit's bias as part of its filter instead). A
  normalised hidden layer's scale and shift (``gamma``, ``beta``, after the dense blocks in
  the flat vector) are treated as the biases are: no component, or with ``biases=True`` each
  unit's pair rescaled to its own size.
- ``trajectory_directions``: the first two principal directions of the weights visited so far
  (PCA of the trajectory), the plane the optimizer moved in the most.

``surface`` evaluates a loss on a grid of that plane; ``batch_loss`` is the loss of a network
for many parameter vectors at once (one batched forward pass per chunk of vectors), and
``project`` gives the least-squares coordinates of weights on the plane (the optimizer's path).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from playground.engine.activations import ACTIVATIONS
from playground.engine.losses import Loss
from playground.engine.model import MLP
from playground.errors import PlaygroundError

Array = np.ndarray
LossFn = Callable[[Array], Array]  # (B, P) parameter vectors -> (B,) losses
# activations of one chunk of ``batch_loss`` stay under this many numbers (~32 MB in float64)
CHUNK_ELEMENTS = 4_000_000


class LandscapeError(PlaygroundError):
    """The plane cannot be built (e.g. a trajectory that does not move)."""


def _blocks_of(model_or_blocks: MLP | Sequence[Array]) -> list[Array]:
    if isinstance(model_or_blocks, MLP):
        return model_or_blocks.blocks(model_or_blocks.params)
    return [np.asarray(b) for b in model_or_blocks]


def filter_normalized_direction(
    model_or_blocks: MLP | Sequence[Array], rng: np.random.Generator, biases: bool = False
) -> Array:
    """One random direction, flat like the parameters, each filter scaled to its weights.

    ``model_or_blocks``: a network (its current ``params``) or its per-layer
    ``(fan_in + 1, fan_out)`` blocks (last row the biases). Column ``j`` of a block's weight
    rows gets a Gaussian direction rescaled to the norm of the weights' column ``j`` (a unit
    whose weights are all zero, e.g. a pruned one, gets none); the bias row is 0, or with
    ``biases=True`` part of the column that is rescaled.
    """
    parts = []
    for block in _blocks_of(model_or_blocks):
        block = np.asarray(block, np.float64)
        d = rng.standard_normal(block.shape)
        rows = slice(None) if biases else slice(0, -1)
        if not biases:
            d[-1] = 0.0
        target = np.linalg.norm(block[rows], axis=0)
        norm = np.linalg.norm(d[rows], axis=0)
        scale = np.divide(target, norm, out=np.zeros_like(target), where=norm > 0)
        d[rows] *= scale
        parts.append(d.ravel())
    if isinstance(model_or_blocks, MLP):  # the normalisations' gammas and betas
        for gamma, beta in zip(model_or_blocks.gamma, model_or_blocks.beta):
            if gamma is None or beta is None:
                continue
            pair = np.stack([gamma, beta]).astype(np.float64)  # (2, units): a unit a column
            d = rng.standard_normal(pair.shape)
            if biases:
                target, norm = np.linalg.norm(pair, axis=0), np.linalg.norm(d, axis=0)
                d *= np.divide(target, norm, out=np.zeros_like(target), where=norm > 0)
            else:
                d[...] = 0.0
            parts.extend([d[0], d[1]])
    return np.concatenate(parts) if parts else np.zeros(0)


def filter_normalized_directions(
    model_or_blocks: MLP | Sequence[Array], rng: np.random.Generator, biases: bool = False
) -> tuple[Array, Array]:
    """Two independent ``filter_normalized_direction``s (float64, flat like the parameters)."""
    return (filter_normalized_direction(model_or_blocks, rng, biases),
            filter_normalized_direction(model_or_blocks, rng, biases))


def trajectory_directions(trajectory: Array, centre: Array) -> tuple[Array, Array, Array]:
    """The first two principal directions of a trajectory of weights, and their share.

    ``trajectory``: ``(m, P)`` flat parameter vectors in order (m >= 2). The offsets from
    ``centre`` are centred on their mean and decomposed (SVD); returns unit vectors ``d1``,
    ``d2`` (orthogonal, float64) and ``explained`` ``(2,)``: the fraction of the trajectory's
    variance along each. Signs are chosen so the trajectory starts at negative coordinates.
    ``LandscapeError`` when the weights never moved.
    """
    traj = np.asarray(trajectory, np.float64)
    centre = np.asarray(centre, np.float64)
    if traj.ndim != 2 or traj.shape[1] != centre.size or len(traj) < 2:
        raise LandscapeError(f"a trajectory needs at least 2 parameter vectors of "
                             f"{centre.size} values (got shape {traj.shape})")
    offsets = traj - centre
    offsets -= offsets.mean(axis=0)
    _u, s, vt = np.linalg.svd(offsets, full_matrices=False)
    total = float(np.sum(s * s))
    if not np.isfinite(total) or total == 0.0:
        raise LandscapeError("the weights did not move along the trajectory")
    d = np.zeros((2, centre.size))
    k = min(2, len(vt))
    d[:k] = vt[:k]
    if k < 2:  # one parameter: the plane degenerates to a line
        d[1] = 0.0
    start = traj[0] - centre
    for row in d:
        if float(row @ start) > 0:
            row *= -1.0
    explained = np.zeros(2)
    explained[:k] = s[:k] ** 2 / total
    return d[0], d[1], explained


def project(trajectory: Array, centre: Array, d1: Array, d2: Array) -> Array:
    """``(m, 2)`` coordinates ``(a, b)`` of each row of ``trajectory`` on the plane: the
    least-squares solution of ``centre + a*d1 + b*d2 ≈ row`` (exact for points on the plane;
    the minimum-norm one when the directions are dependent or zero)."""
    traj = np.atleast_2d(np.asarray(trajectory, np.float64))
    basis = np.stack([np.asarray(d1, np.float64), np.asarray(d2, np.float64)], axis=1)
    offsets = (traj - np.asarray(centre, np.float64)).T
    coords, *_ = np.linalg.lstsq(basis, offsets, rcond=None)
    return np.ascontiguousarray(coords.T)


def surface(
    loss_fn: LossFn,
    centre: Array,
    d1: Array,
    d2: Array,
    alphas: Array,
    betas: Array,
    *,
    centre_loss: float | None = None,
    on_row: Callable[[int, int], None] | None = None,
) -> Array:
    """The loss at ``centre + a*d1 + b*d2`` for every ``a`` in ``alphas`` and ``b`` in
    ``betas``: ``grid[i, j]`` at ``(alphas[i], betas[j])``, shape ``(len(alphas),
    len(betas))``, float64 (NaN or inf where the network overflows).

    ``loss_fn`` takes a stack of parameter vectors ``(B, P)`` (see ``batch_loss``); it is
    called once per row of the grid. ``centre_loss``, when given, is written into the cells
    where ``a = b = 0``: the caller's own evaluation of the centre (the trainer's), so the
    map's centre is that number bit for bit whatever rounding a batched pass does.
    ``on_row(done, total)`` is called after each row.
    """
    alphas = np.asarray(alphas, np.float64)
    betas = np.asarray(betas, np.float64)
    c, u, v = (np.asarray(x, np.float64) for x in (centre, d1, d2))
    grid = np.empty((len(alphas), len(betas)))
    for i, a in enumerate(alphas):
        row = (c + a * u) + betas[:, None] * v  # (len(betas), P)
        grid[i] = loss_fn(row)
        if on_row is not None:
            on_row(i + 1, len(alphas))
    if centre_loss is not None:
        grid[np.ix_(alphas == 0.0, betas == 0.0)] = centre_loss
    return grid


def batch_loss(
    model: MLP, x: Array, t: Array, loss: Loss, dtype: type | None = np.float32
) -> LossFn:
    """The mean data loss (no penalty) of ``model``'s architecture on ``x``, ``t`` (encoded
    targets) for a stack of parameter vectors ``(B, P)`` -> ``(B,)`` float64.

    Parameter vectors are evaluated together in chunks (one ``matmul`` per layer over the
    chunk), in ``dtype``: float32 by default (a picture does not need more, and float32
    ``tanh`` is several times faster), None for ``model.dtype``. ``model``'s own parameters
    are not touched. A network with dropout, normalisations or skips is evaluated as it
    predicts (evaluation mode: no dropout, batch norm's running statistics as ``model`` has
    them, fixed), one parameter vector at a time on a copy."""
    dtype = model.dtype if dtype is None else np.dtype(dtype).type
    if model.extended:
        return _extended_loss(model, x, t, loss, dtype)
    x = np.ascontiguousarray(x, dtype=dtype)
    t = np.asarray(t, dtype)
    hidden = [ACTIVATIONS[a].forward for a in model.activations[:-1]]
    shapes = [(model.layer_sizes[i] + 1, model.layer_sizes[i + 1])
              for i in range(len(model.layer_sizes) - 1)]
    bounds = np.cumsum([0] + [r * c for r, c in shapes])
    width = max(model.layer_sizes)
    chunk = max(1, CHUNK_ELEMENTS // max(1, len(x) * width))
    head, value = model.head, loss.value

    def evaluate(params: Array) -> Array:
        params = np.atleast_2d(np.asarray(params, dtype))
        out = np.empty(len(params))
        if len(x) == 0:
            out.fill(np.nan)
            return out
        with np.errstate(all="ignore"):
            for s in range(0, len(params), chunk):
                p = params[s : s + chunk]
                a = x
                z = x
                for layer, (r, c) in enumerate(shapes):
                    block = p[:, bounds[layer] : bounds[layer + 1]].reshape(len(p), r, c)
                    z = np.matmul(a, block[:, :-1])
                    z += block[:, -1][:, None, :]
                    if layer < len(hidden):
                        a = hidden[layer](z, None)
                for k in range(len(p)):
                    out[s + k] = value(z[k], t, head)
        return out

    return evaluate


def _extended_loss(model: MLP, x: Array, t: Array, loss: Loss, dtype: type) -> LossFn:
    """``batch_loss`` of a network with options: its evaluation pass per vector."""
    copy = MLP(model.layer_sizes, model.activations, dtype, model.options)
    copy.set_norm_state(model.norm_state())  # the running statistics stay as they are
    x = np.ascontiguousarray(x, dtype=dtype)
    t = np.asarray(t, dtype)

    def evaluate(params: Array) -> Array:
        params = np.atleast_2d(np.asarray(params, dtype))
        out = np.empty(len(params))
        if len(x) == 0:
            out.fill(np.nan)
            return out
        with np.errstate(all="ignore"):
            for k, p in enumerate(params):
                copy.params[...] = p
                out[k] = loss.value(copy.logits(x), t, copy.head)
        return out

    return evaluate
