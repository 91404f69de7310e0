"""Injected disk faults for the save tests."""
import errno
import os


def full_disk(monkeypatch, keep=0.0):
    """Writes through a descriptor fail as on a full disk, after putting ``keep`` of the
    data on disk (a half-written temporary file is the worst case for an atomic save)."""
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            if keep:
                self.f.write(data[: int(len(data) * keep)])
                self.f.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.f, name)
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))
    real_write = os.write

    def write(fd, data):
        if fd <= 2:
            return real_write(fd, data)
        if keep:
            real_write(fd, bytes(data[: int(len(data) * keep)]))
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "write", write)
