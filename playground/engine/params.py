"""Declared hyper-parameters: one table entry per parameter, read by everyone who needs it.

A ``Param`` says what an optimizer or a learning-rate schedule takes (in the spirit of
scikit-learn's ``_parameter_constraints``): the keyword its code reads, the ``TrainConfig``
field that stores it, a label, its type, its default and its bounds. ``Param.check`` is the
only range check there is: the optimizers, ``TrainConfig`` and the settings panel all call it
or read its bounds, so a parameter has exactly one range. The ``ui_*`` fields are hints for
the panel's editor and change nothing else.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from numbers import Integral, Real
from typing import Literal

from playground.errors import ConfigError

Kind = Literal["float", "int", "bool"]
Value = float | int | bool


def _g(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class Param:
    """One hyper-parameter.

    name : the keyword the optimizer or schedule takes (``"lr"``, ``"gamma"``).
    field : the ``TrainConfig`` field holding its value, or None for a parameter the
        config does not carry (the engine's default is then always used). A new optimizer
        or schedule maps its parameters onto existing fields this way.
    label : a short label for menus and forms, without a mnemonic.
    kind : ``"float"``, ``"int"`` or ``"bool"``.
    default : the value used when none is given.
    low, high : the bounds; ``low_open`` / ``high_open`` exclude them. Ints are inclusive.
    noun : how messages name it; by default the field (or name) with spaces for ``_``.
    tip : one line saying what it does (tooltips, help).
    ui_decimals, ui_step : a float spin box's decimals and step (``ui_step=0``: presets).
    ui_presets : values the arrows step through (used when ``ui_step`` is 0).
    ui_suffix : unit shown after the value (``" epochs"``).
    ui_log : edit on a log scale (the learning rate).
    """

    name: str
    field: str | None
    label: str
    kind: Kind
    default: Value
    low: float = -math.inf
    high: float = math.inf
    low_open: bool = False
    high_open: bool = False
    noun: str = ""
    tip: str = ""
    ui_decimals: int = 3
    ui_step: float = 0.0
    ui_presets: tuple[float, ...] = ()
    ui_suffix: str = ""
    ui_log: bool = False

    def __post_init__(self) -> None:
        if not self.noun:
            object.__setattr__(self, "noun", (self.field or self.name).replace("_", " "))
        if self.kind == "int" and not (math.isfinite(self.low) and math.isfinite(self.high)):
            raise ValueError(f"int parameter {self.name!r} needs finite bounds")
        self.check(self.default)  # a table entry whose default it refuses is a bug

    # --- bounds -------------------------------------------------------------------------------
    def contains(self, value: float) -> bool:
        """Whether a finite number lies within the bounds."""
        above = value > self.low if self.low_open else value >= self.low
        below = value < self.high if self.high_open else value <= self.high
        return above and below

    def describe(self) -> str:
        """The range in words: ``"at least 0 and below 1"``, ``"between 1 and 100"``."""
        if self.kind == "bool":
            return "true or false"
        if self.kind == "int":
            return f"between {int(self.low)} and {int(self.high)}"
        parts = []
        if self.low != -math.inf:
            parts.append(f"above {_g(self.low)}" if self.low_open else f"at least {_g(self.low)}")
        if self.high != math.inf:
            parts.append(f"below {_g(self.high)}" if self.high_open else f"at most {_g(self.high)}")
        return " and ".join(parts) or "any number"

    # --- validation ---------------------------------------------------------------------------
    def check(self, value: object) -> Value:
        """``value`` as this parameter's type, or ``ConfigError`` naming the parameter."""
        if self.kind == "bool":
            if not isinstance(value, bool):
                raise ConfigError(f"{self.noun} must be true or false (got {value!r})")
            return value
        if self.kind == "int":
            if isinstance(value, bool) or not isinstance(value, Integral):
                raise ConfigError(f"{self.noun} must be a whole number (got {value!r})")
            whole = int(value)
            if not self.contains(whole):
                raise ConfigError(f"{self.noun} must be {self.describe()} (got {whole})")
            return whole
        if isinstance(value, bool) or not isinstance(value, Real):
            raise ConfigError(f"{self.noun} must be a number (got {str(value)[:20]})")
        try:
            number = float(value)
        except OverflowError:  # a JSON integer beyond the float range
            number = math.inf
        if not math.isfinite(number):
            raise ConfigError(f"{self.noun} must be a number (got {str(value)[:20]})")
        if not self.contains(number):
            if number <= 0 < self.low or (number <= 0 == self.low and self.low_open):
                raise ConfigError(f"{self.noun} must be > 0 (got {_g(number)})")
            raise ConfigError(f"{self.noun} must be {self.describe()} (got {_g(number)})")
        return number

    def with_default(self, default: Value) -> Param:
        """The same parameter (same field and range) with another default, for one user."""
        return dataclasses.replace(self, default=default)
