"""The lesson format (docs/lessons.md): one TOML file, read into a ``Lesson``.

A lesson has an ``id``, a ``title``, a starting point (``[start]``: a preset data set with
its options or a points CSV next to the lesson, ``train``-style settings, classroom locks and
hidden sections) and ordered ``[[steps]]``, each with Markdown ``text``, optional
``settings`` it applies, an optional ``goal`` (``goals.py``), ``hints`` and an ``answer``
(settings). Everything is checked when the file is read: the data are generated (or read),
every step's settings and answer are applied in order to the starting configuration, and
every goal is parsed, so a bad lesson is refused at once with a ``ConfigError`` naming the
file, the step and the problem, never halfway through a class.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from playground.data.datasets import DATASETS
from playground.data.points import PointSet
from playground.data.points_csv import read_points_csv
from playground.data.reading import read_file
from playground.errors import ConfigError, PlaygroundError
from playground.lessons.goals import Goal, parse_goal
from playground.lessons.settings import apply_settings, parse_settings
from playground.limits import MAX_COORD, MAX_GENERATED_POINTS
from playground.session.dataset import DatasetSettings
from playground.session.model import fit_config
from playground.training.config import TrainConfig

SUFFIX = ".toml"
BUILTIN = Path(__file__).resolve().parent / "builtin"
MAX_LESSON_BYTES = 1 << 20
MAX_STEPS = 100
MAX_EPOCHS = 100_000
DEFAULT_EPOCHS = 300
DEFAULT_POINTS = 500
# the classroom mode's names (ui/classroom.py SECTIONS and FIXABLE; a test keeps them equal)
HIDEABLE = ("data", "training", "network", "diagram", "loss")
LOCKABLE = ("data", "network", "training")
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_TOP_KEYS = ("id", "title", "summary", "epochs", "start", "steps")
_START_KEYS = ("dataset", "points", "n_points", "noise", "classes", "train_ratio", "seed",
               "settings", "locks", "hidden", "coach")
_STEP_KEYS = ("text", "settings", "goal", "hints", "answer", "epochs")


@dataclass(frozen=True, eq=False)
class Step:
    """One step, numbered from 1. ``settings`` and ``answer`` are ``TrainConfig`` field
    changes (``settings.parse_settings``); ``answer`` None: the step has none."""

    number: int
    text: str
    settings: Mapping[str, Any] = field(default_factory=dict)
    goal: Goal | None = None
    hints: tuple[str, ...] = ()
    answer: Mapping[str, Any] | None = None
    epochs: int = DEFAULT_EPOCHS  # how long the answer trains, from fresh weights


@dataclass(frozen=True, eq=False)
class Start:
    """A lesson's starting point, made: the points, their settings, the configuration."""

    points: PointSet
    dataset: DatasetSettings
    config: TrainConfig
    class_names: tuple[str, ...] = ()  # empty: the default names


@dataclass(frozen=True, eq=False)
class Lesson:
    id: str
    title: str
    path: str  # the file it was read from
    dataset: DatasetSettings  # the preset, or the split of the points file
    points_file: str  # "" for a preset; else the CSV's path
    classes: int | None
    settings: Mapping[str, Any]
    steps: tuple[Step, ...]
    summary: str = ""
    locks: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    epochs: int = DEFAULT_EPOCHS
    coach: bool = False  # the coach's hints in classroom mode (off there unless turned on)

    @property
    def goals(self) -> tuple[Step, ...]:
        """The steps that have a goal, in order."""
        return tuple(s for s in self.steps if s.goal is not None)

    def start(self) -> Start:
        """The starting point, made afresh (seeded: the same every time)."""
        return _make_start(self, self.path)

    def configs(self) -> list[tuple[TrainConfig, TrainConfig]]:
        """Per step: the configuration on entering it (the previous one with the step's
        settings) and with its answer applied; a learner who takes every answer walks
        through these."""
        config = self.start().config
        out = []
        for step in self.steps:
            config = apply_settings(config, step.settings)
            answered = apply_settings(config, step.answer or {})
            out.append((config, answered))
            config = answered
        return out


def load_lesson(path: str | Path) -> Lesson:
    """Read and check the lesson at ``path``; ``ConfigError`` naming the file and problem."""
    where = str(path)
    try:
        data = read_file(path, MAX_LESSON_BYTES)
    except PlaygroundError as exc:
        raise ConfigError(f"lesson {exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"{where}: a lesson is UTF-8 text") from None
    return parse_lesson(text, where, Path(path).resolve().parent)


def parse_lesson(text: str, where: str = "<lesson>", folder: Path | None = None) -> Lesson:
    """The lesson written as ``text`` (TOML); ``where`` names it in messages, ``folder`` is
    where a points file is looked for (the current folder by default)."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML ({exc})") from None
    _known(doc, _TOP_KEYS, where, "")
    lesson_id = doc.get("id")
    if not isinstance(lesson_id, str) or not _ID.fullmatch(lesson_id):
        raise ConfigError(f"{where}: 'id' must be lower-case letters, digits and '-', "
                          f"at most 64 (got {lesson_id!r})")
    title = _text(doc.get("title"), where, "'title'")
    summary = _text(doc.get("summary", ""), where, "'summary'", empty=True)
    epochs = _epochs(doc.get("epochs", DEFAULT_EPOCHS), where, "")

    start = doc.get("start")
    if not isinstance(start, dict):
        raise ConfigError(f"{where}: [start] is missing: the data set and settings a lesson "
                          f"starts from")
    _known(start, _START_KEYS, where, "[start] ")
    dataset, points_file, classes = _data(start, where, folder or Path.cwd())
    locks = _names(start.get("locks", []), LOCKABLE, where, "[start] locks")
    hidden = _names(start.get("hidden", []), HIDEABLE, where, "[start] hidden")
    settings = _settings(start.get("settings", {}), where, "[start] settings")
    coach = start.get("coach", False)
    if not isinstance(coach, bool):
        raise ConfigError(f"{where}: [start] coach must be true or false (got {coach!r})")

    raw_steps = doc.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise ConfigError(f"{where}: a lesson needs at least one [[steps]]")
    if len(raw_steps) > MAX_STEPS:
        raise ConfigError(f"{where}: at most {MAX_STEPS} steps (got {len(raw_steps)})")
    steps = tuple(_step(k, raw, where, epochs) for k, raw in enumerate(raw_steps, start=1))
    lesson = Lesson(lesson_id, title, where, dataset, points_file, classes, settings, steps,
                    summary, locks, hidden, epochs, coach)
    made = _make_start(lesson, where)
    config = made.config
    for step in steps:  # every step's settings and answer must fit the network then
        config = _applied(config, step.settings, where, f"step {step.number}: settings")
        config = _applied(config, step.answer or {}, where, f"step {step.number}: answer")
    return lesson


def _known(table: dict, keys: tuple[str, ...], where: str, what: str) -> None:
    unknown = [k for k in table if k not in keys]
    if unknown:
        raise ConfigError(f"{where}: {what}unknown key {unknown[0]!r}; the keys are "
                          f"{', '.join(keys)}")


def _text(value: Any, where: str, what: str, empty: bool = False) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise ConfigError(f"{where}: {what} must be text" + ("" if empty else ", not empty"))
    return value


def _epochs(value: Any, where: str, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_EPOCHS:
        raise ConfigError(f"{where}: {what}'epochs' must be a whole number from 1 to "
                          f"{MAX_EPOCHS} (got {value!r})")
    return value


def _names(value: Any, allowed: tuple[str, ...], where: str, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {what} must be a list of names: {', '.join(allowed)}")
    for name in value:
        if name not in allowed:
            raise ConfigError(f"{where}: {what}: unknown name {name!r}; the names are "
                              f"{', '.join(allowed)}")
    return tuple(dict.fromkeys(value))


def _settings(value: Any, where: str, what: str) -> dict[str, Any]:
    try:
        return parse_settings(value)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {what}: {exc}") from None


def _applied(config: TrainConfig, changes: Mapping[str, Any], where: str,
             what: str) -> TrainConfig:
    try:
        return apply_settings(config, changes)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {what}: {exc}") from None


def _data(start: dict, where: str, folder: Path
          ) -> tuple[DatasetSettings, str, int | None]:
    """The data set settings, the points file ("" for a preset) and the class count asked."""
    name, points = start.get("dataset"), start.get("points")
    if (name is None) == (points is None):
        raise ConfigError(f"{where}: [start] needs either dataset = \"NAME\" (a preset: "
                          f"{', '.join(DATASETS)}) or points = \"FILE.csv\" (next to the "
                          f"lesson), not both")
    seed = start.get("seed", 0)
    ratio = start.get("train_ratio", 0.5)
    classes = start.get("classes")
    if isinstance(ratio, int) and not isinstance(ratio, bool):
        ratio = float(ratio)
    if not isinstance(ratio, float) or not 0.0 < ratio <= 1.0:
        raise ConfigError(f"{where}: [start] train_ratio must be greater than 0 and at most 1 "
                          f"(got {ratio!r})")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ConfigError(f"{where}: [start] seed must be a whole number >= 0 (got {seed!r})")
    if classes is not None and (isinstance(classes, bool) or not isinstance(classes, int)):
        raise ConfigError(f"{where}: [start] classes must be a whole number (got {classes!r})")
    if points is not None:
        for key in ("n_points", "noise"):
            if key in start:
                raise ConfigError(f"{where}: [start] {key} applies to a preset data set, "
                                  f"not to points from a file")
        if not isinstance(points, str) or not points.strip() or Path(points).is_absolute():
            raise ConfigError(f"{where}: [start] points must name a CSV file next to the "
                              f"lesson, as a relative path (got {points!r})")
        path = folder / points
        settings = DatasetSettings(seed=seed, train_ratio=ratio, source_file=str(path))
        return settings, str(path), classes
    spec = DATASETS.get(name) if isinstance(name, str) else None
    if spec is None or not isinstance(name, str):
        raise ConfigError(f"{where}: [start] unknown data set {name!r}; choose one of: "
                          f"{', '.join(DATASETS)}")
    n = start.get("n_points", spec.fixed_rows or DEFAULT_POINTS)
    noise = start.get("noise", 0.0)
    if isinstance(noise, int) and not isinstance(noise, bool):
        noise = float(noise)
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_GENERATED_POINTS:
        raise ConfigError(f"{where}: [start] n_points must be a whole number from 1 to "
                          f"{MAX_GENERATED_POINTS} (got {n!r})")
    if not isinstance(noise, float) or not 0.0 <= noise <= 1.0:
        raise ConfigError(f"{where}: [start] noise must be between 0 and 1 (got {noise!r})")
    if classes is not None and not spec.takes_classes:
        raise ConfigError(f"{where}: [start] classes does not apply: data set {name!r} has "
                          f"a fixed class count")
    try:
        settings = DatasetSettings(name, n, noise, seed, ratio, classes, 0)
    except ConfigError as exc:
        raise ConfigError(f"{where}: [start] {exc}") from None
    return settings, "", classes


def _make_start(lesson: Lesson, where: str) -> Start:
    names: tuple[str, ...] = ()
    dataset = lesson.dataset
    try:
        if lesson.points_file:
            table = read_points_csv(lesson.points_file, lesson.classes, max_coord=MAX_COORD)
            if len(table.values) == 0:
                raise ConfigError(f"{lesson.points_file}: no points")
            points = PointSet(table.coords, table.values,
                              np.ones(len(table.values), bool), table.task,
                              table.n_classes).with_split(dataset.train_ratio, dataset.seed)
            dataset = dataset.copy(dims=table.dims, input_names=table.input_names
                                   if table.dims == 2 else ())
            names = tuple(table.names)
        else:
            points = dataset.generate()
    except PlaygroundError as exc:
        raise ConfigError(f"{where}: [start] the data: {exc}") from None
    base = fit_config(TrainConfig(seed=dataset.seed), points, dataset.dims, previous_inputs=2)
    config = _applied(base, lesson.settings, where, "[start] settings")
    return Start(points, dataset, config, names)


def _step(number: int, raw: Any, where: str, epochs: int) -> Step:
    at = f"step {number}"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: {at} must be a table ([[steps]])")
    _known(raw, _STEP_KEYS, where, f"{at}: ")
    text = _text(raw.get("text"), where, f"{at}: 'text'")
    settings = _settings(raw.get("settings", {}), where, f"{at}: settings")
    goal = None
    if "goal" in raw:
        try:
            goal = parse_goal(raw["goal"])
        except ConfigError as exc:
            raise ConfigError(f"{where}: {at}: {exc}") from None
        if "answer" not in raw:
            raise ConfigError(f"{where}: {at} has a goal but no answer: give the settings "
                              f"that reach it (answer = {{}} when none are needed)")
    hints = raw.get("hints", [])
    if not isinstance(hints, list) or not all(isinstance(h, str) and h.strip() for h in hints):
        raise ConfigError(f"{where}: {at}: hints must be a list of texts")
    answer = _settings(raw["answer"], where, f"{at}: answer") if "answer" in raw else None
    step_epochs = _epochs(raw.get("epochs", epochs), where, f"{at}: ")
    return Step(number, text, settings, goal, tuple(hints), answer, step_epochs)


def _builtin_files() -> list[Path]:
    """The built-in lesson files in the order a course takes them: the tutorials first (000
    to 004, the order they build on each other), then the challenges by name."""
    return sorted(BUILTIN.glob(f"*{SUFFIX}"),
                  key=lambda p: (not p.stem.startswith("tutorial-"), p.stem))


def builtin_lessons() -> list[Lesson]:
    """The lessons that come with Playground: the tutorials', then the challenges."""
    return [load_lesson(p) for p in _builtin_files()]


def builtin_ids() -> list[str]:
    return [p.stem for p in _builtin_files()]


def find_lesson(name: str) -> Lesson:
    """A built-in lesson by id, or the lesson file ``name`` (a path, or a name ending in
    .toml); ``ConfigError`` when it is neither."""
    if name in builtin_ids():
        return load_lesson(BUILTIN / f"{name}{SUFFIX}")
    if name.endswith(SUFFIX) or Path(name).exists():
        return load_lesson(name)
    raise ConfigError(f"no built-in lesson {name!r} and no such file; the built-in lessons "
                      f"are {', '.join(builtin_ids())} (or give a {SUFFIX} file)")
