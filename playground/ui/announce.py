"""Telling assistive technology (a screen reader) about an important change of state.

``announce(widget, text)`` is called where the window reports such a change: training stopped by
a stop rule or by divergence, a lesson's goal met. Qt 6.8 and later carry the text to the
screen reader as a ``QAccessibleAnnouncementEvent`` (``assertive``: read at once, interrupting;
otherwise when the reader is idle). Older Qt (``pyproject.toml`` allows 6.6) has no such
event: the text is set as the accessible description of ``widget`` (the status line the
message also appears in) and a description-changed event sent, which screen readers that watch
that widget read out.

Tests replace the announcer with ``set_sink``, a function given (widget, text, assertive).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

log = logging.getLogger("playground.ui")

Sink = Callable[[QObject, str, bool], None]


def qt_announce(widget: QObject, text: str, assertive: bool = False) -> None:
    """Send ``text`` to assistive technology as an announcement from ``widget``."""
    event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_class is not None:  # Qt >= 6.8
        event = event_class(widget, text)
        politeness = QtGui.QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
        QtGui.QAccessible.updateAccessibility(event)
    elif isinstance(widget, QWidget):
        widget.setAccessibleDescription(text)
        QtGui.QAccessible.updateAccessibility(QtGui.QAccessibleEvent(
            widget, QtGui.QAccessible.Event.DescriptionChanged))
    else:
        log.debug("no way to announce %r", text)


_sink: Sink = qt_announce


def announce(widget: QObject, text: str, assertive: bool = False) -> None:
    """Tell assistive technology ``text`` (already translated), from ``widget``; ``assertive``
    interrupts what it is reading (divergence), otherwise it waits (a goal met)."""
    if text:
        _sink(widget, text, assertive)


def set_sink(sink: Sink | None) -> Sink:
    """Announce through ``sink`` from now on (None: Qt's accessibility again); returns the
    one before."""
    global _sink
    previous, _sink = _sink, (qt_announce if sink is None else sink)
    return previous
