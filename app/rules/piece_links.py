"""A paragraph printed in pieces out of line order: which open line goes on where.

A column reader (``pdftotext``, pdfminer) reads a page down its columns, and may give a
paragraph's rest before its start: the start's last line is open (it ends no sentence and
fills its column, and nothing after it goes on it), and the rest is a text group opening
mid-paragraph (no indent) after a line that closes, printed higher up. Part 19's
:func:`.column_flow.ends_going_on_before` ends such an open line; here it is linked to the
first line of its rest: "the paragraph open at line r goes on at line s". A link is made
only where the page says so: s is the one opening of r's article near r whose join with r
reads as a pair the page writes elsewhere (:func:`.column_flow.joins_as_pair`), r the one
open line near s whose join with s does, and s is printed before r. Where the join
reads as no pair the openings a foot may go on are too many to choose from (measured:
docs/pdf-extractors.md, the part on piece links).
The lines keep the order they were printed in; the document gives the paragraph's text as
r's piece, then s's piece (s up to its next end in line order).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .attach import reads_in_order
from .column_flow import (_PageText, _after_a_close, body_groups, cut_open, group_measure, joins_as_pair,
                          text_line_after, without_spaces)
from .profile import DEFAULT

# the record of an open line a link cuts (its paragraph goes on at the link's line)
GOES_ON_AT = "goes-on-at"
# the record of the line before a linked piece (the piece is no paragraph's going on)
PIECE_AFTER = "piece-after"


def piece_links(pg, lab, end, arts, profile=DEFAULT):
    """The links ``{r: s}`` (lines k) of a page read in order (:func:`.attach.reads_in_order`)
    and the end records the links need, ``{k: (end, rule, confidence)}``: r is no end (the
    link cuts it in line order), and the paragraph line before s in s's article ends. Asked
    after the articles and the other ends (``lab``, ``end``, ``arts``: the label and end
    records and the article of each line); a person's ends are kept, and a link needing one
    changed is not made.

    r is an open column foot (:func:`.column_flow.cut_open`) whose paragraph does not go on
    after it (:func:`stops_there`); s opens a group of r's article mid-paragraph (within
    ``flow_full`` of its column) after a line that closes, printed before r within
    ``flow_reach`` lines; s is the only such opening whose join with r reads as a pair, and
    r the only open column foot near s (of any story, its paragraph going on or not) whose
    join with s does; s's piece ends in its own text group (:func:`_ends_in_its_group`).

    >>> from .page import Page
    >>> pg = Page(["标题", "", "蕴，正推动有色金属产业从传", "统冶炼向精深加工与绿色智能", "转型。", "",
    ...            "作为中国银都", "永兴依托千年银脉底蕴，推动产", "业发展。", "",
    ...            "舒云表示，作为", "中国银都，永兴依托千年银脉底", "",
    ...            "新时代催生新业态", "体带来新课题，值得我们深思。"])
    >>> lab = [("headline", "", 1)] + [("paragraph", "", 1)] * 10
    >>> end = [(x, "", 1) for x in (True, False, False, True, False, False, True, False, True, False, True)]
    >>> piece_links(pg, lab, end, [0] * 11)      # "……银脉底" goes on at "蕴，正推动……"
    ({8: 1}, {8: (False, 'goes-on-at', 0.6)})
    """
    if not reads_in_order(pg):
        return {}, {}
    para = [x[0] == "paragraph" for x in lab]
    groups = body_groups(pg, para)
    cols = [group_measure(pg, g, profile) for g in groups]
    full, reach = profile.flow_full, profile.flow_reach
    first_of = {g[0]: i for i, g in enumerate(groups)}
    open_feet = [g[-1] for i, g in enumerate(groups) if cut_open(pg, g, cols[i], profile)]
    feet = [e for e in open_feet
            if end[e][1] != "person" and stops_there(pg, lab, arts, groups, cols, first_of, e, profile)]
    if not feet:
        return {}, {}
    text = _PageText(without_spaces(pg), reach)
    openings = [g[0] for i, g in enumerate(groups)
                if pg.width[g[0]] >= cols[i] - full and _after_a_close(pg, lab, g[0])]
    found = {}
    for e in feet:
        near = openings[bisect_left(openings, e - reach):bisect_right(openings, e + reach)]
        pairs = [f for f in near if arts[f] == arts[e] and joins_as_pair(pg, e, f, text.around(e))]
        if len(pairs) == 1 and pairs[0] < e and _ends_in_its_group(end, groups[first_of[pairs[0]]], e):
            f = pairs[0]
            # the join is the page's one reading only where no other open foot pairs with f
            others = open_feet[bisect_left(open_feet, f - reach):bisect_right(open_feet, f + reach)]
            if all(x == e or not joins_as_pair(pg, x, f, text.around(f)) for x in others):
                found[e] = f
    links, ends = {}, {}
    for e, f in found.items():
        need = _ends_needed(lab, end, arts, e, f, profile)
        if need is not None:
            links[e] = f
            ends.update(need)
    return links, ends


def stops_there(pg, lab, arts, groups, cols, first_of, e, profile=DEFAULT):
    """Does the paragraph of open line e not go on after it: the next line (furniture
    passed over) is no paragraph line (a header, a section head, a caption), another
    article's, the first of a group opening with an indent (short of its column by more
    than ``flow_full``), or there is none? (A group opening mid-paragraph right after may
    be its rest, as a column read down gives it.)"""
    k = text_line_after(lab, e)
    if k >= len(lab) or lab[k][0] != "paragraph" or arts[k] != arts[e]:
        return True
    i = first_of.get(k)
    return i is not None and pg.width[k] < cols[i] - profile.flow_full


def _ends_in_its_group(end, group, e):
    """Does the piece opening ``group`` end in it (a line of it ends, before line e)? A
    paragraph's rest printed apart is a column piece of its own; one that runs on into the
    next group in line order would take that group's lines into the linked paragraph."""
    return any(end[k][0] for k in group if k < e)


def _ends_needed(lab, end, arts, e, f, profile=DEFAULT):
    """The end records a link e -> f needs changed: e open, the paragraph line before f in
    its article (if any, furniture and captions passed over) ended; None where a person
    decided one of them otherwise."""
    need = {}
    if end[e][0]:
        need[e] = (False, GOES_ON_AT, profile.conf.piece_link)
    p = f - 1
    while p >= 0 and (lab[p][0] in ("noise", "caption") or arts[p] != arts[f]):
        p -= 1
    if p >= 0 and lab[p][0] == "paragraph" and not end[p][0]:
        if end[p][1] == "person":
            return None
        need[p] = (True, PIECE_AFTER, profile.conf.piece_link)
    return need
