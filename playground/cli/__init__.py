"""The command line: open the window, train headless, predict from a weights file, export one,
look inside one, list data sets.

Every user-facing failure (a bad option, a bad file) is one line on stderr starting with
``playground: error:`` and exit code 2; divergence during training exits 3; Ctrl+C exits 130.
``train`` prints one JSON line of final metrics on stdout so scripts can parse it, and
``inspect`` one JSON line of a model's inside and its scores on labelled points.
``lesson check`` prints one JSON line per graded session and exits 1 when one did not pass.

One module per command (``gui``, ``train``, ``predict``, ``inspect``, ``explain``, ``compare``,
``replay``, ``export``, ``datasets``, ``lessons``, ``lesson`` and ``sweep``, which runs
``api.sweep``);
``options`` builds the parser and ``common`` holds what they share.
"""

from __future__ import annotations

import os
import sys

from playground.cli.common import EXIT_DIVERGED, EXIT_ERROR, EXIT_INTERRUPTED, PROG
from playground.cli.compare import add_compare_command, cmd_compare
from playground.cli.datasets import cmd_datasets
from playground.cli.explain import cmd_explain
from playground.cli.export import cmd_export
from playground.cli.gui import cmd_gui
from playground.cli.inspect import cmd_inspect
from playground.cli.lessons import add_lesson_commands, cmd_lesson, cmd_lessons
from playground.cli.options import build_parser
from playground.cli.predict import cmd_predict, predictions_csv
from playground.cli.replay import cmd_replay
from playground.cli.sweep import add_sweep_command, cmd_sweep
from playground.cli.train import cmd_train
from playground.errors import PlaygroundError
from playground.training.trainer import Diverged

__all__ = ["build_parser", "main", "predictions_csv"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    add_compare_command(parser)
    add_lesson_commands(parser)
    add_sweep_command(parser)
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_ERROR)
    try:
        if args.command in (None, "gui"):
            return cmd_gui(getattr(args, "files", []))
        if args.command == "train":
            return cmd_train(args)
        if args.command == "predict":
            return cmd_predict(args)
        if args.command == "inspect":
            return cmd_inspect(args)
        if args.command == "explain":
            return cmd_explain(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "compare":
            return cmd_compare(args)
        if args.command == "sweep":
            return cmd_sweep(args)
        if args.command == "replay":
            return cmd_replay(args)
        if args.command == "lessons":
            return cmd_lessons()
        if args.command == "lesson":
            return cmd_lesson(args)
        return cmd_datasets()
    except Diverged as exc:
        print(f"{PROG}: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_DIVERGED
    except PlaygroundError as exc:
        print(f"{PROG}: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (e.g. `| head`); silence the flush at interpreter exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
