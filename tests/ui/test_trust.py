"""Drawing a teacher can trust: the class drawn is the class shown, drawn points are trained
on unless asked otherwise, and the labels tell the truth about the points."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QWidget

from playground.session.model import DatasetSettings
from tests.ui.helpers import drag, vp

LEFT = Qt.MouseButton.LeftButton


def write_csv(path, n: int, k: int) -> None:
    rng = np.random.default_rng(5)
    coords = rng.uniform(-4, 4, (n, 2)).round(3)
    path.write_text("x1,x2,label\n" + "".join(
        f"{x},{y},{i % k}\n" for i, (x, y) in enumerate(coords)))


def checked_class_actions(w) -> list[int]:
    return [i for i, a in enumerate(w.class_actions) if a.isChecked()]


def checked_class_buttons(w) -> list[int]:
    group = w.data_panel.class_group
    return [group.id(b) for b in group.buttons() if b.isChecked()]


def click_adds(qtbot, w, x: float, y: float) -> int | None:
    """Click the canvas where (x, y) of the box ±6 would be in the view shown (the view fits
    the data): the class of the point added, None if none was."""
    doc, canvas = w.document, w.canvas
    n = len(doc.points)
    x0, x1, y0, y1 = canvas.extent()
    x, y = x0 + (x + 6) / 12 * (x1 - x0), y0 + (y + 6) / 12 * (y1 - y0)
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=vp(canvas, x, y))
    if len(doc.points) == n:
        return None
    assert len(doc.points) == n + 1
    return int(doc.points.values[-1])


def replace_data(w, how: str, tmp_path, k: int) -> None:
    """Replace the points by ``k`` classes of fresh data, the way a user would."""
    doc = w.document
    if how == "preset":
        doc.regenerate(DatasetSettings("blobs", n=60, n_classes=k) if k > 2
                       else DatasetSettings("moons", n=60))
    elif how == "csv":
        path = tmp_path / f"classes{k}.csv"
        write_csv(path, 40, k)
        assert w.files.import_points(str(path))
    else:
        assert k == 2  # New always makes the default two-class spiral
        assert w.files.new()
    assert doc.points.n_classes == k


# --- 1. one owner for the selected class -------------------------------------------------------
@pytest.mark.parametrize("how", ["preset", "csv", "new"])
def test_the_class_drawn_is_the_class_shown_after_the_data_is_replaced(qtbot, window, tmp_path,
                                                                       how):
    w = window
    replace_data(w, "preset", tmp_path, 5)
    w.data_panel.select_class(4)  # class 5 of 5
    assert checked_class_actions(w) == [4] and checked_class_buttons(w) == [4]
    assert click_adds(qtbot, w, 4.5, 4.5) == 4

    replace_data(w, how, tmp_path, 2)  # class 5 no longer exists
    shown = checked_class_buttons(w)
    assert len(shown) == 1 and checked_class_actions(w) == shown
    assert w.data_panel.current_class == shown[0]
    assert click_adds(qtbot, w, 4.0, -4.5) == shown[0]  # the brush paints what is highlighted

    w.data_panel.select_class(1)
    replace_data(w, "preset", tmp_path, 3)  # class 2 still exists: it stays selected
    assert checked_class_buttons(w) == [1] and checked_class_actions(w) == [1]
    assert click_adds(qtbot, w, -4.5, 4.5) == 1


def test_class_keys_panel_and_tools_follow_one_selection(qtbot, window, tmp_path):
    w = window
    replace_data(w, "preset", tmp_path, 3)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    qtbot.keyClick(w, Qt.Key.Key_3)
    assert w.document.current_class == 2
    assert checked_class_buttons(w) == [2] and checked_class_actions(w) == [2]
    assert click_adds(qtbot, w, 4.5, 4.5) == 2
    qtbot.keyClick(w, Qt.Key.Key_5)  # no fifth class: nothing changes
    assert w.document.current_class == 2 and checked_class_actions(w) == [2]
    w.canvas.set_current_class(0)
    assert checked_class_buttons(w) == [0] and checked_class_actions(w) == [0]


# --- 2. drawn points are training points unless asked otherwise ------------------------------
def paint(w, y: float) -> np.ndarray:
    """Paint a stroke at height ``y``; the split flags of the points it added."""
    doc = w.document
    n = len(doc.points)
    w.data_panel.select_tool("brush")
    drag(w.canvas, [tuple(q) for q in np.linspace((-5.0, y), (5.0, y), 60)])
    added = doc.points.is_train[n:]
    assert len(added) > 40
    return added


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_drawn_points_are_training_points_unless_asked_otherwise(qtbot, window):
    w = window
    assert w.document.dataset.train_ratio == 0.5  # the preset's split is half and half
    assert paint(w, 5.0).all()  # yet every drawn point is trained on

    target = w.data_panel.new_points
    assert target.isVisibleTo(w.data_panel) and target.currentData() == "train"
    choose(target, "test")
    assert w.document.dataset.new_points == "test"
    assert not paint(w, 4.0).any()
    choose(target, "split")
    split = paint(w, 3.0)
    assert split.any() and not split.all()
    choose(target, "train")
    assert paint(w, 2.0).all()


def test_where_drawn_points_go_is_saved_with_the_session(qtbot, window, tmp_path):
    w = window
    choose(w.data_panel.new_points, "test")
    assert w.document.modified
    path = tmp_path / "lesson.pgsession"
    assert w.files.save_session(str(path))
    assert w.files.new()
    assert w.data_panel.new_points.currentData() == "train"
    assert w.files.open_session(str(path))
    assert w.data_panel.new_points.currentData() == "test"
    assert not paint(w, 1.0).any()


def test_the_draw_box_explains_filled_and_hollow_points(window):
    texts = [label.text().lower() for label in window.data_panel.findChildren(QLabel)
             if label.isVisibleTo(window.data_panel)]
    assert any("filled" in t and "training" in t and "hollow" in t and "test" in t
               for t in texts)


# --- 7. labels that tell the truth ----------------------------------------------------------
def shown_texts(widget: QWidget) -> list[str]:
    """What the controls of ``widget`` show: labels, combo boxes (their placeholder when
    nothing is selected) and spin boxes."""
    texts = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel):
            texts.append(child.text())
        elif isinstance(child, QComboBox):
            texts.append(child.currentText() if child.currentIndex() >= 0
                         else child.placeholderText())
        elif isinstance(child, QAbstractSpinBox):
            texts.append(child.text())
    return texts


def test_after_a_csv_import_the_data_panel_names_the_file_and_its_points(window, tmp_path):
    w = window
    before = shown_texts(w.data_panel)
    assert "Spiral" in before and "300" in before
    path = tmp_path / "lesson.csv"
    write_csv(path, 37, 2)
    assert w.files.import_points(str(path))
    after = shown_texts(w.data_panel)
    assert "lesson.csv" in after and "Spiral" not in after
    assert "37" in after and "300" not in after

    w.commands["edit.undo"].trigger()  # the spiral again, and the labels say so
    again = shown_texts(w.data_panel)
    assert "Spiral" in again and "300" in again and "lesson.csv" not in again


def test_rename_dialog_numbers_classes_as_the_window_does(window, monkeypatch):
    w = window
    asked: list[tuple[str, str, str]] = []
    answer = ["", False]

    def get_text(_parent, title, label, text=""):
        asked.append((title, label, text))
        return tuple(answer)

    monkeypatch.setattr("playground.ui.panels.data_panel.QInputDialog.getText", get_text)
    w.data_panel.rename_class(0)
    (title, label, text), = asked
    assert "class 1" in label.lower() and text == "class 1"  # the button says 1
    assert "class 1" in w.class_actions[0].toolTip()

    answer[:] = ["class 1", True]  # accepting the offered name keeps the default
    w.data_panel.rename_class(0)
    assert w.document.class_names[0] == "class 1" and not w.document.modified
    answer[:] = ["cats", True]
    w.data_panel.rename_class(0)
    assert w.document.class_names[0] == "cats" and "cats" in w.class_actions[0].toolTip()


def test_every_line_of_the_network_panel_has_a_titled_place(window):
    panel = window.network_panel
    for label in panel.findChildren(QLabel):
        if not label.isVisibleTo(panel) or not label.text():
            continue
        parent = label.parentWidget()
        while parent is not panel and not (isinstance(parent, QGroupBox) and parent.title()):
            parent = parent.parentWidget()
        assert parent is not panel, f"{label.text()!r} stands outside any titled box"
