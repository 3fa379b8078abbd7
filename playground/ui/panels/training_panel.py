"""The training settings: loss, optimizer and its hyper-parameters, learning rate and schedule,
batches and regularisation. They all apply live: training goes on with the current weights.
(The stop rules sit in the training tool bar, next to Play: ``stop_rules``.)

The menus and the hyper-parameter rows come from the registries (losses, optimizers,
schedules and their declared ``Param`` entries): a registered optimizer or schedule shows up
here, with its parameters' labels, ranges and tooltips, without a change to this file.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground.data.points import PointSet
from playground.engine.losses import LOSSES, losses_for
from playground.engine.optimizers import LEARNING_RATE, OPTIMIZERS, SCHEDULES
from playground.engine.params import Param
from playground.errors import ConfigError
from playground.training.config import MAX_PENALTY, TrainConfig
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate
from playground.ui.layout import Fold
from playground.ui.widgets import (
    PRESET_DECIMALS,
    LogRateControl,
    PresetSpinBox,
    combo_data,
    error_label,
    fill_combo,
    param_editor,
    select_data,
    signals_blocked,
    spin_range,
    with_mnemonic,
)

PENALTY_PRESETS = (0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10)  # TF Playground's menu
# Mnemonics of this panel's fixed rows; the declared parameters' rows take other letters.
FIXED_MNEMONICS = frozenset("lodbfh12")


def declared_params(groups: Iterable[tuple[Param, ...]]) -> dict[str, Param]:
    """config field -> the first parameter declared for it in ``groups`` (the ``params`` of
    optimizer or schedule specs), in the config's field order; parameters the config does
    not store are left out."""
    order = {f.name: i for i, f in enumerate(dataclasses.fields(TrainConfig))}
    first: dict[str, Param] = {}
    for group in groups:
        for param in group:
            if param.field is not None:
                first.setdefault(param.field, param)
    return dict(sorted(first.items(), key=lambda item: order.get(item[0], len(order))))


def _tip(param: Param) -> str:
    """A parameter's tooltip: what it does and its range, in the window's language."""
    what = translate("TrainingPanel", param.tip or param.label)
    return translate("TrainingPanel", "{what} ({range})").format(what=what,
                                                                  range=describe(param))


def describe(param: Param) -> str:
    """``Param.describe`` in the window's language: ``at least 0 and below 1``."""
    if param.kind == "bool":
        return translate("TrainingPanel", "true or false")
    if param.kind == "int":
        return translate("TrainingPanel", "between {low} and {high}").format(
            low=int(param.low), high=int(param.high))
    low = f"{param.low:g}"
    high = f"{param.high:g}"
    if param.low != -math.inf and param.high != math.inf:
        if param.low_open:
            text = (translate("TrainingPanel", "above {low} and below {high}") if param.high_open
                    else translate("TrainingPanel", "above {low} and at most {high}"))
        else:
            text = (translate("TrainingPanel", "at least {low} and below {high}")
                    if param.high_open else
                    translate("TrainingPanel", "at least {low} and at most {high}"))
    elif param.low != -math.inf:
        text = (translate("TrainingPanel", "above {low}") if param.low_open else
                translate("TrainingPanel", "at least {low}"))
    elif param.high != math.inf:
        text = (translate("TrainingPanel", "below {high}") if param.high_open else
                translate("TrainingPanel", "at most {high}"))
    else:
        text = translate("TrainingPanel", "any number")
    return text.format(low=low, high=high)


class TrainingPanel(QWidget):
    """Edits the training part of ``document.config``; follows external config and point
    changes (the loss menu follows the task, the batch-size limit the training points)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self.error = error_label()
        self.fields: dict[str, QWidget] = {}  # config field -> its editor
        self._mnemonics = set(FIXED_MNEMONICS)

        # --- the common settings: objective, optimizer, learning rate, batch size --------------
        optim = QGroupBox(translate("TrainingPanel", "Training"))
        self._optim_form = form = QFormLayout(optim)
        self.loss = QComboBox()
        self._add(form, "loss", translate("TrainingPanel", "&Loss:"),
                  translate("TrainingPanel", "What training minimises: the error between "
                            "prediction and target"), self.loss)
        self.optimizer = QComboBox()
        fill_combo(self.optimizer, ((n, translate("Optimizers", s.label))
                                    for n, s in OPTIMIZERS.items()))
        self._add(form, "optimizer", translate("TrainingPanel", "&Optimizer:"),
                  translate("TrainingPanel", "The rule that turns gradients into weight "
                            "updates"), self.optimizer)
        self.learning_rate = LogRateControl(*spin_range(LEARNING_RATE, PRESET_DECIMALS))
        self._add_param(form, "learning_rate", LEARNING_RATE, self.learning_rate)
        _buddy(form, self.learning_rate, self.learning_rate.spin)
        # config field -> parameter, for every parameter some optimizer / schedule declares
        params = QGroupBox(translate("TrainingPanel", "Optimizer settings"))
        self._params_form = pform = QFormLayout(params)
        self.optimizer_rows = declared_params(s.params for s in OPTIMIZERS.values())
        for field, param in self.optimizer_rows.items():
            self._add_param(pform, field, param)

        # --- schedule -------------------------------------------------------------------------
        sched = QGroupBox(translate("TrainingPanel", "Learning-rate schedule"))
        self._sched_form = sform = QFormLayout(sched)
        self.schedule = QComboBox()
        fill_combo(self.schedule, ((n, translate("Schedules", s.label))
                                   for n, s in SCHEDULES.items()))
        self._add(sform, "schedule", translate("TrainingPanel", "Sche&dule:"),
                  translate("TrainingPanel", "How the learning rate changes over the epochs"),
                  self.schedule)
        self.schedule_rows = {
            field: param
            for field, param in declared_params(s.params for s in SCHEDULES.values()).items()
            if field not in self.fields  # a field an optimizer also reads has its row there
        }
        for field, param in self.schedule_rows.items():
            self._add_param(sform, field, param)

        # --- batches --------------------------------------------------------------------------
        bform = form  # the batch size is a common setting; shuffling is in the advanced part
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, 1)
        self.batch_size.setKeyboardTracking(False)
        self.batch_size.setToolTip(translate("TrainingPanel", "Training points per update: "
                                             "small batches give noisier, more frequent steps"))
        self.n_train = QLabel()
        self.full_batch = QCheckBox(translate("TrainingPanel", "&Full"))
        self.full_batch.setToolTip(translate("TrainingPanel",
                                             "Full batch: every training point in each update"))
        row = QHBoxLayout()
        row.addWidget(self.batch_size, 1)
        row.addWidget(self.n_train)
        row.addWidget(self.full_batch)
        bform.addRow(translate("TrainingPanel", "&Batch size:"), row)
        _buddy(bform, row, self.batch_size)
        self.batch_size.valueChanged.connect(lambda v: self._apply(batch_size=v))
        self.full_batch.toggled.connect(self._full_batch_toggled)
        batches = QGroupBox(translate("TrainingPanel", "Batches"))
        self._add(QFormLayout(batches), "shuffle", "",
                  translate("TrainingPanel", "Visit the training points in a new random order "
                            "every epoch"),
                  QCheckBox(translate("TrainingPanel", "S&huffle each epoch")))

        # --- regularisation -------------------------------------------------------------------
        reg = QGroupBox(translate("TrainingPanel", "Regularisation"))
        rform = QFormLayout(reg)
        self._add(rform, "l1", translate("TrainingPanel", "L&1 rate:"),
                  translate("TrainingPanel", "Adds λ·Σ|W| to the loss: pushes weights to "
                            "exactly 0"),
                  PresetSpinBox(PENALTY_PRESETS, 0.0, MAX_PENALTY))
        self._add(rform, "l2", translate("TrainingPanel", "L&2 rate:"),
                  translate("TrainingPanel", "Adds ½·λ·ΣW² to the loss: keeps weights small"),
                  PresetSpinBox(PENALTY_PRESETS, 0.0, MAX_PENALTY))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        optim.setToolTip(translate("TrainingPanel",
                                   "These settings apply live: training keeps its current weights"))
        layout.addWidget(optim)
        self.advanced = Fold(translate("TrainingPanel", "More training settings"))
        for w in (params, sched, batches, reg):
            self.advanced.addWidget(w)
        layout.addWidget(self.advanced)
        layout.addWidget(self.error)
        layout.addStretch(1)

        self._editors: list[QWidget] = [*self.fields.values(), self.batch_size, self.full_batch]
        document.sigConfigChanged.connect(self._config_changed)
        document.sigPointsChanged.connect(self._points_changed)
        self._points_changed(document.points)
        self.refresh()

    def _add_param(self, form: QFormLayout, field: str, param: Param,
                   editor: QWidget | None = None) -> None:
        """A row for a declared parameter: its editor, label, mnemonic and tooltip."""
        text = with_mnemonic(translate("TrainingPanel", param.label), self._mnemonics)
        if editor is None:
            editor = param_editor(param, text)
        label = ("" if isinstance(editor, QCheckBox) else
                 translate("TrainingPanel", "{label}:").format(label=text))
        self._add(form, field, label, _tip(param), editor)

    def _add(self, form: QFormLayout, field: str, label: str, tip: str, editor: QWidget) -> None:
        """Put ``editor`` in ``form`` and wire it to ``config.<field>``."""
        editor.setToolTip(tip)
        form.addRow(label, editor)
        self.fields[field] = editor
        if isinstance(editor, PresetSpinBox):  # explain a clamped typed value
            name = label.replace("&", "").rstrip(":")
            editor.sigNotice.connect(lambda text: self._show_error(translate(
                "TrainingPanel", "{setting}: {notice}").format(setting=name, notice=text)))
        if isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(
                lambda _i: self._apply(**{field: editor.currentData()}))
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(lambda v: self._apply(**{field: v}))
        else:  # spin boxes and the rate control
            editor.valueChanged.connect(  # type: ignore[attr-defined]
                lambda v: self._apply(**{field: v}))

    # --- model -> view ------------------------------------------------------------------------
    def _config_changed(self, config: TrainConfig, reset: bool) -> None:
        self.refresh()

    def _points_changed(self, points: PointSet, version: int = 0) -> None:
        n = points.n_train
        with signals_blocked([self.batch_size]):
            self.batch_size.setMaximum(max(1, n))
            if self._doc.config.batch_size is not None:
                self.batch_size.setValue(self._doc.config.batch_size)
        self.n_train.setText(translate("TrainingPanel", "of {n}").format(n=n))
        self.n_train.setToolTip(translate("TrainingPanel", "%n training point(s)", n=n))

    def refresh(self) -> None:
        """Show ``document.config`` without emitting any edit."""
        c = self._doc.config
        with signals_blocked(self._editors):
            losses = losses_for(c.task, c.head)
            if combo_data(self.loss) != list(losses):
                fill_combo(self.loss, ((n, translate("Losses", LOSSES[n].label))
                                       for n in losses))
            for field, editor in self.fields.items():
                _show(editor, getattr(c, field))
            self.full_batch.setChecked(c.batch_size is None)
            if c.batch_size is not None:
                self.batch_size.setValue(c.batch_size)
        self.batch_size.setEnabled(c.batch_size is not None)
        takes = {p.field for p in OPTIMIZERS[c.optimizer].params}
        for name in self.optimizer_rows:
            self._params_form.setRowVisible(self.fields[name], name in takes)
        uses = {p.field for p in SCHEDULES[c.schedule].params}
        for name in self.schedule_rows:
            self._sched_form.setRowVisible(self.fields[name], name in uses)

    # --- view -> model ------------------------------------------------------------------------
    def _apply(self, **changes: object) -> None:
        """Replace config fields; show a ConfigError inline and restore the widgets."""
        old = self._doc.config
        try:
            new = old.replace(**changes)
        except ConfigError as exc:
            self._show_error(str(exc))
            self.refresh()
            return
        self._show_error("")
        if new != old:
            self._doc.set_config(new)

    def _full_batch_toggled(self, full: bool) -> None:
        self._apply(batch_size=None if full else self.batch_size.value())

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:  # the panel may scroll (``layout.PanelArea``): bring the whole message in
            QTimer.singleShot(0, self._reveal_error)

    def _reveal_error(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None and self.error.isVisible():
            parent.ensureWidgetVisible(self.error, 0, 0)


def _buddy(form: QFormLayout, row: QWidget | QHBoxLayout, editor: QWidget) -> None:
    """Make the row's label give the keyboard focus to ``editor``."""
    label = form.labelForField(row)
    if isinstance(label, QLabel):
        label.setBuddy(editor)


def _show(editor: QWidget, value: object) -> None:
    """Put a config value into its editor (signals are blocked by the caller)."""
    if isinstance(editor, QComboBox):
        select_data(editor, value)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(value, (int, float)):
        editor.setValue(value)  # type: ignore[attr-defined]
