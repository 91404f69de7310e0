"""A story's first column printed before its header, run on into the next story (pdfminer).

pdfminer may print a story's first column before its header (the column set beside a
headline that runs across it) and the next story's column right after it; the engine then
keeps the two in one article, which the second story's header heads further down (its
column goes on under it). The stretch of an article printed before its header breaks where
the first story's piece ends: that group's last line fills the column and ends no sentence,
and the next group opens a paragraph (its first line indented), which a story's own
paragraph going on would not. The open line goes on under its own header, printed later:
the first header after it whose text under it starts with a glyph that the open line's last
one is written beside elsewhere on the page (:func:`.column_flow.joins_as_pair`). The
stretch up to the open line joins that header's article (docs/pdf-extractors.md, part 42).
"""
from __future__ import annotations

from bisect import bisect_left

from .column_flow import (body_groups, cut_open, group_measure, joins_as_pair, opens_indented, text_line_after,
                          without_spaces)
from .decisions import BODY_LABELS

_BODY = frozenset(BODY_LABELS)


def first_break(pg, lab, groups, profile):
    """The index of the first of ``groups`` (one article's text groups, in order) that
    ends open (its last line filling its column, ending no sentence) with the next one
    opening indented, or None.

    >>> from .page import Page
    >>> from .profile import DEFAULT
    >>> pg = Page(["一二三四五六", "七八九十一二", "", "三四五六", "七八九十一二", "三四"])
    >>> lab = [("paragraph", "", 1)] * 5
    >>> first_break(pg, lab, [[0, 1], [2, 3, 4]], DEFAULT), first_break(pg, lab, [[2, 3, 4]], DEFAULT)
    (0, None)
    """
    for i in range(len(groups) - 1):
        g = groups[i]
        if len(g) > 1 and cut_open(pg, g, group_measure(pg, g, profile), profile) and opens_indented(
                pg, lab, groups[i + 1][0], profile):
            return i
    return None


def openings_parted_from_the_next_story(pg, lab, arts, rules, hunits, profile):
    """Give each article's stretch printed before its header, up to the stretch's first
    break, to the header its open line goes on under (see the module note). ``arts``,
    ``rules``: each line's article and record, changed in place."""
    n = len(lab)
    head_at = {}
    for u in hunits:
        head_at.setdefault(arts[u[0]], u[0])
    before = {}
    for g in body_groups(pg, [x[0] == "paragraph" for x in lab]):
        a = arts[g[0]]
        if g[-1] < head_at.get(a, n) and all(arts[k] == a for k in g):
            before.setdefault(a, []).append(g)
    firsts = [u[0] for u in hunits]
    text = None
    rec = ("column-flow", profile.conf.column_flow)
    for a, groups in before.items():
        i = first_break(pg, lab, groups, profile)
        if i is None:
            continue
        e = groups[i][-1]
        if text is None:
            text = "\n".join(without_spaces(pg))
        to = _header_going_on(pg, lab, arts, hunits, firsts, e, a, text, profile)
        if to is None:
            continue
        for k in range(groups[0][0], e + 1):
            if arts[k] == a and lab[k][0] in _BODY:
                arts[k], rules[k] = to, rec


def _header_going_on(pg, lab, arts, hunits, firsts, e, a, text, profile):
    """The article of the first header unit after line e (within ``flow_reach`` lines),
    of another article than a, whose text under it (a paragraph line it heads) starts with
    a glyph the last of line e pairs with on the page (``text``); None if none does."""
    n = len(lab)
    for h in range(bisect_left(firsts, e), len(firsts)):
        if firsts[h] > e + profile.flow_reach:
            break
        t = text_line_after(lab, hunits[h][-1])
        if (t < n and lab[t][0] == "paragraph" and arts[t] == arts[firsts[h]] != a
                and joins_as_pair(pg, e, t, text)):
            return arts[t]
    return None
