"""The stop rules: a maximum epoch, a target training loss and patience, each off unless its
box is ticked (``TrainConfig.max_epochs``, ``stop_loss``, ``patience``; ``training.stopping``
applies them while playing).

They live one click from Play: ``StopRulesButton`` sits in the training tool bar, names the
rules in force, and drops down ``StopRulesGroup``, the editors. Each rule is a check box and
an editor whose range is the config's own, so an invalid value cannot be entered; the editor
keeps its value while the rule is off, so ticking the box again brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QMenu,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from playground.errors import ConfigError
from playground.training.config import MAX_STOP_EPOCHS, TrainConfig
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate, translate_noop
from playground.ui.status import format_count
from playground.ui.widgets import (
    MAX_SPIN_FLOAT,
    PresetSpinBox,
    error_label,
    signals_blocked,
    with_mnemonic,
)

STOP_LOSS_PRESETS = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
# what an editor shows before its rule was ever on
DEFAULTS = {"max_epochs": 1000, "stop_loss": 0.01, "patience": 100}

TIPS = {
    "max_epochs": translate_noop(
        "StopRulesGroup", "Play pauses when training reaches this epoch; pressing Play again "
        "does not go past it until you raise the number or untick the rule (Step still "
        "trains)."),
    "stop_loss": translate_noop(
        "StopRulesGroup", "Play pauses as soon as the training loss (the data loss, without "
        "the L1/L2 penalty) is at or below this value."),
    "patience": translate_noop(
        "StopRulesGroup", "Play pauses when the test loss (the training loss when there is no "
        "test split) has not improved on its best for this many epochs in a row. Pressing "
        "Play counts afresh."),
}


class StopRulesGroup(QGroupBox):
    """Edits the stop rules of ``document.config``: a refused value is explained on the
    group's ``error`` line and the editors show the config again; ``show_config(config)``
    shows a config without emitting anything (the group follows the document's changes)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(translate("StopRulesGroup", "Stop rules"), parent)
        self._doc = document
        self.setToolTip(translate("StopRulesGroup",
                                  "Rules that pause Play on their own; each is off unless ticked"))
        max_epochs = QSpinBox()
        max_epochs.setRange(1, MAX_STOP_EPOCHS)
        max_epochs.setSuffix(translate("StopRulesGroup", " epochs"))
        max_epochs.setKeyboardTracking(False)
        stop_loss = PresetSpinBox(STOP_LOSS_PRESETS, 0.0, MAX_SPIN_FLOAT)
        stop_loss.sigNotice.connect(lambda text: self._show_error(
            translate("StopRulesGroup", "Target loss: {notice}").format(notice=text)))
        patience = QSpinBox()
        patience.setRange(1, MAX_STOP_EPOCHS)
        patience.setSuffix(translate("StopRulesGroup", " epochs"))
        patience.setKeyboardTracking(False)
        self.editors: dict[str, QSpinBox | PresetSpinBox] = {
            "max_epochs": max_epochs, "stop_loss": stop_loss, "patience": patience}
        labels = {"max_epochs": translate("StopRulesGroup", "Max epochs"),
                  "stop_loss": translate("StopRulesGroup", "Target loss"),
                  "patience": translate("StopRulesGroup", "Patience")}
        self.checks: dict[str, QCheckBox] = {}
        self.error = error_label()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        layout.addWidget(self.error)
        taken: set[str] = set()
        for field, editor in self.editors.items():
            check = QCheckBox(with_mnemonic(labels[field], taken))
            check.setToolTip(translate("StopRulesGroup", TIPS[field]))
            editor.setToolTip(translate("StopRulesGroup", TIPS[field]))
            editor.setAccessibleName(labels[field])
            if isinstance(editor, QSpinBox):
                editor.setValue(int(DEFAULTS[field]))
            else:
                editor.setValue(float(DEFAULTS[field]))
            editor.setEnabled(False)
            form.addRow(check, editor)
            self.checks[field] = check
            check.toggled.connect(lambda on, f=field: self._toggled(f, on))
            editor.valueChanged.connect(lambda value, f=field: self._edited(f, value))
        self.widgets: list[QWidget] = [*self.checks.values(), *self.editors.values()]
        document.sigConfigChanged.connect(lambda config, _reset: self.show_config(config))
        self.show_config(document.config)

    def show_config(self, config: TrainConfig) -> None:
        """Show ``config``'s rules (signals blocked: nothing is written back)."""
        with signals_blocked(self.widgets):
            for field, editor in self.editors.items():
                value = getattr(config, field)
                self.checks[field].setChecked(value is not None)
                editor.setEnabled(value is not None)
                if value is not None:
                    editor.setValue(value)

    def value(self, field: str) -> int | float:
        editor = self.editors[field]
        return editor.value() if field == "stop_loss" else int(editor.value())

    def _toggled(self, field: str, on: bool) -> None:
        self.editors[field].setEnabled(on)
        self._apply(**{field: self.value(field) if on else None})

    def _edited(self, field: str, _value: float) -> None:
        if self.checks[field].isChecked():
            self._apply(**{field: self.value(field)})

    def _apply(self, **changes: object) -> None:
        """Write rules into the config; a refused value is explained and the config shown."""
        try:
            new = self._doc.config.replace(**changes)
        except ConfigError as exc:
            self._show_error(str(exc))
            self.show_config(self._doc.config)
            return
        self._show_error("")
        self._doc.set_config(new)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def summary(config: TrainConfig) -> str:
    """The button's text: which rules are in force (``Stop rules: off``, ``Stop rules:
    1,000 epochs``, ``Stop rules: 2 on``)."""
    on = [f for f in DEFAULTS if getattr(config, f) is not None]
    if not on:
        return translate("StopRulesButton", "Stop rules: off")
    if len(on) > 1:
        return translate("StopRulesButton", "Stop rules: {n} on").format(n=len(on))
    if on[0] == "max_epochs":
        return translate("StopRulesButton", "Stop rules: {epochs} epochs").format(
            epochs=format_count(config.max_epochs or 0))
    if on[0] == "stop_loss":
        return translate("StopRulesButton", "Stop rules: loss ≤ {loss}").format(
            loss=f"{config.stop_loss:g}")
    return translate("StopRulesButton", "Stop rules: patience {epochs}").format(
        epochs=format_count(config.patience or 0))


class StopRulesButton(QToolButton):
    """The training tool bar's button: names the rules in force and drops down the editors
    (``rules``) at a click."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = StopRulesGroup(document)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.rules)
        menu.addAction(action)
        self.setMenu(menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setToolTip(translate("StopRulesButton", "Stop rules: pause Play at an epoch, at a "
                                  "target loss, or when the loss stops improving"))
        document.sigConfigChanged.connect(lambda config, _reset: self._show(config))
        self._show(document.config)

    def _show(self, config: TrainConfig) -> None:
        self.setText(summary(config))

