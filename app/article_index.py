"""Which rows belong to which article, kept current from each Change.

``Document.rows_of`` scans every row; at a keystroke on a 100k-line page that is too slow,
so views keep this index and update only the articles a change names.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from statistics import median

from .document import ALL, Document
from .rules.chars import width

# an article's column is measured again after each change to it: its lines mostly are not
_width = lru_cache(maxsize=1 << 16)(width)


def percent(done: int, total: int) -> int:
    """``done`` of ``total`` as a whole percentage that says 100 only when all are done and
    0 only when none is: "100%" with two lines left would send a person to the next page.

    >>> percent(873, 874), percent(1, 874), percent(437, 874), percent(5, 5), percent(0, 0)
    (99, 1, 50, 100, 0)
    """
    if total <= 0 or done <= 0:
        return 0
    if done >= total:
        return 100
    return min(99, max(1, round(100 * done / total)))


class ArticleIndex:
    def __init__(self, doc: Document):
        self.doc = doc
        self.rebuild()

    def rebuild(self):
        rows: dict[int, list[int]] = {}
        for r, (a, lab) in enumerate(zip(self.doc.article, self.doc.label)):
            if lab is not None and a >= 0:
                rows.setdefault(a, []).append(r)
        self._rows = rows
        firsts = {a: self._first_text_row(a) for a in rows}
        self._first = {a: f for a, f in firsts.items() if f is not None}
        self._order = None
        self._stats: dict[int, tuple] = {}
        self._column: dict[int, float] = {}
        self._totals = None          # (lines, done) over every article, kept by update

    # ---- keeping current -----------------------------------------------------------
    def update(self, change) -> set[int]:
        """Bring the index up to date after ``change``; returns the article ids whose rows
        or decisions may differ (for views to refresh)."""
        if change.structure:
            before = set(self._rows)
            self.rebuild()
            return before | set(self._rows)
        spans = _merged(change.rows)
        doc = self.doc
        touched = set(change.articles)
        order_moved = False
        for aid in touched:
            old = self._rows.get(aid, [])
            keep = [r for r in old if not _inside(r, spans)]
            add = [r for a, b in spans for r in range(a, b)
                   if doc.article[r] == aid and doc.label[r] is not None]
            new = sorted(keep + add) if keep and add else (keep or add)
            if new:
                self._rows[aid] = new
            else:
                self._rows.pop(aid, None)
            first = self._first_text_row(aid)
            if first != self._first.get(aid):
                order_moved = True
            if first is None:
                self._first.pop(aid, None)
            else:
                self._first[aid] = first
            cached = self._stats.pop(aid, None)
            old_stats = cached if old else (0, 0)     # an article new to the index had none
            if self._totals is not None:
                if old_stats is None:
                    self._totals = None
                else:
                    n, c = old_stats
                    new_n, new_c = self.stats(aid) if aid in self._rows else (0, 0)
                    self._totals = (self._totals[0] - n + new_n, self._totals[1] - c + new_c)
            self._column.pop(aid, None)
        if order_moved:
            self._order = None
        return touched

    def _first_text_row(self, aid):
        label = self.doc.label
        return next((r for r in self._rows.get(aid, ()) if label[r] != "noise"), None)

    # ---- reading -------------------------------------------------------------------
    def rows(self, aid) -> list[int]:
        return self._rows.get(aid, [])

    def order(self) -> list[int]:
        """Article ids by their first row that is not noise, as ``Document.article_order``
        (an article of noise alone is not in the corpus and has no number)."""
        if self._order is None:
            self._order = sorted(self._first, key=self._first.get)
            self._number = {a: i + 1 for i, a in enumerate(self._order)}
        return self._order

    def number(self, aid) -> int:
        self.order()
        return self._number.get(aid, 0)

    def by_number(self, n) -> int | None:
        order = self.order()
        return order[n - 1] if 1 <= n <= len(order) else None

    def first_row(self, aid) -> int | None:
        """Where the article starts: its first row that is not noise."""
        return self._first.get(aid)

    def stats(self, aid) -> tuple[int, int]:
        """(lines, fully confirmed lines) of an article."""
        s = self._stats.get(aid)
        if s is None:
            conf = self.doc.confirmed
            rows = self.rows(aid)
            s = (len(rows), sum(1 for r in rows if conf[r] & ALL == ALL))
            self._stats[aid] = s
        return s

    def totals(self) -> tuple[int, int]:
        """(lines, fully confirmed lines) of the whole page: summed once, then kept by
        ``update`` from the articles each change touched (the status bar asks after every key)."""
        if self._totals is None:
            lines = done = 0
            for aid in self._rows:
                n, c = self.stats(aid)
                lines += n
                done += c
            self._totals = (lines, done)
        return self._totals

    def column_width(self, aid) -> float:
        """Estimated column width of an article in character cells: the median width of its
        paragraph rows (a justified column's full lines dominate)."""
        w = self._column.get(aid)
        if w is None:
            doc = self.doc
            widths = [_width(doc.current_text(r)) for r in self.rows(aid) if doc.label[r] == "paragraph"]
            widths = [x for x in widths if x > 0]
            w = float(median(widths)) if widths else 0.0
            self._column[aid] = w
        return w


def _merged(spans):
    out = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _inside(r, spans) -> bool:
    """Is row ``r`` in one of the sorted, disjoint ``spans``?"""
    i = bisect_left(spans, (r + 1,)) - 1
    return i >= 0 and spans[i][0] <= r < spans[i][1]
