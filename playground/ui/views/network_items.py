"""The network diagram's colours, pens and node items.

Pens and brushes are made once and picked by index: a link's pen is ``sign * PEN_LEVELS +
level`` (``PRUNED_PEN`` for a link of a pruned neuron), so a snapshot only swaps the pens
whose index changed. A node is its picture, a frame, a bias marker, a halo (the mean |delta|
of the gradient overlay) and a frozen mark drawn in code.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
)

from playground.pictures.colors import CLASS_RGB, NEGATIVE_RGB, POSITIVE_RGB
from playground.ui.views.network_layout import BIAS_RADIUS, NODE

PEN_LEVELS = 12
PRUNED_PEN = 2 * PEN_LEVELS  # index of the faint dotted pen of a pruned neuron's links
WEIGHT_CLIP = 3.0  # |weight| at which a link reaches its full width
DECADES = 4.0  # the gradient overlay spans this many powers of ten below the largest value
POSITIVE, NEGATIVE = POSITIVE_RGB, NEGATIVE_RGB  # the sign convention of every view
WHITE = np.array([255.0, 255.0, 255.0], dtype=np.float32)
BLANK = QColor("#eeeeee")
FRAME = QColor("#9a9a9a")
FROZEN = QColor("#4f6d8a")  # blue-grey
PRUNED = QColor(150, 150, 150, 110)
HOVERED = QColor("#202020")
HALO = QColor(170, 60, 200)  # the mean |delta| halo of the gradient overlay
SKIP = QColor(110, 110, 110)  # a skip's arc without the gradient overlay
DROPPED = QColor(60, 60, 60)  # the cross over a unit the last training step dropped
BADGE = QColor("#4f6d8a")  # a normalised layer's badge


def _ramp(a: np.ndarray, b: np.ndarray, n: int = 128) -> np.ndarray:
    t = np.linspace(0.0, 1.0, n, dtype=np.float32)[:, None]
    return a + (b - a) * t


def _lut(low: np.ndarray, high: np.ndarray, mid: np.ndarray = WHITE) -> np.ndarray:
    """A (256, 3) uint8 colour table low -> mid -> high."""
    table = np.vstack([_ramp(low, mid), _ramp(mid, high)])
    return np.clip(np.rint(table), 0, 255).astype(np.uint8)


DIVERGING = _lut(NEGATIVE, POSITIVE)  # -1 blue, 0 white, +1 orange
CLASS_LUTS = [_lut(WHITE, rgb, (WHITE + rgb) / 2) for rgb in CLASS_RGB]  # probability 0 .. 1


def colour(values: np.ndarray, lut: np.ndarray, lo: float | np.ndarray,
           hi: float | np.ndarray) -> np.ndarray:
    """values (...) through ``lut`` over [lo, hi] (broadcast) -> uint8 (..., 3); NaN -> mid."""
    n = lut.shape[0] - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        t = (values - lo) * (n / np.maximum(np.asarray(hi) - lo, 1e-12))
    t = np.where(np.isfinite(t), t, n / 2)
    return lut[np.clip(t, 0, n).astype(np.intp)]


def pixmap(rgb: np.ndarray) -> QPixmap:
    """rgb (h, w, 3) uint8 with row 0 = lowest y (flipped here: images start at the top)."""
    rgb = np.ascontiguousarray(rgb[::-1])
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image)  # copies, so ``rgb`` may go


def symmetric(values: np.ndarray) -> tuple[float, float]:
    """Levels centred on 0 that fit ``values`` (at least +-1e-6)."""
    finite = values[np.isfinite(values)]
    m = float(np.max(np.abs(finite))) if finite.size else 0.0
    m = max(m, 1e-6)
    return -m, m


def weight_levels(values: np.ndarray, clip: float = WEIGHT_CLIP) -> np.ndarray:
    """Pen levels 0 .. PEN_LEVELS - 1 of |values| on a linear scale up to ``clip``."""
    t = np.clip(np.abs(np.nan_to_num(values)) / clip, 0.0, 1.0)
    return np.rint(t * (PEN_LEVELS - 1)).astype(np.intp)


def log_levels(values: np.ndarray, largest: float, levels: int = PEN_LEVELS) -> np.ndarray:
    """Levels 0 .. levels - 1 of |values| on a log scale: ``largest`` is the top level,
    ``DECADES`` powers of ten below it (and 0, NaN) the bottom one."""
    if not (math.isfinite(largest) and largest > 0):
        return np.zeros(np.shape(values), np.intp)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = 1.0 + np.log10(np.abs(values) / largest) / DECADES
    t = np.clip(np.nan_to_num(t, nan=0.0, neginf=0.0, posinf=1.0), 0.0, 1.0)
    return np.rint(t * (levels - 1)).astype(np.intp)


def link_pens() -> list[QPen]:
    """Index sign * PEN_LEVELS + level (sign 0 positive, 1 negative), then the pruned pen."""
    table = []
    for rgb in (POSITIVE, NEGATIVE):
        for level in range(PEN_LEVELS):
            t = level / (PEN_LEVELS - 1)
            color = QColor(int(rgb[0]), int(rgb[1]), int(rgb[2]), int(50 + 180 * t))
            pen = QPen(color, 0.3 + 3.7 * t)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            table.append(pen)
    pruned = QPen(PRUNED, 0.8, Qt.PenStyle.DotLine)
    pruned.setCapStyle(Qt.PenCapStyle.FlatCap)
    return [*table, pruned]


def bias_brushes() -> list[QBrush]:
    """Same indexing as ``link_pens``: the fill of a bias marker."""
    table = []
    for rgb in (POSITIVE, NEGATIVE):
        for level in range(PEN_LEVELS):
            t = level / (PEN_LEVELS - 1)
            mixed = WHITE + (rgb - WHITE) * (0.25 + 0.75 * t)
            table.append(QBrush(QColor(*(int(c) for c in mixed))))
    return [*table, QBrush(PRUNED)]


def halo_pens() -> list[QPen]:
    """The mean |delta| halo: wider and stronger with the level."""
    pens = []
    for level in range(PEN_LEVELS):
        t = level / (PEN_LEVELS - 1)
        color = QColor(HALO)
        color.setAlpha(int(40 + 200 * t))
        pens.append(QPen(color, 0.5 + 3.0 * t))
    return pens


def arc_pens() -> list[QPen]:
    """A skip's arc: index 0 .. PEN_LEVELS - 1 with the gradient overlay (purple, as the
    halos, wider with the level), the last index without it (grey, dashed)."""
    pens = []
    for level in range(PEN_LEVELS):
        t = level / (PEN_LEVELS - 1)
        color = QColor(HALO)
        color.setAlpha(int(60 + 190 * t))
        pen = QPen(color, 0.6 + 5.4 * t)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pens.append(pen)
    plain = QPen(SKIP, 1.6, Qt.PenStyle.DashLine)
    return [*pens, plain]


def _cross(x: float, y: float) -> QPainterPath:
    """An X over a node's picture: the mark of a dropped unit."""
    path = QPainterPath()
    inset = NODE * 0.18
    path.moveTo(x + inset, y + inset)
    path.lineTo(x + NODE - inset, y + NODE - inset)
    path.moveTo(x + NODE - inset, y + inset)
    path.lineTo(x + inset, y + NODE - inset)
    return path


def _snowflake(cx: float, cy: float, r: float) -> QPainterPath:
    """A small white disc crossed by three lines: the mark of a frozen neuron."""
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), r + 1.5, r + 1.5)
    for k in range(3):
        a = math.pi * k / 3 + math.pi / 2
        dx, dy = r * math.cos(a), r * math.sin(a)
        path.moveTo(cx - dx, cy - dy)
        path.lineTo(cx + dx, cy + dy)
    return path


class NodeItems:
    """One drawn node at (x, y) (top-left); ``bias`` only for hidden and output nodes."""

    def __init__(self, scene: QGraphicsScene, x: float, y: float, has_bias: bool) -> None:
        blank = QPixmap(8, 8)
        blank.fill(BLANK)
        self.picture = QGraphicsPixmapItem(blank)
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.picture.setPos(x, y)
        self.picture.setScale(NODE / 8)
        self.picture.setZValue(1)
        rect = QRectF(x, y, NODE, NODE)
        self.halo = QGraphicsRectItem(rect.adjusted(-2.0, -2.0, 2.0, 2.0))
        self.halo.setZValue(0.5)
        self.halo.hide()
        self.frame = QGraphicsRectItem(rect)
        self.frame.setZValue(2)
        self.mark = QGraphicsPathItem(_snowflake(x + NODE, y, 3.5))
        self.mark.setPen(QPen(FROZEN, 1.2))
        self.mark.setBrush(QBrush(QColor("white")))
        self.mark.setZValue(4)
        self.drop = QGraphicsPathItem(_cross(x, y))
        pen = QPen(DROPPED, 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.drop.setPen(pen)
        self.drop.setZValue(2.5)
        self.drop.hide()
        self.dropped = False
        self.bias: QGraphicsEllipseItem | None = None
        items = [self.halo, self.picture, self.frame, self.mark, self.drop]
        if has_bias:
            r = BIAS_RADIUS
            self.bias = QGraphicsEllipseItem(QRectF(x - r, y + NODE - r, 2 * r, 2 * r))
            self.bias.setPen(QPen(QColor(90, 90, 90), 0.8))
            self.bias.setZValue(3)
            items.append(self.bias)
        for item in items:
            scene.addItem(item)
        self.look = ""
        self.hovered = False
        self.set_look("active")

    def set_picture(self, picture: QPixmap) -> None:
        self.picture.setPixmap(picture)
        self.picture.setScale(NODE / max(picture.width(), 1))

    def set_look(self, look: str, hovered: bool | None = None) -> None:
        """"active", "frozen" (blue-grey dashed frame, snowflake) or "pruned" (greyed)."""
        hovered = self.hovered if hovered is None else hovered
        if look == self.look and hovered == self.hovered:
            return
        self.look, self.hovered = look, hovered
        if look == "frozen":
            pen = QPen(FROZEN, 2.2, Qt.PenStyle.DashLine)
        elif look == "pruned":
            pen = QPen(PRUNED, 1.2, Qt.PenStyle.DotLine)
        else:
            pen = QPen(FRAME, 1.0)
            pen.setCosmetic(True)
        if hovered:
            pen.setColor(HOVERED)
            pen.setWidthF(max(pen.widthF(), 2.0))
            pen.setCosmetic(False)
        self.frame.setPen(pen)
        self.mark.setVisible(look == "frozen")
        self._fade()

    def set_dropped(self, dropped: bool) -> None:
        """Dim the picture and cross it out: the last training step dropped this unit."""
        if dropped == self.dropped:
            return
        self.dropped = dropped
        self.drop.setVisible(dropped)
        self._fade()

    def _fade(self) -> None:
        self.picture.setOpacity(0.25 if self.look == "pruned" or self.dropped else 1.0)
