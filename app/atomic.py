"""Atomic file writes: a reader sees the old file or the new one, never half of either."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


class AtomicFile:
    """A temporary file next to ``path`` that takes its place at :meth:`commit` (or is
    removed by :meth:`discard`)."""

    def __init__(self, path):
        self.path = Path(path)
        self.folder = self.path.parent if str(self.path.parent) else Path(".")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.folder)

    def write(self, data) -> None:
        with os.fdopen(self.fd, "wb", closefd=False) as f:
            f.write(data)
            f.flush()

    def commit(self) -> None:
        fd, self.fd = self.fd, -1
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(self.tmp, self.path)
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


def write_bytes(path, data: bytes) -> None:
    f = AtomicFile(path)
    try:
        f.write(data)
        f.commit()
    except BaseException:
        f.discard()
        raise


def write_text(path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
