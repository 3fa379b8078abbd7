"""A 3 × 3 × 5 sweep (45 runs) three ways: one after another in this process, on the local
process pool, and on a local Dask cluster of two single-threaded worker processes.

    python bench/sweep.py [--epochs N] [--workers N]

Prints each way's wall time, and its overhead per task: the worker-seconds not spent
training, (wall × workers − the runs' own training seconds) / runs. The tables must be
identical (every run is seeded); the script says so or fails. The Dask row needs the
``[dask]`` extra; its cluster's start-up is timed apart (a real cluster is already up)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playground.api.sweep import (  # noqa: E402
    config_for,
    fields_of,
    normalize_grid,
    run_one,
    sweep,
)
from playground.session.dataset import DatasetSettings  # noqa: E402
from playground.training.config import TrainConfig  # noqa: E402

GRID = {"lr": [0.003, 0.03, 0.3], "layers": [[4], [8], [8, 8]]}
SEEDS = 5


def sequential(base, points, epochs):
    grid = normalize_grid(GRID)
    rows = []
    for i, (lr, layers) in enumerate((a, b) for a in grid["lr"] for b in grid["layers"]):
        config = config_for(base, {"lr": lr, "layers": layers})
        for seed in range(base.seed, base.seed + SEEDS):
            out = run_one(config.replace(seed=seed), points, epochs)
            rows.append({"combination": i, "lr": lr, "layers": layers, "seed": seed,
                         "status": out["status"], **{k: out[k] for k in (
                             "epoch", "train_loss", "test_loss", "train_accuracy",
                             "test_accuracy", "r2")},
                         "stopped": out["stopped"], "seconds": out["seconds"],
                         "reason": out["reason"]})
    return rows


def line(name, wall, workers, rows):
    trained = sum(r["seconds"] for r in rows)
    overhead = (wall * workers - trained) / len(rows)
    print(f"{name:<28} {wall:8.2f} s wall  {trained:7.2f} s training  "
          f"{1000 * overhead:8.1f} ms overhead per task ({workers} worker(s))", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=100)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    points = DatasetSettings("spiral", n=300, noise=0.1, seed=0).generate()
    base = TrainConfig(hidden_layers=(8, 8), activations=("tanh", "tanh"), optimizer="adam")
    print(f"45 runs: lr 3 × layers 3 × seeds 5, spiral 300 points, {args.epochs} epochs, "
          f"batch {base.batch_size}; {os.cpu_count()} cores", flush=True)

    start = time.perf_counter()
    alone = sequential(base, points, args.epochs)
    line("one process, in a row", time.perf_counter() - start, 1, alone)
    expected = [fields_of(r) for r in alone]

    start = time.perf_counter()
    local = sweep(base, GRID, SEEDS, args.epochs, points=points, workers=args.workers)
    line("local pool", time.perf_counter() - start, args.workers, local.rows)
    assert [fields_of(r) for r in local.rows] == expected, "the local pool's table differs"

    try:
        import distributed
    except ImportError:
        print("dask: not installed (pip install 'playground[dask]')")
        return
    start = time.perf_counter()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster, \
            distributed.Client(cluster) as client:
        print(f"{'dask cluster start-up':<28} {time.perf_counter() - start:8.2f} s", flush=True)
        start = time.perf_counter()
        on_dask = sweep(base, GRID, SEEDS, args.epochs, points=points, client=client)
        line("dask, 2 workers", time.perf_counter() - start, 2, on_dask.rows)
    assert [fields_of(r) for r in on_dask.rows] == expected, "the Dask table differs"
    print("tables identical: one process, local pool, dask")


if __name__ == "__main__":
    main()
