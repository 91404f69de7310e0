"""What each window action means for the document, as pure functions (no Qt).

An action either builds an operation (to be applied through ``Document.do`` by the undo
bridge) or computes where the cursor goes. The window only gathers the selection and calls
these, so every behaviour of a key is testable without a window.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from . import line_text
from . import operations as ops
from .article_index import ArticleIndex
from .corpus import clean_row
from .document import ALL, Document

# Label keys: action id -> label (the digits 1-8 are bound to the same actions).
LABEL_ACTIONS = {f"label.{lab}": lab for lab in
                 ("headline", "subtitle", "kicker", "byline", "subheading", "paragraph", "caption", "noise")}


def _nonblank(doc, rows):
    return [r for r in sorted(set(rows)) if 0 <= r < len(doc) and doc.label[r] is not None]


def label_op(doc: Document, rows, label):
    rows = _nonblank(doc, rows)
    if not rows:
        return None
    parts = [ops.SetLabel(a, b, label) for a, b in ops.row_runs(doc, rows)]
    if label == "noise":
        parts += [ops.SetParagraphEnd(r, True) for r in ends_kept(doc, rows)]
    return parts[0] if len(parts) == 1 else ops.Compound(parts, name=parts[0].name)


def ends_kept(doc: Document, rows) -> list[int]:
    """The lines that must end a paragraph once ``rows`` are noise, so that the paragraph
    a noise line ended still ends (the corpus skips noise, and its paragraph end with it):
    for each row ending a paragraph, the line of its paragraph before it.

    >>> from app.document import blank_document, Source
    >>> d = blank_document(Source("t", ""), ["a", "b", "c", "d"])
    >>> d.para_end[:] = [False, True, False, True]
    >>> ends_kept(d, [1]), ends_kept(d, [2, 3]), ends_kept(d, [0])
    ([0], [], [])
    """
    chosen = set(rows)
    label, article = doc.label, doc.article
    out = []
    for r in sorted(chosen):
        if not doc.para_end[r] or label[r] in (None, "noise"):
            continue
        p = doc.next_nonblank(r, -1)
        while p is not None and (p in chosen or label[p] == "noise"):
            p = doc.next_nonblank(p, -1)
        if p is not None and article[p] == article[r] and label[p] == label[r] and not doc.para_end[p]:
            out.append(p)
    return out


def confirm_op(doc: Document, rows):
    rows = _nonblank(doc, rows)
    if not rows:
        return None
    parts = [ops.Confirm(a, b) for a, b in ops.row_runs(doc, rows)]
    return parts[0] if len(parts) == 1 else ops.Compound(parts, name="Confirm")


def article_at(doc: Document, row) -> int | None:
    """The article of ``row``; on a blank row, that of the nearest line above."""
    if row is None or not (0 <= row < len(doc)):
        return None
    if doc.label[row] is None:
        row = doc.next_nonblank(row, -1)
    return doc.article[row] if row is not None else None


def confirm_article_op(index: ArticleIndex, row):
    """Accept every decision on the lines of the article ``row`` is in (Shift+Space:
    most articles are right as suggested)."""
    aid = article_at(index.doc, row)
    op = confirm_op(index.doc, index.rows(aid)) if aid is not None else None
    if op is not None:
        op.name = "Confirm article"
    return op


def toggle_break_op(doc: Document, row):
    if row is None or not (0 <= row < len(doc)) or doc.label[row] is None:
        return None
    return ops.SetParagraphEnd(row)


def start_article_op(doc: Document, rows):
    rows = _nonblank(doc, rows)
    return ops.start_article(doc, rows[0]) if rows else None


def merge_prev_op(doc: Document, row):
    if row is None or not (0 <= row < len(doc)) or doc.label[row] is None:
        return None
    return ops.merge_into_previous(doc, doc.article[row])


def move_op(doc: Document, rows, target_id, number=None):
    """Move rows to article ``target_id`` (its display ``number`` names the step), or to a
    new article when ``target_id`` is None."""
    rows = _nonblank(doc, rows)
    if not rows:
        return None
    if target_id is not None and all(doc.article[r] == target_id for r in rows):
        return None
    name = "Move to new article" if target_id is None else f"Move to article {number}"
    return ops.MoveRows(rows, target_id, name=name)


@dataclass(frozen=True)
class Notice:
    """A sentence for the person: English with ``%1``, ``%2``… standing for ``values``. The
    window translates the sentence (context "commands") before filling them in."""
    message: str
    values: tuple = ()

    def text(self, translate=str) -> str:
        out = translate(self.message)
        for i, v in enumerate(self.values, 1):
            out = out.replace(f"%{i}", str(v))
        return out


def line_edit(doc: Document, row, text) -> tuple[ops.Operation | None, list[Notice]]:
    r"""The line editor's (F2) text for ``row``, as typed or pasted: the operation (None
    when nothing changes) and what to tell the person about it.

    The editor holds one line, and its text goes into every export, so:

    - a control character the line did not hold (NUL, ESC, a form feed…) refuses the
      edit, and the line stays as it was;
    - a text longer than :data:`app.line_text.MAX_CHARS` (or than the line was) is cut;
    - line ends split the line there, in one undo step, into at most
      :data:`app.line_text.MAX_LINES` lines; blank pieces are left out.

    >>> from app.document import blank_document, Source
    >>> d = blank_document(Source("t", ""), ["标题", "正文"])
    >>> op, said = line_edit(d, 1, "第一行\n\n# 假标题\n")
    >>> _ = d.do(op); [d.current_text(r) for r in range(len(d))], [n.text() for n in said]
    (['标题', '第一行', '# 假标题'], ['Split into 2 lines at the line breaks of the pasted text.'])
    >>> op, said = line_edit(d, 1, "第一\x00行")
    >>> op, said[0].text()
    (None, 'Line not changed: the text holds the control character U+0000 NUL. Remove it and edit again.')
    """
    if not (0 <= row < len(doc)):
        return None, []
    now = doc.current_text(row)
    bad = line_text.new_controls(text, doc.text[row] + now)
    if bad:
        return None, [Notice("Line not changed: the text holds the control character %1. Remove it and edit again.",
                             (line_text.char_name(min(bad)),))]
    said = []
    limit = max(line_text.MAX_CHARS, len(now))
    if len(text) > limit:
        said.append(Notice("The text was cut to its first %1 characters (it had %2).", (limit, len(text))))
        text = text[:limit]
    pieces = line_text.LINE_END.split(text)
    if len(pieces) == 1:
        return (ops.EditText(row, text) if text != now else None), said
    pieces = [p for p in pieces if p.strip()]
    if len(pieces) < 2:
        said.append(Notice("The line breaks of the pasted text were left out."))
        text = pieces[0] if pieces else ""
        return (ops.EditText(row, text) if text != now else None), said
    if len(pieces) > line_text.MAX_LINES:
        said.append(Notice("Only the first %1 lines of the text were kept (it had %2).",
                           (line_text.MAX_LINES, len(pieces))))
        pieces = pieces[:line_text.MAX_LINES]
    said.append(Notice("Split into %1 lines at the line breaks of the pasted text.", (len(pieces),)))
    joined = "".join(pieces)
    parts = [ops.EditText(row, joined)] if joined != now else []
    parts += [ops.SplitRow(row + k, len(p)) for k, p in enumerate(pieces[:-1])]
    return ops.Compound(parts, name="Edit text"), said


def edit_op(doc: Document, row, text):
    """The operation of :func:`line_edit`."""
    return line_edit(doc, row, text)[0]


def typing_refused(attempted: str, before: str, limit: int) -> Notice:
    r"""Why the line editor refused what was typed or pasted into it (the text it would have
    had, the text it opened with, the most characters it holds): a control character the
    line did not hold, else the length.

    >>> typing_refused("ab\x1bc", "abc", 10).text()
    'The control character U+001B ESC cannot be typed or pasted into a line.'
    >>> typing_refused("x" * 10, "abc", 10).text()
    'The pasted text was cut: a line holds at most 10 characters.'
    """
    bad = line_text.new_controls(attempted, before)
    if bad:
        return Notice("The control character %1 cannot be typed or pasted into a line.",
                      (line_text.char_name(min(bad)),))
    return Notice("The pasted text was cut: a line holds at most %1 characters.", (limit,))


def split_op(doc: Document, row, offset):
    text = doc.current_text(row)
    if doc.label[row] is None or not (0 < offset < len(text)):
        return None
    return ops.SplitRow(row, offset)


# ---- how the page is shown -------------------------------------------------------------
def mostly_double_spaced(doc: Document) -> bool:
    """Whether most lines are followed by a blank line: on such a page, blank lines shown
    halve what a screen holds and every other Down lands on a line no key acts on, so
    they are folded unless the person chose otherwise.

    >>> from app.document import blank_document, Source
    >>> mostly_double_spaced(blank_document(Source("t", ""), ["a", "", "b", "", "c", "", "d"]))
    True
    >>> mostly_double_spaced(blank_document(Source("t", ""), ["a", "b", "", "c", "d"]))
    False
    """
    label = doc.label
    lines = sum(1 for lab in label if lab is not None)
    before_blank = sum(1 for lab, nxt in zip(label, label[1:]) if lab is not None and nxt is None)
    return 2 * before_blank > lines


# ---- where the cursor goes ------------------------------------------------------------
def is_unconfirmed(doc: Document, r) -> bool:
    return doc.label[r] is not None and doc.confirmed[r] & ALL != ALL


def next_unconfirmed(doc: Document, row) -> int | None:
    """The next unconfirmed row after ``row`` in reading order, wrapping round."""
    n = len(doc)
    start = -1 if row is None else row
    for i in list(range(start + 1, n)) + list(range(0, max(start + 1, 0))):
        if is_unconfirmed(doc, i):
            return i
    return None


def review_target(doc: Document, last, step=1) -> int | None:
    """The row N (``step=1``) or Shift+N (``step=-1``) goes to: the next or previous
    unconfirmed row of :func:`app.review.review_order` after ``last``, the row N or Shift+N
    last went to (None: none yet, so N starts at the first row of the order and Shift+N
    at the last). Wraps round. ``last`` may be confirmed since: its place is taken from
    the order it would have (same confidence, same row), so no row is passed over.
    """
    from .review import review_key
    key = review_key(doc)
    todo = sorted((key(r) for r in range(len(doc)) if is_unconfirmed(doc, r)), reverse=step < 0)
    if not todo:
        return None
    if last is not None and 0 <= last < len(doc) and doc.label[last] is not None:
        here = key(last)
        for k in todo:
            if (k > here) if step > 0 else (k < here):
                return k[1]
    return todo[0][1]


def article_jump(index: ArticleIndex, row, step) -> int | None:
    """First row of the next (``step=1``) or previous article by number."""
    order = index.order()
    if not order:
        return None
    doc = index.doc
    if row is None or doc.label[row] is None:
        # on a blank row: the article of the nearest line above
        prev = doc.next_nonblank(row if row is not None else -1, -1) if row is not None else None
        aid = doc.article[prev] if prev is not None else None
    else:
        aid = doc.article[row]
    k = index.number(aid) if aid is not None else 0
    target = k + step
    if k == 0:
        target = 1 if step > 0 else len(order)
    target = min(max(target, 1), len(order))
    return index.first_row(order[target - 1])


def next_article_to_review(index: ArticleIndex, row) -> int | None:
    """The first unconfirmed line of the next article (by number, wrapping round, the
    article of ``row`` last) that has one.

    >>> from app.document import blank_document, Source
    >>> d = blank_document(Source("t", ""), ["a", "b", "c", "d"])
    >>> d.article[:] = [0, 0, 1, 2]
    >>> d.confirmed[:] = [7, 0, 7, 0]
    >>> next_article_to_review(ArticleIndex(d), 2), next_article_to_review(ArticleIndex(d), 3)
    (3, 1)
    """
    order = index.order()
    aid = article_at(index.doc, row)
    k = index.number(aid) if aid is not None else 0
    doc = index.doc
    for j in range(1, len(order) + 1):
        a = order[(k - 1 + j) % len(order)] if k else order[j - 1]
        lines, done = index.stats(a)
        if done < lines:
            return next(r for r in index.rows(a) if is_unconfirmed(doc, r))
    return None


def parse_goto(text: str) -> tuple[int, int]:
    """``"N"`` or ``"N-M"`` (source line numbers) -> (first, last).

    >>> parse_goto(" 12 "), parse_goto("3-7"), parse_goto("7 - 3")
    ((12, 12), (3, 7), (3, 7))
    """
    t = text.strip().replace("–", "-").replace("—", "-").replace("～", "-").replace("~", "-")
    parts = [p.strip() for p in t.split("-")]
    if len(parts) not in (1, 2) or not all(p.isdigit() for p in parts):
        raise ValueError("type a line number N or a range N-M")
    a, b = int(parts[0]), int(parts[-1])
    if a < 1 or b < 1:
        raise ValueError("line numbers start at 1")
    return (a, b) if a <= b else (b, a)


def rows_for_lines(doc: Document, first, last) -> tuple[int, int] | None:
    """Rows (first, last inclusive) showing source lines ``first..last``; lines past the end
    are clamped to the last line."""
    if not doc.src:
        return None
    top = doc.src[-1]
    first, last = min(first, top), min(last, top)
    a = bisect_left(doc.src, first)
    b = bisect_right(doc.src, last) - 1
    # a range ending (starting) on a blank line ends (starts) at the text line inside it:
    # the view steps over blank lines forward, out of the range
    while b > a and doc.label[b] is None:
        b -= 1
    while a < b and doc.label[a] is None:
        a += 1
    return a, max(a, b)


def article_title(doc: Document, rows, words=16) -> str:
    """Headline of an article, else the first words of its first text line."""
    heads = [clean_row(doc, r) for r in rows if doc.label[r] == "headline"]
    if heads:
        return " ".join(heads)
    for r in rows:
        if doc.label[r] != "noise":
            t = clean_row(doc, r)
            return t[:words] + ("…" if len(t) > words else "")
    return ""


def pick_articles(choices, query: str) -> list:
    """Rank the articles for the move picker. ``choices`` are (number, title) pairs; an
    exact number wins, then titles holding every word of the query (in order of number).

    >>> c = [(1, "县乡医院"), (2, "家校社协同育人"), (12, "政务服务再升级")]
    >>> pick_articles(c, "1")
    [(1, '县乡医院'), (12, '政务服务再升级')]
    >>> pick_articles(c, "政务 升级")
    [(12, '政务服务再升级')]
    >>> len(pick_articles(c, ""))
    3
    """
    q = query.strip()
    if not q:
        return list(choices)
    exact = [c for c in choices if q.isdigit() and c[0] == int(q)]
    words = q.lower().split()
    rest = [c for c in choices if c not in exact and
            (all(w in c[1].lower() for w in words) or (q.isdigit() and str(c[0]).startswith(q)))]
    return exact + rest


def find_row(doc: Document, query: str, row, step=1) -> int | None:
    """Next row (wrapping) whose raw text, or text with layout spaces removed, holds
    ``query``."""
    q = query.strip()
    if not q:
        return None
    squeezed = q.replace(" ", "")
    n = len(doc)
    start = -1 if row is None else row
    order = (range(start + 1, n), range(0, start + 1)) if step > 0 else \
        (range(start - 1, -1, -1), range(n - 1, start - 1, -1))
    for rng in order:
        for i in rng:
            t = doc.current_text(i)
            if q in t or (squeezed and squeezed in t.replace(" ", "").replace("\u3000", "")):
                return i
    return None


# ---- links to other pages of the folder (app.links) ------------------------------------------
def link_choices(pages, current, articles_of, name_of=None):
    """The picker's choices for L: ``(k, "page · number  title")`` for each article of the
    folder's other pages, and k -> (the page's path relative to the folder, the article's
    first line). ``pages``: the folder's entries (``rel``, ``path``); ``current``: the index
    of the page in view; ``articles_of(path)``: (number, title, first line) of a page's
    articles (:func:`app.links.page_articles`); ``name_of(rel)``: how the page is named
    (the window adds its number), else its path.

    >>> pages = [type("P", (), {"rel": r, "path": r}) for r in ("01.txt", "02.txt")]
    >>> link_choices(pages, 0, lambda p: [(1, "守护“健康荷塘”", 3)])
    ([(1, '02.txt · 1  守护“健康荷塘”')], {1: ('02.txt', 3)})
    >>> link_choices(pages, 0, lambda p: [(1, "守护", 3)], lambda rel: rel + " (page 2)")[0]
    [(1, '02.txt (page 2) · 1  守护')]
    """
    choices, target = [], {}
    for k, page in enumerate(pages):
        if k == current:
            continue
        name = name_of(page.rel) if name_of else page.rel
        for number, title, line in articles_of(page.path):
            n = len(choices) + 1
            choices.append((n, f"{name} · {number}  {title}"))
            target[n] = (page.rel, line)
    return choices, target


def link_op(doc: Document, rows, to_page: str, to_line: int):
    """The article of ``rows`` goes on in the article citing ``to_line`` of ``to_page``: kept
    on its last line of text (a link is stored on the part that goes on)."""
    from .links import anchor_lines
    from .operations import SetLink
    ends = anchor_lines(doc, rows)
    return None if ends is None else SetLink(ends[1], {"to_page": to_page, "to_line": to_line})


def unlink_op(doc: Document, rows):
    """The article of ``rows`` goes on on no other page and from none (what the engine
    suggested is refused; a person's link is replaced)."""
    from .links import anchor_lines
    from .operations import Compound, SetLink
    ends = anchor_lines(doc, rows)
    if ends is None:
        return None
    if ends[0] == ends[1]:
        # one line of text: it cannot hold both decisions, and a part of one line links nowhere
        return SetLink(ends[1], {"to_page": None}, "Unlink")
    return Compound([SetLink(ends[1], {"to_page": None}, "Unlink"), SetLink(ends[0], {"from_page": None}, "Unlink")],
                    name="Unlink")


# ---- paragraphs printed in pieces out of line order (app.goes_on) ----------------------------
def goes_on_op(doc: Document, row, at):
    """G on ``row`` then G on ``at``: the paragraph open at ``row``'s line goes on at
    ``at``'s line; ``None`` when it could not (not two paragraph lines of one article, the
    same line; a cycle is refused when the operation applies).

    >>> from app.document import blank_document, Source
    >>> d = blank_document(Source("t", ""), ["甲", "乙", "丙"])
    >>> goes_on_op(d, 2, 0).record(), goes_on_op(d, 1, 1)
    ({'op': 'goes_on', 'line': 3, 'to': 1}, None)
    """
    from .goes_on import first_row, open_row, why_not
    if row is None or at is None or not (0 <= row < len(doc) and 0 <= at < len(doc)):
        return None
    line, to = doc.src[row], doc.src[at]
    r, s = open_row(doc, line), first_row(doc, to)
    if why_not(doc, r, s) not in (None, "ended"):      # an end on r the link takes off
        return None
    return ops.SetGoesOn(line, to)     # a cycle shows once set: the operation refuses it


def clear_goes_on_op(doc: Document, row):
    """Shift+G on a line of a link (the line that goes on, or the one it goes on at): the
    link is cleared; ``None`` when the line has none."""
    from .goes_on import in_force
    if row is None or not doc.goes_on:
        return None
    for r, s in in_force(doc).items():
        if row in (r, s):
            return ops.SetGoesOn(doc.src[r], None)
    return None
