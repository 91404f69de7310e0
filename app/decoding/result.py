"""What decoding gives back: a :class:`Decoded` text, or a :class:`DecodeError` in plain words."""

from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass


class DecodeError(ValueError):
    """The input cannot be turned into text.

    ``str(error)`` is one or two plain lines naming the file.  Attributes for callers:
    ``name`` (the file name given), ``reason`` (a short code: ``'binary'``, ``'decode'``,
    ``'mixed'``, ``'ambiguous'``, ``'encoding'``, ``'errors'``, ``'missing'``,
    ``'directory'``, ``'not-a-file'``, ``'permission'``, ``'too-large'``,
    ``'unreadable'``), ``offset`` (byte offset of the first bad byte, when there is one),
    ``encoding`` (the codec the offset refers to) and ``candidates`` (for
    ``'ambiguous'``: the codecs that read the bytes cleanly, likeliest first).
    """

    def __init__(
        self,
        message: str,
        *,
        name: str | None = None,
        reason: str = "decode",
        offset: int | None = None,
        encoding: str | None = None,
        candidates: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.name = name
        self.reason = reason
        self.offset = offset
        self.encoding = encoding
        self.candidates = candidates


class SourceError(DecodeError):
    """The file itself cannot be read: missing, a directory, no permission, too large."""


@dataclass(frozen=True)
class Decoded:
    text: str  # decoded text, BOM removed, line ends untouched
    encoding: str  # canonical lower-case Python codec name actually used
    confidence: float  # 1.0 for BOM / strict UTF-8 / forced; the detector's otherwise
    bom: bool
    sha256: str  # hex sha256 of the raw bytes
    warning: str | None = None  # one line for the person when the encoding is likely, not sure


# (a namedtuple rather than typing.NamedTuple: the typing module is not imported otherwise)
class Reading(namedtuple("Reading", "text codec confidence warning", defaults=(None,))):
    """One way of decoding the bytes, before the checks every reading gets: its ``text``
    (str), ``codec`` (str), ``confidence`` (float) and ``warning`` (str or None)."""

    __slots__ = ()


def strict(data: bytes, codec: str) -> tuple[str | None, UnicodeDecodeError | None]:
    """(text, None) when *data* decodes strictly in *codec*, else (None, the error)."""
    try:
        return data.decode(codec), None
    except UnicodeDecodeError as exc:
        return None, exc


def cut_short(exc: UnicodeDecodeError) -> bool:
    """Did decoding fail because the input ends inside a character?"""
    return exc.reason in ("unexpected end of data", "truncated data", "incomplete multibyte sequence") and (
        exc.end >= len(exc.object)
    )


def replaced_confidence(text: str) -> float:
    """Confidence of a lenient decoding: below 0.5, lower the more was replaced.

    >>> replaced_confidence("abc"), replaced_confidence("a\\ufffd"), replaced_confidence("")
    (0.495, 0.25, 0.0)
    """
    if not text:
        return 0.0
    bad = text.count("\ufffd")
    return round(max(0.0, min(0.99, 1.0 - bad / len(text))) * 0.5, 3)


def pretty(codec: str) -> str:
    """A codec name as people write it.

    >>> pretty("utf-8"), pretty("big5hkscs"), pretty("cp949"), pretty("euc_jp")
    ('UTF-8', 'Big5-HKSCS', 'CP949', 'euc_jp')
    """
    special = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GB18030", "big5hkscs": "Big5-HKSCS"}
    if codec in special:
        return special[codec]
    return codec.upper() if codec.startswith(("utf", "cp", "gb")) else codec


def where(data: bytes, offset: int, codec: str, base: int = 0, truncated: bool = False) -> str:
    """Where the first bad byte is, for a message; *offset* is into ``data[base:]``.

    >>> where(b"a\\nb\\xff", 3, "utf-8")
    'invalid byte 0xff at offset 3 (line 2)'
    >>> where(b"ab", 2, "utf-8")
    'data cut short at offset 2'
    """
    absolute = base + offset
    if absolute >= len(data):
        return f"data cut short at offset {absolute}"
    if truncated:
        text = f"incomplete character at the end, offset {absolute}"
    else:
        text = f"invalid byte 0x{data[absolute]:02x} at offset {absolute}"
    if not codec.startswith(("utf-16", "utf-32", "utf_16", "utf_32")):  # lines count in ASCII-based codecs
        line = data.count(b"\n", 0, absolute) + 1
        text += f" (line {line})"
    return text
