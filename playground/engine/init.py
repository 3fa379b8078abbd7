"""Weight initialisers. Each draws from an explicit ``np.random.Generator`` so runs repeat.

An initialiser returns ``W : (fan_in, fan_out)``; biases always start at zero.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.errors import ConfigError

Init = Callable[[np.random.Generator, int, int], np.ndarray]


def glorot_uniform(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=(fan_in, fan_out))


def glorot_normal(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    return rng.normal(0.0, np.sqrt(2.0 / (fan_in + fan_out)), size=(fan_in, fan_out))


def he_uniform(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    limit = np.sqrt(6.0 / fan_in)
    return rng.uniform(-limit, limit, size=(fan_in, fan_out))


def he_normal(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_in, fan_out))


def playground_uniform(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """TensorFlow Playground's scheme: every weight uniform in [-0.5, 0.5]."""
    return rng.uniform(-0.5, 0.5, size=(fan_in, fan_out))


@dataclass(frozen=True)
class Initializer:
    name: str
    label: str
    draw: Init


INITIALIZERS: dict[str, Initializer] = {
    i.name: i
    for i in (
        Initializer("glorot_uniform", "Glorot uniform", glorot_uniform),
        Initializer("glorot_normal", "Glorot normal", glorot_normal),
        Initializer("he_uniform", "He uniform", he_uniform),
        Initializer("he_normal", "He normal", he_normal),
        Initializer("uniform", "Uniform ±0.5 (TF Playground)", playground_uniform),
    )
}


def get_initializer(name: str) -> Initializer:
    try:
        return INITIALIZERS[name]
    except KeyError:
        raise ConfigError(
            f"unknown initialiser {name!r} (choose from {', '.join(INITIALIZERS)})"
        ) from None
