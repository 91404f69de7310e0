"""Undoable operations on a :class:`~app.document.Document`.

Each operation captures what it needs to revert itself the first time it applies, and both
``apply`` and ``revert`` return a :class:`~app.document.Change` naming what moved. Operations
refer to rows by index; because undo and redo run in strict stack order, the indices an
operation recorded are valid whenever it runs again.
"""
from __future__ import annotations

from . import line_text
from .document import ARTICLE, BREAK, LABEL, LABELS, TEXT, Change, Document
from .goes_on import first_row, in_force, open_row, rows_of_line, why_not


class Operation:
    name = "operation"

    def apply(self, doc: Document) -> Change:
        raise NotImplementedError

    def revert(self, doc: Document) -> Change:
        raise NotImplementedError

    def record(self) -> dict:
        """The operation as plain JSON data (see :func:`from_record`), for the journal."""
        raise NotImplementedError

    def where(self) -> tuple[int, int] | None:
        """The first and last rows (inclusive) a person sees it change: where undo and
        redo take the cursor."""
        return None


class _RangeOp(Operation):
    """Base for operations that rewrite columns of a contiguous row range in place."""

    def __init__(self, start, stop):
        self.start, self.stop = start, stop
        self._before = None

    def _check(self, doc):
        if not (0 <= self.start < self.stop <= len(doc)):
            raise ValueError(f"rows {self.start}..{self.stop} out of range")

    def _change(self, doc, rows):
        ch = Change(self.name)
        ch.add_rows(self.start, self.stop)
        ch.articles = {doc.article[i] for i in rows if doc.article[i] >= 0}
        return ch

    def _members(self, doc, rows):
        # which rows count for an article's place and number: a label turning into or out of
        # noise or blank changes them as much as a move does
        label, article = doc.label, doc.article
        return [(label[i] is None or label[i] == "noise", article[i]) for i in rows]

    def apply(self, doc):
        self._check(doc)
        rows = range(self.start, self.stop)
        self._before = doc.snapshot_rows(self.start, self.stop)
        before_articles = {doc.article[i] for i in rows if doc.article[i] >= 0}
        members = self._members(doc, rows)
        self.mutate(doc)
        ch = self._change(doc, rows)
        ch.articles |= before_articles
        ch.articles_changed = self.changes_articles or members != self._members(doc, rows)
        return ch

    def revert(self, doc):
        rows = range(self.start, self.stop)
        after_articles = {doc.article[i] for i in rows if doc.article[i] >= 0}
        members = self._members(doc, rows)
        doc.restore_rows(self.start, self._before)
        ch = self._change(doc, rows)
        ch.articles |= after_articles
        ch.articles_changed = self.changes_articles or members != self._members(doc, rows)
        return ch

    changes_articles = False

    def where(self):
        return self.start, self.stop - 1

    def mutate(self, doc):
        raise NotImplementedError


class SetLabel(_RangeOp):
    """Label every non-blank row in [start, stop); sets, never toggles."""

    def __init__(self, start, stop, label):
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}")
        super().__init__(start, stop)
        self.label = label
        self.name = f"Label {label}"

    def record(self):
        return {"op": "label", "rows": [self.start, self.stop], "label": self.label}

    def mutate(self, doc):
        for i in range(self.start, self.stop):
            if doc.label[i] is not None:
                doc.label[i] = self.label
                doc.confirmed[i] |= LABEL


class SetParagraphEnd(_RangeOp):
    """Set (or with ``value=None`` toggle) the paragraph-end flag after one row."""

    def __init__(self, row, value=None):
        super().__init__(row, row + 1)
        self.value = value
        self.name = "Toggle paragraph end" if value is None else ("Paragraph end" if value else "Join paragraph")

    def record(self):
        return {"op": "para_end", "row": self.start, "value": self.value}

    def mutate(self, doc):
        i = self.start
        doc.para_end[i] = (not doc.para_end[i]) if self.value is None else bool(self.value)
        doc.confirmed[i] |= BREAK


class Confirm(_RangeOp):
    """Accept the engine's decisions on the rows as a person's."""
    name = "Confirm"

    def __init__(self, start, stop, bits=LABEL | ARTICLE | BREAK):
        super().__init__(start, stop)
        self.bits = bits

    def record(self):
        return {"op": "confirm", "rows": [self.start, self.stop], "bits": self.bits}

    def apply(self, doc):
        # confirming a line's paragraph end confirms the engine's link from it too (app.goes_on)
        self._person = None
        if doc.goes_on and self.bits & BREAK:
            lines = {doc.src[i] for i in range(max(self.start, 0), min(self.stop, len(doc)))
                     if doc.label[i] is not None}
            taken = {n for n in lines if n in doc.goes_on and n not in doc.goes_on_person}
            if taken:
                self._person = set(doc.goes_on_person)
                doc.goes_on_person |= taken
        return super().apply(doc)

    def revert(self, doc):
        if self._person is not None:
            doc.goes_on_person = set(self._person)
        return super().revert(doc)

    def mutate(self, doc):
        for i in range(self.start, self.stop):
            if doc.label[i] is not None:
                doc.confirmed[i] |= self.bits
                if doc.edited[i] is not None:
                    doc.confirmed[i] |= TEXT


class EditText(_RangeOp):
    """Replace a row's text (the raw text stays; ``None`` restores it). The text stays one
    line: a line end, or a control character the row did not hold, is refused
    (:mod:`app.line_text`; the window splits a pasted text at its line ends first)."""

    def __init__(self, row, text):
        super().__init__(row, row + 1)
        self.new = text
        self.name = "Edit text"

    def record(self):
        return {"op": "edit", "row": self.start, "text": self.new}

    def _check(self, doc):
        super()._check(doc)
        i = self.start
        why = line_text.problem(self.new, doc.text[i] + (doc.edited[i] or ""))
        if why is not None:
            raise ValueError(why)

    def mutate(self, doc):
        i = self.start
        doc.edited[i] = None if self.new is None or self.new == doc.text[i] else self.new
        doc.confirmed[i] |= TEXT
        if doc.label[i] is None and doc.current_text(i).strip():
            # a blank line that gains text joins the article around it as a paragraph
            doc.label[i] = "paragraph"
            prev = doc.next_nonblank(i, -1)
            nxt = doc.next_nonblank(i, 1)
            ref = prev if prev is not None else nxt
            doc.article[i] = doc.article[ref] if ref is not None else doc.new_article_id()
        elif doc.label[i] is not None and not doc.current_text(i).strip():
            if doc.text[i].strip():
                doc.label[i] = "noise"  # the person deleted the line's text: drop the line
            else:
                doc.label[i], doc.article[i] = None, -1  # typed text removed: blank again


class MoveRows(Operation):
    """Move rows to another article (``None``: a new article)."""

    def __init__(self, rows, article_id=None, name="Move to article"):
        self.rows = sorted(set(rows))
        self.target = article_id
        self.name = name
        self._before = None
        self._target_used = None

    def record(self):
        return {"op": "move", "rows": self.rows, "to": self.target, "name": self.name}

    def where(self):
        """The rows moved when they stand together; their first otherwise.

        >>> MoveRows([4, 5, 6]).where(), MoveRows([4, 9]).where(), MoveRows([]).where()
        ((4, 6), (4, 4), None)
        """
        if not self.rows:
            return None
        first, last = self.rows[0], self.rows[-1]
        return (first, last) if last - first + 1 == len(self.rows) else (first, first)

    def apply(self, doc):
        rows = [r for r in self.rows if 0 <= r < len(doc) and doc.label[r] is not None]
        target = self.target if self.target is not None else (
            self._target_used if self._target_used is not None else doc.new_article_id())
        self._target_used = target
        self._before = [(r, doc.article[r], doc.confirmed[r]) for r in rows]
        ch = Change(self.name, articles_changed=True)
        ch.articles = {a for _, a, _ in self._before} | {target}
        for r in rows:
            doc.article[r] = target
            doc.confirmed[r] |= ARTICLE
        # the rows moved, not the other articles' rows between them (across columns)
        for a, b in row_runs(doc, rows):
            ch.add_rows(a, b)
        return ch

    def revert(self, doc):
        ch = Change(self.name, articles_changed=True)
        ch.articles = {self._target_used}
        for r, a, c in self._before:
            doc.article[r] = a
            doc.confirmed[r] = c
            ch.articles.add(a)
        for a, b in row_runs(doc, [r for r, _, _ in self._before]):
            ch.add_rows(a, b)
        return ch


def row_runs(doc: Document, rows) -> list[tuple[int, int]]:
    """Half-open ranges covering the selected rows; rows separated only by blank rows
    (folded away in the view) count as one run.

    >>> from app.document import blank_document, Source
    >>> d = blank_document(Source("t", ""), ["a", "", "b", "c", "", "d"])
    >>> row_runs(d, [0, 2, 5])
    [(0, 3), (5, 6)]
    """
    rows = sorted(set(rows))
    runs = []
    for r in rows:
        if runs:
            a, b = runs[-1]
            if all(doc.label[i] is None for i in range(b, r)):
                runs[-1] = (a, r + 1)
                continue
        runs.append((r, r + 1))
    return runs


def start_article(doc: Document, row: int):
    """The operation that makes an article start at ``row``: that row and the later rows of
    its article move to a new one. ``None`` when the row already starts its article (noise
    rows before it do not count: the corpus leaves them out of articles)."""
    if not (0 <= row < len(doc)) or doc.label[row] is None:
        return None
    art = doc.article[row]
    if not any(doc.article[i] == art and doc.label[i] not in (None, "noise") for i in range(row)):
        return None
    rows = [i for i in range(row, len(doc)) if doc.article[i] == art and doc.label[i] is not None]
    return MoveRows(rows, None, name="Start article")


def merge_into_previous(doc: Document, article_id: int):
    """The operation that merges an article into the one before it in display order."""
    order = doc.article_order()
    if article_id not in order or order.index(article_id) == 0:
        return None
    prev = order[order.index(article_id) - 1]
    return MoveRows(doc.rows_of(article_id), prev, name="Merge with previous article")


class SplitRow(Operation):
    """Split a row in two at a character offset of its current text, as for a credit
    printed at the end of a paragraph ("再升级。 （杨 晨 蒋 虹）"): ``label`` is the second
    piece's. With ``left``, the first piece takes that label instead and the second keeps
    the row's place in its paragraph, as for a jump printed before the text ("（上接第1版）随着……")."""
    name = "Split line"

    def __init__(self, row, offset, label=None, left=None):
        self.row, self.offset, self.new_label, self.left = row, offset, label, left
        self._before = None

    def record(self):
        rec = {"op": "split", "row": self.row, "offset": self.offset, "label": self.new_label}
        if self.left is not None:
            rec["left"] = self.left
        return rec

    def where(self):
        return self.row, self.row

    def apply(self, doc):
        r = self.row
        text = doc.current_text(r)
        if not (0 < self.offset < len(text)) or doc.label[r] is None:
            raise ValueError("split offset must fall inside a non-blank line")
        if self.left is not None and self.left not in LABELS:
            raise ValueError(f"unknown label {self.left!r}")
        self._before = doc.snapshot_rows(r, r + 1)
        left, right = text[:self.offset], text[self.offset:]
        edited = doc.edited[r] is not None
        doc.text[r] = doc.text[r][:self.offset] if not edited else doc.text[r]
        doc.edited[r] = left if edited else None
        second = {c: v[0] for c, v in self._before.items()}
        # the pieces stay in the paragraph the line was in, and where it ended, the second
        # piece ends: a split changes no paragraph the reader sees (a piece labelled apart,
        # as a credit, ends the paragraph before it instead)
        second.update(text=right if not edited else "", edited=right if edited else None,
                      para_end=self._before["para_end"][0] or bool(self.new_label),
                      confirmed=self._before["confirmed"][0] | TEXT)
        if self.new_label:
            second["label"] = self.new_label
            second["confirmed"] |= LABEL
        if self.left is not None:
            doc.label[r] = self.left
            doc.confirmed[r] |= LABEL
            second["para_end"] = self._before["para_end"][0]
        if not left.strip():
            doc.label[r] = "noise"
        if not right.strip():
            second["label"] = "noise"
        doc.para_end[r] = self.new_label is not None or self.left is not None
        doc.insert_row(r + 1, second)
        ch = Change(self.name, structure=True, articles={doc.article[r]})
        ch.add_rows(r, len(doc))
        return ch

    def revert(self, doc):
        r = self.row
        doc.delete_row(r + 1)
        doc.restore_rows(r, self._before)
        ch = Change(self.name, structure=True, articles={doc.article[r]})
        ch.add_rows(r, len(doc))
        return ch


class SetLink(Operation):
    """Say where the article holding source line ``line`` goes on, kept in the page's
    session: ``{"to_page": rel, "to_line": n}`` (in the article of the page at ``rel``,
    relative to the folder, that cites line n), ``{"to_page": None}`` (nowhere: a suggested
    link refused) or ``{"from_page": None}`` (it goes on from no other page); ``None``
    forgets what was said, and the engine's suggestion stands again (:mod:`app.links`)."""

    def __init__(self, line, value, name=None):
        _link_value(value)
        self.line, self.value = line, value
        self.name = name or ("Unlink" if value is None or value.get("to_page", "") is None
                             or "from_page" in value else "Link to another page")
        self._before = None

    def record(self):
        return {"op": "link", "line": self.line, "value": self.value, "name": self.name}

    def _set(self, doc, value):
        if value is None:
            doc.links.pop(self.line, None)
        else:
            doc.links[self.line] = dict(value)
        ch = Change(self.name)
        ch.articles = {doc.article[r] for r in rows_of_line(doc, self.line) if doc.article[r] >= 0}
        return ch

    def apply(self, doc):
        if not rows_of_line(doc, self.line):
            raise ValueError(f"line {self.line} is not a line of the page")
        self._before = doc.links.get(self.line)
        return self._set(doc, self.value)

    def revert(self, doc):
        return self._set(doc, self._before)


class SetGoesOn(Operation):
    """Say that the paragraph open at source line ``line`` goes on at line ``to`` (its piece
    from there to its next end: :mod:`app.goes_on`), a person's decision; ``to=None`` clears
    the line's link and ends its paragraph there. A link that could not be in force is refused (``ValueError``): both
    lines paragraph lines of one article, not the same row, closing no cycle. Setting one
    takes the end off ``line`` (it goes on) and the link any other line had to ``to``."""

    def __init__(self, line, to, name=None):
        self.line, self.to = line, to
        self.name = name or ("Paragraph goes on nowhere" if to is None else "Paragraph goes on at line")
        self._before = None
        self._rows = []         # the rows the step touched (r first), set by apply

    def record(self):
        return {"op": "goes_on", "line": self.line, "to": self.to}

    def where(self):
        return (self._rows[0], self._rows[0]) if self._rows else None

    def apply(self, doc):
        r = open_row(doc, self.line)
        if r is None:
            raise ValueError(f"line {self.line} is not a line of the page")
        self._rows = [r]
        links = (dict(doc.goes_on), set(doc.goes_on_person))
        end = (doc.para_end[r], doc.confirmed[r])
        ch = Change(self.name)
        if self.to is None:
            if self.line in doc.goes_on:
                # it goes on nowhere: the paragraph ends on its line, as the link had cut it
                # there, rather than running on into the next line in line order
                doc.para_end[r] = True
                doc.confirmed[r] |= BREAK
            doc.goes_on.pop(self.line, None)
            doc.goes_on_person.discard(self.line)
        else:
            s = first_row(doc, self.to)
            if s is None:
                raise ValueError(f"line {self.to} is not a line of the page")
            self._rows.append(s)
            was = in_force(doc)        # (r's end still on: the new link cuts r as it did)
            doc.para_end[r] = False
            why = why_not(doc, r, s)
            if why is None:
                for line, to in list(doc.goes_on.items()):
                    if to == self.to:
                        doc.goes_on.pop(line)
                        doc.goes_on_person.discard(line)
                        self._rows.append(open_row(doc, line))
                doc.goes_on[self.line] = self.to
                doc.goes_on_person.add(self.line)
                # the links kept refuse the new one that would close a cycle with them: it
                # would be out of force, or put one of them out
                now = in_force(doc)
                if r not in now or any(k not in now for k in was if doc.src[k] in doc.goes_on):
                    why = "cycle"
            if why is not None:
                doc.goes_on, doc.goes_on_person = links
                doc.para_end[r] = end[0]
                raise ValueError(f"line {self.line} cannot go on at line {self.to}: {why}")
            doc.confirmed[r] |= BREAK
        old = links[0].get(self.line)
        if old is not None:
            self._rows.append(first_row(doc, old))
        self._before = links, end
        return self._change(doc, ch)

    def _change(self, doc, ch):
        return _rows_changed(doc, ch, self._rows)

    def revert(self, doc):
        links, end = self._before
        doc.goes_on, doc.goes_on_person = dict(links[0]), set(links[1])
        r = self._rows[0]
        doc.para_end[r], doc.confirmed[r] = end
        return self._change(doc, Change(self.name))


class DropLinks(Operation):
    """Forget the links (:mod:`app.goes_on`) a step left out of force: :meth:`Document.do`
    follows every step on a page that has links with it, so no state keeps a link the
    corpus would ignore."""
    name = "Drop links"

    def __init__(self):
        self.dropped = {}

    def record(self):
        return {"op": "drop_links"}

    def apply(self, doc):
        kept = set(in_force(doc))
        self.dropped = {line: (to, line in doc.goes_on_person) for line, to in doc.goes_on.items()
                        if open_row(doc, line) not in kept}
        for line in self.dropped:
            doc.goes_on.pop(line)
            doc.goes_on_person.discard(line)
        return _rows_changed(doc, Change(self.name), self._ends(doc))

    def revert(self, doc):
        for line, (to, person) in self.dropped.items():
            doc.goes_on[line] = to
            if person:
                doc.goes_on_person.add(line)
        return _rows_changed(doc, Change(self.name), self._ends(doc))

    def _ends(self, doc):
        """The rows of the dropped links' two ends."""
        return [r for line, (to, _) in self.dropped.items() for r in (open_row(doc, line), first_row(doc, to))]


def _rows_changed(doc, ch, rows):
    """``ch`` naming ``rows`` (a links step's) and their articles."""
    for r in rows:
        ch.add_rows(r, r + 1)
        if doc.article[r] >= 0:
            ch.articles.add(doc.article[r])
    ch.rows = _overlaps_merged(ch.rows)
    return ch


class SetPageNumber(Operation):
    """Correct the page's number, kept in its session: ``value`` is a number in any form
    :func:`app.folio.parse_number` reads ("2", "A2", "第七版"), kept as its plain text
    ("7", "A2"); ``None`` forgets the correction, and the number read from the page (its
    running head or folio, else its file name) stands again. Links and the folder's
    export read the page by this number (:mod:`app.links`)."""

    def __init__(self, value):
        self.value = _page_number(value)
        self.name = "Clear page number" if self.value is None else "Set page number"
        self._before = None

    def record(self):
        return {"op": "page_number", "value": self.value}

    def _set(self, doc, value):
        doc.page_number = value
        return Change(self.name)       # no row, no article: only how the page is named

    def apply(self, doc):
        self._before = doc.page_number
        return self._set(doc, self.value)

    def revert(self, doc):
        return self._set(doc, self._before)


def _page_number(v):
    """A page number as kept: the plain text of what :func:`app.folio.parse_number` reads,
    or None (``ValueError`` when it reads nothing).

    >>> _page_number("第七版"), _page_number(" a02 "), _page_number(None)
    ('7', 'A2', None)
    """
    if v is None:
        return None
    from .folio import parse_number
    found = parse_number(v)
    if found is None:
        raise ValueError(f"not a page number: {str(v)[:20]!r}")
    return found.text()


class SetSetting(Operation):
    """Change a setting of the page kept in its session: ``fold_half_width``, whether the
    clean text turns half-width punctuation full width (``--keep-half-width`` on the
    command line). No decision changes; every article's clean text may."""
    SETTINGS = {"fold_half_width": ("Keep half-width punctuation", "Fold half-width punctuation")}

    def __init__(self, key, value):
        if key not in self.SETTINGS or not isinstance(value, bool):
            raise ValueError(f"unknown setting {key!r} or a value not true or false")
        self.key, self.value = key, value
        self.name = self.SETTINGS[key][value]
        self._before = None

    def record(self):
        return {"op": "setting", "key": self.key, "value": self.value}

    def _set(self, doc, value):
        doc.settings[self.key] = value
        ch = Change(self.name)
        ch.articles = {a for a, lab in zip(doc.article, doc.label) if lab is not None and a >= 0}
        return ch

    def apply(self, doc):
        self._before = doc.settings.get(self.key, True)
        return self._set(doc, self.value)

    def revert(self, doc):
        return self._set(doc, self._before)


def _link_value(v):
    """A :class:`SetLink` value, checked (``TypeError`` names what is wrong)."""
    if v is None:
        return v
    if not isinstance(v, dict):
        raise TypeError("value")
    if set(v) == {"to_page", "to_line"} and isinstance(v["to_page"], str) and type(v["to_line"]) is int:
        return v
    if v == {"to_page": None} or v == {"from_page": None}:
        return v
    raise TypeError("value")


class Compound(Operation):
    """Several operations undone and redone as one."""

    def __init__(self, ops, name=None):
        self.ops = [o for o in ops if o is not None]
        self.name = name or (self.ops[0].name if self.ops else "Nothing")

    def record(self):
        return {"op": "compound", "name": self.name, "ops": [o.record() for o in self.ops]}

    def where(self):
        return next((w for w in (o.where() for o in self.ops) if w is not None), None)

    def apply(self, doc):
        changes = []
        for o in self.ops:
            changes.append(o.apply(doc))
            doc._note_articles(changes[-1])   # a later part may take a fresh article id
        return merge_changes(self.name, changes)

    def revert(self, doc):
        return merge_changes(self.name, [o.revert(doc) for o in reversed(self.ops)])


def merge_changes(name, changes):
    ch = Change(name)
    for c in changes:
        ch.rows += c.rows
        ch.articles |= c.articles
        ch.structure |= c.structure
        ch.articles_changed |= c.articles_changed
    ch.rows = _overlaps_merged(ch.rows)
    return ch


def from_record(rec) -> Operation:
    """The operation :meth:`Operation.record` described. A record that is not one (a
    damaged journal) raises ``ValueError``; rows are checked when the operation applies.

    >>> op = from_record(Compound([SetLabel(2, 4, "headline"), MoveRows([5, 7], None)]).record())
    >>> [type(o).__name__ for o in op.ops], op.ops[0].label, op.ops[1].rows
    (['SetLabel', 'MoveRows'], 'headline', [5, 7])
    """
    if not isinstance(rec, dict):
        raise ValueError("an operation record is an object")
    kind = rec.get("op")
    make = _FROM_RECORD.get(kind) if isinstance(kind, str) else None
    if make is None:
        raise ValueError(f"unknown operation {kind!r}")
    try:
        return make(rec)
    except (KeyError, TypeError) as e:
        raise ValueError(f"a {kind} record without a good {e}") from None


def _row(v) -> int:
    if type(v) is not int or v < 0:
        raise TypeError("row")
    return v


def _span(v) -> tuple[int, int]:
    if not isinstance(v, list) or len(v) != 2:
        raise TypeError("rows")
    return _row(v[0]), _row(v[1])


def _str_or_none(v, what):
    if v is not None and not isinstance(v, str):
        raise TypeError(what)
    return v


def _move(rec):
    rows = rec["rows"]
    if not isinstance(rows, list):
        raise TypeError("rows")
    to = rec["to"]
    if to is not None and type(to) is not int:
        raise TypeError("to")
    return MoveRows([_row(r) for r in rows], to, name=str(rec.get("name") or "Move to article"))


def _compound(rec):
    parts = rec["ops"]
    if not isinstance(parts, list):
        raise TypeError("ops")
    return Compound([from_record(p) for p in parts], name=str(rec.get("name") or ""))


def _bits(v):
    if type(v) is not int or not 0 <= v <= 15:
        raise TypeError("bits")
    return v


def _para_value(v):
    if v is not None and not isinstance(v, bool):
        raise TypeError("value")
    return v


_FROM_RECORD = {
    "label": lambda r: SetLabel(*_span(r["rows"]), r["label"]),
    "para_end": lambda r: SetParagraphEnd(_row(r["row"]), _para_value(r["value"])),
    "confirm": lambda r: Confirm(*_span(r["rows"]), _bits(r["bits"])),
    "edit": lambda r: EditText(_row(r["row"]), _str_or_none(r["text"], "text")),
    "move": _move,
    "split": lambda r: SplitRow(_row(r["row"]), _row(r["offset"]), _str_or_none(r["label"], "label"),
                                _str_or_none(r.get("left"), "left")),
    "compound": _compound,
    "setting": lambda r: SetSetting(r["key"], r["value"]),
    "page_number": lambda r: SetPageNumber(_str_or_none(r["value"], "value")),
    "goes_on": lambda r: SetGoesOn(_row(r["line"]), None if r["to"] is None else _row(r["to"])),
    "drop_links": lambda r: DropLinks(),
    "link": lambda r: SetLink(_row(r["line"]), _link_value(r["value"]), str(r.get("name") or "") or None),
}


def _overlaps_merged(spans):
    """Row ranges with those that overlap made one, in order: each split of a line marks
    every row after it, and a re-suggest walks each range it is given.

    >>> _overlaps_merged([(5, 90), (3, 4), (6, 90), (4, 5), (95, 99)])
    [(3, 4), (4, 5), (5, 90), (95, 99)]
    """
    out = []
    for a, b in sorted(spans):
        if out and a < out[-1][1] and b > out[-1][0]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
