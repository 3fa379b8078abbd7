"""Limits every layer shares: one place, so the CLI, the loaders and the controls agree.

No imports: the engine, the data layer, the trainer, the CLI and the window all read these.
"""

from __future__ import annotations

MIN_CLASSES = 2  # a classification set needs at least two classes
MAX_CLASSES = 8  # classes a classification set may have (and class colours the window has)
MAX_HIDDEN_LAYERS = 8
MAX_UNITS = 256  # units in one hidden layer
MAX_POINTS = 100_000  # points in one set: drawn, imported from CSV or loaded from a session
MAX_GENERATED_POINTS = 10_000  # points a preset data set may generate
# |x1|, |x2| of a point the command line reads from a CSV: far beyond any drawn or generated
# point (the view spans ±6), far below where features such as x1² lose all precision.
MAX_COORD = 1e6
# input columns of a point set (x1..x32): as many as a network has input features
MAX_INPUTS = 32
