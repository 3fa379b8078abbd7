"""``playground compare``: train a base configuration and variants of it on the same points.

The base is given by ``train``'s options; each ``--variant "KEY=VALUE;KEY=VALUE"`` changes it
by train options written without their dashes (``layers=16,16;activation=relu``; a flag alone,
``no-shuffle``; ``name=deep`` names the row). Options that change the data (the data set, the
file, its size, noise, classes, split or seed) are refused in a variant: every configuration
trains on the same points with the same seed. Each configuration trains in a background
process (``--jobs N`` at once, by default one per core) through ``training.compare``'s
``background_job``, so each row equals a separate ``playground train`` run with the same options;
rows print in order, each as soon as it and those before it are done.

It prints a table, or with ``--json`` one JSON line per configuration, base first. A run that
diverges keeps its last good epoch's numbers in its row (``"stopped": "diverged"``), says why on
stderr, and the command exits 3 once every row is printed.

``--seeds N`` trains every configuration N times, with the network seeds S, S+1, ..., S+N−1
(S is ``--seed``; the points stay the ones ``--seed`` made, so only the initial weights and
the order of the mini-batches change), and its row gives the mean and the sample standard
deviation (``ddof=1``) of each figure over the runs (``training.compare.summarize``); its JSON
line adds each run's own figures. ``--chart FILE.png`` draws the tutorials' bar chart of the
configurations (``pictures.chart``): the test accuracy (R² for a regression) and the final
training loss, with ± sd error bars over several seeds.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

from playground.cli.common import EXIT_DIVERGED, EXIT_ERROR, PROG, Parser, fail
from playground.cli.options import _add_train_options
from playground.cli.train import MAX_EPOCHS, config_from_args, load_points
from playground.data.points import PointSet
from playground.errors import PlaygroundError
from playground.pictures.chart import (
    chart_title,
    check_chart_path,
    comparison_panels,
    write_chart,
)
from playground.training.background import BackgroundJobs, JobEvent
from playground.training.compare import (
    DIVERGED,
    MAX_SEEDS,
    SUMMARY_COLUMNS,
    CompareResult,
    Stat,
    background_job,
    score_column,
    seed_configs,
    summarize,
)
from playground.training.config import TrainConfig

# argparse dests a variant may not change: they decide the points (or write files)
DATA_OPTIONS = ("dataset", "data", "function", "task", "n_points", "noise", "classes",
                "train_ratio", "seed")
FILE_OPTIONS = ("init", "out", "session")
COLUMNS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


@dataclass(frozen=True)
class Entry:
    """One configuration to train: its name, the options the variant gave (key as written,
    a flag's value True; empty for the base), the config and its epochs."""

    name: str
    options: dict[str, str | bool]
    config: TrainConfig
    epochs: int


_UNSET = object()  # the default of every option of a variant: what it did not set


class _VariantError(Exception):
    pass


class _VariantParser(Parser):
    """The train options, none with a default: parsing gives only what a variant set."""

    def error(self, message: str) -> NoReturn:
        raise _VariantError(" ".join(message.split()))


def add_compare_command(parser: argparse.ArgumentParser) -> None:
    """Add ``compare`` to the commands of the parser ``options.build_parser`` made."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    p = sub.add_parser(
        "compare",
        help="train a base configuration and variants of it on the same points; prints a "
        "table or JSON lines",
        allow_abbrev=False,
    )
    _add_train_options(p)
    cmp = p.add_argument_group("comparison")
    cmp.add_argument(
        "--variant", action="append", default=[], metavar="KEY=VALUE;...",
        help="a configuration beside the base: train options without their dashes, e.g. "
        "'layers=16,16;activation=relu' or 'name=adam;optimizer=adam;lr=0.01' (repeat it)",
    )
    cmp.add_argument("--json", action="store_true", help="one JSON line per configuration")
    cmp.add_argument("--jobs", type=int, metavar="N",
                     help="configurations trained at once (default: one per core)")
    cmp.add_argument("--seeds", type=int, default=1, metavar="N",
                     help="train every configuration with the network seeds S, S+1, ..., "
                     "S+N-1 (S is --seed; the points stay the same) and give the mean and "
                     f"sample standard deviation of each figure (default 1, at most {MAX_SEEDS})")
    cmp.add_argument("--chart", metavar="FILE.png",
                     help="also draw the comparison as a bar chart: test accuracy (R² for a "
                     "regression) and final training loss per configuration, ± sd error bars "
                     "with --seeds")


def variant_parser() -> _VariantParser:
    parser = _VariantParser(prog=f"{PROG} compare --variant", add_help=False, allow_abbrev=False)
    _add_train_options(parser)
    dests = vars(parser.parse_args([]))
    parser.set_defaults(**dict.fromkeys(dests, _UNSET))
    return parser


def parse_variant(text: str, index: int, base: argparse.Namespace, points: PointSet,
                  dims: int, parser: _VariantParser | None = None) -> Entry:
    """The configuration ``--variant text`` (number ``index`` from 1) makes of the base
    options; ``ConfigError`` naming the variant when it cannot."""
    parser = parser or variant_parser()

    def bad(message: str) -> NoReturn:
        fail(f"--variant {text!r}: {message}")

    name: str | None = None
    options: dict[str, str | bool] = {}
    changes: dict[str, Any] = {}
    for token in (t.strip() for t in text.split(";")):
        if not token:
            continue
        key, sep, value = token.partition("=")
        key = key.strip().lstrip("-")
        if key == "name":
            name = value.strip() or bad("name= needs a name")
            continue
        if not key:
            bad(f"{token!r} is not KEY=VALUE")
        try:
            ns, unknown = parser.parse_known_args([f"--{key}={value}" if sep else f"--{key}"])
        except _VariantError as exc:
            bad(str(exc))
        given = {k: v for k, v in vars(ns).items() if v is not _UNSET}
        if unknown or not given:
            bad(f"unknown option {key!r} (train options without their dashes, e.g. "
                "layers=16,16;activation=relu)")
        dest = next(iter(given))
        if dest in DATA_OPTIONS:
            bad(f"{key} changes the points; every configuration trains on the same points "
                "(give it to the base instead)")
        if dest in FILE_OPTIONS:
            bad(f"{key} does not apply: compare writes no files and trains from fresh weights")
        options[key] = value.strip() if sep else True
        changes.update(given)
    args = argparse.Namespace(**{**vars(base), **changes})
    try:
        config = config_from_args(args, points.task, points.n_classes, dims, points.n_inputs)
        _check_epochs(args.epochs)
    except PlaygroundError as exc:
        bad(str(exc))
    label = ";".join(f"{k}={v}" if v is not True else k for k, v in options.items())
    return Entry(name or label or f"variant {index}", options, config, args.epochs)


def _check_epochs(epochs: int) -> None:
    if not 1 <= epochs <= MAX_EPOCHS:
        fail(f"--epochs must be between 1 and {MAX_EPOCHS} (got {epochs})")


def entries_from_args(args: argparse.Namespace) -> tuple[PointSet, list[Entry]]:
    """The points and every configuration (base first); all checked before any training."""
    for dest in FILE_OPTIONS:
        if getattr(args, dest) is not None:
            fail(f"--{dest} does not apply to compare: it writes no files and trains from fresh "
                 "weights (train the configuration you choose with `playground train`)")
    _check_epochs(args.epochs)
    if args.jobs is not None and args.jobs < 1:
        fail(f"--jobs must be at least 1 (got {args.jobs})")
    if not 1 <= args.seeds <= MAX_SEEDS:
        fail(f"--seeds must be between 1 and {MAX_SEEDS} (got {args.seeds})")
    if args.chart is not None:
        try:
            check_chart_path(args.chart)
        except PlaygroundError as exc:
            fail(f"--chart: {exc}")
    points, settings = load_points(args)
    base = Entry("base", {}, config_from_args(args, points.task, points.n_classes,
                                              settings.dims, points.n_inputs), args.epochs)
    parser = variant_parser()
    variants = [parse_variant(text, i, args, points, settings.dims, parser)
                for i, text in enumerate(args.variant, start=1)]
    return points, [base, *variants]


Outcome = CompareResult | str  # a run's result, or why it failed


def run_entries(points: PointSet, entries: list[Entry], jobs: int | None,
                on_result: Callable[[int, list[Outcome]], None], seeds: int = 1) -> None:
    """Train every entry with each of its ``seeds`` seeds (``seed_configs``) in background
    processes; ``on_result(i, [result or error message per seed])`` for each entry, in the
    entries' order, as soon as its runs and those of every entry before it have finished."""
    background = BackgroundJobs(jobs)
    try:
        ids: dict[int, tuple[int, int]] = {}
        for i, entry in enumerate(entries):
            for k, config in enumerate(seed_configs(entry.config, seeds)):
                ids[background.submit(background_job, config, points, entry.epochs)] = (i, k)
        outcomes: list[list[Outcome | None]] = [[None] * seeds for _ in entries]
        shown = 0
        while shown < len(entries):
            events: list[JobEvent] = background.wait(1.0)
            for event in events:
                if event.kind in ("done", "error"):
                    i, k = ids[event.job]
                    outcomes[i][k] = event.value
            while shown < len(entries) and all(o is not None for o in outcomes[shown]):
                on_result(shown, [o for o in outcomes[shown] if o is not None])
                shown += 1
    finally:
        background.cancel()


def cmd_compare(args: argparse.Namespace) -> int:
    points, entries = entries_from_args(args)
    seeds = args.seeds
    for entry in entries:  # the seeds fit every configuration's range before any training
        try:
            seed_configs(entry.config, seeds)
        except PlaygroundError as exc:
            fail(str(exc))
    has_test = bool((~points.is_train).any())
    score, score_name = score_column(points.task, has_test)
    width = max(12, *(len(e.name) for e in entries))
    if not args.json:
        print(_table_header(width) if seeds == 1 else _seeds_header(width, score_name),
              flush=True)
    problems: list[tuple[str, str, bool]] = []  # (name, message, diverged)
    summaries: list[dict[str, Stat]] = []

    def show(i: int, outcomes: list[Outcome]) -> None:
        entry = entries[i]
        for k, outcome in enumerate(outcomes):
            name = entry.name if seeds == 1 else f"{entry.name} (seed {entry.config.seed + k})"
            if isinstance(outcome, str):
                problems.append((name, outcome, False))
            elif outcome.message is not None:
                problems.append((name, outcome.message, True))
        results = [o for o in outcomes if not isinstance(o, str)]
        summary = summarize(results)
        summaries.append(summary)
        if seeds == 1:
            line = (_json_line(entry, outcomes[0]) if args.json
                    else _table_row(entry, outcomes[0], width))
        elif args.json:
            line = _seeds_json_line(entry, outcomes, summary)
        else:
            line = _seeds_table_row(entry, outcomes, summary, width, score)
        print(line, flush=True)

    run_entries(points, entries, args.jobs, show, seeds)
    for name, message, _diverged in problems:
        print(f"{PROG}: error: {name}: {' '.join(message.split())}", file=sys.stderr)
    if args.chart is not None:
        panels = comparison_panels([e.name for e in entries], summaries, points.task, has_test)
        write_chart(args.chart, panels, chart_title(len(entries), seeds))
    if any(not diverged for *_, diverged in problems):
        return EXIT_ERROR
    return EXIT_DIVERGED if problems else 0


def _number(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _json_line(entry: Entry, outcome: CompareResult | str) -> str:
    row: dict[str, Any] = {"name": entry.name, "options": entry.options}
    if isinstance(outcome, str):
        row |= dict.fromkeys(COLUMNS) | {"stopped": None, "seconds": None, "error": outcome}
    else:
        row |= {k: _number(outcome.metrics[k]) for k in COLUMNS}
        row |= {"stopped": outcome.stopped, "seconds": round(outcome.seconds, 6)}
        if outcome.message is not None:
            row["error"] = outcome.message
    return json.dumps(row)


def _table_header(width: int) -> str:
    return (f"{'name':<{width}}  {'epoch':>7}  {'train loss':>10}  {'test loss':>10}  "
            f"{'train acc':>9}  {'test acc':>9}  {'seconds':>8}")


def _table_row(entry: Entry, outcome: CompareResult | str, width: int) -> str:
    if isinstance(outcome, str):
        return f"{entry.name:<{width}}  error: {' '.join(outcome.split())}"
    m = outcome.metrics

    def loss(v: Any) -> str:
        return "-" if v is None or not math.isfinite(v) else f"{v:.4f}"

    def acc(v: Any) -> str:
        return "-" if v is None else f"{100 * v:.1f}%"

    note = "" if outcome.stopped == "epochs" else f"  ({outcome.stopped})"
    if outcome.stopped == DIVERGED:
        note = "  (diverged: last good epoch)"
    return (f"{entry.name:<{width}}  {m['epoch']:>7}  {loss(m['train_loss']):>10}  "
            f"{loss(m['test_loss']):>10}  {acc(m['train_accuracy']):>9}  "
            f"{acc(m['test_accuracy']):>9}  {outcome.seconds:>8.2f}{note}")


# --- several seeds --------------------------------------------------------------------------
def _run_figures(seed: int, outcome: Outcome) -> dict[str, Any]:
    row: dict[str, Any] = {"seed": seed}
    if isinstance(outcome, str):
        return row | dict.fromkeys((*COLUMNS, "r2")) | {"stopped": None, "seconds": None,
                                                        "error": outcome}
    row |= {k: _number(outcome.metrics[k]) for k in COLUMNS} | {"r2": _number(outcome.r2)}
    row |= {"stopped": outcome.stopped, "seconds": round(outcome.seconds, 6)}
    if outcome.message is not None:
        row["error"] = outcome.message
    return row


def _seeds_json_line(entry: Entry, outcomes: list[Outcome], summary: dict[str, Stat]) -> str:
    """The configuration's mean and sample sd (``ddof=1``) of each figure over its runs
    (null where no run, or for the sd fewer than two runs, has it), and each run's figures."""
    first = entry.config.seed
    row: dict[str, Any] = {
        "name": entry.name, "options": entry.options,
        "seeds": [first + k for k in range(len(outcomes))],
        "n": sum(not isinstance(o, str) for o in outcomes),
        "mean": {c: summary[c].mean for c in SUMMARY_COLUMNS},
        "sd": {c: summary[c].sd for c in SUMMARY_COLUMNS},
        "runs": [_run_figures(first + k, o) for k, o in enumerate(outcomes)],
    }
    return json.dumps(row)


def _seeds_header(width: int, score_name: str) -> str:
    score = score_name.replace("accuracy", "acc")
    return (f"{'name':<{width}}  {'runs':>5}  {'train loss (mean ± sd)':>22}  "
            f"{'test loss (mean ± sd)':>22}  {score + ' (mean ± sd)':>22}  {'seconds':>8}")


def _seeds_table_row(entry: Entry, outcomes: list[Outcome], summary: dict[str, Stat],
                     width: int, score: str) -> str:
    def cell(stat: Stat, percent: bool = False) -> str:
        if stat.mean is None:
            return "-"
        if percent:
            sd = "" if stat.sd is None else f" ± {100 * stat.sd:.1f}"
            return f"{100 * stat.mean:.1f}{sd}%"
        sd = "" if stat.sd is None else f" ± {stat.sd:.4f}"
        return f"{stat.mean:.4f}{sd}"

    results = [o for o in outcomes if not isinstance(o, str)]
    seconds = sum(r.seconds for r in results)
    notes = []
    if len(results) < len(outcomes):
        notes.append(f"{len(outcomes) - len(results)} failed")
    diverged = sum(r.stopped == DIVERGED for r in results)
    if diverged:
        notes.append(f"{diverged} diverged: last good epoch")
    note = f"  ({'; '.join(notes)})" if notes else ""
    runs = f"{len(results)}/{len(outcomes)}"
    return (f"{entry.name:<{width}}  {runs:>5}  {cell(summary['train_loss']):>22}  "
            f"{cell(summary['test_loss']):>22}  "
            f"{cell(summary[score], score != 'r2'):>22}  {seconds:>8.2f}{note}")
