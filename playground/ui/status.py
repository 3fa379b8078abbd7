"""Status bar text (pure functions): one line and a metrics tooltip for a moment of the run
(``RunStatus``: a live snapshot's or a replay frame's), and the readout of what lies under
the pointer on the canvas."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QLocale

from playground.data.points import default_class_name
from playground.session.view_inputs import RunStatus
from playground.training.config import TrainConfig
from playground.training.stopping import EPOCHS, PATIENCE, STOP_LOSS
from playground.ui.i18n import SOURCE_LANGUAGE, current_language, translate, translate_noop

SEP = " · "
# the end of the status line when a stop rule paused play, when the rule's value is not known
# (``stop_note``; the tooltip has the loop's whole sentence)
STOP_NOTES = {
    EPOCHS: translate_noop("Status", "stopped: maximum epoch reached"),
    STOP_LOSS: translate_noop("Status", "stopped: target loss reached"),
    PATIENCE: translate_noop("Status", "stopped: no improvement (patience)"),
}


def stop_note(reason: str, config: TrainConfig) -> str:
    """The end of the status line when the stop rule ``reason`` paused play, with the rule's
    value: short enough to sit beside the metrics, the hover readout and a message at
    1280 px (the loop's longer sentence is the line's tooltip)."""
    if reason == EPOCHS and config.max_epochs is not None:
        return translate("Status", "stopped: maximum of {epochs} epochs").format(
            epochs=format_count(config.max_epochs))
    if reason == STOP_LOSS and config.stop_loss is not None:
        return translate("Status", "stopped: target loss {loss} reached").format(
            loss=f"{config.stop_loss:g}")
    if reason == PATIENCE and config.patience is not None:
        return translate("Status", "stopped: no improvement in {epochs} epochs").format(
            epochs=format_count(config.patience))
    return translate("Status", STOP_NOTES.get(reason, translate_noop("Status", "stopped")))


def format_count(n: int) -> str:
    """A whole number with the window's language's thousands separators ("12,345" in
    English, "12.345" in German and Spanish: a comma there is the decimal sign)."""
    code = current_language()
    if code == SOURCE_LANGUAGE:
        return f"{n:,}"
    return QLocale(code).toString(int(n))


def format_loss(value: float | None) -> str:
    """A loss with three decimals, or three significant digits when very small or large."""
    if value is None or math.isnan(value):
        return "–"
    if math.isinf(value):
        return "∞"
    if value == 0 or 0.01 <= abs(value) < 1000:
        return f"{value:.3f}"
    return f"{value:.3g}"


def format_percent(value: float | None) -> str:
    """An accuracy in 0..1 as a percentage with one decimal."""
    if value is None or math.isnan(value):
        return "–"
    return f"{100.0 * value:.1f}%"


def format_rate(epochs_per_second: float) -> str:
    """Training speed: thousands separators above 10/s, one decimal below."""
    rate = (format_count(round(epochs_per_second)) if epochs_per_second >= 10 else
            f"{epochs_per_second:.1f}")
    return translate("Status", "{rate} epochs/s").format(rate=rate)


def _label_accuracy(m: object, label: tuple[int, str] | None) -> str | None:
    """``north 95.0% / 90.0%``: a multi-label run's accuracy of the label shown (train /
    test), or None."""
    train = getattr(m, "train_label_accuracy", None)
    if label is None or train is None or not 0 <= label[0] < len(train):
        return None
    test = getattr(m, "test_label_accuracy", None)
    acc = format_percent(train[label[0]])
    if test is not None:
        acc += f" / {format_percent(test[label[0]])}"
    return f"{label[1]} {acc}"


def format_status(snap: RunStatus, note: str | None = None,
                  label: tuple[int, str] | None = None) -> str:
    """E.g. ``Epoch 1,234 · train loss 0.123 · test loss 0.145 · accuracy 97.0% / 95.3% ·
    2,310 epochs/s``. Test values are left out without a test split, accuracy for regression,
    the speed when training is not running; a stop rule that paused play ends the line
    (``stop_note``), as does the given ``note`` while play stays paused. A multi-label run's
    accuracy is its exact match (every label right), followed by the accuracy of ``label``
    (index, name), the label the canvas shows, e.g. ``exact match 80.0% · north 95.0%``.
    A replay frame's line starts with ``Replay · `` and has no speed, stop rule or note."""
    parts = [translate("Status", "Epoch {epoch}").format(epoch=format_count(snap.epoch))]
    m = snap.metrics
    if m is not None:
        parts.append(translate("Status", "train loss {loss}").format(
            loss=format_loss(m.train_loss)))
        if m.test_loss is not None:
            parts.append(translate("Status", "test loss {loss}").format(
                loss=format_loss(m.test_loss)))
        if m.train_accuracy is not None:
            acc = format_percent(m.train_accuracy)
            if m.test_accuracy is not None:
                acc += f" / {format_percent(m.test_accuracy)}"
            multilabel = snap.config.task == "multilabel"
            parts.append((translate("Status", "exact match {accuracy}") if multilabel else
                          translate("Status", "accuracy {accuracy}")).format(accuracy=acc))
            shown = _label_accuracy(m, label) if multilabel else None
            if shown is not None:
                parts.append(shown)
    if snap.replay:
        return SEP.join([translate("Status", "Replay"), *parts])
    if snap.playing and snap.epochs_per_second > 0:
        parts.append(format_rate(snap.epochs_per_second))
    if snap.stopped is not None:
        parts.append(stop_note(snap.stopped, snap.config))
    elif note and not snap.playing:
        parts.append(note)
    return SEP.join(parts)


def format_metrics_tooltip(snap: RunStatus) -> str:
    """A multi-line plain-text summary: one ``name: value`` line per metric."""
    lines = [translate("Status", "epoch: {epoch}").format(epoch=format_count(snap.epoch))]
    m = snap.metrics
    if m is not None:
        lines.append(translate("Status", "train loss: {loss}").format(
            loss=format_loss(m.train_loss)))
        if m.test_loss is not None:
            lines.append(translate("Status", "test loss: {loss}").format(
                loss=format_loss(m.test_loss)))
        if snap.config.task == "multilabel":
            train_line = translate("Status", "train exact match: {accuracy}")
            test_line = translate("Status", "test exact match: {accuracy}")
        else:
            train_line = translate("Status", "train accuracy: {accuracy}")
            test_line = translate("Status", "test accuracy: {accuracy}")
        if m.train_accuracy is not None:
            lines.append(train_line.format(accuracy=format_percent(m.train_accuracy)))
        if m.test_accuracy is not None:
            lines.append(test_line.format(accuracy=format_percent(m.test_accuracy)))
        per_label_lines = {"train": translate("Status", "train accuracy per label: {accuracies}"),
                           "test": translate("Status", "test accuracy per label: {accuracies}")}
        for split, line in per_label_lines.items():
            per_label = getattr(m, f"{split}_label_accuracy", None)
            if per_label is not None:
                lines.append(line.format(
                    accuracies=", ".join(format_percent(a) for a in per_label)))
    lines.append(translate("Status", "learning rate: {rate}").format(
        rate=f"{snap.learning_rate:.3g}"))
    if snap.playing:
        lines.append(translate("Status", "speed: {speed}").format(
            speed=format_rate(snap.epochs_per_second)))
    if snap.message:
        lines.append(snap.message)
    return "\n".join(lines)


# --- the hover readout (the canvas under the pointer) -----------------------------------------
def _number(value: float, digits: int = 2) -> str:
    """Fixed decimals with a true minus sign."""
    return f"{value:.{digits}f}".replace("-", "−")


def _class_name(names: Sequence[str], k: int) -> str:
    return names[k] if 0 <= k < len(names) else default_class_name(k)


def format_position(x: float, y: float, one_d: bool = False) -> str:
    """A position on the canvas (x₁, x₂), or on a 1-D plot (x, y)."""
    if one_d:
        return f"x {_number(x)}, y {_number(y)}"
    return f"x₁ {_number(x)}, x₂ {_number(y)}"


def format_prediction(task: str, value: np.ndarray, names: Sequence[str]) -> tuple[str, str]:
    """The network's output at one position, as (status text, tooltip).

    ``value`` is what ``hover.sample_heatmap`` returns: the class-1 probability (binary), the
    K class probabilities, or the predicted value (regression).
    """
    if task == "regression":
        text = translate("Status", "prediction {value}").format(value=_number(float(value), 3))
        return text, text
    if task == "multilabel":  # one probability per label, each on its own
        parts = [f"p({_class_name(names, k)}) = {float(p):.2f}" for k, p in enumerate(value)]
        return ", ".join(parts), "\n".join(parts)
    if value.ndim == 0:  # binary: one sigmoid output, p(the second class)
        p1 = float(value)
        guess = _class_name(names, int(p1 >= 0.5))
        text = f"p({_class_name(names, 1)}) = {p1:.2f} → {guess}"
        tip = "\n".join(f"p({_class_name(names, k)}) = {p:.3f}"
                        for k, p in enumerate((1.0 - p1, p1)))
        return text, tip
    best = int(np.argmax(value))
    text = f"→ {_class_name(names, best)} (p = {float(value[best]):.2f})"
    tip = "\n".join(f"p({_class_name(names, k)}) = {float(p):.3f}" for k, p in enumerate(value))
    return text, tip


def format_point(task: str, value: float | tuple[int, ...], is_train: bool,
                 names: Sequence[str]) -> str:
    """A hovered point: its class (or target, or a multi-label point's labels that are 1)
    and its split."""
    if isinstance(value, tuple):
        on = [_class_name(names, k) for k, v in enumerate(value) if v]
        what = (translate("Status", "labels {labels}").format(labels=", ".join(on)) if on else
                translate("Status", "labels none"))
    elif task == "regression":
        what = translate("Status", "target {value}").format(value=_number(value, 3))
    else:
        what = _class_name(names, int(value))
    line = (translate("Status", "point: {what}, training") if is_train else
            translate("Status", "point: {what}, test"))
    return line.format(what=what)


def format_readout(x: float, y: float, prediction: tuple[str, np.ndarray] | None,
                   point: tuple[str, float | tuple[int, ...], bool] | None,
                   names: Sequence[str], one_d: bool = False,
                   position: str | None = None) -> tuple[str, str]:
    """The status bar's line about the pointer and its tooltip: the position (``position``
    when given: every input of a table of N > 2 inputs), the point under it (task, value,
    is_train) if any, the prediction (task, value) if there is one."""
    parts = [position if position is not None else format_position(x, y, one_d)]
    tips = [parts[0]]
    if point is not None:
        parts.append(format_point(*point, names))
        tips.append(parts[-1])
    if prediction is not None:
        text, tip = format_prediction(*prediction, names)
        parts.append(text)
        tips.append(tip)
    return SEP.join(parts), "\n".join(tips)
