"""A story step inside a run under a header: the part over the step goes to the header
before it left without a body (pdftotext).

``pdftotext`` reads a header printed away from its body (inside another story's column,
or set beside another story's header) and then, down one column run under the next
header, the first story's byline and body and the next story's body, one after the
other: the pairing gives the whole run to that header and leaves the first story's
header with no body. Where the run steps from one story into the next
(:func:`.column_flow.story_steps`: a paragraph closed short of its column, then a
paragraph opening at another measure; on the development pages every such place is a
story boundary), the part under the header over the step is the other story's. It goes,
with a byline or deck the header unit sets apart over it (a blank line between, no
headline), to the nearest header before it holding a headline and at most one body
line (a header line read as a paragraph). Where no such header is there and the part
opens mid-paragraph, it goes on the nearest open column foot of its measure before the
header, in another article (part 40's feet, here for a piece under a header: the step
below says the header's own body is after it). Measured (docs/pdf-extractors.md, part
49): on the development pages every move took the part to its story; a header with two
body lines is another story's as often as not.
"""
from __future__ import annotations

from bisect import bisect_left

from .column_flow import body_groups, cut_open, group_measure, opens_full, story_steps, text_line_before
from .decisions import BODY_LABELS, HEADER_LABELS
from .profile import DEFAULT

_HEADER = frozenset(HEADER_LABELS)
_BODY = frozenset(BODY_LABELS)
STEP_PART = "step-part-to-lone-header"


def part_over_the_step(lab, arts, f, reach):
    """The body lines of line f's article between the header line over them and line f
    (captions and furniture passed over), and that header line; ``([], -1)`` where another
    article's line comes first, or no header line within ``reach`` lines.

    >>> P, H, N = ("paragraph", "", 1), ("headline", "", 1), ("noise", "", 1)
    >>> part_over_the_step([H, P, N, P, P], [0, 0, 0, 0, 0], 4, 10)
    ([1, 3], 0)
    >>> part_over_the_step([H, P, P], [0, 1, 0], 2, 10), part_over_the_step([H, P, P, P], [0] * 4, 3, 2)
    (([], -1), ([], -1))
    """
    a, out = arts[f], []
    for k in range(f - 1, max(-1, f - 1 - reach), -1):
        lb = lab[k][0]
        if lb in _HEADER:
            return (out[::-1], k) if arts[k] == a and out else ([], -1)
        if lb in _BODY:
            if arts[k] != a:
                return [], -1
            out.append(k)
    return [], -1


def _set_apart_tail(pg, lab, arts, h):
    """The last text group of the header unit ending at line h, where a blank line sets it
    apart from the header lines before it and it holds no headline: the other story's
    byline or deck, printed over its body."""
    a, g = arts[h], [h]
    while g[0] > 0 and pg.tight[g[0]] and lab[g[0] - 1][0] in _HEADER:
        g.insert(0, g[0] - 1)
    p = g[0] - 1
    while p >= 0 and lab[p][0] == "noise":
        p -= 1
    if p < 0 or lab[p][0] not in _HEADER or arts[p] != a or pg.tight[g[0]]:
        return []
    return [] if any(lab[k][0] == "headline" for k in g) else g


def lone_headers(lab, arts, profile=DEFAULT):
    """The articles holding a headline line and at most ``lone_header_body_lines`` body
    lines (a header line read as a paragraph), each with its first headline line.

    >>> H, P = ("headline", "", 1), ("paragraph", "", 1)
    >>> lone_headers([H, P, H, P, P], [0, 0, 1, 1, 1])
    {0: 0}
    """
    first, body = {}, {}
    for k, x in enumerate(lab):
        if x[0] == "headline":
            first.setdefault(arts[k], k)
        elif x[0] in _BODY:
            body[arts[k]] = body.get(arts[k], 0) + 1
    most = profile.lone_header_body_lines
    return {a: k for a, k in first.items() if body.get(a, 0) <= most}


def step_parts_to_lone_headers(pg, lab, arts, rules, profile):
    """Move the part over each story step (:func:`part_over_the_step`, with the header
    unit's tail set apart: :func:`_set_apart_tail`) to the nearest lone header before the
    run within ``flow_reach`` lines (:func:`lone_headers`), each lone header taking one
    part; where there is none, a part opening mid-paragraph (alone) to the open foot of
    its measure (:class:`_OpenFeet`; record ``column-flow``). See the module note.
    ``arts``, ``rules``: the article and record of each line, changed in place. Returns
    the lines moved."""
    steps = story_steps(pg, lab, profile)
    if not steps:
        return []
    lone = sorted((k, a) for a, k in lone_headers(lab, arts, profile).items())
    rec, flow = (STEP_PART, profile.conf.column_flow), ("column-flow", profile.conf.column_flow)
    reach, feet, moved = profile.flow_reach, None, []
    for f in sorted(steps):
        e = text_line_before(lab, f)
        if e < 0 or arts[e] != arts[f]:
            continue
        part, h = part_over_the_step(lab, arts, f, reach)
        if not part:
            continue
        at = bisect_left(lone, (h,)) - 1
        if at >= 0 and lone[at][0] >= h - reach:
            to = lone.pop(at)[1]
            part = _set_apart_tail(pg, lab, arts, h) + part
            for k in part:
                arts[k], rules[k] = to, rec
        else:
            feet = feet or _OpenFeet(pg, lab, profile)
            to = feet.article_for(arts, part, h)
            if to is None:
                continue
            for k in part:
                arts[k], rules[k] = to, flow
        moved += part
    return moved


class _OpenFeet:
    """The paragraph groups of a page, to find the open column foot a part goes on."""

    def __init__(self, pg, lab, profile):
        self.pg, self.lab, self.profile = pg, lab, profile
        self.groups = body_groups(pg, [x[0] == "paragraph" for x in lab])
        self.ends = [g[-1] for g in self.groups]
        self.of_first = {g[0]: i for i, g in enumerate(self.groups)}

    def article_for(self, arts, part, h):
        """The article of the nearest open column foot (two lines or more, ``cut_open``)
        before header line h and within ``flow_reach`` lines of it, at the measure of
        ``part``'s first text group (within ``flow_measure``; two lines or more, opening
        mid-paragraph), where that is another article; None where there is none or the
        part opens a paragraph."""
        pg, profile = self.pg, self.profile
        i = self.of_first.get(part[0])
        if i is None or len(self.groups[i]) < profile.flow_min_lines or not opens_full(pg, self.lab, part[0], profile):
            return None
        m = group_measure(pg, self.groups[i], profile)
        for j in range(bisect_left(self.ends, h) - 1, -1, -1):
            g = self.groups[j]
            if g[-1] < h - profile.flow_reach:
                break
            if len(g) < profile.flow_min_lines:
                continue
            col = group_measure(pg, g, profile)
            if abs(col - m) <= profile.flow_measure and cut_open(pg, g, col, profile):
                return arts[g[-1]] if arts[g[-1]] != arts[part[0]] else None
        return None
