"""Tracked titles: headlines set with wide letter spacing, which an extractor gives back
with a space between every glyph or between some ("安 化 ： 湘 江 岸 边 护 鸟 人",
"小 城 走 出 智能 制 造 新 势力").

:func:`.kinds.title_shaped` takes no letter-spaced line for a title, since the body lines
of justified columns come out letter-spaced too. A tracked title differs from them by what
surrounds it and what it holds: a short run of spaced lines, after a line that closes what
came before, holding no clause mark, with no paragraph line running on from it.
"""
import re
from itertools import compress, count

from .chars import LAYOUT_SPACE
from .headers import closes
from .profile import DEFAULT

# marks inside a clause or ending one: a title has none (a colon it may: "安化：……")
_CLAUSE_MARK = re.compile("[，。；、！？,;!?]")
_SPACES = re.compile(f"[{LAYOUT_SPACE}]+")


def could_be_tracked_title(t):
    """Can the letter-spaced line ``t`` be a piece of a tracked title: no clause mark in it
    and no mark at its end that leaves the sentence open?

    >>> could_be_tracked_title("安 化 ： 湘 江 岸 边 护 鸟 人"), could_be_tracked_title("家 门 口 的 “ 幸 福 食 堂")
    (True, True)
    >>> could_be_tracked_title("新 时 代 催 生 新 业 态 ，新 群 体 带")
    False
    >>> could_be_tracked_title("资 难 题 ： 邮 储 银 行 郴 州 市 分 行 主 动 下 沉 服 务 ：")
    False
    """
    t = _SPACES.sub("", t)
    return not _CLAUSE_MARK.search(t) and t[-1] not in "：:"


def tracked_titles(pg, kinds, profile=DEFAULT):
    """Make the lines of tracked titles 'title' in ``kinds``: each run of at most
    :attr:`~.profile.Profile.tracked_max_lines` letter-spaced body lines that could all be
    title pieces, after a line that closes what came before. A last piece too short to be
    spaced ("明 ”", "力") goes with the run."""
    n = len(kinds)
    text, ls = pg.text, pg.letter_spaced
    done = -1
    for k in compress(count(), ls):
        if k <= done:
            continue
        j = k
        while j + 1 < n and ls[j + 1]:
            j += 1
        done = j
        if j - k + 1 > profile.tracked_max_lines or not closes(pg, kinds, k - 1):
            continue
        run = range(k, j + 1)
        if not all(kinds[r] == "body" and could_be_tracked_title(text[r]) for r in run):
            continue
        for r in run:
            kinds[r] = "title"
        tail = j + 1
        if (tail < n and kinds[tail] == "body" and pg.width[tail] <= profile.tracked_tail_width and could_be_tracked_title(text[tail])):
            kinds[tail] = "title"
