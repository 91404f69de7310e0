"""Open what a user points at: a raw page (decoded, suggested) or a saved session."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .decode import read_source, split_lines
from .document import Document, Source
from .filenames import with_shown_name


class UserError(Exception):
    """Bad input: the message is for the person, one or two plain lines (a file name in it
    shown by :func:`app.filenames.shown_name`, so that no name can add a line)."""


def read_page(path, encoding=None, errors="strict") -> tuple[Source, list[str]]:
    """The decoded page and its lines."""
    from .decode import DecodeError
    try:
        dec = read_source(path, encoding=encoding, errors=errors)
    except (DecodeError, OSError, ValueError) as e:
        raise UserError(with_shown_name(str(e), getattr(e, "name", None) or path)) from None
    p = Path(path)
    src = Source(name=p.name, text=dec.text, sha256=dec.sha256, encoding=dec.encoding,
                 confidence=dec.confidence, path=str(p))
    return src, split_lines(dec.text)


def page_document(src: Source, lines: list[str], fold_half_width=True, explain=True) -> Document:
    """A document of ``lines`` with the engine's suggestions (``explain``: with the rule
    behind each decision, for the window, sessions and ``--explain``)."""
    from .suggest import open_document
    doc = open_document(src, lines, explain)
    doc.settings["fold_half_width"] = fold_half_width
    return doc


def load_page(path, encoding=None, errors="strict", fold_half_width=True) -> Document:
    return page_document(*read_page(path, encoding, errors), fold_half_width)


def looks_like_session(path) -> bool:
    """A session is a JSON object naming our session format near its start."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # opening a FIFO to peek would wait for a writer forever
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return head.lstrip().startswith(b"{") and b'"zhengwen-session"' in head


def open_any(path, encoding=None, errors="strict") -> Document:
    if looks_like_session(path):
        from .session import SessionError, load_session
        try:
            return load_session(path)
        except SessionError as e:
            raise UserError(with_shown_name(str(e), path)) from None
    return load_page(path, encoding=encoding, errors=errors)
