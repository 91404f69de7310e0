"""A run of two stories cut where its lines' widths step (drawing order).

Where the pairing gives a run of body to the headers on both sides of it (one story drawn
header first, the next body first, :mod:`.two_stories`), the run is cut at its middle
unless something says where the second story starts. A story set to another column than
its neighbour says it with every full line: a justified middle line fills its column, no
line is wider than its column (:mod:`.width_cuts`). The cuts made later
(:func:`.width_cuts.fit_cuts_to_widths`) read each side's column from the run's far ends,
a few lines each; a story of a handful of lines at one end of a long run is then read
together with its neighbour's lines and the cut stays at the middle. Here the run is
searched for the paragraph start where two columns, each read on its own side only, fit
the run's lines better than one column does (:func:`width_step_cut`).
"""
from __future__ import annotations

from .profile import DEFAULT
from .width_cuts import full_middle, line_fit, side_measure


def width_step_cut(pg, labels, paras, profile=DEFAULT):
    """The paragraph start (index into ``paras``, a run's paragraphs as lists of k) where
    the run's lines fit two columns, one each side, better than one column (read from the
    run's start) by :attr:`~.profile.Profile.width_step_gain` or more (log-likelihoods,
    :func:`line_fit`), the two columns differing by :attr:`~.profile.Profile.width_cut_step`
    cells or more and the paragraphs on both sides of the start each fitting their own
    side's column better; the latest among equals (a story goes on while its lines fit);
    never at a section head or right after one. None where no start does.

    >>> from types import SimpleNamespace
    >>> widths = [8, 10, 10, 10, 4, 8, 10, 10, 10, 5, 10, 12, 6, 10, 12, 3]  # columns of 10, then 12
    >>> pg = SimpleNamespace(width=widths, text=["字" * w for w in widths], last=["字"] * 16)
    >>> paras = [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12], [13, 14, 15]]
    >>> width_step_cut(pg, ["paragraph"] * 16, paras), width_step_cut(pg, ["paragraph"] * 16, paras[:2])
    (2, None)
    """
    one = side_measure(pg, labels, paras, profile)
    if one is None:
        return None
    cache, best, cut = {}, None, None
    for c in range(1, len(paras)):
        if labels[paras[c][0]] == "subheading" or labels[paras[c - 1][-1]] == "subheading":
            continue
        fit = _split_fit(pg, labels, paras, c, profile, cache)
        if fit is None:
            continue
        score, indent = fit
        gain = score - sum(_para_fit(pg, labels, p, (one[0], indent), profile, cache) for p in paras)
        if gain >= profile.width_step_gain and (best is None or gain >= best):
            best, cut = gain, c
    return cut


def _split_fit(pg, labels, paras, c, profile, cache):
    """How well the run's lines fit a column read before start c and another read from c
    on (each read from the start outwards, :func:`.width_cuts.side_measure` with
    :attr:`~.profile.Profile.width_step_least` lines at least); None where the columns are
    not read, differ by less than a step, or the paragraphs next to c fit the other
    side's column better; with the indent both are judged with."""
    w0 = side_measure(pg, labels, paras[c - 1::-1], profile, profile.width_step_least)
    w1 = side_measure(pg, labels, paras[c:], profile, profile.width_step_least)
    if w0 is None or w1 is None or abs(w0[0] - w1[0]) < profile.width_cut_step:
        return None
    # one indent for both, the type's: a side of a paragraph or two reads it from a line
    # or two (a first line a glyph short reads a wider one); the lesser one read
    indent = min((i for i in (w0[1], w1[1]) if i), default=0.0)
    w0, w1 = (w0[0], indent), (w1[0], indent)
    fit = _para_fit
    if fit(pg, labels, paras[c - 1], w0, profile, cache) < fit(pg, labels, paras[c - 1], w1, profile, cache) or \
            fit(pg, labels, paras[c], w1, profile, cache) < fit(pg, labels, paras[c], w0, profile, cache):
        return None
    return sum(fit(pg, labels, p, w0, profile, cache) for p in paras[:c]) + \
        sum(fit(pg, labels, p, w1, profile, cache) for p in paras[c:]), indent


def _para_fit(pg, labels, p, measure, profile, cache):
    """The fit of paragraph p's lines to a column and indent (``measure``), kept in
    ``cache`` (a run's paragraphs are scored against a few columns many times)."""
    key = (p[0], measure)
    if key not in cache:
        cache[key] = sum(line_fit(pg, labels, p, i, measure, profile) for i in range(len(p))) + \
            _first_line_fit(pg, labels, p, measure, profile)
    return cache[key]


def _first_line_fit(pg, labels, p, measure, profile):
    """How well a paragraph's first line, where it is not its last, fits the column less
    the indent (``measure``): it is set full as a middle line is (:func:`.width_cuts.line_fit`
    judges only a first line too wide)."""
    k = p[0]
    if len(p) < 2 or labels[k] == "subheading" or not full_middle(pg, k):
        return 0.0
    short = measure[0] - measure[1] - pg.width[k]
    fits = profile.width_cut_short_fit
    if short < 0:
        return 0.0      # too wide: :func:`.width_cuts.line_fit` counts it
    return fits[int(short)] if short == int(short) and short < len(fits) else profile.width_cut_misfit


# the record of a line that a run's widths' step gave to the other of its two stories
WIDTH_STEP = "cut-where-widths-step"
