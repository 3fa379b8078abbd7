"""Autosave and crash recovery for one window.

A few seconds after any change (and while training runs) the window's work is written to its
own recovery file (``session.recovery``): the same ``SessionModel.to_session`` a saved session
uses, with the trainer's exact state, fetched without blocking the window. At start-up the
work of every window that did not close cleanly is offered; a clean exit removes the window's
file. Work that cannot be read is not passed over: the user is told why, and where its file
was set aside (never deleted).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from playground.errors import PlaygroundError
from playground.session.file import Session, load_session
from playground.session.recovery import Orphan, RecoveryFile, orphans
from playground.training.protocol import TrainerState
from playground.ui.controllers.files import FileController
from playground.ui.i18n import translate
from playground.ui.session import WindowSession

log = logging.getLogger("playground.recovery")
AUTOSAVE_DELAY_MS = 3000
STATE_WAIT_S = 2.0  # an autosave waits this long for the trainer's state, then does without


class Recovery(QObject):
    """The window's recovery file: autosaved after changes, offered after a crash.

    ``new_window()`` opens another window and returns its ``Recovery`` (for a second piece
    of recovered work); ``parent`` is the window the questions are asked over.
    """

    def __init__(self, session: WindowSession, files: FileController,
                 new_window: Callable[[], Recovery] | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.files = files
        self._new_window = new_window
        self._parent = parent
        self.file = RecoveryFile()
        self.enabled = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self._fetch_state)
        self._waiting = False
        doc = session.document
        doc.sigPointsChanged.connect(self.changed)
        doc.sigConfigChanged.connect(self.changed)
        doc.sigClassNamesChanged.connect(self.changed)

    @property
    def path(self) -> str:
        return str(self.file.path)

    def changed(self, *_args: object) -> None:
        """Something changed (an edit, training): autosave a few seconds from now."""
        if self.enabled and not self.timer.isActive():
            self.timer.start()

    # --- writing ------------------------------------------------------------------------------
    def _fetch_state(self) -> None:
        """Ask the trainer for its exact state; write when it answers (or without it)."""
        if self._waiting or not self.enabled:
            return
        self._waiting = True
        self.session.request_state(self._write_with, STATE_WAIT_S)

    def _write_with(self, state: TrainerState | None) -> None:
        if not self._waiting:
            return  # already written without it
        self._waiting = False
        if state is not None:
            self.session.model.record_state(state)
        self.write(background=True)

    def write(self, background: bool = False) -> bool:
        """Write the window's work (as the model holds it now) to the recovery file; with
        ``background``, on a thread of its own (``RecoveryFile.write_in_background``)."""
        if not self.enabled:
            return False
        view = {**self.files.view.view_settings(),
                "source": self.files.path or "", "saved_at": time.time()}
        try:
            session = self.session.model.to_session(view)
            if background:
                self.file.write_in_background(session)
            else:
                self.file.write(session)
        except (PlaygroundError, OSError) as exc:
            log.warning("autosave failed: %s", exc)
            return False
        return True

    def discard(self, for_good: bool = False) -> None:
        """Remove the recovery file; ``for_good`` (closing) also stops autosaving."""
        self.timer.stop()
        try:
            if for_good:
                self.enabled = False
                self.file.release()
            else:
                self.file.discard()
        except OSError as exc:
            log.warning("could not remove the recovery file: %s", exc)

    # --- offering -----------------------------------------------------------------------------
    def offer_later(self) -> None:
        """Offer once the event loop runs (a dialog before the window shows is lost)."""
        QTimer.singleShot(0, lambda: self.offer(new_window=self._new_window))

    def offer(self, ask: Callable[[str], bool] | None = None,
              new_window: Callable[[], Recovery] | None = None,
              tell: Callable[[str], None] | None = None) -> bool:
        """Offer the work of every window that did not close cleanly, newest first. The first
        one accepted is restored here, the others in new windows (``new_window``). Work that
        cannot be read is set aside and the user told (``tell``; a message box by default).
        Returns True when something was restored here."""
        restored_here = False
        for orphan in orphans():
            try:
                s = load_session(orphan.path)
            except PlaygroundError as exc:
                log.warning("an unreadable recovery file: %s", exc)
                kept = orphan.set_aside()
                text = translate("Recovery", "Playground did not close properly, and the work "
                                             "it autosaved could not be opened:\n{error}\n\n"
                                             "The file is kept as {path}.").format(
                                                 error=exc, path=kept)
                if tell is None:
                    QMessageBox.warning(self._parent, translate(
                        "Recovery", "Autosaved work could not be opened"), text)
                else:
                    tell(text)
                continue
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(orphan.path.stat().st_mtime))
            text = translate("Recovery", "Playground did not close properly. Restore the work "
                                         "autosaved at {time} ({contents})?").format(
                                             time=when, contents=_contents(s))
            if ask is None:
                answer = QMessageBox.question(
                    self._parent, translate("Recovery", "Restore unsaved work?"), text)
                restore = answer == QMessageBox.StandardButton.Yes
            else:
                restore = ask(text)
            if restore and not restored_here:
                self.restore(s, orphan)
                restored_here = True
            elif restore and new_window is not None:
                new_window().restore(s, orphan)
            elif restore:
                orphan.release()  # nowhere to put it now: offered again next time
            else:
                orphan.remove()
        return restored_here

    def restore(self, s: Session, orphan: Orphan) -> None:
        """Take over an orphan's work: it becomes this window's (unsaved) work."""
        self.files.apply_session(s)
        source = s.view.get("source")
        self.files.path = source if isinstance(source, str) and source else None
        self.session.document.mark_modified()  # restored work is not saved anywhere yet
        if self.write():  # now in this window's own file: the orphan can go
            orphan.remove()
        else:
            orphan.release()


def _contents(s: Session) -> str:
    """What a piece of autosaved work holds, in a few words: its points and how far its run
    had gone, so a teacher knows which crashed window's work this is."""
    parts = [translate("Recovery", "%n point(s)", n=len(s.points))]
    if s.epoch:
        parts.append(translate("Recovery", "trained to epoch {epoch}").format(
            epoch=f"{s.epoch:,}"))
    if s.replay.frames:
        parts.append(translate("Recovery", "%n replay frame(s)", n=len(s.replay.frames)))
    return translate("Recovery", ", ").join(parts)
