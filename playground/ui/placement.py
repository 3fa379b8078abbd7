"""Where a tool window opens: in the screen's free room, beside what it must not hide.

``free_place(area, avoid, preferred, minimum)`` is the frame a window gets inside ``area`` (the
screen's available geometry) that intersects none of the ``avoid`` rectangles (the parts of
the main window it works with, in global coordinates): the free rectangle where the window
gets the most of its ``preferred`` size, at least ``minimum``, hugging the avoided parts. When
no free rectangle is that large, the window keeps its preferred size (clipped to the screen)
and goes where it covers the least of them. ``place_window`` applies that to a top-level
widget, frame included.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget


def global_rect(widget: QWidget) -> QRect:
    """``widget``'s rectangle in global (screen) coordinates."""
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def free_place(area: QRect, avoid: Sequence[QRect], preferred: QSize,
               minimum: QSize) -> QRect:
    obstacles = [r.intersected(area) for r in avoid if r.intersects(area)]
    if not obstacles:
        size = preferred.boundedTo(area.size())
        return QRect(area.center().x() - size.width() // 2,
                     area.center().y() - size.height() // 2, size.width(), size.height())
    xs = sorted({area.left(), area.right() + 1,
                 *(x for r in obstacles for x in (r.left(), r.right() + 1))})
    ys = sorted({area.top(), area.bottom() + 1,
                 *(y for r in obstacles for y in (r.top(), r.bottom() + 1))})
    united = obstacles[0]
    for r in obstacles[1:]:
        united = united.united(r)
    best: tuple[int, QRect] | None = None
    for x0, x1 in combinations(xs, 2):
        for y0, y1 in combinations(ys, 2):
            room = QRect(x0, y0, x1 - x0, y1 - y0)
            if room.width() < minimum.width() or room.height() < minimum.height() or any(
                    room.intersects(r) for r in obstacles):
                continue
            size = preferred.boundedTo(room.size())
            score = size.width() * size.height()
            if best is None or score > best[0]:
                best = (score, _hug(room, size, united))
    if best is not None:
        return best[1]
    return _least_covering(area, obstacles, preferred.boundedTo(area.size()))


def _hug(room: QRect, size: QSize, united: QRect) -> QRect:
    """A ``size`` rectangle in ``room``, on its side nearest the avoided parts, at its top."""
    x = room.left() if united.center().x() < room.center().x() else \
        room.right() + 1 - size.width()
    return QRect(x, room.top(), size.width(), size.height())


def _least_covering(area: QRect, obstacles: Sequence[QRect], size: QSize) -> QRect:
    """Where a ``size`` window in ``area`` covers the least of ``obstacles``."""
    w, h = size.width(), size.height()
    xs = {area.left(), area.right() + 1 - w,
          *(x for r in obstacles for x in (r.left() - w, r.right() + 1))}
    ys = {area.top(), area.bottom() + 1 - h,
          *(y for r in obstacles for y in (r.top() - h, r.bottom() + 1))}
    best: tuple[int, QRect] | None = None
    for x in sorted(xs):
        for y in sorted(ys):
            x = max(area.left(), min(x, area.right() + 1 - w))
            y = max(area.top(), min(y, area.bottom() + 1 - h))
            frame = QRect(x, y, w, h)
            covered = 0
            for r in obstacles:
                part = frame.intersected(r)
                covered += part.width() * part.height() if part.isValid() else 0
            if best is None or covered < best[0]:
                best = (covered, frame)
    assert best is not None
    return best[1]


def place_window(window: QWidget, avoid: Sequence[QWidget], preferred: QSize,
                 minimum: QSize) -> None:
    """Move and size top-level ``window`` (its frame) into the free room of its screen beside
    the visible widgets of ``avoid``: at most ``preferred``, at least ``minimum`` (and the
    window's own minimum) when there is that much room."""
    parent = window.parentWidget()
    screen = (parent if parent is not None else window).screen()
    if screen is None:
        return
    frame_extra = window.frameGeometry().size() - window.geometry().size()
    least = minimum.expandedTo(window.minimumSizeHint()).expandedTo(window.minimumSize())
    rects = [global_rect(w) for w in avoid if w.isVisible()]
    frame = free_place(screen.availableGeometry(), rects, preferred + frame_extra,
                       least + frame_extra)
    window.resize(frame.size() - frame_extra)
    window.move(frame.topLeft())
