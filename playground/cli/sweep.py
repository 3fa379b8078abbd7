"""``playground sweep``: train every combination of a grid of settings over several seeds.

The base is given by ``train``'s options; ``--grid "lr=0.003,0.03,0.3;layers=4|8,8"`` lists
the values of each setting to sweep (``api.sweep.parse_grid``: train options without their
dashes; where one value is a list, as for ``layers``, the alternatives are separated by
``|``). Every combination trains with the network seeds S..S+N−1 (``--seeds N``, S is
``--seed``; the points stay those ``--seed`` made) through ``api.sweep.sweep``: on a local
process pool (``--workers N``, by default one per core) or, with ``--scheduler
tcp://HOST:PORT``, on a Dask cluster (the ``[dask]`` extra), the same task either way.

``--out FILE.csv`` gets one row per run as it finishes (an interrupted sweep keeps them;
``--resume`` runs only those the file does not hold yet). It prints a table of each
combination's mean ± sd over its seeds, or with ``--json`` one JSON line per combination
(its settings, the mean and sd of each figure, and its runs). A run that diverged or failed
is a row with its reason; failed runs (not divergence: that is a result) exit 2. A progress
bar is drawn on stderr when stderr is a terminal; Ctrl+C ends the runs and exits 130, the
finished rows kept.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any, TextIO

from playground.api.sweep import SweepResult, parse_grid, sweep, value_text
from playground.cli.common import EXIT_ERROR, EXIT_INTERRUPTED, PROG, check_out, fail
from playground.cli.options import _add_train_options
from playground.cli.train import MAX_EPOCHS, config_from_args, load_points
from playground.errors import ConfigError
from playground.training.compare import MAX_SEEDS, score_column


def add_sweep_command(parser: argparse.ArgumentParser) -> None:
    """Add ``sweep`` to the commands of the parser ``options.build_parser`` made."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    p = sub.add_parser(
        "sweep",
        help="train every combination of a grid of settings over several seeds; a table of "
        "mean ± sd, each run's row in a CSV",
        allow_abbrev=False, conflict_handler="resolve",
    )
    _add_train_options(p)
    sw = p.add_argument_group("sweep")
    sw.add_argument("--grid", required=True, metavar="KEY=V,V;KEY=V|V",
                    help="the settings to sweep: train options without their dashes, e.g. "
                    "'lr=0.003,0.03,0.3;layers=4|8,8;activation=relu|tanh' (a value that is "
                    "itself a list, as layers, takes | between the alternatives)")
    sw.add_argument("--seeds", type=int, default=5, metavar="N",
                    help=f"train each combination with the network seeds S..S+N-1 (S is --seed;"
                    f" the points stay the same; default 5, at most {MAX_SEEDS})")
    sw.add_argument("--out", metavar="FILE.csv",
                    help="append each run's row here as it finishes (see docs/sweeps.md)")
    sw.add_argument("--resume", action="store_true",
                    help="continue the sweep of --out: run only the runs it does not hold yet")
    sw.add_argument("--json", action="store_true",
                    help="one JSON line per combination instead of the table")
    sw.add_argument("--workers", type=int, metavar="N",
                    help="processes of the local pool (default: one per core)")
    sw.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                    help="run on this Dask scheduler's workers instead (pip install "
                    "'playground[dask]'; the workers need Playground too)")


def _connect(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        fail("--scheduler needs Dask's distributed scheduler: pip install 'playground[dask]'")
    try:
        return Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        fail(f"--scheduler: cannot reach the Dask scheduler at {address}: "
             f"{' '.join(str(exc).split())}")


class ProgressBar:
    """One line on a terminal: ``sweep [#####.....] 12/45 runs 0:42``, redrawn at most ten
    times a second; nothing when ``stream`` is not a terminal."""

    WIDTH = 30

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.on = stream.isatty()
        self.start = time.monotonic()
        self.shown = 0.0
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        self.done = done
        now = time.monotonic()
        if not self.on or (now - self.shown < 0.1 and done < total):
            return
        self.shown = now
        filled = self.WIDTH * done // max(total, 1)
        seconds = int(now - self.start)
        self.stream.write(f"\rsweep [{'#' * filled}{'.' * (self.WIDTH - filled)}] "
                          f"{done}/{total} runs {seconds // 60}:{seconds % 60:02d}")
        self.stream.flush()

    def end(self) -> None:
        if self.on and self.shown:
            self.stream.write("\n")
            self.stream.flush()


def cmd_sweep(args: argparse.Namespace) -> int:
    for flag, value in (("--init", args.init), ("--session", args.session)):
        if value is not None:
            fail(f"{flag} does not apply to sweep: its runs start from fresh weights and "
                 "keep no weights (train the combination you choose with `playground train`)")
    if not 1 <= args.epochs <= MAX_EPOCHS:
        fail(f"--epochs must be between 1 and {MAX_EPOCHS} (got {args.epochs})")
    if not 1 <= args.seeds <= MAX_SEEDS:
        fail(f"--seeds must be between 1 and {MAX_SEEDS} (got {args.seeds})")
    if args.workers is not None and args.workers < 1:
        fail(f"--workers must be at least 1 (got {args.workers})")
    if args.resume and args.out is None:
        fail("--resume needs --out: the CSV file of the sweep to continue")
    if args.workers is not None and args.scheduler is not None:
        fail("--workers applies to the local pool; with --scheduler the cluster's workers run")
    try:
        grid = parse_grid(args.grid)
    except ValueError as exc:
        fail(f"--grid: {exc}")
    check_out(args.out, [("--data", args.data)])
    points, settings = load_points(args)
    config = config_from_args(args, points.task, points.n_classes, settings.dims,
                              points.n_inputs)
    client = _connect(args.scheduler) if args.scheduler is not None else None
    bar = ProgressBar(sys.stderr)
    try:
        result = sweep(config, grid, args.seeds, args.epochs, points=points, client=client,
                       workers=args.workers, out=args.out, resume=args.resume,
                       progress=bar)
    except ConfigError as exc:
        bar.end()
        if str(exc).startswith("grid "):
            fail(f"--grid: {exc}")
        raise
    except KeyboardInterrupt:
        bar.end()
        kept = f"; they are in {args.out} (--resume continues)" if args.out else ""
        print(f"{PROG}: interrupted: {bar.done} runs finished{kept}", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if client is not None:
            client.close()
    bar.end()
    has_test = bool((~points.is_train).any())
    score, score_name = score_column(points.task, has_test)
    if args.json:
        for line in summary_lines(result):
            print(line, flush=True)
    else:
        print(summary_table(result, score, score_name), flush=True)
    errors = [r for r in result.rows if r["status"] == "error"]
    diverged = sum(r["status"] == "diverged" for r in result.rows)
    for row in errors:
        print(f"{PROG}: error: {_name(result, row)} seed {row['seed']}: {row['reason']}",
              file=sys.stderr)
    if diverged:
        print(f"{PROG}: note: {diverged} of {len(result.rows)} runs diverged (their rows keep "
              "the last good epoch's figures)", file=sys.stderr)
    return EXIT_ERROR if errors else 0


def _name(result: SweepResult, row: dict[str, Any]) -> str:
    return ";".join(f"{k}={value_text(k, row[k])}" for k in result.keys)


def summary_lines(result: SweepResult) -> list[str]:
    """One JSON line per combination: its settings, the mean and sd of each figure and its
    runs (each run's seed, status, figures and reason)."""
    lines = []
    for summary in result.summary:
        i = summary["combination"]
        runs = [{k: v for k, v in r.items() if k not in result.keys and k != "combination"}
                for r in result.rows if r["combination"] == i]
        figures = [k[: -len("_mean")] for k in summary if k.endswith("_mean")]
        line = {
            "combination": i,
            "settings": {k: _plain(summary[k]) for k in result.keys},
            "runs": summary["runs"], "ok": summary["ok"], "diverged": summary["diverged"],
            "errors": summary["errors"],
            "mean": {f: summary[f"{f}_mean"] for f in figures},
            "sd": {f: summary[f"{f}_sd"] for f in figures},
            "results": runs,
        }
        lines.append(json.dumps(line))
    return lines


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def summary_table(result: SweepResult, score: str, score_name: str) -> str:
    """The combinations, one a line: settings, runs, train and test loss and the score as
    mean ± sd."""
    names = [_name(result, {"combination": s["combination"], **s}) for s in result.summary]
    width = max(12, *(len(n) for n in names))

    def cell(summary: dict[str, Any], column: str, percent: bool = False) -> str:
        mean, sd = summary[f"{column}_mean"], summary[f"{column}_sd"]
        if mean is None:
            return "-"
        if percent:
            return f"{100 * mean:.1f}" + ("" if sd is None else f" ± {100 * sd:.1f}") + "%"
        return f"{mean:.4f}" + ("" if sd is None else f" ± {sd:.4f}")

    label = score_name.replace("accuracy", "acc")
    lines = [f"{'settings':<{width}}  {'runs':>5}  {'train loss':>17}  {'test loss':>17}  "
             f"{label:>15}"]
    for name, s in zip(names, result.summary):
        notes = [f"{s[k]} {k}" for k in ("diverged", "errors") if s[k]]
        note = f"  ({', '.join(notes)})" if notes else ""
        runs = f"{s['runs'] - s['errors']}/{s['runs']}"
        lines.append(f"{name:<{width}}  {runs:>5}  {cell(s, 'train_loss'):>17}  "
                     f"{cell(s, 'test_loss'):>17}  {cell(s, score, score != 'r2'):>15}{note}")
    return "\n".join(lines)
