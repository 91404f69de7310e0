"""The live preview: the cleaned articles as a reader sees them.

One QTextDocument holds every article, each in its own QTextFrame. After a change only the
frames of the articles it touched are emptied and refilled (replacing one article's
blocks costs milliseconds; re-setting a 100k-line document's HTML costs a sixth of a
second). Text goes in through QTextCursor.insertText, never through an HTML parser, so no
markup in a page is ever interpreted, and loadResource answers nothing for any URL.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextFormat, QTextFrameFormat, QTextOption)
from PySide6.QtWidgets import QTextEdit

from app.corpus import build_article


RENUMBER_BATCH = 8
FIRST_FILL = 12     # articles rendered before the window shows; the rest follow when idle
FILL_BATCH = 6


class SafeTextDocument(QTextDocument):
    def loadResource(self, type_, url):  # noqa: N802 - Qt's name
        return None


class Preview(QTextEdit):
    rows_clicked = Signal(list)     # document rows of the clicked block

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preview")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                     Qt.TextInteractionFlag.TextSelectableByKeyboard)
        qdoc = SafeTextDocument(self)
        qdoc.setUndoRedoEnabled(False)
        qdoc.setDocumentMargin(12)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        qdoc.setDefaultTextOption(opt)
        self.setDocument(qdoc)
        self.qdoc = qdoc
        self.doc = None
        self.articles = None
        self._frames: dict[int, object] = {}     # article id -> QTextFrame
        self._order: list[int] = []              # article ids as laid out
        self._numbers: dict[int, int] = {}
        self._blocks: dict[int, tuple] = {}      # block user state -> (article id, lines, split_of)
        self._keys: dict[int, list[int]] = {}    # article id -> its block keys
        self._next_key = 1
        self._rendered: dict[int, list] = {}     # article id -> the items shown
        self._unfilled: set[int] = set()         # articles showing only their heading so far
        self._fill_timer = QTimer(self)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_some)
        self._stale: set[int] = set()            # articles whose heading shows an old number
        self._renumber_timer = QTimer(self)
        self._renumber_timer.setInterval(0)
        self._renumber_timer.timeout.connect(self._renumber_some)
        self._formats()

    def loadResource(self, type_, url):  # noqa: N802 - no remote (or local) resource, ever
        return None

    # ---- formats -------------------------------------------------------------------
    def _formats(self):
        base = QFont(self.font())
        size = max(base.pointSizeF(), 10.5)

        def char(scale=1.0, bold=False, italic=False, color="#212529"):
            f = QTextCharFormat()
            f.setFontPointSize(size * scale)
            f.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            f.setFontItalic(italic)
            f.setForeground(QBrush(QColor(color)))
            return f

        def block(top=0, bottom=6, indent=0.0, left=0.0, align=Qt.AlignmentFlag.AlignLeft):
            b = QTextBlockFormat()
            b.setTopMargin(top)
            b.setBottomMargin(bottom)
            b.setTextIndent(indent)
            b.setLeftMargin(left)
            b.setAlignment(align)
            b.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            return b

        em = size * 1.35
        self.fmt = {
            "heading": (block(0, 6), char(0.75, bold=True, color="#868e96")),
            "kicker": (block(0, 2), char(0.95, color="#6741d9")),
            "headline": (block(0, 4), char(1.7, bold=True, color="#111111")),
            "subtitle": (block(0, 6), char(1.15, color="#495057")),
            "byline": (block(0, 8), char(0.9, italic=True, color="#2b8a3e")),
            "subheading": (block(6, 4), char(1.1, bold=True, color="#343a40")),
            "paragraph": (block(0, 6, indent=2 * em), char()),
            "caption": (block(4, 8, left=12), char(0.85, italic=True, color="#0b7285")),
        }
        ff = QTextFrameFormat()
        ff.setBorder(1)
        ff.setBorderBrush(QBrush(QColor("#dee2e6")))
        ff.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        ff.setPadding(12)
        ff.setMargin(6)
        ff.setBackground(QBrush(QColor("#ffffff")))
        self.frame_format = ff

    # ---- building --------------------------------------------------------------------
    def set_document(self, doc, articles):
        self.doc, self.articles = doc, articles
        self.rebuild()

    def rebuild(self):
        self.qdoc.clear()
        self._frames.clear()
        self._blocks.clear()
        self._keys.clear()
        self._order = []
        self._numbers = {}
        self._stale.clear()
        self._rendered.clear()
        self._unfilled.clear()
        if self.doc is None:
            return
        order = list(self.articles.order())
        cur = QTextCursor(self.qdoc)
        cur.beginEditBlock()
        root = self.qdoc.rootFrame()
        # every article gets its frame and heading now; the text of all but the first few
        # follows in small batches while the window already answers keys
        for n, aid in enumerate(order, 1):
            cur.setPosition(root.lastPosition())
            frame = cur.insertFrame(self.frame_format)
            self._frames[aid] = frame
            if n <= FIRST_FILL:
                self._fill(cur, aid, n)
            else:
                self._fill(cur, aid, n, [("heading", self._heading(n, len(self.articles.rows(aid))), (), ())])
                self._unfilled.add(aid)
        cur.endEditBlock()
        self._order = order
        self._numbers = {a: i + 1 for i, a in enumerate(order)}
        if self._unfilled:
            self._fill_timer.start()

    def _fill_some(self):
        """Fill a few of the articles still showing only their heading, nearest the
        cursor first."""
        if not self._unfilled:
            self._fill_timer.stop()
            return
        here = self._numbers.get(getattr(self, "_highlight_article", None), 0)
        batch = sorted(self._unfilled, key=lambda a: abs(self._numbers.get(a, 0) - here))[:FILL_BATCH]
        cur = QTextCursor(self.qdoc)
        cur.beginEditBlock()
        for aid in batch:
            self._complete(aid)
        cur.endEditBlock()
        if not self._unfilled:
            self._fill_timer.stop()

    def _complete(self, aid):
        if aid in self._unfilled:
            self._unfilled.discard(aid)
            self._stale.discard(aid)
            if aid in self._frames:
                self._refill(aid, self._numbers[aid])

    def _items(self, aid, number):
        rows = self.articles.rows(aid)
        art = build_article(self.doc, rows, number)
        items = [("heading", self._heading(number, len(rows)), (), ())]
        items += [(b["type"], b["text"], tuple(b["lines"]), tuple(b.get("split_of", ())))
                  for b in art["blocks"]]
        if len(items) == 1:
            items.append(("caption", QCoreApplication.translate("Preview", "(no text: every line is noise)"), (), ()))
        return items

    def _fill(self, cur, aid, number, items=None):
        """Write article ``aid`` into the (empty) frame the cursor is in."""
        for k in self._keys.pop(aid, []):
            self._blocks.pop(k, None)
        keys = self._keys[aid] = []
        items = items if items is not None else self._items(aid, number)
        self._rendered[aid] = items
        first = True
        for kind, text, lines, split_of in items:
            bf, cf = self.fmt.get(kind, self.fmt["paragraph"])
            if first:
                cur.setBlockFormat(bf)
                cur.setBlockCharFormat(cf)
                first = False
            else:
                cur.insertBlock(bf, cf)
            cur.insertText(text, cf)
            key = self._next_key
            self._next_key += 1
            self._blocks[key] = (aid, kind, lines, split_of)
            keys.append(key)
            cur.block().setUserState(key)

    def _heading(self, number, nlines):
        return QCoreApplication.translate("Preview", "Article %1 · %2 lines").replace("%1", str(number)).replace("%2", str(nlines))

    def _refill(self, aid, number):
        items = self._items(aid, number)
        if items == self._rendered.get(aid):
            return      # the change left this article as the reader sees it
        frame = self._frames[aid]
        cur = QTextCursor(self.qdoc)
        cur.setPosition(frame.firstPosition())
        cur.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cur.removeSelectedText()
        self._fill(cur, aid, number, items)

    def _remove_frame(self, aid):
        frame = self._frames.pop(aid)
        cur = QTextCursor(self.qdoc)
        cur.setPosition(frame.firstPosition() - 1)
        cur.setPosition(frame.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        cur.removeSelectedText()
        for k in self._keys.pop(aid, []):
            self._blocks.pop(k, None)
        self._rendered.pop(aid, None)

    def _insert_frame_after(self, prev_aid, aid, number):
        cur = QTextCursor(self.qdoc)
        if prev_aid is None:
            cur.setPosition(0)
        else:
            cur.setPosition(self._frames[prev_aid].lastPosition() + 1)
        frame = cur.insertFrame(self.frame_format)
        self._frames[aid] = frame
        self._fill(cur, aid, number)

    def _renumber(self, aid, number):
        frame = self._frames[aid]
        block = self.qdoc.findBlock(frame.firstPosition())
        cur = QTextCursor(self.qdoc)
        cur.setPosition(block.position())
        cur.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        text = self._heading(number, len(self.articles.rows(aid)))
        cur.insertText(text, self.fmt["heading"][1])
        items = self._rendered.get(aid)
        if items:
            self._rendered[aid] = [("heading", text, (), ())] + items[1:]

    def on_change(self, touched: set[int]):
        """Re-render the articles ``touched`` names (ids from ArticleIndex.update)."""
        if self.doc is None:
            return
        new = list(self.articles.order())
        old = self._order
        new_set, old_set = set(new), set(old)
        removed, added = old_set - new_set, new_set - old_set
        kept_new = [a for a in new if a not in added]
        if [a for a in old if a not in removed] != kept_new:
            # articles changed places: the ones outside the longest run still in order are
            # taken out and put back where they now belong
            where = {a: i for i, a in enumerate(old)}
            stay = _longest_increasing(kept_new, where)
            moved = set(kept_new) - stay
            removed |= moved
            added |= moved
        numbers = {a: i + 1 for i, a in enumerate(new)}
        cur = QTextCursor(self.qdoc)
        cur.beginEditBlock()
        for aid in removed:
            self._remove_frame(aid)
            self._stale.discard(aid)
            self._unfilled.discard(aid)
        prev = None
        for aid in new:
            if aid in added:
                self._insert_frame_after(prev, aid, numbers[aid])
            elif aid in touched:
                self._unfilled.discard(aid)
                self._refill(aid, numbers[aid])
                self._stale.discard(aid)
            elif numbers[aid] != self._numbers.get(aid):
                self._stale.add(aid)
            prev = aid
        cur.endEditBlock()
        self._order, self._numbers = new, numbers
        if self._stale:
            self._renumber_timer.start()

    def _renumber_some(self):
        """Fix the numbers in a few article headings; an article inserted near the top
        renumbers hundreds, which would cost a frame's budget many times over if done at
        once. The articles nearest the cursor go first."""
        if not self._stale:
            self._renumber_timer.stop()
            return
        here = self._numbers.get(getattr(self, "_highlight_article", None), 0)
        batch = sorted(self._stale, key=lambda a: abs(self._numbers.get(a, 0) - here))[:RENUMBER_BATCH]
        cur = QTextCursor(self.qdoc)
        cur.beginEditBlock()
        for aid in batch:
            self._stale.discard(aid)
            if aid in self._frames:
                self._renumber(aid, self._numbers[aid])
        cur.endEditBlock()
        if not self._stale:
            self._renumber_timer.stop()

    def settle(self):
        """Finish deferred work now (tests and searches want the final text)."""
        while self._unfilled:
            self._fill_some()
        while self._stale:
            self._renumber_some()

    # ---- sync with the raw pane ----------------------------------------------------------
    def block_rows(self, block) -> list[int]:
        info = self._blocks.get(block.userState())
        if info is None:
            return []
        aid, kind, lines, split_of = info
        rows = self.articles.rows(aid)
        if kind == "heading":
            return list(rows)
        src = self.doc.src
        lines, split_of = set(lines), set(split_of)
        out = []
        for r in rows:
            n = src[r]
            piece = r > 0 and src[r - 1] == n
            if (n in split_of and piece) or (n in lines and not piece):
                out.append(r)
        return out

    def block_for_row(self, row):
        """The preview block showing document row ``row`` (None for noise or blank rows)."""
        doc = self.doc
        if doc is None or not (0 <= row < len(doc)):
            return None
        if doc.label[row] is None:
            row = doc.next_nonblank(row, -1)
            if row is None:
                return None
        self._highlight_article = doc.article[row]
        if doc.article[row] in self._unfilled:
            self._complete(doc.article[row])
        frame = self._frames.get(doc.article[row])
        if frame is None:
            return None
        n = doc.src[row]
        piece = row > 0 and doc.src[row - 1] == n
        block = self.qdoc.findBlock(frame.firstPosition())
        heading = block
        end = frame.lastPosition()
        while block.isValid() and block.position() <= end:
            info = self._blocks.get(block.userState())
            if info is not None:
                lines, split_of = info[2], info[3]
                if (piece and n in split_of) or (not piece and n in lines):
                    return block
            block = block.next()
        return heading

    def highlight_row(self, row):
        block = self.block_for_row(row)
        sel = []
        if block is not None:
            es = QTextEdit.ExtraSelection()
            es.cursor = QTextCursor(block)
            es.format.setBackground(QBrush(QColor("#fff3bf")))
            es.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.append(es)
            if self.textCursor().block() != block:
                self.setTextCursor(QTextCursor(block))
            self.ensureCursorVisible()
        self.setExtraSelections(sel)
        self._highlighted = block

    def highlighted_text(self) -> str:
        b = getattr(self, "_highlighted", None)
        return b.text() if b is not None and b.isValid() else ""

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            block = self.cursorForPosition(event.position().toPoint()).block()
            rows = self.block_rows(block)
            if rows:
                self.rows_clicked.emit(rows)

    def find_clean(self, text, step, select) -> bool:
        """Find ``text`` in the clean text after (``step`` < 0: before) the caret, wrapping;
        ``select(rows)`` is called with the raw rows of the block found."""
        self.settle()
        flags = QTextDocument.FindFlag(0) if step > 0 else QTextDocument.FindFlag.FindBackward
        c = self.qdoc.find(text, self.textCursor(), flags)
        if c.isNull():
            wrap = QTextCursor(self.qdoc)
            if step < 0:
                wrap.movePosition(QTextCursor.MoveOperation.End)
            c = self.qdoc.find(text, wrap, flags)
        if c.isNull():
            return False
        self.setTextCursor(c)
        rows = self.block_rows(c.block())
        if rows:
            select(rows)
        return True

    def blocks(self) -> list[tuple[str, str]]:
        """(kind, text) of every block in reading order; kind "heading" heads an article."""
        self.settle()
        out, b = [], self.qdoc.begin()
        while b.isValid():
            info = self._blocks.get(b.userState())
            if info is not None:
                out.append((info[1], b.text()))
            b = b.next()
        return out

    def plain_text(self) -> str:
        self.settle()
        return self.qdoc.toPlainText()


def _longest_increasing(seq, key) -> set:
    """The longest subsequence of ``seq`` whose ``key`` values increase (patience sort)."""
    from bisect import bisect_left
    tails, tails_at, prev = [], [], {}
    for x in seq:
        k = key[x]
        i = bisect_left(tails, k)
        prev[x] = tails_at[i - 1] if i else None
        if i == len(tails):
            tails.append(k)
            tails_at.append(x)
        else:
            tails[i] = k
            tails_at[i] = x
    out, x = set(), tails_at[-1] if tails_at else None
    while x is not None:
        out.add(x)
        x = prev[x]
    return out
