"""Sweeps: train every combination of a grid of settings over several seeds.

``sweep(base, grid, seeds, epochs)`` builds one ``TrainConfig`` per combination of the grid's
values (validated through the config's registries before anything trains), each with the
network seeds S, S+1, ..., S+N−1 (``training.compare.seed_configs``: the points stay the
same), and trains them all with ``run_one``: the seeded trainer and the epochs of
``playground train`` (``training.headless.run_epochs``), so a row's numbers equal a
``playground train`` run with the same options. ``run_one`` is the one task function: a
local process pool runs it by default, a Dask ``Client`` (``client=``) runs the very same
function on a cluster, and since every run is seeded the tables are identical.

A run that diverges is a row with status ``diverged`` and its last good epoch's figures; one
that fails is a row with status ``error``; the reason says why. With ``out=`` every row is
appended to a CSV file as soon as it arrives (and flushed), so an interrupted sweep keeps
what finished; ``resume=True`` reads that file, skips the runs it already holds (the same
settings and seed, from a sweep of the same base: its ``base_id``) and appends the rest.

Grid keys are the ``playground train`` options by their API names (``GRID_KEYS``: ``lr``,
``layers``, ``activation``, ``optimizer``, ``batch_size``, ``l2``, ``dropout``, ``norm``,
``skip``, ...; a TrainConfig field's own name, ``learning_rate`` or ``hidden_layers``, is
taken too). ``parse_grid`` reads the command line's form,
``"lr=0.003,0.03,0.3;layers=4|8,8"``. The hidden layers' options take one value for every
hidden layer of each combination's network (``dropout=0,0.2,0.5``, ``norm=none,batch``,
``skip=false,true``) or, between ``|``, one per hidden layer (``dropout=0,0.2|0.5,0.5``,
``skip=none|2,3``: hidden layers by number from 1), as ``training.layer_options`` reads them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import math
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from playground.data.features import split_features
from playground.data.points import PointSet
from playground.errors import ConfigError, PlaygroundError
from playground.session.dataset import DatasetSettings
from playground.training.compare import SUMMARY_COLUMNS, seed_configs
from playground.training.config import OPTION_FIELDS, TrainConfig
from playground.training.headless import run_epochs
from playground.training.layer_options import LAYER_OPTIONS, given_value, layer_changes
from playground.training.trainer import Diverged, Metrics, Trainer

__all__ = ["GRID_KEYS", "SweepResult", "parse_grid", "run_one", "sweep"]

# grid key (the API's and the command line's name) -> TrainConfig field
GRID_KEYS: dict[str, str] = {
    "layers": "hidden_layers",
    "activation": "activations",
    "features": "features",
    **OPTION_FIELDS,
    **{name: name for name in LAYER_OPTIONS},
    "batch_size": "batch_size",
    "shuffle": "shuffle",
    "stop_loss": "stop_loss",
    "patience": "patience",
}
# a field's own name (or the command line's spelling) for a grid key
ALIASES: dict[str, str] = {
    **{f: k for k, f in GRID_KEYS.items() if f != k},
    "init": "init_scheme", "hidden_layers": "layers", "activations": "activation",
    "learning_rate": "lr", "no_shuffle": "shuffle",
}
# keys a grid may not hold, and why
REFUSED: dict[str, str] = {
    "seed": "the seeds are the sweep's seeds argument (--seeds)",
    **dict.fromkeys(("dataset", "data", "function", "task", "n_points", "noise", "classes",
                     "n_classes", "train_ratio"),
                    "it changes the points; every run of a sweep trains on the same points "
                    "(give it to the base)"),
    "epochs": "the epochs are the sweep's epochs argument (--epochs)",
}
LIST_KEYS = ("layers", "activation", "features")  # one value is a list: alternatives split on |
_OPTIONAL = {"batch_size": int, "stop_loss": float, "patience": int}  # None is a value too
METRIC_COLUMNS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "r2")
STATUSES = ("ok", "diverged", "error")
MAX_RUNS = 100_000
MAX_EPOCHS = 10**7


# --- the grid -------------------------------------------------------------------------------
def grid_key(name: str) -> str:
    """The grid key a name stands for (``learning-rate``, ``--lr`` and ``lr`` alike);
    ``ConfigError`` naming the allowed keys for an unknown one."""
    key = str(name).strip().lstrip("-").replace("-", "_")
    key = ALIASES.get(key, key)
    if key in REFUSED:
        raise ConfigError(f"grid key {name!r} is not allowed: {REFUSED[key]}")
    if key not in GRID_KEYS:
        raise ConfigError(f"unknown grid key {name!r} (choose from {', '.join(GRID_KEYS)})")
    return key


def _kind(key: str) -> type:
    if key in _OPTIONAL:
        return _OPTIONAL[key]
    return type(getattr(TrainConfig(), GRID_KEYS[key]))


def _bad(key: str, value: Any, why: str) -> ConfigError:
    return ConfigError(f"grid key {key!r}: {why} (got {str(value)[:40]!r})")


def normalize_value(key: str, value: Any) -> Any:
    """One value of grid key ``key`` in its one form: ``layers`` a tuple of whole numbers,
    ``activation`` a name (every layer) or a tuple of names (one per layer), ``features`` a
    tuple, ``batch_size`` a whole number or None (full batch), numbers as float or int, and
    text as the command line writes it (``"8,8"``, ``"all"``, ``"true"``) is read too."""
    if key in LAYER_OPTIONS:
        # one value for every hidden layer (``dropout=0.2``, ``norm=batch``, ``skip=true``)
        # or per layer (``dropout=0,0.2``, ``norm=none,batch``, ``skip=2,3``: hidden layers
        # by number from 1); a skip given as one true/false per layer is kept as numbers
        given = given_value(key, value, f"grid key {key!r}")
        if key == "skip" and isinstance(given, tuple) and given and isinstance(given[0], bool):
            return tuple(i + 1 for i, on in enumerate(given) if on) or False
        return given
    kind = _kind(key)
    if key == "layers":
        parts: list[Any]
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",")] if value.strip() else []
        elif isinstance(value, (int, np.integer)) and not isinstance(value, bool):
            parts = [value]
        elif isinstance(value, Iterable):
            parts = list(value)
        else:
            raise _bad(key, value, "a layer list is whole numbers, e.g. [8, 8] or '8,8'")
        try:
            units = tuple(_whole(p) for p in parts)
        except ValueError:
            raise _bad(key, value, "a layer list is whole numbers, e.g. [8, 8] or '8,8'") from None
        return units
    if key == "activation":
        if isinstance(value, str):
            names = tuple(p.strip() for p in value.split(","))
        elif isinstance(value, Iterable):
            names = tuple(str(p).strip() for p in value)
        else:
            raise _bad(key, value, "an activation is a name or a list of names")
        return names[0] if len(names) == 1 else names
    if key == "features":
        if isinstance(value, str):
            return tuple(split_features(value))
        if isinstance(value, Iterable):
            return tuple(str(p).strip() for p in value)
        raise _bad(key, value, "features are a list of names")
    if key in _OPTIONAL and (value is None or (isinstance(value, str) and value.strip().lower()
                                               in ("none", "off", "all", ""))):
        if key == "batch_size" and isinstance(value, str) and value.strip().lower() != "all":
            raise _bad(key, value, "a batch size is a whole number or 'all' (full batch)")
        return None
    if kind is bool:
        if isinstance(value, (bool, np.bool_)):
            return bool(value)
        text = str(value).strip().lower()
        if text in ("true", "yes", "1", "on"):
            return True
        if text in ("false", "no", "0", "off"):
            return False
        raise _bad(key, value, "must be true or false")
    if kind is int:
        try:
            return _whole(value)
        except ValueError:
            why = ("a batch size is a whole number or 'all' (full batch)" if key == "batch_size"
                   else "must be a whole number")
            raise _bad(key, value, why) from None
    if kind is float:
        if isinstance(value, bool):
            raise _bad(key, value, "must be a number")
        try:
            number = float(value.strip() if isinstance(value, str) else value)
        except (TypeError, ValueError):
            raise _bad(key, value, "must be a number") from None
        if not math.isfinite(number):
            raise _bad(key, value, "must be a finite number")
        return number
    if not isinstance(value, str):
        raise _bad(key, value, "must be a name")
    return value.strip()


def _whole(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return int(value.strip())
    raise ValueError(value)


def value_text(key: str, value: Any) -> str:
    """A normalised value as the CSV and the command line write it (``normalize_value``
    reads it back to the same value)."""
    if value is None:
        return "all" if key == "batch_size" else "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ",".join(str(v) for v in value)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def parse_grid(text: str) -> dict[str, list[Any]]:
    """The command line's grid: ``KEY=V1,V2,...`` parts separated by ``;``. Where one value
    is itself a list (``layers``, ``activation`` per layer, ``features``), the alternatives
    are separated by ``|`` (``layers=4|8,8``: one layer of 4, or two of 8); other keys take
    ``,`` or ``|``. Values are read as ``normalize_value`` reads them; ``ConfigError`` (a
    ``ValueError``) names what is wrong."""
    grid: dict[str, list[Any]] = {}
    for part in (p.strip() for p in str(text).split(";")):
        if not part:
            continue
        name, sep, values = part.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"grid part {part!r} is not KEY=VALUE,VALUE,... "
                              "(e.g. lr=0.003,0.03;layers=4|8,8)")
        key = grid_key(name)
        if key in grid:
            raise ConfigError(f"grid key {key!r} is given twice")
        if key in LIST_KEYS or "|" in values:
            items = values.split("|")
        else:
            items = values.split(",")
        grid[key] = [normalize_value(key, item.strip()) for item in items]
    if not grid:
        raise ConfigError("the grid is empty: give KEY=VALUE,VALUE,... (e.g. lr=0.003,0.03)")
    return grid


def normalize_grid(grid: Mapping[str, Any] | str) -> dict[str, list[Any]]:
    """A grid as ``sweep`` takes it (a mapping of key -> values, or ``parse_grid``'s text)
    with its keys and values in their one form; ``ConfigError`` naming the key when one is
    unknown, empty, repeated or not a valid value."""
    if isinstance(grid, str):
        return parse_grid(grid)
    if not isinstance(grid, Mapping) or not grid:
        raise ConfigError("the grid must be a non-empty mapping of setting -> list of values, "
                          "e.g. {'lr': [0.003, 0.03], 'layers': [[4], [8, 8]]}")
    out: dict[str, list[Any]] = {}
    for name, values in grid.items():
        key = grid_key(name)
        if key in out:
            raise ConfigError(f"grid key {key!r} is given twice ({name!r})")
        if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
            values = [values]
        items = [normalize_value(key, v) for v in values]
        if not items:
            raise ConfigError(f"grid key {key!r} has no values")
        out[key] = items
    for key, items in out.items():
        texts = [value_text(key, v) for v in items]
        for text in texts:
            if texts.count(text) > 1:
                raise ConfigError(f"grid key {key!r} lists {text} twice")
    return out


def _activations(base: TrainConfig, hidden: tuple[int, ...], act: Any) -> tuple[str, ...]:
    if act is None:
        acts = base.activations
        if len(acts) == len(hidden):
            return acts
        if len(set(acts)) > 1:
            raise ConfigError("the base has one activation per layer; with other layer "
                              "counts give the activation in the grid too")
        return (acts[0] if acts else "tanh",) * len(hidden)
    if isinstance(act, str):
        return (act,) * len(hidden)
    return tuple(act)


def config_for(base: TrainConfig, settings: Mapping[str, Any]) -> TrainConfig:
    """``base`` with a combination's settings (normalised grid values) applied."""
    changes: dict[str, Any] = {}
    for key, value in settings.items():
        if key not in ("layers", "activation"):
            changes[GRID_KEYS[key]] = value
    if "layers" in settings or "activation" in settings:
        hidden = settings.get("layers", base.hidden_layers)
        changes["hidden_layers"] = hidden
        changes["activations"] = _activations(base, hidden, settings.get("activation"))
    # the layer options as given: one value per hidden layer of this combination's network
    changes = layer_changes(changes, settings.get("layers", base.hidden_layers))
    return base.replace(**changes)


def _label(settings: Mapping[str, Any]) -> str:
    return ";".join(f"{k}={value_text(k, v)}" for k, v in settings.items())


def _check_values(base: TrainConfig, grid: dict[str, list[Any]]) -> None:
    """Each value alone on the base, so an error names its key and the allowed values."""
    for key, items in grid.items():
        for value in items:
            try:
                config_for(base, {key: value})
            except ConfigError as exc:
                hint = ""
                if key == "activation" and isinstance(value, tuple):
                    hint = " (alternatives are separated by |: activation=relu|tanh)"
                raise ConfigError(f"grid key {key!r} = {value_text(key, value)}: "
                                  f"{exc}{hint}") from None


# --- one run --------------------------------------------------------------------------------
def _number(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    number = float(value)
    return number if math.isfinite(number) else None


def run_one(config: TrainConfig, points: PointSet, epochs: int) -> dict[str, Any]:
    """Train ``config`` on ``points`` for up to ``epochs`` epochs, as ``playground train``
    does, and return the run's figures (``METRIC_COLUMNS``, non-finite ones None), its
    ``status`` (``ok``, ``diverged``: the figures of the last good epoch, or ``error``),
    ``stopped`` (``epochs``, a stop rule or ``diverged``), the ``reason`` of a failed run
    and the ``seconds`` it trained. Never raises for a run that fails: the task function of
    the local pool and of a Dask cluster alike."""
    out: dict[str, Any] = {"status": "ok", "reason": None, "stopped": None,
                           **dict.fromkeys(METRIC_COLUMNS), "seconds": None}
    start = time.perf_counter()
    last: list[Metrics] = []
    try:
        trainer = Trainer(config, points)
        try:
            metrics, stopped = run_epochs(trainer, epochs, lambda m: last.__setitem__(
                slice(None), [m]))
        except Diverged as exc:  # the trainer kept the last good weights, and their metrics
            if not last:
                raise
            metrics, stopped = last[0], "diverged"
            out |= {"status": "diverged", "reason": " ".join(str(exc).split())}
        out["stopped"] = stopped
        figures = metrics.as_dict()
        out |= {c: _number(figures.get(c)) for c in METRIC_COLUMNS}
    except PlaygroundError as exc:
        out |= {"status": "error", "reason": " ".join(str(exc).split())}
    except Exception as exc:  # an internal error: the run's row says what it was
        out |= {"status": "error", "reason": f"{type(exc).__name__}: {exc}"}
    out["seconds"] = round(time.perf_counter() - start, 6)
    return out


# --- the result -----------------------------------------------------------------------------
def columns(keys: Sequence[str]) -> list[str]:
    """The CSV's columns for a grid of ``keys``."""
    return ["combination", *keys, "seed", "status", *METRIC_COLUMNS, "stopped", "seconds",
            "reason", "base_id"]


def _cell(value: Any, key: str | None = None) -> str:
    if key is not None:
        return value_text(key, value)
    if value is None:
        return ""
    return repr(value) if isinstance(value, float) else str(value)


def _json_value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


@dataclass
class SweepResult:
    """A sweep's runs: ``rows`` (one per combination × seed, in that order: the combination's
    number from 0, its settings by grid key, the seed, the status, the figures, what stopped
    it, the seconds, the reason of a failed run) and ``summary`` (one per combination: the
    mean and sample sd of each figure over its ok and diverged runs). ``total`` is the runs
    asked for; ``cancelled`` whether it stopped before all of them finished."""

    keys: tuple[str, ...]
    combinations: list[dict[str, Any]]
    seeds: tuple[int, ...]
    rows: list[dict[str, Any]]
    base_id: str
    epochs: int
    cancelled: bool = False
    total: int = field(default=0)

    @property
    def complete(self) -> bool:
        return len(self.rows) == self.total

    @property
    def summary(self) -> list[dict[str, Any]]:
        out = []
        for i, settings in enumerate(self.combinations):
            runs = [r for r in self.rows if r["combination"] == i]
            counted = [r for r in runs if r["status"] != "error"]
            row: dict[str, Any] = {"combination": i, **settings, "runs": len(runs),
                                   "ok": sum(r["status"] == "ok" for r in runs),
                                   "diverged": sum(r["status"] == "diverged" for r in runs),
                                   "errors": len(runs) - len(counted)}
            for column in SUMMARY_COLUMNS:
                values = [v for r in counted if (v := r.get(column)) is not None]
                row[f"{column}_mean"] = float(np.mean(values)) if values else None
                row[f"{column}_sd"] = float(np.std(values, ddof=1)) if len(values) > 1 else None
            out.append(row)
        return out

    def to_csv(self, path: str | os.PathLike[str] | None = None) -> str:
        """The rows as the CSV ``out=`` is written as (in the rows' order); written to
        ``path`` when given. Returns the text."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns(self.keys))
        for row in self.rows:
            writer.writerow(_csv_row(self.keys, row, self.base_id))
        text = buffer.getvalue()
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    def to_json(self, path: str | os.PathLike[str] | None = None) -> str:
        """``{"keys", "seeds", "epochs", "base_id", "rows", "summary"}`` as JSON (lists for
        tuples, null for a missing figure); written to ``path`` when given."""
        data = {
            "keys": list(self.keys), "seeds": list(self.seeds), "epochs": self.epochs,
            "base_id": self.base_id, "complete": self.complete, "cancelled": self.cancelled,
            "rows": [{k: _json_value(v) for k, v in r.items()} for r in self.rows],
            "summary": [{k: _json_value(v) for k, v in r.items()} for r in self.summary],
        }
        text = json.dumps(data, indent=1)
        if path is not None:
            Path(path).write_text(text + "\n", encoding="utf-8")
        return text


def _csv_row(keys: Sequence[str], row: Mapping[str, Any], base_id: str) -> list[str]:
    return [str(row["combination"]), *(_cell(row[k], k) for k in keys), str(row["seed"]),
            row["status"], *(_cell(row[c]) for c in METRIC_COLUMNS), _cell(row["stopped"]),
            _cell(row["seconds"]), _cell(row["reason"]), base_id]


def _read_row(keys: Sequence[str], record: Mapping[str, str]) -> dict[str, Any]:
    def number(text: str) -> Any:
        return None if text == "" else float(text)

    row: dict[str, Any] = {"combination": int(record["combination"])}
    row |= {k: normalize_value(k, record[k]) for k in keys}
    row |= {"seed": int(record["seed"]), "status": record["status"]}
    for column in METRIC_COLUMNS:
        value = number(record[column])
        row[column] = int(value) if column == "epoch" and value is not None else value
    row |= {"stopped": record["stopped"] or None, "seconds": number(record["seconds"]),
            "reason": record["reason"] or None}
    if row["status"] not in STATUSES:
        raise ValueError(row["status"])
    return row


# --- what the base is -----------------------------------------------------------------------
def points_from_arrays(X: Any, y: Any, seed: int = 0, train_ratio: float = 0.5) -> PointSet:
    """Own points ``(X, y)``: whole-number labels are a classification (classes 0..max),
    other values a regression; split as ``playground train --data`` splits a CSV."""
    coords = np.asarray(X, dtype=np.float64)
    if coords.ndim == 1:  # a 1-D set: the points (x, 0)
        coords = np.column_stack([coords, np.zeros_like(coords)])
    values = np.asarray(y)
    if coords.ndim != 2 or len(coords) != len(values):
        raise ConfigError(f"points=(X, y) needs X of shape (n, d) and n values y "
                          f"(got {coords.shape} and {values.shape})")
    train = np.ones(len(values), bool)
    if values.dtype.kind in "biu":
        labels = values.astype(np.int64)
        k = int(labels.max()) + 1 if len(labels) else 2
        points = PointSet(coords, labels, train, "classification", max(k, 2))
    else:
        points = PointSet(coords, values.astype(np.float64), train, "regression", 0)
    return points.with_split(train_ratio, seed)


def base_of(base: Any, points: Any = None,
            dataset: DatasetSettings | None = None) -> tuple[TrainConfig, PointSet]:
    """The base configuration and the points a sweep trains on: ``base`` a ``TrainConfig``
    with ``points`` (a ``PointSet`` or ``(X, y)``) or ``dataset`` (``DatasetSettings``), or
    an object with ``.config`` and ``.points`` (or ``.dataset``), such as a ``Session``."""
    if not isinstance(base, TrainConfig):
        config = getattr(base, "config", None)
        if not isinstance(config, TrainConfig):
            raise ConfigError("base must be a TrainConfig or a session (an object with a "
                              f".config TrainConfig and .points); got {type(base).__name__}")
        if points is None and dataset is None:
            points = getattr(base, "points", None)
            if points is None:
                dataset = getattr(base, "dataset", None)
        base = config
    if points is None and dataset is None:
        raise ConfigError("give the points a TrainConfig base trains on: points=(X, y) or a "
                          "PointSet, or dataset=DatasetSettings(...)")
    if points is None:
        assert dataset is not None
        points = dataset.generate()
    elif not isinstance(points, PointSet):
        try:
            X, y = points
        except (TypeError, ValueError):
            raise ConfigError("points must be a PointSet or a pair (X, y)") from None
        points = points_from_arrays(X, y, base.seed)
    if points.task != base.task or (base.task != "regression"
                                    and points.n_classes != base.n_classes):
        raise ConfigError(f"the base is a {base.task} of {base.n_classes} classes but the "
                          f"points are a {points.task} of {points.n_classes}")
    return base, points


def base_id(config: TrainConfig, points: PointSet, epochs: int,
            keys: Sequence[str]) -> str:
    """A short digest of what every run shares: the base (without the swept fields and the
    seed), the points and the epochs; a resumed file must come from the same."""
    swept = {GRID_KEYS[k] for k in keys} | {"seed"}
    if "layers" in keys or "activation" in keys:
        swept |= {"hidden_layers", "activations", "frozen", "pruned"}
    shared = {k: v for k, v in config.to_dict().items() if k not in swept}
    digest = hashlib.sha256(json.dumps(shared, sort_keys=True).encode())
    for array in (points.coords, points.values, points.is_train):
        digest.update(np.ascontiguousarray(array).tobytes())
    digest.update(f"{points.task}:{points.n_classes}:{epochs}".encode())
    return digest.hexdigest()[:12]


# --- running --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Task:
    combination: int
    seed: int
    config: TrainConfig


Deliver = Callable[[_Task, dict[str, Any]], None]


def _ignore_sigint() -> None:  # a pool worker leaves Ctrl+C to the sweep, which ends it
    signal.signal(signal.SIGINT, signal.SIG_IGN)


POOL_BROKEN = ("the worker process ended unexpectedly (out of memory, or killed; a script "
               "that calls sweep() must do so under `if __name__ == \"__main__\":`)")


def _run_local(tasks: list[_Task], points: PointSet, epochs: int, workers: int | None,
               deliver: Deliver, cancelled: Callable[[], bool]) -> bool:
    """Every task on a spawned process pool; True when cancelled."""
    n = max(1, min(workers or os.cpu_count() or 1, len(tasks)))
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_ignore_sigint)
    futures: dict[Future[dict[str, Any]], _Task] = {}
    finished = False
    try:
        futures = {pool.submit(run_one, t.config, points, epochs): t for t in tasks}
        pending = set(futures)
        while pending:
            if cancelled():
                return True
            done, pending = wait_futures(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    outcome = _failed(POOL_BROKEN)
                except Exception as exc:
                    outcome = _failed(f"{type(exc).__name__}: {exc}")
                deliver(futures[future], outcome)
        finished = True
        return False
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # cancelled or interrupted: nothing more starts, the running runs end now
            for future in futures:
                future.cancel()
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
            pool.shutdown(wait=True, cancel_futures=True)


def _failed(reason: str) -> dict[str, Any]:
    return {"status": "error", "reason": reason, "stopped": None,
            **dict.fromkeys(METRIC_COLUMNS), "seconds": None}


def _run_dask(client: Any, tasks: list[_Task], points: PointSet, epochs: int,
              deliver: Deliver, cancelled: Callable[[], bool]) -> bool:
    """Every task on a Dask cluster, the same ``run_one``; True when cancelled."""
    try:
        from distributed import wait as dask_wait
    except ImportError:
        raise ConfigError("client= needs Dask's distributed scheduler: "
                          "pip install 'playground[dask]'") from None
    # a key of this sweep's own: a content-hashed one is shared with any other sweep of the
    # same points, and released under it when that one ends or is cancelled
    shared = client.scatter(points, broadcast=True, hash=False)
    futures: dict[Any, _Task] = {}
    finished = False
    try:
        for task in tasks:
            futures[client.submit(run_one, task.config, shared, epochs, pure=False)] = task
        pending = set(futures)
        while pending:
            if cancelled():
                return True
            try:
                done, not_done = dask_wait(list(pending), timeout=0.2,
                                           return_when="FIRST_COMPLETED")
            except TimeoutError:
                continue
            except Exception:  # a task cancelled on the cluster: its row says so
                done = {f for f in pending if f.done()}
                if not done:
                    raise
                not_done = pending - done
            pending = set(not_done)
            for future in done:
                try:
                    outcome = future.result()
                except Exception as exc:  # a worker died, or could not run the task
                    outcome = _failed(f"{type(exc).__name__}: {exc}")
                deliver(futures[future], outcome)
        finished = True
        return False
    finally:
        if not finished:
            client.cancel(list(futures))


class _Writer:
    """Rows appended to the ``out`` CSV as they arrive, each flushed at once."""

    def __init__(self, path: Path, keys: Sequence[str], identity: str, fresh: bool) -> None:
        self.keys, self.identity = keys, identity
        self.file = path.open("w" if fresh else "a", encoding="utf-8", newline="")
        self.writer = csv.writer(self.file, lineterminator="\n")
        if fresh:
            self.writer.writerow(columns(keys))
            self.file.flush()

    def write(self, row: Mapping[str, Any]) -> None:
        self.writer.writerow(_csv_row(self.keys, row, self.identity))
        self.file.flush()

    def close(self) -> None:
        self.file.close()


def _resume(path: Path, keys: Sequence[str], identity: str,
            wanted: dict[tuple[tuple[str, ...], int], _Task]) -> dict[tuple[int, int], dict]:
    """The rows of ``path`` that answer tasks of this sweep (an error row is run again: the
    last row of a run wins). A last line cut short is dropped from the file."""
    text = path.read_text(encoding="utf-8")
    if text and not text.endswith("\n"):  # a write cut short: that run is run again
        text = text[: text.rfind("\n") + 1]
        path.write_text(text, encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None:
        return {}
    if list(reader.fieldnames) != columns(keys):
        raise ConfigError(f"cannot resume {path}: its columns are not this sweep's "
                          f"({', '.join(reader.fieldnames)}); give another out file")
    found: dict[tuple[int, int], dict] = {}
    for line, record in enumerate(reader, start=2):
        if record.get("base_id") != identity:
            raise ConfigError(f"cannot resume {path}: line {line} is from a sweep of other "
                              "base settings (data, options or epochs); give another out file")
        try:
            row = _read_row(keys, record)
        except (ValueError, TypeError, KeyError, PlaygroundError):
            raise ConfigError(f"cannot resume {path}: line {line} is not a sweep row") from None
        task = wanted.get((tuple(value_text(k, row[k]) for k in keys), row["seed"]))
        if task is None:
            continue  # a run of a value no longer in the grid: kept in the file, not here
        row["combination"] = task.combination
        found[(task.combination, task.seed)] = row
    return {k: r for k, r in found.items() if r["status"] != "error"}


def sweep(base: Any, grid: Mapping[str, Any] | str, seeds: int | Sequence[int] = 5,
          epochs: int = 100, *, points: Any = None, dataset: DatasetSettings | None = None,
          client: Any = None, workers: int | None = None,
          out: str | os.PathLike[str] | None = None, resume: bool = False,
          progress: Callable[[int, int], None] | None = None,
          cancel: Any = None,
          on_row: Callable[[dict[str, Any]], None] | None = None) -> SweepResult:
    """Train every combination of ``grid`` × ``seeds`` and return the ``SweepResult``.

    base : a ``TrainConfig`` (with ``points=`` a ``PointSet`` or ``(X, y)``, or
        ``dataset=`` ``DatasetSettings``), or a session: anything with ``.config`` and
        ``.points`` (or ``.dataset``).
    grid : ``{key: [values]}`` by ``GRID_KEYS`` (``lr``, ``layers``, ``activation``, ...),
        or ``parse_grid``'s text.
    seeds : N (the seeds S..S+N−1, S the base's seed) or the seeds themselves.
    client : a ``distributed.Client``: run on its cluster instead of the local pool.
    workers : processes of the local pool (default: the machine's cores).
    out : a CSV file each row is appended to as it arrives; an existing file with rows is
        refused unless ``resume``, which skips the runs it holds and appends the rest.
    progress : ``progress(done, total)`` after each run (and once at the start).
    on_row : ``on_row(row)`` with each run's row as it finishes (the window's sweep map fills
        its cells from it).
    cancel : a ``threading.Event`` (or a function returning a bool): when set, the runs not
        finished are dropped and the result holds those that did (``cancelled``).

    A bad key or value raises ``ConfigError`` (a ``ValueError``) naming it, before anything
    trains. Ctrl+C ends the pool and raises ``KeyboardInterrupt``; the rows written to
    ``out`` stay."""
    config, train_points = base_of(base, points, dataset)
    values = normalize_grid(grid)
    keys = tuple(values)
    if isinstance(epochs, bool) or not isinstance(epochs, int) or not 1 <= epochs <= MAX_EPOCHS:
        raise ConfigError(f"epochs must be a whole number between 1 and {MAX_EPOCHS} "
                          f"(got {epochs!r})")
    if isinstance(seeds, (int, np.integer)) and not isinstance(seeds, bool):
        seed_list = tuple(c.seed for c in seed_configs(config, int(seeds)))
    elif isinstance(seeds, Iterable) and not isinstance(seeds, (str, bytes)):
        seed_list = tuple(seeds)
        if not seed_list or len(set(seed_list)) != len(seed_list):
            raise ConfigError(f"seeds must be a count or distinct seeds (got {seeds!r})")
        for s in seed_list:
            config.replace(seed=s)  # the config's range check
    else:
        raise ConfigError(f"seeds must be a count or a list of seeds (got {seeds!r})")
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int)
                                or workers < 1):
        raise ConfigError(f"workers must be at least 1 (got {workers!r})")
    _check_values(config, values)
    combinations = [dict(zip(keys, combo)) for combo in itertools.product(*values.values())]
    if len(combinations) * len(seed_list) > MAX_RUNS:
        raise ConfigError(f"the sweep has {len(combinations) * len(seed_list)} runs; at most "
                          f"{MAX_RUNS}")
    tasks: list[_Task] = []
    for i, settings in enumerate(combinations):
        try:
            combo_config = config_for(config, settings)
        except ConfigError as exc:
            raise ConfigError(f"grid combination {_label(settings)}: {exc}") from None
        tasks.extend(_Task(i, s, combo_config.replace(seed=s)) for s in seed_list)
    identity = base_id(config, train_points, epochs, keys)

    found: dict[tuple[int, int], dict] = {}
    writer: _Writer | None = None
    if out is not None:
        path = Path(out)
        exists = path.is_file() and path.stat().st_size > 0
        if exists and not resume:
            raise ConfigError(f"{path} already exists: resume=True (--resume) continues it; "
                              "or give another out file")
        if resume and exists:
            wanted = {(tuple(value_text(k, combinations[t.combination][k]) for k in keys),
                       t.seed): t for t in tasks}
            found = _resume(path, keys, identity, wanted)
        try:
            writer = _Writer(path, keys, identity, fresh=not exists)
        except OSError as exc:
            raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None
    elif resume:
        raise ConfigError("resume needs the out file of the sweep to continue")

    rows = dict(found)
    todo = [t for t in tasks if (t.combination, t.seed) not in found]
    total = len(tasks)
    if progress is not None:
        progress(len(rows), total)

    def deliver(task: _Task, outcome: dict[str, Any]) -> None:
        row = {"combination": task.combination, **combinations[task.combination],
               "seed": task.seed, "status": outcome["status"],
               **{c: outcome[c] for c in METRIC_COLUMNS}, "stopped": outcome["stopped"],
               "seconds": outcome["seconds"], "reason": outcome["reason"]}
        rows[(task.combination, task.seed)] = row
        if writer is not None:
            writer.write(row)
        if on_row is not None:
            on_row(row)
        if progress is not None:
            progress(len(rows), total)

    if cancel is None:
        def cancelled() -> bool:
            return False
    else:
        cancelled = cancel.is_set if hasattr(cancel, "is_set") else cancel
    was_cancelled = False
    try:
        if todo and client is not None:
            was_cancelled = _run_dask(client, todo, train_points, epochs, deliver, cancelled)
        elif todo:
            was_cancelled = _run_local(todo, train_points, epochs, workers, deliver, cancelled)
    finally:
        if writer is not None:
            writer.close()
    ordered = [rows[k] for k in sorted(rows)]
    return SweepResult(keys, combinations, seed_list, ordered, identity, epochs,
                       was_cancelled, total)


def fields_of(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row without its ``seconds`` (the one figure that differs between two runs)."""
    return {k: v for k, v in row.items() if k != "seconds"}

