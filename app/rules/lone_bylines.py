"""A byline printed apart from its headline, over its story's body (pdfminer).

pdfminer groups lines by where they stand, so a byline set at the top of a story's first
column, under a headline that runs across several columns, may come out as a text group
far from its headline: after another story's paragraph, right over its own story's body.
The pairing then makes that byline and the body under it an article of their own (a
header of no headline), and the headline heads another. Which headline a lone byline
belongs to is not in its words; the page's count says it where it can: where exactly one
article holds a byline and no headline, kicker or deck, and exactly one article holds a
headline and no byline, the two are one story's, and the byline's article joins the
headline's (docs/pdf-extractors.md, part 34). A story credited at its end ("……再升级。
（杨晨 蒋虹）") has no byline in its header (:mod:`.credit_pairs`), so where several
headlines have no byline, those whose body ends in a credit are not counted. With two of
either left, which goes with which is a guess, and nothing moves; nor where an article
holds two groups of byline lines (two stories' headers read across into one: the count is
off by them).

pdftotext prints such a byline apart too, but there the lines under the headline are
another story's column run (it reads the headline across, then down the column beneath
it), and the byline's lines are its story's body: so the headline's header lines go to the
byline's article, and its body stays (part 38). There a tracked headline's rows come tight
(no blank between), so an article holding two headlines parted by a blank line holds two
stories' headers, and the count is off by them too: nothing moves.
"""
from __future__ import annotations

from .decisions import BODY_LABELS
from .names import ends_in_credit

RULE = "byline-to-headline"
HEADER_RULE = "headline-to-byline"
_BODY = frozenset(BODY_LABELS)
_TITLE = frozenset(("headline", "kicker", "subtitle"))


def byline_and_headline(labels, arts, credited=frozenset(), tight=None):
    """The one article holding byline lines and no headline, kicker or deck, and the one
    holding headline lines and no byline (``labels``: each line's label, None where blank;
    ``arts``: its article), as a pair. None unless there is exactly one of each, or where
    an article holds two groups of byline lines (lines in a row, no blank between: two
    stories' headers in one article, so the count is off). Where several headlines have no
    byline, those of ``credited`` (articles whose body holds a line ending in a credit of
    names, which is such a story's byline) drop out of the count. A person's articles (ids
    below -1) count, but are never the pair. With ``tight`` (each line: no blank line
    between it and the line before), an article holding two groups of headline lines (not
    in a row, or parted by a blank) makes the count off too.

    >>> byline_and_headline(["headline", "paragraph", "byline", "paragraph"], [0, 0, 1, 1])
    (1, 0)
    >>> byline_and_headline(["headline", "byline", "paragraph", "byline", "paragraph"], [0, 0, 0, 1, 1]) is None
    True
    >>> byline_and_headline(["headline", "byline", "paragraph", "byline", "headline"], [0, 1, 1, 2, 3]) is None
    True
    >>> byline_and_headline(["headline", "paragraph", "headline", "byline"], [0, 0, 1, 2], credited={0})
    (2, 1)
    >>> byline_and_headline(["headline", "paragraph", "byline"], [0, 0, 2], credited={0})
    (2, 0)
    >>> byline_and_headline(["headline", "byline", None, "byline", "paragraph", "byline", "headline"],
    ...                     [0, 0, -1, 0, 0, 1, 2]) is None
    True
    >>> lb = ["headline", "headline", "paragraph", "byline", "paragraph"]
    >>> byline_and_headline(lb, [0, 0, 0, 1, 1], tight=[True] * 5)
    (1, 0)
    >>> byline_and_headline(lb, [0, 0, 0, 1, 1], tight=[True, False, True, False, True]) is None
    True
    """
    held, groups, heads, prev = {}, {}, {}, None
    for k, (lb, a) in enumerate(zip(labels, arts)):
        if lb == "byline" or lb in _TITLE:
            held.setdefault(a, set()).add("byline" if lb == "byline" else lb)
        if lb == "byline" and prev != ("byline", a):
            groups[a] = groups.get(a, 0) + 1
        if lb == "headline" and tight is not None and (prev != ("headline", a) or not tight[k]):
            heads[a] = heads.get(a, 0) + 1
        prev = (lb, a)
    if any(g > 1 for g in groups.values()) or any(g > 1 for g in heads.values()):
        return None
    lone = [a for a, kinds in held.items() if kinds == {"byline"}]
    bare = [a for a, kinds in held.items() if "headline" in kinds and "byline" not in kinds]
    if len(bare) > 1:
        bare = [a for a in bare if a not in credited]
    if len(lone) != 1 or len(bare) != 1 or not (_engines(lone[0]) and _engines(bare[0])):
        return None
    return lone[0], bare[0]


def _engines(a):
    """Is ``a`` an article the rules made (not a person's, ids below -1, nor none)?"""
    return a is not None and a >= 0


def join_a_byline_set_apart(pg, lab, arts, rules, profile, header_to_byline=False):
    """On a page read in order (the caller asks), the one article headed by a byline alone
    and the one article whose headline has no byline are one story's (see the module
    note): the first joins the second, or with ``header_to_byline`` (pdftotext: the body
    under the headline is another story's) the second's header lines go to the first,
    where no article holds two headlines parted by a blank line. ``lab``: the label
    records; ``arts``, ``rules``: each line's article and record, changed in place.
    Returns the lines moved."""
    labels = [r[0] for r in lab]
    # a story credited at its end ("……再升级。（杨晨 蒋虹）") has its byline there
    credited = {arts[k] for k, t in enumerate(pg.last)
                if t in "）)" and labels[k] in _BODY and ends_in_credit(pg.text, k)}
    pair = byline_and_headline(labels, arts, credited, pg.tight if header_to_byline else None)
    if pair is None:
        return []
    byline_art, headline_art = pair
    if header_to_byline:
        moved = [k for k, a in enumerate(arts) if a == headline_art and labels[k] in _TITLE]
        to, rec = byline_art, (HEADER_RULE, profile.conf.byline_set_apart)
    else:
        moved = [k for k, a in enumerate(arts) if a == byline_art]
        to, rec = headline_art, (RULE, profile.conf.byline_set_apart)
    for k in moved:
        arts[k], rules[k] = to, rec
    return moved
