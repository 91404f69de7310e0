"""A folder of pages worked through as one: its pages in order, their status, where you were.

The pages are the files under the folder matching a pattern (``*.txt``), found recursively
(hidden folders skipped), in natural order of their path relative to the folder ("A2"
before "A10"). A page's status comes from the one-line summary at the start of its saved
session (:func:`app.session.read_summary`), so a folder of a thousand pages is listed
without parsing a single session: ``new`` (nothing saved), ``in progress`` or ``done``.
"""
from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import store

if TYPE_CHECKING:
    from .folio import PageNumber

DEFAULT_GLOB = "*.txt"
STATUSES = ("new", "in progress", "done")


@dataclass(frozen=True)
class PageEntry:
    rel: str        # the path relative to the folder, "/"-separated
    path: Path


@dataclass(frozen=True)
class PageStatus:
    status: str                  # one of STATUSES
    lines: int | None = None     # non-blank lines, when a session says
    confirmed: int | None = None
    number: str | None = None    # the page's number as a person corrected it ("7", "A2")
    links_to: tuple = ()         # (page, line): a part of this page goes on there (a person's link)

    def share(self) -> float | None:
        if self.lines:
            return self.confirmed / self.lines
        return None


def natural_key(text: str):
    """Sort key putting numbers in numeric order.

    >>> sorted(["A10.txt", "A2.txt", "a1.txt", "B1.txt"], key=natural_key)
    ['a1.txt', 'A2.txt', 'A10.txt', 'B1.txt']
    >>> sorted(["2024-12-10/A1.txt", "2024-12-9/A1.txt"], key=natural_key)
    ['2024-12-9/A1.txt', '2024-12-10/A1.txt']
    """
    parts = [(0, int(p), "") if p.isdigit() else (1, 0, p.casefold()) for p in re.split(r"(\d+)", text) if p]
    return parts, text      # the text itself settles what case and leading zeros left equal


def scan(root, pattern: str = DEFAULT_GLOB, exclude=()) -> list[PageEntry]:
    """The pages under ``root``: files matching ``pattern`` (case-insensitive), hidden
    files and folders left out, in natural order of their relative paths. Folders in
    ``exclude`` (absolute paths, e.g. where a command writes its output) are not entered."""
    return [PageEntry(rel, Path(full)) for rel, full in page_paths(root, pattern, exclude)]


def page_paths(root, pattern: str = DEFAULT_GLOB, exclude=()) -> list[tuple[str, str]]:
    """What :func:`scan` finds, as ``(relative path, full path)`` strings: a batch holds
    every page's names for the whole run, and a Path object costs several times its string."""
    root = os.fspath(root)
    skip = {os.path.abspath(e) for e in exclude}
    matches = re.compile(fnmatch.translate(pattern.lower())).match
    found = []
    for folder, dirs, files in os.walk(root):
        if folder != root and _holds_a_run(folder, files):
            dirs[:] = []
            continue        # what an earlier run wrote (out/part-*.jsonl, out/A3.txt) is no page
        dirs[:] = [d for d in dirs if not d.startswith(".")
                   and not (skip and os.path.abspath(os.path.join(folder, d)) in skip)]
        within = os.path.relpath(folder, root).replace(os.sep, "/")
        within = "" if within == "." else within + "/"
        for name in files:
            if not name.startswith(".") and matches(name.lower()):
                full = os.path.join(folder, name)
                if os.path.isfile(full):     # a pipe or device named *.txt would block every read
                    found.append((within + name, full))
    found.sort(key=lambda e: natural_key(e[0]))
    return found


def _holds_a_run(folder, files) -> bool:
    """Is ``folder`` the output folder of a ``reflow`` run (its manifest names the format)?"""
    from .batch import MANIFEST, MANIFEST_FORMAT
    if MANIFEST not in files:
        return False
    try:
        with open(os.path.join(folder, MANIFEST), "rb") as f:
            return f'"{MANIFEST_FORMAT}"'.encode() in f.read(512)
    except OSError:
        return False


def page_status(path) -> PageStatus:
    """A page's status from its saved session's summary line."""
    session = store.session_path(path)
    from .session import read_summary     # not needed to list or sort pages (every reflow does)
    summary = read_summary(session)
    if summary is None:
        return PageStatus("in progress") if session.exists() else PageStatus("new")
    lines, confirmed = summary.get("lines"), summary.get("confirmed")
    ok = type(lines) is int and type(confirmed) is int and 0 <= confirmed <= lines
    number = summary.get("number")
    return PageStatus(summary["status"], lines if ok else None, confirmed if ok else None,
                      number if isinstance(number, str) and _is_number(number) else None,
                      links_to(summary.get("links_to")))


def linked_in(statuses: dict, rel: str) -> dict[int, str]:
    """``{line: page}``: the lines of the page ``rel`` that a person's link on another page
    goes on to, from the pages' statuses (:func:`page_status`: their sessions' summaries).

    >>> linked_in({"A1.txt": PageStatus("done", links_to=(("A2.txt", 7),)), "A2.txt": PageStatus("new")}, "A2.txt")
    {7: 'A1.txt'}
    """
    return {line: other for other, st in statuses.items() if other != rel
            for to, line in st.links_to if to == rel}


def links_to(value) -> tuple:
    """The ``(page, line)`` pairs of a summary's ``links_to``; anything else in it is left out.

    >>> links_to([["A02.txt", 3], ["x", "y"], 5])
    (('A02.txt', 3),)
    """
    if not isinstance(value, list):
        return ()
    return tuple((v[0], v[1]) for v in value
                 if isinstance(v, list) and len(v) == 2 and isinstance(v[0], str) and type(v[1]) is int)


def _is_number(text) -> bool:
    from .folio import parse_number
    found = parse_number(text)
    return found is not None and found.text() == text


def page_facts(path, rel) -> tuple[int, PageNumber | None]:
    """A page file's non-blank lines (:func:`count_lines`) and the number it prints or its
    name holds (:func:`app.folio.page_number`; ``rel``: its path in the folder), read once
    for the pages dock. A page that cannot be decoded has no number here; opening it
    says why."""
    from .decoding.decoder import decode_bytes
    from .folio import page_number
    try:
        data = Path(path).read_bytes()
    except OSError:
        return 0, None
    try:
        text = decode_bytes(data, rel).text
    except ValueError:     # DecodeError, SourceError: not text
        text = ""
    return _count(data), page_number(text, rel)


def _count(data: bytes) -> int:
    return sum(1 for line in data.splitlines() if line.strip())     # bytes: \r\n, \r or \n end a line


def count_lines(path) -> int:
    """Non-blank lines of a page file, counted on its bytes (for progress before a page
    is opened; ASCII-compatible encodings, which every page seen so far is)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return 0
    return _count(data)


# ---- where the person was ------------------------------------------------------------
def _state_path(root) -> Path:
    key = os.fsencode(store.page_key(root))
    return store.data_home() / "workspaces" / (hashlib.sha256(key).hexdigest()[:24] + ".json")


PLACES_KEPT = 1000      # pages whose line is remembered, the most recently left


def _state(root) -> dict:
    try:
        state = json.loads(_state_path(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def last_page(root) -> str | None:
    """The relative path of the page open when the folder was last left."""
    rel = _state(root).get("current")
    return rel if isinstance(rel, str) else None


def page_line(root, rel: str) -> int | None:
    """The line the cursor was on when the page ``rel`` of the folder was last left."""
    lines = _state(root).get("lines")
    line = lines.get(rel) if isinstance(lines, dict) else None
    return line if isinstance(line, int) and line > 0 else None


def remember_page(root, rel: str, left: dict | None = None) -> None:
    """The page now open, and the line of each page in ``left`` (rel: line) as it is left."""
    from .atomic import write_text
    state = _state(root)
    lines = state.get("lines") if isinstance(state.get("lines"), dict) else {}
    for page, line in (left or {}).items():
        lines.pop(page, None)
        lines[page] = line          # the most recent last
    lines = dict(list(lines.items())[-PLACES_KEPT:])
    state = {"root": str(store.page_key(root)), "current": rel, "lines": lines}
    try:
        # written at every page turn: not worth an fsync (a crash at worst forgets the place)
        write_text(_state_path(root), json.dumps(state) + "\n", durable=False)   # ASCII: a name may hold undecodable bytes
    except OSError:
        pass        # only a convenience: the page's work is in its session
