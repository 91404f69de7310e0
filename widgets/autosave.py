"""Autosave: each step made on the document is appended to its journal at the first pause.

The journal (:mod:`app.journal`) holds the steps since the last save, so keeping unsaved
work costs in proportion to what changed, never a copy of the page. Steps are written at
the first pause in typing (0.4 s without one; ``ZHENGWEN_AUTOSAVE_MS`` changes it), and
forty steps without a pause are written anyway: a crash loses at most the steps of the
last burst. A failed write (disk full, folder gone) keeps the steps, is reported through
``failed`` and is tried again at the next pause; it never raises into the UI.

``ZHENGWEN_ACCEPT_RECOVERY=1`` (or ``0``) answers :func:`offer_recovery` without showing
the question, for scripted runs.
"""
from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

PAUSE_MS = 400     # no step for this long: typing has paused
EVERY_STEPS = 40   # steps written without waiting for a pause


def pause_ms() -> int:
    try:
        return max(10, int(os.environ["ZHENGWEN_AUTOSAVE_MS"]))
    except (KeyError, ValueError):
        return PAUSE_MS


class Autosaver(QObject):
    saved = Signal(str, int)        # journal path, steps on disk
    failed = Signal(str)            # a plain message for the status bar

    def __init__(self, parent=None, pause=None, every_steps=EVERY_STEPS):
        super().__init__(parent)
        self.every_steps = every_steps
        self.doc = None
        self.journal = None
        self.recorder = None        # app.journal.Recorder: what the journal can say of each step
        self.writes = 0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(pause if pause is not None else pause_ms())
        self._pause.timeout.connect(self.flush)

    def attach(self, doc, journal, from_state=False):
        """Record the steps made on ``doc`` into ``journal`` (an :class:`app.journal.Journal`);
        ``from_state``: the document is not the state the journal starts from (its work was
        restored from a journal's snapshot), so the journal starts with the whole document."""
        from app.journal import Recorder
        from app.session import session_bytes
        self.detach()
        self.doc, self.journal = doc, journal
        self.recorder = Recorder(journal, lambda: session_bytes(doc).decode("utf-8", "surrogatepass"))
        doc.record_to(self._on_step)
        if from_state:
            self.recorder.start_from_state()
            self._pause.start()

    def detach(self):
        """Stop recording (steps not yet written stay with the journal object)."""
        if self.doc is not None:
            self.doc.stop_recording(self._on_step)
        self._pause.stop()
        self.doc = None

    def _on_step(self, entry):
        self.recorder(entry)
        if len(self.journal.pending) >= self.every_steps:
            self.flush()
        else:
            self._pause.start()

    def flush(self) -> bool:
        """Write the pending steps now; False (and ``failed`` emitted) when the disk refused."""
        self._pause.stop()
        if self.journal is None or self.recorder is None or not self.recorder.pending:
            return True
        try:
            self.recorder.flush()
        except OSError as e:
            self.failed.emit(QCoreApplication.translate("Autosave", "Autosave failed: %1").replace("%1", f"{self.journal.path}: {e.strerror or e}"))
            return False
        self.writes += 1
        self.saved.emit(str(self.journal.path), self.journal.written)
        return True

    def discard(self):
        """After a save or a knowing close: the steps are in the session, or dropped."""
        self._pause.stop()
        if self.journal is not None:
            self.journal.discard()

    def shutdown(self):
        self.detach()
        self.journal = self.recorder = None


def offer_recovery(parent, found, page: str) -> bool:
    """Ask whether to restore the unsaved steps of ``found`` (an :class:`app.journal.Found`)
    made on ``page`` (its name as shown). ``ZHENGWEN_ACCEPT_RECOVERY`` = ``1`` / ``0``
    answers without asking."""
    answer = os.environ.get("ZHENGWEN_ACCEPT_RECOVERY")
    if answer in ("1", "0"):
        return answer == "1"
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(found.mtime))
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Autosave", "Restore unsaved work?"),
                      QCoreApplication.translate("Autosave", "Zhengwen did not close normally. Unsaved work on %2 from %1 was "
                          "kept aside.\n\nRestore it?").replace("%1", when).replace("%2", page),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("recoveryBox")
    box.setTextFormat(Qt.TextFormat.PlainText)      # a file name is never markup
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Autosave", "Restore"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("Autosave", "Discard"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes
