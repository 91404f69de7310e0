"""Refusing files that are not text: magic numbers of binary formats, NUL bytes, control characters."""

from __future__ import annotations

from .. import messages as msg
from ..messages import say
from .result import DecodeError
from .textstats import SAMPLE_CHARS, controls

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


def binary_kind(data: bytes) -> str | None:
    """Name the kind of a binary file from its first bytes, or None.

    >>> binary_kind(b"%PDF-1.7 ..."), binary_kind(b"RIFF\\x00\\x00\\x00\\x00WAVEfmt ")
    ('a PDF document', 'a WAV audio file')
    >>> binary_kind("第7版".encode("utf-8")) is None
    True
    """
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


def refuse_known_binary(data: bytes, name: str) -> None:
    """Raise a :class:`DecodeError` when *data* starts like a known binary format."""
    kind = binary_kind(data)
    if kind is not None:
        raise DecodeError(say(msg.BINARY_KIND, name, kind), name=name, reason="binary")


def refuse_binary_bytes(data: bytes, name: str) -> None:
    """Refuse a known binary format, or bytes with a NUL (text in a one-byte-based encoding has none)."""
    refuse_known_binary(data, name)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(
            say(msg.BINARY_NUL_BYTE, name, nul),
            name=name,
            reason="binary",
            offset=nul,
        )


def refuse_binary_text(text: str, name: str, nul_free: bool = False) -> None:
    """Refuse a decoded text with NUL characters or many control characters.

    *nul_free* says the bytes were already searched for NUL (a search of wide text cannot
    use memchr, the bytes' search could).
    """
    if not nul_free and "\x00" in text:
        raise DecodeError(
            say(msg.BINARY_NUL_CHARS, name),
            name=name,
            reason="binary",
        )
    sample = text[:SAMPLE_CHARS]
    n = controls(sample)
    if n >= 8 and n > 0.1 * len(sample):
        raise DecodeError(
            say(msg.BINARY_CONTROLS, name, n, len(sample)),
            name=name,
            reason="binary",
        )
