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


RE_HIGH = re.compile(rb"[\x80-\xff]")
RE_CJK_IDEO = Lazy(f"[{_CJK_IDEO}]")
RE_UTF16_GOOD = Lazy(f"[\t\n\r\x20-\x7e{_CJK_IDEO}{_CJK_PUNCT}]")
_RE_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_RE_CJK_ANY = Lazy(f"[{_CJK_IDEO}{_CJK_PUNCT}]")
# controls that do not occur in text files: C0 except \t \n \v \f \r ESC and the
# separators \x1c-\x1f, plus DEL and C1 except NEL (\x85)
_RE_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x7f\x80-\x84\x86-\x9f]")
_RE_TEXT_CHAR = Lazy(f"[\t\n\r\x0b\x0c\x20-\x7e\u00a0-\u024f\u2000-\u206f{_CJK_IDEO}{_CJK_PUNCT}]")
# a GB18030 character, aligned when scanning a strictly decodable input from its start;
# group 1 is set for GB2312 symbols and level-1 hanzi (99.8% of the characters of the
# sample pages), group 2 for level-2 hanzi (the 3008 rarer ones)
_RE_GB_CHAR = re.compile(
    rb"([\xa1-\xa9\xb0-\xd7][\xa1-\xfe])|([\xd8-\xf7][\xa1-\xfe])"
    rb"|[\x81-\xfe](?:[\x30-\x39][\x81-\xfe][\x30-\x39]|[\x40-\x7e\x80-\xfe])"
)


def count(regex, s) -> int:
    """Matches of *regex* in *s*."""
    return sum(1 for _ in regex.finditer(s))


def mostly_cjk(text: str) -> float:
    """Share of the non-ASCII characters of a sample that are CJK (0 when none).

    >>> mostly_cjk("第7版，要闻"), mostly_cjk("café"), mostly_cjk("abc")
    (1.0, 0.0, 0.0)
    """
    sample = text[:SAMPLE_CHARS]
    non_ascii = count(_RE_NON_ASCII, sample)
    if not non_ascii:
        return 0.0
    ideo = count(RE_CJK_IDEO, sample)
    cjk = count(_RE_CJK_ANY, sample)
    if ideo < 0.5 * non_ascii:
        return 0.0
    return cjk / non_ascii


def gb2312_share(data: bytes, level1: bool = True) -> float:
    """Share of the GB characters of a sample that are GB2312 symbols or hanzi.

    With *level1*, only the level-1 (common) hanzi count.  Simplified-Chinese text is
    nearly all of those (leads A1-A9 and B0-D7, trail A1-FE).  Latin-1 misread as GB has
    ASCII trail bytes or E0-FF leads, Big5 misread as GB has many A4-AF leads (kana,
    Greek, user-defined), UTF-16 misread as GB has low trail bytes.

    >>> gb2312_share("要闻".encode("gbk")), gb2312_share("café!".encode("latin-1"))
    (1.0, 0.0)
    """
    sample = data[:SAMPLE_BYTES]
    total = core = 0
    for m in _RE_GB_CHAR.finditer(sample):
        total += 1
        if m.group(1) is not None or (not level1 and m.group(2) is not None):
            core += 1
    return core / total if total else 0.0


def controls(text: str) -> int:
    """Control characters in a sample that text files do not contain."""
    return count(_RE_CONTROL, text[:SAMPLE_CHARS])


def text_share(text: str) -> float:
    """Share of a sample made of ordinary text characters (ASCII, Latin, CJK, punctuation)."""
    sample = text[:SAMPLE_CHARS]
    if not sample:
        return 0.0
    return count(_RE_TEXT_CHAR, sample) / len(sample)
