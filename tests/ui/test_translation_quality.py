"""The translations read as one piece of software: within a menu (and along the menu bar) no
two entries share a mnemonic letter, in every language the window speaks."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

from playground.ui.i18n import LANGUAGES, install_language
from playground.ui.main_window import MainWindow

MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    """The letter after the ``&`` of ``text`` (``&&`` is an ampersand), lower case."""
    for match in MNEMONIC.finditer(text.replace("&&", "")):
        return match.group(1).lower()
    return None


def clashes(title: str, texts: list[str]) -> list[str]:
    """'title: "A" and "B" both use "x"' for every two of ``texts`` with the same letter."""
    seen: dict[str, str] = {}
    found = []
    for text in texts:
        letter = mnemonic(text)
        if letter is None:
            continue
        if letter in seen:
            found.append(f'{title}: "{seen[letter]}" and "{text}" both use "{letter}"')
        else:
            seen[letter] = text
    return found


def menu_clashes(w: MainWindow) -> list[str]:
    """Every clash of the menu bar's titles and of each menu and submenu's entries."""
    bar = [a for a in w.menuBar().actions() if not a.isSeparator()]
    found = clashes("menu bar", [a.text() for a in bar])
    menus: list[tuple[str, QMenu]] = [(a.text(), a.menu()) for a in bar if a.menu()]
    while menus:
        title, menu = menus.pop()
        entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        found += clashes(title.replace("&", ""), [a.text() for a in entries])
        menus += [(f"{title} ▸ {a.text()}".replace("&", ""), a.menu())
                  for a in entries if a.menu()]
    return found


def test_mnemonic_letter_of_a_text():
    assert mnemonic("&File") == "f"
    assert mnemonic("Save &As…") == "a"
    assert mnemonic("Points && lines") is None
    assert mnemonic("Points && &lines") == "l"


@pytest.fixture
def speaking():
    """Install a language for the test; English again afterwards."""
    yield install_language
    install_language("en")


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_no_two_entries_of_a_menu_share_a_mnemonic(speaking, make_window, code):
    assert speaking(code)
    w = make_window(show=False)
    assert menu_clashes(w) == []
