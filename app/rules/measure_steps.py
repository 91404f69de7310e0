"""A story's paragraphs set to another measure, read on under another story (pdfminer).

pdfminer prints a blank line after each paragraph's piece: its text groups are
paragraphs or their pieces, each of one column and so of one story. Read down, a column
runs on from one story's paragraphs into another story's with no header between, and the
engine keeps such a run in the article before it. Where the two stories are set to
measures a step apart (``story_measure_step`` cells or more between the widest middle
lines of two text groups of ``step_min_lines`` lines or more), the step is the other
story's start: one story's groups differ by a cell at most (letter spacing and
half-width figures), and on the development pages every such step parted two stories.

Where the run goes: after a unit of two stories' headers read across (two bylines in it),
the run is the second story's body and forms an article with that story's header lines;
otherwise, where the run ends a sentence, it goes to the article of the nearest group of
its measure before it (the story it goes on). A run ending open goes on further down:
where a header follows it whose text opens mid-paragraph, the run is that story's first
column printed before its header and joins it; elsewhere it stays.
"""
from __future__ import annotations

from bisect import bisect_left

from .column_flow import body_groups, header_between, opens_full, text_groups, text_line_after
from .decisions import BODY_LABELS, HEADER_LABELS


def measured_groups(pg, lab, profile):
    """The paragraph text groups long enough to show their measure, as (group, measure):
    the widest of the lines between the first (short by an indent where it opens a
    paragraph) and the last (short where it ends one)."""
    groups = body_groups(pg, [x[0] == "paragraph" for x in lab])
    return [(g, max(map(pg.width.__getitem__, g[1:-1]), default=0)) for g in groups if len(g) >= profile.step_min_lines]


def measure_steps(pg, lab, arts, mg, profile):
    """(first line, measure) of each measured group (``mg``) set a step off the measured
    group before it in its article, no header between."""
    out = []
    for (g0, m0), (g1, m1) in zip(mg, mg[1:]):
        if arts[g0[-1]] != arts[g1[0]] or header_between(lab, g0[-1], g1[0]):
            continue
        if abs(m1 - m0) >= profile.story_measure_step:
            out.append((g1[0], m1))
    return out


def _run(lab, arts, f, m, measure_at, profile):
    """The body lines from line f on in f's article, up to the next header line, a body
    line of another article, or a measured group of another measure."""
    a = arts[f]
    out = []
    for k in range(f, len(lab)):
        lb = lab[k][0]
        gm = measure_at.get(k)
        if lb in HEADER_LABELS or (lb in BODY_LABELS and arts[k] != a) or (gm is not None and abs(gm - m) > profile.flow_measure):
            break
        if lb in BODY_LABELS:
            out.append(k)
    return out


def _article_before(mg, arts, a, f, m, profile):
    """The article, other than a, of the nearest measured group of measure m before line
    f, within :attr:`~.profile.Profile.flow_reach` lines of it, or None."""
    for i in range(bisect_left(mg, (f,), key=lambda gg: (gg[0][-1],)) - 1, -1, -1):
        g, gm = mg[i]
        if g[-1] < f - profile.flow_reach:
            break
        if abs(gm - m) <= profile.flow_measure and arts[g[0]] != a:
            return arts[g[0]]
    return None


def _header_unit_before(pg, lab, arts, a, f, reach):
    """The text groups (lines printed one under the other) of the header lines of article
    a right before its body that reaches line f (furniture passed over), looked for within
    ``reach`` lines of f (a page may be a whole file: the walk back stays bounded)."""
    u = []
    for k in range(f - 1, max(-1, f - 1 - reach), -1):
        lb = lab[k][0]
        if lb in HEADER_LABELS and arts[k] == a:
            u.append(k)
        elif u and lb != "noise":
            break
    return text_groups(pg, u[::-1])


def _header_going_on(pg, lab, arts, e, profile):
    """The article of the text under the header printed right after line e (furniture
    passed over), where that text opens mid-paragraph (:func:`.column_flow.opens_full`):
    the story's opening column printed before its header, its paragraph going on under
    it. None where no header follows, or its text opens a paragraph."""
    k = text_line_after(lab, e)
    if k >= len(lab) or lab[k][0] not in HEADER_LABELS:
        return None
    while k < len(lab) and lab[k][0] in HEADER_LABELS + ("noise",):
        k += 1
    if k >= len(lab) or lab[k][0] != "paragraph" or not opens_full(pg, lab, k, profile):
        return None
    return arts[k]


def second_story_header(pg, lab, arts, a, f, reach):
    """The header lines of the second story of article a's header unit, where that unit
    holds two stories' headers read across (two byline groups), else []: every other
    group counted back from the unit's last (the second story's byline comes last), down
    to the first headline group where there are two (a kicker over them is the first
    story's)."""
    groups = _header_unit_before(pg, lab, arts, a, f, reach)
    if sum(any(lab[k][0] == "byline" for k in g) for g in groups) < 2:
        return []
    heads = [i for i, g in enumerate(groups) if any(lab[k][0] == "headline" for k in g)]
    lo = heads[0] if len(heads) > 1 else 0
    return [k for i in range(len(groups) - 1, lo - 1, -2) for k in groups[i]]


def move_measure_steps(pg, lab, arts, rules, profile):
    """Give each run set to another measure (:func:`measure_steps`) its article: with the
    second story's header lines a new one, where a unit read across heads the article;
    else, where it ends a sentence, the article of its measure before it; where it ends
    open, the article of the header after it whose text goes on its paragraph."""
    mg = measured_groups(pg, lab, profile)
    steps = measure_steps(pg, lab, arts, mg, profile)
    if not steps:
        return
    new = max((x for x in arts if x is not None), default=0) + 1
    measure_at = {g[0]: gm for g, gm in mg}
    for f, m in steps:
        a = arts[f]
        run = _run(lab, arts, f, m, measure_at, profile)
        second = second_story_header(pg, lab, arts, a, f, profile.flow_reach)
        if second:
            b, rec, new = new, ("headers-read-across", profile.conf.read_across), new + 1
            run += second
        elif run and pg.ends_final[run[-1]]:
            b, rec = _article_before(mg, arts, a, f, m, profile), ("column-flow", profile.conf.column_flow)
        elif run:
            b, rec = _header_going_on(pg, lab, arts, run[-1], profile), ("column-flow", profile.conf.column_flow)
        else:
            continue
        if b is None:
            continue
        for k in run:
            arts[k], rules[k] = b, rec
