"""Two stories' headers read across, parted over the page (pdftotext's column pieces).

A column reader gives two headers set side by side line by line (headline A, headline B,
deck A, deck B ...) as one header unit over one story's body. Where the unit's last line is
printed right over that body (no blank line between), its story owns the body 83 % of the
time (docs/pdf-extractors.md, part 24); the other story's groups go to the first body after
the unit that no header with a headline holds, each body to one unit at most, so that two
units never send their stories to the same body.

Where no such body is free, the other story's body is most often in the unit's own
article: pdftotext reads the left story's columns down and goes on into the right one's
with no header between. Where the run under the unit holds a group opening a paragraph
(an indent) right after a group ending a sentence, the last such place is where the other
story's body starts; the other story's groups and the run from there on become an
article of their own (docs/pdf-extractors.md, part 41).
"""
from __future__ import annotations

from .column_flow import body_run, opens_indented, text_groups
from .decisions import BODY_LABELS, HEADER_LABELS
from .title_groups import blank_lines_part_groups

_HEADER = frozenset(HEADER_LABELS)
_BODY = frozenset(BODY_LABELS)
SECOND_BODY = "read-across-second-body"


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
    if not _body_right_under(pg, lab, arts, u):
        return []
    return _other_story(pg, lab, rules, u)


def _other_story(pg, lab, rules, u, exactly_two=False):
    """The text groups of unit u, from its first headline group on, of the story that does
    not own the unit's last group, where u holds two headline groups (``exactly_two``: no
    more) and was left whole by the pairing; else []."""
    if rules[u[0]][0] != "attached-header" or any(rules[k] != rules[u[0]] for k in u):
        return []
    groups = text_groups(pg, u)
    heads = [i for i, g in enumerate(groups) if any(lab[k][0] == "headline" for k in g)]
    if len(heads) < 2 or (exactly_two and len(heads) > 2):
        return []
    tail = groups[heads[0]:]
    return tail[len(tail) % 2::2]


def other_story_to_its_run(pg, lab, arts, rules, hunits, profile):
    """On a page of column pieces whose blank lines do not part paragraphs (pdftotext: the
    caller asks), part each header unit read across (two headline groups) left whole
    whose run under it holds both stories' bodies (see the module note): the groups of
    the story not ending the unit, and the run from :func:`second_body_start` on, go to
    an article of their own. Returns the lines moved."""
    moved = []
    fresh = max(arts, default=0) + 1
    rec = (SECOND_BODY, profile.conf.read_across)
    for u in hunits:
        groups = _other_story(pg, lab, rules, u, exactly_two=True)
        if not groups:
            continue
        run = text_groups(pg, _run_under(lab, arts, u))
        at = second_body_start(pg, lab, run, profile)
        if at is None:
            continue
        lines = [k for g in groups for k in g] + [k for g in run[at:] for k in g]
        for k in lines:
            arts[k], rules[k] = fresh, rec
        moved += lines
        fresh += 1
    return moved


def second_body_start(pg, lab, run, profile):
    """The index of the last text group of ``run`` (a story's body under its header, in
    groups) that opens a paragraph (:func:`.column_flow.opens_indented`) right after a
    group ending a sentence, or None.

    >>> from .page import Page
    >>> from .profile import DEFAULT
    >>> lab = [("paragraph", "", 1)] * 4
    >>> closed = Page(["一二三四五六七八九十一二", "一二三四五六七。", "", "一二三四五六七八九十", "一二三四五六七八九十一二"])
    >>> second_body_start(closed, lab, [[0, 1], [2, 3]], DEFAULT)
    1
    >>> left_open = Page(["一二三四五六七八九十一二", "一二三四五六七八九", "", "一二三四五六七八九十", "一二三四五六七八九十一二"])
    >>> second_body_start(left_open, lab, [[0, 1], [2, 3]], DEFAULT) is None
    True
    >>> no_indent = Page(["一二三四五六七八九十一二", "一二三四五六七。", "", "一二三四五六七八九十一二", "一二三四五六七八九十一二"])
    >>> second_body_start(no_indent, lab, [[0, 1], [2, 3]], DEFAULT) is None
    True
    """
    at = None
    for i in range(1, len(run)):
        if pg.ends_final[run[i - 1][-1]] and opens_indented(pg, lab, run[i][0], profile):
            at = i
    return at


def _run_under(lab, arts, u):
    """The body lines of unit u's article after it, up to the next header line or a body
    line of another article."""
    return body_run(lab, arts, u[-1] + 1, len(lab), arts[u[0]])


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

