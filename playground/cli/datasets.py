"""``playground datasets``: list the preset data sets."""

from __future__ import annotations

from playground.data.datasets import DATASETS
from playground.limits import MAX_CLASSES


def cmd_datasets() -> int:
    rows = [("name", "task", "classes", "description")]
    for s in DATASETS.values():
        if s.task == "regression":
            classes = "-"
        elif s.task == "multilabel":
            classes = f"{s.default_classes} labels"
        elif s.takes_classes:
            classes = f"2-{MAX_CLASSES} ({s.default_classes})"
        else:
            classes = str(s.default_classes)
        rows.append((s.name, s.task, classes, s.description))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[3])
    return 0
