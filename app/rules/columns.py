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


class LocalWidths:
    """:func:`local_width` of body lines on demand, each computed once. Line p's left
    window is line p - radius's right window, so neighbours share the sorting.

    >>> ws = [13, 13.5, 13, 12, 13, 13, 3, 24, 25, 25, 23, 25, 24.5]
    >>> lw = LocalWidths(ws)
    >>> [lw[p] for p in range(len(ws))] == [local_width(ws, p) for p in range(len(ws))]
    True
    """

    def __init__(self, widths, radius=RADIUS):
        self.ws, self.radius = widths, radius
        self._right = {}   # p -> the estimate of widths[p:p + radius + 1]
        self._at = {}

    def _from(self, p):
        q = self._right.get(p)
        if q is None:
            s = sorted(self.ws[p:p + self.radius + 1])
            q = self._right[p] = s[min(len(s) - 1, int(len(s) * 0.6))]
        return q

    def __getitem__(self, p):
        w = self._at.get(p)
        if w is None:
            w = self._at[p] = self._compute(p)
        return w

    def _compute(self, p):
        ws, radius = self.ws, self.radius
        if p >= radius:
            left = self._from(p - radius)
        else:
            s = sorted(ws[:p + 1])
            left = s[min(len(s) - 1, int(len(s) * 0.6))]
        right = self._from(p)
        if abs(left - right) < 2:
            return max(left, right)
        if p < 3 or p > len(ws) - 4:
            return estimate(ws[max(0, p - radius):p + radius + 1])
        w = ws[p]
        return left if abs(w - left) <= abs(w - right) else right
