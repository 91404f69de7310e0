"""A story step inside a run under a header: the part before the step goes to the
header left without a body (pdftotext).

``pdftotext`` reads two headers set side by side (or one over the other) and then both
stories' bodies, one after the other, down one column run: the pairing gives the whole
run to one header and leaves the other with no body. Where the run steps from one story
into the next (:func:`.column_flow.story_steps`: a closed paragraph, then a paragraph
opening at another measure), the part under the header before the step is the other
story's, and goes to the nearest header before the run left with no body line.
"""
from __future__ import annotations

from .column_flow import story_steps, text_line_before
from .decisions import BODY_LABELS, HEADER_LABELS

_HEADER = frozenset(HEADER_LABELS)
_BODY = frozenset(BODY_LABELS)
STEP_PART = "step-part-to-lone-header"


def part_over_the_step(lab, arts, f):
    """The body lines of line f's article between the header line over them and line f
    (captions and furniture passed over), and that header line; ``([], -1)`` where another
    article's line or no header line comes first.

    >>> P, H, N = ("paragraph", "", 1), ("headline", "", 1), ("noise", "", 1)
    >>> part_over_the_step([H, P, N, P, P], [0, 0, 0, 0, 0], 4)
    ([1, 3], 0)
    >>> part_over_the_step([H, P, P], [0, 1, 0], 2)
    ([], -1)
    """
    a, out = arts[f], []
    for k in range(f - 1, -1, -1):
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


def lone_headers(lab, arts, most=1):
    """The articles holding a headline line and at most ``most`` body lines (a header line
    read as a paragraph), each with its first headline line."""
    first, body = {}, {}
    for k, x in enumerate(lab):
        if x[0] == "headline":
            first.setdefault(arts[k], k)
        elif x[0] in _BODY:
            body[arts[k]] = body.get(arts[k], 0) + 1
    return {a: k for a, k in first.items() if body.get(a, 0) <= most}


def step_parts_to_lone_headers(pg, lab, arts, rules, profile):
    """Move the part over each story step to the nearest lone header before it (see the
    module note). ``arts``, ``rules``: changed in place. Returns the lines moved."""
    steps = story_steps(pg, lab, profile)
    if not steps:
        return []
    lone = lone_headers(lab, arts)
    if not lone:
        return []
    rec = (STEP_PART, profile.conf.column_flow)
    moved = []
    for f in sorted(steps):
        e = text_line_before(lab, f)
        if e < 0 or arts[e] != arts[f]:
            continue
        part, h = part_over_the_step(lab, arts, f)
        if not part:
            continue
        before = [(k, a) for a, k in lone.items() if k < h]
        if not before:
            continue
        _, to = max(before)
        part = _set_apart_tail(pg, lab, arts, h) + part
        for k in part:
            arts[k], rules[k] = to, rec
        moved += part
        del lone[to]
    return moved
