"""A page's number within its issue: from its running head or folio, else its file name.

Jump lines name pages by number ("（下转第2版）"), so linking the parts of an article needs
each page's number. A paper prints it in the running head ("2025年11月18日 星期二 第5版",
"第七版  县域经济", "A2  要闻", "2版") or as a folio ("- 7 -"); an extraction that lost both
still has the file name ("A02.txt", "02.txt", "page-2.txt").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from .lines import split_lines
from .rules.jumps import NUMBER, chinese_number, leading_jump, parse_jump, trailing_jump

HEAD_LINES, FOOT_LINES = 5, 3     # the lines at the top and bottom a running head or folio is on
MAX_CHARS = 40                     # longer lines are text, not page furniture
_FULL = str.maketrans("０１２３４５６７８９ＡＢＣＤＥＦＧＨ", "0123456789ABCDEFGH")
_FULL_CHARS = re.compile("[０-９Ａ-Ｈ]")
_SENTENCE_END = re.compile(r"[，。；！？]")

# (pattern, what it is); the first that matches a line decides it
_HEAD = [
    (re.compile(rf"第\s*(?P<letter>[A-H])?\s*(?P<num>{NUMBER})\s*版"), "running-head"),
    (re.compile(r"^\s*[-—－–]+\s*(?P<num>[0-9]{1,3})\s*[-—－–]+\s*$"), "folio"),
    (re.compile(r"(?<![0-9A-Za-z])(?P<letter>[A-H])\s*0?(?P<num>[0-9]{1,2})(?![0-9A-Za-z年月日])"), "running-head"),
    (re.compile(r"(?<![第0-9])(?P<num>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*版(?![权面本图式])"),
     "running-head"),
    (re.compile(r"^\s*(?P<num>[0-9]{1,2})\s*$"), "folio"),
]
# a part of a file name between separators, letters then a number ("A02", "p07", "page12",
# "02"); a part that mixes them further ("9e2dafac320f447e", a hash) holds no page number
_NAME_PART = re.compile(r"(?P<prefix>[A-Za-z]*)(?P<num>[0-9]{1,3})")
_NAME_SEPARATORS = re.compile(r"[-_ .]+")


@dataclass(frozen=True)
class PageNumber:
    """A page's number, its section letter (``A`` of "A2", else ""), and where it was read:
    ``running-head``, ``folio``, ``file-name`` or ``person``; ``line``: the line of the
    page it was read on (for the window to show)."""
    number: int
    letter: str = ""
    source: str = "running-head"
    line: str = field(default="", repr=False, compare=False)

    def text(self):
        return f"{self.letter}{self.number}"


def number_in_line(line):
    """The page number a running head or folio line prints, or None.

    >>> [number_in_line(t).text() for t in ("2025年11月18日  星期二  第5版", "第七版  县域经济", "- 7 -",
    ...                                      "A2  要闻", "要闻  2版", "12")]
    ['5', '7', '7', 'A2', '2', '12']
    >>> number_in_line("（下转第2版）"), number_in_line("全县 37 所学校"), number_in_line("版权所有")
    (None, None, None)
    >>> number_in_line("（紧接十一版）成立荷塘区紧密型医联体药事管理")
    """
    line = line.strip()
    if not line or len(line) > MAX_CHARS or _SENTENCE_END.search(line):
        return None
    if _FULL_CHARS.search(line):        # rare: the translation costs more than the search
        line = line.translate(_FULL)
    if _may_hold_jump(line) and (parse_jump(line) or leading_jump(line) or trailing_jump(line)):
        return None       # the number of the page a jump names
    for pattern, source in _HEAD:
        m = pattern.search(line)
        if m:
            number = chinese_number(m.group("num"))
            if number:
                return PageNumber(number, m.groupdict().get("letter") or "", source, line)
    return None


def _may_hold_jump(line):
    """Could ``line`` hold a jump? Every jump's word holds one of these (rules.jumps'
    ``_WORD``): most heads hold none and skip three expressions."""
    return "转" in line or "接" in line or "续" in line or "承" in line


def number_in_name(name):
    """The page number a file name holds, or None.

    >>> [number_in_name(n).text() for n in ("A02.txt", "02.txt", "page-2.txt", "2024-05-10/b3.txt", "p07.txt")]
    ['A2', '2', '2', 'B3', '7']
    >>> number_in_name("front.txt"), number_in_name("dev01-pdf.txt").text(), number_in_name("0_9e2daf447e.txt")
    (None, '1', None)
    """
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    parts = (_NAME_PART.fullmatch(part) for part in _NAME_SEPARATORS.split(stem))
    found = [m for m in parts if m and int(m.group("num"))]
    if not found:
        return None
    m = found[-1]
    prefix = m.group("prefix").upper()
    letter = prefix if len(prefix) == 1 and prefix in "ABCDEFGH" else ""   # "A02", not "page2"
    return PageNumber(int(m.group("num")), letter, "file-name")


def page_number(text, name=""):
    """The number of the page whose decoded ``text`` is given (``name``: its file name):
    the running head's or folio's among the first and last lines, else the file name's.

    >>> page_number("湘江日报  2025年12月3日  星期三  第3版\\n\\n正文第一行。\\n", "x.txt")
    PageNumber(number=3, letter='', source='running-head')
    >>> page_number("正文第一行。\\n正文第二行。\\n", "A04.txt")
    PageNumber(number=4, letter='A', source='file-name')
    """
    return number_of_lines(split_lines(text), name)


def number_of_lines(lines, name=""):
    """:func:`page_number` of a page already split into ``lines``."""
    # only the ends are looked at: a page of a thousand lines costs no more than a short one
    head = list(islice((t for t in lines if t.strip()), HEAD_LINES))
    foot = list(islice((t for t in reversed(lines) if t.strip()), FOOT_LINES))
    for line in head + foot:
        found = number_in_line(line)
        if found:
            return found
    return number_in_name(name) if name else None


_TYPED = re.compile(rf"第?\s*(?P<letter>[A-Z])?\s*(?P<num>{NUMBER})\s*[版面]?")
_TYPED_FOLIO = re.compile(r"[-—－–]+\s*(?P<num>[0-9]{1,3})\s*[-—－–]+")
LARGEST = 999


def parse_number(text) -> PageNumber | None:
    """The page number a person typed, in any form a page prints one — ``2``, ``A2``,
    ``第七版``, ``第A2版``, ``- 7 -``, full-width digits — or None when it is not one.

    >>> [parse_number(t).text() for t in ("2", " a02 ", "第七版", "第 A2 版", "- 7 -", "１２", "十三版", "B12")]
    ['2', 'A2', '7', 'A2', '7', '12', '13', 'B12']
    >>> [parse_number(t) for t in ("", "abc", "2a", "0", "1000", "第版", "下转第2版", "A")]
    [None, None, None, None, None, None, None, None]
    """
    if not isinstance(text, str):
        return None
    typed = text.strip().translate(_FULL).upper()
    m = _TYPED.fullmatch(typed) or _TYPED_FOLIO.fullmatch(typed)
    number = chinese_number(m.group("num")) if m else None
    if not number or number > LARGEST:
        return None
    return PageNumber(number, m.groupdict().get("letter") or "", "person")
