"""A column piece set off its article's measure goes on the open column foot of its measure
(pdftotext).

``pdftotext`` reads a page down its columns through several stories, so a story's body
comes out in column pieces (text groups between blank lines) among other stories'
pieces. A piece that opens mid-paragraph (its first line as full as its column) goes on a
paragraph a column foot left open somewhere before it. Two things on the page say which:

- its measure: one story keeps one measure, and a piece set a measure off the piece of
  its article before it (no header between) is another story's;
- the order of the feet: read down, the column left last is the one the text goes on
  first. Each piece opening mid-paragraph takes the nearest open foot of its measure
  before it that no piece has taken yet (a foot left open and the piece that goes on it
  nest like brackets: a story read into another story's column and back).

A piece moves only where both agree: it is set off its article's measure and the foot
it takes is another article's. Measured (docs/pdf-extractors.md): the nearest free foot
alone would move more pieces wrong than right (where foot and piece are in two articles,
18 right and 26 wrong on the development pages); with the measure off its article, 6
moves of 6 on the development and check pages. Pieces under a header stay that header's
(moving a header's body away cost headlines, part 13).
"""
from __future__ import annotations

from .column_flow import body_groups, cut_open, group_measure, header_between, under_a_header


def open_feet_taken(pg, groups, cols, profile):
    """(i, j) for each group i (``groups``, of measures ``cols``) opening mid-paragraph (two
    lines or more, the first within ``flow_full`` of the measure) and the open foot j it
    takes: the nearest group before it of two lines or more, within ``flow_reach`` lines,
    ending open (:func:`.column_flow.cut_open`), of its measure (within
    ``flow_measure``), that no group before i took. Keyed by half cells, the widths'
    step, so a group looks at three stacks.

    >>> from .page import Page
    >>> from .profile import DEFAULT
    >>> ten, twelve = "一二三四五六七八九十", "一二三四五六七八九十一二"
    >>> pg = Page([ten, ten, "", twelve, twelve, "", ten, ten, "", twelve, twelve, "", ten, ten])
    >>> groups = [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]]
    >>> open_feet_taken(pg, groups, [group_measure(pg, g) for g in groups], DEFAULT)
    [(0, None), (1, None), (2, 0), (3, 1), (4, 2)]
    """
    stacks, out = {}, []
    for i, g in enumerate(groups):
        m = round(2 * cols[i])
        if len(g) >= profile.flow_min_lines and pg.width[g[0]] >= cols[i] - profile.flow_full:
            near = [(stacks[x][-1], x) for x in _keys(m, profile) if stacks.get(x)]
            j = max(near)[0] if near else None
            if j is not None and groups[j][-1] < g[0] - profile.flow_reach:
                j = None
            if j is not None:
                stacks[round(2 * cols[j])].pop()
            out.append((i, j))
        if len(g) >= profile.flow_min_lines and cut_open(pg, g, cols[i], profile):
            stacks.setdefault(m, []).append(i)
    return out


def _keys(m, profile):
    """The measures (in half cells) within ``flow_measure`` of measure m (in half cells)."""
    reach = int(2 * profile.flow_measure)
    return range(m - reach, m + reach + 1)


def pieces_to_open_feet(pg, lab, arts, rules, profile):
    """Move each piece set off its article's measure to the article of the open foot it
    takes (:func:`open_feet_taken`): a group of ``step_min_lines`` lines or more (fewer
    show no measure), under no header, whose article's group before it (two lines or
    more, within ``flow_reach`` lines, no header between) is more than ``flow_measure`` off its measure, where the foot
    is in another article. The piece alone moves (what follows it in its article may be
    another story's); record ``column-flow``."""
    groups = body_groups(pg, [x[0] == "paragraph" for x in lab])
    if len(groups) < 2:
        return
    cols = [group_measure(pg, g, profile) for g in groups]
    before, last = {}, {}
    for i, g in enumerate(groups):
        p = last.get(arts[g[0]])
        # an article's piece too far back to ask about is no piece before (the walk between
        # the two stays within reach on a page of any length)
        before[i] = p if p is not None and groups[p][-1] >= g[0] - profile.flow_reach else None
        if len(g) >= profile.flow_min_lines:
            last[arts[g[-1]]] = i
    moves = []
    for i, j in open_feet_taken(pg, groups, cols, profile):
        g, p = groups[i], before[i]
        if j is None or p is None or len(g) < profile.step_min_lines:
            continue
        a, b = arts[g[0]], arts[groups[j][-1]]
        if a == b or abs(cols[p] - cols[i]) <= profile.flow_measure:
            continue
        if header_between(lab, groups[p][-1], g[0]) or under_a_header(lab, g):
            continue
        moves.append((g, b))
    flow = ("column-flow", profile.conf.column_flow)
    for g, b in moves:
        for k in g:
            arts[k], rules[k] = b, flow
