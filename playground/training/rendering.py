"""The pictures of a network: its output over a grid (the heatmap), each hidden unit's, and
for a network of x1 alone its curve (the output over x).

``Renderer`` keeps one ``Predictor`` per picture (the grid's features are computed once per
network, normaliser and resolution) and fits the heatmap's resolution to the network's size:
a network too big to draw at full resolution 30 times a second gets a coarser picture rather
than stalled training. A network of x1 alone has the same output on every row of the grid, so
its heatmap is one row, repeated. No threads, no clock of its own; the loop owns one and calls
it from its thread.
"""

from __future__ import annotations

import math
import time

import numpy as np

from playground.data.datasets import VIEW_BOX
from playground.data.features import make_features, x1_only
from playground.engine.model import Predictor
from playground.training.protocol import NeuronMap
from playground.training.trainer import Trainer

HEATMAP_BUDGET_S = 0.02  # a bigger network gets a coarser heatmap rather than a stalled one
MIN_RESOLUTION = 32
CURVE_SAMPLES = 400  # points of a 1-D network's curve


def curve_x(samples: int = CURVE_SAMPLES) -> np.ndarray:
    """Where a curve is sampled: ``samples`` x values (float64) evenly spaced over
    ``VIEW_BOX``, both ends included."""
    return np.linspace(*VIEW_BOX, samples)


def grid_coords(resolution: int) -> np.ndarray:
    """Pixel centres of a ``resolution`` square grid over ``VIEW_BOX``: ``(res*res, 2)``,
    x varying fastest (row-major image order)."""
    lo, hi = VIEW_BOX
    step = (hi - lo) / resolution
    axis = lo + step * (np.arange(resolution) + 0.5)
    xs, ys = np.meshgrid(axis, axis)
    return np.column_stack([xs.ravel(), ys.ravel()])


class Renderer:
    """Heatmaps at up to ``resolution`` pixels a side and neuron pictures at
    ``neuron_resolution`` (0: none) of whatever network the trainer holds."""

    def __init__(self, resolution: int, neuron_resolution: int) -> None:
        self.resolution = resolution
        self.neuron_resolution = neuron_resolution
        self._heatmap_resolution = 0  # 0: estimate it from the network's size
        self._predictors: dict[str, tuple[tuple[object, ...], Predictor]] = {}

    def forget(self) -> None:
        """A new network: build the predictors again and measure its picture's cost afresh."""
        self._heatmap_resolution = 0
        self._predictors.clear()

    def heatmap(self, trainer: Trainer) -> np.ndarray:
        """The output over the grid, at ``resolution`` unless the network is so big that
        the picture would stall training (then coarser: see ``_fit_resolution``).
        ``(res, res)`` for one output, ``(res, res, K)`` for K class probabilities."""
        if x1_only(trainer.config.features):  # every row alike: compute one
            res = self.resolution
            row = self._predictor(trainer, "row", res, grid_coords(res)[:res]).run()
            out = np.tile(row, (res, 1))
        else:
            res = self._heatmap_resolution or self._estimate_resolution(trainer)
            started = time.perf_counter()
            out = self._predictor(trainer, "heatmap", res).run()
            self._heatmap_resolution = self._fit_resolution(res, time.perf_counter() - started)
        return out.reshape(res, res) if out.shape[1] == 1 else out.reshape(res, res, -1)

    def curve(self, trainer: Trainer) -> np.ndarray | None:
        """A network of x1 alone with one output: its output at ``curve_x()``, float32
        ``(CURVE_SAMPLES,)``; None for any other network."""
        config = trainer.config
        if not x1_only(config.features) or config.layer_sizes[-1] != 1:
            return None
        x = curve_x()
        coords = np.column_stack([x, np.zeros_like(x)])
        return self._predictor(trainer, "curve", len(x), coords).run()[:, 0]

    def neurons(self, trainer: Trainer) -> tuple[np.ndarray, ...]:
        """One ``(r, r, units)`` picture per hidden layer (copies); empty when disabled."""
        r = self.neuron_resolution
        if r <= 0:
            return ()
        predictor = self._predictor(trainer, "neurons", r)
        predictor.run()
        return tuple(a.reshape(r, r, -1).copy() for a in predictor.hidden_outputs)

    def neuron_map(self, trainer: Trainer, layer: int, unit: int) -> NeuronMap | None:
        """Hidden neuron ``(layer, unit)``'s output over the last heatmap's grid, read off that
        picture's own forward pass (call after ``heatmap``); None if there is no such neuron
        or no heatmap yet."""
        sizes = trainer.config.hidden_layers
        if not (0 <= layer < len(sizes) and 0 <= unit < sizes[layer]):
            return None
        one_row = x1_only(trainer.config.features)
        cached = self._predictors.get("row" if one_row else "heatmap")
        if cached is None:
            return None
        predictor = cached[1]
        values = predictor.hidden_outputs[layer][:, unit]
        res = len(values) if one_row else math.isqrt(len(values))
        image = np.tile(values, (res, 1)) if one_row else values.reshape(res, res).copy()
        finite = image[np.isfinite(image)]
        low = float(finite.min()) if finite.size else 0.0
        high = float(finite.max()) if finite.size else 0.0
        return NeuronMap(layer, unit, image.astype(np.float32), low, high)

    def _predictor(self, trainer: Trainer, key: str, resolution: int,
                   coords: np.ndarray | None = None) -> Predictor:
        """The predictor of picture ``key``: on the square grid of ``resolution`` or, given,
        on ``coords`` (``(n, 2)``, the same for a key as long as ``resolution`` is)."""
        ident = (id(trainer.model), trainer.normalizer, trainer.config.features, resolution)
        cached = self._predictors.get(key)
        if cached is not None and cached[0] == ident:
            cached[1].update(trainer.model)
            return cached[1]
        if coords is None:
            coords = grid_coords(resolution)
        x = make_features(coords, trainer.config.features, trainer.normalizer, np.float32)
        predictor = Predictor(trainer.model, x)
        self._predictors[key] = (ident, predictor)
        return predictor

    def _estimate_resolution(self, trainer: Trainer) -> int:
        """A first guess before anything was timed: about 0.1 ns per multiply-add and 3 ns
        per hidden unit and point (one core, float32), within ``HEATMAP_BUDGET_S``."""
        sizes = trainer.config.layer_sizes
        macs = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
        per_point = macs * 1e-10 + sum(sizes[1:-1]) * 3e-9 + 1e-8
        return self._clamp_resolution(math.sqrt(HEATMAP_BUDGET_S / per_point))

    def _fit_resolution(self, res: int, seconds: float) -> int:
        """Scale the resolution so the next heatmap takes about ``HEATMAP_BUDGET_S``; change
        it only when off by more than 30%, so the picture does not flicker in sharpness."""
        ideal = res * math.sqrt(HEATMAP_BUDGET_S / max(seconds, 1e-6))
        if res < self.resolution and ideal > 1.3 * res or ideal < res / 1.3:
            return self._clamp_resolution(ideal)
        return res

    def _clamp_resolution(self, res: float) -> int:
        return int(max(min(MIN_RESOLUTION, self.resolution), min(self.resolution, res)))
