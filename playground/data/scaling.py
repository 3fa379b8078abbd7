"""Input scaling as a choice: how raw coordinates become the network's inputs.

A spec is text (``TrainConfig.input_scaling``, the CLI's ``--input-scaling``, the weights
file's meta):

- ``standard``: z-score with the training points' mean and standard deviation (the default);
- ``standard:K``: z-score, then times K;
- ``none``: the raw coordinates as they are;
- ``scale:K``: the raw coordinates times K.

K is a finite number > 0. Every spec is a ``Normalizer`` (``u = (x - mean) / std``):
``standard:K`` has std/K, ``none`` mean 0 and std 1, ``scale:K`` mean 0 and std 1/K. So
whatever reads a normaliser (the trainer, the weights file's ``input_mean`` / ``input_std``,
``predict``, ``explain``, the exporters) applies exactly what training used, and nothing
else needs to know the spec. ``scaled_normalizer`` builds it for any number of input columns
(as many as ``Normalizer.fit`` gives means).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.data.features import Normalizer
from playground.errors import ConfigError

DEFAULT_INPUT_SCALING = "standard"
SCALING_KINDS: dict[str, str] = {  # kind -> label (what the window's control offers)
    "standard": "Standardise",
    "none": "None (raw)",
    "scale": "Scale by K",
}
MIN_FACTOR, MAX_FACTOR = 1e-6, 1e6
GRAMMAR = "standard, standard:K, none or scale:K with K a number > 0, e.g. scale:2"


@dataclass(frozen=True)
class InputScaling:
    """A parsed spec: ``kind`` of ``SCALING_KINDS`` and its factor K (1 when it has none)."""

    kind: str = "standard"
    factor: float = 1.0

    @property
    def text(self) -> str:
        """The spec in its one written form: ``standard``, ``standard:2``, ``none``,
        ``scale:0.5`` (``standard:1`` is ``standard``)."""
        if self.kind == "none" or (self.kind == "standard" and self.factor == 1.0):
            return self.kind
        return f"{self.kind}:{_number(self.factor)}"

    @property
    def describe(self) -> str:
        """What it does to a raw coordinate x, in words for the step-through and help."""
        if self.kind == "none":
            return "raw (u = x)"
        if self.kind == "scale":
            return f"scaled (u = {_number(self.factor)}·x)"
        times = "" if self.factor == 1.0 else f" × {_number(self.factor)}"
        return f"standardised (u = (x − mean) / std{times})"


def _number(k: float) -> str:
    text = repr(float(k))
    return text[:-2] if text.endswith(".0") else text


def parse_input_scaling(spec: object) -> InputScaling:
    """The parsed spec; ``ConfigError`` naming the grammar for anything else."""
    if not isinstance(spec, str):
        raise ConfigError(f"input scaling must be text (got {spec!r}); write {GRAMMAR}")
    kind, colon, rest = spec.strip().lower().partition(":")
    kind = kind.strip()
    if kind not in SCALING_KINDS:
        raise ConfigError(f"unknown input scaling {spec!r}: write {GRAMMAR}")
    if not colon:
        if kind == "scale":
            raise ConfigError(f"input scaling 'scale' needs its factor; write {GRAMMAR}")
        return InputScaling(kind)
    if kind == "none":
        raise ConfigError(f"input scaling 'none' takes no factor (got {spec!r}); write {GRAMMAR}")
    try:
        factor = float(rest.strip())
    except ValueError:
        raise ConfigError(
            f"input scaling {spec!r}: the factor must be a number; write {GRAMMAR}") from None
    if not (math.isfinite(factor) and MIN_FACTOR <= factor <= MAX_FACTOR):
        raise ConfigError(
            f"input scaling {spec!r}: the factor must be between {MIN_FACTOR:g} and "
            f"{MAX_FACTOR:g}; write {GRAMMAR}")
    return InputScaling(kind, factor)


def normalize_input_scaling(spec: object) -> str:
    """The spec's one written form (``InputScaling.text``), after checking it."""
    return parse_input_scaling(spec).text


def scaled_normalizer(spec: str, coords: np.ndarray) -> Normalizer:
    """The normaliser ``spec`` makes of the training coordinates ``coords`` (n, D)."""
    scaling = parse_input_scaling(spec)
    fitted = Normalizer.fit(coords)
    d, k = len(fitted.mean), scaling.factor
    if scaling.kind == "standard" and k == 1.0:
        return fitted
    # one value per column, as many as were fitted (typed loosely so it holds for any count)
    columns: dict[str, Any]
    if scaling.kind == "standard":
        columns = {"std": tuple(s / k for s in fitted.std)}
    else:
        columns = {"mean": (0.0,) * d, "std": (1.0 if scaling.kind == "none" else 1.0 / k,) * d}
    return dataclasses.replace(fitted, **columns)
