"""Recovery files: unsaved work written aside so that a crash loses at most a few seconds.

A recovery file is an ordinary session file (:mod:`app.session`) beside the session it
protects, hidden by a leading dot: ``sessions/page.json`` -> ``sessions/.page.recovery.json``.
The window writes one every 30 s and after every 20 operations while there are unsaved
changes (``widgets/autosave.py``), removes it after a clean save or close, and on opening a
page or session offers to restore a recovery file that is newer than the session.

Writing is split in two so that the window never waits long: a copy of the document is
taken where the document lives (:func:`snapshot`) and written by :func:`write_recovery` on
a worker thread.

This module must not import Qt.
"""
from __future__ import annotations

import glob
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .document import Document
from .session import SessionError, default_session_path, load_session, save_session

SUFFIX = ".recovery.json"
# a temporary file older than this beside a session is from a save that never finished
STALE_TEMP_SECONDS = 600


def recovery_path(session_path) -> Path:
    """Where unsaved work on the session at ``session_path`` is written aside.

    >>> recovery_path("sessions/page.json").as_posix()
    'sessions/.page.recovery.json'
    >>> recovery_path("/data/第7版.session.json").as_posix()
    '/data/.第7版.session.recovery.json'
    """
    p = Path(session_path)
    return p.with_name("." + p.stem + SUFFIX)


def session_path_for(doc: Document, session_path=None, cwd=None) -> Path:
    """``session_path``, or where a save of ``doc`` would create its session."""
    if session_path:
        return Path(session_path)
    return default_session_path(doc.source.path or doc.source.name or "page", cwd)


def recovery_path_for(doc: Document, session_path=None, cwd=None) -> Path:
    """The recovery file of ``doc``: beside its session, or beside the session a save
    would create (``sessions/<page stem>.json``) when it has none yet."""
    return recovery_path(session_path_for(doc, session_path, cwd))


def snapshot(doc: Document) -> Document:
    """A copy of ``doc``'s state that later operations on ``doc`` cannot touch.

    Rows hold only immutable values (strings, ints, bools, ``Why`` records that operations
    replace rather than change), so copying the lists is enough.
    """
    copy = Document(doc.source, [])
    for c in Document.COLUMNS:
        setattr(copy, c, list(getattr(doc, c)))
    copy.settings = dict(doc.settings)
    copy.revision = doc.revision
    return copy


def write_recovery(snap: Document, path) -> None:
    """Write a snapshot to ``path`` atomically (raises :class:`SessionError` on failure)."""
    save_session(snap, path)


@dataclass
class Recovery:
    path: Path
    saved_at: float          # the recovery file's modification time (seconds since the epoch)

    def describe(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.saved_at))


def find_recovery(session_path, source_sha256: str | None = None) -> Recovery | None:
    """The recovery file of the session at ``session_path`` when it holds work the session
    lacks: it exists, is newer than the session (or there is no session), loads, and, when
    ``source_sha256`` is given, is about the same page. A file that fails any of these is
    left alone (never deleted: it may be someone's only copy) and not offered."""
    rp = recovery_path(session_path)
    try:
        rst = os.stat(rp)
    except OSError:
        return None
    try:
        if os.stat(session_path).st_mtime_ns >= rst.st_mtime_ns:
            return None
    except OSError:
        pass  # no session saved yet: the recovery file is the only copy of the work
    try:
        doc = load_session(rp)
    except SessionError:
        return None
    if source_sha256 and doc.source.sha256 and doc.source.sha256 != source_sha256:
        return None
    return Recovery(rp, rst.st_mtime)


def load_recovery(rec: Recovery | Path | str) -> Document:
    """The recovered document, marked unsaved (its work is not in the session yet)."""
    doc = load_session(rec.path if isinstance(rec, Recovery) else rec)
    doc.saved_revision = doc.revision - 1
    return doc


def discard_recovery(session_path) -> None:
    """Remove the recovery file of a session that was saved or closed cleanly, and any
    temporary files that saves killed half-way left beside it."""
    rp = recovery_path(session_path)
    try:
        rp.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        return
    remove_stale_temp_files(session_path)
    remove_stale_temp_files(rp)


def remove_stale_temp_files(path, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Remove ``.<name>.*.tmp`` files (see :mod:`app.atomic`) beside ``path`` older than
    ``older_than`` seconds; returns how many went. Young ones may be a save in progress."""
    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    now, gone = time.time(), 0
    try:
        entries = list(folder.glob(f".{glob.escape(p.name)}.*.tmp"))
    except OSError:
        return 0
    for tmp in entries:
        try:
            if now - tmp.stat().st_mtime > older_than:
                tmp.unlink()
                gone += 1
        except OSError:
            pass
    return gone
