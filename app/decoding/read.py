"""Reading a file to decode: every way a path can fail to be a readable file gets its own reason."""

from __future__ import annotations

import os
import stat

from .. import messages as msg
from ..messages import say
from .decoder import decode_bytes
from .result import Decoded, SourceError

#: Default size limit of :func:`read_source`.
DEFAULT_MAX_BYTES = 512 * 1024 * 1024


def read_source(
    path: str | os.PathLike,
    encoding: str | None = None,
    errors: str = "strict",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Decoded:
    """Read the file at *path* and decode it with :func:`decode_bytes`.

    Raises :class:`SourceError` (a :class:`DecodeError`) for a missing path, a directory
    or other non-regular file, a file without read permission, or one larger than
    *max_bytes*; :class:`DecodeError` when the bytes are not text.
    """
    try:
        name = os.fspath(path)
    except TypeError:
        raise SourceError(say(msg.NOT_A_PATH, repr(path)), name=str(path), reason="missing") from None
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    _check_file(name, max_bytes)
    data = _read(name, max_bytes)
    return decode_bytes(data, name=name, encoding=encoding, errors=errors)


def _fail(name: str, sentence: str, reason: str, *values) -> SourceError:
    return SourceError(say(sentence, name, *values), name=name, reason=reason)


def _check_file(name: str, max_bytes: int) -> None:
    """Refuse a path that is missing, not a regular file, or too large, before opening it
    (opening a FIFO to read would wait for a writer forever)."""
    try:
        st = os.stat(name)
    except (FileNotFoundError, NotADirectoryError):
        raise _fail(name, msg.NO_SUCH_FILE, "missing") from None
    except PermissionError:
        raise _fail(name, msg.CANNOT_LOOK, "permission") from None
    except (OSError, ValueError) as exc:
        raise _fail(name, msg.CANNOT_OPEN, "unreadable", _os_reason(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise _fail(name, msg.IS_FOLDER_NOT_TEXT, "directory")
    if not stat.S_ISREG(st.st_mode):
        raise _fail(name, msg.NOT_REGULAR, "not-a-file")
    if st.st_size > max_bytes:
        raise _fail(name, msg.TOO_LARGE, "too-large", _size(st.st_size), _size(max_bytes))


def read_at_most(fh, limit: int) -> bytes:
    """Up to ``limit`` bytes of the open file ``fh``, asking first for the memory its size
    needs: ``fh.read(limit)`` reserves ``limit`` bytes first, which under an address-space
    limit (``ulimit -v``, some clusters' jobs) fails on a page of a few kilobytes. A file
    that grows while it is read (or a pipe, whose size is 0) is read on in pieces of at
    most a MiB, up to ``limit``."""
    chunks, total = [], 0
    want = min(os.fstat(fh.fileno()).st_size + 1, limit)
    while total < limit:
        piece = fh.read(want)
        if not piece:
            break
        chunks.append(piece)
        total += len(piece)
        want = min(1 << 20, limit - total)
    return b"".join(chunks)


def _read(name: str, max_bytes: int) -> bytes:
    """The bytes of file *name*; the file may have changed since it was looked at."""
    try:
        with open(name, "rb") as fh:
            data = read_at_most(fh, max_bytes + 1)
    except PermissionError:
        raise _fail(name, msg.NOT_READABLE, "permission") from None
    except IsADirectoryError:
        raise _fail(name, msg.IS_FOLDER_NOT_TEXT, "directory") from None
    except FileNotFoundError:
        raise _fail(name, msg.NO_SUCH_FILE, "missing") from None
    except OSError as exc:
        raise _fail(name, msg.CANNOT_READ, "unreadable", _os_reason(exc)) from None
    if len(data) > max_bytes:
        raise _fail(name, msg.TOO_LARGE_READ, "too-large", _size(max_bytes))
    return data


def _os_reason(exc: BaseException) -> str:
    return (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).rstrip(".")


def _size(n: int) -> str:
    """A size for a message.

    >>> _size(512 * 1024 * 1024), _size(1536), _size(10)
    ('512 MiB', '1.5 KiB', '10 bytes')
    """
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MiB" if n % (1024 * 1024) == 0 else f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n} bytes"
