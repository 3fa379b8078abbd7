"""What the loss landscape view draws, as plain NumPy and text (no Qt): the log-scaled image,
its contour levels, where the image's pixels lie in the plane, the axis labels and the status.

A ``Landscape`` holds ``loss[i, j]`` at ``(alphas[i], betas[j])``: axis 0 is x, axis 1 is y,
pyqtgraph's column-major image order.
"""

from __future__ import annotations

import math

import numpy as np

from playground.training.landscape import Landscape
from playground.ui.i18n import translate

N_CONTOURS = 12
TINY = 1e-12  # a loss of 0 is shown as this (a log scale has no 0)


def log_loss(loss: np.ndarray) -> tuple[np.ndarray, float, float]:
    """``log10`` of the losses (float32) with the range to colour: the finite values' min and
    max (a flat map gets a small range around its value). Non-finite cells (an overflowing
    network) take the top of the range, so they read as "very high" and contour lines
    stay finite."""
    values = np.asarray(loss, np.float64)
    finite = np.isfinite(values)
    logs = np.full(values.shape, np.nan)
    logs[finite] = np.log10(np.maximum(values[finite], TINY))
    if finite.any():
        lo, hi = float(logs[finite].min()), float(logs[finite].max())
    else:
        lo, hi = 0.0, 1.0
    if hi - lo < 1e-9:
        lo, hi = lo - 0.5, hi + 0.5
    logs[~finite] = hi
    return logs.astype(np.float32), lo, hi


def contour_levels(lo: float, hi: float, n: int = N_CONTOURS) -> np.ndarray:
    """``n`` levels evenly spaced strictly inside ``(lo, hi)``."""
    return np.linspace(lo, hi, n + 2)[1:-1]


def pixel_rect(alphas: np.ndarray, betas: np.ndarray) -> tuple[float, float, float, float]:
    """``(x, y, width, height)`` of the image so each pixel's centre sits on its grid point."""
    da = (alphas[-1] - alphas[0]) / max(1, len(alphas) - 1)
    db = (betas[-1] - betas[0]) / max(1, len(betas) - 1)
    da = float(da) if da > 0 else 1.0
    db = float(db) if db > 0 else 1.0
    return (float(alphas[0]) - da / 2, float(betas[0]) - db / 2,
            da * len(alphas), db * len(betas))


def axis_labels(landscape: Landscape) -> tuple[str, str]:
    if landscape.kind == "trajectory" and landscape.explained is not None:
        first, second = landscape.explained
        text = translate("LandscapeView", "principal direction {n} ({share} of the path's "
                                          "variance)")
        return (text.format(n=1, share=f"{first:.0%}"), text.format(n=2, share=f"{second:.0%}"))
    text = translate("LandscapeView", "random direction {n} (filter-normalised)")
    return text.format(n=1), text.format(n=2)


def format_loss(value: float) -> str:
    if not math.isfinite(value):
        return translate("LandscapeView", "not a number") if math.isnan(value) else translate(
            "LandscapeView", "infinite")
    return f"{value:.4g}"


def status_text(landscape: Landscape) -> str:
    """One line: the centre's loss, the grid, the time taken, and any note."""
    res = landscape.resolution
    text = translate("LandscapeView", "Loss {loss} at the centre (epoch {epoch}) · {n} × {n} "
                     "grid · took {seconds} s").format(
        loss=format_loss(landscape.centre_loss), epoch=landscape.epoch, n=res,
        seconds=f"{landscape.seconds:.1f}")
    if landscape.path is None:
        text += translate("LandscapeView", " · no trajectory yet")
    if landscape.note:
        text += f" · {landscape.note}"
    return text
