"""Undoable edits of the live network: typed weights and biases, frozen and pruned neurons.

A typed value is a ``SessionModel.edit_weights`` call; its undo types back the value the latest
snapshot showed (``SessionModel.values_at``). Freezing and pruning are config changes
(``TrainConfig.with_neuron_state``) that apply live; pruning also zeroes the neuron's weights,
so its undo restores the config and then types back the weights it zeroed
(``SessionModel.neuron_values``). The maths lives below ``ui/``; these are the undo steps.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from playground.engine.neurons import Change
from playground.session.model import SessionModel


class WeightsCommand(QUndoCommand):
    """Typed values; undo types back the ones they replaced."""

    def __init__(self, model: SessionModel, changes: tuple[Change, ...],
                 before: tuple[Change, ...], text: str) -> None:
        super().__init__(text)
        self.model, self.changes, self.before = model, changes, before

    def redo(self) -> None:
        self.model.edit_weights(self.changes)

    def undo(self) -> None:
        self.model.edit_weights(self.before)


class NeuronCommand(QUndoCommand):
    """Freeze, prune or restore one hidden neuron; undo brings back the weights a prune
    zeroed."""

    def __init__(self, model: SessionModel, layer: int, unit: int, state: str,
                 text: str) -> None:
        super().__init__(text)
        self.model = model
        self.before_config = model.config
        self.after_config = model.config.with_neuron_state(layer, unit, state)
        self.saved = model.neuron_values(layer, unit)

    def redo(self) -> None:
        self.model.set_config(self.after_config)

    def undo(self) -> None:
        model = self.model
        model.set_config(self.before_config)
        if self.saved and (self.after_config.pruned != self.before_config.pruned):
            model.edit_weights(self.saved)
