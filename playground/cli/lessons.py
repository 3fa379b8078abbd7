"""``playground lessons`` and ``playground lesson check LESSON SESSION...``: the built-in
lessons, and grading saved sessions against a lesson's goals.

``lessons`` prints one JSON line per built-in lesson: ``{"id", "title", "steps"}``.
``lesson check`` recomputes every goal from each session's own weights and points
(``lessons.grading``) and prints one JSON line per session: ``{"session", "lesson",
"passed", "goals": [{"step", "goal", "met", "values"}]}``, with ``"error"`` instead of goals
for a file that cannot be graded (not a session, damaged, another task or data set). A
folder given as SESSION stands for every file in it (hidden ones aside), in name order.
``--step N`` checks only that step's goal (by default a session must meet every goal of
the lesson at once). ``--csv FILE`` also writes a grade sheet, one row per session. The
exit code is 0 only when every session passed, 1 otherwise; a lesson that cannot be read
is an error (2).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path
from typing import Any

from playground.cli.common import check_out, fail, finite
from playground.data.atomic import atomic_write_text
from playground.lessons.grading import check_session
from playground.lessons.lesson import builtin_lessons, find_lesson

EXIT_FAILED = 1


def add_lesson_commands(parser: argparse.ArgumentParser) -> None:
    """Add ``lessons`` and ``lesson check`` to the commands of ``options.build_parser``."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    sub.add_parser("lessons", help="list the built-in lessons, one JSON line each",
                   allow_abbrev=False)
    lesson = sub.add_parser("lesson", help="grade sessions against a lesson's goals",
                            allow_abbrev=False)
    actions = lesson.add_subparsers(dest="lesson_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", allow_abbrev=False,
        help="recompute each goal from each session's weights and points; one JSON line per "
        "session; exit 0 only when all passed")
    check.add_argument("lesson", metavar="LESSON",
                       help="a built-in lesson's id (see `playground lessons`) or a .toml file")
    check.add_argument("sessions", nargs="+", metavar="SESSION",
                       help="a .pgsession, or a folder: every file in it")
    check.add_argument("--step", type=int, action="append", metavar="N",
                       help="check only the goal of step N (repeat it for several; default: "
                       "every goal, which the session's network must meet at once)")
    check.add_argument("--csv", metavar="FILE",
                       help="also write a grade sheet: one row per session (not over an input)")


def cmd_lessons() -> int:
    for lesson in builtin_lessons():
        print(json.dumps({"id": lesson.id, "title": lesson.title, "steps": len(lesson.steps)}),
              flush=True)
    return 0


def _submissions(paths: list[str]) -> list[str]:
    """The files to grade: each path, a folder replaced by the files in it."""
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            out.extend(str(f) for f in sorted(p.iterdir())
                       if not f.name.startswith(".") and not f.is_dir())
        else:
            out.append(path)
    return out


def grade_sheet(results: list[dict[str, Any]], goals: list[tuple[int, str]]) -> str:
    """CSV text: session, lesson, passed, goals met, one column per goal (``step N: goal``,
    1 met / 0 not / empty when not graded) and the error."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["session", "lesson", "passed", "goals_met",
                     *(f"step {step}: {goal}" for step, goal in goals), "error"])
    for r in results:
        met = {(g["step"], g["goal"]): g["met"] for g in r["goals"]}
        writer.writerow([r["session"], r["lesson"], int(r["passed"]),
                         f"{sum(met.values())}/{len(goals)}" if "error" not in r else "",
                         *("" if key not in met else int(met[key]) for key in goals),
                         r.get("error", "")])
    return text.getvalue()


def cmd_lesson(args: argparse.Namespace) -> int:
    lesson = find_lesson(args.lesson)
    steps = lesson.goals
    if args.step:
        numbered = {s.number: s for s in lesson.goals}
        for n in args.step:
            if n not in numbered:
                fail(f"--step {n}: lesson {lesson.id!r} has goals at steps "
                     f"{', '.join(map(str, numbered)) or '(none)'}")
        steps = tuple(numbered[n] for n in sorted(set(args.step)))
    files = _submissions(args.sessions)
    if not files:
        fail(f"no sessions to check in {', '.join(args.sessions)}")
    check_out(args.csv, [("session", f) for f in files], flag="--csv")
    results = []
    for path in files:
        result = check_session(lesson, path, steps)
        results.append(result)
        print(json.dumps(finite(result)), flush=True)
    if args.csv is not None:
        goals = [(s.number, s.goal.text) for s in steps if s.goal is not None]
        atomic_write_text(args.csv, grade_sheet(results, goals))
    return 0 if all(r["passed"] for r in results) else EXIT_FAILED
