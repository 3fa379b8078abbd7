"""Lesson files for the tests: a valid lesson, written where a test asks."""

from pathlib import Path

VALID = '''
id = "tiny"
title = "A tiny lesson"
epochs = 20

[start]
dataset = "gauss"
n_points = 120
seed = 3

[start.settings]
layers = [3]
activation = "relu"

[[steps]]
text = "Press **Play**."

[[steps]]
text = "Reach the target."
settings = { lr = 0.1 }
goal = "test_accuracy >= 0.9 and hidden_units <= 3"
hints = ["Two blobs need one line.", "Any small network will do."]
answer = { layers = [2] }
'''


def write_lesson(folder: Path, text: str = VALID, name: str = "tiny.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
