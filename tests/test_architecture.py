"""The model layer never imports Qt (DESIGN §1): engine, data and training stay importable and
testable without a display, and the worker thread can run them without touching widgets."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import playground

PURE_PACKAGES = ("playground.engine", "playground.data", "playground.training")
QT_MODULES = frozenset({"PySide6", "pyqtgraph", "PyQt5", "PyQt6", "shiboken6"})
ROOT = Path(playground.__file__).parent

PROBE = """
import importlib, json, pkgutil, sys
names = []
for pkg_name in {packages!r}:
    pkg = importlib.import_module(pkg_name)
    names.append(pkg_name)
    for info in pkgutil.walk_packages(pkg.__path__, pkg_name + "."):
        importlib.import_module(info.name)
        names.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in {qt!r})
print(json.dumps({{"imported": names, "qt": qt}}))
"""


def test_importing_the_model_layer_loads_no_qt():
    code = PROBE.format(packages=PURE_PACKAGES, qt=set(QT_MODULES))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    roots = sorted({m.split(".")[0] for m in result["qt"]})
    assert result["qt"] == [], f"the model layer imports Qt: {roots}"
    imported = set(result["imported"])
    # the walk really covered the packages (a broken walk must not pass silently)
    for module in (
        "playground.engine.model",
        "playground.engine.optimizers",
        "playground.data.formats",
        "playground.training.trainer",
        "playground.training.loop",
    ):
        assert module in imported
    on_disk = {
        ".".join(p.relative_to(ROOT.parent).with_suffix("").parts)
        for pkg in PURE_PACKAGES
        for p in (ROOT.parent / pkg.replace(".", "/")).rglob("*.py")
        if p.name != "__init__.py"
    }
    assert on_disk <= imported


def qt_imports(source: str) -> list[str]:
    """Top-level Qt module names imported by ``source``: import statements anywhere (also
    inside functions or ``if TYPE_CHECKING``), and ``importlib.import_module`` /
    ``__import__`` calls with a literal name."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            arg = node.args[0]
            if called in ("import_module", "__import__") and isinstance(arg, ast.Constant):
                names = [str(arg.value)]
        found += [n for n in names if n.split(".")[0] in QT_MODULES]
    return found


@pytest.mark.parametrize(
    "source,expected",
    [
        ("import PySide6.QtCore", ["PySide6.QtCore"]),
        ("from pyqtgraph import ImageItem", ["pyqtgraph"]),
        ("import numpy, PyQt5 as qt", ["PyQt5"]),
        ("if TYPE_CHECKING:\n    from PyQt6.QtWidgets import QWidget", ["PyQt6.QtWidgets"]),
        ("def f():\n    import shiboken6", ["shiboken6"]),
        ("import importlib\nimportlib.import_module('PySide6')", ["PySide6"]),
        ("from . import pyqtgraph_like", []),
        ("import numpy as np\n# import PySide6 in a comment\nx = 'PySide6'", []),
    ],
)
def test_static_checker_itself(source, expected):
    assert qt_imports(source) == expected


def test_no_source_file_in_the_model_layer_imports_qt():
    files = [
        p for pkg in PURE_PACKAGES for p in (ROOT.parent / pkg.replace(".", "/")).rglob("*.py")
    ]
    assert len(files) >= 10
    offenders = {
        str(p.relative_to(ROOT.parent)): found
        for p in files
        if (found := qt_imports(p.read_text(encoding="utf-8")))
    }
    assert offenders == {}
