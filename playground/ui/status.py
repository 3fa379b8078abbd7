"""One-line status text and a metrics tooltip for a training ``Snapshot`` (pure functions)."""

from __future__ import annotations

import math

from playground.training.protocol import Snapshot

SEP = " · "


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
    if epochs_per_second >= 10:
        return f"{epochs_per_second:,.0f} epochs/s"
    return f"{epochs_per_second:.1f} epochs/s"


def format_status(snap: Snapshot) -> str:
    """E.g. ``Epoch 1,234 · train loss 0.123 · test loss 0.145 · accuracy 97.0% / 95.3% ·
    2,310 epochs/s``. Test values are left out without a test split, accuracy for regression,
    the speed when training is not running."""
    parts = [f"Epoch {snap.epoch:,}"]
    m = snap.metrics
    if m is not None:
        parts.append(f"train loss {format_loss(m.train_loss)}")
        if m.test_loss is not None:
            parts.append(f"test loss {format_loss(m.test_loss)}")
        if m.train_accuracy is not None:
            acc = format_percent(m.train_accuracy)
            if m.test_accuracy is not None:
                acc += f" / {format_percent(m.test_accuracy)}"
            parts.append(f"accuracy {acc}")
    if snap.playing and snap.epochs_per_second > 0:
        parts.append(format_rate(snap.epochs_per_second))
    return SEP.join(parts)


def format_metrics_tooltip(snap: Snapshot) -> str:
    """A multi-line plain-text summary: one ``name: value`` line per metric."""
    lines = [f"epoch: {snap.epoch:,}"]
    m = snap.metrics
    if m is not None:
        lines.append(f"train loss: {format_loss(m.train_loss)}")
        if m.test_loss is not None:
            lines.append(f"test loss: {format_loss(m.test_loss)}")
        if m.train_accuracy is not None:
            lines.append(f"train accuracy: {format_percent(m.train_accuracy)}")
        if m.test_accuracy is not None:
            lines.append(f"test accuracy: {format_percent(m.test_accuracy)}")
    lines.append(f"learning rate: {snap.learning_rate:.3g}")
    if snap.playing:
        lines.append(f"speed: {format_rate(snap.epochs_per_second)}")
    if snap.message:
        lines.append(snap.message)
    return "\n".join(lines)
