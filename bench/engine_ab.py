"""Does this tree's engine train as fast as another's? Alternated runs of tasks S and M.

    python bench/engine_ab.py OTHER_TREE [--seconds S] [--repeats R] [--tasks S,M]

``OTHER_TREE`` is a checkout of Playground (e.g. ``git worktree add /tmp/before <commit>``).
Each run is a fresh interpreter with ``PYTHONPATH`` set to one tree that warms up, then times
``Trainer.run_epoch()`` on a task of ``bench/engine.py`` for ``--seconds``; runs of the two
trees alternate (this tree, the other, this tree, ...), so both see the same machine load.
Prints each tree's median epochs/s per task, every run, and the ratio this / other with the
spread of the runs, so a difference can be told from noise.

Issue 22 asks that a network without dropout, normalisation or skips trains at the same speed
as before they existed; this is how docs/performance.md measures it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# one timed stretch in a child: the task of bench/engine.py, built as it builds it
CHILD = r"""
import sys, time
sys.path.insert(0, {tree!r})
import playground  # one BLAS thread, as the app
from playground.data.datasets import make_dataset
from playground.training.config import TrainConfig
from playground.training.trainer import Trainer
hidden = {hidden!r}
cfg = TrainConfig(hidden_layers=hidden, activations=("tanh",) * len(hidden), loss="mse",
                  optimizer="sgd", learning_rate=0.03, batch_size=10, seed=0)
t = Trainer(cfg, make_dataset("circle", 500, noise=0.0, seed=0, train_ratio=0.5))
end = time.perf_counter() + {warmup}
while time.perf_counter() < end:
    t.run_epoch()
k, t0 = 0, time.perf_counter()
while True:
    t.run_epoch()
    k += 1
    now = time.perf_counter()
    if now - t0 >= {seconds}:
        break
print(k / (now - t0))
"""

TASKS = {"S": (4, 2), "M": (8,) * 6}


def run(tree: str, hidden: tuple[int, ...], seconds: float, warmup: float) -> float:
    code = CHILD.format(tree=tree, hidden=hidden, seconds=seconds, warmup=warmup)
    env = {**os.environ, "PYTHONPATH": tree}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True, cwd=tree)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("other", help="another checkout of Playground to compare with")
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--tasks", default="S,M")
    args = parser.parse_args()
    other = os.path.abspath(args.other)
    for name in args.tasks.split(","):
        hidden = TASKS[name]
        mine: list[float] = []
        theirs: list[float] = []
        for _ in range(args.repeats):
            mine.append(run(HERE, hidden, args.seconds, args.warmup))
            theirs.append(run(other, hidden, args.seconds, args.warmup))
        ratios = sorted(a / b for a, b in zip(mine, theirs))
        print(f"task {name}: this {statistics.median(mine):,.0f} ep/s, other "
              f"{statistics.median(theirs):,.0f} ep/s, ratio {statistics.median(ratios):.3f} "
              f"(pairs from {ratios[0]:.3f} to {ratios[-1]:.3f})")
        print(f"  this : {', '.join(f'{v:,.0f}' for v in mine)}")
        print(f"  other: {', '.join(f'{v:,.0f}' for v in theirs)}")


if __name__ == "__main__":
    main()
