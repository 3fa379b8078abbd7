"""The data set settings of a session: which preset made the points (or which file), how
many, their noise, seed and split, and whether the work is 1-D; saved in sessions."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from playground.data.datasets import DATASETS, formula_points, make_dataset
from playground.data.formula import parse_formula
from playground.data.points import PointSet
from playground.engine.losses import TASKS
from playground.errors import ConfigError

# Where points drawn by hand go: the training set, the test set, or either one at random
# with the train share's odds.
NEW_POINT_TARGETS = ("train", "test", "split")


@dataclass(frozen=True)
class DatasetSettings:
    """The preset generator's settings: which preset, how many points, noise, seed, split,
    and ``dims``, the session's kind of points: 2 (the plane) or 1 (a 1-D regression set of
    points ``(x, 0)`` with targets y; the network sees x1 alone). ``dims=0`` takes the
    preset's; ``copy`` with a new ``name`` does too unless it is given. ``source_file``: the
    file the points were imported from ("": the preset made them); ``new_points``: where
    points drawn by hand go, one of ``NEW_POINT_TARGETS``. ``formula`` (not ""): the points
    come from this formula in x1 and x2 (``data.datasets.formula_points``), not from the
    preset ``name``, with ``formula_task`` ("": the formula's default task) and
    ``n_classes`` (None: counted from the values); such a set is always 2-D.
    ``input_names``: the names of the points' input columns as the file they came from gave
    them (``height``, ``weight``, ...); empty: ``x1``, ``x2``, ... (a preset, a drawing)."""

    name: str = "spiral"
    n: int = 300
    noise: float = 0.1
    seed: int = 0
    train_ratio: float = 0.5
    n_classes: int | None = None
    dims: int = 0
    source_file: str = ""
    new_points: str = "train"
    formula: str = ""
    formula_task: str = ""
    input_names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.formula, str) or not isinstance(self.formula_task, str):
            raise ConfigError("formula and formula_task must be text")
        if self.formula:
            object.__setattr__(self, "formula", parse_formula(self.formula).text)
            if self.dims == 0:
                object.__setattr__(self, "dims", 2)
        if self.formula_task and self.formula_task not in TASKS:
            raise ConfigError(f"formula_task must be one of {', '.join(TASKS)} or empty "
                              f"(got {self.formula_task!r})")
        if self.dims == 0:
            spec = DATASETS.get(self.name)
            object.__setattr__(self, "dims", spec.dims if spec is not None else 2)
        if isinstance(self.dims, bool) or self.dims not in (1, 2):
            raise ConfigError(f"dims must be 1 or 2 (got {self.dims!r})")
        if not isinstance(self.new_points, str) or self.new_points not in NEW_POINT_TARGETS:
            raise ConfigError(f"new_points must be one of {', '.join(NEW_POINT_TARGETS)} "
                              f"(got {self.new_points!r})")
        names = self.input_names
        if isinstance(names, str) or not isinstance(names, (list, tuple)) or not all(
                isinstance(n, str) for n in names):
            raise ConfigError(f"input_names must be a list of names (got {names!r})")
        object.__setattr__(self, "input_names", tuple(names))
        if not isinstance(self.source_file, str):
            raise ConfigError(f"source_file must be a file name (got {self.source_file!r})")

    def new_point_ratio(self) -> float:
        """The chance that a point drawn by hand is a training point."""
        return {"train": 1.0, "test": 0.0}.get(self.new_points, self.train_ratio)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def copy(self, **changes: Any) -> DatasetSettings:
        if "name" in changes or "formula" in changes:
            changes.setdefault("dims", 0)  # a preset brings its own kind of points
            changes.setdefault("input_names", ())  # ... and its inputs x1, x2
        return dataclasses.replace(self, **changes)

    def names_of_inputs(self, n_inputs: int) -> tuple[str, ...]:
        """The names of ``n_inputs`` input columns: ``input_names`` when they are that many,
        else the preset's own (a tutorial's table: ``height``, ...), else ``x1``, ``x2``, ..."""
        if len(self.input_names) == n_inputs:
            return self.input_names
        spec = None if self.formula or self.source_file else DATASETS.get(self.name)
        if spec is not None and len(spec.input_names) == n_inputs:
            return spec.input_names
        return tuple(f"x{k}" for k in range(1, n_inputs + 1))

    def generate(self) -> PointSet:
        if self.formula:
            points = formula_points(self.formula, self.formula_task or None, self.n,
                                    self.noise, self.seed, self.n_classes)
            return points.with_split(self.train_ratio, self.seed)
        return make_dataset(self.name, n=self.n, noise=self.noise, seed=self.seed,
                            n_classes=self.n_classes, train_ratio=self.train_ratio)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DatasetSettings | None:
        """Settings saved in a session; None when they are missing or not understood.
        Sessions saved before 1-D sets existed have no ``dims``: they are 2-D."""
        known = {f.name for f in dataclasses.fields(cls)}
        if not data or not set(data) <= known:
            return None
        try:
            return cls(**{"dims": 2, **data})
        except (TypeError, ConfigError):
            return None
