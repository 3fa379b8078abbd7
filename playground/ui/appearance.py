"""View ▸ Colours and View ▸ High contrast: how the window looks for the whole room.

``AppearanceController`` owns the actions, remembers the choices in the settings and applies
them: the palette (``pictures/colors.py`` ``PALETTES``: standard, or colour-blind safe) to the
canvas (heatmap, colour bar, points, key), the class actions' icons and the Draw panel's class
buttons; the high-contrast theme (``theme.set_high_contrast``) to the application's palette
and the canvas's rims, boundary and key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from playground.pictures.colors import PALETTES, STANDARD, Palette, palette_named
from playground.pictures.markers import class_marker
from playground.ui import theme
from playground.ui.actions import ActionSpec
from playground.ui.i18n import translate
from playground.ui.icons import swatch_icon

COLORS_KEY = "view/colors"
HIGH_CONTRAST_KEY = "view/high_contrast"


def _flag(value: object) -> bool:
    """A stored boolean (QSettings may give back "true" / "false" strings)."""
    return value is True or str(value).lower() in ("true", "1")


class AppearanceController:
    """The View menu's colour and contrast choices (``action_specs``), applied to the
    targets it is handed (the canvas's and the Draw panel's ``set_palette``, the canvas's
    ``set_high_contrast``) and the class actions' icons."""

    def __init__(self, settings: QSettings,
                 palette_targets: Sequence[Callable[[Palette], None]],
                 contrast_targets: Sequence[Callable[[bool], None]],
                 class_actions: Callable[[], Sequence[QAction]]) -> None:
        self.settings = settings
        self._targets = list(palette_targets)
        self._contrast_targets = list(contrast_targets)
        self._class_actions = class_actions
        self.palette: Palette = palette_named(settings.value(COLORS_KEY, STANDARD.name))
        self.high_contrast = _flag(settings.value(HIGH_CONTRAST_KEY, False))

    def action_specs(self) -> list[ActionSpec]:
        return [
            ActionSpec("view.colors.standard", translate("AppearanceController", "&Standard"),
                       lambda on: self.set_palette("standard") if on else None,
                       tip=translate("AppearanceController",
                                     "Blue and orange heatmaps, the usual class colours"),
                       checkable=True, checked=self.palette.name == "standard",
                       group="colors"),
            ActionSpec("view.colors.safe",
                       translate("AppearanceController", "&Colour-blind safe"),
                       lambda on: self.set_palette("safe") if on else None,
                       tip=translate("AppearanceController",
                                     "Heatmaps and class colours told apart with any kind of "
                                     "colour vision (blue to yellow, by lightness too)"),
                       checkable=True, checked=self.palette.name == "safe", group="colors"),
            ActionSpec("view.high_contrast", translate("AppearanceController", "&High contrast"),
                       self.set_high_contrast,
                       tip=translate("AppearanceController",
                                     "Black on white, thick point outlines and a bold "
                                     "boundary: for projectors and low vision"),
                       checkable=True, checked=self.high_contrast),
        ]

    def add_palette_target(self, target: Callable[[Palette], None]) -> None:
        """Another part that follows View ▸ Colours (told the palette now)."""
        self._targets.append(target)
        target(self.palette)

    def apply(self) -> None:
        """Apply the remembered choices (once the window's parts exist)."""
        self._apply_palette()
        self._apply_contrast()

    def set_palette(self, name: str) -> None:
        """View ▸ Colours: ``name`` one of ``PALETTES``, remembered in the settings."""
        if name not in PALETTES:
            raise ValueError(f"palette must be one of {', '.join(PALETTES)} (got {name!r})")
        self.palette = PALETTES[name]
        self.settings.setValue(COLORS_KEY, name)
        self._apply_palette()

    def set_high_contrast(self, on: bool) -> None:
        """View ▸ High contrast, remembered in the settings."""
        self.high_contrast = bool(on)
        self.settings.setValue(HIGH_CONTRAST_KEY, self.high_contrast)
        self._apply_contrast()

    def _apply_palette(self) -> None:
        for target in self._targets:
            target(self.palette)
        colors = self.palette.class_colors
        for i, action in enumerate(self._class_actions()):
            action.setIcon(swatch_icon(colors[i % len(colors)], str(i + 1), class_marker(i)))

    def _apply_contrast(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.set_high_contrast(app, self.high_contrast)
        for target in self._contrast_targets:
            target(self.high_contrast)
