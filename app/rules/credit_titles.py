"""Title lines under a credit that closes a story (drawing order).

A story credited at its end ("……学习体会。（冯强）") has no byline, and on a page drawn in
order its header may be drawn right after its body: a kicker and a headline, then the
next story's body. With no byline or deck under it, a headline as wide as the body's
lines reads as a paragraph's first line going on into the line under it, and a kicker as
a section head. But the credit ends the story, so nothing of it goes on below, and a
first line is an indent shorter than the line under it. Title-shaped lines under a credit
(no clause or sentence mark, ending no sentence), the last of them as wide as the line under it or
wider, are the header of the story the credit closed (:func:`titles_under_a_credit`).
"""
from __future__ import annotations

from itertools import compress, count

from .lazy import LazyPattern
from .names import ends_in_credit
from .profile import DEFAULT

# a clause or a sentence inside the line: text, not a title
_CLAUSE = LazyPattern("[，、；。！？,;!?]")
_TITLE = frozenset(("paragraph", "subheading"))
_BRACKET = frozenset("）)")
# the records of the rules that read such lines elsewhere, whose sentences say the same
# (a title line right after a closing credit: a headline; a narrow first title line over a
# much wider one: the kicker)
HEADLINE, KICKER = "head-as-headline", "short-first-line"


def titles_under_a_credit(pg, lab, profile=DEFAULT):
    """Relabel in ``lab`` (label records per line) the title lines under each credit of
    names that closes a paragraph, on a page drawn in order: up to
    :attr:`~.profile.Profile.credit_title_rows` lines holding no clause or sentence
    mark, then a paragraph line that goes on; the last title line wider than a kicker and
    no more than :attr:`~.profile.Profile.credit_title_indent` cells narrower than that
    paragraph line (a first line going on would be an indent narrower). A first title
    line no wider than a kicker, over a wider one, is the kicker; the others are the
    headline."""
    if not (pg.tight and all(pg.tight[1:])):
        return
    n, conf = len(lab), profile.conf.head_as_headline
    # (the lines ending in a closing bracket picked out first: a page holds few)
    for c in compress(count(), map(_BRACKET.__contains__, pg.last[:n - 2])):
        if lab[c][0] != "paragraph" or not ends_in_credit(pg.text, c):
            continue
        last = c
        while last + 1 < n and last - c < profile.credit_title_rows and _title_line(pg, lab, last + 1):
            last += 1
        j = next((j for j in range(last, c, -1) if _over_body(pg, lab, j, profile)), None)
        if j is None:
            continue
        k = c + 1
        if j > k and pg.width[k] <= profile.kicker_max_width and pg.width[k] < pg.width[j]:
            lab[k] = ("kicker", KICKER, conf)
            k += 1
        for r in range(k, j + 1):
            lab[r] = ("headline", HEADLINE, conf)


def _over_body(pg, lab, j, profile=DEFAULT):
    """Can title line j be a headline's last row over the paragraph line under it: wider
    than a kicker and not an indent narrower than that line, which goes on (a body's first
    line; a paragraph line that ends its sentence there may end the paragraph j is in)?"""
    b = j + 1
    return (b < len(lab) and lab[b][0] == "paragraph" and lab[b][1] != "person" and not pg.ends_final[b]
            and pg.width[j] > profile.kicker_max_width and pg.width[j] >= pg.width[b] - profile.credit_title_indent)


def _title_line(pg, lab, k):
    """Is line k a paragraph line or a head of a title's shape: no clause or sentence mark,
    ending no sentence, not a person's label?"""
    return (lab[k][0] in _TITLE and lab[k][1] != "person" and not pg.ends_final[k]
            and not _CLAUSE.search(pg.text[k]))
