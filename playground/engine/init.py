"""Weight initialisers. Each draws from an explicit ``np.random.Generator`` so runs repeat.

An initialiser returns ``W : (fan_in, fan_out)``. ``normal`` is the tutorials' scheme,
every weight N(0, std²) with a standard deviation the user gives (``np.random.randn(...) * std``);
the others ignore the std (``Initializer.uses_std``). Biases start at zero, or (``BIAS_INITS``
"normal") N(0, std²) too, whatever the scheme. ``MLP.initialize`` draws layer by layer from one
generator: W0, then b0 when biases are drawn, then W1, and so on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.errors import ConfigError

Init = Callable[..., np.ndarray]  # (rng, fan_in, fan_out[, std]) -> W (fan_in, fan_out)


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


def normal(rng: np.random.Generator, fan_in: int, fan_out: int, std: float = 1.0) -> np.ndarray:
    """The tutorials' scheme: every weight N(0, std²)."""
    return rng.normal(0.0, std, size=(fan_in, fan_out))


def playground_uniform(rng: np.random.Generator, fan_in: int, fan_out: int) -> np.ndarray:
    """TensorFlow Playground's scheme: every weight uniform in [-0.5, 0.5]."""
    return rng.uniform(-0.5, 0.5, size=(fan_in, fan_out))


@dataclass(frozen=True)
class Initializer:
    name: str
    label: str
    draw: Init
    uses_std: bool = False  # ``draw`` takes the config's ``init_std`` as a 4th argument

    def weights(self, rng: np.random.Generator, fan_in: int, fan_out: int,
                std: float = 1.0) -> np.ndarray:
        """A weight block ``(fan_in, fan_out)``; ``std`` is used by schemes that take one."""
        if self.uses_std:
            return self.draw(rng, fan_in, fan_out, std)
        return self.draw(rng, fan_in, fan_out)


INITIALIZERS: dict[str, Initializer] = {
    i.name: i
    for i in (
        Initializer("glorot_uniform", "Glorot uniform", glorot_uniform),
        Initializer("glorot_normal", "Glorot normal", glorot_normal),
        Initializer("he_uniform", "He uniform", he_uniform),
        Initializer("he_normal", "He normal", he_normal),
        Initializer("uniform", "Uniform ±0.5 (TF Playground)", playground_uniform),
        Initializer("normal", "Normal N(0, σ²) (tutorials)", normal, uses_std=True),
    )
}
# How biases start: zero, or drawn N(0, std²) like a ``normal`` weight (name -> label).
BIAS_INITS: dict[str, str] = {"zero": "Zero", "normal": "Normal N(0, σ²)"}
DEFAULT_INIT_STD = 1.0
MAX_INIT_STD = 100.0  # beyond this every tanh or sigmoid unit saturates at the first step


def check_bias_init(name: str) -> None:
    if name not in BIAS_INITS:
        raise ConfigError(
            f"unknown bias initialisation {name!r} (choose from {', '.join(BIAS_INITS)})")


def get_initializer(name: str) -> Initializer:
    try:
        return INITIALIZERS[name]
    except KeyError:
        raise ConfigError(
            f"unknown initialiser {name!r} (choose from {', '.join(INITIALIZERS)})"
        ) from None
