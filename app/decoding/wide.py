"""Byte-order marks, and UTF-16 / UTF-32 without one."""

from __future__ import annotations

import codecs

from .. import messages as msg
from ..messages import say
from .result import DecodeError, cut_short, pretty, replaced_confidence, strict, where
from .textstats import RE_CJK_IDEO, RE_UTF16_GOOD, SAMPLE_BYTES, SAMPLE_CHARS, count, text_share

BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # FF FE 00 00 -- before UTF-16 LE's FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def by_bom(data: bytes, name: str, errors: str) -> tuple[str, str, float] | None:
    """(text, codec, confidence) of *data* read by its byte-order mark, or None without one.

    A mark followed by bytes invalid in its encoding is an error, or with a lenient
    *errors* a decoding with replacements (confidence below 0.5).
    """
    for mark, codec in BOMS:
        if not data.startswith(mark):
            continue
        if codec.startswith("utf-32") and len(data) % 4:
            continue  # FF FE 00 00 followed by an odd tail: UTF-16 LE with a U+0000
        body = data[len(mark) :]
        python_codec = "utf-8" if codec == "utf-8-sig" else codec
        text, exc = strict(body, python_codec)
        if text is not None:
            return text, codec, 1.0
        if codec.startswith("utf-32") and data.startswith(codecs.BOM_UTF16_LE):
            continue
        if errors == "strict":
            raise DecodeError(
                say(msg.BAD_AFTER_BOM, name, pretty(codec), where(data, exc.start, codec, len(mark), cut_short(exc))),
                name=name,
                offset=len(mark) + exc.start,
                encoding=codec,
            )
        text = body.decode(python_codec, errors)
        return text, codec, replaced_confidence(text)
    return None


def _nul_shares(sample: bytes) -> tuple[float, float]:
    """Shares of NUL among the even and among the odd bytes of *sample*."""
    even, odd = sample[0::2], sample[1::2]
    return even.count(0) / max(1, len(even)), odd.count(0) / max(1, len(odd))


def _utf32_by_nuls(data: bytes, sample: bytes) -> tuple[str, str, float] | None:
    if len(data) % 4 or len(data) < 4:
        return None
    quarters = [sample[i::4].count(0) / max(1, len(sample[i::4])) for i in range(4)]
    for codec, zeros in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
        if all(quarters[i] > 0.9 for i in zeros):
            text, _ = strict(data, codec)
            if text is not None and plausible_wide(text, utf16=False):
                return text, codec, 1.0
    return None


def sniff_wide(data: bytes, name: str) -> tuple[str, str, float] | None:
    """Recognise BOM-less UTF-32 / UTF-16 by where the NUL bytes are."""
    n = len(data)
    if n < 2 or b"\x00" not in data:
        return None
    sample = data[: SAMPLE_BYTES - SAMPLE_BYTES % 4]
    found = _utf32_by_nuls(data, sample)
    if found is not None:
        return found
    even_nul, odd_nul = _nul_shares(sample)
    # ASCII in UTF-16 has a NUL in every other byte, so ASCII-heavy UTF-16 has NULs on one
    # side only; Chinese UTF-16 still has one per space, digit or line end (typically
    # 5-15% of one side) and a few on the other (U+3000, U+4E00...).  Whatever the
    # pattern, the decoded text must then be overwhelmingly ordinary characters.
    order = ("utf-16-le", "utf-16-be") if odd_nul >= even_nul else ("utf-16-be", "utf-16-le")
    if n % 2 == 0:
        for codec in order:
            text, _ = strict(data, codec)
            if text is not None and plausible_wide(text):
                return text, codec, 1.0
        return None
    # odd length: truncated UTF-16?  Say so rather than "binary" when the pattern is clear.
    hi, lo = max(even_nul, odd_nul), min(even_nul, odd_nul)
    if hi >= 0.05 and lo <= 0.2 * hi:
        codec = order[0]
        partial = data[:-1].decode(codec, "replace")
        if len(partial) >= 4 and plausible_wide(partial):
            raise DecodeError(
                say(msg.WIDE_ODD_LENGTH, name, pretty(codec), f"0x{data[-1]:02x}", n - 1),
                name=name,
                offset=n - 1,
                encoding=codec,
            )
    return None


def plausible_wide(text: str, utf16: bool = True) -> bool:
    """Is a UTF-16/32 reading real text rather than bytes of something else?"""
    if "\x00" in text or text_share(text) < 0.9:
        return False
    if utf16:
        # ASCII text (say, with a stray NUL) read as UTF-16 turns each pair of letters
        # into an ideograph whose two bytes are both ASCII; about a third of real CJK
        # code points look like that
        ideographs = [ord(ch) for ch in RE_CJK_IDEO.findall(text[:SAMPLE_CHARS])]
        pairs = sum(1 for cp in ideographs if _is_ascii_byte(cp & 0xFF) and _is_ascii_byte(cp >> 8))
        if ideographs and pairs >= 0.9 * len(ideographs):
            return False
    return True


def _is_ascii_byte(b: int) -> bool:
    return 0x20 <= b <= 0x7E or b in (0x00, 0x09, 0x0A, 0x0D)


def utf16_by_density(data: bytes) -> tuple[str, str, float] | None:
    """BOM-less UTF-16 with few NULs (pure CJK): accept only a very clean reading."""
    if len(data) % 2 or len(data) < 8:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        text, _ = strict(data, codec)
        if text is None:
            continue
        sample = text[:SAMPLE_CHARS]
        good = count(RE_UTF16_GOOD, sample)
        ideo = count(RE_CJK_IDEO, sample)
        if good >= 0.95 * len(sample) and ideo >= 0.5 * len(sample) and plausible_wide(text):
            return text, codec, 0.5
    return None
