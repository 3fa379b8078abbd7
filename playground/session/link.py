"""The link from a session model to a training loop: model events become protocol commands.

``link(model, channel)`` is all it takes, for the window's process client and for an in-process
``TrainingLoop`` alike (tests, headless use). A command that cannot be delivered (the training
process died and is being restarted from the model's current state) is logged and reported to
``on_lost``; it is never dropped silently.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from playground.session.model import (
    ClassNamesChanged,
    ConfigChanged,
    Event,
    HistoryChanged,
    PlayChanged,
    PointsEdited,
    SessionModel,
    SessionReplaced,
    TrainedSinceSave,
    WeightsEdited,
    WeightsReplaced,
)
from playground.training.protocol import (
    ChannelClosed,
    Command,
    EditPoints,
    LoadWeights,
    LoopOptions,
    Pause,
    Play,
    Reset,
    SetConfig,
    SetWeights,
    Start,
    TrainingChannel,
)

log = logging.getLogger("playground.link")


def start_message(model: SessionModel, options: LoopOptions | None = None) -> Start:
    """What a (re)started training process is built from: the model's config and points."""
    points, version = model.edited  # one read: the pair is replaced whole
    return Start(model.config, points, options or LoopOptions(), version, model.generation)


def command_for(event: Event) -> Command | None:
    """The command that tells the trainer about ``event`` (None: nothing to tell)."""
    match event:
        case PointsEdited(edit, _points, version):
            return EditPoints(edit, version)
        case ConfigChanged(config, _reset, generation):
            return SetConfig(config, generation)
        case PlayChanged(playing):
            return Play() if playing else Pause()
        case WeightsReplaced(state, generation):
            return Reset(generation) if state is None else LoadWeights(state, generation)
        case WeightsEdited(changes):
            return SetWeights(changes)
        case ClassNamesChanged() | HistoryChanged() | SessionReplaced() | TrainedSinceSave():
            return None
    raise TypeError(f"not a session event: {event!r}")


def link(model: SessionModel, channel: TrainingChannel,
         on_lost: Callable[[str], None] | None = None) -> None:
    """Send every change of ``model`` to ``channel`` from now on."""

    def forward(event: Event) -> None:
        command = command_for(event)
        if command is None:
            return
        try:
            channel.send(command)
        except ChannelClosed as exc:
            log.warning("%s not delivered: %s", type(command).__name__, exc)
            if on_lost is not None:
                on_lost(str(exc))

    model.subscribe(forward)
