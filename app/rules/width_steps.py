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

from bisect import bisect_right
from itertools import chain

from .chars import NO_LINE_START
from .profile import DEFAULT
from .width_cuts import full_middle, indent_of, line_fit, short_fit, side_measure


def width_step_cut(pg, labels, paras, profile=DEFAULT):
    """The paragraph start (index into ``paras``, a run's paragraphs as lists of k) where
    the run's lines fit two columns, one each side, better than one column (read from the
    run's start) by more than :attr:`~.profile.Profile.width_step_gain` (log-likelihoods,
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
    # a line wider than the one column: no gate can say it fits that column
    within = max(map(pg.width.__getitem__, chain.from_iterable(paras))) <= one[0] + 0.5
    if within and _too_even(pg, paras, one[0], profile):
        return None
    reads = [_para_read(pg, labels, p) for p in paras]
    if within and _fits_one_column(reads, one[0], profile):
        return None
    sums = {}

    def fits(measure):
        """Each paragraph's fit to ``measure``, summed up to each start (read once)."""
        if measure not in sums:
            acc = [0.0]
            for p in paras:
                acc.append(acc[-1] + _para_fit(pg, labels, p, measure, profile))
            sums[measure] = acc
        return sums[measure]

    best, cut = None, None
    for c in range(1, len(paras)):
        if labels[paras[c][0]] == "subheading" or labels[paras[c - 1][-1]] == "subheading":
            continue
        sides = _split_measures(reads, c, profile)
        if sides is None:
            continue
        f0, f1 = fits(sides[0]), fits(sides[1])
        if f0[c] - f0[c - 1] < f1[c] - f1[c - 1] or f1[c + 1] - f1[c] < f0[c + 1] - f0[c]:
            continue        # a paragraph next to c fits the other side's column better
        gain = f0[c] + f1[-1] - f1[c] - fits((one[0], sides[0][1]))[-1]
        if gain > profile.width_step_gain and (best is None or gain >= best):
            best, cut = gain, c
    return cut


def _too_even(pg, paras, w, profile):
    """The cheap first look of :func:`_fits_one_column`, over every line neither first nor
    last of its paragraph (full or not, so it never says so where that would not), of a
    run no line of which is wider than column w: the lines short of it too few to lose
    more than :attr:`~.profile.Profile.width_step_gain` at the worst fit each shortness may have."""
    mids = sorted(map(pg.width.__getitem__, chain.from_iterable(p[1:-1] for p in paras)))
    fits = profile.width_cut_short_fit
    # the lines short by n cells (to half a cell) lose fits[n] at worst, shorter a misfit
    upto = [bisect_right(mids, w - n - 0.5) for n in range(len(fits))]
    loss = profile.width_cut_misfit * upto[-1]
    loss += sum(fits[n] * (upto[n - 1] - upto[n]) for n in range(1, len(fits)))
    return loss >= -profile.width_step_gain


def _fits_one_column(reads, w, profile):
    """Do the lines of a run no line of which is wider than column w fit it too well for
    any two columns to gain more than :attr:`~.profile.Profile.width_step_gain` on it: its full
    middle lines (``reads``) short of it by less than that in all (their first lines
    aside)? (A pass over the widths only, before the starts are tried.)"""
    loss = sum(short_fit(w - m, profile) for mids, _ in reads for m in mids)
    return loss >= -profile.width_step_gain


def _para_read(pg, labels, p):
    """What :func:`.width_cuts.side_measure` reads of paragraph p: the widths of its full
    middle lines (:func:`.width_cuts.full_middle`), and its first line's width where that
    line is set in full-width glyphs (None where not, or where no middle line is read)."""
    width, text, last = pg.width, pg.text, pg.last
    mids = [width[k] for k in (p[1:-1] if labels[p[0]] != "subheading" else ())
            if width[k] == len(text[k]) and last[k] not in NO_LINE_START]
    first = width[p[0]] if mids and width[p[0]] == len(text[p[0]]) else None
    return mids, first


def _split_measures(reads, c, profile):
    """The columns read before start c and from c on (each from the start outwards, as
    :func:`.width_cuts.side_measure` with :attr:`~.profile.Profile.width_step_least` lines
    at least), with the one indent both are judged with; None where a column is not read
    or the two differ by less than a step."""
    w0, firsts0 = _side(reads[c - 1::-1], profile)
    w1, firsts1 = _side(reads[c:], profile)
    if w0 is None or w1 is None or abs(w0 - w1) < profile.width_cut_step:
        return None
    # one indent for both, the type's: a side of a paragraph or two reads it from a line
    # or two (a first line a glyph short reads a wider one); the lesser one read
    indents = (indent_of(w0, firsts0, profile), indent_of(w1, firsts1, profile))
    indent = min((i for i in indents if i), default=0.0)
    return (w0, indent), (w1, indent)


def _side(reads, profile):
    """:func:`.width_cuts.side_measure`'s column over paragraphs already read
    (:func:`_para_read`), with the first lines' widths its indent is read from; (None,
    None) where too few lines are read."""
    widths, firsts = [], []
    for mids, first in reads:
        widths += mids
        if first is not None:
            firsts.append(first)
        if len(widths) >= profile.width_cut_lines:
            break
    widths = widths[:profile.width_cut_lines]
    if len(widths) < profile.width_step_least:
        return None, None
    return sorted(widths)[int(len(widths) * profile.column_quantile)], firsts


def _para_fit(pg, labels, p, measure, profile):
    """The fit of paragraph p's lines to a column and indent (``measure``)."""
    return sum(line_fit(pg, labels, p, i, measure, profile) for i in range(len(p))) + \
        _first_line_fit(pg, labels, p, measure, profile)


def _first_line_fit(pg, labels, p, measure, profile):
    """How well a paragraph's first line, where it is not its last, fits the column less
    the indent (``measure``): it is set full as a middle line is (:func:`.width_cuts.line_fit`
    judges only a first line too wide)."""
    k = p[0]
    if len(p) < 2 or labels[k] == "subheading" or not full_middle(pg, k):
        return 0.0
    short = measure[0] - measure[1] - pg.width[k]
    if short < 0:
        return 0.0      # too wide: :func:`.width_cuts.line_fit` counts it
    return short_fit(short, profile)


# the record of a line that a run's widths' step gave to the other of its two stories
WIDTH_STEP = "cut-where-widths-step"
