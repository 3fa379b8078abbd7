"""The window's actions, declared as data and made in one place.

Each part of the window declares its commands as ``ActionSpec`` rows (an id, the text, the
shortcut, the status tip, the handler); ``Actions`` makes a ``QAction`` of each, registered by
id, and menus and tool bars are lists of ids. An action Qt makes itself (undo and redo, a
dock's toggle) is registered by id too, so every menu is built the same way.

``StatusReporter`` is where a controller reports what happened: a status-bar message, a
warning it must not miss.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar, QWidget

from playground.ui.i18n import translate

Shortcut = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One command: ``handler`` is called with the checked state of a checkable action, with
    nothing otherwise; when the user triggers it, or (``on_toggle``) whenever its checked
    state changes, by program too. ``shortcut`` may be several (the first is the one shown).
    """

    id: str
    text: str
    handler: Callable[..., object] | None = None
    shortcut: Shortcut | Sequence[Shortcut] | None = None
    tip: str = ""
    checkable: bool = False
    checked: bool = False
    enabled: bool = True
    group: str | None = None  # actions of one group exclude each other
    icon: QIcon | None = None
    on_toggle: bool = False


class Actions:
    """The window's actions by id (``actions["edit.undo"]``)."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self._by_id: dict[str, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}

    def add(self, spec: ActionSpec) -> QAction:
        a = QAction(spec.text, self.owner)
        keys = _shortcuts(spec.shortcut)
        if keys:
            a.setShortcuts(keys)
        if spec.tip:
            a.setStatusTip(spec.tip)
            # the key as the language names it ("Strg+S" in German)
            key = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
            a.setToolTip(translate("Actions", "{tip} ({key})").format(tip=spec.tip, key=key)
                         if keys else spec.tip)
        if spec.icon is not None:
            a.setIcon(spec.icon)
        a.setCheckable(spec.checkable)
        a.setChecked(spec.checked)
        a.setEnabled(spec.enabled)
        if spec.group is not None:
            group = self._groups.get(spec.group)
            if group is None:
                group = self._groups[spec.group] = QActionGroup(self.owner)
            group.addAction(a)
        handler = spec.handler
        if handler is not None:
            if spec.checkable:
                (a.toggled if spec.on_toggle else a.triggered).connect(handler)
            else:
                a.triggered.connect(lambda _checked=False, h=handler: h())
        return self.register(spec.id, a)

    def add_all(self, specs: Iterable[ActionSpec]) -> list[QAction]:
        return [self.add(spec) for spec in specs]

    def register(self, ident: str, action: QAction) -> QAction:
        """Keep ``action`` under ``ident``; its shortcut works wherever the owner has focus."""
        if ident in self._by_id:
            raise ValueError(f"two actions with the id {ident!r}")
        self._by_id[ident] = action
        self.owner.addAction(action)
        return action

    def __getitem__(self, ident: str) -> QAction:
        return self._by_id[ident]

    def __contains__(self, ident: object) -> bool:
        return ident in self._by_id

    def ids(self) -> list[str]:
        return list(self._by_id)

    def fill(self, target: QMenu | QToolBar, ids: Iterable[str | None]) -> None:
        """Add the actions ``ids`` to a menu or tool bar; None is a separator."""
        for ident in ids:
            if ident is None:
                target.addSeparator()
            else:
                target.addAction(self._by_id[ident])


def _shortcuts(shortcut: Shortcut | Sequence[Shortcut] | None) -> list[QKeySequence]:
    if shortcut is None:
        return []
    if isinstance(shortcut, (str, QKeySequence.StandardKey)):
        return [QKeySequence(shortcut)]
    return [QKeySequence(k) for k in shortcut]


class StatusReporter(Protocol):
    """Where a controller tells the user what happened."""

    def show_message(self, text: str, ms: int = 0) -> None:
        """A passing note in the status bar (``ms`` 0: until the next one)."""

    def clear_message(self) -> None: ...

    def warn(self, title: str, text: str) -> None:
        """Something failed and the user must know (a dialog)."""


class StatusBarReporter:
    """A ``StatusReporter`` on a main window's status bar; warnings are message boxes over
    ``widget``."""

    def __init__(self, widget: QWidget, show: Callable[[str, int], None],
                 clear: Callable[[], None]) -> None:
        self.widget = widget
        self._show = show
        self._clear = clear

    def show_message(self, text: str, ms: int = 0) -> None:
        self._show(text, ms)

    def clear_message(self) -> None:
        self._clear()

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.widget, title, text)
