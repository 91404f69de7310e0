"""The engine's automatic pass: for every line, a label, an article and a paragraph end,
each with the rule that decided it and a confidence.

The entry points are :func:`suggest` (raw lines -> :class:`Suggestions`), :func:`open_document`
(a new document holding them) and :func:`make_resuggest` (the re-run of the pass on the
rows an operation touched, for decisions nobody confirmed).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress, count

from .document import ARTICLE, BREAK, LABEL, TEXT, Change, Document, Opened
from .operations import Operation
from .rules.decisions import Suggestions


def suggest(lines: list[str], doc: Document | None = None, explain=True) -> Suggestions:
    """Suggest decisions for raw ``lines``. With ``doc``, its confirmed decisions are
    constraints the pass keeps; without ``explain``, ``why`` is ``None`` for every line."""
    from .rules.pipeline import run
    return run(lines, doc, explain)


def open_document(source, lines: list[str], explain=True) -> Document:
    """A new document with the engine's suggestions, including the line splits it proposes.
    ``explain=False``: a document only to be written out (the command line): no records of
    the rules (see :func:`suggest`) and no :func:`watch` of its decisions for re-suggests
    (a copy of four columns, and a reference cycle that only the cyclic collector frees)."""
    from .operations import SplitRow
    sugg = suggest(lines, explain=explain)
    # the suggestions as they are, without a store per row: on a fresh document nothing is
    # confirmed, so every value is the engine's
    doc = Document(source, lines)
    doc.label, doc.article, doc.para_end, doc.why = sugg.label, sugg.article, sugg.para_end, sugg.why
    for i, text in sugg.edits.items():
        doc.edited[i] = text
    layout, half = sugg.to_clean
    if sugg.splits:
        _split_all(doc, sugg.splits, SplitRow)
        layout, half = _rows_of_lines(layout, doc.src), _rows_of_lines(half, doc.src)
    if sugg.goes_on:
        take_goes_on(doc, sugg.goes_on)
    doc.forget_caches()
    doc.opened = Opened(layout, half, bool(sugg.splits))
    if explain:
        watch(doc)
    return doc


def take_goes_on(doc, goes_on):
    """The engine's links ``{r: s}`` (0-based lines, :class:`Suggestions`) as the document
    keeps them (source lines, :mod:`app.goes_on`): a line that goes on does not end its
    paragraph (unless a person said it does); a link that could not be in force is left
    out, and a line a person linked keeps the person's link."""
    from .goes_on import first_row, open_row, why_not
    targets = set(doc.goes_on.values())
    for r, s in sorted(goes_on.items()):
        line, to = r + 1, s + 1
        if line in doc.goes_on or to in targets:
            continue
        row, at = open_row(doc, line), first_row(doc, to)
        if row is None or at is None or doc.confirmed[row] & BREAK and doc.para_end[row]:
            continue
        if why_not(doc, row, at) in (None, "ended"):      # the end on row, the link takes off
            doc.para_end[row] = False
            doc.goes_on[line] = to
            targets.add(to)


def _split_all(doc, splits, SplitRow):
    """Many splits at once: each row's pieces come from the very :class:`SplitRow` a person
    would use, and the columns are rebuilt in one pass instead of one insert per split
    (each insert moves the whole rest of a million-row page)."""
    cols = {c: [] for c in doc.COLUMNS}
    prev = 0
    for row, offset, lab, *left in sorted(splits, key=lambda s: s[:2]):
        for c in doc.COLUMNS:
            cols[c].extend(getattr(doc, c)[prev:row])
        piece = Document(doc.source, [doc.text[row]])
        for c in doc.COLUMNS:
            getattr(piece, c)[0] = getattr(doc, c)[row]
        SplitRow(0, offset, lab, *left).apply(piece)
        _jump_whys(piece)
        for c in doc.COLUMNS:
            cols[c].extend(getattr(piece, c))
        prev = row + 1
    for c in doc.COLUMNS:
        cols[c].extend(getattr(doc, c)[prev:])
    for c in doc.COLUMNS:
        setattr(doc, c, cols[c])


def _rows_of_lines(lines, src):
    """The rows that are pieces of the lines (by index) ``lines``, ``src`` naming each
    row's line (from 1, in order)."""
    return {r for i in lines for r in range(bisect_left(src, i + 1), bisect_right(src, i + 1))}


def _jump_whys(piece):
    """A jump taken off a line of text is a jump line: its piece says so, not the text's rule."""
    from .rules.jumps import parse_jump
    from .rules.pipeline import JUMP_RULE, why
    from .rules.profile import DEFAULT
    for k, w in enumerate(piece.why):
        if w is not None and piece.label[k] == "noise":
            j = parse_jump(piece.current_text(k).strip())
            if j is not None:
                piece.why[k] = why(JUMP_RULE[j.direction], DEFAULT.conf.jump_line,
                                   w.break_rule, w.break_conf, w.article_rule, w.article_conf)


# ---- re-suggesting after a person's operation -----------------------------------------------
SPAN_LIMIT = 4000   # rows on each side of a change a re-suggest may look at
CONTEXT = 16        # extra rows around the touched article, for column estimates


class _View:
    """The part of a document a re-suggest runs on, shaped like a document for the rules'
    constraints: ``confirmed``, ``label``, ``para_end`` and ``article`` of the rows.

    ``pinned`` rows keep their article (context rows of other articles: the local pass sees
    only their edge); ``free`` rows lose their confirmations (the base run of a change)."""

    def __init__(self, doc, lo, hi, pinned=(), free=()):
        self.confirmed = doc.confirmed[lo:hi]
        if pinned or free:
            self.confirmed = list(self.confirmed)
            for r in pinned:
                self.confirmed[r - lo] |= ARTICLE
            for r in free:
                if lo <= r < hi:
                    self.confirmed[r - lo] = 0
        self.label = doc.label[lo:hi]
        self.para_end = doc.para_end[lo:hi]
        self.article = doc.article[lo:hi]
        self.n = hi - lo

    def __len__(self):
        return self.n


def _touched_span(doc, change):
    """Rows [lo, hi) of the articles a change touched, found by walking out from the
    changed rows (never the whole document), with some context."""
    span = change.row_span()
    n = len(doc)
    if span is None or n == 0:
        return None
    lo, hi = max(0, span[0]), min(n, span[1])
    arts = {a for a in change.articles if a >= 0}
    # the articles of the rows the change rewrote, not of every row between its first and
    # last: an article's lines interleave with others' across columns
    for a, b in change.rows:
        for r in range(max(0, a), min(n, b)):
            if doc.label[r] is not None:
                arts.add(doc.article[r])
    label, article = doc.label, doc.article
    a, steps = lo, 0
    while a > 0 and steps < SPAN_LIMIT:
        r = a - 1
        if label[r] is not None and article[r] not in arts and label[r] != "noise":
            break
        a, steps = r, steps + 1
    b, steps = hi, 0
    while b < n and steps < SPAN_LIMIT:
        if label[b] is not None and article[b] not in arts and label[b] != "noise":
            break
        b, steps = b + 1, steps + 1
    return max(0, a - CONTEXT), min(n, b + CONTEXT), arts


def _brought_about(labels, now, base) -> list[bool]:
    """Which labelled rows take the decisions of the pass ``now``: with no ``base`` (the pass
    with the change's rows left to the engine) all, else those where the two passes differ
    in label, article or paragraph end."""
    if base is None:
        return [lb is not None for lb in labels]
    return [lb is not None and (a != b or c != d or e != f)
            for lb, a, b, c, d, e, f in zip(labels, now[0], base[0], now[1], base[1], now[2], base[2])]


class Resuggest(Operation):
    """Re-run the engine on rows [lo, hi) for decisions nobody confirmed. The first apply
    computes and remembers the result; redo writes the same result again; revert restores
    the rows' snapshot exactly."""
    name = "Re-suggest"

    def __init__(self, lo, hi, keep_articles=(), changed=None):
        self.lo, self.hi = lo, hi
        self.keep = set(keep_articles)   # the articles the change touched
        self.changed = changed           # (start, stop) row ranges the change rewrote
        self._before = None
        self._after = None
        self._free_id = None

    def _run(self, doc, lines, view):
        """The local pass on ``view``, as the columns it would write (ids mapped to the
        document's: the id most of a local article's rows have now)."""
        lo, hi = self.lo, self.hi
        sugg = suggest(lines, view)
        mapping = self._article_ids(doc, sugg.article, view)
        label, article, para_end = list(doc.label[lo:hi]), list(doc.article[lo:hi]), list(doc.para_end[lo:hi])
        why = list(doc.why[lo:hi])
        for k in [k for k, a, b in zip(count(), label, sugg.label) if a is not None and b is not None]:
            r = lo + k
            c = view.confirmed[k]
            if not c & LABEL:
                label[k] = sugg.label[k]
            if not c & ARTICLE:
                article[k] = mapping.get(sugg.article[k], doc.article[r])
            if not c & BREAK:
                para_end[k] = sugg.para_end[k]
            why[k] = sugg.why[k]
        return label, article, para_end, why, sugg.edits

    def _article_ids(self, doc, local, view):
        """The document's article id for each local article id of the pass on ``view``
        (``local``: by row): the id most of its rows have now, weighing confirmed rows
        heavily, each id taken once; a fresh id where none is left."""
        lo = self.lo
        votes = {}
        for k, a in enumerate(local):
            if a is None or a == -1 or doc.label[lo + k] is None:
                continue
            cur = doc.article[lo + k]
            weight = 100 if view.confirmed[k] & ARTICLE else 1
            d = votes.setdefault(a, {})
            d[cur] = d.get(cur, 0) + weight
        # a local id below -1 stands for a person's article (id -2 - local)
        mapping = {a: -2 - a for a in votes if a < -1}
        used = set(mapping.values())
        fresh = []
        for a, d in sorted(votes.items(), key=lambda kv: (-max(kv[1].values()), kv[0])):
            if a < -1:
                continue
            for cur, _ in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])):
                if cur not in used and cur >= 0:
                    mapping[a] = cur
                    used.add(cur)
                    break
            else:
                fresh.append(a)
        if fresh:   # a new id costs a scan of the document: only when needed, once per re-suggest
            if self._free_id is None:
                self._free_id = doc.new_article_id()
            next_id = self._free_id
            for a in fresh:
                mapping[a] = next_id
                next_id += 1
        return mapping

    def _compute(self, doc):
        """The decisions the change itself brings about: the local pass with the change's
        rows as they are now, against the same pass with those rows left to the engine.
        Rows where the two agree keep what they have, so a change that alters nothing (a
        Confirm of the suggestions as they are) alters nothing else either, whatever the
        local pass would make of the edges of its rows."""
        lo, hi = self.lo, self.hi
        lines = [doc.current_text(r) if doc.label[r] is not None else "" for r in range(lo, hi)]
        pinned = [r for r in range(lo, hi) if doc.label[r] is not None and doc.article[r] not in self.keep]
        now = self._run(doc, lines, _View(doc, lo, hi, pinned))
        out = {"label": list(doc.label[lo:hi]), "article": list(doc.article[lo:hi]),
               "para_end": list(doc.para_end[lo:hi]), "why": list(doc.why[lo:hi]),
               "edited": list(doc.edited[lo:hi])}
        if self.changed is None:
            base = None
        else:
            free = [r for a, b in self.changed for r in range(max(a, lo), min(b, hi))]
            base = self._run(doc, lines, _View(doc, lo, hi, pinned, free))
        for k in compress(count(), _brought_about(doc.label[lo:hi], now, base)):
            out["label"][k], out["article"][k], out["para_end"][k], out["why"][k] = (
                now[0][k], now[1][k], now[2][k], now[3][k])
        for k, text in now[4].items():
            if base is not None and base[4].get(k) == text:
                continue
            if not doc.confirmed[lo + k] & TEXT and doc.edited[lo + k] is None:
                out["edited"][k] = text
        return out

    def apply(self, doc):
        if not (0 <= self.lo <= self.hi <= len(doc)):
            raise ValueError("re-suggest rows out of range")
        self._before = doc.snapshot_rows(self.lo, self.hi)
        if self._after is None:
            self._after = self._compute(doc)
        for col, vals in self._after.items():
            getattr(doc, col)[self.lo:self.hi] = vals
        doc._order_cache = None
        return self._change()

    def revert(self, doc):
        doc.restore_rows(self.lo, self._before)
        doc._order_cache = None
        return self._change()

    def _change(self):
        """The rows whose decisions or texts differ between before and after (a re-suggest
        looks at hundreds of rows and usually changes a few: views refresh only those), and
        the articles those rows were or are in."""
        before, after = self._before, self._after
        diff = [False] * (self.hi - self.lo)
        for col, vals in after.items():
            if col == "why":
                # a rule or a confidence that changed shows nowhere until asked for (the
                # status bar and tooltips read it then): such rows are no view's concern,
                # and a local pass restates dozens of them after every key
                continue
            for k, (x, y) in enumerate(zip(before[col], vals)):
                if x != y:
                    diff[k] = True
        ch = Change(self.name)
        start = None
        for k, d in enumerate(diff + [False]):
            if d and start is None:
                start = k
            elif not d and start is not None:
                ch.add_rows(self.lo + start, self.lo + k)
                start = None
        arts_before, arts_after = before["article"], after["article"]
        ch.articles = {a for k, d in enumerate(diff) if d for a in (arts_before[k], arts_after[k]) if a >= 0}
        ch.articles_changed = arts_after != arts_before
        return ch


class _Decided:
    """The decisions every row had after the last operation (kept up to date from the
    document's change notices, at the cost of the rows each change names), so a
    re-suggest can tell an operation that changed a decision from one that only confirmed
    decisions as they were."""
    COLUMNS = ("label", "article", "para_end", "edited")

    def __init__(self, doc):
        self.cols = {c: list(getattr(doc, c)) for c in self.COLUMNS}
        self.doc = doc

    def refresh(self, change):
        doc = self.doc
        if change.structure or len(doc) != len(self.cols["label"]):
            self.cols = {c: list(getattr(doc, c)) for c in self.COLUMNS}
            return
        for a, b in change.rows:
            for c in self.COLUMNS:
                self.cols[c][a:b] = getattr(doc, c)[a:b]

    def changed(self, doc, change):
        """Did the change alter any decision of its rows? (``None``: cannot tell.)"""
        if change.structure or len(doc) != len(self.cols["label"]):
            return None
        for a, b in change.rows:
            for c in self.COLUMNS:
                if self.cols[c][a:b] != getattr(doc, c)[a:b]:
                    return True
        return False


def watch(doc: Document):
    """Start keeping the decisions :func:`make_resuggest` compares an operation against."""
    if getattr(doc, "_decided", None) is None:
        doc._decided = _Decided(doc)
        doc.subscribe(doc._decided.refresh)
    return doc._decided


def make_resuggest(doc: Document, change: Change):
    """The re-suggest that follows an operation: the articles and rows the change touched,
    or ``None`` when there is nothing to redo (use as ``doc.resuggest = make_resuggest``).

    An operation that changed no decision (confirming suggestions as they are, labelling
    a row with the label it has) has nothing to propagate: the decisions are already the
    engine's answer to those constraints."""
    if change is None or change.name == Resuggest.name:
        return None
    decided = getattr(doc, "_decided", None)
    if decided is None:
        watch(doc)   # from now on; this first time, only the operation's name can tell
        if change.name == "Confirm":
            return None
    elif decided.changed(doc, change) is False:
        return None
    found = _touched_span(doc, change)
    if found is None:
        return None
    lo, hi, arts = found
    if hi <= lo:
        return None
    if all(doc.confirmed[r] & (LABEL | ARTICLE | BREAK) == (LABEL | ARTICLE | BREAK)
           for r in range(lo, hi) if doc.label[r] is not None):
        return None
    # every row keeps its article: only the article keys (A, Shift+A, M) move lines, and only
    # the lines they name (a re-suggest freeing the touched articles cut them in two)
    return Resuggest(lo, hi, (), list(change.rows))
