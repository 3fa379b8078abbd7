"""Loss landscape speed: seconds per map for the largest network the target names (8 × 32).

    python bench/landscape.py [--repeats R] [--resolutions 21,31,41,51,61] [--background]

The network: 8 hidden layers of 32 tanh units on the spiral data set (300 points, all for
training), SGD lr 0.03, batch 10, float64, trained 5 epochs. Each line times
``landscape_job`` in this process (one BLAS thread, as in the app), random directions and
trajectory principal directions (a 50-epoch trajectory would be the window's replay), the
median of ``--repeats`` runs: building the network, the directions, the grid and the
projection. The default resolution (``DEFAULT_RESOLUTION``) is marked; the target is a few
seconds. ``--background`` also times one map end to end through ``BackgroundJobs`` (a spawned
process: its start-up and the pickled request included), as the window runs it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import playground  # noqa: E402, F401, I001  (one BLAS thread before NumPy loads)

import numpy as np  # noqa: E402

from playground.data.datasets import make_dataset  # noqa: E402
from playground.training.background import BackgroundJobs  # noqa: E402
from playground.training.config import TrainConfig  # noqa: E402
from playground.training.landscape import (  # noqa: E402
    DEFAULT_RESOLUTION,
    LandscapeRequest,
    landscape_job,
)
from playground.training.protocol import ModelState  # noqa: E402
from playground.training.trainer import Trainer  # noqa: E402

CONFIG = TrainConfig(hidden_layers=(32,) * 8, activations=("tanh",) * 8, learning_rate=0.03)
EPOCHS = 5


def setup() -> tuple[LandscapeRequest, int]:
    points = make_dataset("spiral", 300, noise=0.0, seed=0)
    trainer = Trainer(CONFIG, points)
    trajectory = [trainer.model.pack()]
    for _ in range(EPOCHS):
        trainer.run_epoch()
        trajectory.append(trainer.model.pack())
    m = trainer.model
    state = ModelState(tuple(w.copy() for w in m.weights), tuple(b.copy() for b in m.biases),
                       trainer.epoch, normalizer=trainer.normalizer)
    return LandscapeRequest(CONFIG, points, state, np.array(trajectory)), m.params.size


def timed(request: LandscapeRequest, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        landscape_job(request)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def background(request: LandscapeRequest) -> float:
    jobs = BackgroundJobs(max_workers=1)
    start = time.perf_counter()
    jobs.submit(landscape_job, request)
    try:
        while True:
            for event in jobs.wait(1.0):
                if event.kind == "error":
                    raise SystemExit(f"the background job failed: {event.value}")
                if event.kind == "done":
                    return time.perf_counter() - start
    finally:
        jobs.cancel()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--resolutions", default="21,31,41,51,61")
    parser.add_argument("--background", action="store_true")
    args = parser.parse_args()
    request, n_params = setup()
    print(f"8 x 32 tanh, spiral 300 training points, {n_params} parameters, "
          f"{EPOCHS} epochs trained; median of {args.repeats}")
    print(f"{'resolution':>12} {'points':>8} {'random s':>9} {'trajectory s':>13} {'ms/point':>9}")
    for res in (int(r) for r in args.resolutions.split(",")):
        sec = {kind: timed(LandscapeRequest(request.config, request.points, request.state,
                                            request.trajectory, kind=kind, resolution=res),
                           args.repeats)
               for kind in ("random", "trajectory")}
        mark = "  <- default" if res == DEFAULT_RESOLUTION else ""
        print(f"{res:>5} x {res:<4} {res * res:>8} {sec['random']:>9.2f} "
              f"{sec['trajectory']:>13.2f} {1000 * sec['random'] / (res * res):>9.3f}{mark}")
    if args.background:
        print(f"end to end through BackgroundJobs at {DEFAULT_RESOLUTION} x "
              f"{DEFAULT_RESOLUTION}: {background(request):.2f} s")


if __name__ == "__main__":
    main()
