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
