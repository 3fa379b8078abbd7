"""The layers of ARCHITECTURE.md hold: the model layer never imports Qt, each package imports
only the layers below it (late imports inside functions included), no two modules import each
other in a circle."""

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import playground

PURE_PACKAGES = (
    "playground.engine", "playground.data", "playground.training", "playground.session",
    "playground.pictures", "playground.exporters", "playground.lessons",
)
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
        "playground.data.weights_file",
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


# --- layers ---------------------------------------------------------------------------------
# What each package may import from the project (besides itself). Shared leaves -- errors,
# limits, paths, logs, the translation marker -- sit below everything.
LEAVES = {"playground", "playground.errors", "playground.limits", "playground.paths",
          "playground.logs", "playground.texts"}
ALLOWED = {
    "engine": set(),
    "data": {"engine"},
    "training": {"engine", "data"},
    "session": {"engine", "data", "training"},
    "pictures": {"engine", "data", "training", "session"},
    "exporters": {"engine", "data", "training"},
    "lessons": {"engine", "data", "training", "session"},
    "api": {"engine", "data", "training", "session", "pictures", "exporters", "lessons"},
    "ui": {"engine", "data", "training", "session", "pictures", "exporters", "lessons", "api"},
    "cli": {"engine", "data", "training", "session", "pictures", "exporters", "lessons",
            "api"},
}
def project_imports(source: str, module: str, include_type_checking: bool = True):
    """``(imported module, line)`` for every project import in ``source``, wherever it stands
    (functions, ``if`` blocks); ``if TYPE_CHECKING`` blocks only when asked."""
    tree = ast.parse(source)
    skip: set[int] = set()
    if not include_type_checking:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                skip |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    package = module.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            found.append((base, node.lineno))
            found += [(f"{base}.{a.name}", node.lineno) for a in node.names]
    return [(name, line) for name, line in found if name.split(".")[0] == "playground"]


def all_modules():
    """``{dotted name: path}`` of every module of the package."""
    out = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_each_layer_imports_only_the_layers_below_it():
    modules = all_modules()
    offenders = []
    for module, path in modules.items():
        own = layer(module)
        if own not in ALLOWED:
            continue
        for name, line in project_imports(path.read_text(encoding="utf-8"), module):
            if name not in modules or name in LEAVES:
                continue
            other = layer(name)
            if other != own and other not in ALLOWED[own]:
                if (module, name) == ("playground.cli", "playground.ui.app") or (
                        own == "cli" and name == "playground.ui.app"):
                    continue  # the gui command opens the window, lazily
                offenders.append(f"{path.relative_to(ROOT.parent)}:{line} imports {name}")
    assert offenders == []


def test_the_layer_check_sees_late_imports():
    source = "def load():\n    from playground.training.config import TrainConfig\n"
    assert ("playground.training.config", 2) in project_imports(source, "playground.data.x")


def import_graph(include_type_checking: bool = False):
    modules = all_modules()
    graph = {}
    for module, path in modules.items():
        graph[module] = {
            name for name, _ in project_imports(path.read_text(encoding="utf-8"), module,
                                                include_type_checking)
            if name in modules and name != module and not module.startswith(name + ".")
        }
    return graph


def cycles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in list(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_circles():
    assert cycles(import_graph()) == []


def test_no_import_circles_even_under_type_checking():
    """A circle hidden under ``if TYPE_CHECKING`` is still two modules that need each other:
    a helper names what it uses of its owner as a ``Protocol`` instead."""
    assert cycles(import_graph(include_type_checking=True)) == []


def test_only_the_window_assembly_knows_the_window():
    """Controllers take the session and what they use, never ``MainWindow`` (not even as a
    type): only ``ui.main_window`` (and the app that opens it) may import it."""
    importers = {module for module, imports in import_graph(include_type_checking=True).items()
                 if "playground.ui.main_window" in imports}
    assert importers == {"playground.ui.app"}


def test_the_type_checking_graph_sees_type_checking_imports():
    source = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
              "    from playground.ui.main_window import MainWindow\n")
    assert project_imports(source, "playground.ui.x", include_type_checking=False) == []
    assert ("playground.ui.main_window", 3) in project_imports(source, "playground.ui.x")


def test_the_circle_check_finds_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_loss_history_is_changed_only_by_the_session_model():
    """Only ``session/model.py`` changes its loss history, so every change is told
    (``HistoryChanged``); everyone else reads it."""
    mutate = re.compile(r"\.history\.(append|clear|replace|truncate|_thin)\(")
    model = ROOT / "session" / "model.py"
    offenders = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*.py")
                 if p != model and mutate.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
