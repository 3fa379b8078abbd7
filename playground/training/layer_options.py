"""The hidden layers' options as a person gives them: ``playground train --dropout 0.2``, a
lesson's ``norm = "batch"``, ``pg.Session(skip=True)``, a sweep's ``dropout=0,0.2,0.5``.

``TrainConfig`` holds one value per hidden layer (or ``()`` for off everywhere,
``engine.layers.LayerOptions``). People write them shorter, and every front end reads them
here, the same way:

- ``dropout``: one rate for every hidden layer (``0.2``), or one rate per hidden layer
  (``[0, 0.2, 0.2]``, ``"0,0.2,0.2"``); a rate is from 0 to ``MAX_DROPOUT``.
- ``norm``: one of ``NORMS`` for every hidden layer (``"batch"``), or one per hidden layer
  (``["none", "layer"]``, ``"none,layer"``).
- ``skip``: ``True`` (``"all"``, the command line's ``--skip`` alone) for every hidden layer
  that can take one (``engine.layers.skippable``: as wide as the hidden layer before it; it
  is refused when none can), ``False`` (``"none"``) for none, hidden-layer numbers from 1
  (``[2, 3]``, ``"2,3"``), or one true/false per hidden layer (``[False, True, True]``).

``given_value`` reads what was given without knowing the network (a sweep's grid value, the
command line's text); ``per_layer`` makes it one value per hidden layer of a network; both
raise ``ConfigError`` starting with the option's name as the caller spells it (``label``).
The config checks the rest (a skip between unequal widths, batch norm with batches of one).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from playground.engine.layers import MAX_DROPOUT, NORMS, skippable
from playground.errors import ConfigError

LAYER_OPTIONS = ("dropout", "norm", "skip")  # option name == TrainConfig field
ALL = ("all", "true", "yes", "on")
NONE = ("none", "false", "no", "off")


def _parts(text: str) -> list[str]:
    return [p.strip() for p in text.split(",")]


def _rate(label: str, value: Any) -> float:
    try:
        if isinstance(value, (bool, np.bool_)):
            raise ValueError(value)
        rate = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise ConfigError(f"{label} must be a rate from 0 to {MAX_DROPOUT:g}, or one rate per "
                          f"hidden layer, e.g. 0.2 or 0,0.2,0.2 (got {str(value)[:40]!r})"
                          ) from None
    if not (math.isfinite(rate) and 0.0 <= rate <= MAX_DROPOUT):
        raise ConfigError(f"{label} must be a rate from 0 to {MAX_DROPOUT:g} "
                          f"(got {str(value)[:40]})")
    return rate


def _norm(label: str, value: Any) -> str:
    name = value.strip() if isinstance(value, str) else value
    if not isinstance(name, str) or name not in NORMS:
        raise ConfigError(f"{label}: unknown normalisation {str(value)[:40]!r} (choose from "
                          f"{', '.join(NORMS)})")
    return name


def _layer_number(label: str, value: Any) -> int:
    try:
        if isinstance(value, (bool, np.bool_)) or (isinstance(value, float)
                                                   and not value.is_integer()):
            raise ValueError(value)
        number = int(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise ConfigError(f"{label} takes 'all', 'none' or hidden-layer numbers from 1, e.g. "
                          f"2,3 (got {str(value)[:40]!r})") from None
    return number


def given_value(name: str, value: Any, label: str | None = None) -> Any:
    """``value`` of option ``name`` (``dropout``, ``norm``, ``skip``) in its one form,
    without the network: ``dropout`` a float (every hidden layer) or a tuple of floats (one
    per layer); ``norm`` a name or a tuple of names; ``skip`` a bool (every layer that can /
    none), a tuple of hidden-layer numbers from 1, or a tuple of bools (one per layer).
    Text is read as the command line writes it."""
    label = label or name
    if name not in LAYER_OPTIONS:
        raise ConfigError(f"unknown layer option {name!r} (choose from "
                          f"{', '.join(LAYER_OPTIONS)})")
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if name == "dropout":
        if isinstance(value, str):
            parts = _parts(value)
            return _rate(label, parts[0]) if len(parts) == 1 else tuple(
                _rate(label, p) for p in parts)
        if isinstance(value, Sequence):
            return tuple(_rate(label, p) for p in value)
        return _rate(label, value)
    if name == "norm":
        if isinstance(value, str):
            parts = _parts(value)
            return _norm(label, parts[0]) if len(parts) == 1 else tuple(
                _norm(label, p) for p in parts)
        if isinstance(value, Sequence):
            return tuple(_norm(label, p) for p in value)
        return _norm(label, value)
    # skip
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if value is None:
        return False
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ALL:
            return True
        if text in NONE or not text:
            return False
        return tuple(_layer_number(label, p) for p in _parts(text))
    if isinstance(value, Sequence) and not isinstance(value, bytes):
        items = list(value)
        if items and all(isinstance(v, (bool, np.bool_)) for v in items):
            return tuple(bool(v) for v in items)
        return tuple(_layer_number(label, v) for v in items)
    if isinstance(value, (int, np.integer)):
        return (_layer_number(label, value),)
    raise ConfigError(f"{label} takes true (every hidden layer that can), false, or "
                      f"hidden-layer numbers from 1 such as [2, 3] (got {str(value)[:40]!r})")


def _count(n: int) -> str:
    return f"{n} hidden layer{'s' if n != 1 else ''}"


def per_layer(name: str, value: Any, hidden: Sequence[int],
              label: str | None = None) -> tuple[Any, ...]:
    """Option ``name`` given as ``value`` (any form ``given_value`` reads) as one value per
    hidden layer of widths ``hidden``, the way ``TrainConfig`` holds it."""
    label = label or name
    given = given_value(name, value, label)
    n = len(hidden)
    layers = ",".join(map(str, hidden)) or "none"
    if name == "skip":
        if given is True:
            allowed = skippable(hidden)
            if not any(allowed):
                raise ConfigError(
                    f"{label}: no hidden layer can take a skip: a skip adds the previous "
                    f"hidden layer's output, so it needs two consecutive hidden layers of "
                    f"the same width (the hidden layers are {layers})")
            return allowed
        if given is False:
            return ()
        if given and isinstance(given[0], bool):
            if len(given) != n:
                raise ConfigError(f"{label} needs one true/false per hidden layer: the network "
                                  f"has {_count(n)}, got {len(given)}")
            chosen = tuple(given)
        else:
            for number in given:
                if not 1 <= number <= n:
                    raise ConfigError(f"{label}: there is no hidden layer {number} (the "
                                      f"network has {_count(n)}; they are numbered from 1)")
            chosen = tuple(i + 1 in given for i in range(n))
        allowed = skippable(hidden)
        for i, on in enumerate(chosen):
            if on and not allowed[i] and i == 0:
                raise ConfigError(f"{label}: hidden layer 1 cannot take a skip: a skip adds "
                                  "the previous hidden layer's output, and the first hidden "
                                  "layer has none before it")
            if on and not allowed[i]:
                raise ConfigError(f"{label}: hidden layer {i + 1} cannot take a skip: a skip "
                                  f"adds the previous hidden layer's output, so both need the "
                                  f"same width (hidden layer {i} has {hidden[i - 1]} units, "
                                  f"hidden layer {i + 1} has {hidden[i]})")
        return chosen
    if isinstance(given, tuple):
        if not given:  # the config's own way to write "off in every layer"
            return ()
        if len(given) != n:
            what = "rate" if name == "dropout" else "normalisation"
            raise ConfigError(f"{label} needs one {what} for every hidden layer or one per "
                              f"hidden layer: the network has {_count(n)} ({layers}), got "
                              f"{len(given)} values")
        return given
    if n == 0 and given not in (0.0, "none"):
        raise ConfigError(f"{label} applies to hidden layers, and the network has none")
    return (given,) * n


def layer_changes(changes: Mapping[str, Any], hidden: Sequence[int],
                  labels: Mapping[str, str] | None = None) -> dict[str, Any]:
    """``changes`` (``TrainConfig`` field -> value) with each layer option given in it made
    one value per hidden layer of ``hidden``."""
    out = dict(changes)
    for name in LAYER_OPTIONS:
        if name in out:
            out[name] = per_layer(name, out[name], hidden, (labels or {}).get(name))
    return out
