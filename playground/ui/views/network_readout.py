"""What the network diagram says about the thing under the pointer: a link's weight and
gradient, a bias, a neuron's state and mean |delta|. Plain text, no widgets; the words go
through ``ui.i18n`` (context ``NetworkView``, the diagram that shows them).

Gradients come from the latest ``Inspection`` the window received (computed by the training
process while the pointer is over the diagram or the gradient overlay is on).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale

from playground.data.features import feature_label
from playground.engine.activations import ACTIVATIONS
from playground.session.view_inputs import NetworkPicture
from playground.training.config import TrainConfig
from playground.training.protocol import Inspection
from playground.ui.i18n import translate, translate_noop
from playground.ui.views.network_layout import Target

NOT_MEASURED = translate_noop("NetworkView", "gradient: not measured yet")


def fmt(value: float) -> str:
    """A value to 3 significant digits, with a real minus sign."""
    if not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("∞" if value > 0 else "−∞")
    text = f"{value:.3g}"
    return text.replace("-", "−")


def grouped(value: int | float) -> str:
    """A whole number with the language's thousands separators (1,000 / 1.000)."""
    loc = QLocale()
    loc.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return loc.toString(float(value), "f", 0)


def state_of(config: TrainConfig, column: int, unit: int) -> str:
    """"active", "frozen" or "pruned" of node ``unit`` of ``column`` (inputs and outputs are
    always active)."""
    n = (column - 1, unit)
    if not 0 < column < len(config.layer_sizes) - 1:
        return "active"  # untranslated: a state's key
    if n in config.pruned:
        return "pruned"  # untranslated: a state's key
    return "frozen" if n in config.frozen else "active"  # untranslated: a state's key


def node_name(config: TrainConfig, column: int, unit: int) -> str:
    if column == 0:
        return feature_label(config.features[unit])
    if column == len(config.layer_sizes) - 1:
        return (translate("NetworkView", "the output") if config.layer_sizes[-1] == 1
                else translate("NetworkView", "output {unit}").format(unit=unit + 1))
    return translate("NetworkView", "neuron {unit} of layer {layer}").format(unit=unit + 1,
                                                                             layer=column)


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
            return translate("NetworkView", "{name} is pruned: its weights stay 0. Restore it "
                             "(right-click it) to type values.").format(
                                 name=f"{name[0].upper()}{name[1:]}")
    return None


def gradient(inspection: Inspection | None, snap: NetworkPicture,
             address: tuple[int, int, int], symbol: str) -> str:
    """"∂L/∂w = −0.0041" of the parameter at ``address`` (``engine.neurons`` addressing)."""
    if inspection is None:
        return translate("NetworkView", NOT_MEASURED)
    layer, row, col = address
    if layer >= len(inspection.grad_weights) or (
            inspection.grad_weights[layer].shape != snap.weights[layer].shape):
        return translate("NetworkView", NOT_MEASURED)  # of another network
    grads = inspection.grad_weights[layer]
    value = (inspection.grad_biases[layer][col] if row == grads.shape[0]
             else grads[row, col])
    text = f"∂L/∂{symbol} = {fmt(float(value))}"
    if inspection.epoch != snap.epoch:
        text = translate("NetworkView", "{gradient} (at epoch {epoch})").format(
            gradient=text, epoch=grouped(inspection.epoch))
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
        title = translate("NetworkView", "Weight from {source} to {target}").format(
            source=node_name(config, layer, row), target=node_name(config, layer + 1, col))
        value, symbol = float(snap.weights[layer][row, col]), "w"
    else:
        title = translate("NetworkView", "Bias of {node}").format(
            node=node_name(config, layer + 1, col))
        value, symbol = float(snap.biases[layer][col]), "b"
    lines = [title, f"{symbol} = {fmt(value)}, {gradient(inspection, snap, address, symbol)}"]
    refused = pruned_end(config, target)
    lines.append(refused if refused is not None
                 else translate("NetworkView", "Click to type a new value."))
    return "\n".join(lines)


def _describe_node(target: Target, snap: NetworkPicture, inspection: Inspection | None) -> str:
    config, column, unit = snap.config, target.layer, target.unit
    name = node_name(config, column, unit)
    if column == 0:
        return translate("NetworkView", "Input {name}").format(name=name)
    lines = [name[0].upper() + name[1:]]
    last = len(config.layer_sizes) - 1
    if column < last:
        lines[0] += " ({})".format(translate(
            "Activations", ACTIVATIONS[config.activations[column - 1]].label))
        state = state_of(config, column, unit)
        if state == "frozen":
            lines.append(translate("NetworkView", "Frozen: training leaves its incoming weights "
                                   "and bias as they are."))
        elif state == "pruned":
            lines.append(translate("NetworkView", "Pruned: its weights are held at 0."))
    lines.append(translate("NetworkView", "bias {formula}").format(
        formula=f"b = {fmt(float(snap.biases[column - 1][unit]))}"))
    if inspection is not None and column - 1 < len(inspection.mean_delta):
        delta = float(inspection.mean_delta[column - 1][unit])
        lines.append(translate("NetworkView", "mean |δ| = {value} (how strongly the loss pulls "
                               "on it)").format(value=fmt(delta)))
    if column < last:
        lines.append(translate("NetworkView", "Hover: its output fills the canvas. "
                               "Right-click: freeze, prune, restore."))
    return "\n".join(lines)
