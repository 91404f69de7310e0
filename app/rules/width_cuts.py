"""Two stories of different widths parted where their lines' widths part (drawing order).

A justified body line that is neither a paragraph's first nor its last fills its column:
set in full-width glyphs, it is as many cells wide as the column, or a cell or two short
where a glyph went down with a closing mark; and no line is wider than its column. Where
two stories set to different widths meet in one run of body (a page drawn in order:
``pdftotext -raw``, pdfium), their lines say at which paragraph start the width changes,
to the line. The cuts that part them (a column change, a step of the measure, a run of two
stories cut at its middle) are measured over windows of several lines, so they may stand a
paragraph or more off; here the place where the two articles meet moves to the paragraph
start that best fits each side's lines to its own column (:func:`best_cut`).
"""
from __future__ import annotations

from collections import Counter

from .chars import NO_LINE_START
from .profile import DEFAULT


def fit_cuts_to_widths(pg, labels, segs, art_of_seg, profile=DEFAULT):
    """Move the place where two articles' segments meet in one run of body, with no header
    or caption between them (``labels``: each line's label), to :func:`best_cut` of their
    paragraphs, where the two sides' columns and indents (:func:`side_measure`, read from
    each side's far end) differ. Returns the lines (k) of the paragraphs moved."""
    moved = []
    for s in range(len(segs) - 1):
        if art_of_seg[s] == art_of_seg[s + 1] or not _adjacent(segs, labels, s):
            continue
        if segs.rule[s + 1] not in _MOVABLE:
            continue
        left = _block(segs, labels, art_of_seg, s, -1)
        right = _block(segs, labels, art_of_seg, s + 1, 1)
        left, right = _within_soft_cuts(segs, left, right)
        items = [(x, p) for x in left for p in segs.paras[x]] + [(x, p) for x in right for p in segs.paras[x]]
        paras = [p for _, p in items]
        at = sum(len(segs.paras[x]) for x in left)
        if not at or at == len(paras):
            continue
        w0 = side_measure(pg, labels, paras[:at], profile)
        w1 = side_measure(pg, labels, paras[at:][::-1], profile)     # read from the far end
        if w0 is None or w1 is None or abs(w0[0] - w1[0]) < profile.width_cut_step:
            continue
        c = best_cut(pg, labels, paras, w0, w1, at, profile)
        if c is not None and c != at:
            _move(segs, items, c, set(left), s)
            moved += [k for p in paras[min(c, at):max(c, at)] for k in p]
    return moved


def _adjacent(segs, labels, s):
    """Do segments s and s + 1 follow each other in one run of body: no header unit and no
    line but body lines between them?"""
    a, b = segs.paras[s], segs.paras[s + 1]
    if not a or not b or segs.after_h[s] != segs.after_h[s + 1]:
        return False
    return all(labels[k] in _BODY for k in range(a[-1][-1] + 1, b[0][0]))


def _block(segs, labels, art_of_seg, s, step):
    """The segments of segment s's article next to it in its run, going back (``step``
    -1) or on (1), in page order."""
    out = [s]
    while True:
        x = out[-1] + step
        if not 0 <= x < len(segs) or art_of_seg[x] != art_of_seg[s] or \
                not _adjacent(segs, labels, min(x, out[-1])):
            break
        out.append(x)
    return sorted(out)


def _within_soft_cuts(segs, left, right):
    """The segments of the blocks ``left`` and ``right`` (page order; they meet between
    them) that the place may move into: back to the nearest segment started by a cut
    that neither a width nor a guess made (a header, a credit of names closing a story, a
    text frame, a person's cut), and on up to the next such cut."""
    i = len(left) - 1
    while i > 0 and segs.rule[left[i]] in _MOVABLE:
        i -= 1
    j = 1
    while j < len(right) and segs.rule[right[j]] in _MOVABLE:
        j += 1
    return left[i:], right[:j]


def _move(segs, items, c, left, s):
    """Give the paragraphs before ``c`` of ``items`` ((segment, paragraph) pairs, in page
    order) to the left block's segments (``left``), those from c on to the right block's:
    a paragraph that changes side goes to segment s (the left block's last) or s + 1 (the
    right block's first). A segment may be left with no paragraph (the later steps skip
    empty segments)."""
    for x in {x for x, _ in items}:
        segs.paras[x] = []
    for i, (x, p) in enumerate(items):
        if i < c:
            segs.paras[x if x in left else s].append(p)
        else:
            segs.paras[x if x not in left else s + 1].append(p)
    for x in {x for x, _ in items}:
        segs.text[x] = segs.joined(segs.paras[x])


def side_measure(pg, labels, paras, profile=DEFAULT, least=None):
    """The column and first-line indent of the first of ``paras`` (paragraphs as lists of
    k, in the order to read them), as (cells, cells): the column the
    :attr:`~.profile.Profile.column_quantile` of the widths of their first
    :attr:`~.profile.Profile.width_cut_lines` full middle lines (:func:`full_middle`; a
    line may be a glyph or two short, never wider), the indent the gap between it and the
    most common width of their full first lines (0 where under a cell, or where under
    :attr:`~.profile.Profile.width_cut_indent_share` of them have it); None where fewer
    than :attr:`~.profile.Profile.width_cut_least` (or ``least``) middle lines are found."""
    widths, firsts = [], []
    for p in paras:
        mids = [pg.width[k] for k in _middle(p, labels) if full_middle(pg, k)]
        widths += mids
        if mids and pg.width[p[0]] == len(pg.text[p[0]]):
            firsts.append(pg.width[p[0]])
        if len(widths) >= profile.width_cut_lines:
            break
    widths = widths[:profile.width_cut_lines]
    if len(widths) < (profile.width_cut_least if least is None else least):
        return None
    w = sorted(widths)[int(len(widths) * profile.column_quantile)]
    return w, indent_of(w, firsts, profile)


def indent_of(w, firsts, profile=DEFAULT):
    """The first-line indent of column w, read from the widths of full first lines
    (``firsts``): the gap to the most common, where
    :attr:`~.profile.Profile.width_cut_indent_share` of them have it and it is a cell or
    more; else 0."""
    if not firsts:
        return 0.0
    gap = w - _most_common(firsts)
    held = sum(w - f == gap for f in firsts) / len(firsts)
    return gap if gap >= 1 and held >= profile.width_cut_indent_share else 0.0


def _most_common(values):
    """The most common of ``values``, the greatest among equals (the smaller indent)."""
    return max(Counter(values).items(), key=lambda kv: (kv[1], kv[0]))[0]


def best_cut(pg, labels, paras, w0, w1, at, profile=DEFAULT):
    """The paragraph start (index into ``paras``) where the lines before it fit column and
    indent ``w0`` and those after it ``w1`` best (:func:`line_fit`), never at a section head or
    right after one unless the cut is there now (``at``). Among equals, where the cut is now,
    else the latest (a story goes on while its lines fit its column). Where the paragraph
    before the best start fits the second column better, or the one after it the first,
    the width steps at no paragraph start the two stories may meet at (right after a
    section head: one story goes on at another width), and the cut stays. None where no
    start is left."""
    fit0 = [sum(line_fit(pg, labels, p, i, w0, profile) for i in range(len(p))) for p in paras]
    fit1 = [sum(line_fit(pg, labels, p, i, w1, profile) for i in range(len(p))) for p in paras]
    best, cut = None, None
    score = sum(fit1)
    for c in range(1, len(paras)):
        score += fit0[c - 1] - fit1[c - 1]
        if c != at and (labels[paras[c][0]] == "subheading" or labels[paras[c - 1][-1]] == "subheading"):
            continue
        if best is None or score > best or (score == best and cut != at):
            best, cut = score, c
    if cut is not None and (fit0[cut - 1] < fit1[cut - 1] or fit1[cut] < fit0[cut]):
        return at       # the width steps elsewhere (after a section head: inside one story)
    return cut


def line_fit(pg, labels, p, i, measure, profile=DEFAULT):
    """How well line i of paragraph ``p`` fits a column and indent (``measure``, cells) (a
    log-likelihood, 0 where the line cannot tell): a line wider than the column by more
    than half a cell does not fit at all, nor a first line wider than the column less its
    indent; a full middle line (:func:`full_middle`) fits best at the column's width and
    worse a cell or two short (a glyph gone down with a mark).

    >>> from types import SimpleNamespace
    >>> texts = ["建立会商制度，定期召开党支部会", "议，及时研究解决医共体推进工作中的", "问题。"]
    >>> pg = SimpleNamespace(text=texts, width=[15.0, 17.0, 3.0], last=["会", "的", "。"])
    >>> P = ["paragraph"] * 3
    >>> [line_fit(pg, P, [0, 1, 2], i, (15.0, 2.0)) for i in range(3)]
    [-6.0, -6.0, 0.0]
    >>> [line_fit(pg, P, [0, 1, 2], i, (17.0, 2.0)) for i in range(3)]
    [0.0, 0.0, 0.0]
    """
    k = p[i]
    if labels[k] == "subheading":
        return 0.0
    width, (w, indent) = pg.width[k], measure
    if width > w + 0.5 or (i == 0 and width > w - indent + 0.5):
        return profile.width_cut_misfit
    if not 0 < i < len(p) - 1 or not full_middle(pg, k):
        return 0.0
    return short_fit(w - width, profile)


def short_fit(short, profile=DEFAULT):
    """The fit of a full line ``short`` cells short of its column: the Profile's
    ``width_cut_short_fit`` for a whole number of cells it lists, else a misfit."""
    fits = profile.width_cut_short_fit
    return fits[int(short)] if short == int(short) and short < len(fits) else profile.width_cut_misfit


def full_middle(pg, k):
    """Is line k's width its column's own: every glyph full-width (half-width figures or
    Latin fill a line with fewer cells) and no closing mark last (a page may squeeze one
    past the column)?"""
    text = pg.text[k]
    return pg.width[k] == len(text) and pg.last[k] not in NO_LINE_START


def _middle(p, labels):
    """A paragraph's lines neither first nor last (none for a section head)."""
    return p[1:-1] if labels[p[0]] != "subheading" else []


# the record of a line whose paragraph moved to the story whose column it fits
WIDTH_FIT = "fits-its-column"
_BODY = ("paragraph", "subheading")
# the cuts that only the lines' widths or a guess made, which the widths may move
_MOVABLE = ("column-change", "measure-step", "two-stories", "content-cut", "column-change-across-header")
