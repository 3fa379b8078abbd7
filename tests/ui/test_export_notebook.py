"""File ▸ Export as notebook… writes the window's session as a notebook (``api.notebook``)."""

import json

import numpy as np
from PySide6.QtWidgets import QFileDialog, QMessageBox


def code_of(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4 and nb["nbformat_minor"] == 5
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")


def test_the_file_menu_exports_the_session_as_a_notebook(window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "lesson"), "")))
    window.commands["file.export_notebook"].trigger()
    code = code_of(tmp_path / "lesson.ipynb")  # the suffix added
    config, dataset = window.model.config, window.model.dataset
    assert f"dataset={dataset.name!r}" in code and f"n_points={dataset.n}" in code
    assert f"layers={list(config.hidden_layers)}" in code
    assert f"lr={config.learning_rate!r}" in code and "points=(X, y)" not in code


def test_edited_points_go_into_the_notebook(window, tmp_path):
    model = window.model
    model.apply(model.add_rows(np.array([[0.5, -0.25]]), 1))
    path = tmp_path / "edited.ipynb"
    assert window.files.export_notebook(str(path))
    code = code_of(path)
    assert "points=(X, y)" in code and "0.5,-0.25,1" in code


def test_a_notebook_that_cannot_be_written_says_so(window, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a)))
    assert not window.files.export_notebook(str(tmp_path / "no" / "x.ipynb"))
    assert not (tmp_path / "no").exists()
    assert [w[1] for w in warnings] == ["Export as notebook"]


def test_the_action_is_in_the_file_menu(window):
    action = window.commands["file.export_notebook"]
    assert action.text() == "Export as no&tebook…" and action.toolTip()
