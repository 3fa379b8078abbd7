"""Limits every layer shares: one place, so the CLI, the loaders and the controls agree.

No imports: the engine, the data layer, the trainer, the CLI and the window all read these.
"""

from __future__ import annotations

MAX_CLASSES = 8  # classes a classification set may have (and class colours the window has)
MAX_HIDDEN_LAYERS = 8
MAX_UNITS = 256  # units in one hidden layer
MAX_POINTS = 100_000  # points in one set: drawn, imported from CSV or loaded from a session
MAX_GENERATED_POINTS = 10_000  # points a preset data set may generate
