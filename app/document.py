"""The document: raw lines and every decision about them.

State is kept as parallel lists indexed by row so that a million-line page stays cheap.
A row is a physical source line, or a piece of one after a split; ``src[row]`` is the
1-based source line number it came from. Every change goes through :meth:`Document.do`
with an operation from :mod:`app.operations`, which is what makes undo, the preview and
autosave follow from one place.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# The labels, the bits of ``confirmed`` and the Why record are the rules' vocabulary (see
# app/rules/decisions.py): named here too, for the modules above the rules.
from .rules.decisions import ARTICLE, BODY_LABELS, BREAK, HEADER_LABELS, LABEL, LABELS, TEXT, Why

__all__ = ["HEADER_LABELS", "BODY_LABELS", "LABELS", "LABEL", "ARTICLE", "BREAK", "TEXT", "ALL",
           "Why", "Source", "Change", "Opened", "Document", "blank_document"]

ALL = LABEL | ARTICLE | BREAK


@dataclass
class Source:
    name: str
    text: str
    sha256: str = ""
    encoding: str = "utf-8"
    confidence: float = 1.0
    path: str | None = None


@dataclass
class Change:
    """What an operation changed: enough for views to refresh only that."""
    name: str
    rows: list[tuple[int, int]] = field(default_factory=list)  # half-open row ranges
    articles: set[int] = field(default_factory=set)           # article ids touched
    structure: bool = False                                    # rows inserted or removed
    articles_changed: bool = False                             # membership or order changed
    step: str = "do"                                           # "do", "undo" or "redo"

    def add_rows(self, start, stop):
        self.rows.append((start, stop))

    def row_span(self):
        if not self.rows:
            return None
        return min(a for a, _ in self.rows), max(b for _, b in self.rows)


@dataclass(frozen=True)
class Opened:
    """What the pass that opened a document found of its rows, which the corpus
    (:mod:`app.corpus`) would otherwise search every row for again: the rows whose text its
    cleaning may change, ``layout`` (those holding a layout space or a Markdown mark) and
    ``half`` (a half-width mark); and whether a line was ``split`` in pieces (if not, every
    labelled row is a whole line that is not blank, which the corpus cites as it is)."""
    layout: set
    half: set
    split: bool


class Document:
    def __init__(self, source: Source, lines: list[str]):
        n = len(lines)
        self.source = source
        self.text: list[str] = list(lines)
        self.src: list[int] = list(range(1, n + 1))
        self.label: list[str | None] = [None] * n
        self.article: list[int] = [-1] * n
        self.para_end: list[bool] = [False] * n
        self.edited: list[str | None] = [None] * n
        self.confirmed: list[int] = [0] * n
        self.why: list[Why | None] = [None] * n
        self.settings: dict = {"fold_half_width": True}
        self.done = False          # the person marked the page done (kept in its session)
        # a person's links to other pages of the folder, by the source line of the part they
        # are about (app.operations.SetLink; app.links reads them)
        self.links: dict[int, dict] = {}
        # paragraphs printed in pieces out of line order: the paragraph open at source line r
        # goes on at line s, {r: s}; the r a person set (app.goes_on, app.operations.SetGoesOn)
        self.goes_on: dict[int, int] = {}
        self.goes_on_person: set[int] = set()
        # the page's number as a person corrected it ("7", "A2"; app.operations.SetPageNumber);
        # None: the number read from the page (app.folio) stands
        self.page_number: str | None = None
        self._undo: list = []
        self._redo: list = []
        self._listeners: list = []
        self._recorders: list = []     # told each step as a journal records it (app.journal)
        self._order_cache: list[int] | None = None
        self._ids: _IdCount | None = None   # made when a fresh article id is first asked for
        self.revision = 0          # bumps on every change; autosave and views compare it
        # where the history stands: the mark of the step on top of the undo stack, so that
        # undoing back to the saved state is clean again (revisions only ever grow)
        self._marks: list[int] = []        # one per step of _undo
        self._redo_marks: list[int] = []
        self._serial = 0
        self._base = 0                     # the mark of the state under the oldest step
        self._saved_at: int | None = 0     # the history mark when saved (None: no state is)
        self._saved_revision = 0
        # what the pass that opened the document found of its rows (app.suggest); None once
        # a step may have changed them, when the corpus searches the rows itself
        self.opened: Opened | None = None
        # Called as resuggest(doc, change) after each operation; returns an operation (not yet
        # applied) that re-runs the engine on unconfirmed decisions; it is undone with the first.
        self.resuggest = None

    # ---- reading -------------------------------------------------------------------
    def __len__(self):
        return len(self.text)

    def is_blank(self, row):
        return self.label[row] is None

    def current_text(self, row):
        e = self.edited[row]
        return self.text[row] if e is None else e

    def article_order(self) -> list[int]:
        """Article ids in display order: the order of each article's first row. Noise rows
        do not count (they are not part of any article in the corpus), so the numbers here
        are the corpus's article ids."""
        if self._order_cache is None:
            seen, order = set(), []
            for a, lab in zip(self.article, self.label):
                if lab is not None and lab != "noise" and a not in seen and a >= 0:
                    seen.add(a)
                    order.append(a)
            self._order_cache = order
        return self._order_cache

    def article_number(self, article_id) -> int:
        """1-based display number of an article id (0 if it has no rows)."""
        try:
            return self.article_order().index(article_id) + 1
        except ValueError:
            return 0

    def rows_of(self, article_id) -> list[int]:
        return [i for i, a in enumerate(self.article) if a == article_id and self.label[i] is not None]

    def new_article_id(self) -> int:
        """One past the largest article id any row has. Scanning a 100k-row column took a
        millisecond of each key that makes an article, so the ids are counted once and
        the count kept from the rows each change names (the exact largest, not a bound:
        the same operations give the same ids whatever was undone in between)."""
        if self._ids is None:
            self._ids = _IdCount(self.article)
        return self._ids.top() + 1

    def _note_articles(self, change):
        if self._ids is not None:
            self._ids.follow(self.article, change)

    def forget_caches(self):
        """Columns were rewritten without a Change: what is kept from changes is stale."""
        self._order_cache = None
        self.opened = None
        self._ids = None

    def next_nonblank(self, row, step=1):
        i = row + step
        while 0 <= i < len(self.text):
            if self.label[i] is not None:
                return i
            i += step
        return None

    @property
    def saved_revision(self):
        return self._saved_revision

    @saved_revision.setter
    def saved_revision(self, value):
        # the state at this revision is the one saved; an older revision names no state
        # of the history (a document read from elsewhere, not yet kept where it belongs)
        self._saved_revision = value
        self._saved_at = self._mark() if value == self.revision else None

    def _mark(self):
        return self._marks[-1] if self._marks else self._base

    @property
    def dirty(self):
        """Unlike the saved state: undoing back to it makes the document clean again."""
        if self.revision == self._saved_revision:
            return False
        return self._saved_at is None or self._mark() != self._saved_at

    # ---- changing ------------------------------------------------------------------
    def subscribe(self, callback):
        """``callback(change)`` after every do, undo and redo."""
        self._listeners.append(callback)

    def unsubscribe(self, callback):
        if callback in self._listeners:
            self._listeners.remove(callback)

    def record_to(self, callback):
        """``callback(entry)`` after every step: ``{"do": op.record()}``, ``{"undo": 1}`` or
        ``{"redo": 1}``; replaying the entries on the same starting document remakes it."""
        self._recorders.append(callback)

    def stop_recording(self, callback):
        if callback in self._recorders:
            self._recorders.remove(callback)

    def _tell_recorders(self, entry):
        for cb in list(self._recorders):
            cb(entry)

    def _emit(self, change):
        self.revision += 1
        self._note_articles(change)
        if change.articles_changed or change.structure:
            self._order_cache = None
        for cb in list(self._listeners):
            cb(change)
        return change

    def do(self, op) -> Change:
        self.opened = None
        user_op = op
        change = op.apply(self)
        self._note_articles(change)     # the re-suggest may need a fresh id
        if self.resuggest is not None:
            from .operations import Compound, merge_changes
            follow = self.resuggest(self, change)
            if follow is not None:
                change = merge_changes(op.name, [change, follow.apply(self)])
                op = Compound([op, follow], name=op.name)
        if self.goes_on:
            # a link the step left out of force (an end set on r, r or s moved to another
            # article, relabelled, split) goes in the same step, undone with it
            from .operations import Compound, DropLinks, merge_changes
            drop = DropLinks()
            dropped = drop.apply(self)
            if drop.dropped:
                change = merge_changes(op.name, [change, dropped])
                op = Compound([op, drop], name=op.name)
        self._undo.append(op)
        self._serial += 1
        self._marks.append(self._serial)
        self._redo.clear()
        self._redo_marks.clear()
        if self._recorders:
            self._tell_recorders({"do": user_op.record()})
        return self._emit(change)

    def undo(self) -> Change | None:
        self.opened = None
        if not self._undo:
            return None
        op = self._undo.pop()
        self._redo_marks.append(self._marks.pop())
        change = op.revert(self)
        change.step = "undo"
        self._redo.append(op)
        self._tell_recorders({"undo": 1})
        return self._emit(change)

    def redo(self) -> Change | None:
        self.opened = None
        if not self._redo:
            return None
        op = self._redo.pop()
        self._marks.append(self._redo_marks.pop())
        change = op.apply(self)
        change.step = "redo"
        self._undo.append(op)
        self._tell_recorders({"redo": 1})
        return self._emit(change)

    def can_undo(self):
        return bool(self._undo)

    def can_redo(self):
        return bool(self._redo)

    def undo_name(self):
        return self._undo[-1].name if self._undo else ""

    def redo_name(self):
        return self._redo[-1].name if self._redo else ""

    def history(self) -> list:
        """The steps that can be undone, oldest first."""
        return list(self._undo)

    def drop_redo(self) -> None:
        """Forget the steps that could be redone (a window taking the document up again
        keeps only what it can undo)."""
        self._redo.clear()
        self._redo_marks.clear()

    def clear_history(self):
        self._undo.clear()
        self._redo.clear()
        self._marks.clear()
        self._redo_marks.clear()
        # the state now has no step under it: a fresh mark keeps an old save from matching it
        self._serial += 1
        self._base = self._serial
        self._saved_at = self._base if self.revision == self._saved_revision else None

    # ---- rows: low-level edits used by operations ----------------------------------
    COLUMNS = ("text", "src", "label", "article", "para_end", "edited", "confirmed", "why")

    def snapshot_rows(self, start, stop):
        return {c: getattr(self, c)[start:stop] for c in self.COLUMNS}

    def restore_rows(self, start, snap):
        n = len(snap["text"])
        for c in self.COLUMNS:
            getattr(self, c)[start:start + n] = snap[c]

    def insert_row(self, row, values: dict):
        for c in self.COLUMNS:
            getattr(self, c).insert(row, values[c])

    def delete_row(self, row) -> dict:
        return {c: getattr(self, c).pop(row) for c in self.COLUMNS}

    def assert_consistent(self):
        """Invariants every operation keeps; used by the tests."""
        n = len(self.text)
        for c in self.COLUMNS:
            assert len(getattr(self, c)) == n, c
        for i in range(n):
            # a labelled row may be blank (a split's whitespace piece, text deleted by hand);
            # an unlabelled one may not, or its line would never reach the corpus
            assert self.label[i] is not None or not self.current_text(i).strip(), i
            assert self.label[i] is None or self.label[i] in LABELS
            assert self.label[i] is None or self.article[i] >= 0
        assert all(self.src[i] <= self.src[i + 1] for i in range(n - 1))


def blank_document(source: Source, lines: list[str]) -> Document:
    """A document with every non-blank line a paragraph of one article: the state before
    any suggestion, used by tests and as the base for re-suggestion."""
    doc = Document(source, lines)
    for i, t in enumerate(lines):
        if t.strip():
            doc.label[i] = "paragraph"
            doc.article[i] = 0
    return doc


class _IdCount:
    """How many rows have each article id, kept current from changes' row ranges."""

    def __init__(self, article):
        self._recount(article)

    def _recount(self, article):
        self.seen = list(article)
        self.count = Counter(self.seen)
        self._top = max(self.count, default=-1)

    def follow(self, article, change):
        if change.structure or len(article) != len(self.seen):
            self._recount(article)
            return
        seen, count = self.seen, self.count
        for a, b in change.rows:
            for r in range(a, b):
                old, new = seen[r], article[r]
                if old != new:
                    seen[r] = new
                    count[old] -= 1
                    if not count[old]:
                        del count[old]
                    count[new] += 1
                    if new > self._top:
                        self._top = new
        if self._top not in count:
            self._top = max(count, default=-1)

    def top(self):
        return self._top
