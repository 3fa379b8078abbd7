"""Small icons drawn in code (no image files to ship)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from playground.pictures.markers import SHAPES, marker_polygon


def swatch_icon(color: str, text: str, shape: str | None = None) -> QIcon:
    """A class button's icon: its colour with its number, in the class's marker shape
    (``pictures/markers.py``; None: the whole square)."""
    size = 24
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent if shape is not None else QColor(color))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color)
    if shape is not None:
        painter.setPen(QPen(QColor(40, 40, 40), 1))
        painter.setBrush(fill)
        half = size / 2
        if SHAPES[shape] is None:
            painter.drawEllipse(QPointF(half, half), half - 1, half - 1)
        else:
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in
                                           marker_polygon(shape, half, half, half - 1)]))
    # the number in black on a light colour, white on a dark one
    painter.setPen(QColor("black") if fill.lightness() > 150 else QColor("white"))
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


def app_icon() -> QIcon:
    """Playground's icon: a small network (2-3-1 neurons) over a blue/orange split, the
    colours of the two classes."""
    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = float(size)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#f3c46b"))
        p.drawRoundedRect(QRectF(0, 0, s, s), s * 0.18, s * 0.18)
        p.setBrush(QColor("#6fa8d6"))
        p.drawPolygon([QPointF(0, s), QPointF(s, 0), QPointF(s, s * 0.82),
                       QPointF(s * 0.82, s), QPointF(0, s)])
        layers = [(0.22, (0.35, 0.65)), (0.5, (0.22, 0.5, 0.78)), (0.78, (0.5,))]
        nodes = [[QPointF(x * s, y * s) for y in ys] for x, ys in layers]
        p.setPen(QPen(QColor(40, 40, 40, 200), max(1.0, s / 40)))
        for left, right in zip(nodes, nodes[1:]):
            for a in left:
                for b in right:
                    p.drawLine(a, b)
        p.setBrush(QColor("#ffffff"))
        r = s * 0.075
        for layer in nodes:
            for c in layer:
                p.drawEllipse(c, r, r)
        p.end()
        icon.addPixmap(pixmap)
    return icon
