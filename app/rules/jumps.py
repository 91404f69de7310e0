"""Jump lines: the notes that send a reader to another page of the issue.

A front-page article often goes on on a later page: its first part ends with a jump line
such as "（下转第2版）", "（转第3版）", "下转二版" or "〔下接十三版〕", and the part that goes
on starts with "（上接第1版）", "（紧接第1版）", "〔上接九版〕" or "（续第1版）". A jump line is
no text of the article: it is kept as the link between the parts (see docs/continuations.md).

:func:`parse_jump` reads a whole line; :func:`trailing_jump` and :func:`leading_jump` find
one printed on the same line as the text it ends or starts ("……发展。（下转第2版）").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lazy import LazyPattern

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_FULL_DIGITS = str.maketrans("０１２３４５６７８９ＡＢＣＤＥＦＧＨ", "0123456789ABCDEFGH")
NUMBER = r"[0-9０-９]{1,3}|[〇零一二两三四五六七八九十百]{1,4}"
OPEN, CLOSE = "（(〔［[【〈<", "）)〕］]】〉>"
# the words before the page number: continued on (to) or continued from (from)
TO_WORDS = ("下转", "下接", "转至", "转到", "转见", "转")
FROM_WORDS = ("上接", "紧接", "接上", "续接", "转自", "接", "续", "承")
_WORD = "|".join(sorted(TO_WORDS + FROM_WORDS, key=len, reverse=True))
_BODY = (rf"(?P<word>{_WORD})\s*(?:第\s*)?(?P<letter>[A-HＡ-Ｈ])?\s*(?P<num>{NUMBER})\s*"
         rf"(?P<ban>版|面)?")
_CANDIDATE_FIRST = "转接续承"
_CANDIDATE = LazyPattern(f"[{_CANDIDATE_FIRST}][^\\n]{{0,8}}?(?:版|[A-HＡ-Ｈ]\\s*[0-9０-９])")


@functools.cache
def _expressions():
    """(whole line, trailing: bracketed and after a sentence, leading): compiled when a page
    first has a line that may hold a jump, not at import (most pages have none)."""
    whole = re.compile(rf"^\s*[{re.escape(OPEN)}]?\s*{_BODY}\s*[{re.escape(CLOSE)}]?\s*$")
    trailing = (re.compile(rf"[{re.escape(OPEN)}]\s*{_BODY}\s*[{re.escape(CLOSE)}]\s*$"),
                re.compile(rf"(?<=[。！？”」』…])\s*{_BODY}\s*$"))
    leading = re.compile(rf"^\s*[{re.escape(OPEN)}]\s*{_BODY}\s*[{re.escape(CLOSE)}]")
    return whole, trailing, leading


@dataclass(frozen=True)
class Jump:
    """A jump line read: ``to`` (the text goes on at that page) or ``from`` (it comes from
    that page), the page's number, and its section letter when printed ("转A3版")."""
    direction: str
    number: int
    letter: str = ""

    def page_text(self):
        return f"{self.letter}{self.number}"


def chinese_number(text):
    """The value of a page number in Arabic or Chinese digits (None if it is neither).

    >>> [chinese_number(t) for t in ("2", "１２", "七", "十", "十三", "二十", "二十四", "一〇", "百")]
    [2, 12, 7, 10, 13, 20, 24, 10, None]
    """
    text = text.translate(_FULL_DIGITS)
    if text.isdigit():
        return int(text)
    if not text or any(c not in _CN_DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:
        value = 0
        for c in text:
            value = value * 10 + _CN_DIGITS[c]
        return value
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _jump(m):
    word = m.group("word")
    number = chinese_number(m.group("num"))
    letter = (m.group("letter") or "").translate(_FULL_DIGITS)
    if number is None or number == 0:
        return None
    if not m.group("ban") and not letter and word not in ("下转", "下接", "上接", "紧接"):
        return None   # "转3" or "接2" alone is too weak: some words take a "版"
    return Jump("to" if word in TO_WORDS else "from", number, letter)


def might_be_jump(text):
    """Could the line hold a jump? Every form holds "版" but a short one with a section
    letter ("（下转A2）"): the cheap test that spares the others most lines.

    >>> might_be_jump("（下转第2版）"), might_be_jump("（下转A2）"), might_be_jump("全县推进乡村振兴")
    (True, True, False)
    """
    return "版" in text or len(text) <= 16 and ("转" in text or "接" in text or "续" in text)


def parse_jump(line):
    """The jump a whole line is, or None (letter-spacing inside it does not matter).

    >>> parse_jump("（下转第2版）"), parse_jump("下转二版"), parse_jump("〔下接十三版〕")
    (Jump(direction='to', number=2, letter=''), Jump(direction='to', number=2, letter=''), Jump(direction='to', number=13, letter=''))
    >>> parse_jump("（上接第1版）").direction, parse_jump("(紧接第1版)").number, parse_jump("〔上接九版〕").number
    ('from', 1, 9)
    >>> parse_jump("（转第3版）").direction, parse_jump("（续第1版）").direction, parse_jump("【下转A3版】").page_text()
    ('to', 'from', 'A3')
    >>> parse_jump("第2版  要闻"), parse_jump("转3"), parse_jump("接续奋斗一版又一版")
    (None, None, None)
    >>> parse_jump("（ 下 转 第 2 版 ）").number, parse_jump("（下转A2）").page_text()
    (2, 'A2')
    """
    if len(line) > 40:
        return None
    line = "".join(line.split())
    if len(line) > 24:
        return None
    m = _expressions()[0].match(line)
    return _jump(m) if m else None


def trailing_jump(line):
    """(offset, jump) of a jump printed at the end of a line of text, or None.

    >>> trailing_jump("全面推进乡村振兴。（下转第2版）")
    (9, Jump(direction='to', number=2, letter=''))
    >>> trailing_jump("全面推进乡村振兴。下转三版")[0], trailing_jump("收入增长（转第3版）")[0]
    (9, 4)
    >>> trailing_jump("他说：“我们转3版了”"), trailing_jump("（下转第2版）")
    (None, None)
    """
    bracketed, after_sentence = _expressions()[1]
    m = bracketed.search(line) or after_sentence.search(line)
    if not m or not line[:m.start()].strip():
        return None
    j = _jump(m)
    return (m.start(), j) if j else None


def leading_jump(line):
    """(offset where the text starts, jump) of a jump printed before a line of text, or None.

    >>> leading_jump("（上接第1版）随着项目落地，")
    (7, Jump(direction='from', number=1, letter=''))
    >>> leading_jump("（一）加快项目建设"), leading_jump("（上接第1版）")
    (None, None)
    """
    m = _expressions()[2].match(line)
    if not m or not line[m.end():].strip():
        return None
    j = _jump(m)
    return (m.end(), j) if j else None


def page_jumps(lines):
    """The jumps of a page by row: ``(jump, where, offset)``, ``where`` being ``line`` (the
    whole line), ``tail`` (after the text, from ``offset``) or ``lead`` (before the text,
    which starts at ``offset``). Only lines with a jump's word near a "版" or a section
    letter's page ("转A3") are read.

    >>> page_jumps(["正文。（下转第2版）", "（上接第1版）", "（紧接第1版）正文", "第2版"])
    {0: (Jump(direction='to', number=2, letter=''), 'tail', 3), 1: (Jump(direction='from', number=1, letter=''), 'line', 0), 2: (Jump(direction='from', number=1, letter=''), 'lead', 7)}
    """
    # one scan of the page's text for a jump's word near a "版" or a section letter, then
    # the few lines it finds are read (a test of every line costs more than the rest)
    joined = "\n".join(lines)
    found, read = {}, set()
    at = i = 0
    for m in _candidates(joined):
        i += joined.count("\n", at, m.start())
        at = m.start()
        if i in read:
            continue
        read.add(i)
        raw = lines[i]
        j = parse_jump(raw.strip())
        if j is not None:
            found[i] = (j, "line", 0)
            continue
        t = trailing_jump(raw)
        if t is not None:
            found[i] = (t[1], "tail", t[0])
            continue
        t = leading_jump(raw)
        if t is not None:
            found[i] = (t[1], "lead", t[0])
    return found


def _candidates(joined):
    """The matches of :data:`_CANDIDATE` in ``joined``, in order: tried only where one of
    its first characters stands, found by ``str.find`` (a scan of the expression's first
    class costs more a character, and most pages hold a few of them)."""
    starts = []
    for c in _CANDIDATE_FIRST:
        find = joined.find
        at = find(c)
        while at >= 0:
            starts.append(at)
            at = find(c, at + 1)
    starts.sort()
    end = 0
    match = _CANDIDATE.match
    for at in starts:
        if at >= end:
            m = match(joined, at)
            if m:
                end = m.end()
                yield m


def without_jumps(lines, jumps):
    """The lines as the rules read them: a jump printed on a line of text taken off it
    ("升40%。（转第2版）" ends a sentence)."""
    out = list(lines)
    for i, (_, where, off) in jumps.items():
        if where == "tail":
            out[i] = lines[i][:off]
        elif where == "lead":
            out[i] = lines[i][off:]
    return out
