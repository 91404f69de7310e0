"""Bytes -> text, with a report of how the bytes were decoded.

The order of evidence, strongest first (:func:`decode_bytes`, in ``decoder.py``):

1. a byte-order mark (UTF-32 before UTF-16, since ``FF FE 00 00`` starts both; UTF-8)
   -- ``wide.py``;
2. UTF-32 / UTF-16 without a BOM, recognised by the pattern of NUL bytes and a decoded
   text of ordinary characters -- ``wide.py``;
3. refusal of binary data (known magic numbers, NUL bytes) -- ``binary.py``;
4. strict UTF-8 (pure ASCII is reported as ``utf-8``); a file that fails it but is
   mostly UTF-8 (a stretch in GBK, or cut short) is an error, never a guess -- ``utf8.py``;
5. chardet's guess, checked by decoding the whole input strictly; the clean readings of
   the legacy CJK encodings (GB18030, Big5-HKSCS, EUC-KR, EUC-JP, Shift_JIS) weighed
   against each other -- ``detect.py``, ``cjk.py``.

Nothing is ever decoded into silent mojibake: when no candidate decodes cleanly a
:class:`DecodeError` names the file and the byte offset of the first bad byte; when CJK
encodings read the bytes equally well it names them (reason ``'ambiguous'``); a likely but
unsure one is used with :attr:`Decoded.warning` saying so.  An
encoding the person names (``--encoding``) is used as given (``forced.py``);
:func:`read_source` reads a file first, with a reason for each way that can fail
(``read.py``).

Known limits: a few bytes of GBK that happen to be valid UTF-8 (``模式`` is) are read as
UTF-8, as rule 4 demands; a Japanese text of a few kanji and no kana is valid Chinese in
GB18030 and may be read so; a two- or three-character file is often refused as ambiguous.

This package must not import Qt.
"""

from .decoder import ERROR_HANDLERS, decode_bytes
from .names import normalize_encoding_name
from .read import DEFAULT_MAX_BYTES, read_source
from .result import Decoded, DecodeError, SourceError

__all__ = [
    "DecodeError",
    "SourceError",
    "Decoded",
    "decode_bytes",
    "read_source",
    "normalize_encoding_name",
    "DEFAULT_MAX_BYTES",
    "ERROR_HANDLERS",
]
