"""Decoding in the encoding the person named (``--encoding NAME``)."""

from __future__ import annotations

import codecs

from .. import messages as msg
from ..messages import say
from .binary import refuse_known_binary
from .names import lookup
from .result import DecodeError, cut_short, pretty, where
from .wide import BOMS


def _strip_bom(data: bytes, codec: str) -> tuple[bytes, str, bool]:
    """(body, codec to decode it with, had a BOM) for *data* forced to *codec*.

    A BOM of the forced encoding is dropped; plain ``utf-16`` / ``utf-32`` take the byte
    order from it.

    >>> _strip_bom(codecs.BOM_UTF16_BE + b"\\x00a", "utf-16")
    (b'\\x00a', 'utf-16-be', True)
    >>> _strip_bom(b"abc", "utf-8-sig")
    (b'abc', 'utf-8-sig', False)
    """
    if codec in ("utf-8", "utf-8-sig"):
        if data.startswith(codecs.BOM_UTF8):
            return data[3:], "utf-8-sig", True
        return data, codec, False
    for mark, specific in BOMS:
        if data.startswith(mark) and (specific == codec or (codec in ("utf-16", "utf-32") and specific.startswith(codec))):
            return data[len(mark) :], specific, True
    return data, codec, False


def decode_forced(data: bytes, name: str, encoding: str, errors: str) -> tuple[str, str, bool]:
    """(text, codec used, had a BOM) for *data* decoded in *encoding* with *errors*.

    An unknown encoding, a known binary format, or (with ``errors='strict'``) a bad byte
    is a :class:`DecodeError`.
    """
    info = lookup(encoding) if isinstance(encoding, str) and encoding.strip() else None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise DecodeError(
            say(msg.UNKNOWN_ENCODING, name, repr(encoding)),
            name=name,
            reason="encoding",
        )
    refuse_known_binary(data, name)
    body, used, bom = _strip_bom(data, info.name)
    codec = "utf-8" if used == "utf-8-sig" else used
    base = len(data) - len(body)
    try:
        return body.decode(codec, errors), used, bom
    except UnicodeDecodeError as exc:
        raise DecodeError(
            say(msg.NOT_VALID_IN, name, pretty(codec), where(data, exc.start, codec, base, cut_short(exc))),
            name=name,
            offset=base + exc.start,
            encoding=used,
        ) from None
