"""Open what a user points at: a raw page (decoded, suggested) or a saved session."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .decoding import read_source
from .document import Document, Source
from .lines import split_lines
from .errors import UserError
from .filenames import with_shown_name


def read_page(path, encoding=None, errors="strict", warn=None) -> tuple[Source, list[str]]:
    """The decoded page and its lines; ``warn`` is called with the decoder's warning, if it
    has one (one line naming the file, the encoding it used and its confidence)."""
    from .decoding import DecodeError
    try:
        dec = read_source(path, encoding=encoding, errors=errors)
    except (DecodeError, OSError, ValueError) as e:
        raise UserError(with_shown_name(str(e), getattr(e, "name", None) or path)) from None
    if dec.warning and warn is not None:
        warn(dec.warning)
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


def load_page(path, encoding=None, errors="strict", fold_half_width=True, warn=None) -> Document:
    return page_document(*read_page(path, encoding, errors, warn), fold_half_width)


def _json_head(path) -> bytes:
    """The first 4 KB of a regular file when it starts like a JSON object (a UTF-8 BOM
    allowed), else ``b""``."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""  # opening a FIFO to peek would wait for a writer forever
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return b""
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return head if head.startswith(b"{") else b""


def looks_like_session(path) -> bool:
    """A session is a JSON object naming our session format near its start."""
    return b'"zhengwen-session"' in _json_head(path)


def looks_like_corpus(path) -> bool:
    """An exported corpus (one page's, or a folder's) names its format near its start."""
    head = _json_head(path)
    return b'"reflow-corpus"' in head or b'"reflow-corpus-set"' in head


def open_any(path, encoding=None, errors="strict") -> Document:
    """A session file, or a page with the engine's suggestions (nothing else is looked up:
    :func:`app.pagework.open_path` finds a page's saved session)."""
    if looks_like_session(path):
        from .session import SessionError, load_session
        try:
            return load_session(path)
        except SessionError as e:
            raise UserError(with_shown_name(str(e), path)) from None
    return load_page(path, encoding=encoding, errors=errors)
