"""The data panel's generator settings: Points, Noise, Seed, Train share and Classes each
apply at once as one undo step; Regenerate draws the points again with a new seed."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox


def type_into(qtbot, spin: QAbstractSpinBox, text: str, enter: bool = True) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    if enter:
        qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_points_apply_at_once_as_one_undo_step(qtbot, data, doc):
    before, steps = doc.points, doc.undo_stack.count()
    type_into(qtbot, data.n_points, "120", enter=False)
    assert doc.points is before  # typing alone generates nothing yet
    qtbot.keyClick(data.n_points, Qt.Key.Key_Return)
    assert len(doc.points) == 120 and doc.dataset.n == 120
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert doc.points.equals(before) and doc.dataset.n == len(before)
    assert data.n_points.value() == len(before)


def test_seed_applies_at_once_as_one_undo_step(qtbot, data, doc):
    before, steps = doc.points, doc.undo_stack.count()
    type_into(qtbot, data.seed, "7")
    assert doc.dataset.seed == 7 and doc.undo_stack.count() == steps + 1
    assert doc.points.equals(doc.dataset.generate())  # the points of seed 7
    assert not np.array_equal(doc.points.coords, before.coords)
    doc.undo_stack.undo()
    assert doc.points.equals(before) and doc.dataset.seed == 0 and data.seed.value() == 0


def test_regenerate_draws_the_points_again_with_a_new_seed(qtbot, data, doc):
    before, seed = doc.points, doc.dataset.seed
    data.regenerate_button.click()
    assert doc.dataset.seed != seed and data.seed.value() == doc.dataset.seed
    assert not np.array_equal(doc.points.coords, before.coords)
    doc.undo_stack.undo()
    assert doc.points.equals(before) and data.seed.value() == seed


def test_a_tutorials_fixed_table_shows_its_rows_and_takes_no_count_or_noise(qtbot, data, doc):
    data.preset.setCurrentIndex(data.preset.findData("tutorial_000"))
    data.preset.activated.emit(data.preset.currentIndex())
    assert len(doc.points) == 8
    assert data.n_points.value() == 8 and not data.n_points.isEnabled()
    assert not data.noise.isEnabled() and "fixed table" in data.noise.toolTip()
    data.preset.setCurrentIndex(data.preset.findData("circle"))
    data.preset.activated.emit(data.preset.currentIndex())
    assert data.n_points.isEnabled() and data.noise.isEnabled()
    assert "fixed table" not in data.noise.toolTip()
