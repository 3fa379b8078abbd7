"""What the network diagram says about the thing under the pointer: a link's weight and
gradient, a bias, a neuron's state and mean |delta|. Plain text, no Qt.

Gradients come from the latest ``Inspection`` the window received (computed by the training
process while the pointer is over the diagram or the gradient overlay is on).
"""

from __future__ import annotations

import math

from playground.data.features import feature_label
from playground.engine.activations import ACTIVATIONS
from playground.session.view_inputs import NetworkPicture
from playground.training.config import TrainConfig
from playground.training.protocol import Inspection
from playground.ui.views.network_layout import Target

NOT_MEASURED = "gradient: not measured yet"


def fmt(value: float) -> str:
    """A value to 3 significant digits, with a real minus sign."""
    if not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("∞" if value > 0 else "−∞")
    text = f"{value:.3g}"
    return text.replace("-", "−")


def state_of(config: TrainConfig, column: int, unit: int) -> str:
    """"active", "frozen" or "pruned" of node ``unit`` of ``column`` (inputs and outputs are
    always active)."""
    n = (column - 1, unit)
    if not 0 < column < len(config.layer_sizes) - 1:
        return "active"
    if n in config.pruned:
        return "pruned"
    return "frozen" if n in config.frozen else "active"


def node_name(config: TrainConfig, column: int, unit: int) -> str:
    if column == 0:
        return feature_label(config.features[unit])
    if column == len(config.layer_sizes) - 1:
        return "the output" if config.layer_sizes[-1] == 1 else f"output {unit + 1}"
    return f"neuron {unit + 1} of layer {column}"


def pruned_end(config: TrainConfig, target: Target) -> str | None:
    """Why a link or bias cannot be typed into: the pruned neuron it belongs to; None when
    it can."""
    ends: tuple[tuple[int, int], ...]
    if target.kind == "link":
        ends = ((target.layer, target.unit), (target.layer + 1, target.to))
    elif target.kind == "bias":
        ends = ((target.layer + 1, target.unit),)
    else:
        return None
    for column, unit in ends:
        if state_of(config, column, unit) == "pruned":
            name = node_name(config, column, unit)
            return (f"{name[0].upper()}{name[1:]} is pruned: its weights stay 0. "
                    "Restore it (right-click it) to type values.")
    return None


def gradient(inspection: Inspection | None, snap: NetworkPicture,
             address: tuple[int, int, int], symbol: str) -> str:
    """"∂L/∂w = −0.0041" of the parameter at ``address`` (``engine.neurons`` addressing)."""
    if inspection is None:
        return NOT_MEASURED
    layer, row, col = address
    if layer >= len(inspection.grad_weights) or (
            inspection.grad_weights[layer].shape != snap.weights[layer].shape):
        return NOT_MEASURED  # of another network
    grads = inspection.grad_weights[layer]
    value = (inspection.grad_biases[layer][col] if row == grads.shape[0]
             else grads[row, col])
    text = f"∂L/∂{symbol} = {fmt(float(value))}"
    if inspection.epoch != snap.epoch:
        text += f" (at epoch {inspection.epoch:,})"
    return text


def describe(target: Target, snap: NetworkPicture, inspection: Inspection | None) -> str:
    """The hover text of ``target`` as the picture ``snap`` has it."""
    config = snap.config
    if target.kind == "neuron":
        return _describe_node(target, snap, inspection)
    address = target.param(config.layer_sizes)
    assert address is not None
    layer, row, col = address
    if target.kind == "link":
        title = (f"Weight from {node_name(config, layer, row)} "
                 f"to {node_name(config, layer + 1, col)}")
        value, symbol = float(snap.weights[layer][row, col]), "w"
    else:
        title = f"Bias of {node_name(config, layer + 1, col)}"
        value, symbol = float(snap.biases[layer][col]), "b"
    lines = [title, f"{symbol} = {fmt(value)}, {gradient(inspection, snap, address, symbol)}"]
    refused = pruned_end(config, target)
    lines.append(refused if refused is not None else "Click to type a new value.")
    return "\n".join(lines)


def _describe_node(target: Target, snap: NetworkPicture, inspection: Inspection | None) -> str:
    config, column, unit = snap.config, target.layer, target.unit
    name = node_name(config, column, unit)
    if column == 0:
        return f"Input {name}"
    lines = [name[0].upper() + name[1:]]
    last = len(config.layer_sizes) - 1
    if column < last:
        lines[0] += f" ({ACTIVATIONS[config.activations[column - 1]].label})"
        state = state_of(config, column, unit)
        if state == "frozen":
            lines.append("Frozen: training leaves its incoming weights and bias as they are.")
        elif state == "pruned":
            lines.append("Pruned: its weights are held at 0.")
    lines.append(f"bias b = {fmt(float(snap.biases[column - 1][unit]))}")
    if inspection is not None and column - 1 < len(inspection.mean_delta):
        delta = float(inspection.mean_delta[column - 1][unit])
        lines.append(f"mean |δ| = {fmt(delta)} (how strongly the loss pulls on it)")
    if column < last:
        lines.append("Hover: its output fills the canvas. Right-click: freeze, prune, restore.")
    return "\n".join(lines)
