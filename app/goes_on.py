"""Paragraphs printed in pieces out of line order: "the paragraph open at line r goes on at
line s".

A column reader (pdfminer, pdftotext) may print a paragraph's first lines after lines that
follow them in reading order: the paragraph open at line 181 goes on at line 51. The
document keeps such links by source line, as it keeps its links to other pages
(``doc.links``), so they survive splits and reopening:

- ``doc.goes_on``: ``{r: s}``, 1-based source lines: the paragraph open at the last row of
  line r goes on at the first row of line s (the piece from s up to its next end);
- ``doc.goes_on_person``: the lines r whose link a person set (the others are the engine's
  suggestions; both are kept on a re-suggest, which never touches links).

A link is *in force* (:func:`in_force`) when both rows are paragraph lines of the same
article, r does not end its paragraph, s is the target of no other link and the links close
no cycle through it (where they do, the one from the highest line on the cycle is out); one
that is not is ignored by the corpus and the window alike, and the next step drops it
(:class:`app.operations.DropLinks`; opening a page or a session may hold one until then). In line order r is cut as if it ended, and the paragraph line before s in its article too:
s's piece is no longer a paragraph of its own (:func:`ends_with_links`); the corpus then
joins the paragraphs along the links (:func:`join_runs`), a cycle broken where it closes.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right


def rows_of_line(doc, line) -> range:
    """The rows of a source line (several after a split; ``src`` is sorted)."""
    return range(bisect_left(doc.src, line), bisect_right(doc.src, line))


def open_row(doc, line):
    """The row whose paragraph a link from ``line`` continues: the line's last row."""
    rows = rows_of_line(doc, line)
    return rows[-1] if rows else None


def first_row(doc, line):
    """The row a link to ``line`` goes on at: the line's first row."""
    rows = rows_of_line(doc, line)
    return rows[0] if rows else None


def why_not(doc, r, s):
    """Why rows ``r`` → ``s`` cannot be a link in force (a short reason), or None.

    >>> from app.document import blank_document, Source
    >>> d = blank_document(Source("t", ""), ["甲", "乙", "丙"])
    >>> why_not(d, 2, 0), why_not(d, 1, 1)
    (None, 'same row')
    >>> d.para_end[2] = True; why_not(d, 2, 0)
    'ended'
    """
    if r is None or s is None:
        return "no row"
    if r == s:
        return "same row"
    if doc.label[r] != "paragraph" or doc.label[s] != "paragraph":
        return "not paragraphs"
    if doc.article[r] != doc.article[s]:
        return "other article"
    if doc.para_end[r]:
        return "ended"
    return None


def in_force(doc) -> dict[int, int]:
    """The links of ``doc`` in force, as rows ``{r: s}`` (empty when it has none: the
    corpus then reads the page as it always did). A row is the target of one link at most
    (the link from the lowest line keeps it)."""
    if not doc.goes_on:
        return {}
    out, targets = {}, set()
    for line in sorted(doc.goes_on):
        r, s = open_row(doc, line), first_row(doc, doc.goes_on[line])
        if why_not(doc, r, s) is None and s not in targets:
            out[r] = s
            targets.add(s)
    return _closing_no_cycle(doc, out) if out else out


def _closing_no_cycle(doc, links):
    """``links`` (rows) less those that close a cycle: while an article's links close one
    (ends taken off after they were set can make a paragraph run from s to r), the link from
    the highest line on it is out of force. Each link is weighed with all the others' cuts,
    as :class:`app.operations.SetGoesOn` weighs a new one, so a link it let in stays in
    force."""
    kept = dict(links)
    for article in {doc.article[r] for r in links}:
        while on := cycle_links(doc, kept, article):
            del kept[max(on)]
    return kept


def ends_with_links(doc, links) -> list[bool]:
    """``doc.para_end`` with each link's r cut as if it ended, and the paragraph line before
    each s in its article (a paragraph run into s stops there, also one left open over a
    caption or a header between them): the ends the pieces are cut at.

    >>> from app.document import blank_document, Source
    >>> d = blank_document(Source("t", ""), ["甲", "乙", "丙", "丁"])
    >>> ends_with_links(d, {3: 1})
    [True, False, False, True]
    >>> d.label[1] = "caption"; ends_with_links(d, {3: 2})
    [True, False, False, True]
    """
    ends = list(doc.para_end)
    label, article = doc.label, doc.article
    for r, s in links.items():
        ends[r] = True
        p = s - 1
        while p >= 0 and (label[p] != "paragraph" or article[p] != article[s]):
            p -= 1
        if p >= 0:
            ends[p] = True
    return ends


def join_runs(runs, links):
    """An article's blocks ``[(kind, rows)]`` with the paragraphs joined along ``links``
    (rows ``{r: s}``): a paragraph whose last row is an r takes the rows of the paragraph
    starting at its s after its own, and sits where it sits; a chain goes on, a cycle stops
    where it would come back (broken at its paragraph of the lowest first row).

    >>> join_runs([("paragraph", [1, 2]), ("paragraph", [5, 6]), ("caption", [7])], {6: 1})
    [('paragraph', [5, 6, 1, 2]), ('caption', [7])]
    >>> join_runs([("paragraph", [1]), ("paragraph", [2])], {1: 2, 2: 1})
    [('paragraph', [1, 2])]
    """
    by_first = {rows[0]: i for i, (kind, rows) in enumerate(runs) if kind == "paragraph"}
    nxt = {}
    for i, (kind, rows) in enumerate(runs):
        if kind == "paragraph" and rows[-1] in links:
            j = by_first.get(links[rows[-1]])
            if j is not None and j != i:
                nxt[i] = j
    if not nxt:
        return runs
    targeted = set(nxt.values())
    used, joined = set(), {}
    # heads first (paragraphs no link goes on at), then what is left: cycles, from their
    # paragraph of the lowest first row
    for i in [i for i in range(len(runs)) if i not in targeted] + sorted(targeted):
        if i in used or (i not in nxt and i not in targeted):
            continue
        rows, k = [], i
        while k is not None and k not in used:
            used.add(k)
            rows += runs[k][1]
            k = nxt.get(k)
        joined[i] = rows
    return [("paragraph", joined[i]) if i in joined else run
            for i, run in enumerate(runs) if i in joined or i not in used]


def cycle_links(doc, links, article) -> list[int]:
    """The rows r of the links (``{r: s}``) on a cycle among ``article``'s paragraphs, the
    first one found; empty when they close none.

    >>> from app.document import blank_document, Source
    >>> d = blank_document(Source("t", ""), ["甲", "乙", "丙", "丁"])
    >>> d.label, d.article = ["paragraph"] * 4, [0] * 4
    >>> cycle_links(d, {1: 2}, 0), cycle_links(d, {3: 2}, 0), cycle_links(d, {1: 2, 3: 0}, 0)
    ([], [3], [1, 3])
    """
    from .corpus import _article_runs, cut_pieces
    rows = [r for r in doc.rows_of(article) if doc.label[r] != "noise"]
    ends = ends_with_links(doc, links)
    runs = _article_runs(cut_pieces(rows, doc.label, ends), ends)
    paras = {rows[0]: rows for kind, rows in runs if kind == "paragraph"}
    for first in paras:
        seen, k = set(), first
        while k is not None and k not in seen:
            seen.add(k)
            s = links.get(paras[k][-1])
            k = s if s in paras else None
        if k is not None:
            on, j = [], k
            while not on or j != k:
                on.append(paras[j][-1])
                j = links[paras[j][-1]]
            return sorted(on)
    return []


def marks(doc) -> tuple[dict[int, int], dict[int, int]]:
    """The links in force both ways, ``({r: s}, {s: r})``, as the window marks them (kept
    until the document's next change: every row painted asks)."""
    cached = getattr(doc, "_goes_on_marks", None)
    if cached is not None and cached[0] == doc.revision and cached[1] is doc.goes_on:
        return cached[2]
    fwd = in_force(doc)
    both = fwd, {s: r for r, s in fwd.items()}
    doc._goes_on_marks = (doc.revision, doc.goes_on, both)
    return both
