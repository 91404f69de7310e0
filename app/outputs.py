"""Where each input's output goes, checked before anything is written.

    -o -            stdout
    -o FILE         one input's corpus (a FILE that is a folder, or ends with ``/``: see below)
    -o FOLDER/      one file per input, named by the input's relative name with the format's
                    extension (``x/a.txt`` -> ``FOLDER/x/a.json``); with ``--split`` one folder
                    per input (``FOLDER/x/a/``) holding a file per article

Several inputs (or a folder, a glob, a list) into a name that is not a folder and has an
extension (``-o all.json``) ask for the one corpus of the set: the command decides.

The plan is refused (:class:`~app.errors.UserError`, exit 2) before anything is written when
an output is, or resolves to (a link, a hard link), one of the inputs; when two inputs would
write one name; when a name is longer than the file system allows; and, with ``--split``,
when a page's folder holds something other than the article files of an earlier run
(:func:`replace_folder` swaps the old articles for the new, so they never mix).
"""
from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .errors import UserError
from .filenames import shown_name

NAME_MAX, PATH_MAX = 255, 4096      # ext4, APFS, NTFS (names); Linux (paths)
# what a --split run writes: NN-<headline>.<ext> (app/cli.py), and nothing else
ARTICLE_FILE = re.compile(r"\d{2,}-.*\.(json|jsonl|md|txt)")


@dataclass(frozen=True)
class Target:
    input: object               # an app.inputs.Input
    path: Path | None           # None: stdout; with --split a folder


def is_folder_name(output: str) -> bool:
    """A trailing ``/`` means a folder, existing or not.

    >>> is_folder_name("out/"), is_folder_name("out"), is_folder_name("out.json")
    (True, False, False)
    """
    return output.endswith(("/", os.sep))


def _stem(rel: str) -> str:
    """``rel`` without the suffix of its last part (as ``PurePosixPath.suffix`` sees it).

    >>> _stem("x/a.txt"), _stem("x.d/a"), _stem("a."), _stem(".profile"), _stem("a.b.txt")
    ('x/a', 'x.d/a', 'a.', '.profile', 'a.b')
    """
    name = rel[rel.rfind("/") + 1:]
    i = name.rfind(".")
    return rel[: len(rel) - len(name) + i] if 0 < i < len(name) - 1 else rel


def _folders(name: str):
    """The folders a relative output name lies in, as ``PurePosixPath.parents`` lists them.

    >>> list(_folders("a/b/c.md")), list(_folders("c.md"))
    (['a/b', 'a'], [])
    """
    i = name.rfind("/")
    while i > 0:
        name = name[:i]
        yield name
        i = name.rfind("/")


def output_names(rels: list[str], ext: str) -> list[str]:
    """Relative output names for inputs' relative names: the input's name with ``ext`` for
    its extension, or, where that would give two inputs one name (case aside, as macOS and
    Windows see it) or a name another output uses as a folder, the input's whole name
    with ``ext`` added.

    >>> output_names(["a.txt", "x/a.txt", "b.text"], ".md")
    ['a.md', 'x/a.md', 'b.md']
    >>> output_names(["a.txt", "a.text", "b.txt"], ".md")
    ['a.txt.md', 'a.text.md', 'b.md']
    >>> output_names(["a.txt", "A.TXT"], ".md")       # one file where case does not count
    Traceback (most recent call last):
    app.errors.UserError: A.TXT and a.txt would be written to one name (A.TXT.md): rename one of them
    >>> output_names(["x.txt", "x/a.txt"], "")      # --split: x's folder would hold x/a's
    ['x.txt', 'x/a']
    """
    first = [_stem(r) + ext for r in rels]
    taken = Counter(n.casefold() for n in first)
    folders = {p.casefold() for n in first for p in _folders(n)}
    names = [n if taken[n.casefold()] == 1 and n.casefold() not in folders else r + ext
             for r, n in zip(rels, first)]
    _check_unique(rels, names)
    return names


def _check_unique(rels, names) -> None:
    seen = {}
    folders = {p.casefold(): n for n in names for p in _folders(n)}
    for rel, name in zip(rels, names):
        key = name.casefold()
        other = seen.get(key) or (key in folders and folders[key])
        if other:
            raise UserError(f"{shown_name(rel)} and {shown_name(other)} would be written to one name "
                            f"({shown_name(name)}): rename one of them")
        seen[key] = rel


def plan(inputs, output, ext: str, split: bool, is_set: bool) -> list[Target] | None:
    """Each input's target; None when several inputs go into one file or, as JSON or JSONL,
    to stdout (the corpus of the set).
    ``output``: what ``-o`` gave (None: not given)."""
    if output in (None, "-"):
        return _plan_stdout(inputs, output, ext, split, is_set)
    out = Path(output)
    folder = split or is_folder_name(output) or os.path.isdir(output) or (is_set and not out.suffix)
    if not folder:
        if is_set:
            return None
        return [Target(inputs[0], out)]
    if os.path.lexists(output) and not os.path.isdir(output):
        need = "--split needs" if split else "several inputs need"
        raise UserError(f"{shown_name(output)}: {need} -o to name a folder, and this is a file")
    if split and not is_set:
        return [Target(inputs[0], out)]
    names = output_names([i.rel for i in inputs], "" if split else ext)
    return [Target(i, out.joinpath(*n.split("/"))) for i, n in zip(inputs, names)]


def _plan_stdout(inputs, output, ext, split, is_set):
    if split:
        raise UserError("--split needs -o FOLDER/")
    if output is None and is_set:
        raise UserError("several inputs need -o FOLDER/ (or -o - for stdout)")
    if is_set and ext in (".jsonl", ".json"):
        return None     # the one corpus of the set, as into a file (Markdown and text concatenate)
    return [Target(i, None) for i in inputs]


# ---- checks before anything is written --------------------------------------------------------
def file_identity(path):
    """(device, inode) of ``path`` by any name (a link, a hard link); None: nothing there,
    or a file system that gives no inode (0: some network shares), where every file would
    seem one and the same."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if st.st_ino else None


def lands_on(output, inputs) -> Path | None:
    """The input that writing ``output`` would replace (the same file by any name: a link,
    a hard link), or ``None``: the window's exports ask this of one output at a time."""
    out = file_identity(output)
    if out is None:
        return None          # nothing there yet: it can be no input
    return next((Path(p) for p in inputs if p is not None and file_identity(p) == out), None)


def check(targets: list[Target], split: bool, also_read=()) -> None:
    """Refuse the plan when an output would replace an input (or a file in ``also_read``,
    such as the list of inputs), or is too long a name."""
    inputs = {}
    for path in [t.input.path for t in targets] + list(also_read):
        key = file_identity(path)
        if key:
            inputs.setdefault(key, path)
    # each output once: the pages of a set into one file are as many targets of one path
    for out in dict.fromkeys(t.path for t in targets if t.path is not None):
        check_length(out)
        written = _files_in(out) if split else [out]
        for path in written:
            hit = inputs.get(file_identity(path))
            if hit is not None:
                raise UserError(f"{shown_name(out)}: the output would replace the input "
                                f"{shown_name(hit)}: choose another -o")
        if split:
            check_split_folder(out)


def _files_in(folder: Path) -> list[Path]:
    try:
        return [folder / n for n in os.listdir(folder)]
    except OSError:
        return []


def check_length(path: Path) -> None:
    """Names of at most 255 bytes, paths of fewer than 4096: else a message, not an OSError."""
    full = os.fsencode(os.path.abspath(path))
    for part in full.split(b"/"):
        if len(part) > NAME_MAX:
            raise UserError(f"{shown_name(path)}: a name in this path is {len(part)} bytes long; "
                            f"file systems allow {NAME_MAX}")
    if len(full) >= PATH_MAX:
        raise UserError(f"{shown_name(path)}: the path is {len(full)} bytes long; the limit is {PATH_MAX - 1}")


def check_split_folder(folder: Path) -> None:
    """A --split folder may exist only holding what an earlier --split wrote."""
    if not os.path.lexists(folder):
        return
    if not os.path.isdir(folder):
        raise UserError(f"{shown_name(folder)}: --split writes a folder here, and this is a file")
    for name in sorted(os.listdir(folder)):
        if not (ARTICLE_FILE.fullmatch(name) and os.path.isfile(folder / name)):
            raise UserError(f"{shown_name(folder)}: holds {shown_name(name)}, which --split did not write; "
                            "--split replaces the whole folder: give an empty or new one")


# ---- a folder replaced as a whole -------------------------------------------------------------
class FolderWrite:
    """A new folder beside ``folder`` that takes its place at :meth:`commit` (the old one,
    if any, is removed then), so a rerun never leaves old articles beside new ones."""

    def __init__(self, folder):
        from .atomic import write_target
        self.folder = write_target(folder)           # a link to a folder: its target is replaced
        parent = self.folder.parent
        parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.folder.name[:40]}~", suffix=".tmp", dir=parent))
        try:
            mode = os.stat(self.folder).st_mode & 0o7777 if os.path.isdir(self.folder) else None
        except OSError:
            mode = None
        from .atomic import current_umask
        os.chmod(self.tmp, mode if mode is not None else 0o777 & ~current_umask())

    def commit(self) -> None:
        parked = None
        if os.path.lexists(self.folder):
            parked = Path(tempfile.mkdtemp(prefix=f".{self.folder.name[:40]}~", suffix=".old", dir=self.folder.parent))
        try:
            if parked is not None:
                os.rename(self.folder, parked / "old")
            try:
                os.rename(self.tmp, self.folder)
            except BaseException:       # a failure or a signal between the two: the old one back
                if parked is not None and os.path.lexists(parked / "old"):
                    os.rename(parked / "old", self.folder)
                raise
        finally:
            if parked is not None:
                _remove_tree(parked)

    def discard(self) -> None:
        _remove_tree(self.tmp)


def _remove_tree(folder) -> None:
    import shutil      # only --split replaces folders: not imported by every command
    shutil.rmtree(folder, ignore_errors=True)
