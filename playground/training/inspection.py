"""The numbers behind the inside views, computed on the loop's thread at a bounded rate.

``Inspector`` holds what the window asked for (``ViewRequest``) and builds the optional parts
of a snapshot: the ``Inspection`` (gradients, mean |delta|, per-layer diagnostics), the focused
neuron's map (a slice of the heatmap's own forward pass: free) and the ``HiddenSpace``. The
costly parts are computed at most ``INSPECT_HZ`` times a second while training, and once after
anything changes while paused, so diagnostics cost a bounded share of the training time.

The ``LinearRegions`` of a piecewise linear network (``engine.regions``) are traced on the
heatmap's grid (its frame and resolution) by ``RegionTracer``, on a float32 copy of the
network: about ``REGIONS_HZ`` times a second while training, less often when tracing takes
more than ``REGIONS_SHARE`` of the time, and once when paused and the weights changed. A
network whose trace at the heatmap's resolution would take more than ``REGIONS_MAX_S`` is
traced on a coarser grid (``MIN_REGIONS_RESOLUTION`` pixels a side at least), which the
snapshot states.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from playground.data.features import make_features
from playground.data.points import PointSet
from playground.data.view_frame import DEFAULT_FRAME, ViewFrame
from playground.engine.diagnostics import (
    dead_fraction,
    hidden_outputs,
    layer_norms,
    principal_axes,
    saturated_fraction,
)
from playground.engine.model import MLP
from playground.engine.regions import linear_regions, model_reason
from playground.training.protocol import (
    DIAGNOSTIC_COLUMNS,
    HiddenSpace,
    Inspection,
    LinearRegions,
    NeuronMap,
    ViewRequest,
)
from playground.training.rendering import Renderer, fitting_frame
from playground.training.trainer import Trainer

INSPECT_HZ = 10.0  # inspections and hidden-space pictures per second at most
GRID_LINES = 17  # lines of the input plane's grid in each direction
GRID_SAMPLES = 64  # points along each grid line
REGIONS_HZ = 2.0  # linear-region pictures per second at most while training ...
REGIONS_SHARE = 0.1  # ... and at most this share of the time
REGIONS_MAX_S = 0.15  # a trace estimated to cost more is made on a coarser grid ...
MIN_REGIONS_RESOLUTION = 50  # ... of this many pixels a side at least


def inspect(trainer: Trainer) -> Inspection:
    """Gradients, mean |delta| and per-layer diagnostics over the training points."""
    model, cfg, split = trainer.model, trainer.config, trainer.train_split
    n_layers = model.n_layers
    layers = np.full((n_layers, len(DIAGNOSTIC_COLUMNS)), np.nan)
    n = len(split)
    if n:
        with np.errstate(all="ignore"):
            grad = model.gradient(split.x_aug, split.t, trainer.loss, cfg.l1, cfg.l2).copy()
        outputs, deltas = model.last_pass(n)
        mean_delta = tuple(np.abs(d).mean(axis=0) for d in deltas)
        with np.errstate(all="ignore"):
            mean_grad_out = output_gradients(deltas, model.weights, cfg.skip)
    else:
        grad = np.zeros_like(model.params)
        outputs = hidden_outputs(model, np.zeros((0, model.layer_sizes[0])))
        mean_delta = tuple(np.zeros(s) for s in model.layer_sizes[1:])
        mean_grad_out = tuple(np.zeros(s) for s in model.layer_sizes[1:-1])
    g_blocks = model.blocks(grad)
    p_blocks = model.blocks(model.params)
    steps = model.blocks(model.params - trainer.before_last_step)
    layers[:, 0] = layer_norms(g_blocks)
    layers[:, 1] = layer_norms([b[:-1] for b in p_blocks])
    block_norms = layer_norms(p_blocks)
    with np.errstate(all="ignore"):
        layers[:, 2] = np.where(block_norms > 0, layer_norms(steps) / block_norms, 0.0)
    for h, (name, a) in enumerate(zip(model.activations[:-1], outputs)):
        layers[h, 3] = dead_fraction(name, a)
        layers[h, 4] = saturated_fraction(name, a)
    return Inspection(
        epoch=trainer.epoch,
        grad_weights=tuple(b[:-1].copy() for b in g_blocks),
        grad_biases=tuple(b[-1].copy() for b in g_blocks),
        mean_delta=tuple(d.astype(np.float64) for d in mean_delta),
        layers=layers,
        mean_grad_out=mean_grad_out,
    )


def output_gradients(deltas: list[np.ndarray], weights: list[np.ndarray],
                     skip: tuple[bool, ...]) -> tuple[np.ndarray, ...]:
    """Each hidden layer's mean |dLoss/da| per unit over the points, from every weight
    layer's ``delta = dLoss/dz`` ``(n, fan_out)``: ``a_h`` feeds the next weight layer
    (``delta_{h+1} @ W_{h+1}^T``) and, when the next hidden layer skips, reaches its output
    unchanged too (``+ dLoss/da_{h+1}``)."""
    n_hidden = len(weights) - 1
    out: list[np.ndarray] = [np.empty(0)] * n_hidden
    above: np.ndarray | None = None  # dLoss/da of the hidden layer above
    for h in range(n_hidden - 1, -1, -1):
        g = deltas[h + 1] @ weights[h + 1].T
        if above is not None and h + 1 < len(skip) and skip[h + 1]:
            g = g + above
        out[h] = np.abs(g).mean(axis=0).astype(np.float64)
        above = g
    return tuple(out)


def grid_lines(lines: int = GRID_LINES, samples: int = GRID_SAMPLES,
               frame: ViewFrame = DEFAULT_FRAME, n_inputs: int = 2) -> np.ndarray:
    """The input plane's grid: ``(2 * lines, samples, n_inputs)``, lines of constant x then of
    constant y, evenly spread over the frame's extent (ends included), in the plane of its two
    axis inputs; every other input at the frame's slice value."""
    x0, x1, y0, y1 = frame.extent
    ax, ay = frame.axes
    out = np.empty((2 * lines, samples, n_inputs))
    out[:] = frame.slice_values(n_inputs)
    out[:lines, :, ax] = np.linspace(x0, x1, lines)[:, None]
    out[:lines, :, ay] = np.linspace(y0, y1, samples)[None, :]
    out[lines:, :, ax] = np.linspace(x0, x1, samples)[None, :]
    out[lines:, :, ay] = np.linspace(y0, y1, lines)[:, None]
    return out


def hidden_space(trainer: Trainer, points: PointSet, points_version: int, layer: int,
                 units: tuple[int, int] | None,
                 frame: ViewFrame = DEFAULT_FRAME) -> HiddenSpace | None:
    """The points and the grid in hidden layer ``layer``'s space (see ``HiddenSpace``); None
    when the network has no such layer (or unit). The grid is the plane of ``frame``."""
    cfg, model = trainer.config, trainer.model
    if not 0 <= layer < len(cfg.hidden_layers):
        return None
    size = cfg.hidden_layers[layer]
    if units is not None and not all(0 <= u < size for u in units):
        return None
    d = trainer.normalizer.n_inputs
    lines = grid_lines(frame=fitting_frame(frame, d), n_inputs=d)
    coords = np.concatenate([points.coords, lines.reshape(-1, d)])
    x = make_features(coords, cfg.features, trainer.normalizer, model.dtype)
    a = hidden_outputs(model, x)[layer]
    n = len(points.coords)
    if units is not None:
        projected = a[:, list(units)]
        labels = (f"unit {units[0] + 1}", f"unit {units[1] + 1}")
    else:
        basis = a[:n] if n >= 2 else a[n:]
        mean, axes, explained = principal_axes(basis)
        with np.errstate(all="ignore"):
            projected = (a - mean) @ axes
        labels = (f"PC1 ({explained[0]:.0%})", f"PC2 ({explained[1]:.0%})")
    projected = np.nan_to_num(projected.astype(np.float32), nan=0.0, posinf=0.0, neginf=0.0)
    return HiddenSpace(
        layer=layer,
        units=units,
        points=projected[:n].copy(),
        points_version=points_version,
        grid=projected[n:].reshape(*lines.shape[:2], 2).copy(),
        axis_labels=labels,
    )


class RegionTracer:
    """Traces the linear regions of the trainer's network on the renderer's grid, on a
    float32 copy of the network (kept while the network is the same), and measures how long
    that takes on this machine (seconds per unit of work, as ``Renderer`` reckons them)."""

    def __init__(self) -> None:
        self._copy: tuple[tuple[object, ...], MLP] | None = None
        self._speed = 5e-10  # seconds per unit of work; measured from the first trace on
        self.cost = 0.0  # seconds the last trace took

    def resolution(self, trainer: Trainer, renderer: Renderer) -> int:
        """The grid's pixels a side: the heatmap's, or fewer when tracing it would take more
        than ``REGIONS_MAX_S``."""
        res = renderer.resolution
        per_point = self._speed * _units(trainer)
        if per_point * res * res <= REGIONS_MAX_S:
            return res
        fits = int(math.sqrt(REGIONS_MAX_S / per_point))
        return max(min(MIN_REGIONS_RESOLUTION, res), min(res, fits))

    def regions(self, trainer: Trainer, renderer: Renderer) -> LinearRegions:
        """The regions of the trainer's network over the renderer's frame, or the reason
        it has none."""
        frame = renderer.frame_for(trainer)
        model = trainer.model
        res = self.resolution(trainer, renderer)
        reason = model_reason(model)
        if reason is not None:
            return LinearRegions(None, 0, res, frame.extent, frame.axes, reason)
        started = time.perf_counter()
        copy = self._float32(model)
        coords = frame.grid(res, trainer.normalizer.n_inputs)
        x = make_features(coords, trainer.config.features, trainer.normalizer, np.float32)
        ids, count = linear_regions(copy, x)
        self.cost = time.perf_counter() - started
        if self.cost > 0:
            measured = self.cost / (_units(trainer) * res * res)
            self._speed = 0.5 * self._speed + 0.5 * measured
        return LinearRegions(ids.reshape(res, res), count, res, frame.extent, frame.axes)

    def _float32(self, model: MLP) -> MLP:
        ident = (id(model), model.layer_sizes, tuple(model.activations), model.options)
        if self._copy is None or self._copy[0] != ident:
            self._copy = (ident, MLP(model.layer_sizes, model.activations, np.float32,
                                     model.options))
        copy = self._copy[1]
        copy.take_state(model)
        return copy


def _units(trainer: Trainer) -> float:
    """Work per grid point in multiply-adds (a unit's activation and bits count as 100)."""
    sizes = trainer.config.layer_sizes
    return sum(a * b for a, b in zip(sizes[:-1], sizes[1:])) + 100 * sum(sizes[1:-1]) + 150


@dataclass(frozen=True)
class Parts:
    """The optional parts of one snapshot (None: not asked for, or not due)."""

    inspection: Inspection | None = None
    focus: NeuronMap | None = None
    hidden_space: HiddenSpace | None = None
    regions: LinearRegions | None = None


class Inspector:
    """What the window asked for, and when each costly part was last computed."""

    def __init__(self) -> None:
        self.views = ViewRequest()
        self._last = -math.inf
        self._stale = True  # something changed since the last inspection
        self.tracer = RegionTracer()
        self._regions_last = -math.inf  # when the regions were last traced ...
        self._regions_key: object = None  # ... and of what (network, weights, grid)
        self._edits = 0  # changes other than training (points, typed weights, views)

    def set_views(self, views: ViewRequest) -> None:
        self.views = views
        self._stale = True
        self._edits += 1

    def changed(self) -> None:
        """The network, its points or its weights changed: inspect again at the next chance."""
        self._stale = True
        self._edits += 1

    def parts(self, trainer: Trainer, points: PointSet, points_version: int,
              renderer: Renderer, now: float, busy: bool = True) -> Parts:
        """The snapshot's optional parts due now (call right after the heatmap is drawn;
        ``busy``: the network is training)."""
        views = self.views
        focus = None if views.focus is None else renderer.neuron_map(trainer, *views.focus)
        regions = self._regions(trainer, renderer, now, busy) if views.linear_regions else None
        wants = views.diagnostics or views.gradients or views.hidden_layer is not None
        if not wants or not (self._stale or now - self._last >= 1.0 / INSPECT_HZ):
            return Parts(focus=focus, regions=regions)
        self._last, self._stale = now, False
        inspection = inspect(trainer) if views.diagnostics or views.gradients else None
        space = None
        if views.hidden_layer is not None:
            space = hidden_space(trainer, points, points_version, views.hidden_layer,
                                 views.hidden_units, views.frame)
        return Parts(inspection, focus, space, regions)

    def _regions(self, trainer: Trainer, renderer: Renderer, now: float,
                 busy: bool) -> LinearRegions | None:
        """The linear regions when due: the weights, the network or the grid changed since
        the last trace, and, while training, its time has come (``REGIONS_HZ``, or rarer
        for a costly trace: ``REGIONS_SHARE``)."""
        key = (id(trainer.model), trainer.epoch, self._edits, renderer.frame_for(trainer),
               renderer.resolution)
        if key == self._regions_key:
            return None
        gap = max(1.0 / REGIONS_HZ, self.tracer.cost / REGIONS_SHARE)
        last = self._regions_key
        new_network = not isinstance(last, tuple) or last[0] != key[0]
        if busy and not new_network and now - self._regions_last < gap:
            return None
        self._regions_last, self._regions_key = now, key
        return self.tracer.regions(trainer, renderer)

