"""Classroom mode's settings: which sections a lesson hides and which settings it fixes.

Saved in the session's view settings (``{"classroom": {"hidden": [...], "fixed": [...]}}``), so
a session handed out by a teacher opens straight into the lesson's layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from playground.ui.i18n import translate_noop

# section name -> menu text (shown through ``translate("ClassroomDialog", text)``, in the View
# menu and the classroom dialog)
SECTIONS = {
    "data": translate_noop("ClassroomDialog", "&Data"),
    "training": translate_noop("ClassroomDialog", "&Training settings"),
    "network": translate_noop("ClassroomDialog", "&Network settings"),
    "diagram": translate_noop("ClassroomDialog", "Network &diagram"),
    "loss": translate_noop("ClassroomDialog", "&Loss curves"),
}
FIXABLE = {"data": translate_noop("ClassroomDialog", "Data and drawing"),
           "network": translate_noop("ClassroomDialog", "Network settings"),
           "training": translate_noop("ClassroomDialog", "Training settings")}


@dataclass(frozen=True)
class ClassroomSettings:
    """What a lesson hides and fixes: section names of ``SECTIONS`` and ``FIXABLE``."""

    hidden: tuple[str, ...] = ()
    fixed: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"hidden": list(self.hidden), "fixed": list(self.fixed)}

    @classmethod
    def from_dict(cls, data: Any) -> ClassroomSettings | None:
        """Settings saved in a session's view; None when absent or not understood."""
        if not isinstance(data, dict):
            return None
        hidden, fixed = data.get("hidden", []), data.get("fixed", [])
        if not (isinstance(hidden, list) and isinstance(fixed, list)):
            return None
        return cls(tuple(h for h in hidden if h in SECTIONS),
                   tuple(f for f in fixed if f in FIXABLE))
