"""File ▸ Open link… and Edit ▸ Copy as link in the window; ``playground gui URL``."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from playground.cli import main
from playground.session.tfplayground import read_link
from playground.ui.controllers.files import CANCEL, DISCARD
from tests.ui.test_unsaved import AskSave, edit, window  # noqa: F401  (the fixture)

LINK = ("https://playground.tensorflow.org/#activation=sigmoid&batchSize=4&dataset=gauss&"
        "learningRate=0.3&noise=20&networkShape=3&seed=0.00777&percTrainData=60&x=true&"
        "y=true&ySquared=true&discretize=true&showTestData=false&problem=classification&"
        "learningRate_hide=true&regularization_hide=true&regularizationRate_hide=true&"
        "batchSize_hide=true&wobble=3")


class Told:
    def __init__(self) -> None:
        self.notes: list[tuple[str, str, str]] = []

    def __call__(self, title: str, text: str, details: str) -> None:
        self.notes.append((title, text, details))


def test_open_link_replaces_the_session_and_tells_once(window):  # noqa: F811
    told = window.files.tell = Told()
    window.files.ask_link = lambda: LINK
    assert window.commands["file.open_link"].text() == "Open lin&k…"
    window.commands["file.open_link"].trigger()
    link = read_link(LINK)
    assert window.document.config == link.config
    assert window.document.points.equals(link.dataset.generate())
    assert window.files.path is None and not window.document.modified
    view = window.layout_.view_settings()
    assert view["discretize"] is True and view["show_test"] is False
    assert view["classroom"]["hidden"] == ["training"]
    assert len(told.notes) == 1
    title, text, _ = told.notes[0]
    assert "tanh output with squared error" in text and "unknown key 'wobble'" in text


def test_open_link_asks_to_save_unsaved_work_first(window):  # noqa: F811
    window.files.tell = Told()
    edit(window)
    points = window.document.points
    ask = window.files.ask_save = AskSave(CANCEL)
    assert window.files.open_link(LINK) is False
    assert len(ask.questions) == 1 and window.document.points is points
    window.files.ask_save = AskSave(DISCARD)
    assert window.files.open_link(LINK) is True
    assert window.document.config == read_link(LINK).config


def test_not_a_link_warns_and_keeps_the_work(window):  # noqa: F811
    points = window.document.points
    assert window.files.open_link("https://example.com/#dataset=xor") is False
    assert window.document.points is points
    assert len(window.warnings) == 1 and "not a TensorFlow Playground link" in str(
        window.warnings[0])


def test_cancelled_dialog_changes_nothing(window):  # noqa: F811
    points = window.document.points
    window.files.ask_link = lambda: None
    assert window.files.open_link_dialog() is False
    assert window.document.points is points


def test_copy_as_link_round_trip(window):  # noqa: F811
    told = window.files.tell = Told()
    assert window.files.open_link(LINK)
    told.notes.clear()
    window.commands["edit.copy_link"].trigger()
    copied = QApplication.clipboard().text()
    assert told.notes == []  # everything fitted: no note
    again = read_link(copied)
    first = read_link(LINK)
    assert again.config == first.config and again.dataset == first.dataset
    # the whole Training settings section is hidden: all its controls are hidden in the link
    assert again.view == first.view


def test_copy_as_link_names_what_does_not_fit(window):  # noqa: F811
    told = window.files.tell = Told()
    window.commands["edit.copy_link"].trigger()  # the default session: Playground's own
    assert QApplication.clipboard().text().startswith("https://playground.tensorflow.org/#")
    assert len(told.notes) == 1
    text = told.notes[0][1]
    assert "adam" in text and "is not one of TensorFlow Playground's" in text


def test_gui_url_opens_the_window_with_the_link(window, monkeypatch):  # noqa: F811
    import playground.ui.app as app

    opened: list[str] = []
    monkeypatch.setattr(app, "run_app", lambda argv, files: opened.extend(files) or 0)
    assert main(["gui", LINK]) == 0 and opened == [LINK]
    # what start() does with each of them
    window.files.tell = Told()
    assert window.files.open_path(LINK) is True
    assert window.document.config == read_link(LINK).config
