"""A header unit printed at the foot of another story's body heads the body under it
(pdftotext).

``pdftotext`` sometimes prints a story's header after the last lines of the column
above it (another story's), and its own body straight after. The pairing then gives
the header to the body over it, and leaves the body under it without a headline. Where
a header unit ends its article (its article has body over it, none after it and no other
header line) and the first body line after it is in an article holding no headline, the
header unit goes to that article. A headline joined to the foot of an article that has a
header of its own (a deck naming its place, part 41) stays.
"""
from __future__ import annotations

from collections import Counter

from .decisions import BODY_LABELS, HEADER_LABELS

_HEADER = frozenset(HEADER_LABELS)
_BODY = frozenset(BODY_LABELS)
_HEADER_OR_NOISE = _HEADER | {"noise"}
FOOT_HEADER = "foot-header-to-headless-body"


def header_unit_at(lab, arts, k):
    """The header lines of line k's article in the run of header lines (noise passed
    over) holding line k.

    >>> H, B, N, P = ("headline", "", 1), ("byline", "", 1), ("noise", "", 1), ("paragraph", "", 1)
    >>> header_unit_at([P, H, N, B, P], [0, 0, 0, 0, 1], 1)
    [1, 3]
    """
    a, out = arts[k], []
    i = k
    while i > 0 and lab[i - 1][0] in _HEADER_OR_NOISE:
        i -= 1
    while i < len(lab) and lab[i][0] in _HEADER_OR_NOISE:
        if lab[i][0] in _HEADER and arts[i] == a:
            out.append(i)
        i += 1
    return out


def foot_headers_to_headless_bodies(lab, arts, rules, profile):
    """Move each header unit that ends its article, over ``flow_min_lines`` body lines or
    more of its article within ``flow_reach`` lines, to the article of the first body line
    after it where that article holds no headline (record ``foot-header-to-headless-body``;
    each headless article takes one unit). ``lab``: the label of each text line;
    ``arts``, ``rules``: its article and record, changed in place. Returns the lines moved.

    >>> H, P, D = ("headline", "", 1), ("paragraph", "", 1), ("profile", None)
    >>> from .profile import DEFAULT
    >>> arts = [0, 1, 1, 1, 1, 2, 2]
    >>> foot_headers_to_headless_bodies([H, P, P, P, H, P, P], arts, [D] * 7, DEFAULT), arts
    ([4], [0, 1, 1, 1, 2, 2, 2])
    """
    first, body_first, body_last, headed, header_lines = {}, {}, {}, set(), Counter()
    for k, x in enumerate(lab):
        a = arts[k]
        if x[0] in _HEADER:
            header_lines[a] += 1
        if x[0] == "headline":
            first.setdefault(a, k)
            headed.add(a)
        elif x[0] in _BODY:
            body_first.setdefault(a, k)
            body_last[a] = k
    rec, moved = (FOOT_HEADER, profile.conf.column_flow), []
    for a, h in sorted(first.items(), key=lambda kv: kv[1]):
        unit = header_unit_at(lab, arts, h)
        if not unit or a not in body_last or body_last[a] > unit[-1] or body_first[a] > unit[0]:
            continue
        if header_lines[a] > len(unit):
            continue                    # the article has a header of its own over its body
        over = sum(1 for k in range(max(0, unit[0] - profile.flow_reach), unit[0]) if arts[k] == a and lab[k][0] in _BODY)
        if over < profile.flow_min_lines:
            continue
        n = unit[-1] + 1
        while n < len(lab) and lab[n][0] not in _BODY:
            n += 1
        if n >= len(lab) or arts[n] == a or arts[n] in headed:
            continue
        to = arts[n]
        for k in unit:
            arts[k], rules[k] = to, rec
        headed.add(to)
        moved += unit
    return moved
