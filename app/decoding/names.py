"""Codec names: a detector's name -> the Python codec used, and what kind of codec it is."""

from __future__ import annotations

import codecs
from functools import lru_cache

# Subset -> superset upgrades applied to detector results (not to forced names).
_UPGRADE = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "euc_kr": "cp949",
    "ascii": "utf-8",
}

_CJK_CODEC_PREFIXES = ("gb", "big5", "cp932", "cp949", "cp950", "euc", "shift_jis", "johab", "iso2022", "hz")


@lru_cache(maxsize=256)
def lookup(name: str) -> codecs.CodecInfo | None:
    """The codec Python knows by *name*, or None."""
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
        info = lookup(cand)
        if info is not None and getattr(info, "_is_text_encoding", True):
            canon = info.name
            if canon.startswith("gb"):
                return "gb18030"
            return _UPGRADE.get(canon, canon)
    if raw.startswith("gb"):
        return "gb18030"
    return None


def is_multibyte(codec: str) -> bool:
    """Does *codec* spend more than one byte on some characters (UTF, CJK)?

    >>> is_multibyte("utf-16-le"), is_multibyte("cp949"), is_multibyte("cp1252")
    (True, True, False)
    """
    return codec.startswith("utf") or is_cjk_codec(codec)


def is_cjk_codec(codec: str) -> bool:
    """Is *codec* a legacy Chinese, Japanese or Korean one?"""
    return codec.startswith(_CJK_CODEC_PREFIXES)
