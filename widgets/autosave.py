"""Autosave: unsaved work goes to a recovery file every 30 s and after every 20 operations.

Typing must never wait for it. Either trigger waits for the first pause in typing (0.4 s
without an operation); forty operations without a pause are written anyway. On the UI
thread only a copy is taken (:func:`app.recovery.snapshot`), written by one worker
thread, one write at a time; a request that arrives while a write is running is folded into one more write when it
ends. A failed write (disk full, folder gone) is reported through ``failed`` and retried
at the next trigger; it never raises into the UI.

``ZHENGWEN_AUTOSAVE_MS`` overrides the 30 s interval (tests and automation use a few
hundred ms); ``ZHENGWEN_ACCEPT_RECOVERY=1`` (or ``0``) answers :func:`offer_recovery`
without showing the question, for scripted runs.
"""
from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from app.recovery import Recovery, discard_recovery, snapshot, write_recovery
from app.session import SessionError

INTERVAL_MS = 30_000
EVERY_OPS = 20
PAUSE_MS = 400     # no operation for this long: typing has paused


def _tr(s):
    return QCoreApplication.translate("Autosave", s)


def interval_ms() -> int:
    try:
        return max(10, int(os.environ["ZHENGWEN_AUTOSAVE_MS"]))
    except (KeyError, ValueError):
        return INTERVAL_MS


class Autosaver(QObject):
    saved = Signal(str, int)        # recovery path, document revision written
    failed = Signal(str)            # a plain message for the status bar
    _done = Signal(int, str)        # worker -> UI thread: generation, error ("" when fine)

    def __init__(self, parent=None, interval=None, every_ops=EVERY_OPS, pause_ms=PAUSE_MS):
        super().__init__(parent)
        self.every_ops = every_ops
        self.pause_ms = pause_ms
        self._last_op = 0.0             # time.monotonic() of the last operation
        self.doc = None
        self.path = None
        self.written_revision = None    # revision of the last snapshot written
        self.writes = 0
        self._ops = 0
        self._busy = False              # a write is on the worker
        self._again = False             # and another was asked for meanwhile
        self._generation = 0            # bumped by detach/discard: stale writes are dropped
        self._lock = threading.Lock()   # held by the worker while it writes, by discard
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self.timer = QTimer(self)
        self.timer.setInterval(interval if interval is not None else interval_ms())
        self.timer.timeout.connect(self._when_paused)
        self._pause = QTimer(self)      # restarted by each operation while a write is due
        self._pause.setSingleShot(True)
        self._pause.setInterval(pause_ms)
        self._pause.timeout.connect(self.save_soon)
        self._done.connect(self._finished)

    # ---- attaching -------------------------------------------------------------------
    def attach(self, doc, recovery_path_):
        """Protect ``doc`` by writing it to ``recovery_path_`` while it has unsaved changes."""
        self.detach()
        self.doc, self.path = doc, str(recovery_path_)
        self.written_revision = doc.revision
        self._ops = 0
        doc.subscribe(self._on_change)
        self.timer.start()

    def detach(self):
        """Stop protecting the current document (its recovery file stays)."""
        if self.doc is not None:
            self.doc.unsubscribe(self._on_change)
        self.timer.stop()
        self._pause.stop()
        with self._lock:
            self._generation += 1
        self.doc = self.path = None

    def discard(self, session_path=None):
        """After a clean save or close: remove the recovery file (a write still running is
        dropped, not finished after the removal)."""
        path = self.path
        with self._lock:
            self._generation += 1
            if session_path is not None:
                discard_recovery(session_path)
            elif path is not None:
                try:
                    os.unlink(path)
                except OSError:
                    pass
        if self.doc is not None:
            self.written_revision = self.doc.revision
        self._ops = 0

    def wait(self, timeout=10.0) -> bool:
        """Block until the writes asked for so far are done (for closing and tests)."""
        return self._pool.submit(lambda: None).result(timeout) is None

    def shutdown(self):
        self.detach()
        self._pool.shutdown(wait=True)

    # ---- triggers ------------------------------------------------------------------------
    def _on_change(self, change):
        self._ops += 1
        self._last_op = time.monotonic()
        if self._ops >= 2 * self.every_ops or (self._ops >= self.every_ops and self.pause_ms <= 0):
            self.save_soon()
        elif self._ops >= self.every_ops or self._pause.isActive():
            self._pause.start()

    def _when_paused(self):
        """The interval is up: write now, or at the pause if typing is going on."""
        if 1000 * (time.monotonic() - self._last_op) < self.pause_ms:
            self._pause.start()
        else:
            self.save_soon()

    def save_soon(self):
        """Write a snapshot now, on the worker, if there is anything new and unsaved."""
        doc = self.doc
        if doc is None or not doc.dirty or doc.revision == self.written_revision:
            return
        if self._busy:
            self._again = True
            return
        self._ops = 0
        self._pause.stop()
        self._busy = True
        self.written_revision = doc.revision
        gen = self._generation
        self._pool.submit(self._write, snapshot(doc), self.path, gen)

    # ---- worker --------------------------------------------------------------------------
    def _write(self, snap, path, gen):
        error = ""
        with self._lock:
            if gen == self._generation:
                error = _attempt(lambda: write_recovery(snap, path), path)
        self._done.emit(gen, error)

    def _finished(self, gen, error):
        self._busy = False
        if gen == self._generation:
            if error:
                self.written_revision = None        # try again at the next trigger
                self.failed.emit(_tr("Autosave failed: %1").replace("%1", error))
            else:
                self.writes += 1
                self.saved.emit(self.path, self.doc.revision if self.doc is not None else -1)
        if self._again:
            self._again = False
            if self.pause_ms > 0:
                self._pause.start()
            else:
                self.save_soon()


def _attempt(write, path) -> str:
    """Run ``write``; its failure as a plain message ("" when it worked)."""
    try:
        write()
    except SessionError as e:
        return str(e)
    except Exception as e:  # noqa: BLE001 - a worker must report, not die silently
        return f"{path}: {type(e).__name__}: {e}"
    return ""


def offer_recovery(parent, rec) -> bool:
    """Ask whether to restore the unsaved work in ``rec`` (a :class:`Recovery` or the path
    of a recovery file).
    ``ZHENGWEN_ACCEPT_RECOVERY`` = ``1`` / ``0`` answers without asking."""
    answer = os.environ.get("ZHENGWEN_ACCEPT_RECOVERY")
    if answer in ("1", "0"):
        return answer == "1"
    if not isinstance(rec, Recovery):
        rec = Recovery(Path(rec), os.stat(rec).st_mtime)
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Restore unsaved work?"),
                      _tr("Zhengwen did not close normally. Unsaved work on this page from %1 was "
                          "kept aside.\n\nRestore it?").replace("%1", rec.describe()),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("recoveryBox")
    box.button(QMessageBox.StandardButton.Yes).setText(_tr("Restore"))
    box.button(QMessageBox.StandardButton.No).setText(_tr("Discard"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes
