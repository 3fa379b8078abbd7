"""Stop rules: a maximum epoch, a target training loss, and patience.

``StopRules`` watches the losses after each epoch and names the rule that fires; the loop
(playing in the window) and ``playground train`` both use it, so a run stops at the same epoch
in either. Patience watches the test loss, or the training loss when there is no test split,
and fires when it has not improved on its best for ``patience`` epochs.
"""

from __future__ import annotations

import math

from playground.training.config import TrainConfig
from playground.training.trainer import Metrics

# the reasons, as ``playground train`` prints them in "stopped"
EPOCHS, STOP_LOSS, PATIENCE = "epochs", "stop_loss", "patience"


class StopRules:
    """The rules of one config; ``rearm`` starts patience afresh (pressing Play again)."""

    def __init__(self, config: TrainConfig) -> None:
        self.max_epochs = config.max_epochs
        self.stop_loss = config.stop_loss
        self.patience = config.patience
        self.rearm()

    def rearm(self, train_loss: float | None = None, test_loss: float | None = None) -> None:
        """Start watching afresh (Play), from the losses of the weights training starts from
        (when known): patience then counts the epochs that do not beat those."""
        watched = test_loss if test_loss is not None else train_loss
        self.best = watched if watched is not None and math.isfinite(watched) else math.inf
        self.since_best = 0
        self.reason: str | None = None

    def rearm_from(self, metrics: Metrics | None) -> None:
        """``rearm`` from the metrics of the weights training starts from (None: unknown)."""
        self.rearm(*((None, None) if metrics is None else (metrics.train_loss,
                                                           metrics.test_loss)))

    def after_epoch(self, epoch: int, metrics: Metrics | None) -> str | None:
        """``check`` with the epoch's metrics (None when no rule watches the losses)."""
        if metrics is None:
            return self.check(epoch)
        return self.check(epoch, metrics.train_loss, metrics.test_loss)

    @property
    def active(self) -> bool:
        return (self.max_epochs, self.stop_loss, self.patience) != (None, None, None)

    @property
    def needs_losses(self) -> bool:
        """Whether ``check`` needs the losses of every epoch (else only the epoch)."""
        return self.stop_loss is not None or self.patience is not None

    def before_epoch(self, epoch: int) -> str | None:
        """The rule that forbids another epoch from ``epoch`` on (the maximum is reached)."""
        if self.max_epochs is not None and epoch >= self.max_epochs:
            self.reason = EPOCHS
        return self.reason if self.reason == EPOCHS else None

    def check(self, epoch: int, train_loss: float | None = None,
              test_loss: float | None = None) -> str | None:
        """After an epoch: the rule that stops training here, or None."""
        if self.stop_loss is not None and train_loss is not None and (
                math.isfinite(train_loss) and train_loss <= self.stop_loss):
            self.reason = STOP_LOSS
            return self.reason
        if self.patience is not None:
            watched = test_loss if test_loss is not None else train_loss
            if watched is not None and math.isfinite(watched) and watched < self.best:
                self.best, self.since_best = watched, 0
            else:
                self.since_best += 1
            if self.since_best >= self.patience:
                self.reason = PATIENCE
                return self.reason
        if self.max_epochs is not None and epoch >= self.max_epochs:
            self.reason = EPOCHS
            return self.reason
        return None

    def describe(self, reason: str, epoch: int, test_split: bool) -> str:
        """The status-bar sentence for ``reason``."""
        if reason == EPOCHS:
            return (f"Stopped at epoch {epoch}: the maximum of {self.max_epochs} epochs was "
                    f"reached (raise it in Stop rules to go on).")
        if reason == STOP_LOSS:
            return (f"Stopped at epoch {epoch}: the training loss reached the target "
                    f"{self.stop_loss:g}.")
        watched = "test" if test_split else "training"
        return (f"Stopped at epoch {epoch}: the {watched} loss has not improved for "
                f"{self.patience} epochs (best {self.best:.4g}).")
