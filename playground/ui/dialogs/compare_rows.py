"""The configurations of a comparison, one editable table row each: name, hidden layers,
activation, optimizer, learning rate and the hidden layers' dropout, normalisation and skips.

Every row keeps the configuration it started from, so the settings the table does not show
(features, loss, batch size, seed, ...) stay as they were; ``configs()`` reads the rows back
as validated ``TrainConfig``s and names the row of any mistake.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from playground.engine.activations import ACTIVATIONS
from playground.engine.layers import NORMS
from playground.engine.optimizers import OPTIMIZERS
from playground.errors import ConfigError, PlaygroundError
from playground.training.config import TrainConfig
from playground.training.layer_options import per_layer
from playground.ui.i18n import translate, translate_noop

MIN_ROWS, MAX_ROWS = 2, 6
NAME, LAYERS, ACTIVATION, OPTIMIZER, RATE, DROPOUT, NORM, SKIP = range(8)
HEADERS = (translate_noop("ConfigRows", "Name"), translate_noop("ConfigRows", "Hidden layers"),
           translate_noop("ConfigRows", "Activation"), translate_noop("ConfigRows", "Optimizer"),
           translate_noop("ConfigRows", "Learning rate"), translate_noop("ConfigRows", "Dropout"),
           translate_noop("ConfigRows", "Norm"), translate_noop("ConfigRows", "Skip"))


def layers_text(config: TrainConfig) -> str:
    return ",".join(str(u) for u in config.hidden_layers)


def activation_text(config: TrainConfig) -> str:
    """One name when every hidden layer has it, else one per layer."""
    acts = config.activations
    return acts[0] if acts and len(set(acts)) == 1 else ",".join(acts)


def _one_or_each(values: tuple, off: object) -> str:
    """One value when every hidden layer has it (``off`` for none), else one per layer."""
    if not values:
        return str(off)
    return str(values[0]) if len(set(values)) == 1 else ",".join(map(str, values))


def dropout_text(config: TrainConfig) -> str:
    return _one_or_each(tuple(f"{p:g}" for p in config.dropout), 0)


def norm_text(config: TrainConfig) -> str:
    return _one_or_each(config.norm, "none")


def parse_layers(text: str) -> tuple[int, ...]:
    parts = [p.strip() for p in text.replace(" ", ",").split(",") if p.strip()]
    try:
        return tuple(int(p) for p in parts)
    except ValueError:
        raise ConfigError(translate("ConfigRows", "hidden layers are whole numbers separated "
                                                  "by commas, e.g. 8,8 (got {text})").format(
                                                      text=repr(text))) from None


def parse_rate(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ConfigError(translate("ConfigRows", "the learning rate is a number, e.g. 0.03 "
                                                  "(got {text})").format(text=repr(text))
                          ) from None


def row_config(base: TrainConfig, layers: str, activation: str, optimizer: str,
               rate: str, dropout: str | None = None, norm: str | None = None,
               skip: bool | None = None) -> TrainConfig:
    """``base`` with a row's edits; ``ConfigError`` when one is not valid. ``dropout`` and
    ``norm`` are one value for every hidden layer or one per layer (``training.layer_options``;
    None keeps the base's, fitted to the row's layers); ``skip`` on is a skip wherever the
    widths allow (the base's own when its layers are the row's), off none, None the base's."""
    hidden = parse_layers(layers)
    acts = tuple(a.strip() for a in activation.split(",") if a.strip())
    if len(acts) == 1:
        acts = acts * len(hidden)
    elif not hidden:
        acts = ()
    if len(acts) != len(hidden):
        raise ConfigError(translate("ConfigRows", "give one activation, or one per hidden "
                                                  "layer ({layers}; got {text})").format(
                                                      layers=len(hidden), text=repr(activation)))
    changes: dict = {"hidden_layers": hidden, "activations": acts, "optimizer": optimizer,
                     "learning_rate": parse_rate(rate)}
    labels = {"dropout": translate("ConfigRows", "dropout"),
              "norm": translate("ConfigRows", "norm"), "skip": translate("ConfigRows", "skip")}
    if dropout is not None and dropout.strip():
        changes["dropout"] = per_layer("dropout", dropout, hidden, labels["dropout"])
    if norm is not None and norm.strip():
        changes["norm"] = per_layer("norm", norm, hidden, labels["norm"])
    if skip is not None:
        keep = skip and hidden == base.hidden_layers and any(base.skip)
        changes["skip"] = base.skip if keep else per_layer("skip", skip, hidden,
                                                           labels["skip"])
    return base.replace(**changes)


class ConfigRows(QTableWidget):
    """Between ``MIN_ROWS`` and ``MAX_ROWS`` configurations. ``sigCountChanged(int)``."""

    sigCountChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([translate("ConfigRows", h) for h in HEADERS])
        self.setAccessibleName(translate("ConfigRows", "Configurations"))
        self.setAccessibleDescription(translate("ConfigRows", "A row per configuration to "
                                                              "compare; its cells can be edited"))
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._bases: list[TrainConfig] = []

    # --- filling ------------------------------------------------------------------------------
    def set_rows(self, rows: list[tuple[str, TrainConfig]]) -> None:
        self.setRowCount(0)
        self._bases.clear()
        for name, config in rows[:MAX_ROWS]:
            self.add_row(name, config)

    def add_row(self, name: str, config: TrainConfig) -> bool:
        """Append a row; False when there are ``MAX_ROWS`` already."""
        row = self.rowCount()
        if row >= MAX_ROWS:
            return False
        self.insertRow(row)
        self._bases.append(config)
        self.setItem(row, NAME, QTableWidgetItem(name))
        self.setItem(row, LAYERS, QTableWidgetItem(layers_text(config)))
        activation = QComboBox()
        activation.setEditable(True)  # "relu,tanh" gives one per layer
        activation.addItems(list(ACTIVATIONS))
        activation.setCurrentText(activation_text(config))
        activation.setToolTip(translate("ConfigRows", "One activation for every hidden layer, "
                                                      "or one per layer separated by commas"))
        activation.setAccessibleName(translate("ConfigRows", "Activation"))
        self.setCellWidget(row, ACTIVATION, activation)
        optimizer = QComboBox()
        for spec in OPTIMIZERS.values():
            optimizer.addItem(translate("Optimizers", spec.label), spec.name)
        optimizer.setCurrentIndex(max(0, optimizer.findData(config.optimizer)))
        optimizer.setAccessibleName(translate("ConfigRows", "Optimizer"))
        optimizer.setToolTip(translate("ConfigRows", "The optimizer this configuration trains "
                                                     "with"))
        self.setCellWidget(row, OPTIMIZER, optimizer)
        self.setItem(row, RATE, QTableWidgetItem(f"{config.learning_rate:g}"))
        dropout = QTableWidgetItem(dropout_text(config))
        dropout.setToolTip(translate("ConfigRows", "A dropout rate from 0 to 0.9 for every "
                                                   "hidden layer, or one per layer separated "
                                                   "by commas"))
        self.setItem(row, DROPOUT, dropout)
        norm = QComboBox()
        norm.setEditable(True)  # "none,batch" gives one per layer
        norm.addItems(list(NORMS))
        norm.setCurrentText(norm_text(config))
        norm.setToolTip(translate("ConfigRows", "The normalisation of every hidden layer "
                                                "(none, layer, batch), or one per layer "
                                                "separated by commas"))
        norm.setAccessibleName(translate("ConfigRows", "Normalisation"))
        self.setCellWidget(row, NORM, norm)
        skip = QTableWidgetItem()
        skip.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                      | Qt.ItemFlag.ItemIsSelectable)
        skip.setCheckState(Qt.CheckState.Checked if config.skip else Qt.CheckState.Unchecked)
        skip.setToolTip(translate("ConfigRows", "A skip around every hidden layer as wide as "
                                                "the one before it"))
        self.setItem(row, SKIP, skip)
        self.sigCountChanged.emit(self.rowCount())
        return True

    def remove_row(self, row: int) -> bool:
        """Remove row ``row``; False when it would leave fewer than ``MIN_ROWS``."""
        if self.rowCount() <= MIN_ROWS or not 0 <= row < self.rowCount():
            return False
        self.removeRow(row)
        del self._bases[row]
        self.sigCountChanged.emit(self.rowCount())
        return True

    # --- reading ------------------------------------------------------------------------------
    def name(self, row: int) -> str:
        item = self.item(row, NAME)
        return item.text().strip() if item is not None else ""

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def activation_box(self, row: int) -> QComboBox:
        box = self.cellWidget(row, ACTIVATION)
        assert isinstance(box, QComboBox)
        return box

    def norm_box(self, row: int) -> QComboBox:
        box = self.cellWidget(row, NORM)
        assert isinstance(box, QComboBox)
        return box

    def skips(self, row: int) -> bool:
        item = self.item(row, SKIP)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def optimizer_box(self, row: int) -> QComboBox:
        box = self.cellWidget(row, OPTIMIZER)
        assert isinstance(box, QComboBox)
        return box

    def configs(self) -> list[tuple[str, TrainConfig]]:
        """Every row as ``(name, config)``; ``ConfigError`` naming the first bad row."""
        out: list[tuple[str, TrainConfig]] = []
        names: set[str] = set()
        for row in range(self.rowCount()):
            name = self.name(row) or translate("ConfigRows", "configuration {row}").format(
                row=row + 1)
            try:
                if name in names:
                    raise ConfigError(translate("ConfigRows", "another row has this name"))
                config = row_config(self._bases[row], self._text(row, LAYERS),
                                    self.activation_box(row).currentText(),
                                    str(self.optimizer_box(row).currentData()),
                                    self._text(row, RATE), self._text(row, DROPOUT),
                                    self.norm_box(row).currentText(), self.skips(row))
            except PlaygroundError as exc:
                raise ConfigError(translate("ConfigRows", "row {row} ({name}): {error}").format(
                    row=row + 1, name=name, error=exc)) from None
            names.add(name)
            out.append((name, config))
        return out
