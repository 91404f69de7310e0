"""Two stories' headers read across, parted over the page (pdftotext's column pieces).

A column reader gives two headers set side by side line by line (headline A, headline B,
deck A, deck B ...) as one header unit over one story's body. Where the unit's last line is
printed right over that body (no blank line between), its story owns the body 83 % of the
time (docs/pdf-extractors.md, part 24); the other story's groups go to the first body after
the unit that no header with a headline holds, each body to one unit at most, so that two
units never send their stories to the same body.
"""
from __future__ import annotations

from .column_flow import text_groups
from .decisions import BODY_LABELS, HEADER_LABELS
from .title_groups import blank_lines_part_groups

_HEADER = frozenset(HEADER_LABELS)
_BODY = frozenset(BODY_LABELS)


def other_story_to_a_free_body(pg, lab, arts, rules, hunits, profile):
    """On a page of column pieces (``blank_lines_part_groups``: pdftotext), part each header
    unit read across that kept the body right under it: the groups of the story that does
    not end the unit join the first free article after it (see the module note). ``arts``,
    ``rules``: the article and record of each line, changed in place."""
    parted = [(u, g) for u in hunits for g in [_groups_not_ending(pg, lab, arts, rules, u)] if g]
    if not parted or not blank_lines_part_groups(pg, profile):
        return
    barred = {arts[k] for u in hunits for k in u if lab[k][0] == "headline"}
    order = _articles_in_order(lab, arts)
    rec = ("headers-read-across", profile.conf.read_across)
    for u, groups in parted:
        to = next((a for a, k in order if k > u[-1] and a not in barred), None)
        if to is None:
            continue
        barred.add(to)
        for g in groups:
            for k in g:
                arts[k], rules[k] = to, rec


def _groups_not_ending(pg, lab, arts, rules, u):
    """The text groups of unit u, from its first headline group on, of the story that does
    not own the unit's last group (the two stories' groups alternate), where u holds two
    headline groups, was left whole by the pairing and took the body printed right under
    its last line."""
    if rules[u[0]][0] != "attached-header" or any(rules[k] != rules[u[0]] for k in u):
        return []
    groups = text_groups(pg, u)
    heads = [i for i, g in enumerate(groups) if any(lab[k][0] == "headline" for k in g)]
    if len(heads) < 2 or not _body_right_under(pg, lab, arts, u):
        return []
    tail = groups[heads[0]:]
    return tail[len(tail) % 2::2]


def _body_right_under(pg, lab, arts, u):
    """Is the line after unit u a body line of u's article, printed right under it?"""
    k = u[-1] + 1
    return k < len(lab) and pg.tight[k] and lab[k][0] in _BODY and arts[k] == arts[u[0]]


def _articles_in_order(lab, arts):
    """(article, its first body or header line), in page order."""
    first = {}
    for k, x in enumerate(lab):
        if x[0] in _BODY or x[0] in _HEADER:
            first.setdefault(arts[k], k)
    return sorted(first.items(), key=lambda ak: ak[1])

