"""The pictures of a network: its output over a grid (the heatmap), each hidden unit's, and
for a network of x1 alone its curve (the output over x).

``Renderer`` keeps one ``Predictor`` per picture (the grid's features are computed once per
network, normaliser and resolution). Asked without a budget (the CLI, replays, comparisons),
it draws every picture whole and exact. The training loop gives it a budget: seconds of
picture work per snapshot, of which the heatmap takes ``HEATMAP_SHARE``. A network whose
whole picture fits gets it whole and exact every time. A costlier one gets a *base* picture
on the finest grid that fits (never below ``MIN_RESOLUTION`` pixels a side), shown at the
full resolution by bilinear interpolation (smooth, never a blocky grid): made whole at every
call when it costs at most ``WHOLE_S`` (the snapshots then come less often), else in bands
over successive calls, a round of bands at a time: each round computes the whole grid with
the weights it started from, and only a finished round is shown, so a picture never mixes
two epochs' weights (the first base after a new network is made at once). Asked to
``sharpen`` (training paused), once the base shows the current weights a *fine* pass makes
the full-resolution picture exact, band by band, shown once whole. Neuron pictures of a
costly network are redrawn as their saved-up share of the budgets allows. So training is
never stalled by a picture, a big network's picture is never coarser than 100 x 100 nor
torn between epochs, and it sharpens when it rests.

The pictures are taken over the renderer's ``frame`` (``data.view_frame.ViewFrame``: the
window's visible extent, ``set_frame``; a new frame draws them afresh): its two axis inputs
vary over the picture, every other input of a network of more than two inputs holds the
frame's slice value. A network whose features do not read the vertical axis's input (x1
alone, on the default axes) has the same output on every row of the grid, so its heatmap is
one row, repeated. No threads, no clock of its own; the loop owns one and calls it from its
thread.
"""

from __future__ import annotations

import math
import time

import numpy as np

from playground.data.datasets import VIEW_BOX
from playground.data.features import feature, make_features, validate_features, x1_only
from playground.data.view_frame import DEFAULT_EXTENT, DEFAULT_FRAME, Extent, ViewFrame
from playground.engine.model import MLP, Predictor
from playground.training.protocol import NeuronMap
from playground.training.trainer import Trainer

MIN_RESOLUTION = 100  # pixels a side of a picture at least (the loop's resolution if less)
WHOLE_S = 0.02  # a base picture costing up to this is made whole in one call, even over budget
RESIZE = 1.25  # a base is rebuilt when the resolution fitting the budget moves this far from it
BAND_S = 0.001  # a band of a costly picture: about this much work, ...
MIN_BAND = 512  # ... and at least this many points (a product with fewer wastes the weights)
HEATMAP_SHARE = 0.7  # of a picture budget, the heatmap's; the rest saves up for the neurons'
NEURON_SHARE = 1.0 - HEATMAP_SHARE
CURVE_SAMPLES = 400  # points of a 1-D network's curve


def curve_x(samples: int = CURVE_SAMPLES,
            x_range: tuple[float, float] = VIEW_BOX) -> np.ndarray:
    """Where a curve is sampled: ``samples`` x values (float64) evenly spaced over
    ``x_range`` (a frame's, ``ViewFrame.x_range``; by default ``VIEW_BOX``), both ends
    included."""
    return np.linspace(x_range[0], x_range[1], samples)


def grid_coords(resolution: int, extent: Extent = DEFAULT_EXTENT,
                n_inputs: int = 2) -> np.ndarray:
    """Pixel centres of a ``resolution`` square grid over ``extent`` (x_min, x_max, y_min,
    y_max; by default ``VIEW_BOX`` on both axes): ``(res*res, n_inputs)``, x1 varying fastest
    (row-major image order), x2 by rows, any other input 0."""
    return ViewFrame(extent).grid(resolution, n_inputs)


def fitting_frame(frame: ViewFrame, n_inputs: int) -> ViewFrame:
    """``frame`` if it can be drawn for a network of ``n_inputs`` inputs; else its extent over
    x1 and x2, every other input at 0 (a frame made for other data, on its way out)."""
    if max(frame.axes) < n_inputs and len(frame.at) in (0, n_inputs):
        return frame
    return ViewFrame(frame.extent)


def _reads(features: tuple[str, ...], column: int) -> bool:
    """Whether any of ``features`` reads input ``column``."""
    return any(column in feature(name).inputs for name in validate_features(features))


def upsample(image: np.ndarray, resolution: int) -> np.ndarray:
    """A square picture ``(r, r, k)`` of pixel centres over an extent at ``resolution``
    pixels a side over the same extent, by bilinear interpolation between the nearest
    centres (float32)."""
    r = image.shape[0]
    if r == resolution:
        return image.copy()
    pos = np.clip((np.arange(resolution) + 0.5) * (r / resolution) - 0.5, 0, r - 1)
    low = np.minimum(pos.astype(np.int64), max(r - 2, 0))
    w = (pos - low).astype(np.float32)[:, None, None]
    high = np.minimum(low + 1, r - 1)
    rows = image[low] * (1 - w) + image[high] * w
    w = w.reshape(1, -1, 1)
    return (rows[:, low] * (1 - w) + rows[:, high] * w).astype(np.float32)


class _Pass:
    """A picture made in bands over several calls, a round at a time: a round computes every
    band with the weights it started from, and only a finished round is shown, so a picture
    never mixes the weights of two epochs (no seams between bands)."""

    def __init__(self, predictor: Predictor, resolution: int) -> None:
        self.predictor = predictor
        self.resolution = resolution
        self.round: object = None  # the weights (key) the round in progress computes
        self.next = 0  # that round's next band
        self.shown: object = None  # the weights (key) of the picture shown
        self._image: np.ndarray | None = None

    def advance(self, key: object, model: MLP, until: float, speed: list[float],
                units: float) -> bool:
        """Go on with the round in progress, or start one with ``model``'s weights (``key``)
        when the picture shown is older, until the clock passes ``until`` (at least one
        band); True when the picture shown is ``key``'s."""
        p = self.predictor
        while self.shown != key:
            if self.round is None:
                p.update(model)
                self.round, self.next = key, 0
            started = time.perf_counter()
            p.run_bands(self.next, self.next + 1)
            _calibrate(speed, time.perf_counter() - started, units * p.band)
            self.next += 1
            if self.next == p.bands:  # the round is whole: show it
                self._image = p.outputs().reshape(self.resolution, self.resolution, -1)
                self.shown, self.round = self.round, None
            if time.perf_counter() >= until:
                break
        return self.shown == key

    def image(self) -> np.ndarray:
        """The picture of the last finished round, ``(r, r, k)``."""
        assert self._image is not None, "no round has finished yet"
        return self._image


def _calibrate(speed: list[float], seconds: float, units: float) -> None:
    """Seconds per unit of work (``Renderer._units``), a running estimate for this machine."""
    if units > 0 and seconds > 0:
        speed[0] = 0.7 * speed[0] + 0.3 * seconds / units


class Renderer:
    """Heatmaps at ``resolution`` pixels a side and neuron pictures at ``neuron_resolution``
    (0: none) of whatever network the trainer holds."""

    def __init__(self, resolution: int, neuron_resolution: int) -> None:
        self.resolution = resolution
        self.neuron_resolution = neuron_resolution
        self._predictors: dict[str, tuple[tuple[object, ...], Predictor]] = {}
        self._speed = [1e-10]  # seconds per unit of work: see ``_units``
        self._edits = 0  # weights changed other than by training (typed values)
        self.frame: ViewFrame = DEFAULT_FRAME  # where the pictures are taken
        self.forget()

    def set_frame(self, frame: ViewFrame) -> None:
        """Take the pictures over ``frame`` from now on (a new frame draws them afresh)."""
        self.frame = frame

    def frame_for(self, trainer: Trainer) -> ViewFrame:
        """The frame the pictures of ``trainer``'s network are taken over (``fitting_frame``)."""
        return fitting_frame(self.frame, trainer.normalizer.n_inputs)

    def _one_row(self, trainer: Trainer) -> bool:
        """Every row of the picture alike: no feature reads the vertical axis's input."""
        return not _reads(trainer.config.features, self.frame_for(trainer).axes[1])

    def forget(self) -> None:
        """A new network: build the predictors again and draw its pictures afresh."""
        self._predictors.clear()
        self._base: _Pass | None = None
        self._base_ident: tuple[object, ...] = ()
        self._fine: _Pass | None = None
        self._neurons: tuple[tuple[object, int | None], tuple[np.ndarray, ...]] | None = None
        self._credit = 0.0  # seconds of budget saved up for the neuron pictures
        self.pending = False  # a picture is not yet exact for the current weights
        self.progressive = False  # the last heatmap was drawn over several calls

    def changed(self) -> None:
        """The weights changed between epochs (typed values): draw them again."""
        self._edits += 1

    def heatmap(self, trainer: Trainer, budget: float | None = None,
                sharpen: bool = True) -> np.ndarray:
        """The output over the grid at ``resolution``: ``(res, res)`` for one output,
        ``(res, res, K)`` for K class probabilities. ``budget``: seconds of picture work this
        call, of which the heatmap takes ``HEATMAP_SHARE``; None: whole and exact whatever it
        costs. ``sharpen``: the weights rest, so a costly picture is refined toward exact
        (``pending`` until it is); while training it is not (the weights move on)."""
        res = self.resolution
        self.pending = self.progressive = False
        if self._one_row(trainer):  # every row alike: compute one
            row = self._predictor(trainer, "row", res, self._grid(trainer, res)[:res]).run()
            out = np.tile(row, (res, 1))
        elif budget is None or self._cost(trainer, res) <= HEATMAP_SHARE * budget:
            self._base = self._fine = None
            started = time.perf_counter()
            out = self._predictor(trainer, "heatmap", res).run()
            _calibrate(self._speed, time.perf_counter() - started, self._units(trainer) * res**2)
        else:
            self.progressive = True
            out = self._progressive(trainer, HEATMAP_SHARE * budget, sharpen)
        return out.reshape(res, res) if out.shape[-1] == 1 else out.reshape(res, res, -1)

    def _progressive(self, trainer: Trainer, budget: float, sharpen: bool) -> np.ndarray:
        until = time.perf_counter() + budget
        key, res, units = self._key(trainer), self.resolution, self._units(trainer)
        model = trainer.model
        ident = (id(model), trainer.normalizer, trainer.config.features, self.frame_for(trainer))
        wanted = self._base_resolution(trainer, budget)
        base = self._base
        if (base is None or self._base_ident != ident
                or not wanted / RESIZE <= base.resolution <= wanted * RESIZE):
            self._base_ident = ident
            base = self._base = self._pass(trainer, "base", wanted,
                                           whole=self._cost(trainer, wanted) <= WHOLE_S)
            self._fine = None
            current = base.advance(key, model, math.inf, self._speed, units)  # the first: whole
        else:
            current = base.advance(key, model, until, self._speed, units)
        image = base.image()
        if base.resolution == res or not current or not sharpen:
            self.pending = not current or base.resolution != res
            return image if base.resolution == res else upsample(image, res)
        if self._fine is None:
            self._fine = self._pass(trainer, "fine", res, keep_hidden=False)
        self.pending = not self._fine.advance(key, model, until, self._speed, units)
        return upsample(image, res) if self.pending else self._fine.image().copy()

    def shown_pictures(self) -> tuple[object, ...]:
        """What the heatmap last shown was made of (the weights of its base and fine
        pictures): equal before and after a call, the call changed nothing on screen."""
        return tuple(None if p is None else (id(p), p.shown) for p in (self._base, self._fine))

    def _pass(self, trainer: Trainer, name: str, resolution: int,
              keep_hidden: bool = True, whole: bool = False) -> _Pass:
        band = resolution**2 if whole else max(
            MIN_BAND, int(BAND_S / (self._speed[0] * self._units(trainer))))
        predictor = self._predictor(trainer, name, resolution, band=band,
                                    keep_hidden=keep_hidden)
        return _Pass(predictor, resolution)

    def _cost(self, trainer: Trainer, resolution: int) -> float:
        """Estimated seconds for a whole picture at ``resolution`` on this machine."""
        return self._speed[0] * self._units(trainer) * resolution**2

    def _base_resolution(self, trainer: Trainer, budget: float) -> int:
        """The finest grid whose whole picture fits ``budget``, never below
        ``MIN_RESOLUTION`` (nor above ``resolution``)."""
        fits = int(math.sqrt(budget / (self._speed[0] * self._units(trainer))))
        return max(min(MIN_RESOLUTION, self.resolution), min(self.resolution, fits))

    @staticmethod
    def _units(trainer: Trainer) -> float:
        """Work per grid point, in multiply-adds: a hidden unit's activation counts as 100
        (tanh, say), and a point's overheads as 150."""
        sizes = trainer.config.layer_sizes
        return sum(a * b for a, b in zip(sizes[:-1], sizes[1:])) + 100 * sum(sizes[1:-1]) + 150

    def _key(self, trainer: Trainer) -> object:
        """What the pictures of the current weights are drawn with."""
        return (id(trainer.model), trainer.epoch, self._edits, self.frame.extent)

    def curve(self, trainer: Trainer) -> np.ndarray | None:
        """A network of x1 alone with one output: its output at ``curve_x()`` over the frame's
        x range, float32 ``(CURVE_SAMPLES,)``; None for any other network."""
        config = trainer.config
        if not x1_only(config.features) or config.layer_sizes[-1] != 1:
            return None
        frame = self.frame_for(trainer)
        x = curve_x(CURVE_SAMPLES, frame.x_range)
        coords = np.tile(frame.slice_values(trainer.normalizer.n_inputs), (len(x), 1))
        coords[:, frame.axes[0]] = x
        return self._predictor(trainer, "curve", len(x), coords).run()[:, 0]

    def neurons(self, trainer: Trainer, budget: float | None = None,
                units: int | None = None) -> tuple[np.ndarray, ...]:
        """One ``(r, r, k)`` picture per hidden layer (copies), of its first ``k`` units: all
        of them, or ``units`` at most; empty when disabled. With a ``budget`` (the
        snapshot's), a costly network's are redrawn when enough of the budgets
        (``NEURON_SHARE``) has been saved up, and the last ones given meanwhile."""
        r = self.neuron_resolution
        if r <= 0:
            return ()
        key, cached = (self._key(trainer), units), self._neurons
        if budget is not None and cached is not None and cached[0][1] == units:
            self._credit = min(self._credit + NEURON_SHARE * budget, 10 * budget + 1.0)
            cost = self._speed[0] * self._units(trainer) * r * r
            if cached[0] == key or cost > self._credit:
                self.pending |= cached[0] != key
                return tuple(a.copy() for a in cached[1])
            self._credit -= cost
        predictor = self._predictor(trainer, "neurons", r)
        predictor.run()
        pictures = tuple(a.reshape(r, r, -1)[:, :, :units].copy()
                         for a in predictor.hidden_outputs)
        self._neurons = (key, pictures)
        return tuple(a.copy() for a in pictures)

    def neuron_map(self, trainer: Trainer, layer: int, unit: int) -> NeuronMap | None:
        """Hidden neuron ``(layer, unit)``'s output over the last heatmap's grid, read off that
        picture's own forward pass (call after ``heatmap``: of a costly network, its base
        picture's, at the heatmap's resolution); None if there is no such neuron or no
        heatmap yet."""
        sizes = trainer.config.hidden_layers
        if not (0 <= layer < len(sizes) and 0 <= unit < sizes[layer]):
            return None
        one_row = self._one_row(trainer)
        name = "row" if one_row else "heatmap" if self._base is None else "base"
        cached = self._predictors.get(name)
        if cached is None:
            return None
        values = cached[1].unit_output(layer, unit)
        res = len(values) if one_row else math.isqrt(len(values))
        if one_row:
            image = np.tile(values, (res, 1))
        else:
            image = upsample(values.reshape(res, res, 1), self.resolution)[:, :, 0]
        finite = image[np.isfinite(image)]
        low = float(finite.min()) if finite.size else 0.0
        high = float(finite.max()) if finite.size else 0.0
        return NeuronMap(layer, unit, image.astype(np.float32), low, high)

    def _grid(self, trainer: Trainer, resolution: int) -> np.ndarray:
        return self.frame_for(trainer).grid(resolution, trainer.normalizer.n_inputs)

    def _predictor(self, trainer: Trainer, key: str, resolution: int,
                   coords: np.ndarray | None = None, band: int | None = None,
                   keep_hidden: bool = True) -> Predictor:
        """The predictor of picture ``key``: on the square grid of ``resolution`` over the
        frame or, given, on ``coords`` (``(n, D)``, the same for a key as long as
        ``resolution`` and the frame are)."""
        ident = (id(trainer.model), trainer.normalizer, trainer.config.features, resolution,
                 band, self.frame_for(trainer))
        cached = self._predictors.get(key)
        if cached is not None and cached[0] == ident:
            cached[1].update(trainer.model)
            return cached[1]
        if coords is None:
            coords = self._grid(trainer, resolution)
        x = make_features(coords, trainer.config.features, trainer.normalizer, np.float32)
        predictor = Predictor(trainer.model, x, band=band, keep_hidden=keep_hidden)
        self._predictors[key] = (ident, predictor)
        return predictor
