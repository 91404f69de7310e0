"""A document's place on disk: its page, its session file and its journal of unsaved steps.

Opening a page finds its saved session wherever Zhengwen was started (:mod:`app.store`)
and resumes it; opening a session file opens that session. Saving writes only over the
file this window loaded or last saved: when the file on disk is not that one any more (a
second window saved, a copy was put there), :meth:`PageWork.save` raises
:class:`SessionConflict` and the caller asks what to do. A file that is not a session (a
page, an exported corpus, anything else) is never written over, asked or not.
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import messages as msg
from . import store
from .messages import say
from .document import Document
from .filenames import shown_name
from .journal import Found, Journal, JournalError, read_journal, set_aside
from .loader import UserError, looks_like_corpus, looks_like_session, page_document, read_page
from .session import SessionError, read_session, save_session


class SessionConflict(Exception):
    """The session file on disk is not the one this window loaded or last saved."""

    def __init__(self, path, is_session=True):
        self.path, self.is_session = Path(path), is_session
        what = "was changed by someone else" if is_session else "is not a Zhengwen session"
        super().__init__(f"{shown_name(path)} {what} since this window opened or saved it")


@dataclass(frozen=True)
class DiskState:
    """What identifies a file's content: its inode, time and size, and the sha256 of its
    bytes (compared only when the first three moved: a touch is no change)."""
    ino: int
    mtime_ns: int
    size: int
    sha256: str


def file_sha256(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def disk_state(path, sha256: str | None = None) -> DiskState | None:
    try:
        st = os.stat(path)
        return DiskState(st.st_ino, st.st_mtime_ns, st.st_size, sha256 or file_sha256(path))
    except OSError:
        return None


def same_file(path, known: DiskState | None) -> bool:
    """Is the file at ``path`` still ``known`` (``None``: still absent)?"""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return known is None
    except OSError:
        return False
    if known is None:
        return False
    if (st.st_ino, st.st_mtime_ns, st.st_size) == (known.ino, known.mtime_ns, known.size):
        return True
    try:
        return file_sha256(path) == known.sha256
    except OSError:
        return False


@dataclass
class PageWork:
    """Where one document is kept. ``page`` is the page file (``None`` for a session opened
    by its own path whose page is not at hand); ``known`` the session file as loaded or last
    saved (``None``: there was none)."""
    session: Path
    page: Path | None = None
    known: DiskState | None = None
    journal: Journal | None = None
    journal_file: Path | None = None   # where this window's steps go (see lock)
    locked: bool = False

    def lock(self):
        """Hold the session's lock; returns ``None``, or the other live Zhengwen holding it
        (a :class:`~app.session.LockHolder`), whose journal this window must not share."""
        from .session import acquire_lock
        try:
            holder = acquire_lock(self.session)
        except (SessionError, OSError):
            holder = None      # a lock cannot be taken here (read-only home): work goes on
        self.locked = holder is None
        self.journal_file = store.journal_path(self.session, None if self.locked else os.getpid())
        return holder

    def unlock(self):
        from .session import release_lock
        if self.locked:
            release_lock(self.session)
            self.locked = False

    def changed_on_disk(self) -> bool:
        return not same_file(self.session, self.known)

    def save(self, doc: Document, force: bool = False) -> None:
        """Save ``doc`` to the session file. Raises :class:`SessionConflict` when the file
        changed since it was loaded or saved (``force``: write anyway, but never over a
        file that is not a session) and :class:`~app.session.SessionError` on failure."""
        exists = self.session.exists()
        if exists and not looks_like_session(self.session):
            raise SessionConflict(self.session, is_session=False)
        if not force and self.changed_on_disk():
            raise SessionConflict(self.session)
        sha = save_session(doc, self.session)
        self.known = disk_state(self.session, sha)
        self.restart_journal(doc)

    def restart_journal(self, doc: Document, replaces=None) -> Journal:
        """A fresh journal for the steps after the state now on disk (``replaces``: the
        journal whose steps are about to be replayed into it)."""
        if self.journal is not None:
            self.journal.discard()
        self.journal = Journal(self.journal_file or store.journal_path(self.session), doc.source.sha256,
                               self.known.sha256 if self.known else None, replaces)
        return self.journal

    def status(self, doc: Document) -> str:
        if doc.done:
            return "done"
        return "in progress" if self.known is not None or doc.dirty else "new"


@dataclass
class Opened:
    """A document ready for the window, and what the person should hear about it."""
    doc: Document
    work: PageWork
    notes: list = field(default_factory=list)   # app.messages.Message: for the status bar
    journal: Found | None = None      # unsaved steps left by a crash, to offer
    page_changed: bool = False        # the page's bytes are not the ones its session was made from
    resumed: bool = False             # a saved session was opened
    from_state: bool = False          # the document is a journal's snapshot, not the session on disk


def open_path(path, session=None, encoding=None, errors="strict") -> Opened:
    """Open a page (with its saved session when there is one) or a session file.
    ``session``: a session path chosen by the person instead of the page's own."""
    path = Path(path)
    if path.is_dir():
        raise UserError(say(msg.IS_FOLDER, shown_name(path)))
    if looks_like_session(path):
        doc, sha = _read(path)
        opened = Opened(doc, PageWork(path, _page_of(doc), disk_state(path, sha)), resumed=True)
        opened.notes.append(say(msg.OPENED_SESSION, shown_name(path)))
    elif looks_like_corpus(path):
        raise UserError(say(msg.IS_CORPUS, shown_name(path)))
    else:
        opened = _open_page(path, Path(session) if session else store.session_path(path), encoding, errors)
    _find_journal(opened)
    return opened


def _read(session_path) -> tuple[Document, str]:
    try:
        return read_session(session_path)
    except SessionError as e:
        raise UserError(str(e)) from None


def _page_of(doc: Document) -> Path | None:
    p = doc.source.path
    return Path(p) if p and os.path.isfile(p) else None


def _open_page(page: Path, session: Path, encoding, errors) -> Opened:
    if session.exists() and not looks_like_session(session):
        raise UserError(say(msg.NOT_A_SESSION, shown_name(session)))
    if session.exists():
        return _resume(page, session)
    src, lines = read_page(page, encoding, errors)
    work = PageWork(session, page)
    legacy = store.legacy_session_path(page)
    if legacy.is_file() and looks_like_session(legacy):
        try:
            doc, _ = read_session(legacy)
        except SessionError:
            doc = None
        if doc is not None and doc.source.sha256 == src.sha256:
            doc.saved_revision = doc.revision - 1     # its new home has not got it yet
            return Opened(doc, work, [say(msg.RESUMED_OLDER, shown_name(legacy), shown_name(session))], resumed=True)
    return Opened(page_document(src, lines), work)


def _resume(page: Path, session: Path) -> Opened:
    doc, sha = _read(session)
    opened = Opened(doc, PageWork(session, page, disk_state(session, sha)), resumed=True)
    try:
        now = file_sha256(page)
    except OSError:
        now = doc.source.sha256
    opened.page_changed = now != doc.source.sha256
    saved = time.strftime("%Y-%m-%d %H:%M", time.localtime(opened.work.known.mtime_ns / 1e9))
    opened.notes.append(say(msg.RESUMED_SAVED, saved))
    doc.source.path = str(page)
    return opened


def start_afresh(opened: Opened, encoding=None, errors="strict") -> Opened:
    """The page's own suggestions in place of its session (the page changed since the
    session was made): the saved session stays on disk until the next save replaces it."""
    src, lines = read_page(opened.work.page, encoding, errors)
    work = opened.work
    fresh = Opened(page_document(src, lines), PageWork(work.session, work.page, work.known),
                   [say(msg.STARTED_AFRESH)])
    if opened.journal is not None:      # steps made on the old page: kept aside, never dropped
        try:
            fresh.notes.append(say(msg.STEPS_SET_ASIDE, shown_name(set_aside(opened.journal.path))))
        except OSError:
            pass
    return fresh


def _in_use(journal: Path, session: Path) -> bool:
    """Is ``journal`` being written by a live window? A second window's journal names its
    process; the first window's is the lock holder's."""
    from .session import alive, is_live, lock_holder
    pid = journal.name.split(".")[-2]
    if pid.isdigit():
        return alive(int(pid))
    holder = lock_holder(session)
    return holder is not None and holder.pid != os.getpid() and is_live(holder)


def _find_journal(opened: Opened) -> None:
    """The newest journal of steps that start from the state opened, left by a window that
    is gone; one that starts elsewhere is set aside (kept, and said)."""
    base = opened.work.known.sha256 if opened.work.known else None
    for jp in store.journal_paths(opened.work.session):
        if _in_use(jp, opened.work.session):
            continue        # another window still at work on it
        try:
            found = read_journal(jp)
        except JournalError as e:
            opened.notes.append(say(msg.STEPS_UNREADABLE, e))
            continue
        if found is None:
            continue
        if found.applies_to(opened.doc.source.sha256, base):
            if opened.journal is None or found.mtime > opened.journal.mtime:
                opened.journal = found
            continue
        try:
            aside = set_aside(jp)
            opened.notes.append(say(msg.STEPS_SET_ASIDE, shown_name(aside)))
        except OSError:
            pass
