"""Formula controls of the settings panels: a line edit that checks a formula as it is typed,
the data panel's formula source, and the network panel's formula input features.

Every check is ``data.formula``'s parser (through ``data.features`` for a feature), so the
window says exactly what the command line and the files say about a formula.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.data.datasets import FORMULA_TASKS, formula_task
from playground.data.features import feature
from playground.data.formula import parse_formula
from playground.engine.losses import TASKS
from playground.errors import ConfigError
from playground.session.dataset import DatasetSettings
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate, translate_noop
from playground.ui.widgets import caption, error_label

FORMULA_TIP = translate_noop(
    "FormulaEdit", "A formula in x1 and x2: numbers, + − * / ** %, comparisons, and/or/not, abs, "
    "sin, cos, tan, exp, log, sqrt, tanh, min, max, where(c, a, b), pi, e")
CHIP_COLUMNS = 2
# Qt's own limit would cut a long paste short without a word (32767 characters by default):
# a formula of any length is taken whole, and the parser refuses one that is too long.
LINE_LIMIT = 2**31 - 1


class FormulaEdit(QWidget):
    """A line edit for a formula with a red line under it naming what is wrong, updated as
    the user types. ``check(text)`` raises ``ConfigError`` for a bad formula (default: the
    parser). The text is never cut short: an over-long formula is refused with the limit
    named. ``show_error`` shows a refusal from elsewhere (Generate) under the text, which
    stays as typed until the user edits it. sigChanged(): the text changed; sigSubmitted():
    Enter on a valid formula."""

    sigChanged = Signal()
    sigSubmitted = Signal()

    def __init__(self, placeholder: str, check: Callable[[str], object] = parse_formula,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.setMaxLength(LINE_LIMIT)
        self.line.setToolTip(translate("FormulaEdit", FORMULA_TIP))
        self.error = error_label()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.line)
        box.addWidget(self.error)
        self._valid = False
        self.line.textChanged.connect(self._validate)
        self.line.returnPressed.connect(self._submit)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        if text != self.line.text():
            self.line.setText(text)
        self._validate()

    def is_valid(self) -> bool:
        return self._valid

    def message(self) -> str:
        """What is wrong with the formula ("" when nothing is, or nothing is typed)."""
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def show_error(self, message: str) -> None:
        """Show why the formula, valid as written, was refused (until the text changes)."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def revalidate(self) -> None:
        """Check the text again (a choice it depends on changed); clears a refusal."""
        self._validate()

    def _validate(self) -> None:
        text = self.line.text()
        message = ""
        try:
            if text.strip():
                self.check(text)
        except ConfigError as exc:
            message = str(exc)
        self._valid = bool(text.strip()) and not message
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.sigChanged.emit()

    def _submit(self) -> None:
        if self._valid:
            self.sigSubmitted.emit()


def generate_from_formula(doc: Document, settings: DatasetSettings) -> None:
    """Replace the points by those of ``settings.formula`` (one undo step, with the
    settings, like a preset's)."""
    settings = settings.copy(source_file="")
    doc.replace_points(settings.generate(), translate("FormulaSource", "Generate {formula}").format(
        formula=settings.formula), dataset=settings)


class FormulaSource(QWidget):
    """The data panel's formula source: the formula, the task it gives (by default the
    formula's own: classification for a condition) and Generate.

    sigGenerate(): Generate was pressed (or Enter typed) on a valid formula.
    """

    sigGenerate = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = FormulaEdit(translate("FormulaSource", "e.g. {formula}").format(
            formula="x2 > sin(x1)"))  # untranslated: a formula
        self.edit.line.setAccessibleName(translate("FormulaSource", "Data formula"))
        self.task = QComboBox()
        self.task.addItem(translate("FormulaSource", "Task from the formula"), "")
        for name in FORMULA_TASKS:
            self.task.addItem(translate("Tasks", TASKS[name].label), name)
        self.task.setToolTip(translate(
            "FormulaSource", "Classification: a condition gives the second class (key 2) where "
            "it is true and the first (key 1) elsewhere; a whole-number value v gives the class "
            "of key v + 1. Regression: the value is the target."))
        self.task.setAccessibleName(translate("FormulaSource", "Task of the formula"))
        self.generate = QPushButton(translate("FormulaSource", "&Generate"))
        self.generate.setToolTip(translate("FormulaSource", "Replace the points by points valued "
                                           "by the formula (undoable); Points, Noise and Seed "
                                           "apply"))
        self.hint = caption("")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.task, 1)
        row.addWidget(self.generate)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.edit)
        box.addLayout(row)
        box.addWidget(self.hint)
        self.edit.sigChanged.connect(self._changed)
        self.edit.sigSubmitted.connect(self.sigGenerate)
        self.task.activated.connect(lambda _i: self.edit.revalidate())
        self.generate.clicked.connect(self.sigGenerate)
        self._changed()

    def formula(self) -> str:
        return self.edit.text()

    def chosen_task(self) -> str:
        """The task chosen: "" for the formula's own."""
        return str(self.task.currentData() or "")

    def settings(self, base: DatasetSettings, **changes: Any) -> DatasetSettings:
        """``base`` with this formula and task (classes counted from the values)."""
        return base.copy(formula=self.formula(), formula_task=self.chosen_task(),
                         n_classes=None, **changes)

    def show_settings(self, formula: str, task: str) -> None:
        """Show a formula and task (the document's: it has changed) without emitting
        anything; the text being typed is replaced."""
        self.task.setCurrentIndex(max(0, self.task.findData(task)))
        self.edit.setText(formula)

    def show_refusal(self, message: str) -> None:
        """Generate was refused: the formula stays as typed, with why under it."""
        self.edit.show_error(message)

    def _changed(self) -> None:
        valid = self.edit.is_valid()
        self.generate.setEnabled(valid)
        task = self.chosen_task() or (formula_task(self.formula()) if valid else "")
        if task == "classification":
            hint = translate("FormulaSource", "Each point's class is the formula's value there "
                             "(a condition: 1 where true, else 0).")
        elif task == "regression":
            hint = translate("FormulaSource", "Each point's target is the formula's value there.")
        else:
            hint = translate("FormulaSource",
                             "Write a condition for two classes, or any value to regress.")
        self.hint.setText(hint)


class FormulaFeatures(QWidget):
    """The network's formula input features: one ticked toggle each (unticking removes it)
    and "+ feature", which opens an editor that checks the formula as it is typed.

    sigAdd(str): add this feature (the text as typed); sigRemove(str): remove this one.
    """

    sigAdd = Signal(str)
    sigRemove = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: dict[str, QToolButton] = {}
        self._one_d = False
        self._chip_grid = QGridLayout()
        self._chip_grid.setSpacing(3)
        self.add = QToolButton()
        self.add.setText(translate("FormulaFeatures", "+ feature"))
        self.add.setToolTip(translate("FormulaFeatures", "Add an input computed by a formula of "
                                      "the normalised x1, x2, e.g. x1*x2 or min(x1, x2)"))
        self.add.setAccessibleName(translate("FormulaFeatures", "Add a formula input feature"))
        self.editor = FormulaEdit(translate("FormulaSource", "e.g. {formula}").format(
            formula="x1*x2"), check=self._check)
        self.editor.line.setAccessibleName(translate("FormulaFeatures",
                                                     "Formula of the new input feature"))
        self.ok = QPushButton(translate("FormulaFeatures", "Add"))
        self.ok.setToolTip(translate("FormulaFeatures", "Feed the formula to the network as an "
                                     "input"))
        self.cancel = QPushButton(translate("FormulaFeatures", "Cancel"))
        self.cancel.setToolTip(translate("FormulaFeatures", "Close the editor without adding "
                                         "the feature"))
        self._editor_row = QWidget()
        er = QHBoxLayout(self._editor_row)
        er.setContentsMargins(0, 0, 0, 0)
        er.addWidget(self.editor, 1)
        er.addWidget(self.ok)
        er.addWidget(self.cancel)
        self._editor_row.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        box.addLayout(self._chip_grid)
        box.addWidget(self.add)
        box.addWidget(self._editor_row)
        self.add.clicked.connect(self.open_editor)
        self.cancel.clicked.connect(self.close_editor)
        self.ok.clicked.connect(self._submit)
        self.editor.sigSubmitted.connect(self._submit)
        self.editor.sigChanged.connect(lambda: self.ok.setEnabled(self.editor.is_valid()))
        self.ok.setEnabled(False)

    def _check(self, text: str) -> None:
        f = feature(text)
        if self._one_d and not f.x1_only:
            raise ConfigError(translate("FormulaFeatures", "a 1-D set has x alone: the feature "
                                        "{name} may not use x2").format(name=repr(f.name)))

    def open_editor(self) -> None:
        self._editor_row.show()
        self.add.hide()
        self.editor.line.setFocus()

    def close_editor(self) -> None:
        self.editor.setText("")
        self._editor_row.hide()
        self.add.show()

    def _submit(self) -> None:
        if self.editor.is_valid():
            text = self.editor.text()
            self.close_editor()
            self.sigAdd.emit(text)

    def show_features(self, formulas: tuple[str, ...], one_d: bool) -> None:
        """Show these formula features (all in use), without emitting anything."""
        self._one_d = one_d
        if tuple(self.chips) != formulas:
            for chip in self.chips.values():
                self._chip_grid.removeWidget(chip)
                chip.deleteLater()
            self.chips = {}
            for i, text in enumerate(formulas):
                chip = QToolButton()
                chip.setText(text)
                chip.setCheckable(True)
                chip.setChecked(True)
                chip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                chip.setToolTip(translate("FormulaFeatures", "Input {feature} (a formula of "
                                          "normalised x₁, x₂); untick to remove it")
                                .format(feature=text))
                chip.setAccessibleName(translate("FormulaFeatures", "Input feature {feature}")
                                       .format(feature=text))
                chip.toggled.connect(lambda checked, t=text: self._toggled(t, checked))
                self._chip_grid.addWidget(chip, i // CHIP_COLUMNS, i % CHIP_COLUMNS)
                self.chips[text] = chip
        for chip in self.chips.values():
            chip.blockSignals(True)
            chip.setChecked(True)
            chip.blockSignals(False)

    def _toggled(self, text: str, checked: bool) -> None:
        if not checked:
            self.sigRemove.emit(text)
