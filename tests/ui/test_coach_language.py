"""The coach in the window's language: every advice the rules can give is a template the
catalogue has, and with German installed the bar shows the German sentence with the numbers
written as German writes them and the activation by its German label; English again after."""

from __future__ import annotations

import math
import shutil
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from playground.session import coach as rules
from playground.session.coach import Advice, Situation, advise
from playground.training.config import TrainConfig
from playground.training.protocol import DIAGNOSTIC_COLUMNS, HISTORY_COLUMNS, Inspection
from playground.training.trainer import Metrics
from playground.ui import i18n
from playground.ui import i18n_catalog as catalog
from playground.ui.coach import CoachController, advice_text
from playground.ui.i18n import install_language

DEAD = ("{dead} of {units} units in layer {layer} output 0 everywhere (dead ReLUs: they no "
        "longer learn): try a lower learning rate (now {lr}) or leaky ReLU.")
VANISHING = ("Vanishing gradients: the gradient at layer 1 is {first}, {ratio} times smaller "
             "than at the output layer ({last}), so the first layers barely learn. With "
             "{layers} hidden layers of {activation}, try skips (the hidden layers' Options), "
             "ReLU, fewer layers, or another initialisation.")
GERMAN = {"Coach": {
    DEAD: "{dead} von {units} Neuronen in Schicht {layer} geben überall 0 aus: Versuchen Sie "
          "eine niedrigere Lernrate (jetzt {lr}).",
    VANISHING: "Verschwindende Gradienten ({first}, {ratio}, {last}) bei {layers} verborgenen "
               "Schichten mit {activation}.",
}, "Activations": {"Sine": "Sinus"}}


@pytest.fixture
def german(tmp_path, monkeypatch, qapp):
    """German from a catalogue compiled here, with the coach's sentences above (the shipped
    catalogues stay untouched); English again afterwards."""
    folder = tmp_path / "translations"
    shutil.copytree(i18n.TRANSLATIONS_DIR, folder)
    monkeypatch.setattr(catalog, "TRANSLATIONS_DIR", folder)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", folder)
    catalog.update(["de"])
    assert catalog.fill("de", GERMAN) == []
    assert install_language("de")
    yield
    install_language("en")


def inspection(column: str, values: list[float]) -> Inspection:
    layers = np.zeros((len(values), len(DIAGNOSTIC_COLUMNS)))
    layers[:, DIAGNOSTIC_COLUMNS.index(column)] = values
    empty = tuple(np.zeros(1) for _ in values)
    return Inspection(1, empty, empty, empty, layers)


def history(epochs: int, train_loss, test_loss=math.nan) -> np.ndarray:
    rows = np.full((epochs + 1, len(HISTORY_COLUMNS)), math.nan)
    rows[:, HISTORY_COLUMNS.index("epoch")] = np.arange(epochs + 1)
    rows[:, HISTORY_COLUMNS.index("train_loss")] = train_loss
    rows[:, HISTORY_COLUMNS.index("test_loss")] = test_loss
    return rows


def every_kind_of_advice() -> list[Advice]:
    """Situations that make the rules say each of their sentences."""
    relu, sin = TrainConfig(hidden_layers=(8,), activations=("relu",), learning_rate=0.3), \
        TrainConfig(hidden_layers=(8, 8), activations=("sin", "sin"))
    tanh = TrainConfig(hidden_layers=(8,), activations=("tanh",))
    skips = sin.replace(skip=(False, True))  # vanishing, with the skips already on
    one, three = (TrainConfig(hidden_layers=(n,), activations=("tanh",)) for n in (1, 3))
    flat = history(600, 0.69)
    rising = history(600, 0.05, np.linspace(0.3, 0.6, 601))
    situations = [
        Situation(relu, inspection=inspection("dead_fraction", [0.75, 0.0])),
        Situation(tanh, inspection=inspection("saturated_fraction", [0.9, 0.0])),
        Situation(skips, inspection=inspection("grad_norm", [1e-6, 0.1, 1.0])),
        Situation(sin, inspection=inspection("grad_norm", [1e-6, 0.1, 1.0])),
        Situation(sin, inspection=inspection("grad_norm", [1e4, 0.1, 1.0])),
        Situation(relu, history=history(2, [0.7, 3.0, 9.5])),
        Situation(one, Metrics(600, 0.69, None, 0.5, None, None), flat),
        Situation(three, Metrics(600, 0.69, None, 0.5, None, None), flat),
        Situation(relu, Metrics(600, 0.69, None, None, None, None), flat),
        Situation(relu, Metrics(600, 0.05, 0.6, 1.0, 0.7, None), rising),
        Situation(relu, Metrics(600, 0.05, 0.6, None, None, None), rising),
    ] + [Situation(relu, message=f"training diverged {reason}; kept") for reason in (
        "in epoch 3: a weight became infinite or NaN",
        "in epoch 3: the gradient became infinite or NaN",
        "by epoch 3: the training loss is not a number, up from 0.7",
        "by epoch 3: the training loss is 1e+04, up from 0.7", "somehow")]
    return [a for s in situations for a in advise(s)]


def test_every_advice_is_a_template_in_the_catalogue():
    coach_keys = {k.source for k in catalog.extract_all() if k.context == "Coach"}
    templates = {a.template for a in every_kind_of_advice()}
    assert templates == coach_keys  # each sentence the rules have is said by one of them
    assert {a.rule for a in every_kind_of_advice()} == set(rules.RULE_NAMES)
    for a in every_kind_of_advice():  # the values fill the template: the English text
        assert "{" not in a.text and a.text == a.template.format(
            **{v.name: v.text for v in a.values})


def test_the_coach_bar_speaks_german(german, qtbot, tmp_path):
    advice = {a.rule: a for a in every_kind_of_advice()}
    dead = advice["dead_relu"]
    assert dead.template == DEAD
    assert advice_text(dead) == ("6 von 8 Neuronen in Schicht 1 geben überall 0 aus: Versuchen "
                                 "Sie eine niedrigere Lernrate (jetzt 0,3).")
    assert advice_text(advice["vanishing_gradients"]) == (
        "Verschwindende Gradienten (1e-06, 1e+06, 1) bei 2 verborgenen Schichten mit Sinus.")
    # in the bar, as the controller shows it
    inside = SimpleNamespace(set_coach_diagnostics=lambda on: None)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    controller = CoachController(inside, settings, allowed=lambda: True)  # type: ignore[arg-type]
    qtbot.addWidget(controller.bar)
    controller.coach.advice = lambda: [dead]  # type: ignore[method-assign]
    controller.set_on(True)
    assert controller.bar.label.text().startswith("6 von 8 Neuronen in Schicht 1")
    controller.stop()
    # English again: the sentence as the command line writes it
    install_language("en")
    assert advice_text(dead) == dead.text
    assert dead.text.startswith("6 of 8 units in layer 1 output 0 everywhere")
