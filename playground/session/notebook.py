"""The lab notebook: one row per run, what changed since the run before, and its outcome.

A run goes from Play (after a reset, a change that needs fresh weights, or a pause) to the
next pause or stop (a stop rule pauses Play), or to a reset or such a change while playing,
which ends the run and begins the next. ``session.model.NotebookRecorder`` learns all of this
from the session model's events (``PlayChanged``, ``ConfigChanged``, ``WeightsReplaced``,
``HistoryChanged``), so the window and a script share it; it writes into the model's
``notebook``. A row keeps what changed since the previous row's configuration, in words
(``describe_changes``: "learning_rate 0.03 → 0.1, hidden_layers 4,2 → 8,8"), the seed, the
epochs trained and the epoch reached, the wall time, and the final train/test loss and
accuracy from the loss history's last row (R² too for a regression, from the weights).

``repeat_row`` turns runs of the same configuration over several seeds (``training.compare``'s
``seed_configs`` and ``summarize``) into one row of means with their standard deviations.

The notebook is saved in the session (``to_json`` / ``from_json``: a JSON object in the
file's meta, at most ``MAX_NOTEBOOK_ROWS`` rows, the latest), and exported as CSV (``to_csv``)
or a Markdown table (``to_markdown``).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from playground.errors import ConfigError
from playground.training.compare import SUMMARY_COLUMNS, CompareResult, summarize
from playground.training.config import TrainConfig

MAX_NOTEBOOK_ROWS = 500  # the latest rows a session keeps (meta's length is bounded)
MAX_CHANGES_CHARS = 300  # a row's "what changed" text as JSON writes it, cut with "…" beyond
DIGITS = 7  # significant digits a figure keeps in the file
FIGURES = SUMMARY_COLUMNS  # train_loss, test_loss, train_accuracy, test_accuracy, r2
KINDS = ("run", "repeat")
CSV_COLUMNS = ("run", "kind", "changes", "seed", "seeds", "epoch", "epochs", "seconds",
               *(c for f in FIGURES for c in (f, f"{f}_sd")))
NEW_WEIGHTS = "again from new weights"  # a run after a reset, nothing else changed
CONTINUED = "continued"  # a run that goes on from the weights the previous one left
FIRST = "first run"


@dataclass(frozen=True)
class NotebookRow:
    """One run (``kind`` "run"), or the mean of a configuration over ``seeds`` seeds
    (``kind`` "repeat": ``seed`` the first seed, ``sd`` the figures' standard deviations).

    ``epoch`` is the epoch reached, ``epochs`` those trained in the run (for a repeat: each
    seed's); ``figures`` maps each of ``FIGURES`` to its value (None: not measured)."""

    kind: str
    changes: str
    seed: int
    epoch: int
    epochs: int
    seconds: float
    figures: dict[str, float | None]
    sd: dict[str, float | None] = field(default_factory=dict)
    seeds: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", cut(self.changes))

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "changes": self.changes, "seed": self.seed,
                "epoch": self.epoch, "epochs": self.epochs, "seconds": round(self.seconds, 3),
                "figures": {k: _rounded(v) for k, v in self.figures.items()},
                "sd": {k: _rounded(v) for k, v in self.sd.items()}, "seeds": self.seeds}

    @classmethod
    def from_dict(cls, data: Any) -> NotebookRow:
        """A row as ``as_dict`` wrote it; ``ConfigError`` naming what is wrong otherwise."""
        if not isinstance(data, dict):
            raise ConfigError("a notebook row must be an object")
        kind, changes = data.get("kind"), data.get("changes")
        if kind not in KINDS:
            raise ConfigError(f"a notebook row's kind must be one of {', '.join(KINDS)} "
                              f"(got {kind!r})")
        if not isinstance(changes, str):
            raise ConfigError("a notebook row's 'changes' must be text")
        ints = {}
        for key in ("seed", "epoch", "epochs", "seeds"):
            value = data.get(key, 1 if key == "seeds" else None)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"a notebook row's {key!r} must be a whole number >= 0")
            ints[key] = value
        seconds: Any = data.get("seconds")
        if not _is_number(seconds) or seconds < 0:
            raise ConfigError("a notebook row's 'seconds' must be a number >= 0")
        figures = _figures(data.get("figures"), "figures")
        sd = _figures(data.get("sd", {}), "sd")
        return cls(kind, cut(changes), ints["seed"], ints["epoch"],
                   ints["epochs"], float(seconds), figures, sd, ints["seeds"])


def _is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def finite_or_none(value: float | None) -> float | None:
    """``value`` as a float, None when it is None or not finite."""
    return float(value) if value is not None and math.isfinite(value) else None


def _rounded(value: float | None) -> float | None:
    value = finite_or_none(value)
    return None if value is None else float(f"{value:.{DIGITS}g}")


def cut(text: str) -> str:
    """``text``, cut with "…" so that JSON writes it in at most ``MAX_CHANGES_CHARS``."""
    if len(json.dumps(text)) - 2 <= MAX_CHANGES_CHARS:
        return text
    while len(json.dumps(text + "…")) - 2 > MAX_CHANGES_CHARS:
        text = text[:-max(1, (len(json.dumps(text)) - 2 - MAX_CHANGES_CHARS) // 6)]
    return text + "…"


def _figures(data: Any, name: str) -> dict[str, float | None]:
    if not isinstance(data, dict):
        raise ConfigError(f"a notebook row's {name!r} must be an object")
    out: dict[str, float | None] = {}
    for key, value in data.items():
        if key not in FIGURES:
            raise ConfigError(f"a notebook row names an unknown figure {key!r}")
        if value is not None and not _is_number(value):
            raise ConfigError(f"a notebook row's {key} must be a number or null")
        out[key] = None if value is None else float(value)
    return out


# --- what changed -----------------------------------------------------------------------------
def _text(value: Any) -> str:
    if value is None:
        return "off"
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple):
        if not value:
            return "none"
        if isinstance(value[0], tuple):  # neurons: (layer, unit) pairs
            return ",".join(":".join(str(v) for v in pair) for pair in value)
        return ",".join(_text(v) for v in value)
    return str(value)


def describe_changes(before: TrainConfig | None, after: TrainConfig) -> str:
    """The fields of ``after`` that differ from ``before``, in ``TrainConfig``'s order, as
    "name old → new" joined by ", " (empty when nothing differs; ``FIRST`` without a
    ``before``); cut to ``MAX_CHANGES_CHARS``."""
    if before is None:
        return FIRST
    parts = [f"{f.name} {_text(getattr(before, f.name))} → {_text(getattr(after, f.name))}"
             for f in dataclasses.fields(TrainConfig)
             if getattr(before, f.name) != getattr(after, f.name)]
    return cut(", ".join(parts))


# --- the notebook -----------------------------------------------------------------------------
class LabNotebook:
    """The rows, oldest first (at most ``MAX_NOTEBOOK_ROWS``: the oldest go first), and the
    configuration of the latest, which the next row's changes are measured against."""

    def __init__(self, rows: Sequence[NotebookRow] = (),
                 config: TrainConfig | None = None) -> None:
        self.rows: list[NotebookRow] = list(rows)[-MAX_NOTEBOOK_ROWS:]
        self.config = config
        self._listeners: list[Callable[[NotebookRow | None], None]] = []

    def __len__(self) -> int:
        return len(self.rows)

    def subscribe(self, listener: Callable[[NotebookRow | None], None]) -> None:
        """``listener(row)`` after each row added, ``listener(None)`` when every row was
        replaced (``replace``)."""
        self._listeners.append(listener)

    def _tell(self, row: NotebookRow | None) -> None:
        for listener in list(self._listeners):
            listener(row)

    def add(self, row: NotebookRow, config: TrainConfig) -> None:
        self.rows.append(row)
        del self.rows[:-MAX_NOTEBOOK_ROWS]
        self.config = config
        self._tell(row)

    def replace(self, other: LabNotebook) -> None:
        """Hold ``other``'s rows and configuration instead (a session opened)."""
        self.rows, self.config = list(other.rows), other.config
        self._tell(None)

    def changes_to(self, config: TrainConfig) -> str:
        return describe_changes(self.config, config)

    # --- the session file ---------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {"rows": [r.as_dict() for r in self.rows],
                "config": None if self.config is None else self.config.to_dict()}

    @classmethod
    def from_json(cls, data: Any) -> LabNotebook:
        """A notebook as ``to_json`` wrote it; ``ConfigError`` naming what is wrong."""
        if not isinstance(data, dict) or not isinstance(data.get("rows"), list):
            raise ConfigError("the lab notebook must be an object with a list of 'rows'")
        rows = [NotebookRow.from_dict(r) for r in data["rows"][-MAX_NOTEBOOK_ROWS:]]
        config = data.get("config")
        return cls(rows, None if config is None else TrainConfig.from_dict(config))

    # --- export -------------------------------------------------------------------------------
    def table(self) -> list[dict[str, Any]]:
        """One dict per row, keyed by ``CSV_COLUMNS`` (``run`` counts from 1)."""
        out = []
        for i, r in enumerate(self.rows, start=1):
            cells: dict[str, Any] = {"run": i, "kind": r.kind, "changes": r.changes,
                                     "seed": r.seed, "seeds": r.seeds, "epoch": r.epoch,
                                     "epochs": r.epochs, "seconds": round(r.seconds, 3)}
            for f in FIGURES:
                cells[f] = r.figures.get(f)
                cells[f"{f}_sd"] = r.sd.get(f)
            out.append(cells)
        return out

    def to_csv(self) -> str:
        """A header of ``CSV_COLUMNS``, then a line per row; an empty cell: not measured."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for cells in self.table():
            writer.writerow(["" if cells[c] is None else
                             f"{cells[c]:.6g}" if isinstance(cells[c], float) else cells[c]
                             for c in CSV_COLUMNS])
        return buffer.getvalue()

    def to_markdown(self) -> str:
        """A Markdown table: run, what changed, seed(s), epochs, time and the figures measured
        in any row (mean ± sd for a repeat)."""
        shown = [f for f in FIGURES if any(r.figures.get(f) is not None for r in self.rows)]
        header = ["run", "changes", "seed", "epochs", "seconds", *shown]
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for i, r in enumerate(self.rows, start=1):
            seed = str(r.seed) if r.seeds == 1 else f"{r.seed}..{r.seed + r.seeds - 1}"
            cells = [str(i), _cell(r.changes or "—"), seed, str(r.epochs), f"{r.seconds:.1f}",
                     *(figure_text(r, f) for f in shown)]
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _number(value: float) -> str:
    """Four decimals, or three significant digits for a value too small or large for them
    (a loss of 6e-10 must not read as 0)."""
    if value == 0 or 1e-3 <= abs(value) < 1e4 or value != value:
        return f"{value:.4f}"
    return f"{value:.3g}"


def figure_text(row: NotebookRow, figure: str) -> str:
    """A figure as a table shows it: "0.1234", "0.1234 ± 0.0056" for a repeat, "6.18e-10"
    for a tiny one, "—" when not measured."""
    value = row.figures.get(figure)
    if value is None:
        return "—"
    sd = row.sd.get(figure)
    return _number(value) if sd is None else f"{_number(value)} ± {_number(sd)}"


# --- repeats ----------------------------------------------------------------------------------
def repeat_row(results: Sequence[CompareResult], changes: str) -> NotebookRow:
    """The row of ``results``, one run per seed of one configuration (``seed_configs``):
    each figure's mean and sample standard deviation (``summarize``), the first seed, the
    epochs the runs reached (the fewest, if a stop rule ended some early) and their
    total seconds."""
    if not results:
        raise ConfigError("a repeat needs at least one finished run")
    summary = summarize(results)
    epochs = min(int(r.metrics.get("epoch", 0)) for r in results)
    return NotebookRow("repeat", changes, min(r.config.seed for r in results), epochs, epochs,
                       sum(r.seconds for r in results),
                       {f: summary[f].mean for f in FIGURES},
                       {f: summary[f].sd for f in FIGURES}, len(results))


def summary_json(results: Sequence[CompareResult]) -> dict[str, Any]:
    """What ``playground train --repeat`` prints: the seeds, and each figure's mean and sd."""
    summary = summarize(results)
    return {"seeds": [r.config.seed for r in results], "runs": len(results),
            **{f: {"mean": summary[f].mean, "sd": summary[f].sd} for f in FIGURES}}
