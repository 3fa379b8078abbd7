"""Fuzz the three file loaders with hypothesis, 10,000 examples per loader and strategy family.

    python bench/fuzz.py [--examples N] [--jobs J] [--seed S] [--loaders csv,weights,session]
                         [--strategies raw,structured]

For each loader (``read_points_csv``, ``load_weights``, ``load_session``) and each strategy
family (``raw``: any bytes; ``structured``: CSV text built from plausible and wrong pieces, or
a valid ``.npz`` written by the real savers and then mutated; see ``tests/data/strategies.py``)
this runs a hypothesis ``@given`` test with ``max_examples=N`` (generate phase only: no
shrinking, no example database) whose body loads the example and counts what happened. Every
example must either load a valid result or raise ``FormatError`` naming the file, within
``SLOW_SECONDS``, without unpickling anything; the body records a failure and carries on, so
the counts are the examples actually executed (hypothesis may stop early if it runs out of
distinct examples; the table then shows fewer).

Prints one table (loader, strategy, examples run, FormatError, loaded OK, other exception,
contract failures: a loaded result that is invalid, a message that does not name the file,
too slow, or a payload unpickled; "vague msg": FormatErrors whose message is the loader's
catch-all naming a Python error such as KeyError, counted but not failures; wall seconds and
CPU seconds: on a busy machine the two differ),
then every distinct failure with its shortest input (repr, truncated) and traceback. Exit
code 1 if anything failed. The (loader, strategy)
runs go to ``--jobs`` processes (default: the number of CPUs).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the strategies live with the tests
    sys.path.insert(0, str(ROOT))

LOADERS = ("csv", "weights", "session")
STRATEGIES = ("raw", "structured")
STRATEGY_NAMES = {"raw": "raw bytes", "structured": "structured"}
REPR_CHARS = 400


def _show(data: bytes) -> str:
    return repr(data[:REPR_CHARS]) + ("..." if len(data) > REPR_CHARS else "")


def _signature(exc: BaseException) -> str:
    """Exception type plus the innermost frame: one line per distinct failure."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    first = (str(exc).splitlines() or [""])[0]
    if isinstance(exc, AssertionError):  # the oracle's own checks: the message's gist
        return "contract: " + re.sub(r"\d+(\.\d+)?", "N", first)[:80]
    return f"{type(exc).__name__} at {where}"


def run_one(loader: str, strategy: str, examples: int, seed: int) -> dict[str, Any]:
    """Run ``examples`` hypothesis examples of one loader and strategy family."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed
    from hypothesis import strategies as st

    from tests.data import strategies as S

    if strategy == "raw":
        strat = S.raw_bytes(loader)
    else:
        strat = S.structured(loader, long_numbers=True)
    n_classes = S.N_CLASSES if loader == "csv" else st.none()
    counts = {"examples": 0, "format_error": 0, "loaded": 0, "other": 0, "contract": 0,
              "n_vague": 0}  # fmt: skip
    failures: dict[str, dict[str, Any]] = {}
    vague: dict[str, dict[str, Any]] = {}
    messages: list[str] = []

    with tempfile.TemporaryDirectory(prefix="playground-fuzz-") as tmp:
        folder = Path(tmp)

        @hypothesis_seed(seed)
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(data=strat, k=n_classes)
        def body(data: bytes, k: int | None) -> None:
            counts["examples"] += 1
            try:
                messages.clear()
                outcome = S.check_example(loader, data, folder, k, messages)
            except KeyboardInterrupt:
                raise
            except BaseException as exc:  # noqa: BLE001 - every failure is recorded, not raised
                contract = isinstance(exc, AssertionError) and (
                    Path(traceback.extract_tb(exc.__traceback__)[-1].filename).name
                    == "strategies.py"
                )
                counts["contract" if contract else "other"] += 1
                sig = _signature(exc)
                seen = failures.get(sig)
                if seen is None or len(data) < seen["size"]:
                    failures[sig] = {
                        "count": (seen or {"count": 0})["count"],
                        "size": len(data),
                        "input": _show(data),
                        "n_classes": k,
                        "traceback": traceback.format_exc(),
                    }
                failures[sig]["count"] += 1
                S.MARKER.unlink(missing_ok=True)  # so one payload does not fail every example
                return
            counts[outcome] += 1
            match = S.VAGUE.search(messages[0]) if messages else None
            if match:
                counts["n_vague"] += 1
                sig = re.sub(r"\d+", "N", messages[0])[:160]
                seen = vague.setdefault(sig, {"count": 0, "size": len(data), "input": data})
                seen["count"] += 1
                if len(data) < seen["size"]:
                    seen.update(size=len(data), input=data)

        start, cpu = time.perf_counter(), time.process_time()
        body()
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"loader": loader, "strategy": strategy, "seconds": seconds, "cpu": cpu, **counts,
            "failures": failures, "vague": vague}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="per loader and strategy")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0, help="hypothesis seed (reproducible)")
    parser.add_argument("--loaders", default=",".join(LOADERS))
    parser.add_argument("--strategies", default=",".join(STRATEGIES))
    args = parser.parse_args(argv)
    loaders = [x for x in args.loaders.split(",") if x]
    strategies = [x for x in args.strategies.split(",") if x]
    if not set(loaders) <= set(LOADERS) or not set(strategies) <= set(STRATEGIES):
        parser.error(f"loaders: {', '.join(LOADERS)}; strategies: {', '.join(STRATEGIES)}")
    if args.examples < 1 or args.jobs < 1:
        parser.error("--examples and --jobs must be at least 1")

    print(f"fuzzing {', '.join(loaders)} x {', '.join(strategies)}: {args.examples} examples"
          f" each, seed {args.seed}, {args.jobs} jobs", flush=True)  # fmt: skip
    tasks = [(lo, sg) for lo in loaders for sg in strategies]
    slowest_first = sorted(tasks, key=lambda t: t[1] != "structured")
    results: dict[tuple[str, str], dict[str, Any]] = {}
    start = time.perf_counter()
    with ProcessPoolExecutor(args.jobs, mp_context=get_context("spawn")) as pool:
        futures = {pool.submit(run_one, lo, sg, args.examples, args.seed): (lo, sg)
                   for lo, sg in slowest_first}  # fmt: skip
        for future in as_completed(futures):
            r = future.result()
            results[futures[future]] = r
            print(f"  done {r['loader']}/{r['strategy']}: {r['examples']} examples in"
                  f" {r['seconds']:.1f} s", file=sys.stderr, flush=True)  # fmt: skip
    total = time.perf_counter() - start

    head = ("loader", "strategy", "examples", "FormatError", "loaded OK", "other exc",
            "contract", "vague msg", "seconds", "cpu s")  # fmt: skip
    rows = [
        (r["loader"], STRATEGY_NAMES[r["strategy"]], r["examples"], r["format_error"],
         r["loaded"], r["other"], r["contract"], r["n_vague"], f"{r['seconds']:.1f}",
         f"{r['cpu']:.1f}")
        for r in (results[t] for t in tasks)
    ]  # fmt: skip
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    print()
    for i, row in enumerate([head, *rows]):
        print("  ".join(str(x).ljust(w) if j < 2 else str(x).rjust(w)
                        for j, (x, w) in enumerate(zip(row, widths))))  # fmt: skip
        if i == 0:
            print("  ".join("-" * w for w in widths))
    n_fail = sum(r["other"] + r["contract"] for r in results.values())
    cpu = sum(r["cpu"] for r in results.values())
    print(f"\n{sum(r['examples'] for r in results.values())} examples in {total:.1f} s"
          f" ({cpu:.1f} CPU s in {args.jobs} jobs);"
          f" {n_fail} failed (other exc and contract must be 0)")  # fmt: skip
    short = [f"{r['loader']}/{r['strategy']}" for r in results.values()
             if r["examples"] < args.examples]  # fmt: skip
    if short:
        print(f"note: hypothesis ran out of distinct examples for {', '.join(short)}")

    for t in tasks:
        r = results[t]
        for sig, f in r["failures"].items():
            print(f"\n=== FAILURE {r['loader']}/{r['strategy']}: {sig} ({f['count']} examples)")
            extra = f", n_classes={f['n_classes']}" if f["n_classes"] is not None else ""
            print(f"shortest input ({f['size']} bytes{extra}): {f['input']}")
            print(f["traceback"].rstrip())
    notes = [(t, sig, v) for t in tasks for sig, v in results[t]["vague"].items()]
    if notes:
        print("\nvague messages (a FormatError, so not failures, but the message names a Python"
              " error instead of the problem):")  # fmt: skip
        for (lo, sg), sig, v in notes:
            shown = _show(v["input"])
            print(f"--- {lo}/{sg} ({v['count']} examples): {sig}\n    shortest input"
                  f" ({v['size']} bytes): {shown[:200]}")  # fmt: skip
    return 1 if n_fail else 0


if __name__ == "__main__":
    sys.exit(main())
