"""A run's replay as an animated GIF, and its loss history as CSV.

Each frame is the output grid coloured as the canvas colours it (``pictures.heatmap``), the
points on top, and a caption with the epoch and the training loss (and, for a regression,
which colour is which sign, where it fits); a 1-D session's frame is its curve with the
points at (x, y), y their targets. A frame shows the extent it recorded (``Frame.extent``:
what the window showed, or the data's fitted extent in a headless run; an older session's,
the fixed box): a 2-D frame its whole extent, a 1-D frame its x range (where the curve was
computed) against the targets' fitted range of y. Drawn with Pillow, no window needed, so
``playground replay`` and the window's File menu make the same file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from playground.data.atomic import StrPath, atomic_write
from playground.data.points import PointSet
from playground.data.view_frame import Extent, data_extent
from playground.errors import PlaygroundError
from playground.pictures.colors import SIGN_NAMES, STANDARD, Palette
from playground.pictures.heatmap import heatmap_rgb, one_label, point_rgb, regression_limit
from playground.pictures.markers import class_marker, draw_marker
from playground.session.replay import Frame
from playground.training.protocol import HISTORY_COLUMNS

CAPTION_PX = 22
MIN_SIZE, MAX_SIZE = 64, 2048
MAX_GIF_FRAMES = 1000
FRAME_MS = 80
SIGN_KEY = f"{SIGN_NAMES['negative']} < 0 < {SIGN_NAMES['positive']}"


def pick_frames(frames: Sequence[Frame], count: int | None) -> list[Frame]:
    """``count`` frames spread evenly over the run, the first and the last included (all of
    them when ``count`` is None or at least their number)."""
    if count is None or count >= len(frames):
        return list(frames)
    if count < 1:
        raise PlaygroundError(f"--frames must be at least 1 (got {count})")
    picks = np.unique(np.rint(np.linspace(0, len(frames) - 1, count)).astype(int))
    return [frames[i] for i in picks]


def _to_pixels(coords: np.ndarray, size: int, extent: Extent) -> np.ndarray:
    """Pixel positions of data points (x, y) in a ``size`` square picture of ``extent``."""
    x0, x1, y0, y1 = extent
    px = (coords[:, 0] - x0) / (x1 - x0) * (size - 1)
    py = (y1 - coords[:, 1]) / (y1 - y0) * (size - 1)  # y grows upwards
    return np.column_stack([px, py])


def frame_extent(frame: Frame, points: PointSet, one_d: bool = False) -> Extent:
    """What a frame's picture shows: its recorded extent; for a 1-D session its x range
    and the range of y that fits the points' targets (``view_frame.data_extent``)."""
    if not one_d:
        return frame.extent
    _x0, _x1, y0, y1 = data_extent(points, one_d=True)
    return frame.extent[0], frame.extent[1], y0, y1


def _font() -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:  # Pillow's own scalable font, where Pillow was built with FreeType
        return ImageFont.load_default(size=14)
    except (TypeError, OSError, ImportError):
        return ImageFont.load_default()


def frame_caption(frame: Frame, task: str) -> tuple[str, str]:
    """A frame's caption: the epoch and loss on the left; on the right, for a regression,
    the sign colours (its values are signed; a classifier's colours are its classes)."""
    return (f"epoch {frame.epoch}   loss {frame.train_loss:.4f}",
            SIGN_KEY if task == "regression" else "")


def point_shapes(points: PointSet) -> list[str]:
    """Each point's marker (``markers``): its class's shape; a regression's are circles
    (a multi-label set's: the first label's 0 or 1, as its colours)."""
    if points.task == "regression":
        return ["circle"] * len(points)
    labels, _task = one_label(np.asarray(points.values), points.task)
    return [class_marker(int(v)) for v in labels]


def draw_points(draw: ImageDraw.ImageDraw, xy: np.ndarray, points: PointSet, radius: float,
                limit: float = 1.0, palette: Palette = STANDARD) -> None:
    """The points at pixel positions ``xy`` (n, 2): each its class's colour and shape,
    training points filled with a white rim, test points hollow."""
    colours = point_rgb(points.values, points.task, limit, palette)
    for (x, y), c, train, shape in zip(xy, colours, points.is_train, point_shapes(points)):
        rgb = (int(c[0]), int(c[1]), int(c[2]))
        if train:
            draw_marker(draw, shape, x, y, radius, rgb, (255, 255, 255))
        else:
            draw_marker(draw, shape, x, y, radius, None, rgb, width=2)


def frame_image(frame: Frame, points: PointSet, size: int, one_d: bool = False,
                palette: Palette = STANDARD, caption: bool = True) -> Image.Image:
    """One frame as an RGB image ``size`` wide, its caption below (without ``caption``: the
    picture alone, ``size`` square)."""
    limit = regression_limit(points.values) if points.task == "regression" else 1.0
    extent = frame_extent(frame, points, one_d)
    image = Image.new("RGB", (size, size + (CAPTION_PX if caption else 0)), "white")
    draw = ImageDraw.Draw(image)
    if not one_d and frame.heatmap.size:
        rgb = heatmap_rgb(frame.heatmap.astype(np.float32), points.task, limit,
                          palette=palette)[::-1]
        grid = Image.fromarray(np.ascontiguousarray(rgb), "RGB")
        image.paste(grid.resize((size, size), Image.Resampling.BILINEAR), (0, 0))
    if one_d and frame.curve is not None:
        xs = np.linspace(frame.extent[0], frame.extent[1], len(frame.curve))
        curve = _to_pixels(np.column_stack([xs, frame.curve.astype(np.float64)]), size,
                           extent)
        draw.line([tuple(p) for p in curve], fill=(40, 40, 40), width=2)
    radius = max(3, size // 100)
    # a 1-D point is (x, 0) with its target y: drawn at (x, y)
    xy = (np.column_stack([points.coords[:, 0], points.values.astype(np.float64)]) if one_d
          else points.coords[:, :2])
    draw_points(draw, _to_pixels(xy, size, extent), points, radius, limit, palette)
    if not caption:
        return image
    left, right = frame_caption(frame, points.task)
    font = _font()
    draw.text((6, size + 3), left, fill=(30, 30, 30), font=font)
    if right and draw.textlength(left, font=font) + draw.textlength(right, font=font) + 24 <= size:
        x = size - 6 - draw.textlength(right, font=font)
        draw.text((x, size + 3), right, fill=(30, 30, 30), font=font)
    return image


def write_gif(path: StrPath, frames: Sequence[Frame], points: PointSet, size: int = 360,
              one_d: bool = False, frame_ms: int = FRAME_MS,
              palette: Palette = STANDARD) -> int:
    """Write the frames as an animated GIF (looping, the last frame held a little longer);
    returns the number of frames written."""
    if not frames:
        raise PlaygroundError("there is no replay to export: train for a while first")
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise PlaygroundError(f"--size must be between {MIN_SIZE} and {MAX_SIZE} (got {size})")
    frames = pick_frames(frames, MAX_GIF_FRAMES) if len(frames) > MAX_GIF_FRAMES else frames
    images = [frame_image(f, points, size, one_d, palette) for f in frames]
    durations = [frame_ms] * len(images)
    durations[-1] = max(frame_ms, 1000)
    first, rest = images[0], images[1:]

    def write(f: BinaryIO) -> None:
        first.save(f, format="GIF", save_all=True, append_images=rest, duration=durations,
                   loop=0, optimize=False)

    atomic_write(path, write)
    return len(images)


def write_history_csv(path: StrPath, rows: np.ndarray) -> int:
    """The loss history ``(m, 6)`` as CSV with a header of ``HISTORY_COLUMNS`` (empty cells
    where a value does not apply: no test split, regression's accuracies, the running loss
    of a row whose weights were not just trained); returns the number of rows."""
    rows = np.asarray(rows, np.float64).reshape(-1, len(HISTORY_COLUMNS))
    lines = [",".join(HISTORY_COLUMNS)]
    for row in rows:
        cells = [str(int(row[0]))] + ["" if not np.isfinite(v) else repr(float(v))
                                      for v in row[1:]]
        lines.append(",".join(cells))
    text = "\n".join(lines) + "\n"
    def write(f: BinaryIO) -> None:
        f.write(text.encode("utf-8"))

    atomic_write(path, write)
    return len(rows)


def suffix(path: StrPath) -> str:
    return Path(path).suffix.lower()
