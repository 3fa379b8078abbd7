"""The metrics a goal reads (``goals.METRICS``), computed from a session's own weights and
points: nothing stored in the file (its history, its view) is trusted.

The losses and accuracies are ``Trainer.evaluate``'s on the session's split, and the dead and
saturated units ``engine.diagnostics``'s over all its points, so the numbers are the ones the
window and ``playground train`` / ``inspect`` show.
"""

from __future__ import annotations

import math

import numpy as np

from playground.data.features import make_features
from playground.engine.diagnostics import dead_units, hidden_outputs, saturated_mask
from playground.engine.neurons import held_params
from playground.session.file import Session
from playground.session.model import SessionModel
from playground.training.trainer import Diverged, Trainer

NAN = math.nan


def _number(value: float | None) -> float:
    return NAN if value is None else float(value)


def trainer_of(s: Session) -> Trainer:
    """A trainer holding the session's network: its weights and normaliser, or (a session
    saved before training) the seeded weights its config starts from."""
    trainer = Trainer(s.config, s.points)
    if s.weights:
        trainer.load_weights(list(s.weights), list(s.biases), s.epoch, s.norms)
        if s.normalizer is not None:
            trainer.set_normalizer(s.normalizer)
    return trainer


def gradient_ratio(trainer: Trainer) -> float:
    """``|dL/dW_first| / |dL/dW_output|``: the Frobenius norm of the data loss's gradient
    (no penalty) with respect to the first layer's weights over that with respect to the
    output layer's, on the training points. Much below 1, the first layers barely learn
    (vanishing gradients); much above, they explode. NaN without a hidden layer or
    training points."""
    split = trainer.train_split
    model = trainer.model
    if model.n_layers < 2 or not len(split.x_aug):
        return NAN
    with np.errstate(all="ignore"):
        blocks = model.blocks(model.gradient(split.x_aug, split.t, trainer.loss))
        first = float(np.linalg.norm(blocks[0][:-1]))  # the last row of a block: its biases
        last = float(np.linalg.norm(blocks[-1][:-1]))
    if not (math.isfinite(first) and math.isfinite(last)) or last == 0.0:
        return NAN
    return first / last


def lesson_metrics(source: SessionModel | Session) -> dict[str, float]:
    """Every metric of ``goals.METRICS`` for a session model (the window's) or a loaded
    session (``session.file.load_session``); NaN where one does not apply."""
    s = source.to_session() if isinstance(source, SessionModel) else source
    config = s.config
    trainer = trainer_of(s)
    try:
        m = trainer.evaluate(running=False)
        losses = (m.train_loss, _number(m.test_loss), _number(m.train_accuracy),
                  _number(m.test_accuracy), _number(m.r2), _number(m.rmse))
    except Diverged:  # finite weights whose loss overflows: no loss to compare
        losses = (NAN,) * 6
    train_loss, test_loss, train_acc, test_acc, r2, rmse = losses

    sizes = config.layer_sizes
    masks = held_params(sizes, config.frozen, config.pruned, config.norm)
    n_params = int(trainer.model.params.size) - (int(masks[1].sum()) if masks else 0)
    dead = saturated = outputs = 0
    active_units = 0
    if len(s.points.coords) and config.hidden_layers:
        x = make_features(s.points.coords, config.features, trainer.normalizer, trainer.dtype)
        model = trainer.model
        # each hidden layer's activations; with dropout, a normalisation or skips the
        # evaluation pass taken apart (the activation's outputs, before a skip adds)
        layer_outputs = ([t.h for t in model.trace(x)[1]] if model.extended
                         else hidden_outputs(model, x))
        for h, a in enumerate(layer_outputs):
            keep = np.array([(h, u) not in config.pruned for u in range(a.shape[1])])
            act = config.activations[h]
            dead += int(np.count_nonzero(dead_units(act, a)[keep]))
            saturated += int(np.count_nonzero(saturated_mask(act, a)[:, keep]))
            outputs += int(a[:, keep].size)
            active_units += int(np.count_nonzero(keep))
    hidden_units = sum(config.hidden_layers) - len(config.pruned)
    n_train = int(np.count_nonzero(s.points.is_train))
    return {
        "train_loss": float(train_loss),
        "test_loss": test_loss,
        "loss_gap": test_loss - train_loss,
        "train_accuracy": train_acc,
        "test_accuracy": test_acc,
        "r2": r2,
        "rmse": rmse,
        "epoch": float(s.epoch if s.weights else 0),
        "hidden_layers": float(len(config.hidden_layers)),
        "hidden_units": float(hidden_units),
        "parameters": float(n_params),
        "features": float(len(config.features)),
        "dead_fraction": dead / active_units if active_units else 0.0,
        "saturated_fraction": saturated / outputs if outputs else 0.0,
        "gradient_ratio": gradient_ratio(trainer),
        "skips": float(sum(config.skip)),
        "dropout": float(max(config.dropout, default=0.0)),
        "normalised_layers": float(sum(n != "none" for n in config.norm)),
        "learning_rate": float(config.learning_rate),
        "l1": float(config.l1),
        "l2": float(config.l2),
        "batch_size": float(n_train if config.batch_size is None
                            else min(config.batch_size, n_train)),
    }
