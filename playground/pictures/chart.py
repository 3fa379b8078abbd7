"""A comparison as a bar chart, as tutorial 002 draws its architectures: one bar per
configuration, in its colour, its value written above it and its name below, with error bars
of ± one standard deviation when it was trained with several seeds.

``comparison_panels`` turns the configurations' summaries (``training.compare.summarize``)
into two ``Panel``s: the score (test accuracy in %, or R² for a regression) and the final
training loss. The window draws those panels with its own plot items and ``chart_image`` draws
them with Pillow (no window needed), so ``playground compare --chart`` and the Compare
dialog's "Export chart as PNG…" make the same picture of the same numbers.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageDraw, ImageFont

from playground.data.atomic import StrPath, atomic_write
from playground.errors import PlaygroundError
from playground.pictures.colors import CLASS_COLORS, hex_to_rgb
from playground.training.compare import Stat, score_column

CHART_SIZE = (1000, 560)  # the PNG's width and height in pixels
BAR_WIDTH = 0.6  # of the room each configuration has
TEXT = (30, 30, 30)
GRID = (225, 225, 225)
AXIS = (90, 90, 90)
MARGIN_TOP, MARGIN_LEFT, MARGIN_RIGHT = 62, 64, 16
NAME_LINES = 3  # lines a configuration's name may take below its bar


@dataclass(frozen=True)
class Bar:
    """One configuration's bar: its value (None when none of its runs gave one) and the
    standard deviation over its seeds (None for a single run)."""

    name: str
    value: float | None
    sd: float | None
    color: str


@dataclass(frozen=True)
class Panel:
    """One figure over the configurations. ``percent``: values are fractions, shown in %.
    The value axis goes from ``low`` to ``high``."""

    title: str
    bars: tuple[Bar, ...]
    percent: bool
    low: float
    high: float

    def label(self, bar: Bar) -> str:
        """The value written above a bar, the sd on a second line: ``87.5%``,
        ``87.5%\n± 2.1``, ``0.234\n± 0.012``, ``0.0028\n± 0.0013``."""
        if bar.value is None:
            return "–"
        if self.percent:
            sd = "" if bar.sd is None else f"\n± {100 * bar.sd:.1f}"
            return f"{100 * bar.value:.1f}%{sd}"
        decimals = _decimals(bar.value)
        sd = "" if bar.sd is None else f"\n± {bar.sd:.{decimals}f}"
        return f"{bar.value:.{decimals}f}{sd}"

    def scale(self) -> float:
        """What a value is multiplied by on the axis (100 for a percentage)."""
        return 100.0 if self.percent else 1.0


def _decimals(value: float) -> int:
    """Decimals that show two significant digits of a small value, at least 3, at most 8."""
    if value == 0 or not math.isfinite(value):
        return 3
    return min(8, max(3, 1 - math.floor(math.log10(abs(value)))))


def config_color(index: int) -> str:
    """The colour of configuration ``index``: its bars, its card's swatch, its loss curves."""
    return CLASS_COLORS[index % len(CLASS_COLORS)]


def nice_top(value: float) -> float:
    """The smallest of 1, 2, 5 x 10^k that is at least ``value`` (> 0)."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(step * power for step in (1.0, 2.0, 5.0, 10.0)
                if step * power >= value * (1 - 1e-12))


def _extent(bars: Sequence[Bar]) -> tuple[float, float]:
    """The lowest and highest ends of the bars and their error bars (0 included)."""
    ends = [0.0]
    for bar in bars:
        if bar.value is not None:
            sd = bar.sd or 0.0
            ends += [bar.value - sd, bar.value + sd]
    return min(ends), max(ends)


def comparison_panels(names: Sequence[str], summaries: Sequence[Mapping[str, Stat]],
                      task: str, has_test: bool) -> tuple[Panel, Panel]:
    """The score panel (a classifier's accuracy from 0 to 100%, a regression's R² up to 1)
    and the final training loss panel (from 0), a bar per configuration in order."""
    key, name = score_column(task, has_test)
    colors = [config_color(i) for i in range(len(names))]
    score = tuple(Bar(n, s[key].mean, s[key].sd, c) for n, s, c in zip(names, summaries, colors))
    loss = tuple(Bar(n, s["train_loss"].mean, s["train_loss"].sd, c)
                 for n, s, c in zip(names, summaries, colors))
    if task == "regression":
        low, _ = _extent(score)
        score_panel = Panel(name, score, False, -nice_top(-low) if low < 0 else 0.0, 1.0)
    else:
        score_panel = Panel(f"{name} (%)", score, True, 0.0, 1.0)
    _, high = _extent(loss)
    loss_panel = Panel("final training loss", loss, False, 0.0, nice_top(1.05 * high))
    return score_panel, loss_panel


def ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values from ``low`` to ``high`` for the value axis, about ``count`` of them."""
    span = high - low
    if span <= 0 or not math.isfinite(span):
        return [low]
    step = nice_top(span / count)
    first = math.ceil(low / step - 1e-9)
    out = []
    k = first
    while k * step <= high * (1 + 1e-9) + 1e-12:
        out.append(round(k * step, 12))
        k += 1
    return out


# --- drawing with Pillow ----------------------------------------------------------------------
def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:  # Pillow's own scalable font, where Pillow was built with FreeType
        return ImageFont.load_default(size=size)
    except (TypeError, OSError, ImportError):
        return ImageFont.load_default()


def _fit_lines(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.ImageFont |
               ImageFont.FreeTypeFont, width: float) -> list[str]:
    """``text`` wrapped to lines ``width`` wide at most (``NAME_LINES`` of them, the last cut
    short with "…" when it does not fit)."""
    lines: list[str] = []
    current = ""
    for word in text.replace(";", "; ").split():
        trial = f"{current} {word}".strip()
        if not current or draw.textlength(trial, font=font) <= width:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > NAME_LINES:
        lines = lines[:NAME_LINES]
        lines[-1] += "…"
    fitted = []
    for line in lines:
        while len(line) > 1 and draw.textlength(line, font=font) > width:
            line = line[:-2] + "…"
        fitted.append(line)
    return fitted


def _draw_label(draw: ImageDraw.ImageDraw, text: str, centre: float, bottom: float,
                font: ImageFont.ImageFont | ImageFont.FreeTypeFont) -> None:
    """``text``'s lines centred on ``centre``, the last one ending at ``bottom``."""
    for k, line in enumerate(reversed(text.splitlines())):
        draw.text((centre, bottom - 15 * k), line, fill=TEXT, font=font, anchor="mb")


def _draw_panel(draw: ImageDraw.ImageDraw, panel: Panel, box: tuple[int, int, int, int],
                fonts: dict[str, ImageFont.ImageFont | ImageFont.FreeTypeFont]) -> None:
    left, top, right, bottom = box
    name_height = NAME_LINES * 15 + 6
    plot_top, plot_bottom = top + 58, bottom - name_height
    draw.text(((left + right) / 2, top + 2), panel.title, fill=TEXT, font=fonts["title"],
              anchor="mt")
    scale = panel.scale()
    low, high = panel.low * scale, panel.high * scale

    def y_of(value: float) -> float:
        return plot_bottom - (value * scale - low) / (high - low) * (plot_bottom - plot_top)

    for tick in ticks(low, high):
        y = round(y_of(tick / scale))
        draw.line([(left, y), (right, y)], fill=GRID, width=1)
        draw.text((left - 6, y), f"{tick:g}", fill=TEXT, font=fonts["small"], anchor="rm")
    zero = round(y_of(0.0))
    n = max(len(panel.bars), 1)
    room = (right - left) / n
    for i, bar in enumerate(panel.bars):
        centre = left + (i + 0.5) * room
        half = BAR_WIDTH * room / 2
        if bar.value is not None:
            top_y = y_of(bar.value)
            y0, y1 = sorted((top_y, zero))
            if y1 - y0 < 2 and bar.value != 0:  # a bar is always seen
                y0, y1 = (zero - 2, zero) if bar.value > 0 else (zero, zero + 2)
            draw.rectangle([round(centre - half), round(y0), round(centre + half) - 1,
                            round(y1) - 1], fill=hex_to_rgb(bar.color))
            label_y = top_y
            if bar.sd is not None:
                lo_y, hi_y = y_of(bar.value - bar.sd), y_of(bar.value + bar.sd)
                cap = half / 3
                draw.line([(centre, lo_y), (centre, hi_y)], fill=TEXT, width=2)
                for end in (lo_y, hi_y):
                    draw.line([(centre - cap, end), (centre + cap, end)], fill=TEXT, width=2)
                label_y = min(top_y, hi_y, lo_y)
            _draw_label(draw, panel.label(bar), centre, min(label_y, zero) - 4, fonts["bold"])
        else:
            _draw_label(draw, panel.label(bar), centre, zero - 4, fonts["bold"])
        for k, line in enumerate(_fit_lines(draw, bar.name, fonts["small"], room - 6)):
            draw.text((centre, plot_bottom + 6 + 15 * k), line, fill=TEXT, font=fonts["small"],
                      anchor="mt")
    draw.line([(left, plot_top), (left, plot_bottom)], fill=AXIS, width=1)
    draw.line([(left, zero), (right, zero)], fill=AXIS, width=1)


def chart_image(panels: Sequence[Panel], title: str,
                size: tuple[int, int] = CHART_SIZE) -> Image.Image:
    """The panels side by side under ``title``, as an RGB image of ``size``."""
    width, height = size
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    fonts = {"title": _font(16), "bold": _font(13), "small": _font(12)}
    draw.text((width / 2, 10), title, fill=TEXT, font=_font(18), anchor="mt")
    n = max(len(panels), 1)
    room = (width - MARGIN_RIGHT) / n
    for k, panel in enumerate(panels):
        left = round(k * room + MARGIN_LEFT)
        right = round((k + 1) * room - MARGIN_RIGHT)
        _draw_panel(draw, panel, (left, MARGIN_TOP - 26, right, height - 8), fonts)
    return image


def chart_title(count: int, seeds: int) -> str:
    """``Comparison of 3 configurations`` and, with several seeds, what the bars show."""
    text = f"Comparison of {count} configuration{'s' if count != 1 else ''}"
    if seeds > 1:
        text += f" (mean ± sd over {seeds} seeds)"
    return text


def check_chart_path(path: StrPath) -> None:
    """A ``PlaygroundError`` unless ``path`` names a PNG that can be written (checked before
    a comparison trains, so that minutes of training do not end in a failed write)."""
    target = Path(path)
    if target.suffix.lower() != ".png":
        raise PlaygroundError(f"the chart is a PNG: give a file name ending in .png "
                              f"(got {str(path)!r})")
    folder = target.parent
    if folder.exists() and not folder.is_dir():
        raise PlaygroundError(f"cannot write {path}: {str(folder)!r} is not a folder")
    if not folder.is_dir():
        raise PlaygroundError(f"cannot write {path}: the folder {str(folder)!r} does not exist")
    if target.is_dir():
        raise PlaygroundError(f"cannot write {path}: it is a folder")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise PlaygroundError(f"cannot write {path}: permission denied")


def write_chart(path: StrPath, panels: Sequence[Panel], title: str,
                size: tuple[int, int] = CHART_SIZE) -> None:
    """Write the chart as a PNG (atomically: the old file stays if writing fails)."""
    check_chart_path(path)
    image = chart_image(panels, title, size)

    def write(f: BinaryIO) -> None:
        image.save(f, format="PNG")

    atomic_write(path, write)
