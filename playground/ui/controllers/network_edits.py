"""Undoable edits of the live network: typed weights and biases, frozen and pruned neurons.

A typed value is a ``SessionModel.edit_weights`` call; its undo types back the value the latest
snapshot showed. Freezing and pruning are config changes (``TrainConfig.frozen`` / ``pruned``)
that apply live; pruning also zeroes the neuron's weights, so its undo restores the config and
then types back the weights it zeroed.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QUndoCommand

from playground.engine.neurons import incoming, outgoing
from playground.session.model import SessionModel
from playground.training.config import TrainConfig

Change = tuple[int, int, int, float]
NEURON_STATES = ("active", "frozen", "pruned")


def current_values(model: SessionModel, changes: list[Change]) -> tuple[Change, ...] | None:
    """The values the network has now at the addresses of ``changes`` (None: no weights yet
    or another architecture)."""
    w = model.weights
    if w is None:
        return None
    out = []
    for layer, row, col, _value in changes:
        if layer >= len(w.weights):
            return None
        fan_in = w.weights[layer].shape[0]
        block = w.biases[layer] if row == fan_in else w.weights[layer][row]
        if col >= block.shape[0]:
            return None
        out.append((layer, row, col, float(block[col])))
    return tuple(out)


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


def neuron_state(config: TrainConfig, layer: int, unit: int) -> str:
    if (layer, unit) in config.pruned:
        return "pruned"
    return "frozen" if (layer, unit) in config.frozen else "active"


def with_neuron_state(config: TrainConfig, layer: int, unit: int, state: str) -> TrainConfig:
    """``config`` with hidden neuron ``(layer, unit)`` active, frozen or pruned."""
    n = (layer, unit)
    frozen = tuple(m for m in config.frozen if m != n)
    pruned = tuple(m for m in config.pruned if m != n)
    if state == "frozen":
        frozen += (n,)
    elif state == "pruned":
        pruned += (n,)
    elif state != "active":
        raise ValueError(f"a neuron is one of {', '.join(NEURON_STATES)} (got {state!r})")
    return config.replace(frozen=frozen, pruned=pruned)


class NeuronCommand(QUndoCommand):
    """Freeze, prune or restore one hidden neuron; undo brings back the weights a prune
    zeroed."""

    def __init__(self, model: SessionModel, layer: int, unit: int, state: str,
                 text: str) -> None:
        super().__init__(text)
        self.model = model
        self.before_config = model.config
        self.after_config = with_neuron_state(model.config, layer, unit, state)
        sizes = model.config.layer_sizes
        idx = np.concatenate([incoming(sizes, layer, unit), outgoing(sizes, layer, unit)])
        self.saved = _values_at(model, sizes, idx)

    def redo(self) -> None:
        self.model.set_config(self.after_config)

    def undo(self) -> None:
        model = self.model
        model.set_config(self.before_config)
        if self.saved and (self.after_config.pruned != self.before_config.pruned):
            model.edit_weights(self.saved)


def _values_at(model: SessionModel, sizes: tuple[int, ...],
               flat: np.ndarray) -> tuple[Change, ...]:
    """``(layer, row, col, value)`` of flat parameter indices, read off the model's latest
    weights (empty when it has none)."""
    w = model.weights
    if w is None:
        return ()
    out: list[Change] = []
    starts = np.cumsum([0] + [(a + 1) * b for a, b in zip(sizes[:-1], sizes[1:])])
    for i in flat:
        layer = int(np.searchsorted(starts, i, side="right") - 1)
        row, col = divmod(int(i - starts[layer]), sizes[layer + 1])
        block = w.biases[layer] if row == sizes[layer] else w.weights[layer][row]
        out.append((layer, row, col, float(block[col])))
    return tuple(out)
