"""File names made from text a page supplied (headlines), safe on every common file system.

A headline is whatever the extraction produced: it may hold slashes, ``..``, control
characters, a Windows device name or three hundred characters of Chinese. None of that may
reach ``open()`` as a path: the name must stay inside the folder it is written to, be
creatable on Windows, macOS and Linux, and fit the 255-byte limit of ext4 and APFS with
room for a number prefix and an extension.

The other way round, a name the file system gave (any character but ``/`` and NUL) is
shown in messages by :func:`shown_name`, escaped when it holds a line end or a control.

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

import os
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


# ---- names in messages ---------------------------------------------------------------------
def _shows_as_itself(ch: str) -> bool:
    # printable, or a space of some width (an ideographic space in a Chinese file name is
    # ordinary); never a control, a line or paragraph separator, a bidi override
    return ch.isprintable() or unicodedata.category(ch) == "Zs"


def shown_name(name) -> str:
    r"""A file name as a message shows it: as it is when every character prints, else
    escaped as a Python string literal, so that a newline or a terminal escape in a name can
    neither split a message into lines (forging a ``zhengwen:`` line) nor recolour it.

    >>> print(shown_name("头版\u3000要闻 2.txt"))
    头版　要闻 2.txt
    >>> print(shown_name("a\nzhengwen: fake.txt"))
    'a\nzhengwen: fake.txt'
    >>> print(shown_name("\x1b[31mred\u202e.txt"), shown_name(b"caf\xe9.txt"))
    '\x1b[31mred\u202e.txt' 'caf\udce9.txt'
    """
    name = os.fsdecode(name) if isinstance(name, (bytes, os.PathLike)) else str(name)
    return name if all(map(_shows_as_itself, name)) else repr(name)


def with_shown_name(message: str, name) -> str:
    r"""``message`` with the file ``name`` in it shown by :func:`shown_name`: for messages
    made elsewhere that name the file as it is.

    >>> print(with_shown_name("a\nzhengwen: x: no such file.", "a\nzhengwen: x"))
    'a\nzhengwen: x': no such file.
    """
    name = os.fsdecode(name) if isinstance(name, (bytes, os.PathLike)) else str(name)
    shown = shown_name(name)
    return message.replace(name, shown) if shown != name and name else message


def escape_controls(text: str) -> str:
    r"""``text`` with every character that does not print (line ends included) written as
    its escape: for a message built from what a person typed on the command line.

    >>> print(escape_controls("unrecognized arguments: --x\nzhengwen: fake"))
    unrecognized arguments: --x\nzhengwen: fake
    """
    return "".join(ch if _shows_as_itself(ch) else repr(ch)[1:-1] for ch in text)


def unicode_name(name: str | None) -> str | None:
    r"""A file name as text any JSON writer takes: bytes that are not UTF-8 (a name from a
    GBK system, read with surrogate escapes) become ``\xNN`` escapes.

    >>> unicode_name("A1.txt"), unicode_name("\udcc4\udcfa.txt")
    ('A1.txt', '\\xc4\\xfa.txt')
    """
    if name is None:
        return None
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
