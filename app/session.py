"""Sessions: one self-contained JSON file holding a page and every decision about it.

The file is a JSON object whose keys come in this fixed order::

    {
    "format":"zhengwen-session",
    "version":1,
    "page":{"status", "lines", "confirmed", "number", "links_to"},   a summary on one line
                             near the start, so a folder's progress is read without parsing
                             whole sessions; "number" only when a person corrected the page's
                             number (app.operations.SetPageNumber: "7", "A2"); "links_to"
                             only when a person linked a part to another page: [[to_page,
                             to_line], ...], what "links" says, for that page's window
    "source":{"name", "path", "encoding", "confidence", "sha256", "text_sha256", "lines"},
    "settings":{"fold_half_width": true},
    "links":[[line, {...}], ...],   only when a person linked a part of an article to another
                             page of the folder (app.operations.SetLink)
    "goes_on":[[r, s, 1], ...],  only when a paragraph open at line r goes on at line s
                             (app.goes_on); 1: a person's link, 0: the engine's
    "rows":{...},            the per-row decisions, stored column by column (below)
    "corpus":{...},          the cleaned reflow-corpus, so others can read it without us
    "source_text":"..."      the decoded page (``sha256`` is of the raw bytes, as in the
    }                        corpus; ``text_sha256`` is of this text as UTF-8 and is checked)

``rows`` keeps a million-line page to a few compact values rather than a million objects.
A row is "labelled" when its label is not null (blank rows are unlabelled):

- ``count``: number of rows.
- ``labels``: one character per row: ``.`` blank, else the code in :data:`LABEL_CODES`.
- ``splits``: rows that are a later piece of the line before them (their ``src`` repeats).
- ``texts``: ``{row: text}`` for rows whose raw text is not their source line (split pieces).
- ``edited``: ``{row: text}`` for rows a person retyped.
- ``para_end``: rows after which a paragraph ends.
- ``articles``, ``confirmed``: run-length encoded ``[value, count, value, count, ...]`` over
  the labelled rows only (blank rows interleave every other line on many pages and would
  break every run); ``articles_blank``, ``confirmed_blank``: ``{row: value}`` for the rare
  blank row whose value is not the default (-1 and 0).
- ``why``: ``table`` of distinct ``[label_rule, label_conf, break_rule, break_conf,
  article_rule, article_conf]`` and ``rows``, run-length encoded table indices over the
  labelled rows (-1: none); ``blank`` as above. Reasons are stored rather than recomputed so
  that loading is fast and shows exactly what was saved, whatever the engine does today.

Versions: a key added since version 1 (``links``, ``goes_on``, ``page.number``) is optional, written only
when it holds something and read as absent otherwise, so a session without it reads as it
always did and a page no one used it on saves byte for byte as before. ``version`` goes up
only for a change an older reader would misread; a session of a newer version is refused,
never half read.

The writer is deterministic (fixed key order, fixed separators, no timestamps), so saving a
loaded session reproduces it byte for byte. The reader uses ``json`` only and checks every
value before it builds a document; anything wrong is a :class:`SessionError` naming the file.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
import json
import os
import socket
from dataclasses import dataclass
from typing import Callable, NamedTuple
from pathlib import Path

from . import messages as msg
from .decoding.read import read_at_most
from .document import ALL, LABELS, Document, Source, Why
from .messages import say
from .filenames import shown_name

FORMAT, VERSION = "zhengwen-session", 1
MAX_BYTES = 1 << 30
BOM = b"\xef\xbb\xbf"
LABEL_CODES = {"kicker": "k", "headline": "h", "subtitle": "t", "byline": "b",
               "subheading": "s", "paragraph": "p", "caption": "c", "noise": "n"}
_CODE_LABEL = {c: lab for lab, c in LABEL_CODES.items()}
_BLANK = "."
assert set(LABEL_CODES) == set(LABELS)


class SessionError(ValueError):
    """A session file that cannot be read or written; the message names the file."""


# ---- writing ---------------------------------------------------------------------------
def _rle(values) -> list:
    out = []
    prev, n = None, 0
    for v in values:
        if n and v == prev:
            n += 1
        else:
            if n:
                out += (prev, n)
            prev, n = v, 1
    if n:
        out += (prev, n)
    return out


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_SURROGATE = re.compile("[\ud800-\udfff]")


class _Stored(NamedTuple):
    """A column of small integers stored as runs over the labelled rows (``rows[key]``) and
    the blank rows whose value is not the default (``rows[key + "_blank"]``)."""
    key: str
    default: int
    ok: Callable[[int], bool]      # a value a labelled row may hold
    what: str                      # what a value is called in a message


_ARTICLES = _Stored("articles", -1, lambda v: v >= 0, "article id")
_CONFIRMED = _Stored("confirmed", 0, lambda v: 0 <= v <= 15, "confirmed mask")


def _encode_rows(doc: Document, lines: list[str]) -> dict:
    """The document's columns as ``rows`` stores them (the module's docstring)."""
    n, src = len(doc), doc.src
    labelled, blank = _labelled_and_blank(doc.label)
    table, why_of = _why_table(doc.why)
    return {
        "count": n,
        "labels": "".join(_BLANK if lab is None else LABEL_CODES[lab] for lab in doc.label),
        "splits": [i for i in range(1, n) if src[i] == src[i - 1]],
        "texts": {str(i): t for i, t in enumerate(doc.text) if t != lines[src[i] - 1]},
        "edited": {str(i): e for i, e in enumerate(doc.edited) if e is not None},
        "para_end": [i for i, p in enumerate(doc.para_end) if p],
        **_encode_column(doc.article, _ARTICLES, labelled, blank),
        **_encode_column(doc.confirmed, _CONFIRMED, labelled, blank),
        "why": {"table": table, "rows": _rle(why_of[i] for i in labelled), "blank": _off_default(why_of, blank, -1)},
    }


def _labelled_and_blank(label) -> tuple[list[int], list[int]]:
    """The labelled rows and the blank ones: runs are kept over the first alone (blank rows
    interleave every other line on many pages and would break every run)."""
    return [i for i, lab in enumerate(label) if lab is not None], [i for i, lab in enumerate(label) if lab is None]


def _encode_column(col, stored: _Stored, labelled, blank) -> dict:
    return {stored.key: _rle(col[i] for i in labelled),
            stored.key + "_blank": _off_default(col, blank, stored.default)}


def _off_default(col, blank, default) -> dict:
    """``{row: value}`` for the blank rows whose value is not ``default``."""
    return {str(i): col[i] for i in blank if col[i] != default}


def _why_table(whys) -> tuple[list, list[int]]:
    """The distinct reasons, as lists in order of first use, and each row's index into them
    (-1: none)."""
    table, index, why_of = [], {}, []
    for w in whys:
        if w is None:
            why_of.append(-1)
            continue
        key = (w.label_rule, w.label_conf, w.break_rule, w.break_conf, w.article_rule, w.article_conf)
        k = index.get(key)
        if k is None:
            k = index[key] = len(table)
            table.append(list(key))
        why_of.append(k)
    return table, why_of


def page_summary(doc: Document) -> dict:
    """The page's status and its share of confirmed lines, as a session's ``page`` holds them:
    source lines, as the pages dock counts them in the file before a page is opened (a line
    split in rows, e.g. at an inline jump, is one line, confirmed when all its rows are)."""
    whole = {}
    for src, lab, c in zip(doc.src, doc.label, doc.confirmed):
        if lab is not None:
            whole[src] = whole.get(src, True) and c & ALL == ALL
    summary = {"status": "done" if doc.done else "in progress", "lines": len(whole), "confirmed": sum(whole.values())}
    if doc.page_number is not None:
        summary["number"] = doc.page_number
    links_to = sorted([v["to_page"], v["to_line"]] for v in doc.links.values() if v.get("to_page") is not None)
    if links_to:        # the window notes "continued from" on those pages without reading this session
        summary["links_to"] = links_to
    return summary


def session_bytes(doc: Document) -> bytes:
    """The session file's content for ``doc``."""
    from .filenames import unicode_name
    from .corpus import build_corpus
    from .lines import split_lines
    s = doc.source
    lines = split_lines(s.text)
    if (doc.src[-1] if len(doc) else 0) != len(lines):
        raise SessionError(say(msg.ROWS_NOT_SOURCE, s.name))
    parts = [
        ("format", FORMAT),
        ("version", VERSION),
        ("page", page_summary(doc)),
        ("source", {"name": unicode_name(s.name), "path": unicode_name(s.path), "encoding": s.encoding,
                    "confidence": s.confidence, "sha256": s.sha256,
                    "text_sha256": _text_hash(s.text), "lines": len(lines)}),
        ("settings", dict(sorted(doc.settings.items()))),
        # only when a person linked a part to another page: other sessions stay as they were
        *([("links", [[n, doc.links[n]] for n in sorted(doc.links)])] if doc.links else []),
        # only when a paragraph goes on at a line before it (app.goes_on): [r, s, by a person]
        *([("goes_on", [[n, doc.goes_on[n], int(n in doc.goes_on_person)] for n in sorted(doc.goes_on)])]
          if doc.goes_on else []),
        ("rows", _encode_rows(doc, lines)),
        ("corpus", build_corpus(doc)),
        ("source_text", s.text),
    ]
    # no NaN or infinity (JSON has none) and no lone surrogate (not UTF-8): whatever is
    # saved must load again
    try:
        body = ",\n".join(json.dumps(k) + ":" + json.dumps(v, ensure_ascii=False, separators=(",", ":"),
                                                          allow_nan=False)
                          for k, v in parts)
        return ("{\n" + body + "\n}\n").encode("utf-8")
    except ValueError as e:   # UnicodeEncodeError is one
        raise SessionError(say(msg.CANNOT_SAVE, s.name, _why_unsavable(e))) from None


def _why_unsavable(e: ValueError) -> str:
    if isinstance(e, UnicodeEncodeError):
        return f"the text holds a character that is not valid Unicode ({e.object[e.start:e.end]!a})"
    return str(e)


def save_session(doc: Document, path) -> str:
    """Write ``doc`` to ``path`` atomically: a failure leaves any earlier file as it was.
    Returns the sha256 of the bytes written."""
    from .atomic import write_bytes
    data = session_bytes(doc)
    try:
        write_bytes(path, data)
    except OSError as e:
        raise SessionError(say(msg.CANNOT_SAVE, shown_name(path), e.strerror or e)) from None
    doc.saved_revision = doc.revision
    return hashlib.sha256(data).hexdigest()


SUMMARY_MAX = 1 << 16      # bytes of a summary line read (a page's links_to name other pages)


def read_summary(path) -> dict | None:
    """The ``page`` summary of the session at ``path`` from the file's first lines, without
    parsing the rest; ``None`` when the file is missing or has none (an older session)."""
    try:
        with open(path, "rb") as f:
            head = [f.readline(SUMMARY_MAX) for _ in range(6)]
    except OSError:
        return None
    for line in head[1:]:
        if line.startswith(b'"page":'):
            try:
                summary = json.loads(line[len(b'"page":'):].rstrip(b",\r\n"))
            except ValueError:
                return None
            if isinstance(summary, dict) and summary.get("status") in ("in progress", "done"):
                return summary
            return None
    return None


# ---- reading ---------------------------------------------------------------------------
class _Reader:
    """Checks one decoded JSON value at a time; every failure names the file and the key."""

    def __init__(self, path):
        self.path = path

    def fail(self, sentence, *values):
        raise SessionError(say(sentence, shown_name(self.path), *values))

    def get(self, obj, key, types, where):
        if key not in obj:
            self.fail(msg.S_DAMAGED_SESSION_HAS_NO, where, key)
        v = obj[key]
        if not isinstance(v, types) or (isinstance(v, bool) and bool not in _as_tuple(types)):
            self.fail(msg.S_DAMAGED_SESSION_HAS_WRONG_TYPE, where, key, type(v).__name__)
        if isinstance(v, str):
            self.unicode(v, f"{where}.{key}")
        return v

    def unicode(self, text, where):
        """A lone surrogate (a "\\ud800" escape) is no character: no export could write it."""
        m = _SURROGATE.search(text)
        if m:
            self.fail(msg.S_DAMAGED_SESSION_HOLDS_INVALID_CHARACTER_OFFSET, where, ascii(m.group()), m.start())

    def row_list(self, value, n, where, strictly_increasing=True):
        if not isinstance(value, list):
            self.fail(msg.S_DAMAGED_SESSION_NOT_LIST, where)
        prev = -1
        for r in value:
            if type(r) is not int or not (0 <= r < n):
                self.fail(msg.S_DAMAGED_SESSION_REFERS_ROW_OUTSIDE, where, repr(r), n - 1)
            if strictly_increasing and r <= prev:
                self.fail(msg.S_DAMAGED_SESSION_NOT_INCREASING_ORDER, where)
            prev = r
        return value

    def row_map(self, value, n, where, kind):
        if not isinstance(value, dict):
            self.fail(msg.S_DAMAGED_SESSION_NOT_OBJECT, where)
        out = {}
        for k, v in value.items():
            if not (k.isascii() and k.isdigit() and len(k) < 19) or int(k) >= n:
                self.fail(msg.S_DAMAGED_SESSION_REFERS_ROW_OUTSIDE, where, repr(_short(k)), n - 1)
            if not isinstance(v, kind) or isinstance(v, bool):
                self.fail(msg.S_DAMAGED_SESSION_ENTRY_HAS_WRONG_TYPE, where, k, type(v).__name__)
            if isinstance(v, str):
                self.unicode(v, f"{where}[{k}]")
            out[int(k)] = v
        return out

    def unrle(self, value, length, where, ok):
        if not isinstance(value, list) or len(value) % 2:
            self.fail(msg.S_DAMAGED_SESSION_NOT_RUN_LENGTH_LIST, where)
        out = []
        for k in range(0, len(value), 2):
            v, count = value[k], value[k + 1]
            if type(count) is not int or count <= 0 or type(v) is not int or not ok(v):
                self.fail(msg.S_DAMAGED_SESSION_HAS_BAD_RUN_X, where, repr(v), repr(count))
            if len(out) + count > length:
                self.fail(msg.S_DAMAGED_SESSION_COVERS_MORE_THAN_ROWS_EXPECTED, where, length)
            out += [v] * count
        if len(out) != length:
            self.fail(msg.S_DAMAGED_SESSION_COVERS_ROWS_EXPECTED, where, len(out), length)
        return out


def _as_tuple(types):
    return types if isinstance(types, tuple) else (types,)


class _Constant(ValueError):
    pass


def _short(text: str, keep: int = 20) -> str:
    """A quoted value cut so that a message stays one readable line.

    >>> _short("9" * 30)
    '99999999999999999999…'
    """
    return text if len(text) <= keep else text[:keep] + "…"


def _no_constant(name):
    raise _Constant(name)


class _TooBig(ValueError):
    pass


def _finite(text):
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _TooBig(text[:20] + ("…" if len(text) > 20 else ""))
    return value


def _int(text):
    if len(text) > 18:     # no count, row or id of a session comes near this
        raise _TooBig(text[:20] + "…")
    return int(text)


def _parse(path, data: bytes):
    rd = _Reader(path)
    if data.startswith(BOM):
        data = data[len(BOM):]
    if not data.strip():
        rd.fail(msg.S_SESSION_FILE_EMPTY)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data":
            rd.fail(msg.S_CUT_SHORT_INSIDE_CHARACTER, e.start)
        rd.fail(msg.S_NOT_SESSION_NOT_UTF_TEXT_BAD_BYTE_OFFSET, e.start)
    if text.lstrip()[:1] not in ("{", "["):
        rd.fail(msg.S_NOT_SESSION_NOT_JSON)
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite, parse_int=_int)
    except _Constant as e:
        rd.fail(msg.S_NOT_SESSION_NOT_NUMBER_JSON_ALLOWS, e)
    except _TooBig as e:
        rd.fail(msg.S_DAMAGED_SESSION_NUMBER_OUT_RANGE, e)
    except RecursionError:
        rd.fail(msg.S_NOT_SESSION_NESTED_TOO_DEEPLY)
    except json.JSONDecodeError as e:
        end = len(text.rstrip())
        if e.pos >= end or e.msg.startswith("Unterminated string"):  # a string runs to the end
            line = text.count("\n", 0, end) + 1
            col = end - (text.rfind("\n", 0, end) + 1) + 1
            rd.fail(msg.S_CUT_SHORT_AT_LINE, line, col)
        rd.fail(msg.S_NOT_SESSION_INVALID_JSON_LINE_COLUMN, e.lineno, e.colno, e.msg)


def load_session(path) -> Document:
    """Read a session file into a new document (no undo history, not dirty)."""
    return read_session(path)[0]


def read_session(path) -> tuple[Document, str]:
    """The session at ``path`` as a new document, and the sha256 of the bytes it was read
    from (what a later save compares the file on disk with)."""
    rd = _Reader(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            rd.fail(msg.S_TOO_LARGE_FOR_SESSION_BYTES_LIMIT, size, MAX_BYTES)
        with open(path, "rb") as f:
            data = read_at_most(f, MAX_BYTES + 1)
    except FileNotFoundError:
        rd.fail(msg.S_NO_SUCH_FILE)
    except IsADirectoryError:
        rd.fail(msg.S_FOLDER_NOT_SESSION_FILE)
    except OSError as e:
        rd.fail(msg.S_CANNOT_READ, e.strerror or e)
    if len(data) > MAX_BYTES:
        rd.fail(msg.S_TOO_LARGE_FOR_SESSION_LIMIT_BYTES, MAX_BYTES)
    return session_from_bytes(data, path)


def session_from_bytes(data: bytes, path) -> tuple[Document, str]:
    """The session whose bytes are ``data`` (``path``: what its messages name it), as
    :func:`read_session` reads it from a file (a journal's snapshot holds one).

    The file may be damaged or hostile: each step checks its part before anything is built
    from it, and the first failure, in the order of the steps, is the message."""
    rd = _Reader(path)
    obj = _parse(path, data)
    _check_format(rd, obj)
    source, lines = _read_source(rd, obj)
    settings = rd.get(obj, "settings", dict, "file")
    if not isinstance(settings.get("fold_half_width", True), bool):
        rd.fail(msg.S_DAMAGED_SESSION_SETTINGS_FOLD_HALF_WIDTH_NOT_TRUE_OR_FALSE)
    rd.get(obj, "corpus", dict, "file")     # for other readers: this one rebuilds it from the rows
    columns = _read_rows(rd, rd.get(obj, "rows", dict, "file"), lines)
    doc = Document(source, [])
    for c in Document.COLUMNS:
        setattr(doc, c, columns[c])
    doc.settings.update(settings)
    page = obj.get("page")
    doc.done = isinstance(page, dict) and page.get("status") == "done"
    doc.page_number = _read_number(rd, page)
    doc.links = _read_links(rd, obj.get("links", []), len(lines))
    doc.goes_on, doc.goes_on_person = _read_goes_on(rd, obj.get("goes_on", []), len(lines))
    return doc, hashlib.sha256(data).hexdigest()


def _check_format(rd, obj):
    """A session, of a version this reader knows."""
    if not isinstance(obj, dict) or "format" not in obj:
        rd.fail(msg.S_NOT_ZHENGWEN_SESSION_NO_FORMAT)
    fmt = obj["format"]
    if fmt == "reflow-corpus":
        rd.fail(msg.S_EXPORTED_CORPUS_NOT_SESSION)
    if fmt != FORMAT:
        rd.fail(msg.S_NOT_ZHENGWEN_SESSION_ITS_FORMAT, repr(str(fmt)[:40]))
    version = obj.get("version")
    if type(version) is not int or version < 1:
        rd.fail(msg.S_DAMAGED_SESSION_BAD_VERSION, repr(version))
    if version > VERSION:
        rd.fail(msg.S_MADE_BY_NEWER_ZHENGWEN_VERSION_THIS_ONE_READS_UP, version, VERSION)


def _read_source(rd, obj) -> tuple[Source, list[str]]:
    """The page the session is of, and its lines; its text must match the recorded sha256
    and line count."""
    from .lines import split_lines
    src = rd.get(obj, "source", dict, "file")
    text = rd.get(obj, "source_text", str, "file")
    name = rd.get(src, "name", str, "source")
    spath = rd.get(src, "path", (str, type(None)), "source")
    encoding = rd.get(src, "encoding", str, "source")
    confidence = rd.get(src, "confidence", (int, float), "source")
    sha = rd.get(src, "sha256", str, "source")
    if rd.get(src, "text_sha256", str, "source") != _text_hash(text):
        rd.fail(msg.S_DAMAGED_SESSION_SHA256_MISMATCH)
    lines = split_lines(text)
    if rd.get(src, "lines", int, "source") != len(lines):
        rd.fail(msg.S_DAMAGED_SESSION_SOURCE_LINES_SAYS_LINES_TEXT_HAS, src['lines'], len(lines))
    return Source(name=name, text=text, sha256=sha, encoding=encoding, confidence=confidence, path=spath), lines


def _read_rows(rd, rows, lines) -> dict[str, list]:
    """The document's columns (:attr:`Document.COLUMNS`) from ``rows``, stored as the
    module's docstring says."""
    n, label = _read_labels(rd, rows)
    splits = _read_splits(rd, rows, n, len(lines))
    src_col = _source_lines_of_rows(splits, n)
    text_col = _read_texts(rd, rows, lines, splits, src_col)
    edited = _read_edited(rd, rows, n)
    para_end = [False] * n
    for i in rd.row_list(rd.get(rows, "para_end", list, "rows"), n, "rows.para_end"):
        para_end[i] = True
    labelled, blank = _labelled_and_blank(label)
    article = _read_column(rd, rows, _ARTICLES, label, labelled)
    confirmed = _read_column(rd, rows, _CONFIRMED, label, labelled)
    why = _read_why(rd, rd.get(rows, "why", dict, "rows"), label, labelled)
    for i in blank:
        cur = edited[i] if edited[i] is not None else text_col[i]
        if cur.strip():
            rd.fail(msg.S_DAMAGED_SESSION_ROW_LINE_HAS_TEXT_BUT_NO_LABEL, i, src_col[i])
    return {"text": text_col, "src": src_col, "label": label, "article": article, "para_end": para_end,
            "edited": edited, "confirmed": confirmed, "why": why}


def _read_labels(rd, rows):
    """The number of rows and their labels (None: a blank row)."""
    n = rd.get(rows, "count", int, "rows")
    codes = rd.get(rows, "labels", str, "rows")
    if len(codes) != n:
        rd.fail(msg.S_DAMAGED_SESSION_ROWS_LABELS_HAS_ENTRIES_FOR_ROWS, len(codes), n)
    bad = set(codes) - set(_CODE_LABEL) - {_BLANK}
    if bad:
        rd.fail(msg.S_DAMAGED_SESSION_UNKNOWN_LABEL_CODE_ROWS_LABELS, repr(sorted(bad)[0]))
    return n, list(map({**_CODE_LABEL, _BLANK: None}.__getitem__, codes))


def _read_splits(rd, rows, n, n_lines):
    """The rows that are a later piece of the line before them: ``n`` rows less these make
    the page's ``n_lines`` lines."""
    splits = rd.row_list(rd.get(rows, "splits", list, "rows"), n, "rows.splits")
    if splits and splits[0] == 0:
        rd.fail(msg.S_DAMAGED_SESSION_ROWS_SPLITS_FIRST_ROW_CANNOT_BE_LATER_PIECE)
    if n - len(splits) != n_lines:
        rd.fail(msg.S_DAMAGED_SESSION_SPLITS_DO_NOT_MAKE_LINES, n, len(splits), n_lines)
    return splits


def _source_lines_of_rows(splits, n):
    """Each row's source line: row i comes from line i + 1 less the split pieces up to it.

    >>> _source_lines_of_rows([2, 3], 5)
    [1, 2, 2, 2, 3]
    """
    src_col, prev = [], 0
    for k, row in enumerate(splits):
        src_col.extend(range(prev + 1 - k, row + 1 - k))
        prev = row
    src_col.extend(range(prev + 1 - len(splits), n + 1 - len(splits)))
    return src_col


def _read_texts(rd, rows, lines, splits, src_col):
    """Each row's raw text: its source line, or its own text (a piece of a split line)."""
    text_col = [lines[s - 1] for s in src_col] if splits else list(lines)
    texts = rd.row_map(rd.get(rows, "texts", dict, "rows"), len(src_col), "rows.texts", str)
    for i, t in texts.items():
        text_col[i] = t
    # a line's pieces must make the line: damaged "texts" would hide or invent page text
    for s in sorted({src_col[i] for i in texts} | {src_col[r] for r in splits}):
        if "".join(text_col[bisect_left(src_col, s):bisect_right(src_col, s)]) != lines[s - 1]:
            rd.fail(msg.S_DAMAGED_SESSION_ROWS_TEXTS_DO_NOT_PIECE_TOGETHER_LINE_PAGE, s)
    return text_col


def _read_edited(rd, rows, n):
    edited = [None] * n
    for i, e in rd.row_map(rd.get(rows, "edited", dict, "rows"), n, "rows.edited", str).items():
        edited[i] = e
    return edited


def _read_column(rd, rows, stored: _Stored, label, labelled):
    """A column ``stored`` as runs over the labelled rows and the blank rows off its default."""
    key, default, ok, what = stored
    runs = rd.unrle(rd.get(rows, key, list, "rows"), len(labelled), f"rows.{key}", ok)
    col = [default] * len(label)
    for i, v in zip(labelled, runs):
        col[i] = v
    for i, v in rd.row_map(rd.get(rows, key + "_blank", dict, "rows"), len(label), f"rows.{key}_blank", int).items():
        if label[i] is not None:
            rd.fail(msg.S_DAMAGED_SESSION_ROWS_BLANK_NAMES_ROW_WHICH_NOT_BLANK, key, i)
        if not ok(v) and v != default:
            rd.fail(msg.S_DAMAGED_SESSION_ROWS_BLANK_HAS_BAD, key, what, repr(v))
        col[i] = v
    return col


def _read_why(rd, why_obj, label, labelled):
    """Each row's reasons (a Why, or None): indices into ``why_obj["table"]``, stored as
    :func:`_read_column` stores a column (-1: none)."""
    whys = _read_why_table(rd, rd.get(why_obj, "table", list, "rows.why"))
    ok_why = lambda v: -1 <= v < len(whys)  # noqa: E731
    why_runs = rd.unrle(rd.get(why_obj, "rows", list, "rows.why"), len(labelled), "rows.why.rows", ok_why)
    why = [None] * len(label)
    for i, k in zip(labelled, why_runs):
        why[i] = whys[k] if k >= 0 else None
    for i, k in rd.row_map(rd.get(why_obj, "blank", dict, "rows.why"), len(label), "rows.why.blank", int).items():
        if label[i] is not None or not ok_why(k):
            rd.fail(msg.S_DAMAGED_SESSION_ROWS_WHY_BLANK_HAS_BAD_ENTRY_FOR_ROW, i)
        why[i] = whys[k] if k >= 0 else None
    return why


def _read_why_table(rd, table):
    whys = []
    for k, entry in enumerate(table):
        if (not isinstance(entry, list) or len(entry) != 6
                or not all(isinstance(entry[j], str) for j in (0, 2, 4))
                or not all(isinstance(entry[j], (int, float)) and not isinstance(entry[j], bool) for j in (1, 3, 5))):
            rd.fail(msg.S_DAMAGED_SESSION_ROWS_WHY_TABLE_NOT_RULE_CONFIDENCE_X, k)
        for j in (0, 2, 4):
            rd.unicode(entry[j], f"rows.why.table[{k}]")
        whys.append(Why(*entry))
    return whys


def _read_number(rd, page):
    """A person's page number in the session's ``page`` summary, or None (none was set)."""
    from .folio import parse_number
    if not isinstance(page, dict) or "number" not in page:
        return None
    value = page["number"]
    found = parse_number(value) if isinstance(value, str) else None
    if found is None or found.text() != value:
        rd.fail(msg.S_DAMAGED_SESSION_PAGE_NUMBER_NOT_PAGE_NUMBER, repr(_short(str(value))))
    return value


def _read_goes_on(rd, value, n_lines):
    """The ``goes_on`` of a session: ``[[r, s, person], ...]``, source lines (app.goes_on)."""
    if not isinstance(value, list):
        rd.fail(msg.S_DAMAGED_SESSION_GOES_ON_NOT_LIST)
    links, person = {}, set()
    for entry in value:
        if not (isinstance(entry, list) and len(entry) == 3 and all(type(v) is int for v in entry)
                and 1 <= entry[0] <= n_lines and 1 <= entry[1] <= n_lines and entry[2] in (0, 1)
                and entry[0] not in links):
            rd.fail(msg.S_DAMAGED_SESSION_GOES_ON_HOLDS_BAD_ENTRY, str(entry)[:60])
        links[entry[0]] = entry[1]
        if entry[2]:
            person.add(entry[0])
    return links, person


def _read_links(rd, value, n_lines):
    """The ``links`` of a session: ``[[source line, value], ...]`` (app.operations.SetLink)."""
    from .operations import _link_value
    if not isinstance(value, list):
        rd.fail(msg.S_DAMAGED_SESSION_LINKS_NOT_LIST)
    links = {}
    for entry in value:
        if not (isinstance(entry, list) and len(entry) == 2 and type(entry[0]) is int and 1 <= entry[0] <= n_lines):
            rd.fail(msg.S_DAMAGED_SESSION_LINKS_HOLDS_BAD_ENTRY, str(entry)[:60])
        try:
            kept = _link_value(entry[1]) is not None    # None is SetLink's "forget": never saved
        except TypeError:
            kept = False
        if not kept:
            rd.fail(msg.S_DAMAGED_SESSION_LINKS_HOLDS_BAD_LINK, str(entry[1])[:60])
        if isinstance(entry[1].get("to_page"), str):
            rd.unicode(entry[1]["to_page"], "links")
        links[entry[0]] = entry[1]
    return links


# ---- lock --------------------------------------------------------------------------------
@dataclass
class LockHolder:
    """Another Zhengwen that has the session open."""
    pid: int
    host: str

    def message(self):
        where = "" if self.host == socket.gethostname() else f" on {self.host}"
        return f"already open in another Zhengwen (pid {self.pid}{where})"


def lock_path(path) -> Path:
    return Path(str(path) + ".lock")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except (OSError, ValueError, OverflowError):
        return False
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A killed process its parent has not reaped yet answers signal 0 but is gone (Linux's
    /proc tells; elsewhere it counts as alive).

    >>> _zombie(os.getpid())
    False
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return False
    # "pid (name) S ...": the state follows the name's last parenthesis
    return stat[stat.rfind(b")") + 2:stat.rfind(b")") + 3] == b"Z"


def is_live(holder: LockHolder) -> bool:
    """Is the holder still at work? One on another machine is taken to be: it cannot be asked."""
    return holder.host != socket.gethostname() or alive(holder.pid)


def lock_holder(path) -> LockHolder | None:
    """Who holds the lock of the session at ``path`` (live or not), if anyone."""
    return _read_lock(lock_path(path))


def _read_lock(lp: Path) -> LockHolder | None:
    try:
        info = json.loads(lp.read_text(encoding="utf-8"))
        pid, host = info["pid"], info["host"]
        if type(pid) is int and pid > 0 and isinstance(host, str):
            return LockHolder(pid, host)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def acquire_lock(path, force=False) -> LockHolder | None:
    """Mark the session at ``path`` as open by this process. Returns ``None`` when this
    process now holds the lock, or the holder when another live Zhengwen does (then nothing
    changes unless ``force``). A lock left by a process that is gone is taken over."""
    lp = lock_path(path)
    me = LockHolder(os.getpid(), socket.gethostname())
    payload = json.dumps({"pid": me.pid, "host": me.host}).encode("utf-8")
    lp.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(3):
        try:
            fd = os.open(lp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = _read_lock(lp)
            if holder == me:
                return None
            live = holder is not None and is_live(holder)
            if live and not force:
                return holder
            try:
                lp.unlink()  # stale, unreadable, or taken over on request
            except FileNotFoundError:
                pass
            continue
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
        return None
    raise SessionError(say(msg.CANNOT_LOCK, path))


def release_lock(path) -> None:
    """Remove the lock if this process holds it."""
    lp = lock_path(path)
    if _read_lock(lp) == LockHolder(os.getpid(), socket.gethostname()):
        try:
            lp.unlink()
        except FileNotFoundError:
            pass
