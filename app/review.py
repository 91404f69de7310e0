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
        from .rules.columns import local_widths
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
        # the column at each row: local estimates over the paragraph lines of each article
        # (a header starts another article, likely in another column)
        col = [None] * len(rows)
        run, prev = [], None
        para = [k for k, r in enumerate(rows) if doc.label[r] == "paragraph" and not self.letter_spaced[k]]

        def flush():
            for k, w in zip(run, local_widths([self.width[k] for k in run])):
                col[k] = w
        for k in para:
            a = doc.article[rows[k]]
            if a != prev and run:
                flush()
                run = []
            run.append(k)
            prev = a
        if run:
            flush()
        # rows without an estimate of their own take the nearest one before (else after)
        last = None
        for k in range(len(rows)):
            if col[k] is None:
                col[k] = last
            else:
                last = col[k]
        nxt = None
        for k in range(len(rows) - 1, -1, -1):
            if col[k] is None:
                col[k] = nxt
            else:
                nxt = col[k]
        self.col = col

    def deficit(self, k):
        c = self.col[k]
        return None if c is None or not c else c - self.width[k]


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


def _signals(doc, ls):
    rows = ls.rows
    n = len(rows)
    clusters = _clusters(doc, rows)
    of_row, of_article = {}, {}
    for a, b in clusters:
        sig = _cluster_signals(doc, ls, a, b)
        for k in range(a, b + 1):
            of_row[k] = sig
        of_article.setdefault(doc.article[rows[a]], sig)
    size, subs = {}, {}
    for r in rows:
        size[doc.article[r]] = size.get(doc.article[r], 0) + 1
        if doc.label[r] == "subheading":
            subs[doc.article[r]] = True
    # a row starts a paragraph when the row before ended one or was not running text
    starts = [k > 0 and (doc.label[rows[k - 1]] != "paragraph" or bool(doc.para_end[rows[k - 1]]))
              for k in range(n)]
    # the article after each article in page order, for the signals of the boundary between
    nxt_art, prev_art = {}, {}
    seq = []
    for r in rows:
        a = doc.article[r]
        if doc.label[r] != "noise" and (not seq or seq[-1] != a):
            seq.append(a)
    for a, b in zip(seq, seq[1:]):
        nxt_art.setdefault(a, b)
        prev_art.setdefault(b, a)
    out = {}
    for k, r in enumerate(rows):
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
            if ls.inner[k]:
                s.append("head:marks")
            if ls.broken[k]:
                s.append("head:broken")
            s.append(f"head:{lab}:d:{d}")
        if lab == "paragraph":
            end = doc.para_end[r]
            if k == 0 or starts[k]:
                # a paragraph's first line in whole phrases and open at its end reads as a
                # subheading taken for running text, more so in an article with subheadings
                shape = f"{'broken' if ls.broken[k] else 'whole'}:{'final' if ls.final[k] else 'open'}"
                s.append(f"pfirst:{shape}")
                s.append(f"pfirst:{shape}:{'subs' if subs.get(doc.article[r]) else 'nosubs'}")
            nd = deficit_bin(ls.deficit(k + 1)) if k + 1 < n and doc.label[rows[k + 1]] == "paragraph" else "other"
            s.append(f"para:{'end' if end else 'on'}:{'final' if ls.final[k] else 'open'}:d:{d}")
            if ls.final[k]:
                s.append(f"para:{'end' if end else 'on'}:next:{nd}")
        for c in of_row.get(k, ()):
            s.append(f"H:{c}")
        a = doc.article[r]
        if lab != "noise":
            for c in of_article.get(a, ("headless",)):
                s.append(f"AH:{c}")
            # when an article is cut in two, the smaller piece is the one matched wrong:
            # the header that starts the next article, or this one, read with the sizes
            b = nxt_art.get(a)
            if b is not None:
                rel = "<" if size[a] < size[b] else ">"
                for c in of_article.get(b, ("headless",)):
                    s.append(f"NH{rel}:{c}")
            p = prev_art.get(a)
            if p is not None:
                rel = "<" if size[a] < size[p] else ">"
                for c in of_article.get(a, ("headless",)):
                    s.append(f"AH{rel}:{c}")
            s.append("asize:" + _bin(size[a], (10, 30, 80), ("tiny", "small", "mid", "big")))
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
