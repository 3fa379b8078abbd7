"""Whether a piece of work is 1-D: one question, asked of whatever the caller holds.

A 1-D session is explicit: its data set settings say ``dims == 1`` (a preset such as the sine,
an ``x,y`` CSV). Its points are regression points ``(x, 0)`` whose targets are y, and its
network sees x1 alone. The window asks it to choose the curve view over the canvas, the
command line to read and write ``x,y`` files. A network (a config or a weights file) is 1-D
when it is a regression network whose inputs depend on x1 alone: its output is a curve.
"""

from __future__ import annotations

from typing import Any

from playground.data.datasets import DatasetSpec
from playground.data.features import x1_only
from playground.data.points_csv import PointsTable
from playground.data.weights_file import WeightsFile
from playground.session.dataset import DatasetSettings
from playground.session.file import Session
from playground.session.model import SessionModel
from playground.training.config import TrainConfig

OneDSubject = (SessionModel | Session | DatasetSettings | DatasetSpec | PointsTable
               | TrainConfig | WeightsFile)


def one_d_network(task: str, features: Any) -> bool:
    """A regression network whose inputs depend on x1 alone (its output is a curve)."""
    return task == "regression" and x1_only(features)


def is_one_d(subject: OneDSubject) -> bool:
    """Whether ``subject`` is 1-D: a session, its saved file or data set settings, a preset,
    a points table read from CSV (by their ``dims``); a config or a weights file (by the
    network: regression on features of x1 alone)."""
    match subject:
        case SessionModel():
            return subject.dataset.dims == 1
        case Session():
            settings = DatasetSettings.from_dict(subject.dataset)
            return settings is not None and settings.dims == 1
        case DatasetSettings() | DatasetSpec() | PointsTable():
            return subject.dims == 1
        case TrainConfig():
            return one_d_network(subject.task, subject.features)
        case WeightsFile():
            return one_d_network(subject.meta["task"], subject.meta["features"])
    raise TypeError(f"cannot tell whether {type(subject).__name__} is 1-D")
