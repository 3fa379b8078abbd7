"""A job for the Compare dialog's tests, in a module without Qt so that the background
process that runs it starts quickly."""

from __future__ import annotations

from playground.errors import ConfigError
from playground.training.compare import train_job


def failing_sgd_job(config, points, epochs, *, report):
    """``train_job``, but a configuration with SGD fails."""
    if config.optimizer == "sgd":
        raise ConfigError("this one cannot train")
    return train_job(config, points, epochs, report=report)
