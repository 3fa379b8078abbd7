"""``playground replay SESSION --out FILE.gif|FILE.csv``: a session's replay as an animated
GIF (``--frames``, ``--size``), or its loss history as CSV, without opening the window."""

from __future__ import annotations

import argparse

from playground.cli.common import check_out, fail
from playground.pictures.gif import pick_frames, suffix, write_gif, write_history_csv
from playground.session.dims import is_one_d
from playground.session.file import load_session


def cmd_replay(args: argparse.Namespace) -> int:
    kind = suffix(args.out)
    if kind not in (".gif", ".csv"):
        fail(f"--out must end in .gif (the replay) or .csv (the loss history), got {args.out}")
    check_out(args.out, [("SESSION", args.session)])
    session = load_session(args.session)
    if kind == ".csv":
        write_history_csv(args.out, session.history)
        return 0
    if args.frames is not None and args.frames < 1:
        fail(f"--frames must be at least 1 (got {args.frames})")
    if not session.replay.frames:
        fail(f"{args.session} has no replay history (it was saved before replays were kept, "
             "or before training)")
    frames = pick_frames(session.replay.frames, args.frames)
    write_gif(args.out, frames, session.points, args.size, one_d=is_one_d(session))
    return 0
