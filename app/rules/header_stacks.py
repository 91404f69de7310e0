"""Header units stacked over one body, parted by the pairing (pdftotext's column pieces).

A column reader gives the headers printed at one height line by line, and the units the
header clusters are cut into (a kicker, a headline after a deck or byline, a deck after a
byline start a new one) part one story's header: the lowest unit is paired with the body
printed right under it, the units over it with a body printed far away or with none. On
pdftotext's pages the body right under a stack of header lines is the story of one of them
(61 of 63 two-story stacks on the development pages: the story set on the left), so the
units stacked over the lowest go with that body too (docs/pdf-extractors.md, part 27).
Where the read-across steps already parted a unit, the lines they moved stay. A unit the
pairing gave a body whole stays (it chose that body by the header's words or place), and
so does one paired with the body printed right above it (its story's first column,
printed before its header: part 20), or holding a headline where a unit under it holds
one in that body's article already (two headlines in one article are exact for neither);
each ends the stack.
"""
from __future__ import annotations

from .column_flow import text_line_after, text_line_before
from .decisions import BODY_LABELS

_BODY = frozenset(BODY_LABELS)
# the records of the steps that parted two headers read across (articles._headers_read_across,
# headers_across): the lines they moved are placed
_PARTED = frozenset(("headers-read-across", "header-to-headless"))


def units_stacked_over_a_body(lab, arts, rules, hunits, profile):
    """Each header unit printed right over the next one (no line between but furniture),
    the lowest of them paired with the body printed right under it, joins that body's
    article (see the module note). ``arts``, ``rules``: the article and record of each
    line, changed in place."""
    rec = ("header-stack", profile.conf.header_stack)
    to = None
    # the articles holding a headline line in the units under unit h - 1, gathered unit by
    # unit as the walk goes up: each unit is read once, whatever the page's length
    headlined = set()
    for h in range(len(hunits) - 1, 0, -1):
        u, v = hunits[h - 1], hunits[h]
        headlined.update(arts[k] for k in v if lab[k][0] == "headline")
        if to is None and _body_of(lab, arts, text_line_after(lab, v[-1]), v[0]):
            to = arts[v[0]]
        if to is None or not _only_furniture(lab, u[-1] + 1, v[0]) or _stays(lab, arts, rules, u, to, headlined):
            to = None
            continue
        for k in u:
            if rules[k][0] not in _PARTED:
                arts[k], rules[k] = to, rec


def _stays(lab, arts, rules, u, to, headlined):
    """Does unit u, stacked over the next unit, stay out of article ``to`` (see the module
    note; ``headlined``: the articles holding a headline in the units under u)?"""
    return (all(rules[k][0] == "attached-header" for k in u)
            or _body_of(lab, arts, text_line_before(lab, u[0]), u[0])
            or (_has_headline(lab, u) and to in headlined))


def _only_furniture(lab, a, b):
    """Are lines a..b-1 all furniture (none when a == b)?"""
    return all(lab[k][0] == "noise" for k in range(a, b))


def _body_of(lab, arts, k, of):
    """Is line k (none where out of the page) a body line of line ``of``'s article?"""
    return 0 <= k < len(lab) and lab[k][0] in _BODY and arts[k] == arts[of]


def _has_headline(lab, u):
    """Does unit u hold a headline line?"""
    return any(lab[k][0] == "headline" for k in u)
