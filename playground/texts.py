"""Marking text below ``ui/`` that the window shows, without Qt.

Labels kept in the domain layers (a landscape's kinds, an input scaling's names, the coach's
advice) are shown in the window in its language. They are written in English and marked here,
``translate_noop("Context", "Random directions")``; the catalogue tool (``ui.i18n_catalog``)
finds them, and the window translates them where it shows them, with the same context
(``ui.i18n.translate``). The command line prints them as they are.
"""

from __future__ import annotations


def translate_noop(context: str, source: str, disambiguation: str | None = None) -> str:
    """Mark ``source`` for translation in ``context``; returns it unchanged."""
    return source
