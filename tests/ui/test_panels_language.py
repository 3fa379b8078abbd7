"""The settings panels, the status line and the stop rules in German and Spanish: their own
text, the labels they show from the domain registries (presets, activations, optimizers and
parameter ranges), plural forms and the language's thousands separator; and English again
after switching back."""

import pytest

from playground.data.datasets import DATASETS
from playground.engine.optimizers import LEARNING_RATE
from playground.training.config import TrainConfig
from playground.ui.i18n import install_language
from playground.ui.panels.data_panel import DataPanel
from playground.ui.panels.network_panel import NetworkPanel
from playground.ui.panels.stop_rules import summary
from playground.ui.panels.training_panel import TrainingPanel
from playground.ui.status import format_count, stop_note


@pytest.fixture
def language(qapp):
    """Install a language for one test; English again afterwards."""
    yield install_language
    install_language("en")


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_panels_speak_german_and_english_again(qtbot, doc, language):
    assert language("de")
    data = DataPanel(doc)
    net = NetworkPanel(doc)
    train = TrainingPanel(doc)
    for w in (data, net, train):
        qtbot.addWidget(w)
    assert "Kreis" in _items(data.preset)  # a preset's label from data.datasets
    assert "Klassifikation" in _items(data.task)
    assert data.tool_buttons["erase"].text() == "Radieren"
    assert "Sinus" in _items(net.rows[0].activation)
    assert net.layer_count.text() == "2 verborgene Schichten"  # the default 2 × 8
    tip = train.learning_rate.spin.toolTip()
    assert tip.startswith("Größe jedes Updates") and "mindestens" in tip
    assert summary(TrainConfig(max_epochs=12_345)) == "Stoppregeln: 12.345 Epochen"

    language("en")
    again = DataPanel(doc)
    qtbot.addWidget(again)
    assert DATASETS["circle"].label in _items(again.preset)
    assert again.tool_buttons["erase"].text() == "Erase"
    assert summary(TrainConfig(max_epochs=12_345)) == "Stop rules: 12,345 epochs"
    assert LEARNING_RATE.describe() in TrainingPanel(doc).learning_rate.spin.toolTip()


def test_spanish_status_text_and_counts(language):
    assert language("es")
    assert format_count(1_234_567) == "1.234.567"
    assert stop_note("patience", TrainConfig(patience=50)) == "detenido: sin mejora en 50 épocas"
    language("en")
    assert format_count(1_234_567) == "1,234,567"



def test_the_registries_labels_are_translated_where_the_window_shows_them(make_window,
                                                                          language):
    assert language("es")
    w = make_window()
    assert w.commands["file.export_model.numpy"].text() == "Código NumPy…"
    w.document.regenerate()  # the default preset: the spiral
    assert w.document.undo_stack.undoText() == "Generar Espiral"


def test_a_class_the_user_has_not_named_is_called_in_the_window_language(doc, language):
    assert language("de")
    assert doc.class_label(0) == "Klasse 1"
    doc.rename_class(1, "Katzen")
    assert doc.class_labels()[:2] == ["Klasse 1", "Katzen"]
    assert doc.class_names[0] == "class 1"  # what a file keeps
    language("en")
    assert doc.class_label(0) == "class 1"
