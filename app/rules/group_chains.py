"""Which story a text group goes on, by how one story's groups chain (pdfminer).

pdfminer prints a blank line after each piece of a paragraph: its text groups are each a
column piece of one story. Read in order, one story's groups chain: a group whose first
line fills its measure (no indent at all) goes on a paragraph its story left open, so the
story's group before it ends on a full line ending no sentence. A group opening so right
after a sentence end of its own article (no header between) therefore goes on another
story's paragraph. Where exactly one other article's last group is left open at the
group's measure, and the group's own article has no paragraph of that measure left open
(its own piece may go on after another story's groups printed between), the group goes
on that article's paragraph: it and the article's body after it (to the next header)
join that article. Where the open paragraph is in an article of no header and the group
in one with a header, the headless piece joins the group's article instead: the
header's body stays with its header (moving it away cost headlines). A group of two lines
whose second ends the paragraph (a paragraph's tail) is measured by its first line: the
second is short by where the paragraph ends, not by the column (part 42).
"""
from __future__ import annotations

from .column_flow import body_groups, body_run, cut_open, group_measure, header_between
from .decisions import HEADER_LABELS


def _opens_mid_paragraph(pg, g, m, profile):
    """Does group g (of measure m, two lines or more) open with a line within
    ``flow_measure`` of its measure: no indent, a paragraph going on?"""
    return len(g) > 1 and pg.width[g[0]] >= m - profile.flow_measure


def tail_measure(pg, g, profile):
    """The measure of group g: :func:`.column_flow.group_measure`, but for a two-line
    group whose second line ends a sentence short of the first (a paragraph's last two
    lines) the first line's width: the second is short by where the paragraph ends.

    >>> from .page import Page
    >>> from .profile import DEFAULT
    >>> pg = Page(["一二三四五六", "七八。", "一二三四五六", "七八"])
    >>> tail_measure(pg, [0, 1], DEFAULT), tail_measure(pg, [2, 3], DEFAULT)
    (6.0, 2.0)
    """
    if len(g) == 2 and pg.ends_final[g[1]] and pg.width[g[1]] < pg.width[g[0]]:
        return pg.width[g[0]]
    return group_measure(pg, g, profile)


def _forget_before(last, pending, k):
    """Drop the groups ending before line k from ``last`` and ``pending``: a group goes on
    a paragraph within ``flow_reach`` lines of it (a page may be a whole file)."""
    for b in [b for b, v in last.items() if v[2] < k]:
        del last[b]
    for b in list(pending):
        kept = [p for p in pending[b] if p[1] >= k]
        if kept:
            pending[b] = kept
        else:
            del pending[b]


def _open_elsewhere(last, pending, a, m, profile):
    """The one article other than a whose last group (``last``: article -> (measure,
    open, last line)) is open at measure m, where article a has no paragraph of that
    measure left open (``pending``); else None."""
    if any(abs(pm - m) <= profile.flow_measure for pm, _ in pending.get(a, ())):
        return None
    found = [b for b, (bm, bo, _) in last.items() if b != a and bo and abs(bm - m) <= profile.flow_measure]
    return found[0] if len(found) == 1 else None


def _join(lab, arts, rules, g, a, b, headed, rec, reach):
    """Give group g (in article a) and a's body after it to article b; where b has no
    header and a has one, give b's lines (within ``reach`` lines of g) to a instead. Returns
    the article g ends up in."""
    if a in headed and b not in headed:
        for k in range(max(0, g[0] - reach), min(len(arts), g[0] + reach)):
            if arts[k] == b:
                arts[k], rules[k] = a, rec
        return a
    # (within ``reach`` lines of g: a page may be a whole file)
    for k in body_run(lab, arts, g[0], min(len(lab), g[0] + reach)):
        arts[k], rules[k] = b, rec
    return b


def move_groups_to_open_chains(pg, lab, arts, rules, profile):
    """Give each group opening mid-paragraph right after its article's sentence end the
    article of the one other paragraph of its measure left open before it."""
    groups = body_groups(pg, [x[0] == "paragraph" for x in lab])
    headed = {arts[k] for k, x in enumerate(lab) if x[0] in HEADER_LABELS}
    rec = ("column-flow", profile.conf.column_flow)
    reach = profile.flow_reach
    last, pending = {}, {}
    for g in groups:
        _forget_before(last, pending, g[0] - reach)
        a = arts[g[0]]
        m = tail_measure(pg, g, profile)
        goes_on = _opens_mid_paragraph(pg, g, m, profile)
        prev = last.get(a)
        if prev and prev[1] and (goes_on or len(g) == 1):
            # a one-line group after an open one is most often its paragraph's last line
            pending[a] = [p for p in pending.get(a, ()) if p[1] != prev[2]]
        if goes_on and prev and pg.ends_final[prev[2]] and not header_between(lab, prev[2], g[0]):
            b = _open_elsewhere(last, pending, a, m, profile)
            if b is not None:
                pending[b] = [p for p in pending.get(b, ()) if p[1] != last[b][2]]
                a = _join(lab, arts, rules, g, a, b, headed, rec, reach)
                if a != b:
                    pending[a] = pending.get(a, []) + pending.pop(b, [])
                    del last[b]
        is_open = cut_open(pg, g, m, profile)
        if is_open:
            pending.setdefault(a, []).append((m, g[-1]))
        last[a] = (m, is_open, g[-1])
