"""File names made from text a page supplied (headlines), safe on every common file system.

A headline is whatever the extraction produced: it may hold slashes, ``..``, control
characters, a Windows device name or three hundred characters of Chinese. None of that may
reach ``open()`` as a path: the name must stay inside the folder it is written to, be
creatable on Windows, macOS and Linux, and fit the 255-byte limit of ext4 and APFS with
room for a number prefix and an extension.

>>> safe_filename("溆浦县家庭教育示范基地建设纪实", "article")
'溆浦县家庭教育示范基地建设纪实'
>>> safe_filename("../../etc/passwd", "article")
'etc_passwd'
>>> safe_filename("a/b\\\\c:d*e?f\\"g<h>i|j", "x")
'a_b_c_d_e_f_g_h_i_j'
>>> safe_filename("..", "article"), safe_filename(" . . ", "article"), safe_filename("", "article")
('article', 'article', 'article')
>>> safe_filename("a..b/../c", "x")
'a.b_._c'
>>> safe_filename(".hidden", "x"), safe_filename("trailing dots...", "x")
('hidden', 'trailing dots')
>>> [safe_filename(n, "x") for n in ("CON", "nul", "Com1", "LPT9.txt", "aux .md", "CONSOLE")]
['_CON', '_nul', '_Com1', '_LPT9.txt', '_aux .md', 'CONSOLE']
>>> safe_filename("标题\\x00\\t第二\\n行\\x1b[1m\\u202e", "x")
'标题 第二 行 [1m'
>>> safe_filename("\\u2028\\x85\\x0b\\x0c", "fallback")
'fallback'
>>> long = safe_filename("中" * 300, "x")
>>> len(long), len(long.encode("utf-8")) <= MAX_BYTES
(66, True)
>>> len(safe_filename("abc" * 100, "x", max_len=80))
80
>>> safe_filename("😀" * 100, "x").encode("utf-8") == ("😀" * 50).encode("utf-8")
True
>>> safe_filename("e\\u0301" * 3, "x") == "\\u00e9" * 3   # one spelling per name (NFC)
True
>>> safe_filename("", "../CON")
'_CON'
"""
from __future__ import annotations

import re
import unicodedata

#: Most UTF-8 bytes a name may take: 255 (ext4, APFS) less room for ``NN-`` and ``.jsonl``.
MAX_BYTES = 200

# Windows refuses these as a name, with or without an extension, in any case.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\s*\..*)?$", re.IGNORECASE)
# path separators, Windows' forbidden punctuation
_FORBIDDEN = re.compile(r'[/\\:*?"<>|]+')


def _printable(ch: str) -> str:
    cat = unicodedata.category(ch)
    # control, format (bidi overrides, ZWJ outside emoji), line and paragraph separators,
    # unassigned and private-use code points, lone surrogates
    if cat[0] == "C" or cat in ("Zl", "Zp"):
        return " "
    if cat == "Zs":
        return " "
    return ch


def _cut(name: str, max_len: int) -> str:
    name = name[:max_len]
    while len(name.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        name = name[:-1]
    return name


def safe_filename(text: str, fallback: str, max_len: int = 80) -> str:
    """A file name (no folder part) made from ``text``; ``fallback`` when nothing is left."""
    name = unicodedata.normalize("NFC", text)
    name = "".join(_printable(ch) for ch in name)
    name = _FORBIDDEN.sub("_", name)
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"\.{2,}", ".", name)  # no ".." anywhere, even where it could not climb
    # leading dots hide a file and ".." climbs; trailing dots and spaces vanish on Windows
    name = name.strip(" ._")
    name = _cut(name, max_len).rstrip(" .")
    if not name:
        return safe_filename(fallback, "untitled", max_len) if fallback != text else "untitled"
    if _RESERVED.match(name):
        name = _cut("_" + name, max_len).rstrip(" .")
    return name


def shown(path) -> str:
    """A path as a message shows it: as it is when every character prints, else escaped the
    way ``repr`` escapes (a newline in a name cannot start a line of its own).

    >>> shown("第7版.txt"), shown("a\\nzhengwen: fake.txt")
    ('第7版.txt', "'a\\\\nzhengwen: fake.txt'")
    """
    text = str(path)
    return text if text.isprintable() else repr(text)
