"""Atomic file writes: a reader sees the old file or the new one, never half of either.

The new content goes to a temporary file in the same folder, is flushed and fsynced, and
is renamed over the old file. The file written keeps what a person expects of it:

- a new file gets the permissions the umask gives any new file (not the temporary file's
  0600); a file replaced keeps its own mode;
- a symbolic link is written through: its target is replaced (atomically), the link stays;
- the temporary name is short (``.<start of the name>~<random>.tmp``), so a name near the
  255-byte limit can be written.

A temporary file left by a killed process is found by :func:`temp_files_of`.
"""
from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

NAME_PART = 40          # characters of the file's name that start its temporary file's name
_umask_lock = threading.Lock()


def current_umask() -> int:
    with _umask_lock:        # the only way to read it is to set it: put it straight back
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def write_target(path) -> Path:
    """The file a write to ``path`` replaces: a link's target, else ``path`` itself."""
    p = Path(path)
    return Path(os.path.realpath(p)) if p.is_symlink() else p


def temp_prefix(name: str) -> str:
    return f".{name[:NAME_PART]}~"


class AtomicFile:
    """A temporary file next to ``path`` that takes its place at :meth:`commit` (or is
    removed by :meth:`discard`)."""

    def __init__(self, path):
        self.path = write_target(path)
        self.folder = self.path.parent if str(self.path.parent) else Path(".")
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            self.mode = os.stat(self.path).st_mode & 0o7777
        except FileNotFoundError:
            self.mode = 0o666 & ~current_umask()
        self.fd, self.tmp = tempfile.mkstemp(prefix=temp_prefix(self.path.name), suffix=".tmp", dir=self.folder)

    def write(self, data) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]

    def commit(self, durable: bool = True) -> None:
        """Put the new bytes in place. ``durable``: on disk before this returns (the rename
        stays atomic either way; without it a crash may leave the old bytes)."""
        fd, self.fd = self.fd, -1
        try:
            os.fchmod(fd, self.mode)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(self.tmp, self.path)
        if not durable:
            return
        try:  # make the rename itself durable
            dfd = os.open(self.folder, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        except OSError:
            pass

    def discard(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        try:
            os.unlink(self.tmp)
        except OSError:
            pass


def write_bytes(path, data: bytes, durable: bool = True) -> None:
    f = AtomicFile(path)
    try:
        f.write(data)
        f.commit(durable)
    except BaseException:
        f.discard()
        raise


def write_text(path, text: str, durable: bool = True) -> None:
    write_bytes(path, text.encode("utf-8"), durable)


def temp_files_of(path) -> list[Path]:
    """Temporary files a write of ``path`` may have left beside it."""
    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    prefix = temp_prefix(p.name)
    try:
        return [folder / n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return []
