"""The window's session on the in-process trainer: the same channel as the training process,
polled in the window's thread."""

from __future__ import annotations

from playground.training.config import DEFAULT_CONFIG
from playground.training.protocol import Snapshot, Step
from playground.ui.session import WindowSession, in_process_trainer


def make_session(qtbot) -> WindowSession:
    session = WindowSession(DEFAULT_CONFIG, in_process_trainer)
    session.start()
    return session


def test_the_in_process_trainer_trains_and_answers(qtbot):
    session = make_session(qtbot)
    snaps: list[Snapshot] = []
    session.sigSnapshot.connect(snaps.append)
    qtbot.waitUntil(lambda: bool(snaps), timeout=5000)  # the first picture
    session.send(Step(3))
    qtbot.waitUntil(lambda: snaps[-1].epoch == 3, timeout=5000)
    for snap in snaps:
        session.record_snapshot(snap)
    assert session.last_snapshot is snaps[-1]
    assert session.current_state is not None and session.current_state.epoch == 3

    answers: list = []
    session.request_state(answers.append)  # without waiting ...
    assert answers == []
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)  # ... delivered on this thread
    assert answers[0].epoch == 3 and answers[0].optimizer_state

    session.model.record_state(answers[0])
    assert session.fetch_state()  # a save waits: the loop is polled meanwhile
    assert session.stop()


def test_a_stopped_trainer_reports_lost_commands_and_gives_no_state(qtbot):
    session = make_session(qtbot)
    lost: list[str] = []
    session.sigCommandLost.connect(lost.append)
    assert session.stop()
    session.send(Step(1))
    assert lost and "stopped" in lost[0]
    answers: list = []
    session.request_state(answers.append)
    assert answers == [None]
    assert not session.fetch_state()
