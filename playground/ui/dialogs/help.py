"""The Help menu's dialogs: the keyboard shortcuts and About.

The shortcut table is read from the window's actions (their text and shortcuts), so it lists
every key the window answers to and cannot disagree with them.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from playground import __version__
from playground.ui.i18n import translate, translate_noop

# What no action says: the mouse, and keys handled by the window itself.
OTHER_KEYS = ((translate_noop("Help", "Right drag"),
               translate_noop("Help", "erase with any tool")),
              (translate_noop("Help", "Enter / Esc in a field"),
               translate_noop("Help", "keep / undo what you typed; the keys go back to the "
                              "canvas")),
              (translate_noop("Help", "Space in a field being typed in"),
               translate_noop("Help", "types (elsewhere it plays)")))


def action_text(action: QAction) -> str:
    """An action's text without its mnemonic marks ("&Undo" -> "Undo", "&&" -> "&")."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, in the order given."""
    rows = []
    for action in actions:
        keys = action.shortcuts()
        if keys:
            native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((native, action_text(action)))
    return rows


def show_shortcuts(parent: QWidget, actions: Iterable[QAction] | None = None,
                   more: Iterable[tuple[str, str]] = ()) -> None:
    """The table of ``actions`` (by default every action of ``parent`` and its menus), then
    the keys no action says, then ``more`` (keys, what they do) rows."""
    rows = shortcut_rows(parent.findChildren(QAction) if actions is None else actions)
    others = [(translate("Help", k), translate("Help", v)) for k, v in OTHER_KEYS]
    body = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                   for k, v in [*rows, *others, *more])
    QMessageBox.information(parent, translate("Help", "Keyboard shortcuts"),
                            f"<table>{body}</table>")  # untranslated: markup


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, translate("Help", "About Playground"),
                      translate("Help", "<b>Playground {version}</b><p>Draw points, build a "
                                "network, watch NumPy train it live.</p>")
                      .format(version=__version__))
