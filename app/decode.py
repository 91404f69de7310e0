"""Bytes -> text, with a report of how the bytes were decoded.

The order of evidence, strongest first:

1. a byte-order mark (UTF-32 before UTF-16, since ``FF FE 00 00`` starts both; UTF-8);
2. UTF-32 / UTF-16 without a BOM, recognised by the pattern of NUL bytes and a decoded
   text of ordinary characters;
3. refusal of binary data (known magic numbers, NUL bytes);
4. strict UTF-8 (pure ASCII is reported as ``utf-8``); a file that fails it but is
   mostly UTF-8 (a stretch in GBK, or cut short) is an error, never a guess;
5. chardet's guess on the first 64 KiB, upgraded to the superset codec (GB2312/GBK ->
   GB18030, Big5 -> Big5-HKSCS) and checked by decoding the *whole* input strictly.
   This is a tool for Chinese pages, so a clean GB18030 reading that looks like
   simplified Chinese (mostly ideographs, mostly GB2312 level-1 characters) beats an
   unsure Big5, Japanese, Korean or single-byte Latin guess, and a Latin guess for
   mostly high-bit bytes is refused unless chardet is sure.

Nothing is ever decoded into silent mojibake: when no candidate decodes cleanly a
:class:`DecodeError` names the file and the byte offset of the first bad byte.

Known limits: a few bytes of GBK that happen to be valid UTF-8 (``模式`` is) are read as
UTF-8, as rule 4 demands; a short Korean or Japanese text may be read as Chinese.

This module must not import Qt.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import threading
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "DecodeError",
    "SourceError",
    "Decoded",
    "decode_bytes",
    "read_source",
    "split_lines",
    "normalize_encoding_name",
    "DEFAULT_MAX_BYTES",
    "ERROR_HANDLERS",
]

#: Default size limit of :func:`read_source`.
DEFAULT_MAX_BYTES = 512 * 1024 * 1024

#: Error handlers accepted by :func:`decode_bytes` / :func:`read_source`.
ERROR_HANDLERS = ("strict", "replace", "ignore", "backslashreplace")

#: Second line of most decode errors.
HINT = "Use --encoding NAME (and --errors replace) to force one."

_SAMPLE_BYTES = 64 * 1024  # what chardet and the plausibility checks look at
_SAMPLE_CHARS = 32 * 1024


class DecodeError(ValueError):
    """The input cannot be turned into text.

    ``str(error)`` is one or two plain lines naming the file.  Attributes for callers:
    ``name`` (the file name given), ``reason`` (a short code: ``'binary'``, ``'decode'``,
    ``'mixed'``, ``'encoding'``, ``'errors'``, ``'missing'``, ``'directory'``,
    ``'not-a-file'``, ``'permission'``, ``'too-large'``, ``'unreadable'``), ``offset``
    (byte offset of the first bad byte, when there is one) and ``encoding`` (the codec
    the offset refers to).
    """

    def __init__(
        self,
        message: str,
        *,
        name: str | None = None,
        reason: str = "decode",
        offset: int | None = None,
        encoding: str | None = None,
    ) -> None:
        super().__init__(message)
        self.name = name
        self.reason = reason
        self.offset = offset
        self.encoding = encoding


class SourceError(DecodeError):
    """The file itself cannot be read: missing, a directory, no permission, too large."""


@dataclass(frozen=True)
class Decoded:
    text: str  # decoded text, BOM removed, line ends untouched
    encoding: str  # canonical lower-case Python codec name actually used
    confidence: float  # 1.0 for BOM / strict UTF-8 / forced; the detector's otherwise
    bom: bool
    sha256: str  # hex sha256 of the raw bytes


# --------------------------------------------------------------------------- line splitting


def split_lines(text: str) -> list[str]:
    r"""Split *text* into physical lines the way a text editor counts them.

    Only ``\r\n``, ``\n`` and ``\r`` end a line (``str.splitlines`` also breaks on
    ``\x0b \x0c \x1c-\x1e \x85 \u2028 \u2029``; those stay inside the line here).  A
    final line end does not start an extra empty line.  Callers number lines from 1.

    >>> split_lines("a\nb\n")
    ['a', 'b']
    >>> split_lines("a\r\nb\rc")
    ['a', 'b', 'c']
    >>> split_lines("")
    []
    >>> split_lines("\n")
    ['']
    >>> split_lines("x\x0cy\u2028z\x85!\n\n")
    ['x\x0cy\u2028z\x85!', '']
    """
    if not text:
        return []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


# --------------------------------------------------------------------------- codec names

# Subset -> superset upgrades applied to detector results (not to forced names).
_UPGRADE = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "euc_kr": "cp949",
    "ascii": "utf-8",
}

_MULTIBYTE_PREFIXES = (
    "utf",
    "gb",
    "big5",
    "cp932",
    "cp949",
    "cp950",
    "euc",
    "shift_jis",
    "johab",
    "iso2022",
    "hz",
)

_CJK_CODEC_PREFIXES = ("gb", "big5", "cp932", "cp949", "cp950", "euc", "shift_jis", "johab", "iso2022", "hz")


@lru_cache(maxsize=256)
def _lookup(name: str) -> codecs.CodecInfo | None:
    try:
        return codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        return None


def normalize_encoding_name(name: str | None) -> str | None:
    """Map a detector's encoding name to the Python codec used to decode it.

    GB2312, GBK and every other ``gb*`` name become ``gb18030`` (its superset), Big5
    becomes ``big5hkscs``, EUC-KR ``cp949``, ASCII ``utf-8``; other names become the
    canonical lower-case Python codec name.  Unknown or missing names give ``None``.

    >>> normalize_encoding_name("GB2312")
    'gb18030'
    >>> normalize_encoding_name("GBK"), normalize_encoding_name("EUC-CN")
    ('gb18030', 'gb18030')
    >>> normalize_encoding_name("Big5")
    'big5hkscs'
    >>> normalize_encoding_name("ascii")
    'utf-8'
    >>> normalize_encoding_name("UTF-16LE"), normalize_encoding_name("UTF-8-SIG")
    ('utf-16-le', 'utf-8-sig')
    >>> normalize_encoding_name("ISO-8859-1"), normalize_encoding_name("Windows-1252")
    ('iso8859-1', 'cp1252')
    >>> normalize_encoding_name("x-mac-cyrillic")
    'mac-cyrillic'
    >>> normalize_encoding_name("HZ-GB-2312")
    'hz'
    >>> normalize_encoding_name("EUC-TW") is None, normalize_encoding_name(None) is None
    (True, True)
    """
    if not name:
        return None
    raw = name.strip().lower()
    candidates = [raw]
    if raw.startswith("x-"):
        candidates.append(raw[2:])
    if raw.startswith("windows-"):
        candidates.append("cp" + raw[len("windows-") :])
    candidates += [c.replace("mac", "mac-", 1) for c in list(candidates) if c.startswith("mac") and not c.startswith("mac-")]
    for cand in candidates:
        info = _lookup(cand)
        if info is not None and getattr(info, "_is_text_encoding", True):
            canon = info.name
            if canon.startswith("gb"):
                return "gb18030"
            return _UPGRADE.get(canon, canon)
    if raw.startswith("gb"):
        return "gb18030"
    return None


def _is_multibyte(codec: str) -> bool:
    return codec.startswith(_MULTIBYTE_PREFIXES)


def _is_cjk_codec(codec: str) -> bool:
    return codec.startswith(_CJK_CODEC_PREFIXES)


def _ascii_compatible(codec: str) -> bool:
    return not codec.startswith(("utf-16", "utf-32", "utf_16", "utf_32"))


# --------------------------------------------------------------------------- binary sniffing

_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"%PDF-", 0, "a PDF document"),
    (b"PK\x03\x04", 0, "a ZIP archive (or DOCX/XLSX/ODT/EPUB)"),
    (b"PK\x05\x06", 0, "a ZIP archive"),
    (b"PK\x07\x08", 0, "a ZIP archive"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"(\xb5/\xfd", 0, "a Zstandard archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7z archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\x7fELF", 0, "an ELF executable"),
    (b"\xca\xfe\xba\xbe", 0, "a Java class or Mach-O file"),
    (b"\xfe\xed\xfa\xce", 0, "a Mach-O executable"),
    (b"\xfe\xed\xfa\xcf", 0, "a Mach-O executable"),
    (b"\xce\xfa\xed\xfe", 0, "a Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", 0, "a Mach-O executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office document"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"\x00asm", 0, "a WebAssembly module"),
    (b"OggS", 0, "an Ogg media file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"AT&TFORM", 0, "a DjVu document"),
    (b"\x00\x00\x01\x00", 0, "an icon image"),
    (b"ftyp", 4, "an MP4/HEIF media file"),
]


def _binary_kind(data: bytes) -> str | None:
    """Name the kind of a binary file from its first bytes, or None."""
    for magic, at, kind in _MAGIC:
        if data.startswith(magic, at):
            return kind
    if data[:4] == b"RIFF" and len(data) >= 12:
        sub = data[8:12]
        return {
            b"WEBP": "a WEBP image",
            b"WAVE": "a WAV audio file",
            b"AVI ": "an AVI video",
        }.get(sub, "a RIFF media file")
    if data[:2] == b"BM" and len(data) >= 14 and data[6:10] == b"\x00\x00\x00\x00":
        return "a BMP image"
    if data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        return "a bzip2 archive"
    if data[:2] == b"MZ" and b"\x00" in data[2:64]:
        return "a Windows executable"
    return None


# --------------------------------------------------------------------------- text statistics

_CJK_IDEO = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2030-\u203b\u00b7\u2160-\u217f\u2460-\u24ff\u25a0-\u25ff\u2605\u2606"


class _Lazy:
    """A pattern compiled when first used: the big character classes take milliseconds
    each to compile, and a UTF-8 page, nearly every page, never uses them."""

    def __init__(self, pattern):
        self._pattern, self._rx = pattern, None

    def __getattr__(self, name):
        if self._rx is None:
            self._rx = re.compile(self._pattern)
        return getattr(self._rx, name)


_RE_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_RE_CJK_IDEO = _Lazy(f"[{_CJK_IDEO}]")
_RE_CJK_ANY = _Lazy(f"[{_CJK_IDEO}{_CJK_PUNCT}]")
# controls that do not occur in text files: C0 except \t \n \v \f \r ESC and the
# separators \x1c-\x1f, plus DEL and C1 except NEL (\x85)
_RE_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x7f\x80-\x84\x86-\x9f]")
_RE_UTF16_GOOD = _Lazy(f"[\t\n\r\x20-\x7e{_CJK_IDEO}{_CJK_PUNCT}]")
_RE_TEXT_CHAR = _Lazy(f"[\t\n\r\x0b\x0c\x20-\x7e\u00a0-\u024f\u2000-\u206f{_CJK_IDEO}{_CJK_PUNCT}]")
# a GB18030 character, aligned when scanning a strictly decodable input from its start;
# group 1 is set for GB2312 symbols and level-1 hanzi (99.8% of the characters of the
# sample pages), group 2 for level-2 hanzi (the 3008 rarer ones)
_RE_GB_CHAR = re.compile(
    rb"([\xa1-\xa9\xb0-\xd7][\xa1-\xfe])|([\xd8-\xf7][\xa1-\xfe])"
    rb"|[\x81-\xfe](?:[\x30-\x39][\x81-\xfe][\x30-\x39]|[\x40-\x7e\x80-\xfe])"
)
_RE_HIGH = re.compile(rb"[\x80-\xff]")


def _count(regex: re.Pattern, s) -> int:
    return sum(1 for _ in regex.finditer(s))


def _mostly_cjk(text: str) -> float:
    """Share of the non-ASCII characters of a sample that are CJK (0 when none)."""
    sample = text[:_SAMPLE_CHARS]
    non_ascii = _count(_RE_NON_ASCII, sample)
    if not non_ascii:
        return 0.0
    ideo = _count(_RE_CJK_IDEO, sample)
    cjk = _count(_RE_CJK_ANY, sample)
    if ideo < 0.5 * non_ascii:
        return 0.0
    return cjk / non_ascii


def _gb2312_share(data: bytes, level1: bool = True) -> float:
    """Share of the GB characters of a sample that are GB2312 symbols or hanzi.

    With *level1*, only the level-1 (common) hanzi count.  Simplified-Chinese text is
    nearly all of those (leads A1-A9 and B0-D7, trail A1-FE).  Latin-1 misread as GB has
    ASCII trail bytes or E0-FF leads, Big5 misread as GB has many A4-AF leads (kana,
    Greek, user-defined), UTF-16 misread as GB has low trail bytes.
    """
    sample = data[:_SAMPLE_BYTES]
    total = core = 0
    for m in _RE_GB_CHAR.finditer(sample):
        total += 1
        if m.group(1) is not None or (not level1 and m.group(2) is not None):
            core += 1
    return core / total if total else 0.0


def _controls(text: str) -> int:
    return _count(_RE_CONTROL, text[:_SAMPLE_CHARS])


_RE_U8_3 = _Lazy("[\u0800-\ud7ff\ue000-\uffff]")
_RE_U8_4 = re.compile("[\U00010000-\U0010ffff]")


def _utf8_wide_bytes(data: bytes) -> int:
    """Bytes of *data* that form valid 3- and 4-byte UTF-8 sequences (CJK in UTF-8).

    Legacy CJK text forms such sequences only by accident (at most ~15% of its high
    bytes); 2-byte sequences are far commoner by accident and are not counted.
    """
    text = data.decode("utf-8", "surrogateescape")
    return 3 * _count(_RE_U8_3, text) + 4 * _count(_RE_U8_4, text)


def _looks_utf8(data: bytes, bad: int) -> bool:
    """Is *data*, which fails strict UTF-8 at *bad*, really UTF-8 with a foreign stretch?"""
    if len(data) - bad < 4 and _utf8_wide_bytes(data[max(0, bad - 4096) : bad]) >= 3:
        try:
            data[bad:].decode("utf-8", "strict")
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data":
                return True  # UTF-8 cut short in its last character
    if _utf8_wide_bytes(data[max(0, bad - 4096) : bad]) >= 12:
        return True  # four or more CJK characters of clean UTF-8 right before the bad byte
    lo = max(0, bad - _SAMPLE_BYTES)
    while lo > 0 and 0x80 <= data[lo] < 0xC0 and bad - lo < _SAMPLE_BYTES + 4:
        lo -= 1  # back to a character boundary
    window = data[lo : bad + _SAMPLE_BYTES]
    wide = _utf8_wide_bytes(window)
    return wide >= 12 and wide >= 0.4 * _count(_RE_HIGH, window)


# --------------------------------------------------------------------------- helpers


def _where(data: bytes, offset: int, codec: str, base: int = 0, truncated: bool = False) -> str:
    """'invalid byte 0xff at offset 12 (line 3)' -- *offset* is into data[base:]."""
    absolute = base + offset
    if absolute >= len(data):
        return f"data cut short at offset {absolute}"
    if truncated:
        text = f"incomplete character at the end, offset {absolute}"
    else:
        text = f"invalid byte 0x{data[absolute]:02x} at offset {absolute}"
    if _ascii_compatible(codec):
        line = data.count(b"\n", 0, absolute) + 1
        text += f" (line {line})"
    return text


def _pretty(codec: str) -> str:
    special = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GB18030", "big5hkscs": "Big5-HKSCS"}
    if codec in special:
        return special[codec]
    return codec.upper() if codec.startswith(("utf", "cp", "gb")) else codec


def _cut(exc: UnicodeDecodeError) -> bool:
    return exc.reason in ("unexpected end of data", "truncated data", "incomplete multibyte sequence") and (
        exc.end >= len(exc.object)
    )


def _try(data: bytes, codec: str) -> tuple[str | None, UnicodeDecodeError | None]:
    try:
        return data.decode(codec), None
    except UnicodeDecodeError as exc:
        return None, exc


def _replaced_confidence(text: str) -> float:
    if not text:
        return 0.0
    bad = text.count("\ufffd")
    return round(max(0.0, min(0.99, 1.0 - bad / len(text))) * 0.5, 3)


_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # FF FE 00 00 -- before UTF-16 LE's FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes, name: str = "<input>", encoding: str | None = None, errors: str = "strict") -> Decoded:
    """Decode *data* (the contents of file *name*) to text; see the module docstring.

    *encoding* forces a codec (any name :func:`codecs.lookup` knows); *errors* is
    ``'strict'`` (the default: raise :class:`DecodeError` with the offset of the first bad
    byte), or ``'replace'``/``'ignore'``/``'backslashreplace'``: substitute bad bytes
    instead.  Without *encoding*, a lenient *errors* applies only when detection finds no
    clean reading (the best guess is then decoded leniently, with a confidence below 0.5);
    binary data is refused either way.
    """
    data = bytes(data)
    sha = _Digest(data)
    if errors not in ERROR_HANDLERS:
        raise DecodeError(
            f"{name}: unknown error handling {errors!r}; use one of {', '.join(ERROR_HANDLERS)}.",
            name=name,
            reason="errors",
        )
    if encoding is not None:
        return _decode_forced(data, name, encoding, errors, sha)
    if not data:
        return Decoded("", "utf-8", 1.0, False, sha.hexdigest())

    def done(text: str, codec: str, conf: float, bom: bool = False, nul_free: bool = False) -> Decoded:
        _refuse_binary_text(text, name, nul_free)
        return Decoded(text, codec, conf, bom, sha.hexdigest())

    # 1. byte-order mark
    for mark, codec in _BOMS:
        if data.startswith(mark):
            if codec.startswith("utf-32") and len(data) % 4:
                continue  # FF FE 00 00 followed by an odd tail: UTF-16 LE with a U+0000
            body = data[len(mark) :]
            try:
                text = body.decode("utf-8" if codec == "utf-8-sig" else codec)
            except UnicodeDecodeError as exc:
                if codec.startswith("utf-32") and data.startswith(codecs.BOM_UTF16_LE):
                    continue
                if errors == "strict":
                    raise DecodeError(
                        f"{name}: starts with a {_pretty(codec)} byte-order mark but is not valid "
                        f"{_pretty(codec)}: {_where(data, exc.start, codec, len(mark), _cut(exc))}.\n{HINT}",
                        name=name,
                        offset=len(mark) + exc.start,
                        encoding=codec,
                    ) from None
                text = body.decode("utf-8" if codec == "utf-8-sig" else codec, errors)
                return done(text, codec, _replaced_confidence(text), True)
            return done(text, codec, 1.0, True)

    # 2. UTF-32 / UTF-16 without a BOM, from the pattern of NUL bytes
    wide = _sniff_wide(data, name)
    if wide is not None:
        return done(wide[0], wide[1], wide[2])

    # 3. binary refusal
    kind = _binary_kind(data)
    if kind is not None:
        raise DecodeError(f"{name}: looks like {kind}, not text (a binary file).", name=name, reason="binary")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(
            f"{name}: looks binary, not text (NUL byte at offset {nul}).\n"
            "If it really is text, use --encoding NAME to force one.",
            name=name,
            reason="binary",
            offset=nul,
        )

    # 4. strict UTF-8
    text, utf8_error = _try(data, "utf-8")
    if text is not None:
        return done(text, "utf-8", 1.0, nul_free=True)   # no NUL byte, so no NUL character
    assert utf8_error is not None
    bad = utf8_error.start
    if _looks_utf8(data, bad):
        # a UTF-8 file with a stretch in another encoding: never guess past it
        if errors != "strict":
            text = data.decode("utf-8", errors)
            return done(text, "utf-8", _replaced_confidence(text))
        if utf8_error.reason == "unexpected end of data":
            problem = f"UTF-8, but cut short in the middle of a character at offset {bad}"
        else:
            problem = f"mostly UTF-8, but {_where(data, bad, 'utf-8')} starts a stretch in another encoding (GBK?)"
        raise DecodeError(
            f"{name}: {problem}.\n{HINT}",
            name=name,
            reason="mixed",
            offset=bad,
            encoding="utf-8",
        )

    # 5. the detector, checked strictly against the whole input
    guess = _chardet_guess(data)
    notes: list[str] = []
    result = _detect(data, guess, notes)
    if result is not None:
        return done(*result)

    # nothing decoded cleanly: report the candidate that got furthest
    failures: list[tuple[str, UnicodeDecodeError]] = [("utf-8", utf8_error)]
    candidates = ["gb18030"]
    if guess is not None and _is_multibyte(guess[0]) and guess[0] not in ("gb18030", "utf-8"):
        candidates.append(guess[0])
    for codec in candidates:
        _, exc = _try(data, codec)
        if exc is not None:
            failures.append((codec, exc))
    best_codec, best_exc = max(failures, key=lambda f: f[1].start)
    best_at = best_exc.start
    if errors != "strict":
        text = data.decode(best_codec, errors)
        return done(text, best_codec, _replaced_confidence(text))
    tried = " or ".join(dict.fromkeys(_pretty(c) for c, _ in failures))
    raise DecodeError(
        f"{name}: cannot decode as {tried}: "
        f"{_where(data, best_at, best_codec, truncated=_cut(best_exc))}"
        + (f" as {_pretty(best_codec)}" if len(failures) > 1 else "")
        + "."
        + (f"\n{notes[0]}" if notes else f"\n{HINT}"),
        name=name,
        offset=best_at,
        encoding=best_codec,
    )


def _refuse_binary_text(text: str, name: str, nul_free: bool = False) -> None:
    # (a search for NUL in wide text cannot use memchr: the bytes were searched instead)
    if not nul_free and "\x00" in text:
        raise DecodeError(
            f"{name}: looks binary, not text (contains NUL characters).\n"
            "If it really is text, use --encoding NAME to force one.",
            name=name,
            reason="binary",
        )
    sample = text[:_SAMPLE_CHARS]
    n = _controls(sample)
    if n >= 8 and n > 0.1 * len(sample):
        raise DecodeError(
            f"{name}: looks binary, not text ({n} control characters in the first {len(sample)}).\n"
            "If it really is text, use --encoding NAME to force one.",
            name=name,
            reason="binary",
        )


def _sniff_wide(data: bytes, name: str) -> tuple[str, str, float] | None:
    """Recognise BOM-less UTF-32 / UTF-16 by where the NUL bytes are."""
    n = len(data)
    if n < 2 or b"\x00" not in data:
        return None
    sample = data[: _SAMPLE_BYTES - _SAMPLE_BYTES % 4]

    if n % 4 == 0 and n >= 4:
        quarters = [sample[i::4].count(0) / max(1, len(sample[i::4])) for i in range(4)]
        for codec, zeros in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
            if all(quarters[i] > 0.9 for i in zeros):
                text, _ = _try(data, codec)
                if text is not None and _plausible_wide(text, utf16=False):
                    return text, codec, 1.0

    even = sample[0::2]
    odd = sample[1::2]
    even_nul = even.count(0) / max(1, len(even))
    odd_nul = odd.count(0) / max(1, len(odd))
    # ASCII in UTF-16 has a NUL in every other byte, so ASCII-heavy UTF-16 has NULs on one
    # side only; Chinese UTF-16 still has one per space, digit or line end (typically
    # 5-15% of one side) and a few on the other (U+3000, U+4E00...).  Whatever the
    # pattern, the decoded text must then be overwhelmingly ordinary characters.
    order = ("utf-16-le", "utf-16-be") if odd_nul >= even_nul else ("utf-16-be", "utf-16-le")
    if n % 2 == 0:
        for codec in order:
            text, _ = _try(data, codec)
            if text is not None and _plausible_wide(text):
                return text, codec, 1.0
        return None
    # odd length: truncated UTF-16?  Say so rather than "binary" when the pattern is clear.
    hi, lo = max(even_nul, odd_nul), min(even_nul, odd_nul)
    if hi >= 0.05 and lo <= 0.2 * hi:
        codec = order[0]
        partial = data[:-1].decode(codec, "replace")
        if len(partial) >= 4 and _plausible_wide(partial):
            raise DecodeError(
                f"{name}: looks like {_pretty(codec)} text without a byte-order mark, but has an "
                f"odd number of bytes (byte 0x{data[-1]:02x} at offset {n - 1} is left over).\n{HINT}",
                name=name,
                offset=n - 1,
                encoding=codec,
            )
    return None


def _plausible_wide(text: str, utf16: bool = True) -> bool:
    """Is a UTF-16/32 reading real text rather than bytes of something else?"""
    if "\x00" in text or _text_share(text) < 0.9:
        return False
    if utf16:
        # ASCII text (say, with a stray NUL) read as UTF-16 turns each pair of letters
        # into an ideograph whose two bytes are both ASCII; about a third of real CJK
        # code points look like that
        ideographs = [ord(ch) for ch in _RE_CJK_IDEO.findall(text[:_SAMPLE_CHARS])]
        pairs = sum(1 for cp in ideographs if _is_ascii_byte(cp & 0xFF) and _is_ascii_byte(cp >> 8))
        if ideographs and pairs >= 0.9 * len(ideographs):
            return False
    return True


def _is_ascii_byte(b: int) -> bool:
    return 0x20 <= b <= 0x7E or b in (0x00, 0x09, 0x0A, 0x0D)


def _text_share(text: str) -> float:
    """Share of a sample made of ordinary text characters (ASCII, Latin, CJK, punctuation)."""
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return 0.0
    return _count(_RE_TEXT_CHAR, sample) / len(sample)


def _chardet_guess(data: bytes) -> tuple[str, float] | None:
    """(codec, confidence) proposed by chardet for a sample of *data*, or None."""
    try:
        import chardet
    except ImportError:  # pragma: no cover - chardet is a dependency
        return None
    try:
        res = chardet.detect(data[:_SAMPLE_BYTES])
    except Exception:  # pragma: no cover - a detector bug must not hide the file
        return None
    codec = normalize_encoding_name(res.get("encoding"))
    if codec is None:
        return None
    return codec, float(res.get("confidence") or 0.0)


def _detect(data: bytes, guess: tuple[str, float] | None, notes: list[str]) -> tuple[str, str, float] | None:
    """(text, codec, confidence) for the first clean candidate, or None.

    *guess* is chardet's (codec, confidence).  Appends to *notes* a hint for the error
    message when a guess was turned down.
    """
    codec, conf = guess if guess is not None else (None, 0.0)
    if codec == "utf-8":
        return None  # the detector saw UTF-8 but the whole input is not: corrupt UTF-8

    def reading(candidate: str) -> str | None:
        text, _ = _try(data, candidate)
        return text if text is not None and not _controls(text) else None

    chinese = codec is not None and codec.startswith(("gb", "big5", "cp950", "utf"))
    cjk_guess = codec is not None and (chinese or _is_cjk_codec(codec))
    # 1. a confident CJK (or UTF-16/32) guess that decodes cleanly; a confident Chinese
    #    one that does not is reported rather than second-guessed
    if cjk_guess and conf >= 0.5:
        text = reading(codec)
        if text is not None:
            return text, codec, conf
        if chinese:
            return None
    # 2. BOM-less UTF-16 of pure CJK text (no NUL bytes to go by): a strict test
    wide = _utf16_by_density(data)
    if wide is not None:
        return wide
    # 3. the detector and this Chinese tool agree on GB18030
    if codec == "gb18030":
        text = reading(codec)
        if text is not None:
            return text, codec, conf
    # 4. a clean GB18030 reading of typical simplified-Chinese text beats an unsure Big5,
    #    Japanese or Korean guess (short GB2312 text is often taken for those, whose byte
    #    ranges it shares) and any single-byte Latin guess
    gb_text = reading("gb18030")
    gb_cjk = _mostly_cjk(gb_text) if gb_text is not None else 0.0
    if gb_text is not None and gb_cjk >= 0.8 and _gb2312_share(data, level1=True) >= 0.8:
        return gb_text, "gb18030", round(min(0.9, gb_cjk), 3)
    # 5. an unsure Big5 guess
    if chinese and codec != "gb18030":
        text = reading(codec)
        if text is not None:
            return text, codec, conf
    # 6. a clean GB18030 reading that is all GB2312 hanzi and symbols
    if gb_text is not None and gb_cjk >= 0.9 and _gb2312_share(data, level1=False) >= 0.9:
        return gb_text, "gb18030", round(min(0.8, gb_cjk), 3)
    if codec is None or chinese:
        return None
    # 7. an unsure Japanese / Korean guess
    if cjk_guess:
        text = reading(codec)
        return (text, codec, conf) if text is not None else None
    if _is_multibyte(codec):
        return None
    # 8. a single-byte guess: not for mostly-high-bit data unless the detector is sure
    text = reading(codec)
    if text is None:
        return None
    high_share = _count(_RE_HIGH, data[:_SAMPLE_BYTES]) / min(len(data), _SAMPLE_BYTES)
    if high_share > 0.3 and conf < 0.8:
        if conf >= 0.2:
            notes.append(f"It might be {codec} (detector confidence {conf:.2f}): use --encoding {codec}.")
        return None
    return text, codec, conf


def _utf16_by_density(data: bytes) -> tuple[str, str, float] | None:
    """BOM-less UTF-16 with few NULs (pure CJK): accept only a very clean reading."""
    if len(data) % 2 or len(data) < 8:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        text, _ = _try(data, codec)
        if text is None:
            continue
        sample = text[:_SAMPLE_CHARS]
        good = _count(_RE_UTF16_GOOD, sample)
        ideo = _count(_RE_CJK_IDEO, sample)
        if good >= 0.95 * len(sample) and ideo >= 0.5 * len(sample) and _plausible_wide(text):
            return text, codec, 0.5
    return None


def _decode_forced(data: bytes, name: str, encoding: str, errors: str, sha: _Digest) -> Decoded:
    info = _lookup(encoding) if isinstance(encoding, str) and encoding.strip() else None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise DecodeError(
            f"{name}: unknown text encoding {encoding!r} (try utf-8, gb18030, big5hkscs or utf-16).",
            name=name,
            reason="encoding",
        )
    kind = _binary_kind(data)
    if kind is not None:
        raise DecodeError(f"{name}: looks like {kind}, not text (a binary file).", name=name, reason="binary")
    codec = info.name
    bom = False
    body = data
    used = codec
    if codec in ("utf-8", "utf-8-sig"):
        if data.startswith(codecs.BOM_UTF8):
            bom, body, used = True, data[3:], "utf-8-sig"
        codec = "utf-8"
    elif codec in ("utf-16", "utf-32"):
        for mark, specific in _BOMS:
            if specific.startswith(codec) and data.startswith(mark):
                if specific == "utf-16-le" and data.startswith(codecs.BOM_UTF32_LE) and codec == "utf-32":
                    continue
                bom, body, used = True, data[len(mark) :], specific
                codec = specific
                break
    else:
        for mark, specific in _BOMS:
            if specific == codec and data.startswith(mark):
                bom, body = True, data[len(mark) :]
                break
    base = len(data) - len(body)
    try:
        text = body.decode(codec, errors)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{name}: not valid {_pretty(codec)}: {_where(data, exc.start, codec, base, _cut(exc))}.\n"
            "Use --errors replace to decode it anyway.",
            name=name,
            offset=base + exc.start,
            encoding=used,
        ) from None
    return Decoded(text, used, 1.0, bom, sha.hexdigest())


# --------------------------------------------------------------------------- files


class _Digest:
    """The sha256 of ``data``, computed in a thread while the bytes are decoded (hashlib
    lets go of the interpreter for long data: a 28 MB page hashes in 23 ms, beside the
    decoding instead of before it)."""

    THREAD_MIN = 1 << 20

    def __init__(self, data: bytes):
        self._hex = self._thread = None
        if len(data) < self.THREAD_MIN:
            self._hex = hashlib.sha256(data).hexdigest()
            return
        box = self._box = []
        self._thread = threading.Thread(target=lambda: box.append(hashlib.sha256(data).hexdigest()), daemon=True)
        self._thread.start()

    def hexdigest(self) -> str:
        if self._hex is None:
            self._thread.join()
            self._hex = self._box[0]
        return self._hex


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
        raise SourceError(f"{path!r}: not a file path.", name=str(path), reason="missing") from None
    if isinstance(name, bytes):
        name = os.fsdecode(name)

    def fail(what: str, reason: str) -> SourceError:
        return SourceError(f"{name}: {what}", name=name, reason=reason)

    try:
        st = os.stat(name)
    except (FileNotFoundError, NotADirectoryError):
        raise fail("no such file.", "missing") from None
    except PermissionError:
        raise fail("permission denied (cannot look at the file).", "permission") from None
    except (OSError, ValueError) as exc:
        raise fail(f"cannot open: {_os_reason(exc)}.", "unreadable") from None
    if stat.S_ISDIR(st.st_mode):
        raise fail("is a folder, not a text file.", "directory")
    if not stat.S_ISREG(st.st_mode):
        raise fail("is not a regular file (a device, pipe or socket).", "not-a-file")
    if st.st_size > max_bytes:
        raise fail(f"too large ({_size(st.st_size)}; the limit is {_size(max_bytes)}).", "too-large")
    try:
        with open(name, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise fail("permission denied (the file is not readable).", "permission") from None
    except IsADirectoryError:
        raise fail("is a folder, not a text file.", "directory") from None
    except FileNotFoundError:
        raise fail("no such file.", "missing") from None
    except OSError as exc:
        raise fail(f"cannot read: {_os_reason(exc)}.", "unreadable") from None
    if len(data) > max_bytes:
        raise fail(f"too large (more than {_size(max_bytes)}).", "too-large")
    return decode_bytes(data, name=name, encoding=encoding, errors=errors)


def _os_reason(exc: BaseException) -> str:
    return (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).rstrip(".")


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MiB" if n % (1024 * 1024) == 0 else f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n} bytes"
