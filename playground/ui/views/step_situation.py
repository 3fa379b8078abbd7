"""What one step-through needs: the point, the network and its optimizer's state, explained by
``engine.explain`` (``make_situation``), and what a page is (``Step``) and marks on the network
diagram (``Highlight``). Widget-free; its words go through ``ui.i18n`` (context
``StepThroughView``, the view that shows them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from playground.data.features import Normalizer, make_features
from playground.data.points import PointSet, default_class_name
from playground.data.scaling import scaled_normalizer
from playground.engine.explain import (
    PointExplanation,
    UpdateStep,
    explain_point,
    optimizer_update,
    point_masks,
    training_gradient,
)
from playground.engine.layers import Norms
from playground.engine.losses import encode_targets, get_loss
from playground.engine.neurons import flat_params
from playground.engine.optimizers import scheduled_lr
from playground.errors import ConfigError
from playground.session.dims import is_one_d
from playground.session.model import SessionModel
from playground.training.config import TrainConfig
from playground.training.protocol import TrainerState
from playground.training.trainer import Trainer
from playground.ui.i18n import translate
from playground.ui.views.hover import nearest_point
from playground.ui.views.step_format import esc, num


@dataclass(frozen=True)
class Highlight:
    """What the network diagram should mark: ``neurons`` as ``(column, unit)`` (column 0 the
    inputs, 1.. the hidden layers, the last the output) and ``links`` as
    ``(weight layer, row, col)`` (``engine.neurons``' addressing, weights only)."""

    neurons: frozenset[tuple[int, int]] = frozenset()
    links: frozenset[tuple[int, int, int]] = frozenset()


@dataclass(frozen=True)
class Step:
    """One page: ``kind`` is input, forward, loss, backward or update; ``layer`` the weight
    layer (from 0) of a forward or backward page."""

    kind: str
    title: str
    html: str
    highlight: Highlight = field(default_factory=Highlight)
    layer: int | None = None


@dataclass(frozen=True, eq=False)
class StepSituation:
    """One point and the network it steps: everything the pages show."""

    index: int
    coords: np.ndarray
    value: float | np.ndarray  # a label, a target, or a multi-label point's (L,) 0/1
    is_train: bool
    config: TrainConfig
    normalizer: Normalizer
    class_names: tuple[str, ...]
    epoch: int
    lr: float
    explanation: PointExplanation
    update: UpdateStep
    state_known: bool = True  # False: the optimizer's state was not available (fresh one)
    dims: int = 2


def make_situation(
    config: TrainConfig, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray],
    optimizer_state: Mapping[str, np.ndarray] | None, normalizer: Normalizer, epoch: int,
    points: PointSet, index: int, class_names: Sequence[str] = (), dims: int = 2,
    norms: Norms = (),
) -> StepSituation:
    """Explain point ``index`` of ``points`` under ``config`` with these weights (and the
    normalised layers' state ``norms``). With dropout, the point's mask is
    ``engine.explain.point_masks`` of the config's seed, the epoch and the point."""
    if not 0 <= index < len(points):
        raise ConfigError(translate("StepThroughView", "there is no point {index} (the set has "
                                    "{count})").format(index=index + 1, count=len(points)))
    if points.task != config.task:
        raise ConfigError(translate("StepThroughView", "the points are for {points} but the "
                                    "network for {network}").format(points=points.task,
                                                                    network=config.task))
    coords = points.coords[index]
    row = points.values[index]
    value: float | np.ndarray = row.copy() if row.ndim else float(row)
    x = make_features(coords[None, :], config.features, normalizer, np.float64)[0]
    t = encode_targets(np.array([value]), config.task, config.n_classes, np.float64)[0]
    loss = get_loss(config.loss, config.task)
    options = config.layer_options
    masks = point_masks(options, config.hidden_layers, config.seed, epoch, index) \
        if any(options.dropout) else None
    expl = explain_point(weights, biases, config.all_activations, x, t, loss,
                         options=options, norms=norms, masks=masks)
    lr = scheduled_lr(config.schedule, config.learning_rate, epoch, config.schedule_params())
    grad = training_gradient(expl, config.l1, config.l2)
    state = dict(optimizer_state or {})
    params = np.concatenate([flat_params(weights, biases), expl.norm_params()])
    update = optimizer_update(config.optimizer, params, grad, state,
                              config.optimizer_params(), lr)
    return StepSituation(index, coords.copy(), value, bool(points.is_train[index]), config,
                         normalizer, tuple(class_names), epoch, lr, expl, update,
                         state_known=bool(state), dims=dims)


# --- names ------------------------------------------------------------------------------------
def layer_name(config: TrainConfig, layer: int) -> str:
    """Weight layer ``layer`` (from 0) by the layer of neurons it computes."""
    if layer == len(config.hidden_layers):
        return translate("StepThroughView", "output layer")
    return translate("StepThroughView", "hidden layer {layer}").format(layer=layer + 1)


def class_label(s: StepSituation, k: int) -> str:
    """Class ``k`` (a label, from 0) by its name, as every view names it."""
    name = s.class_names[k] if k < len(s.class_names) else default_class_name(k)
    if name == default_class_name(k):  # not named by the user: in the window's language
        name = translate("Document", "class {number}").format(number=k + 1)
    return esc(name)


def point_text(s: StepSituation) -> str:
    """``Point 12 at (1.2, −0.5), class 2: a training point``."""
    where = (f"<i>x</i> = {num(s.coords[0])}" if s.dims == 1
             else "(" + ", ".join(num(v) for v in s.coords) + ")")
    if isinstance(s.value, np.ndarray):  # multi-label: the labels that are 1
        on = [class_label(s, k) for k, v in enumerate(s.value) if v]
        truth = (translate("StepThroughView", "labels {names}").format(names=", ".join(on)) if on
                 else translate("StepThroughView", "labels none"))
    elif s.config.task == "classification":
        truth = class_label(s, int(s.value))
    else:
        truth = translate("StepThroughView", "target {value}").format(value=num(s.value))
    kind = (translate("StepThroughView", "a training point") if s.is_train
            else translate("StepThroughView", "a test point (training never steps on it)"))
    return translate("StepThroughView", "Point {index} at {where}, {truth}: {kind}").format(
        index=s.index + 1, where=where, truth=truth, kind=kind)


def links_into(sizes: Sequence[int], layer: int) -> frozenset[tuple[int, int, int]]:
    """Every weight of weight layer ``layer``."""
    return frozenset((layer, r, c) for r in range(sizes[layer]) for c in range(sizes[layer + 1]))


def column(sizes: Sequence[int], col: int) -> frozenset[tuple[int, int]]:
    """Every neuron of diagram column ``col`` (0: the inputs)."""
    return frozenset((col, u) for u in range(sizes[col]))


def situation_for(model: SessionModel, index: int,
                  state: TrainerState | None = None) -> StepSituation:
    """Point ``index`` of a session, stepped from the trainer's exact ``state`` when given;
    else from the session's latest weights (their optimizer state, when it was kept); else
    from the weights a fresh trainer starts with (epoch 0)."""
    if state is None:
        kept = model.weights
        if kept is not None:
            normalizer = kept.normalizer or scaled_normalizer(model.config.input_scaling,
                                                              model.points.train()[0])
            return make_situation(model.config, kept.weights, kept.biases,
                                  kept.optimizer_state, normalizer, kept.epoch, model.points,
                                  index, model.class_names, _dims(model), kept.norms)
        state = TrainerState.of(Trainer(model.config, model.points))
    normalizer = Normalizer(state.input_mean, state.input_std)
    return make_situation(state.config, state.weights, state.biases, state.optimizer_state,
                          normalizer, state.epoch, model.points, index, model.class_names,
                          _dims(model), state.norms)


def _dims(model: SessionModel) -> int:
    return 1 if is_one_d(model) else 2


def nearest_training_point(points: PointSet, x: float, y: float,
                           radius: float) -> int | None:
    """The training point nearest to data coordinates (x, y), at most ``radius`` away."""
    return nearest_point(points.coords, np.flatnonzero(points.is_train), x, y, radius)
