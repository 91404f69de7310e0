"""UTF-8 that is not quite: a file that fails strict UTF-8 but is mostly UTF-8 is an error, never a guess."""

from __future__ import annotations

import re

from .. import messages as msg
from ..messages import say
from .result import DecodeError, where
from .textstats import SAMPLE_BYTES, Lazy, count, high_bytes

_RE_U8_3 = Lazy("[\u0800-\ud7ff\ue000-\uffff]")
_RE_U8_4 = re.compile("[\U00010000-\U0010ffff]")


def utf8_wide_bytes(data: bytes) -> int:
    """Bytes of *data* that form valid 3- and 4-byte UTF-8 sequences (CJK in UTF-8).

    Legacy CJK text forms such sequences only by accident (at most ~15% of its high
    bytes); 2-byte sequences are far commoner by accident and are not counted.

    >>> utf8_wide_bytes("中文ab".encode("utf-8")), utf8_wide_bytes("中文".encode("gbk"))
    (6, 0)
    """
    text = data.decode("utf-8", "surrogateescape")
    return 3 * count(_RE_U8_3, text) + 4 * count(_RE_U8_4, text)


def looks_utf8(data: bytes, bad: int) -> bool:
    """Is *data*, which fails strict UTF-8 at *bad*, really UTF-8 with a foreign stretch?"""
    if len(data) - bad < 4 and utf8_wide_bytes(data[max(0, bad - 4096) : bad]) >= 3:
        try:
            data[bad:].decode("utf-8", "strict")
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data":
                return True  # UTF-8 cut short in its last character
    if utf8_wide_bytes(data[max(0, bad - 4096) : bad]) >= 12:
        return True  # four or more CJK characters of clean UTF-8 right before the bad byte
    lo = max(0, bad - SAMPLE_BYTES)
    while lo > 0 and 0x80 <= data[lo] < 0xC0 and bad - lo < SAMPLE_BYTES + 4:
        lo -= 1  # back to a character boundary
    window = data[lo : bad + SAMPLE_BYTES]
    wide = utf8_wide_bytes(window)
    return wide >= 12 and wide >= 0.4 * high_bytes(window)


def mixed_error(data: bytes, name: str, error: UnicodeDecodeError) -> DecodeError:
    """The error for a UTF-8 file with a stretch in another encoding, or cut short."""
    bad = error.start
    if error.reason == "unexpected end of data":
        problem = say(msg.UTF8_CUT_SHORT, name, bad)
    else:
        problem = say(msg.UTF8_MIXED, name, where(data, bad, "utf-8"))
    return DecodeError(problem, name=name, reason="mixed", offset=bad, encoding="utf-8")
