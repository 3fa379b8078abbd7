"""Learning-rate schedules: a registry of name -> (label, function, declared parameters).

A schedule maps ``(base_lr, epoch, params)`` to the epoch's learning rate (epochs count from
0). Its ``params`` are ``Param`` entries (``params.py``) that map onto ``TrainConfig`` fields,
so the config validates them and the settings panel offers them without knowing the schedule.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from playground.engine.params import Param, Value
from playground.errors import ConfigError
from playground.texts import translate_noop

Schedule = Callable[[float, int, Mapping[str, Value]], float]

LR_STEP_SIZE = Param("step_size", "lr_step_size", translate_noop("TrainingPanel", "Step size"),
                     "int", 100, 1, 10**9, noun="schedule step size",
                     ui_suffix=translate_noop("TrainingPanel", " epochs"),
                     tip=translate_noop(
                             "TrainingPanel", "Step schedule: multiply the learning rate by γ "
                             "this often"))
LR_GAMMA = Param("gamma", "lr_gamma", translate_noop("TrainingPanel", "Gamma γ"), "float", 0.5,
                 1e-6, 1.0, noun="schedule gamma", ui_decimals=6, ui_step=0.01,
                 tip=translate_noop(
                         "TrainingPanel", "Factor applied to the learning rate (per step, or per "
                         "epoch)"))
LR_T_MAX = Param("t_max", "lr_t_max", translate_noop("TrainingPanel", "Length"), "int", 1000, 1,
                 10**9, noun="schedule length",
                 ui_suffix=translate_noop("TrainingPanel", " epochs"),
                 tip=translate_noop(
                         "TrainingPanel", "Cosine: epochs to anneal the learning rate down to "
                         "its minimum"))
# not in TrainConfig: the window and the CLI anneal to 0
LR_MIN = Param("lr_min", None, translate_noop("TrainingPanel", "Minimum learning rate"), "float",
               0.0, 0.0, noun="minimum learning rate",
               tip=translate_noop(
                       "TrainingPanel", "Cosine: the learning rate at the end of the cycle"))


def _constant(lr: float, epoch: int, p: Mapping[str, Value]) -> float:
    return lr


def _step(lr: float, epoch: int, p: Mapping[str, Value]) -> float:
    return lr * float(p["gamma"]) ** (epoch // max(1, int(p["step_size"])))


def _exponential(lr: float, epoch: int, p: Mapping[str, Value]) -> float:
    return lr * float(p["gamma"]) ** epoch


def _cosine(lr: float, epoch: int, p: Mapping[str, Value]) -> float:
    t_max = max(1, int(p["t_max"]))
    lr_min = float(p["lr_min"])
    # PyTorch's CosineAnnealingLR closed form; past t_max it stays at the minimum
    e = min(epoch, t_max)
    return lr_min + (lr - lr_min) * (1.0 + math.cos(math.pi * e / t_max)) / 2.0


@dataclass(frozen=True)
class ScheduleSpec:
    """A learning-rate schedule: name, menu label, its function and the parameters it reads
    (the function gets every one of them, defaults filled in)."""

    name: str
    label: str
    fn: Schedule
    params: tuple[Param, ...] = ()


SCHEDULES: dict[str, ScheduleSpec] = {
    s.name: s
    for s in (
        ScheduleSpec("constant", "Constant", _constant),
        ScheduleSpec("step", "Step", _step, (LR_STEP_SIZE, LR_GAMMA)),
        ScheduleSpec("exponential", "Exponential", _exponential, (LR_GAMMA.with_default(0.99),)),
        ScheduleSpec("cosine", "Cosine", _cosine, (LR_T_MAX, LR_MIN)),
    )
}


def get_schedule(name: str) -> ScheduleSpec:
    try:
        return SCHEDULES[name]
    except KeyError:
        raise ConfigError(
            f"unknown schedule {name!r} (choose from {', '.join(SCHEDULES)})"
        ) from None


def scheduled_lr(
    name: str, lr: float, epoch: int, params: Mapping[str, Value] | None = None
) -> float:
    """The learning rate for an epoch (epochs count from 0) under a schedule; parameters not
    given take their declared defaults, given ones are checked against their declaration."""
    spec = get_schedule(name)
    declared = {p.name: p for p in spec.params}
    values: dict[str, Value] = {p.name: p.default for p in spec.params}
    for key, value in (params or {}).items():
        if key not in declared:
            raise ConfigError(f"schedule {name!r} has no parameter {key!r}")
        values[key] = declared[key].check(value)
    return spec.fn(lr, epoch, values)


