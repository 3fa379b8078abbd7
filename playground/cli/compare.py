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
from playground.training.background import BackgroundJobs, JobEvent
from playground.training.compare import DIVERGED, CompareResult, background_job
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
    points, settings = load_points(args)
    base = Entry("base", {}, config_from_args(args, points.task, points.n_classes,
                                              settings.dims, points.n_inputs), args.epochs)
    parser = variant_parser()
    variants = [parse_variant(text, i, args, points, settings.dims, parser)
                for i, text in enumerate(args.variant, start=1)]
    return points, [base, *variants]


def run_entries(points: PointSet, entries: list[Entry], jobs: int | None,
                on_result: Callable[[int, CompareResult | str], None]) -> None:
    """Train every entry in background processes; ``on_result(i, result or error message)``
    for each, in the entries' order, as soon as it and every one before it have finished."""
    background = BackgroundJobs(jobs)
    try:
        ids = {background.submit(background_job, e.config, points, e.epochs): i
               for i, e in enumerate(entries)}
        results: dict[int, CompareResult | str] = {}
        shown = 0
        while shown < len(entries):
            events: list[JobEvent] = background.wait(1.0)
            for event in events:
                if event.kind in ("done", "error"):
                    results[ids[event.job]] = event.value
            while shown in results:
                on_result(shown, results.pop(shown))
                shown += 1
    finally:
        background.cancel()


def cmd_compare(args: argparse.Namespace) -> int:
    points, entries = entries_from_args(args)
    width = max(12, *(len(e.name) for e in entries))
    if not args.json:
        print(_table_header(width), flush=True)
    problems: list[tuple[str, str, bool]] = []  # (name, message, diverged)

    def show(i: int, outcome: CompareResult | str) -> None:
        entry = entries[i]
        if isinstance(outcome, str):
            problems.append((entry.name, outcome, False))
        elif outcome.message is not None:
            problems.append((entry.name, outcome.message, True))
        print(_json_line(entry, outcome) if args.json else _table_row(entry, outcome, width),
              flush=True)

    run_entries(points, entries, args.jobs, show)
    for name, message, _diverged in problems:
        print(f"{PROG}: error: {name}: {' '.join(message.split())}", file=sys.stderr)
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
