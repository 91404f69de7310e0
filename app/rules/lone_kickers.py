"""A kicker printed as a text group of its own, apart from the headline it tops.

A column reader (``pdftotext``) reads a page's top band line by line across the stories:
a story's kicker (``县域经济观察``, ``奋进新征程·道县篇``) comes out as a one-line text group,
after another story's last paragraph or among the running head's pieces, which may be
printed between it and its headline (a kicker with another story's headline between is
left alone: which headline it tops is not in the text). The header clusters take a kicker only tight over its headline, so such a
line was left a paragraph of one line, an article of its own.
"""
from __future__ import annotations

from itertools import chain, compress, count, islice
from operator import gt, or_

from .headers import closes
from .profile import DEFAULT

RULE = "kicker-set-apart"
_CLAUSE = frozenset("，、；：。！？")
_SHAPES = frozenset(("title", "kicker"))


def kickers_set_apart(pg, kinds, labels, profile=DEFAULT):
    """Label as a kicker each line no header cluster took that is a text group of its own
    (a blank line before and after it), with a headline line the next line that is not
    furniture, where the line is kicker-shaped (a series tag: its kind), or a title line as
    narrow as a kicker after a line that closes (furniture passed over, the page's start
    too). ``labels``: the header clusters' label records by line, updated in place;
    ``kinds``: the line kinds."""
    if pg.spaced:
        return      # a blank line after most lines: a line alone says nothing
    if pg.tight.count(False) <= 1:
        return      # no blank line at all (drawing order): no line is a group of its own
    n = len(kinds)
    tight = pg.tight
    # the title-shaped lines printed tight to neither neighbour (k is a candidate where
    # "shaped > in_group", True > False), picked at C speed: most lines of a made page are
    # title-shaped, and a Python step for each cost some 1.5 M instructions a page
    in_group = map(or_, tight, chain(islice(tight, 1, None), (False,)))
    for k in compress(count(), map(gt, map(_SHAPES.__contains__, kinds), in_group)):
        if k in labels or _CLAUSE.intersection(pg.text[k]):
            continue
        after = _next_not_furniture(kinds, k + 1)
        if after < n and _is_headline(labels.get(after)) and (kinds[k] == "kicker" or _narrow_title(pg, kinds, k, profile)):
            labels[k] = ("kicker", RULE, profile.conf.kicker_set_apart)


def _narrow_title(pg, kinds, k, profile):
    """Is title line k as narrow as a kicker, after a line that closes (furniture passed over)?"""
    return (profile.kicker_min_width <= pg.width[k] <= profile.kicker_max_width
            and closes(pg, kinds, _prev_not_furniture(kinds, k - 1)))


def _next_not_furniture(kinds, k):
    while k < len(kinds) and kinds[k] == "noise":
        k += 1
    return k


def _prev_not_furniture(kinds, k):
    while k >= 0 and kinds[k] == "noise":
        k -= 1
    return k


def _is_headline(record):
    return record is not None and record[0] == "headline"
