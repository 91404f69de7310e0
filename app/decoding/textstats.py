"""Character classes and counts over a sample, the evidence that tells encodings apart."""

from __future__ import annotations

import re

SAMPLE_BYTES = 64 * 1024  # what chardet and the plausibility checks look at
SAMPLE_CHARS = 32 * 1024

_CJK_IDEO = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2030-\u203b\u00b7\u2160-\u217f\u2460-\u24ff\u25a0-\u25ff\u2605\u2606"


class Lazy:
    """A pattern compiled when first used: the big character classes take milliseconds
    each to compile, and a UTF-8 page, nearly every page, never uses them."""

    def __init__(self, pattern):
        self._pattern, self._rx = pattern, None

    def __getattr__(self, name):
        if self._rx is None:
            self._rx = re.compile(self._pattern)
        return getattr(self._rx, name)


RE_CJK_IDEO = Lazy(f"[{_CJK_IDEO}]")
RE_UTF16_GOOD = Lazy(f"[\t\n\r\x20-\x7e{_CJK_IDEO}{_CJK_PUNCT}]")
# controls that do not occur in text files: C0 except \t \n \v \f \r ESC and the
# separators \x1c-\x1f, plus DEL and C1 except NEL (\x85)
_RE_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x7f\x80-\x84\x86-\x9f]")
_RE_TEXT_CHAR = Lazy(f"[\t\n\r\x0b\x0c\x20-\x7e\u00a0-\u024f\u2000-\u206f{_CJK_IDEO}{_CJK_PUNCT}]")
_HIGH = bytes(range(0x80, 0x100))


def high_bytes(data: bytes) -> int:
    """Bytes of *data* at 0x80 or above.

    >>> high_bytes("中a".encode("gbk"))
    2
    """
    return len(data) - len(data.translate(None, _HIGH))


def count(regex, s) -> int:
    """Matches of *regex* in *s*."""
    return sum(1 for _ in regex.finditer(s))


def controls(text: str) -> int:
    """Control characters in a sample that text files do not contain."""
    return count(_RE_CONTROL, text[:SAMPLE_CHARS])


# the controls of _RE_CONTROL in UTF-8: C0 and DEL are bytes of their own, C1 is 0xC2 and a second
# byte. Ints, not bytes: ``b"\x07" in data`` first tries its argument as an int and formats the
# TypeError it raises, which costs as much as the search.
_CONTROL_BYTES = (*range(0x00, 0x09), *range(0x0e, 0x1b), 0x7f)
_C1_SECOND = frozenset(range(0x80, 0xa0)) - {0x85}


def utf8_without_controls(data: bytes) -> bool:
    """Is there surely none of the characters :func:`controls` counts in ``data`` read as
    UTF-8 (strictly, or with bad bytes replaced, dropped or written as escapes)? Asked of
    the bytes, a search (memchr) a control byte and a look at each 0xC2: the expression
    over the text costs some 48 instructions a character (a made page 0.24 M), these 0.05 M.

    >>> utf8_without_controls("中文·\\t".encode()), utf8_without_controls("中\\x85".encode())
    (True, True)
    >>> utf8_without_controls(b"a\\x07"), utf8_without_controls("\\x9b".encode())
    (False, False)
    """
    if any(map(data.__contains__, _CONTROL_BYTES)):
        return False
    at = data.find(0xC2)
    while at >= 0:
        if at + 1 < len(data) and data[at + 1] in _C1_SECOND:
            return False
        at = data.find(0xC2, at + 1)
    return True


def text_share(text: str) -> float:
    """Share of a sample made of ordinary text characters (ASCII, Latin, CJK, punctuation)."""
    sample = text[:SAMPLE_CHARS]
    if not sample:
        return 0.0
    return count(_RE_TEXT_CHAR, sample) / len(sample)
