"""Where a learner is in a lesson, saved with the session: which lesson, which step, which
goals were met and how many of the step's hints are shown.

It is kept in the session's view settings under ``"lesson"`` (``Session.view``, JSON in the
session file's meta), next to the classroom settings the lesson may have set; a session
without it (older ones, or work with no lesson) has none. A built-in lesson is named by its
id; a lesson from a file carries the file's whole text (and the path it was opened from, to
find a points CSV next to it), so the session still opens when the file has moved.
``playground lesson check`` and the window read it back with ``lesson_state``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from playground.errors import ConfigError
from playground.lessons.lesson import (
    BUILTIN,
    MAX_LESSON_BYTES,
    MAX_STEPS,
    SUFFIX,
    Lesson,
    builtin_ids,
    load_lesson,
    parse_lesson,
)

VIEW_KEY = "lesson"


@dataclass(frozen=True)
class LessonState:
    """A lesson in progress. ``builtin``: ``lesson_id`` names a built-in lesson; otherwise
    ``text`` is the lesson file's text and ``path`` where it was read from. ``step`` counts
    from 1; ``met`` are the numbers of the steps whose goal was met; ``hints`` is how many of
    the current step's hints are shown."""

    lesson_id: str
    builtin: bool
    text: str = ""
    path: str = ""
    step: int = 1
    met: tuple[int, ...] = ()
    hints: int = 0

    @classmethod
    def of(cls, lesson: Lesson) -> LessonState:
        """The start of ``lesson``: a built-in one by id, any other with its file's text."""
        builtin = Path(lesson.path).resolve().parent == BUILTIN and \
            lesson.id in builtin_ids() and Path(lesson.path).stem == lesson.id
        text = "" if builtin else Path(lesson.path).read_text("utf-8-sig")
        return cls(lesson.id, builtin, text, "" if builtin else str(lesson.path))

    def at(self, step: int) -> LessonState:
        """At ``step`` with no hint shown."""
        return replace(self, step=step, hints=0)

    def with_met(self, step: int) -> LessonState:
        return self if step in self.met else replace(self, met=tuple(sorted({*self.met, step})))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.lesson_id, "builtin": self.builtin,
                               "step": self.step, "met": list(self.met), "hints": self.hints}
        if not self.builtin:
            out["text"], out["path"] = self.text, self.path
        return out

    @classmethod
    def from_dict(cls, data: Any) -> LessonState | None:
        """The state saved by ``to_dict``; None when absent or not understood."""
        if not isinstance(data, dict):
            return None
        lesson_id, builtin = data.get("id"), data.get("builtin")
        step, met, hints = data.get("step", 1), data.get("met", []), data.get("hints", 0)
        text, path = data.get("text", ""), data.get("path", "")
        if not (isinstance(lesson_id, str) and isinstance(builtin, bool)
                and _count(step, 1) and _count(hints, 0) and isinstance(met, list)
                and all(_count(m, 1) for m in met)
                and isinstance(text, str) and isinstance(path, str)):
            return None
        if not builtin and not text:
            return None
        return cls(lesson_id, builtin, text, path, step,
                   tuple(sorted(set(met))), hints)

    def lesson(self) -> Lesson:
        """The lesson this state is in (``ConfigError`` when it can no longer be read: a
        built-in lesson that is gone, a points file that moved)."""
        if self.builtin:
            if self.lesson_id not in builtin_ids():
                raise ConfigError(f"there is no built-in lesson {self.lesson_id!r} any more")
            return load_lesson(BUILTIN / f"{self.lesson_id}{SUFFIX}")
        if len(self.text.encode()) > MAX_LESSON_BYTES:
            raise ConfigError("the saved lesson is too long")
        where = self.path or f"{self.lesson_id}{SUFFIX}"
        folder = Path(self.path).parent if self.path else None
        return parse_lesson(self.text, where, folder)


def _count(value: Any, low: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and \
        low <= value <= max(MAX_STEPS, 1000)


def lesson_state(view: dict[str, Any]) -> LessonState | None:
    """The lesson state of a session's view settings (``Session.view``), or None."""
    return LessonState.from_dict(view.get(VIEW_KEY)) if isinstance(view, dict) else None
