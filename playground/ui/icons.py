"""Small icons drawn in code (no image files to ship)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


def swatch_icon(color: str, text: str) -> QIcon:
    """A class button's icon: its colour with its number."""
    pixmap = QPixmap(20, 20)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor("white"))
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
