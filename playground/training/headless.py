"""Training without a window: the epochs ``playground train`` and the scripting API
(``playground.api``) run, shared with the comparisons.

``run_epochs`` evaluates the starting weights, then trains up to ``epochs`` epochs and
evaluates after each, stopping early when one of the config's stop rules fires
(``training.stopping``). Everything it does is seeded by the config, so two calls with the same
config and points give bit-identical weights and metrics, whichever process runs them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from playground.training.stopping import EPOCHS, StopRules
from playground.training.trainer import Metrics, Trainer


def run_epochs(trainer: Trainer, epochs: int,
               on_metrics: Callable[[Metrics], None] | None = None, *,
               running: bool = True, rearm: bool = False) -> tuple[Metrics, str]:
    """Evaluate, then up to ``epochs`` times run an epoch and evaluate; ``on_metrics`` gets
    every evaluation (the starting one first). Returns the last metrics and what ended the
    run: ``"epochs"`` or the stop rule that fired. ``Diverged`` propagates (the trainer has
    then put the last good weights back; the last ``on_metrics`` call names their epoch).

    ``running``: each epoch's evaluation carries its running loss (else only the trainer
    knows the last one, ``Trainer.running_loss``). ``rearm``: patience starts from the
    starting weights' losses, as pressing Play does (``playground train`` and the scripting
    API); without it from no loss at all (the comparisons)."""
    rules = StopRules(trainer.config)
    stopped = EPOCHS
    # overflow on the way to divergence is detected by the trainer; NumPy's RuntimeWarnings
    # would only add noise
    with np.errstate(all="ignore"):
        metrics = trainer.evaluate()
        if rearm:
            rules.rearm(metrics.train_loss, metrics.test_loss)
        if on_metrics is not None:
            on_metrics(metrics)
        for _ in range(epochs):
            trainer.run_epoch()
            metrics = trainer.evaluate(running)  # raises Diverged on an exploded loss
            if on_metrics is not None:
                on_metrics(metrics)
            fired = rules.check(trainer.epoch, metrics.train_loss, metrics.test_loss)
            if fired is not None:
                stopped = fired
                break
    return metrics, stopped
