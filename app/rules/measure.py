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
from collections import Counter

from .profile import DEFAULT


def measure_of(widths, agree=2):
    """The measure of a few full lines' ``widths``: the widest, when ``agree`` of them are
    that wide (None otherwise: too few lines, or lines of no one measure).

    >>> measure_of([12.0, 11.0, 12.0, 9.5]), measure_of([12.0]), measure_of([13.0, 12.0, 11.5])
    (12.0, None, None)
    >>> measure_of([12.0, 11.0, 12.0, 9.5], agree=3), measure_of([12.0, 12.0, 11.0, 12.0], agree=3)
    (None, 12.0)
    """
    if len(widths) < agree:
        return None
    top = sorted(widths)[-agree:]
    return top[-1] if top[0] == top[-1] else None


def wanders(steps, run, most=1):
    """Does the measure wander, rather than follow the stories: does it step more than
    ``most`` times within one run (``run``: a run number by k, the same between two
    headers)? In drawing order a run holds the body of the header before it and that of
    the header after it, one cut at most; a measure that steps again in one run changes
    within stories (a story narrowed round a picture, a page whose lines were wrapped
    again, unevenly), and then says nothing of where a story starts on that page.

    >>> run = [0] * 5 + [1] * 5
    >>> wanders([2, 7], run), wanders([2, 4], run)
    (False, True)
    """
    per_run = Counter(run[k] for k in steps)
    return any(n > most for n in per_run.values())


def measure_steps(width, starts, mids, run, profile=DEFAULT):
    """The paragraph starts (lines k, in ``starts``) where the measure steps by
    :attr:`~.profile.Profile.measure_step` cells or more: the measure of the
    :attr:`~.profile.Profile.measure_lines` full lines (``mids``, in order) just before the
    start and that of those just after it differ (each side's measure held by
    :attr:`~.profile.Profile.measure_agree` lines). Both sides are taken within the start's
    run (``run``: a run number by k, the same between two headers), never across a header.
    None on a page where the measure wanders (:func:`wanders`).

    >>> w = [0, 12, 12, 12, 11, 5, 0, 13, 13, 13, 12, 6]
    >>> measure_steps(w, [0, 6], [1, 2, 3, 4, 7, 8, 9, 10], [0] * 12)
    [6]
    >>> measure_steps(w, [0, 6], [1, 2, 3, 4, 7, 8, 9, 10], [0] * 6 + [1] * 6)
    []
    >>> para = lambda m: [0] + [m] * 6 + [5]    # a first line, six full lines, a last line
    >>> w, mids = para(12) + para(13) + para(12), [k for k in range(24) if 0 < k % 8 < 7]
    >>> measure_steps(w, [0, 8, 16], mids, [0] * 16 + [1] * 8)
    [8]
    >>> measure_steps(w, [0, 8, 16], mids, [0] * 24)    # it steps twice in one run: it wanders
    []
    """
    side, least, agree = profile.measure_lines, profile.measure_step, profile.measure_agree
    out = []
    for k in starts:
        p = bisect_left(mids, k)
        before = [width[x] for x in mids[max(0, p - side):p] if run[x] == run[k]]
        after = [width[x] for x in mids[p:p + side] if run[x] == run[k]]
        a, b = measure_of(before, agree), measure_of(after, agree)
        if a is not None and b is not None and abs(a - b) >= least:
            out.append(k)
    return [] if wanders(out, run, profile.measure_steps_per_run) else out
