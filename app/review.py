"""The review order: the lines a person should look at first, most likely wrong first.

The rules' confidences say how sure each rule is; they do not rank (most lines share a
few values). Here each line gets a probability of being right, from signals the pass
leaves behind: the rule records of its label, paragraph end and article (:class:`Why`),
how far its width is from its column, whether its text has the shape its label wants,
and whether the header that started its article has the marks of a real one (a dash
deck, a byline) or of a paragraph's lines taken for one. How much each signal counts was
learned from pages with gold (tests/perf/calibrate_review.py, stored in
app/rules/review_calibration.py); this module only reads the document, it decides nothing.

N / Shift+N in the window and ``zhengwen review`` follow :func:`review_order`.
"""
from __future__ import annotations

import math

from .document import ALL, HEADER_LABELS, Document

HEADS = frozenset(HEADER_LABELS) | {"subheading"}
_INNER_MARKS = frozenset("，、；：。！？,;:")


def weights() -> tuple[float, dict]:
    """(bias, weight of each signal) of the calibration, app/rules/review_calibration.py."""
    from .rules import review_calibration as cal
    return cal.BIAS, cal.WEIGHTS


def _bin(x, edges, names):
    """The name of the bin of ``x`` among ascending ``edges``.

    >>> _bin(2.5, (1, 2, 3), "abcd"), _bin(0, (1, 2, 3), "abcd"), _bin(3, (1, 2, 3), "abcd")
    ('c', 'a', 'd')
    """
    for e, name in zip(edges, names):
        if x < e:
            return name
    return names[len(edges)]


_DEFICIT_EDGES = (-1.5, -0.5, 1.0, 2.0, 3.5, 6.0)
_DEFICIT_NAMES = ("wide", "over", "full", "short1", "short2", "short4", "short6")


def deficit_bin(d):
    """How short of its column a line is, in named bins (None: no column to measure by).

    >>> deficit_bin(0.5), deficit_bin(4), deficit_bin(None)
    ('full', 'short4', 'none')
    """
    return "none" if d is None else _bin(d, _DEFICIT_EDGES, _DEFICIT_NAMES)


class _Lines:
    """The shapes of a document's rows the signals read (non-blank rows only)."""

    def __init__(self, doc: Document):
        from .rules.chars import LAYOUT_SPACE
        from .rules.lines import broken_phrase, ends_final
        from .rules.page import widths
        from .rules.text import is_letter_spaced
        n = len(doc)
        self.rows = rows = [r for r in range(n) if doc.label[r] is not None]
        raw = [doc.current_text(r) for r in rows]
        text = [t.strip(LAYOUT_SPACE) for t in raw]
        self.indent = [bool(t) and t[0] in LAYOUT_SPACE for t in raw]
        spaced = [" " in t for t in text]
        self.width = widths(text, spaced, [k for k, t in enumerate(text) if any(c in t for c in LAYOUT_SPACE[1:] + "·")])
        self.letter_spaced = [s and is_letter_spaced(t) for s, t in zip(spaced, text)]
        self.final = [ends_final(t) for t in text]
        self.inner = [any(c in _INNER_MARKS for c in t[:-1]) for t in text]
        self.broken = [bool(t) and broken_phrase(t) for t in text]
        self.text = text
        self.col = _columns(doc, rows, self.width, self.letter_spaced)

    def deficit(self, k):
        c = self.col[k]
        return None if c is None or not c else c - self.width[k]


def _columns(doc, rows, width, letter_spaced):
    """The column width at each non-blank row: local estimates over the paragraph lines of
    each article (a header starts another article, likely in another column); a row with no
    estimate of its own takes the nearest one before it, else after it."""
    from .rules.columns import local_widths
    col = [None] * len(rows)
    runs = []
    for k, r in enumerate(rows):
        if doc.label[r] == "paragraph" and not letter_spaced[k]:
            if runs and doc.article[rows[runs[-1][-1]]] == doc.article[r]:
                runs[-1].append(k)
            else:
                runs.append([k])
    for run in runs:
        for k, w in zip(run, local_widths([width[k] for k in run])):
            col[k] = w
    for order in (range(len(rows)), range(len(rows) - 1, -1, -1)):
        near = None
        for k in order:
            if col[k] is None:
                col[k] = near
            else:
                near = col[k]
    return col


def _clusters(doc, rows):
    """Runs of consecutive header rows (kicker, headline, subtitle, byline) in one
    article, as (first k, last k) over the non-blank rows."""
    out, start = [], None
    for k, r in enumerate(rows):
        head = doc.label[r] in HEADER_LABELS
        if head and start is not None and doc.article[rows[k - 1]] == doc.article[r]:
            continue
        if start is not None:
            out.append((start, k - 1))
            start = None
        if head:
            start = k
    if start is not None:
        out.append((start, len(rows) - 1))
    return out


def _cluster_signals(doc, ls: _Lines, a, b):
    """What a header block says about itself: the marks of a real header, or of
    paragraph lines taken for one."""
    rows = ls.rows
    labels = [doc.label[rows[k]] for k in range(a, b + 1)]
    rules = [doc.why[rows[k]].label_rule if doc.why[rows[k]] else "person" for k in range(a, b + 1)]
    titles = [k for k, lb in zip(range(a, b + 1), labels) if lb == "headline"]
    s = []
    s.append("dash" if "dash-deck" in rules else "nodash")
    s.append("byline" if "byline" in labels else "nobyline")
    s.append(f"titles{min(len(titles), 3)}")
    if any(ls.inner[k] for k in titles):
        s.append("title-marks")
    if any(ls.broken[k] for k in titles):
        s.append("title-broken")
    if any(ls.indent[k] for k in range(a, b + 1)):
        s.append("indented")
    if any((d := ls.deficit(k)) is not None and abs(d) < 1.5 for k in titles):
        s.append("title-column-wide")
    if "second-line-deck" in rules:
        s.append("width-deck")
    return s


def page_kind(doc: Document, ls: _Lines) -> str:
    """How the page was extracted, which changes what the signals say: "md" (one line a
    paragraph), "spaced" (a blank line after most lines), "tight" (hardly a blank line)
    or "blocks" (blank lines between blocks, as PDF extractors leave them)."""
    rows = ls.rows
    if len(rows) < 2:
        return "tight"
    ws = sorted(ls.width)
    if ws[len(ws) // 2] > 34:
        return "md"
    gaps = sum(b - a > 1 for a, b in zip(rows, rows[1:])) / (len(rows) - 1)
    return "spaced" if gaps >= 0.6 else "tight" if gaps < 0.03 else "blocks"


def row_signals(doc: Document) -> dict[int, list[str]]:
    """The signals of each non-blank row, by row: each signal twice, alone and with the
    page's kind (:func:`page_kind`), so the calibration can learn what holds on every page
    and what holds on pages of one kind."""
    ls = _Lines(doc)
    kind = page_kind(doc, ls)
    return {r: s + [f"{kind}|{x}" for x in s] + [f"page:{kind}"] for r, s in _signals(doc, ls).items()}


class _Articles:
    """What the signals read of the articles: the header block at each row and at the head
    of each article, the article's size, whether it has subheadings, and the articles next
    to it in page order."""

    def __init__(self, doc: Document, ls: _Lines):
        rows = ls.rows
        self.of_row, self.of_article = {}, {}
        for a, b in _clusters(doc, rows):
            sig = _cluster_signals(doc, ls, a, b)
            for k in range(a, b + 1):
                self.of_row[k] = sig
            self.of_article.setdefault(doc.article[rows[a]], sig)
        self.size, self.subs = {}, set()
        for r in rows:
            self.size[doc.article[r]] = self.size.get(doc.article[r], 0) + 1
            if doc.label[r] == "subheading":
                self.subs.add(doc.article[r])
        seq = []
        for r in rows:
            a = doc.article[r]
            if doc.label[r] != "noise" and (not seq or seq[-1] != a):
                seq.append(a)
        self.next, self.prev = {}, {}
        for a, b in zip(seq, seq[1:]):
            self.next.setdefault(a, b)
            self.prev.setdefault(b, a)

    def header(self, a):
        return self.of_article.get(a, ("headless",))

    def signals(self, a):
        """The signals every line of article ``a`` carries. When an article is cut in two,
        the smaller piece is the one matched wrong: so the header that starts the next
        article, and this one, are read with which of the two is smaller."""
        s = [f"AH:{c}" for c in self.header(a)]
        b = self.next.get(a)
        if b is not None:
            rel = "<" if self.size[a] < self.size[b] else ">"
            s += [f"NH{rel}:{c}" for c in self.header(b)]
        p = self.prev.get(a)
        if p is not None:
            rel = "<" if self.size[a] < self.size[p] else ">"
            s += [f"AH{rel}:{c}" for c in self.header(a)]
        s.append("asize:" + _bin(self.size[a], (10, 30, 80), ("tiny", "small", "mid", "big")))
        return s


def _paragraph_signals(doc, ls: _Lines, arts: _Articles, k, d):
    """A paragraph line's end against its text and width, and against the next line."""
    rows = ls.rows
    r = rows[k]
    end = "end" if doc.para_end[r] else "on"
    final = "final" if ls.final[k] else "open"
    s = []
    if k == 0 or doc.label[rows[k - 1]] != "paragraph" or doc.para_end[rows[k - 1]]:
        # a paragraph's first line in whole phrases and open at its end reads as a
        # subheading taken for running text, more so in an article with subheadings
        shape = f"{'broken' if ls.broken[k] else 'whole'}:{final}"
        s += [f"pfirst:{shape}", f"pfirst:{shape}:{'subs' if doc.article[r] in arts.subs else 'nosubs'}"]
    s.append(f"para:{end}:{final}:d:{d}")
    if ls.final[k]:
        nxt = k + 1 < len(rows) and doc.label[rows[k + 1]] == "paragraph"
        s.append(f"para:{end}:next:{deficit_bin(ls.deficit(k + 1)) if nxt else 'other'}")
    return s


def _signals(doc, ls):
    arts = _Articles(doc, ls)
    out = {}
    for k, r in enumerate(ls.rows):
        w = doc.why[r]
        lab = doc.label[r]
        if w is None:
            out[r] = ["person"]
            continue
        kind = "head" if lab in HEADS else lab
        d = deficit_bin(ls.deficit(k))
        s = [f"L:{lab}:{w.label_rule}:{w.label_conf}", f"B:{w.break_rule}:{w.break_conf}",
             f"A:{w.article_rule}:{round(w.article_conf, 1)}", f"{kind}:d:{d}"]
        if ls.indent[k]:
            s.append(f"{kind}:indent")
        if kind == "head":
            s += ["head:marks"] * ls.inner[k] + ["head:broken"] * ls.broken[k] + [f"head:{lab}:d:{d}"]
        if lab == "paragraph":
            s += _paragraph_signals(doc, ls, arts, k, d)
        s += [f"H:{c}" for c in arts.of_row.get(k, ())]
        if lab != "noise":
            s += arts.signals(doc.article[r])
        out[r] = s
    return out


def _probability_wrong(signals, bias, w):
    z = bias + sum(w.get(x, 0.0) for x in signals)
    return 1.0 / (1.0 + math.exp(-z))


def row_confidences(doc: Document) -> dict[int, float]:
    """The probability each non-blank row's decisions are right, to four places: the
    order is decided on the values shown, so two rows that print alike keep page order."""
    bias, w = weights()
    sig = row_signals(doc)
    return {r: round(1.0 - _probability_wrong(s, bias, w), 4) for r, s in sig.items()}


def review_key(doc: Document):
    """A function giving a non-blank row its place in the review order: (confidence, row)."""
    conf = row_confidences(doc)
    return lambda r: (conf[r], r)


def _unconfirmed(doc: Document):
    return [r for r in range(len(doc)) if doc.label[r] is not None and doc.confirmed[r] & ALL != ALL]


def review_order(doc: Document) -> list[int]:
    """The unconfirmed non-blank rows, least confident first, ties in page order."""
    return sorted(_unconfirmed(doc), key=review_key(doc))


def review_rows(doc: Document) -> list[tuple[int, float]]:
    """(source line number, confidence) of each unconfirmed row in review order."""
    conf = row_confidences(doc)
    return [(doc.src[r], conf[r]) for r in sorted(_unconfirmed(doc), key=lambda r: (conf[r], r))]


def to_review(doc: Document) -> int:
    """How many lines are left to review: the non-blank rows not fully confirmed."""
    return len(_unconfirmed(doc))
