"""Playground: a desktop neural-network playground.

The engine's matrices are small (a few to a few hundred columns), where a multi-threaded BLAS
spends more time waking threads than computing: on a 2-core machine one thread is 2-15x
faster for our shapes, and it leaves the other core to the window. Set before NumPy loads;
an explicit OPENBLAS_NUM_THREADS / OMP_NUM_THREADS from the user wins.
"""

import os as _os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")

__version__ = "0.1.0"

TYPE_CHECKING = False  # not ``typing``'s: importing typing would slow every start
if TYPE_CHECKING:
    from playground.api.session import Session
    from playground.api.sweep import sweep
del TYPE_CHECKING

__all__ = ["Session", "sweep", "__version__"]

# ``import playground as pg``: the scripting API (docs/api.md), imported when first used, so
# that the command line and the window start without it
_LAZY = {"Session": "playground.api.session", "sweep": "playground.api.sweep"}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'playground' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
