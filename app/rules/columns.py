"""The local column width of hard-wrapped body text, estimated from the lines around.

A column's middle lines are within about a cell of its width W; first lines are 1-4 short
(the lost indent), last lines anything. A high quantile of a few neighbouring widths is
therefore a middle line's width. W changes between articles and sometimes inside one, so
each line gets an estimate from each side, and the side that fits it is used.
"""
from .profile import DEFAULT


def rank(n, q):
    """The index of the ``q``-quantile among ``n`` sorted values (the last one when
    ``n * q`` runs past it).

    >>> rank(7, 0.6), rank(1, 0.6), rank(4, 0.5)
    (4, 0, 2)
    """
    return min(n - 1, int(n * q))


def quantile(s, q):
    """The ``q``-quantile of the sorted, non-empty list ``s``, as the column estimates
    take it: a value of the list, none between two.

    >>> quantile([3, 12, 13.5, 14, 14, 14, 14.5], 0.6), quantile([3, 12], 0.5)
    (14, 12)
    """
    return s[rank(len(s), q)]


def estimate(widths, profile=DEFAULT):
    """Column width from a window of body line widths.

    >>> estimate([12, 14, 14.5, 13.5, 14, 3, 14])
    14
    >>> estimate([])
    0.0
    """
    if not widths:
        return 0.0
    return quantile(sorted(widths), profile.column_quantile)


def local_width(widths, p, profile=DEFAULT):
    """W for body line ``p``: the one-sided estimate that fits the line when the two sides
    disagree (a change point), else the centred one.

    >>> ws = [13, 13.5, 13, 12, 13, 13, 3, 24, 25, 25, 23, 25, 24.5]
    >>> local_width(ws, 2), local_width(ws, 9)
    (13, 25)
    >>> local_width(ws, 6)
    13
    """
    radius, edge, q = profile.column_radius, profile.column_edge_lines, profile.column_quantile
    # (each side's :func:`estimate` taken inline: the rules ask this line by line)
    # (each window a new list, sorted in place: ``sorted`` would copy it again)
    left = widths[p - radius if p > radius else 0:p + 1]
    left.sort()
    at = int(len(left) * q)
    left = left[at] if at < len(left) else left[-1]
    right = widths[p:p + radius + 1]
    right.sort()
    at = int(len(right) * q)
    right = right[at] if at < len(right) else right[-1]
    if abs(left - right) < profile.column_sides_agree:
        return max(left, right)
    if p < edge or p > len(widths) - 1 - edge:
        return estimate(widths[max(0, p - radius):p + radius + 1], profile)
    w = widths[p]
    return left if abs(w - left) <= abs(w - right) else right


def change_at(widths, p, profile=DEFAULT):
    """How far the column width before body line ``p`` differs from the one from ``p`` on
    (0 when it does not change).

    >>> change_at([13, 13, 13.5, 12, 13, 25, 24, 25, 25.5, 23], 5)
    12
    """
    if p <= 1 or p >= len(widths) - 1:
        return 0
    radius, least, q = profile.column_radius, profile.column_min_window, profile.column_quantile
    before = sorted(widths[max(0, p - radius):p])
    after = sorted(widths[p:p + radius])
    if len(before) < least or len(after) < least:
        return 0
    return abs(quantile(before, q) - quantile(after, q))


def local_widths(widths, profile=DEFAULT):
    """:func:`local_width` of every body line, computed for the whole run at once: line
    p's left window is line p - radius's right window, so each window is sorted once, in
    one pass (a third of the lines would be asked for one by one, at twice the cost each).

    >>> ws = [13, 13.5, 13, 12, 13, 13, 3, 24, 25, 25, 23, 25, 24.5]
    >>> local_widths(ws) == [local_width(ws, p) for p in range(len(ws))]
    True
    """
    n = len(widths)
    radius, q, agree = profile.column_radius, profile.column_quantile, profile.column_sides_agree
    r1 = radius + 1
    full = max(0, n - radius)
    at = rank(r1, q)    # a full window's quantile, indexed directly: this runs once per body line
    right = []
    for p in range(full):
        window = widths[p:p + r1]   # (a new list, sorted in place: ``sorted`` would copy it)
        window.sort()
        right.append(window[at])
    right += [quantile(sorted(widths[p:]), q) for p in range(full, n)]
    left = [quantile(sorted(widths[:p + 1]), q) for p in range(min(radius, n))]
    left += right[:n - radius] if n > radius else []
    out = [(b if b > a else a) if -agree < a - b < agree else (a if abs(w - a) <= abs(w - b) else b)
           for a, b, w in zip(left, right, widths)]
    # the lines at the run's edges, where the sides disagree: the centred window
    edge = profile.column_edge_lines
    for p in [*range(min(edge, n)), *range(max(edge, n - edge), n)]:
        if not -agree < left[p] - right[p] < agree:
            out[p] = estimate(widths[max(0, p - radius):p + radius + 1], profile)
    return out
