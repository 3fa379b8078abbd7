"""The export formats, a registry, and :func:`export_model`, which the command line and the
window's File menu both call."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from playground.data.atomic import StrPath, atomic_write_bytes, atomic_write_text
from playground.data.weights_file import WeightsFile
from playground.errors import ConfigError
from playground.exporters.numpy_code import numpy_source
from playground.exporters.spec import ExportSpec, spec_from_weights
from playground.exporters.torch_code import torch_source


def _module_name(path: StrPath) -> str:
    """The name a generated ``.py`` file is imported by: its stem when that is a Python name."""
    stem = Path(path).stem
    return stem if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", stem) else "model"


def _write_numpy(spec: ExportSpec, path: StrPath) -> None:
    atomic_write_text(path, numpy_source(spec, _module_name(path)))


def _write_torch(spec: ExportSpec, path: StrPath) -> None:
    atomic_write_text(path, torch_source(spec, _module_name(path)))


def _write_onnx(spec: ExportSpec, path: StrPath) -> None:
    from playground.exporters.onnx_graph import onnx_bytes  # needs the optional onnx package

    atomic_write_bytes(path, onnx_bytes(spec))


@dataclass(frozen=True)
class ExportFormat:
    """One way out: ``name`` for ``--to``, ``label`` for menus, the file ``suffix``, a
    ``filter`` for file dialogs, the Python package the export itself needs (``requires``,
    with its install hint) and what writes it."""

    name: str
    label: str
    suffix: str
    filter: str
    write: Callable[[ExportSpec, StrPath], None]
    requires: str = ""
    install: str = ""

    def missing(self) -> str | None:
        """Why this format cannot be written here (its package is not installed), or None."""
        if self.requires and importlib.util.find_spec(self.requires) is None:
            return (f"exporting to {self.label} needs the {self.requires} package: "
                    f"{self.install}")
        return None


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("numpy", "NumPy code", ".py", "Python file (*.py)", _write_numpy),
        ExportFormat("pytorch", "PyTorch code", ".py", "Python file (*.py)", _write_torch),
        ExportFormat("onnx", "ONNX", ".onnx", "ONNX model (*.onnx)", _write_onnx,
                     requires="onnx", install="pip install -e '.[onnx]'"),
    )
}


def get_format(name: str) -> ExportFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise ConfigError(f"unknown export format {name!r} (choose from "
                          f"{', '.join(FORMATS)})") from None


def export_model(weights_file: WeightsFile, to: str, path: StrPath) -> None:
    """Write the model of ``weights_file`` as format ``to`` (``numpy``, ``pytorch``, ``onnx``)
    to ``path``, atomically. ``ConfigError`` (before anything is written) for an unknown
    format, a missing optional package or a model the format cannot express;
    ``FormatError`` when the file cannot be written."""
    fmt = get_format(to)
    problem = fmt.missing()
    if problem is not None:
        raise ConfigError(problem)
    fmt.write(spec_from_weights(weights_file), path)
