"""Paragraph starts: the column width at each body line, and whether a line is a
paragraph's first line by its width against that column.

Hard-wrapped text fills its column on every line but a paragraph's last, and its first
when printed indented: an extraction that lost the indent leaves a first line a cell or two
short of the column. Some pages print first lines full instead (no indent at all); then a
short line says nothing about a start, and the rules must know it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import compress, count

from .chars import NO_LINE_END, NO_LINE_START, width
from .columns import local_width, local_widths, quantile, rank
from .measure import holds_measure
from .profile import DEFAULT

ASIDE = frozenset(("noise", "caption"))   # kinds of lines the text runs across
_TEXT = ("body", "title")                  # kinds of lines a paragraph is made of
_TEXT_SET = frozenset(_TEXT)


def middle_width(pg, kinds, x, lines, least=2, bare=False, across=False):
    """The median width of up to ``lines`` paragraph lines from ``x`` on that end no
    sentence (a paragraph's middle lines fill its column; letter-spaced ones, full but
    measured short by their spread, are stepped over), or 0 with fewer than ``least``.
    ``bare``: each width without a last mark that may be squeezed past the column.
    ``across``: a line ending a sentence is stepped over too, not the end: the lines are
    those of the text's next paragraphs."""
    ws = []
    n = len(kinds)
    ls, ef, w, last = pg.letter_spaced, pg.ends_final, pg.width, pg.last
    while x < n and len(ws) < lines and kinds[x] in _TEXT and (across or not (ef[x] and not ls[x])):
        if not ls[x] and not ef[x]:
            ws.append(w[x] - width(last[x]) if bare and last[x] in NO_LINE_START else w[x])
        x += 1
    if len(ws) < least:
        return 0
    ws.sort()
    return quantile(ws, 0.5)


def column_widths(pg, kinds, labels, profile=DEFAULT):
    """The local column width at each body line (:func:`.columns.local_widths` of the
    body and title lines outside header clusters), None at the other lines. A header block
    starts another article, likely in another column: each run of body lines between two
    header blocks gets estimates of its own (:func:`body_runs`)."""
    colw = [None] * len(kinds)
    w = pg.width
    for run in body_runs(kinds, labels):
        for k, x in zip(run, local_widths([w[k] for k in run], profile)):
            colw[k] = x
    return colw


class LocalWidths:
    """:func:`column_widths` as a sequence by k, each line's width found when first asked
    for (:func:`.columns.local_width` of its run, ``runs``: :func:`body_runs`). The rules
    ask at a fifth of the lines or so (the heads, the lines ending a sentence and the
    ones after them), so most lines' windows are never sorted; iterating (a page set to a
    measure reads them all, :func:`middle_column_widths`) finds the runs whole at once.

    >>> from .page import Page
    >>> rows = ["一二三四五六七八", "一二三四五六七八九十", "一二三四五。"] * 4
    >>> pg, kinds = Page(rows), ["body"] * 11 + ["noise"]
    >>> colw = LocalWidths(pg, body_runs(kinds, {3: None}))
    >>> colw[2], colw[3], colw[11], list(colw) == column_widths(pg, kinds, {3: None})
    (8.0, None, None, True)
    """

    _UNKNOWN = object()

    def __init__(self, pg, runs, profile=DEFAULT):
        self._pg, self._profile, self._n = pg, profile, len(pg.width)
        self._runs = [run for run in runs if run]
        self._firsts = [run[0] for run in self._runs]
        self._run_widths = [None] * len(self._runs)
        self._known = [self._UNKNOWN] * self._n
        self._radius, self._agree = profile.column_radius, profile.column_sides_agree
        # from here on a line's windows are whole and it is not at the run's edge
        self._inner = max(profile.column_radius, profile.column_edge_lines)
        self._at = rank(profile.column_radius + 1, profile.column_quantile)   # a whole window's quantile

    def __len__(self):
        return self._n

    def __getitem__(self, k):
        x = self._known[k]
        if x is self._UNKNOWN:
            x = self._known[k] = self._width_at(k % self._n)
        return x

    def __iter__(self):
        colw = [None] * self._n
        for r, run in enumerate(self._runs):
            for k, x in zip(run, local_widths(self._widths(r), self._profile)):
                colw[k] = x
        return iter(colw)

    def _width_at(self, k):
        """The local width of line k in its run, None where k is in none."""
        r = bisect_right(self._firsts, k) - 1
        if r < 0:
            return None
        run = self._runs[r]
        p = bisect_left(run, k)
        if p == len(run) or run[p] != k:
            return None
        ws = self._run_widths[r]
        if ws is None:
            ws = self._widths(r)
        radius, inner = self._radius, self._inner
        if inner <= p < len(ws) - inner:
            # both windows whole and the line away from the run's edges (most lines):
            # :func:`.columns.local_width` without its calls, each window sorted once
            at, agree = self._at, self._agree
            # (each window a new list, sorted in place: ``sorted`` would copy it again,
            # a third of the ask)
            left, right = ws[p - radius:p + 1], ws[p:p + radius + 1]
            left.sort()
            right.sort()
            left, right = left[at], right[at]
            if -agree < left - right < agree:
                return left if left >= right else right
            w = ws[p]     # a change point: the side that fits the line
            return left if abs(w - left) <= abs(w - right) else right
        return local_width(ws, p, self._profile)

    def _widths(self, r):
        """The widths of the lines of run r."""
        ws = self._run_widths[r]
        if ws is None:
            w = self._pg.width
            ws = self._run_widths[r] = [w[k] for k in self._runs[r]]
        return ws


def positions_of(items, value):
    """The positions of ``value`` in the list ``items``, in order. Found by ``list.index``,
    which steps over the other items without a call each: for a value few items hold
    (a comprehension over every item costs several times as much).

    >>> positions_of([True, False, True, True, False], False)
    [1, 4]
    """
    out, k = [], -1
    index = items.index
    try:
        while True:
            k = index(value, k + 1)
            out.append(k)
    except ValueError:
        return out


def each_position(items, value):
    """:func:`positions_of` found as the caller's loop goes on: a ``value`` set in
    ``items`` past the position last given is given in its turn.

    >>> items = ["deck", "body", "body"]
    >>> for k in each_position(items, "deck"):
    ...     if k + 1 < len(items):
    ...         items[k + 1] = "deck"
    >>> items
    ['deck', 'deck', 'deck']
    """
    k, index = -1, items.index
    try:
        while True:
            k = index(value, k + 1)
            yield k
    except ValueError:
        return


def body_runs(kinds, labels, ks=None):
    """The body and title lines outside header clusters (``labels``: their lines), as runs
    of k between two header blocks (each run may be another article, in another column;
    ``ks``: the lines of a paragraph's kinds, found here when not given)."""
    ks = list(compress(count(), map(_TEXT_SET.__contains__, kinds)) if ks is None else ks)   # (C speed: every line)
    for c in labels:
        at = bisect_left(ks, c)
        if at < len(ks) and ks[at] == c:
            del ks[at]
    bounds = sorted({0, len(ks)} | {bisect_left(ks, c) for c in labels})
    return [ks[a:b] for a, b in zip(bounds, bounds[1:])]


def _full_lines(pg, run):
    """The positions in ``run`` of its full lines: neither the first of a paragraph nor
    its last (the line ends no sentence, nor does the one before it), not letter-spaced."""
    ef, ls = pg.ends_final, pg.letter_spaced
    # (each line read with the one before it)
    return [i for i, p, k in zip(count(1), run, run[1:]) if not (ef[k] or ls[k] or ef[p])]


def set_to_measure(pg, kinds, labels, profile=DEFAULT, runs=None):
    """Is the page's type set to a column measure (:func:`.measure.holds_measure` of its
    runs of :attr:`~.profile.Profile.measure_lines` full lines)? Justified type fills every
    full line with whole glyphs to one width; lines wrapped unevenly (a made issue's, an
    OCR'd page) do not, and a line a cell short says nothing there (``runs``:
    :func:`body_runs`, found here when not given)."""
    sides = []
    size = profile.measure_lines
    w, ef, ls = pg.width, pg.ends_final, pg.letter_spaced
    for run in body_runs(kinds, labels) if runs is None else runs:
        # :func:`_full_lines`' test, their widths taken in the same comprehension
        full = [w[k] for p, k in zip(run, run[1:]) if not (ef[k] or ls[k] or ef[p])]
        sides += [full[x:x + size] for x in range(0, len(full) - size + 1, size)]
    return holds_measure(sides, profile)


def middle_column_widths(pg, kinds, labels, colw, profile=DEFAULT, runs=None):
    """The column width at each body line as the paragraphs' full lines measure it, None
    where ``colw`` (:func:`column_widths`) has none. A full line (:func:`_full_lines`)
    fills its column; first lines lack the lost indent and last lines anything. On a
    stretch of short paragraphs most lines are first or last ones, and the estimate of all
    lines falls to the first lines' width, so a sentence ending a cell or two short reads
    as a full line. Here each line takes the estimate (:func:`.columns.local_widths`, each
    line by the side that fits it) of its nearest full line, made over the full lines alone
    but those ending in a mark a page may squeeze past the column; a run between two header
    blocks with fewer than :attr:`~.profile.Profile.column_middle_min` of them keeps
    ``colw`` (``runs``: :func:`body_runs`, found here when not given).

    >>> from .page import Page
    >>> rows = ["一二三四五六七八", "一二三四五六七八九十", "一二三四五。"] * 4
    >>> pg = Page(rows)
    >>> kinds = ["body"] * len(rows)
    >>> colw = column_widths(pg, kinds, {})
    >>> colw[2], middle_column_widths(pg, kinds, {}, colw)[2]
    (8.0, 10.0)
    """
    w, last = pg.width, pg.last
    out = list(colw)
    # full lines alone reach further: at a run's ends the centred window would look across
    # a column change, so each line takes the side that fits it there too
    one_sided = replace(profile, column_edge_lines=0)
    for run in body_runs(kinds, labels) if runs is None else runs:
        mids = [i for i in _full_lines(pg, run) if last[run[i]] not in NO_LINE_START]
        if len(mids) < profile.column_middle_min:
            continue
        est = local_widths([w[run[i]] for i in mids], one_sided)
        p = 0
        for i, k in enumerate(run):
            while p + 1 < len(mids) and abs(mids[p + 1] - i) <= abs(mids[p] - i):
                p += 1
            out[k] = est[p]
    return out


def blank_lines_part_paragraphs(pg, profile=DEFAULT):
    """Does the page print a blank line after most lines ending a sentence: after at
    least :attr:`~.profile.Profile.paragraph_blank_share` of them (pdfminer, which sets a
    paragraph's lines apart from the next one's by their alignment)? The opposite of
    :func:`.title_groups.blank_lines_part_groups`.

    >>> from .page import Page
    >>> body = ["一二三四五六七八", "九十一二三四。"]
    >>> blank_lines_part_paragraphs(Page([x for _ in range(4) for x in body + [""]]))
    True
    >>> blank_lines_part_paragraphs(Page(body * 4 + [""] + body))
    False
    """
    if pg.spaced or pg.markdown:
        return False
    ends = list(compress(count(), pg.ends_final[:len(pg.text) - 1]))
    blank = len(ends) - sum(map(pg.tight.__getitem__, [k + 1 for k in ends]))
    return bool(ends) and blank >= profile.paragraph_blank_share * len(ends)


class Body:
    """What the rules of section heads and paragraph ends read: the page ``pg``, the line
    ``kinds``, the column width at each body line (``colw``; for paragraph ends ``colm``)
    and the ``profile``."""

    def __init__(self, pg, kinds, labels, profile=DEFAULT):
        self.pg, self.kinds, self.profile = pg, kinds, profile
        self.n = len(kinds)
        self._is_text = list(map(_TEXT_SET.__contains__, kinds))
        self._runs = body_runs(kinds, labels, compress(count(), self._is_text))
        self.colw = LocalWidths(pg, self._runs, profile)
        self._labels = labels
        self._typeset = self._colm = self._paragraph_groups = None

    @property
    def typeset(self):
        """Is the page set to a column measure (:func:`set_to_measure`)? Asked only by
        paragraph ends and a section head's next line, so found when first asked for."""
        if self._typeset is None:
            self._typeset = set_to_measure(self.pg, self.kinds, self._labels, self.profile, self._runs)
        return self._typeset

    @property
    def paragraph_groups(self):
        """Do the page's blank lines part paragraphs (:func:`blank_lines_part_paragraphs`)?
        Found when first asked for."""
        if self._paragraph_groups is None:
            self._paragraph_groups = blank_lines_part_paragraphs(self.pg, self.profile)
        return self._paragraph_groups

    @property
    def colm(self):
        """The column width at each body line for paragraph ends and the line after a
        section head: by the full lines alone (:func:`middle_column_widths`) on a page
        set to a measure, else :attr:`colw`."""
        if self._colm is None:
            self._colm = (middle_column_widths(self.pg, self.kinds, self._labels, self.colw, self.profile,
                                               self._runs) if self.typeset else self.colw)
        return self._colm

    def narrow_lines(self, most):
        """The lines k no wider than ``most`` cells (:meth:`.page.Page.narrow_lines`)."""
        return self.pg.narrow_lines(most)

    def other_lines(self):
        """The lines k of no paragraph's kind (neither body nor title: a few a page)."""
        return positions_of(self._is_text, False)

    def prev_text(self, k):
        """The text line before line k, stepping over captions and noise (-1: none)."""
        kinds = self.kinds
        j = k - 1
        while j >= 0 and kinds[j] in ASIDE:
            j -= 1
        return j

    def next_text(self, k):
        """The text line after line k, stepping over captions and noise (n: none)."""
        kinds, n = self.kinds, self.n
        j = k + 1
        while j < n and kinds[j] in ASIDE:
            j += 1
        return j

    def first_line_gap(self, j, col, colw=None):
        """(how many cells line j is short of its column, how many make it a paragraph's
        first line). The column is the local estimate (``colw``, by default
        :attr:`colw`; ``col`` where line j has none), or the middle lines of j's own
        paragraph when wider: the estimate's window there also holds the short end of the
        paragraph before, a head, or a column that changes at j."""
        pg, profile = self.pg, self.profile
        own = middle_width(pg, self.kinds, j + 1, profile.middle_lines, least=1)
        gap = max((self.colw if colw is None else colw)[j] or col, own) - pg.width[j]
        return gap, profile.ls_first_line_deficit if pg.letter_spaced[j] else profile.first_line_deficit

    def moved_down(self, j):
        """The cells line j lost to the line after it: a closing mark may not start a line,
        so the glyph before it goes down with it ("……恳谈" / "会”，让……") and line j is
        stretched over the column a glyph short, as a first line is short by its indent.
        A line of marks alone, or one a mark opens, says nothing.

        >>> from .page import Page
        >>> body = Body(Page(["泛；街道社区的月度“骑手恳谈", "会”，让外卖员", "“爱心补给"]), ["body"] * 3, {})
        >>> body.moved_down(0), body.moved_down(1)
        (1.0, 0.0)
        """
        pg = self.pg
        if j + 1 >= self.n or self.kinds[j + 1] not in _TEXT:
            return 0.0
        t = pg.text[j + 1]
        if len(t) < 2 or t[0] in NO_LINE_START or t[0] in NO_LINE_END or t[1] not in NO_LINE_START:
            return 0.0
        return width(t[0])

    def squeezed_first_line(self, j, gap):
        """Is line j, ``gap`` cells short of its column, a first line that lost its indent
        and had its last mark squeezed in past the column? Measured against its own
        paragraph's middle lines where it has any, every width without its squeezable last
        mark (squeezed lines raise the local estimate itself). Not when the line after it
        opens with a quote: an opening quote may not end a line, so a middle line before
        one is left a cell short; nor when it holds half-width glyphs (figures, Latin):
        glyphs of two widths seldom fill a column exactly, so a middle line holding them
        falls up to a cell short ("造“15分钟便民服务圈”" in a 12-cell column)."""
        pg = self.pg
        last = pg.last[j]
        if last not in NO_LINE_START or pg.letter_spaced[j] or (j + 1 < self.n and pg.first[j + 1] in NO_LINE_END):
            return False
        glyphs = "".join(pg.text[j].split())
        if width(glyphs) != len(glyphs):
            return False
        mid = middle_width(pg, self.kinds, j + 1, self.profile.middle_lines, least=1, bare=True)
        return (mid - pg.width[j] if mid else gap) + width(last) >= self.profile.squeezed_first_line


def starts_paragraph(p, lab, end):
    """Does a body line begin a paragraph, given the text line before it, ``p`` (it ended
    one, or is no paragraph line, or there is none)?"""
    return p < 0 or lab[p][0] != "paragraph" or bool(end[p] and end[p][0])


def prints_first_lines_full(body, para):
    """Does this page print a paragraph's first line full (no indent to lose)? Looked for
    after the clearly ended paragraphs (``para``: the paragraph lines): where it does, a
    full line ending a sentence is as likely a paragraph's end as not, and the next full
    line says nothing."""
    pg, colw, profile = body.pg, body.colw, body.profile
    if pg.markdown or pg.indent_page:
        return False
    w = pg.width
    seen = short = 0
    # (the lines ending a sentence picked out at C speed, a fifth of the page, then tested)
    last, ls = len(para) - 1, pg.letter_spaced
    ends = [k for k in compress(count(), pg.ends_final) if k < last and para[k] and para[k + 1] and not ls[k + 1]]
    most = profile.flush_max_short_share * len(ends)     # short first lines allowed, with every end seen
    for k in ends:
        col = colw[k]
        if col is None or col - w[k] < profile.clear_end_deficit:
            continue
        col_next = colw[k + 1]
        if col_next is None:
            continue
        seen += 1
        if col_next - w[k + 1] >= profile.first_line_deficit:
            short += 1
            if short > most:
                return False    # (a page that indents is told after a few ends)
    return seen >= profile.flush_min_samples and short <= profile.flush_max_short_share * seen
