"""Guards against a Qt binding release that corrupts Python's reference counts.

PySide6 6.12.0 dropped a reference to ``None`` on every call of a method returning void; on
Python 3.11 ``None`` can be freed, and the app died with "deallocating None" after a few
thousand repaints. pyproject.toml excludes that release; this test fails on any such build.
"""

import sys

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_alive(qtbot):
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.drawRect(0, 0, 5, 5)
        widget.resize(10, 10)
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -50, f"None lost {before - after} references in 1,000 void calls"
