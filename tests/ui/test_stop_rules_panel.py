"""The stop rules (the training tool bar's drop-down): each rule writes the config, follows a
config change without feeding back, refuses invalid values; the status line names the rule
that paused play."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from playground.data.datasets import make_dataset
from playground.session.view_inputs import RunStatus
from playground.training.config import MAX_STOP_EPOCHS, TrainConfig
from playground.training.loop import TrainingLoop
from playground.training.protocol import Play
from playground.ui.panels.stop_rules import DEFAULTS, StopRulesGroup, summary
from playground.ui.status import STOP_NOTES, format_metrics_tooltip, format_status, stop_note


@pytest.fixture
def rules(qtbot, doc):
    w = StopRulesGroup(doc)
    qtbot.addWidget(w)
    w.show()
    return w


def type_into(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_rules_are_off_until_ticked_and_write_the_config(rules, doc):
    assert (doc.config.max_epochs, doc.config.stop_loss, doc.config.patience) == (None,) * 3
    assert not any(c.isChecked() for c in rules.checks.values())
    assert not any(e.isEnabled() for e in rules.editors.values())
    rules.editors["max_epochs"].setValue(50)  # off: nothing is written
    assert doc.config.max_epochs is None
    rules.checks["max_epochs"].setChecked(True)
    assert doc.config.max_epochs == 50 and rules.editors["max_epochs"].isEnabled()
    rules.editors["max_epochs"].setValue(70)
    assert doc.config.max_epochs == 70
    rules.checks["stop_loss"].setChecked(True)
    assert doc.config.stop_loss == DEFAULTS["stop_loss"]
    rules.editors["stop_loss"].stepBy(1)
    assert doc.config.stop_loss == 0.03
    rules.checks["patience"].setChecked(True)
    rules.editors["patience"].setValue(25)
    assert (doc.config.max_epochs, doc.config.stop_loss, doc.config.patience) == (70, 0.03, 25)
    rules.checks["max_epochs"].setChecked(False)
    assert doc.config.max_epochs is None and not rules.editors["max_epochs"].isEnabled()
    rules.checks["max_epochs"].setChecked(True)  # the value it had comes back
    assert doc.config.max_epochs == 70


def test_invalid_values_cannot_be_entered(qtbot, rules, doc):
    for check in rules.checks.values():
        check.setChecked(True)
    epochs, loss, patience = (rules.editors[f] for f in ("max_epochs", "stop_loss", "patience"))
    assert (epochs.minimum(), epochs.maximum()) == (1, MAX_STOP_EPOCHS)
    assert (patience.minimum(), patience.maximum()) == (1, MAX_STOP_EPOCHS)
    epochs.setValue(0)
    patience.setValue(-3)
    assert doc.config.max_epochs == 1 and doc.config.patience == 1
    type_into(qtbot, loss, "0.25")
    assert doc.config.stop_loss == 0.25
    type_into(qtbot, loss, "abc")  # refused keystroke by keystroke
    assert doc.config.stop_loss == 0.25
    type_into(qtbot, loss, "-1")  # clamped to 0, and the user is told why
    assert doc.config.stop_loss == 0.0
    assert rules.error.isVisibleTo(rules) and "Target loss" in rules.error.text()
    TrainConfig.from_dict(doc.config.to_dict())  # the config is valid all along


def test_controls_follow_a_config_change_without_feedback(rules, doc, monkeypatch):
    calls = []
    set_config = doc.set_config
    monkeypatch.setattr(doc, "set_config", lambda c: (calls.append(c), set_config(c)))
    new = doc.config.replace(max_epochs=7, stop_loss=0.5, patience=None)
    doc.set_config(new)
    assert calls == [new]  # the rules did not write back while showing them
    assert rules.checks["max_epochs"].isChecked() and rules.editors["max_epochs"].value() == 7
    assert rules.checks["stop_loss"].isChecked() and rules.editors["stop_loss"].value() == 0.5
    assert not rules.checks["patience"].isChecked()
    assert not rules.editors["patience"].isEnabled()
    doc.set_config(new.replace(max_epochs=None))
    assert not rules.checks["max_epochs"].isChecked()
    assert rules.editors["max_epochs"].value() == 7  # kept for when it is ticked again


def test_tooltips_say_what_each_rule_does(rules):
    tips = {f: rules.checks[f].toolTip() for f in rules.checks}
    assert "epoch" in tips["max_epochs"]
    assert "training loss" in tips["stop_loss"]
    assert "test loss" in tips["patience"] and "no test split" in tips["patience"]
    assert all(rules.editors[f].toolTip() == tips[f] for f in tips)
    assert all("&" in c.text() for c in rules.checks.values())  # mnemonics
    assert rules.minimumSizeHint().width() <= 300


def test_the_button_names_the_rules_in_force():
    config = TrainConfig()
    assert summary(config) == "Stop rules: off"
    assert summary(config.replace(max_epochs=1500)) == "Stop rules: 1,500 epochs"
    assert "0.01" in summary(config.replace(stop_loss=0.01))
    assert "patience 40" in summary(config.replace(patience=40))
    assert summary(config.replace(patience=40, stop_loss=0.1)) == "Stop rules: 2 on"


def test_status_names_the_rule_that_stopped_training():
    points = make_dataset("xor", n=40, seed=0)
    loop = TrainingLoop(TrainConfig(max_epochs=3), points, resolution=16)
    loop.send(Play())
    for _ in range(200):
        snap = loop.poll()
        if snap is not None and snap.stopped:
            break
    else:
        raise AssertionError("the rule never fired")
    assert snap.stopped == "epochs" and snap.epoch == 3 and not snap.playing
    status = RunStatus.of_snapshot(snap)
    assert format_status(status).endswith(stop_note("epochs", snap.config))
    assert "maximum of 3 epochs" in format_status(status)  # the rule and its value
    assert snap.message in format_metrics_tooltip(status)
    assert set(STOP_NOTES) == {"epochs", "stop_loss", "patience"}


def test_each_stop_note_names_its_rules_value():
    config = TrainConfig(max_epochs=1500, stop_loss=0.1, patience=40)
    assert "1,500 epochs" in stop_note("epochs", config)
    assert "0.1" in stop_note("stop_loss", config)
    assert "40 epochs" in stop_note("patience", config)
    assert stop_note("stop_loss", TrainConfig()) == STOP_NOTES["stop_loss"]  # value unknown


def test_the_stop_rules_are_one_click_from_play_without_scrolling(qtbot, window):
    """A student finds the rules next to Play at 1280 × 800, with the most classes drawn (the
    longest tool bar row): a visible button names the rules in force, one click shows all
    three, whole, and they write the config."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QCheckBox, QToolButton

    w = window
    w.resize(1280, 800)
    w.data_panel.classes.setValue(8)
    qtbot.waitUntil(lambda: w.class_actions[7].isVisible(), timeout=5000)
    buttons = [b for b in w.findChildren(QToolButton) if b.text().startswith("Stop")]
    assert len(buttons) == 1
    button = buttons[0]
    assert button.isVisible() and "off" in button.text()
    corner = button.mapTo(w, button.rect().bottomRight())
    assert 0 <= corner.x() < w.width() and 0 <= corner.y() < 120  # in the tool bar row
    seen: list[tuple[str, bool, bool]] = []

    def look_and_close() -> None:
        popup = next(m for m in (button.menu(),) if m is not None and m.isVisible())
        for check in popup.findChildren(QCheckBox):
            inside = popup.rect().contains(check.mapTo(popup, check.rect().bottomRight()))
            seen.append((check.text().replace("&", ""), check.isVisible(), inside))
        check = next(c for c in popup.findChildren(QCheckBox) if "Max epochs" in
                     c.text().replace("&", ""))
        check.setChecked(True)
        popup.close()

    QTimer.singleShot(200, look_and_close)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert {name for name, _v, _i in seen} == {"Max epochs", "Target loss", "Patience"}
    assert all(visible and inside for _n, visible, inside in seen), seen
    assert w.document.config.max_epochs == DEFAULTS["max_epochs"]
    assert f"{DEFAULTS['max_epochs']:,}" in button.text()
