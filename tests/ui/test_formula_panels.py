"""The formula controls: the data panel's formula source and the network panel's formula
input features, each checked as it is typed and applied as one undo step."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from playground.data.formula import MAX_LENGTH
from playground.session.dataset import DatasetSettings
from playground.ui.panels.data_panel import FORMULA, DataPanel


def choose_formula(panel: DataPanel) -> None:
    i = panel.preset.findData(FORMULA)
    panel.preset.setCurrentIndex(i)
    panel.preset.activated.emit(i)


def test_a_bad_formula_is_named_in_red_as_it_is_typed(qtbot, data, doc):
    assert not data.formula.isVisible()
    choose_formula(data)
    source = data.formula
    assert source.isVisible() and not source.generate.isEnabled()
    assert doc.dataset.formula == ""  # nothing happens before Generate
    source.edit.line.setFocus()
    qtbot.keyClicks(source.edit.line, "x1 + foo(2)")
    assert source.edit.error.isVisible() and "#D55E00" in source.edit.error.styleSheet()
    assert "'foo' is not an allowed function (column 6)" in source.edit.message()
    assert not source.generate.isEnabled()
    source.edit.line.clear()
    assert not source.edit.error.isVisible() and not source.generate.isEnabled()


def test_generate_replaces_the_points_as_one_undo_step(qtbot, data, doc):
    before = doc.points
    choose_formula(data)
    qtbot.keyClicks(data.formula.edit.line, "x2>sin(x1)")
    assert data.formula.generate.isEnabled() and "class" in data.formula.hint.text()
    data.formula.generate.click()
    s = doc.dataset
    assert s.formula == "x2 > sin(x1)" and s.formula_task == "" and s.dims == 2
    p = doc.points
    assert p.task == "classification" and p.n_classes == 2 and len(p) == data.n_points.value()
    quiet = DatasetSettings(**{**s.as_dict(), "noise": 0.0}).generate()  # before the jitter
    x1, x2 = quiet.coords.T
    assert np.array_equal(p.values, quiet.values)
    assert np.array_equal(quiet.values, (x2 > np.sin(x1)).astype(np.int64))
    assert doc.undo_stack.undoText() == "Generate x2 > sin(x1)"
    data.noise.setValue(60)  # the noise applies to the formula's points too
    assert doc.dataset.formula == "x2 > sin(x1)" and doc.dataset.noise == 0.6
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.points is before or np.array_equal(doc.points.coords, before.coords)
    assert doc.dataset.formula == "" and not data.formula.isVisible()
    assert data.preset.currentData() == doc.dataset.name
    doc.undo_stack.redo()
    assert data.preset.currentData() == FORMULA and data.formula.isVisible()
    assert data.formula.formula() == "x2 > sin(x1)"


def test_enter_generates_and_the_task_choice_makes_classes(qtbot, data, doc):
    choose_formula(data)
    data.formula.task.setCurrentIndex(data.formula.task.findData("classification"))
    qtbot.keyClicks(data.formula.edit.line, "(x1 > 0) + (x2 > 0)")
    qtbot.keyClick(data.formula.edit.line, Qt.Key.Key_Return)
    assert doc.points.n_classes == 3 and doc.config.n_classes == 3
    assert doc.dataset.formula_task == "classification"
    i = data.preset.findData("moons")
    data.preset.setCurrentIndex(i)
    data.preset.activated.emit(i)  # a preset again: the formula goes
    assert doc.dataset.name == "moons" and doc.dataset.formula == ""
    assert not data.formula.isVisible()


def test_a_formula_that_cannot_label_the_points_reports_an_error(qtbot, data, doc):
    errors: list[str] = []
    data.sigError.connect(errors.append)
    choose_formula(data)
    data.formula.task.setCurrentIndex(data.formula.task.findData("classification"))
    qtbot.keyClicks(data.formula.edit.line, "x1")
    data.formula.generate.click()
    assert "whole number" in data.formula.edit.message() and doc.dataset.formula == ""
    assert not errors  # said once, under the formula, not again in a message box
    data.formula.task.setCurrentIndex(data.formula.task.findData("regression"))
    data.formula.task.activated.emit(data.formula.task.currentIndex())
    assert not data.formula.edit.message()  # another task: the refusal no longer holds
    data.formula.generate.click()
    assert doc.dataset.formula == "x1" and doc.points.task == "regression"


def test_plus_feature_adds_a_formula_input_as_one_undo_step(qtbot, net, doc):
    ff = net.formula_features
    assert not ff.editor.isVisible()
    ff.add.click()
    assert ff.editor.isVisible() and not ff.ok.isEnabled()
    qtbot.keyClicks(ff.editor.line, "x1 *")
    assert "ends too early" in ff.editor.message() and not ff.ok.isEnabled()
    ff.editor.line.clear()
    qtbot.keyClicks(ff.editor.line, "x1*x2")
    assert ff.ok.isEnabled() and not ff.editor.message()
    ff.ok.click()
    assert doc.config.features == ("x1", "x2", "x1 * x2")
    assert list(ff.chips) == ["x1 * x2"] and ff.chips["x1 * x2"].isChecked()
    assert not ff.editor.isVisible() and ff.add.isVisible()
    ff.chips["x1 * x2"].setChecked(False)  # untick: removed
    assert doc.config.features == ("x1", "x2") and not ff.chips
    doc.undo_stack.undo()
    assert doc.config.features == ("x1", "x2", "x1 * x2") and list(ff.chips) == ["x1 * x2"]


def test_a_duplicate_formula_feature_is_refused_inline(qtbot, net, doc):
    ff = net.formula_features
    for _ in range(2):
        ff.add.click()
        qtbot.keyClicks(ff.editor.line, "min(x1,x2)")
        qtbot.keyClick(ff.editor.line, Qt.Key.Key_Return)
    assert doc.config.features == ("x1", "x2", "min(x1, x2)")
    assert "duplicate feature 'min(x1, x2)'" in net.error.text() and net.error.isVisible()


def test_the_last_input_cannot_be_removed_even_a_formula(qtbot, net, doc):
    doc.set_config(doc.config.replace(features=("x1 + x2",)))
    ff = net.formula_features
    ff.chips["x1 + x2"].setChecked(False)
    assert doc.config.features == ("x1 + x2",) and ff.chips["x1 + x2"].isChecked()
    assert net.note.isVisible()


def test_a_one_d_session_takes_formulas_of_x1_alone(qtbot, net, doc):
    doc.regenerate(DatasetSettings("sine", n=40))
    ff = net.formula_features
    ff.add.click()
    qtbot.keyClicks(ff.editor.line, "x1 * x2")
    assert "1-D set has x alone" in ff.editor.message() and not ff.ok.isEnabled()
    ff.editor.line.clear()
    qtbot.keyClicks(ff.editor.line, "x1**3")
    ff.ok.click()
    assert doc.config.features == ("x1", "x1**3")


def paste(qtbot, line, text: str) -> None:
    """Paste ``text`` into ``line`` as a user would (clipboard, Ctrl+V)."""
    QApplication.clipboard().setText(text)
    line.setFocus()
    qtbot.keySequence(line, QKeySequence.StandardKey.Paste)


def test_a_refused_generate_keeps_the_formula_typed_with_its_error_under_it(qtbot, data, doc):
    choose_formula(data)
    qtbot.keyClicks(data.formula.edit.line, "x2 > sin(x1)")
    data.formula.generate.click()
    generated = doc.points
    line = data.formula.edit.line
    line.selectAll()
    qtbot.keyClicks(line, "exp(100*x1)")  # valid syntax, but its targets overflow
    assert data.formula.generate.isEnabled()
    data.formula.generate.click()
    assert doc.points is generated and doc.dataset.formula == "x2 > sin(x1)"
    assert data.formula.formula() == "exp(100*x1)"  # the user's text stays
    assert data.formula.edit.error.isVisible()
    assert "must be finite" in data.formula.edit.message()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)  # typing again clears the refusal
    assert "must be finite" not in data.formula.edit.message()


def test_a_refused_first_formula_keeps_its_text_and_the_formula_source(qtbot, data, doc):
    choose_formula(data)
    qtbot.keyClicks(data.formula.edit.line, "exp(100*x1)")
    qtbot.keyClick(data.formula.edit.line, Qt.Key.Key_Return)
    assert doc.dataset.formula == "" and data.preset.currentData() == FORMULA
    assert data.formula.formula() == "exp(100*x1)" and "finite" in data.formula.edit.message()


@pytest.mark.parametrize("where", ["data", "feature"])
def test_an_over_long_paste_is_refused_whole_with_the_limit_named(qtbot, data, net, doc,
                                                                   where):
    long = "x1 + " * 2000 + "x1"  # 10,002 characters
    if where == "data":
        choose_formula(data)
        edit, button = data.formula.edit, data.formula.generate
    else:
        net.formula_features.add.click()
        edit, button = net.formula_features.editor, net.formula_features.ok
    paste(qtbot, edit.line, long)
    assert edit.text() == long  # never cut short into another formula
    assert f"at most {MAX_LENGTH}" in edit.message() and f"{len(long)} characters" in (
        edit.message())
    assert not button.isEnabled()
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)
    assert doc.dataset.formula == "" and doc.config.features == ("x1", "x2")
