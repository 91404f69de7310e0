"""The measure of a story: the width its full lines are set to.

A story's body is set to one column measure, so its full lines (neither the first nor the
last of a paragraph) come out the same number of cells wide, a cell or so less where a
stretched line moved a mark down; a justified line is never wider. Stories next to each
other are often set to different measures. Where an extractor gives two stories' bodies
one after the other with no header between them (drawing order with one story's header
after its body and the next one's before it; a column read down through two stories),
the measure stepping from one width to another at a paragraph's start is where the second
story may start. The body segments (:mod:`.segments`) are cut there on pages without blank
lines; where blank lines part text groups the cut did not help (the pairing of headers
with the stories that follow them is what goes wrong on those pages).
"""
from __future__ import annotations

from bisect import bisect_left

from .profile import DEFAULT


def measure_of(widths):
    """The measure of a few full lines' ``widths``: the widest, when two of them are that
    wide (None otherwise: too few lines, or lines of no one measure).

    >>> measure_of([12.0, 11.0, 12.0, 9.5]), measure_of([12.0]), measure_of([13.0, 12.0, 11.5])
    (12.0, None, None)
    """
    if len(widths) < 2:
        return None
    top = sorted(widths)[-2:]
    return top[1] if top[0] == top[1] else None


def measure_steps(width, starts, mids, run, profile=DEFAULT, judged=None):
    """The paragraph starts (lines k, in ``starts``) where the measure steps by
    :attr:`~.profile.Profile.measure_step` cells or more: the measure of the
    :attr:`~.profile.Profile.measure_lines` full lines (``mids``, in order) just before the
    start and that of those just after it differ. Both sides are taken within the start's
    run (``run``: a run number by k, the same between two headers: a run is a stretch of
    lines), never across a header.
    None on a page not set to a measure (:func:`holds_measure`), judged on the full lines
    ``judged`` (default ``mids``): a few lines picked for their glyphs reach one width more
    often than a page wrapped unevenly does.

    >>> w = [0, 12, 12, 11, 5, 0, 13, 13, 12, 6]
    >>> measure_steps(w, [0, 5], [1, 2, 3, 6, 7, 8], [0] * 10)
    [5]
    >>> measure_steps(w, [0, 5], [1, 2, 3, 6, 7, 8], [0] * 5 + [1] * 5)
    []
    >>> para = lambda full: [0] + full + [5]    # a first line, six full lines, a last line
    >>> typeset = para([12] * 6) + para([13] * 6)
    >>> ragged = para([12, 13, 11, 12, 14, 12]) + para([13, 13, 12, 15, 13, 14])
    >>> mids = [k for k in range(16) if 0 < k % 8 < 7]
    >>> measure_steps(typeset, [0, 8], mids, [0] * 16), measure_steps(ragged, [0, 8], mids, [0] * 16)
    ([8], [])
    """
    # judged first: most pages that reach here hold no measure, and their steps are not asked
    if not sides_hold_measure(width, starts, mids if judged is None else judged, run, profile):
        return []
    return steps_of_measure(width, starts, mids, run, profile)


def sides_hold_measure(width, starts, judged, run, profile=DEFAULT):
    """:func:`holds_measure` of the sides of the ``starts`` (as :func:`measure_steps`
    takes them) measured on the full lines ``judged``."""
    return holds_measure(_full_sides(width, starts, judged, run, profile.measure_lines), profile)


def steps_of_measure(width, starts, mids, run, profile=DEFAULT):
    """:func:`measure_steps` on a page known to hold a measure."""
    side, least = profile.measure_lines, profile.measure_step
    out = []
    for k in starts:
        before, after = _sides(width, k, mids, run, side)
        a, b = measure_of(before), measure_of(after)
        if a is not None and b is not None and abs(a - b) >= least:
            out.append(k)
    return out


def _sides(width, k, mids, run, side):
    """The widths of the ``side`` full lines (``mids``) before line k and after it, within
    its run."""
    p = bisect_left(mids, k)
    return ([width[x] for x in mids[max(0, p - side):p] if run[x] == run[k]],
            [width[x] for x in mids[p:p + side] if run[x] == run[k]])


def _full_sides(width, starts, mids, run, side):
    """Those of the starts' :func:`_sides` that hold ``side`` lines, the only ones
    :func:`holds_measure` judges by: a run being a stretch of lines, a side holds them all
    where its far line is in the start's run (no line of the side is filtered one by one).

    >>> _full_sides(list(range(12)), [4, 6], [0, 1, 2, 3, 5, 7, 8, 9, 10], [0] * 6 + [1] * 6, 2)
    [[2, 3], [7, 8]]
    """
    # the full lines' widths gathered once, each side a slice of them: a side's own
    # comprehension cost more than the whole gather
    held = list(map(width.__getitem__, mids))
    out = []
    for k in starts:
        p, r = bisect_left(mids, k), run[k]
        if p >= side and run[mids[p - side]] == r:
            out.append(held[p - side:p])
        if p + side <= len(mids) and run[mids[p + side - 1]] == r:
            out.append(held[p:p + side])
    return out


def holds_measure(sides, profile=DEFAULT):
    """Is the page set to a measure: of its ``sides`` (the widths of the full lines on
    each side of a paragraph's start) holding :attr:`~.profile.Profile.measure_lines`
    lines, do at least :attr:`~.profile.Profile.measure_held_share` have one
    (:func:`measure_of`)? Justified type brings nearly every six full lines to one width;
    lines wrapped unevenly (an OCR'd page, a page typed by hand) reach one about half the
    time, and there the widest two of six meet by chance, their steps saying nothing of
    where a story starts. A page with no such side is not judged.

    >>> typeset, ragged = [12, 12, 11, 12, 12, 12], [12, 13, 11, 12, 14, 12]
    >>> holds_measure([typeset] * 9 + [ragged]), holds_measure([typeset] * 5 + [ragged] * 5)
    (True, False)
    >>> holds_measure([[12, 13]]), holds_measure([])
    (True, True)
    """
    full = [s for s in sides if len(s) == profile.measure_lines]
    need = profile.measure_held_share * len(full)
    held = len(full)     # at most: each side without a measure takes one off
    for s in full:
        if measure_of(s) is None:
            held -= 1
            if held < need:
                return False    # (a page wrapped unevenly is told after a few sides)
    return held >= need
