"""The window's language: chosen by PLAYGROUND_LANG, the settings or View ▸ Language; a switch
rebuilds the window around the same work; numbers are typed as the language writes them
while formulas keep the ``.``; Qt's own buttons speak the language too."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from playground.data.formula import parse_formula
from playground.ui.i18n import (
    ENV_LANGUAGE,
    SETTINGS_KEY,
    chosen_language,
    current_language,
    install_language,
)
from playground.ui.main_window import MainWindow
from playground.ui.session import in_process_trainer
from playground.ui.widgets import PresetSpinBox
from tests.ui.conftest import AskLog, clear_settings
from tests.ui.helpers import close_window


@pytest.fixture
def english(qapp):
    """Whatever a test installs, the next test speaks English."""
    install_language("en")
    yield
    install_language("en")


made: list[MainWindow] = []  # the windows of the running test, switches' included


@pytest.fixture
def windows(qtbot, playground_home, english):
    """Windows in the language installed now; every window a switch made is closed too."""
    clear_settings()
    made.clear()

    def make() -> MainWindow:
        w = MainWindow(trainer=in_process_trainer)
        w.files.ask_save = AskLog()
        made.append(w)
        w.show()
        qtbot.waitExposed(w)
        return w

    yield make
    for w in made:  # a window a switch replaced is deleted: close the ones still there
        if shiboken6.isValid(w) and w.isVisible():
            close_window(w)
    clear_settings()


def menu_titles(w: MainWindow) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def choose(qtbot, w: MainWindow, code: str) -> MainWindow:
    """View ▸ Language ▸ ``code`` as a user picks it; the window that replaces ``w``."""
    w.commands[f"view.language.{code}"].trigger()
    qtbot.waitUntil(lambda: w.replaced_by is not None)
    new = w.replaced_by
    assert new is not None
    made.append(new)
    qtbot.waitExposed(new)
    qtbot.waitUntil(lambda: not shiboken6.isValid(w))  # the old window is gone
    assert shown_windows() == [new]
    return new


def shown_windows() -> list[MainWindow]:
    return [x for x in QApplication.topLevelWidgets()
            if isinstance(x, MainWindow) and x.isVisible()]


def test_playground_lang_comes_before_the_settings(monkeypatch, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_KEY, "es")
    monkeypatch.setenv(ENV_LANGUAGE, "de_DE.UTF-8")
    assert chosen_language(settings) == "de"
    monkeypatch.delenv(ENV_LANGUAGE)
    assert chosen_language(settings) == "es"
    monkeypatch.setenv(ENV_LANGUAGE, "xx")  # not a language Playground speaks: next choice
    assert chosen_language(settings) == "es"


def test_start_installs_the_chosen_language_before_the_window(monkeypatch, playground_home,
                                                                english):
    import playground.training.remote as remote
    import playground.ui.main_window as main_window
    from playground.ui import app as app_module
    from playground.ui import theme

    made_in: list[str] = []

    class Window:
        def __init__(self) -> None:
            made_in.append(current_language())

        def show(self) -> None: ...

        def offer_recovery(self) -> None: ...

    monkeypatch.setattr(remote, "prespawn", lambda: None)
    monkeypatch.setattr(app_module, "setup_logging", lambda: None)
    monkeypatch.setattr(theme, "apply", lambda app: None)
    names = QApplication.applicationName(), QApplication.organizationName()
    monkeypatch.setattr(main_window, "MainWindow", Window)
    monkeypatch.setenv(ENV_LANGUAGE, "es")
    try:
        app_module.start([])
    finally:  # start() names the application
        QApplication.setApplicationName(names[0])
        QApplication.setOrganizationName(names[1])
    assert made_in == ["es"]


def test_view_language_switches_the_window_and_keeps_the_work(qtbot, windows):
    w = windows()
    assert menu_titles(w)[:2] == ["&File", "&Edit"]
    assert w.commands["view.language.en"].isChecked()
    doc = w.document
    doc.add_points(np.array([[0.25, -0.5]]), 1.0)
    doc.set_config(dataclasses.replace(doc.config, hidden_layers=[3, 2],
                                       activations=["tanh", "tanh"]))
    points, config = doc.points, doc.config
    w.set_playing(True)  # snapshots are arriving while the window is rebuilt
    qtbot.waitUntil(lambda: w.model.epoch >= 3)

    german = choose(qtbot, w, "de")
    assert not german.playing and german.model.epoch >= 3  # the trained weights came along
    assert menu_titles(german)[:2] == ["&Datei", "&Bearbeiten"]
    assert german.commands["view.language.de"].isChecked()
    assert german.commands["train.play"].text() == "&Start"
    assert np.array_equal(german.document.points.coords, points.coords)
    assert np.array_equal(german.document.points.values, points.values)
    assert german.document.config == config
    assert german.document.modified  # the work is still not saved anywhere
    assert app_settings_language() == "de"
    # the panels and the dialogs speak it too
    assert "Daten" in group_titles(german.data_panel)
    german.compare.open()
    assert german.compare.dialog.windowTitle() == "Konfigurationen vergleichen"
    german.compare.dialog.close()

    spanish = choose(qtbot, german, "es")
    assert menu_titles(spanish)[:2] == ["&Archivo", "&Editar"]
    spanish.commands["train.notebook"].trigger()
    assert spanish.notebook.dialog.windowTitle() == "Cuaderno de laboratorio"
    spanish.notebook.dialog.close()
    assert spanish.document.config == config

    english_again = choose(qtbot, spanish, "en")
    assert menu_titles(english_again)[:2] == ["&File", "&Edit"]
    assert "Data" in group_titles(english_again.data_panel)
    assert np.array_equal(english_again.document.points.coords, points.coords)
    assert current_language() == "en"


def group_titles(panel) -> list[str]:
    from PySide6.QtWidgets import QGroupBox

    return [box.title() for box in panel.findChildren(QGroupBox)]


def app_settings_language() -> str:
    from playground.ui.controllers.settings import app_settings

    return str(app_settings().value(SETTINGS_KEY))


def test_a_german_number_field_reads_a_decimal_comma(qtbot, english):
    assert install_language("de")
    box = PresetSpinBox([0.01, 0.03, 0.1], 1e-5, 10.0)
    qtbot.addWidget(box)
    box.lineEdit().setText("0,05")
    box.interpretText()
    assert box.value() == pytest.approx(0.05)
    box.setValue(0.3)
    assert box.text() == "0,3"
    box.lineEdit().setText("0.07")  # a "." is read as the decimal point too
    box.interpretText()
    assert box.value() == pytest.approx(0.07)
    # formulas keep "." whatever the window speaks
    assert parse_formula("0.5*x1") is not None


def test_the_learning_rate_field_follows_the_language(qtbot, windows):
    assert install_language("de")
    w = windows()
    spin = w.training_panel.learning_rate.spin
    spin.lineEdit().setText("0,05")
    spin.interpretText()
    assert w.document.config.learning_rate == pytest.approx(0.05)


def test_qt_standard_buttons_speak_german(qtbot, english):
    box = QMessageBox(QMessageBox.Icon.Question, "t", "t",
                      QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"
    assert install_language("de")
    german = QMessageBox(QMessageBox.Icon.Question, "t", "t",
                         QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(german)
    assert german.button(QMessageBox.StandardButton.Cancel).text() == "Abbrechen"


def test_an_unavailable_translation_leaves_the_window_as_it_is(qtbot, windows, monkeypatch,
                                                               tmp_path):
    import playground.ui.i18n as i18n

    w = windows()
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)  # no catalogue anywhere
    assert w.switch_language("de") is None
    assert w.isVisible() and w.replaced_by is None
    assert menu_titles(w)[:1] == ["&File"] and current_language() == "en"
    assert w.commands["view.language.en"].isChecked()
