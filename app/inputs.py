"""The pages (or sessions) a command is given: files, folders, quoted globs, lists of paths.

    zhengwen reflow DIR | FILE... | 'GLOB' | --files-from LIST | -      (- : a list on stdin)

A folder is read recursively for the files matching ``glob`` (``*.txt``, case-insensitive),
hidden files and folders left out. Every input is named by its path relative to the folder
all the arguments share (``/``-separated): one folder gives the paths inside it,
``x/a.txt y/a.txt`` keep their folders. Two inputs never have the same name, so neither
can the outputs made from the names. Inputs come in natural order of those names ("A2"
before "A10"), whatever the order of the arguments, so that a rerun, a slice of the set
or another machine sees the same sequence.

A list holds one path a line (or NUL-separated, as ``find -print0`` writes); a path in it
is a file or a folder, never a glob. A named file that does not exist is kept: reading it
fails as one input among the others, with its own message.

The API (``collect`` and ``Input``) is what every command that takes many inputs calls.
"""
from __future__ import annotations

import glob as globbing
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UserError
from .filenames import shown_name

DEFAULT_GLOB = "*.txt"
_MAGIC = set("*?[")


@dataclass(frozen=True, slots=True)
class Input:
    path: str       # where to read it (a string, not a Path: a set may hold millions of pages)
    rel: str        # its name in the set: its path relative to the set's root, "/"-separated


class Inputs(list):
    """The :class:`Input` list of :func:`collect`, which also says whether it is a set."""
    root: str = "."
    is_set: bool = False        # a folder, a glob, a list or several arguments


@dataclass
class _Found:
    paths: list = field(default_factory=list)
    roots: list = field(default_factory=list)
    is_set: bool = False


def has_magic(text: str) -> bool:
    """Whether ``text`` is a glob.

    >>> has_magic("pages/*.txt"), has_magic("a.txt")
    (True, False)
    """
    return any(c in _MAGIC for c in text)


def glob_root(pattern: str) -> str:
    """The folder a glob starts from: its path up to the first part holding a wildcard.

    >>> glob_root("pages/2024-*/A?.txt"), glob_root("*.txt"), glob_root("/data/**/*.txt")
    ('pages', '.', '/data')
    """
    fixed = []
    for part in Path(pattern).parts:
        if has_magic(part):
            break
        fixed.append(part)
    return str(Path(*fixed)) if fixed else "."


def read_list(text: str) -> list[str]:
    r"""The paths of a list: NUL-separated when it holds a NUL, else one a line (a line end
    is ``\n`` or ``\r\n``; spaces are part of a name); empty entries skipped.

    >>> read_list("a.txt\r\nb c.txt\n\n"), read_list("a\nb.txt\x00c.txt\x00")
    (['a.txt', 'b c.txt'], ['a\nb.txt', 'c.txt'])
    """
    if "\x00" in text:
        return [p for p in text.split("\x00") if p]
    return [p.removesuffix("\r") for p in text.split("\n") if p.removesuffix("\r")]


def _list_from(source: str, stdin) -> list[str]:
    if source == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as e:
            raise UserError(f"{shown_name(source)}: cannot read the list of inputs: {e.strerror or e}") from None
    if isinstance(data, bytes):
        data = os.fsdecode(data)     # names are bytes to the file system: keep any it can hold
    return read_list(data)


def _expand(arg: str, pattern: str, exclude, literal: bool, found: _Found) -> None:
    """Add what one argument names; ``literal``: a path from a list, never a glob."""
    from .workspace import page_paths
    if os.path.isdir(arg):
        found.roots.append(arg)
        found.paths += [full for _, full in page_paths(arg, pattern, exclude)]
        found.is_set = True
    elif not literal and has_magic(arg) and not os.path.lexists(arg):
        matches = sorted(p for p in globbing.glob(arg, recursive=True) if os.path.isfile(p))
        if not matches:
            raise UserError(f"no file matches {shown_name(arg)}")
        found.roots.append(glob_root(arg))
        found.paths += matches
        found.is_set = True
    else:       # a file, or a missing one: reading it will say so, as one input that failed
        found.roots.append(os.path.dirname(arg) or ".")
        found.paths.append(arg)


def collect(paths, files_from=None, glob=DEFAULT_GLOB, *, exclude=(), stdin=None) -> Inputs:
    """Every input the arguments name (``-`` among ``paths``, or ``files_from="-"``: a list
    on stdin), in natural order of their relative names, each once. ``exclude``: folders
    not to read (where the command writes its output)."""
    stdin = sys.stdin if stdin is None else stdin
    sources = [(p, False) for p in map(os.fspath, paths) if p != "-"]
    lists = ([os.fspath(files_from)] if files_from else []) + (["-"] if "-" in paths else [])
    for source in dict.fromkeys(lists):
        sources += [(p, True) for p in _list_from(source, stdin)]
    if not sources:
        raise UserError("no inputs given" + (" (the list is empty)" if lists else ""))
    found = _Found(is_set=bool(lists) or len(sources) > 1)
    for arg, literal in sources:
        _expand(arg, glob, exclude, literal, found)
    if not found.paths:
        where = ", ".join(shown_name(s) for s, _ in sources[:3]) + (", …" if len(sources) > 3 else "")
        raise UserError(f"no file matching {shown_name(glob)} in {where}")
    try:
        root = os.path.commonpath([os.path.abspath(r) for r in found.roots])
    except ValueError:      # Windows: roots on different drives
        root = os.path.abspath(".")
    result = Inputs(name_inputs(found.paths, root))
    result.root, result.is_set = root, found.is_set
    return result


def name_inputs(paths, root: str) -> list[Input]:
    """Inputs named by their paths relative to ``root``, in natural order, each once.

    >>> [i.rel for i in name_inputs(["/d/x/a.txt", "/d/A10.txt", "/d/A2.txt", "/d/x/a.txt"], "/d")]
    ['A2.txt', 'A10.txt', 'x/a.txt']
    >>> name_inputs(["/a.txt"], "/")[0]
    Input(path='/a.txt', rel='a.txt')
    """
    from .workspace import natural_key
    prefix = root.rstrip(os.sep) + os.sep
    named = {}
    for p in paths:
        full = os.path.abspath(p)
        rel = full[len(prefix):] if full.startswith(prefix) else os.path.relpath(full, root)
        rel = rel.replace(os.sep, "/")
        # the path as given reads it (it may be relative); the name is what the set calls it
        named.setdefault(rel, Input(os.fspath(p), rel))
    return sorted(named.values(), key=lambda i: natural_key(i.rel))
