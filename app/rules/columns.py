"""The local column width of hard-wrapped body text, estimated from the lines around.

A column's middle lines are within about a cell of its width W; first lines are 1-4 short
(the lost indent), last lines anything. A high quantile of a few neighbouring widths is
therefore a middle line's width. W changes between articles and sometimes inside one, so
each line gets an estimate from each side, and the side that fits it is used.
"""

RADIUS = 6


def estimate(widths):
    """Column width from a window of body line widths.

    >>> estimate([12, 14, 14.5, 13.5, 14, 3, 14])
    14
    >>> estimate([])
    0.0
    """
    if not widths:
        return 0.0
    s = sorted(widths)
    return s[min(len(s) - 1, int(len(s) * 0.6))]


def local_width(widths, p, radius=RADIUS):
    """W for body line ``p``: the one-sided estimate that fits the line when the two sides
    disagree (a change point), else the centred one.

    >>> ws = [13, 13.5, 13, 12, 13, 13, 3, 24, 25, 25, 23, 25, 24.5]
    >>> local_width(ws, 2), local_width(ws, 9)
    (13, 25)
    >>> local_width(ws, 6)
    13
    """
    # estimate() inlined for the two one-sided windows: this runs once per body line
    s = sorted(widths[p - radius if p > radius else 0:p + 1])
    k = len(s)
    left = s[min(k - 1, int(k * 0.6))] if k else 0.0
    s = sorted(widths[p:p + radius + 1])
    k = len(s)
    right = s[min(k - 1, int(k * 0.6))] if k else 0.0
    if abs(left - right) < 2:
        return max(left, right)
    if p < 3 or p > len(widths) - 4:
        return estimate(widths[max(0, p - radius):p + radius + 1])
    w = widths[p]
    return left if abs(w - left) <= abs(w - right) else right


def change_at(widths, p, radius=RADIUS):
    """How far the column width before body line ``p`` differs from the one from ``p`` on
    (0 when it does not change).

    >>> change_at([13, 13, 13.5, 12, 13, 25, 24, 25, 25.5, 23], 5)
    12
    """
    if p <= 1 or p >= len(widths) - 1:
        return 0
    before = sorted(widths[max(0, p - radius):p])
    after = sorted(widths[p:p + radius])
    a, b = len(before), len(after)
    if a < 3 or b < 3:
        return 0
    return abs(before[min(a - 1, int(a * 0.6))] - after[min(b - 1, int(b * 0.6))])


def local_widths(widths, radius=RADIUS):
    """:func:`local_width` of every body line, computed for the whole run at once: line
    p's left window is line p - radius's right window, so each window is sorted once, in
    one pass (a third of the lines would be asked for one by one, at twice the cost each).

    >>> ws = [13, 13.5, 13, 12, 13, 13, 3, 24, 25, 25, 23, 25, 24.5]
    >>> local_widths(ws) == [local_width(ws, p) for p in range(len(ws))]
    True
    """
    n = len(widths)
    r1 = radius + 1
    full = max(0, n - radius)
    q = int(r1 * 0.6)
    right = [sorted(widths[p:p + r1])[q] for p in range(full)]
    for p in range(full, n):
        s = sorted(widths[p:])
        right.append(s[min(len(s) - 1, int(len(s) * 0.6))])
    left = []
    for p in range(min(radius, n)):
        s = sorted(widths[:p + 1])
        left.append(s[min(len(s) - 1, int(len(s) * 0.6))])
    left += right[:n - radius] if n > radius else []
    out = [(b if b > a else a) if -2 < a - b < 2 else (a if abs(w - a) <= abs(w - b) else b)
           for a, b, w in zip(left, right, widths)]
    # the first and last three lines, where the sides disagree: the centred window
    for p in [*range(min(3, n)), *range(max(3, n - 3), n)]:
        if not -2 < left[p] - right[p] < 2:
            out[p] = estimate(widths[max(0, p - radius):p + radius + 1])
    return out
