"""The trainer: one network, its optimizer and its data; epochs, metrics, divergence guard.

No threads and no clock here: the loop (``loop.py``) decides when to train and when to report.
Everything random comes from generators seeded by the config, so the same config and points
give bit-identical weights.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from playground.data.features import (
    Normalizer,
    check_inputs,
    features_inputs,
    make_features,
)
from playground.data.points import PointSet
from playground.data.scaling import scaled_normalizer
from playground.engine.diagnostics import regression_scores
from playground.engine.layers import Norms, check_batch
from playground.engine.losses import HEAD_FUNCTIONS, Loss, encode_targets, get_loss
from playground.engine.model import MLP, validate_dtype
from playground.engine.neurons import held_params, param_index
from playground.engine.optimizers import Optimizer, make_optimizer, scheduled_lr
from playground.errors import ConfigError, DivergenceError
from playground.training.config import TrainConfig


@dataclass(frozen=True)
class Metrics:
    """What one evaluation of the network measured.

    Losses are the mean data loss (no penalty); accuracies are None for regression or an
    empty split. ``train_loss_running`` is the running loss of the epoch that ended at these
    weights (``Trainer.running_loss``): the mean over the epoch's training points of their
    loss with the weights before their mini-batch's update, as a per-sample SGD loop prints
    it; None when no epoch was just trained (the starting weights, weights loaded or typed).
    ``confusion[i, j]`` counts test points (train points when there is no test split) of
    true class i predicted as j. ``r2`` and ``rmse`` score a regression on the same split
    (None for classification). A multi-label network's accuracy is the exact match (the
    share of points with every label right), ``*_label_accuracy`` each label's own (None for
    the other tasks or an empty split); it has no confusion matrix.
    """

    epoch: int
    train_loss: float
    test_loss: float | None
    train_accuracy: float | None
    test_accuracy: float | None
    confusion: np.ndarray | None
    r2: float | None = None
    rmse: float | None = None
    train_loss_running: float | None = None
    train_label_accuracy: tuple[float, ...] | None = None
    test_label_accuracy: tuple[float, ...] | None = None

    def as_dict(self) -> dict[str, float | int | list[float] | None]:
        out: dict[str, float | int | list[float] | None] = {
            "epoch": self.epoch, "train_loss": self.train_loss,
            "train_loss_running": self.train_loss_running, "test_loss": self.test_loss,
            "train_accuracy": self.train_accuracy, "test_accuracy": self.test_accuracy}
        for key in ("train_label_accuracy", "test_label_accuracy"):
            value = getattr(self, key)
            if value is not None or self.train_label_accuracy is not None:
                out[key] = None if value is None else list(value)
        return out


# A training loss this many times the starting loss (and above 1) counts as divergence.
DIVERGENCE_FACTOR = 10.0
# Steps between checks that the weights are finite within an epoch (and at its end). A
# non-finite gradient makes some weight non-finite for good (inf - x, NaN, any optimizer), so
# the check catches it without a pass over every step's gradient; held neurons, whose values
# are put back after each step, have every step's gradient checked instead.
CHECK_EVERY = 32  # a power of two
MAX_KEPT_BATCHES = 16384  # views a training split keeps of its mini-batches, at most


class Diverged(DivergenceError):
    """Raised by ``run_epoch`` after the guard has restored the last finite weights."""


class _Split:
    """One split's inputs (with the ones column), encoded targets and raw values."""

    def __init__(self, coords: np.ndarray, values: np.ndarray, config: TrainConfig,
                 normalizer: Normalizer, dtype: type) -> None:
        self.x_aug = make_features(coords, config.features, normalizer, dtype, ones_column=True)
        self.x = self.x_aug[:, :-1]
        self.t = encode_targets(values, config.task, config.n_classes, dtype)
        self.values = values
        self.codes = values.astype(np.int64) if config.task == "classification" else None
        self.labels = values if config.task == "multilabel" else None  # (n, L) 0/1
        self._form: tuple[Loss, np.ndarray, np.ndarray, np.ndarray, dict] | None = None

    def batches(self, model: MLP, loss: Loss, size: int,
                order: np.ndarray | None) -> Iterable[tuple[np.ndarray, np.ndarray]]:
        """An epoch's mini-batches of ``size`` rows.

        Each is a view of the inputs and of the targets in the form the training pass takes
        (``MLP.prepare_targets``). When ``order`` is given, the rows are first gathered in
        that order into arrays kept for the next epoch; the views of those arrays are made
        once (up to ``MAX_KEPT_BATCHES`` of them).
        """
        if self._form is None or self._form[0] is not loss:
            t = model.prepare_targets(self.t, loss)
            self._form = (loss, t, np.empty_like(self.x_aug), np.empty_like(t), {})
        _, t, x_order, t_order, kept = self._form
        x = self.x_aug
        if order is not None:
            x, t = np.take(x, order, axis=0, out=x_order), np.take(t, order, axis=0, out=t_order)
        if len(x) > MAX_KEPT_BATCHES * size:
            return ((x[s : s + size], t[s : s + size]) for s in range(0, len(x), size))
        key = (order is not None, size)
        if key not in kept:
            kept[key] = [(x[s : s + size], t[s : s + size]) for s in range(0, len(x), size)]
        return kept[key]

    def __len__(self) -> int:
        return len(self.values)


def _label_accuracy(split: _Split, z: np.ndarray | None) -> tuple[float, ...] | None:
    """Each label's accuracy on a multi-label split (a logit above 0 predicts 1); None for
    another task or an empty split."""
    if split.labels is None or z is None or not len(split):
        return None
    return tuple(float(a) for a in ((z > 0) == split.labels).mean(axis=0))
class _EpochLogits:
    """Where an epoch's training steps write their mini-batches' logits: one flat buffer of
    the epoch's ``n`` points, batch ``k``'s block a C-contiguous ``(outputs, rows)`` view
    (``MLP.gradient(..., logits=)``), so keeping them costs no step anything. Up to
    ``MAX_KEPT_BATCHES`` views are made once; past that each epoch makes its own."""

    def __init__(self, n: int, size: int, width: int, dtype: type) -> None:
        self.n, self.size, self.width = n, size, width
        self.flat: np.ndarray = np.empty(n * width, dtype)
        self._views = list(self._make()) if -(-n // size) <= MAX_KEPT_BATCHES else None

    def _make(self) -> Iterable[np.ndarray]:
        flat, n, size, k = self.flat, self.n, self.size, self.width
        return (flat[s * k : min(s + size, n) * k].reshape(k, -1) for s in range(0, n, size))

    def views(self) -> Iterable[np.ndarray]:
        return self._make() if self._views is None else self._views

    def rows(self) -> np.ndarray:
        """The logits ``(n, outputs)``, one row per point in the epoch's order (a copy, or
        with one output a view)."""
        n, size, k = self.n, self.size, self.width
        if k == 1:  # one output: the batches' blocks lie in the epoch's order already
            return self.flat.reshape(n, 1)
        full = n // size * size
        out = np.empty((n, k), self.flat.dtype)
        out[:full] = self.flat[: full * k].reshape(-1, k, size).transpose(0, 2, 1).reshape(-1, k)
        out[full:] = self.flat[full * k :].reshape(k, n - full).T
        return out


@dataclass
class _Running:
    """The epoch just trained, as its running loss needs it: the logits each step computed
    (before its update), the order of the points, the split and the loss trained on. The
    value is worked out when first asked for (an evaluation), once."""

    logits: _EpochLogits
    order: np.ndarray | None
    split: _Split
    loss: Loss
    head: str
    epoch: int
    value: float | None = None

    def mean_loss(self) -> float:
        if self.value is None:
            t = self.split.t if self.order is None else self.split.t[self.order]
            with np.errstate(all="ignore"):
                self.value = self.loss.value(self.logits.rows(), t, self.head)
        return self.value


class Trainer:
    """Trains an MLP built from ``config`` on ``points`` (its train/test split)."""

    def __init__(self, config: TrainConfig, points: PointSet) -> None:
        check_inputs(config.features, points.n_inputs)  # x3 on data of two inputs: refused
        self.config = config
        self.points = points
        self.epoch = 0
        self.last_reason: str | None = None
        self._build()

    # --- set-up -------------------------------------------------------------------------------
    def _build(self) -> None:
        cfg = self.config
        self.dtype = validate_dtype(cfg.dtype)
        self.loss = get_loss(cfg.loss, cfg.task)
        self.model = MLP(cfg.layer_sizes, cfg.all_activations, self.dtype, cfg.layer_options)
        init_rng = np.random.default_rng([cfg.seed, 0])
        self.model.initialize(init_rng, cfg.init, std=cfg.init_std, bias=cfg.init_bias)
        self._shuffle_rng = np.random.default_rng([cfg.seed, 1])
        self.optimizer = self._make_optimizer()
        self.epoch = 0
        self.points = self._fitting_points()
        self.normalizer = scaled_normalizer(cfg.input_scaling, self.points.train()[0])
        self._refit_normalizer = True  # until weights bring their own normaliser
        self._running: _Running | None = None
        self._logits: tuple[_EpochLogits, _EpochLogits] | None = None
        self._load_points(self.points)
        self._hold_neurons()
        self._restart_guard()

    def _hold_neurons(self) -> None:
        """Apply the config's frozen and pruned neurons: zero the pruned ones' parameters and
        remember the values every held parameter keeps through training."""
        cfg = self.config
        masks = held_params(cfg.layer_sizes, cfg.frozen, cfg.pruned, cfg.norm)
        self._held: np.ndarray | None = None
        self._zeroed: np.ndarray | None = None
        if masks is None:
            return
        held, zeroed = masks
        self.model.params[zeroed] = 0.0
        self._held, self._zeroed = held, zeroed
        self._held_values = self.model.params.copy()

    def _restart_guard(self) -> None:
        params = self.model.params
        self._reference_loss: float | None = None
        self._good_params = params.copy()
        # the parameters before the last optimizer step (the update-to-weight ratio): a copy
        # made before an epoch's last step, or the epoch's start when it has one step
        self.before_last_step = params.copy()
        self._starts = (params.copy(), params.copy())  # an epoch's start, two in turn
        self._before = params.copy()
        self._saved_optimizer: dict[str, np.ndarray] | None = None
        # batch norm's running statistics are not parameters: kept beside them, the same way
        self._good_norms: Norms = self.model.norm_state()
        self._start_norms: Norms = self._good_norms

    def _make_optimizer(self) -> Optimizer:
        cfg = self.config
        return make_optimizer(
            cfg.optimizer,
            self.model.params.size,
            self.dtype,
            cfg.learning_rate,
            **cfg.optimizer_params(),
        )

    def _fitting_points(self) -> PointSet:
        """The current points if they fit the config, else an empty set of the right task
        (the matching points are then on their way: config changes arrive first)."""
        cfg, p = self.config, self.points
        need = max(features_inputs(cfg.features), p.n_inputs)
        if (p.task == cfg.task and (cfg.task == "regression" or p.n_classes <= cfg.n_classes)
                and (cfg.task != "multilabel" or p.n_classes == cfg.n_classes)
                and need == p.n_inputs):
            return p
        return PointSet.empty(cfg.task, cfg.n_classes if cfg.task != "regression" else None,
                              n_inputs=need)

    def _load_points(self, points: PointSet) -> None:
        cfg = self.config
        if points.task != cfg.task or (
            cfg.task == "classification" and points.n_classes > cfg.n_classes
        ) or (cfg.task == "multilabel" and points.n_classes != cfg.n_classes):
            raise ConfigError(
                f"the points are for {points.task} with {points.n_classes} classes but the "
                f"network is set up for {cfg.task} with {cfg.n_classes}"
            )
        check_inputs(cfg.features, points.n_inputs)
        self.points = points
        self.train_split = _Split(*points.train(), cfg, self.normalizer, self.dtype)
        self.test_split = _Split(*points.test(), cfg, self.normalizer, self.dtype)
        self._both = np.concatenate([self.train_split.x, self.test_split.x])  # one evaluation

    def reset(self) -> None:
        """Fresh weights (seeded), fresh optimizer, epoch 0, normaliser refitted."""
        self._build()

    def set_points(self, points: PointSet) -> None:
        """Train the same weights on edited points. The normaliser stays as fitted, so inputs
        do not shift under trained weights; ``reset`` refits it. At epoch 0 it is refitted."""
        check_inputs(self.config.features, points.n_inputs)  # before anything changes
        if (self.epoch == 0 and self._refit_normalizer
                or self.normalizer.n_inputs != points.n_inputs):  # other inputs: refit
            self.normalizer = scaled_normalizer(self.config.input_scaling, points.train()[0])
        self._load_points(points)
        self._reference_loss = None  # new points, new starting loss for the guard

    def set_config(self, config: TrainConfig) -> bool:
        """Apply a new config; returns True when it needed fresh weights."""
        old = self.config
        self.config = config
        if old.needs_reset(config):
            self._build()
            return True
        self.loss = get_loss(config.loss, config.task)
        if config.dropout != old.dropout:  # live: no parameters change
            self.model.set_dropout(config.dropout)
        if (config.frozen, config.pruned) != (old.frozen, old.pruned):
            self._hold_neurons()
            self._restart_guard()
        if config.loss != old.loss:
            self._reference_loss = None
        if config.optimizer != old.optimizer:
            self.optimizer = self._make_optimizer()
        else:
            self.optimizer.configure(lr=config.learning_rate, **config.optimizer_params())
        return False

    def set_normalizer(self, normalizer: Normalizer) -> None:
        """Use a given normaliser (e.g. the one saved with weights) and keep it."""
        self.normalizer = normalizer
        self._refit_normalizer = False
        self._load_points(self.points)

    def load_weights(
        self, weights: list[np.ndarray], biases: list[np.ndarray], epoch: int = 0,
        norms: Norms = (),
    ) -> None:
        """Continue from given weights (shapes must match the config's architecture) and,
        for normalised layers, their scales, shifts and running statistics."""
        before = self.model.params.copy()
        try:
            self.model.set_layers(weights, biases)
            self.model.set_norm_state(norms)
        except ConfigError:  # weights that do not fit leave the network as it was
            self.model.params[...] = before
            raise
        self.optimizer = self._make_optimizer()
        self.epoch = epoch
        self._running = None  # these weights were not trained here
        self._hold_neurons()
        self._restart_guard()

    def set_weights(self, changes: tuple[tuple[int, int, int, float], ...]) -> None:
        """Type values into the live network: ``(layer, row, col, value)`` per parameter
        (``engine.neurons``; ``row == fan_in`` is a bias). A frozen neuron keeps the typed
        value; a pruned neuron's parameters refuse any value but 0 (``ConfigError``)."""
        sizes = self.config.layer_sizes
        indices = []
        for layer, row, col, value in changes:
            if not math.isfinite(value):
                raise ConfigError(f"a weight must be a finite number (got {value})")
            i = param_index(sizes, layer, row, col)
            if self._zeroed is not None and self._zeroed[i] and value != 0.0:
                raise ConfigError("that weight belongs to a pruned neuron; restore the neuron "
                                  "before giving it a value")
            indices.append((i, value))
        for i, value in indices:
            self.model.params[i] = value
            if self._held is not None and self._held[i]:
                self._held_values[i] = value
        self._running = None  # the weights are no longer the ones the epoch ended at
        self._restart_guard()

    # --- training -----------------------------------------------------------------------------
    def current_lr(self) -> float:
        cfg = self.config
        return scheduled_lr(cfg.schedule, cfg.learning_rate, self.epoch, cfg.schedule_params())

    def run_epoch(self, interrupt: Callable[[], bool] | None = None) -> bool:
        """One pass over the training split in mini-batches; returns False when ``interrupt``
        (checked before every step) cut it short, in which case the epoch does not count.

        When a gradient or a weight becomes infinite or NaN (checked every ``CHECK_EVERY``
        steps and at the end), the epoch's starting weights are restored and ``Diverged`` is
        raised with the reason. An epoch with no training points raises ``ConfigError``.
        """
        split = self.train_split
        n = len(split)
        if n == 0:
            raise ConfigError("there are no training points to learn from")
        cfg, model, opt, loss = self.config, self.model, self.optimizer, self.loss
        if self._reference_loss is None:
            self._set_reference_loss()
        opt.lr = self.current_lr()
        bs = n if cfg.batch_size is None else min(cfg.batch_size, n)
        extended = model.extended
        if extended:
            check_batch(cfg.layer_options, bs)  # one training point, full batch
            # a fresh generator per epoch from the seed: the same masks after a resume
            model.dropout_rng = np.random.default_rng([cfg.seed, 2, self.epoch])
            self._start_norms = model.norm_state()
        last = (n - 1) // bs  # the last step's index
        params, l1, l2, dot, isfinite = model.params, cfg.l1, cfg.l2, np.dot, math.isfinite
        # the epoch's start, in the buffer that does not hold ``before_last_step``
        start = self._starts[self._starts[0] is self.before_last_step]
        np.copyto(start, params)
        if interrupt is not None and last:  # before a first step there is nothing to undo
            rng_state = self._shuffle_rng.bit_generator.state
            self._saved_optimizer = opt.state(self._saved_optimizer)
        # a full batch is the same in any order; a shuffled one is gathered once, then sliced
        order = self._shuffle_rng.permutation(n) if cfg.shuffle and last else None
        held = self._held
        held_values = self._held_values if held is not None else None
        gradient, step, every = model.gradient, opt.step, CHECK_EVERY - 1
        if extended:  # a training step: dropout masks, batch norm's running statistics
            gradient = functools.partial(model.gradient, step=True)
        logits = self._epoch_logits(n, bs)
        batches = zip(split.batches(model, loss, bs, order), logits.views())
        with np.errstate(all="ignore"):  # overflow is handled by the guard, not warned about
            for k, ((x_batch, t_batch), z_batch) in enumerate(batches):
                if interrupt is not None and interrupt():
                    if k:  # an epoch cut short does not count and leaves no trace
                        params[...] = start
                        opt.load_state(self._saved_optimizer or {})
                        self._shuffle_rng.bit_generator.state = rng_state
                        if extended:
                            model.set_norm_state(self._start_norms)
                    return False
                g = gradient(x_batch, t_batch, loss, l1, l2, True, z_batch)
                if k == last and k:  # the epoch's last step: kept to measure its size
                    np.copyto(self._before, params)
                if held is None:
                    step(params, g)
                    if k & every == every and not isfinite(dot(params, params)):
                        self._diverged(start, "a weight became infinite or NaN")
                else:
                    if not isfinite(dot(g, g)):
                        self._diverged(start, "the gradient became infinite or NaN")
                    step(params, g)
                    np.copyto(params, held_values, where=held)  # type: ignore[arg-type]
            if not isfinite(dot(params, params)):
                self._diverged(start, "a weight became infinite or NaN")
        self.before_last_step = self._before if last else start
        self.epoch += 1
        self._running = _Running(logits, order, split, loss, model.head, self.epoch)
        return True

    def _epoch_logits(self, n: int, size: int) -> _EpochLogits:
        """The buffer this epoch's logits go to: of two, the one the last epoch's running
        loss does not read (an epoch cut short or diverged leaves that one as it was)."""
        width = self.model.layer_sizes[-1]
        pair = self._logits
        if pair is None or (pair[0].n, pair[0].size, pair[0].width, pair[0].flat.dtype) != (
                n, size, width, np.dtype(self.dtype)):
            pair = self._logits = (_EpochLogits(n, size, width, self.dtype),
                                   _EpochLogits(n, size, width, self.dtype))
        running = self._running
        return pair[1] if running is not None and running.logits is pair[0] else pair[0]

    def running_loss(self) -> float | None:
        """The running loss of the epoch that ended at the current weights: the mean over
        its training points of each point's data loss (no L1/L2 penalty, as ``Metrics``'
        losses) computed with the weights before its mini-batch's update, as a per-sample
        SGD loop prints it (times the number of training points for a loop that sums).
        With one batch it is the loss before the epoch's single update. None when the
        weights were not just trained here (the start, weights loaded, typed or reset)."""
        running = self._running
        if running is None or running.epoch != self.epoch:
            return None
        return running.mean_loss()

    def _diverged(self, start_params: np.ndarray, why: str) -> None:
        self.model.params[...] = start_params
        if self.model.extended:
            self.model.set_norm_state(self._start_norms)
        self.optimizer = self._make_optimizer()
        self.last_reason = (
            f"training diverged in epoch {self.epoch + 1}: {why}; the weights from epoch "
            f"{self.epoch} were kept. Try a lower learning rate "
            f"(now {self.config.learning_rate:g})."
        )
        raise Diverged(self.last_reason)

    # --- metrics ------------------------------------------------------------------------------
    def evaluate(self, running: bool = True) -> Metrics:
        """The metrics of the current weights. Without ``running`` the running loss is left
        out (None): a caller that reads only the last evaluation's (``train`` without a
        session) asks ``running_loss`` once at the end instead of paying a loss over the
        training points at every epoch."""
        with np.errstate(all="ignore"):  # a diverging net overflows; the guard reports it
            return self._evaluate(running)

    def _evaluate(self, running: bool) -> Metrics:
        cfg = self.config
        z_both = self.model.logits(self._both)  # both splits in one pass
        n = len(self.train_split)
        train_loss, train_acc, train_z, train_pred = self._eval_split(self.train_split,
                                                                      z_both[:n])
        test_loss, test_acc, test_z, test_pred = self._eval_split(self.test_split, z_both[n:])
        # the confusion matrix and the regression scores are of the test split if any
        split, z, pred = ((self.test_split, test_z, test_pred) if len(self.test_split)
                          else (self.train_split, train_z, train_pred))
        confusion = r2 = rmse = None
        if cfg.task == "classification":
            k = cfg.n_classes
            confusion = np.zeros((k, k), np.int64)
            if pred is not None and split.codes is not None:
                confusion[...] = np.bincount(split.codes * k + pred, minlength=k * k).reshape(k, k)
        elif cfg.task == "regression" and z is not None:  # (multi-label: the accuracies)
            head = HEAD_FUNCTIONS[self.model.head]
            r2, rmse = regression_scores(head(z, None)[:, 0], split.values)
        if train_loss is not None:
            self._check_loss(train_loss)
        nan = float("nan")
        return Metrics(self.epoch, nan if train_loss is None else train_loss, test_loss,
                       train_acc, test_acc, confusion, r2, rmse,
                       self.running_loss() if running else None,
                       _label_accuracy(self.train_split, train_z),
                       _label_accuracy(self.test_split, test_z))

    def _set_reference_loss(self) -> None:
        """The training loss before this stretch of training: what divergence is measured
        against (an exploded loss must not become the reference)."""
        split = self.train_split
        with np.errstate(all="ignore"):
            value = self.loss.value(self.model.logits(split.x), split.t, self.model.head)
        if math.isfinite(value):
            self._reference_loss = value
            np.copyto(self._good_params, self.model.params)
            self._good_norms = self.model.norm_state()

    def _check_loss(self, loss: float) -> None:
        """Divergence guard for losses: non-finite, or exploded far above where training
        started. Restores the weights of the last evaluation that passed."""
        if self._reference_loss is None and math.isfinite(loss):
            self._reference_loss = loss
        limit = max(DIVERGENCE_FACTOR * (self._reference_loss or 0.0), 1.0)
        if math.isfinite(loss) and loss <= limit:
            np.copyto(self._good_params, self.model.params)
            if self.model.extended:
                self._good_norms = self.model.norm_state()
            return
        self.model.params[...] = self._good_params
        if self.model.extended:
            self.model.set_norm_state(self._good_norms)
        self.optimizer = self._make_optimizer()
        what = "not a number" if math.isnan(loss) else f"{loss:.3g}"
        self.last_reason = (
            f"training diverged by epoch {self.epoch}: the training loss is {what}, up from "
            f"{self._reference_loss or float('nan'):.3g}; the last good weights were kept. "
            f"Try a lower learning rate (now {self.config.learning_rate:g})."
        )
        raise Diverged(self.last_reason)

    def _eval_split(self, split: _Split, z: np.ndarray
                    ) -> tuple[float | None, float | None, np.ndarray | None, np.ndarray | None]:
        """The split's mean loss, accuracy and predicted classes (classification) and its
        logits ``z``; Nones when empty."""
        if len(split) == 0:
            return None, None, None, None
        loss = self.loss.value(z, split.t, self.model.head)
        if split.labels is not None:  # multi-label: every label right
            exact = np.count_nonzero(((z > 0) == split.labels).all(axis=1)) / len(split)
            return loss, exact, z, None
        if split.codes is None:
            return loss, None, z, None
        pred = (z[:, 0] > 0).astype(np.int64) if z.shape[1] == 1 else z.argmax(axis=1)
        return loss, np.count_nonzero(pred == split.codes) / len(split), z, pred

    def predict(self, coords: np.ndarray) -> np.ndarray:
        """Head outputs for raw inputs ``(n, D)`` -> ``(n, outputs)``."""
        return self.model.forward(
            make_features(coords, self.config.features, self.normalizer, self.dtype)
        )
