"""A run's loss curve as a small PNG, drawn with Pillow (no window needed): the training loss
in the first class colour and the test loss, where the run has one, in the second, against the
epoch, on a linear axis from 0: a small picture, for a glance at whether the loss still falls.

``loss_curve_png`` takes a history as a session gives it: a ``session.history.LossHistory``,
its rows (an ``(m, 6)`` array in ``training.protocol.HISTORY_COLUMNS`` order), or a mapping of
column name to values (a dict of arrays or a pandas DataFrame with those column names).
Non-finite values (a diverged epoch, a run without test points) are left out of the line.
The notebook's live display (``api.live``) draws it beside the decision heatmap.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from playground.pictures.chart import AXIS, GRID, TEXT, _font, ticks
from playground.pictures.colors import CLASS_COLORS, hex_to_rgb
from playground.training.protocol import HISTORY_COLUMNS

CURVES = (("train_loss", "training loss", 0), ("test_loss", "test loss", 1))
MIN_SIZE, MAX_SIZE = 80, 4000  # pixels a side


def history_columns(history: Any) -> dict[str, np.ndarray]:
    """The history's columns by name (``HISTORY_COLUMNS``), float arrays of one length; empty
    arrays for a history that is empty or not understood."""
    empty = {name: np.empty(0) for name in HISTORY_COLUMNS}
    if history is None:
        return empty
    rows_of = getattr(history, "rows", None)
    if callable(rows_of):  # a LossHistory
        history = rows_of()
    if isinstance(history, Mapping) or hasattr(history, "columns"):  # a dict or a DataFrame
        out = dict(empty)
        try:
            columns = {name: np.asarray(history[name], dtype=np.float64).reshape(-1)
                       for name in HISTORY_COLUMNS if name in history}
        except (TypeError, ValueError):
            return empty
        lengths = {len(v) for v in columns.values()}
        if len(lengths) != 1:
            return empty
        out.update(columns)
        length = lengths.pop()
        for name in HISTORY_COLUMNS:
            if len(out[name]) != length:
                out[name] = (np.arange(1, length + 1, dtype=np.float64) if name == "epoch"
                             else np.full(length, np.nan))
        return out
    try:
        rows = np.asarray(history, dtype=np.float64)
    except (TypeError, ValueError):
        return empty
    if rows.ndim != 2 or rows.shape[1] != len(HISTORY_COLUMNS):
        return empty
    return {name: rows[:, k] for k, name in enumerate(HISTORY_COLUMNS)}


def _size(size: int | tuple[int, int]) -> tuple[int, int]:
    if isinstance(size, (int, np.integer)) and not isinstance(size, bool):
        width, height = int(size), max(MIN_SIZE, int(size) * 5 // 8)
    elif (isinstance(size, tuple) and len(size) == 2
          and all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in size)):
        width, height = int(size[0]), int(size[1])
    else:
        raise ValueError(f"size must be a number of pixels or (width, height) (got {size!r})")
    if not (MIN_SIZE <= width <= MAX_SIZE and MIN_SIZE <= height <= MAX_SIZE):
        raise ValueError(f"size must be {MIN_SIZE}..{MAX_SIZE} pixels a side (got {size!r})")
    return width, height


def loss_curve_image(history: Any, size: int | tuple[int, int] = (320, 200)) -> Image.Image:
    """The loss curve as an RGB image (module docstring); ``size`` is the width (the height
    is 5/8 of it) or ``(width, height)``. An empty history gives the empty axes."""
    width, height = _size(size)
    columns = history_columns(history)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    small = _font(max(9, min(13, height // 16)))
    left, top, right, bottom = 44, 22, width - 10, height - 20
    epochs = columns["epoch"]
    curves = []
    for key, label, colour in CURVES:
        values = columns[key]
        keep = np.isfinite(values) & np.isfinite(epochs)
        if keep.any():
            curves.append((label, hex_to_rgb(CLASS_COLORS[colour]), epochs[keep], values[keep]))
    finite = np.concatenate([c[3] for c in curves]) if curves else np.empty(0)
    high = float(finite.max()) if finite.size else 1.0
    top_value = max(high * 1.05, 1e-12) if math.isfinite(high) and high > 0 else 1.0
    first = float(min(c[2].min() for c in curves)) if curves else 0.0
    last = float(max(c[2].max() for c in curves)) if curves else 1.0
    if last <= first:
        last = first + 1.0

    def x_of(epoch: np.ndarray) -> np.ndarray:
        return left + (epoch - first) / (last - first) * (right - left)

    def y_of(value: np.ndarray | float) -> np.ndarray | float:
        return bottom - np.clip(value, 0.0, top_value) / top_value * (bottom - top)

    for tick in ticks(0.0, top_value, 4):
        y = round(float(y_of(tick)))
        draw.line([(left, y), (right, y)], fill=GRID, width=1)
        draw.text((left - 4, y), f"{tick:g}", fill=TEXT, font=small, anchor="rm")
    draw.line([(left, top), (left, bottom)], fill=AXIS, width=1)
    draw.line([(left, bottom), (right, bottom)], fill=AXIS, width=1)
    draw.text((left, bottom + 3), f"{first:g}", fill=TEXT, font=small, anchor="lt")
    draw.text((right, bottom + 3), f"epoch {last:g}" if curves else "epoch", fill=TEXT,
              font=small, anchor="rt")
    legend_x = left
    for label, rgb, xs, ys in curves:
        points = list(zip(x_of(xs).tolist(), np.asarray(y_of(ys)).tolist()))
        if len(points) == 1:
            x, y = points[0]
            draw.ellipse([x - 2, y - 2, x + 2, y + 2], fill=rgb)
        else:
            draw.line(points, fill=rgb, width=2)
        draw.rectangle([legend_x, 7, legend_x + 10, 15], fill=rgb)
        draw.text((legend_x + 14, 11), label, fill=TEXT, font=small, anchor="lm")
        legend_x += 24 + round(draw.textlength(label, font=small))
    if not curves:
        draw.text(((left + right) / 2, (top + bottom) / 2), "no epochs yet", fill=AXIS,
                  font=small, anchor="mm")
    return image


def loss_curve_png(history: Any, size: int | tuple[int, int] = (320, 200)) -> bytes:
    """``loss_curve_image`` as PNG bytes."""
    out = io.BytesIO()
    loss_curve_image(history, size).save(out, format="PNG")
    return out.getvalue()
