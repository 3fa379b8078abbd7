"""The training settings: loss, optimizer and its hyper-parameters, learning rate and schedule,
batches and regularisation. They all apply live: training goes on with the current weights.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground.data.points import PointSet
from playground.engine.losses import LOSSES, losses_for
from playground.engine.optimizers import OPTIMIZERS, SCHEDULES
from playground.errors import ConfigError
from playground.training.config import MAX_PENALTY, TrainConfig
from playground.ui.controllers.document import Document
from playground.ui.widgets import (
    CompactSpinBox,
    LogRateControl,
    PresetSpinBox,
    caption,
    combo_data,
    error_label,
    fill_combo,
    select_data,
    signals_blocked,
)

LR_MIN, LR_MAX = 1e-5, 10.0  # TrainConfig allows down to 1e-6; the UI offers 1e-5..10
MAX_EPOCHS_PARAM = 1_000_000
PENALTY_PRESETS = (0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10)  # TF Playground's menu
EPS_PRESETS = (1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 1e-2, 1.0)
DECAY_PRESETS = (0, 1e-5, 1e-4, 1e-3, 0.01, 0.1, 1.0)

# Which config fields each schedule reads (optimizers.py keeps schedules as plain functions).
SCHEDULE_FIELDS: dict[str, tuple[str, ...]] = {
    "constant": (),
    "step": ("lr_step_size", "lr_gamma"),
    "exponential": ("lr_gamma",),
    "cosine": ("lr_t_max",),
}


def _float_spin(low: float, high: float, decimals: int, step: float) -> QDoubleSpinBox:
    spin = CompactSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setKeyboardTracking(False)
    return spin


def _int_spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin


def _check(text: str) -> QCheckBox:
    return QCheckBox(text)


# config field -> (form label, one-line tooltip, editor factory); bounds follow TrainConfig
OPTIMIZER_FIELDS: dict[str, tuple[str, str, Callable[[], QWidget]]] = {
    "momentum": ("&Momentum μ:", "Fraction of the previous update kept (PyTorch: v = μ·v + g)",
                 partial(_float_spin, 0.0, 1.0, 3, 0.05)),
    "nesterov": ("", "Nesterov momentum: step with g + μ·v, looking one step ahead",
                 partial(_check, "&Nesterov")),
    "alpha": ("Decay α:", "RMSprop: how slowly the average of g² forgets (s = α·s + (1−α)·g²)",
              partial(_float_spin, 0.0, 0.9999, 4, 0.01)),
    "beta1": ("β₁:", "Adam: decay of the running mean of gradients (its momentum)",
              partial(_float_spin, 0.0, 0.9999, 4, 0.01)),
    "beta2": ("β₂:", "Adam: decay of the running mean of squared gradients (step scaling)",
              partial(_float_spin, 0.0, 0.99999, 5, 0.001)),
    "eps": ("ε:", "Added to the denominator so tiny gradient averages cannot blow up a step",
            partial(PresetSpinBox, EPS_PRESETS, 1e-12, 1.0)),
    "weight_decay": ("&Weight decay:", "Pulls weights toward 0 at every step (AdamW: decoupled)",
                     partial(PresetSpinBox, DECAY_PRESETS, 0.0, 1.0)),
}
SCHEDULE_PARAM_FIELDS: dict[str, tuple[str, str, Callable[[], QWidget]]] = {
    "lr_step_size": ("Step si&ze:", "Step schedule: multiply the learning rate by γ this often",
                     partial(_int_spin, 1, MAX_EPOCHS_PARAM, " epochs")),
    "lr_gamma": ("&Gamma γ:", "Factor applied to the learning rate (per step, or per epoch)",
                 partial(_float_spin, 1e-4, 1.0, 4, 0.01)),
    "lr_t_max": ("Leng&th:", "Cosine: epochs to anneal the learning rate down to 0",
                 partial(_int_spin, 1, MAX_EPOCHS_PARAM, " epochs")),
}


class TrainingPanel(QWidget):
    """Edits the training part of ``document.config``; follows external config and point
    changes (the loss menu follows the task, the batch-size limit the training points)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self.error = error_label()
        self.fields: dict[str, QWidget] = {}  # config field -> its editor

        # --- objective and optimizer ----------------------------------------------------------
        optim = QGroupBox("Optimizer")
        self._optim_form = form = QFormLayout(optim)
        self.loss = QComboBox()
        self._add(form, "loss", "&Loss:", "What training minimises: the error between "
                  "prediction and target", self.loss)
        self.optimizer = QComboBox()
        fill_combo(self.optimizer, ((n, s.label) for n, s in OPTIMIZERS.items()))
        self._add(form, "optimizer", "&Optimizer:", "The rule that turns gradients into "
                  "weight updates", self.optimizer)
        self.learning_rate = LogRateControl(LR_MIN, LR_MAX)
        self._add(form, "learning_rate", "Learning &rate:", "Size of each update: too small "
                  "is slow, too large diverges", self.learning_rate)
        form.labelForField(self.learning_rate).setBuddy(self.learning_rate.spin)
        for field, (label, tip, make) in OPTIMIZER_FIELDS.items():
            self._add(form, field, label, tip, make())

        # --- schedule -------------------------------------------------------------------------
        sched = QGroupBox("Learning-rate schedule")
        self._sched_form = sform = QFormLayout(sched)
        self.schedule = QComboBox()
        fill_combo(self.schedule, ((n, n.capitalize()) for n in SCHEDULES))
        self._add(sform, "schedule", "Sche&dule:", "How the learning rate changes over the "
                  "epochs", self.schedule)
        for field, (label, tip, make) in SCHEDULE_PARAM_FIELDS.items():
            self._add(sform, field, label, tip, make())

        # --- batches --------------------------------------------------------------------------
        batches = QGroupBox("Batches")
        bform = QFormLayout(batches)
        self.batch_size = _int_spin(1, 1)
        self.batch_size.setToolTip("Training points per update: small batches give noisier, "
                                   "more frequent steps")
        self.n_train = QLabel()
        self.full_batch = QCheckBox("&Full")
        self.full_batch.setToolTip("Full batch: every training point in each update")
        row = QHBoxLayout()
        row.addWidget(self.batch_size, 1)
        row.addWidget(self.n_train)
        row.addWidget(self.full_batch)
        bform.addRow("&Batch size:", row)
        bform.labelForField(row).setBuddy(self.batch_size)
        self.batch_size.valueChanged.connect(lambda v: self._apply(batch_size=v))
        self.full_batch.toggled.connect(self._full_batch_toggled)
        self._add(bform, "shuffle", "", "Visit the training points in a new random order every "
                  "epoch", _check("S&huffle each epoch"))

        # --- regularisation -------------------------------------------------------------------
        reg = QGroupBox("Regularisation")
        rform = QFormLayout(reg)
        self._add(rform, "l1", "L&1 rate:", "Adds λ·Σ|W| to the loss: pushes weights to exactly 0",
                  PresetSpinBox(PENALTY_PRESETS, 0.0, MAX_PENALTY))
        self._add(rform, "l2", "L&2 rate:", "Adds ½·λ·ΣW² to the loss: keeps weights small",
                  PresetSpinBox(PENALTY_PRESETS, 0.0, MAX_PENALTY))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption("Applies live: training keeps its current weights."))
        for w in (optim, sched, batches, reg, self.error):
            layout.addWidget(w)
        layout.addStretch(1)

        self._editors: list[QWidget] = [*self.fields.values(), self.batch_size, self.full_batch]
        document.sigConfigChanged.connect(self._config_changed)
        document.sigPointsChanged.connect(self._points_changed)
        self._points_changed(document.points)
        self.refresh()

    def _add(self, form: QFormLayout, field: str, label: str, tip: str, editor: QWidget) -> None:
        """Put ``editor`` in ``form`` and wire it to ``config.<field>``."""
        editor.setToolTip(tip)
        form.addRow(label, editor)
        self.fields[field] = editor
        if isinstance(editor, PresetSpinBox):  # explain a clamped typed value
            name = label.replace("&", "").rstrip(":")
            editor.sigNotice.connect(lambda text: self._show_error(f"{name}: {text}"))
        if isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(
                lambda _i: self._apply(**{field: editor.currentData()}))
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(lambda v: self._apply(**{field: v}))
        else:  # spin boxes and the rate control
            editor.valueChanged.connect(lambda v: self._apply(**{field: v}))

    # --- model -> view ------------------------------------------------------------------------
    def _config_changed(self, config: TrainConfig, reset: bool) -> None:
        self.refresh()

    def _points_changed(self, points: PointSet, version: int = 0) -> None:
        n = points.n_train
        with signals_blocked([self.batch_size]):
            self.batch_size.setMaximum(max(1, n))
            if self._doc.config.batch_size is not None:
                self.batch_size.setValue(self._doc.config.batch_size)
        self.n_train.setText(f"of {n}")
        self.n_train.setToolTip(f"{n} training points")

    def refresh(self) -> None:
        """Show ``document.config`` without emitting any edit."""
        c = self._doc.config
        with signals_blocked(self._editors):
            losses = losses_for(c.task)
            if combo_data(self.loss) != list(losses):
                fill_combo(self.loss, ((n, LOSSES[n].label) for n in losses))
            for field, editor in self.fields.items():
                _show(editor, getattr(c, field))
            self.full_batch.setChecked(c.batch_size is None)
            if c.batch_size is not None:
                self.batch_size.setValue(c.batch_size)
        self.batch_size.setEnabled(c.batch_size is not None)
        takes = OPTIMIZERS[c.optimizer].cls.defaults
        for field in OPTIMIZER_FIELDS:
            self._optim_form.setRowVisible(self.fields[field], field in takes)
        uses = SCHEDULE_FIELDS.get(c.schedule, tuple(SCHEDULE_PARAM_FIELDS))
        for field in SCHEDULE_PARAM_FIELDS:
            self._sched_form.setRowVisible(self.fields[field], field in uses)

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


def _show(editor: QWidget, value: object) -> None:
    """Put a config value into its editor (signals are blocked by the caller)."""
    if isinstance(editor, QComboBox):
        select_data(editor, value)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(value, (int, float)):
        editor.setValue(value)  # type: ignore[attr-defined]
