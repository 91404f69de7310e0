"""Headlines printed as a text group of their own.

``pdftotext`` reads a page in text groups and prints a blank line between two; it seldom
puts one at a paragraph's end (a column read down runs on through its paragraphs). A
headline is a group of its own, often printed in the middle of another story's column run
("……付小平等一批家庭教育专" / "" / "怀化千亩油茶挂满“致富果”" / "" / "网约车司机……"),
with no deck or byline beside it to hold it as a header. On such a page a group of one or
two title lines holding no clause mark is a headline. Where blank lines follow most
paragraph ends (pdfminer) a one-line group is as often a short paragraph, and nothing is
decided here.
"""
from __future__ import annotations

import operator
from itertools import compress, count

from .headers import plain_kicker
from .lazy import LazyPattern
from .profile import DEFAULT
from .tracked import could_be_tracked_title

_CLAUSE_MARK = LazyPattern("[，。；、！？,;!?]")   # (a title may hold a colon: "安化：……")


def blank_lines_part_groups(pg, profile=DEFAULT, share=None):
    """Does the page print blank lines between text groups but seldom after a sentence's
    end: after at most :attr:`~.profile.Profile.group_blank_share` (or ``share``) of the
    lines ending one?

    >>> from .page import Page
    >>> body = ["一二三四五六七八", "九十一二三四。", "一二三四五六七八", "九十一二三四。"]
    >>> blank_lines_part_groups(Page(body * 3 + [""] + body))
    True
    >>> blank_lines_part_groups(Page([x for b in body for x in (b, "")]))
    False
    """
    if pg.spaced or pg.markdown:
        return False
    n = len(pg.text)
    ends = list(compress(count(), pg.ends_final[:n - 1]))
    blank = len(ends) - sum(map(pg.tight.__getitem__, [k + 1 for k in ends]))
    most = profile.group_blank_share if share is None else share
    return bool(ends) and blank <= most * len(ends) and not all(pg.tight[1:])


def title_piece(pg, kinds, k, profile=DEFAULT):
    """Can line k be a piece of a headline: a title line, or a tracked (letter-spaced)
    one, or a glyph or two left over ("”"), holding no clause mark?

    >>> from .page import Page
    >>> pg = Page(["怀化千亩油茶挂满“致富果”", "安化 ： 湘 江 岸 边 护 鸟 人", "付小平等一批家庭教育专，", "”"])
    >>> [title_piece(pg, ["title", "body", "title", "body"], k) for k in range(4)]
    [True, True, False, True]
    """
    t = pg.text[k]
    if _CLAUSE_MARK.search(t):
        return False
    if kinds[k] == "title":
        return True
    return kinds[k] == "body" and (pg.letter_spaced[k] and could_be_tracked_title(t)
                                   or pg.width[k] <= profile.tracked_tail_width and not pg.ends_final[k])


def _group_end(tight, k, profile):
    """The last line of the group of at most ``profile.title_group_lines`` lines starting
    at ``k``; None when it goes on past that (running text)."""
    n = len(tight)
    j = k
    while j + 1 < n and tight[j + 1] and j - k + 1 < profile.title_group_lines:
        j += 1
    if j + 1 < n and tight[j + 1]:
        return None
    return j


def _title_group(pg, kinds, labels, k, j, profile):
    """Are lines k..j, none labelled yet and not the page's first, a title group: opened by
    a title or a letter-spaced line, every line a :func:`title_piece`?"""
    if k == 0 or any(r in labels for r in range(k, j + 1)):
        return False
    if kinds[k] != "title" and not pg.letter_spaced[k]:
        return False
    return all(title_piece(pg, kinds, r, profile) for r in range(k, j + 1))


def title_groups(pg, kinds, labels, profile=DEFAULT):
    """Label as headline in ``labels`` (the header clusters' label records, by k) the
    groups of one or two title lines (:func:`title_piece`) set apart by blank lines on a
    page whose blank lines part groups (:func:`blank_lines_part_groups`, with the looser
    :attr:`~.profile.Profile.title_group_blank_share`), unless a line of them is labelled
    already. Returns the groups as (first k, last k)."""
    n = len(pg.text)
    if n < 3 or not blank_lines_part_groups(pg, profile, profile.title_group_blank_share):
        return []
    conf = profile.conf
    tight = pg.tight
    out = []
    # the lines a blank line comes before: where groups start
    for k in compress(count(), map(operator.not_, tight)):
        j = _group_end(tight, k, profile)
        if j is None or not _title_group(pg, kinds, labels, k, j, profile):
            continue
        for r in range(k, j + 1):
            labels[r] = ("headline", "title-group", conf.title_in_cluster)
        out.append((k, j))
    for k, j in out:
        if k == j and _narrow_group(pg, kinds, labels, k, profile):
            labels[k] = ("kicker", "title-group-kicker", conf.short_kicker)
    return out


def _narrow_group(pg, kinds, labels, k, profile):
    """Is the one-line title group k a kicker by its width: narrow, and right over a
    headline, or plain (no space in it) and wider than a headline's tail, under a headline
    group too (two stories' headers read across: "新春走基层" after the other story's
    headline)? An extractor reading down columns prints a kicker as a group of its own and its
    headline elsewhere; a headline runs across its story's columns, wider than a kicker."""
    w = pg.width[k]
    if w > profile.kicker_max_width or not plain_kicker(pg, k):
        return False
    if k + 1 < len(kinds) and (labels.get(k + 1, ("",))[0] == "headline" or kinds[k + 1] == "kicker"):
        return True
    return w > profile.tracked_tail_width and not pg.has_space[k]
