"""Shared fixtures of the window and worker tests.

Every window gets its own ``PLAYGROUND_HOME`` (log, recovery file) and starts from empty
settings; on teardown it is closed (unsaved changes discarded) and its trainer must have
finished. ``window`` / ``make_window`` train in-process (``ui.session.in_process_trainer``: a
``TrainingLoop`` polled by a Qt timer, no process to start); ``process_window`` /
``make_process_window`` keep the real training process, for what only it does (a process
that dies, faults across the pipe, the worker thread).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QThread, QtMsgType, Slot, qInstallMessageHandler

from playground.ui.controllers.settings import app_settings
from playground.ui.i18n import install_language
from playground.ui.main_window import MainWindow
from playground.ui.session import TrainerFactory, in_process_trainer, process_trainer

# Qt messages that say nothing about Playground: the offscreen platform plugin cannot resize
# native windows.
BENIGN_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The window's tests read English, with its plural forms ("1 point", "2 points"), as
    the application installs it at start-up (``ui.app``); a test that changes the language
    installs English again when it ends."""
    install_language("en")
    yield
    install_language("en")


class SnapshotLog(QObject):
    """Collects the snapshots a ``TrainingWorker`` emits, in the UI thread (the slot of a
    QObject living there, so delivery is queued like the window's)."""

    def __init__(self, worker: object) -> None:
        super().__init__()
        self.worker = worker
        self.snaps: list = []
        worker.sigSnapshot.connect(self.add)

    @Slot(object)
    def add(self, snap: object) -> None:
        self.snaps.append(snap)

    @property
    def last(self) -> object:
        return self.snaps[-1] if self.snaps else None


class AskLog:
    """Stands in for the Save / Discard / Cancel dialog: records the questions, answers
    ``answer`` (a blocking dialog would hang the offscreen test run)."""

    def __init__(self, answer: str = "discard") -> None:
        self.answer = answer
        self.questions: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> str:
        self.questions.append((title, text))
        return self.answer


def clear_settings() -> None:
    s = app_settings()
    s.clear()
    s.sync()


@pytest.fixture
def playground_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("PLAYGROUND_HOME", str(home))
    return home


def _window_factory(qtbot, trainer: TrainerFactory):
    """Factory of shown main windows; each is closed and its trainer checked on teardown."""
    clear_settings()
    windows: list[MainWindow] = []

    def make(show: bool = True) -> MainWindow:
        w = MainWindow(trainer=trainer)
        qtbot.addWidget(w)
        w.files.ask_save = AskLog()
        windows.append(w)
        if show:
            w.show()
            qtbot.waitExposed(w)
        return w

    yield make
    for w in windows:
        w.files.ask_save = lambda *a: "discard"
        w.close()
        trainer_ = w.session.trainer
        if isinstance(trainer_, QThread):
            assert trainer_.wait(5000), "the training thread did not stop"
        assert trainer_.isFinished()
    clear_settings()


@pytest.fixture
def make_window(qtbot, playground_home):
    """Windows that train in-process."""
    yield from _window_factory(qtbot, in_process_trainer)


@pytest.fixture
def make_process_window(qtbot, playground_home):
    """Windows with a real training process."""
    yield from _window_factory(qtbot, process_trainer)


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def process_window(make_process_window):
    return make_process_window()


@pytest.fixture
def snapshot_log():
    """Factory: ``snapshot_log(worker)`` -> a ``SnapshotLog`` kept alive for the
    test and disconnected afterwards."""
    logs: list[SnapshotLog] = []

    def make(worker: object) -> SnapshotLog:
        log = SnapshotLog(worker)
        logs.append(log)
        return log

    yield make
    for log in logs:
        try:
            log.worker.sigSnapshot.disconnect(log.add)
        except (RuntimeError, TypeError):  # the worker is already gone
            pass


class QtMessages:
    """Qt warnings, criticals and fatals emitted while installed, as (type, text)."""

    def __init__(self) -> None:
        self.records: list[tuple[QtMsgType, str]] = []

    def __call__(self, kind: QtMsgType, _context: object, text: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.records.append((kind, text))

    def relevant(self) -> list[tuple[QtMsgType, str]]:
        """The records apart from the known benign platform messages."""
        return [(k, t) for k, t in self.records if t.strip() not in BENIGN_QT_MESSAGES]


@pytest.fixture
def qt_messages():
    """Records Qt's warnings for the test (replacing pytest-qt's handler meanwhile)."""
    messages = QtMessages()
    previous = qInstallMessageHandler(messages)
    yield messages
    qInstallMessageHandler(previous)


@pytest.fixture
def doc():
    """A fresh document (the default preset), no window."""
    from playground.ui.controllers.document import Document

    return Document()


@pytest.fixture
def data(qtbot, doc):
    """The data panel of ``doc``, shown (no window)."""
    from playground.ui.panels.data_panel import DataPanel

    w = DataPanel(doc)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def net(qtbot, doc):
    """The network panel of ``doc``, shown (no window)."""
    from playground.ui.panels.network_panel import NetworkPanel

    w = NetworkPanel(doc)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def canvas(qtbot, doc):
    """A shown 500 x 500 canvas of ``doc``."""
    from playground.ui.views.canvas import CanvasView
    from tests.ui.helpers import shown

    return shown(qtbot, CanvasView(doc))
