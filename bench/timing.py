"""Timing shared by the benchmarks: calls per second over a stretch, and two sides timed in
alternating stretches so that both see the same machine (this host's speed drifts)."""

from __future__ import annotations

import time
from collections.abc import Callable


def run_for(fn: Callable[[], object], seconds: float) -> float:
    """Calls of ``fn`` per second over a stretch of at least ``seconds``."""
    perf = time.perf_counter
    k, t0 = 0, perf()
    while True:
        fn()
        k += 1
        t = perf()
        if t - t0 >= seconds:
            return k / (t - t0)


def alternate(a: Callable[[], object], b: Callable[[], object], seconds: float, repeats: int,
              warmup: float) -> tuple[list[float], list[float]]:
    """Calls/s of ``a`` and of ``b`` in ``repeats`` stretches of ``seconds`` each, a then b,
    after a warm-up of ``warmup`` seconds each."""
    run_for(a, warmup)
    run_for(b, warmup)
    rates_a, rates_b = [], []
    for _ in range(repeats):
        rates_a.append(run_for(a, seconds))
        rates_b.append(run_for(b, seconds))
    return rates_a, rates_b
