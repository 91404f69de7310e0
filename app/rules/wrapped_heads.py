"""Section heads a narrow column wrapped, found by their tail.

A head set in a narrow column wraps onto a second line of a glyph or a few
("多方联动，织密安全防" / "护网", "抓实产业，鼓起群众" / "“钱袋子”"). Its first line is as wide
as a paragraph's indented first line, so its width says nothing; its tail does: a
paragraph's last line ends its sentence with a mark, a head's tail holds none. Where the
first line has a head's phrasing (a short phrase, a comma, a phrase: "四字，短语") and
follows a line that closes, the two lines are the head.
"""
from __future__ import annotations

from .chars import SHAPE, han_shape
from .headers import closes, opens_group
from .heads import quotes_or_counts
from .lazy import LazyPattern
from .lines import broken_phrase
from .profile import DEFAULT

_TAIL_MARKS = "，。；：、！？,.;:!?…"     # a tail holds none (its last glyph asked first)
_TAIL_MARK = LazyPattern(f"[{_TAIL_MARKS}]")
# a head's phrasing: a short phrase, a comma, and the rest unpunctuated
_HEAD_PHRASES = LazyPattern(f"^{SHAPE}{{2,6}}，[^，。、；：！？,.;:!?]{{2,}}$")   # over the ideographs' shape


def head_over_its_tail(first, tail, profile=DEFAULT):
    """Are ``first`` and ``tail`` (the short line after it) one section head a column
    wrapped: the first line phrased as a head, the tail holding no mark?

    >>> head_over_its_tail("多方联动，织密安全防", "护网"), head_over_its_tail("抓实产业，鼓起群众", "“钱袋子”")
    (True, True)
    >>> head_over_its_tail("如何让参与治理可持续", "吗？"), head_over_its_tail("同时，也注重心理健康成", "长")
    (False, False)
    >>> head_over_its_tail("近年来，溆浦县在家", "庭")
    False
    """
    return (bool(_HEAD_PHRASES.match(han_shape(first))) and not broken_phrase(first, profile) and not quotes_or_counts(first)
            and not _TAIL_MARK.search(tail))


def wrapped_heads(body, lab):
    """Label in ``lab`` (the label records so far, None where no rule decided) the section
    heads a narrow column wrapped: a line after a line that closes, and its tail of a few
    cells (:func:`head_over_its_tail`, at most
    :attr:`~.profile.Profile.wrapped_head_tail_width`) that a line starting something
    follows. Returns them as (head, tail) line pairs."""
    pg, kinds, n, profile = body.pg, body.kinds, body.n, body.profile
    conf = profile.conf
    w, text = pg.width, pg.text
    # only the short lines can be tails: picked out at C speed, a page may hold millions
    pairs = []
    for j in body.narrow_lines(profile.wrapped_head_tail_width):
        if not _may_be_tail(pg, kinds, lab, j):
            continue
        k = body.prev_text(j)
        head = k >= 0 and lab[k] is not None and lab[k][0] == "subheading"   # a head already: its tail
        if k < 0 or lab[k] is not None and not head or kinds[k] not in ("body", "title") or w[k] <= w[j]:
            continue
        if not head_over_its_tail(text[k], text[j], profile) or not (head or closes(pg, kinds, body.prev_text(k)) or opens_group(pg, k)):
            continue
        after = body.next_text(j)
        if after < n and pg.starts_closed[after]:
            continue
        if not head:
            lab[k] = ("subheading", "wrapped-head", conf.head_tail)
        lab[j] = ("subheading", "head-tail", conf.head_tail)
        pairs.append((k, j))
    return pairs


def _may_be_tail(pg, kinds, lab, j):
    """May short line j be a head's tail: not the first line, no rule decided it, text, and
    no mark in it (:func:`head_over_its_tail`; most short lines end a paragraph, on a mark,
    so the last glyph is asked before the expression)?"""
    return (j > 0 and lab[j] is None and kinds[j] in ("body", "title") and pg.last[j] not in _TAIL_MARKS
            and not _TAIL_MARK.search(pg.text[j]))
