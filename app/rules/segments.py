"""Body segments: the body's paragraphs cut into stretches that each belong to one article.

A segment ends where a header cluster comes between, where a new text frame starts,
where a credit of names closed the paragraph before ("……再升级。（杨晨 蒋虹）" closes its
article), where a person cut, and where the column width changes (on a hard-wrapped page;
a short piece cut by a change alone rejoins the one before).
"""
from __future__ import annotations

import bisect
from itertools import compress, count, repeat

from .chars import NO_LINE_START
from .measure import sides_hold_measure, steps_of_measure
from .names import ends_in_credit
from .profile import DEFAULT


# a window not estimated yet (an estimate may be None: too few lines to tell)
_UNKNOWN = object()


class ColumnChanges:
    """:func:`.columns.change_at` at body lines (k), each computed once: the cuts tried
    between two headers ask for the same places again and again. Measured on middle
    lines only (``mids``, with their ``widths``): those are within a cell of the column."""

    def __init__(self, widths, mids, profile=DEFAULT):
        self.widths, self.mids, self.cache, self._from = widths, mids, {}, {}
        self.radius, self.quantile, self.least = profile.column_radius, profile.column_quantile, profile.column_min_window

    def __call__(self, k):
        c = self.cache.get(k)
        if c is None:
            # the middle lines before k: where k stands among them
            c = self.cache[k] = self._at(bisect.bisect_left(self.mids, k))
        return c

    def _estimate(self, ws):
        """The column width of a window of widths (:func:`.columns.quantile` of them), or
        None when too few to tell."""
        n = len(ws)
        if n < self.least:
            return None
        return sorted(ws)[min(n - 1, int(n * self.quantile))]

    def _window(self, a):
        """The estimate of the widths from middle line a on (radius of them), shared: the
        window before line p is the one from p - radius."""
        q = self._from.get(a, _UNKNOWN)
        if q is _UNKNOWN:
            q = self._from[a] = self._estimate(self.widths[a:a + self.radius])
        return q

    def _at(self, p):
        """:func:`.columns.change_at` (``widths``, p). (The windows are looked up here, not
        through :meth:`_window`: a call costs more than the lookup, at every ask.)"""
        widths, known, r = self.widths, self._from, self.radius
        if p <= 1 or p >= len(widths) - 1:
            return 0
        if p >= r:
            before = known.get(p - r, _UNKNOWN)
            if before is _UNKNOWN:
                before = known[p - r] = self._estimate(widths[p - r:p])
        else:
            before = self._estimate(widths[:p])
        after = known.get(p, _UNKNOWN)
        if after is _UNKNOWN:
            after = known[p] = self._estimate(widths[p:p + r])
        if before is None or after is None:
            return 0
        return abs(before - after)

    def at_starts(self, ks):
        """The changes at body lines ``ks`` (in order), each kept as a call would keep it:
        the cuts ask at nearly every paragraph start, and a loop here costs a fraction of
        a call's steps a line. The windows are sorted here, not through :meth:`_estimate`:
        a whole window's estimate is the same item of it every time."""
        widths, r, known = self.widths, self.radius, self._from
        m = len(widths)
        if r < self.least:
            return [self(k) for k in ks]
        pick = min(r - 1, int(r * self.quantile))
        out = []
        for p in map(bisect.bisect_left, repeat(self.mids), ks):
            if p <= 1 or p >= m - 1:
                out.append(0)
                continue
            a = p - r
            before = known.get(a, _UNKNOWN) if a >= 0 else self._estimate(widths[:p])
            if before is _UNKNOWN:
                before = known[a] = sorted(widths[a:p])[pick]
            after = known.get(p, _UNKNOWN)
            if after is _UNKNOWN:
                after = known[p] = self._estimate(widths[p:p + r]) if p + r > m else sorted(widths[p:p + r])[pick]
            out.append(0 if before is None or after is None else abs(before - after))
        self.cache.update(zip(ks, out))
        return out

    def within(self, a, k):
        """The change at line k with the window before it kept to the middle lines from
        line a on (0 where fewer than ``column_min_window`` of them)."""
        p, lo = bisect.bisect_left(self.mids, k), bisect.bisect_left(self.mids, a)
        if p - lo >= self.radius:
            return self(k)
        if p <= 1 or p >= len(self.widths) - 1:
            return 0
        before, after = self._estimate(self.widths[lo:p]), self._window(p)
        return 0 if before is None or after is None else abs(before - after)


def closing_lines(labb, endb):
    """The body lines (indexes into the body, with their labels ``labb`` and ends
    ``endb``) that close a paragraph: its last line, or a subheading. (Found from the
    exceptions, a paragraph's end or a subheading, not by a step a line: most lines go on.)

    >>> closing_lines(["paragraph", "paragraph", "subheading", "paragraph"], [False, True, False, False])
    [1, 2]
    """
    out = list(compress(count(), endb))
    subheads = labb.count("subheading")
    if subheads:
        at = -1
        for _ in range(subheads):
            at = labb.index("subheading", at + 1)
            out.append(at)
        out = sorted(set(out))
    return out


def middle_lines(pg, body_ks, closing):
    """The body lines (as k; ``closing``: :func:`closing_lines`) that are neither first nor
    last of their paragraph and not letter-spaced: those a column's width is measured on."""
    keep = [True] * len(body_ks)
    if keep:
        keep[0] = False
    for i in closing:
        keep[i] = False
        if i + 1 < len(keep):
            keep[i + 1] = False
    for k in compress(count(), pg.letter_spaced):
        i = bisect.bisect_left(body_ks, k)
        if i < len(body_ks) and body_ks[i] == k:
            keep[i] = False
    return list(compress(body_ks, keep))


def column_changes(pg, mids, profile=DEFAULT):
    """The :class:`ColumnChanges` of the body, measured on its middle lines ``mids``
    (:func:`middle_lines`)."""
    return ColumnChanges(list(map(pg.width.__getitem__, mids)), mids, profile)


class Segments:
    """The body segments of a page, as parallel lists by segment: ``paras``, its
    paragraphs (each a list of k); ``rule``, what cut it from the one before ("cluster",
    "frame", "credit", "column-change", "content-cut"); ``after_h``, how many header units
    start before it; ``owner``, the header unit attached to it (None: none); ``conf``, the
    confidence of that; ``text``, its text without spaces, as it was attached."""

    def __init__(self, paras, rule, after_h, line_text, conf):
        self.paras, self.rule, self.after_h, self.line_text = paras, rule, after_h, line_text
        self.text = [self.joined(p) for p in paras]
        self.owner = [None] * len(paras)
        self.conf = [conf] * len(paras)
        # (texts, after_h, pairs, holds): the header pairs last computed, what they were
        # computed from and the bigrams they found (:func:`.attach.segment_pairs`)
        self.pairs_from = None

    def __len__(self):
        return len(self.paras)

    def joined(self, paras):
        """The text of the paragraphs ``paras`` (each a list of ascending line numbers, the
        paragraphs in page order, no line twice: as the segments hold them)."""
        text = self.line_text
        if paras and paras[-1][-1] - paras[0][0] + 1 == sum(map(len, paras)):
            # consecutive lines (most segments): one slice, not a step a line
            return "".join(text[paras[0][0]:paras[-1][-1] + 1])
        return "".join([text[k] for p in paras for k in p])

    def split(self, s, at, h, h_first, most_conf, rule="content-cut"):
        """Cut segment s before its paragraph ``at`` (the second part cut by ``rule``):
        header unit h takes the first part (``h_first``) or the second, the segment's own
        header the other; both are held with at most ``most_conf``."""
        left, right = self.paras[s][:at], self.paras[s][at:]
        o = self.owner[s]
        self.paras[s:s + 1] = [left, right]
        self.text[s:s + 1] = [self.joined(left), self.joined(right)]
        self.owner[s:s + 1] = [h, o] if h_first else [o, h]
        self.rule[s:s + 1] = [self.rule[s], rule]
        self.conf[s:s + 1] = [min(self.conf[s], most_conf)] * 2
        self.after_h[s:s + 1] = [self.after_h[s]] * 2


def body_segments(pg, body_ks, closing, mids, hunits, forced, change, line_text, profile=DEFAULT):
    """The :class:`Segments` of the body lines ``body_ks`` (``closing``: those that close a
    paragraph, :func:`closing_lines`; ``mids``: the middle lines, :func:`middle_lines`;
    ``hunits``: the header units; ``forced``: a person's cuts, by k; ``change``: the
    :class:`ColumnChanges`; ``line_text``: the lines' texts)."""
    # where the header units start among the body lines, and how many start before each
    hpos = [u[0] for u in hunits]
    at_unit = [bisect.bisect_left(body_ks, k) for k in hpos]
    hs = _units_before(at_unit, len(body_ks))
    paras, rules = _cut(pg, body_ks, closing, mids, hs, at_unit, forced, change, profile)
    paras, rules = _join_run_openings(paras, rules, profile.min_segment)
    paras, rules = _rejoin_short(paras, rules, profile.min_segment, drawn_in_order(pg))
    after_h = [bisect.bisect_left(hpos, s[0][0]) for s in paras]
    return Segments(paras, rules, after_h, line_text, profile.conf.article_default)


def _units_before(at_unit, nbody):
    """How many header units start before each body line (``at_unit``: the index of the
    first body line after each unit, in order), made a run of equal counts at a time.

    >>> _units_before([0, 2, 2, 5], 6)
    [1, 1, 3, 3, 3, 4]
    """
    out, at = [], 0
    for j, p in enumerate(at_unit):
        if p > at:
            out += [j] * (p - at)
            at = p
    out += [len(at_unit)] * (nbody - at)
    return out


def _cut(pg, body_ks, closing, mids, hs, at_unit, forced, change, profile):
    """The body's paragraphs (lists of k) grouped into segments, and the rule that cut
    each from the one before: a header unit between ("cluster"), a new text frame or a
    person's cut ("frame"), a credit closing the paragraph before ("credit"), a column
    change ("column-change"; ``hs``: header units before each body line; ``at_unit``: the
    body line after each unit)."""
    nbody = len(body_ks)
    closes = set(closing)
    starts = _paragraph_starts(body_ks, closing, at_unit, forced)
    # only where no blank line marks text groups (drawing order: ``-raw``, pdfium); where
    # they do, a column read down ends a story at a blank line, and the pairing of
    # headers with the stories that follow is what goes wrong there, not the cut
    drawn = drawn_in_order(pg)
    stepped = _measure_steps(pg, body_ks, mids, hs, starts, profile) if drawn else set()
    firsts = [body_ks[i] for i in starts]
    # the column change at every paragraph start, asked together (nearly all are asked)
    wide = [False] * len(starts) if pg.markdown else \
        [c >= profile.segment_column_change for c in change.at_starts(firsts)]
    last = pg.last
    segs, rules = [], []
    credit_before = False    # the last paragraph closed ended in a credit of names
    run_from = None          # the first body line after the last header (drawing order)
    for i, stop, k, changed in zip(starts, starts[1:] + [nbody], firsts, wide):
        new_cluster = not i or hs[i] != hs[i - 1]
        if new_cluster:
            credit_before = False
            run_from = k if drawn else None
        elif i - 1 in closes:
            # such a credit closes its article ("……再升级。（杨晨 蒋虹）"); its closing
            # bracket asked here first, as a call costs more than the test
            credit_before = last[body_ks[i - 1]] in "）)" and ends_in_credit(pg.text, body_ks[i - 1])
        rule = _cut_rule(pg, k, new_cluster, credit_before, forced, changed, stepped)
        if rule == "column-change" and run_from is not None and \
                change.within(run_from, k) < profile.segment_column_change:
            rule = ACROSS_HEADER    # seen only with another story's lines in the window
        if rule:
            segs.append([])
            rules.append(rule)
        segs[-1].append(body_ks[i:stop])
    return segs, rules


def _cut_rule(pg, k, new_cluster, credit_before, forced, changed, stepped):
    """Why a segment starts at the paragraph starting at line k, or None where it goes on:
    a new text frame or a person's cut, a credit closing the paragraph before, a header unit
    between, a column change (``changed``), a step of the measure (``stepped``)."""
    if pg.frame[k] or forced[k] or credit_before:
        return "credit" if credit_before else "frame"
    if new_cluster:
        return "cluster"
    if changed:
        return "column-change"
    return "measure-step" if k in stepped else None


def _measure_steps(pg, body_ks, mids, hs, starts, profile):
    """The paragraph starts (as k) where the measure steps (:func:`.measure.measure_steps`),
    measured on full lines: the middle lines ``mids`` (:func:`middle_lines`: paragraph
    lines neither first nor last, not letter-spaced), the runs between header units apart,
    and of full-width glyphs only (:func:`_set_full`)."""
    run = dict(zip(body_ks, hs))
    ks = [body_ks[i] for i in starts[1:]]
    # whether the page is set to a measure at all is judged on all its full lines (first:
    # most pages in drawing order are not, and their lines need not be picked)
    if not sides_hold_measure(pg.width, ks, mids, run, profile):
        return set()
    odd = set(pg.lines_with("·"))
    full = [k for k in mids if k not in odd and _set_full(pg.text[k], pg.width[k], pg.last[k])]
    return set(steps_of_measure(pg.width, ks, full, run, profile))


def _set_full(text, width, last):
    """Does a full line (``text``, its ``width`` in cells and ``last`` glyph) show its
    column's measure: every glyph full-width, and no last mark a page may squeeze past the
    column? Half-width glyphs (figures, Latin) fill a justified line with fewer cells
    ("完成率102.5%，履约率" is 9.5 cells in a column of 12), and a paragraph full of them
    reads as a step of the measure where none is. (The interpunct, whose printed width the
    text does not tell, is left out by the caller.)

    >>> _set_full("绕家庭教育中出现的各类问", 12.0, "问"), _set_full("完成率102.5%，履约率", 9.5, "率")
    (True, False)
    >>> _set_full("依法治税不走样、更规范，", 12.0, "，")
    False
    """
    return width == len(text) and last not in NO_LINE_START


def drawn_in_order(pg):
    """Was the page given in drawing order: no blank line anywhere (``pdftotext -raw``,
    pdfium), not markdown? There one story's body runs on unbroken, a header comes right
    before or right after it, and only another story's body may follow it with none
    between."""
    return not pg.markdown and all(pg.tight[1:])


def _paragraph_starts(body_ks, closing, at_unit, forced):
    """The body lines (indexes into ``body_ks``) that start a paragraph: the first, those
    after a line that closes one (``closing``), where a header unit comes between
    (``at_unit``: the body line after each unit) and at a person's cut (``forced``, by k).

    >>> _paragraph_starts([0, 1, 2, 4, 5, 6], [1], [3], [False] * 7)
    [0, 2, 3]
    """
    if not body_ks:
        return []
    nbody = len(body_ks)
    starts = {0, *(i + 1 for i in closing), *at_unit}
    # (a person's cuts are rare: ``any`` tells at a fraction of a pass picking them)
    for k in compress(count(), forced) if any(forced) else ():
        i = bisect.bisect_left(body_ks, k)
        if i < nbody and body_ks[i] == k:
            starts.add(i)
    starts.discard(nbody)    # (past the last closing line, or the last unit: none is further)
    return sorted(starts)


def _rejoin_short(segs, rules, least, drawn=False):
    """A column change needs a stretch of text behind it: a segment cut by one alone (or
    by a step of the measure), with fewer than ``least`` lines, rejoins the one before.
    On a page given in drawing order (``drawn``) it joins the one after instead when that
    one is cut by a width too: the width stepped where the short one starts, and the lines
    measured before the next cut still held the old width. The two joined are measured
    again: where they are still short (a string of one-line paragraphs and heads, each
    seen as a change), they go on to the next or back into the one before. (Where blank
    lines part text groups read down columns, the two cuts are as often two steps; it did
    not help there.)

    >>> segs, rules = lambda: [[[0] * 9], [[1] * 3], [[2] * 9]], ["frame", "column-change", "measure-step"]
    >>> _rejoin_short(segs(), rules, 8)
    ([[[0, 0, 0, 0, 0, 0, 0, 0, 0], [1, 1, 1]], [[2, 2, 2, 2, 2, 2, 2, 2, 2]]], ['frame', 'measure-step'])
    >>> _rejoin_short(segs(), rules, 8, drawn=True)
    ([[[0, 0, 0, 0, 0, 0, 0, 0, 0]], [[1, 1, 1], [2, 2, 2, 2, 2, 2, 2, 2, 2]]], ['frame', 'column-change'])
    >>> _rejoin_short([[[0] * 9], [[1]], [[2]], [[3] * 3], [[4] * 9]], ["frame"] + ["column-change"] * 3 + ["cluster"], 8, True)
    ([[[0, 0, 0, 0, 0, 0, 0, 0, 0], [1], [2], [3, 3, 3]], [[4, 4, 4, 4, 4, 4, 4, 4, 4]]], ['frame', 'cluster'])
    """
    merged, mrules = [], []
    carry = None      # a short segment that goes with the one after it
    for i, (sg, r) in enumerate(zip(segs, rules)):
        if carry is not None:
            sg, r, carry = carry[0] + sg, carry[1], None
        if merged and r in _WIDTH_CUTS and sum(len(p) for p in sg) < least:
            if drawn and i + 1 < len(segs) and rules[i + 1] in _WIDTH_CUTS:
                carry = (sg, r)
            else:
                merged[-1].extend(sg)
            continue
        merged.append(sg)
        mrules.append(r)
    return merged, mrules


def _join_run_openings(segs, rules, least):
    """A column change seen only with lines from before the last header in its window
    (``ACROSS_HEADER``; measured on the lines after the header alone, the width holds) is
    no cut where it leaves a short piece (under ``least`` lines) opening the run after
    that header, and at least ``least`` lines after it: drawing order gives a story's first
    paragraph right after its header, and a first paragraph of two or three lines has a
    middle line or none, so the window before its end holds the story before the header,
    set to another width. The piece is the story's opening, the rest its body. Anywhere
    else it stays a column change (a short run may hold two stories set to two widths).

    >>> segs, rules = [[[0] * 3], [[1] * 9], [[2] * 4], [[3] * 5]], ["cluster", ACROSS_HEADER, "cluster", ACROSS_HEADER]
    >>> _join_run_openings(segs, rules, 8)
    ([[[0, 0, 0], [1, 1, 1, 1, 1, 1, 1, 1, 1]], [[2, 2, 2, 2]], [[3, 3, 3, 3, 3]]], ['cluster', 'cluster', 'column-change'])
    """
    merged, mrules = [], []
    for i, (sg, r) in enumerate(zip(segs, rules)):
        if r == ACROSS_HEADER:
            if mrules and mrules[-1] == "cluster" and sum(map(len, merged[-1])) < least <= sum(map(len, sg)):
                merged[-1].extend(sg)
                continue
            r = "column-change"
        merged.append(sg)
        mrules.append(r)
    return merged, mrules


# a column change measured with another story's lines in its window (:func:`_join_run_openings`)
ACROSS_HEADER = "column-change-across-header"
# cuts made where the width of the lines changes
_WIDTH_CUTS = ("column-change", "measure-step")
