"""A corpus of many pages: one page's reflow corpus (:mod:`app.corpus`) with its place in
the set, as ``../shared/corpus-format.md`` ("A corpus of many pages") has it.

- JSONL: one article a line, each the article of the one-page JSONL (``source`` copied in)
  plus ``page`` (the path relative to the folder, ``/``-separated), ``page_status``
  (``new``, ``in progress`` or ``done``) and ``page_sha256`` (of the page's bytes). A
  page's ``dropped`` lines are not articles: they are not in the JSONL.
- JSON: ``{"format": "reflow-corpus-set", "version": 1, "pages": [{"page", "page_status",
  "page_sha256", "corpus"}, ...]}``, every page's whole corpus (its ``dropped`` too).
- Markdown, plain text, one-page JSON: one file per page, named by its relative path
  (:func:`page_file_names`).

Every function here is pure: a folder of a million pages is written a page at a time by
the callers (:mod:`app.batch`), from the pieces these return.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from json.encoder import encode_basestring

from .errors import UserError
from .export import EXTENSIONS, render, to_json
from .filenames import shown_name

SET_FORMAT, SET_VERSION = "reflow-corpus-set", 1
PAGE_STATUSES = ("new", "in progress", "done")

# as app.export.to_jsonl writes a line (json.dumps with ensure_ascii=False), built once
_LINE = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
_STRING = encode_basestring        # the string encoder _LINE's encoder uses (ensure_ascii=False)
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def check_page(page: str) -> str:
    """``page`` when it is a relative ``/``-separated path that stays inside its folder.

    >>> check_page("2024-05-10/A03.txt")
    '2024-05-10/A03.txt'
    >>> for bad in ("/etc/x.txt", "../x.txt", "a\\\\b.txt", "a//b.txt", ""):
    ...     try:
    ...         check_page(bad)
    ...     except ValueError:
    ...         print("refused", repr(bad))
    refused '/etc/x.txt'
    refused '../x.txt'
    refused 'a\\\\b.txt'
    refused 'a//b.txt'
    refused ''
    """
    parts = page.split("/")
    if "\\" in page and not any(p in ("", ".", "..") for p in parts) and "\x00" not in page:
        raise PageNameError(f"{shown_name(page)}: a backslash in a page's name reads as a folder's end "
                            "where the corpus is read on Windows; rename the file")
    if not page or "\\" in page or "\x00" in page or any(p in ("", ".", "..") for p in parts):
        raise PageNameError(f"not a page path relative to its folder: {page!r}")
    return page


class PageNameError(UserError, ValueError):
    """A page's name the corpus cannot hold: that page fails, said plainly, and the run goes on."""


def _check_status(status: str) -> str:
    if status not in PAGE_STATUSES:
        raise ValueError(f"page status {status!r} is not one of {', '.join(PAGE_STATUSES)}")
    return status


def article_records(corpus: dict, page: str, page_status: str, page_sha256: str) -> list[dict]:
    """The JSONL records of one page: each article, its page's ``source``, then ``page``,
    ``page_status`` and ``page_sha256``.

    >>> c = {"source": {"name": "A03.txt"}, "articles": [{"id": 1, "headline": "标题"}], "dropped": []}
    >>> article_records(c, "2024-05-10/A03.txt", "new", "ab")
    [{'id': 1, 'headline': '标题', 'source': {'name': 'A03.txt'}, 'page': '2024-05-10/A03.txt', 'page_status': 'new', 'page_sha256': 'ab'}]
    """
    check_page(page)
    _check_status(page_status)
    out = []
    for art in corpus["articles"]:
        row = dict(art)
        row["source"] = corpus["source"]
        row["page"], row["page_status"], row["page_sha256"] = page, page_status, page_sha256
        out.append(row)
    return out


def jsonl_text(corpus: dict, page: str, page_status: str, page_sha256: str) -> str:
    """One page's lines of the JSONL corpus (each ends with a line end; ``""`` for a page
    without articles), encoded as the one-page JSONL encodes its lines: the text of
    ``_LINE(r) + "\\n"`` for each of :func:`article_records`, made faster by
    :func:`_article_line` (the page's fields written once, the blocks by a format)."""
    check_page(page)
    _check_status(page_status)
    tail = {"source": corpus["source"], "page": page, "page_status": page_status, "page_sha256": page_sha256}
    tail_text = _LINE(tail)
    return "".join([_article_line(art, tail, tail_text) for art in corpus["articles"]])


_TAIL_KEYS = frozenset(("source", "page", "page_status", "page_sha256"))


def _article_line(art: dict, tail: dict, tail_text: str) -> str:
    """``_LINE(dict(art, **tail)) + "\\n"`` (``tail_text``: ``_LINE(tail)``). An article whose
    blocks come last (all but a joined set's, which ends with its ``parts``) is written as
    its other fields, its blocks one by one (:func:`_block_text`) and the page's fields,
    written once a page: json's encoder makes a string of every key, number and separator
    and joins them all at the end, which costs more than the format of a block (figures:
    docs/performance.md, "reading and the JSON line")."""
    if next(reversed(art), None) != "blocks" or len(art) < 2 or not _TAIL_KEYS.isdisjoint(art):
        return _LINE(dict(art, **tail)) + "\n"
    head = dict(art)
    blocks = ", ".join(map(_block_text, head.pop("blocks")))
    return f'{_LINE(head)[:-1]}, "blocks": [{blocks}], {tail_text[1:]}\n'


def _block_text(block: dict) -> str:
    """``_LINE(block)``. A block of three keys is one :mod:`app.corpus` made (``_block``:
    type, text, lines, in that order; the others have a fourth key, ``page`` or
    ``split_of``): its strings go through the string encoder of ``_LINE``'s encoder, and
    its line numbers, ints, are printed as a list prints them, which is how json writes a
    list of ints."""
    if len(block) == 3 and type(block.get("lines")) is list:
        try:
            kind, text = _STRING(block["type"]), _STRING(block["text"])
            return f'{{"type": {kind}, "text": {text}, "lines": {block["lines"]!r}}}'
        except (KeyError, TypeError):       # a key of another name, a text that is not a string
            pass
    return _LINE(block)


def page_entry(corpus: dict, page: str, page_status: str, page_sha256: str) -> dict:
    """One page of the JSON form of the set."""
    return {"page": check_page(page), "page_status": _check_status(page_status),
            "page_sha256": page_sha256, "corpus": corpus}


def entry_text(entry: dict) -> str:
    """A page entry as the JSON set holds it: on one line of its own."""
    return _COMPACT(entry)


SET_HEAD = '{"format":"%s","version":%d,"pages":[\n' % (SET_FORMAT, SET_VERSION)
SET_TAIL = "\n]}\n"
SET_SEPARATOR = ",\n"


def set_json(entry_texts: Iterable[str]) -> str:
    """The JSON document of the set from its pages' :func:`entry_text` (a writer that
    cannot hold them all writes ``SET_HEAD``, the texts joined by ``SET_SEPARATOR``, and
    ``SET_TAIL`` itself).

    >>> c = {"source": {}, "articles": [], "dropped": []}
    >>> json.loads(set_json([entry_text(page_entry(c, "a.txt", "done", "00"))]))["pages"][0]["page_status"]
    'done'
    >>> json.loads(set_json([]))
    {'format': 'reflow-corpus-set', 'version': 1, 'pages': []}
    """
    texts = list(entry_texts)
    if not texts:
        return SET_HEAD.rstrip("\n") + "]}\n"
    return SET_HEAD + SET_SEPARATOR.join(texts) + SET_TAIL


def page_file_names(pages: Iterable[str], fmt: str) -> dict[str, str]:
    """Every page's file in a folder of page files (``page -> name``), as the command line
    names one file per input (:func:`app.outputs.output_names`): the page's path with the
    format's extension for its own, or where that would give two pages one file (case
    aside) the whole path with the extension added. Given for the whole set at once, so
    every slice of it agrees.

    >>> page_file_names(["2024/A3.txt", "x/a.txt", "a.txt", "a.text"], "md")
    {'2024/A3.txt': '2024/A3.md', 'x/a.txt': 'x/a.md', 'a.txt': 'a.txt.md', 'a.text': 'a.text.md'}
    """
    from .outputs import output_names
    pages = [p for p in pages if _nameable(p)]     # the others fail as pages, said one by one
    return dict(zip(pages, output_names(pages, EXTENSIONS[fmt])))


def _nameable(page: str) -> bool:
    try:
        check_page(page)
    except PageNameError:
        return False
    return True


def page_file_text(corpus: dict, fmt: str) -> str:
    """One page's file in a folder of page files: the one-page corpus in ``fmt``."""
    return to_json(corpus) if fmt == "json" else render(corpus, fmt)
