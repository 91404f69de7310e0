"""Where the work on a page is kept: one folder per page in the user's data folder.

A page's work belongs to the page file, wherever Zhengwen is started from and whether the
page is opened alone or as part of a folder. Nothing is written beside the pages (archives
are often read-only or shared): every page has a folder of its own under
``<data home>/pages/`` named by the page's full path, so ``/data/2024-12-02/A01.txt`` keeps
its work in ``<data home>/pages/data/2024-12-02/A01.txt/``:

- ``session.json``: the saved session (:mod:`app.session`);
- ``.session.json.journal``: the operations since the last save (:mod:`app.journal`);
- ``session.json.lock``: held while a window has the page open.

Two pages with the same name in different folders have different full paths, so they never
share a session or a journal. The data home is ``$ZHENGWEN_HOME`` when set, else the
platform's user data folder (``~/.local/share/zhengwen`` on Linux; ``XDG_DATA_HOME`` is
followed), from :mod:`platformdirs`.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

SESSION_NAME = "session.json"
# a path deeper or longer than this is stored under a hash of itself (see page_folder)
MAX_NAME_BYTES = 200
MAX_PATH_CHARS = 3000


def data_home() -> Path:
    """The folder holding every page's work (created on first save, not here)."""
    env = os.environ.get("ZHENGWEN_HOME")
    if env:
        return Path(env).expanduser().absolute()
    import platformdirs
    return Path(platformdirs.user_data_dir("zhengwen", appauthor=False))


def page_key(page_path) -> Path:
    """The page's full path with links resolved: what its work is filed under."""
    return Path(os.path.realpath(os.path.abspath(page_path)))


def page_folder(page_path, home: Path | None = None) -> Path:
    """The folder keeping the work on the page at ``page_path``.

    >>> page_folder("/data/2024-12-02/A01.txt", Path("/h")).as_posix()
    '/h/pages/data/2024-12-02/A01.txt'
    >>> page_folder("/data/2024-12-01/A01.txt", Path("/h")).as_posix()
    '/h/pages/data/2024-12-01/A01.txt'
    """
    home = data_home() if home is None else home
    key = page_key(page_path)
    parts = [p for p in key.parts[1:] if p not in ("", ".", "..")]
    drive = key.drive.rstrip(":\\/") if key.drive else ""
    folder = home.joinpath("pages", *([drive] if drive else []), *parts)
    if len(str(folder)) > MAX_PATH_CHARS or any(len(p.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES for p in parts):
        digest = hashlib.sha256(os.fsencode(key)).hexdigest()[:32]
        folder = home / "pages-by-hash" / digest
    return folder


def session_path(page_path, home: Path | None = None) -> Path:
    """Where the session of the page at ``page_path`` is saved."""
    return page_folder(page_path, home) / SESSION_NAME


def journal_path(session_file, pid: int | None = None) -> Path:
    """The journal of unsaved steps beside a session file (hidden by a leading dot); a
    second window on the same page keeps its own, named by its process id.

    >>> journal_path("/h/pages/a.txt/session.json").as_posix()
    '/h/pages/a.txt/.session.json.journal'
    >>> journal_path("/h/pages/a.txt/session.json", 4242).name
    '.session.json.4242.journal'
    """
    p = Path(session_file)
    return p.with_name("." + p.name + (f".{pid}" if pid else "") + ".journal")


def journal_paths(session_file) -> list[Path]:
    """Every journal beside a session file: its own, then second windows' (by process id)."""
    own = journal_path(session_file)
    try:
        others = sorted(own.parent.glob(own.name[:-len(".journal")] + ".*.journal"))
    except OSError:
        others = []
    return [own] + [o for o in others if o.name.split(".")[-2].isdigit()]


def legacy_session_path(page_path, cwd=None) -> Path:
    """Where Zhengwen 0.1 saved a page's session: ``sessions/<stem>.json`` under the
    folder it was started from (read, never written, so that older work is found)."""
    return Path(cwd if cwd is not None else os.getcwd()) / "sessions" / (Path(page_path).stem + ".json")
