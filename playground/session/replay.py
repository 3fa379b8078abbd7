"""The replay history of a run: the output grid, the neuron pictures and the weights every
``every`` epochs, in a bounded amount of memory.

Frames are offered as training goes (each drawn snapshot in the window; every due epoch in
``playground train --session``); one is kept when at least ``every`` epochs passed since the
last. When the frames would pass the memory cap or ``MAX_FRAMES``, every other frame is
dropped and ``every`` doubles, so a run of any length fits and stays evenly sampled: the
frames never hold more than the cap (a frame larger than the whole cap is not kept), which is
what bounds the replay a session file holds (``stored_bytes_bound``). Pictures
are kept as float16 (the heatmap's colours do not need more); weights exactly as trained, so
"continue from here" starts from exactly those numbers. A frame keeps the neuron pictures its
snapshot carried: in the window those of the units the network diagram draws (the first 16 of
a layer, ``ViewRequest.neuron_units``), in a headless run every unit's. The diagram shows the
first units of either, so a session saved with every unit's pictures still replays alike.
Each frame records the extent its pictures were taken over (the view the window showed, or
the data's fitted extent in a headless run); a frame of an older session, which did not
record it, shows the fixed box ``VIEW_BOX``. A network with normalised hidden layers keeps
their state in each frame too (``Frame.norms``: the scales and shifts are parameters, in
``params()`` after the dense blocks as the engine packs them; batch norm's running
statistics are stored beside them), so a replayed frame draws and continues exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.data.features import Normalizer
from playground.data.view_frame import DEFAULT_EXTENT, Extent, ViewFrame
from playground.engine.layers import Norms, NormState
from playground.engine.neurons import param_count
from playground.training.rendering import Renderer
from playground.training.trainer import Metrics, Trainer

REPLAY_CAP_BYTES = 64 * 2**20  # memory for a whole run's replay
MAX_FRAMES = 400  # frames at most, whatever their size (a scrubber and a GIF stay usable)
HEADLESS_RESOLUTION = 100  # heatmap pixels a side in a replay made by ``playground train``
# What a session stores for each frame beside its arrays: epoch, loss, picture shape, extent
FRAME_RECORD_BYTES = 8 + 8 + 3 * 8 + 4 * 8


@dataclass(frozen=True, eq=False)
class Frame:
    """One moment of a run."""

    epoch: int
    train_loss: float
    heatmap: np.ndarray  # float16, as the snapshot's heatmap
    neurons: tuple[np.ndarray, ...]  # float16, as the snapshot's neuron pictures
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    curve: np.ndarray | None = None  # float16, a 1-D network's curve (``Snapshot.curve``)
    extent: Extent = DEFAULT_EXTENT  # what the pictures cover (``Snapshot.frame.extent``)
    # the normalised hidden layers' state (``Snapshot.norms``; () for a plain network)
    norms: Norms = ()

    @property
    def nbytes(self) -> int:
        arrays = (self.heatmap, *self.neurons, *self.weights, *self.biases,
                  *(() if self.curve is None else (self.curve,)), *_norm_arrays(self.norms))
        return sum(a.nbytes for a in arrays)

    def params(self) -> np.ndarray:
        """The parameters as one flat vector in the engine's pack order (W0, b0, W1, b1,
        ..., then each normalised layer's gamma and beta)."""
        dense = [np.vstack([w, b[None]]).ravel() for w, b in zip(self.weights, self.biases)]
        scales = [a for s in self.norms if s is not None for a in (s.gamma, s.beta)]
        return np.concatenate(dense + scales)

    def running(self) -> np.ndarray:
        """Batch norm's running means and variances, layer by layer (empty without)."""
        parts = [a for s in self.norms if s is not None
                 for a in (s.running_mean, s.running_var) if a is not None]
        return np.concatenate(parts) if parts else np.zeros(0)


def _norm_arrays(norms: Norms) -> list[np.ndarray]:
    return [a for s in norms if s is not None
            for a in (s.gamma, s.beta, s.running_mean, s.running_var) if a is not None]


class ReplayHistory:
    """The frames of the current run (cleared when training starts from new weights)."""

    def __init__(self, cap_bytes: int = REPLAY_CAP_BYTES, max_frames: int = MAX_FRAMES) -> None:
        self.cap_bytes = cap_bytes
        self.max_frames = max_frames
        self.frames: list[Frame] = []
        self.every = 1
        self.normalizer: Normalizer | None = None  # the run's input normaliser
        self._bytes = 0

    def __len__(self) -> int:
        return len(self.frames)

    @property
    def nbytes(self) -> int:
        return self._bytes

    def copy(self) -> ReplayHistory:
        """Another history of the same frames (frames are never changed, so they are shared):
        what one of them records or drops from now on leaves the other as it is."""
        other = ReplayHistory(self.cap_bytes, self.max_frames)
        other.frames = list(self.frames)
        other.every, other.normalizer, other._bytes = self.every, self.normalizer, self._bytes
        return other

    def clear(self) -> None:
        self.frames.clear()
        self.every = 1
        self.normalizer = None
        self._bytes = 0

    def due(self, epoch: int) -> bool:
        """Whether a frame at ``epoch`` would be kept."""
        return not self.frames or epoch >= self.frames[-1].epoch + self.every or (
            epoch < self.frames[-1].epoch)

    def offer(self, frame: Frame, normalizer: Normalizer | None = None) -> bool:
        """Keep ``frame`` if it is due; True if kept. A frame from an earlier epoch than the
        last (the run went back) first drops the frames after it. A frame larger than the
        whole cap is never kept."""
        if frame.nbytes > self.cap_bytes:
            return False
        went_back = bool(self.frames) and frame.epoch < self.frames[-1].epoch
        if went_back:
            self.truncate(frame.epoch - 1)
        elif not self.due(frame.epoch):
            return False
        if normalizer is not None:
            self.normalizer = normalizer
        self.frames.append(frame)
        self._bytes += frame.nbytes
        while len(self.frames) > 1 and (self._bytes > self.cap_bytes
                                        or len(self.frames) > self.max_frames):
            if len(self.frames) > 2:
                self._thin()
            else:  # two frames too large for the cap together: the latest stays
                self._bytes -= self.frames.pop(0).nbytes
        return True

    def _thin(self) -> None:
        """Drop every other frame (the first and the latest stay) and double ``every``."""
        last = self.frames[-1]
        kept = self.frames[:-1][::2]
        if kept[-1] is not last:
            kept.append(last)
        self.frames = kept
        self._bytes = sum(f.nbytes for f in kept)
        self.every *= 2

    def truncate(self, epoch: int) -> None:
        """Keep only the frames up to ``epoch`` (the run continues from there)."""
        self.frames = [f for f in self.frames if f.epoch <= epoch]
        self._bytes = sum(f.nbytes for f in self.frames)

    def trajectory(self) -> tuple[np.ndarray, np.ndarray]:
        """``(epochs (m,), params (m, P))``: the weights' path through the run."""
        if not self.frames:
            return np.empty(0, np.int64), np.empty((0, 0))
        return (np.array([f.epoch for f in self.frames]),
                np.stack([f.params() for f in self.frames]))


def frame_of(epoch: int, train_loss: float, heatmap: np.ndarray | None,
             neurons: tuple[np.ndarray, ...], weights: tuple[np.ndarray, ...],
             biases: tuple[np.ndarray, ...], curve: np.ndarray | None = None,
             extent: Extent = DEFAULT_EXTENT, norms: Norms = ()) -> Frame:
    """A frame of copies (pictures in float16), its pictures taken over ``extent``."""
    picture = np.zeros((0, 0), np.float16) if heatmap is None else heatmap.astype(np.float16)
    return Frame(int(epoch), float(train_loss), picture,
                 tuple(n.astype(np.float16) for n in neurons),
                 tuple(np.array(w) for w in weights), tuple(np.array(b) for b in biases),
                 None if curve is None else curve.astype(np.float16),
                 ViewFrame(extent).extent,
                 tuple(None if n is None else n.copy() for n in norms))


class Filmer:
    """Records the replay of a headless run (``playground train --session``): a frame of the
    trainer whenever one is due, its pictures drawn by a ``Renderer`` at ``resolution`` over
    ``extent`` (the data's, ``view_frame.data_extent``; by default the fixed box)."""

    def __init__(self, on: bool = True, epochs: int = 0, resolution: int = HEADLESS_RESOLUTION,
                 neuron_resolution: int = 24, extent: Extent = DEFAULT_EXTENT) -> None:
        self.replay: ReplayHistory | None = ReplayHistory() if on else None
        if self.replay is not None:  # the run's length is known: half the frames, evenly
            self.replay.every = max(1, epochs // (self.replay.max_frames // 2))
        self._renderer = Renderer(resolution, neuron_resolution)
        self._renderer.set_frame(ViewFrame(extent))

    def __call__(self, trainer: Trainer, metrics: Metrics) -> None:
        replay = self.replay
        if replay is None or not replay.due(trainer.epoch):
            return
        r, model = self._renderer, trainer.model
        replay.offer(frame_of(trainer.epoch, metrics.train_loss, r.heatmap(trainer),
                              r.neurons(trainer), tuple(model.weights), tuple(model.biases),
                              r.curve(trainer), r.frame.extent, model.norm_state()),
                     trainer.normalizer)


# --- in a session file ------------------------------------------------------------------------
def stored_bytes_bound(cap_bytes: int = REPLAY_CAP_BYTES, max_frames: int = MAX_FRAMES) -> int:
    """The most ``replay_arrays`` writes for a replay within ``cap_bytes`` and ``max_frames``:
    the frames' own bytes and a record of each."""
    return cap_bytes + max_frames * FRAME_RECORD_BYTES


def replay_arrays(replay: ReplayHistory) -> tuple[dict[str, np.ndarray], dict[str, object]]:
    """The arrays (``replay_*``) and the ``meta["replay"]`` entry that store ``replay``."""
    frames = replay.frames
    if not frames:
        return {}, {}
    shapes = [f.heatmap.shape + (0,) * (3 - f.heatmap.ndim) for f in frames]
    neuron_shapes = [n.shape for n in frames[0].neurons]
    same = all([n.shape for n in f.neurons] == neuron_shapes for f in frames)
    curves = all(f.curve is not None and f.curve.shape == frames[0].curve.shape  # type: ignore[union-attr]
                 for f in frames)
    arrays = {
        "replay_curves": (np.stack([f.curve for f in frames]) if curves  # type: ignore[misc]
                          else np.zeros((len(frames), 0), np.float16)),
        "replay_epochs": np.array([f.epoch for f in frames], np.int64),
        "replay_extents": np.array([f.extent for f in frames], np.float64),
        "replay_loss": np.array([f.train_loss for f in frames], np.float64),
        "replay_params": np.stack([f.params() for f in frames]),
        **({"replay_running": np.stack([f.running() for f in frames])}
           if frames[0].running().size else {}),
        "replay_heatmaps": np.concatenate([f.heatmap.ravel() for f in frames]),
        "replay_heatmap_shapes": np.array(shapes, np.int64),
        "replay_neurons": (np.stack([np.concatenate([n.ravel() for n in f.neurons])
                                     if f.neurons else np.zeros(0, np.float16)
                                     for f in frames]) if same
                           else np.zeros((len(frames), 0), np.float16)),
    }
    norm = replay.normalizer
    meta: dict[str, object] = {
        "every": replay.every,
        "neuron_shapes": [list(s) for s in neuron_shapes] if same else [],
        "normalizer": None if norm is None else {"mean": list(norm.mean),
                                                 "std": list(norm.std)},
    }
    return arrays, meta


def replay_from_arrays(arrays: dict[str, np.ndarray], meta: object,
                       sizes: tuple[int, ...], norm: tuple[str, ...] = ()) -> ReplayHistory:
    """The replay stored by ``replay_arrays`` for a network of ``sizes`` whose hidden layers
    are normalised as ``norm`` (one name per hidden layer, or () for none); ``ValueError``
    naming what is wrong (the caller names the file)."""
    replay = ReplayHistory()
    if "replay_epochs" not in arrays:
        return replay
    if not isinstance(meta, dict):
        raise ValueError("'replay' settings must be an object")
    epochs = arrays["replay_epochs"]
    m = len(epochs)
    loss, params = arrays["replay_loss"], arrays["replay_params"]
    flat, shapes = arrays["replay_heatmaps"], arrays["replay_heatmap_shapes"]
    neurons = arrays["replay_neurons"]
    curves = arrays.get("replay_curves", np.zeros((m, 0), np.float16))
    # an older session's frames did not record their extent: the fixed box
    extents = arrays.get("replay_extents", np.tile(np.array(DEFAULT_EXTENT), (m, 1)))
    n_params = param_count(sizes, norm)
    hidden = sizes[1:-1]
    n_running = sum(2 * hidden[h] for h, kind in enumerate(norm) if kind == "batch")
    running = arrays.get("replay_running", np.zeros((m, 0)))
    if (running.shape != (m, n_running) or running.dtype.kind != "f"
            or not np.all(np.isfinite(running))):
        raise ValueError("the replay's running statistics do not fit the network")
    if (epochs.ndim != 1 or epochs.dtype.kind not in "iu" or loss.shape != (m,)
            or params.shape != (m, n_params) or params.dtype.kind != "f"
            or shapes.shape != (m, 3) or neurons.ndim != 2 or len(neurons) != m
            or curves.ndim != 2 or len(curves) != m or curves.dtype.kind != "f"
            or extents.shape != (m, 4) or extents.dtype.kind != "f"):
        raise ValueError("the replay arrays do not fit each other or the network")
    if m and (np.any(np.diff(epochs) < 0) or epochs[0] < 0 or np.any(shapes < 0)):
        raise ValueError("the replay's epochs or picture sizes are invalid")
    if not np.all(np.isfinite(params)):
        raise ValueError("the replay's weights are not finite")
    if m and not (np.all(np.isfinite(extents)) and np.all(extents[:, 0] < extents[:, 1])
                  and np.all(extents[:, 2] < extents[:, 3])):
        raise ValueError("the replay's view extents are invalid")
    sizes_h = [int(h * w * max(k, 1)) for h, w, k in shapes]
    if sum(sizes_h) != flat.size or flat.dtype.kind != "f":
        raise ValueError("the replay's pictures do not match their sizes")
    neuron_shapes = [tuple(int(v) for v in s) for s in meta.get("neuron_shapes", [])]
    if neurons.shape[1] != sum(int(np.prod(s)) for s in neuron_shapes):
        raise ValueError("the replay's neuron pictures do not match their sizes")
    every = meta.get("every", 1)
    if not isinstance(every, int) or isinstance(every, bool) or every < 1:
        raise ValueError("the replay's 'every' must be a whole number from 1")
    starts = np.cumsum([0, *sizes_h])
    for i in range(m):
        h, w, k = (int(v) for v in shapes[i])
        picture = flat[starts[i]:starts[i + 1]].reshape((h, w, k) if k else (h, w))
        cut = np.cumsum([0, *[int(np.prod(s)) for s in neuron_shapes]])
        pictures = tuple(neurons[i, cut[j]:cut[j + 1]].reshape(s)
                         for j, s in enumerate(neuron_shapes))
        blocks, at = [], 0
        for a, b in zip(sizes[:-1], sizes[1:]):
            blocks.append(params[i, at:at + (a + 1) * b].reshape(a + 1, b))
            at += (a + 1) * b
        norms: list[NormState | None] = []
        stat = 0
        for h, kind in enumerate(norm):
            if kind == "none":
                norms.append(None)
                continue
            u = hidden[h]
            gamma, beta = params[i, at:at + u].copy(), params[i, at + u:at + 2 * u].copy()
            at += 2 * u
            rm = rv = None
            if kind == "batch":
                rm, rv = running[i, stat:stat + u].copy(), running[i, stat + u:stat + 2 * u].copy()
                stat += 2 * u
                if np.any(rv < 0):
                    raise ValueError("the replay's running variances are negative")
            norms.append(NormState(kind, gamma, beta, rm, rv))
        replay.frames.append(Frame(int(epochs[i]), float(loss[i]),
                                   picture.astype(np.float16),
                                   tuple(p.astype(np.float16) for p in pictures),
                                   tuple(bl[:-1].copy() for bl in blocks),
                                   tuple(bl[-1].copy() for bl in blocks),
                                   curves[i].astype(np.float16) if curves.shape[1] else None,
                                   ViewFrame(tuple(extents[i])).extent,
                                   tuple(norms) if any(x is not None for x in norms) else ()))
    replay.every = every
    replay._bytes = sum(f.nbytes for f in replay.frames)
    return replay  # the caller reads meta["normalizer"]
