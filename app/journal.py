"""The journal: every step since the last save, appended as it happens, replayed after a crash.

Unsaved work is kept as the steps that made it, not as a copy of the page, so keeping it
costs in proportion to what changed. Beside a session file ``session.json`` the journal is
``.session.json.journal`` (:func:`app.store.journal_path`), JSON lines:

- a header: ``{"format": "zhengwen-journal", "version": 1, "page_sha256": …, "base": …}``,
  where ``base`` is the sha256 of the session file the steps start from (``null``: from
  the page's fresh suggestions, nothing saved yet);
- one step a line: ``{"do": <operation record>}``, ``{"undo": 1}`` or ``{"redo": 1}``
  (what :meth:`app.document.Document.record_to` reports);
- or first, ``{"state": <session text>}``: the whole document, when a step could not be
  written as a step (:class:`Recorder`), the steps after it starting from there.

The window appends at each pause in typing; a save starts a new journal (the session holds
everything), a clean close removes it. After a crash the steps are replayed on the same
starting document, which remakes the work and its undo history, since every operation is
deterministic given the document it applies to. A torn last line (a kill in mid-write) is
left out; nothing is ever guessed.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import messages as msg
from .messages import say

FORMAT, VERSION = "zhengwen-journal", 1
MAX_BYTES = 256 << 20


class JournalError(ValueError):
    """A journal that cannot be read or replayed; the message names the file."""


class Journal:
    """Appends the steps made on one document to ``path``."""

    def __init__(self, path, page_sha256: str, base: str | None, replaces=None):
        self.path = Path(path)
        self.header = {"format": FORMAT, "version": VERSION, "page_sha256": page_sha256, "base": base}
        self.pending: list[str] = []
        self.written = 0            # steps on disk
        # a journal whose steps were replayed into this one: removed once these are on disk
        self.replaces = Path(replaces) if replaces else None

    def add(self, entry: dict) -> None:
        self.pending.append(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))

    def drop_pending(self) -> None:
        """Forget the steps not yet written (a whole state will be written in their place)."""
        self.pending = []

    def flush(self) -> None:
        """Append the pending steps (creating the file with its header first); raises
        ``OSError`` with nothing appended when the disk refuses."""
        if not self.pending:
            return
        if self.written:
            self._append(_text(self.pending))
        else:
            self._write_whole(self.pending)
        self.written += len(self.pending)
        self.pending = []

    def write_state(self, text: str) -> None:
        """Start the journal again from the whole document (``text``: its session), in
        place of every step written so far; whole or not at all."""
        self._write_whole([json.dumps({"state": text}, ensure_ascii=False, separators=(",", ":"))])
        self.written, self.pending = 1, []

    def _write_whole(self, steps: list[str]) -> None:
        """The file as the header and ``steps``, written whole or not at all (the journal
        it replaces may be this very file), then the journal it replaces removed."""
        from .atomic import write_bytes
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.written and (self.replaces is None or self.replaces != self.path):
            set_aside(self.path)  # a journal this one did not start is never appended to
        write_bytes(self.path, _text([json.dumps(self.header, ensure_ascii=False, separators=(",", ":")), *steps]))
        if self.replaces is not None and self.replaces != self.path:
            try:
                self.replaces.unlink()
            except OSError:
                pass
        self.replaces = None

    def _append(self, data: bytes) -> None:
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        try:
            end = os.lseek(fd, 0, os.SEEK_END)
            try:
                _write_all(fd, data)
                os.fsync(fd)
            except OSError:
                os.ftruncate(fd, end)      # no torn step for the next append to follow
                raise
        finally:
            os.close(fd)

    def discard(self) -> None:
        """Forget the steps: the session now holds them (or the person dropped them)."""
        self.pending = []
        self.written = 0
        try:
            self.path.unlink()
        except OSError:
            pass        # gone already, or its folder cannot be reached: nothing to forget


class Recorder:
    """Feeds a document's steps to its journal (``doc.record_to(recorder)``). A step made
    since the journal's start, and its undo and redo, replay on that start; the undo of a
    step made before it (undoing past the last save) does not: the start holds that step's
    result, not what it replaced. Such a step makes the journal start again from the whole
    document (``state()``: its session text) at the next :meth:`flush`, which then holds
    every step until that moment."""

    def __init__(self, journal: Journal, state):
        self.journal, self.state = journal, state
        self.undoable = 0       # steps since the start that the journal can undo
        self.redoable = 0
        self.needs_state = False

    def __call__(self, entry: dict) -> None:
        if self.needs_state:
            return              # the state written at the next flush holds this step
        if "do" in entry:
            self.undoable, self.redoable = self.undoable + 1, 0
        elif "undo" in entry and self.undoable:
            self.undoable, self.redoable = self.undoable - 1, self.redoable + 1
        elif "redo" in entry and self.redoable:
            self.undoable, self.redoable = self.undoable + 1, self.redoable - 1
        else:
            self.start_from_state()
            return
        self.journal.add(entry)

    def start_from_state(self) -> None:
        """Write the whole document at the next flush, in place of the steps pending."""
        self.needs_state = True
        self.journal.drop_pending()

    @property
    def pending(self) -> bool:
        return self.needs_state or bool(self.journal.pending)

    def flush(self) -> None:
        """Write what is pending (raises ``OSError`` with nothing changed on disk)."""
        if self.needs_state:
            self.journal.write_state(self.state())
            self.needs_state, self.undoable, self.redoable = False, 0, 0
        else:
            self.journal.flush()


def set_aside(path) -> Path | None:
    """Rename an existing file at ``path`` to ``<name>.<time>.old`` (kept, never deleted)."""
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(st.st_mtime))
    aside = p.with_name(f"{p.name}.{stamp}.old")
    k = 1
    while aside.exists():
        k += 1
        aside = p.with_name(f"{p.name}.{stamp}-{k}.old")
    os.replace(p, aside)
    return aside


def _text(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")


def _write_all(fd, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


@dataclass
class Found:
    """A journal on disk: its header, its whole steps, and whether a torn line was left out."""
    path: Path
    header: dict
    steps: list[dict] = field(default_factory=list)
    torn: bool = False
    mtime: float = 0.0

    def applies_to(self, page_sha256: str, base: str | None) -> bool:
        return self.header.get("page_sha256") == page_sha256 and self.header.get("base") == base


def read_journal(path) -> Found | None:
    """The journal at ``path``, or ``None`` when there is none or it holds no step."""
    p = Path(path)
    try:
        st = os.stat(p)
        if st.st_size > MAX_BYTES:
            raise JournalError(say(msg.JOURNAL_TOO_LARGE, p, st.st_size))
        data = p.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise JournalError(say(msg.JOURNAL_UNREADABLE, p, e.strerror or e)) from None
    lines = data.split(b"\n")
    torn = lines[-1] != b""          # the last line never got its newline
    whole = lines[:-1]
    if not whole:
        return None
    try:
        header = json.loads(whole[0])
    except ValueError:
        raise JournalError(say(msg.JOURNAL_NOT_JSON, p)) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise JournalError(say(msg.JOURNAL_NOT_OURS, p))
    if header.get("version") != VERSION:
        raise JournalError(say(msg.JOURNAL_VERSION, p, repr(header.get("version"))))
    steps = []
    for k, line in enumerate(whole[1:], start=2):
        try:
            step = json.loads(line)
        except ValueError:
            raise JournalError(say(msg.JOURNAL_DAMAGED, p, k)) from None
        if not _is_step(step, first=k == 2):
            raise JournalError(say(msg.JOURNAL_NOT_STEP, p, k))
        steps.append(step)
    if not steps:
        return None
    return Found(p, header, steps, torn, st.st_mtime)


def _is_step(step, first=False) -> bool:
    return isinstance(step, dict) and len(step) == 1 and (
        isinstance(step.get("do"), dict) or step.get("undo") == 1 or step.get("redo") == 1
        or (first and isinstance(step.get("state"), str)))


def start_state(steps: list[dict]) -> tuple[str | None, list[dict]]:
    """The session text a journal's steps start from (None: the session on disk, or the
    page's suggestions) and the steps after it."""
    if steps and "state" in steps[0]:
        return steps[0]["state"], steps[1:]
    return None, steps


def replay(steps, do, undo, redo) -> int:
    """Replay ``steps`` through the three callables (``do(operation)``, ``undo()``,
    ``redo()``: a document's own, or a window's undo stack); returns how many applied.
    Stops with :class:`JournalError` at a step that cannot apply (the steps before it stay
    applied)."""
    from .operations import from_record
    for k, step in enumerate(steps):
        try:
            if "do" in step:
                do(from_record(step["do"]))
            elif "undo" in step:
                undo()
            else:
                redo()
        except (ValueError, IndexError) as e:
            raise JournalError(say(msg.JOURNAL_STEP_FAILS, k + 1, len(steps), e)) from None
    return len(steps)


def replay_on(doc, steps) -> int:
    """:func:`replay` on a document's own history."""
    def step(move):
        if move() is None:
            raise ValueError("nothing to undo or redo there")
    return replay(steps, doc.do, lambda: step(doc.undo), lambda: step(doc.redo))
